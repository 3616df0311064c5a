r"""The range of a divergence written as an interval or a chain of bounds: ``Range: [0, ∞)``, ``0 ≤ JS ≤ log 2``.

What an interval says of a measure (KL, the JSD, the cross-entropy, the JS distance, Jeffreys'):

- its upper end: ``∞`` says it is unbounded (true of KL and the cross-entropy, false of the JSD); a finite one
  (``1``, ``log 2``, ``ln 2``) that it is bounded (false of KL). A number below ln 2 ≈ 0.693 as the JSD's upper
  end is too low in bits and in nats alike (``bound_too_low``); one above it only loose, and holds;
- its lower end: ``0`` says it is never negative; ``-∞`` or a negative number that it can be (false of each).

Read here: the interval after a label (``Range: [0, ∞)``, ``Wertebereich``, ``Bornes``, ``Rango``, ``范围``, ``범위``,
``値域``) or after a word for bounded (``beschränkt auf [0,1]``, ``bounded in [0, 1]``, ``borné sur``), of the one
measure named before it on its line (its name standing alone: not the "similarity exp(-KL)") or, failing that, in
the heading or the line just above its list; and a chain ``0 ≤ JS ≤ log 2`` (``0 \le D_{KL}(P\|Q) \le \infty``)
with the measure's symbol in it. The entropy's range depends on the number of outcomes and is not read here.
:func:`interval_claims` is also how a table cell under a "Range" column is read
(:mod:`~kldocs.checker.table_properties`).

>>> interval_claims("jsd", "[0, log 2]"), interval_claims("kl", "[0, ∞)")
([('negative', True), ('bounded', False)], [('negative', True), ('bounded', True)])
>>> interval_claims("jsd", "[0, 0.5]"), interval_claims("kl", "(-∞, ∞)")
([('negative', True), ('bound_too_low', False)], [('negative', False), ('bounded', True)])
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText, text_lines
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.named_measures import measures_in, mentions_of, named_variant
from kldocs.checker.pronoun_properties import lead_line
from kldocs.checker.property_claims import Property
from kldocs.checker.screens import mentions

_INFINITE = r"\+?\s*(?:∞|\\infty|inf(?:inity)?|\\infin)"
_LOG2 = r"\\?(?:log|ln)\s*(?:_\s*\{?\s*(?:2|e)\s*\}?|₂)?\s*(?:\(\s*2\s*\)|\{\s*2\s*\}|2)(?![0-9.])|log₂\s*2"
_NUMBER = r"[-−]?\s*[0-9]+(?:[.,][0-9]+)?"


def _end(name: str) -> str:
    """One end of an interval, as group ``name``: infinite (maybe negative), log 2 in some base, or a number (maybe
    "1 bit")."""
    return rf"(?P<{name}>[-−]?\s*(?:{_INFINITE})|{_LOG2}|{_NUMBER})(?:\s*(?:bits?|nats?))?"


_INTERVAL = lazy(r"[\[(]\s*" + _end("lower") + r"\s*[,;]\s*" + _end("upper") + r"\s*[\])]", re.IGNORECASE)
#: "≥ 0" alone: the lower end only.
_AT_LEAST = lazy(r"(?:≥|>=|\\geq?)\s*(?P<lower>0)(?![.,]?[0-9])")
#: The measures whose range is read, and the largest value of each in nats when it is bounded.
_MEASURES = {"kl": None, "cross_entropy": None, "jeffreys": None, "jsd": math.log(2), "js_distance": None}
#: A label of a measure's range, or a word for bounded, before its interval.
_LABEL = lazy(
    r"(?<![^\W\d_])(?:range|(?:the\s+)?values?\s+in|bounds?|(?:is\s+)?bounded\s+(?:in|on|by|to|within)|rango|"
    r"acotad[ao]\s+en|limitad[ao]\s+a|intervalo|bornes?|born[ée]e?\s+(?:sur|dans|par)|intervalle|valeurs|"
    r"Wertebereich|Bereich|beschr[äa]nkt\s+auf|liegt\s+in|intervallo|范围|取值范围|值域|範囲|値域|범위|값의\s*범위|"
    r"диапазон|область\s+значений)(?![^\W\d_])[*_]*\s*[:：]?\s*[*_`$]*",
    re.IGNORECASE,
)
_LABEL_ANCHORS = (
    *("range", "value", "bound", "rango", "acotad", "limitad", "intervalo", "bornes", "born", "intervalle"),
    *("wertebereich", "bereich", "beschr", "liegt", "范围", "值域", "範囲", "値域", "범위", "диапазон", "область"),
)
#: What opens every interval read: a bracket, then 0 or a minus.
_INTERVAL_ANCHORS = ("[0", "(0", "[ 0", "( 0", "[-", "(-", "[−", "(−", "[ -", "( -")
#: A measure's symbol in a chain of bounds: ``JS``, ``JSD(P||Q)``, ``D_{KL}(P \| Q)``, ``H(P, Q)``.
_ARGUMENTS = r"(?:\s*\(\s*[A-Za-z](?:\s*(?:\|\||‖|\\\||\\parallel|,|;)\s*[A-Za-z])?\s*\))?"
_SYMBOL = (
    r"(?P<symbol>(?:D_?\s*\{?\s*(?:JS|KL)\s*\}?|\\mathrm\{(?:JS|KL)\}|JSD|JS|KL|D_?\s*\{?\s*\\mathrm\{(?:JS|KL)\}\s*\}?)"
    + _ARGUMENTS
    + r"|H\s*\(\s*P\s*,\s*Q\s*\))"
)
_LE = r"(?:≤|<=|\\le(?:q)?(?![A-Za-z])|\\leqslant)"
_CHAIN = lazy(
    r"(?<![0-9.])(?:" + _end("lower") + r")\s*" + _LE + r"\s*" + _SYMBOL + r"\s*" + _LE + r"\s*"
    r"(?:" + _end("upper") + r")(?![0-9A-Za-z(])",
    re.IGNORECASE,
)
_CHAIN_ANCHORS = ("≤", "<=", "\\le")
#: What makes a line say no range of its own: it asks, supposes or reports a mistake.
_NOT_STATED = lazy(
    r"(?<![^\W\d_])(?:if|suppose|wrong|false|myth|not|si|wenn|falls|faux|falsch|incorrect[oa]?|error|"
    r"erreur|fehler|mistake|claim\w*)(?![^\W\d_])|[?？]|如果|만약|もし",
    re.IGNORECASE,
)


def interval_claims(measure: str, text: str) -> list[tuple[str, bool]]:
    """What the interval (or "≥ 0") that opens ``text`` says of ``measure``: ``(property, negated)`` pairs."""
    if measure not in _MEASURES:
        return []
    found = _INTERVAL.match(text.strip()) or _AT_LEAST.match(text.strip())
    return [] if found is None else _claims(measure, found)


def _claims(measure: str, found: re.Match[str]) -> list[tuple[str, bool]]:
    """The claims the ends of an interval (groups ``lower`` and ``upper``) make of ``measure``."""
    said: list[tuple[str, bool]] = []
    lower = _value(found.group("lower"))
    if lower is not None and lower <= 0:
        said.append(("negative", lower == 0))
    upper = _value(found.group("upper")) if "upper" in found.re.groupindex else None
    if upper is None or upper <= 0:
        return said if upper is None else []  # an upper end of 0 or less is no range
    largest = _MEASURES[measure]
    if largest is not None and upper < round(largest, 2):  # 0.69 for ln 2 is a rounded log 2
        return [*said, ("bound_too_low", False)]
    return [*said, ("bounded", math.isinf(upper))]


def _value(end: str | None) -> float | None:
    """An end's value (``log 2`` as ln 2, the least it stands for in bits or nats), or None."""
    if end is None:
        return None
    flat = "".join(end.split()).replace("−", "-").lower()
    if re.search(r"∞|infty|inf", flat):
        return -math.inf if flat.startswith("-") else math.inf
    if "log" in flat or "ln" in flat:
        return math.log(2)
    return float(flat.replace(",", "."))


