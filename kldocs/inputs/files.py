"""Distributions from CSV or JSON files (``--p-file``).

CSV: one value per row, or ``label,value`` rows, or one row of values,
separated by commas (or semicolons or tabs, when the file uses them). The
first of several rows is a header, skipped (and ``note`` is told), when its
value cell (the last) is a word: letters and no digit, such as ``count`` or
``probability``; its label cell may be anything. A first value cell that is
neither a number nor such a word (``O.2``, ``1,500``) is refused, naming the
file and line 1, rather than taken for a header. A decimal comma (``0,45``)
is refused with a message rather than misread. JSON: a list of
values, an object mapping labels to values, or ``{"values": [...],
"labels": [...]}``. JSON numbers are read from their text, never through
float, so ``0.1`` stays exactly 1/10.

:func:`read_text` is the one way kldocs reads a file the user names (these
files, and the documents ``kldocs check`` reads): a regular file only (a
FIFO, ``/dev/zero`` or a folder is refused before anything is read, and
opening never waits), at most :data:`MAX_FILE_BYTES`, UTF-8 text.

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
import os
import re
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kldocs.errors import InputError
from kldocs.inputs.distribution import Distribution, parse_distribution
from kldocs.inputs.numbers import _TOKEN, names_a_number, parse_number

#: Files of at least this many characters made only of digits and line breaks are read as counts in one pass.
_MANY_COUNTS = 100_000
_PLAIN_COUNTS = re.compile(r"[0-9 \t\r\n]*")
#: A count too long to be read in one pass (int64 holds every 18-digit number).
_TOO_LONG_FOR_INT64 = re.compile(r"[0-9]{19}")

#: Largest file read, in bytes.
MAX_FILE_BYTES = 10_000_000


def read_distribution_file(
    path: str | Path,
    *,
    name: str = "P",
    normalize: bool = False,
    labels: str | Sequence[str] | None = None,
    note: Callable[[str], None] | None = None,
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
    note
        Told, in one line, what a reader may not expect: a first row skipped as a header.

    Raises
    ------
    InputError
        When the file is missing, too large, not UTF-8, or malformed.
    """
    field = f"{name} file {str(path)!r}"
    file = Path(path)
    text = read_text(file, field)
    lines: list[int] | None = None
    if file.suffix.lower() == ".json":
        values, file_labels = _from_json(text, field)
    else:
        values, file_labels, lines = _from_csv(text, field, note or _silent)
    try:
        return parse_distribution(values, labels if labels is not None else file_labels, name=name, normalize=normalize)
    except InputError as error:
        if error.index is None or lines is None:
            raise
        # Name the line too: a skipped header or blank lines put the n-th value on another line than n.
        raise InputError(f"{field} line {lines[error.index]} ({error.field})", error.problem, error.index) from None


def read_text(path: str | Path, field: str, limit: int | None = None) -> str:
    """The text of a regular file of at most ``limit`` bytes (default :data:`MAX_FILE_BYTES`), as UTF-8.

    A byte-order mark at the start is dropped.

    Raises
    ------
    InputError
        On ``field``: no such file, a folder or anything but a regular file,
        unreadable, larger than ``limit``, binary (a NUL byte) or not UTF-8.

    Examples
    --------
    >>> read_text("/dev/zero", "P file")
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: P file: is not a regular file (a pipe, a device or a socket); only files are read
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        # O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(field, "no such file") from None
    except PermissionError:
        raise InputError(field, "permission denied") from None
    except OSError as error:
        raise InputError(field, f"cannot be read ({error.strerror or error})") from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(field, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(field, "is not a regular file (a pipe, a device or a socket); only files are read")
        if info.st_size > limit:
            raise InputError(field, f"is {info.st_size:,} bytes; files larger than {limit:,} bytes are not read")
        data = _read_at_most(descriptor, limit + 1)
    except OSError as error:
        raise InputError(field, f"cannot be read ({error.strerror or error})") from None
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise InputError(field, f"is larger than {limit:,} bytes; it is not read")
    if b"\x00" in data:
        raise InputError(field, "looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(field, f"is not UTF-8 text (byte {data[error.start]:#04x} at offset {error.start})") from None


def _read_at_most(descriptor: int, size: int) -> bytes:
    """Up to ``size`` bytes from an open file (fewer only at its end)."""
    chunks: list[bytes] = []
    while size > 0:
        chunk = os.read(descriptor, min(size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class _DuplicateKeyError(Exception):
    """A JSON object names the same key twice (``json`` would silently keep the last)."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKeyError(key)
        found[key] = value
    return found


