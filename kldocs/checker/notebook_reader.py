"""Read a Jupyter notebook from its JSON: Markdown cells, code cells and their printed output.

The cells are laid one after another into one text; each line remembers its
cell (numbered from 1, as a reader counts them) and its line within the cell
or within the cell's output. Markdown cells are read as Markdown; code cells
as code (only the distributions and values they state); the text a cell
printed (``stream`` output and ``text/plain`` results) as prose, since
``KL(P || Q): 1.927 bits`` printed there is a claim the notebook makes.

>>> import json
>>> cells = [{"cell_type": "markdown", "metadata": {}, "source": "# KL\\n$H(P) = 1$"},
...          {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": "print(kl)",
...           "outputs": [{"output_type": "stream", "name": "stdout", "text": "KL: 0.5\\n"}]}]
>>> doc = read_notebook(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), "n.ipynb")
>>> [(doc.cell(region.offset), doc.line(region.offset), region.text) for region in doc.math]
[(1, 2, 'H(P) = 1')]
>>> [(doc.cell(r.offset), doc.in_output(r.offset), r.text) for r in doc.prose if "KL:" in r.text]
[(2, True, 'KL: 0.5')]
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from typing import Any

from kldocs.checker.code_prose import add_code
from kldocs.checker.documents import Builder, Skipped, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.markdown_reader import MAX_BLOCK_LINES, MAX_CHARACTERS, MAX_LINES, MarkdownBudget, add_markdown
from kldocs.checker.notebook_formats import OLD_VERSIONS, upgraded_cells
from kldocs.errors import InputError

_LONE_SURROGATE = lazy("[\ud800-\udfff]")


def read_notebook(raw: str, name: str) -> SourceText:
    """Read the cells of a notebook (nbformat 4, or older ones upgraded by :mod:`~kldocs.checker.notebook_formats`)."""
    bodies: list[str] = []
    numbers: list[int] = []
    cells: list[int] = []
    output_rows: set[int] = set()
    spans: list[tuple[int, int, str]] = []
    position = 0
    for body, number, what in _pieces(_cells(raw, name), name):
        count = body.count("\n") + 1
        if what == "output":
            output_rows.update(range(len(numbers), len(numbers) + count))
        numbers.extend([*range(1, count + 1), count])  # the last is the blank line between pieces
        cells.extend([number] * (count + 1))
        spans.append((position, position + len(body), what))
        bodies.append(body)
        position += len(body) + 2
    # JSON may escape half a surrogate pair ("\\ud800"), which no text encoding can write: it becomes U+FFFD.
    text = _LONE_SURROGATE.sub("\ufffd", "\n\n".join(bodies))
    builder = Builder(text, name, "notebook", line_numbers=numbers, cells=cells, output_rows=output_rows)
    budget = MarkdownBudget()  # the cells together are read up to one document's limits
    for begin, end, what in spans:
        if budget.stopped:  # a limit was reached above, and the note says where
            break
        if what == "markdown":
            add_markdown(builder, begin, end, budget=budget)
            continue
        lines = text.count("\n", begin, end) + 1
        shown = text[begin : begin + 80].partition("\n")[0]
        if what == "code" and lines > MAX_BLOCK_LINES:  # as a Markdown block is
            builder.skipped.append(
                Skipped(begin, shown, f"a code cell of more than {MAX_BLOCK_LINES:,} lines is not read")
            )
        elif lines > budget.lines or end - begin > budget.characters:  # the cells so far and these pass a limit
            limit = f"{MAX_LINES:,} lines" if lines > budget.lines else f"{MAX_CHARACTERS:,} characters"
            builder.skipped.append(Skipped(begin, shown, f"reading stopped here: a document is read up to {limit}"))
            budget.stopped = True
        else:
            budget.lines -= lines
            budget.characters -= end - begin + 2  # and the blank line between cells
            if what == "output":
                builder.output(begin, end)
            else:
                add_code(builder, begin, end)
    return builder.build()


def _pieces(cells: list[dict[str, Any]], name: str) -> Iterator[tuple[str, int, str]]:
    """The text of each cell and output (line breaks made ``\\n``), its cell's number, and what it is
    (``markdown``, ``code`` or ``output``), up to the first that passes :data:`MAX_LINES` lines or
    :data:`MAX_CHARACTERS` characters with those before it: reading stops there at the latest, and 10 MB of
    small cells were all laid into the text, and their lines numbered, for the first 2 MB to be read.

    >>> cells = [{"cell_type": "markdown", "source": "a\\r\\nb"}, {"cell_type": "raw", "source": "c"}]
    >>> list(_pieces(cells, "n.ipynb"))
    [('a\\nb', 1, 'markdown')]
    """
    lines = characters = 0
    for number, cell in enumerate(cells, start=1):
        source = _text(cell.get("source", ""), name)
        kind = cell.get("cell_type")
        if kind not in ("markdown", "code"):
            continue
        found = [(source, kind)]
        if kind == "code":
            outputs = cell.get("outputs", [])
            if not isinstance(outputs, list):
                raise InputError(name, f"is not a Jupyter notebook: the outputs of cell {number} are not a list")
            found += [(printed, "output") for printed in (_printed(output, name) for output in outputs) if printed]
        for text, what in found:
            body = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
            yield body, number, what
            count = body.count("\n") + 1
            if what != "code" or count <= MAX_BLOCK_LINES:  # a longer code cell is skipped: it takes nothing
                lines, characters = lines + count, characters + len(body)
            if lines > MAX_LINES or characters > MAX_CHARACTERS:  # at most what reading these takes
                return


def _cells(raw: str, name: str) -> list[dict[str, Any]]:
    """The cells of notebook ``raw`` (nbformat 4 as it is, plain dictionaries; older ones upgraded), with only what is
    read of them: their kind, source and outputs.

    The cycle collector is paused meanwhile: JSON makes no cycles, and 10 MB of nested lists (cell metadata 200 deep)
    are millions of new objects, over which it would pass again and again (two thirds of the time of loading them);
    what is not kept is freed before it runs again.

    >>> _cells('{"cells": [{"cell_type": "code", "metadata": {"a": [[1]]}, "source": "x"}]}', "n.ipynb")
    [{'cell_type': 'code', 'source': 'x'}]
    >>> gc.isenabled()
    True
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return [{key: cell[key] for key in _READ if key in cell} for cell in _notebook_cells(raw, name)]
    finally:
        if paused:
            gc.enable()


