r"""Whether the maths goes on after a number with a measure or a function applied to it (``\frac{1}{2} H(0.9, 0.1)``,
``2 \ln(1 - \rho^2)``): the number is then a factor of what follows, not a side of the chain's relation.

>>> from kldocs.checker.tokens import tokenize
>>> applied_after(tokenize(r"\frac{1}{2} H(0.9, 0.1)"), 7), applied_after(tokenize("0.5 bits"), 1)
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import Token


def applied_after(item: Sequence[Token], stop: int) -> bool:
    r"""True when the maths goes on after ``item[:stop]`` with a measure or a function applied to it
    (``\frac{1}{2} H(0.9, 0.1) + ...``): that prefix is a factor, not the side.

    >>> from kldocs.checker.tokens import tokenize
    >>> item = tokenize(r"\frac{1}{2} H(0.9, 0.1)")
    >>> applied_after(item, 7), applied_after(tokenize("0.5 bits"), 1), applied_after(tokenize("2 [1 + 3]"), 1)
    (True, False, True)
    >>> applied_after(tokenize(r"\tfrac12 \KL{p}{m}"), 2), applied_after(tokenize(r"0.5 \footnote{in bits}"), 1)
    (True, False)
    >>> applied_after(tokenize(r"2 \ln(1 - \rho^2)"), 1), applied_after(tokenize(r"2 \sigma^2"), 1)
    (True, True)
    >>> applied_after(tokenize(r"2\,\mathrm{TV}(P,Q)^2"), 1), applied_after(tokenize(r"2 \text{TV}^2"), 1)
    (True, True)
    >>> applied_after(tokenize("2 TV(P,Q)^2"), 1), applied_after(tokenize("0.5 bits (rounded)"), 1)
    (True, False)
    >>> applied_after(tokenize(r"\frac{1}{2}\|P-Q\|_1^2"), 7), applied_after(tokenize("0.5 ||P-Q||_1"), 1)
    (True, True)
    >>> applied_after(tokenize(r"2\left\|P-Q\right\|_1"), 1), applied_after(tokenize("0.5 | 0.7"), 1)
    (True, False)
    """
    following = item[stop] if stop < len(item) else None
    if following is None:
        return False
    if following.text == "\\left" and stop + 1 < len(item):
        following, stop = item[stop + 1], stop + 1
    if following.text in _NORMS or (
        following.text == "|" and stop + 1 < len(item) and item[stop + 1].kind in ("ident", "other")
    ):
        return True  # \frac{1}{2}\|P - Q\|_1^2, 0.5 ||P - Q||_1^2: a factor of a norm
    if following.kind == "measure" or (following.kind == "open" and following.text != "("):
        return True  # \frac{1}{4} \left[ H(...) + ... \right]: a factor of the bracket
    if following.kind == "open":  # 2 (H(0.9, 0.1) + ...), not 0.5 (in bits)
        return applied_after(item, stop + 1)
    greek = following.text.startswith("\\") and (following.kind == "ident" or _GREEK.fullmatch(following.text))
    if following.kind == "log" or greek:
        return True  # -\frac{1}{2}\ln(1 - \rho^2), 2\sigma^2, 2\rho: a factor of what follows
    if following.kind == "command" and following.text not in _LAYOUT:  # \tfrac12 \KL{p}{m}: a macro not read
        return stop + 1 < len(item) and item[stop + 1].kind == "lbrace"
    after = item[stop + 1] if stop + 1 < len(item) else None
    if after is None:
        return False
    if following.kind == "ident":
        return after.kind == "open"
    # 2 TV(P,Q)^2, 2\,\mathrm{TV}(P,Q)^2, 2 \text{TV}^2: a word with a bracket or a power right after it is a name
    # applied or squared, not a unit ("0.5 bits (rounded)" leaves a space)
    return following.kind in ("word", "text") and after.kind in ("open", "caret") and after.start == following.end


#: The bars that open a norm: ``\|P - Q\|``, ``‖P − Q‖``, ``\lVert P - Q \rVert``.
_NORMS = frozenset({"\\|", "‖", "∥", "\\lVert", "\\Vert"})
#: Greek letters the tokenizer leaves as commands (it reads the usual ones as names): they stand for numbers.
_GREEK = lazy(
    r"\\(?:var)?(?:rho|nu|xi|kappa|zeta|eta|chi|iota|upsilon|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega)"
)
#: Commands with an argument that lay out, refer or give a unit after a value, and apply to nothing.
_LAYOUT = frozenset(
    "\\" + name
    for name in (
        "footnote",
        "hspace",
        "vspace",
        "unit",
        "si",
        "cite",
        "eqref",
        "ref",
        "textcolor",
        "color",
        "phantom",
        "hphantom",
        "vphantom",
        "mbox",
        "hbox",
        "href",
        "url",
        "label",
        "tag",
        "kern",
        "mkern",
    )
)
