r"""Values said again in prose after they were computed: "which gives a divergence of about 0.386 nats".

A number in a line of prose is a value here when the words just before it
make it one: a word for "about" (approximately, cerca de, 约为, 약, およそ...)
or a verb of result (results in, gives, comes out at, we get, obtemos, 得到)
or "is", with a unit after it when no "about" comes first. Words after it
must end the value: a unit (nats, bits, "units of information"), the end of
the clause, or "and" before a second value ("约为 1.3 nats 和 1.4 nats": the
two go with what the clause named, in the order given). A number followed
by another noun ("about 100 epochs"), a percentage, a bound ("more than
about 0.3") or a number in a sentence that supposes or asks is not read.

Which measure: the one the clause before the number names (see
:mod:`~kldocs.checker.named_measures`); when it names none, or says only
"divergence", the one measure the lines just above speak of (the sentence
continues the paragraph about a value just computed); when neither gives one
measure, the number is left alone. The distributions: two names in the
clause ("from Q to P", unordered: writers say "from P to Q" both ways), two
symbols of both directions in order (``D(P||Q)`` and ``D(Q||P)``), one name
for an entropy, or else the pair in force, judged as any
:class:`~kldocs.checker.prose_claims.ProseValue`.

The words before a number are read backwards from it: the text is reversed
and a pattern of reversed words (:mod:`~kldocs.checker.restated_words`) is
matched at the number, so nothing is searched for along the line (a 10 MB
document costs one cheap test a number). A sentence that opens by pointing
back ("This result tells you that using q ... results in approximately
0.386 units of information loss per roll") takes its measure from the
computation above it, display maths and all. After a unit, any words may
follow but a comparison ("0.1 bits more than"); 位 after a decimal is bits
("JS 散度约为 0.4 位"), and "the distance" after a value of the JS divergence
is the JS distance ("距离约为 0.6").

>>> from kldocs.checker.reading import parse_text
>>> text = "Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\nThe KL divergence comes out at roughly 0.511 nats.\n"
>>> document = parse_text(text, "a.md")
>>> [(item.measure, item.written, item.unit) for item in restated_values(document, document.prose[1], set(), [])]
[('kl', '0.511', 'e')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import (
    COMPARED_ABROAD,
    COMPARED_AFTER,
    COMPARED_BEFORE,
    UNIT,
    combined_before,
    extreme_before,
    not_in_force,
    scaled_after,
    scaled_before,
)
from kldocs.checker.named_measures import measures_in, mentions_of
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.restated_words import BEFORE, USAGE
from kldocs.checker.screens import mentions
from kldocs.checker.symbol_sentences import with_maths
from kldocs.exact import Base
from kldocs.exact.base import UNIT_WORDS

#: A number written as a value: a decimal point or comma (not a thousands comma), or a fraction (``9/256``), not part
#: of a list or date.
_NUMBER = lazy(
    r"(?<![A-Za-z0-9.,/\\^_])(?P<number>-?(?:[0-9]{1,9}/[1-9][0-9]{0,9}|[0-9]+\.[0-9]+|0,[0-9]+"
    r"|[1-9][0-9]*,(?![0-9]{3}(?![0-9]))[0-9]+|[0-9]+))"
    r"(?![0-9]|[.,/][0-9])"
)
#: A value in brackets after what it is the value of ends with its unit and the bracket: "熵(0.884比特)".
_BRACKETED = lazy(r"[ \t]*+(?:" + UNIT + r")[ \t]*+[)）]", re.IGNORECASE)
_UNIT_AFTER = lazy(
    r"[ \t]*+(?:(?P<unit>" + UNIT + r")(?![A-Za-z])|units?(?:\s+of\s+information(?:\s+loss)?)?(?![A-Za-z])|"
    r"(?P<wei>位)(?![数置于])"
    r")?",
    re.IGNORECASE,
)
#: After a value and its unit, words that make it a bound or a comparison: "0.3 bits more than", "2 比特以上";
#: any other words may follow a unit ("0.4 bits per symbol", "1.4 nats 相匹配").
_COMPARED = lazy(
    r"[ \t]*+(?:more|less|fewer|higher|lower|larger|smaller|greater|bigger|than|above|below|at\s+(?:most|least)|"
    r"away|off|short|worse|better|too|extra|additional|beyond|over|under|compared|relative|instead|"
    r"or\s+(?:more|less)|多|少|以上|以下|以内|更|以外|%|" + COMPARED_ABROAD + ")|" + COMPARED_AFTER,
    re.IGNORECASE,
)
#: What may follow a value (and its unit): the end of a clause, "and", "when"... or a polite "is".
_END = lazy(
    r"[ \t]*+(?:$|[.,;:!?。，；：！？、)\]—–*_]|[-–](?:\s)|"
    r"(?:and|or|when|if|for|in|here|which|so|but|while|as|because|instead|with|of|e|y|et|und|и|ou|o)(?![^\W\d_])|"
    r"和|与|及|以及|です|입니다|이다|이며|이고|가|과|와|となり|になり|であ|だ|で|に|の|이|로|으로|였)",
    re.IGNORECASE,
)
#: A second value after the first: "0.0253 nats 和 0.0258 nats", "0,025 e 0,026".
_AND = lazy(r"[ \t]*+(?:and|e|y|et|und|и|和|与|及|以及|과|와|,)[ \t]*+", re.IGNORECASE)
#: Words just before "about" that make the number a bound: "more than about 0.3", "up to".
_BOUND = lazy(
    r"(?:than|to|least|most|under|over|below|above|exceeds?|beyond|within|以内)\s*$|" + COMPARED_BEFORE,
    re.IGNORECASE,
)
_SUPPOSED = lazy(
    r"(?<![^\W\d_])(?:if|when|whenever|unless|suppose|assume|assuming|se|si|cuando|quando|wenn|falls|если)"
    r"(?![^\W\d_])|如果|假如|若|만약|라면|경우|もし|場合",
    re.IGNORECASE,
)
#: "When we use Q instead of P": how the value came about, not a condition on it.
_USE = lazy(r"when\s+(?:we|you|one)\s+(?:use|approximate|model|replace|encode)", re.IGNORECASE)
_AFTER_NUMBER = lazy(r"[ \t]*(?:%|percent|per\s*cent|times|×|x(?![A-Za-z]))", re.IGNORECASE)
#: Where a sentence starts: after its full stop; "; " starts a clause.
_SENTENCE_MARK = lazy(r"[.!?;](?=\s|$)|[。！？；]")
#: A name of a distribution in the words: a capital letter standing alone (not "A", "I" or "O"), or p, q.
_NAME = lazy(r"(?<![A-Za-z0-9\\^_{])(?P<name>[B-HJ-NP-Z]|p|q)(?:_?(?P<index>[0-9]))?(?![A-Za-z0-9(_])")
#: A name as code writes one, with an underscore or a digit in it (``P_c2l3``, ``d1``, ``dist_a``), not a log's base
#: (``log2``) nor a subscript in TeX (``P_{1}``).
_CODE_NAME = lazy(r"(?<![\w\\.{^])(?!log[0-9])(?=[A-Za-z]\w*?[_0-9])[A-Za-z]\w*[A-Za-z0-9](?![\w({])")
#: A direction written as a symbol: ``D_{KL}(P \| Q)``, ``KL(Q||P)``, and a plain ``D(Q||P)`` with its double bar.
_DIRECTION = lazy(
    r"(?:(?:D_?\{?\s*(?:\\(?:mathrm|text|operatorname)\{)?KL\}?\}?|(?<![A-Za-z])KL)\s*\(\s*(?P<p>[A-Za-z])\s*"
    r"(?:\\\||\|\||‖|\\parallel|\\Vert|\|)|(?<![A-Za-z\\])D\s*\(\s*(?P<barred>[A-Za-z])\s*"
    r"(?:\\\||\|\||‖|\\parallel|\\Vert|∥))\s*(?P<q>[A-Za-z])\s*\)"
)
#: A divergence written with a double bar, ``D(P \| Q)``: the sentence's own measure, whatever the lines above name.
_BARRED = lazy(r"(?<![A-Za-z\\])D\s*\(\s*[A-Za-z][^()|\n]{0,12}?(?:\|\||\\\||\\Vert|\\parallel|‖|∥)")
#: Words, one of which is in every line read: an "about", a verb of result, or a unit.
_ANCHORS = (
    *("about", "approx", "aprox", "roughly", "around", "nearly", "close to", "cerca", "alrededor", "volta", "torno"),
    *("environ", "ungef", "etwa", "circa", "около", "пример", "약", "대략", "约", "約", "およそ", "≈", "~"),
    *("result", "give", "gave", "giving", "yield", "come", "came", "work", "get", "got", "obt", "find", "found"),
    *("dá", "得到", "为", "是", "等于", "incur", "units", "位", *(word.casefold() for word in UNIT_WORDS)),
)
#: What every value read has: a decimal point or comma, or a unit after a whole number (found before the words).
#: A run of digits is looked at once, from its first digit, and every unit word starts with a letter: the unit words
#: were tried at each digit of a 400-digit denominator (a few seconds for 10 MB of them).
_VALUE_SHAPE = lazy(r"(?<![0-9])[0-9]++(?:[.,][0-9]|[ \t]?(?=[^\W\d_])(?:" + UNIT + r"|units?))", re.IGNORECASE)
#: Most characters read above a sentence for the measure it continues with.
_CONTEXT = 600
#: Rows above a sentence that may say which measure it continues with.
CONTEXT_ROWS = 4
#: Most words between the measure's name and the words that give its value ("from Q to P comes out at").
_GAP_WORDS = 8
#: Words that may stand between a measure and its value: names (single letters) and the words that join them.
_GAP_WORDS_ALLOWED = frozenset(
    """from to between and of the two them distributions distribution here now then this in both directions direction
    again also still finally other way reverse swapped opposite computed calculated exact true relative respect
    distribuição distribuições distribución distribuciones em relação respecto con al
    de da do das dos para entre e y la el los las del desde hasta um uma von zu zwischen und der die das nach
    du des le les et vers di della tra fra dal dalla""".split()  # noqa: SIM905 (a list of words, one a word)
)
_LATIN_WORD = lazy(r"[A-Za-zÀ-ÿ]{2,}")
_JOINED_LETTERS = lazy(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
#: A distribution given by its parameters: ``Poisson(2)``, ``N(0,1)``.
_PARAMETERS = lazy(r"[A-Za-z]\s*\(\s*[-+0-9.]")
#: Another quantity named between the measure and the value: the value is that quantity's ("the JS divergence
#: is about 0.4 bits, the distance about 0.6": the JS distance, not the divergence).
_OTHER_QUANTITY = lazy(
    r"(?<![^\W\d_])(?:weights?|weighting|probabilit(?:y|ies)|rate|threshold|coefficient|temperature|beta|lambda|"
    r"epsilon|term|penalty|accuracy|error|chance|fraction|ratio|proportion|scale|factor|peso|probabilidade|"
    r"probabilidad|taxa|tasa|poids|Gewicht|вес|distances?|distância|distancia|Abstand|Distanz|расстояние)(?![^\W\d_])|"
    r"概率|权重|確率|重み|확률|가중치|距离|距離|거리",
    re.IGNORECASE,
)
#: A particle of comparison after the measure ("P의 엔트로피보다 약 0.1비트 크다",
#: "エントロピーより約 0.1 ビット大きい"): the value is a difference from the measure, not its value.
_THAN = lazy(r"보다|より|에\s*비해|に比べ")
#: Who gives the value when no measure is named: "this", "which", "plugging in" (the computation just shown).
_SUBJECT = lazy(
    r"(?:(?<![^\W\d_])(?:this|which|that|it|we|you|isso|isto|o\s+que|lo\s+que|esto|ce\s+qui|cela|"
    r"(?:the|this)\s+(?:result|sum|formula|calculation|computation|value))"
    r"(?:[ \t,]+(?:then|now|all|will|would|must|can|could|still|on\s+average)){0,3}|结果|計算結果|결과는?|"
    r"(?:这个|這個|这一|這一|该|該|此)(?:值|数值|數值|结果|結果)|この(?:値|結果)|その(?:値|結果)|이\s?(?:값|결과)은?)"
    r"[ \t,]*$",
    re.IGNORECASE,
)
#: A sentence that opens by pointing back at what was just computed: "This result tells you that using q ...".
_POINTS_BACK = lazy(
    r"[\s=>*_-]*(?:this|that|it)(?:\s+(?:result|value|number|figure))?\s+(?:tells|shows|means|says|indicates)"
    r"(?:\s+(?:us|you))?\s+that(?![^\W\d_])",
    re.IGNORECASE,
)
#: Between a value of the JS divergence and a second value: "bits, and the distance", "位，距离": the second is the
#: JS distance (the square root of the divergence).
_THE_DISTANCE = lazy(
    r"[ \t]*+(?:(?:" + UNIT + r"|位)[ \t]*+)?[,，、]?[ \t]*+(?:and[ \t]++|和|而)?(?:the[ \t]++|its[ \t]++)?"
    r"(?:JS[ \t]++)?(?:distance|距离|距離|거리)[ \t]*+",
    re.IGNORECASE,
)
#: A sentence that goes on to say what its value is not: "which is not a KL value", "no es la divergencia".
_DENIED = lazy(
    r"(?<![^\W\d_])(?:not|isn't|no|não|non|pas|nicht)(?![^\W\d_])|不是|并非|아니|ではない|じゃない", re.IGNORECASE
)
#: Verbs that hold their subject: "we get", "obtemos".
_OWN_SUBJECT = lazy(r"(?:we|you)\s|obt[ée]n|obtemos", re.IGNORECASE)
#: Marks a shown value's words may start with, left over from the number before them: "25% it is" gives "% it is".
_LEADING_MARKS = lazy(r"^[%‰)\]}.,;:!?*_\s]+")
#: Most characters of the words before a value shown with it.
_SHOWN = 50
#: A measure's name in words (not a symbol such as ``KL`` or ``H(X)``): letters, spaces and hyphens.
_WORD = lazy(r"[^\W\d_]{4,}(?:[ \t\-‐][^\W\d_]+)*")
#: The bare symbol of the measure named in words, right before its ``=``: "the entropy H = 0.811 bits".
_SYMBOL_BEFORE = lazy(r"(?<![A-Za-z0-9_\\])[HD]\s*$")
#: Numbers a document's words before make values that are read against the measures named (the costly part);
#: past these, no more (a document of a thousand values has long passed the cap on claims).
MOST_READINGS = 1000
#: Numbers looked at in lines that mention the words (cheaply, one by one); past these, no more.
MOST_NUMBERS = 100_000
#: Most characters of a sentence read before the words that give a value.
_CLAUSE = 120
#: Characters read on either side of a number for the sentence it is in.
_REACH = 300
#: Characters read backwards from a number.
_LOOK_BACK = 80


class Restatements:
    """The reader of one document's restated values, with what it may still spend (:data:`MOST_READINGS`,
    :data:`MOST_NUMBERS`)."""

    def __init__(self, document: SourceText) -> None:
        self.document = document
        self.left = MOST_READINGS
        self.numbers = MOST_NUMBERS
        self.displays = [end for found in document.math if found.kind == "display" for end in _ends(found)]

    def values(
        self, region: Region, read: set[int], found: Sequence[tuple[int, str]]
    ) -> Iterator[ProseValue | tuple[int, str]]:
        """The values a line of prose says again: :class:`ProseValue` items, or ``(offset, formula)`` when it names
        the direction (``D_KL(P||Q) ≈ 0.0253 nats``) or the distribution of an entropy (``H(P) ≈ 1.03``).

        ``read``: offsets of numbers other readers took; ``found``: the lines and texts of statements read from this
        region (a number one of them holds on its line is theirs).
        """
        text = region.text
        maths = BLANK in text  # a value may stand in inline maths: "use about \\(1.2\\) bits"
        if self.left <= 0 or self.numbers <= 0 or (not maths and _VALUE_SHAPE.search(text) is None):
            return
        if not mentions(text, _ANCHORS):
            return
        document = self.document
        plain = with_maths(document, region) if maths else text
        if maths and _VALUE_SHAPE.search(plain) is None:
            return
        written = _written(document, region)
        reading: _Reading | None = None
        end = index = 0  # where the last value read ends, and its place in a list of values ("1.3 和 1.4")
        numbers = list(_NUMBER.finditer(plain))
        for number, after in zip(numbers, [0, *(found.end() for found in numbers)], strict=False):
            self.numbers -= 1
            if self.left <= 0 or self.numbers < 0:
                return
            start = number.start()  # ``after``: where the number before it ends
            unit = _UNIT_AFTER.match(plain, number.end())
            assert unit is not None  # it may match nothing
            united = bool(unit.group().strip())  # 位 is a bit only after a decimal ("保留 3 位": three digits)
            ends = _END.match(plain, unit.end()) is not None or (united and not _COMPARED.match(plain, unit.end()))
            digits = unit.group("wei") and "." not in number.group()
            if not ends or digits or _AFTER_NUMBER.match(plain, number.end()):
                reading = None
                continue
            if reading is not None and _AND.fullmatch(plain, end, start):
                index += 1
            else:
                reading, index = _reading(document, region, plain, written, number, after, self), 0
                if reading is None:
                    continue
            end = unit.end()
            offset = region.offset + start
            line = document.line(offset)
            if offset in read or any(number.group() in text for row, text in found if row == line):
                continue
            value = number.group().replace(",", ".")
            if "/" in value and reading.about:
                continue  # "about 4/5 bits": how near a fraction is meant to be is not said
            word = unit.group("unit") or ("bits" if unit.group("wei") else None)
            base = Base.from_unit(word) if word else None
            relation, suffix = "≈" if reading.about else "=", f" {base.unit}" if base is not None else ""
            if reading.directions:  # the directions in the order the text gave them, one a value
                if index < len(reading.directions):
                    first, second = reading.directions[index]
                    yield offset, f"D_KL({first}||{second}) {relation} {value}{suffix}"
            elif reading.measure == "entropy" and len(reading.names) == 1:
                yield offset, f"H({reading.names[0]}) {relation} {value}{suffix}"
            elif "/" not in value:  # a fraction is a value only where it is written in a formula
                shown = _LEADING_MARKS.sub("", " ".join(plain[reading.start : end].split()))  # not "% it is 0.81"
                named = base.name if base is not None else None
                yield ProseValue(line, shown, reading.measure, value, named, reading.about, offset, reading.names)


def restated_values(
    document: SourceText, region: Region, read: set[int], found: Sequence[tuple[int, str]]
) -> Iterator[ProseValue | tuple[int, str]]:
    """One line's restated values (see :meth:`Restatements.values`), for a document read a line at a time."""
    return Restatements(document).values(region, read, found)


