"""Lines a program printed with a label in words, in any of several languages: ``Divergenza KL da P a Q: 0.511``.

A line that is only a label and a number (``LABEL: 0.511 bits``, the colon
may be ``=`` or a full-width ``：``; a word for output may come first,
``输出：LABEL = 0.5``) is a claim when the label names one measure in English,
Spanish, Italian, Portuguese, French, German, Russian, Chinese, Japanese or
Korean. Distributions named in the label decide what is
claimed:

- an entropy of one named distribution (``Entropía de P``, ``P的熵``) is ``H(P)``;
- a divergence written with its bars (``KL(P || Q)`` inside the label) is that direction;
- the JS divergence of two named distributions is symmetric;
- otherwise ("KL divergence from P to Q", "KL 발산") the direction is not
  safe to read from words (writers use "from P to Q" both ways), so the
  value is a :class:`~kldocs.checker.prose_claims.ProseValue`: it holds when
  it is the measure in one direction of the pair in force.

Labels with brackets (``KL(P || Q): 0.5``, ``H(P) = 1.0``) are formulas, read elsewhere.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("```\\nEntropía de P: 0.693\\nDivergenza KL da P a Q: 0.511 bits\\n```\\n", "a.md")
>>> [(read.measure, read.text) for region in document.outputs for read in labelled_lines(document, region)]
[('entropy', 'H(P) = 0.693'), ('kl', 'Divergenza KL da P a Q: 0.511 bits')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import ABOUT, ENDING, IS, LABEL_ANCHORS, LABEL_WORDS, UNIT
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.screens import mentions
from kldocs.exact import Base

_MEASURES = tuple((measure, lazy(rf"(?<![A-Za-z]){words}", re.IGNORECASE)) for measure, words in LABEL_WORDS)
#: The whole line: a label with no digits or brackets, a colon or equals sign, a number, a unit. A label ends in
#: a character that is not a space, so that a run of spaces is not tried as the end of one label after another;
#: the spaces around the colon are possessive (2,000 after it were split between the places before and after a
#: mark or ``≈`` that is not there).
_LINE = lazy(
    r"^\s*+(?:(?:output|out|result|salida|resultado|risultato|ausgabe|ergebnis|sortie|résultat|вывод|输出|结果|출력|결과|出力)"
    r"\s*[:：]\s*)?[*`]{0,2}(?P<label>[^\d()\[\]{}:=：<>|_\\^$]{1,59}?[^\s\d()\[\]{}:=：<>|_\\^$]|[^\d()\[\]{}:=：<>_\\^$]{2,50}?\|\|?[^\d()\[\]{}:=：<>_\\^$]{1,10}?)"
    r"[*`]{0,2}\s*+[:=：]\s*+[*_`]{0,2}(?P<about>~|≈)?\s*+(?P<number>-?[0-9]+\.[0-9]+)[*_`]{0,2}"
    r"\s*+(?:(?P<unit>nats?|bits?|비트|나트)\s*+)?$",
    re.IGNORECASE,
)
#: A sentence that is only a label, "is" and a value: "La entropía de P es 1,5 bits.", "P的熵为1.5比特。".
_SENTENCE = lazy(
    r"^\s*+[*`]{0,2}(?P<label>[^\d()\[\]{}:=：<>|_\\^$¿¡?!.,;。，；]{1,59}?[^\s\d()\[\]{}:=：<>|_\\^$¿¡?!.,;。，；])[*`]{0,2}"
    + IS
    + r"(?:(?-i:H)\s?=\s?)?"  # "La entropía de P es H = 1,5 bits."
    + r"(?:(?P<about>~|≈|"
    + ABOUT
    + r")\s*)?[*_`]{0,2}(?P<number>-?(?:0,[0-9]+|[0-9]+,(?![0-9]{3}(?![0-9]))[0-9]+|[0-9]+(?:\.[0-9]+)?))[*_`]{0,2}"
    r"\s*+(?:(?P<unit>" + UNIT + r")\s*+)?[*_`]{0,2}+\s*+(?:" + ENDING + r"\s*+)?[.。]?\s*+$",
    re.IGNORECASE,
)
_DIGIT = lazy("[0-9]")
#: An article that starts a sentence is no distribution: "A" or "O" before a word in small letters (Portuguese,
#: English), "L'" (French, Italian).
_ARTICLE = lazy(r"^\s*(?:[AO](?=\s+[a-zà-ÿ])|[Ll]['’](?=[a-zà-ÿ]))")
#: Where a sentence ends inside a line: after its full stop (where the match ends), before the next sentence.
_SENTENCE_BREAK = lazy(r"[.!?](?=\s+\S)|[。！？]")
#: A distribution's name in a label: a capital letter (or p, q) standing alone, maybe with a digit subscript.
#: The only other words a label may hold: names of distributions and the small words between them.
#: Anything else ("training KL", "KL weight", "entropy of the data") says the number is something else.
_CONNECTIVES = frozenset(
    word
    for words in (
        "of from to between and vs versus for the with value",  # English
        "de del a y e entre para la el en con valor",  # Spanish, Portuguese
        "da di della dal dalla tra fra per il lo valore",  # Italian
        "du des le les et",  # French
        "von zu nach und zwischen für der die das Wert",  # German
        "的 和 与 对 从 到 之间 相对于 关于 值",  # Chinese
        "의 와 과 에서 로 으로 사이 값 은 는 이 가",  # Korean
        "から への と の 間",  # Japanese
    )
    for word in words.lower().split()
)
_WORD = lazy(r"[A-Za-z]+|[^\W\d_A-Za-z]+")
_NAME = lazy(r"(?<![A-Za-z])(?P<name>[A-Z]|p|q)(?:_?(?P<index>[0-9]))?(?![A-Za-z])")
_BARS = lazy(r"(?<![A-Za-z])(?P<p>[A-Za-z])\s*(?:\|\||‖)\s*(?P<q>[A-Za-z])(?![A-Za-z])")


@dataclass(frozen=True)
class LabelledLine:
    """A value printed under a label: its measure, and ``text``, a formula when the label names the distributions.

    ``names``: the two distributions a label names without saying which comes first.
    """

    measure: str
    text: str
    offset: int
    formula: bool
    names: tuple[str, ...] = ()


def labelled_lines(document: SourceText, region: Region) -> Iterator[LabelledLine]:
    """The labelled values in a region of prose or printed output."""
    offset = region.offset
    for line in region.text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if _DIGIT.search(line) is None or not mentions(line, LABEL_ANCHORS):  # a number and a measure are needed
            continue
        text = line.replace(BLANK, " ")
        match = _LINE.match(text) if ":" in text or "=" in text or "：" in text else None  # a label's colon or sign
        found = _labelled(text, match, start) if match is not None else None
        if found is not None:
            yield found
        elif match is None:
            yield from _sentences(text, start)


def _sentences(line: str, offset: int) -> Iterator[LabelledLine]:
    """The sentences of a line of prose that give a labelled measure a value ("La entropía de P es 1,5 bits.").

    Only sentences with a digit are looked at: a line of thousands of short sentences took seconds when each
    was matched.
    """
    ends = [found.end() for found in _SENTENCE_BREAK.finditer(line)]
    ends.append(len(line))
    digit = _DIGIT.search(line)
    while digit is not None:
        index = bisect.bisect_right(ends, digit.start())  # the sentence that holds the digit
        start, end = ends[index - 1] if index else 0, ends[index]
        sentence = _ARTICLE.sub(lambda article: " " * len(article.group()), line[start:end])
        match = _SENTENCE.match(sentence)
        found = _labelled(sentence, match, offset + start) if match is not None else None
        if found is not None:
            yield found
        digit = _DIGIT.search(line, end)


def as_prose_value(document: SourceText, found: LabelledLine) -> ProseValue:
    """A label that does not name its distributions, as a value given in words."""
    match = _LINE.match(found.text) or _SENTENCE.match(found.text)
    assert match is not None  # the text is the line or sentence that matched
    unit = match.group("unit")
    named = Base.from_unit(unit) if unit else None
    return ProseValue(
        document.line(found.offset),
        " ".join(found.text.split()),
        found.measure,
        match.group("number").replace(",", "."),
        named.name if named is not None else None,
        bool(match.group("about")),
        found.offset,
        found.names,
    )


def _labelled(line: str, match: re.Match[str], offset: int) -> LabelledLine | None:
    """What a line (or sentence) that matched as a label and a value claims, if its label names one measure."""
    label = match.group("label")
    found = next(((measure, pattern) for measure, pattern in _MEASURES if pattern.search(label)), None)
    if found is None:
        return None
    measure, words = found[0], found[1].sub(" ", label)
    if any(pattern.search(words) for _, pattern in _MEASURES):
        return None  # two measures named: "entropy of P minus KL"
    if any(_NAME.fullmatch(word) is None and word.lower() not in _CONNECTIVES for word in _WORD.findall(words)):
        return None
    where = offset + match.start("number")
    relation = "\\approx" if match.group("about") else "="
    unit = Base.from_unit(match.group("unit") or "")  # 비트, бит: bits
    value = f"{relation} {match.group('number').replace(',', '.')} {unit.unit if unit is not None else ''}"
    names = [m.group("name") + (f"_{m.group('index')}" if m.group("index") else "") for m in _NAME.finditer(words)]
    bars = _BARS.search(label)
    if measure == "entropy" and len(names) == 1:
        return LabelledLine(measure, f"H({names[0]}) {value}".rstrip(), where, True)
    if bars is not None and measure in ("kl", "cross_entropy", "jsd"):
        symbol = {"kl": "D_KL({}||{})", "cross_entropy": "H({}, {})", "jsd": "JSD({}||{})"}[measure]
        return LabelledLine(measure, f"{symbol.format(bars.group('p'), bars.group('q'))} {value}".rstrip(), where, True)
    if measure == "jsd" and len(names) == 2:
        return LabelledLine(measure, f"JSD({names[0]}||{names[1]}) {value}".rstrip(), where, True)
    if len(names) in (0, 2) if measure != "entropy" else not names:
        return LabelledLine(measure, line.strip(), where, False, tuple(names))
    return None
