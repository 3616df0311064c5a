"""``kldocs check`` on closed forms of parametric families written with symbols: the normal's differential
entropy, the KL divergence of two normals not named on the left, and of Bernoulli, Poisson and exponential
distributions, in LaTeX, plain text and spoken maths.

Each document is written here, small, for the test. Whether a written form is right is decided here with
mpmath: the form and the family's closed form (typed out here from the densities' integrals) are evaluated
at a point and compared, never with kldocs.
"""

from __future__ import annotations

from collections.abc import Callable

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy(s: mpmath.mpf) -> mpmath.mpf:
    """h(N(mu, s^2)) in nats: E[-ln f] = ln(s sqrt(2 pi)) + E[(x - mu)^2] / (2 s^2)."""
    return mpmath.log(s * mpmath.sqrt(2 * mpmath.pi)) + mpmath.mpf(1) / 2


def _normal_kl(m1: mpmath.mpf, s1: mpmath.mpf, m2: mpmath.mpf, s2: mpmath.mpf) -> mpmath.mpf:
    """KL(N(m1, s1^2) || N(m2, s2^2)) in nats, by quadrature of p ln(p/q)."""

    def integrand(x: mpmath.mpf) -> mpmath.mpf:
        p, q = mpmath.npdf(x, m1, s1), mpmath.npdf(x, m2, s2)
        return p * mpmath.log(p / q)

    return mpmath.quad(integrand, [-mpmath.inf, m1, mpmath.inf])


def _right(written: Callable[..., mpmath.mpf], truth: Callable[..., mpmath.mpf], *point: float) -> bool:
    values = [mpmath.mpf(value) for value in point]
    return bool(abs(written(*values) - truth(*values)) < mpmath.mpf(10) ** -10)


def _claims(text: str, name: str = "page.md") -> list[tuple[str, str]]:
    return [(claim.verdict, claim.note) for claim in check_text(text, name).claims if claim.kind == "identity"]


_NORMAL_KL = r"\ln\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2} - \frac{1}{2}"


def test_kl_of_two_normals_not_named_on_the_left() -> None:
    assert _right(
        lambda m1, s1, m2, s2: mpmath.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - 0.5,
        _normal_kl,
        0.3,
        1.2,
        -1,
        2,
    )
    page = "Our two Gaussian densities have means μ₁, μ₂ and spreads σ₁, σ₂. Then\n\n"
    page += f"$$D_{{KL}}(p \\| q) = {_NORMAL_KL}$$\n"
    assert [verdict for verdict, _ in _claims(page)] == ["holds"]
    # the same with the indices of the two distributions the other way round is the same identity
    swapped = _NORMAL_KL.replace("_1", "_x").replace("_2", "_1").replace("_x", "_2")
    assert [verdict for verdict, _ in _claims(page.replace(_NORMAL_KL, swapped))] == ["holds"]


@pytest.mark.parametrize(
    ("wrong", "written", "slip"),
    [
        (
            r"\ln\frac{\sigma_1}{\sigma_2}",
            lambda m1, s1, m2, s2: mpmath.log(s1 / s2) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - 0.5,
            "inverted",
        ),
        (r" - \frac{1}{2}", lambda m1, s1, m2, s2: mpmath.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2), "−½"),
    ],
)
def test_a_wrong_term_of_the_normal_kl_is_named(wrong: str, written: Callable[..., mpmath.mpf], slip: str) -> None:
    assert not _right(written, _normal_kl, 0.3, 1.2, -1, 2)
    assert not _right(written, lambda m1, s1, m2, s2: _normal_kl(m2, s2, m1, s1), 0.3, 1.2, -1, 2)
    right = r"\ln\frac{\sigma_2}{\sigma_1}" if "ln" in wrong else r" - \frac{1}{2}"
    formula = _NORMAL_KL.replace(right, wrong if "ln" in wrong else "")
    page = f"For two normal laws with standard deviations σ₁ and σ₂,\n\n$$KL = {formula}$$\n"
    [(verdict, note)] = _claims(page)
    assert verdict == "false" and slip in note


