"""Compile LaTeX to PDF with LuaLaTeX, sandboxed.

The source and its chart files are copied into a throwaway folder; LuaLaTeX
runs there with shell escape off, ``openin_any=p`` and ``openout_any=p``
(no reading or writing outside that folder and its children), a time
limit, and no input on stdin. Only the PDF is copied out. A TeX error
becomes a :class:`TexError` carrying the log's first error line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from kldocs.errors import InputError

#: Seconds one LuaLaTeX run may take.
TIMEOUT = 180
_FIRST_ERROR = re.compile(r"^! (.*)$", re.MULTILINE)


class TexError(InputError):
    """LuaLaTeX failed; the message quotes the first error of its log."""


def lualatex_available() -> bool:
    """True when a ``lualatex`` executable is on the PATH."""
    return shutil.which("lualatex") is not None


def compile_pdf(source: str, files: dict[str, bytes], runs: int = 1) -> bytes:
    """Compile ``source`` (with ``files`` beside it) and return the PDF bytes.

    Parameters
    ----------
    source
        The complete LaTeX document.
    files
        Other files the document includes (charts), by file name.
    runs
        How many LuaLaTeX passes (2 when the document has cross-references).

    Raises
    ------
    TexError
        When LuaLaTeX is missing, times out, or reports an error.
    """
    executable = shutil.which("lualatex")
    if executable is None:
        raise TexError("pdf", "LuaLaTeX is not installed (Debian: texlive-luatex)")
    with tempfile.TemporaryDirectory(prefix="kldocs-tex-") as folder:
        work = Path(folder)
        (work / "document.tex").write_text(source, encoding="utf-8")
        for name, content in files.items():
            (work / name).write_bytes(content)
        environment = {
            **os.environ,
            "openin_any": "p",
            "openout_any": "p",
            "shell_escape": "f",
            "TEXMFOUTPUT": str(work),
        }
        command = [executable, "--no-shell-escape", "--interaction=nonstopmode", "--halt-on-error", "document.tex"]
        for _ in range(runs):
            try:
                result = subprocess.run(
                    command,
                    cwd=work,
                    env=environment,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    timeout=TIMEOUT,
                    check=False,
                )
            except subprocess.TimeoutExpired:
                raise TexError("pdf", f"LuaLaTeX took longer than {TIMEOUT} s and was stopped") from None
            if result.returncode != 0:
                raise TexError("pdf", f"LuaLaTeX failed: {first_error(work / 'document.log')}")
        return (work / "document.pdf").read_bytes()


def first_error(log: Path) -> str:
    """The first ``! ...`` line of a TeX log, or a pointer to the log."""
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "no log was written"
    match = _FIRST_ERROR.search(text)
    return match.group(1).strip() if match else "see the LaTeX log"
