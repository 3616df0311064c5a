r"""Values restated after the claim that gave them take that claim's verdict: "Therefore, the entropy ... is 8.045".

A claim judged on a line (``H = 8.045`` at the end of a worked entropy,
``H(A) = -[0.8 log₂ 0.8 + ...] ≈ 0.884``) is often said again below it: in
words ("Therefore, the entropy of the Flat Distribution is approximately
8.045", "the entropy of $Y$ is 0.971 bits"), as "this value" ("这个值(约0.884比特)")
or as a formula that cannot be judged on its own (``$H(X) = 4$`` where X is
given by no distribution). Such a restatement inherits the verdict of the
claim it restates, and its note names that claim's line, only when both say
the same thing exactly:

- the same measure of the same thing: the same symbol (``H(Y)`` and "the
  entropy of $Y$"), or the same named distribution ("the Flat Distribution":
  a claim written ``H = ...`` names the distribution last named
  "... Distribution" in the few lines above it), in the same exercise; "this
  value" names the claim just above it (at most :data:`POINTING_ROWS` rows
  up), when that claim is of the measure the words speak of;
- the same value to the written digits (``8.045`` and ``8.045``, not ``8.04``);
- the same unit, when the restatement writes one;
- and the restated claim is the last claim about that subject before it, at
  most :data:`DISTANCE` characters up (a subject given another value since,
  even on a line not read, is not restated).

A claim that is arithmetic only (``0.529 + 0.442 = 0.971`` read for a
``H(Y)`` that could not be judged) is no claim about the measure, and is not
restated; a worked expansion (``-[0.8 log₂ 0.8 + ...] ≈ 0.884``) is the
measure written out, and is. "approximately 8.045" restates ``8.045`` as well.

>>> from kldocs.checker import check_text
>>> text = "The Even Distribution has p = (1/4, 1/4, 1/4, 1/4).\nH = -4 * 1/4 * log₂(1/4)\nH = 3\n\n"
>>> text += "So the entropy of the Even Distribution is 3.\n"
>>> [(claim.lines, claim.verdict) for claim in check_text(text, "a.txt").claims if claim.text.endswith("3")]
[((2, 3), 'false'), ((5,), 'false')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from kldocs.checker.checked import Checked
from kldocs.checker.documents import SourceText
from kldocs.checker.found import Found
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.trees import has_logs, measures_in

#: A measure's symbol: ``H``, ``H(X, Y)``, ``I(X;Y)``, ``D_{KL}(P \| Q)``, ``H_p(X)``.
_SYMBOL = r"(?:H|I|D|KL|JSD?|CE)(?:_\{?[A-Za-z]{1,3}\}?)?(?:[ \t]*(?:\\left)?\([^()\n]{1,40}(?:\\right)?\))?"
#: The subject written just before a claim's value: ``H = `` in ``H = 8.045``, ``H(Y) \approx ``.
_SUBJECT_BEFORE = lazy(r"(?<![A-Za-z_\\])(?P<symbol>" + _SYMBOL + r")[ \t]*(?:=|≈|\\approx)[ \t$]*$")
#: The symbol a line opens with: ``H(A) = - [0.8*log₂(0.8) + ...] ≈ 0.884``.
_HEAD = lazy(r"(?:[ \t$•*+-]|\\\[)*+(?P<symbol>" + _SYMBOL + r")[ \t]*(?:=|≈|\\approx)")
#: A distribution named in words: "the Flat Distribution", "distribution Q".
_NAMED = lazy(r"\b(?P<word>[A-Z][a-z]{2,20})[ \t]+[Dd]istribution\b|\b[Dd]istribution[ \t]+(?P<letter>[A-Z])\b")
#: "the entropy of the Flat Distribution is approximately 8.045", "the entropy of $X$ is 1 bit".
_WORDED = lazy(
    r"\b(?:[Tt]he|[Ii]ts)[ \t]+[Ee]ntropy[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:(?P<word>[A-Z][a-z]{2,20})[ \t]+[Dd]istribution|"
    r"[Dd]istribution[ \t]+\$?(?P<letter>[A-Z])\$?|\$(?P<symbol>[A-Z])\$)"
    r"[ \t]+(?:is|was|equals|comes[ \t]+to)[ \t]+(?P<about>(?:approximately|about|roughly|around|nearly)[ \t]+)?"
    r"\$?(?P<value>[0-9]{1,6}(?:\.[0-9]{1,12})?)\$?(?:[ \t]*(?P<unit>bits?|nats?)\b)?(?=[ \t]*(?:[.,;:)]|and\b|$))",
)
_IGNORED = lazy(r"[\s${}]|\\left|\\right|\\[,;!]")
_NUMBER = lazy(r"[0-9]+(?:\.[0-9]+)?")
#: Lines above a claim written ``H = ...`` read for the distribution it is about.
NAMING_ROWS = 15
#: Characters read back from a claim's value for its symbol, and a row above it for a distribution's name.
_REACH = 200
#: Why a claim is unchecked when nothing gives what it is about.
_NOTHING_GIVEN = (
    "not defined before this line",
    "no distribution kldocs reads is given before or in this sentence",
    "which kldocs does not check (it needs their joint distribution)",
)
#: Rows a value in words may stand below the claim whose value it gives again without naming it.
POINTING_ROWS = 3
#: Most characters between a claim and a restatement of it.
DISTANCE = 4000
#: An entropy written without arguments (``H = 1.846``), and the value after a symbol.
_OTHER_VALUE = lazy(r"(?<![A-Za-z_\\])H(?![A-Za-z(_])")
_VALUE_AFTER = lazy(r"[ \t$]*(?:=|≈|\\approx)[ \t$]*([0-9]+(?:\.[0-9]+)?)")
#: Most other values of an entropy looked at between a claim and its restatement.
MOST_BETWEEN = 20
#: Most restatements read in one document.
MOST = 1000


@dataclass(frozen=True)
class _Said:
    """A judged claim that gives a subject a value: where, the value as written, and its verdict."""

    offset: int
    value: str
    checked: Checked


def restated_claims(
    document: SourceText, results: list[tuple[int, Checked]], items: Sequence[object]
) -> list[tuple[int, Checked]]:
    """``results`` and the restatements in words that no claim covers, each judged as the claim it restates;
    ``items``: what the results were judged from (:class:`Found` statements and :class:`ProseValue` items)."""
    statements = {item.offset: item for item in items if isinstance(item, Found)}
    values = {item.offset: item for item in items if isinstance(item, ProseValue)}
    said: dict[str, list[_Said]] = {}
    order: list[tuple[int, str]] = []  # every judged claim's offset and subject, in order
    for offset, checked in sorted(results, key=lambda pair: pair[0]):
        item = statements.get(offset)
        subject = _subject(document, item) if item is not None and item.statement.text == checked.text else None
        if subject is not None and item is not None:
            said.setdefault(subject, []).append(_Said(offset, item.statement.right_text.strip(), checked))
            order.append((offset, subject))
    starts = {key: [entry.offset for entry in entries] for key, entries in said.items()}
    judged = []
    for offset, checked in results:
        if offset in values:
            checked = _pointing(document, checked, values[offset], said, starts, order)
        elif offset in statements:
            checked = _symbol(document, checked, statements[offset], said, starts)
        judged.append((offset, checked))
    return judged + list(_worded(document, judged, said, starts))


def _symbol(
    document: SourceText, checked: Checked, item: Found, said: dict[str, list[_Said]], starts: dict[str, list[int]]
) -> Checked:
    """``$H(X) = 4$`` not judged on its own (X given by no distribution) restating ``H(X) = 16 × [...] = 4`` above:
    that claim's verdict."""
    key = _own_subject(item) if item.statement.text == checked.text and _unjudged(checked) else None
    earlier = _earlier(said, starts, key, item.offset) if key is not None else None
    if key is None or earlier is None or earlier.checked.verdict == "unchecked":
        return checked
    unit = {"2": "bits", "e": "nats"}.get(item.statement.unit or item.line_unit or "")
    if not _same(earlier, item.statement.right_text.strip(), unit) or _apart(document, key, earlier, item.offset):
        return checked
    return replace(_inherited(document, earlier, checked.lines, checked.text), kind=checked.kind)


