r"""The closed form of the KL divergence between two normal distributions, written with symbols.

``D_{KL}(\mathcal{N}(\mu_1, \sigma_1^2) \| \mathcal{N}(\mu_2, \sigma_2^2)) = \log \frac{\sigma_2}{\sigma_1} + ...``
states an identity in the parameters. It is checked by putting numbers for the symbols: the right side,
with each parameter replaced by a number, is evaluated exactly and compared with the KL divergence that
the normal family's closed form gives for those parameters, on a few sets of them. It holds when they agree on all,
and is false when they differ on one (the formula is then wrong for those parameters). The normals must
be written with their variance (``\sigma^2``), the parameters as Greek letters with an optional index,
and nothing but those symbols and numbers may stand on the right side; else the formula is not read.

>>> formula = (r"D_{KL}(\mathcal{N}(\mu_1, \sigma_1^2) \| \mathcal{N}(\mu_2, \sigma_2^2)) = "
...            r"\log \frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2} - \frac{1}{2}")
>>> normal_kl_form(formula)
True
>>> normal_kl_form(formula.replace(r"\log \frac{\sigma_2}{\sigma_1}", r"\log \frac{\sigma_1}{\sigma_2}"))
False
>>> normal_kl_form(formula.replace(r"- \frac{1}{2}", r"- \frac{1}{2} + k")) is None
True
"""

from __future__ import annotations

import re
from fractions import Fraction

from kldocs.checker.checked import Checked
from kldocs.checker.documents import SourceText
from kldocs.checker.family_forms import PARAMETERS, form_verdict, prose_forms
from kldocs.checker.latex_numbers import Environment, ParseError, evaluate, parse
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.matrix_forms import matrix_form_verdict
from kldocs.checker.table_forms import table_forms
from kldocs.checker.tokens import tokenize
from kldocs.errors import EvaluationError
from kldocs.exact import ExactValue

#: Characters of a formula read for a closed form.
MAX_FORMULA = 600
#: A parameter: a Greek letter with an optional index (``\mu_1``, ``\sigma_{2}``, ``\mu``).
_PARAMETER = r"\\(?:mu|sigma|theta|nu|tau)(?:_(?:\{[0-9a-z]\}|[0-9a-z]))?"


def _normal(index: int) -> str:
    """``\\mathcal{N}(\\mu_1, \\sigma_1^2)``: a normal written with its mean and its variance."""
    return (
        rf"(?:\\mathcal\s*\{{\s*N\s*\}}|\\mathcal\s*N|N)\s*\(\s*(?P<mean{index}>{_PARAMETER})\s*,\s*"
        rf"(?P<scale{index}>{_PARAMETER})\s*\^\s*\{{?2\}}?\s*\)"
    )


