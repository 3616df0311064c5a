r"""Properties in a table: a row headed "Symmetric" with "No" under the column headed KL and "Yes" under JS.

A table whose first column names properties (symmetric, a metric,
non-negative, bounded, in English, Spanish, Portuguese, Chinese, Korean or
Japanese) and whose other columns are headed by one measure each (KL,
JS divergence, cross-entropy) says, cell by cell, whether that measure has
that property: "Yes" (✓, Sim, 是, 예) or "No" (✗, Não, 否, 아니오), maybe
followed by a remark ("No (in general)"). Each such cell is a
:class:`~kldocs.checker.property_claims.Property`; a cell with anything else
("[0, ∞)", "depends") and a column headed by no measure, or by two, are left alone. A table the other way
round, a row a measure and a column a property, is read the same way.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("| Property | KL | JS |\n|---|---|---|\n| Symmetric | No | Yes |\n", "a.md")
>>> [(item.text, item.measure, item.negated) for item in table_properties(document)]
[('Symmetric | KL: No', 'kl', True), ('Symmetric | JS: Yes', 'jsd', False)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kldocs.checker.documents import SourceTable, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.named_measures import measures_in, mentions_of, named_variant
from kldocs.checker.property_claims import Property
from kldocs.checker.stated_ranges import interval_claims
from kldocs.checker.table_formulas import formula_claim

#: A header asking whether the measure has the property: "Is it a metric?", "是否为度量", "¿Es simétrica?".
_ASKED = (
    r"is\s+it\s+(?:an?\s+)?|¿?\s*es\s+(?:una\s+)?|[ée]\s+(?:uma\s+)?|est[-\s]ce\s+(?:une\s+)?|ist\s+(?:es\s+)?(?:eine\s+)?|"
    r"是否(?:为|是|具有|满足)?|是不是|有无"
)
#: The property a row's first cell names, and whether "Yes" denies it (non-negative: it is never negative).
_ROWS: tuple[tuple[str, re.Pattern[str], bool], ...] = tuple(
    (kind, lazy(rf"(?:{_ASKED})?(?:is\s+|always\s+|a\s+)*(?:{words})", re.IGNORECASE), yes_denies)
    for kind, words, yes_denies in (
        (
            "symmetric",
            r"symmetric(?:al)?|symmetry|sim[ée]tric[ao]|simetr[ií]a|simmetric[ao]|sym[ée]trique|symmetrisch|"
            r"对称性?|對稱性?|대칭성?|対称性?",
            False,
        ),
        ("metric", r"(?:true\s+|proper\s+|distance\s+)?metric|m[ée]trica|m[ée]trique|Metrik|度量|距离度量|計量", False),
        (
            "negative",
            r"non[-\s]?negative|non[-\s]?negativity|n[ãa]o[-\s]negativ[ao]|no\s+negativ[ao]|never\s+negative|"
            r"非负性?|非負性?|비음수성?|음이\s*아닌",
            True,
        ),
        ("bounded", r"bounded(?:ness)?|limitad[ao]|acotad[ao]|born[ée]e?|beschr[äa]nkt|有界性?|유계", False),
    )
)
#: A header of ranges: its cells are intervals (read by :func:`~kldocs.checker.stated_ranges.interval_claims`).
_RANGE = lazy(
    r"range|(?:value\s+)?bounds|rango|intervalo|l[ií]mites|bornes|intervalle|valeurs|Wertebereich|Bereich|Schranken|"
    r"取值范围|范围|值域|値域|範囲|범위|값의\s*범위|диапазон|область\s+значений",
    re.IGNORECASE,
)
#: A header of formulas: its cells define the row's measure (read by
#: :func:`~kldocs.checker.table_formulas.formula_claim`).
_FORMULA = lazy(
    r"formula|formule|f[óo]rmula|Formel|definition|d[ée]finition|definici[óo]n|defini[çc][ãa]o|公式|定义|数式|定義|수식|정의",
    re.IGNORECASE,
)
#: What may follow an answer: nothing, or a remark after a space, a bracket or punctuation.
_AFTER = r"(?=\s*(?:$|[\s(,;:.\-–—（]))"
_YES = lazy(r"(?:yes|y|true|✓|✔️?|✅|sim|s[ií]|oui|ja|是|有|예|네|はい|○)" + _AFTER, re.IGNORECASE)
_NO = lazy(r"(?:no|n|false|✗|✘|❌|n[ãa]o|non|nein|否|不|无|無|아니오|아니요|いいえ|×)" + _AFTER, re.IGNORECASE)
#: A column headed by the JS divergence's short name alone ("JS" is read as the divergence only in a word).
_SHORT = lazy(r"JS|JSD|Jensen[-‐ ]Shannon", re.IGNORECASE)
_MARKUP = lazy(r"[*_`]+")
_KINDS = {"kl", "jsd", "cross_entropy", "entropy"}
_ENTROPY = frozenset({"negative"})


def table_properties(document: SourceText, stop_at: int | None = None) -> Iterator[Property]:
    """The properties the tables of a document state cell by cell, up to ``stop_at``: a row a property and a
    column a measure, or the other way round (``| Measure | Symmetric |`` over ``| KL | No |``); or, in a table
    that names no measure, of the measure its section's heading names (see :func:`_section_rows`)."""
    for table in document.tables:
        if stop_at is not None and table.offset >= stop_at:
            return
        columns = {index: _column(cell) for index, cell in enumerate(table.header) if index > 0}
        properties = {index: _row(cell) for index, cell in enumerate(table.header) if index > 0}
        if not any(columns.values()) and not any(_column(cells[0]) for _, cells in table.rows if cells):
            yield from _section_rows(document, table)
            continue
        for offset, cells in table.rows:
            if not cells:
                continue
            row, measure_row = _row(cells[0]), _column(cells[0])
            for index in range(1, min(len(cells), len(table.header))):
                measure, said = (columns[index], row) if row is not None else (measure_row, properties[index])
                if measure is None or said is None or (measure == "entropy" and said[0] not in _ENTROPY):
                    continue
                if said[0] in ("range", "formula"):  # "| KL | [0, ∞) |" under "| Measure | Range |"
                    where, header = offset + index, table.header[index]
                    if not _alone(cells[0] if row is None else header, said[0]):
                        continue  # "| Reverse KL | Σ Q log(Q/P) |", "| exp(-KL) | (0, 1] |": not the measure's own
                    yield from _cell_claims(document, where, cells[0], header, cells[index], measure, said[0])
                    continue
                answer = _answer(cells[index])
                if answer is None:
                    continue
                shown = f"{_plain(cells[0])} | {_plain(table.header[index])}: {_plain(cells[index])}"
                where = offset + index  # one place a cell, on the row's line
                yield Property(document.line(offset), shown, measure, said[0], answer == said[1], where)


