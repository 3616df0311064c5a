r"""Entropies of textbook cases named in words, in a table or a list, with a unit: "| Fair coin | 1 bit |",
"- Biased coin (0.9/0.1): 0.469 bits", "Die Entropie eines fairen Würfels liegt bei 2,585 Bit.",
"공정한 주사위: 2.585 비트".

A table's column of entropies (its header names entropy, ``H`` or a unit under an entropy caption, and no other
measure) gives, on each row whose other cells name one case (see :mod:`.textbook_cases`), that case's entropy; a
sentence or a list item with one value with a unit, words that name one case, and entropy named in it or in the line
that leads its list, gives the same. The claim is the sum written out (``\log(8)`` for N outcomes alike), judged
as any formula is (a value that ends a line of working, "H = 8 · (1/8) · 3 = 3 bits", is the entropy of the case
named before the working); a value with a decimal comma ("1,5 bit") is read as a decimal when the line is not in
English or its digits cannot be thousands. A sentence that speaks of a mistake, denies, or writes a logarithm, is not
read. A bare answer that names no case (``答：H = 0.811 bit``, ``b) H = 1.386 nats``) is of the case the nearest line
above it describes, with only answers between (see :func:`_case_above`).

>>> from kldocs.checker.reading import parse_text
>>> table = "| Case | Entropy |\n|---|---|\n| Fair die | 2.585 bits |\n| Certain event | 0 bits |\n"
>>> document = parse_text(table, "a.md")
>>> [claim.text for claim in case_table_claims(document)]
['\\log(6) = 2.585 bits', '-(1 \\log(1)) = 0 bits']
>>> document = parse_text("Entropies:\n\n- Uniform over 8 outcomes: 3 bits\n", "a.md")
>>> [claim.text for claim in case_line_claims(document, document.prose[1])]
['\\log(8) = 3 bits']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from functools import partial

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.conditions import CONDITION_WORDS
from kldocs.checker.documents import Region, SourceTable, SourceText
from kldocs.checker.entropy_tables import cell_offset
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.screens import mentions
from kldocs.checker.textbook_cases import Case, loaded_faces, textbook_case

_UNITS = r"(?:bits?|nats?|비트|나트|ビット|ナット|比特|奈特|бит(?:а|ов)?|нат(?:а|ов)?)"
_UNIT_ANCHORS = ("bit", "nat", "비트", "나트", "ビット", "ナット", "比特", "奈特", "бит", "нат")
#: A value with its unit: "≈ 2.585 bits", "1,5 Bit", "**1 bit**", "3 비트".
_VALUE = lazy(
    r"(?i)(?:(?P<about>≈|~|\babout\s|\bapprox(?:\.|imately)\s|\bca\.\s|\betwa\s|\benviron\s|\baproximadamente\s|"
    r"\bcerca\s+de\s|\bоколо\s|約|约|약\s?)\s*)?[*_]{0,2}(?<![0-9.,/])(?P<number>[0-9]+(?:[.,][0-9]+)?)(?![0-9/])"
    rf"[*_]{{0,2}}\s*[*_]{{0,2}}(?P<unit>{_UNITS})(?![A-Za-zА-Яа-яё])"
)
#: A digit and a unit after it: a cheap first look for :data:`_VALUE`.
_NUMBER_THEN_UNIT = lazy(rf"(?i)[0-9][*_]{{0,2}}\s*[*_]{{0,2}}{_UNITS}")
#: A cell that holds a value only, its unit maybe in the header.
_CELL = lazy(
    r"(?i)^\s*[*_]{0,2}(?:H\s*=\s*)?(?P<about>≈|~|about\s|approx\.\s|ca\.\s)?\s*(?P<number>[0-9]+(?:[.,][0-9]+)?)"
    rf"\s*(?P<unit>{_UNITS})?(?![^\W\d_])[*_]{{0,2}}\s*$"
)
_ENTROPY = lazy(r"(?i)entrop|энтропи|엔트로피|熵|エントロピー|^\s*H\s*(?:\(\s*[A-Za-z]?\s*\))?\s*(?:[(\[].*)?$")
#: Other measures, or words that make the value something else than the case's entropy.
_OTHER = lazy(
    r"(?i)\bKL\b|diverg|kullback|cross|mutual|surprisal|self[- ]information|information\s+content|perplex|r[ée]nyi|"
    r"min[- ]entropy|collision|gini|conditional|joint|relative|differential|redundan|capacity|code\s+length|"
    r"Kreuz|crois[ée]e|cruzada|mutu[ae]|m[úu]tua|bedingt|conditionnelle|condicional|условн|взаимн|перекр[её]стн|"
    r"расхождени|дивергенц|발산|교차|상호|조건부|결합|散度|交叉|互信息|条件|联合|ダイバージェンス|交差|相互|結合|条件付き|"
    r"Divergenz|\bdit|\bbyte|\bbaud|\bbps\b|/s\b|per\s+second|\bcode|\bASCII|코드|부호|바이트|编码|码长|字节|符号|"
    r"\bapart\b|differ|\bmore\b|\bless\b|\bfewer\b|"
    r"\bhigher\b|\blower\b|\bgap\b|sav(?:e|es|ing)\b|reduc|\bgain|\bloss\b|Unterschied|diff[ée]rence|diferencia|"
    # a sentence that speaks of a mistake, denies, or supposes
    r"mistake|wrong|incorrect|error|\bnot\b|n't\b|\bnever\b|\bif\b|\bwould\b|falsch|\bnicht\b|\bfaux\b|\bpas\b|\bwenn\b|"
    r"err[óo]ne[oa]|incorrect[oa]|\bno\s+es\b|\bnão\b|틀|잘못|错|誤|неверн|ошибочн|\bне\b"
)
#: Words of a language that writes a decimal comma, in a line: "liegt bei 2,585 Bit", "vaut 1,5 bit".
_COMMA_LANGUAGE = lazy(
    r"(?i)\b(?:liegt|betr[äa]gt|ist|bei|von|eine[nrsm]?|vaut|est|une?|des|du|es|una|del|uma|equivale|равн\w*|"
    r"составляет|Entropie|entrop[íi]a|энтропия)\b|[^\x00-\x7f]"
)
#: A formula on the line: other readers read it.
_FORMULA = lazy(r"(?i)\blog|\bln\b|\\|Σ|∑|\bH\s*\(|\blb\b")
#: A value that ends a line of working (after ``=`` or ``≈``), and the entropy's symbol where that working starts.
_RESULT = lazy(r"(?:=|≈)\s*[*_]{0,2}\s*$")
_WORKING = lazy(r"(?<![A-Za-z])H(?:\s*\([^()]{0,20}\))?\s*(?:=|≈)")
_SENTENCE_END = lazy(r"(?<!\bvs\.)(?<!e\.g\.)(?<!i\.e\.)(?<=[.!?;。！？])\s+|(?<=[。！？])|\n\n")
_LIST_ITEM = lazy(r"^\s*(?:[-*+•]|[0-9]{1,2}[.)])\s")


def case_table_claims(document: SourceText) -> Iterator[CommentClaim]:
    """The entropies of textbook cases in the document's tables (a column of entropies, a row per case)."""
    for table in document.tables:
        if not any(_ENTROPY.search(cell) for cell in table.header):
            above = document.text[max(0, table.offset - 300) : table.offset]
            if not (_ENTROPY.search(above.rsplit("\n\n", 1)[-1]) and not _OTHER.search(above.rsplit("\n\n", 1)[-1])):
                continue
        for column, heading in enumerate(table.header):
            if _OTHER.search(heading) or (not _ENTROPY.search(heading) and not _header_unit(heading)):
                continue
            yield from _column(document, table, column, _header_unit(heading))