def _pointing(
    document: SourceText,
    checked: Checked,
    value: ProseValue,
    said: dict[str, list[_Said]],
    starts: dict[str, list[int]],
    order: list[tuple[int, str]],
) -> Checked:
    """A value in words not judged on its own ("这个值(1.405比特)", "this value, about 0.884 bits") that gives the same
    measure the same digits as the claim just above it (the last one, at most :data:`POINTING_ROWS` rows up) takes
    that claim's verdict."""
    index = bisect.bisect_left(order, (value.offset, ""))
    if not _unjudged(checked) or value.names or index == 0:
        return checked
    offset, key = order[index - 1]
    if _measure(key) != value.measure or document.row(value.offset) - document.row(offset) > POINTING_ROWS:
        return checked
    earlier = _earlier(said, starts, key, value.offset)
    unit = {"2": "bits", "e": "nats"}.get(value.unit or "")
    if earlier is None or earlier.checked.verdict == "unchecked" or not _same(earlier, value.written, unit):
        return checked
    return replace(_inherited(document, earlier, checked.lines, checked.text), kind=checked.kind)


def _unjudged(checked: Checked) -> bool:
    """Whether a claim is unchecked only because nothing gives what it is about (not because of a condition, a
    digit cut off or a formula about other symbols, which the claim it restates would not settle)."""
    return checked.verdict == "unchecked" and any(reason in checked.note for reason in _NOTHING_GIVEN)