#: A row that says by itself what the measure is not: "Not a metric", "Asymmetric", "Non-negativity", "Unbounded".
_DENYING_ROWS = (
    (
        "metric",
        lazy(
            r"not\s+(?:an?\s+)?(?:true\s+|proper\s+)?(?:metric|distance)|keine\s+(?:echte\s+)?Metrik|"
            r"pas\s+(?:une\s+)?(?:vraie\s+)?m[ée]trique|no\s+(?:es\s+)?(?:una\s+)?m[ée]trica|n[ãa]o\s+(?:[ée]\s+)?(?:uma\s+)?m[ée]trica|"
            r"不是(?:一个)?度量|非度量|거리가\s*아님|메트릭\s*아님|距離ではない",
            re.IGNORECASE,
        ),
    ),
    (
        "symmetric",
        lazy(
            r"not\s+symmetric|asymmetric|asymmetry|non[-\s]?symmetric|asim[ée]tric[ao]|asym[ée]trique|"
            r"(?:un|a)symmetrisch|не\s*симметрична|несимметрична|非对称|不对称|비대칭|非対称",
            re.IGNORECASE,
        ),
    ),
    ("negative", lazy(r"(?:always\s+)?non[-\s]?negativ(?:e|ity)|never\s+negative", re.IGNORECASE)),
    ("bounded", lazy(r"unbounded(?:ness)?|not\s+bounded", re.IGNORECASE)),
)
#: A header that lists mistakes, not properties: "| Myth | Reality |".
_MISTAKES = lazy(r"myth|misconception|mistake|wrong|false|incorrect|error|pitfall|claim", re.IGNORECASE)


