"""Decision-tree data in a plain-text fence (not a Markdown table), and a fenced list of fractions."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def entropy(*counts: int) -> mpmath.mpf:
    total = sum(counts)
    return -sum(mpmath.mpf(c) / total * mpmath.log(mpmath.mpf(c) / total, 2) for c in counts if c)


#: Eight days: outlook, wind, play (5 yes, 3 no).
_ROWS = [
    ("sunny", "weak", "no"),
    ("sunny", "strong", "no"),
    ("overcast", "weak", "yes"),
    ("rain", "weak", "yes"),
    ("rain", "strong", "no"),
    ("overcast", "strong", "yes"),
    ("sunny", "weak", "yes"),
    ("rain", "weak", "yes"),
]
_ROOT = entropy(5, 3)
_GAIN_OUTLOOK = _ROOT - (mpmath.mpf(3) / 8 * entropy(1, 2) + mpmath.mpf(3) / 8 * entropy(2, 1))
_GAIN_WIND = _ROOT - (mpmath.mpf(5) / 8 * entropy(4, 1) + mpmath.mpf(3) / 8 * entropy(1, 2))


def _fence(separator: str, header: tuple[str, str, str]) -> str:
    lines = [separator.join(header), *(separator.join(row) for row in _ROWS)]
    return "```\n" + "\n".join(lines) + "\n```\n\n"


@pytest.mark.parametrize(
    ("separator", "header", "words"),
    [
        ("    ", ("Outlook", "Wind", "Play"), ("Entropy(S)", "Gain(S, Outlook)", "Gain(S, Wind)")),
        (",", ("Outlook", "Wind", "Play"), ("Entropy(S)", "Gain(Outlook)", "Gain(Wind)")),
        ("\t", ("天气", "风", "类别"), ("Entropy(S)", "信息增益(S, 天气)", "信息增益(S, 风)")),
    ],
)
def test_gains_below_fenced_records_are_judged(separator: str, header: tuple[str, str, str], words: tuple) -> None:
    root, outlook, wind = words
    wrong = _GAIN_WIND + mpmath.mpf("0.05")
    text = _fence(separator, header) + (
        f"{root} = {mpmath.nstr(_ROOT, 3)}\n\n{outlook} = {mpmath.nstr(_GAIN_OUTLOOK, 3)}\n\n"
        f"{wind} = {mpmath.nstr(wrong, 3)}\n"
    )
    found = [(claim.verdict, claim.note) for claim in check_text(text, "tree.md").claims if claim.kind != "definition"]
    assert [verdict for verdict, _ in found] == ["holds", "holds", "false"], found
    assert f"in bits, the left side = {mpmath.nstr(_GAIN_WIND, 10)} bits" in found[2][1]  # no base named: both tried


def test_a_fence_of_code_or_of_assignments_is_no_table_of_records() -> None:
    text = "```\nx = yes\ny = no\nz = yes\nw = no\n```\n\nEntropy(S) = 0.5\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "tree.md").claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "这个分布的熵为 {value} 比特。",
        "The entropy of this distribution is {value} bits.",
        "エントロピーは {value} ビット。",
    ],
)
def test_the_entropy_of_a_fenced_list_of_fractions(sentence: str) -> None:
    right = entropy(1, 1, 4, 2)
    assert right == mpmath.mpf("1.75")
    text = "四个类别的比例：\n\n```\n1/8,1/8,4/8,2/8\n```\n\n" + sentence.format(value="1.75") + "\n"
    ((claim,),) = [check_text(text, "notes.md").claims]
    assert claim.verdict == "holds"
    text = "四个类别的比例：\n\n```\n1/8,1/8,4/8,2/8\n```\n\n" + sentence.format(value="2") + "\n"
    ((claim,),) = [check_text(text, "notes.md").claims]
    assert claim.verdict == "false" and mpmath.almosteq(mpmath.mpf(claim.value), right)


def test_a_fenced_list_that_is_no_distribution_gives_no_verdict() -> None:
    text = "Counts:\n\n```\n1,1,4,2\n```\n\nThe entropy is 1.75 bits.\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "notes.md").claims)