def _measure(key: str) -> str | None:
    """The measure a subject is of: ``H(A)`` an entropy, ``H(P,Q)`` a cross-entropy, ``D(P||Q)`` a KL divergence."""
    arguments = key.partition("(")[2]
    if key.startswith("H"):
        return "cross_entropy" if "," in arguments and not set(arguments) & set("UVWXYZ;|") else "entropy"
    return {"D": "kl", "K": "kl", "J": "jsd", "C": "cross_entropy"}.get(key[:1])


def _worded(
    document: SourceText, results: list[tuple[int, Checked]], said: dict[str, list[_Said]], starts: dict[str, list[int]]
) -> Iterator[tuple[int, Checked]]:
    """Restatements in words on lines where no claim gives the same number."""
    if not said:
        return
    numbers: dict[int, set[str]] = {}
    for _, checked in results:
        for line in checked.lines:
            numbers.setdefault(line, set()).update(_NUMBER.findall(checked.text))
    left = MOST
    for region in document.prose:
        text = document.text[region.offset : region.offset + len(region.text)]
        if "ntropy" not in text and "NTROPY" not in text:
            continue
        for match in _WORDED.finditer(text):
            left -= 1
            if left < 0:
                return
            name = match.group("word") or match.group("letter") or match.group("symbol")
            key = f"H[{name.casefold()}]" if match.group("word") else f"H({name})"
            offset = region.offset + match.start("value")
            line, value = document.line(offset), match.group("value")
            earlier = _earlier(said, starts, key, offset)
            if earlier is None or value in numbers.get(line, set()) or not _same(earlier, value, match.group("unit")):
                continue
            if _apart(document, key, earlier, offset):
                continue
            shown = " ".join(match.group().split())
            yield offset, replace(_inherited(document, earlier, (line,), shown), kind="entropy")


def _apart(document: SourceText, key: str, earlier: _Said, offset: int) -> bool:
    """Whether the restated claim is in another exercise (whose names are its own) or too far above
    (:data:`DISTANCE`), or what it is about is written with another value between the two (``H = 1.846`` on a line
    not read)."""
    exercises = document.exercises
    if offset - earlier.offset > DISTANCE or bisect.bisect(exercises, earlier.offset) != bisect.bisect(
        exercises, offset
    ):
        return True
    text, named = document.text, key.startswith("H[")
    symbol = _OTHER_VALUE if named else re.compile("[ \t]*".join(re.escape(character) for character in key))
    for count, match in enumerate(symbol.finditer(text, earlier.offset + len(earlier.value), offset)):
        value = _VALUE_AFTER.match(text, match.end())
        if value is None or value.group(1) == earlier.value:
            continue
        if count >= MOST_BETWEEN or not named or _named_above(text, match.start()) in (key, None):
            return True  # the same entropy given another value (or perhaps so)
    return False


