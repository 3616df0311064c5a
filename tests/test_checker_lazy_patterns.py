"""The checker's patterns are compiled on first use: importing it compiles few, and no module undoes that."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from kldocs.checker import lazy_patterns
from kldocs.checker.lazy_patterns import lazy

CHECKER = Path(lazy_patterns.__file__).parent


def test_import_compiles_few_patterns() -> None:
    # re.compile keeps what it compiled in re._cache (up to 512): with every pattern compiled at import it was full.
    script = "import re; import kldocs.checker, kldocs.checker.report; print(len(re._cache))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert int(done.stdout) < 60


def test_first_use_compiles_once() -> None:
    pattern = lazy(r"(?P<n>[0-9]+) bits?", re.IGNORECASE)
    assert "_compiled" not in vars(pattern) and pattern.pattern.startswith("(?P<n>")
    found = pattern.search("H = 3 BITS")
    assert found is not None and found.group("n") == "3"
    compiled = vars(pattern)["_compiled"]
    assert pattern.findall("1 bit, 2 bits") == ["1", "2"] and vars(pattern)["_compiled"] is compiled
    assert pattern.flags == compiled.flags and pattern.groupindex == {"n": 1}


def _module_level_compiles(tree: ast.Module) -> list[int]:
    """Lines of ``re.compile(...)`` run at import (outside functions and lambdas)."""
    found: list[int] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "compile"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "re"
            ):
                found.append(child.lineno)
            visit(child)

    visit(tree)
    return found


def test_no_module_compiles_at_import_or_tells_matches_by_pattern() -> None:
    eager: list[str] = []
    by_pattern: list[str] = []
    for path in sorted(CHECKER.glob("*.py")):
        if path.name == "lazy_patterns.py":
            continue
        text = path.read_text(encoding="utf-8")
        eager += [f"{path.name}:{line}" for line in _module_level_compiles(ast.parse(text))]
        by_pattern += [f"{path.name}:{text.count(chr(10), 0, m.start()) + 1}" for m in re.finditer(r"\.re is ", text)]
    assert eager == [], "module-level patterns are made with lazy(...), compiled on first use"
    assert by_pattern == [], "match.re is the compiled pattern, never a lazy one: tell matches apart otherwise"
