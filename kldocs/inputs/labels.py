"""A distribution's name and labels: one plain line of text each, and how messages name a category.

>>> checked_labels("heads, tails", 2, "P")
('heads', 'tails')
>>> label_at(None, 2), category_field("Q", 2, "x3")
('x3', "Q[3] 'x3'")
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kldocs.errors import InputError

#: Longest label accepted, in characters.
MAX_LABEL_LENGTH = 60
#: Control characters, line and paragraph separators, the bidirectional
#: embeddings, overrides and isolates (which make text display in another order),
#: and the stand-ins Python gives bytes of a command line that are not UTF-8.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def label_at(labels: tuple[str, ...] | None, index: int) -> str:
    """The label of category ``index`` (0-based), default ``x1, x2, ...``."""
    return labels[index] if labels is not None else f"x{index + 1}"


def checked_labels(labels: str | Sequence[str] | None, count: int, name: str) -> tuple[str, ...] | None:
    """Validate labels: right count, distinct, printable, not too long (None: the defaults, made later)."""
    if labels is None:
        return None
    items = [item.strip() for item in labels.split(",")] if isinstance(labels, str) else list(labels)
    if len(items) != count:
        raise InputError(f"{name} labels", f"{len(items)} labels given for {count} values")
    seen: set[str] = set()
    for i, label in enumerate(items, start=1):
        field = f"{name} labels[{i}]"
        if not isinstance(label, str):
            raise InputError(field, f"{label!r} is not text")
        if not label.strip():
            raise InputError(field, "label is blank")
        check_line(label, field, MAX_LABEL_LENGTH)
        if label in seen:
            raise InputError(field, f"duplicate label {label!r}")
        seen.add(label)
    return tuple(items)


def check_name(name: object) -> str:
    """A distribution's name: text of one plain line, at most as long as a label.

    >>> check_name(3)
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: name: must be text (str), not int
    """
    if not isinstance(name, str):
        raise InputError("name", f"must be text (str), not {type(name).__name__}")
    check_line(name, "name", MAX_LABEL_LENGTH)
    return name


def check_line(text: str, field: str, longest: int) -> None:
    """Refuse user text that is not one plain line: a control character, a line break, a bidirectional override.

    >>> check_line("Week 3: entropy", "--title", 200)
    >>> check_line("a\\n# b", "--title", 200)
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: --title: 'a\\n# b' contains a control character, line break or bidirectional override
    """
    if _CONTROL.search(text):
        raise InputError(field, f"{text!r} contains a control character, line break or bidirectional override")
    if len(text) > longest:
        raise InputError(field, f"is longer than {longest} characters")


def category_field(name: str, index: int, label: str) -> str:
    """Name one category in a message: 1-based position, and the label."""
    return f"{name}[{index + 1}] {label!r}"