def test_differential_entropy_of_a_normal_in_its_usual_spellings() -> None:
    forms = {
        r"\frac{1}{2}\ln(2\pi e\sigma^2)": lambda s: mpmath.log(2 * mpmath.pi * mpmath.e * s**2) / 2,
        r"\frac12\left(1 + \ln 2\pi\sigma^2\right)": lambda s: (1 + mpmath.log(2 * mpmath.pi * s**2)) / 2,
        r"\ln\left(\sigma\sqrt{2\pi e}\right)": lambda s: mpmath.log(s * mpmath.sqrt(2 * mpmath.pi * mpmath.e)),
    }
    for formula, written in forms.items():
        assert _right(written, _entropy, 0.7)
        page = f"Let $X \\sim \\mathcal{{N}}(\\mu, \\sigma^2)$ be Gaussian.\n\n$$h(X) = {formula}$$\n"
        assert [verdict for verdict, _ in _claims(page)] == ["holds"], formula


def test_a_plain_log_in_bits_holds_too() -> None:
    page = "Gaussian source with variance sigma^2.\n\nh(X) = 1/2 * log2(2*pi*e*sigma**2)\n"
    assert [verdict for verdict, _ in _claims(page, "notes.txt")] == ["holds"]


@pytest.mark.parametrize(
    ("formula", "written", "slip"),
    [
        (r"\ln(2\pi e\sigma^2)", lambda s: mpmath.log(2 * mpmath.pi * mpmath.e * s**2), "1/2"),
        (r"\frac{1}{2}\ln(2\pi e\sigma)", lambda s: mpmath.log(2 * mpmath.pi * mpmath.e * s) / 2, "σ²"),
    ],
)
def test_a_wrong_entropy_of_a_normal_is_false(formula: str, written: Callable[..., mpmath.mpf], slip: str) -> None:
    assert not _right(written, _entropy, 0.7)
    page = f"A normal variable with standard deviation $\\sigma$ has\n\n$$h(X) = {formula}$$\n"
    [(verdict, note)] = _claims(page)
    assert verdict == "false" and slip in note


def test_sigma_as_a_variance_is_not_called_false_when_the_text_does_not_say() -> None:
    # with s the variance, (1/2) ln(2 pi e s) is the entropy
    assert _right(lambda v: mpmath.log(2 * mpmath.pi * mpmath.e * v) / 2, lambda v: _entropy(mpmath.sqrt(v)), 0.7)
    page = "A Gaussian written N(μ, σ) in these notes:\n\n$$H(X) = \\frac{1}{2}\\log(2\\pi e\\sigma)$$\n"
    [(verdict, note)] = _claims(page)
    assert verdict == "holds" and "variance" in note


def test_spoken_maths_is_read() -> None:
    page = (
        "For the normal law the entropy is\n\n"
        "h left-parenthesis upper X right-parenthesis equals one-half ln left-parenthesis 2 pi sigma squared "
        "right-parenthesis\n"
    )
    assert not _right(lambda s: mpmath.log(2 * mpmath.pi * s**2) / 2, _entropy, 0.7)
    [(verdict, note)] = _claims(page, "speech.txt")
    assert verdict == "false" and "the e inside" in note


