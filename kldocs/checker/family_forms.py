r"""Closed forms of parametric families written with symbols, checked by putting numbers for the symbols.

``h(X) = \frac{1}{2}\ln(2\pi e\sigma^2)`` (a normal's differential entropy), ``KL(p, q) = \log
\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2} - \frac{1}{2}`` (two normals, not
named on the left), and the KL divergences of two Bernoulli (``p``, ``q`` or any two letters), Poisson or exponential
(``\lambda_1``, ``\lambda_2``) distributions state identities in their parameters. The family comes from the
left side (``h(\mathcal{N}(\mu, \sigma^2))``, ``KL(Bern(p) \| Bern(q))``) or from the text just before the
formula ("two Gaussians"), which must name one family only; the right side must hold exactly that
family's symbols. It is evaluated (:mod:`~kldocs.checker.float_formulas`) on a few sets of parameters and
compared with the family's closed form. Since which distribution is the first and which parameter a
symbol stands for are often left to the reader, the form holds when it agrees for either order of the
two distributions, in any base of a plain ``\log``, and, unless the text says the spread is a standard
deviation (``\sigma^2``, "standard deviation"), with ``\sigma`` read as a variance. It is false only when
it agrees under none of these; the note names the wrong term when it is a usual slip (a 1/2 missing,
``\sigma`` for ``\sigma^2``, the ratio in the logarithm inverted).

>>> form_verdict(r"h(X) = \frac{1}{2}\ln(2\pi e\sigma^2)", "For a Gaussian with standard deviation σ,")[0]
'holds'
>>> verdict, note = form_verdict(r"h(X) = \ln(2\pi e\sigma^2)", "The normal distribution N(μ, σ²) has")
>>> verdict, note.split(":")[0]
('false', 'the 1/2 in front of the logarithm is missing')
>>> form_verdict(r"H = \frac12(1 + 2\log\sigma + \log 2\pi)", "The entropy of a Gaussian is")[0]
'holds'
>>> form_verdict(r"H = \frac12(1 + 2\log\sigma + \log 2\pi)", "For a Gaussian,") is None
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kldocs.checker.documents import SourceText
from kldocs.checker.float_formulas import evaluate, normalized, symbols
from kldocs.checker.judging import Verdict
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.spoken_formulas import symbolic

#: Most characters of a formula read.
MAX_FORMULA = 600
#: Characters before a formula searched for the family it is about.
ABOVE = 400

_KL_LEFT = lazy(
    r"(?:(?:D_\{?\s*(?:\\mathrm\{KL\}|\\text\{KL\}|\\rm\s*KL|KL)\s*\}?|\\mathrm\{KL\}|\\operatorname\{KL\}|\bKL)"
    r"\s*(?:\\left)?\s*(?:[(\[](?P<arguments>[^=]{0,160}?)(?:\\right)?\s*[)\]])?"
    r"|\bD\s*(?:\\left)?\s*[(\[](?P<divergence>[^=]{0,160}?)(?:\\right)?\s*[)\]])\s*$"
)
#: An entropy's name, with its argument or bare (``H = \frac12(1 + \log 2\pi\sigma^2)`` under words naming the entropy).
_ENTROPY_LEFT = lazy(
    r"(?<![A-Za-z\\])[hH]\s*(?:(?:\\left)?\s*[(\[](?P<arguments>[^=]{0,160}?)(?:\\right)?\s*[)\]])?\s*$"
)
#: The word entropy in the text above a bare ``H`` (English, the Romance and German words, Russian, CJK).
_ENTROPY_WORD = lazy(r"entrop|энтропи|熵|エントロピー|엔트로피")
#: A single random variable or density as an entropy's argument: ``X``, ``p``, ``f_X``.
_ONE_ARGUMENT = lazy(r"\s*[A-Za-z](?:_\{?\w\}?)?\s*")
#: Family names as the text writes them (lowercased), each with its family.
_FAMILY_WORDS = (
    (
        "normal",
        lazy(
            r"gauss|\bnormal(?![a-z])|\bnormale\b|\\mathcal\s*\{?\s*n\b|\bn\s*\(\s*\\mu|正态|高斯|정규|가우|ガウス|正規分布"
        ),
    ),
    ("bernoulli", lazy(r"bernoulli|\bbern\b|伯努利|베르누이")),
    ("poisson", lazy(r"poisson|\bpois\b|泊松|푸아송")),
    ("exponential", lazy(r"exponential|esponenzial|exponencial|\bexp\}?\s*\(\s*\\lambda|指数分布|지수 ?분포")),
)
#: Families whose words make a text ambiguous about which distribution a formula is for.
_OTHER_FAMILIES = lazy(
    r"mixture|log-?normal|half-normal|truncat|folded|laplace|cauchy|student|weibull|rayleigh|gamma distribution|混合"
)
#: The text says the spread is a standard deviation (so a variance is written with a square).
_DEVIATION = lazy(r"\\sigma(?:_\w)?\s*\^\s*\{?2|σ[₁₂0-9]?²|sigma\w*\s*(?:\^|\*\*)\s*2|standard deviation|std")
#: What a closed form of the families read here holds: a spread or rate, or Bernoulli's p log or 1 - p (1 - a).
PARAMETERS = lazy(r"sigma|σ|lambda|λ|1\s*-\s*[a-z](?![A-Za-z])|\bp\s*\\?(?:log|ln)")
#: A logarithm in a base other than e.
_OTHER_BASE = lazy(r"\\log\s*_|\blog(?:2|10)\b")
_TRIALS = ((0.5, 1.5, -1.0, 0.75), (2.0, 0.6, 0.25, 2.5), (-1.5, 3.0, 1.0, 1.25))
_BASES = (math.e, 2.0, 10.0)


@dataclass(frozen=True)
class _Form:
    """A family's measure: the closed form (parameters of the first distribution, then of the second), how the
    note writes it, the usual slips (note, wrong form), and the form with the spread read as a variance."""

    family: str
    measure: str
    roles: tuple[str, ...]
    value: Callable[..., float]
    written: str
    slips: tuple[tuple[str, Callable[..., float]], ...] = ()
    as_variance: Callable[..., float] | None = None


def _normal_kl(m1: float, s1: float, m2: float, s2: float) -> float:
    return math.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - 0.5


_SPREAD_SLIP = "σ is written where σ² belongs (the form is the one for σ a variance, but the text squares σ for it)"
_FORMS = (
    _Form(
        "normal",
        "entropy",
        ("s",),
        lambda s: 0.5 * math.log(2 * math.pi * math.e * s**2),
        "½ ln(2πe σ²)",
        (
            ("the 1/2 in front of the logarithm is missing", lambda s: math.log(2 * math.pi * math.e * s**2)),
            ("the e inside the logarithm is missing", lambda s: 0.5 * math.log(2 * math.pi * s**2)),
            ("the logarithm's argument is missing its 2", lambda s: 0.5 * math.log(math.pi * math.e * s**2)),
        ),
        lambda s: 0.5 * math.log(2 * math.pi * math.e * s),
    ),
    _Form(
        "normal",
        "kl",
        ("m", "s", "m", "s"),
        _normal_kl,
        "ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½",
        (
            (
                "the ratio in the logarithm is inverted (σ₁/σ₂ for σ₂/σ₁)",
                lambda m1, s1, m2, s2: _normal_kl(m1, s1, m2, s2) - 2 * math.log(s2 / s1),
            ),
            ("the −½ is missing", lambda m1, s1, m2, s2: _normal_kl(m1, s1, m2, s2) + 0.5),
            (
                "the 2 in the denominator is missing",
                lambda m1, s1, m2, s2: _normal_kl(m1, s1, m2, s2) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2),
            ),
        ),
        lambda m1, v1, m2, v2: 0.5 * math.log(v2 / v1) + (v1 + (m1 - m2) ** 2) / (2 * v2) - 0.5,
    ),
    _Form(
        "bernoulli",
        "kl",
        ("p", "p"),
        lambda p, q: p * math.log(p / q) + (1 - p) * math.log((1 - p) / (1 - q)),
        "p ln(p/q) + (1 − p) ln((1 − p)/(1 − q))",
        (("the second term, (1 − p) ln((1 − p)/(1 − q)), is missing", lambda p, q: p * math.log(p / q)),),
    ),
    _Form(
        "poisson",
        "kl",
        ("r", "r"),
        lambda a, b: a * math.log(a / b) + b - a,
        "λ₁ ln(λ₁/λ₂) + λ₂ − λ₁",
        (("the sign of λ₂ − λ₁ is flipped", lambda a, b: a * math.log(a / b) + a - b),),
    ),
    _Form(
        "exponential",
        "kl",
        ("r", "r"),
        lambda a, b: math.log(a / b) + b / a - 1,
        "ln(λ₁/λ₂) + λ₂/λ₁ − 1 (rates)",
        (("the −1 is missing", lambda a, b: math.log(a / b) + b / a),),
    ),
)


def form_verdict(formula: str, above: str) -> tuple[Verdict, str] | None:
    """The verdict on a closed form (``measure = right side``) and its note; None when it is not one read here.

    ``above`` is the text before the formula, where the family may be named.
    """
    if len(formula) > MAX_FORMULA or "=" not in formula or not PARAMETERS.search(formula):
        return None
    text = normalized(formula)
    left, _, rest = text.partition("=")
    right = rest.rpartition("=")[2].rstrip().rstrip(".,;").rstrip()  # "... \sigma^2). \]": the sentence's stop
    kl, entropy = _KL_LEFT.search(left), _ENTROPY_LEFT.search(left)
    measure = "kl" if kl is not None else "entropy" if entropy is not None else None
    if measure is None:
        return None
    found = kl or entropy
    assert found is not None
    arguments = (found.group("arguments") or found.groupdict().get("divergence") or "").lower()
    bare = measure == "entropy" and found.group("arguments") is None
    if bare and _ENTROPY_WORD.search(above[-ABOVE:].lower()) is None:
        return None  # a bare H names the entropy only where the text above says so
    named = [family for family, pattern in _FAMILY_WORDS if pattern.search(arguments)]
    if measure == "entropy" and not named and not bare and not _ONE_ARGUMENT.fullmatch(arguments):
        return None  # a joint, conditional or cross entropy
    context = (above[-ABOVE:] + " " + formula).lower()
    if not named:
        if _OTHER_FAMILIES.search(context):
            return None
        named = [family for family, pattern in _FAMILY_WORDS if pattern.search(context)]
    candidates = [form for form in _FORMS if form.measure == measure and form.family in named]
    matched = [(form, order) for form in candidates for order in [_order(form, right)] if order is not None]
    if len(matched) != 1:
        return None
    form, order = matched[0]
    if form.measure == "kl" and _OTHER_BASE.search(right):
        return None  # the KL forms have terms without logarithms: they are compared in nats only
    deviation = _DEVIATION.search(above[-ABOVE:] + " " + formula) is not None
    return _judged(form, order, right, deviation)


def _order(form: _Form, right: str) -> list[str] | None:
    """The right side's symbols in the order of the form's roles, when they are exactly the form's."""
    found = sorted(symbols(right))
    if form.family == "bernoulli":  # two letters, whichever: p and q, a and b
        letters = set(re.findall(r"(?<![A-Za-z\\])[a-z](?![A-Za-z])", right)) - {"e"}
        return sorted(letters) if not found and len(letters) == 2 else None
    if form.measure == "entropy":
        return ["\\sigma"] if found == ["\\sigma"] else None
    greek = "\\lambda" if form.family in ("poisson", "exponential") else None
    indices = sorted({symbol.partition("_")[2] for symbol in found})
    if len(indices) != 2 or "" in indices:
        return None
    if greek is not None:
        wanted = [f"{greek}_{index}" for index in indices]
    else:
        wanted = [f"\\{name}_{index}" for index in indices for name in ("mu", "sigma")]
    return wanted if sorted(wanted) == found else None


