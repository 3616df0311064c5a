r"""A formula's notation written the usual way before its shape is read: ``\Pr(x)`` for ``p(x)``, ``H[X]`` for
``H(X)``, ``\vert`` for a bar, and densities named by a star or a parameter (``p^*``, ``p(x|\theta)``) as ``P`` and
``Q``.

The shapes of definitions (:mod:`~kldocs.checker.formula_shapes`) and the properties a formula states
(:mod:`~kldocs.checker.formula_properties`) are read from the formula so rewritten, which the measure's value or
sign does not depend on.

>>> plain_notation(r"H[X] = -\sum_x \Pr(x) \log \Pr(x)")
'H(X) = -\\sum_x  p(x) \\log  p(x)'
>>> plain_densities(r"D(p^* \| p_\theta)")
'D(P\\| Q)'
"""

from __future__ import annotations

import re

from kldocs.checker.density_names import DENSITY, density_name
from kldocs.checker.lazy_patterns import lazy

#: Notation textbooks use for the same symbols: ``\Pr(x)`` for ``p(x)``, square brackets after a measure's name
#: (``H[X]``, ``KL[p\|q]``), a logarithm typed glued to its probability (``logp(x)``), ``\vert`` for a bar,
#: ``\{ \}`` for braces, the empty group ``{}`` after a command (``\ln{}``; not the empty limit of ``\sum_{x}^{}``),
#: a sum with its index set under it (``\underset{i}{\sum}``), a bracket's size (``\bigg(``, ``\Bigr]``) and the
#: logarithms named for their base (``\operatorname{lb}``, ``\lg``), which a definition's sign does not depend on,
#: an entropy with its variable under it (``H_X``) and a vector's bold letter (``\mathbf{x}``, ``\mathbf x``).
_NOTATION = lazy(
    r"\\Pr(?![A-Za-z])|\\[lr]?vert(?:\{\})?(?![A-Za-z])|\\[lr]?Vert(?![A-Za-z])|\\[{}]|(?<=[A-Za-z])\{\}"
    r"|\\underset\{[^{}]{0,30}\}\{\s*\\sum\s*\}"
    r"|(?<=[PpQq])\(\s*(?P<variable>[A-Z])\s*=\s*(?P<value>[a-z])(?:_?\{?(?:[ijkn]|[0-9]{1,2})\}?)?\s*\)"
    r"|(?<![A-Za-z\\])(?P<styled>\\(?:mathrm|operatorname|mathbb)\{)?"
    r"(?P<name>H|I|KL|CE|D(?:_\{?(?:\\mathrm\{KL\}|KL)\}?)?)(?(styled)\})\[(?P<args>[^\[\]=]{1,40})\]"
    r"|(?<![A-Za-z\\])(?P<log>log|ln)(?=[pq]\()"
    r"|\\[bB]igg?[lrm]?(?![A-Za-z])"
    r"|\\(?:operatorname|mathrm|text)\{(?:lb|lg)\}|\\(?:lb|lg)(?![A-Za-z])"
    r"|(?<![A-Za-z\\])H_\{?(?P<subscript>[U-Z])\}?(?![A-Za-z0-9({_^])"
    r"|\\(?:mathbf|boldsymbol|bm)(?:\s*\{\s*(?P<bold>[a-z])\s*\}|\s+(?P<spaced>[a-z])(?![A-Za-z]))"
)
#: The commands that size a bracket, dropped.
_SIZES = [f"\\{size}{side}" for size in ("big", "Big", "bigg", "Bigg") for side in ("", "l", "r", "m")]
_NOTATION_PLAIN = {"\\Pr": " p", "\\{": "{", "\\}": "}", "{}": " ", **dict.fromkeys(_SIZES, "")}


