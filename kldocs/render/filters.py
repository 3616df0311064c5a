"""Every filter the templates use: escaping per format, math, numbers.

Text that reaches a template is escaped once, by the environment's
``finalize`` hook, with the escaper of that format; only what these
filters return as ``Markup`` (math written by kldocs, MathML) passes
through unchanged.

>>> escape_tex(r"50% of $x_1$ & {y}")
'50\\\\% of \\\\$x\\\\_1\\\\$ \\\\& \\\\{y\\\\}'
>>> escape_markdown("a*b_c [x](y) <s>")
'a\\\\*b\\\\_c \\\\[x\\\\](y) &lt;s&gt;'
>>> escape_typst('#read("/etc/x") $y$ @z')
'\\\\#read(\\\\"\\\\/etc\\\\/x\\\\") \\\\$y\\\\$ \\\\@z'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from markupsafe import Markup

_TEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "^": r"\textasciicircum{}",
    "_": r"\_",
    "%": r"\%",
    "~": r"\textasciitilde{}",
    # After \\ or \midrule a "[" would open an optional argument: brace both brackets.
    "[": "{[}",
    "]": "{]}",
    # A straight double quote and a grave accent: bare, TeX's font ligatures make typographic quotes of them.
    '"': r"\textquotedbl{}",
    "`": r"\textasciigrave{}",
    # Symbols that Latin Modern text fonts lack: set them from the math font.
    "≈": r"\ensuremath{\approx}",
    "≤": r"\ensuremath{\le}",
    "≥": r"\ensuremath{\ge}",
    "≠": r"\ensuremath{\ne}",
    "−": r"\ensuremath{-}",
    "∞": r"\ensuremath{\infty}",
    "×": r"\ensuremath{\times}",
    "·": r"\ensuremath{\cdot}",
    "Σ": r"\ensuremath{\Sigma}",
    "∑": r"\ensuremath{\sum}",
    "√": r"\ensuremath{\surd}",
    "→": r"\ensuremath{\to}",
    "⇔": r"\ensuremath{\Leftrightarrow}",
}
_TEX_TABLE = str.maketrans(_TEX_SPECIALS)
_MARKDOWN_TABLE = str.maketrans(
    {
        **{ch: "\\" + ch for ch in "\\`*_[]|$~#"},
        "<": "&lt;",
        ">": "&gt;",
        "&": "&amp;",
    }
)


_LIST_MARKER = re.compile(r"^(\d+[.)]|[-+])(\s|$)")

#: Characters with a meaning in Typst markup: code (#), maths ($), strong and emphasis, raw text, labels
#: and references (< @), content brackets, headings, lists, term lists, comments (//, /*), non-breaking
#: spaces (~), escapes and dashes (-- and the soft hyphen -?), and the double quote, which Typst would turn into a
#: typographic opening or closing quote: the user typed a straight one.
_TYPST_MARKUP = str.maketrans({ch: "\\" + ch for ch in '\\#$*_`<>@[]=-+/~"'})
#: A full stop that would end a numbered-list marker ("1.") or make an ellipsis ("..."), and a leading "." or
#: "(" that would continue a code expression before the text (a field access, a call).
_TYPST_STOP = re.compile(r"(?m)^(\d+)\.(?=\s|$)|\.(?=\.)|^[.(]")


def escape_tex(text: str) -> str:
    """Escape LaTeX's ten special characters (and set a few symbols as math) so the text prints literally."""
    return text.translate(_TEX_TABLE)


def escape_markdown(text: str) -> str:
    """Escape Markdown and HTML punctuation so the text prints literally."""
    escaped = text.translate(_MARKDOWN_TABLE)
    # Text that starts like a list item must stay text: escape the marker's punctuation.
    return _LIST_MARKER.sub(lambda m: f"{m.group(1)[:-1]}\\{m.group(1)[-1]}{m.group(2)}", escaped, count=1)


def escape_typst(text: str) -> str:
    """Escape Typst markup so the text prints literally, wherever a template places it.

    Besides the characters of :data:`_TYPST_MARKUP`, a full stop is escaped
    where it would end a list marker or make an ellipsis, and a text that
    starts with ``.`` or ``(`` cannot continue a code expression before it.

    >>> escape_typst("1. item -- x... (y)")
    '1\\\\. item \\\\-\\\\- x\\\\.\\\\.. (y)'
    """
    escaped = text.translate(_TYPST_MARKUP)
    return _TYPST_STOP.sub(lambda match: f"{match.group(1)}\\." if match.group(1) else "\\" + match.group(0), escaped)


