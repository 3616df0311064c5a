"""Write a set of files into an output folder all at once, or not at all.

:func:`write_all` is the only function in kldocs that writes into
``--out``. It checks every name before anything moves (a folder where a
file goes, a file where a folder goes), stages the files in a hidden
folder inside ``out`` (so each move is a rename within one file system),
then moves them in, keeping each file it replaces until all are in. Any
failure (no permission, a read-only or full disk, a file-size limit, a
path that cannot be a folder) undoes what was done, folders it made
included, and becomes ``InputError("--out", ...)``: the folder is left as
it was.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "pages"
>>> [p.name for p in write_all(out, {"a.md": b"# A", "img/b.png": b"..."})]
['a.md', 'b.png']
>>> write_all(out / "a.md", {"c.md": b""})
Traceback (most recent call last):
...
kldocs.errors.InputError: --out: '.../pages/a.md' is a file, not a folder
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from kldocs.errors import InputError


def write_all(out: Path, files: dict[str, bytes]) -> list[Path]:
    """Write ``files`` (names may hold folders: ``en/handout.md``) into ``out``; return the paths written.

    Raises
    ------
    InputError
        On ``--out`` when any file cannot be written; then nothing changed.
    """
    targets = check_names(out, files)
    made = _Folders()
    try:
        made.make(out)
        stage = Path(tempfile.mkdtemp(prefix=".kldocs-", dir=out))
        try:
            for name, content in files.items():
                (stage / name).parent.mkdir(parents=True, exist_ok=True)
                (stage / name).write_bytes(content)
            _move_in(stage, targets, made)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    except BaseException as error:
        made.remove()
        if isinstance(error, OSError):
            raise InputError("--out", f"cannot write into {str(out)!r}: {error.strerror or error}") from None
        raise
    return list(targets.values())


def check_names(out: Path, names: Iterable[str]) -> dict[str, Path]:
    """Each name's path in ``out``, once no folder stands where a file goes and no file where a folder goes.

    :func:`write_all` checks this way; a command calls it before rendering as well, for the names it
    already knows, so that a clash is reported at once rather than after the work.

    Raises
    ------
    InputError
        On ``--out``, naming the first clash.
    """
    targets = {name: out / _checked_name(name) for name in names}
    _check_folder(out)
    for name, target in targets.items():
        _check_target(out, name, target)
    return targets


def _checked_name(name: str) -> PurePosixPath:
    """A relative name that stays inside the folder (the names come from kldocs, never the user)."""
    path = PurePosixPath(name)
    if not name or path.is_absolute() or any(part in ("", ".", "..") for part in name.split("/")):
        raise ValueError(f"not a file name inside the output folder: {name!r}")
    return path


def _check_folder(out: Path) -> None:
    """``out`` and each of its parents is a folder or does not exist yet."""
    for folder in (out, *out.parents):
        if folder.exists() or folder.is_symlink():
            if not folder.is_dir():
                raise InputError("--out", f"{str(folder)!r} is a file, not a folder")
            return


def _check_target(out: Path, name: str, target: Path) -> None:
    """Every folder on the way to ``target`` is a folder if it exists, and ``target`` is not one."""
    for folder in reversed(target.relative_to(out).parents):
        path = out / folder
        if path.exists() and not path.is_dir():
            raise InputError("--out", f"cannot write {name!r}: {str(path)!r} is a file, not a folder")
    if target.is_dir():
        raise InputError("--out", f"cannot write {name!r}: {str(target)!r} is a folder")


def _move_in(stage: Path, targets: dict[str, Path], made: _Folders) -> None:
    """Rename each staged file into place; on failure put every replaced file back."""
    kept = stage / ".replaced"
    moved: list[tuple[Path, Path | None]] = []
    try:
        for name, target in targets.items():
            made.make(target.parent)
            backup = None
            if target.exists() or target.is_symlink():
                backup = kept / name
                backup.parent.mkdir(parents=True, exist_ok=True)
                os.replace(target, backup)
            moved.append((target, backup))
            os.replace(stage / name, target)
    except BaseException:
        for target, backup in reversed(moved):
            if backup is not None:
                os.replace(backup, target)
            else:
                target.unlink(missing_ok=True)
        raise


class _Folders:
    """The folders made on the way, so that a failure can remove them again."""

    def __init__(self) -> None:
        self.made: list[Path] = []

    def make(self, folder: Path) -> None:
        """Make ``folder`` and any missing parents."""
        missing = [path for path in (folder, *folder.parents) if not path.exists()]
        for path in reversed(missing):
            path.mkdir()
            self.made.append(path)

    def remove(self) -> None:
        """Remove the folders made, deepest first (only those left empty)."""
        for path in reversed(self.made):
            with contextlib.suppress(OSError):
                path.rmdir()