def _judged(form: _Form, order: list[str], right: str, deviation: bool) -> tuple[Verdict, str] | None:
    """Holds when some reading agrees on every trial; false when none does; None when a trial is unread."""
    readings = [form.value] if deviation or form.as_variance is None else [form.value, form.as_variance]
    plain = [base for base in _BASES if base == math.e or form.measure == "entropy"]
    for base in plain:
        for orders in _orders(order):
            for reading in readings:
                agrees = _agrees(form, orders, right, base, lambda *values, r=reading, b=base: r(*values) / math.log(b))
                if agrees is None:
                    return None
                if agrees:
                    return "holds", _holds_note(form, reading is not form.value, base)
    for note, slip in (*form.slips, *([(_SPREAD_SLIP, form.as_variance)] if form.as_variance else [])):
        if any(_agrees(form, orders, right, math.e, slip) for orders in _orders(order)):
            return "false", f"{note}: the {_WORDS[form.measure]} of {_NAMES[form.family]} is {form.written}"
    return "false", f"the form differs from the {_WORDS[form.measure]} of {_NAMES[form.family]}, {form.written}"


_WORDS = {"entropy": "differential entropy", "kl": "KL divergence"}
_NAMES = {
    "normal": "a normal distribution",
    "bernoulli": "two Bernoulli distributions",
    "poisson": "two Poisson distributions",
    "exponential": "two exponential distributions",
}


