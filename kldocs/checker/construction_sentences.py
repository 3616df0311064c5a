r"""The sentences of a document and its code blocks, looked up by offset, for the readers of constructions.

:mod:`~kldocs.checker.constructions` reads each piece of a construction in the sentence around a hit, outside
code, in a bounded part of the document (:data:`MAX_TEXT` characters, :data:`MAX_SENTENCES` sentences a pattern).

>>> from kldocs.checker.reading import parse_text
>>> where = Sentences(parse_text("Let X be a fair bit. Let Y = X.\n", "a.md"))
>>> where.sentence(25)
(20, ' Let Y = X.')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

#: Sentences looked at for each kind of piece, and characters of one sentence: a bound on the work per document.
MAX_SENTENCES = 200
#: Characters of a document read for constructions: those of a longer one (a log, a data dump) come first.
MAX_TEXT = 1_000_000
_MAX_SENTENCE = 400

_SENTENCE_END = lazy(r"(?<!\.[a-z])[.!?。！？](?=\s|$)|\n[ \t]*\n")  # not i.i.d. or e.g.


class Sentences:
    """The document's sentences and code blocks, looked up by offset."""

    def __init__(self, document: SourceText) -> None:
        self.text = document.text[:MAX_TEXT]
        self.ends = [match.end() for match in _SENTENCE_END.finditer(self.text)]
        self.code = sorted((region.offset, region.offset + len(region.text)) for region in document.code)
        self.starts = [start for start, _ in self.code]

    def sentence(self, offset: int) -> tuple[int, str]:
        """The start and text of the sentence around ``offset`` (at most :data:`_MAX_SENTENCE` characters)."""
        index = bisect.bisect_right(self.ends, offset)
        start = max(self.ends[index - 1] if index else 0, offset - _MAX_SENTENCE // 2)
        end = min(self.ends[index] if index < len(self.ends) else len(self.text), offset + _MAX_SENTENCE // 2)
        return start, self.text[start:end]

    def sentences(self, pattern: re.Pattern[str]) -> Iterator[tuple[re.Match[str], int, str]]:
        """Each sentence outside code where ``pattern`` is found (once, with its first hit and start), up to
        :data:`MAX_SENTENCES` of them."""
        seen: set[int] = set()
        for hit in pattern.finditer(self.text):
            start, sentence = self.sentence(hit.start())
            if start in seen or self.in_code(hit.start()):
                continue
            seen.add(start)
            if len(seen) > MAX_SENTENCES:
                return
            yield hit, start, sentence

    def in_code(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.code[index][1]
