"""Regular expressions compiled when first used, not when their module is imported.

The checker's modules hold some five hundred patterns, many of them long alternations of words; compiling them all
took most of the import's time, and a document uses about half of them. :func:`lazy` gives an object that stands
for ``re.compile(pattern, flags)``: its ``pattern`` text is there at once (patterns are built from each other's
text), and the first use of anything else compiles it, once. After that its methods are the compiled pattern's own,
looked up as fast as on the pattern itself.

What it cannot stand for: the pattern a match was made by (``match.re``) is the compiled pattern, not this object,
so a match is told apart by the pattern that made it (``for pattern in ...: pattern.finditer(...)``), never by
``match.re is X``; and ``re.search(X, ...)`` wants a real pattern (``X.search(...)`` is the same thing).

>>> digits = lazy(r"[0-9]+")
>>> digits.pattern, digits.search("a 42 b").group()
('[0-9]+', '42')
>>> lazy(r"bit", re.IGNORECASE).fullmatch("BIT") is not None
True
"""

from __future__ import annotations

import re
from typing import Any, cast

try:  # the led compile reads Python's private pattern parser (3.11 on); without it, patterns compile as they are
    from kldocs.checker.pattern_leads import compile_led
except ImportError:  # pragma: no cover
    compile_led = re.compile


class _OnFirstUse:
    """``re.compile(pattern, flags)`` done at the first use of anything but ``pattern`` (led where that helps: see
    :mod:`~kldocs.checker.pattern_leads`)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        """Only for names not yet looked up: compile (once), and keep what was asked for as this object's own."""
        if name.startswith("__"):  # copy, pickle and the like ask for these: this object has none of its own
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = compile_led(self.pattern, self._flags)
        value = getattr(compiled, name)
        self.__dict__[name] = value  # a bound method of the compiled pattern: found directly from now on
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on first use (see the module's notes for what it cannot stand for)."""
    return cast("re.Pattern[str]", _OnFirstUse(pattern, flags))