def _holds_note(form: _Form, as_variance: bool, base: float) -> str:
    names = "two normal distributions" if form.family == "normal" and form.measure == "kl" else _NAMES[form.family]
    what = f"the closed form agrees with the {_WORDS[form.measure]} of {names}"
    if as_variance:
        what += ", with σ read as the variance"
    if base != math.e:
        what += f", with the plain log in base {base:g}"
    return what + " for every set of parameters tried"


def _orders(order: list[str]) -> Iterator[list[str]]:
    """The symbols in the form's order, and with the two distributions swapped (for a measure of two)."""
    yield order
    if len(order) > 1:
        half = len(order) // 2
        yield order[half:] + order[:half]


def _agrees(form: _Form, order: list[str], right: str, base: float, value: Callable[..., float]) -> bool | None:
    """Whether ``right`` equals ``value`` for the trials' parameters; None when it cannot be evaluated."""
    for trial in _TRIALS:
        parameters = [_role_value(role, trial, position) for position, role in enumerate(form.roles)]
        written = evaluate(right, dict(zip(order, parameters, strict=True)), base)
        if written is None:
            return None
        expected = value(*parameters)
        if not math.isclose(written, expected, rel_tol=1e-9, abs_tol=1e-12):
            return False
    return True


def _role_value(role: str, trial: tuple[float, ...], position: int) -> float:
    """A trial's value for a parameter: any number for a mean, a positive one for a spread or rate, one in (0, 1)
    for a probability."""
    value = trial[position]
    if role == "m":
        return value
    if role == "p":
        return 1 / (1 + math.exp(-value))
    return abs(value) + 0.25


#: A line of prose that may hold a closed form: a relation and a family's parameter, or spoken maths.
_PROSE_HINT = lazy(r"=.*(?:σ|sigma|λ|lambda)|(?:σ|sigma|λ|lambda).*=|\bequals\b")
#: What may close a closed form written in a sentence.
_TRAILING = lazy(r"[\s.,;:]+$")


def prose_forms(document: SourceText, until: int | None) -> Iterator[tuple[int, str, str, str]]:
    """Closed forms written in lines of prose (in symbols, or spoken: see :mod:`.spoken_formulas`): where each
    starts, the formula in symbols, the text above it, and the line as written."""
    if not any(mark in document.text for mark in ("sigma", "σ", "lambda", "λ")):
        return
    for region in document.prose:
        if until is not None and region.offset >= until:
            break
        text = region.text
        if len(text) > MAX_FORMULA * 2 or ("=" not in text and "equals" not in text) or not _PROSE_HINT.search(text):
            continue
        spoken = symbolic(region.text)
        formula = _TRAILING.sub("", spoken if spoken is not None else region.text)
        start = region.offset + len(region.text) - len(region.text.lstrip())
        yield start, formula, document.text[max(0, region.offset - ABOVE) : region.offset], region.text
