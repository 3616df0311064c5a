"""The entropy's bound by the number of outcomes, ``H(X) \\le \\log N`` in any base's notation, and values of the
binary entropy function ``H_b(p)``, each worked out with mpmath."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _binary(p: mpmath.mpf) -> mpmath.mpf:
    """H_b(p) in bits."""
    return -(p * mpmath.log(p, 2) + (1 - p) * mpmath.log(1 - p, 2))


@pytest.mark.parametrize(
    "text",
    [
        "离散信源的最大熵：$H(X) \\le \\log N$，当且仅当等概率分布时取等号。",
        "$H(X) \\le \\operatorname{lb} N$",
        "Für jede Quelle mit $n$ Zeichen gilt $H(X) \\leq \\log_2 n$.",
        "$$H(X) \\le \\log(K)$$",
    ],
)
def test_the_entropy_is_at_most_the_log_of_the_number_of_outcomes(text: str) -> None:
    # on four outcomes: the uniform reaches log 4 = 2 bits, and a skewed distribution stays below it
    skewed = [mpmath.mpf(n) / 10 for n in (1, 2, 3, 4)]
    uniform = -4 * (mpmath.mpf(1) / 4) * mpmath.log(mpmath.mpf(1) / 4, 2)
    assert abs(uniform - 2) < 1e-12 and -mpmath.fsum(p * mpmath.log(p, 2) for p in skewed) < uniform - 0.1
    claims = check_text(f"{text}\n", "a.md").claims
    assert [(claim.kind, claim.verdict) for claim in claims] == [("bound", "holds")]
    assert "log n for n outcomes" in claims[0].note


@pytest.mark.parametrize(
    "text",
    [
        "$H(X) \\ge \\log N$",  # the other way round: not this bound
        "$H(X) \\le \\log N + 1$",  # another bound
        "$H(X) \\le \\log_2 n^2$",
    ],
)
def test_other_bounds_by_a_count_are_never_false(text: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(f"{text}\n", "a.md").claims)


@pytest.mark.parametrize(
    ("text", "probability", "written", "verdict"),
    [
        ("$H_b(1/2) = 1$", mpmath.mpf(1) / 2, "1", "holds"),
        ("The binary entropy is $H_b(0.5) = 1$ bit.", mpmath.mpf("0.5"), "1", "holds"),
        ("$h_{\\text{b}}(0.25) \\approx 0.811$", mpmath.mpf("0.25"), "0.811", "holds"),
        ("二元熵函数 $H_{b}(1/3) = 0.9183$ 比特。", mpmath.mpf(1) / 3, "0.9183", "holds"),
        ("$H_b(0.1) = 0.53$ bits", mpmath.mpf("0.1"), "0.53", "false"),
    ],
)
def test_a_value_of_the_binary_entropy_function_is_judged(
    text: str, probability: mpmath.mpf, written: str, verdict: str
) -> None:
    value = _binary(probability)
    digits = len(written.split(".")[1]) if "." in written else 0
    assert (round(float(value), digits) == float(written)) == (verdict == "holds")
    claims = check_text(f"{text}\n", "a.md").claims
    assert [(claim.kind, claim.verdict) for claim in claims] == [("expression", verdict)]
    if claims[0].value is None:  # false in every usual base: the note gives the value in each
        assert f"in bits, the left side = {mpmath.nstr(value, 10)}" in claims[0].note
    else:
        assert abs(mpmath.mpf(claims[0].value) - value) < 1e-9


@pytest.mark.parametrize("text", ["$H_2(1/2) = 1$", "$H_b(1.5) = 1$", "$H(0.3) = 1$"])
def test_other_functions_of_one_number_are_not_read(text: str) -> None:
    """``H_2`` may be Rényi's entropy of order 2, 1.5 is no probability, and a bare ``H(0.3)`` may be any function."""
    assert not check_text(f"{text}\n", "a.md").claims
