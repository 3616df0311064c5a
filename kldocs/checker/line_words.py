r"""What one line says in words: the measures it names, the numbers it gives with their units, the textbook
distributions it speaks of, and whether it hedges (a comparison, a question, a value quoted to be rejected).

:mod:`~kldocs.checker.resolved_values` reads the numbers of lines no other reader took with these words.

>>> spoken("엔트로피는 약 0.469 비트입니다").measures, [(n.text, n.unit) for n in spoken("KL = 0.2 nats").numbers]
(('entropy',), [('0.2', 'nats')])
>>> spoken("The cross-entropy of P and Q is 1.74 bits").measures, spoken("A fair coin: 1 bit").cases
(('cross_entropy',), (('a fair coin', (Fraction(1, 2), Fraction(1, 2))),))
>>> spoken("Is the KL divergence less than 0.5 nats?").doubt
'a comparison'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.written_precision import CUT_DIGITS, Literal, significant_digits, written_place

#: Each measure a line may name, with its words (searched in lower case); earlier ones are taken out of the text
#: before later ones are looked for, so that "cross-entropy" is not also an entropy, nor "Jensen-Shannon divergence"
#: a KL divergence.
_MEASURES: tuple[tuple[str, str], ...] = (
    (
        "cross_entropy",
        r"cross[- ]?entrop\w*|kreuzentropie|entropie croisée|entropía cruzada|entropia cruzada"
        r"|перекр[её]стн\w* энтроп\w*|кросс-?энтроп\w*|교차\s?엔트로피|交叉熵|交差エントロピー|クロスエントロピー",
    ),
    ("jsd", r"\bjsd\b|jensen[- ]shannon(?: divergen\w*)?|\bjs[- ]divergen\w*|젠슨|詹森|イェンセン|йенсен"),
    (
        "kl",
        r"\bkl\b|\bkld\b|kullback|relative entrop\w*|relative entropie|entropie relative|entropía relativa"
        r"|entropia relativa|относительн\w* энтроп\w*|相对熵|상대\s?엔트로피|相対エントロピー|divergen|дивергенц"
        r"|발산|散度|ダイバージェンス|カルバック|쿨백|\bd_?\{?kl|\bd\s*\(",
    ),
    ("perplexity", r"perplexit|perplexität|perplejidad|perplexidade|перплекси|퍼플렉서티|困惑度|パープレキシティ"),
    ("entropy", r"entrop|엔트로피|エントロピー|熵|энтроп|\bh\s*\(|\bh\s*="),
)
_MEASURE_PATTERNS = tuple((name, lazy(words)) for name, words in _MEASURES)
#: Measures of a line that are none of the above: a conditional or mutual quantity, an information gain, a loss of
#: a model. A line naming one is not read (its number is not one of the readings tried).
_OTHER = lazy(
    r"condition|bedingt|condicional|условн|조건부|条件|mutual|mutuelle|mutua\b|взаимн|상호|互信息|相互情報|\bi\s*\("
    r"|rényi|renyi|tsallis|collision|kollision|min-entrop|differential|différentiel|diferencial|дифференц|미분|微分"
    r"|jeffreys|j-divergen|symmetri[sc]\w* (?:kl|divergen)|information gain|informationsgewinn|gain d'information"
    r"|ganancia de información|信息增益|情報利得|정보 ?이득"
    r"|\bloss\b|verlust|perte|pérdida|потер|손실|损失|損失|\brate\b|capacity|kapazität|capacité|capacidad|ёмкост|용량|容量"
)
#: A unit word, and the base it means (None: nats).
_UNITS = lazy(
    r"(?<![A-Za-z])(?:(?P<two>bits?|Bits?|비트|ビット|比特|бит(?:а|ов)?)|(?P<e>nats?|Nats?|나트|ナット|奈特|нат(?:а|ов)?)"
    r"|(?P<ten>hartleys?|Hartleys?|dits?|bans?))(?![A-Za-z\u0430-\u044f])"
)
#: A number: a decimal (``0.469``, ``.47``, a decimal comma ``0,469``), or a whole number right before a unit.
_NUMBER = lazy(
    r"(?<![\w.,/^_{\\-])(?P<sign>[-−])?(?P<body>[0-9]*\.[0-9]+|[0-9]+,[0-9]+(?![,0-9])|[0-9]+(?=\s?(?:bits?|nats?"
    r"|비트|ビット|比特|бит|나트|ナット|奈特|нат|hartleys?|dits?|bans?)(?![A-Za-z])))(?![\w%/]|[.,][0-9]|\s?%)"
)
#: Units of other things than information, after a number: points of an exam, seconds, percent, epochs...
_COUNTED = lazy(
    r"\s?(?:pts?\b|points?\b|marks?\b|punkte?\b|баллов?|балла|점|分|s\b|sec|ms\b|seconds?\b|min\b|hours?\b"
    r"|epochs?\b|steps?\b|iterations?\b|times\b|x\b|kb\b|mb\b|gb\b|€|\$)",
    re.IGNORECASE,
)
#: Words that make a number something other than the measure's value: a comparison or bound, a difference, a
#: question, a value someone else gave or that is rejected, a supposition.
_DOUBTS: tuple[tuple[str, str], ...] = (
    (
        "a comparison",
        r"less|more|fewer|greater|smaller|larger|bigger|higher|lower|than|at most|at least|under\b|over\b|above|below"
        r"|exceed|bound|maxim|minim|twice|times|\bhalf|double|differ|reduc|increas|decreas|drop|gain|extra|additional|saves?\b"
        r"|away|minus|plus|[<>≤≥≈]=?|\\[lg]eq?|weniger|mehr|höchstens|mindestens|moins|plus de|au plus|au moins"
        r"|menos|más|como máximo|al menos|меньше|больше|не более|не менее|по крайней|보다|이하|이상|미만|초과"
        r"|以下|以上|未満|より|小于|大于|不超过|至少|至多|超过|低于|高于|差|moitié|hälfte|halbe|mitad|metade|половин|절반"
        r"|一半|半分|doppelt|doble|dobro|двойн|倍",
    ),
    (
        "a multiple",  # 2 JSD(P||Q), 10 \cdot D(P||Q): the number is a multiple's
        r"[0-9]\s*(?:\\[,;: !]\s*|\\cdot\s*|\\times\s*|[*×·]\s*)?(?:\\(?:mathrm|operatorname|text)\{)?"
        r"(?:d|h|kl|jsd|js|d_\{?kl\}?)\}?\s*\(",
    ),
    ("a question", r"\?|？"),
    (
        "an estimate from data",
        r"estimat|empiric|observed|sampl|held-out|heldout|validation|test set|training|epoch|\bstep"
        r"|measur\w* (?:on|over|from)|schätz|stichprob|échantillon|muestra|amostra|оцен|выборк"
        r"|추정|표본|估计|样本|推定|標本",
    ),
    (
        "a value quoted or rejected",
        r"\bnot\b|n't|wrong|incorrect|mistak|error|claim|says|said|instead|would|should|if\b|suppose|assum|expected\s*:"
        r"|target|goal|aim|falsch|nicht|faux|pas\b|erróne|incorrect|неверн|ошиб|не\s|틀|잘못|아니|错|誤|間違|ではない"
        r"|不是|假设|もし|만약|wenn|si\b|если",
    ),
)
_DOUBT_PATTERNS = tuple((why, lazy(words)) for why, words in _DOUBTS)
_FAIR_COIN = lazy(
    r"\b(?:a|one|the)\s+fair\s+coin(?!s)|\bfair\s+coin\s+(?:toss|flip)(?!s)|公平的?硬币|公正なコイン|공정한 동전"
    r"|fairen? münze|pièce équilibrée|moneda justa|честн\w* монет"
)
_FAIR_DIE = lazy(r"\b(?:a|one|the)\s+fair\s+(?:six-sided\s+)?die\b|\b(?:a|one|the)\s+six-sided\s+die\b|公平的?骰子")
_UNIFORM = lazy(
    r"uniform\w*\s+(?:distribution\s+)?(?:over|on|across)\s+(?:n\s*=\s*)?(?P<n>[0-9]{1,3})\s+(?:outcomes|symbols"
    r"|values|letters|categories|classes|states|events)|(?P<m>[0-9]{1,3})\s+equally\s+(?:likely|probable)\s+\w+"
)
_CERTAIN = lazy(r"\bcertain\s+outcome|\bdeterministic\b|\balways\s+(?:lands|comes\s+up|shows)")
_BIASED = lazy(
    r"\b(?:biased|unfair|loaded|weighted)\s+coin\b[^.;]{0,40}?(?:p\s*=\s*|probability\s+(?:of\s+)?(?:heads\s+)?"
    r"(?:of\s+|is\s+)?)(?P<p>0?\.[0-9]+)"
)
#: Several coins or dice, or repeated throws: no single textbook distribution.
_SEVERAL = lazy(r"\b(?:two|three|four|pair|twice|several|many|[0-9]+)\s+(?:\w+\s+)?(?:coins|dice|flips|tosses|rolls)")
#: A coin or a die: a line that speaks of more than one ("a six-sided die and an eight-sided die") names none.
_OBJECT = lazy(
    r"\b(?:coin|die)\b|硬币|骰子|コイン|サイコロ|동전|주사위|münze|würfel|pièce|dé\b|moneda|dado|монет|кубик"
)


@dataclass(frozen=True)
class Written:
    """A number on a line: where it starts and ends, its text, its value as written, and its unit if one follows."""

    start: int
    end: int
    text: str
    literal: Literal
    unit: str | None

    @property
    def digits(self) -> int:
        """Its significant digits (an integer counts those it has)."""
        place = self.literal.place if self.literal.place is not None else 0
        return significant_digits(self.literal.value, place)


@dataclass(frozen=True)
class Spoken:
    """What a line says in words (see :func:`spoken`), each read from the line only when first asked for: most lines
    are passed over after one or two (a line that names another measure, or hedges, or gives no number).

    >>> Spoken("The KL divergence is not 0.5 nats").doubt
    'a value quoted or rejected'
    """

    line: str

    @cached_property
    def lower(self) -> str:
        """The line in lower case, as the words are searched."""
        return self.line.lower()

    @cached_property
    def measures(self) -> tuple[str, ...]:
        """The measures the line names, in the order of :data:`_MEASURES`."""
        measures = []
        rest = self.lower
        for name, pattern in _MEASURE_PATTERNS:
            if pattern.search(rest):
                measures.append(name)
                rest = pattern.sub(" ", rest)
        return tuple(measures)

    @cached_property
    def other(self) -> bool:
        """Whether the line names a measure none of :data:`_MEASURES` (see :data:`_OTHER`)."""
        return _OTHER.search(self.lower) is not None

    @cached_property
    def numbers(self) -> tuple[Written, ...]:
        """The numbers the line gives, with their units."""
        return tuple(_numbers(self.line))

    @cached_property
    def units(self) -> tuple[str, ...]:
        """The units the line names, each once."""
        return tuple(dict.fromkeys(_unit(match) for match in _UNITS.finditer(self.line)))

    @cached_property
    def cases(self) -> tuple[tuple[str, tuple[Fraction, ...]], ...]:
        """The textbook distributions the line speaks of (see :func:`_cases`)."""
        return _cases(self.lower)

    @cached_property
    def doubt(self) -> str | None:
        """Why the line's numbers may not be a measure's value (see :func:`doubt`), or None."""
        return doubt(self.line)


def spoken(line: str) -> Spoken:
    """The measures, numbers, units, textbook distributions and doubts of ``line``.

    >>> found = spoken("H(Q) is about 0.47 bits and D(P||Q) = 0.74 bits")
    >>> found.measures, [number.digits for number in found.numbers], found.units
    (('kl', 'entropy'), [2, 2], ('bits',))
    """
    return Spoken(line)


def doubt(text: str) -> str | None:
    """Why the numbers of ``text`` may not be a measure's value (a comparison, a question...), or None.

    >>> doubt("It is not true that"), doubt("uniform over 8 outcomes: 3 bits")
    ('a value quoted or rejected', None)
    """
    plain = _UNIFORM.sub(" ", text.lower())  # "uniform over 8 outcomes" compares nothing
    return next((why for why, pattern in _DOUBT_PATTERNS if pattern.search(plain)), None)


def _unit(match: re.Match[str]) -> str:
    return "bits" if match.group("two") else "nats" if match.group("e") else "bans"


def _numbers(line: str) -> list[Written]:
    found = []
    for match in _NUMBER.finditer(line):
        if _COUNTED.match(line, match.end()):  # 1.5 pts, 0.2 s: a number of something else
            continue
        body = match.group("body").replace(",", ".")
        place = written_place(body)
        value = Fraction(body) * (-1 if match.group("sign") else 1)
        cut = place is not None and value > 0 and significant_digits(value, place) >= CUT_DIGITS
        after = _UNITS.match(line, match.end() + (line[match.end() : match.end() + 1] == " "))
        unit = _unit(after) if after else None
        found.append(Written(match.start(), match.end(), match.group(), Literal(value, place, int(cut)), unit))
    return found


def _cases(lower: str) -> tuple[tuple[str, tuple[Fraction, ...]], ...]:
    """The textbook distributions a line speaks of: a fair coin, a fair die, uniform over n outcomes, a certain
    outcome, a biased coin with its probability written."""
    if _SEVERAL.search(lower) or len(_OBJECT.findall(lower)) > 1:
        return ()
    cases: list[tuple[str, tuple[Fraction, ...]]] = []
    half = Fraction(1, 2)
    if _FAIR_COIN.search(lower):
        cases.append(("a fair coin", (half, half)))
    if _FAIR_DIE.search(lower):
        cases.append(("a fair die", (Fraction(1, 6),) * 6))
    for match in _UNIFORM.finditer(lower):
        n = int(match.group("n") or match.group("m"))
        if 2 <= n <= 1000:
            cases.append((f"uniform over {n} outcomes", (Fraction(1, n),) * n))
    if _CERTAIN.search(lower):
        cases.append(("a certain outcome", (Fraction(1),)))
    for match in _BIASED.finditer(lower):
        p = Fraction(match.group("p"))
        if 0 < p < 1:
            cases.append((f"a coin with p = {match.group('p')}", (p, 1 - p)))
    return tuple(dict.fromkeys(cases))


def case_numbers(lower: str) -> set[int]:
    """The starts of the numbers in ``lower`` that give a textbook case (the ``8`` of "uniform over 8 outcomes",
    the ``0.9`` of "a biased coin with p = 0.9"), which are no measure's value.

    >>> sorted(case_numbers("a biased coin with p = 0.9 has 0.469 bits"))
    [23]
    """
    starts = {match.start("p") for match in _BIASED.finditer(lower)}
    for match in _UNIFORM.finditer(lower):
        starts.add(match.start("n") if match.group("n") else match.start("m"))
    return starts
