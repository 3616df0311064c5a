r"""The KL divergence defined with a Radon-Nikodym derivative: ``D_{KL}(P\|Q) = \int \log\frac{dP}{dQ}\,dP``.

The measure-theoretic definition integrates the log of the density ratio ``dP/dQ`` against ``P`` (or
``dP/dQ \log dP/dQ`` against ``Q``, or takes ``\mathbb{E}_P[\log dP/dQ]``). The ratio turned over without a minus
(``\int \log\frac{dQ}{dP}\,dP``, which is ``-D(P\|Q)``) or integrated against the other distribution
(``\int \log\frac{dP}{dQ}\,dQ``, which is ``-D(Q\|P)``) is another quantity, never positive: the definition is
false. A formula is read when its left side is the KL divergence of two named distributions and its right side
one of these three shapes in those two names, with nothing else.

>>> right, turned = r"D_{KL}(P\|Q) = \int \log\frac{dP}{dQ}\,dP", r"KL(P||Q) = \int \log \frac{dQ}{dP} dP"
>>> definition_holds(right), definition_holds(turned)
(True, False)
>>> definition_holds(r"D(P\|Q) = \mathbb{E}_{P}\left[\log \frac{\mathrm{d}P}{\mathrm{d}Q}\right]")
True
>>> definition_holds(r"D(P\|Q) = \int \log\frac{dP}{dQ}\,dP + c") is None
True
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy

#: What only spaces or sizes a formula: dropped before the shapes are matched.
_SPACING = lazy(r"\s+|\\[,;:!]|\\left|\\right|\\[bB]igg?[lr]?|\\displaystyle")
#: The KL divergence of two distributions named by a letter, then ``=``, on the compacted formula.
KL_LEFT = lazy(
    r"(?:D_\{?(?:\\mathrm\{KL\}|\\text\{KL\}|\\operatorname\{KL\}|KL)\}?|\\mathrm\{KL\}|\\operatorname\{KL\}|KL"
    r"|\\mathbb\{D\}|D)(?:\(|\[)(?P<first>[A-Za-z])(?:\\\||\|\||‖|\\parallel|,|;)(?P<second>[A-Za-z])(?:\)|\])="
)
_D = r"(?:d|\\mathrm\{d\}|\\operatorname\{d\})"
_LOG = r"\\(?:log|ln)"


def _ratio(index: int) -> str:
    """The density ratio ``\\frac{dP}{dQ}``, its two letters as groups ``top``/``bottom`` and ``index``."""
    return rf"\\[dt]?frac\{{{_D}(?P<top{index}>[A-Za-z])\}}\{{{_D}(?P<bottom{index}>[A-Za-z])\}}"


_SHAPES = lazy(
    r"(?P<minus>-)?(?:"
    r"\\int(?:_\{?[^{}=]{0,20}\}?)?"
    + _LOG
    + r"\(?"
    + _ratio(1)
    + r"\)?(?:\(x\))?"
    + _D
    + r"(?P<measure1>[A-Za-z])(?:\(x\))?"
    r"|\\int(?:_\{?[^{}=]{0,20}\}?)?"
    + _ratio(2)
    + _LOG
    + r"\(?"
    + _ratio(3)
    + r"\)?(?:\(x\))?"
    + _D
    + r"(?P<measure2>[A-Za-z])(?:\(x\))?"
    r"|(?:\\mathbb\{E\}|E|\\operatorname\{E\})_\{?(?P<measure3>[A-Za-z])\}?[\[(]"
    + _LOG
    + r"\(?"
    + _ratio(4)
    + r"\)?[\])])[.,]?"
)
#: What every formula read here holds: the start of a density ratio.
ANCHORS = ("frac{d", "frac{\\mathrm{d}", "frac{\\operatorname{d}", "tfrac{d", "dfrac{d")


def compacted(formula: str) -> str:
    """The formula without spaces, spacing or sizing commands, nor a closing stop."""
    return _SPACING.sub("", formula).rstrip(".,;")


def definition_holds(formula: str) -> bool | None:
    """Whether a measure-theoretic definition of KL is right; None when the formula is not one read here."""
    compact = compacted(formula)
    left = KL_LEFT.match(compact)
    if left is None:
        return None
    shape = _SHAPES.fullmatch(compact, left.end())
    if shape is None:
        return None
    first, second = left.group("first"), left.group("second")
    found = {name: value for name, value in shape.groupdict().items() if value is not None}
    letters = {value for name, value in found.items() if name != "minus"}
    if first == second or not letters <= {first, second}:
        return None
    minus = "minus" in found
    if "measure2" in found:
        same = (found["top2"], found["bottom2"]) == (found["top3"], found["bottom3"])
        if not same:
            return None
        return not minus and (found["top2"], found["bottom2"], found["measure2"]) == (first, second, second)
    index = "1" if "measure1" in found else "4"
    measure = found.get("measure1") or found["measure3"]
    ratio = (found[f"top{index}"], found[f"bottom{index}"])
    upright = ratio == (first, second)
    return measure == first and upright != minus and ratio in ((first, second), (second, first))


#: What :mod:`~kldocs.checker.properties` says of a formula read here: ``(measure, property) -> (true?, why)``.
TRUTH = {
    ("kl", "density_ratio_definition"): (
        True,
        "D_KL(P||Q) = ∫ log(dP/dQ) dP = ∫ (dP/dQ) log(dP/dQ) dQ = E_P[log dP/dQ]: with the ratio turned over or "
        "integrated against Q, it is minus a KL divergence, never positive",
    ),
}
KINDS = {"density_ratio_definition": "definition"}