def test_poisson_exponential_and_bernoulli_kl_forms() -> None:
    def poisson(a: mpmath.mpf, b: mpmath.mpf) -> mpmath.mpf:
        return mpmath.nsum(
            lambda k: mpmath.exp(k * mpmath.log(a) - a - mpmath.loggamma(k + 1)) * (k * mpmath.log(a / b) + b - a),
            [0, mpmath.inf],
        )

    assert _right(lambda a, b: a * mpmath.log(a / b) + b - a, poisson, 1.5, 0.4)
    assert not _right(lambda a, b: a * mpmath.log(a / b) + a - b, poisson, 1.5, 0.4)
    good = r"\lambda_1 \ln\frac{\lambda_1}{\lambda_2} + \lambda_2 - \lambda_1"
    page = f"Two Poisson counts with rates $\\lambda_1$ and $\\lambda_2$:\n\n$$D_{{KL}}(P \\| Q) = {good}$$\n"
    assert [verdict for verdict, _ in _claims(page)] == ["holds"]
    flipped = page.replace(r"+ \lambda_2 - \lambda_1", r"+ \lambda_1 - \lambda_2")
    assert [verdict for verdict, _ in _claims(flipped)] == ["false"]

    def exponential(a: mpmath.mpf, b: mpmath.mpf) -> mpmath.mpf:
        return mpmath.quad(lambda x: a * mpmath.exp(-a * x) * (mpmath.log(a / b) - (a - b) * x), [0, mpmath.inf])

    assert _right(lambda a, b: mpmath.log(a / b) + b / a - 1, exponential, 1.5, 0.4)
    page = "With $\\text{Exp}(\\lambda_1)$ and $\\text{Exp}(\\lambda_2)$ (rates),\n\n"
    page += r"$$KL = \ln\frac{\lambda_1}{\lambda_2} + \frac{\lambda_2}{\lambda_1} - 1$$" + "\n"
    assert [verdict for verdict, _ in _claims(page)] == ["holds"]
    page = "For coins $\\mathrm{Bern}(p)$ and $\\mathrm{Bern}(q)$:\n\n$$D(p \\| q) = p\\ln\\frac{p}{q}$$\n"
    assert [verdict for verdict, _ in _claims(page)] == ["false"]


def _exponential_entropy(rate: mpmath.mpf) -> mpmath.mpf:
    """h(Exp(rate)) in nats, by quadrature of -f ln f with f(x) = rate e^(-rate x)."""
    return mpmath.quad(lambda x: -rate * mpmath.exp(-rate * x) * (mpmath.log(rate) - rate * x), [0, mpmath.inf])


def _normal_information(rho: mpmath.mpf) -> mpmath.mpf:
    """I(X; Y) in nats of two standard normals with correlation rho: h(X) + h(Y) - h(X, Y), each entropy
    E[-ln f] of its density, ln(2 pi e)^(n/2) + ln det(Sigma)/2."""
    return mpmath.log(2 * mpmath.pi * mpmath.e) - (mpmath.log((2 * mpmath.pi * mpmath.e) ** 2 * (1 - rho**2)) / 2)


def test_differential_entropy_of_an_exponential_in_nats_and_bits() -> None:
    assert _right(lambda r: 1 - mpmath.log(r), _exponential_entropy, 0.7)
    assert _right(lambda r: (1 - mpmath.log(r)) / mpmath.log(2), lambda r: _exponential_entropy(r) / mpmath.log(2), 3)
    page = "An exponential distribution with rate $\\lambda$ has differential entropy\n\n"
    assert [verdict for verdict, _ in _claims(page + "$$h(X) = 1 - \\ln \\lambda$$\n")] == ["holds"]
    bits = _claims(page + "$$h(X) = \\log_2 e - \\log_2 \\lambda$$\n")
    assert [verdict for verdict, _ in bits] == ["holds"] and "base 2" in bits[0][1]
    # the 1 kept when the logarithms turn to base 2: 1 - log2(lambda) is not the entropy in bits
    assert not _right(lambda r: 1 - mpmath.log(r, 2), lambda r: _exponential_entropy(r) / mpmath.log(2), 3)
    wrong = _claims(page + "$$h(X) = 1 - \\log_2 \\lambda$$\n")
    assert [verdict for verdict, _ in wrong] == ["false"] and "log₂ e" in wrong[0][1]


def test_an_exponential_with_lambda_its_mean_is_not_called_false_unless_the_text_says_rate() -> None:
    # 1 + ln(mu) is the entropy of the exponential with mean mu (rate 1/mu)
    assert _right(lambda m: 1 + mpmath.log(m), lambda m: _exponential_entropy(1 / m), 2.5)
    form = "$$h(X) = 1 + \\ln \\lambda$$\n"
    unsaid = _claims("For an exponential distribution Exp($\\lambda$):\n\n" + form)
    assert [verdict for verdict, _ in unsaid] == ["holds"] and "mean" in unsaid[0][1]
    said = _claims("For an exponential distribution with rate $\\lambda$:\n\n" + form)
    assert [verdict for verdict, _ in said] == ["false"] and "rate" in said[0][1]