def plain_notation(formula: str) -> str:
    r"""The formula with a textbook's notation written the usual way.

    >>> plain_notation(r"H[X]=-\sum_{x}\Pr(x)\ln{}\Pr(x)")
    'H(X)=-\\sum_{x} p(x)\\ln  p(x)'
    >>> plain_notation(r"D_{\mathrm{KL}}[p \Vert q] + I[X,Y]")
    'D_{\\mathrm{KL}}(p \\Vert q) + I(X,Y)'
    >>> plain_notation(r"\mathrm{H}[x] = -\sum_x p(x) \ln p(x)")
    'H(x) = -\\sum_x p(x) \\ln p(x)'
    >>> plain_notation(r"D_{KL}(p \vert \vert q) = \underset{i}{\sum} p_i")
    'D_{KL}(p | | q) = \\sum p_i'
    >>> plain_notation(r"H(X) = -\sum P(X = x_i) \log P(X = x_i) + P(X=a)")
    'H(X) = -\\sum P(x) \\log P(x) + P(X=a)'
    >>> plain_notation(r"\sum p(x_i)(logp(x_i)-lnq(x_i))")
    '\\sum p(x_i)(log p(x_i)-ln q(x_i))'
    >>> plain_notation(r"-\int p(\mathbf x)\log q(\mathbf{x})\,d\mathbf x")
    '-\\int p(x)\\log q(x)\\,dx'
    >>> plain_notation(r"\sum p(x) \operatorname{lb}{p(x)}"), plain_notation("H_X = H_{Y}")
    ('\\sum p(x) \\log {p(x)}', 'H(X) = H(Y)')
    """
    return _NOTATION.sub(_plain, formula)


def _plain(match: re.Match[str]) -> str:
    written = match.group()
    variable = match.group("variable")
    if variable is not None:  # P(X = x_i) is P(x); P(X = a), a value of its own, is left as written
        return f"({variable.lower()})" if match.group("value") in (variable.lower(), *"ijkn") else written
    if match.group("name") is not None:
        return f"{match.group('name')}({match.group('args')})"
    if match.group("log") is not None:
        return f"{written} "
    if match.group("bold") or match.group("spaced"):  # a vector's bold letter, \mathbf{x}: its plain letter
        return match.group("bold") or match.group("spaced")
    if match.group("subscript") is not None:  # H_X, the entropy of X
        return f"H({match.group('subscript')})"
    if written.endswith(("lb}", "lg}", "\\lb", "\\lg")):
        return "\\log "
    if written.startswith("\\underset"):
        return "\\sum"
    if "vert" in written.lower():
        return "\\|" if "Vert" in written else "|"
    return _NOTATION_PLAIN[written]


#: A density's name where it stands in a formula (not inside a command's name or after another letter).
_DENSITY = lazy(r"(?<![A-Za-z\\])" + DENSITY.pattern)


def renamed_densities(formula: str, argument: str = "(x)") -> str:
    r"""The formula with its one or two densities named ``P`` and ``Q`` (in the order first written, followed by
    ``argument`` where they had one) when a star, a parameter or the letters ``f`` and ``g`` name them (see
    :mod:`~kldocs.checker.density_names`); else as written.

    >>> renamed_densities(r"KL[p^*(x) \| p(x|\theta)] = \int p^*(x) \log \frac{p^*(x)}{p(x|\theta)} dx")
    'KL[P(x) \\| Q(x)] = \\int P(x) \\log \\frac{P(x)}{Q(x)} dx'
    >>> from kldocs.checker.formula_shapes import sign_of_definition
    >>> sign_of_definition(r"D(g|f)=\int f(x) \log \left[ \frac{g(x)}{f(x)} \right] \, dx")
    ('kl', -1)
    """
    found = list(_DENSITY.finditer(formula))
    names = dict.fromkeys(density_name(match).lower() for match in found)
    distinct = any(match.group("mark") or match.group("letter") in "fg" for match in found)
    # q(z|x) beside p(z): a conditional's definition (a parameter after the bar, p(x|\theta), is a name's part)
    conditioned = {"|" in name for name in names}
    if not distinct or len(names) > 2 or len(conditioned) > 1:
        return formula
    letters = dict(zip(names, "PQ", strict=False))
    return _DENSITY.sub(
        lambda match: letters[density_name(match).lower()] + argument * bool(match.group("argument")), formula
    )


def plain_densities(formula: str) -> str:
    r"""The formula in the usual notation (:func:`plain_notation`) with its densities named ``P`` and ``Q`` without
    their arguments.

    >>> plain_densities(r"KL[p^*(x)\Vert p(x|\phi)] = 0\iff p^*(x)=p(x|\phi)")
    'KL(P\\Vert Q) = 0\\iff P=Q'
    """
    return renamed_densities(plain_notation(formula), "")
