r"""Values of a table flattened into text, as exam corrections copied from a PDF keep them: a measure's symbol, maybe
the formula it is worked out by, then its value, with no ``=`` between: ``H(Y) 1.364``, ``H(X/Y) H(X,Y)- H(Y) 0.954``,
``H(X) 9/4``.

Each such line (alone on its line: the symbol first, the value last, a unit maybe after it) claims that value of the
measure. The slash of ``H(X/Y)`` is the conditional bar, as French and other texts write it (``H(X|Y)``); the formula
between (only measures' symbols, ``+`` and ``-``) says how the value was worked out and is not read. A line with words
between the symbol and the value, or anything after the value but a unit, is not such a line.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("H(Y) 1.364\nH(X/Y) H(X,Y)- H(Y) 0.954\nH(X) 9/4 bits\nH(X) is 2 here\n", "a.txt")
>>> [claim for region in document.prose for _, claim in flattened_values(region)]
['H(Y) = 1.364', 'H(X|Y) = 0.954', 'H(X) = 9/4 bits']
"""

from __future__ import annotations

from collections.abc import Iterator

from kldocs.checker.documents import Region
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_rows import BLANK

#: A measure's symbol over random variables: ``H(X)``, ``H(X,Y)``, ``H(X/Y)``, ``I(X;Y)``.
_SYMBOL = r"[HI][ \t]?\([ \t]?[A-Z](?:[ \t]?[,;/|][ \t]?[A-Z]){0,2}[ \t]?\)"
_LINE = lazy(
    rf"[ \t]*+(?P<symbol>{_SYMBOL})"
    rf"(?:[ \t]++{_SYMBOL}(?:[ \t]*+[-+][ \t]*+{_SYMBOL}){{1,3}})?"  # the formula it is worked out by
    r"[ \t]++(?P<value>[0-9]++(?:\.[0-9]++)?+(?:[ \t]?/[ \t]?[0-9]++)?+)(?P<unit>[ \t]*+bits?)?+[ \t]*+"
)


def flattened_values(region: Region) -> Iterator[tuple[int, str]]:
    """Each line of ``region`` that is a flattened table's value, as the offset of its value and the claim."""
    if "H" not in region.text and "I" not in region.text:
        return
    offset = region.offset
    for line in region.text.split("\n"):
        match = _LINE.fullmatch(line.replace(BLANK, " ")) if "(" in line else None
        if match is not None:
            symbol = match.group("symbol").replace(" ", "")
            if symbol.startswith("H"):
                symbol = symbol.replace("/", "|")
            elif "/" in symbol:
                symbol = ""  # I(X/Y): not a notation of the mutual information
            if symbol:
                value = match.group("value").replace(" ", "")
                yield offset + match.start("value"), f"{symbol} = {value}{match.group('unit') or ''}"
        offset += len(line) + 1
