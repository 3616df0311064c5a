r"""An entropy given in words for probabilities a sentence lists: "the set `[2/9, 3/9, 4/9]` gives the entropy 1.53".

Prose often lists a distribution's probabilities without naming it (a list in
brackets or braces, maybe as code, ``[1/4, 1/4, 1/2]``; or after "probabilities",
"概率", "확률": "with probabilities 0.5, 0.25 and 0.25", "概率分别为1/4、1/8、1/8和1/2"; or as percentages, see
:mod:`~kldocs.checker.percent_lists`)
and then gives its entropy: in the same sentence or in the answer below the
question ("试求...平均信息量。解: ... =1.75bit/符号"). The value is tied to the list
only when

- the list's probabilities are fractions or decimals that sum to exactly 1;
- the value is the first number written after the list (no other number, and no
  other list, between them), at most :data:`REACH` characters after it;
- the clause just before the value names the entropy (entropy, entropia, 熵,
  平均信息量, 엔트로피, エントロピー, or a bare ``H =``) and nothing that makes it another quantity
  (a maximum, several events or symbols, a joint or conditional entropy, another
  measure, a supposition) and gives the number as its value ("is", "of", "I get",
  ``=``, "为"; "the entropy to 3 places" does not).
- for percentages, the entropy is not said to be of something named ("Train 80%, test 20%; the
  entropy of the labels is 0.7": another distribution, perhaps).

The value is then claimed to be the entropy of the list, ``H(2/9, 3/9, 4/9)``, in
the unit written after it or, if none, in the usual bases; the list is that
claim's own, not a distribution in force for the claims below it. Scanned answer sheets write the digit 1
as the letter l in fractions (``l/8``); such an item is read as 1 where the list's
other items are fractions. A value a formula gives is not read again; one read in
words as a value of the distributions in force is this list's instead.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The set is `[1/4, 1/4, 1/2]`, which gives the entropy $1.5$.\n", "a.md")
>>> [claim.text for claim in listed_entropies(document, set())]
['-(1/4 \\log(1/4) + 1/4 \\log(1/4) + 1/2 \\log(1/2)) = 1.5']
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceText
from kldocs.checker.explicit_entropy import explicit_entropies
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import COMPARED_AFTER, COMPARED_BEFORE
from kldocs.checker.numbered_answers import numbered_answers
from kldocs.checker.own_objects import own_object
from kldocs.checker.percent_lists import percent_lists
from kldocs.checker.repeated_draws import repeated_draws, times_before
from kldocs.checker.screens import ignoring_case, mentions
from kldocs.checker.worded_groups import group_entropy, worded_groups
from kldocs.checker.written_values import NUMBER, SEVERAL, UNIT, converted_after, share_value, unit_base, values_after

#: How far after a list its entropy is looked for.
REACH = 300
#: Lists read in one document at most (each looks at a few hundred characters around it).
MAX_LISTS = 2000

_PLAIN = r"(?:[0-9]++(?:\.[0-9]++)?|l(?![\w'’]))(?:\s?/\s?[0-9]++)?"  # not the l of "l'entropie"
#: A fraction in LaTeX: ``\frac{1}{10}``, ``\tfrac14``, ``\dfrac 1 2``.
_FRAC = r"\\[dt]?frac\s?(?:\{\s?[0-9]++\s?\}|[0-9])\s?(?:\{\s?[0-9]++\s?\}|[0-9])"
#: One probability: a decimal, a fraction or a percentage (``40%``, ``40\%``), maybe in its own ``$...$``.
_ITEM = r"\$?\s?(?:" + _FRAC + "|" + _PLAIN + r"(?:\s?\\?%)?)(?:\s?\$)?"
_BRACKETED = lazy(r"(?<![A-Za-z0-9_\]\)])[\[{]\s?(?P<items>" + _ITEM + r"(?:\s?[,;]\s?" + _ITEM + r"){1,63})\s?[\]}]")
#: A fenced block that is only a list of probabilities set apart by commas: ``1/8,1/8,4/8,2/8``.
_BARE = lazy(r"\s*(?P<items>" + _ITEM + r"(?:\s?[,;]\s?" + _ITEM + r"){1,63})\s*")
_BARE_LONGEST = 1000
_FENCE_CLOSE = lazy(r"\s*(?:```|~~~)[^\n]*")


def _past_fence(text: str, offset: int, bare: re.Match[str]) -> tuple[int, int, int]:
    """Where a fenced list (``bare``, in the paragraph at ``offset``) starts, where its items start, and where its
    fence closes, from which its entropy is looked for."""
    closing = _FENCE_CLOSE.match(text, offset + bare.end())
    return bare.start(), bare.start("items"), (bare.end() if closing is None else closing.end() - offset)


#: Probabilities listed after a word for them: "probabilities 0.5, 0.25 and 0.25", "概率分别为1/4、1/8和1/2".
_LISTED = lazy(
    r"(?:probabilit(?:y|ies|és?)|概率|확률|確率|probabilidades?|probabilità|wahrscheinlichkeiten|вероятност(?:и|ями))"
    r"[^0-9\n.。]{0,24}?"
    r"(?P<items>" + _ITEM + r"(?:/?\s?(?:[,，、]|,? (?:and|e|y|et|und|и)|和|与|及|및|と)\s?" + _ITEM + r"){1,63})",
    re.IGNORECASE,
)
_FRACTION = lazy(r"\\[dt]?frac(?:\{([0-9]++)\}|([0-9]))(?:\{([0-9]++)\}|([0-9]))")
_DECIMAL = lazy(r"[0-9]++(?:\.[0-9]++)?")
#: A word for probabilities, one of which a paragraph with no brackets must hold to be read.
_PROBABILITY = lazy("probabili|wahrscheinlichkeit|вероятност|概率|확률|確率", re.IGNORECASE)
_PROBABILITY_ANCHORS = ignoring_case("probabili", "wahrscheinlichkeit", "вероятност", "概率", "확률", "確率")
_SEPARATOR = lazy(r"/?\s?(?:[,，、;]|,? (?:and|et|und|e|y|и)(?!\w)|和|与|及|및|と)\s?", re.IGNORECASE)
#: What stands right before a list that is a call's argument: ``entropy(``, ``f(p, ``.
_CALLED = lazy(r"[(,]\s?`?\s?$")
#: Where a clause ends: a full stop, a blank line, or a line break before a list item's marker.
_CLAUSE_END = lazy(r"[.!?。！？](?:\s|$)|[。！？]|\n\s*\n|\n[ \t]*(?:[-*+•]|[0-9]{1,3}[.)])[ \t]")
#: The entropy named: a word for it, or a bare ``H`` given a value ("Fair coin $p = [0.5, 0.5]$: $H = 1$ bit").
_ENTROPY = lazy(
    r"(?<![\w-])entrop|энтропи|熵|平均信息量|엔트로피|エントロピー|(?-i:(?<![\w\\])H(?=\s?\$?\s?(?:=|≈|\\approx)))",
    re.IGNORECASE,
)
#: Words that make the value another quantity than the entropy of the list.
_OTHER = lazy(
    r"\bmax|\bmin|\bevents\b|\brolls\b|\bdraws\b|\bpairs\b|\bblocks?\b|\bsequences?\b|extension|joint|"
    r"conditional|mutual|cross|divergence|relative|\bKL\b|\bif\b|\bsuppose|\btwo\b|\bthree\b|\bboth\b|\bn\b|"
    r"\btotal\b|\bsum\b|最大|最小|联合|条件|扩展|互信息|如果|若|최대|최소|결합|조건|máxim|conjunta|condicional|"
    # the same in other languages, and a measure of two distributions or variables: "кросс-энтропия H(p, q) ="
    r"кросс|перекр[её]стн|дивергенц|взаимн|условн|совместн|Kreuz|Divergenz|bedingte|gemeinsame|Transinformation|"
    r"crois[ée]e|conjointe|conditionnelle|mutuelle|cruzada|mutua|incrociata|交叉|散度|相对|交差|相互情報|条件付き|"
    r"発散|ダイバージェンス|교차|크로스|발산|상호|(?<![A-Za-z])[HDIJ]\s?\(\s?[A-Za-z][\w]*\s?[,;|‖:]",
    re.IGNORECASE,
)
#: What stands right before a value given to the entropy: a verb, "of", a sign, or the entropy's name itself.
_LINK = lazy(
    r"(?:(?<![A-Za-z])(?:is|are|was|be|of|get|got|gives?|gave|makes?|equals?|approximately|about|around|roughly|"
    r"é|es|è|est|ist|vale|vaut|beträgt|liegt\s+bei|von|de|di|obtemos|obtenemos|otteniamo|entropy|entropia|entropía|entropie|равна|равно)|"
    r"[=:≈~为是约約은는이가は熵量피ー]|\\approx|\\simeq)$",
    re.IGNORECASE,
)
_COMPARED_BEFORE = lazy(COMPARED_BEFORE)
_COMPARED_AFTER = lazy(COMPARED_AFTER, re.IGNORECASE)
#: An answer's label right before a value in bits or nats: the value is the list's entropy, the answer asked for.
_ANSWER = lazy(
    r"(?:(?<![A-Za-z])(?:[Aa]nswer|[Aa]ntwort|[Rr]éponse|[Rr]espuesta|[Rr]esposta|[Оо]твет)|答案|答え|정답|답)\s?[:：]\s*$"
)
#: Most characters between a list and an answer's value given right after it (``. Ответ: ``).
_ANSWER_GAP = 16
#: How far before a list the clause of its value may open ("the entropy of `[0.5, 0.5]` is 1").
_OPENING = 120
#: Numbers after a list that may stand between it and its entropy, each in a clause that does not name the entropy.
_SKIPPED = 2
#: Words between a list and a later number that may make it the value of another distribution.
_ANOTHER = lazy(
    r"probabilit|概率|확률|\bfair\b|uniform|\bcoin|\bdie\b|\bdice\b|\bother\b|another|\bsecond\b|instead|"
    r"\bwhile\b|whereas|\bbut\b|\bper\b|[;:]",
    re.IGNORECASE,
)
_STOPS = ("\n#", "```", "\\section", "\\item")
#: An operator right after a number: the number is a term of working, not a value ("H = 0.125 · 3 + ...").
_OPERATOR = lazy(r"\s?(?:[·×+/−]|\*(?!\*)|-|\\cdot|\\times)\s?(?:[0-9(\\]|log)")
#: What may follow a line's last value: a unit, a closing ``$``, a full stop.
_UNIT_OR_STOP = lazy(
    r"\s?\$?\s?(?:\\text\{\s?)?(?:bits?|nats?|бит\w*|нат\w*|比特|奈特|비트|나트|ビット|ナット)?\}?\s?\$?\s?[.。]?\s*"
)
#: The last value of a line of working: after its last sign, then maybe a unit and a full stop.
_LAST = lazy(r"(?:=|≈|\\approx)\s?\$?\s?(?P<number>[0-9]++(?:[.,][0-9]++)?)[^=≈\n]{0,24}$", re.MULTILINE)


def listed_entropies(document: SourceText, read: set[int]) -> Iterator[CommentClaim]:
    """Entropy claims of the lists the prose gives (see the module's docstring); ``read``: values formulas give."""
    text = document.text
    lists = 0
    waiting: list[tuple[int, _Listed]] = []  # lists given no value: their answers may be listed by number below
    for paragraph in document.paragraphs:
        if lists > MAX_LISTS:
            break
        raw = text[paragraph.offset : paragraph.offset + len(paragraph.text)]
        printed = document.printed(paragraph.offset)
        bare = _BARE.fullmatch(raw) if printed and len(raw) <= _BARE_LONGEST else None  # a fenced 1/8,1/8,4/8,2/8
        grouped = worded_groups(raw)
        if bare is not None:
            printed = False  # a list on its own in a fence: the sentence after it gives its entropy
        elif (
            not any(mark in raw for mark in "[{、%")
            and not (mentions(raw, _PROBABILITY_ANCHORS) and _PROBABILITY.search(raw))
            and not grouped
            and not ("(" in raw and mentions(raw, _DISTRIBUTION_ANCHORS))
        ):
            continue
        found = [
            *([_Listed(_past_fence(text, paragraph.offset, bare), _items(bare["items"]), False)] if bare else []),
            *(_Listed(match, _items(match.group("items")), False) for match in _BRACKETED.finditer(raw)),
            *(_Listed(match, _items(match.group("items")), True) for match in _LISTED.finditer(raw)),
            *(_Listed(match, _items(match.group("items")), True) for match in _DISTRIBUTION_TUPLE.finditer(raw)),
            *(
                _Listed((start, start, end), items, False, True, share=share)
                for start, end, items, share in percent_lists(raw)
            ),
        ]
        found += [_Listed((start, start, end), None, False, groups=groups) for start, end, groups in grouped]
        found = sorted(_apart(found), key=lambda listed: listed.items_at)
        lists += len(found)
        unvalued: list[_Listed] = []  # lists of the paragraph given no value yet, in order
        shares_valued = False  # whether a share of two outcomes in the paragraph was given its entropy
        for index, listed in enumerate(found):
            written, worded = listed.written, listed.worded
            if written is None or _CALLED.search(raw, max(0, listed.start - 4), listed.start) or printed:
                continue  # entropy([0.5, 0.5], base=2): a call's argument; printed output: no sentence
            whole = _sums_to_one(written)
            if whole is not True and not worded:
                continue  # a list in brackets that may be counts or weights
            start = paragraph.offset + listed.end
            following = found[index + 1].items_at + paragraph.offset if index + 1 < len(found) else None
            value = _value_after(document, (paragraph.offset + listed.start, start), following)
            if value is None and listed.share and shares_valued:  # "불량률 20%일 때는 0.722 nats." after others
                value = share_value(text, start)
            if value is None and whole:
                waiting.append((paragraph.offset + listed.items_at, listed))
                unvalued.append(listed)
            if value is not None and (series := values_after(text, value[0])):
                # "A: 0.5, 0.25, 0.25 ... B: 0.7, 0.2, 0.1. Their entropies are 1.5 and 1.157 bits": the values are
                # of the lists in order, when there are as many; else of none of them alone
                named = [*unvalued, listed] if whole and len(series) == len(unvalued) + 1 else []
                for owner, (at, said) in zip(named, series, strict=False):
                    if at not in read and owner.written is not None and not owner.groups:
                        yield from _claim(owner, (at, said), apart=True)
                unvalued = []
                continue
            between = document.text[start : value[0]] if value is not None else ""
            if unvalued and listed not in unvalued and SEVERAL.search(between):
                continue  # "Their entropies are about 1.5 bits (A) and 1.16 (B)": whose is the first value?
            if value is None or value[0] in read or (listed.percent and _of_another(between, listed.share)):
                continue
            if listed.share and "%" in between:
                continue  # "불량률이 30%에서 10%로 줄면": the share changed before the value
            if listed.groups and value[2] == 1 and (_of_another(between) or _new_subject(between)):
                continue  # "Each card has 1/52. The entropy of a suit is 2 bits.": said of something else
            if own_object(between) is not None:
                continue  # "... [0.025, 0.925, ...]. The entropy of the one-hot target is 0": of its own object
            if whole or listed.groups:
                yield from _claim(listed, value[:2], apart=bool(listed.groups), times=value[2])
                shares_valued = shares_valued or listed.share
                if whole and not listed.groups and value[2] == 1:  # "- H = 1.5 bits", then "- H = 1.040 nats"
                    for at, said in converted_after(text, value[0]):
                        yield from _claim(listed, (at, said), apart=True)
                continue
            total = sum((Fraction(item) for item in written), Fraction(0))
            rounded = " (rounded, perhaps)" if whole is None and abs(total - 1) < Fraction(1, 20) else ""
            note = f"the probabilities listed ({', '.join(written)}) sum to {float(total):g}{rounded}, not 1"
            yield CommentClaim(value[1], value[0], note=note + ", so the entropy given for them is not judged")
    for listed, at, said in numbered_answers(text, waiting):  # "(3) 確率 0.25, 0.75" ... "解答 ... (3) 0.81125 ビット"
        if at not in read:
            yield from _claim(listed, (at, said), apart=True)


#: A list in parentheses right after the word "distribution" ("for the distribution (0.5, 0.25, 0.25)", "分布
#: (0.25, 0.25, 0.25, 0.25) のエントロピー"): not a function's arguments.
_DISTRIBUTION_TUPLE = lazy(
    r"(?:(?<![\w-])(?i:distribution|Verteilung|distribuci[óo]n|distribui[çc][ãa]o|distribuzione|loi|"
    r"распределени[ея]|phân\s+phối)|分布|분포)\s?\$?\s?\((?P<items>"
    + _ITEM
    + r"(?:\s?[,;]\s?"
    + _ITEM
    + r"){1,63})\s?\)"
)
_DISTRIBUTION_ANCHORS = ignoring_case("distribu", "verteilung", "loi", "распределени", "phân phối", "分布", "분포")


def _rounded_logs(groups: tuple[tuple[int, str], ...], said: str) -> bool:
    """Whether a value given apart from its working (a sentence's groups, an answer by number) is the list's entropy
    worked with rounded logarithms: off in its last places by less than 1 part in 10,000 (``0.81125`` bits for
    0.25, 0.75: 0.5 + 0.75 × 0.415), which is the author's rounding, not a slip.

    >>> groups = ((1, "0.25"), (1, "0.75"))
    >>> _rounded_logs(groups, "0.81125 bits"), _rounded_logs(groups, "0.8113 bits"), _rounded_logs(groups, "0.82 bits")
    (True, False, False)
    """
    number, _, unit = said.partition(" ")
    bases = [2.0] if unit == "bits" else [math.e] if unit == "nats" else [2.0, math.e]
    written, half = float(number), 0.5 * 10.0 ** -len(number.partition(".")[2])
    for base in bases:
        value = -sum(count * float(Fraction(p)) * math.log(float(Fraction(p)), base) for count, p in groups)
        if abs(value - written) <= half * 1.000001:
            return False
        if abs(value - written) < 1e-4 * value:
            return True
    return False


def _claim(listed: _Listed, value: tuple[int, str], *, apart: bool, times: int = 1) -> Iterator[CommentClaim]:
    """The claim that ``value`` (where it is, and as written with its unit) is the entropy of a list, or of ``times``
    independent draws from it; one given ``apart`` from its working that is the entropy worked with rounded
    logarithms is not judged."""
    groups = tuple((times * count, p) for count, p in listed.groups or ((1, item) for item in listed.written or ()))
    if apart and _rounded_logs(groups, value[1]):
        note = "it is the entropy of the probabilities before it worked with rounded logarithms (off by less than 1 "
        yield CommentClaim(
            value[1], value[0], note=note + "part in 10,000), which is the author's rounding: not judged"
        )
    elif listed.groups or times > 1:
        yield group_entropy(groups, value[1], value[0])
    elif listed.written is not None:
        claim = f"H({', '.join(listed.written)}) = "
        yield from itertools.islice(explicit_entropies(claim + value[1], value[0] - len(claim)), 1)


class _Listed:
    """A list found in a paragraph: where it starts, where its items start, where it ends, its probabilities (None
    when they are none), whether words named them probabilities, whether it was written as percentages and whether
    it is one share of two outcomes ("70 % heads", "a defect rate of 30%")."""

    def __init__(
        self,
        where: re.Match[str] | tuple[int, int, int],
        written: tuple[str, ...] | None,
        worded: bool,
        percent: bool = False,
        groups: tuple[tuple[int, str], ...] = (),
        share: bool = False,
    ):
        spans = (where.start(), where.start("items"), where.end()) if isinstance(where, re.Match) else where
        self.start, self.items_at, self.end = spans
        self.written, self.worded, self.percent, self.groups = written, worded, percent, groups
        self.share = share  # one share of two outcomes: a coin's side, a rate
        if groups:  # a sentence's groups (:mod:`~kldocs.checker.worded_groups`): their probabilities, each once
            self.written = tuple(probability for _, probability in groups)
            self.worded = True


def _apart(found: list[_Listed]) -> list[_Listed]:
    """The lists found, less a sentence's groups that overlap a list read otherwise (that reading stands), and less
    a list not read that overlaps groups."""
    listed = [item for item in found if not item.groups]
    read = [item for item in listed if item.written is not None]
    groups = [item for item in found if item.groups and all(_apart_from(item, other) for other in read)]
    # a list not read inside a sentence's groups is their words misread ("probabilidade 0,5": 0 and 5), not a list
    return [item for item in listed if item.written is not None or all(_apart_from(item, g) for g in groups)] + groups


def _apart_from(one: _Listed, other: _Listed) -> bool:
    """Whether two lists found share no characters."""
    return one.end <= other.start or other.end <= one.start


#: An entropy's name followed by what it is of: "the entropy of the labels is", "l'entropie des classes", "标签的熵".
_OF_ANOTHER = lazy(
    r"(?:entrop\w*|엔트로피|エントロピー)\s(?:of|de|del|des|du|der|di|da|do)\s|的(?:信息)?熵|의\s?엔트로피|のエントロピー|"
    # a noun set before it, no particle or ending between: "제품 구성 엔트로피" (not "섀넌 엔트로피", "이진 엔트로피")
    r"(?<!섀넌)(?<!샤논)(?<!이진)(?<=[가-힣])(?<![는은이가면서때고로도에])\s?엔트로피",
    re.IGNORECASE,
)


#: The two outcomes of a share named as what the entropy is of: the coin, "defective or not", 여부, 是否.
_TWO_WAY = lazy(
    r"(?i:\bcoins?\b|\bor\s+not\b|\bwhether\b)|여부|동전|是否|硬币|硬幣|かどうか|コイン|ob\s+|oui\s+ou\s+non|o\s+no\b"
)


#: A sentence's opening that carries on with what the sentence before it described: "Its entropy", "So".
_CARRIES_ON = lazy(
    r"\s*(?:its|their|so|thus|hence|therefore|then|this\s+gives|donc|d'où|also|daher|luego|por\s+lo\s+tanto|portanto|"
    r"ihre?|seine?|son|sa|leur|su|sus|seu|sua|его|её|ее|их|"
    r"поэтому|тогда|따라서|그|所以|因此|其|它|その|この|answer|antwort|réponse|respuesta|resposta|ответ|答案|答え|정답|답)(?!\w)"
    # or the entropy itself, not of something named: "The entropy is", "L'entropie est", "엔트로피는", "熵为"
    r"|\s*(?:(?:the|la|le|l'|die|das|el|a|o|its)\s*)?(?:entrop\w*|энтропи\w*|엔트로피|エントロピー|熵|平均情報量)"
    r"(?!\s+(?:of|de|del|des|du|der|di|da|do)\s)",
    re.IGNORECASE,
)
_SENTENCE_STOP = lazy(r"[.;!?。；！？](?:\s|$)")


def _new_subject(between: str) -> bool:
    """Whether a sentence starts between a sentence's groups of outcomes and a value and opens with something else
    than what the groups describe ("A codon has entropy ...", "The entropy of a suit is ...").

    >>> _new_subject(". A codon has entropy "), _new_subject(". Its entropy is "), _new_subject(", so the entropy is ")
    (True, False, False)
    """
    stops = list(_SENTENCE_STOP.finditer(between))
    return bool(stops) and _CARRIES_ON.match(between, stops[-1].end()) is None


def _of_another(between: str, share: bool = False) -> bool:
    """Whether the entropy given after percentages is said to be of something named (perhaps another distribution:
    "Train 80%, test 20%; the entropy of the labels is 0.7"), not of the percentages' own; after one ``share``
    of two outcomes, the coin or the yes-or-no it names is its own ("동전의 엔트로피", "불량 여부의 엔트로피").

    >>> _of_another("; the entropy of the class labels is "), _of_another(". Its entropy is ")
    (True, False)
    >>> _of_another('인 공정에서 "불량 여부"의 엔트로피는 ', True), _of_another("인 공정의 구성 엔트로피는 ", True)
    (False, True)
    """
    return _OF_ANOTHER.search(between) is not None and not (share and _TWO_WAY.search(between) is not None)


def _items(listed: str) -> tuple[str, ...] | None:
    r"""The probabilities of a list, each as a decimal or ``a/b`` (``l/8`` read ``1/8``, ``\tfrac14`` ``1/4``, ``40%``
    ``0.40``), when each is one (above 0, at most 1), else None."""
    items = [_plain(item) for item in _SEPARATOR.split(listed.strip())]
    fractions = sum("/" in item for item in items)
    if any(item.startswith("l") for item in items) and fractions < len(items) - 1:
        return None  # a letter l, not a scanned 1, where the other items are no fractions
    items = [item.replace("l", "1") for item in items]
    try:
        values = [Fraction(item) for item in items]
    except (ValueError, ZeroDivisionError):
        return None
    if len(values) < 2 or any(not 0 < value <= 1 for value in values):
        return None
    return tuple(items)


def _plain(item: str) -> str:
    r"""One probability as explicit entropies write it: ``$\frac{1}{10}$`` as ``1/10``, ``40\%`` as ``0.40``."""
    item = item.strip(" $").replace(" ", "")
    frac = _FRACTION.fullmatch(item)
    if frac is not None:
        numerator, denominator = frac.group(1) or frac.group(2), frac.group(3) or frac.group(4)
        return f"{numerator}/{denominator}"
    if item.endswith("%"):
        number = item.rstrip("%\\")
        return str(Decimal(number).scaleb(-2)) if _DECIMAL.fullmatch(number) else item
    return item


def _sums_to_one(items: tuple[str, ...]) -> bool | None:
    """True when the probabilities sum to exactly 1, False when they miss it by more than their rounding could,
    None when they miss it by no more than that (``0.33, 0.33, 0.33``)."""
    total = sum((Fraction(item) for item in items), Fraction(0))
    if total == 1:
        return True
    decimals = [item.partition(".")[2] for item in items if "/" not in item and "." in item]
    slack = sum((Fraction(1, 2 * 10 ** len(places)) for places in decimals), Fraction(0))
    return None if abs(total - 1) <= slack else False


def _worked_value(window: str, at: int) -> re.Match[str] | None:
    """The value a line of working comes to, from ``at`` on: the number after its last sign, followed by nothing but
    a unit and a full stop ("... + 0.5 · 1 = 1.75 bits."), as a number matched in ``window``.

    >>> window = " · 3 + 0.5 · 1 = 1.75 bits.\\nNext"
    >>> _worked_value(window, 0).group(), _worked_value(" · 3 + 0.5 · 1", 0)
    ('1.75', None)
    """
    end = window.find("\n", at)
    last = _LAST.search(window, at, len(window) if end < 0 else end)
    if last is None or not _UNIT_OR_STOP.fullmatch(window, last.end("number"), last.end()):
        return None
    return NUMBER.match(window, last.start("number"), last.end())


def _value_after(document: SourceText, listed: tuple[int, int], following: int | None) -> tuple[int, str, int] | None:
    """Where the entropy of a list (from ``listed[0]`` to ``listed[1]``) is given, and the value as written with its
    unit (``"1.846 bits"``), and how many draws it is of (:mod:`~kldocs.checker.repeated_draws`): the first number
    after the list, or a later one in a clause of its own that names the
    entropy ("the perplexity is 3.6, since the entropy is 1.85 bits"), when nothing between may make it another's."""
    start = listed[1]
    window = document.text[start : min(start + REACH, following if following is not None else len(document.text))]
    for stop in _STOPS:
        at = window.find(stop)
        if at >= 0:
            window = window[:at]
    window, counts = repeated_draws(window)  # "for 3 symbols in a row", "twice": the value is of that many draws
    opening = max(0, listed[0] - _OPENING)
    previous = 0
    for count, number in enumerate(itertools.islice(NUMBER.finditer(window), _SKIPPED + 1)):
        if count == 0:
            before = document.text[opening:start] + window[: number.start()]  # the clause may open before the list
            ends = list(_CLAUSE_END.finditer(before))
            clause = before[ends[-1].end() :] if ends else before
            if ends and clause.strip(" \t-*+•") == "" and before[: ends[-1].start()].rstrip().endswith((":", "：")):
                clause = before[
                    ends[-2].end() if len(ends) > 1 else 0 : ends[-1].start()
                ]  # "のエントロピー:", "- 2 ビット"
            if _OTHER.search(clause):
                return None
        else:
            clause = window[previous : number.start()]
            if _OTHER.search(window, 0, number.start()) or _ANOTHER.search(window, 0, number.start()):
                return None  # "..., while for a fair coin the entropy is 1": another distribution's value
        previous = number.end()
        entropy = _ENTROPY.search(clause)
        unit = UNIT.match(window, number.end())
        if entropy is None and unit is not None and len(window[: number.start()].strip()) <= _ANSWER_GAP:
            entropy = _ANSWER.search(clause)  # "Ответ: 1,58 бита": an answer in bits right after the list
        if entropy is None or len(clause) - entropy.end() > 60:
            continue
        if not _LINK.search(clause.rstrip(" \t\n$*")[-40:]):
            return None  # "Calculate the entropy to 3 places": the number is not given as its value
        if _COMPARED_BEFORE.search(clause.rstrip(" \t\n$*")[-12:]) or _COMPARED_AFTER.match(window, number.end()):
            return None  # "熵至少为 0.9 比特", "0.9ビットを超える": a bound, not the value
        at = start + number.start()
        if _OPERATOR.match(window, number.end()):  # "H = 0.125 · 3 + ... = 1.75 bits": the value ends the working,
            worked = _worked_value(window, number.end())  # and the claim stands where the working starts, so that
            if worked is None:  # the working's own sum stays a claim of its own
                return None
            number, unit = worked, UNIT.match(window, worked.end())
        times = times_before(window, counts, number.start(), number.end())
        if times is None:
            return None
        base = unit_base(unit.group("unit")) if unit else None
        written = number.group().replace(",", ".")  # a decimal comma: "1,58 bits"
        said = f"{written} {'bits' if base == '2' else 'nats'}" if base in ("2", "e") else written
        return at, said, times
    return None