def _section_rows(document: SourceText, table: SourceTable) -> Iterator[Property]:
    """The properties a table naming no measure lists of the measure its section's heading (or the heading above
    that) names: ``| Not a metric | Violates triangle inequality |``, ``| Symmetric | No |`` under "## KL divergence".

    >>> from kldocs.checker.reading import parse_text
    >>> text = "## KL divergence\\n\\n### Properties\\n\\n| Property | Note |\\n|---|---|\\n| Not a metric | x |\\n"
    >>> [(item.measure, item.property, item.negated) for item in table_properties(parse_text(text, "a.md"))]
    [('kl', 'metric', True)]
    """
    if len(table.header) != 2 or any(_MISTAKES.search(cell) for cell in table.header):
        return
    measure = _heading_measure(document, table.offset)
    if measure is None:
        return
    for offset, cells in table.rows:
        if len(cells) < 2:
            continue
        plain = _plain(cells[0]).rstrip("?: ")
        said = next(((kind, True) for kind, pattern in _DENYING_ROWS if pattern.fullmatch(plain)), None)
        row, answer = _row(cells[0]), _answer(cells[1])
        if row is not None and row[0] in ("range", "formula"):  # "| Range | [0, ∞) |" under "## KL divergence"
            yield from _cell_claims(document, offset, cells[0], "", cells[1], measure, row[0])
            continue
        if said is None and row is not None and answer is not None:
            said = row[0], answer == row[1]
        if said is None or (measure == "entropy" and said[0] not in _ENTROPY):
            continue
        shown = f"{_plain(cells[0])} | {' '.join(cells[1].split())}"
        yield Property(document.line(offset), shown, measure, said[0], said[1], offset)


_HEADING = lazy(r"(?P<marks>#{1,6})[ \t]+(?P<title>[^\n]*)|\\(?P<latex>(?:sub){0,2})section\*?\{(?P<name>[^}\n]*)\}")
#: How many headings above a table are looked at.
_HEADINGS_UP = 12


def _heading_measure(document: SourceText, offset: int) -> str | None:
    """The one measure the nearest heading above ``offset`` that names one names, going up only to enclosing
    headings (``## KL divergence`` over ``### Properties``); None when that heading names two."""
    index = bisect.bisect_right(document.sections, offset) - 1
    deepest = 7
    for start in reversed(document.sections[max(0, index - _HEADINGS_UP) : index + 1]):
        heading = _HEADING.match(document.text, start)
        if heading is None:
            continue
        level = len(heading["marks"]) if heading["marks"] else len(heading["latex"]) // 3 + 1
        if level >= deepest:
            continue
        named = measures_in(_plain(heading["title"] or heading["name"] or ""))
        if named:
            return next(iter(named)) if len(named) == 1 and named <= _KINDS else None
        deepest = level
    return None


def _plain(cell: str) -> str:
    return " ".join(_MARKUP.sub("", cell).split())


def _column(header: str) -> str | None:
    """The one measure a column's header names, or None."""
    plain = _plain(header)
    if _SHORT.fullmatch(plain):
        return "jsd"
    named = measures_in(plain)
    return named_variant(plain, next(iter(named))) if len(named) == 1 and named <= _KINDS else None