@pytest.mark.parametrize(
    ("text", "form", "verdict", "note"),
    [
        # the text says lambda is the mean: 1 - ln(lambda) is the rate's form, a slip here
        (
            "An exponential with mean $\\lambda$, density $\\frac{1}{\\lambda} e^{-x/\\lambda}$:",
            "1 - \\ln \\lambda",
            "false",
            "mean",
        ),
        (
            "An exponential with mean $\\lambda$, density $\\frac{1}{\\lambda} e^{-x/\\lambda}$:",
            "1 + \\ln \\lambda",
            "holds",
            "mean",
        ),
        # a denied word pins nothing: "not its rate"
        (
            "We use the exponential distribution with its mean $\\lambda$, not its rate:",
            "1 + \\ln \\lambda",
            "holds",
            "mean",
        ),
    ],
)
def test_the_exponential_reading_the_text_states(text: str, form: str, verdict: str, note: str) -> None:
    assert _right(lambda m: 1 + mpmath.log(m), lambda m: _exponential_entropy(1 / m), 0.4)
    claims = _claims(f"{text}\n\n$$h(X) = {form}$$\n")
    assert [judged for judged, _ in claims] == [verdict] and note in claims[0][1]


def test_sigma_said_to_be_the_variance_is_read_so_even_beside_the_words_standard_deviation() -> None:
    assert _right(lambda v: mpmath.log(2 * mpmath.pi * mpmath.e * v) / 2, lambda v: _entropy(mpmath.sqrt(v)), 2.5)
    page = "For a normal distribution, $\\sigma$ denotes the variance (not the standard deviation).\n\n"
    held = _claims(page + "$$h(X) = \\frac12 \\ln(2\\pi e \\sigma)$$\n")
    assert [verdict for verdict, _ in held] == ["holds"] and "variance" in held[0][1]
    wrong = _claims(page + "$$h(X) = \\frac12 \\ln(2\\pi e \\sigma^2)$$\n")
    assert [verdict for verdict, _ in wrong] == ["false"] and "the text makes σ the variance" in wrong[0][1]


def test_differential_entropy_of_a_continuous_uniform() -> None:
    a, b = mpmath.mpf(-1), mpmath.mpf("2.5")
    assert abs(mpmath.quad(lambda x: -(1 / (b - a)) * mpmath.log(1 / (b - a)), [a, b]) - mpmath.log(b - a)) < 1e-20
    page = "For the continuous uniform distribution on $[a, b]$,\n\n"
    assert [verdict for verdict, _ in _claims(page + "$$h(X) = \\log(b - a)$$\n")] == ["holds"]
    assert [verdict for verdict, _ in _claims(page + "$$h(X) = \\log(b - a + 1)$$\n")] == ["false"]
    # a uniform on the integers a, ..., b has log(b - a + 1): not the continuous form, so not read
    assert _claims("Let X be uniform on the integers a, ..., b. Then\n\n$$H(X) = \\log(b - a + 1)$$\n") == []


def test_mutual_information_of_two_jointly_normal_variables() -> None:
    assert _right(lambda r: -mpmath.log(1 - r**2) / 2, _normal_information, 0.6)
    page = "For jointly Gaussian X and Y with correlation $\\rho$,\n\n"
    held = _claims(page + "$$I(X;Y) = -\\frac{1}{2}\\log_2(1-\\rho^2)$$\n")
    assert [verdict for verdict, _ in held] == ["holds"] and "base 2" in held[0][1]
    assert not _right(lambda r: mpmath.log(1 - r**2) / 2, _normal_information, 0.6)
    wrong = _claims(page + "$$I(X;Y) = \\frac{1}{2}\\ln(1-\\rho^2)$$\n")
    assert [verdict for verdict, _ in wrong] == ["false"] and "minus sign" in wrong[0][1]