def _column(document: SourceText, table: SourceTable, column: int, unit: str | None) -> Iterator[CommentClaim]:
    """The claims of one column of entropies, its unit from the header or else each cell's own."""
    for offset, cells in table.rows:
        value = _CELL.match(cells[column]) if column < len(cells) else None
        if value is None or _OTHER.search(" ".join(cells)):
            continue
        rest = " | ".join(cell for index, cell in enumerate(cells) if index != column)
        case = textbook_case(rest, partial(_faces, document, offset))
        number = _number(value.group("number"), " ".join((*table.header, *cells)))
        said = _unit_name(value.group("unit")) or unit
        if case is None or number is None or said is None:
            continue
        where = cell_offset(document, offset, cells, column) + value.start("number")
        yield CommentClaim(_formula(case, number, said, bool(value.group("about"))), where)


#: A case set against the sentence's subject ("Unlike a uniform distribution on 4 outcomes, the entropy of $P$ is
#: 0.722 bits"), or a distribution named in maths as that subject: the value is not the case's.
_CONTRASTED = lazy(
    r"(?i)\b(?:unlike|compared\s+(?:to|with)|whereas|im\s+Gegensatz|contrairement|a\s+diferencia|ao\s+contr[aá]rio"
    r"|a\s+differenza)\b|不同于|와\s*달리|とは異なり|\$\s*[A-Z]\s*\$"
)