@dataclass(frozen=True)
class _Reading:
    """What the words before a value say: the measure, the distributions they name, "about", directions written
    as symbols (``D(P||Q)``, in order), and where the words shown with the value begin."""

    measure: str
    names: tuple[str, ...]
    about: bool
    directions: tuple[tuple[str, str], ...]
    start: int


def _reading(
    document: SourceText,
    region: Region,
    plain: str,
    written: str,
    number: re.Match[str],
    after: int,
    budget: Restatements,
) -> _Reading | None:
    """What the words before a number say of it, when they make it a value; else None."""
    start = number.start()
    window = plain[max(0, start - _LOOK_BACK) : start]
    before = BEFORE.match(window[::-1])
    assert before is not None  # it may match nothing
    about, verb, copula = before.group("about"), before.group("verb"), before.group("is")
    bracketed = before.group("bracket") is not None and _BRACKETED.match(plain, number.end()) is not None
    if bracketed:
        copula = before.group("bracket")  # "大于真实的熵(0.884比特)": the value of the measure named just before
    if not (about or verb or copula):
        return None
    lead = start - before.end()  # where the words that make it a value begin
    budget.left -= 1
    if budget.left < 0:
        return None
    if _BOUND.search(plain, max(0, lead - 12), lead):
        return None
    usage = verb is not None and verb[::-1].lower() in USAGE
    if usage and not (about and _UNIT_AFTER.match(plain, number.end()).group("unit")):  # type: ignore[union-attr]
        return None  # "we use about 0.5 of the samples": a share, not bits; "we use 2 bits": a code's length
    whole = not any(mark in number.group() for mark in ".,")
    if (not about or whole) and not _UNIT_AFTER.match(plain, number.end()).group().strip():  # type: ignore[union-attr]
        return None  # "is 0.3" alone: maybe a probability; "about 100" alone: maybe epochs
    reach = max(0, lead - _CLAUSE)  # a longer sentence is read from here
    sentence = max([reach, *(mark.end() for mark in _SENTENCE_MARK.finditer(plain, reach, start))])
    opening = _points_back(plain, lead)  # "This result tells you that ...": the sentence starts there
    sentence = sentence if opening is None else max(sentence, opening)
    end = _SENTENCE_MARK.search(plain, number.end(), number.end() + _REACH)
    if (end is not None and plain[end.start()] in "?？") or _SUPPOSED.search(plain, sentence, start):
        return None
    if not_in_force(plain, sentence, start):
        return None  # "two flips together have an entropy of about 0.938 bits": the value of all of them
    if combined_before(plain, sentence, start):
        return None  # "the sum of the two KL divergences is about 0.09 bits": arithmetic of measures
    condition = _SUPPOSED.search(plain, number.end(), number.end() + _REACH if end is None else end.start())
    if condition is not None and not _USE.match(plain, condition.start()):
        return None  # "H(T) is 1 bit when the coin is fair": a case, not the distributions in force
    source = written if len(written) == len(plain) else plain
    clause = source[max(sentence, after) : lead]
    named = mentions_of(source[sentence:start])
    words = [mention for mention in named if mention[0] >= max(sentence, after) - sentence] or named
    if bracketed and words:
        words = [max(words)]  # the measure right before the bracket, not one it is compared with
    if any(
        extreme_before(source, sentence + at, sentence)
        or scaled_before(source, sentence + at)
        or scaled_after(source, sentence + to)
        for at, to, _ in words
    ):
        return None  # "the maximum entropy is 1 bit", "twice the entropy is 2 bits": not a value of one in force
    measures = {measure for _, _, measure in words if measure != "divergence"}
    divergence = any(measure == "divergence" for _, _, measure in named)
    if len(measures) > 1:
        return None
    if measures == {"jsd"} and sentence < after and _THE_DISTANCE.fullmatch(plain, after, lead):
        measures = {"js_distance"}  # "the JS divergence is about 0.4 bits, and the distance about 0.6"
        words = []
    if copula == "=":  # "the entropy = 0.811 bits", "Энтропия H = 0,81 бита": only a measure named in words
        if region.text[start : start + 1] == BLANK or not any(
            _WORD.fullmatch(source, sentence + at, sentence + to) for at, to, _ in words
        ):
            return None  # a formula's value (its readers read it), or a measure named by its symbol only
        clause = _SYMBOL_BEFORE.sub("", clause)  # the measure's own symbol, not a distribution's name
    if measures:
        (measure,) = measures
        gap = source[
            sentence + max((stop for _, stop, _ in words if stop <= lead - sentence), default=lead - sentence) : lead
        ]
        if len(gap.split()) > _GAP_WORDS or _OTHER_QUANTITY.search(gap) or _THAN.search(gap) or not _plain_gap(gap):
            return None  # "the KL term has a weight of about 0.5", "between Poisson(1) and ...": something else
    else:
        measure_above = _context(document, region, sentence, budget.displays)
        if measure_above is None or (divergence and measure_above == "entropy"):
            return None
        if measure_above != "kl" and _BARRED.search(source, sentence, lead):
            return None  # "$D(P \| Q) \approx 0.0850$ bits, which is $0.0589$ nats": its own divergence, not the above
        rest = plain[number.end() : number.end() + _REACH if end is None else end.start()]
        if _DENIED.search(rest):
            return None  # "the sum is about 183.2, which is not a KL value": the sentence says what it is not
        subject = (
            _SUBJECT.search(plain, max(sentence, lead - 40), lead)
            or _OWN_SUBJECT.match((verb or "")[::-1])
            or opening is not None
        )
        united = _UNIT_AFTER.match(plain, number.end()).group("unit")  # type: ignore[union-attr]
        if not divergence and (not (verb or about or bracketed or (copula and united)) or not subject):
            return None  # "the probability of heads is about 0.5": some other quantity; "which is 0.22 nats": a value
        measure = measure_above
    directions = tuple(
        (found.group("p") or found.group("barred"), found.group("q")) for found in _DIRECTION.finditer(clause)
    )
    shown = (
        max(sentence, after)
        if lead - max(sentence, after) <= _SHOWN
        else plain.find(" ", lead - _SHOWN, lead) + 1 or lead
    )
    unit = _UNIT_AFTER.match(plain, shown) if shown == after else None  # the unit of the value before
    shown = unit.end() if unit is not None else shown
    shown += len(plain[shown:lead]) - len(plain[shown:lead].lstrip(" ,;:)）.*_"))
    if (usage and measure != "cross_entropy") or (before.group("extra") and measure != "kl"):
        return None  # the bits a code spends are its cross-entropy; the additional bits, the KL divergence
    if directions:
        return _Reading(measure, (), bool(about), directions, shown) if measure == "kl" else None
    names = _names(clause, measure)
    return None if names is None else _Reading(measure, names, bool(about), (), shown)


