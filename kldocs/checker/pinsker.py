r"""Pinsker's inequality written as a formula: ``\mathrm{TV}(P,Q) \le \sqrt{D_{KL}(P\|Q)/2}``, ``KL \ge 2\,TV^2``.

The total variation distance ``TV = sup_A |P(A) - Q(A)| = ½ Σ|p - q|`` and the KL divergence in nats obey
``KL ≥ 2 TV²``, and 2 is the largest constant for which this holds (two coins with nearly equal biases come as
close to it as one likes); no bound of KL from above by TV holds, since KL is infinite when Q misses an outcome
of P while TV stays below 1. A formula with one KL, one TV (or the L1 norm ``\|P - Q\|_1 = 2 TV``), one relation
and only numbers, roots, fractions and powers besides is tried on pairs of coins and on pairs with a KL as large
as one likes: it holds when it holds on all of them in nats; it is false when it fails in nats and in bits
alike (a constant between 2 and 2/ln 2 ≈ 2.885 holds of KL in bits, so it is left unjudged). TV is read as the
half of the L1 norm, the convention under which the usual constants are written; a text that means the whole L1
norm by TV has a smaller TV still, so what fails here fails there too.

>>> [pinsker_holds(text) for text in (r"\mathrm{TV}(P,Q) \le \sqrt{D_{KL}(P\|Q)/2}", r"KL(P||Q) \ge 4 TV(P,Q)^2")]
[True, False]
>>> pinsker_holds(r"D_{KL}(P\|Q) \ge \frac{1}{2}\|P - Q\|_1^2"), pinsker_holds(r"D(P\|Q) \le 2 TV(P, Q)^2")
(True, False)
>>> pinsker_holds(r"D_{KL}(P\|Q) \ge 2.5\, TV(P,Q)^2") is None  # true of KL in bits, false in nats
True
"""

from __future__ import annotations

import math

from kldocs.checker.float_formulas import evaluate, normalized
from kldocs.checker.lazy_patterns import lazy

#: The two distributions' names inside a measure's brackets: ``P\|Q``, ``p, q``, ``\mu, \nu``.
_ARGUMENTS = (
    r"\s*[A-Za-z\\]{1,6}(?:_\{?\w\}?)?\s*(?:\\\||\|\||‖|\\parallel|\\Vert|,|;)\s*[A-Za-z\\]{1,6}(?:_\{?\w\}?)?\s*"
)
_OPEN, _CLOSE = r"\s*(?:\\left\s*)?[(\[]", r"(?:\\right\s*)?[)\]]"
_KL_WORD = r"(?:\\mathrm\{KL\}|\\text\{KL\}|\\operatorname\{KL\}|\\rm\s*KL|KL)"
_KL_NAME = r"(?:D_\{?\s*" + _KL_WORD + r"\s*\}?|" + _KL_WORD + r"|D)"
#: The KL divergence of the two distributions.
_KL = lazy(r"(?<![A-Za-z\\])" + _KL_NAME + _OPEN + _ARGUMENTS + _CLOSE)
_TV_WORD = r"(?:\\mathrm\{TV\}|\\text\{TV\}|\\operatorname\{TV\}|TV)"
_NORM_OPEN, _NORM_CLOSE = r"(?:\\\||\|\||‖|\\lVert|\\Vert|\\left\\\|)", r"(?:\\\||\|\||‖|\\rVert|\\Vert|\\right\\\|)"
_DIFFERENCE = r"\s*[A-Za-z](?:_\{?\w\}?)?\s*[-−]\s*[A-Za-z](?:_\{?\w\}?)?\s*"
#: The total variation distance: ``TV(P,Q)``, ``d_{TV}(P,Q)``, ``\delta(P,Q)``, ``\|P - Q\|_{TV}``.
_TV = lazy(
    r"(?:(?<![A-Za-z\\])(?:"
    + _TV_WORD
    + r"|[dD]_\{?\s*"
    + _TV_WORD
    + r"\s*\}?|\\delta|δ)"
    + _OPEN
    + _ARGUMENTS
    + _CLOSE
    + r"|"
    + _NORM_OPEN
    + _DIFFERENCE
    + _NORM_CLOSE
    + r"_\{?\s*"
    + _TV_WORD
    + r"\s*\}?)"
)
#: The L1 norm of the difference, twice the total variation: ``\|P - Q\|_1``.
_L1 = lazy(_NORM_OPEN + _DIFFERENCE + _NORM_CLOSE + r"_\{?\s*(?:1|L_?\{?1\}?|L\^\{?1\}?|\\ell_?\{?1\}?)\s*\}?")
#: The one relation of the formula, in its usual spellings.
_RELATION = lazy(r"\\leq?slant|\\geq?slant|\\leq?(?![a-z])|\\geq?(?![a-z])|<=|>=|≤|≥|(?<![\\{])[<>]")
_LESS = ("\\le", "\\leq", "\\leqslant", "<=", "≤", "<")
#: What may stand besides the two measures: numbers, roots, fractions, powers, logarithms of numbers, spacing.
_REST = lazy(r"(?:[0-9.\s{}()/*^+\-−KT]|\\(?:sqrt|frac|tfrac|dfrac|cdot|ln|log|left|right|[,;!]))*")
#: What every formula read here holds: a name of the total variation or the index of the L1 norm.
ANCHORS = ("tv", "\\delta", "δ", "_1", "_{1}", "_{l")


