"""How much work the code readers of ``kldocs check`` do on a block: each line is split at its comment and parsed
once, each statement walked once, and a list of lists is not read item by item (see the shapes of
``benchmarks.checker_size`` that made them slow). Work is counted, never timed."""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Callable
from typing import Any

import pytest

from kldocs.checker import (
    check_text,
    code_calls,
    code_comments,
    code_definitions,
    code_names,
    code_numbers,
    printed_output,
)
from kldocs.checker.reading import parse_text


def counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Count the calls of ``module.name`` (the count is the list's length)."""
    calls: list[int] = []
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_comment_after_code_with_no_string_before_it_is_found_without_pythons_tokenizer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A 2,700-character line of nested calls was tokenized twice (0.6 ms a time), once per reader.
    tokens = counting(monkeypatch, tokenize, "generate_tokens")
    line = "x = " + "entropy(" * 300 + "p" + ")" * 300 + "  # 0.5"
    assert code_comments.split_comment(line) == (line[: line.index("#")], " 0.5", line.index("#") + 1)
    check_text("```python\n" + line + "\n```\n\n" + "```python\np = [0.5, 0.5]\nentropy(p)  # 0.69\n```\n", "a.md")
    assert tokens == []


def test_a_string_before_a_comment_is_told_from_it_by_pythons_tokenizer_once_a_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert code_comments.split_comment("s = '# no comment'") == ("s = '# no comment'", None, 0)
    assert code_comments.split_comment('print("H:", entropy(p))  # 0.69')[1] == " 0.69"
    tokens = counting(monkeypatch, tokenize, "generate_tokens")
    lines = 'print("H:", entropy(p, base=2))  # 1.0 bits\n' * 20
    report = check_text(f"```python\np = [0.5, 0.5]\n{lines}```\n", "a.md")
    assert {claim.verdict for claim in report.claims if claim.kind == "entropy"} == {"holds"}
    assert len(tokens) == 20  # one per line with a string before its "#" (each reader split it again: 40)
    assert next(tokenize.generate_tokens(io.StringIO("x\n").readline)).string == "x"


def test_each_line_of_a_block_is_parsed_once_by_the_readers_of_its_comment(monkeypatch: pytest.MonkeyPatch) -> None:
    code_calls._parsed_line.cache_clear()
    code_names.parsed.cache_clear()
    parses = counting(monkeypatch, ast, "parse")
    rows = "P = np.array([[0.5, 0.5]" + ", [0.5, 0.5]" * 50 + "])\n"
    document = parse_text(f"```python\n{rows}print(entropy(P))  # 0.69\n```\n", "a.md")
    found = code_comments.block_comments(document.code[0].text, document.code[0].offset)
    assert [claim.text for claim in found.claims] == ["H(P) = 0.69 nats"]
    # the block once, and each of its two lines once (a family's entropy parsed the line of rows again)
    assert len(parses) == 3


def test_each_statement_of_a_block_is_walked_once_and_its_code_shown_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    walks = counting(monkeypatch, code_definitions, "_own_nodes")
    code = "".join(f"p = f{index}(p)\n" for index in range(30)) + "q = g([0.5,\n       0.5])  # é\n"
    document = parse_text(f"```python\n{code}```\n", "a.md")
    found = code_definitions.block_definitions(document, document.code[0])
    assert len(walks) == 31  # each statement once (those that define nothing were walked twice: 62)
    assert [item.text for item in found][-2:] == ["p = f29(p)", "q = g([0.5, 0.5])"]
    assert [item.text for item in found] == [
        " ".join((ast.get_source_segment(code, statement) or "").split()) for statement in ast.parse(code).body
    ]


def test_a_list_of_lists_is_not_read_item_by_item_for_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    # A cell of lists nested 199 deep was read down to the bottom, three times a block.
    values = counting(monkeypatch, code_numbers, "_value")
    tree = ast.parse("x = " + "[" * 199 + "]" * 199 + "\ny = [[0.5, 0.5]] * 2000\ncoin = [0.25, 0.75]")
    assert code_numbers.given_lists(tree) == {"coin": (3, ["0.25", "0.75"])}
    assert len(values) <= 5


class _ReadCounting(dict[str, list[str]]):
    """Lists given above a block, counting how many are looked at."""

    reads = 0

    def __getitem__(self, name: str) -> list[str]:
        self.reads += 1
        return super().__getitem__(name)

    def items(self) -> Any:
        self.reads += len(self)
        return super().items()


def test_only_the_lists_above_that_a_block_names_are_read_for_it() -> None:
    # A script of thousands of blocks, each with lists of new names, turned every list above each block into
    # fractions again: only the names a block mentions are looked up.
    above = _ReadCounting({f"p{index}": ["0.5", "0.5"] for index in range(1000)})
    tree = ast.parse("coin = np.array(p7)\nq = [1 - 0.25, 0.25]\nx = p8 * 2")
    assert code_numbers.given_lists(tree, above) == {"coin": (1, ["0.5", "0.5"]), "q": (2, ["3/4", "1/4"])}
    assert above.reads <= 2


def test_a_block_takes_from_the_lists_above_only_those_it_reads() -> None:
    above = _ReadCounting({f"coin{index}": ["0.5", "0.5"] for index in range(1000)})
    named = code_names.Named(ast.parse("h = entropy(coin3)"), None, code_names.Earlier(above))
    measure = named.measure(ast.Name("h"), 2)
    assert measure is not None and measure.text() == "H(=0.5, 0.5)"
    assert above.reads <= 3


def test_a_line_with_no_bracket_is_not_walked_for_a_call(monkeypatch: pytest.MonkeyPatch) -> None:
    code = "".join(f"x{index} = [[[[0.5, 0.5]]]]  # 0.5\n" for index in range(40)) + "h = entropy(p)\n# = 0.69\n"
    code_names.parsed(code)  # (parsed and walked once for its names, as every reader of the block finds it)
    code_numbers.stored_names(code_names.parsed(code))
    walks = counting(monkeypatch, ast, "walk")
    found = code_comments.block_comments(code, 0)
    assert [claim.text for claim in found.claims] == ["H(p) = 0.69 nats"]
    assert len(walks) <= 2  # the line of the call (each line of lists was walked: 41)


def test_code_that_never_writes_print_is_not_walked_for_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    walks = counting(monkeypatch, ast, "walk")
    code = "x = " + "[" * 100 + "]" * 100 + "\nentropy(p)"
    shown = printed_output._top_level_prints(ast.parse(code), code)
    assert [ast.unparse(call) for call in shown or []] == ["print(entropy(p))"]  # the last value, as a session shows
    assert walks == []
    wide = "ｐｒｉｎｔ(entropy(p))"  # Python reads the name as print
    assert [ast.unparse(call) for call in printed_output._top_level_prints(ast.parse(wide), wide) or []] == [
        "print(entropy(p))"
    ]
