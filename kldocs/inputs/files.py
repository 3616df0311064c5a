"""Distributions from CSV or JSON files (``--p-file``).

CSV: one value per row, or ``label,value`` rows, or one row of values,
separated by commas (or semicolons or tabs, when the file uses them); a
header row is skipped when its value cell is not a number. A decimal comma
(``0,45``) is refused with a message rather than misread. JSON: a list of
values, an object mapping labels to values, or ``{"values": [...],
"labels": [...]}``. JSON numbers are read from their text, never through
float, so ``0.1`` stays exactly 1/10.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "p.json"
>>> _ = path.write_text('{"a": 0.2, "b": 0.5, "c": 0.3}')
>>> read_distribution_file(path).labels
('a', 'b', 'c')
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kldocs.errors import InputError
from kldocs.inputs.distribution import Distribution, parse_distribution
from kldocs.inputs.numbers import _TOKEN

#: Largest file read, in bytes.
MAX_FILE_BYTES = 10_000_000


def read_distribution_file(
    path: str | Path,
    *,
    name: str = "P",
    normalize: bool = False,
    labels: str | Sequence[str] | None = None,
) -> Distribution:
    """Read a distribution from a ``.csv`` or ``.json`` file.

    Parameters
    ----------
    path
        The file; its suffix chooses the format (anything but ``.json`` is CSV).
    name
        Names the distribution in messages.
    normalize
        Rescale weights that do not sum to 1.
    labels
        Labels to use instead of any the file gives.

    Raises
    ------
    InputError
        When the file is missing, too large, not UTF-8, or malformed.
    """
    field = f"{name} file {str(path)!r}"
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(field, f"is larger than {MAX_FILE_BYTES // 1_000_000} MB")
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(field, "no such file") from None
    except UnicodeDecodeError:
        raise InputError(field, "is not UTF-8 text") from None
    except OSError as error:
        raise InputError(field, error.strerror or "cannot be read") from None
    if file.suffix.lower() == ".json":
        values, file_labels = _from_json(text, field)
    else:
        values, file_labels = _from_csv(text, field)
    return parse_distribution(values, labels if labels is not None else file_labels, name=name, normalize=normalize)


def _from_json(text: str, field: str) -> tuple[list[Any], list[str] | None]:
    try:
        data = json.loads(text, parse_float=str, parse_int=str, parse_constant=str)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(field, f"is not valid JSON ({getattr(error, 'msg', 'nested too deeply')})") from None
    if isinstance(data, list):
        return data, None
    if isinstance(data, dict) and "values" in data:
        values, labels = data["values"], data.get("labels")
        if not isinstance(values, list) or not (labels is None or isinstance(labels, list)):
            raise InputError(field, '"values" and "labels" must be lists')
        return values, labels
    if isinstance(data, dict):
        return list(data.values()), [str(key) for key in data]
    raise InputError(field, "expected a list of values or an object of label: value pairs")


def _from_csv(text: str, field: str) -> tuple[list[Any], list[str] | None]:
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), delimiter=_delimiter(text))]
    rows = [row for row in rows if any(row)]
    if not rows:
        raise InputError(field, "is empty")
    if len(rows) == 1:
        return rows[0], None
    if rows and not _looks_numeric(rows[0][-1]):
        rows = rows[1:]  # a header row
    widths = {len(row) for row in rows}
    if widths == {1}:
        return [row[0] for row in rows], None
    if widths == {2}:
        return [row[1] for row in rows], [row[0] for row in rows]
    raise InputError(field, "expected one value per row, or label,value rows")


def _delimiter(text: str) -> str:
    """The field separator: a semicolon or tab when the file uses one (``sunny;0,45``), else a comma."""
    sample = "\n".join(text.splitlines()[:20])
    for candidate in (";", "\t"):
        if candidate in sample:
            return candidate
    return ","


def _looks_numeric(cell: str) -> bool:
    return _TOKEN.fullmatch(cell) is not None and any(ch.isdigit() for ch in cell)
