r"""Letters set to a single number in a formula or a sentence: ``$p = 0.3$``, a coin's bias, is no distribution.

Notes on the binary entropy write ``H(p)`` for a coin of bias ``p`` ("At $p = 0.3$, $H(p) \approx 0.881$
bits", or in plain prose "heads with probability p = 0.2"). Such a ``p`` is a number, and the claims about it
are not about a distribution ``P`` the document gave elsewhere (which a lowercase name would otherwise stand
for): from the formula or sentence that sets it, the letter stands for no distribution read.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("Let $P = (0.2, 0.8)$.\n\nAt $p = 0.3$, and at $q = 1/2$, $H = 1$. Or r = 0.25.\n", "a.md")
>>> [(name, text) for _, name, text in scalar_names(document)]
[('p', 'p = 0.3'), ('q', 'q = 1/2'), ('r', 'r = 0.25')]
"""

from __future__ import annotations

from collections.abc import Iterator

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

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
