"""Test helpers: tools that some tests need (TeX, a browser), and kldocs in a process of its own.

Locally a missing tool skips those tests with a reason; under CI=true they
must run, so a missing tool fails them instead.
"""

from __future__ import annotations

import ctypes
import html
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from kldocs.models.document import Document
from kldocs.render.environment import ENGINES, Engine, Settings
from kldocs.render.publish import Output, Page, publish

#: Every PDF engine, for tests that run on each (``@pytest.mark.parametrize("engine", PDF_ENGINES)``).
PDF_ENGINES = ENGINES


def require_tool(name: str, package: str) -> str:
    """The path of executable ``name``; skip (or fail under CI) when it is missing."""
    path = shutil.which(name)
    if path is not None:
        return path
    message = f"{name} is not installed (Debian package {package})"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}, but CI=true requires it")
    pytest.skip(message)


def run_kldocs(
    *args: str, unprivileged: bool = False, env: dict[str, str | None] | None = None, **options: Any
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m kldocs ARGS`` in a new process; return it finished, with text stdout and stderr.

    With ``unprivileged``, the process obeys file permissions even when the
    tests run as root (CI does): root's capabilities to override them are
    dropped from its bounding set before it starts. ``env`` changes the
    environment (None removes a variable).
    """
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kldocs", *args],
        capture_output=True,
        text=True,
        env={name: value for name, value in environment.items() if value is not None},
        preexec_fn=_obey_permissions if unprivileged else None,
        check=False,
        **options,
    )


def _obey_permissions() -> None:
    """In the child, before exec: as root, drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH for good."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop a capability")


_PR_CAPBSET_DROP, _CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 24, 1, 2


def require_engine(engine: str) -> None:
    """Skip (or fail under CI) when a PDF engine is missing: LuaLaTeX is a system tool, Typst comes with pip."""
    if engine == "lualatex":
        require_tool("lualatex", "texlive-luatex")


def build(
    document: Document, formats: list[str], out: Path, *, slides: bool = False, engine: Engine = "typst"
) -> list[Path]:
    """Publish one page model (as the commands do) with a PDF engine, and return the paths written."""
    output = Output(tuple(formats), out, Settings(engine=engine))
    published = publish([Page(document, document.kind, slides=slides)], output)
    assert not published.missing, published.missing
    return published.paths


class Balance(HTMLParser):
    """Checks that every opened element is closed in order (void elements aside)."""

    VOID = frozenset({"meta", "br", "img", "hr", "input", "link", "mspace", "path", "use", "rect", "stop"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


@dataclass(frozen=True)
class Word:
    """A word of a PDF page as ``pdftotext -bbox`` places it, in points from the top left."""

    text: str
    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Word, by: float = 0.0) -> bool:
        """True when the two boxes share more than ``by`` points across and down."""
        across = min(self.right, other.right) - max(self.left, other.left)
        down = min(self.bottom, other.bottom) - max(self.top, other.top)
        return across > by and down > by


_WORD = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<')


def pdf_words(pdf: Path) -> list[tuple[float, float, list[Word]]]:
    """Each page of ``pdf`` as (width, height, its words), read by ``pdftotext -bbox``."""
    pdftotext = require_tool("pdftotext", "poppler-utils")
    boxes = subprocess.run([pdftotext, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in boxes.split("<page ")[1:]:
        width, height = (float(v) for v in re.findall(r'(?:width|height)="([\d.]+)"', page)[:2])
        words = [Word(html.unescape(text), *map(float, box)) for *box, text in _WORD.findall(page)]
        pages.append((width, height, words))
    return pages