#: A measure's arguments, which a formula's name may not give (they give its direction: "KL(Q‖P)", "H(Q, P)").
_ARGUMENTS = lazy(r"[(\[{]\s*[A-Za-z](?:_?[0-9])?\s*(?:[,;‖|]|\\\||\\parallel)")
#: The measures' short names, which are not all read as words alone ("JS", "CE").
_SHORT_NAMES = lazy(r"(?<![A-Za-z])(?:JSD?|KL|CE|D_?\{?KL\}?)(?![A-Za-z])")
#: What may be left of a bare name once its measure's words are taken out: an article, a bracket, a dash.
_FILLER = lazy(r"(?:[\s()\[\]:.,'’\-–]|(?<![^\W\d_])(?:the|a|an|de|du|la|le|el|der|die|das|of)(?![^\W\d_]))*", re.I)


def _alone(name: str, column: str) -> bool:
    """Whether a row's (or column's) name is its measure's name alone, as a range or formula cell needs: no
    direction ("Reverse KL", "KL(Q‖P)", "H(Q, P)") for a formula, no function or qualifier ("exp(-KL)") for either.

    >>> _alone("KL divergence", "formula"), _alone("Reverse KL", "formula"), _alone("KL(P‖Q)", "range")
    (True, False, True)
    """
    plain = _plain(name)
    arguments = _ARGUMENTS.search(plain)
    if arguments is not None:
        if column == "formula":
            return False
        plain = re.sub(r"[(\[]\s*[A-Za-z][^()\[\]]{0,12}[)\]]", " ", plain)  # "KL(P‖Q)": its range is KL's
    rest = list(plain)
    for start, end, _ in mentions_of(plain):
        rest[start:end] = " " * (end - start)
    return _FILLER.fullmatch(_SHORT_NAMES.sub(" ", "".join(rest))) is not None


def _row(cell: str) -> tuple[str, bool] | None:
    """The property a header names ("Symmetric?", "Métrique ?") and whether "Yes" denies it; ``("range", False)``
    for a header of ranges ("Range", "Bornes", "Wertebereich")."""
    text = _plain(cell).rstrip("?: ")
    if _RANGE.fullmatch(text):
        return "range", False
    if _FORMULA.fullmatch(text):
        return "formula", False
    return next(((kind, denies) for kind, pattern, denies in _ROWS if pattern.fullmatch(text)), None)


def named_property(text: str) -> tuple[str, bool] | None:
    """The property a few words alone name, as a list item or in brackets after a measure's name, and whether they
    deny it: ``("symmetric", False)`` for "Symétrique", ``("negative", True)`` for "Non-negative", ``("symmetric",
    True)`` for "Asymmetric"; None for anything else.

    >>> named_property("Symétrique"), named_property("**Non-negative**"), named_property("not a metric")
    (('symmetric', False), ('negative', True), ('metric', True))
    """
    plain = _plain(text).rstrip("!.?: ")
    denied = next(((kind, True) for kind, pattern in _DENYING_ROWS if pattern.fullmatch(plain)), None)
    said = denied or _row(plain)
    return None if said is None or said[0] in ("range", "formula") else said


def _cell_claims(
    document: SourceText, where: int, first: str, header: str, cell: str, measure: str, column: str
) -> Iterator[Property]:
    """What a cell giving a range ("[0, log 2]", "≥0, pas métrique") or a formula ("Σ P log(P/Q)") says of
    ``measure``."""
    shown = " | ".join(part for part in (_plain(first), _plain(header)) if part) + f": {' '.join(cell.split())}"
    said = interval_claims(measure, cell.strip().strip("$`")) if column == "range" else []
    formula = formula_claim(measure, cell) if column == "formula" else None
    for kind, negated in [*said, *([formula] if formula is not None else [])]:
        yield Property(document.line(where), shown, measure, kind, negated, where)


def _answer(cell: str) -> bool | None:
    """True for a "Yes" cell, False for a "No" cell, None for anything else."""
    text = _plain(cell)
    return True if _YES.match(text) else False if _NO.match(text) else None
