"""Every filter the templates use: escaping per format, math, numbers.

Text that reaches a template is escaped once, by the environment's
``finalize`` hook, with the escaper of that format; only what these
filters return as ``Markup`` (math written by kldocs, MathML) passes
through unchanged.

>>> escape_tex(r"50% of $x_1$ & {y}")
'50\\\\% of \\\\$x\\\\_1\\\\$ \\\\& \\\\{y\\\\}'
>>> escape_markdown("a*b_c [x](y) <s>")
'a\\\\*b\\\\_c \\\\[x\\\\](y) &lt;s&gt;'
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


_FUNCTION_NAME = re.compile(r"(<mi>(?:ln|log)</mi>)")
_LIST_MARKER = re.compile(r"^(\d+[.)]|[-+])(\s|$)")


def escape_tex(text: str) -> str:
    """Escape LaTeX's ten special characters (and set a few symbols as math) so the text prints literally."""
    return text.translate(_TEX_TABLE)


def escape_markdown(text: str) -> str:
    """Escape Markdown and HTML punctuation so the text prints literally."""
    escaped = text.translate(_MARKDOWN_TABLE)
    # Text that starts like a list item must stay text: escape the marker's punctuation.
    return _LIST_MARKER.sub(lambda m: f"{m.group(1)[:-1]}\\{m.group(1)[-1]}{m.group(2)}", escaped, count=1)


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
    """MathML for HTML, so no script is needed to show the formula.

    ``ln`` and ``log`` are followed by the invisible function-application
    operator, which tells browsers to space them like functions.
    """
    from latex2mathml.converter import convert

    if not latex.strip():
        return Markup("")
    converted = _FUNCTION_NAME.sub(r"\1<mo>&#x02061;</mo>", convert(latex, display=display))
    return Markup(converted)


def display_mathml(latex: str) -> Markup:
    """MathML in display style (full-size fractions, limits under sums).

    The page's style sheet lays these out inline inside derivation tables,
    so each cell aligns to its side instead of being centred.
    """
    return mathml(latex, "block")


def raw_math(latex: str) -> Markup:
    """LaTeX written by kldocs, placed as it is (inside a math environment)."""
    return Markup(latex)