def _points_back(plain: str, lead: int) -> int | None:
    """Where the sentence (or line) that holds ``plain[lead]`` starts when it opens by pointing back at what was just
    computed ("This result tells you that ..."), else None."""
    start = max(0, lead - _REACH)
    marks = [mark.end() for mark in _SENTENCE_MARK.finditer(plain, start, lead)]
    opening = max([start, *marks, plain.rfind("\n", start, lead) + 1])
    pointing = (opening > start or start == 0) and _POINTS_BACK.match(plain, opening) is not None
    return opening if pointing else None


def _plain_gap(gap: str) -> bool:
    """Whether the words between a measure and its value only name distributions and join them ("from Q to P")."""
    if _PARAMETERS.search(gap) or len(_JOINED_LETTERS.findall(gap)) > _GAP_WORDS:
        return False
    return all(word.lower() in _GAP_WORDS_ALLOWED for word in _LATIN_WORD.findall(gap))


def _names(clause: str, measure: str) -> tuple[str, ...] | None:
    """The distributions the clause names: two (unordered), one for an entropy, or none; None when unclear, as when it
    names one as code does (a library's names, ``P_c2l3``, ``dist_a``, are not the letters they start with).

    >>> _names("The entropy of P_c2l3 is ", "entropy"), _names("The entropy of Q is ", "entropy")
    (None, ('Q',))
    """
    if any(not _NAME.fullmatch(found.group()) for found in _CODE_NAME.finditer(clause)):
        return None  # "the entropy of P_c2l3", "of d1", "of dist_a": a name of the code's, not P, d or a
    names = list(dict.fromkeys(match.group() for match in _NAME.finditer(clause)))
    if not names or (len(names) == 2 and measure != "entropy"):
        return tuple(names)
    if len(names) == 1 and measure == "entropy":
        return tuple(names)
    return None


