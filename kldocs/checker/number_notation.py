r"""How numbers are written: decimal commas ("H = 1,571 bits", "0,5 × log2(0,5)") and ``0. 25``.

Portuguese, French and Spanish write ``0,5`` for one half. A document is read with decimal commas when its prose and
formulas hold at least two numbers written ``0,dd`` (or a list of them) and no number written with a decimal point:
then each ``a,b`` (digits, a comma, digits, with no further comma or digit) is read as ``a.b``, and so is each item of
a bracketed list of probabilities parted by a comma and a space (``(0,7, 0,2, 0,1)``). LaTeX's decimal comma ``0{,}25``
(German, French and Russian notes) is read as ``0.25``: the digits move right by the braces' width, so ``1{,}585``
reads ``1.585``. In a document that also writes decimal points, where ``10{,}000`` may be ten thousand, braced
commas are read so when one of them cannot separate thousands (``0{,}305``, ``3{,}47``), and so is one in a value a
formula gives (``H(P) = 1{,}295``). Lists keep their separators (``(0,5; 0,5)``, ``0,5, 0,5``). Code is left as it
is, and so is the comma between the two whole-number parameters of a normal, uniform or binomial distribution
(``N(0,1)``, ``U(0,2)``): a separator, not a decimal comma. A document that also writes decimal points
(probabilities copied from code, values typed in prose) still has its ``0,dd`` read as ``0.dd`` where a formula
gives it as a value, after ``=``, ``≈`` or ``\approx`` (``H(P) = 0,469``, not the whole number 0): a zero before a
comma is never a thousands separator, while ``{0,1}``, ``(0,25)`` and ``0,1,0`` keep their commas. A zero, a point
and a space before digits (``0. 25``, a space typed or left by a line break) is read as ``0.25``. Every character
stays in its place, so every offset still points into the file.

>>> from kldocs.checker.reading import parse_text
>>> document = with_decimal_points(parse_text("P = (0,5; 0,5) e H = 0,75 bits.\n", "a.md"))
>>> document.prose[0].text
'P = (0.5; 0.5) e H = 0.75 bits.'
>>> with_decimal_points(parse_text("Es gilt $H(P) \\approx 1{,}055$ nats.\n", "a.md")).math[0].text
'H(P) \\approx   1.055'
>>> with_decimal_points(parse_text("Con P = (0.9, 0.1): H = 0,469 bits, D vale 0,531; X en {0,1}.\n", "a.md")).text
'Con P = (0.9, 0.1): H = 0.469 bits, D vale 0,531; X en {0,1}.\n'
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy

#: A decimal comma: the comma itself, between a run of 1-6 digits (not after a comma or point) and a
#: run of 1-12 digits (not before a comma or a point and digit). Only the comma is matched, so a
#: literal replacement is made in C rather than a template expanded per match.
_COMMA_DECIMAL = lazy(
    r",(?:" + "|".join(rf"(?<=(?<![\d,.])\d{{{digits}}},)" for digits in range(1, 7)) + r")(?=\d{1,12}(?![\d,]|\.\d))"
)
#: A list in brackets of probabilities, each written with a decimal comma and parted by a comma and a space (or a
#: semicolon): ``(0,7, 0,2, 0,1)``. Its commas without a space are decimal commas.
_COMMA_LIST = lazy(
    r"(?<![\w)\]])[(\[][ \t]*(?:0,\d{1,12}|1,0{1,12})(?:[ \t]*[,;][ \t]+(?:0,\d{1,12}|1,0{1,12})){1,63}[ \t]*[)\]]"
)
#: A decimal comma in such a list: one between digits.
_LISTED_COMMA = lazy(r"(?<=\d),(?=\d)")
_LEADING_ZERO = lazy(r"(?<![\d,.])0,\d+(?![\d,])")
_SPACED_POINT = lazy(r"(?<![\d.,])0\. ([0-9]{1,6})(?![\d.,])")
_POINT_DECIMAL = lazy(r"(?<![\d,.])\d+\.\d+(?![\d.,])")
#: A value written with a decimal comma in a document that also writes decimal points: a zero, a comma and digits
#: (not in a list) after a relation. (Prose values, "vale 0,469 bits", are read with their comma as they stand.)
_VALUE_COMMA = lazy(r"(?<![<>!])(?:=|≈|≃|~|\\approx|\\simeq)[ \t]*\$?[ \t]*0(?P<comma>,)(?=[0-9]{1,12}(?![0-9,]))")
#: A value with a decimal comma that cannot group thousands and a unit after it, given by a relation: ``H = 1,5 bit``,
#: ``H ≈ 2,58 бита`` (``1,500 bits`` may be thousands, and is left).
_UNIT_COMMA = lazy(
    r"(?<![<>!])(?:=|≈|≃|~|\\approx|\\simeq)[ \t]*\$?[ \t]*[1-9][0-9]{0,5}(?P<comma>,)"
    r"(?=(?:[0-9]{1,2}|[0-9]{4,12})(?![0-9,])[ \t]*\$?[ \t]*"
    r"(?:bits?|nats?|Bits?|Nats?|бит|нат|비트|나트|比特|ビット)(?![A-Za-z]))"
)
#: A braced comma in a value a formula gives (``H(P) = 1{,}295``): a decimal comma, even beside ``10{,}000`` elsewhere.
_VALUE_BRACED = lazy(
    r"(?<![<>!])(?:=|≈|≃|\\approx|\\simeq)[ \t]*\$?[ \t]*(?P<whole>\d{1,6})\{,\}(?P<part>\d{1,12})(?![\d.])"
)
#: LaTeX's decimal comma between digits: ``0{,}25``.
_BRACED_COMMA = lazy(r"(?<![\d.])(\d{1,6})\{,\}(\d{1,12})(?![\d.])")
#: A family with two whole-number parameters; each name is matched before the test that no letter precedes it,
#: so that the engine can skip ahead to the names' first letters.
_PARAMETERS = lazy(
    r"(?:\\mathcal\s*\{?\s*[NU]\s*\}?|"
    + "|".join(rf"{name}(?<!\w{name})" for name in ("Normal", "Gaussian", "N", "Uniform", "U", "Binomial", "Bin"))
    + r")\s*\(\s*-?\d+\s*(?P<comma>,)\s*-?\d+\s*\)"
)
#: Letters, one of which is in every match of :data:`_PARAMETERS` (a cheap test before it).
_FAMILY_LETTERS = ("N", "U", "Bin", "Gaussian")
#: What stands in for a separating comma while decimal commas are read (same length: offsets stay).
_KEPT = "\0"


def _separators_kept(text: str) -> str:
    """``text`` with the commas between a family's two whole-number parameters as :data:`_KEPT`.

    >>> _separators_kept("N(0,1) and 0,5") == "N(0" + _KEPT + "1) and 0,5"
    True
    """
    if not any(letter in text for letter in _FAMILY_LETTERS):
        return text
    pieces, start = [], 0
    for match in _PARAMETERS.finditer(text):
        pieces.append(text[start : match.start("comma")])
        start = match.end("comma")
    return _KEPT.join([*pieces, text[start:]])


def _as_point(match: re.Match[str]) -> str:
    """The match of :data:`_VALUE_COMMA` with its comma as a point."""
    return match.group()[:-1] + "."


def _braced_value(match: re.Match[str]) -> str:
    """A match of :data:`_VALUE_BRACED` with its braced comma as a point, the digits moved right by the braces' width.

    >>> _VALUE_BRACED.sub(_braced_value, "H = 1{,}295 bits")
    'H =   1.295 bits'
    """
    lead = match.group()[: match.start("whole") - match.start()]
    return f"{lead}  {match['whole']}.{match['part']}"


def _decimal_brace(match: re.Match[str], points_written: bool) -> bool:
    """Whether a braced comma (:data:`_BRACED_COMMA`) is a decimal comma: always in a document that writes no decimal
    point, else when it cannot separate thousands (a zero before it, or not three digits after it).

    >>> [_decimal_brace(_BRACED_COMMA.search(text), True) for text in ("0{,}305", "3{,}47", "10{,}000")]
    [True, True, False]
    """
    return not points_written or match.group(1) == "0" or len(match.group(2)) != 3


def _cut(source: str, version: str, piece: str, start: int) -> str | None:
    """``piece`` as it stands in ``version`` (``source`` rewritten in place) if it is ``source``'s text at ``start``.

    >>> _cut("P = 0,5", "P = 0.5", "0,5", 4), _cut("P = 0,5", "P = 0.5", "0,5", 0)
    ('0.5', None)
    """
    return version[start : start + len(piece)] if start >= 0 and source.startswith(piece, start) else None


def with_decimal_points(document: SourceText) -> SourceText:
    """The document with ``0. 25`` as ``0.25``, and its decimal commas as points when it writes every decimal so."""
    read = (*document.prose, *document.math)
    if not any("0," in region.text or "0. " in region.text or "{,}" in region.text for region in read) and (
        "," not in document.text or _UNIT_COMMA.search(document.text) is None
    ):
        return document  # the usual case, no pattern
    kept = _separators_kept(document.text)

    def kept_in(piece: str, start: int) -> str:
        """``piece`` with its separators kept: cut from ``kept`` where it is the file's text at ``start``."""
        cut = _cut(document.text, kept, piece, start)
        return _separators_kept(piece) if cut is None else cut

    written = "\n".join(kept_in(region.text, region.offset) for region in read)
    two_commas = next(islice(_LEADING_ZERO.finditer(written), 1, None), None) is not None
    points_written = _POINT_DECIMAL.search(written) is not None
    commas = (two_commas or _COMMA_LIST.search(written) is not None) and not points_written
    braced = "{,}" in written and any(
        _decimal_brace(match, points_written) for match in _BRACED_COMMA.finditer(written)
    )  # one braced comma that is decimal: they all are
    valued = points_written and _LEADING_ZERO.search(written) is not None and _VALUE_COMMA.search(written) is not None
    with_units = not commas and _UNIT_COMMA.search(document.text) is not None  # H = 1,5 bit, $H = 1,5$ bit
    braced_values = not braced and "{,}" in written and _VALUE_BRACED.search(written) is not None
    if not (commas or braced or valued or braced_values or with_units or _SPACED_POINT.search(written)):
        return document

    def points(piece: str, start: int = -1) -> str:
        """``piece`` (the file's text at ``start``, if known) with ``0. 25`` and its decimal commas as points."""
        if "," not in piece and "0. " not in piece:  # most of a formula's context, found without a pattern
            return piece
        piece = _SPACED_POINT.sub(r"0.\1 ", kept_in(piece, start))
        if braced and "{,}" in piece:
            piece = _BRACED_COMMA.sub(r"  \1.\2", piece)
        if valued:
            piece = _VALUE_COMMA.sub(_as_point, piece)
        if with_units:
            piece = _UNIT_COMMA.sub(_as_point, piece)
        if braced_values and "{,}" in piece:
            piece = _VALUE_BRACED.sub(_braced_value, piece)
        if commas and "0," in piece:
            piece = _COMMA_LIST.sub(lambda listed: _LISTED_COMMA.sub(".", listed.group()), piece)
        return (_COMMA_DECIMAL.sub(".", piece) if commas else piece).replace(_KEPT, ",")

    pieces, position = [], 0
    for code in sorted(document.code, key=lambda region: region.offset):
        pieces.append(points(document.text[position : code.offset], position))
        pieces.append(document.text[code.offset : code.offset + len(code.text)])
        position = code.offset + len(code.text)
    pieces.append(points(document.text[position:], position))
    text = "".join(pieces)

    def converted(piece: str, start: int) -> str:
        """``piece`` read so: cut from the converted text where it is the file's text at ``start`` unchanged."""
        cut = _cut(document.text, text, piece, start)
        return points(piece) if cut is None else cut

    def regions(found: tuple[Region, ...]) -> tuple[Region, ...]:
        return tuple(
            replace(
                region,
                text=converted(region.text, region.offset),
                before=converted(region.before, region.offset - 1 - len(region.before)),  # the context of a formula
                after=converted(region.after, region.offset + len(region.text) + 1),  # between "$" and the line's end
            )
            for region in found
        )

    tables = tuple(
        replace(
            table,
            header=tuple(points(cell) for cell in table.header),
            rows=tuple((offset, tuple(points(cell) for cell in cells)) for offset, cells in table.rows),
        )
        for table in document.tables
    )
    return replace(
        document,
        text=text,
        math=regions(document.math),
        prose=regions(document.prose),
        paragraphs=regions(document.paragraphs),
        outputs=regions(document.outputs),
        tables=tables,
    )
