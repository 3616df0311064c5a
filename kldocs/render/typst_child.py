"""Compile one Typst document in a process of its own; run by :mod:`kldocs.render.typst_pdf`.

``python -P typst_child.py WORK`` compiles ``WORK/root/document.typ`` with
``WORK/root`` as Typst's root (no file outside it can be read), the fonts
of ``WORK/fonts`` and Typst's own (no system fonts), and no packages
(``WORK/packages`` is empty). It writes ``WORK/document.pdf`` and
``WORK/warnings.json`` (Typst's warnings), or ``WORK/error.json`` with
Typst's message and the line. It imports nothing
but the ``typst`` package, so that it starts fast (``-P`` keeps this
folder, which holds ``typst_pdf.py``, off the import path).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_LINE = re.compile(r"document\.typ:(\d+):")


def main(work: Path) -> int:
    """Compile, and say how it went in ``work``; the exit code is 0 when the PDF was written."""
    import typst

    root = work / "root"
    try:
        compiler = typst.Compiler(
            str(root / "document.typ"),
            root=str(root),
            font_paths=[str(work / "fonts")],
            ignore_system_fonts=True,
            package_path=str(work / "packages"),
            package_cache_path=str(work / "packages"),
        )
        pdf, warnings = compiler.compile_with_warnings(format="pdf")
    except typst.TypstError as error:
        line = _LINE.search(error.diagnostic)
        report = {"message": error.message, "line": int(line.group(1)) if line else None}
        (work / "error.json").write_text(json.dumps(report), encoding="utf-8")
        return 1
    assert isinstance(pdf, bytes)
    (work / "document.pdf").write_bytes(pdf)
    (work / "warnings.json").write_text(json.dumps([warning.message for warning in warnings]), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