def typst_string(text: str) -> Markup:
    r"""A Typst string literal (for code and maths): printed as it is, markup and all.

    >>> str(typst_string('a "b" \\ #c'))
    '"a \\"b\\" \\\\ #c"'
    """
    escaped = "".join(_TYPST_STRING.get(ch, ch) if ch.isprintable() else f"\\u{{{ord(ch):x}}}" for ch in str(text))
    return Markup(f'"{escaped}"')


_TYPST_STRING = {"\\": "\\\\", '"': '\\"'}


def finalizer(escaper: Any) -> Any:
    """A Jinja2 ``finalize`` hook: escape every output that is not Markup."""

    def finalize(value: Any) -> Any:
        if isinstance(value, Markup) or value is None:
            return value if value is not None else ""
        return Markup(escaper(str(value)))

    return finalize


# Math: LaTeX written by kldocs, placed as it is in LaTeX and Markdown, and
# converted to MathML for HTML.


def tex_inline(latex: str) -> Markup:
    r"""Inline math for LaTeX output: ``\(...\)``."""
    return Markup(rf"\({latex}\)")


def markdown_inline(latex: str) -> Markup:
    """Inline math for GitHub-flavoured Markdown: ``$...$``."""
    return Markup(f"${latex}$")


@lru_cache(maxsize=4096)
def mathml(latex: str, display: str = "inline") -> Markup:
    """MathML for HTML, so no script is needed to show the formula (see :mod:`kldocs.render.mathml`).

    >>> "<mn>0.2</mn><mspace" in mathml(r"0.2 \\ln \\frac{1}{2}")
    True
    """
    from kldocs.render.mathml import to_mathml

    return Markup(to_mathml(latex, display))


def display_mathml(latex: str) -> Markup:
    """MathML in display style (full-size fractions, limits under sums).

    The page's style sheet lays these out inline inside derivation tables,
    so each cell aligns to its side instead of being centred.
    """
    return mathml(latex, "block")


def typst_inline(latex: str) -> Markup:
    """Inline maths for Typst, in a box so that a line never breaks inside it (Typst would break after an operator).

    >>> print(typst_inline("x - 1"))
    #box($x - 1$)
    """
    from kldocs.render.typst_math import typst_math

    return Markup(f"#box(${typst_math(latex)}$)")


def typst_raw(latex: str) -> Markup:
    """Maths for Typst without delimiters, for a template to place inside ``$...$``."""
    from kldocs.render.typst_math import typst_math

    return Markup(typst_math(latex))


def raw_math(latex: str) -> Markup:
    """LaTeX written by kldocs, placed as it is (inside a math environment)."""
    return Markup(latex)


def code_span(text: str, table: bool = False) -> Markup:
    """Text as one Markdown code span: a backtick fence longer than any run inside, ``|`` escaped in a table.

    >>> print(code_span("a `b` c"), code_span("x | y", table=True))
    ``a `b` c`` `x \\| y`
    """
    flat = " ".join(text.split())
    fence = "`"
    while fence in flat:
        fence += "`"
    body = f" {flat} " if flat.startswith("`") or flat.endswith("`") else flat
    span = f"{fence}{body}{fence}"
    return Markup(span.replace("|", "\\|") if table else span)


#: Ems of maths (see :func:`~kldocs.models.chains.chain_width`) beside which a step's note still fits in a web
#: page's text column (46rem, the note at least 11rem), with room for the estimate's error; a wider chain puts each
#: note under its line, so that the maths is never cut or scrolled sideways.
NOTES_BESIDE_EMS = 24.0


def notes_beside(block: Any) -> bool:
    """True when a derivation chain is narrow enough for its notes to stand beside its lines on a web page.

    >>> from kldocs.models.blocks import MathChain, MathLine
    >>> short, long = "a + b", " + ".join(["a_{1}"] * 20)
    >>> notes_beside(MathChain((MathLine("x", "=", short),))), notes_beside(MathChain((MathLine("x", "=", long),)))
    (True, False)
    """
    from kldocs.models.chains import chain_width

    return chain_width(block) <= NOTES_BESIDE_EMS