def _context(document: SourceText, region: Region, sentence: int, displays: Sequence[int]) -> str | None:
    """The one measure the lines just above a sentence (and the line before it) speak of, or None.

    ``displays``: where display maths starts and ends, in turn; its lines do not count among :data:`CONTEXT_ROWS`
    (a chain of five rows above "This tells us that ..." is one computation).
    """
    start = document.text.rfind("\n", 0, region.offset)
    rows = 0
    while rows < CONTEXT_ROWS and start > 0 and start > region.offset - _CONTEXT:
        above = document.text.rfind("\n", 0, start)
        if document.text[above + 1 : start].lstrip().startswith("#"):  # a heading starts another subject
            break
        rows += bisect.bisect_right(displays, above + 1) % 2 == 0  # a row outside display maths
        start = above
    text = document.text[max(0, start, region.offset - _CONTEXT) : region.offset]
    text += document.text[region.offset + max(0, sentence - _CONTEXT) : region.offset + sentence]
    measures = measures_in(text)
    return next(iter(measures)) if len(measures) == 1 else None


def _ends(found: Region) -> tuple[int, int]:
    """Where a formula starts and ends."""
    return found.offset, found.offset + len(found.text)


def _written(document: SourceText, region: Region) -> str:
    """The line as written, maths and all (its prose text when the file was rewritten there)."""
    written = document.text[region.offset : region.offset + len(region.text)]
    return written if len(written) == len(region.text) else region.text.replace(BLANK, " ")
