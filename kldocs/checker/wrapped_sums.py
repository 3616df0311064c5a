r"""Sums of plain numbers written over several lines, each but the last ending in ``+`` (or ``-``), and their value
alone on the line below: the weighted entropies of a split's branches, as lessons break them.

::

    = 4/10 · 0,811 +
    6/10 · 0,918
    = 0,876

The sum starts after the first line's last ``=`` (or ``≈``): whatever stands before it (``E(S|Wetter)``, nothing)
is not read. Its terms are numbers, fractions (``4/10``, ``\frac{4}{10}``) and their products (``·``, ``*``, ``×``,
``\cdot``); decimal commas (``0,811``, ``0{,}811``) are read as points when every comma of the block stands between
digits. The value is the number alone after ``=`` or ``≈`` on the line below the last term (or at the end of that
line). A block with anything else in its terms (a name, a logarithm, a formula in dollars) is not read.

>>> lines = [(0, "= 4/10 · 0,811 +"), (17, "6/10 · 0,918"), (30, "= 0,876")]
>>> [(found.statement.text, found.offset) for found in wrapped_sums(lines)]
[('4/10 · 0.811 + 6/10 · 0.918 = 0.876', 32)]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kldocs.checker.found import Found
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.trees import is_number_only
from kldocs.checker.written_totals import arithmetic

#: What a line that goes on below ends in.
_GOES_ON = ("+", "-", "−")
#: Most lines of terms a sum takes.
_MOST_LINES = 12
#: Terms of plain numbers: digits, commas and points, fractions, products, brackets, ``+`` and ``-``.
_TERMS = lazy(r"(?:[\d.,/·*×()\[\]{}+\-− \t]|\\(?:frac|cdot|times|left|right|[,;!])|\{,\})+")
#: The value alone on its line (or ending the last line of terms): ``= 0,876``, ``≈ 0.876 bits``.
_VALUE = lazy(
    r"(?P<terms>.*?)[ \t]*(?P<relation>=|≈|\\approx)[ \t]*(?P<value>\d+(?:(?:[.,]|\{,\})\d+)?)"
    r"[ \t]*(?:bits?|nats?|Bit|bit)?[ \t]*\.?[ \t]*"
)
#: Two whole numbers in brackets, split by a comma: a pair, not a decimal.
_PAIR = lazy(r"[(\[{]\s*[1-9]\d*,\d+\s*[)\]}]")
#: A comma between digits, as written or braced.
_DECIMAL_COMMA = lazy(r"(?<=\d)(?:,|\{,\})(?=\d)")


def wrapped_sums(lines: Sequence[tuple[int, str]]) -> Iterator[Found]:
    """The sums written over several of ``lines`` (``(offset, text)``) with their values, as statements
    ``sum = value`` (``Found.line`` is 0: the caller places them; the offset is the value's)."""
    index = 0
    while index < len(lines):
        found, last = _block(lines, index)
        if found is not None:
            yield found
            index = last
        index += 1


def _block(lines: Sequence[tuple[int, str]], index: int) -> tuple[Found | None, int]:
    """The sum that starts on line ``index`` and its value, with the line the value is on."""
    text = lines[index][1].rstrip()
    if not text.endswith(_GOES_ON) or "$" in text:
        return None, index
    relation = max(text.rfind("="), text.rfind("≈"))
    if relation < 0 or not _TERMS.fullmatch(text[relation + 1 :]) or not text[relation + 1 :].strip(" +-−\t"):
        return None, index
    pieces = [text[relation + 1 :]]
    for below in range(index + 1, min(len(lines), index + _MOST_LINES + 1)):
        offset, line = lines[below]
        written = line.strip()
        if "$" in written or not written or offset != lines[below - 1][0] + len(lines[below - 1][1]) + 1:
            return None, index  # a formula, or a line that is not right below the one above
        value = _VALUE.fullmatch(written)
        if value is not None:
            if value.group("terms") and not _TERMS.fullmatch(value.group("terms")):
                return None, index
            if pieces[-1].rstrip().endswith(_GOES_ON) and not value.group("terms"):
                return None, index  # the line above goes on, but this one holds no term
            pieces.append(value.group("terms"))
            at = offset + line.index(written) + value.start("value")
            return _found(pieces, value.group("relation"), value.group("value"), at), below
        if not _TERMS.fullmatch(written) or not pieces[-1].rstrip().endswith(_GOES_ON):
            return None, index
        pieces.append(written)
    return None, index


def _found(pieces: list[str], relation: str, value: str, at: int) -> Found | None:
    """The statement that the terms add up to the value, when the terms are plain numbers."""
    summed = " ".join(piece.strip() for piece in pieces if piece.strip())
    block = summed + " " + value
    if "," in _DECIMAL_COMMA.sub("", block) or _PAIR.search(block):
        return None  # a comma that separates, not a decimal comma
    summed, value = _DECIMAL_COMMA.sub(".", summed), _DECIMAL_COMMA.sub(".", value)
    statement = arithmetic(summed, relation, value)
    if statement is None or not (is_number_only(statement.left) and is_number_only(statement.right)):
        return None
    return Found(0, statement, (), at)
