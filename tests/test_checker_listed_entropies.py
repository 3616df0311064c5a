"""An entropy given in words for probabilities a sentence lists, in brackets or after a word for probabilities."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(written: list[str], places: int, off: float = 0.0) -> str:
    """The entropy in bits of probabilities as written, worked out here with mpmath, to ``places`` places."""
    shares = [Fraction(p) for p in written]
    value = -mpmath.fsum(
        mpmath.mpf(s.numerator) / s.denominator * mpmath.log(mpmath.mpf(s.numerator) / s.denominator, 2) for s in shares
    )
    return f"{float(value) + off:.{places}f}"


#: Each page lists a distribution and gives its entropy (``{v}``) as students and answer sheets write it.
PAGES = [
    ("With 1 blue and 3 white marbles the set is `[1/4, 3/4]`, which gives the entropy ${v}$.\n", ["1/4", "3/4"]),
    ("The list is `[1/2, 1/6, 1/3]`.\nWorking out the entropy from this I get **{v}**\n", ["1/2", "1/6", "1/3"]),
    (
        "A source emits four symbols with probabilities 0.4, 0.3, 0.2 and 0.1. Find its entropy.\n\nAnswer\n"
        "The entropy of the source is about {v} bits.\n",
        ["0.4", "0.3", "0.2", "0.1"],
    ),
    (
        "某信源发出四个符号，其出现概率分别为1/2、1/4、1/8和1/8。求该信源的熵。\n解：信源的熵为\n=\n={v}bit/符号\n",
        ["1/2", "1/4", "1/8", "1/8"],
    ),
    (
        "Um dado viciado tem probabilidades 0.5, 0.25, 0.125 e 0.125; a entropia é {v} bits.\n",
        ["0.5", "0.25", "0.125", "0.125"],
    ),
    ("A scanned key: probabilities l/2, l/4 and l/4, so the entropy is {v} bits.\n", ["1/2", "1/4", "1/4"]),
]


@pytest.mark.parametrize(("page", "written"), PAGES)
@pytest.mark.parametrize("off", [0.0, 0.1])
def test_the_entropy_of_a_listed_distribution_is_judged(page: str, written: list[str], off: float) -> None:
    value = _bits(written, 3, off)
    claims = [claim for claim in check_text(page.format(v=value), "sheet.md").claims if claim.text.endswith(value)]
    assert [claim.verdict for claim in claims] == ["false" if off else "holds"]


@pytest.mark.parametrize(
    "page",
    [
        "The faces are `[1, 2, 3, 4, 5, 6]`, for a maximum entropy of 2.585.",  # no probabilities
        "Take `[1/2, 1/4, 1/4]`; for 4 rolls the entropy is 6 bits.",  # another number first
        "Take `[1/2, 1/4, 1/4]`. The joint entropy of two draws is 3 bits.",  # another quantity
        "Take `[1/2, 1/4, 1/4]`. If one ball were removed, the entropy would be 1.58 bits.",  # a supposition
        "Weights `[0.5, 0.3]` give an entropy of 0.9 bits.",  # no distribution
        "With probabilities 0.5 and 0.5 the KL divergence to Q is 0.3 bits.",  # another measure
        "Given probabilities 0.5, 0.25 and 0.25, work out the entropy to 3 decimal places.",  # not a value
        "Probabilities `[0.2, 0.8]` {#exercise-entropy-2}",  # a label's digit
        "Then `entropy([0.5, 0.5], base=2)` prints the entropy.",  # a call's argument and keyword
    ],
)
def test_a_number_the_list_may_not_give_is_not_judged(page: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(page + "\n", "sheet.md").claims)


def test_the_list_is_no_distribution_in_force_for_later_values() -> None:
    """A value in words further down is not tried on a list given for one sentence above it."""
    text = "The set `[1/4, 3/4]` has entropy 0.811 bits.\n\nThe entropy of the other coin is 0.469 bits.\n"
    claims = check_text(text, "sheet.md").claims
    assert [(claim.lines, claim.verdict) for claim in claims] == [((1,), "holds")]
