"""Lines of a long text without splitting it: where they start, and cutting after one.

A 10 MB document can hold five million lines: :class:`Lines` cuts one out only
when asked for, and :func:`after_line` finds where reading can stop without
looking past it.

>>> text = "ab\\ncd\\nef"
>>> lines = Lines(text, [0, 3, 6], 0, len(text))
>>> len(lines), lines[1], lines.joined(1, 3), after_line(text, 0, 2)
(3, 'cd', 'cd\\nef', 6)
"""

from __future__ import annotations

import bisect


def after_line(text: str, start: int, count: int) -> int:
    """Where the ``count``-th line that ends at or after ``start`` ends, its line break included (or the text's end)."""
    end = start - 1
    for _ in range(count):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end + 1


class Lines:
    """The lines of ``text[start:end]``, cut out only when asked for (a 10 MB text is not split up front)."""

    def __init__(self, text: str, starts: list[int], start: int, end: int) -> None:
        self.text, self.end = text, end
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end)
        self.starts = Shifted(starts, first, last)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index: int) -> str:
        return self.text[self.starts[index] : self._end(index)]

    def _end(self, index: int) -> int:
        following = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else self.end
        return min(following, self.end)

    def within(self, characters: int) -> int:
        """How many lines, from the first, end within ``characters`` characters of its start (a line that goes
        past them is not read at all: a 10 MB line is no longer read to its end)."""
        if not len(self.starts):
            return 0
        limit = self.starts[0] + characters
        if self.end <= limit:
            return len(self.starts)
        return bisect.bisect_right(self.starts, limit) - 1  # line i ends, its line break included, where i + 1 starts

    def span(self, count: int) -> int:
        """The characters of the first ``count`` lines, with their line breaks."""
        if count == 0:
            return 0
        return (self.starts[count] if count < len(self.starts) else self.end) - self.starts[0]

    def joined(self, first: int, last: int) -> str:
        """Lines ``first`` to ``last - 1`` as one text."""
        return self.text[self.starts[first] : self._end(last - 1)]


class Shifted:
    """``starts[first:last]`` without copying it."""

    def __init__(self, starts: list[int], first: int, last: int) -> None:
        self.items, self.first, self.size = starts, first, last - first

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, index: int) -> int:
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError(index)
        return self.items[self.first + index]
