r"""Words and notation that name the log base: "in bits", "natural log", ``\log_2`` in a general formula.

A unit written after a value ("0.0305 nats") is that value's, not a
statement about the document, and a sentence that gives a value its unit
speaks of that value only. Judging which base a claim is read in is
:mod:`~kldocs.checker.bases`' job.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("We use the natural log throughout.\n", "a.md")
>>> [(item.base, item.text) for item in prose_bases(document, document.paragraphs[0])]
[('e', 'natural log')]
>>> document = parse_text("All logs natural. Logarithms are natural here.\n", "a.md")
>>> [(item.base, item.text) for item in prose_bases(document, document.paragraphs[0])]
[('e', 'logs natural'), ('e', 'Logarithms are natural')]
>>> document = parse_text("These notes use bits unless a line says nats.\n", "a.md")
>>> [(item.base, item.text) for item in prose_bases(document, document.paragraphs[0])]
[('2', 'bits')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.screens import mentions
from kldocs.exact import Base


@dataclass(frozen=True)
class BaseStatement:
    """Words or notation naming the log base: ``"e"``, ``"2"`` or ``"10"``."""

    line: int
    base: str
    text: str
    offset: int = 0
    worded: bool = True  # said in words ("log的底为2", "in bits"), not read off a general formula's \log_2


#: A unit word: nats, bits, bans, hartleys.
UNIT_WORD = lazy(r"(?<![A-Za-z_-])(?P<unit>[Nn]ats?|[Bb]its?|[Bb]ans?|[Hh]artleys?)(?![A-Za-z])")
#: A unit word in Chinese, Japanese or Korean ("单位为比特", "단위는 비트"); not bitcoin, a bitmap or a bit rate.
CJK_UNIT_WORD = lazy(r"(?P<unit>比特|奈特|ビット|ナット|비트|나트|내트)(?!币|率|コイン|マップ|レート|코인|맵|레이트)")
#: Phrases that name a base, one group a base (one pass over a paragraph, not one a phrase): "natural log",
#: "log base 2", "common log"; "log的底为2", "以2为底", "2を底とする", "底は 2", "밑이 2", "밑은 2"; natural and
#: common logarithms in Chinese and Japanese; "Logarithmen zur Basis 2", "dekadischer Logarithmus", "по основанию 2",
#: "логарифм binaire".
BASE_PHRASE = lazy(
    r"(?P<e>natural\s+log|\blog(?:arithm)?s?\s+(?:are\s+|is\s+)?natural\b|\bbase[- ]?e\b"
    r"|\blog(?:arithms?)?\s+(?:to\s+|in\s+)?base\s+e\b|自然对数|自然対数|자연\s*로그"
    r"|\blogaritmos?\s+(?:natural(?:es)?|naturali?e?|neperian[oa]s?)\b|\blogarithmes?\s+(?:naturels?|népériens?)"
    r"|底数?\s*(?:为|是|取|=|が|は|を)\s*e(?![A-Za-z])|以\s*e\s*为底|e\s*を底と|밑(?:이|은|을)?\s*e(?![A-Za-z])"
    r"|\bBasis\s+e\b|\bnatürliche[nrs]?\s+Logarithm|натуральн\w*\s+логарифм|по\s+основанию\s+e\b)"
    r"|(?P<two>\bbase[- ]?2\b|binary\s+log|\blog(?:arithms?)?\s+(?:to\s+|in\s+)?base\s+2\b|\blog_?2\b|log₂"
    r"|底数?\s*(?:为|是|取|=|が|は|を)\s*2(?![0-9])|以\s*2\s*为底|2\s*を底と|밑(?:이|은|을)?\s*2(?![0-9])"
    r"|\bBasis\s+2\b|\bbinäre[nrs]?\s+Logarithm|\bZweierlogarithm|\bLogarithmus\s+dualis|\blogarithmes?\s+binaires?"
    r"|\blogaritmos?\s+binari[oa]s?|двоичн\w*\s+логарифм|по\s+основанию\s+2(?![0-9]))"
    r"|(?P<ten>\bbase[- ]?10\b|common\s+log|decimal\s+log|\blog_?10\b|log₁₀|常用对数|常用対数"
    r"|底数?\s*(?:为|是|取|=|が|は|を)\s*10(?![0-9])|以\s*10\s*为底|10\s*を底と|밑(?:이|은|을)?\s*10(?![0-9])"
    r"|\bBasis\s+10\b|\bdekadische[nrs]?\s+Logarithm|\bZehnerlogarithm|десятичн\w*\s+логарифм"
    r"|по\s+основанию\s+10(?![0-9]))",
    re.IGNORECASE,
)
_PHRASE_BASES = {"e": "e", "two": "2", "ten": "10"}


def phrase_base(match: re.Match[str]) -> str:
    """The base a match of :data:`BASE_PHRASE` names: ``"e"``, ``"2"`` or ``"10"``."""
    assert match.lastgroup is not None
    return _PHRASE_BASES[match.lastgroup]


#: The words (lower case) a match of :data:`BASE_PHRASE` in a text of ASCII characters starts with: its other phrases
#: start with a letter that is not ASCII (natürlich, binär), or hold one (以 e 为底, e を底と, по основанию).
_ASCII_STARTS = ("natural", "log", "bas", "binary", "zweierlogarithm", "common", "decimal", "dekadische", "zehner")


@lru_cache(maxsize=2)
def base_phrases(text: str) -> tuple[re.Match[str], ...]:
    """The matches of :data:`BASE_PHRASE` in ``text``, in order, as ``finditer`` gives them; found once a paragraph
    (:func:`prose_bases` and the unit statements both read them).

    Tried at every place, the long alternation costs about a microsecond a character ("log" is in most paragraphs
    about entropy, so no screen passes them over); in a text of ASCII characters it is tried only where one of the
    words its phrases start with starts (:data:`_ASCII_STARTS`).

    >>> [match.group() for match in base_phrases("Take LOG base 2, not the natural log.")]
    ['LOG base 2', 'natural log']
    """
    if not text.isascii():
        return tuple(BASE_PHRASE.finditer(text))
    lower = text.lower()  # as long as the text: ASCII only
    starts: set[int] = set()
    for word in _ASCII_STARTS:
        at = lower.find(word)
        while at >= 0:
            starts.add(at)
            at = lower.find(word, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        match = BASE_PHRASE.match(text, start) if start >= end else None
        if match is not None:  # the search goes on after it, as finditer's does
            found.append(match)
            end = match.end()
    return tuple(found)


#: Words (folded), one of which is in every unit word and base phrase.
_ANCHORS = (
    *("nat", "bit", "ban", "hartley", "base", "basis", "log", "логарифм", "основани", "底", "밑", "对数", "対数"),
    "자연",
    *("比特", "奈特", "ビット", "ナット", "비트", "나트", "내트"),
)
#: Words (folded), one of which is in every base phrase.
_PHRASE_ANCHORS = ("base", "basis", "log", "логарифм", "основани", "natural", "底", "밑", "对数", "対数", "자연")


@lru_cache(maxsize=256)
def base_name(unit: str) -> str:
    """The base a unit word names: ``"bits"`` gives ``"2"`` (worked out once a spelling: a paragraph of prose about
    entropy may hold hundreds of unit words)."""
    base = Base.from_unit(unit)
    assert base is not None, unit
    return base.name


_VALUE_WITH_UNIT = lazy(
    r"[0-9]\s*(?:(?:[Nn]ats?|[Bb]its?|[Bb]ans?)(?![A-Za-z])|比特|奈特|ビット|ナット|비트|나트|내트)"
)
_SENTENCE_END = lazy(r"[.!?](?:\s|$)|[。！？]")
#: "in" (English, German, Spanish, Portuguese) just before a unit word.
_IN_BEFORE = lazy(r"(?i)\b(?:in|en|em)\s*\Z")
_DIGIT = lazy(r"[0-9]")
#: Most characters before a unit word looked at for an exception's words.
_EXCEPT_REACH = 120
#: The end of a clause: an exception's words speak of what follows them up to it.
_CLAUSE_END = lazy(r"[,;:，；：、]")
#: Words that open an exception to what a sentence says of its base: "unless", "except where", "sauf", "außer".
_EXCEPT = lazy(
    r"(?<![^\W\d_])(?:unless|except|sauf|außer|es\s+sei\s+denn|salvo|excepto|a\s+menos\s+que|a\s+não\s+ser"
    r"|кроме|если\s+не)(?![^\W\d_])|除非|除了|でない限り|以外",
    re.IGNORECASE,
)


#: Before a unit word, others as the ones who count in it: "because they compute in", "some books use",
#: "weil sie in", "parce qu'ils comptent en", "porque otros usan".
_OTHERS_UNIT = lazy(
    r"(?<![^\W\d_])(?:(?:because|since|as|if|when|weil|da|wenn|falls|parce\s+qu['’]|car|si|quand|porque|cuando|"
    r"perché|quando)\s+(?:they|others|sie|ils|elles|ellos|ellas|eles|elas|loro)|others|some\s+(?:people|authors|books|"
    r"texts|students)|many\s+(?:people|authors|books|texts)|manche|andere|einige|d['’]autres|certains|otros|algunos|"
    r"outros|alguns|altri|alcuni)\s+(?:[^\W\d_]+\s+){0,2}?(?:(?:in|en|em)\s+|(?:use|used|prefer|verwenden|nehmen|"
    r"utilisent|usan|usam|usano)\s+)\Z",
    re.IGNORECASE,
)


def _value_after(document: SourceText, paragraph: Region, match: re.Match[str], end: int) -> bool:
    """Whether a number follows ``match`` in its sentence (before ``end``) and on its line of the document."""
    digit = _DIGIT.search(paragraph.text, match.end(), end)
    line = document.line(paragraph.offset + match.start())
    return digit is not None and document.line(paragraph.offset + digit.start()) == line


def _excepted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in the clause of an exception ("unless a line says", "sauf mention en").

    >>> _excepted("bits unless a line says ", 0, 24), _excepted("unless noted, all in ", 0, 22)
    (True, False)
    """
    begin = max(start, end - _EXCEPT_REACH)  # near the unit: a long sentence of many units is not read again each
    last = max(_EXCEPT.finditer(text, begin, end), key=lambda match: match.start(), default=None)
    return last is not None and _CLAUSE_END.search(text, last.end(), end) is None


