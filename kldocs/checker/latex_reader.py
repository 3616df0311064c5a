r"""Read LaTeX with pylatexenc: formulas, prose, and what is not prose (comments, verbatim, ``\iffalse``).

pylatexenc's walker decides what is maths (``$...$``, ``\(...\)``, ``\[...\]``,
``equation``, ``align``...), what is a comment, what is ``\verb`` or a
``verbatim`` environment; this module keeps the formulas, reveals the prose
and skips the rest, including everything between ``\iffalse`` and ``\fi``; a ``tabular`` is also read as a
table (:mod:`~kldocs.checker.latex_tables`).

pylatexenc reads about 100 kB a second, so the work is bounded: the
document is walked one paragraph (blank-line separated) at a time, only the
paragraphs that hold a digit or a word about logarithms, entropy or
divergences are walked, and reading stops with a note after
:data:`MAX_WALKED` characters (markup counting more: see :func:`walk_cost`) or
:data:`MAX_WALKED_PARAGRAPHS` paragraphs walked, or
Markdown's limits of lines and characters read (see :func:`_passed`).

>>> source = "% $H(P) = 7$\nSee \\verb|$x=1$| and $H(P) = 1$ bit.\n\\begin{align}D &= 0.5\\end{align}\n"
>>> doc = read_latex(source, "a.tex")
>>> [(region.kind, region.text) for region in doc.math]
[('inline', 'H(P) = 1'), ('display', 'D &= 0.5')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from kldocs.checker.documents import Builder, Skipped, SourceText
from kldocs.checker.latex_tables import tabular_table
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.markdown_reader import MAX_CHARACTERS, MAX_LINES, PROBLEM_HEADING

#: Most characters of LaTeX walked in one document, each backslash, brace and dollar counting
#: :data:`MARKUP_WEIGHT` more (see :func:`walk_cost`).
MAX_WALKED = 200_000
#: What a backslash, brace or dollar adds to the cost of walking a paragraph, in characters: pylatexenc spends
#: about 4 µs a character of prose and 15 to 50 µs more on each of these (200,000 characters of
#: ``$\text{$\text{...}$}$`` took 5 s).
MARKUP_WEIGHT = 4
#: Most paragraphs walked in one document: each costs pylatexenc about a millisecond however short it is.
MAX_WALKED_PARAGRAPHS = 3_000
#: Longest paragraph walked.
MAX_PARAGRAPH = 50_000
MATH_ENVIRONMENTS = frozenset(
    {
        "equation",
        "equation*",
        "align",
        "align*",
        "alignat",
        "alignat*",
        "gather",
        "gather*",
        "multline",
        "multline*",
        "eqnarray",
        "eqnarray*",
        "displaymath",
        "math",
        "flalign",
        "flalign*",
        "dmath",
        "dmath*",
    }
)
_SKIPPED_ENVIRONMENTS = frozenset(
    {"verbatim", "verbatim*", "lstlisting", "minted", "comment", "Verbatim", "filecontents"}
)
_LISTS = frozenset({"enumerate", "itemize", "description"})
_TABLES = frozenset({"tabular", "tabular*", "tabularx", "tabulary", "longtable", "supertabular", "tabu"})
_SECTIONS = frozenset({"part", "chapter", "section", "subsection", "subsubsection", "paragraph", "frametitle"})
_NOT_PROSE = frozenset(
    {"verb", "lstinline", "url", "href", "label", "ref", "cite", "eqref", "input", "include", "documentclass"}
    | {"usepackage", "includegraphics", "newcommand", "renewcommand", "def", "bibliography", "bibliographystyle"}
)
#: What makes a paragraph worth walking for maths: numbers, logarithms, the measures' names in words (in the
#: languages read) or as symbols (``H(A|B) = H(A,B) - H(B)``, with the E or S some texts write), sections.
_WORTH_WALKING = lazy(
    r"[0-9]|\\log|\\ln|entrop|diverg|KL|bit|nat|section|iffalse|begin|熵|엔트로피|エントロピー|энтропи"
    r"|(?<![A-Za-z\\])(?-i:[HIES])\s?\(",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = lazy(r"\n[ \t]*\n")
_VERBATIM_OPEN = lazy(r"\\begin\{(verbatim\*?|lstlisting|minted|comment|Verbatim|filecontents)\}")


def read_latex(text: str, name: str) -> SourceText:
    """Read a LaTeX document."""
    builder = Builder(text, name, "latex")
    walked = walked_paragraphs = lines = 0
    before = 0  # where the lines counted end
    for start, end in _paragraphs(text):
        lines += text.count("\n", before, start)
        before = start
        bound = _passed(walked, walked_paragraphs, lines, start)
        if bound is not None:
            reason = f"reading stopped here: a LaTeX document is read up to {bound}"
            builder.skipped.append(Skipped(start, text[start : start + 60], reason))
            break
        if end - start > MAX_PARAGRAPH:
            if _WORTH_WALKING.search(text, start, min(end, start + MAX_PARAGRAPH)):
                reason = f"a paragraph of {end - start:,} characters is longer than {MAX_PARAGRAPH:,}; not read"
                builder.skipped.append(Skipped(start, text[start : start + 60], reason))
            continue
        if not _WORTH_WALKING.search(text, start, end):
            builder.prose(start, end)
            continue
        walked += walk_cost(text, start, end)
        walked_paragraphs += 1
        _walk_paragraph(builder, start, end)
    return builder.build()


def _passed(walked: int, walked_paragraphs: int, lines: int, characters: int) -> str | None:
    """The limit that reading has reached, as the note names it, or None.

    Paragraphs with nothing worth walking cost little each, but 10 MB of ``x`` paragraphs took two minutes
    before lines and characters were counted as in Markdown.

    >>> _passed(0, 0, 0, 0), _passed(0, 0, MAX_LINES, 0)
    (None, '50,000 lines')
    """
    if walked > MAX_WALKED:
        weight = f"a backslash, brace or dollar counting {MARKUP_WEIGHT + 1}"
        return f"{MAX_WALKED:,} characters of paragraphs with maths or numbers ({weight})"
    if walked_paragraphs >= MAX_WALKED_PARAGRAPHS:
        return f"{MAX_WALKED_PARAGRAPHS:,} paragraphs with maths or numbers"
    if lines >= MAX_LINES:
        return f"{MAX_LINES:,} lines"
    if characters >= MAX_CHARACTERS:
        return f"{MAX_CHARACTERS:,} characters"
    return None


def walk_cost(text: str, start: int, end: int) -> int:
    r"""What walking ``text[start:end]`` costs, in characters: its length, and :data:`MARKUP_WEIGHT` more for
    each backslash, brace and dollar, where pylatexenc makes its nodes.

    >>> walk_cost("The entropy is $H = 1$ bit.", 0, 27), walk_cost("$\\text{a}$", 0, 11)
    (35, 31)
    """
    return end - start + MARKUP_WEIGHT * sum(text.count(mark, start, end) for mark in "\\{}$")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Blank-line separated spans, found as they are read; a verbatim environment is kept whole (it may hold
    blank lines)."""
    position = 0
    length = len(text)
    while position < length:
        brk = _PARAGRAPH_BREAK.search(text, position)
        end = length if brk is None else brk.start()
        opening = _VERBATIM_OPEN.search(text, position, end)
        if opening is not None:
            closing = text.find(f"\\end{{{opening.group(1)}}}", opening.end())
            closing = length if closing < 0 else closing
            if closing > end:
                brk = _PARAGRAPH_BREAK.search(text, closing)
                end = length if brk is None else brk.start()
        if end > position:
            yield position, end
        position = end if brk is None else brk.end()
        if brk is None:
            break


