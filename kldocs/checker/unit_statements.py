r"""Which log base gives which unit, and how units convert, said in words: "base 10 -> nats" (false).

A sentence, list item or table row that pairs log bases with units ("log base 2 -> bits", "nats (base e)",
"以2为底时单位是比特", "밑이 10이면 하틀리", "по основанию 2 - биты") says which unit each base measures
information in: bits (shannons) for base 2, nats for base e, hartleys (bans, dits) for base 10. Bases and
units are paired in order only when they alternate, one base to one unit, each pair close together ("base 2
gives bits, the natural log nats"); anything else ("base 2 rather than base e gives bits") is not read. A
conversion between units, "1 nat = 1.4427 bits", "1 bit ≈ 0.693 nats" or "1.4427 bits per nat", is judged against
``log_b2(b1)``. A sentence that gives a value in a unit ("0.81 bits in base 2"), asks, denies, converts
("to convert nats to bits") or reports a mistake is not read: it states no rule.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("- Base 2 -> bits\n- Base 10 -> nats\n- 1 nat = 1.4427 bits\n", "a.md")
>>> [(item.text, judge_units(item)[1]) for item in unit_statements(document, document.paragraphs[0])]
[('Base 2 -> bits', True), ('Base 10 -> nats', False), ('1 nat = 1.4427 bits', True)]
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.base_statements import base_phrases, phrase_base
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.property_claims import Property
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.screens import mentions


@dataclass(frozen=True)
class UnitStatement(Property):
    """A base said to give a unit (``factor`` None), or ``1 <unit of base> = factor <unit of unit_base>``.

    ``base`` and ``unit_base`` are ``"2"``, ``"e"`` or ``"10"``.
    """

    base: str = "2"
    unit_base: str = "2"
    factor: str | None = None


#: Unit words in the languages the checker reads, by the base they belong to.
_UNITS = {
    "2": r"bits?|Bits?|shannons?|бит(?:а|ов|ы)?|比特|ビット|비트",
    "e": r"nats?|Nats?|nits?|нат(?:а|ов|ы)?|奈特|纳特|ナット|나트|내트",
    "10": r"hartleys?|Hartleys?|bans?|dits?|decits?|хартли|дит(?:а|ов|ы)?|哈特莱|ハートレー|하틀리",
}
_UNIT_GROUPS = {"2": "two", "e": "e", "10": "ten"}
_UNIT = "|".join(f"(?P<{_UNIT_GROUPS[base]}>{words})" for base, words in _UNITS.items())
#: A unit word standing alone (not in "10-bit", "bitmap", "natural", "a bit more").
_UNIT_WORD = lazy(rf"(?<![A-Za-zА-Яа-яЁё0-9_-])(?:{_UNIT})(?![A-Za-zА-Яа-я-])")
#: Bases named in words the base phrases of :mod:`.base_statements` do not cover (German, Russian, "底を2").
_MORE_BASES = lazy(
    r"(?P<e>nat[üu]rliche[nrs]?\s+Logarithm|натуральн[а-я]*\s+логарифм|основани[а-я]*\s+e(?![\w])|Basis\s+e(?![\w]))"
    r"|(?P<two>Zweierlogarithm|bin[äa]re[nrs]?\s+Logarithm|двоичн[а-я]*\s+логарифм|основани[а-я]*\s+2(?![\w.,])"
    r"|Basis\s+2(?![\w.,])|底を\s*2(?![0-9])|밑을\s*2(?![0-9]))"
    r"|(?P<ten>Zehnerlogarithm|dekadische[nrs]?\s+Logarithm|десятичн[а-я]*\s+логарифм|основани[а-я]*\s+10(?![\w.,])"
    r"|Basis\s+10(?![\w.,])|底を\s*10(?![0-9])|밑을\s*10(?![0-9]))",
    re.IGNORECASE,
)
#: One unit said to be so many of another: "1 nat = 1.4427 bits", "1 bit ≈ 0.693 nats", "1ナットは約1.4427ビット".
_CONVERSION = lazy(
    rf"(?<![\w.,])(?:1|one|One|一)\s*(?:{_UNIT.replace('?P<', '?P<from_')})\s*"
    r"(?:=|≈|≃|~|is|equals|равен|равно|は|는|은|约为|约等于|等于|约|相当于)\s*"
    r"(?:about\s+|approximately\s+|roughly\s+|equal\s+to\s+|около\s+|примерно\s+|約\s*|约\s*|약\s*|≈\s*)?"
    rf"(?P<value>[0-9]+(?:[.,][0-9]+)?)\s*(?:{_UNIT.replace('?P<', '?P<to_')})(?![A-Za-zА-Яа-я])"
)
#: The same said per unit: "1.4427 bits per nat", "0,693 Nat pro Bit", "0.693 nats/bit".
_PER = lazy(
    rf"(?<![\w.,])(?P<value>[0-9]+[.,][0-9]+)\s*(?:{_UNIT.replace('?P<', '?P<to_')})\s*"
    rf"(?:per|pro|par|por|на|/)\s*(?:{_UNIT.replace('?P<', '?P<from_')})(?![A-Za-zА-Яа-я])"
)
_PER_ANCHORS = ("per", "pro", "par", "por", "на", "/")
#: A conversion said to be approximate: a whole number in it may be rounded ("1 hartley ≈ 3 bits").
_APPROXIMATE = lazy(r"≈|≃|~|about|approximately|roughly|около|примерно|約|约|약", re.IGNORECASE)
#: A sentence that states no rule: it asks, denies, converts, compares, or reports a mistake; or "a bit" (a little).
_NO_RULE = lazy(
    r"\?|？|\b(?:not|never|no|nor|instead|rather|unlike|versus|vs|convert\w*|conversion|mistak\w*|wrong|incorrect|error"
    r"|confus\w*|myth|misconception|claim\w*|says?|said|thinks?|whether|a\s+bit|nicht|kein\w*|falsch|не|неверно"
    r"|ошибк\w*|faux|erreur|erróne\w*)\b|n't|不是|而非|错误|误|换算|転換|変換|間違|ではな|아니|잘못|변환|환산",
    re.IGNORECASE,
)
#: A number right before a unit: the unit is that value's ("0.81 bits"), and the sentence gives values, not a rule.
_VALUED = lazy(rf"[0-9½¼¾⅓]\s*(?:{_UNIT})(?![A-Za-zА-Яа-я])")
#: The words that may stand between a base and its unit: they link the two ("base 2 gives bits", "bits for base
#: 2", "with the natural log, entropy is measured in nats"), and nothing else (not "base 10 is smaller than nats",
#: "base 10 values turned into nats").
_LINK_WORDS = frozenset(
    (
        *("is", "are", "be", "the", "a", "an", "of", "in", "information", "entropy", "entropies", "unit", "units"),
        *("measured", "measures", "measure"),
        *("denote", "denotes", "denoted", "as", "gives", "give", "giving", "yields", "yield", "produces", "produce"),
        *("means", "mean", "get", "gets"),
        *("we", "us", "you", "one", "our", "all", "results", "result", "called", "named", "known", "expressed"),
        *("reported", "comes", "come", "out", "for", "with"),
        *("using", "use", "uses", "used", "log", "logs", "logarithm", "logarithms", "arithm", "arithms", "taken", "to"),
        *("then", "so", "it", "its", "this", "that"),
        *("which", "by", "default", "here", "also", "typically", "usually", "commonly", "always", "values", "value"),
        *("quantities", "answers", "answer", "written"),
        *("die", "der", "das", "ist", "sind", "einheit", "gibt", "ergibt", "liefert", "man", "misst", "gemessen"),
        *("mit", "für"),
        *("в", "единица", "единицы", "измеряется", "измеряют", "даёт", "дает", "дают", "получаем", "это"),
        *("la", "el", "los", "las", "unidad", "es", "son", "da", "dan", "en", "se", "mide", "miden", "con", "para"),
        "obtenemos",
        *("le", "les", "l", "unité", "est", "sont", "donne", "donnent", "mesure", "avec", "pour", "on", "obtient"),
    )
)
#: A verb or arrow that makes one base and one unit a rule ("base 10 gives nats", "base 2 -> bits", "the unit is");
#: a base in brackets after a unit is a document naming its own unit (a list of several pairs is a rule).
_LINK_VERB = lazy(
    r"->|→|=>|⇒|\b(?:gives?|giving|yields?|produces?|means?|denotes?|denoted|measured|measures|unit|units|called|named|"
    r"known|comes?|results?|ergibt|liefert|gibt|Einheit|единица|измеряется|даёт|дает|unidad|da|mide|unité|donne|mesure)"
    r"\b|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]",
    re.IGNORECASE,
)
#: A word of letters (Latin or Cyrillic), or one sign.
_GAP_TOKEN = lazy(r"[A-Za-zÀ-ÿА-Яа-яЁё]+|[^\sA-Za-zÀ-ÿА-Яа-яЁё\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
#: The signs that may stand between a base and its unit.
_LINK_SIGNS = frozenset("-–—>→⇒=:(),'\"*_，、：（）")


def _linking(gap: str) -> bool:
    """Whether ``gap``, between a base and a unit, only links them: words of :data:`_LINK_WORDS`, arrows and
    brackets, and in Chinese, Japanese or Korean any words (their denials are :data:`_NO_RULE`'s).

    >>> _linking(" -> denote information as "), _linking(" is smaller than "), _linking("时，单位是")
    (True, False, True)
    """
    for token in _GAP_TOKEN.findall(gap):
        if token[0].isalpha() and token.lower() not in _LINK_WORDS:
            return False
        if not token[0].isalpha() and token not in _LINK_SIGNS:
            return False
    return True


#: Where a sentence ends.
_SENTENCE_END = lazy(r"[.!?;。！？；](?=\s|$)")
#: Where a list item, table row or heading ends, in the document as written (its paragraph has the markers blanked).
_ITEM_END = lazy(r"\n(?=[ \t]*(?:[-*+•|#]|\d{1,2}[.)])[ \t])")
#: How far apart a base and its unit may be.
_NEAR = 60
#: Words (folded), one of which is in every base phrase of :mod:`.base_statements` (not "log" alone, in every
#: sentence about entropy), and of :data:`_MORE_BASES`.
_BASE_ANCHORS = (
    *("base", "natur", "binary", "common", "decimal", "log2", "log_2", "log₂", "log10", "log_10", "log₁₀", "népér"),
    *("neper", "底", "밑", "对数", "対数", "자연"),
)
_MORE_ANCHORS = ("logarithm", "логарифм", "основани", "basis", "底を", "밑을")
#: Words (folded), one of which is in every conversion this module reads: "1 nat", "one bit", "1ナット".
_ONE = (
    *("1 nat", "1 bit", "1 ban", "1 hartley", "1 dit", "1 shannon", "one nat", "one bit", "one ban", "one hartley"),
    *("1 нат", "1 бит", "1 хартли", "1比特", "1 比特", "一比特", "1奈特", "1 奈特", "1ナット", "1 ナット", "1ビット"),
    *("1 ビット", "1비트", "1 비트", "1나트", "1 나트", "1내트", "1 내트"),
)
_ANCHORS = (
    *("bit", "nat", "nit", "hartle", "ban", "dit", "shannon", "бит", "нат", "хартли", "比特", "奈特", "纳特", "哈特"),
    *("ビット", "ナット", "ハートレー", "비트", "나트", "내트", "하틀리"),
)


def unit_statements(document: SourceText, paragraph: Region) -> Iterator[UnitStatement]:
    """The rules a paragraph states about bases and units, and the conversions between units it gives.

    The paragraph is searched once for each kind of mention; only the sentences that hold a unit and a base, or
    a conversion, are read further (a paragraph of thousands of sentences saying "bits" costs one search).
    """
    text = paragraph.text
    if not mentions(text, _ANCHORS):
        return
    bases = [(m, phrase_base(m)) for m in base_phrases(text)] if mentions(text, _BASE_ANCHORS) else []
    bases += [(m, _group_base(m, "")) for m in _MORE_BASES.finditer(text)] if mentions(text, _MORE_ANCHORS) else []
    conversions = list(_CONVERSION.finditer(text)) if mentions(text, _ONE) else []
    conversions += _PER.finditer(text) if mentions(text, _PER_ANCHORS) else []  # "1.4427 bits per nat"
    if not (bases or conversions):
        return
    written = document.text[paragraph.offset : paragraph.offset + len(text)]
    items = (found.end() for found in _ITEM_END.finditer(written) if text[found.start()] in f" {BLANK}")  # in place
    ends = sorted({*(found.end() for found in _SENTENCE_END.finditer(text)), *items, len(text)})
    pieces: dict[int, list[tuple[int, int, str, str]]] = {}  # a piece's end -> its bases
    for match, base in bases:
        pieces.setdefault(ends[bisect.bisect_right(ends, match.start())], []).append((*match.span(), "base", base))
    for end in {ends[bisect.bisect_right(ends, found.start())] for found in conversions}:
        pieces.setdefault(end, [])
    for end in sorted(pieces):
        index = bisect.bisect_left(ends, end)
        start = ends[index - 1] if index else 0
        units = [(*m.span(), "unit", _group_base(m, "")) for m in _UNIT_WORD.finditer(text, start, end)]
        found = [m for m in conversions if start <= m.start() < end]
        if units:
            yield from _piece(document, paragraph, start, end, sorted(pieces[end] + units), found)


def _piece(
    document: SourceText,
    paragraph: Region,
    start: int,
    end: int,
    mentioned: list[tuple[int, int, str, str]],
    conversions: list[re.Match[str]],
) -> Iterator[UnitStatement]:
    """The rules of one sentence or list item, ``paragraph.text[start:end]``: its ``mentioned`` bases and units
    (where they start and end in the paragraph, ``"base"`` or ``"unit"``, the base), and its ``conversions``."""
    text = paragraph.text
    piece = text[start:end].replace(BLANK, " ")
    if _NO_RULE.search(piece):
        return
    for found in conversions:
        offset = paragraph.offset + found.start()
        source, target = _group_base(found, "from_"), _group_base(found, "to_")
        if source != target:
            value = found.group("value").replace(",", ".")
            yield UnitStatement(
                document.line(offset), found.group(), "units", "conversion", False, offset, source, target, value
            )
    if conversions or _VALUED.search(piece):
        return
    kinds = [mention[2] for mention in mentioned]
    if len(mentioned) % 2 or any(kinds[index] == kinds[index + 1] for index in range(len(kinds) - 1)):
        return  # not one base to one unit, alternating
    pairs = list(zip(mentioned[::2], mentioned[1::2], strict=True))
    gaps = [text[first[1] : second[0]].replace(BLANK, " ") for first, second in pairs]
    if any(len(gap) > _NEAR or not _linking(gap) for gap in gaps):
        return
    if len(gaps) == 1 and _LINK_VERB.search(gaps[0]) is None:
        return  # "in nats (natural logarithms)": the document's own unit, not a rule about units
    for first, second in pairs:
        base, unit = (first, second) if first[2] == "base" else (second, first)
        offset = paragraph.offset + first[0]
        shown = text[first[0] : second[1] + text.startswith(")", second[1])].replace(BLANK, " ")  # "base 2 (bits)"
        yield UnitStatement(document.line(offset), shown, "units", "base_unit", False, offset, base[3], unit[3])


def _group_base(match: re.Match[str], prefix: str) -> str:
    """The base of the group that matched: ``two`` -> ``"2"``, ``e`` -> ``"e"``, ``ten`` -> ``"10"``."""
    for base, group in _UNIT_GROUPS.items():
        if match.groupdict().get(prefix + group) is not None:
            return base
    raise AssertionError(match.group())


_NAMES = {"2": "bits", "e": "nats", "10": "hartleys (bans)"}
_LOGS = {"2": "base-2 logarithms", "e": "natural logarithms (base e)", "10": "base-10 logarithms"}


def judge_units(item: UnitStatement) -> tuple[str, bool | None, str]:
    """The kind of claim, whether it holds (None: too loose to tell), and why.

    >>> judge_units(UnitStatement(1, "base 10 -> nats", "units", "base_unit", False, 0, "10", "e"))[1:]
    (False, 'nats come from natural logarithms (base e); base-10 logarithms give hartleys (bans)')
    >>> judge_units(UnitStatement(1, "1 bit = 0.693 nats", "units", "conversion", False, 0, "2", "e", "0.693"))[1]
    True
    >>> judge_units(UnitStatement(1, "1 bit = 1 nat", "units", "conversion", False, 0, "2", "e", "1"))[1:]
    (False, '1 bit = log_e(2) = 0.693147 nats, not 1')
    """
    if item.factor is None:
        if item.base == item.unit_base:
            return "definition", True, f"{_LOGS[item.base]} measure information in {_NAMES[item.base]}"
        why = f"{_NAMES[item.unit_base]} come from {_LOGS[item.unit_base]}; {_LOGS[item.base]} give {_NAMES[item.base]}"
        return "definition", False, why
    exact = _ln(item.base) / _ln(item.unit_base)
    written = Fraction(item.factor)
    place = Fraction(1, 10 ** len(item.factor.partition(".")[2]))
    source, target = _NAMES[item.base].split()[0].removesuffix("s"), _NAMES[item.unit_base].split()[0]
    why = f"1 {source} = log_{item.unit_base}({item.base}) = {exact:.6f} {target}"
    if place == 1 and not _APPROXIMATE.search(item.text):  # "1 bit = 1 nat": a whole number said to be exact
        return "identity", False, f"{why}, not {item.factor}"
    if abs(exact - float(written)) <= float(place) / 2 + 1e-12 or float(written) <= exact < float(written + place):
        return "identity", True, why
    if abs(exact - float(written)) > float(place) and abs(exact - float(written)) > exact / 200:
        return "identity", False, why
    return "identity", None, f"{why}: {item.factor} is near it, neither rounded nor cut off"


def _ln(base: str) -> float:
    """``ln(base)``: ``_ln("e")`` is 1."""
    return 1.0 if base == "e" else math.log(int(base))
