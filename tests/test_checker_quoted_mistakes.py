"""A claim quoted to be corrected is not the page's claim; one quoted and agreed with is still judged."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _kl(p: list[Fraction], q: list[Fraction]) -> mpmath.mpf:
    """D(p || q) in nats, each ratio taken exactly first."""
    return mpmath.fsum(
        mpmath.mpf(a.numerator) / a.denominator * mpmath.log(mpmath.mpf((a / b).numerator) / (a / b).denominator)
        for a, b in zip(p, q, strict=True)
    )


P, Q = [Fraction(3, 4), Fraction(1, 4)], [Fraction(1, 2), Fraction(1, 2)]
FORWARD = mpmath.nstr(_kl(P, Q), 4)  # 0.1308 nats
QUOTE = "> With $P = (0.75, 0.25)$ and $Q = (0.5, 0.5)$ we get $D_{KL}(P\\|Q) = 0.25$ nats.\n"


@pytest.mark.parametrize(
    "reply",
    [
        "This is not right: the divergence is {v} nats.",
        "No. The divergence is {v} nats.",
        "**That's wrong**, it is {v} nats.",
        "Unfortunately, this is incorrect; the value is {v} nats.",
        "Das ist falsch: richtig sind {v} nats.",
        "C'est faux : on trouve {v} nats.",
        "Это неверно: получается {v} нат.",
        "これは誤りです。正しくは {v} nats です。",
    ],
)
def test_a_wrong_value_in_a_quote_that_the_reply_corrects_is_not_false(reply: str) -> None:
    assert not mpmath.almosteq(_kl(P, Q), mpmath.mpf("0.25"), 1e-3)  # the quoted value is indeed wrong
    report = check_text(QUOTE + "\n" + reply.format(v=FORWARD) + "\n", "answer.md")
    quoted = [claim for claim in report.claims if claim.lines == (1,) and claim.kind == "kl"]
    assert [claim.verdict for claim in quoted] == ["unchecked"]
    assert "quoted to be corrected" in quoted[0].note
    assert not [claim for claim in report.claims if claim.verdict == "false"]


def test_a_quote_that_the_reply_agrees_with_is_still_judged() -> None:
    report = check_text(QUOTE + "\nIndeed, and the reverse direction differs.\n", "answer.md")
    assert [claim.verdict for claim in report.claims if claim.kind == "kl"] == ["false"]


def test_a_claim_the_question_reports_from_a_teacher_is_not_judged() -> None:
    text = "**Is KL a distance? My professor says $D_{KL}(P\\|Q) = D_{KL}(Q\\|P)$.**\n\nIt is not symmetric.\n"
    assert not [claim for claim in check_text(text, "question.md").claims if claim.verdict == "false"]


def test_a_line_quoted_in_a_plain_text_reply_and_corrected_is_not_false() -> None:
    value = mpmath.nstr(_kl(P, Q), 4)
    quote = "> With P = (0.75, 0.25) and Q = (0.5, 0.5) I get D(P||Q) = 0.25 nats."
    text = f"Re: homework\n\n{quote}\n\nNot quite. D(P||Q) = {value} nats.\n"
    verdicts = [(claim.lines, claim.verdict) for claim in check_text(text, "reply.txt").claims if claim.kind == "kl"]
    assert verdicts == [((3,), "unchecked"), ((5,), "holds")]