def prose_bases(document: SourceText, paragraph: Region) -> Iterator[BaseStatement]:
    """Base statements (unit words and phrases); one in a sentence that gives a value its unit speaks of that value.

    Sentences are looked at only where a unit word or phrase is (a paragraph of thousands of short sentences
    with one unit word took seconds when each sentence was searched).
    """
    text = paragraph.text
    if not mentions(text, _ANCHORS):
        return
    found = [(match, base_name(match.group("unit")), True) for match in UNIT_WORD.finditer(text)]  # a unit word
    found += [(match, base_name(match.group("unit")), True) for match in CJK_UNIT_WORD.finditer(text)]
    if mentions(text, _PHRASE_ANCHORS):
        found += [(match, phrase_base(match), False) for match in base_phrases(text)]
    if not found:
        return
    ends = [match.end() for match in _SENTENCE_END.finditer(text)]
    plain: dict[int, bool] = {}  # a sentence's start -> whether it gives no value a unit
    for match, base, unit_word in found:
        index = bisect.bisect_right(ends, match.start())
        start, end = ends[index - 1] if index else 0, ends[index] if index < len(ends) else len(text)
        if start not in plain:
            plain[start] = _VALUE_WITH_UNIT.search(text[start:end].replace(BLANK, "")) is None
        before = text[max(start, match.start() - 12) : match.start()].rstrip(" ~*_(")
        if not plain[start] or (unit_word and before and (before[-1].isdigit() or before[-1] in "§}$")):
            continue  # "0.0305 nats" is the unit of one value, not a statement about the document
        if unit_word and _IN_BEFORE.search(before) and _value_after(document, paragraph, match, end):
            continue  # "in nats the value would be 1.0397": the unit of the value after it on its line
        if _excepted(text, start, match.start()):
            continue  # "These notes use bits unless a line says nats": the exception, not the document's base
        if _OTHERS_UNIT.search(text, max(start, match.start() - 60), match.start()):
            continue  # "..., but only because they compute in nats": the unit others use, not the document's
        if match.group().lower() == "ban":
            continue  # a word of other languages ("ban đầu", initial, in Vietnamese) as often as the unit
        offset = paragraph.offset + match.start()
        yield BaseStatement(document.line(offset), base, match.group(), offset)


_LOG_NOTATION = lazy(r"\\ln(?![A-Za-z])|\\log_\{?\s*(2|10|e)\s*\}?")


def math_bases(document: SourceText, region: Region) -> Iterator[BaseStatement]:
    """``\\ln`` or ``\\log_2`` in a general formula (one with ``\\sum`` or ``p_i``), or written alone ("we used
    $\\log_{10}$"), names the base."""
    alone = _LOG_NOTATION.fullmatch(region.text.strip())
    if alone is not None:
        yield BaseStatement(document.line(region.offset), alone.group(1) or "e", alone.group(), region.offset)
        return
    if "\\sum" not in region.text and not re.search(r"[a-z]_\{?i\}?", region.text):
        return
    notations = {match.group(1) or "e": match.group() for match in _LOG_NOTATION.finditer(region.text)}
    if len(notations) == 1:
        ((base, notation),) = notations.items()
        yield BaseStatement(document.line(region.offset), base, notation, region.offset, worded=False)
