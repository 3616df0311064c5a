"""Compile LaTeX to PDF with LuaLaTeX, sandboxed; what both PDF engines share.

Typst, the default engine, is in :mod:`kldocs.render.typst_pdf`; it runs
in a process group of its own as LuaLaTeX does (:func:`run_in_group`),
and names what is missing with the same :class:`MissingToolError`.

The source and its chart files are copied into a throwaway folder; LuaLaTeX
runs there with shell escape off, ``openin_any=p`` and ``openout_any=p``
(TeX reads and writes nothing outside that folder and its children), no
Lua sockets, and the Lua confinement of ``sandbox.lua`` (Lua code reads
only there, in the TeX trees and the font folders, and writes only there
and in the font cache; no processes, no C libraries). It runs in its own
process group with a time limit and no input on stdin; when the limit
passes, or kldocs is interrupted or terminated (see :func:`stop_all`),
the whole group is killed and the folder removed. Only the PDF is copied
out. A TeX error becomes a :class:`TexError` carrying the log's first
error line; characters the fonts lack (Hangul with ``--lang en``, Greek
or emoji in a label) become one warning naming them, not silent gaps.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import warnings
from pathlib import Path

from kldocs.errors import InputError

#: Seconds one LuaLaTeX run may take.
TIMEOUT = 180
#: The Lua initialisation script that confines LuaLaTeX's Lua file access.
SANDBOX = Path(__file__).with_name("sandbox.lua")
_FIRST_ERROR = re.compile(r"^! (.*)$", re.MULTILINE)
_MISSING = re.compile(r"^Missing character: There is no (.+?) \((U\+[0-9A-F]+)\) in font", re.MULTILINE)
#: Most missing characters a warning names.
SHOWN_MISSING = 8
_running: set[subprocess.Popen[bytes]] = set()
_running_lock = threading.Lock()
#: Set by :func:`stop_all` (kldocs is being stopped): an engine that starts after that is killed at once.
_stopping = threading.Event()


class TexError(InputError):
    """LuaLaTeX failed; the message quotes the first error of its log."""


#: The Debian package that provides each file or font the LaTeX templates load.
DEBIAN_PACKAGES: dict[str, str] = {
    "lualatex": "texlive-luatex",
    "article.cls": "texlive-latex-base",
    "geometry.sty": "texlive-latex-base",
    "amsmath.sty": "texlive-latex-base",
    "graphicx.sty": "texlive-latex-base",
    "amssymb.sty": "texlive-base",
    "beamer.cls": "texlive-latex-recommended",
    "booktabs.sty": "texlive-latex-recommended",
    "fontspec.sty": "texlive-latex-recommended",
    "xcolor.sty": "texlive-latex-recommended",
    "luatexko.sty": "texlive-luatex",
    "NanumMyeongjo": "fonts-nanum",
    "NanumGothic": "fonts-nanum",
    "NanumGothicCoding": "fonts-nanum",
}
_MISSING_FILE = re.compile(r"^! LaTeX Error: File `([^']+)' not found", re.MULTILINE)
_MISSING_FONT = re.compile(r'^! Package fontspec Error: The font "([^"]+)" cannot be found', re.MULTILINE)
#: A file name LaTeX loads (a package, a class, a font definition...), as ``\\usepackage`` reports it missing.
_TEX_FILE = re.compile(r"\.(sty|cls|def|fd|cfg|clo|tex|lua)$")


#: The Python package (``pip install ...``) that provides each tool the Typst engine needs.
PIP_PACKAGES: dict[str, str] = {"the typst Python package": "typst"}


class MissingToolError(TexError):
    """A PDF engine (LuaLaTeX, Typst), or a file or a font a document needs, is not installed.

    >>> str(MissingToolError("luatexko.sty"))
    'pdf: needs luatexko.sty, which is not installed (Debian package: texlive-luatex)'
    >>> str(MissingToolError("the typst Python package"))
    'pdf: needs the typst Python package, which is not installed (pip install typst)'

    A TeX file that none of kldocs' own templates loads (a user template's) is not in
    :data:`DEBIAN_PACKAGES`; the message says how to find its package:

    >>> str(MissingToolError("siunitx.sty"))  # doctest: +NORMALIZE_WHITESPACE
    'pdf: needs siunitx.sty, which is not installed (on Debian, apt-file search siunitx.sty names its package;
    texlive-full has every TeX package)'
    """

    def __init__(self, missing: str) -> None:
        self.missing = missing
        self.package = DEBIAN_PACKAGES.get(missing)
        if self.package is not None:
            where = f" (Debian package: {self.package})"
        elif missing in PIP_PACKAGES:
            where = f" (pip install {PIP_PACKAGES[missing]})"
        elif _TEX_FILE.search(missing):
            where = f" (on Debian, apt-file search {missing} names its package; texlive-full has every TeX package)"
        else:
            where = ""
        super().__init__("pdf", f"needs {missing}, which is not installed{where}")


def lualatex_available() -> bool:
    """True when a ``lualatex`` executable is on the PATH."""
    return shutil.which("lualatex") is not None


def compile_pdf(source: str, files: dict[str, bytes], runs: int = 1, timeout: float = TIMEOUT) -> bytes:
    """Compile ``source`` (with ``files`` beside it) and return the PDF bytes.

    Parameters
    ----------
    source
        The complete LaTeX document.
    files
        Other files the document includes (charts), by file name.
    runs
        How many LuaLaTeX passes (2 when the document has cross-references).
    timeout
        Seconds each pass may take.

    Raises
    ------
    TexError
        When LuaLaTeX is missing, times out, or reports an error.
    """
    executable = shutil.which("lualatex")
    if executable is None:
        raise MissingToolError("lualatex")
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
        command = [
            executable,
            f"--lua={SANDBOX}",
            "--fmt=lualatex",
            "--nosocket",
            "--no-shell-escape",
            "--interaction=nonstopmode",
            "--halt-on-error",
            "document.tex",
        ]
        for _ in range(runs):
            returncode = run_in_group(command, work, environment, timeout, "LuaLaTeX")
            if returncode != 0:
                needed = missing_file(work / "document.log")
                if needed is not None:
                    raise MissingToolError(needed)
                raise TexError("pdf", f"LuaLaTeX failed: {first_error(work / 'document.log')}")
        warn_missing_characters(
            missing_characters(work / "document.log"),
            "for Hangul use --lang ko; otherwise a template with a font that has them",
        )
        return (work / "document.pdf").read_bytes()


def warn_missing_characters(missing: list[str], advice: str) -> None:
    """One warning naming the characters (``'α' (U+03B1)``) no font of a PDF had, if there are any."""
    if missing:
        shown = ", ".join(missing[:SHOWN_MISSING]) + (", ..." if len(missing) > SHOWN_MISSING else "")
        warnings.warn(f"pdf: the fonts have no glyph for {shown}, so the PDF leaves them out ({advice})", stacklevel=3)


def run_in_group(command: list[str], work: Path, environment: dict[str, str], timeout: float, tool: str) -> int:
    """Run ``command`` in ``work`` in its own process group; kill the group on a timeout or an interrupt."""
    process = subprocess.Popen(
        command,
        cwd=work,
        env=environment,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    with _running_lock:
        _running.add(process)
    try:
        if _stopping.is_set():  # stop_all looked at _running before this process was in it
            raise TexError("pdf", f"{tool} was stopped as it started")
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        raise TexError("pdf", f"{tool} took longer than {timeout:g} s and was stopped") from None
    finally:
        _kill(process)
        with _running_lock:
            _running.discard(process)


def stop_all() -> None:
    """Kill every PDF engine still running (kldocs is being stopped); they are reaped and their folders go as
    the threads that started them unwind.

    Called from a signal handler, so it takes no lock and waits for nothing: the interrupted thread may
    hold the lock, or be inside a ``wait()`` on the very process. An engine that another thread is
    starting at this moment, not yet in ``_running``, sees ``_stopping`` once it is and is killed then.
    """
    _stopping.set()  # before the snapshot: whatever joins _running after it sees the flag
    for process in tuple(_running):  # one step under the GIL
        _kill_group(process)


def resume() -> None:
    """Let engines run again once a stopped command has ended (tests run many commands in one process)."""
    _stopping.clear()


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Kill the process's whole group (whatever it started too), and reap it."""
    _kill_group(process)
    process.wait()


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    if process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def missing_characters(log: Path) -> list[str]:
    """The characters a TeX log says no font had, each once, as ``'가' (U+AC00)``.

    >>> import tempfile
    >>> log = Path(tempfile.mkdtemp()) / "x.log"
    >>> _ = log.write_text("Missing character: There is no \u03b1 (U+03B1) in font [lmroman10-regular]:+tlig;!")
    >>> missing_characters(log)
    ["'α' (U+03B1)"]
    """
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found = dict.fromkeys(f"{character!r} ({code})" for character, code in _MISSING.findall(text))
    return list(found)


def missing_file(log: Path) -> str | None:
    """The file or font a failed run could not find, from its log, or None."""
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    match = _MISSING_FILE.search(text) or _MISSING_FONT.search(text)
    return match.group(1) if match else None


def first_error(log: Path) -> str:
    """The first ``! ...`` line of a TeX log, or a pointer to the log."""
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "no log was written"
    match = _FIRST_ERROR.search(text)
    return match.group(1).strip() if match else "see the LaTeX log"
