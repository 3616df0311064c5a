r"""Closed forms of multivariate normals, written with covariance matrices, checked on scaled identities.

``H(X) = \frac{D}{2} + \frac{D}{2}\ln(2\pi) + \frac{1}{2}\ln|\Sigma|``, ``h = \frac12 \ln|2\pi e\Sigma|`` and
``KL(\mathcal{N}_0 \| \mathcal{N}_1) = \frac12[\mathrm{tr}(\Sigma_1^{-1}\Sigma_0) + (\mu_1-\mu_0)^\top
\Sigma_1^{-1}(\mu_1-\mu_0) - D + \ln\frac{|\Sigma_1|}{|\Sigma_0|}]`` are read with each covariance a multiple
of the identity and each mean a multiple of the vector of ones, in 1, 2 and 3 dimensions: a determinant
``|c\Sigma|`` is then the number to the power D, a trace D times it, and a quadratic form
``v^\top \Sigma^{-1} v`` D times its number. Every true form agrees with the differential entropy or the KL
divergence on all of these; one that agrees on all is said to hold. One that does not is left unread (the
reading of the matrix notation may have missed something), never called false. The text around the
formula must speak of normals (Gaussian, normal, ``\mathcal{N}``); a KL form without means needs the text
just above to set them equal.

>>> matrix_form_verdict(r"H(X) = \frac{1}{2} \ln|2\pi e \Sigma|", "For a Gaussian,")
('holds', 'the closed form agrees with the differential entropy of a multivariate normal distribution ...')
>>> matrix_form_verdict(r"H(X) = \frac{1}{2} \ln|2\pi \Sigma|", "For a Gaussian,") is None
True
"""

from __future__ import annotations

import math
import re

from kldocs.checker.family_forms import ABOVE
from kldocs.checker.float_formulas import evaluate
from kldocs.checker.judging import Verdict
from kldocs.checker.lazy_patterns import lazy

#: Most characters of a formula read.
MAX_FORMULA = 400
_NORMAL_WORDS = lazy(r"gauss|normal|\\mathcal\s*\{?\s*N\b|正态|高斯|정규|가우", re.IGNORECASE)
_KL_LEFT = lazy(
    r"^\s*+(?:D_\{?\s*(?:\\mathrm\{KL\}|KL)\s*\}?|\\mathrm\{KL\}|KLD?|\\operatorname\{KL\})\s*(?:\\left)?\s*[(\[]"
)
_ENTROPY_LEFT = lazy(r"^\s*+[hH]\s*(?:\\left)?\s*\(\s*(?:\\mathbf\{)?[A-Za-z](?:_\{?\w\}?)?\}?\s*(?:\\right)?\s*\)\s*$")
_EQUAL_MEANS = lazy(r"\\mu_\{?(\w)\}?\s*=\s*\\mu_\{?(\w)\}?|(?:same|equal|identical) means?", re.IGNORECASE)
#: Matrix notation read on scaled identities.
_FONT = lazy(r"\\(?:boldsymbol|mathbf|bm|pmb)\s*\{\s*(\\?[A-Za-z]+(?:_\{?\w\}?)?)\s*\}")
_COVARIANCE = lazy(r"\\Sigma(?![A-Za-z])")
_TRANSPOSE = lazy(r"\^\s*(?:\\top|T|\\intercal|\{\s*(?:\\top|T|\\intercal|\\mathsf\{T\})\s*\})(?![A-Za-z])")
_TRACE = lazy(r"\\(?:text|mathrm|operatorname)\s*\{\s*[Tt]r\s*\}|\\[Tt]r(?![A-Za-z])|(?<![A-Za-z\\])tr(?![A-Za-z])")
_DETERMINANT = lazy(r"\|([^|]{1,80})\||\\det\s*(?:\\left)?\s*\(([^()]{1,80})(?:\\right)?\s*\)")
#: A letter standing for the dimension.
_DIMENSIONS = ("D", "d", "k", "n", "K", "N")
_TRIALS = ((0.5, 1.5, -1.0, 0.75), (2.0, 0.6, 0.25, 2.5), (-1.5, 3.0, 1.0, 1.25))
_NOTES = {
    "entropy": "the closed form agrees with the differential entropy of a multivariate normal distribution",
    "kl": "the closed form agrees with the KL divergence of two multivariate normal distributions",
}
_TRIED = " for every set of parameters tried (covariances multiples of the identity, in 1 to 3 dimensions)"


