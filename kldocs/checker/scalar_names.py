r"""Letters set to a single number in a formula or a sentence: ``$p = 0.3$``, a coin's bias, is no distribution.

Notes on the binary entropy write ``H(p)`` for a coin of bias ``p`` ("At $p = 0.3$, $H(p) \approx 0.881$
bits", or in plain prose "heads with probability p = 0.2"). Such a ``p`` is a number, and the claims about it
are not about a distribution ``P`` the document gave elsewhere (which a lowercase name would otherwise stand
for): from the formula or sentence that sets it, the letter stands for no distribution read.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("Let $P = (0.2, 0.8)$.\n\nAt $p = 0.3$, and at $q = 1/2$, $H = 1$. Or r = 0.25.\n", "a.md")
>>> [(name, text) for _, name, text in scalar_names(document)]
[('p', 'p = 0.3'), ('q', 'q = 1/2'), ('r', 'r = 0.25')]

A number given to ``p`` in one worked example does not stop general formulas in ``p`` elsewhere from being read: a
formula that writes the letter as a distribution (``D(p\|q)``, ``H(p, q)``, ``p(x)``, ``p_i``) and states no
number of its own (``D(p\|q) \ge 0``) is judged without that setting (see :func:`unless_scalar`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding

#: A whole formula that sets a lowercase letter to one number between 0 and 1 (a decimal or a fraction).
_SCALAR = lazy(r"\s*(?P<name>[a-z])\s*=\s*(?P<value>0?\.[0-9]{1,12}|[01]|[0-9]{1,3}\s*/\s*[0-9]{1,4})\s*[.,;]?\s*")


#: The same in a sentence: a lone lowercase letter (not an outcome inside ``P(x = 1)``, not one of a list).
_PROSE_SCALAR = lazy(
    r"(?<![\w(\[{,|=<>\\])(?P<name>[a-z])\s*=\s*(?P<value>0?\.[0-9]{1,12}|[0-9]{1,3}\s*/\s*[0-9]{1,4})"
    r"(?![\w/]|\.[0-9]|,\s*[0-9]|\s*[-+*^/(])"
)


def scalar_names(document: SourceText) -> Iterator[tuple[int, str, str]]:
    """``(offset, name, formula)`` for each formula or sentence that sets a lowercase letter to a single number,
    in order."""
    found = []
    for region in document.math:
        if len(region.text) <= 40 and "=" in region.text:
            match = _SCALAR.fullmatch(region.text)
            if match is not None:
                found.append((region.offset, match["name"], f"{match['name']} = {match['value']}"))
    for region in document.prose:
        if "=" in region.text:
            for match in _PROSE_SCALAR.finditer(region.text):
                found.append((region.offset + match.start(), match["name"], f"{match['name']} = {match['value']}"))
    yield from sorted(found)


#: The numbers a general formula may write: a base 2 (``\log_2``, ``\log 2``), a halving (``(p+q)/2``), 0 and 1.
_GENERAL_NUMBERS = lazy(r"log\s*_?\s*\{?\s*2\s*\}?|/\s*2(?![\d.])|\{\s*2\s*\}|(?<![\d.])[01](?![\d.])")
#: The bars and separators between the two distributions of a divergence: ``\|``, ``||``, ``∥``, ``\parallel``.
_BAR = r"(?:\\\||\|\||∥|\\parallel|\\Vert|\\lVert|\\rVert)"


@functools.lru_cache(maxsize=64)
def _as_distribution(name: str) -> re.Pattern[str]:
    """Where a formula writes the letter ``name`` as a distribution: beside a divergence's bar, as one of the two
    arguments of ``H(p, q)``, or as a function of an outcome (``p(x)``, ``p_i``, ``p_{x}``)."""
    letter = rf"(?<![A-Za-z\\]){name}(?![A-Za-z])"
    return re.compile(
        rf"{letter}\s*{_BAR}|{_BAR}\s*{letter}|\(\s*{letter}\s*,\s*[A-Za-z]\s*\)|\(\s*[A-Za-z]\s*,\s*{letter}\s*\)"
        rf"|{letter}\s*\(\s*[a-z](?:_\{{?\w+\}}?)?\s*\)|{letter}_\{{?[a-z]\}}?(?![A-Za-z])"
    )


def unless_scalar(text: str, bindings: dict[str, Binding], scalars: tuple[str, ...]) -> dict[str, Binding]:
    r"""The distributions in force for the formula ``text``: ``bindings`` without the letters of ``scalars`` (those set
    to one number above) that the formula writes as distributions when it states no number of its own; ``bindings``
    itself when none is dropped.

    >>> setting = Binding("p", None, 5, "p = 1/16 (line 5)", "it sets p to a number", unsure=True, scalar=True)
    >>> sorted(unless_scalar(r"D(p \| q) \ge 0", {"p": setting}, ("p",)))
    []
    >>> [sorted(unless_scalar(text, {"p": setting}, ("p",))) for text in (r"D(p \| q) = 0.082", r"H(p) \le 1")]
    [['p'], ['p']]
    """
    if not scalars or re.search(r"\d", _GENERAL_NUMBERS.sub("", text)):
        return bindings
    dropped = [name for name in scalars if name in text and _as_distribution(name).search(text)]
    if not dropped:
        return bindings
    return {name: binding for name, binding in bindings.items() if name not in dropped}


def scalar_letters(bindings: Mapping[str, Binding]) -> tuple[str, ...]:
    """The letters of ``bindings`` set to one number (``p = 1/16``), which :func:`unless_scalar` may drop."""
    return tuple(name for name, binding in bindings.items() if binding.scalar)
