"""Logarithms as people type them in prose: of a letter given a value above (``p = 0.05 ... log2(p) = 4.3 bit``),
the German ``ld`` with decimal commas over several lines, and a sum cut short once its weights make 1.

Each value is worked out here with mpmath, apart from the checker.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _expressions(text: str, name: str = "a.md") -> list[Checked]:
    return [claim for claim in check_text(text, name).claims if claim.kind == "expression"]


@pytest.mark.parametrize(
    ("text", "probability", "written", "minus", "verdict"),
    [
        (
            "Let p = 0.05 be the chance of the event.\n\nIts information is log2(p) = 4.3 bit.\n",
            "0.05",
            "4.3",
            False,
            "false",
        ),
        ("Let p = 0.05.\n\nThen -log2(p) = 4.32 bits.\n", "0.05", "4.32", True, "holds"),
        ("Sea $p = 0.2$: la información es $-\\log_2 p \\approx 2.32$ bits.\n", "0.2", "2.32", True, "holds"),
        ("若 $p = 1/8$，则 $-\\log_2 p = 3$ 比特。\n", "0.125", "3", True, "holds"),
        ("Für q = 0.25 gilt: ld(q) = 2 bit.\n", "0.25", "2", False, "false"),
        ("An outcome of chance q = 0.02 carries log2(q) ≈ 5.64 bits.\n", "0.02", "5.64", False, "false"),
        ("Bei p = 0,1 ist I = -ld(p) = 3,32 bit.\n", "0.1", "3.32", True, "holds"),
    ],
)
def test_a_logarithm_of_a_letter_given_a_value_is_judged_with_that_value(
    text: str, probability: str, written: str, minus: bool, verdict: str
) -> None:
    value = (-1 if minus else 1) * mpmath.log(mpmath.mpf(probability), 2)
    digits = len(written.split(".")[1]) if "." in written else 0
    assert (round(float(value), digits) == float(written)) == (verdict == "holds")
    claims = _expressions(text)
    assert [claim.verdict for claim in claims] == [verdict]
    assert abs(mpmath.mpf(claims[0].value) - value) < 1e-9
    if verdict == "false":
        assert "minus sign" in claims[0].note


@pytest.mark.parametrize(
    "text",
    [
        "With p = 0.5 and later p = 0.2, log2(p) = 1.",  # two values: which one?
        "Let p = 0.05. The term is -p log2(p) = 0.216.",  # the logarithm is a factor, not the side
        "Let p = 0.05. Its information is |log2(p)| = 4.32 bits.",  # an absolute value: not read as the logarithm
        "Let p = 3. Then log2(p) = 1.58.",  # no probability
        "The information is log2(p) = 4.3 bit.",  # no value given
    ],
)
def test_other_logarithms_of_letters_are_never_false(text: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(f"{text}\n", "a.md").claims)


def test_german_ld_with_decimal_commas_over_three_lines() -> None:
    # a fair coin: -1/2 ld(1/2) twice is 1 bit; a coin of 1/4: 0.8113 bits, which the second block rounds wrongly
    assert abs(-2 * mpmath.mpf(3) / 6 * mpmath.log(mpmath.mpf(3) / 6, 2) - 1) < 1e-12
    quarter = -(mpmath.mpf(1) / 4 * mpmath.log(0.25, 2) + mpmath.mpf(3) / 4 * mpmath.log(0.75, 2))
    assert round(float(quarter), 1) == 0.8
    text = (
        "Beispiel: Entropie einer fairen Münze\n\n"
        "    H = - 3/6 * ld (3/6) - 3/6 * ld(3/6)\n"
        "      = -0,5 * -1 - 0,5 * -1\n"
        "      = 1\n\n"
        "Und für eine gezinkte Münze:\n\n"
        "H = - 1/4 * ld(1/4) - 3/4 * ld(3/4)\n"
        "  = 0,9\n"
    )
    verdicts = [(claim.lines[0], claim.verdict) for claim in _expressions(text, "notes.txt")]
    assert verdicts == [(4, "holds"), (5, "holds"), (10, "false")]
    assert abs(mpmath.mpf(_expressions(text, "notes.txt")[-1].value) - quarter) < 1e-9


@pytest.mark.parametrize(
    ("text", "terms", "verdict"),
    [
        ("L = −(1×log(0.1) + 0×log(0.5) + ...) = 2.303", [(1, "0.1")], "holds"),
        ("The loss is L = -(0 × log(0.2) + 1 × log(0.7) + …) ≈ 0.357 nats.", [(1, "0.7")], "holds"),
        ("L = −(1×ln(0.1) + 0×ln(0.5) + ...) = 1.2", [(1, "0.1")], "false"),
    ],
)
def test_a_sum_cut_short_once_its_weights_make_one_is_the_terms_written(
    text: str, terms: list[tuple[int, str]], verdict: str
) -> None:
    value = -mpmath.fsum(weight * mpmath.log(mpmath.mpf(p)) for weight, p in terms)
    claims = _expressions(f"Cross-entropy with a one-hot label:\n\n{text}\n")
    assert [claim.verdict for claim in claims] == [verdict]
    assert abs(mpmath.mpf(claims[0].value) - value) < 1e-9


def test_a_sum_cut_short_before_its_weights_make_one_is_not_read() -> None:
    """The dots may hold the rest of the weight: ``-(0.5 log 0.1 + ...)`` is no value."""
    assert _expressions("L = −(0.5×log(0.1) + 0.25×log(0.5) + ...) = 1.5\n") == []
