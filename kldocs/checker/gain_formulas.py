r"""The information gain of a split as a formula: ``IG(S, A) = H(S) - \sum_v \frac{|S_v|}{|S|} H(S_v)``.

The gain is the parent's entropy less the children's entropies weighted by their shares of the samples. With
the weighted sum added instead of taken away the formula is false, and so it is with the children's entropies
summed without their weights (a split into many pure-looking parts would then cost more than the parent holds).
Read: a gain's name (``IG``, ``Gain``, ``InfoGain``, ``\text{IG}``), maybe its arguments, ``=``, one entropy
(``H``, ``Entropy``, ``\mathrm{Entropie}``) of anything, a plus or minus, and a sum of weighted entropies, with
nothing else.

>>> gain_holds(r"IG(S,A) = H(S) - \sum_{v} \frac{|S_v|}{|S|} H(S_v)"), gain_holds(r"IG = H(S) + \sum_v p_v H(S_v)")
(True, False)
>>> gain_holds(r"IG = H(\text{Eltern}) - \sum_k H(\text{Kind}_k)"), gain_holds(r"IG = H(S) - \sum_v w_v H(S_v) + 1")
(False, None)
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_definitions import compacted

_BRACED = r"\{(?:[^{}]|\{[^{}]*\})*\}"
_ENTROPY = r"(?:H|E|\\text\{H\}|\\mathrm\{H\}|Entropy|Entropie|\\(?:text|mathrm|operatorname)\{Entrop(?:y|ie)\})"
_ARGUMENT = r"\((?:[^()]|\([^()]*\))*\)"
#: A child's weight: a fraction, ``p_v``, ``w_k``, ``P(v)``, ``\frac{N_k}{N}``.
_WEIGHT = (
    r"(?P<weight>\\[dt]?frac"
    + _BRACED
    + _BRACED
    + r"|[pPwW]_\{?\w+\}?|P"
    + _ARGUMENT
    + r"|\(\|[^()|]+\|/\|[^()|]+\|\))?"
)
_GAIN = lazy(
    r"(?:IG|Gain|InfoGain|\\(?:text|mathrm|operatorname)\{(?:IG|Gain|InfoGain)\})(?:_\{?\w+\}?)?(?:"
    + _ARGUMENT
    + r")?="
    + _ENTROPY
    + _ARGUMENT
    + r"(?P<sign>[-+])\\sum(?:_"
    + _BRACED
    + r"|_\w)?(?:\^"
    + _BRACED
    + r"|\^\w)?"
    + _WEIGHT
    + r"(?:\\cdot|\*)?"
    + _ENTROPY
    + _ARGUMENT
    + r"[.,]?"
)


#: What every formula read here holds.
ANCHORS = ("\\sum",)


def gain_holds(formula: str) -> bool | None:
    """Whether an information gain's formula takes the weighted children's entropies from the parent's."""
    found = _GAIN.fullmatch(compacted(formula))
    if found is None:
        return None
    return found.group("sign") == "-" and found.group("weight") is not None


#: What :mod:`~kldocs.checker.properties` says of a formula read here: ``(measure, property) -> (true?, why)``.
TRUTH = {
    ("information_gain", "gain_definition"): (
        True,
        "IG = H(parent) − Σ_k (N_k/N) H(child_k): the children's entropies, each weighted by its share of the "
        "samples, are taken from the parent's",
    ),
}
KINDS = {"gain_definition": "definition"}
