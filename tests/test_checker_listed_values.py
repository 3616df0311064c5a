"""Distributions a sentence lists (percentages, LaTeX, a number between the list and its entropy), their entropy
given again in another unit, and normals' parameters stated in several languages with a second value."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy(shares: list[Fraction], base: int) -> mpmath.mpf:
    """The entropy of exact probabilities, worked out here with mpmath."""
    return -mpmath.fsum(
        mpmath.mpf(s.numerator) / s.denominator * mpmath.log(mpmath.mpf(s.numerator) / s.denominator, base)
        for s in shares
    )


def _normal_entropy(variance: Fraction, base: float) -> mpmath.mpf:
    return (
        mpmath.log(2 * mpmath.pi * mpmath.e * mpmath.mpf(variance.numerator) / variance.denominator)
        / 2
        / mpmath.log(base)
    )


def _normal_kl(m1: int, v1: int, m2: int, v2: int, base: float) -> mpmath.mpf:
    nats = (
        mpmath.log(mpmath.sqrt(mpmath.mpf(v2) / v1)) + (v1 + (m1 - m2) ** 2) / (2 * mpmath.mpf(v2)) - mpmath.mpf(1) / 2
    )
    return nats / mpmath.log(base)


def _places(value: mpmath.mpf, off: float = 0.0) -> str:
    return f"{float(value) + off:.3f}"


#: A source of five outcomes, its probabilities written as students write them; ``{v}`` is its entropy in bits.
FIVE = [Fraction(35, 100), Fraction(25, 100), Fraction(20, 100), Fraction(15, 100), Fraction(5, 100)]
LISTS = [
    "A spinner lands on five colours with probabilities 35%, 25%, 20%, 15% and 5%; its entropy is {v} bits.\n",
    "A spinner has probabilities $35\\%$, $25\\%$, $20\\%$, $15\\%$ and $5\\%$. Its entropy is {v} bits.\n",
    "A spinner has probabilities $0.35$, $0.25$, $0.2$, $0.15$ and $0.05$.\nIts entropy is $H \\approx {v}$~bits.\n",
    "A spinner has probabilities $\\frac{{7}}{{20}}, \\frac{{1}}{{4}}, \\frac{{1}}{{5}}, \\frac{{3}}{{20}}, "
    "\\frac{{1}}{{20}}$; its entropy is ${v}$ bits.\n",
    "With probabilities 0.35, 0.25, 0.2, 0.15 and 0.05, the perplexity is 3.2, since the entropy is {v} bits.\n",
]


@pytest.mark.parametrize("page", LISTS)
@pytest.mark.parametrize("off", [0.0, 0.05])
def test_the_entropy_of_a_list_written_in_percentages_or_latex_is_judged(page: str, off: float) -> None:
    value = _places(_entropy(FIVE, 2), off)
    claims = [claim for claim in check_text(page.format(v=value), "spinner.md").claims if value in claim.text]
    assert [claim.verdict for claim in claims] == ["false" if off else "holds"]


def test_tfrac_items_are_read() -> None:
    value = _places(_entropy([Fraction(1, 2), Fraction(1, 4), Fraction(1, 4)], 2))
    page = f"A third source has probabilities $\\tfrac12, \\tfrac14, \\tfrac14$, so its entropy is ${value}$ bits.\n"
    assert [claim.verdict for claim in check_text(page, "s.tex").claims] == ["holds"]


@pytest.mark.parametrize(
    "page",
    [
        "With probabilities 0.35, 0.25, 0.2, 0.15 and 0.05, the entropy is less than 3 bits; it is 1.234 bits.\n",
        "With probabilities 0.7 and 0.3 the KL divergence is 0.2, while for a fair coin the entropy is 1 bit.\n",
        "With probabilities 0.7 and 0.3 for one coin and 0.5 for the other, the entropy is 1 bit.\n",
        "With probabilities 0.7 and 0.3, 4 tosses have an entropy of 3.5 bits.\n",
    ],
)
def test_a_later_number_that_may_be_another_quantity_is_not_judged(page: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(page, "coins.md").claims)


def test_a_listed_distribution_that_does_not_sum_to_one_is_named_in_the_note() -> None:
    page = "With probabilities 0.5, 0.3 and 0.3, the entropy is 1.571 bits.\n"
    claims = check_text(page, "slip.md").claims
    assert [claim.verdict for claim in claims] == ["unchecked"]
    assert "sum to 1.1" in claims[0].note


SECONDS = [
    "A spinner has probabilities 0.35, 0.25, 0.2, 0.15 and 0.05. Its entropy is {b} bits, or {n} nats.\n",
    "A spinner has probabilities 0.35, 0.25, 0.2, 0.15 and 0.05; its entropy is {b} bits ({n} nats).\n",
    "Una ruleta con probabilità 0.35, 0.25, 0.2, 0.15 e 0.05 ha entropia {b} bit, cioè {n} nat.\n",
    "某转盘的概率分别为0.35、0.25、0.2、0.15和0.05，熵为{b}比特（{n}奈特）。\n",
    "某转盘的概率分别为0.35、0.25、0.2、0.15和0.05，其熵为{b}比特，即{n}奈特。\n",
    "A spinner has probabilities $0.35$, $0.25$, $0.2$, $0.15$ and $0.05$.\n"
    "Its entropy is $H \\approx {b}$~bits ($\\approx {n}$~nats).\n",
]


@pytest.mark.parametrize("page", SECONDS)
@pytest.mark.parametrize("off", [0.0, 0.1])
def test_the_second_value_of_a_listed_entropy_is_judged_in_its_unit(page: str, off: float) -> None:
    bits, nats = _places(_entropy(FIVE, 2)), _places(_entropy(FIVE, mpmath.e), off)
    claims = check_text(page.format(b=bits, n=nats), "spinner.md").claims
    assert sorted((claim.text.rpartition("= ")[2], claim.verdict) for claim in claims) == sorted(
        [(bits, "holds"), (nats, "false" if off else "holds")]
    )


#: Normals' parameters stated in words or symbols in several languages, then the value (``{v}``, nats).
NORMALS = [
    ("Sea $X$ normal con media 1 y desviación estándar 2. Su entropía diferencial es {v} nats.", "entropy", 4),
    ("均值为1、方差为4的正态分布的微分熵约为{v}奈特。", "entropy", 4),
    ("평균이 1이고 표준편차가 2인 정규분포의 미분 엔트로피는 약 {v} nats이다.", "entropy", 4),
    ("Uma normal com média 1 e variância 4 tem entropia de {v} nats.", "entropy", 4),
    ("Con $\\mu_1 = 2$, $\\sigma_1 = 3$, $\\mu_2 = 0$, $\\sigma_2 = 1$ la divergencia KL es {v} nats.", "kl", None),
    ("Com $\\mu_1 = 2$, $\\sigma_1^2 = 9$, $\\mu_2 = 0$, $\\sigma_2^2 = 1$, a divergência KL é {v} nats.", "kl", None),
]


@pytest.mark.parametrize(("sentence", "kind", "variance"), NORMALS)
@pytest.mark.parametrize("off", [0.0, 0.2])
def test_a_normals_parameters_stated_in_other_languages_are_read(
    sentence: str, kind: str, variance: int | None, off: float
) -> None:
    exact = _normal_entropy(Fraction(variance), mpmath.e) if variance else _normal_kl(2, 9, 0, 1, mpmath.e)
    value = _places(exact, off)
    claims = [claim for claim in check_text(sentence.format(v=value) + "\n", "n.md").claims if claim.kind == kind]
    assert [claim.verdict for claim in claims] == ["false" if off else "holds"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Let $X$ be normal with mean 1 and standard deviation 2. Its differential entropy is {n} nats, or {b} bits.",
        "Sea $X$ normal con media 1 y desviación estándar 2. Su entropía diferencial es {n} nats (≈ {b} bits).",
    ],
)
@pytest.mark.parametrize("off", [0.0, 0.1])
def test_a_second_value_after_a_normals_value_is_judged(sentence: str, off: float) -> None:
    nats, bits = _places(_normal_entropy(Fraction(4), mpmath.e)), _places(_normal_entropy(Fraction(4), 2), off)
    claims = check_text(sentence.format(n=nats, b=bits) + "\n", "n.md").claims
    verdicts = sorted((claim.verdict, claim.text.endswith("bits")) for claim in claims if claim.kind == "entropy")
    assert verdicts == sorted([("holds", False), ("false" if off else "holds", True)])


#: Two distributions over four outcomes, named and listed in words; ``{h}`` is H(p), ``{c}`` H(p, q), in bits.
P_SHARES = [Fraction(1, 2), Fraction(1, 5), Fraction(1, 5), Fraction(1, 10)]
Q_SHARES = [Fraction(1, 10), Fraction(3, 5), Fraction(1, 5), Fraction(1, 10)]
NAMED = [
    "Actual distribution $p$: A: 0.5, B: 0.2, C: 0.2, D: 0.1 \\\\\nModel distribution $q$: A: 0.1, B: 0.6, C: 0.2, "
    "D: 0.1.\n\nEntropy $H(p) = {h}$ bits. Cross-entropy $H(p, q) = {c}$ bits.\n",
    "Four letters occur with probabilities $0.5$, $0.2$, $0.2$, and $0.1$ respectively. Let us call this distribution "
    "$p(x)$. A model says they are distributed as per $q(x)$: $0.1$, $0.6$, $0.2$, and $0.1$.\n\n"
    "Then $H(p) = {h}$ bits and $H(p, q) = {c}$ bits.\n",
]


@pytest.mark.parametrize("page", NAMED)
@pytest.mark.parametrize("off", [0.0, 0.01])
def test_distributions_named_and_listed_in_words_are_in_force(page: str, off: float) -> None:
    entropy = _entropy(P_SHARES, 2)
    cross = -mpmath.fsum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(q.numerator) / q.denominator, 2)
        for p, q in zip(P_SHARES, Q_SHARES, strict=True)
    )
    text = page.format(h=f"{float(entropy):.4f}", c=f"{float(cross) + off:.4f}")
    verdicts = {
        claim.kind: claim.verdict for claim in check_text(text, "codes.md").claims if claim.kind != "definition"
    }
    assert verdicts == {"entropy": "holds", "cross_entropy": "false" if off else "holds"}


@pytest.mark.parametrize(
    "page",
    [
        "The distribution $p$: A: 0.5, B: 0.3, C: 0.3.\n\nSo $H(p) = 1.5$ bits.\n",  # sums to 1.1: not read
        "Counts per class $p$: A: 5, B: 3, C: 2.\n\nSo $H(p) = 1.5$ bits.\n",  # no probabilities
    ],
)
def test_a_named_list_that_is_no_distribution_is_not_in_force(page: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(page, "codes.md").claims)


#: A variable's distribution given under its name, then its entropy (``{v}``, bits) a few lines below.
VARIABLES = [
    "- pixels: $P_X(x) = \\{{0.15, 0.85\\}}$, mostly white\n  - stored plainly: 1 bit a pixel\n"
    "  - with a memoryless code: $$H(x) = {v} ~ \\mathrm{{bit}}/\\mathrm{{pixel}}$$\n",
    "$X$ = the bus (late/on time): $P(L) = 0.15$, $P(O) = 0.85$.\n\nIts entropy is $H(X) = {v}$ bits.\n",
]


@pytest.mark.parametrize("page", VARIABLES)
@pytest.mark.parametrize("off", [0.0, 0.01])
def test_a_variables_entropy_under_its_distribution_is_judged(page: str, off: float) -> None:
    value = _places(_entropy([Fraction(15, 100), Fraction(85, 100)], 2), off)
    claims = [claim for claim in check_text(page.format(v=value), "bus.md").claims if claim.text.endswith(value)]
    assert [claim.verdict for claim in claims] == ["false" if off else "holds"]


@pytest.mark.parametrize(
    "page",
    [
        # far below, where H(X) is another quantity (an entropy rate)
        "Source: $P_X(x) = \\{0.5, 0.5\\}$.\n\n" + "Some words.\n\n" * 12 + "For this chain $H(X) = 0.6667$.\n",
        # a heading between
        "Source: $P_X(x) = \\{0.5, 0.5\\}$.\n\n## Markov source\n\nThen $H(X) = 0.6667$.\n",
        # another distribution between
        "Source: $P_X(x) = \\{0.5, 0.5\\}$ and $P_Y(y) = \\{0.9, 0.1\\}$.\n\nThen $H(X) = 0.469$.\n",
    ],
)
def test_a_variables_entropy_far_from_its_distribution_is_not_judged_against_it(page: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(page, "chain.md").claims)


@pytest.mark.parametrize(
    "sentence", ["which equals {n} nats ({b} bits).", "In other words it is {n} nats, i.e. {b} bits."]
)
@pytest.mark.parametrize("off", [0.0, 0.01])
def test_a_value_after_is_with_its_unit_under_a_formula_is_judged(sentence: str, off: float) -> None:
    """ "which equals 0.19 nats" under the formula it finishes: the measure above, in both units."""
    nats = mpmath.mpf(3) / 10 * mpmath.log(mpmath.mpf(3) / 6) + mpmath.mpf(7) / 10 * mpmath.log(mpmath.mpf(7) / 4)
    text = (
        "Let P = (0.3, 0.7) and Q = (0.6, 0.4). Then\n\n"
        "$$D_{KL}(P\\|Q) = 0.3\\ln\\frac{0.3}{0.6} + 0.7\\ln\\frac{0.7}{0.4}$$\n\n"
        + sentence.format(n=f"{float(nats):.4f}", b=f"{float(nats / mpmath.log(2)) + off:.4f}")
        + "\n"
    )
    verdicts = sorted((claim.unit, claim.verdict) for claim in check_text(text, "kl.md").claims if claim.kind == "kl")
    assert verdicts == [("bits", "false" if off else "holds"), ("nats", "holds")]
