"""A value its author keeps after reporting that others call it wrong ("Das ist falsch, sagen manche, aber nur,
weil sie in Nats rechnen") is the author's claim and is judged; a unit that only others count in ("because they
compute in nats") does not name the document's base, and a unit written on the claim is its own.

H(0.9, 0.1) = 0.469 bits = 0.325 nats.
"""

from __future__ import annotations

import math

import pytest

from kldocs.checker import check_text


def _entropy_verdicts(line: str, more: str = "") -> list[str]:
    document = f"Sei $P = (0.9, 0.1)$.\n\n{line}\n{more}"
    return [claim.verdict for claim in check_text(document, "a.md").claims if claim.kind == "entropy"]


def test_the_values_used_below() -> None:
    bits = -(0.9 * math.log2(0.9) + 0.1 * math.log2(0.1))
    assert round(bits, 3) == 0.469 and round(bits * math.log(2), 3) == 0.325


@pytest.mark.parametrize(
    "line",
    [
        "$H(P) = 0{,}531$ Bit. Das ist falsch, sagen manche, aber nur, weil sie in Nats rechnen.",
        "$H(P) = 0.531$ bits. This is wrong, some say, but only because they compute in nats.",
        "$H(P) = 0.531$ bits. Bob says this is wrong, but only because he works in nats.",
        "$H(P) = 0.531$ bits. Some claim this is wrong; however, they compute in nats.",
        "$H(P) = 0{,}531$ Bit. Man könnte meinen, das sei falsch, aber sie rechnen in Nats.",
        "$H(P) = 0{,}531$ bit. On pourrait croire que c'est faux, mais ils comptent en nats.",
        "$H(P) = 0{,}531$ bit. C'est faux, disent certains, mais ils comptent en nats.",
    ],
)
def test_a_value_kept_against_others_verdict_is_judged(line: str) -> None:
    assert _entropy_verdicts(line) == ["false"]


def test_a_right_value_kept_against_others_verdict_holds() -> None:
    line = "$H(P) = 0.469$ bits. This is wrong, some say, but only because they compute in nats."
    assert _entropy_verdicts(line) == ["holds"]


@pytest.mark.parametrize(
    "line", ["$H(P) = 0.531$ bits. This is wrong.", "$H(P) = 0{,}531$ Bit. Das ist falsch.", "$H(P) = 0.531$ bits. No."]
)
def test_a_value_the_author_turns_down_is_not_judged(line: str) -> None:
    assert "false" not in _entropy_verdicts(line)


def test_a_unit_only_others_count_in_does_not_name_the_documents_base() -> None:
    line = "$H(P) = 0{,}531$ Bit. Das ist falsch, sagen manche, aber nur, weil sie in Nats rechnen."
    report = check_text(f"Sei $P = (0.9, 0.1)$.\n\n{line}\n\nAlso $H(P) = 0{{,}}469$.\n", "a.md")
    assert [claim.verdict for claim in report.claims if claim.kind == "entropy"] == ["false", "holds"]
    assert report.base.name != "e" and "Nats" not in report.base.detail


def test_a_unit_the_document_counts_in_still_names_its_base() -> None:
    text = "Sei $P = (0.9, 0.1)$. Wir rechnen in Nats.\n\n$H(P) = 0{,}469$.\n"
    assert [claim.verdict for claim in check_text(text, "a.md").claims if claim.kind == "entropy"] == ["false"]