def range_properties(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The ranges a paragraph states, line by line: after a label or a word for bounded, or as a chain of bounds."""
    text = document.text[paragraph.offset : paragraph.offset + len(paragraph.text)]  # its lines as written
    chains = mentions(text, _CHAIN_ANCHORS)
    if not chains and not (mentions(text, _INTERVAL_ANCHORS) and mentions(text, _LABEL_ANCHORS)):
        return
    for line_start, line in text_lines(text):
        if _NOT_STATED.search(line):
            continue
        if chains:
            yield from _chains(document, paragraph.offset + line_start, line)
        named: _Named | None = None
        for label in _LABEL.finditer(line):
            interval = _INTERVAL.match(line, label.end())
            if interval is None:
                continue
            named = named or _Named(line)
            measure = named.before(label.start()) or _lead_measure(document, paragraph.offset + line_start)
            if measure in _MEASURES:
                offset = paragraph.offset + line_start + label.start()
                shown = line[label.start() : interval.end()]
                for kind, negated in _claims(measure, interval):
                    yield Property(document.line(offset), shown, measure, kind, negated, offset)


def formula_ranges(document: SourceText, region: Region) -> Iterator[Property]:
    r"""The chain of bounds a displayed formula states (``$$0 \le D_{JS}(P\|Q) \le \ln 2$$``): no paragraph holds it.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("$$0 \\le D_{KL}(P\\|Q) \\le \\infty$$\n", "a.md")
    >>> [(item.property, item.negated) for math in document.math for item in formula_ranges(document, math)]
    [('negative', True), ('bounded', True)]
    """
    if region.kind == "display" and mentions(region.text, _CHAIN_ANCHORS):
        yield from _chains(document, region.offset, region.text)


def _chains(document: SourceText, offset: int, line: str) -> Iterator[Property]:
    """``0 ≤ JS ≤ log 2`` on a line (``JS ∈ [0, 1]`` is :mod:`~kldocs.checker.formula_properties`' to read)."""
    for chain in _CHAIN.finditer(line):
        measure = _measure(chain.group("symbol"))
        if measure in _MEASURES:
            place = offset + chain.start()
            for kind, negated in _claims(measure, chain):
                yield Property(document.line(place), chain.group(), measure, kind, negated, place)


#: The JS divergence's short name alone, which :func:`~kldocs.checker.named_measures.measures_in` reads only in a word.
_SHORT_JS = lazy(r"(?<![A-Za-z])(?:D_?\s*\{?\s*)?(?:JS|\\mathrm\{JS\})(?![A-Za-z])")


def _measure(text: str) -> str | None:
    """The one measure ``text`` names, or None."""
    named = measures_in(text)
    if not named and _SHORT_JS.search(text):
        return "jsd"
    return named_variant(text, next(iter(named))) if len(named) == 1 else None


#: What makes a measure's name part of another quantity's: a function or operator applied to it ("exp(-KL)",
#: "1 - JSD", "√JSD" is the JS distance's), or a word for another quantity ("the similarity exp(-KL)").
_APPLIED_BEFORE = lazy(r"(?i)(?:[-−+*/^(√]|(?<![A-Za-z])(?:exp|log|ln|sqrt))\s*$")
_APPLIED_AFTER = lazy(r"\s*[)^*/+]")
_OTHER_QUANTITY = lazy(
    r"(?i)(?<![A-Za-z])(?:similarity|affinity|score|ratio|exp(?:onential)?|inverse|reciprocal)(?![A-Za-z])"
)


#: Characters read around a measure's name for what makes it another quantity.
_AROUND = 40


class _Named:
    """The measures a line names, found once: which one stands alone before a place in it.

    >>> named = _Named("KL divergence, range: [0, ∞); the similarity exp(-KL), range: (0, 1]")
    >>> named.before(14), named.before(54)
    ('kl', None)
    """

    def __init__(self, line: str) -> None:
        self.line = line
        self.found = [item for item in mentions_of(line) if item[2] != "divergence"]
        self.ends = [end for _, end, _ in self.found]
        self.alone: list[str | None] = []  # the measure all of the first k mentions name, or None
        for _, _, measure in self.found:
            previous = self.alone[-1] if self.alone else measure
            self.alone.append(measure if previous == measure else None)
        short = _SHORT_JS.search(line)
        self.short = len(line) + 1 if short is None else short.end()

    def before(self, place: int) -> str | None:
        """The one measure named before ``place``, its name standing alone, or None."""
        count = bisect.bisect_right(self.ends, place)
        if count == 0:
            return "jsd" if self.short <= place else None
        measure = self.alone[count - 1]
        start, end, _ = self.found[count - 1]
        if measure is None or not self._alone(start, end, place):
            return None
        return named_variant(self.line[max(0, start - _AROUND) : min(place, end + _AROUND)], measure)

    def _alone(self, start: int, end: int, place: int) -> bool:
        """Whether the name at ``start:end`` stands alone before the label at ``place``."""
        line = self.line
        return not (
            _APPLIED_BEFORE.search(line, max(0, start - 8), start)
            or _APPLIED_AFTER.match(line, end)
            or _OTHER_QUANTITY.search(line, max(0, start - _AROUND), min(place, end + _AROUND))
        )


def _lead_measure(document: SourceText, offset: int) -> str | None:
    """The one measure the line above a list item (a heading, or a line that ends in a colon) names, or None."""
    if not document.text[offset:].lstrip(" \t").startswith(("-", "*", "+", "•")):
        return None
    lead = lead_line(document, offset)
    if lead is None or not (lead.startswith("#") or lead.rstrip("*_ ").endswith(":") or len(lead) <= 60):
        return None
    return _measure(lead)
