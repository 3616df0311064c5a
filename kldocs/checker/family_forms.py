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
from kldocs.checker.parameter_order import pinned_order
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
#: A mutual information's name with two variables: ``I(X; Y)``.
_INFORMATION_LEFT = lazy(r"(?<![A-Za-z\\])I\s*\(\s*[A-Za-z]\s*[;:,]\s*[A-Za-z]\s*\)\s*$")
#: The word entropy in the text above a bare ``H`` (English, the Romance and German words, Russian, CJK).
_ENTROPY_WORD = lazy(r"entrop|энтропи|熵|エントロピー|엔트로피")
#: A single random variable or density as an entropy's argument: ``X``, ``p``, ``f_X``.
_ONE_ARGUMENT = lazy(r"\s*[A-Za-z](?:_\{?\w\}?)?\s*")
#: Family names as the text writes them (lowercased), each with its family.
_FAMILY_WORDS = (
    (
        "normal",
        lazy(
            r"gauss|gauß|\bnormal(?![a-z])|\bnormale\b|normalverteil|нормальн|гаусс|\\mathcal\s*\{?\s*n\b"
            r"|\bn\s*\(\s*\\mu|正态|高斯|정규|가우|ガウス|正規分布"
        ),
    ),
    ("bernoulli", lazy(r"bernoulli|\bbern\b|伯努利|베르누이")),
    ("poisson", lazy(r"poisson|\bpois\b|泊松|푸아송")),
    (
        "exponential",
        lazy(
            r"exponential|exponentiel|esponenzial|exponencial|экспоненциальн|показательн|\bexp\}?\s*\(\s*\\lambda"
            r"|指数分布|지수 ?분포"
        ),
    ),
    (  # a uniform distribution said to be continuous, and nothing discrete near: {a, ..., b} has log(b - a + 1)
        "uniform",
        lazy(
            r"(?!.*(?:discret|diskret|integer|entier|entero|intero|ganzzahl|\\l?dots|\.\.\.|…|outcome|整数|정수|离散|離散))"
            r"(?=.*(?:uniform|gleichverteil|равномерн|均匀|균등|一様|\bu\s*\(\s*a\s*,\s*b\s*\)|\\mathcal\s*\{?\s*u\b))"
            r"(?=.*(?:differential|continu|densit|interval|différentiel|diferencial|stetig|kontinuierlich"
            r"|непрерывн|дифференциальн|微分|연속|連続|连续"
            r"|\[\s*a\s*,\s*b\s*\]|\bu\s*\(\s*a\s*,\s*b\s*\)|\\mathcal\s*\{?\s*u\b))",
            re.DOTALL,
        ),
    ),
)
#: Families whose words make a text ambiguous about which distribution a formula is for.
_OTHER_FAMILIES = lazy(
    r"mixture|log-?normal|half-normal|truncat|folded|laplace|cauchy|student|weibull|rayleigh|gamma distribution|混合"
)
#: What a closed form of the families read here holds: a spread, rate or correlation, Bernoulli's p log or
#: 1 - p (1 - a), or a uniform's b - a.
PARAMETERS = lazy(r"sigma|σ|lambda|λ|rho|ρ|1\s*[-−–]\s*[a-z](?![A-Za-z])|\bp\s*\\?(?:log|ln)|\bb\s*[-−–]\s*a\b")
#: A logarithm with no base written: ``\log x``, ``log(x)``.
_PLAIN_LOG = lazy(r"\\log(?!\s*_)|(?<![\\A-Za-z])log(?![_0-9A-Za-z])")
#: A logarithm in a base other than e.
_OTHER_BASE = lazy(r"\\log\s*_|\blog(?:2|10)\b")
_TRIALS = ((0.5, 1.5, -1.0, 0.75), (2.0, 0.6, 0.25, 2.5), (-1.5, 3.0, 1.0, 1.25))
_BASES = (math.e, 2.0, 10.0)


