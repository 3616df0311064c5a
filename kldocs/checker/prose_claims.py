r"""Values claimed in words: "the KL divergence is 1.336 nats", "엔트로피는 약 0.63", "the result is about 0.693".

A sentence that names a measure without its distributions and gives it a
value is a :class:`ProseValue`; the verdicts try it on the distributions in
force (both directions for KL and cross-entropy, each distribution for
entropy), since the sentence does not say which is meant. A sentence that
gives "the result" a value speaks of the formula just above it, when that
formula ends in an expression with logarithms and no value; it becomes an
ordinary :class:`~kldocs.checker.claims.Found` claim about that expression.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The KL divergence is **0.0305** nats.\n", "a.md")
>>> [(item.measure, item.written, item.unit) for item in prose_values(document, document.prose[0])]
[('kl', '0.0305', 'e')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kldocs.checker.chains import statements
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import (
    MEASURE_ANCHORS,
    MEASURE_WORDS,
    NOT_THE_VALUE,
    combined_before,
    extreme_before,
    not_in_force,
    scaled_before,
)
from kldocs.checker.own_distributions import OWN_KIND
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.screens import mentions
from kldocs.checker.tokens import TooComplexError, tokenize
from kldocs.checker.trees import has_logs
from kldocs.exact import Base

#: A value: its digits cut off when dots follow them; a power of ten after them is its own (``2.02e-06``).
_NUMBER = r"(?P<number>-?[0-9]+(?:\.[0-9]+(?:\.\.\.|…|⋯)?)?(?:[eE][-+]?[0-9]{1,3})?)(?![eE][-+]?[0-9])"
#: A unit after the number; a Korean one may have its particle glued to it (``0.611 나트이다``).
_UNIT = r"(?:\s*(?P<unit>(?:nats?|bits?|bans?|hartleys?)\b|비트|나트|내트))?"
_DIGIT = lazy("[0-9]")
_VALUE = lazy(
    # Not the joint, conditional or differential entropy, which no distribution in force gives.
    r"(?=[kcjrse엔쿨교크])(?<![A-Za-z])(?<!joint\s)(?<!conditional\s)(?<!differential\s)"
    + MEASURE_WORDS
    + r"(?:\s+(?:value|score))?"
    r"(?:\s+between\s+(?:them|the\s+two(?:\s+(?:probability\s+)?distributions)?|[A-Za-z]\s+and\s+[A-Za-z]))?"
    r"(?:\s+(?:is|was|equals|comes\s+to|of)|\s*(?:은|는|이|가|값은|값이))"
    r"(?:\s+(?-i:H)\s?=)?"  # "the entropy is H = 1.5 bits"
    r"\s+(?P<about>(?:about|approximately|approx\.|roughly|around|nearly|약|대략)\s+)?[*_]{0,2}"
    + _NUMBER
    + r"(?![0-9]|\.[0-9]|\s?/\s?[0-9]|\s?[*·]\s?[0-9(])[*_]{0,2}(?!,[0-9])"  # 1,5 is not 1; 3/2, 3*2 not 3
    + r"(?![0-9.]*\s*(?:%|percent|times|×|x\b|이면|이라면|일\s*때|에|으로|보다|과|와|이상|이하|부터|사이))"
    + _UNIT
    + NOT_THE_VALUE,
    re.IGNORECASE,
)
#: A bare symbol given a value and a unit in a sentence: "For our example, KL = 0.51 nats" (a bullet restating it);
#: read only where the sentence points back to the pair in force (see :data:`_POINTS_BACK`).
_SYMBOL_VALUE = lazy(
    r"(?<![A-Za-z_\\(|])(?P<measure>KL|JSD)(?![A-Za-z_(\[{])\s*(?:=|≈)\s*(?P<about>)"
    + _NUMBER
    + r"(?![0-9]|\.[0-9])\s*(?P<unit>nats?|bits?)\b"
    + NOT_THE_VALUE
)
#: Words by which a sentence points back to the pair in force: "in the example above", "here", "for this pair".
_POINTS_BACK = lazy(
    r"(?i)(?<![A-Za-z])(?:above|here|this\s+(?:pair|example|case|calculation|computation)|our|in\s+total|"
    r"the\s+result)(?![A-Za-z])"
)
_RESULT = lazy(
    r"(?<![A-Za-z])(?:(?:the\s+)?(?:result|answer|value)"
    r"(?:\s+of\s+(?:the|this)\s+(?:calculation|computation|expression))?\s+is"
    r"|(?:which|this|that)\s+(?:equals|comes\s+to|gives|is(?=\s+(?:about\s+|approximately\s+)?[0-9.]+\s*(?:nat|bit))))"
    r"\s+(?P<about>(?:about|approximately|roughly|around)\s+)?"
    + _NUMBER
    + _UNIT
    + NOT_THE_VALUE
    # the same value in another unit, in brackets or after "i.e." / "or" / "that is": "0.2231 nats (0.3219 bits)"
    + r"(?:\s*(?:\(|,?\s+(?:i\.\s?e\.,?|or|that\s+is,?))\s*(?P<second>[0-9]+\.[0-9]+)\s*(?P<other>nats?|bits?)\b)?",
    re.IGNORECASE,
)
_RESULT_ANCHORS = ("result", "answer", "value", "which", "this", "that")
_CONDITION = lazy(
    r"(?<![A-Za-z])(?:if|when|whenever|unless|suppose|assuming|assume)(?![A-Za-z])|경우|일\s*때|如果|若", re.IGNORECASE
)
#: A "result" sentence speaks of a formula at most this many lines above it.
RESULT_REACH = 4


@dataclass(frozen=True)
class ProseValue:
    """A value given in words to a measure whose distributions the sentence does not name.

    Attributes
    ----------
    measure
        ``kl``, ``cross_entropy``, ``entropy``, ``jsd`` or ``js_distance``.
    written
        The number as written; ``approximate`` when "about" or its like precedes it.
    unit
        ``"e"``, ``"2"`` or ``"10"`` from a unit after the number, or None.
    names
        The two distributions the words name without saying which comes first ("from P to Q"), or empty.
    """

    line: int
    text: str
    measure: str
    written: str
    unit: str | None
    approximate: bool
    offset: int = 0
    names: tuple[str, ...] = ()


def prose_values(document: SourceText, region: Region) -> Iterator[ProseValue]:
    """The values a line of prose gives to measures named in words."""
    if not mentions(region.text, MEASURE_ANCHORS) or _DIGIT.search(region.text) is None:  # a value has a digit
        return
    text = region.text.replace(BLANK, " ")
    symbols = _restatements(text) if "KL" in text or "JSD" in text else ()
    for match in itertools.chain(_VALUE.finditer(text), symbols):
        sentence_start = max(text.rfind(mark, 0, match.start()) for mark in (". ", "! ", "? ", "; ")) + 1
        if _CONDITION.search(text[sentence_start : match.start()]) or not_in_force(text, sentence_start, match.start()):
            continue  # "if the two are the same, the divergence is 0", "two flips have": not the distributions in force
        if scaled_before(text, match.start("measure"), sentence_start):
            continue  # "twice the cross-entropy is 2.986 bits", "a total KL divergence of 73.7 bits": not its value
        if combined_before(text, sentence_start, match.start("number")):
            continue  # "the entropy plus the KL divergence is 1.529 bits": arithmetic of measures, not one's value
        if _counted(text, match):
            continue  # "the entropy of 8 equally likely outcomes is 3 bits": 8 counts outcomes, it is no value
        if _scaled_formula(document, region, match.end("measure"), match.start("number")):
            continue  # "the KL divergence $10 \cdot D(P\|Q)$ is about 7.37 bits": the formula's value, a multiple
        extreme = extreme_before(text, match.start("measure"), sentence_start)
        if extreme and not OWN_KIND.search(text, sentence_start, match.start()):
            continue  # "the maximum entropy is 1 bit": a bound, not a value of the one in force (a fair coin's is)
        offset = region.offset + match.start("number")
        unit = match.group("unit") or _unit_before(text[sentence_start : match.start("number")])
        named = Base.from_unit(unit) if unit else None
        base = named.name if named is not None else None
        shown = " ".join(match.group().split())
        measure = measure_named(match.group("measure"))
        yield ProseValue(
            document.line(offset), shown, measure, match.group("number"), base, bool(match.group("about")), offset
        )


def _restatements(text: str) -> Iterator[re.Match[str]]:
    """The bare symbols given a value (``KL = 0.51 nats``) in sentences that point back to the pair in force; "After
    100 steps of training, KL = 0.05 nats" or "Typical values: KL = 0.1 nats" speak of other distributions.

    >>> said = "Typical values: KL = 0.1 nats. In the example above, KL = 0.51 nats."
    >>> [found.group() for found in _restatements(said)]
    ['KL = 0.51 nats']
    """
    for match in _SYMBOL_VALUE.finditer(text):
        start = max(text.rfind(mark, 0, match.start()) for mark in (". ", "! ", "? ", "; ", "\n")) + 1
        ends = [end for end in (text.find(mark, match.end()) for mark in (". ", "! ", "? ", "; ", "\n")) if end >= 0]
        if _POINTS_BACK.search(text, start, min(ends, default=len(text))):
            yield match


#: A unit the sentence names before its value ("In nats, the KL divergence is 0.173", "en bits, l'entropie vaut"),
#: with no number between them.
_UNIT_BEFORE = lazy(r"(?i)\b(?:in|en|em)\s+(?P<unit>nats?|bits?)\b[^0-9]*\Z")


def _unit_before(lead: str) -> str | None:
    """The unit ``lead`` (a sentence up to its value) names in a phrase such as "in nats", in lower case, or None.

    >>> _unit_before("In nats, the KL divergence is about "), _unit_before("In bits it is 0.2, and the JSD is ")
    ('nats', None)
    """
    if "nat" not in (lowered := lead.lower()) and "bit" not in lowered:  # most sentences name none
        return None
    found = _UNIT_BEFORE.search(lead)
    return None if found is None else found.group("unit").lower()


#: "of" (and maybe "about") right before a value, and a word right after it.
_OF_BEFORE = lazy(r"(?i)\bof\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?[*_]{0,2}\Z")
_WORD_AFTER = lazy(r"[*_]{0,2}\s+[^\W\d_]")


def _counted(text: str, match: re.Match[str]) -> bool:
    """Whether the value after "of" is followed by a word, not a unit: what it counts ("the entropy of 8 equally likely
    outcomes", "the KL divergence of 10 i.i.d. copies"), not the measure's value.

    >>> _counted("The entropy of 8 equally likely outcomes is 3 bits.", _VALUE.search("The entropy of 8 equally"))
    True
    """
    number = match.start("number")
    return (
        match.group("unit") is None
        and _OF_BEFORE.search(text, match.start(), number) is not None
        and _WORD_AFTER.match(text, match.end("number")) is not None
    )


#: A coefficient before a symbol in a formula: ``10 \cdot D(P\|Q)``, ``3H(Q)``, ``2 \, JSD``.
_COEFFICIENT = lazy(r"(?<![\w.{])[0-9]+(?:\.[0-9]+)?\s*(?:\\[,;:! ]|\\cdot|\\times|[×·*])?\s*(?:[A-Z]|\\[A-Za-z])")


def _scaled_formula(document: SourceText, region: Region, start: int, end: int) -> bool:
    r"""Whether a formula written between a measure's name and its value (``region.text[start:end]``, blanked there)
    multiplies a measure by a number: the value is then the formula's, not the measure's.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text(r"The KL divergence $10 \cdot D(P\|Q)$ is about 7.37 bits.", "a.md")
    >>> _scaled_formula(document, document.prose[0], 17, 40)
    True
    """
    if BLANK not in region.text[start:end]:
        return False
    written = document.text[region.offset + start : region.offset + end]
    return len(written) == end - start and _COEFFICIENT.search(written) is not None


def _named(group: str) -> str:
    return rf"[*_`]{{0,2}}(?P<{group}>[A-Za-z](?:_[0-9])?)[*_`]{{0,2}}"


_LABELLED = lazy(
    r"^\s*+[*_]{0,2}(?:(?:Shannon\s+)?entropy\s+(?:of|for)\s+"
    + _named("one")
    + r"|(?:KL[ -]divergence|Kullback[-‐ ]Leibler\s+divergence|relative\s+entropy)\s+of\s+"
    + _named("p")
    + r"\s+from\s+"
    + _named("q")
    + r"|(?:JS|Jensen[-‐ ]Shannon)[ -]divergence\s+(?:of|between)\s+"
    + _named("m")
    + r"\s+and\s+"
    + _named("n")
    + r")\s*[:=]\s*[*_`]{0,2}(?P<about>~|≈)?\s*(?P<number>-?[0-9]+\.[0-9]+)[*_`]{0,2}\s*(?P<unit>nats?|bits?)?\s*$",
    re.IGNORECASE,
)


def labelled_values(document: SourceText, region: Region) -> Iterator[tuple[int, str]]:
    r"""Lines a format string printed: ``Entropy of P: 1.295 bits``, ``KL divergence of P from Q: 0.04``.

    "The KL divergence of P from Q" is D(P||Q); the JS divergence of (or between) two is symmetric.
    Yields each number's offset and the claim.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("Entropy of P: 1.295 bits\nKL divergence of P from Q = 0.0401\n", "a.md")
    >>> [claim for region in document.prose for _, claim in labelled_values(document, region)]
    ['H(P) = 1.295 bits', 'D_KL(P||Q) = 0.0401']
    """
    if not mentions(region.text, MEASURE_ANCHORS):
        return
    offset = region.offset
    for line in region.text.split("\n"):
        match = _LABELLED.match(line.replace(BLANK, " "))
        if match is not None:
            relation = "\\approx" if match.group("about") else "="
            if match.group("one"):
                symbol = f"H({match.group('one')})"
            elif match.group("p"):
                symbol = f"D_KL({match.group('p')}||{match.group('q')})"
            else:
                symbol = f"JSD({match.group('m')}||{match.group('n')})"
            claim = f"{symbol} {relation} {match.group('number')} {match.group('unit') or ''}"
            yield offset + match.start("number"), claim.rstrip()
        offset += len(line) + 1


def measure_named(words: str) -> str:
    """The measure words name: ``"cross_entropy"`` for "cross-entropy", ``"kl"`` for "relative entropy"."""
    lowered = words.lower()
    if "cross" in lowered or "교차" in lowered or "크로스" in lowered:
        return "cross_entropy"
    if "jensen" in lowered or lowered.startswith("js"):
        return "js_distance" if lowered.endswith("distance") else "jsd"
    if "kl" in lowered or "kullback" in lowered or "relative" in lowered or "발산" in lowered:
        return "kl"
    return "entropy"


def result_claims(document: SourceText, region: Region, formulas: list[Region]) -> Iterator[tuple[int, str, str]]:
    """For "the result is about 0.693": the formula's last expression, the claim as text, and the number's offset.

    ``formulas`` are the display formulas before this line, the nearest last.
    """
    if not formulas or document.row(region.offset) - document.row(formulas[-1].offset) > RESULT_REACH:
        return  # no formula near enough above the line's first row (and so above any of its numbers)
    if not mentions(region.text, _RESULT_ANCHORS):
        return
    text = region.text.replace(BLANK, " ")
    for match in _RESULT.finditer(text):
        offset = region.offset + match.start("number")
        above = [
            formula for formula in formulas if 0 < document.row(offset) - document.row(formula.offset) <= RESULT_REACH
        ]
        if not above:
            continue
        expression = _open_expression(above[-1].text)
        if expression is None:
            continue
        relation = "\\approx" if match.group("about") else "="
        said = " ".join(match.group().split())
        measure = _measure_side(above[-1].text)
        if match.group("unit") is None or measure is None:  # its value in the base of its own logarithms
            yield offset, f"{expression} {relation} {match.group('number')}", said
            continue
        yield offset, f"{measure} {relation} {match.group('number')} {match.group('unit')}", said
        if match.group("second") is not None and match.group("other")[:3].lower() != match.group("unit")[:3].lower():
            second = region.offset + match.start("second")
            yield second, f"{measure} {relation} {match.group('second')} {match.group('other')}", said


def _measure_side(formula: str) -> str | None:
    """The formula's first side when it is one measure symbol (``D_{KL}(P\\|Q)``), which a value in a unit is of."""
    first = re.split(r"(?<![<>!\\])=|\\approx|≈", formula)[0].strip()
    try:
        tokens = tokenize(first)
    except TooComplexError:
        return None
    return first if len(tokens) == 1 and tokens[0].kind == "measure" else None


def _open_expression(formula: str) -> str | None:
    """The formula's last side when it has logarithms and no value of its own (else None)."""
    last = re.split(r"(?<![<>!\\])=|\\approx|≈", formula)[-1].strip()
    if not last or re.fullmatch(r"[-0-9.\s]+", last):
        return None
    try:
        tokens = tokenize(f"{last} = 1")
    except TooComplexError:
        return None
    found = statements(tokens, f"{last} = 1")
    return last if any(has_logs(statement.left) for statement in found) else None
