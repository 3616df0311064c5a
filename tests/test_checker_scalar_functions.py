"""``kldocs check`` on values that functions of single probabilities print: a coin's entropy written as a function
of its two probabilities (``entropy(p1, p2)``) or of one (``h(p)``), and the KL divergence or cross-entropy of two
coins as a function of their heads probabilities, called with numbers.

The documents are written here; the true values are computed here with mpmath from the numbers the calls take.
"""

from __future__ import annotations

import json
import math
from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy(probabilities: list[Fraction], base: int) -> mpmath.mpf:
    return -sum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, base)
        for p in probabilities
    )


def _kl(p: Fraction, q: Fraction) -> mpmath.mpf:
    terms = ((mpmath.mpf(p.numerator) / p.denominator, mpmath.mpf(q.numerator) / q.denominator),)
    a, b = terms[0]
    return a * mpmath.log(a / b) + (1 - a) * mpmath.log((1 - a) / (1 - b))


def _cell(source: str, shown: str) -> dict[str, object]:
    return {
        "cell_type": "code",
        "metadata": {},
        "execution_count": 1,
        "source": source,
        "outputs": [
            {"output_type": "execute_result", "metadata": {}, "execution_count": 1, "data": {"text/plain": [shown]}}
        ],
    }


def _notebook(cells: list[tuple[str, str]]) -> str:
    return json.dumps(
        {"cells": [_cell(source, shown) for source, shown in cells], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    )


def _verdicts(text: str, name: str) -> list[tuple[str, str]]:
    return [(claim.kind, claim.verdict) for claim in check_text(text, name).claims if claim.kind != "definition"]


_TWO = "import math\n\ndef coin_entropy(a, b):\n    return -(a * math.log(a, 2) + b * math.log(b, 2))\n\n"


def test_a_function_of_two_probabilities_that_computes_their_entropy_is_read_on_the_numbers_it_is_given() -> None:
    first = mpmath.nstr(_entropy([Fraction(3, 8), Fraction(5, 8)], 2), 16)
    second = mpmath.nstr(_entropy([Fraction(1, 10), Fraction(9, 10)], 2), 16)
    text = _notebook([(_TWO + "coin_entropy(3/8, 5/8)", first), ("coin_entropy(0.1, 0.9)", second)])
    assert _verdicts(text, "coins.ipynb") == [("entropy", "holds"), ("entropy", "holds")]


def test_a_value_that_the_function_does_not_give_for_those_numbers_is_false() -> None:
    wrong = mpmath.nstr(_entropy([Fraction(3, 8), Fraction(5, 8)], 2) + mpmath.mpf("0.01"), 6)
    text = f"```python\n{_TWO}print(coin_entropy(3/8, 5/8))\n```\n\n```\n{wrong}\n```\n"
    assert _verdicts(text, "coins.md") == [("entropy", "false")]


@pytest.mark.parametrize(
    ("body", "base"),
    [
        ("-p * np.log2(p) - (1 - p) * np.log2(1 - p)", 2),
        ("-(p * math.log(p) + (1 - p) * math.log(1 - p))", mpmath.e),
        ("p * np.log10(1 / p) + (1 - p) * np.log10(1 / (1 - p))", 10),
    ],
)
def test_a_function_of_one_probability_that_computes_a_coins_entropy_is_read_in_its_base(
    body: str, base: mpmath.mpf
) -> None:
    value = mpmath.nstr(_entropy([Fraction(7, 20), Fraction(13, 20)], base), 12)
    source = f"import numpy as np\nimport math\n\ndef h(p):\n    return {body}\n\nh(0.35)"
    assert _verdicts(_notebook([(source, value)]), "h.ipynb") == [("entropy", "holds")]


def test_a_function_of_two_heads_probabilities_that_computes_a_kl_divergence_is_read_in_its_order() -> None:
    source = (
        "import math\n\ndef coin_kl(a, b):\n"
        "    return b * math.log(b / a) + (1 - b) * math.log((1 - b) / (1 - a))\n\n"
        "print('KL:', coin_kl(0.3, 0.6))"
    )
    right = mpmath.nstr(_kl(Fraction(3, 5), Fraction(3, 10)), 10)
    other = mpmath.nstr(_kl(Fraction(3, 10), Fraction(3, 5)), 10)
    assert _verdicts(f"```python\n{source}\n```\n\n```\nKL: {right}\n```\n", "kl.md") == [("kl", "holds")]
    assert _verdicts(f"```python\n{source}\n```\n\n```\nKL: {other}\n```\n", "kl.md") == [("kl", "false")]


@pytest.mark.parametrize(
    "body",
    [
        "a * math.log(a, 2) + b * math.log(b, 2)",  # the minus left out
        "-(a * math.log(a, 2) + b * math.log(a, 2))",  # a slip in the second term
        "a + b",
    ],
)
def test_a_function_whose_body_is_no_measure_is_not_read_by_its_name(body: str) -> None:
    # Its value may be followed as the formula its body is (a value with a logarithm), never as an entropy.
    source = f"import math\n\ndef entropy(a, b):\n    return {body}\n\nentropy(0.25, 0.75)"
    assert _verdicts(_notebook([(source, "0.5")]), "slip.ipynb") in ([], [("expression", "unchecked")])


def test_numbers_that_make_no_distribution_are_not_read() -> None:
    source = _TWO + "coin_entropy(0.5, 0.7)"  # as an entropy: its value is the formula the body is
    assert _verdicts(_notebook([(source, "0.8660")]), "weights.ipynb") == [("expression", "unchecked")]
    shown = repr(-(0.5 * math.log(0.5, 2) + 0.7 * math.log(0.7, 2)))
    assert _verdicts(_notebook([(source, shown)]), "weights.ipynb") == [("expression", "holds")]