def test_closed_forms_in_a_table_of_families() -> None:
    table = (
        "| distribution | differential entropy (bits) |\n| --- | --- |\n"
        "| Exp($\\lambda$) | $1 - \\log_2 \\lambda$ |\n"
        "| U(a, b) | $\\log_2(b - a)$ |\n"
        "| N($\\mu$, $\\sigma^2$) | $\\frac{1}{2}\\log_2(2\\pi e \\sigma^2)$ |\n"
        "| Poisson($\\lambda$) | no closed form |\n"
    )
    claims = [(claim.lines, claim.verdict) for claim in check_text(table, "t.md").claims if claim.kind == "identity"]
    assert claims == [((3,), "false"), ((4,), "holds"), ((5,), "holds")]
    # Unicode subscripts and minus signs, as pages copied as text write them
    unicode = "| Family | Differential entropy (bits) |\n|---|---|\n"
    unicode += "| Exp(λ), rate λ | 1 − log₂ λ |\n| U(a, b) | log₂(b − a) |\n"
    judged = [(claim.verdict, claim.note) for claim in check_text(unicode, "u.md").claims if claim.kind == "identity"]
    assert [verdict for verdict, _ in judged] == ["false", "holds"] and "log₂ e" in judged[0][1]


@pytest.mark.parametrize("stop", [".", ",", ""])
def test_the_coefficient_of_a_closed_form_is_not_read_as_its_value(stop: str) -> None:
    page = "Взаимная информация двух совместно нормальных величин с корреляцией $\\rho$:\n\n"
    page += f"$$I(X;Y) = -\\frac{{1}}{{2}}\\ln(1-\\rho^2){stop}$$\n"
    assert [verdict for verdict, _ in _claims(page)] == ["holds"]
    assert [claim.verdict for claim in check_text(page, "page.md").claims if claim.kind == "bound"] == []


@pytest.mark.parametrize(
    "page",
    [
        # another family in the text: the form may be for it
        "A mixture of Gaussians against one Gaussian:\n\n$$h(X) = \\ln(2\\pi e\\sigma^2)$$\n",
        # a joint entropy, and a conditional one
        "Two Gaussian variables.\n\n$$h(X, Y) = \\ln(2\\pi e\\sigma^2)$$\n",
        # no family named at all
        "Some density:\n\n$$h(X) = \\ln(2\\pi e\\sigma^2)$$\n",
        # symbols beyond the family's: the entropy of a mean of n draws
        "Gaussian draws:\n\n$$h(\\bar X) = \\frac12\\ln(2\\pi e\\sigma^2 / n)$$\n",
    ],
)
def test_forms_that_are_not_read(page: str) -> None:
    assert _claims(page) == []


# --- values from parameters stated one by one ---------------------------------------------------------------


def _values(text: str) -> list[tuple[str, str]]:
    """The judged KL and entropy values (other readers leave a value they cannot place unchecked)."""
    claims = check_text(text, "page.md").claims
    return [
        (claim.kind, claim.verdict)
        for claim in claims
        if claim.kind in ("kl", "entropy") and claim.verdict != "unchecked"
    ]


def test_a_kl_value_after_parameters_stated_one_by_one() -> None:
    true = _normal_kl(*(mpmath.mpf(value) for value in (1, 2, -1, 1)))
    backwards = _normal_kl(*(mpmath.mpf(value) for value in (-1, 1, 1, 2)))
    assert mpmath.nstr(true, 4) == "2.807" and mpmath.nstr(backwards, 4) == "0.8181"
    page = "We compare two normals with $\\mu_1 = 1$, $\\sigma_1 = 2$ and $\\mu_2 = -1$, $\\sigma_2 = 1$.\n\n"
    assert _values(page + "Their KL divergence is about 2.807 nats.\n") == [("kl", "holds")]
    assert _values(page + "Their KL divergence is about 2.5 nats.\n") == [("kl", "false")]
    # the value for the normals the other way round: which is first is not written next to it
    assert _values(page + "Their KL divergence is about 0.818 nats.\n") == []


def test_sigma_read_as_a_variance_leaves_a_value_unjudged() -> None:
    # with sigma the variance: KL(N(0, 4) || N(0, 1)) = ln(1/2) + 4/2 - 1/2
    as_variance = mpmath.log(mpmath.mpf(1) / 2) + mpmath.mpf(3) / 2
    assert mpmath.nstr(as_variance, 4) == "0.8069"
    page = "Two Gaussians: μ₁ = 0, σ₁ = 4, μ₂ = 0, σ₂ = 1. The KL divergence is 0.8069 nats.\n"
    assert _values(page) == []


