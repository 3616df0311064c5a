r"""Maths a web page shows twice: the rendered text glued to its LaTeX source, as text copied from KaTeX reads.

A page typeset with KaTeX or MathJax, saved as text, keeps each formula twice:
the rendered glyphs with their spacing, fraction bars and minus signs lost,
then the source, ``KL=0.5log0.50.25+...=0.1438\text{KL} = 0.5\log\frac{0.5}{0.25}
+ ... = 0.1438``. Read as one, the two copies make formulas that were never
written (``0.25 log2(0.25)=2\log_2(0.25)``, a false claim). The rendered copy
is blanked, so only the source is read: a run of text with no space and no
backslash, right before a backslash command, whose letters, digits and
``.=+()`` are the first ones of the source that follows it. After another
formula on its line, a ``;`` is left in its place to keep the two apart.

>>> without_rendered_duplicates(r"so 28=0.25\frac{2}{8} = 0.25 and log2(0.25)=2\log_2(0.25) = -2")
'so       ;\\frac{2}{8} = 0.25 and            ;\\log_2(0.25) = -2'
>>> without_rendered_duplicates(r"$H = 2\log_2 2 = 2$") == r"$H = 2\log_2 2 = 2$"
True

A page saved from MathML may instead give the flattened glyphs (fraction bars and minus signs lost) and then
each glyph spaced apart, its functions spelled letter by letter (``l o g``): neither copy says what was written,
and the line is not read.

>>> text = "a\nD=0.2×log(0.50.4)=0.2×0.22 D = 0.2 × l o g ( 0.5 0.4 ) = 0.2 × − 0.22\nb"
>>> [line.strip() for line in without_rendered_duplicates(text).split("\n")]
['a', '', 'b']
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy

#: A backslash command: where the source of a formula may start.
_COMMAND = lazy(r"\\[A-Za-z]")
#: Commands that KaTeX renders as their own letters (``\log`` as "log"); the rest render as symbols or nothing.
_WORDS = frozenset({"log", "ln", "lg", "exp", "max", "min", "sup", "inf", "lim", "arg", "det", "Pr", "sin", "cos"})
_SOURCE_COMMAND = lazy(r"\\([A-Za-z]+|[^A-Za-z])")
_NOT_KEPT = lazy(r"[^0-9A-Za-z.=+()]+")
#: The shortest rendered copy recognised (shorter runs match a source's start by chance), and the longest.
MIN_RENDERED = 6
MAX_RENDERED = 300
#: At most this many commands of a document are looked at: the check costs a few steps each.
MAX_COMMANDS = 20_000
#: How many characters of the source may stand before its first command in the rendered run (``0.5\log``).
_LEAD = 12


def without_rendered_duplicates(text: str) -> str:
    """``text`` with each rendered copy of a formula that is followed by its source turned into spaces, and each
    line that holds a formula spelled glyph by glyph too."""
    text = _without_spelled_lines(text)
    if "\\" not in text:
        return text
    blanks: list[tuple[int, int]] = []
    for count, command in enumerate(_COMMAND.finditer(text)):
        if count == MAX_COMMANDS:
            break
        start = command.start()
        span = _rendered_before(text, start) or _rendered_line(text, start, blanks)
        if span is not None and (not blanks or span[0] >= blanks[-1][1]):
            blanks.append(span)
    if not blanks:
        return text
    pieces, position = [], 0
    for begin, end in blanks:
        # A ";" keeps the source apart from the formula before it on the line (read as one, they would multiply).
        line_start = text.rfind("\n", 0, begin) + 1
        apart = ";" if text[max(line_start, begin - MAX_RENDERED) : begin].strip() else " "
        pieces += [text[position:begin], " " * (end - begin - 1) + apart]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


#: A function's name spelled glyph by glyph, as text copied from MathML reads: ``l o g``, ``e x p``.
_SPELLED = lazy(r"(?<![A-Za-z])(?:l o g|e x p)(?![A-Za-z])")


def _without_spelled_lines(text: str) -> str:
    """``text`` with each line that holds a formula spelled glyph by glyph as spaces."""
    if "l o g" not in text and "e x p" not in text:
        return text
    pieces, position = [], 0
    for match in _SPELLED.finditer(text):
        if match.start() < position:
            continue  # on a line already blanked
        start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
        end = len(text) if end < 0 else end
        pieces += [text[position:start], " " * (end - start)]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _rendered_before(text: str, start: int) -> tuple[int, int] | None:
    """Where the rendered copy of the formula whose source has its first command at ``start`` is, if it is there."""
    window = text[max(0, start - MAX_RENDERED) : start]
    if not window or window[-1].isspace():
        return _glued_to_spaced(text, start, window)
    run = window.split()[-1]  # the window ends in a character that is not a space, so it has a last word
    if "\\" in run or "$" in run or len(run) < MIN_RENDERED:
        return _glued_to_spaced(text, start, window)
    whole = _NOT_KEPT.sub("", run)
    source = _source_key(text[start : start + 3 * len(run) + 60])
    for lead in range(min(_LEAD, len(run) - MIN_RENDERED) + 1):
        led = _NOT_KEPT.sub("", run[len(run) - lead :])  # the source's own start, before its first command
        rendered = whole[: len(whole) - len(led)]
        if len(rendered) < MIN_RENDERED:
            break
        if (led + source).startswith(rendered):
            return start - len(run), start - lead
    return None


def _rendered_line(text: str, start: int, blanks: list[tuple[int, int]]) -> tuple[int, int] | None:
    r"""Where the line right above the source's line is, when it is the formula rendered (a page extracted from
    MathML gives each formula on a line of its own, then its TeX): no backslash, and the same letters, digits and
    ``.=+()`` as the source's line, commands as rendered (minus signs are not compared: the rendering lost them).
    Only the first command of a line looks, and only at a line not blanked already.

    >>> text = "H(X)=(0.5log2(0.5)+0.5log2(0.5))=1\nH(X) = -(0.5 \\log_2(0.5) + 0.5 \\log_2(0.5)) = 1"
    >>> begin, end = _rendered_line(text, text.index("\\"), [])
    >>> text[begin:end]
    'H(X)=(0.5log2(0.5)+0.5log2(0.5))=1'
    """
    line_start = text.rfind("\n", 0, start) + 1
    if "\\" in text[line_start:start] or line_start < 2:
        return None  # not the line's first command, or no line above
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1]
    if "\\" in above or "$" in above or len(above.strip()) < MIN_RENDERED or len(above) > MAX_RENDERED:
        return None
    if blanks and blanks[-1][1] > above_start:
        return None
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    rendered = _NOT_KEPT.sub("", above)
    if len(rendered) < MIN_RENDERED or len(line) > 2 * MAX_RENDERED or rendered != _source_key(line):
        return None
    return above_start, line_start - 1


#: Most words of the source's start, spaced, between the rendered copy and the source's first command.
_SPACED_WORDS = 6


def _glued_to_spaced(text: str, start: int, window: str) -> tuple[int, int] | None:
    r"""Where the rendered copy is when the source starts with words set apart by spaces before its first command
    (``H(P)=0.5log20.5=1H(P) = -0.5\log_2 0.5 = 1``): the rendered copy ends in a word on the line, glued to the
    source's first characters, within :data:`_SPACED_WORDS` words of the command.

    >>> text = r"so H(P)=0.5log20.50.5log20.5=1H(P) = -0.5\log_2 0.5 - 0.5\log_2 0.5 = 1"
    >>> begin, end = _glued_to_spaced(text, text.index("\\"), text[: text.index("\\")])
    >>> text[begin:end]
    'H(P)=0.5log20.50.5log20.5=1'
    """
    line = window[window.rfind("\n") + 1 :]
    words = line.split(" ")[-_SPACED_WORDS:]
    source = _source_key(text[start : start + 2 * MAX_RENDERED])
    end = start - len(line)  # where the words looked at start, moved on word by word
    end += len(line) - len(" ".join(words))
    for word in words[:-1]:
        if len(word) >= MIN_RENDERED and "\\" not in word and "$" not in word:
            after = _NOT_KEPT.sub("", text[end + len(word) : start])  # the source's words after this one
            for lead in range(1, min(_LEAD, len(word) - MIN_RENDERED) + 1):
                rendered = _NOT_KEPT.sub("", word[: len(word) - lead])
                if len(rendered) >= MIN_RENDERED and (_NOT_KEPT.sub("", word[-lead:]) + after + source).startswith(
                    rendered
                ):
                    return end, end + len(word) - lead
        end += len(word) + 1
    return None


def _source_key(source: str) -> str:
    """The letters, digits and ``.=+()`` a rendering of LaTeX ``source`` shows, commands as rendered."""
    shown = _SOURCE_COMMAND.sub(lambda match: match.group(1) if match.group(1) in _WORDS else "", source)
    return _NOT_KEPT.sub("", shown)
