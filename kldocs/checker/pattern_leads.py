r"""A pattern that can start only with a few characters is told so, so that most places are passed over at once.

Python's regular expressions skip quickly to where a match may start only when the pattern begins with a
literal or a plain class of characters. A long alternation of words ignoring case (``natural\s+log|\blog...``),
or one whose alternatives start with ``\b`` or a look-behind, is instead tried at every position, each
alternative in turn: about a microsecond a character for the longest of the checker's. :func:`compile_led`
works out from the parsed pattern every character a match can start with, and puts a look-ahead for them in
front (``(?=[nlb...])``): a position that starts with none of them is left after one test. What the pattern
matches does not change, as the characters are all those it could start with (a superset is always safe); when
they cannot be worked out (a match may start with any character, or be empty, or its case rules change within)
the pattern is compiled as it is.

>>> pattern = compile_led(r"\bnatural\s+log|\blog\s+base\s+2", re.IGNORECASE)
>>> [match.group() for match in pattern.finditer("Natural log, then LOG base 2.")]
['Natural log', 'LOG base 2']
>>> lead(r"\bnatural|(?<![a-z])log|[Bb]ase", re.IGNORECASE)
'nlBb'
>>> lead(r"[0-9]+ bits", 0) is None  # no alternation: the matcher's own first test is as quick
True

A pattern that starts with a look-behind before one character (``(?<![^\W\d_])[Ll]et``) is tried at every
position too: the matcher's quick skip looks only at a pattern's first item. That character is moved in front
and the look-behinds after it each look one character further back, over it as well (``[Ll](?<![^\W\d_][Ll])et``):
the same text is matched at the same place, and the skip now works.

>>> pattern = compile_led(r"(?<![A-Za-z])(?<!\\)[UVWXYZ](?![A-Za-z(])", 0)
>>> [match.span() for match in pattern.finditer("Y, XY, \\Z, (X)")]
[(0, 1), (12, 13)]
"""

from __future__ import annotations

import re

# Python's own parser and compiler for its patterns (there since 3.11): the pattern is parsed once, looked at,
# and compiled from what was parsed.
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}
#: A range of this many characters or more (an alphabet) is too wide for a look-ahead to help.
_WIDE = 25


def compile_led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a look-ahead for the characters a match can start with where that helps."""
    parsed = _parsed(pattern, flags)
    items = _needs_lead(parsed, flags)
    if items is not None:
        assertion = _parser.SubPattern(parsed.state, [(_constants.IN, items)])
        # After ^ and \b: a pattern that starts with ^ is tried at the start only, as the matcher sees it first.
        at = next((index for index, (op, _) in enumerate(parsed.data) if op is not _constants.AT), len(parsed.data))
        parsed.data.insert(at, (_constants.ASSERT, (1, assertion)))
    compiled: re.Pattern[str] = _compiler.compile(parsed, flags)
    return compiled


def lead(pattern: str, flags: int = 0) -> str | None:
    """The characters :func:`compile_led` puts in front of ``pattern`` (None: none are put)."""
    items = _needs_lead(_parsed(pattern, flags), flags)
    if items is None:
        return None
    return "".join(
        chr(value) if op is _constants.LITERAL else f"{chr(value[0])}-{chr(value[1])}" for op, value in items
    )


def starts_behind(pattern: str, flags: int = 0) -> bool:
    """Whether :func:`compile_led` moves the character after ``pattern``'s opening look-behinds in front of them.

    >>> starts_behind(r"(?<![a-z])[Ll]et", 0), starts_behind(r"(?<![a-z])(?:let|set)", 0)
    (True, False)
    """
    original = _parser.parse(pattern, flags).data
    return bool(original) and original[0][0] is not _parsed(pattern, flags).data[0][0]


def _parsed(pattern: str, flags: int) -> Any:
    """``pattern`` parsed, with its first character before its opening look-behinds (see the module's notes)."""
    parsed = _parser.parse(pattern, flags)
    _first_before_behind(parsed)
    return parsed


def _first_before_behind(parsed: Any) -> None:
    """Move the one character that follows a pattern's opening look-behinds in front of them, each look-behind then
    looking back over that character too: ``(?<!a)(?<=b)[xy]`` becomes ``[xy](?<!a[xy])(?<=b[xy])``."""
    data = parsed.data
    count = 0
    while count < len(data) and data[count][0] in (_constants.ASSERT, _constants.ASSERT_NOT) and data[count][1][0] < 0:
        count += 1
    if not count or count == len(data) or data[count][0] not in (_constants.LITERAL, _constants.IN):
        return
    first = data[count]
    behind = [
        (op, (direction, _parser.SubPattern(parsed.state, [*sub.data, first]))) for op, (direction, sub) in data[:count]
    ]
    parsed.data = [first, *behind, *data[count + 1 :]]


def _needs_lead(parsed: Any, flags: int) -> list[tuple[Any, Any]] | None:
    """The class of first characters to put in front, or None when it would not help or is unknown.

    It helps where a match starts in an alternation: each place is otherwise tried with each alternative. Before
    a literal or a class (``[0-9]+ bits``) the matcher's own first test is as quick as a look-ahead.
    """
    flags |= parsed.state.flags
    prefix, _, _ = _compiler._get_literal_prefix(parsed, flags)
    if prefix or _compiler._get_charset_prefix(parsed, flags):
        return None
    first = _Start()
    first.sequence(parsed)
    if not first.known or first.empty or not first.alternatives:
        return None
    wide = any(op is _constants.RANGE and value[1] - value[0] >= _WIDE for op, value in first.characters)
    return None if wide else first.characters  # a test for any letter (A-Z) passes most places: no help


class _Start:
    """What a match can start with: characters (literals and ranges, as the parser gives them), whether it may be
    empty, whether they are known, and whether an alternation is met on the way."""

    def __init__(self) -> None:
        self.characters: list[tuple[Any, Any]] = []
        self.empty = False
        self.known = True
        self.alternatives = False

    def sequence(self, items: Any) -> None:
        """Look at a sequence of items: the first that cannot be empty ends the look."""
        for op, value in items:
            self.empty = False
            self.item(op, value)
            if not self.known or not self.empty:
                return
        self.empty = True

    def item(self, op: Any, value: Any) -> None:
        """Look at one item (see :meth:`sequence`); sets :attr:`empty` when it may match nothing."""
        if op in _ZERO_WIDTH:
            self.empty = True  # \b, ^, a look-behind or look-ahead: what follows starts the match
        elif op is _constants.LITERAL:
            self.characters.append((op, value))
        elif op is _constants.IN and all(item in (_constants.LITERAL, _constants.RANGE) for item, _ in value):
            self.characters += value  # not a negated class, nor \d, \s, \w: too wide to be worth a test
        elif op is _constants.SUBPATTERN and not value[1] and not value[2]:  # not (?i:...): it compares otherwise
            self.sequence(value[3])
        elif op is _constants.ATOMIC_GROUP:
            self.sequence(value)
        elif op is _constants.BRANCH:
            self.alternatives = True
            empty = False
            for alternative in value[1]:
                self.sequence(alternative)
                empty = empty or self.empty
            self.empty = empty
        elif op in _REPEATS:
            self.sequence(value[2])
            self.empty = self.empty or value[0] == 0
        else:
            self.known = False  # any character, a back-reference, a condition
