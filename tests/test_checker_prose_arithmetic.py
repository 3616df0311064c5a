"""``kldocs check`` on arithmetic with rounded amounts of information written in prose: ``H - I`` as
"3.17-0.93=2.24", the uncertainty left after a yes/no question as the answers' weighted entropies, the entropy of a
message of N symbols as "0.81 bit * 4 = 3.24 bit".

Each verdict is worked out here with mpmath, with the tolerance the rounded inputs allow: each decimal stands for
any number that rounds to it, a whole number (a count) is exact.
"""

from __future__ import annotations

import itertools

import mpmath
import pytest

from kldocs.checker import check_text


def _range(terms: list[tuple[int, list[str]]]) -> tuple[mpmath.mpf, mpmath.mpf, mpmath.mpf]:
    """The arithmetic's value as written, and its least and greatest over the inputs' rounding (by the corners)."""

    def spread(number: str) -> list[mpmath.mpf]:
        places = len(number.partition(".")[2])
        half = mpmath.mpf(10) ** -places / 2 if places else 0
        return [mpmath.mpf(number) - half, mpmath.mpf(number) + half]

    def value(numbers: list[mpmath.mpf]) -> mpmath.mpf:
        at = iter(numbers)
        return mpmath.fsum(sign * mpmath.fprod(next(at) for _ in factors) for sign, factors in terms)

    written = [number for _, factors in terms for number in factors]
    corners = [value(list(corner)) for corner in itertools.product(*(spread(n) for n in written))]
    return value([mpmath.mpf(n) for n in written]), min(corners), max(corners)


@pytest.mark.parametrize(
    ("page", "terms", "written", "verdict"),
    [
        ("질문 후 남은 불확실성은 3.17-0.93=2.24 비트이다.\n", [(1, ["3.17"]), (-1, ["0.93"])], "2.24", "holds"),
        ("틀린 예: 엔트로피 3.17-0.93=2.34 비트.\n", [(1, ["3.17"]), (-1, ["0.93"])], "2.34", "false"),
        (
            "The message has four symbols, so its entropy is 0.81 bit * 4 = 3.24 bit.\n",
            [(1, ["0.81", "4"])],
            "3.24",
            "holds",
        ),
        (
            "The message has four symbols, so its entropy is 0.81 bit * 4 = 3.42 bit.\n",
            [(1, ["0.81", "4"])],
            "3.42",
            "false",
        ),
        (
            "After the question the expected uncertainty is 0.5×0.97 + 0.5×0.72 = 0.845 bits.\n",
            [(1, ["0.5", "0.97"]), (1, ["0.5", "0.72"])],
            "0.845",
            "holds",
        ),
        (
            "Nach der Frage bleibt die Entropie 0.4 × 1.5 + 0.6 × 0.918 = 1.31 bit.\n",
            [(1, ["0.4", "1.5"]), (1, ["0.6", "0.918"])],
            "1.31",
            "false",
        ),
        ("質問の後の情報量は 2.32 - 0.97 = 1.35 ビット。\n", [(1, ["2.32"]), (-1, ["0.97"])], "1.35", "holds"),
        ("剩余的不确定性为 1.75 - 0.5 = 1.35 比特。\n", [(1, ["1.75"]), (-1, ["0.5"])], "1.35", "false"),
    ],
)
def test_arithmetic_in_words_is_judged(
    page: str, terms: list[tuple[int, list[str]]], written: str, verdict: str
) -> None:
    exact, low, high = _range(terms)
    half = mpmath.mpf(10) ** -len(written.partition(".")[2]) / 2
    claimed = mpmath.mpf(written)
    assert (abs(exact - claimed) <= half) == (verdict == "holds")
    assert verdict == "holds" or high < claimed - half or low > claimed + half  # no rounding of the inputs gives it
    claims = [claim for claim in check_text(page, "a.md").claims if claim.verdict != "unchecked"]
    assert [(claim.verdict, claim.text.rpartition("= ")[2]) for claim in claims] == [(verdict, written)]
    if verdict == "false":
        assert abs(mpmath.mpf(claims[0].value) - exact) < mpmath.mpf(10) ** -9


@pytest.mark.parametrize(
    "page",
    [
        # 3.1749 - 0.9251 = 2.2498: rounded inputs may come to it
        "The uncertainty left is 3.17-0.93=2.25 bits.\n",
        # 0.8113 × 4 = 3.245: the entropy rounded before it was multiplied
        "The message of four symbols has 0.81 bit * 4 = 3.25 bit of entropy.\n",
        # no word of information: a price, not an amount of information
        "The ticket costs 3.17-0.93=2.34 euros after the discount.\n",
        # a range, a date and a version are no arithmetic
        "Entropy p=0.3-0.5=0.2 bits was not measured on 2024-11-30 with version 1.2-3.\n",
    ],
)
def test_near_misses_are_not_called_false(page: str) -> None:
    assert [claim for claim in check_text(page, "a.md").claims if claim.verdict == "false"] == []