def case_line_claims(document: SourceText, region: Region) -> Iterator[CommentClaim]:
    """The entropies of textbook cases a line of prose or a list item gives, one value with a unit a sentence."""
    if not mentions(region.text, _UNIT_ANCHORS) or _NUMBER_THEN_UNIT.search(region.text) is None:
        return  # most lines that say "bit" give no number of bits
    text = region.text.replace("\n" + BLANK, "\n\n").replace(BLANK, " ")  # each list item apart: "1. ... **1 bit**"
    lead: str | None = None
    start = 0
    asked = -1  # where a question ends that the next sentence of its item answers: "...a fair coin? **1 bit**"
    for part in _SENTENCE_END.split(text):
        begin, start = text.find(part, start), start + len(part)
        question, asked = asked, begin if part.rstrip().endswith(("?", "？")) else -1
        if _NUMBER_THEN_UNIT.search(part) is None:
            continue
        if question >= 0 and "\n\n" not in text[question:begin]:
            begin, part = question, text[question : begin + len(part)]
        if _FORMULA.search(part) or _CONTRASTED.search(part):
            continue
        values = list(_VALUE.finditer(part))
        if len({value.group("number") for value in values}) != 1:
            continue
        value = values[0]
        named = part[: value.start()]
        ends = [found.start() for found in values[1:]] + [len(part)]
        rest = " ".join(part[found.end() : end] for found, end in zip(values, ends, strict=True))
        if _RESULT.search(named):  # "..., H = 8 · (1/8) · 3 = 3 bits": the case is named before its working
            working = _WORKING.search(named)
            if working is None:
                continue
            named = named[: working.start()]
        if CONDITION_WORDS.search(named) and any(character.isdigit() for character in rest):
            continue  # "如果硬币是均匀的，熵就是 1 比特；这里 P = (0.7, 0.3)": the supposed case, not the numbers
        case = textbook_case(f"{named} {rest}", partial(_faces, document, region.offset))  # the value said again too
        if case is None and _BARE_ANSWER.search(part, 0, value.start()):  # "答：H = 0.811 bit" under a coin above
            case = _case_above(document, region.offset + begin, part[: value.start()] + part[value.end() :])
        if case is None or _OTHER.search(part):  # a case is rarely named: looked for first, with its cheap screen
            continue
        if not _ENTROPY.search(part) and not _WORKING.search(part):
            lead = _lead(document, region.offset) if lead is None else lead
            if len(part) > 120 or not _ENTROPY.search(lead) or _OTHER.search(lead):
                continue
        number = _number(value.group("number"), part)
        said = _unit_name(value.group("unit"))
        if case.outcomes and number == str(case.outcomes):
            continue  # "8 bits" for 8 outcomes: the count may be the value's own number, read twice
        if number is not None and said is not None:
            offset = region.offset + begin + value.start("number")
            yield CommentClaim(_formula(case, number, said, bool(value.group("about"))), offset)


#: A bare ``H =`` right before the value: an answer that names nothing ("答：H = 0.811 bit", "a) Entropy H = 2 bit").
_BARE_ANSWER = lazy(r"(?<![A-Za-z\\])H\s*(?:=|≈)\s*[*_]{0,2}\s*$")
#: A probability or a supposition in an answer's own words: the answer may be of another distribution than the one
#: described above ("d) If one symbol has probability 1/2 and the others 1/6 each, H = 1.792 bit").
_OWN_WORDS = lazy(
    r"[0-9]\s*/\s*[0-9]|(?<![0-9])[0-9]*[.,][0-9]|%|(?i:(?<![^\W\d_])(?:if|when|wenn|falls|si|se|nếu|khi|если))"
    r"(?![^\W\d_])|如果|假如|만약|もし"
)