#: What is read of a cell.
_READ = ("cell_type", "source", "outputs")


def _notebook_cells(raw: str, name: str) -> list[dict[str, Any]]:
    """The cells of notebook ``raw`` as they are."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(name, f"is not a Jupyter notebook: {getattr(error, 'msg', 'nested too deeply')}") from None
    except ValueError:  # Python converts integers of at most 4,300 digits
        raise InputError(name, "is not a Jupyter notebook kldocs reads: it holds an integer too long to read") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells", data.get("worksheets")), list):
        raise InputError(name, "is not a Jupyter notebook: no list of cells")
    version = data.get("nbformat", 4)
    if version in OLD_VERSIONS and not isinstance(version, bool):
        return upgraded_cells(data, name)
    if not isinstance(version, int) or isinstance(version, bool) or version < 4:
        raise InputError(name, f"is not a Jupyter notebook kldocs reads: nbformat {str(version)[:20]!r}")
    cells = data.get("cells")
    if not isinstance(cells, list) or not all(isinstance(cell, dict) for cell in cells):
        raise InputError(name, "is not a Jupyter notebook: no list of cells")
    return cells


def _text(source: object, name: str) -> str:
    if isinstance(source, list) and all(isinstance(piece, str) for piece in source):
        return "".join(source)
    if isinstance(source, str):
        return source
    raise InputError(name, "is not a Jupyter notebook: a cell source is not text")


def _printed(output: object, name: str) -> str:
    """The text an output shows: a stream's text or a result's ``text/plain``."""
    if not isinstance(output, dict):
        return ""
    if output.get("output_type") == "stream":
        return _text(output.get("text", ""), name)
    data = output.get("data")
    if isinstance(data, dict) and "text/plain" in data:
        return _text(data["text/plain"], name)
    return ""