def test_an_entropy_after_a_mean_and_a_spread_in_words() -> None:
    assert mpmath.nstr(_entropy(mpmath.mpf(2)), 5) == "2.1121"
    assert _values("A normal with mean 1 and variance 4 has an entropy of 2.1121 nats.\n") == [("entropy", "holds")]
    assert _values("A normal with mean 1 and standard deviation 2 has an entropy of 2.11 nats.\n") == [
        ("entropy", "holds")
    ]
    assert _values("A normal with mean 1 and variance 4 has an entropy of 1.76 nats.\n") == [("entropy", "false")]


def test_parameters_given_two_values_leave_the_value_unjudged() -> None:
    page = "First $\\sigma_1 = 1$, $\\sigma_2 = 2$; then $\\sigma_1 = 3$. With $\\mu_1 = \\mu_2 = 0$ the KL is 0.1.\n"
    assert _values(page) == []


def test_an_estimate_from_samples_is_not_judged_against_the_exact_value() -> None:
    page = "With $\\mu_1 = 0$, $\\sigma_1 = 1$, $\\mu_2 = 1$, $\\sigma_2 = 1$ and 500 samples, "
    page += "the KL estimate is 0.47.\n"
    assert _values(page) == []


@pytest.mark.parametrize(
    "claim",
    [
        "The conditional entropy is $H(Y|X) \\approx 0.7$ bits.",
        "Die Verbundentropie ist $H(X,Y) \\approx 1.72$ Bit.",
        "联合熵 $H(X,Y) \\approx 1.722$ 比特。",
        "条件熵约为 0.722 比特。",
        "La entropía condicional $H(Y \\mid X)$ vale aproximadamente 0.72 bits.",
        "The mutual information $I(X;Y)$ is about 0.278 bits.",
        "The cross-entropy is about 1.9 bits.",
        "조건부 엔트로피는 약 0.72 비트이다.",
    ],
)
def test_a_measure_of_two_variables_is_not_the_entropy_of_a_normal_stated_before(claim: str) -> None:
    # h(N(1/2, 0.8^2)) = 1.7252 bits, which none of these values is: each is about something else
    assert mpmath.nstr(_entropy(mpmath.mpf("0.8")) / mpmath.log(2), 5) == "1.7252"
    assert _values(f"With $\\mu = 0.5$ and $\\sigma = 0.8$.\n\n{claim}\n") == []


def test_the_entropy_of_the_normal_stated_before_is_still_judged() -> None:
    page = "With $\\mu = 0.5$ and $\\sigma = 0.8$.\n\n"
    assert _values(page + "Its entropy $h(X)$ is about 1.725 bits.\n") == [("entropy", "holds")]
    assert _values(page + "Its entropy is about 0.7 bits.\n") == [("entropy", "false")]


# --- library calls for a normal's entropy ----------------------------------------------------------------------


def test_library_calls_for_a_normal_entropy_take_a_standard_deviation() -> None:
    assert mpmath.nstr(_entropy(mpmath.mpf(3)), 5) == "2.5176"
    assert mpmath.nstr(_entropy(mpmath.mpf("0.5")), 4) == "0.7258"
    page = (
        "Entropies in nats.\n\n```js\nvar h = require( 'some/dists/normal/entropy' );\nvar y = h( 4.0, 3.0 );\n"
        "// returns ~2.518\n\ny = h( -2.0, 0.5 );\n// returns ~1.2\n```\n\n"
        "```python\nfrom scipy.stats import norm\nprint(norm.entropy(loc=1, scale=3))  # 2.5176\n"
        "print(norm(0, 0.5).entropy())  # 0.7258\n```\n"
    )
    claims = check_text(page, "page.md").claims
    assert [(claim.verdict, claim.lines[0]) for claim in claims] == [
        ("holds", 6),
        ("unchecked", 9),  # a function whose body is not shown: neither reading of its spread gives 1.2
        ("holds", 14),
        ("holds", 15),
    ]
    assert "0.725791" in claims[1].note and "1.07236" in claims[1].note
    assert "N(4, 9)" in claims[0].text and "standard deviation" in claims[3].note