_KL = r"\s*+(?:D_\{\s*(?:\\mathrm\{KL\}|KL)\s*\}|D_\{?KL\}?|\\mathrm\{KL\}|KL)\s*+(?:\\left)?+\s*+\(\s*+"
_BAR = r"\s*(?:\\\||\\parallel|\|\||\\Vert)\s*"
_LEFT = lazy(_KL + _normal(1) + _BAR + _normal(2) + r"\s*+(?:\\right)?+\s*+\)\s*+=")
#: ``D_{KL}(q \| p) =`` with q and p defined as normals just above (a VAE's posterior and its prior).
_NAMED_LEFT = lazy(_KL + r"(?P<first>[A-Za-z])" + _BAR + r"(?P<second>[A-Za-z])\s*+(?:\\right)?+\s*+\)\s*+=")
#: ``q(z|x) = \mathcal{N}(\mu, \sigma^2)``, ``p(z) = \mathcal{N}(0, 1)``: a name for a normal.
_DEFINED = lazy(
    r"(?<![A-Za-z\\])(?P<name>[A-Za-z])\s*+(?:\([^()=]{0,12}\))?+\s*+=\s*+(?:\\mathcal\s*\{\s*N\s*\}|\\mathcal\s*N|N)\s*"
    rf"\(\s*(?:(?P<mean>{_PARAMETER})|0)\s*,\s*(?:(?P<scale>{_PARAMETER})\s*\^\s*\{{?2\}}?|1|I)\s*\)"
)
#: A logarithm of a constant: ``\ln 2``, ``\log(e)``, ``\log_{2}``.
_CONSTANT_LOG = lazy(r"\\(?:log|ln)\s*(?:_|[({]?\s*[0-9e](?![A-Za-z]))")
#: What a closed form holds: a family's parameter (:data:`~kldocs.checker.family_forms.PARAMETERS`) or a
#: covariance matrix (:mod:`~kldocs.checker.matrix_forms`).
_PARAMETERS_OR_MATRICES = lazy(PARAMETERS.pattern + r"|\\Sigma")
#: Characters above a formula searched for the normals its names stand for.
_ABOVE = 600
#: A sum over the dimensions of a diagonal normal: ``\sum_{j=1}^{J}``, whose terms are one dimension's.
_DIMENSIONS = lazy(r"\\sum_\{?(?P<index>[a-z])(?:=1)?\}?(?:\^\{?[A-Za-z]\}?)?")
#: Parameters tried: (mean, standard deviation) of the first normal, then of the second.
_TRIALS = (
    (Fraction(0), Fraction(1), Fraction(1), Fraction(2)),
    (Fraction(1, 2), Fraction(3, 2), Fraction(-1), Fraction(1, 3)),
    (Fraction(-2), Fraction(5, 4), Fraction(3, 7), Fraction(7, 2)),
)


def closed_form_claims(document: SourceText, until: int | None) -> list[tuple[int, Checked]]:
    """The closed forms of the document's formulas and prose lines (before ``until``, where reading stopped),
    judged: the KL divergence of two normals named on its left here, other families' forms in
    :mod:`~kldocs.checker.family_forms` (also written in tables, :mod:`~kldocs.checker.table_forms`), multivariate
    normals' in :mod:`~kldocs.checker.matrix_forms`."""
    claims: list[tuple[int, Checked]] = []
    formulas = []
    for region in document.math:
        if until is not None and region.offset >= until:
            break
        if "=" in region.text and len(region.text) <= MAX_FORMULA and _PARAMETERS_OR_MATRICES.search(region.text):
            offset = region.offset + len(region.text) - len(region.text.lstrip())
            above = document.text[max(0, region.offset - _ABOVE) : region.offset]
            formulas.append((offset, region.text, above, region.text))
    for offset, formula, above, written in [*formulas, *prose_forms(document, until), *table_forms(document, until)]:
        holds = normal_kl_form(formula, above)
        judged = form_verdict(formula, above) if holds is None else ("holds" if holds else "false", _NOTES[holds])
        if judged is None and "\\Sigma" in formula:
            judged = matrix_form_verdict(formula, above)
        if judged is not None:
            text = " ".join(written.split())
            claims.append((offset, Checked((document.line(offset),), text, "identity", judged[0], None, judged[1])))
    return claims


_NOTES = {
    True: "the closed form agrees with the KL divergence of the two normals for every set of parameters tried",
    False: "the closed form is wrong: for some parameters it differs from the KL divergence of the two normals, "
    "log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − 1/2",
}


def normal_kl_form(formula: str, above: str = "") -> bool | None:
    """Whether a closed form for the KL divergence of two normals holds; None when the formula is not one.

    ``above`` is the text before the formula, where ``D_{KL}(q \\| p)`` finds its normals.
    """
    if len(formula) > MAX_FORMULA or "\\sigma" not in formula:
        return None
    match = _LEFT.match(formula)
    if match is not None:
        slots: list[str | Fraction] = [
            re.sub(r"[\s{}]", "", match.group(group)) for group in ("mean1", "scale1", "mean2", "scale2")
        ]
        return _agrees(formula[match.end() :], slots)
    named = _NAMED_LEFT.match(formula)
    if named is None or named.group("first") == named.group("second"):
        return None
    defined = {found.group("name"): found for found in _DEFINED.finditer(above)}
    if named.group("first") not in defined or named.group("second") not in defined:
        return None
    slots = []
    for name in (named.group("first"), named.group("second")):
        mean, scale = defined[name].group("mean"), defined[name].group("scale")
        slots += [Fraction(0) if mean is None else mean, Fraction(1) if scale is None else scale]
    return _agrees(_one_dimension(formula[named.end() :]), slots)


