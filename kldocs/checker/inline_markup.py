r"""Markup around maths in a Markdown paragraph, undone before its maths and prose are read: Markdown's escapes
inside formulas (``H\_b``), HTML's ``<sub>``/``<sup>`` and ``\*`` in prose, and maths delimiters escaped or run
into a sentence. Every rewrite keeps the text's length, so offsets stay.

>>> unescaped_maths(r"H\_b(p)")
'H_b(p) '
>>> plain_delimiters(r"so \\( H = 1 \\) bit")
'so  \\( H = 1  \\) bit'
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

#: Markdown's escapes inside maths, as notes written for a renderer that reads Markdown first have them: ``\_``,
#: ``\*``, ``\[``, ``\]`` (not a row break's ``\\``).
_ESCAPED_IN_MATHS = lazy(r"(?<!\\)\\([_*\[\]])")


def unescaped_maths(content: str) -> str:
    r"""A formula with Markdown's escapes taken out, padded with spaces to its length (so offsets stay in it).

    >>> unescaped_maths(r"E\[-\log p(X)\] = H\_b(p)")
    'E[-\\log p(X)] = H_b(p)   '
    """
    if "\\" not in content:
        return content
    return _ESCAPED_IN_MATHS.sub(r"\1", content).ljust(len(content))


#: Markup that stands for maths in prose: ``<sup>1</sup>/<sub>4</sub>``, ``<sub>2</sub>``, ``<sup>-1</sup>``, ``\\*``.
_MARKUP = lazy(
    r"<sup>(?P<top>[0-9]{1,4})</sup>\s*[/⁄]\s*<sub>(?P<bottom>[0-9]{1,4})</sub>|"
    r"<(?P<tag>sub|sup)>(?P<inner>[-A-Za-z0-9.]{1,8})</(?P=tag)>|\\(?P<escaped>[*_])",
    re.IGNORECASE,
)
_TAG = lazy(r"</?su[bp]>", re.IGNORECASE)


def markup_rewrites(content: str) -> tuple[list[tuple[int, str]], set[int]]:
    r"""How to show markup in prose: ``log<sub>2</sub>`` as ``log_2``, ``<sup>1</sup>/<sub>2</sub>`` as ``1/2``,
    ``\*`` as ``*``; each rewrite is where it starts and its text, as long as the markup. Also where the tags kept
    start.

    >>> markup_rewrites("0.5\\*log<sub>2</sub>2")
    ([(3, ' *'), (8, '_2          ')], {8, 14})
    """
    rewrites: list[tuple[int, str]] = []
    kept: set[int] = set()
    for match in _MARKUP.finditer(content):
        if match.group("escaped"):
            replacement = " " + match.group("escaped")
        elif match.group("top"):
            replacement = f"{match.group('top')}/{match.group('bottom')}".ljust(len(match.group()))
            kept.update(match.start() + tag.start() for tag in _TAG.finditer(match.group()))
        else:
            inner = match.group("inner")
            mark = "_" if match.group("tag").lower() == "sub" else "^"
            replacement = (mark + (inner if len(inner) == 1 else "{" + inner + "}")).ljust(len(match.group()))
            kept.update((match.start(), match.end() - len(match.group("tag")) - 3))
        rewrites.append((match.start(), replacement))
    return rewrites, kept


#: ``\\( ... \\)`` and ``\\[ ... \\]``: maths delimiters with their backslash escaped, as some exports write them.
#: The maths runs to the first closing delimiter before another opening one (from each of 2,000 openings in a
#: row, the search went 2,000 characters on).
_ESCAPED_DELIMITERS = lazy(
    r"\\\\\((?P<inline>(?:(?!\\\\\()[^\n$]){1,2000}?)\\\\\)|\\\\\[(?P<display>(?:(?!\\\\\[)[^$]){1,2000}?)\\\\\]"
)


#: ``\[ ... \]`` inside a paragraph's text (not a line break ``\\`` before a bracket), up to the first closing one
#: before another opening one.
_RUN_IN_DISPLAY = lazy(r"(?<!\\)\\\[(?P<body>(?:(?!\\\[)[^$]){1,2000}?)(?<!\\)\\\]")


def _unescaped(match: re.Match[str]) -> str:
    r"""Inline maths delimiters with one backslash each, padded so that every position stays.

    A display on a paragraph of its own is still read as a display.

    >>> _ESCAPED_DELIMITERS.sub(_unescaped, r"so \\( H = 1 \\) bit, \\[ H = 2 \\]")
    'so  \\( H = 1  \\) bit,  \\( H = 2  \\)'
    """
    return " \\(" + (match.group("inline") or match.group("display")) + " \\)"


def plain_delimiters(content: str) -> str:
    r"""A paragraph's maths delimiters as inline maths: ``\\(`` for ``\(`` as some exports escape it, and a display
    ``\[ ... \]`` run into its paragraph's sentence, each padded so that every position stays (in text with no ``$``).

    >>> plain_delimiters(r"We write \[ H = 1 \] and go on.")
    'We write \\( H = 1 \\) and go on.'
    """
    if "\\\\" in content and "$" not in content:
        content = _ESCAPED_DELIMITERS.sub(_unescaped, content)
    if "\\[" in content and "$" not in content:  # a display run into its paragraph's sentence: inline maths
        content = _RUN_IN_DISPLAY.sub(r"\\(\g<body>\\)", content)
    return content