def pinsker_holds(formula: str) -> bool | None:
    """Whether a formula relating KL and TV holds of every pair of distributions (see the module's docstring);
    None when it is not such a formula or holds in bits only."""
    relations = list(_RELATION.finditer(formula))
    if len(relations) != 1:
        return None
    relation = relations[0]
    text = _L1.sub(" (2T) ", _TV.sub(" T ", _KL.sub(" K ", formula)))
    cut = text.find(relation.group())  # the relation's text is the same after the measures are replaced
    if (
        text.count("K") != 1
        or text.count("T") != 1
        or not _REST.fullmatch(text[:cut] + text[cut + len(relation.group()) :])
    ):
        return None
    left, right = normalized(text[:cut]), normalized(text[cut + len(relation.group()) :])
    less = relation.group() in _LESS
    in_nats = _holds_everywhere(left, right, less, 1.0)
    if in_nats is None or in_nats:
        return in_nats
    in_bits = _holds_everywhere(left, right, less, 1 / math.log(2))
    return None if in_bits is None or in_bits else False


def _holds_everywhere(left: str, right: str, less: bool, unit: float) -> bool | None:
    """Whether ``left`` (relation) ``right`` holds at every trial point, the KL in ``unit`` per nat; None if unread."""
    for tv, kl in _POINTS:
        values = {"K": kl * unit, "T": tv}
        first, second = evaluate(left, values), evaluate(right, values)
        if first is None or second is None:
            return None
        if (first > second + 1e-12) if less else (first < second - 1e-12):
            return False
    return True


def _coin_points() -> list[tuple[float, float]]:
    """(TV, KL in nats) of pairs of coins, near-equal ones first: they come closest to ``KL = 2 TV²``."""
    found = []
    for p in (0.5, 0.4, 0.2, 0.05):
        for step in (0.01, 0.05, 0.2, 0.4):
            for q in (p + step, p - step):
                if 0 < q < 1:
                    found.append((abs(p - q), p * math.log(p / q) + (1 - p) * math.log((1 - p) / (1 - q))))
    return found


#: Trial points: coins, and a KL as large as one likes beside a small or large TV (Q nearly missing an outcome).
_POINTS = (*_coin_points(), (0.01, 1e6), (0.5, 1e6), (0.99, 1e6))

#: What :mod:`~kldocs.checker.properties` says of a formula read here: ``(measure, property) -> (true?, why)``.
TRUTH = {
    ("kl", "pinsker"): (
        True,
        "Pinsker's inequality is KL ≥ 2 TV² in nats, or TV ≤ sqrt(KL/2), with TV = ½ Σ|p − q|; no larger constant "
        "holds (two coins of nearly equal bias come as close as one likes), nor is KL bounded above by TV (it is "
        "infinite when Q misses an outcome of P)",
    ),
}
KINDS = {"pinsker": "bound"}