@dataclass(frozen=True)
class _Reading:
    """A second usual reading of a form's parameter (σ a variance, λ a mean): the form under it and as the note
    writes it, what the note adds when it holds, the slip named when the text pins the first reading (``pinned``,
    words that say so) and the one named when it pins this one (``meant``)."""

    value: Callable[..., float]
    written: str
    holds: str
    slip: str
    pinned: re.Pattern[str]
    meant: re.Pattern[str]
    first_slip: str


@dataclass(frozen=True)
class _Form:
    """A family's measure: the closed form (parameters of the first distribution, then of the second), how the
    note writes it, the usual slips (note, wrong form), and another usual reading of its parameter."""

    family: str
    measure: str
    roles: tuple[str, ...]
    value: Callable[..., float]
    written: str
    slips: tuple[tuple[str, Callable[..., float]], ...] = ()
    other: _Reading | None = None


def _normal_kl(m1: float, s1: float, m2: float, s2: float) -> float:
    return math.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - 0.5


#: The text says the spread is a standard deviation (so a variance is written with a square).
_DEVIATION = lazy(
    r"\\sigma(?:_\w)?\s*\^\s*\{?2|σ[₁₂0-9]?²|sigma\w*\s*(?:\^|\*\*)\s*2|standard\s*deviation|\bstd\b"
    r"|standardabweichung|écart[- ]type|desviaci[oó]n\s+est[aá]ndar|desvio[- ]padr[aã]o|стандартн\w*\s+отклонени"
    r"|标准差|標準偏差|표준\s*편차"
)
#: The text says σ is the variance: "σ denotes the variance", "where σ is the variance".
_VARIANCE = lazy(
    r"(?:\\sigma|σ)(?:_\w)?\$?\s*(?:denotes|is|stands\s+for|=|bezeichnet|ist|désigne|est|es|denota|é)?\s*"
    r"(?:the|die|la|le|a|o)?\s*(?:varian|варианс|дисперси)"
)
#: The text says λ is a rate: the density λe^{-λx}, or the word.
_RATE = lazy(r"\brate|\brat[ae]\b|\btaux\b|\btasa\b|\\lambda\s*e\^|λ\s*e\^|λe|率|비율|интенсивност")
#: The text says λ is the mean (the scale): the density e^{-x/λ}/λ, or the words.
_MEAN = lazy(
    r"(?:\bmean|\bscale|erwartungswert|moyenne|\bmedia|\bmédia|среднее|平均|均值|평균)\s*(?:\$\s*)?(?:\\lambda|λ)(?![_\w])"
    r"|e\^\{?\s*-\s*x\s*/\s*(?:\\lambda|λ)|\\frac\s*\{\s*1\s*\}\s*\{\s*\\lambda\s*\}\s*e\^"
)
_AS_VARIANCE = (
    ", with σ read as the variance",
    "σ is written where σ² belongs (the form is the one for σ a variance, but the text squares σ for it)",
    _DEVIATION,
    _VARIANCE,
    "the form is the one for σ the standard deviation, but the text makes σ the variance",
)
_AS_MEAN = (
    ", with λ read as the mean (the scale) rather than the rate",
    "the form is the one for λ the mean, 1 + ln λ, but the text makes λ the rate",
    _RATE,
    _MEAN,
    "the form is the one for λ the rate, 1 − ln λ, but the text makes λ the mean",
)
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
        _Reading(lambda s: 0.5 * math.log(2 * math.pi * math.e * s), "½ ln(2πe σ) (σ the variance)", *_AS_VARIANCE),
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
        _Reading(
            lambda m1, v1, m2, v2: 0.5 * math.log(v2 / v1) + (v1 + (m1 - m2) ** 2) / (2 * v2) - 0.5,
            "½ ln(σ₂/σ₁) + (σ₁ + (μ₁ − μ₂)²)/(2σ₂) − ½ (σ the variance)",
            *_AS_VARIANCE,
        ),
    ),
    _Form(
        "normal",
        "mi",
        ("c",),
        lambda r: -0.5 * math.log(1 - r**2),
        "−½ ln(1 − ρ²)",
        (("the minus sign in front is missing", lambda r: 0.5 * math.log(1 - r**2)),),
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
    _Form(
        "exponential",
        "entropy",
        ("r",),
        lambda r: 1 - math.log(r),
        "1 − ln λ (λ the rate)",
        (("the 1 is log e, which is 1 in nats only (log₂ e ≈ 1.443 in bits)", lambda r: 1 - math.log2(r)),),
        _Reading(lambda r: 1 + math.log(r), "1 + ln λ (λ the mean)", *_AS_MEAN),
    ),
    _Form("uniform", "entropy", ("a", "b"), lambda a, b: math.log(b - a), "ln(b − a)"),
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
    kl, entropy, information = _KL_LEFT.search(left), _ENTROPY_LEFT.search(left), _INFORMATION_LEFT.search(left)
    measure = "kl" if kl is not None else "entropy" if entropy is not None else "mi" if information else None
    found = kl or entropy
    if measure is None:
        return None
    written_arguments = "" if found is None else found.group("arguments") or found.groupdict().get("divergence") or ""
    arguments = written_arguments.lower()
    bare = entropy is not None and entropy.group("arguments") is None
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
    pinned = pinned_order(order, written_arguments) if form.measure == "kl" else None
    return _judged(form, pinned or order, right, _reading_said(form, above[-ABOVE:], formula), pinned is not None)


#: The symbol of a form's only parameter, by its role: a spread, a rate, a correlation.
_ONE_SYMBOL = {"s": "\\sigma", "r": "\\lambda", "c": "\\rho"}


def _order(form: _Form, right: str) -> list[str] | None:
    """The right side's symbols in the order of the form's roles, when they are exactly the form's."""
    found = sorted(symbols(right))
    if form.family == "bernoulli":  # two letters, whichever: p and q, a and b
        letters = set(re.findall(r"(?<![A-Za-z\\])[a-z](?![A-Za-z])", right)) - {"e"}
        return sorted(letters) if not found and len(letters) == 2 else None
    if form.family == "uniform":
        letters = set(re.findall(r"(?<![A-Za-z\\])[a-z](?![A-Za-z])", right)) - {"e"}
        return ["a", "b"] if not found and letters == {"a", "b"} else None
    if len(form.roles) == 1:
        symbol = _ONE_SYMBOL[form.roles[0]]
        return [symbol] if found == [symbol] else None
    greek = "\\lambda" if form.family in ("poisson", "exponential") else None
    indices = sorted({symbol.partition("_")[2] for symbol in found})
    if len(indices) != 2 or "" in indices:
        return None
    if greek is not None:
        wanted = [f"{greek}_{index}" for index in indices]
    else:
        wanted = [f"\\{name}_{index}" for index in indices for name in ("mu", "sigma")]
    return wanted if sorted(wanted) == found else None


def _reading_said(form: _Form, above: str, formula: str) -> str | None:
    """Which reading of the form's parameter the text ``above`` and the ``formula`` say is meant: ``"first"``,
    ``"other"``, or None. Words for the other ("σ denotes the variance", "mean λ") win over signs of the first in
    the formula (a σ²); words for both ("Poisson with mean λ ... exponential with rate λ") pin neither."""
    if form.other is None:
        return None
    first, other = _said(form.other.pinned, above), _said(form.other.meant, f"{above} {formula}")
    if other:
        return None if first else "other"
    return "first" if first or _said(form.other.pinned, formula) else None


#: A negation just before words: "not the standard deviation", "not its rate", "nicht die".
_NEGATED = lazy(r"(?i)(?:\bnot|\bnicht|\bpas|\bno|\bnão|\bnon|\bне|不是|而非)\s+(?:\w+\s+)?\Z")


def _said(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` says what ``pattern`` finds, not denied just before it."""
    return any(
        not _NEGATED.search(text[max(0, found.start() - 20) : found.start()]) for found in pattern.finditer(text)
    )


def _judged(
    form: _Form, order: list[str], right: str, said: str | None, pinned: bool = False
) -> tuple[Verdict, str] | None:
    """Holds when some reading agrees on every trial; false when none does; None when a trial is unread.

    ``said``: the reading of the parameter the text says is meant (see :func:`_reading_said`); the other one is
    then a slip. ``pinned``: the left side names which distribution is the first (:mod:`parameter_order`), so
    the two swapped are a slip too.
    """
    other = form.other
    readings = [form.value, other.value] if other is not None and said is None else [form.value]
    if other is not None and said == "other":
        readings = [other.value]
    plain = [base for base in _BASES if base == math.e or form.measure != "kl"]
    for base in plain:
        for orders in _orders(form, order, pinned):
            for reading in readings:
                agrees = _agrees(form, orders, right, base, lambda *values, r=reading, b=base: r(*values) / math.log(b))
                if agrees is None:
                    return None
                if agrees:
                    return "holds", _holds_note(form, right, reading is not form.value, base)
    name = f"the {_WORDS[form.measure]} of {_NAMES[form.family, form.measure]}"
    if other is not None and said == "other":
        slips: tuple[tuple[str, Callable[..., float]], ...] = ((other.first_slip, form.value),)
        written = other.written
    else:
        slips = (*form.slips, *([(other.slip, other.value)] if other else []))
        written = form.written
    if pinned and _agrees(form, [*_orders(form, order)][-1], right, math.e, form.value):
        return (
            "false",
            f"the two distributions are swapped (the divergence of the second from the first): {name} is {written}",
        )
    for note, slip in slips:
        if any(_agrees(form, orders, right, math.e, slip) for orders in _orders(form, order, pinned)):
            return "false", f"{note}: {name} is {written}"
    return "false", f"the form differs from {name}, {written}"


_WORDS = {"entropy": "differential entropy", "kl": "KL divergence", "mi": "mutual information"}
_NAMES = {
    ("normal", "entropy"): "a normal distribution",
    ("normal", "kl"): "two normal distributions",
    ("normal", "mi"): "two jointly normal variables with correlation ρ",
    ("bernoulli", "kl"): "two Bernoulli distributions",
    ("poisson", "kl"): "two Poisson distributions",
    ("exponential", "kl"): "two exponential distributions",
    ("exponential", "entropy"): "an exponential distribution",
    ("uniform", "entropy"): "a uniform distribution on [a, b]",
}


def _holds_note(form: _Form, right: str, other: bool, base: float) -> str:
    what = f"the closed form agrees with the {_WORDS[form.measure]} of {_NAMES[form.family, form.measure]}"
    what += " for every set of parameters tried"
    if other and form.other is not None:
        what += form.other.holds
    if base != math.e:
        what += f" (with the plain log in base {base:g})" if _PLAIN_LOG.search(right) else f" (in base {base:g})"
    return what


def _orders(form: _Form, order: list[str], pinned: bool = False) -> Iterator[list[str]]:
    """The symbols in the form's order, and with the two distributions swapped (for a divergence whose order the
    left side does not pin)."""
    yield order
    if form.measure == "kl" and not pinned:
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
    """A trial's value for a parameter: any number for a mean or a uniform's lower end, a positive one for a
    spread or rate, one in (0, 1) for a probability, in (-1, 1) for a correlation, above the lower end for a
    uniform's upper end."""
    value = trial[position]
    if role in ("m", "a"):
        return value
    if role == "p":
        return 1 / (1 + math.exp(-value))
    if role == "c":
        return math.tanh(value)
    if role == "b":
        return trial[position - 1] + abs(value) + 0.5
    return abs(value) + 0.25


#: A line of prose that may hold a closed form: a relation and a family's parameter, or spoken maths.
_PROSE_HINT = lazy(r"=.*(?:σ|sigma|λ|lambda|ρ|rho)|(?:σ|sigma|λ|lambda|ρ|rho).*=|\bequals\b")
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