def matrix_form_verdict(formula: str, above: str) -> tuple[Verdict, str] | None:
    """ "holds" and a note for a multivariate normal's closed form that agrees on every trial; else None."""
    if len(formula) > MAX_FORMULA or "\\Sigma" not in formula or formula.count("=") != 1:
        return None
    left, _, right = formula.partition("=")
    right = right.rstrip().rstrip(".,;").rstrip()
    if not _NORMAL_WORDS.search(above[-ABOVE:] + " " + formula):
        return None
    measure = "kl" if _KL_LEFT.match(left) else "entropy" if _ENTROPY_LEFT.match(left) else None
    if measure is None:
        return None
    dimension = [letter for letter in _DIMENSIONS if re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", right)]
    if len(dimension) > 1:
        return None
    scalar = _scalar(right, dimension[0] if dimension else "D")
    if scalar is None:
        return None
    indices = sorted(set(re.findall(r"\\sigma_(\w)", scalar)))
    means = sorted(set(re.findall(r"\\mu_(\w)", scalar)))
    if measure == "entropy":
        agrees = not means and len(indices) <= 1 and _agrees_entropy(scalar, dimension)
    else:
        equal = not means and _EQUAL_MEANS.search(above[-200:]) is not None
        if len(indices) != 2 or not (means == indices or equal):
            return None
        agrees = any(_agrees_kl(scalar, dimension, order) for order in (indices, indices[::-1]))
    return ("holds", _NOTES[measure] + _TRIED) if agrees else None


def _scalar(right: str, dimension: str) -> str | None:
    """The right side read on scaled identities: ``|X|`` as ``(X)^{D}``, a trace as ``D``, ``\\Sigma`` as
    ``\\sigma``; None when a bar is left over."""
    text = _FONT.sub(r"\1", right)
    text = _COVARIANCE.sub(r"\\sigma", text)
    text = _DETERMINANT.sub(lambda found: f"(({found.group(1) or found.group(2)}))^{{{dimension}}}", text)
    if "|" in text or "\\det" in text:
        return None
    text = _TRACE.sub(f" {dimension} \\\\cdot ", text)
    return _TRANSPOSE.sub(f" \\\\cdot {dimension} ", text)


def _values(dimension: list[str], size: int) -> dict[str, float]:
    return {dimension[0] if dimension else "D": float(size)}


def _agrees_entropy(scalar: str, dimension: list[str]) -> bool:
    symbol = "\\sigma" if "\\sigma_" not in scalar else re.findall(r"\\sigma_\w", scalar)[0]
    for size in (1, 2, 3):
        for trial in _TRIALS:
            variance = abs(trial[1]) + 0.25
            written = evaluate(scalar, {**_values(dimension, size), symbol: variance})
            expected = size / 2 * math.log(2 * math.pi * math.e * variance)
            if written is None or not math.isclose(written, expected, rel_tol=1e-9, abs_tol=1e-12):
                return False
    return True


def _agrees_kl(scalar: str, dimension: list[str], order: list[str]) -> bool:
    first, second = order
    for size in (1, 2, 3):
        for m0, s0, m1, s1 in _TRIALS:
            v0, v1 = abs(s0) + 0.25, abs(s1) + 0.25
            values = {
                **_values(dimension, size),
                f"\\sigma_{first}": v0,
                f"\\sigma_{second}": v1,
                f"\\mu_{first}": m0,
                f"\\mu_{second}": m1,
            }
            written = evaluate(scalar, values)
            shift = 0.0 if f"\\mu_{first}" not in scalar else (m1 - m0) ** 2
            expected = size / 2 * (v0 / v1 + shift / v1 - 1 + math.log(v1 / v0))
            if written is None or not math.isclose(written, expected, rel_tol=1e-9, abs_tol=1e-12):
                return False
    return True
