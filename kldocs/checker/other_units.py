r"""A value given again in another unit right after a claim: ``0.2231 nats, or 0.3219 bits``, ``0.92 nats (1.32 bits)``.

A claim whose value is followed by its own unit (nats, bits, bans, in words
or ``\text{...}``, in English, Chinese, Korean or Japanese) and then by a
second number in another unit, after ", or", "i.e.", "that is", "即", "또는",
an equals sign or inside brackets, claims the same measure in that unit: a
second claim, judged in its own unit. Only a value of a measure is given a
second claim (a formula whose left side is the measure's symbol alone, or a
value in words): the arithmetic of a formula has no unit to convert. A
number some other reader has already read (``0.0251 (nats) or 0.036 (bits)``
in one formula) is not read twice. Each claim looks at a bounded stretch of
text after its value, so the pass is linear in the document.

>>> from kldocs.checker.reading import parse_text
>>> from kldocs.checker.claims import find_claims
>>> document = parse_text("Let $P = (0.5, 0.5)$, $Q = (0.8, 0.2)$.\n\n"
...                       "The KL divergence is 0.2231 nats, or 0.3219 bits.\n", "a.md")
>>> [(item.written, item.unit) for item in find_claims(document) if isinstance(item, ProseValue)]
[('0.2231', 'e'), ('0.3219', '2')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set
from dataclasses import replace

from kldocs.checker.chains import statements
from kldocs.checker.documents import SourceText
from kldocs.checker.found import Found
from kldocs.checker.latex_numbers import MeasureNode
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.tokens import TooComplexError, tokenize
from kldocs.checker.trees import is_number_only
from kldocs.checker.units import unit_word

#: How far after a value its second value in another unit is looked for.
REACH = 120
#: Most values given again after one claim, each in another unit than the one before it.
_AGAIN_AND_AGAIN = 3

_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?(?![0-9.,]?[0-9])"
#: Closing marks between a number and its unit, or after the unit: ``$``, ``**``, ``}``, ``\)``, thin spaces.
_MARKS = r"(?:\s|\$|~|\*\*|\}|\\\)|\\[,;: ])"
_UNIT = (
    _MARKS
    + r"{0,6}(?:\\(?:text|mathrm|textrm|mbox|rm)\{\s?)?"
    + r"(?P<{name}>nats?|bits?|bans?|hartleys?|比特|奈特|비트|나트|ビット|ナット)(?![A-Za-z])"
)
#: Words that give the same value again: ", or", "i.e.", "that is", "即", "또는", ``=``; or an opening bracket.
_WORDS = (
    r"(?:or|i\.\s?e\.,?|ie,?|that is,?|which is|ou|o|oder|cioè|即|或|也就是|또는|즉|つまり|すなわち"
    r"|=|≈|\\approx)(?![A-Za-z])"
)
_AGAIN = r"\}?" + _MARKS + r"{0,6}(?:(?P<open>[(（])\s?(?:" + _WORDS + r")?|[,，]?\s?" + _WORDS + ")"
_ABOUT = r"(?:\s|\$|\\approx|≈|~|=|about|approximately|约|約|약){0,6}"
_SECOND = lazy(
    _UNIT.replace("{name}", "first") + _AGAIN + _ABOUT + f"(?P<second>{_NUMBER})" + _UNIT.replace("{name}", "unit")
)
_BRACKET_CLOSE = lazy(_MARKS + r"{0,6}[)）]")
#: Words after the second value that make it the value of something else: "0.32 bits for the reverse direction".
_ELSE = lazy(r"[^.;:!?\n]{0,40}?\b(?:for|if|when|reverse|other|opposite|instead|whereas|but)\b", re.IGNORECASE)


def in_other_units(
    document: SourceText, items: Sequence[object], worded: Set[int] = frozenset()
) -> Iterator[Found | ProseValue]:
    """The second claims of values given again in another unit (see the module's docstring); ``worded``: where the
    values are of claims made from the words around them (the entropy of probabilities a sentence lists)."""
    read = {item.offset for item in items if isinstance(item, Found)}
    worded_values = {item.offset for item in items if isinstance(item, ProseValue)}  # read in words on their own
    for item in items:
        if isinstance(item, ProseValue):
            written = item.written
        elif isinstance(item, Found) and (_measure_value(item) or item.offset in worded):
            written = item.statement.right_text.strip()
        else:
            continue
        if not document.text.startswith(written, item.offset):
            continue  # the claim's text is not the document's at its offset (made up by a reader)
        end = item.offset + len(written)
        for _ in range(_AGAIN_AND_AGAIN):  # 0.0475 nats ≈ 0.0685 bits ≈ 0.0206 hartleys: each in its unit
            found = second_value(document.text, end)
            if found is None:
                break
            at, second, unit, _ = found
            end = at + len(second)
            if at in read or (at in worded_values and item.offset not in worded):
                break  # a listed entropy's second value replaces what was read of it alone (see claims.py)
            if isinstance(item, ProseValue):
                text = f"{item.text} ... {second} {'bits' if unit == '2' else 'nats' if unit == 'e' else unit}"
                yield replace(item, line=document.line(at), text=text, written=second, unit=unit, offset=at)
                continue
            yield from _restated(document, item, second, unit, at)


def second_value(text: str, end: int) -> tuple[int, str, str, int] | None:
    """Where the value given again in another unit after the one that ends at ``end`` is, as written, the base
    its unit names, and where the first value's unit ends; None when there is none.

    >>> second_value("H is 1.846 bits, or 1.280 nats.", 10)
    (20, '1.280', 'e', 15)
    """
    match = _SECOND.match(text[end : end + REACH])
    if match is None or not _other_unit(match):
        return None
    if match.group("open") and not _BRACKET_CLOSE.match(match.string, match.end()):
        return None  # "(0.32 bits of it ...)": a bracket that says more than the value
    if _ELSE.match(match.string, match.end()):
        return None
    second, unit = match.group("second"), unit_word(match.group("unit")) or ""
    return end + match.start("second"), second, unit, end + match.end("first")


def _measure_value(item: Found) -> bool:
    """A claim of a measure's value: its left side the symbol alone, its right side a number."""
    statement = item.statement
    return (
        isinstance(statement.left, MeasureNode)
        and is_number_only(statement.right)
        and not statement.written_backwards
        and not statement.fallback
        and re.fullmatch(_NUMBER, statement.right_text.strip()) is not None
    )


def _other_unit(match: re.Match[str]) -> bool:
    first, second = (unit_word(match.group(name)) for name in ("first", "unit"))
    return first is not None and second is not None and first != second


def _restated(document: SourceText, item: Found, second: str, unit: str, at: int) -> Iterator[Found]:
    """The claim of ``item`` with ``second`` for its value, in ``unit``."""
    statement = item.statement
    text = f"{statement.left_text} {statement.relation_text} {second}"
    try:
        read = [found for found in statements(tokenize(text), text, prose=True) if found.right_text.strip() == second]
    except TooComplexError:
        return
    for found in read[:1]:
        yield Found(document.line(at), replace(found, unit=unit, chain_unit=unit), item.symbols, at, unit)
