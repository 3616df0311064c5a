r"""The pieces of random variables built in prose: what each is (fair bits, coins, dice, uniform on a set, a list of
probabilities), which are independent, and which are functions of others.

A document builds its variables in sentences and formulas: "Let $X$ and $Y$ be independent fair bits and
$Z = X + Y$", "X uniform on $\{0, \pi, 2\pi\}$ and $Y = \cos X$", "$p_X(0) = p_X(1) = 1/2$ ... and, of course,
$p(x,y) = p(x)p(y)$", "S est la somme de X et Y", "Z 为 X 与 Y 之和". :func:`pieces` reads each such piece, in
document order, as a :class:`Piece`; :mod:`~kldocs.checker.constructed_joints` puts them together.

Only what is written plainly is read: a kind of variable with the word "fair" (or "unbiased", "uniform", in seven
languages) right beside its letters, and nothing else between; independence said of named letters, not denied and
not supposed ("if X and Y are independent" is no construction); a definition in a sentence that supposes, or one
whose right side is not read, is kept as a letter given a value that is not read, so that what it had no longer
holds.

>>> from kldocs.checker.reading import parse_text
>>> text = "Let $X$ and $Y$ be independent fair bits, and let $Z = X + Y$.\n"
>>> [(piece.kind, piece.letters) for piece in pieces(parse_text(text, "a.md"))]
[('independent', ('X', 'Y')), ('base', ('X', 'Y')), ('independent', ('X', 'Y')), ('function', ('Z',))]
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.construction_sentences import Sentences
from kldocs.checker.dice_variables import DESCRIBED_HINT, DICE, FUNCTIONS, described
from kldocs.checker.documents import SourceText
from kldocs.checker.joint_tables import probability
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.variable_functions import VARIABLE, Function, Value, read_function, read_value

_LETTER = rf"(?<![A-Za-z\\_{{(|\[,=^]){VARIABLE}(?![A-Za-z(])"
_JOIN = r"\s*(?:,|&|and|y|e|et|und|、|，|和|与|與|及|と|와|과)\s*"
_LIST = rf"(?P<list>{_LETTER}(?:{_JOIN}{_LETTER}){{0,3}})"
_LETTERS = lazy(_LETTER)


@dataclass(frozen=True)
class Piece:
    """One piece of a construction, at ``offset``: ``base`` (``letters`` take ``values`` with ``probabilities``,
    each on its own; ``coded`` when the values are the document's, not a coin's sides counted 0 and 1),
    ``independent`` (the letters are), ``function`` (``letters[0]`` is ``function`` of others; None when it is
    given a value that is not read) or ``changed`` (the letters' distributions are no longer those read: "the coin
    is biased")."""

    kind: str
    offset: int
    letters: tuple[str, ...]
    values: tuple[Value, ...] = ()
    probabilities: tuple[Fraction, ...] = ()
    coded: bool = True
    function: Function | None = None
    text: str = ""


# --- what supposes or denies ---------------------------------------------------------------------------------

_SUPPOSING = lazy(
    r"(?i)(?<![^\W\d_])(?:if|when|whenever|iff|unless|si|wenn|falls|cuando|quand|lorsque|se)(?![^\W\d_])|如果|若|假如|もし|만약|만일"
)
_NEGATION = lazy(
    r"(?i)(?<![^\W\d_])(?:not|no|non|never|nicht|kein\w*|pas|ni|nunca)(?![^\W\d_])|n't|\\not|\\neq?(?![A-Za-z])|≠|不|非|没有|ない|없|아니|않"
)


_MARKS = lazy(r"\$|\\[()]|\\mathrm\{|\\text\{|\\,|\\;")
_STYLED_FRACTION = lazy(r"\\[dt]frac")


def _cleaned(text: str) -> str:
    r"""A sentence with its formulas' marks taken out: ``$X$ and \(Y\)`` is ``X and Y``."""
    return _MARKS.sub("", text)


def _letters(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(match.group().replace("{", "").replace("}", "") for match in _LETTERS.finditer(text)))


# --- kinds of variables: fair bits, coins and dice --------------------------------------------------------------

_KIND = (
    r"(?P<kind>coins?|bits?|dice|die|monedas?|dados?|pi[eè]ces?|d[ée]s|Münzen?|Würfeln?|moedas?"
    r"|硬币|硬幣|骰子|比特|コイン|サイコロ|ビット|동전|주사위|비트)"
)
_KINDS = lazy(rf"(?i)(?<![^\W\d_]){_KIND}(?![a-zäöüéè])|硬币|硬幣|骰子|比特|コイン|サイコロ|ビット|동전|주사위|비트")
#: The only words that may stand between letters and their kind: "X and Y be the outcomes of two independent tosses
#: of a fair coin" (so not "X be the sum of two fair dice").
_WORD = (
    r"(?:be|are|is|were|denote|represent|the|outcomes?|results?|values?|faces?|of|two|three|a|an|independent(?:ly)?"
    r"|fair|unbiased|i\.i\.d\.?|iid|random|uniform(?:ly)?|standard|six-sided|6-sided|binary|tosses|toss|flips?|rolls?"
    r"|throws?|each|both|identically|distributed|son|sean|es|sea|dos|tres|una?|unos|lanzamientos?|de|independientes?"
    r"|just[oa]s?|equilibrad[oa]s?|perfect[oa]s?|honest[oa]s?|resultados?|los|las|el|la|sont|soit|soient|est|deux"
    r"|trois|une|des|lancers?|ind[ée]pendant(?:e|s|es)?|[ée]quilibr[ée](?:e|s|es)?|honn[êe]tes?|parfaite?s?"
    r"|r[ée]sultats?|les|le|sind|seien|ist|sei|zwei|drei|eine?[nrs]?|unabhängige?[nrs]?|faire?[nrs]?|Würfe|Wurf"
    r"|Würfen|von|der|die|das|Ergebnisse?|ideale?[nrs]?|是|为|為|两个|兩個|两|兩|三个|个|個|枚|つの|二つの|独立|獨立"
    r"|的|な|の|公平|均匀|均勻|无偏|公正|一様|は|を|が|とする|는|은|이|가|두|세|개의|독립적인|독립인|공정한|균일한"
    r"|서로|相互|互相|随机|隨機|,)"
)
#: Adjectives after the kind, as Spanish and French write them: "dos dados justos independientes".
_AFTER = (
    r"(?P<after>(?:\s+(?:just[oa]s|justes|equilibrad[oa]s|[ée]quilibr[ée]e?s|ind[ée]pendant(?:e|s|es)?|independientes"
    r"|honn[êe]tes|honest[oa]s|perfect[oa]s|parfaite?s)(?![\w])){0,3})"
)
_FORWARD = lazy(rf"(?i){_LIST}\s*(?P<span>(?:{_WORD}\s*){{1,10}}?){_KIND}(?![a-zäöüéè]){_AFTER}")
_BACKWARD = lazy(rf"(?i)(?P<span>(?:{_WORD}\s*){{1,8}}?){_KIND}\s+{_LIST}")
_FAIR = lazy(
    r"(?i)fair|unbiased|uniform|just[oa]|equilibrad|honest|[ée]quilibr|honn[êe]te|parfait|perfect|ideal|公平|均匀|"
    r"均勻|无偏|公正|一様|공정|균일"
)
_INDEPENDENT_WORD = r"independ|i\.i\.d|\biid\b|ind[ée]pendant|unabhängig|独立|獨立|독립"
_INDEPENDENT = lazy(rf"(?i){_INDEPENDENT_WORD}")
_STATED = r"(?:independ\w*|i\.i\.d\.?|iid|ind[ée]pendant\w*|unabhängig\w*|独立|獨立|독립\w*)"
_NUMERALS = {"two": 2, "dos": 2, "deux": 2, "zwei": 2, "three": 3, "tres": 3, "trois": 3, "drei": 3}
_NUMERAL = lazy(r"(?i)\b(two|three|dos|tres|deux|trois|zwei|drei)\b")
_BIASED = lazy(r"(?i)biased|unfair|loaded|sesgad|cargad|truqu|gezinkt|unfaire?|偏|歪んだ|편향|불공정")


def _kinds(where: Sentences) -> Iterator[Piece]:
    """Fair bits, coins and dice named by their letters; a coin or die said to be biased changes them."""
    for hit, _start, sentence in where.sentences(_KINDS):
        cleaned = _cleaned(sentence)
        if _BIASED.search(cleaned):
            yield Piece("changed", hit.start(), ())
            continue
        for pattern in (_FORWARD, _BACKWARD):
            for match in pattern.finditer(cleaned):
                piece = _kind_piece(match, hit.start(), _SUPPOSING.search(cleaned) is None)
                if piece is not None:
                    yield from piece


def _kind_piece(match: re.Match[str], offset: int, plain: bool) -> list[Piece] | None:
    span, kind = (
        match.group("span") + match.group("kind") + (match.groupdict().get("after") or ""),
        match.group("kind").lower(),
    )
    letters = _letters(match.group("list"))
    numeral = _NUMERAL.search(span)
    if not _FAIR.search(span) or (numeral is not None and _NUMERALS[numeral.group(1).lower()] != len(letters)):
        return None
    if kind.startswith(("di", "d", "w", "骰", "サ", "주")) and not kind.startswith(("dos",)):
        values, coded = [(Fraction(face), Fraction(0)) for face in range(1, 7)], True
    else:  # a bit is 0 or 1; a coin's sides are counted so only where that makes no difference
        values, coded = [(Fraction(side), Fraction(0)) for side in (0, 1)], kind.startswith(("bit", "比", "ビ", "비"))
    share = tuple(Fraction(1, len(values)) for _ in values)
    found = [Piece("base", offset, letters, tuple(values), share, coded, text=match.group())]
    if len(letters) > 1 and plain and _INDEPENDENT.search(span) and not _NEGATION.search(span):
        found.append(Piece("independent", offset, letters))
    return found


# --- uniform on a set, Bernoulli --------------------------------------------------------------------------------

_SET = r"\\?\{(?P<items>(?:[^{}]|\{[^{}]{0,12}\}){1,120}?)\\?\}"
_UNIFORM_WORDS = (
    r"(?:uniform(?:ly)?(?:\s+(?:distributed|random|at\s+random|chosen))?|chosen\s+uniformly(?:\s+at\s+random)?"
    r"|drawn\s+uniformly(?:\s+at\s+random)?|uniform[ée]ment\s+distribu[ée]e?|distribu[ée]e?\s+uniform[ée]ment"
    r"|uniforme|gleichverteilt|gleichmäßig\s+verteilt|distribuid[oa]\s+uniformemente|uniformemente\s+distribuid[oa])"
)
_UNIFORM = (
    lazy(
        rf"(?i){_LIST}\s*(?:is|are|be|ist|sind|est|sont|es|son|:)?\s*(?:{_STATED}\s*,?\s*(?:and|y|et|und)?\s*)?"
        r"(?:a\s+|an\s+)?(?:random\s+variables?\s*)?,?\s*(?:each\s+|both\s+)?"
        rf"{_UNIFORM_WORDS}\s*(?:on|over|in|from|among|sur|dans|en|sobre|auf|über|aus)?\s*(?:the\s+set\s+)?{_SET}"
    ),
    lazy(
        rf"{_LIST}\s*(?:\\sim|~|∼)\s*(?:\\mathcal\s*\{{?\s*U\s*\}}?|U|\\?(?:mathrm|text|operatorname)\s*\{{\s*Unif(?:orm)?"
        rf"\s*\}}|Unif(?:orm)?)\s*\(?\s*{_SET}"
    ),
    lazy(
        rf"{_LIST}\s*(?:在|服从|服從|は|が|는|은|가)?\s*{_SET}\s*(?:上|の上|上の|에서|위에서)?\s*(?:的)?\s*"
        r"(?:均匀分布|均勻分布|一様分布|一様に分布|균등\s*분포|균일\s*분포|균등하게\s*분포)"
    ),
)
#: An event given before a comma: "Given 'the roll is even', ", "conditioned on E, ", "sachant que A, ", "若已知 A，".
_GIVEN_EVENT = lazy(
    r"(?i)(?:(?<![^\W\d_])(?:given|conditional(?:ly)?\s+on|conditioned\s+on|sachant|dado|gegeben|unter\s+der\s+Bedingung|"
    r"condicionad[oa]\s+a|condizionat[oa]\s+a|dato|при\s+условии)(?![^\W\d_])|已知|在.{1,20}的条件下|条件で|조건에서)"
    r"[^,，、:;]{1,80}[,，、:;]\s*\S*\s*\Z"
)
_UNIFORM_HINT = lazy(
    r"(?i)uniform|unif|gleich|均匀|均勻|一様|균등|균일|\\sim\s*\\mathcal|bern|\\sim\s*(?:\\\w+\s*\{)?\s*B"
)
_DOTS = lazy(r"\\[lc]?dots|\.\.\.|…")
_BINOMIAL = lazy(
    rf"{_LIST}\s*(?:\\sim|~|∼)\s*(?:\\(?:mathrm|text|operatorname)\s*\{{)?\s*(?:Bin(?:omial)?|B)\s*\}}?\s*\(\s*"
    r"(?P<n>[0-9]{1,2})\s*,\s*(?P<p>[0-9./]{1,12}|\\[dt]?frac\{[0-9]{1,4}\}\{[0-9]{1,4}\})\s*\)"
)
_BERNOULLI = lazy(
    rf"{_LIST}\s*(?:\\sim|~|∼|\\stackrel\{{[^{{}}]{{0,12}}\}}\{{\\sim\}}|(?:be|are|is)\s+(?:{_STATED}\s+)?)\s*"
    r"(?:\\(?:mathrm|text|operatorname)\s*\{)?"
    r"\s*(?:Bern(?:oulli)?|Ber)\s*\}?\s*\(\s*(?P<p>[0-9./]{1,12}|\\[dt]?frac\{[0-9]{1,4}\}\{[0-9]{1,4}\})\s*\)"
)


def _uniforms(where: Sentences) -> Iterator[Piece]:
    """Variables uniform on a set of values written out, and Bernoulli variables."""
    for _hit, start, sentence in where.sentences(_UNIFORM_HINT):
        cleaned = _cleaned(sentence)
        for match in (found for pattern in _UNIFORM for found in pattern.finditer(cleaned)):
            if _GIVEN_EVENT.search(cleaned, 0, match.start()):
                continue  # "Given the roll is even, X is uniform on {2,4,6}": X's distribution given an event
            values = _set_values(match.group("items"))
            letters = _letters(match.group("list") or "")
            if values is not None and letters:
                share = tuple(Fraction(1, len(values)) for _ in values)
                yield Piece("base", start + match.start(), letters, values, share, text=match.group())
        for match in (found for pattern in (_BERNOULLI, _BINOMIAL) for found in pattern.finditer(_cleaned(sentence))):
            chance = probability(_STYLED_FRACTION.sub(r"\\frac", match.group("p")))
            trials = int(match.groupdict().get("n") or 1)
            if chance is not None and 0 < trials <= 64:
                values = tuple((Fraction(k), Fraction(0)) for k in range(trials + 1))
                shares = tuple(
                    math.comb(trials, k) * chance**k * (1 - chance) ** (trials - k) for k in range(trials + 1)
                )
                letters = _letters(match.group("list"))
                yield Piece("base", start + match.start(), letters, values, shares, text=match.group())
                if len(letters) > 1 and _INDEPENDENT.search(match.group()):  # X, Y \stackrel{iid}{\sim} Bern(1/2)
                    yield Piece("independent", start + match.start(), letters)


def _set_values(items: str) -> tuple[Value, ...] | None:
    r"""The values of a set written out: ``0, \pi, 2\pi``; ``1, 2, \dots, 6`` (whole numbers, step by step).

    >>> [str(value[0]) for value in _set_values(r"1, 2, \dots, 6")]
    ['1', '2', '3', '4', '5', '6']
    >>> _set_values("a, b") is None, _set_values("1, 1") is None
    (True, True)
    """
    values: list[Value] = []
    parts = [part.strip() for part in items.split(",")]
    for index, part in enumerate(parts):
        if _DOTS.fullmatch(part) and values and index + 1 < len(parts):
            last, step = values[-1], (values[-1][0] - values[-2][0]) if len(values) > 1 else Fraction(1)
            end = read_value(parts[index + 1])
            if end is None or last[1] or end[1] or step <= 0 or (end[0] - last[0]) / step > 64:
                return None
            values += [(last[0] + step * k, Fraction(0)) for k in range(1, int((end[0] - last[0]) / step))]
            continue
        value = read_value(part) if len(part) <= 20 else None
        if value is None:
            return None
        values.append(value)
    return tuple(values) if 1 < len(values) <= 64 and len(set(values)) == len(values) else None


# --- a distribution listed value by value: p_X(0) = p_X(1) = 1/2, P(X=1) = 1/3 -----------------------------------

_VALUE = r"-?\s*[0-9]{0,4}(?:\.[0-9]{1,6})?\s*(?:\\pi|π)?(?:\s*/\s*[0-9]{1,3})?|\\[dt]?frac\{[^{}]{1,8}\}\{[^{}]{1,8}\}"
_TERM = (
    rf"(?:\\Pr|Pr|P|p)\s*(?:_\{{?(?P<sub>{VARIABLE})\}}?\s*\(\s*(?P<first>{_VALUE})\s*\)"
    rf"|[(\[]\s*(?P<var>{VARIABLE})\s*=\s*(?P<second>{_VALUE})\s*[)\]])"
)
_PMF_TERM = lazy(rf"(?<![A-Za-z]){_TERM}\s*=\s*")
_PMF_END = lazy(
    r"(?P<p>[0-9]{1,6}\s*/\s*[0-9]{1,6}|\\[dt]?frac\s*\{\s*[0-9]{1,6}\s*\}\s*\{\s*[0-9]{1,6}\s*\}"
    r"|[0-9]\.[0-9]{1,12}|\.[0-9]{1,12}|[01])(?![0-9./])"
)


def _listed(where: Sentences) -> Iterator[Piece]:
    """A variable's distribution listed value by value (``p_X(0)=p_X(\\pi)=p_X(2\\pi)=1/3``), once its
    probabilities add up to exactly 1: each value once, within one paragraph's reach of the last."""
    open_lists: dict[str, tuple[int, dict[Value, Fraction]]] = {}
    chain: list[tuple[str, Value]] = []
    for match in _PMF_TERM.finditer(where.text):
        letter = (match.group("sub") or match.group("var")).replace("{", "").replace("}", "")
        value = read_value(match.group("first") if match.group("sub") else match.group("second"))
        chain.append((f"{'p_' if match.group('sub') else 'P'}{letter}", value)) if value is not None else chain.clear()
        end = _PMF_END.match(where.text, match.end())
        if end is None:
            if not _PMF_TERM.match(where.text, match.end()):
                chain.clear()
            continue
        chance = probability(_STYLED_FRACTION.sub(r"\\frac", end.group("p")))
        terms, chain = chain, []
        if chance is None or where.in_code(match.start()):
            continue
        for (
            form,
            written,
        ) in terms:  # each letter's list written as p_X(0) and P(X=0) apart: another reader reads the second
            name = form.removeprefix("p_").removeprefix("P")
            start, listed = open_lists.get(form, (match.start(), {}))
            if written in listed or match.start() - start > 2000:
                start, listed = match.start(), {}
            listed[written] = chance
            open_lists[form] = start, listed
            total = sum(listed.values())
            if total == 1 and len(listed) > 1:
                del open_lists[form]
                written_as = f"p_{name} listed" if form.startswith("p_") else f"P({name}=...) listed"
                yield Piece("base", end.end(), (name,), tuple(listed), tuple(listed.values()), text=written_as)
            elif total > 1:
                del open_lists[form]


# --- independence ----------------------------------------------------------------------------------------------

_FACTORED = lazy(
    r"(?:p|P)\s*\(\s*([a-zS-Z])\s*,\s*([a-zS-Z])\s*\)\s*=\s*(?:p|P)\s*\(\s*\1\s*\)\s*(?:\\,|\\cdot)?\s*(?:p|P)\s*\(\s*\2\s*\)"
)
_INDEPENDENCE = lazy(rf"(?i){_INDEPENDENT_WORD}|\\perp|⊥|\\indep|(?:p|P)\s*\(\s*[a-zS-Z]\s*,\s*[a-zS-Z]\s*\)\s*=")
_SAID = (
    lazy(
        rf"(?i){_LIST}\s*(?:are|be|is|were|sont|soient|son|sean|sind|seien|是|为|は|が|는|은|가|:)?\s*"
        rf"(?:mutually|statistically|mutuellement|mutuamente|stochastisch|相互|互相|서로)?\s*{_STATED}"
    ),
    lazy(rf"(?i){_STATED}\s+(?:random\s+variables?\s+|variables?\s+|copies\s+)?{_LIST}"),
    lazy(rf"{_LIST}\s*(?:\\perp|⊥|\\indep)\s*{_LIST.replace('list', 'other')}"),
)
_CONDITIONALLY = lazy(r"(?i)conditional|given|bedingt|condicional|conditionnel|条件|条件付き|조건")


def _independence(where: Sentences) -> Iterator[Piece]:
    """Letters said to be independent, in a sentence that neither denies it nor supposes it: "X and Y are
    independent", "X, Y i.i.d.", ``X \\perp Y``, ``p(x,y)=p(x)p(y)`` (of the letters ``X`` and ``Y``)."""
    for hit, _start, sentence in where.sentences(_INDEPENDENCE):
        if _NEGATION.search(sentence) or _SUPPOSING.search(sentence) or _CONDITIONALLY.search(sentence):
            continue
        factored = _FACTORED.search(sentence)
        if factored is not None:
            yield Piece("independent", hit.start(), tuple(letter.upper() for letter in factored.groups()))
        for said in (match for pattern in _SAID for match in pattern.finditer(_cleaned(sentence))):
            letters = _letters(said.group("list") or "") + _letters(said.groupdict().get("other") or "")
            if len(letters) > 1:
                yield Piece("independent", hit.start(), letters)


# --- functions of other variables ------------------------------------------------------------------------------

_DEFINED = lazy(
    rf"(?<![A-Za-z\\_{{(|\[,=^<>]){VARIABLE}\s*(?:=|:=|\\coloneqq|≔|\\triangleq|\\equiv|\\stackrel\{{[^{{}}]{{0,12}}\}}"
    r"\{=\})(?![=<>])\s*"
)
#: A letter anywhere on a right side not read: ``g(X, Y)``, ``2^X``.
_NAMED = lazy(r"(?<![A-Za-z\\])[S-Z](?![a-z])")
_RIGHT_SIDE = lazy(r"[^$\n;&]{1,80}")
_RIGHT_END = lazy(r"\\\\|\\[)\]]|\\end|\\text\{\s*(?:and|for|if|where)")
_OPERATIONS = {
    "sum": "+",
    "suma": "+",
    "somme": "+",
    "summe": "+",
    "和": "+",
    "합": "+",
    "product": "*",
    "producto": "*",
    "produit": "*",
    "produkt": "*",
    "积": "*",
    "乘积": "*",
    "積": "*",
    "곱": "*",
    "maximum": "max",
    "max": "max",
    "máximo": "max",
    "最大值": "max",
    "最大値": "max",
    "최댓값": "max",
    "최대값": "max",
    "minimum": "min",
    "min": "min",
    "mínimo": "min",
    "最小值": "min",
    "最小値": "min",
    "최솟값": "min",
    "최소값": "min",
    "difference": "-",
    "diferencia": "-",
    "différence": "-",
    "differenz": "-",
    "差": "-",
    "차": "-",
}
_OPERATION = "|".join(sorted(map(re.escape, _OPERATIONS), key=len, reverse=True))
_WORDED = lazy(
    rf"(?i)(?P<target>{_LETTER})\$?\s*(?:is|be|denotes?|=|:|es|sea|est|soit|ist|sei|bezeichne)?\s*(?:the|la|el|le|die"
    rf"|den)?\s*(?P<operation>{_OPERATION})\s*(?:of|de|des|von|aus)\s+\$?(?P<a>{_LETTER})\$?{_JOIN}\$?(?P<b>{_LETTER})"
    rf"|(?P<target2>{_LETTER})\$?\s*(?:为|為|是|=|を|は|는|은|를|을)\s*\$?(?P<a2>{_LETTER})\$?\s*(?:与|與|和|跟|及|と|와|과)\s*\$?"
    rf"(?P<b2>{_LETTER})\$?\s*(?:之|的|の|의)\s*(?P<operation2>{_OPERATION})"
)


#: "Z is the parity of X + Y", in five languages: the sum's remainder by 2.
_PARITY = lazy(
    rf"(?i)(?P<target>{_LETTER})\$?\s*(?:is|be|denotes?|=|:|es|sea|est|soit|ist|sei)?\s*(?:the|la|el|le|die)?\s*"
    r"(?:parity|parit[ée]|paridad|Parität)\s+(?:of|de|von)\s+\$?(?P<inside>[^$.,;\n]{1,30})"
    rf"|(?P<target2>{_LETTER})\$?\s*(?:为|為|是|=|を|は|는|은)\s*\$?(?P<inside2>[^$。，\n]{{1,30}}?)\$?\s*(?:的|の|의)\s*"
    r"(?:奇偶性|パリティ|偶奇|패리티)"
)


def _functions(where: Sentences) -> Iterator[Piece]:
    """Letters given values by formulas (``Z = X + Y``, ``Y = \\cos X``) or in words ("Z is the sum of X and Y");
    a letter given a value that is not read, or one given in a sentence that supposes, is a ``function`` piece
    with no function."""
    for match in _DEFINED.finditer(where.text):
        if where.in_code(match.start()):
            continue
        letter = match.group().split("=")[0].strip(" :\\").split("\\")[0].strip().replace("{", "").replace("}", "")
        side = _RIGHT_SIDE.match(where.text, match.end())
        if side is None:
            continue
        right = side.group()
        cut = _RIGHT_END.search(right)
        right = right[: cut.start()] if cut else right
        function = read_function(right)
        if function is None and not _NAMED.search(right, 0, 40):
            continue  # "Y = 1", "X = 0.5": a value, not a definition
        if function is not None and (letter in function.variables or function.tree[0] == "var"):
            function = None  # X = log X, X = Y: not a construction
        if function is not None and _SUPPOSING.search(where.sentence(match.start())[1]):
            function = None
        yield Piece("function", match.start(), (letter,), function=function, text=f"{letter} = {right.strip()}")
    for match in _PARITY.finditer(where.text):
        inside = read_function(f"({match.group('inside') or match.group('inside2')}) % 2")
        target = match.group("target") or match.group("target2")
        if inside is not None and target not in inside.variables and not where.in_code(match.start()):
            yield Piece("function", match.start(), (target,), function=inside, text=match.group())
    for match in _WORDED.finditer(where.text):
        target, first, second = (match.group(name) or match.group(f"{name}2") for name in ("target", "a", "b"))
        operation = _OPERATIONS[(match.group("operation") or match.group("operation2")).lower()]
        written = f"{operation}({first}, {second})" if operation in ("max", "min") else f"{first} {operation} {second}"
        function = read_function(written)
        if function is not None and not where.in_code(match.start()) and target not in (first, second):
            yield Piece("function", match.start(), (target,), function=function, text=match.group())


#: Characters before a sentence in which two dice rolled make "the pair of scores", "the sum" theirs.
_ROLLED_BEFORE = 300


def _described(where: Sentences) -> Iterator[Piece]:
    """Variables described in words (:mod:`.dice_variables`): a function of two fair dice, or uniform on a range of
    whole numbers; none in a sentence that supposes."""
    for _hit, start, sentence in where.sentences(DESCRIBED_HINT):
        cleaned = _cleaned(sentence)
        if _SUPPOSING.search(cleaned):
            continue
        before = where.text[max(0, start - _ROLLED_BEFORE) : start].rsplit("\n#", 1)[-1]  # not past a heading
        for item in described(cleaned, _cleaned(before)):
            offset = start + item.start
            if item.kind == "range":
                low, high = item.values
                values = tuple((Fraction(k), Fraction(0)) for k in range(low, high + 1))
                share = tuple(Fraction(1, len(values)) for _ in values)
                yield Piece(
                    "base", offset, (item.letter,), values, share, text=f"{item.letter} uniform on {low}..{high}"
                )
                continue
            faces = tuple((Fraction(face), Fraction(0)) for face in range(1, 7))
            dice = "two fair dice"
            yield Piece("base", offset, DICE, faces, tuple(Fraction(1, 6) for _ in faces), text=dice)
            yield Piece("independent", offset, DICE)
            yield Piece("function", offset, (item.letter,), function=read_function(FUNCTIONS[item.kind]), text=dice)


def pieces(document: SourceText) -> list[Piece]:
    """Every piece of a construction the document writes, in document order."""
    where = Sentences(document)
    found = [*_kinds(where), *_uniforms(where), *_listed(where), *_described(where)]
    if not any(piece.kind == "base" for piece in found):
        return []  # no variable has a distribution of its own: nothing is built
    found += [*_independence(where), *_functions(where)]
    return sorted(found, key=lambda piece: piece.offset)
