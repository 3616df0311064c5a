r"""The KL divergence from the uniform distribution: ``D(p\|u) = \log|\mathcal{X}| - H(X)``.

For ``u`` uniform on the ``|X|`` outcomes, ``D(p\|u) = \sum p \log(p |X|) = \log|X| - H(p)``: the entropy's gap
to its largest value. The two terms with the signs the other way round (``H(X) - \log|X|``, never positive) or
both added are false. A formula is read when its left side is the KL divergence of a distribution from one
named ``u`` or ``U`` (``\mathcal{U}``), and its right side the logarithm of the alphabet's size (``|\mathcal{X}|``,
``|X|``, ``n``, ``N``, ``K``) and one entropy (``H(X)``, ``H(p)``, ``H(P)``), with nothing else.

>>> [uniform_gap_holds(text) for text in (r"D(p\|u) = \log|\mathcal{X}| - H(X)", r"KL(p||u) = H(p) - \log n")]
[True, False]
>>> uniform_gap_holds(r"D(p\|q) = \log|\mathcal{X}| - H(X)") is None  # q is not said to be uniform
True
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_definitions import KL_LEFT, compacted

_SIZE = r"(?:\\(?:log|ln)|log|ln)(?:_\{?2\}?|_e)?\(?(?:\|(?:\\mathcal\{X\}|X|\\mathcal\{[A-Z]\}|[A-Z])\||n|N|K)\)?"
_ENTROPY = r"H\((?:X|p|P|\\mathbf\{p\})\)"
#: The two terms with their signs, in either order.
_GAP = lazy(
    r"(?:(?P<size_sign>[-+]?)"
    + _SIZE
    + r"(?P<entropy_sign>[-+])"
    + _ENTROPY
    + r"|(?P<entropy_first>[-+]?)"
    + _ENTROPY
    + r"(?P<size_second>[-+])"
    + _SIZE
    + r")[.,]?"
)
_UNIFORM = ("u", "U", "\\mathcal{U}")
#: What every formula read here holds.
ANCHORS = ("h(",)


def uniform_gap_holds(formula: str) -> bool | None:
    """Whether ``D(p||u)`` is written as ``log|X| - H``; None when the formula is not one read here."""
    compact = compacted(formula.replace("\\mathcal{U}", "U"))
    left = KL_LEFT.match(compact)
    if left is None or left.group("second") not in _UNIFORM or left.group("first") in _UNIFORM:
        return None
    gap = _GAP.fullmatch(compact, left.end())
    if gap is None:
        return None
    if gap.group("entropy_sign") is not None:
        return gap.group("size_sign") in ("", "+") and gap.group("entropy_sign") == "-"
    return gap.group("entropy_first") == "-" and gap.group("size_second") == "+"


#: What :mod:`~kldocs.checker.properties` says of a formula read here: ``(measure, property) -> (true?, why)``.
TRUTH = {
    ("kl", "uniform_gap"): (
        True,
        "D(p||u) = Σ p log(p |X|) = log|X| − H(X) for u uniform on the |X| outcomes: never negative, 0 for p = u",
    ),
}
KINDS = {"uniform_gap": "identity"}