def test_a_function_of_the_documents_own_is_not_taken_for_a_library_normal() -> None:
    page = "```python\ndef entropy(mu, var):\n    ...\n\nprint(entropy(0, 4))  # 1.2\n```\n"
    assert [claim.verdict for claim in check_text(page, "page.md").claims if claim.kind == "entropy"] == []


def _bernoulli_kl(a: mpmath.mpf, b: mpmath.mpf) -> mpmath.mpf:
    """KL(Bern(a) || Bern(b)) in nats: p ln(p/q) summed over the outcomes 1 and 0 of the two probability mass
    functions."""
    first, second = {1: a, 0: 1 - a}, {1: b, 0: 1 - b}
    return mpmath.fsum(first[k] * mpmath.log(first[k] / second[k]) for k in (0, 1))


_BERNOULLI = r"p \log\frac{p}{q} + (1-p)\log\frac{1-p}{1-q}"
_BERNOULLI_SWAPPED = r"q \log\frac{q}{p} + (1-q)\log\frac{1-q}{1-p}"


@pytest.mark.parametrize(
    ("left", "right", "verdict"),
    [
        (r"D_{KL}(\mathrm{Ber}(p)\|\mathrm{Ber}(q))", _BERNOULLI, "holds"),
        (r"D_{KL}(\mathrm{Ber}(p)\|\mathrm{Ber}(q))", _BERNOULLI_SWAPPED, "false"),
        (r"\mathrm{KL}(\mathrm{Bern}(q) \,\|\, \mathrm{Bern}(p))", _BERNOULLI_SWAPPED, "holds"),
        (r"\mathrm{KL}(\mathrm{Bern}(q) \,\|\, \mathrm{Bern}(p))", _BERNOULLI, "false"),
        # the distributions named by capitals: which parameter is whose is left to the reader, so either order holds
        (r"D_{KL}(P\|Q)", _BERNOULLI_SWAPPED, "holds"),
    ],
)
def test_bernoulli_kl_whose_left_side_names_the_first_distribution(left: str, right: str, verdict: str) -> None:
    def written(p: mpmath.mpf, q: mpmath.mpf) -> mpmath.mpf:
        return p * mpmath.log(p / q) + (1 - p) * mpmath.log((1 - p) / (1 - q))

    assert _right(written, _bernoulli_kl, 0.3, 0.8) and _right(written, _bernoulli_kl, 0.9, 0.2)
    # the swapped form is another number: KL is not symmetric here
    assert (
        abs(_bernoulli_kl(mpmath.mpf("0.3"), mpmath.mpf("0.8")) - _bernoulli_kl(mpmath.mpf("0.8"), mpmath.mpf("0.3")))
        > 0.01
    )
    page = f"Pour deux lois de Bernoulli :\n\n- ${left} = {right}$\n"
    claims = _claims(page)
    assert [verdict for verdict, _ in claims] == [verdict]
    if verdict == "false":
        assert claims[0][1].startswith("the two distributions are swapped")


def test_a_normal_kl_with_the_distributions_named_in_the_other_order_is_false() -> None:
    page = r"$$D_{KL}(\mathcal{N}(\mu_1, \sigma_1^2) \| \mathcal{N}(\mu_2, \sigma_2^2)) = " + _NORMAL_KL + "$$\n"
    assert [verdict for verdict, _ in _claims(page)] == ["holds"]
    swapped = page.replace(
        r"(\mu_1, \sigma_1^2) \| \mathcal{N}(\mu_2, \sigma_2^2)",
        r"(\mu_2, \sigma_2^2) \| \mathcal{N}(\mu_1, \sigma_1^2)",
    )
    assert _normal_kl(mpmath.mpf(0), mpmath.mpf(1), mpmath.mpf(1), mpmath.mpf(2)) != _normal_kl(
        mpmath.mpf(1), mpmath.mpf(2), mpmath.mpf(0), mpmath.mpf(1)
    )
    assert [verdict for verdict, _ in _claims(swapped)] == ["false"]
