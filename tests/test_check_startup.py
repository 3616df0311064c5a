"""What ``kldocs check`` loads before it reads a document: only what checking needs.

Every document pays for the imports, so a check in a new process must not
load the page templates (Jinja) unless a page is asked for.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _loaded(tmp_path: Path, *options: str) -> dict[str, bool]:
    document = tmp_path / "slide.md"
    document.write_text("$P = (0.5, 0.5)$, $H(P) = 1$ bit.\n", encoding="utf-8")
    program = (
        "import json, sys\n"
        "from kldocs.cli import main\n"
        f"main(['check', {str(document)!r}, *{list(options)!r}])\n"
        "print(json.dumps({name: name in sys.modules for name in ('jinja2', 'sympy')}), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    loaded: dict[str, bool] = json.loads(done.stderr.strip().splitlines()[-1])
    return loaded


def test_a_check_loads_no_templates_and_no_sympy(tmp_path: Path) -> None:
    assert _loaded(tmp_path, "--json") == {"jinja2": False, "sympy": False}


def test_a_page_loads_the_templates(tmp_path: Path) -> None:
    assert _loaded(tmp_path, "--format", "md", "--out", str(tmp_path / "out"))["jinja2"]