def _case_above(document: SourceText, offset: int, answer: str) -> Case | None:
    r"""The one textbook case the lines above an answer that names nothing (at ``offset``) describe: the nearest
    line above, within :data:`_ANSWER_REACH` lines and no heading, that names a case, with only answers (``H = ...``)
    between, when the answer gives no probability or supposition of its own.

    >>> from kldocs.checker.reading import parse_text
    >>> text = "一枚硬币正面朝上的概率为 0.25。\n(1) 答：H = 0.811 bit\n(2) 答：H = 0.562 nat\n"
    >>> _case_above(parse_text(text, "a.txt"), text.index("(2)"), "(2) 答：").probabilities
    ('0.25', '3/4')
    """
    if _OWN_WORDS.search(answer):
        return None
    lines = document.text[max(0, offset - 3000) : offset].split("\n")[:-1][-_ANSWER_REACH:]
    for line in reversed(lines):
        if line.lstrip().startswith("#"):
            return None
        if not line.strip() or _ANSWER_LINE.search(line):
            continue
        return textbook_case(line)
    return None


#: Lines above an answer looked at for the case it answers about.
_ANSWER_REACH = 12
#: A line that gives an answer: ``H = 0.811 bit`` with its unit.
_ANSWER_LINE = lazy(rf"(?<![A-Za-z\\])H\s*(?:=|≈)\s*[*_]{{0,2}}\s*[0-9]+(?:[.,][0-9]+)?\s*(?:{_UNITS}|hartleys?)")


def _faces(document: SourceText, offset: int) -> tuple[str, ...]:
    """The faces of a loaded die given in the 3,000 characters before ``offset``."""
    return loaded_faces(document.text[max(0, offset - 3000) : offset])


def _lead(document: SourceText, offset: int) -> str:
    r"""The line that leads the list (or heads the paragraph) the line at ``offset`` is in, the first line above it
    that is no list item, within 30 lines, and the heading above it in those lines.

    >>> from kldocs.checker.reading import parse_text
    >>> text = "## Entropy\n\n| a | b |\n\n- Fair coin: 1 bit\n- Fair die: 2.585 bits\n"
    >>> _lead(parse_text(text, "a.md"), text.index("Fair die")).splitlines()
    ['| a | b |', '## Entropy']
    """
    lines = document.text[max(0, offset - 3000) : offset].split("\n")[:-1][-30:]
    lead = next((line for line in reversed(lines) if line.strip() and not _LIST_ITEM.match(line)), "")
    heading = next((line for line in reversed(lines) if line.startswith("#")), "")
    return lead if heading in ("", lead) else f"{lead}\n{heading}"


def _formula(case: Case, number: str, unit: str, about: bool) -> str:
    """The claim as a formula kldocs reads: the case's entropy written out, then the value and its unit."""
    relation = "\\approx" if about else "="
    if not case.probabilities:
        return f"\\log({case.outcomes}) {relation} {number} {unit}"
    terms = " + ".join(f"{p} \\log({p})" for p in (_fraction(p) for p in case.probabilities) if Fraction(p) != 0)
    return f"-({terms}) {relation} {number} {unit}"


def _fraction(probability: str) -> str:
    """A probability as the formula writes it: a decimal comma made a point, spaces dropped."""
    return re.sub(r"\s+", "", probability.replace(",", "."))


def _number(written: str, line: str) -> str | None:
    """The value with a point for its decimal comma, or None where the comma may group thousands in English."""
    if "," not in written:
        return written
    whole, _, part = written.partition(",")
    if len(part) == 3 and whole != "0" and not _COMMA_LANGUAGE.search(line):
        return None  # "1,000 bits": thousands, in an English line
    return f"{whole}.{part}"


def _unit_name(unit: str | None) -> str | None:
    """``bits`` or ``nats`` for a unit as written.

    >>> _unit_name("Bit"), _unit_name("나트"), _unit_name(None)
    ('bits', 'nats', None)
    """
    if unit is None:
        return None
    return "nats" if unit.lower().startswith(("nat", "нат")) or unit in ("나트", "ナット", "奈特") else "bits"


def _header_unit(heading: str) -> str | None:
    """The unit a column's header names ("Entropy (bits)", "H [nat]", "엔트로피 (비트)"), or None."""
    found = re.search(rf"(?i)(?<![^\W\d_]){_UNITS}(?![^\W\d_])", heading)
    return _unit_name(found.group()) if found else None
