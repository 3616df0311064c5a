r"""Densities named the ways statistics and machine learning write them: ``p^*``, ``p^{\star}``, ``p_\theta``,
``p(x|\phi)``, ``q(x)``, ``p_1``, ``f`` and ``g``.

A name is its letter with what marks it: a star (the true distribution), a number or a parameter under it, a
parameter after a bar or semicolon in its argument (a model), or a variable it is conditioned on. The argument
it is evaluated at (``(x)``) is not part of its name, so ``p(x|\phi)`` and ``p_\phi`` are the same density.

>>> [density_name(DENSITY.match(text)) for text in (r"p^*(x)", r"p^{\star}", r"p(x|\phi)", r"p_{\phi}(x)", "q(z|x)")]
['p*', 'p*', 'p_phi', 'p_phi', 'q|x']
>>> density_name(DENSITY.match("P_{2}(x)"))
'P_2'
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

_PARAMETER = r"\\(?:theta|phi|psi|lambda|omega|eta)"
#: A density's letter, its mark and its argument: ``p^*(x)``, ``p_\theta``, ``p(x|\phi)``, ``q(z \mid x)``.
DENSITY = lazy(
    r"(?P<letter>[PpQqfg])(?![A-Za-z])"
    rf"(?P<mark>\s*\^\s*\{{?\s*(?:\*|\\ast|\\star)\s*\}}?|\s*_\s*\{{?\s*(?:\*|{_PARAMETER}|[0-9])\s*\}}?)?"
    rf"(?P<argument>\s*\(\s*[a-z]\s*(?P<given>(?:\||\\mid|;)\s*(?:{_PARAMETER}|[a-z]))?\s*\))?"
)
_STAR = lazy(r"\*|\\ast|\\star")
_SPACING = lazy(r"[\s{}]|\\mid|[|;_^]")


def density_name(match: re.Match[str]) -> str:
    """The name of the density ``match`` (of :data:`DENSITY`) reads: ``p*``, ``p_theta``, or ``q|x`` for a
    density conditioned on a variable."""
    mark = match.group("mark") or ""
    given = _SPACING.sub("", match.group("given") or "")
    if _STAR.search(mark):
        return f"{match.group('letter')}*"
    parameter = _SPACING.sub("", mark).removeprefix("\\") or given.removeprefix("\\")
    if given and not given.startswith("\\"):
        return f"{match.group('letter')}|{given}"
    return f"{match.group('letter')}_{parameter}" if parameter else match.group("letter")


def marked(match: re.Match[str]) -> bool:
    """Whether a density is written in a way a distribution's plain name is not: with a mark or an argument."""
    return bool(match.group("mark") or match.group("argument"))