def _one_dimension(text: str) -> str:
    """A sum over the dimensions of diagonal normals, read as one dimension's term: ``\\sum_{j=1}^{J}`` and the
    index ``_j`` dropped."""
    sums = list(_DIMENSIONS.finditer(text))
    if len(sums) != 1:
        return text
    index = sums[0].group("index")
    text = text[: sums[0].start()] + text[sums[0].end() :]
    return re.sub(rf"(\\(?:mu|sigma))_(?:\{{{index}\}}|{index})(?![A-Za-z0-9])", r"\1", text)


def _agrees(right: str, slots: list[str | Fraction]) -> bool | None:
    """Whether ``right`` is the KL divergence of the normals whose (mean, deviation, mean, deviation) are ``slots``
    (a symbol or a number each), for every set of parameters tried; None when it cannot be evaluated."""
    symbols = [slot for slot in slots if isinstance(slot, str)]
    if not symbols or len(set(symbols)) != len(symbols):
        return None
    for trial in _TRIALS:
        values = {slot: value for slot, value in zip(slots, trial, strict=True) if isinstance(slot, str)}
        value = _evaluated(right, values)
        if value is None:
            return None
        parameters = [value if isinstance(slot, str) else slot for slot, value in zip(slots, trial, strict=True)]
        if value != _normal_kl(*parameters):
            return False
    return True


def _evaluated(text: str, values: dict[str, Fraction]) -> ExactValue | None:
    """The text with each parameter replaced by its value, evaluated exactly (natural logs); None if unread."""

    def number(match: re.Match[str]) -> str:
        value = values.get(re.sub(r"[\s{}]", "", match.group()))
        if value is None:
            raise KeyError(match.group())
        return f"(\\frac{{{value.numerator}}}{{{value.denominator}}})"

    if _CONSTANT_LOG.search(text):
        return None  # ln 2 or log e: a change of base, and the closed form is compared in nats only
    # \log \sigma^2 is the log of the square: once the symbol is a bracketed number, the brackets must say so
    text = re.sub(rf"(\\(?:log|ln))\s*({_PARAMETER}\s*\^\s*(?:\{{[0-9]\}}|[0-9]))", r"\1(\2)", text)
    try:
        substituted = re.sub(_PARAMETER + r"(?![A-Za-z0-9])", number, text)
    except KeyError:
        return None
    tokens = [token for token in tokenize(substituted) if token.kind != "space"]
    if any(token.kind in ("ident", "word", "other", "relation", "measure") for token in tokens):
        return None
    if any(token.kind == "log" and token.detail not in ("e", "doc") for token in tokens):
        return None  # the closed form is in nats; another base is not compared
    try:
        return evaluate(parse(tokens), Environment())
    except (ParseError, EvaluationError, ArithmeticError):
        return None


def _normal_kl(mean1: Fraction, scale1: Fraction, mean2: Fraction, scale2: Fraction) -> ExactValue:
    """The KL divergence of two normals in nats, ``ln(s2/s1) + (s1^2 + (m1 - m2)^2) / (2 s2^2) - 1/2``, exactly
    (the closed form of :mod:`kldocs.families.normal`, without SymPy).

    >>> _normal_kl(Fraction(0), Fraction(1), Fraction(1), Fraction(1)).text()
    '1/2'
    """
    rational = (scale1**2 + (mean1 - mean2) ** 2) / (2 * scale2**2) - Fraction(1, 2)
    return ExactValue.log(scale2 / scale1) + ExactValue.number(rational)
