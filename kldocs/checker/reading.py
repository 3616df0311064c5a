r"""Read a document: choose the reader by the file's extension and refuse what kldocs does not read.

Markdown and plain text (reStructuredText among it, its maths written as dollar maths by
:mod:`~kldocs.checker.rst_math`) go to :mod:`~kldocs.checker.markdown_reader`, and so does Typst once
:mod:`~kldocs.checker.typst_reader` has written it as Markdown line for line; LaTeX
to :mod:`~kldocs.checker.latex_reader`, notebooks to
:mod:`~kldocs.checker.notebook_reader`, Python files (and plain text that is a
Python script) to :mod:`~kldocs.checker.python_reader`; files are read with the project's
bounded reader (:func:`kldocs.inputs.files.read_text`). PDF and Office
documents are refused with one :class:`~kldocs.InputError` naming the file.

>>> parse_text("$H(P) = 1$", "notes.md").math[0].text
'H(P) = 1'
>>> parse_text('$ D_"KL"(P || Q) >= 0 $', "notes.typ").math[0].text
'D_{\\text{KL}}(P \\| Q) \\ge 0'
"""

from __future__ import annotations

from pathlib import Path

from kldocs.checker.code_fields import reads_fields, with_string_fields
from kldocs.checker.continued_sums import with_continued_sums
from kldocs.checker.divergence_letters import with_divergence_letters
from kldocs.checker.documents import Format, SourceText
from kldocs.checker.glued_bases import with_glued_bases
from kldocs.checker.glued_integers import with_glued_integers
from kldocs.checker.jsx_maths import reads_jsx, with_jsx_maths
from kldocs.checker.latex_reader import read_latex
from kldocs.checker.markdown_reader import read_markdown
from kldocs.checker.notebook_reader import read_notebook
from kldocs.checker.number_notation import with_decimal_points
from kldocs.checker.plain_displays import plain_displays
from kldocs.checker.python_reader import is_python, read_python
from kldocs.checker.rendered_duplicates import without_rendered_duplicates
from kldocs.checker.rst_math import as_dollar_maths
from kldocs.checker.spaced_commands import with_commands_closed
from kldocs.checker.typst_reader import read_typst, with_typst_bindings
from kldocs.checker.user_macros import with_user_macros
from kldocs.errors import InputError

_FORMATS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".tex": "latex",
    ".ltx": "latex",
    ".latex": "latex",
    ".ipynb": "notebook",
    ".py": "python",
}
#: Typst documents: written as Markdown, line for line, then read as Markdown.
TYPST = frozenset({".typ"})
#: Binary formats people try: refused with one line, not read as text.
UNSUPPORTED = frozenset(
    {".docx", ".doc", ".odt", ".pdf", ".pptx", ".ppt", ".key", ".rtf", ".epub", ".xlsx", ".zip", ".png", ".jpg"}
)


def read_document(path: str | Path) -> SourceText:
    """Read and segment a file; the format follows the extension (anything unknown is plain text).

    Raises
    ------
    InputError
        The file is of a format kldocs does not read (``.pdf``, ``.docx``...), or
        :func:`kldocs.inputs.files.read_text` refuses it (missing, not a regular file,
        over the size limit, binary, not UTF-8), or (for ``.ipynb``) it is not a notebook.
    """
    from kldocs.inputs.files import read_text

    path = Path(path)
    field_name = str(path)
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:
        raise InputError(
            field_name,
            f"{suffix} files are not read; export the document as Markdown, LaTeX, Typst, text or a notebook",
        )
    text = read_text(path, field_name)
    if text.startswith(("%PDF-", "PK\x03\x04")):
        raise InputError(field_name, "is a PDF or Office file; export it as Markdown, LaTeX, Typst, text or a notebook")
    return parse_text(text, field_name, None if suffix in TYPST else _FORMATS.get(suffix, "text"))


def parse_text(text: str, name: str = "document", format: Format | None = None) -> SourceText:
    """Segment text that is already decoded; the format defaults to the name's extension (``.typ``: Typst)."""
    typst = format is None and Path(name).suffix.lower() in TYPST
    if format is None:
        format = "markdown" if typst else _FORMATS.get(Path(name).suffix.lower(), "text")
    if format == "notebook":
        return with_divergence_letters(with_user_macros(plain_displays(with_decimal_points(read_notebook(text, name)))))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if format == "latex":
        return with_divergence_letters(with_user_macros(with_decimal_points(read_latex(text, name))))
    if format == "python" or (format == "text" and is_python(text)):
        return with_decimal_points(read_python(text, name))
    bindings: list[tuple[int, str]] = []
    if typst:
        text, bindings = read_typst(text)  # a binding not read as numbers is code on its line (see there)
    if format == "text" and reads_fields(name):
        text = with_string_fields(text)  # quiz data in TypeScript or JSON: each string field's text, unescaped
    if format == "text" and reads_jsx(name):
        text = with_jsx_maths(text)  # <InlineMath math="..." /> in a React component or MDX: the formula
    text = without_rendered_duplicates(text)  # a web page's maths saved twice, rendered and as source
    text = as_dollar_maths(text)  # reStructuredText's and MyST's maths, line for line
    text = with_continued_sums(text)  # a line "+ 0.4 * ..." goes on with the sum above it, not a list
    text = with_commands_closed(text)  # "\ sum_ {i = 1}" as a translation splits it: \sum
    read = with_user_macros(plain_displays(with_decimal_points(read_markdown(text, name, format))))
    read = with_divergence_letters(with_glued_bases(with_glued_integers(read)))  # log23 = 1.58 as copied from a slide
    return with_typst_bindings(read, bindings)
