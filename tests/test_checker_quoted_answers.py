"""A property quoted in quotation marks and answered by a verdict right after the closing mark is not the
document's claim: '"KL divergence is a distance." Wrong: it is not symmetric.' A verdict label before an unquoted
statement, or one that opens another quote, keeps labelling what follows it; a quote followed by "Right:" or
"True." is the author's claim.
"""

from __future__ import annotations

import pytest

from kldocs.checker import check_text


def _verdicts(line: str) -> list[tuple[str, str]]:
    return [(claim.kind, claim.verdict) for claim in check_text(f"# KL facts\n\n{line}\n", "a.md").claims]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ('"KL divergence is a distance." Wrong: it is not symmetric.', "metric"),
        ("'KL divergence is symmetric' — false.", "symmetry"),
        ("“KL divergence is symmetric.” Not true: swap P and Q and the value changes.", "symmetry"),
        ("« La divergence KL est symétrique. » Faux : échangez P et Q.", "symmetry"),
        ("„Die KL-Divergenz ist symmetrisch.“ Stimmt nicht.", "symmetry"),
        ('"KL 발산은 대칭이다." 틀림.', "symmetry"),
        ("「KLダイバージェンスは対称である」は誤り。", "symmetry"),
        ("«La divergencia KL es simétrica.» Falso: basta cambiar P y Q.", "symmetry"),
    ],
)
def test_a_quote_answered_as_wrong_after_its_closing_mark_is_unchecked(line: str, kind: str) -> None:
    claims = check_text(f"# KL facts\n\n{line}\n", "a.md").claims
    assert [(claim.kind, claim.verdict) for claim in claims] == [(kind, "unchecked")]
    assert claims[0].note.startswith("quoted as wrong")


@pytest.mark.parametrize(
    "line",
    [
        '"KL divergence is a distance." True.',
        '"KL divergence is symmetric." Right: that is how the book puts it.',
        '"KL divergence is symmetric." Wrong: "KL divergence is not symmetric."',  # the label opens the next quote
        "KL divergence is a distance. Wrong: it is not symmetric.",  # no quote: "Wrong:" labels what follows
        '"KL divergence is symmetric," the notes say; no one calls it false anywhere.',
    ],
)
def test_a_quote_kept_or_left_unanswered_is_still_judged(line: str) -> None:
    assert [verdict for _, verdict in _verdicts(line)] == ["false"]


def test_a_true_quote_followed_by_right_holds() -> None:
    assert _verdicts('"KL divergence is not symmetric." Right: swapping P and Q changes it.') == [("symmetry", "holds")]


@pytest.mark.parametrize("line", ['Wrong: "KL divergence is a distance".', "Wrong: KL divergence is a distance."])
def test_a_label_before_a_statement_keeps_labelling_it(line: str) -> None:
    assert [verdict for _, verdict in _verdicts(line)] in ([], ["unchecked"])