def _subject(document: SourceText, item: Found) -> str | None:
    """What a judged claim gives a value of: its measure symbol, or the symbol written just before its value (the
    entropy ``H`` of ``H = 8.045``, named by the distribution last named above it); None for arithmetic only."""
    statement = item.statement
    if statement.written_backwards or _NUMBER.fullmatch(statement.right_text.strip()) is None:
        return None
    own = None if statement.fallback else _own_subject(item)
    if own is not None:
        return own
    if not has_logs(statement.left):
        return None  # "0.5 + 0.5 = 1": arithmetic, about no measure (an expansion is the measure written out)
    # where the claim starts: a display's first row (``H(X) = -(``), its value rows below (``\right) = 1.5``)
    begin = min(item.offset, item.offset - statement.offset + min(statement.left.start, statement.right.start))
    low = max(0, begin - _REACH)
    start = document.text.rfind("\n", low, begin) + 1
    before = _SUBJECT_BEFORE.search(document.text, max(start, low), begin)
    if before is None and (start > 0 or low == 0):  # the symbol the line opens with: H(A) = -[...] ≈ 0.884
        before = _HEAD.match(document.text, start, begin)
    if before is None:
        return None
    symbol = _normal(before.group("symbol"))
    if symbol != "H":
        return symbol
    return _named_above(document.text, item.offset)


def _named_above(text: str, offset: int) -> str | None:
    """The entropy of the distribution last named in the few rows above ``offset`` (:data:`NAMING_ROWS`), if any."""
    top = text.rfind("\n", max(0, offset - _REACH), offset) + 1
    bottom = max(0, top - NAMING_ROWS * _REACH)
    for _ in range(NAMING_ROWS):
        top = max(bottom, text.rfind("\n", bottom, max(top - 1, 0)) + 1)
        if top == bottom:
            break
    names = list(_NAMED.finditer(text, top, offset))
    if not names:
        return None
    last = names[-1]
    return f"H[{last.group('word').casefold()}]" if last.group("word") else f"H({last.group('letter')})"


def _own_subject(item: Found) -> str | None:
    """The symbol of a claim ``SYMBOL = number`` (``H(X, Y) = 1.846``), normalised, else None."""
    statement = item.statement
    symbols = measures_in(statement.left)
    if len(symbols) != 1 or _NUMBER.fullmatch(statement.right_text.strip()) is None:
        return None
    if _NUMBER.search(statement.left_text) or symbols[0].args is None:
        return None
    return _normal(statement.left_text)


def _normal(symbol: str) -> str:
    """A symbol with spaces, braces and sizing commands left out and its bars written one way."""
    return _IGNORED.sub("", symbol).replace("\\|", "||").replace("‖", "||").replace("\\parallel", "||")


def _earlier(said: dict[str, list[_Said]], starts: dict[str, list[int]], key: str, offset: int) -> _Said | None:
    """The last claim about ``key`` before ``offset``."""
    entries = said.get(key)
    if not entries:
        return None
    index = bisect.bisect_left(starts[key], offset)
    return entries[index - 1] if index > 0 else None


def _same(earlier: _Said, value: str, unit: str | None) -> bool:
    """The same value to the written digits, in the same unit when the restatement names one."""
    if unit is not None and earlier.checked.unit is not None and not earlier.checked.unit.startswith(unit[:3]):
        return False
    return earlier.value == value


def _inherited(document: SourceText, earlier: _Said, lines: tuple[int, ...], text: str) -> Checked:
    """A restatement's verdict: the restated claim's, with a note naming its line."""
    source = earlier.checked
    line = document.line(earlier.offset)
    said = {"holds": "which holds", "false": "which is false", "unchecked": "which is not checked"}[source.verdict]
    note = f"it restates line {line}, {said}: {source.note}"
    return replace(source, lines=lines, text=text, note=note)
