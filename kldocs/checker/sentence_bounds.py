r"""Where a sentence of a paragraph starts and ends (also in bold or quotes), where its list items start, and whether
the sentence asks.

>>> text = "KL is asymmetric. Is it a metric? No."
>>> start_of_sentence(text, text.index("Is")), end_of_sentence(text, 0), asked(text, text.index("Is"))
(17, 17, True)
"""

from __future__ import annotations

import bisect
import re

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy

#: Where a sentence ends, also in bold or quotes (``**No, they differ!** KL divergence is ...``).
_STOPS = (". ", "! ", "? ", ": ", ".** ", "!** ", "?** ", ".* ", "!* ", '." ', '!" ', ".) ")


#: A line break before a list item, in a paragraph as written.
_ITEM_BREAK = lazy(r"\n[ \t]*(?:[-*+•]|[0-9]{1,3}[.)])[ \t]")


def item_starts(document: SourceText, paragraph: Region) -> list[int]:
    """Where each list item after the first starts in a paragraph, as written (where the text is the document's).

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("- If P = Q, KL = 0\\n- KL is asymmetric\\n", "a.md")
    >>> item_starts(document, document.paragraphs[0])
    [19]
    """
    written = document.text[paragraph.offset : paragraph.offset + len(paragraph.text)]
    return [found.start() + 1 for found in _ITEM_BREAK.finditer(written)] if "\n" in written else []


def item_start(items: list[int], end: int) -> int:
    """The start of the list item holding ``text[end]`` (0 before the first break)."""
    return items[bisect.bisect_right(items, end) - 1] if items and items[0] <= end else 0


def start_of_sentence(text: str, end: int) -> int:
    """Where the sentence holding ``text[end]`` starts (at the space after the mark that ends the one before).

    >>> text = "**No, they differ!** KL is asymmetric."
    >>> text[start_of_sentence(text, text.index("KL")) :]
    ' KL is asymmetric.'
    """
    return max([0, *(found + len(mark) - 1 for mark in _STOPS if (found := text.rfind(mark, 0, end)) >= 0)])


def end_of_sentence(text: str, start: int) -> int:
    found = re.compile(r"[.?!。？](?:\s|$)|\n").search(text, start)
    return len(text) if found is None else found.start() + 1


def asked(text: str, start: int) -> bool:
    """True when the sentence that goes on at ``start`` ends with a question mark."""
    return text[end_of_sentence(text, start) - 1 : end_of_sentence(text, start)] in ("?", "？")