def _walk_paragraph(builder: Builder, start: int, end: int) -> None:
    from pylatexenc.latexwalker import LatexWalker

    try:
        nodes, _, _ = LatexWalker(builder.text[start:end], tolerant_parsing=True).get_latex_nodes()
    except (RecursionError, Exception) as error:  # pylatexenc raises its own errors even when tolerant
        reason = f"this paragraph could not be read as LaTeX ({type(error).__name__})"
        builder.skipped.append(Skipped(start, builder.text[start : start + 60], reason))
        return
    _Walker(builder, start).nodes(nodes)


class _Walker:
    def __init__(self, builder: Builder, shift: int) -> None:
        self.builder = builder
        self.shift = shift
        self.hidden = 0  # depth of \iffalse ... \fi
        self.lists = 0  # depth of enumerate, itemize and description

    def nodes(self, nodes: Sequence[Any]) -> None:
        for node in nodes or ():
            self.node(node)

    def node(self, node: Any) -> None:
        from pylatexenc.latexwalker import (
            LatexCharsNode,
            LatexCommentNode,
            LatexEnvironmentNode,
            LatexGroupNode,
            LatexMacroNode,
            LatexMathNode,
        )

        if node is None:
            return
        begin = self.shift + node.pos
        if isinstance(node, LatexMacroNode):
            if node.macroname == "iffalse":
                self.hidden += 1
            elif node.macroname == "fi" and self.hidden:
                self.hidden -= 1
            elif not self.hidden:
                self.macro(node, begin)
            return
        if self.hidden or isinstance(node, LatexCommentNode):
            return
        if isinstance(node, LatexCharsNode):
            self.builder.prose(begin, begin + node.len)
        elif isinstance(node, LatexMathNode):
            opening = len(node.delimiters[0]) if node.delimiters else 1
            closing = len(node.delimiters[1]) if node.delimiters else 1
            inline = node.displaytype == "inline"
            self.builder.formula("inline" if inline else "display", begin + opening, begin + node.len - closing)
        elif isinstance(node, LatexEnvironmentNode):
            self.environment(node, begin)
        elif isinstance(node, LatexGroupNode):
            self.nodes(node.nodelist)

    def environment(self, node: Any, begin: int) -> None:
        name = node.environmentname
        if name in _SKIPPED_ENVIRONMENTS:
            return
        if name in MATH_ENVIRONMENTS:
            nodes = node.nodelist or []
            if nodes:
                inner_start = self.shift + nodes[0].pos
                inner_end = self.shift + nodes[-1].pos + nodes[-1].len
                self.builder.formula("display", inner_start, inner_end)
            return
        if name in _TABLES:
            table = tabular_table(self.builder.text, begin, begin + node.len)
            if table is not None:
                self.builder.tables.append(table)
        listed = name in _LISTS
        self.lists += listed
        self.nodes(node.nodelist)
        self.lists -= listed

    def macro(self, node: Any, begin: int) -> None:
        if node.macroname in _NOT_PROSE:
            return
        if node.macroname in _SECTIONS:
            self.builder.sections.append(begin)
            if PROBLEM_HEADING.search(node.latex_verbatim()[:200]):  # \section*{Problem 2}: its variables are its own
                self.builder.exercises.append(begin)
        if node.macroname == "item" and self.lists == 1:
            self.builder.exercises.append(begin)
        arguments = node.nodeargd.argnlist if node.nodeargd is not None else []
        for argument in arguments:
            self.node(argument)
