"""Compile Typst to PDF with the ``typst`` Python package, confined to a throwaway folder.

The source and its chart files go into ``root/`` of a new temporary
folder, which is Typst's root: ``#read``, ``#image`` and ``#include`` reach
nothing outside it (``"/etc/hostname"`` means ``root/etc/hostname``, and
``..`` past the root is refused). Typst sees its own fonts and the pip
fonts of :mod:`kldocs.render.fonts`, never the system's, so a PDF looks the
same on every machine; it gets no packages (none are installed where it
looks, and the network is closed to it). It runs in a process of its own
(:mod:`kldocs.render.typst_child`), in its own process group, with a time
limit, killed with the group when kldocs is stopped, like LuaLaTeX
(:func:`kldocs.render.pdf.run_in_group`); only the PDF is copied out.

Typst's own warnings (a font a template names that is not there) become
kldocs warnings. Characters that no font has are named in one warning, as with LuaLaTeX:
Typst would draw an empty box in silence. A character counts as covered
when a pip font has it (Typst's own fonts, which have no files to read,
are assumed to cover no more than those).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import tempfile
import warnings
from functools import cache
from pathlib import Path

from kldocs.errors import InputError
from kldocs.render.fonts import pip_fonts
from kldocs.render.pdf import TIMEOUT, MissingToolError, run_in_group, warn_missing_characters

#: The script that compiles in the child process.
CHILD = Path(__file__).with_name("typst_child.py")
#: What the child's environment adds: every HTTP(S) request goes to a closed port, so no package is downloaded.
NO_NETWORK = {
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "HTTP_PROXY": "http://127.0.0.1:9",
    "ALL_PROXY": "http://127.0.0.1:9",
    "NO_PROXY": "",
}
#: The name by which a missing Typst is reported (see :data:`kldocs.render.pdf.PIP_PACKAGES`).
TYPST = "the typst Python package"
_CONTROL = re.compile(r"[\x00-\x7f]")


class TypstError(InputError):
    """Typst failed; the message quotes Typst's and gives the line of the generated source."""


def typst_available() -> bool:
    """True when the ``typst`` package can be imported."""
    return importlib.util.find_spec("typst") is not None


def compile_typst(source: str, files: dict[str, bytes], timeout: float = TIMEOUT) -> bytes:
    """Compile Typst ``source`` (with ``files`` beside it) and return the PDF bytes.

    >>> compile_typst('KL divergence: $D_("KL")(P parallel Q) >= 0$', {})[:5]
    b'%PDF-'

    Parameters
    ----------
    source
        The complete Typst document.
    files
        Other files it reads (charts), by file name.
    timeout
        Seconds the compilation may take.

    Raises
    ------
    MissingToolError
        When the ``typst`` package is not installed.
    TypstError
        When Typst reports an error, or takes longer than ``timeout``.
    """
    if not typst_available():
        raise MissingToolError(TYPST)
    with tempfile.TemporaryDirectory(prefix="kldocs-typst-") as folder:
        work = Path(folder)
        root, fonts = work / "root", work / "fonts"
        root.mkdir()
        fonts.mkdir()
        (work / "packages").mkdir()
        (root / "document.typ").write_text(source, encoding="utf-8")
        for name, content in files.items():
            (root / name).write_bytes(content)
        for font in pip_fonts():
            (fonts / font.name).symlink_to(font)
        command = [sys.executable, "-P", str(CHILD), str(work)]
        if run_in_group(command, work, {**os.environ, **NO_NETWORK}, timeout, "Typst") != 0:
            raise TypstError("pdf", f"Typst failed: {_failure(work)}")
        for message in dict.fromkeys(json.loads((work / "warnings.json").read_text(encoding="utf-8"))):
            warnings.warn(f"pdf: Typst: {message}", stacklevel=2)
        warn_missing_characters(missing_characters(source), "a template with a font that has them")
        return (work / "document.pdf").read_bytes()


def _failure(work: Path) -> str:
    """Typst's message and line, from the child's report (or why there is none)."""
    try:
        report = json.loads((work / "error.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "the Typst process stopped without a report"
    where = f" (line {report['line']} of the Typst source)" if report.get("line") else ""
    return f"{report['message']}{where}"


def missing_characters(source: str) -> list[str]:
    """The characters of ``source`` that no pip font has, each once, as ``'ሀ' (U+1200)``.

    >>> missing_characters("a 가 ∑ ሀ")
    ["'ሀ' (U+1200)"]
    """
    covered = _covered()
    wanted = dict.fromkeys(_CONTROL.sub("", source))
    return [f"{character!r} (U+{ord(character):04X})" for character in wanted if ord(character) not in covered]


@cache
def _covered() -> frozenset[int]:
    """Every code point some pip font has."""
    from fontTools.ttLib import TTFont

    covered: set[int] = set()
    for path in pip_fonts():
        covered.update(TTFont(path, lazy=True).getBestCmap())
    return frozenset(covered)
