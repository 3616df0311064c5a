"""Older notebooks (nbformat 1 to 3) as the cells nbformat 4 gives them, for what the checker reads of them.

nbformat's own conversion validates the whole notebook against its schema
twice and builds an object for every cell and output: 100,000 small cells of
an nbformat 3 notebook took 9 s. The checker reads only each cell's type, its
source and the text its outputs show, so only those are carried over, the
way nbformat carries them: a v3 ``heading`` cell becomes a Markdown heading
(``#`` times its level, its lines joined), ``html`` cells become Markdown,
a code cell's ``input`` its ``source``, a ``pyout`` or ``display_data``
output's ``text`` its ``text/plain``; nbformat 1's ``text`` cells are
Markdown and its code cells keep their source under ``code``.

>>> old = {"nbformat": 3, "worksheets": [{"cells": [
...     {"cell_type": "heading", "level": 2, "source": "KL"},
...     {"cell_type": "code", "input": "kl", "outputs": [{"output_type": "pyout", "text": "0.5"}]}]}]}
>>> heading, code = upgraded_cells(old, "n.ipynb")
>>> heading
{'cell_type': 'markdown', 'source': '## KL'}
>>> code["source"], code["outputs"]
('kl', [{'output_type': 'execute_result', 'data': {'text/plain': '0.5'}}])
"""

from __future__ import annotations

from typing import Any

from kldocs.errors import InputError

#: The nbformat versions this module upgrades; 4 and later are read as they are.
OLD_VERSIONS = (1, 2, 3)


def upgraded_cells(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The cells of an nbformat 1, 2 or 3 notebook ``data`` in nbformat 4's shape (worksheets flattened)."""
    if data.get("nbformat") == 1:
        return [_upgraded_v1(cell) for cell in _dicts(data.get("cells"), name)]
    worksheets = _dicts(data.get("worksheets"), name)
    return [_upgraded(cell, name) for sheet in worksheets for cell in _dicts(sheet.get("cells"), name)]


def _dicts(value: object, name: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise InputError(name, "is not a Jupyter notebook: no list of cells")
    return value


def _upgraded_v1(cell: dict[str, Any]) -> dict[str, Any]:
    kind = cell.get("cell_type")
    if kind == "code":
        return {"cell_type": "code", "source": cell.get("code", ""), "outputs": []}
    if kind == "text":
        return {"cell_type": "markdown", "source": cell.get("text", "")}
    return {"cell_type": kind}


def _upgraded(cell: dict[str, Any], name: str) -> dict[str, Any]:
    kind = cell.get("cell_type")
    if kind == "code":
        outputs = cell.get("outputs", [])
        if not isinstance(outputs, list):
            raise InputError(name, "is not a Jupyter notebook: the outputs of a cell are not a list")
        return {"cell_type": "code", "source": cell.get("input", ""), "outputs": [_output(out) for out in outputs]}
    if kind == "heading":
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(piece, str) for piece in source):
            source = "".join(source)
        if not isinstance(source, str):
            raise InputError(name, "is not a Jupyter notebook: a cell source is not text")
        level = cell.get("level", 1)
        hashes = "#" * level if isinstance(level, int) and 0 < level <= 6 else "#"
        return {"cell_type": "markdown", "source": f"{hashes} {' '.join(source.splitlines())}"}
    if kind in ("markdown", "html"):
        return {"cell_type": "markdown", "source": cell.get("source", "")}
    return {"cell_type": kind, "source": cell.get("source", "")}


def _output(output: object) -> object:
    if not isinstance(output, dict):
        return output
    kind = output.get("output_type")
    if kind in ("pyout", "display_data"):
        shown = {"output_type": "execute_result" if kind == "pyout" else kind}
        return {**shown, "data": {"text/plain": output["text"]}} if "text" in output else shown
    if kind == "stream":
        return {"output_type": "stream", "text": output.get("text", "")}
    return {"output_type": "error" if kind == "pyerr" else kind}
