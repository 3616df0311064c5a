"""Code, constructions and lines that once made ``kldocs check`` raise, hang or take time in the square of their size.

Each test bounds the work (calls counted, patterns' shape) or asserts that the check returns; none is timed.
"""

from __future__ import annotations

import ast
import re

import pytest

from kldocs.checker import check_text
from kldocs.checker.code_run import MAX_TESTS, Run
from kldocs.checker.conditions import _CONDITION_AFTER
from kldocs.checker.constructed_joints import constructed_bindings
from kldocs.checker.labelled_lines import _LINE, _SENTENCE
from kldocs.checker.looped_output import _printed_lines
from kldocs.checker.reading import parse_text


def _counted_values(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    value = Run.value

    def counted(self: Run, node: ast.expr, depth: int = 0) -> object:
        calls[0] += 1
        return value(self, node, depth)

    monkeypatch.setattr(Run, "value", counted)
    return calls


@pytest.mark.parametrize(
    "code",
    [
        "import math\ndef f(x, y=f(1)):\n    return math.log2(x)\nprint(f(2))",  # a default that calls its function
        "def g(x):\n    return [1 for i in [1] if g(1) > 0]\nz = g(1)",  # a filter that calls its function
        "def h(x):\n    return [1 for i in range(h(1))]\nw = h(1)",  # a range that calls its function
    ],
)
def test_code_that_calls_itself_is_followed_only_so_deep(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted_values(monkeypatch)
    check_text(f"```python\n{code}\n```\n", "a.md")
    assert calls[0] < 5000


def test_nested_comprehensions_are_tested_only_so_often(monkeypatch: pytest.MonkeyPatch) -> None:
    tests = [0]
    truth = Run.truth

    def counted(self: Run, test: ast.expr, depth: int = 0) -> bool | None:
        tests[0] += 1
        return truth(self, test, depth)

    monkeypatch.setattr(Run, "truth", counted)
    comprehension = ast.parse("[a for a in range(1000) for b in range(1000) if b > 2000]").body[0]
    assert isinstance(comprehension, ast.Expr)
    assert Run({}).value(comprehension.value) is None
    assert 0 < tests[0] <= MAX_TESTS + 1


def test_a_huge_integer_in_code_is_not_read() -> None:
    check_text("```python\nn = 10**400\nm = 1" + "0" * 400 + "\nprint(n, m)\n```\n", "a.md")


def test_a_variable_that_is_never_a_value_is_given_nothing() -> None:
    text = "Let $X$ and $Y$ be independent Bernoulli(0) variables and $Z = X + Y$.\n\nThen $H(X|Z=1) = 1$.\n"
    assert all("Z=1" not in binding.name for _, binding in constructed_bindings(parse_text(text, "a.md")))


def test_unknown_values_side_by_side_in_a_print_are_one_run_of_text() -> None:
    code = "import math\nfor p in [0.5]:\n    print(f'{a}{b}{c}{d}{e}{f}{g}{h}', -p*math.log2(p))\n"
    lines = _printed_lines(ast.parse(code), {}) or []
    patterns = [pattern.pattern for pattern, _ in lines if pattern is not None]
    assert patterns and not any(r"\S+\s*\S+" in pattern for pattern in patterns)


@pytest.mark.parametrize("pattern", [_LINE, _SENTENCE, _CONDITION_AFTER])
def test_a_run_of_spaces_after_a_value_is_passed_once(pattern: re.Pattern[str]) -> None:
    # A space pattern that may give back what it took, next to another one, tries a run of spaces in every split.
    tail = pattern.pattern[pattern.pattern.rfind("number") :] if "number" in pattern.pattern else pattern.pattern
    tail = tail.split("(?:(?:only")[0]  # up to the words of a condition
    assert re.search(r"\\s\*(?!\+)", tail) is None, tail
    assert pattern.match("The KL divergence is 0.5" + " " * 5000 + "x") is None


def test_a_step_padded_with_spaces_before_a_comment_is_passed_over_whole() -> None:
    from kldocs.checker.term_sums import _LONGEST_LINE, _side

    padded = "H = -0.5*log2(0.5) - 0.5*log2(0.5) = 1" + " " * 3000 + "# c"
    assert len(padded.strip()) > _LONGEST_LINE and _side(0, padded, True) is None
    written = "H = -0.5*log2(0.5) - 0.5*log2(0.5) = 1   "
    side = _side(0, written, True)
    assert side is not None and side.total is not None and side.total[1] == "1"