def _from_json(text: str, field: str) -> tuple[list[Any], list[str] | None]:
    try:
        data = json.loads(text, parse_float=str, parse_int=str, parse_constant=str, object_pairs_hook=_unique_keys)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(field, f"is not valid JSON ({getattr(error, 'msg', 'nested too deeply')})") from None
    except _DuplicateKeyError as error:
        raise InputError(field, f"the key {error.args[0]!r} appears twice") from None
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


def _silent(line: str) -> None:
    """Say nothing: what :func:`read_distribution_file` does with notes when no one listens."""


def _from_csv(text: str, field: str, note: Callable[[str], None]) -> tuple[Any, list[str] | None, list[int] | None]:
    """The values, the labels (or None) and the line of each value (None when read as plain counts)."""
    if len(text) >= _MANY_COUNTS and _PLAIN_COUNTS.fullmatch(text):
        counts = _counts(text)
        if counts is not None:
            return counts, None, None
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        for row in reader:
            cells = [cell.strip() for cell in row]
            if any(cells):
                rows.append(cells)
                lines.append(reader.line_num)
    except csv.Error as error:  # a field over csv's limit (131,072 characters), a NUL
        raise InputError(field, f"is not valid CSV ({error})") from None
    if not rows:
        raise InputError(field, "is empty")
    if len(rows) == 1:
        return rows[0], None, [lines[0]] * len(rows[0])
    if _is_header(rows[0], f"{field} line {lines[0]}"):
        note(f"{field}: line {lines[0]} ({','.join(rows[0])!r}) is a header, not values; it is skipped")
        rows, lines = rows[1:], lines[1:]
    widths = {len(row) for row in rows}
    if widths == {1}:
        return [row[0] for row in rows], None, lines
    if widths == {2}:
        return [row[1] for row in rows], [row[0] for row in rows], lines
    raise InputError(field, "expected one value per row, or label,value rows")


def _counts(text: str) -> Any:
    """A long file of small whole numbers, one per line, as an int64 array (read by NumPy, not cell by cell).

    The text holds only ASCII digits and white space (:data:`_PLAIN_COUNTS`), so NumPy's text
    reader, which stops at the first thing it cannot read, reads every number.
    """
    if _TOO_LONG_FOR_INT64.search(text):
        return None
    import numpy as np

    counts = np.fromstring(text, dtype=np.int64, sep=" ")
    return counts if counts.size else None


def _delimiter(text: str) -> str:
    """The field separator: a semicolon or tab when the file uses one (``sunny;0,45``), else a comma."""
    sample = "\n".join(text.splitlines()[:20])
    for candidate in (";", "\t"):
        if candidate in sample:
            return candidate
    return ","


def _is_header(row: list[str], field: str) -> bool:
    """Whether a first row is a header: its value cell is a word (letters, no digit); an error when it is unclear.

    >>> _is_header(["word", "count"], "line 1"), _is_header(["the", "10"], "line 1")
    (True, False)
    >>> _is_header(["O.2"], "P file 'p.csv' line 1")
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: P file 'p.csv' line 1: cannot read 'O.2' as a number; a header row is words without digits
    """
    cell = row[-1]
    if _TOKEN.fullmatch(cell) is not None and any(ch.isdigit() for ch in cell):
        return False
    if any(ch.isalpha() for ch in cell) and not any(ch.isdigit() for ch in cell) and not names_a_number(cell):
        return True
    try:
        parse_number(cell, field)
    except InputError as error:
        raise InputError(field, f"{error.problem}; a header row is words without digits") from None
    return False
