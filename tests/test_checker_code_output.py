"""``kldocs check`` on values that code gives beside it: output pasted back as comments, a page that is a
program saved as text, comment blocks of pasted output, and functions that drop zeros first.

Each document is written here, small, for the test; the true values are computed here with SciPy from the
numbers the test writes into the document, never taken from kldocs, and each claim is tried right and wrong.
"""

from __future__ import annotations

import pytest
from scipy.stats import entropy

from kldocs.checker import Report, check_text

P, Q = [0.2, 0.5, 0.3], [0.45, 0.35, 0.2]


def _numbers(values: list[float]) -> str:
    return ", ".join(str(value) for value in values)


def _claims(report: Report) -> list[tuple[int, str, str]]:
    """The claims that are not definitions: (line, kind, verdict)."""
    return [(claim.lines[0], claim.kind, claim.verdict) for claim in report.claims if claim.kind != "definition"]


def _program(shown: tuple[float, float], header: str = "# Output:") -> str:
    """A program that defines P and Q, prints both directions of KL with ``torch.log``, and has its output
    pasted at its end as comments."""
    return "\n".join(
        [
            "import torch",
            "",
            f"P = torch.tensor([{_numbers(P)}])",
            f"Q = torch.tensor([{_numbers(Q)}])",
            "",
            "def divergence(p, q):",
            "    return (p * torch.log(p / q)).sum()",
            "",
            "forward = divergence(P, Q)",
            "backward = divergence(Q, P)",
            'print(f"KL(P||Q): {forward:.4f}")',
            'print(f"KL(Q||P): {backward:.4f}")',
            'print(f"gap: {abs(forward - backward):.4f}")',
            header,
            f"# KL(P||Q): {shown[0]:.4f}",
            f"# KL(Q||P): {shown[1]:.4f}",
            "# gap: 0.0000",
        ]
    )


@pytest.mark.parametrize("name", ["snippet.txt", "post.md"])
@pytest.mark.parametrize("header", ["# Output:", "# 出力例:"])
def test_output_pasted_as_comments_at_the_end_of_a_program_is_read_with_its_prints(name: str, header: str) -> None:
    true = (entropy(P, Q), entropy(Q, P))
    wrap = (lambda code: f"```python\n{code}\n```\n") if name.endswith(".md") else (lambda code: code + "\n")
    first = 15 + name.endswith(".md")
    right = check_text(wrap(_program(true, header)), name)
    assert _claims(right) == [(first, "kl", "holds"), (first + 1, "kl", "holds")]
    assert [claim.unit for claim in right.claims if claim.kind == "kl"] == ["nats", "nats"]
    wrong = check_text(wrap(_program((true[0] + 0.04, true[1] - 0.05), header)), name)
    assert _claims(wrong) == [(first, "kl", "false"), (first + 1, "kl", "false")]


def test_a_text_page_is_a_program_only_when_it_parses_as_python_and_starts_with_code() -> None:
    prose = "The KL divergence of P from Q:\n" + _program((entropy(P, Q), entropy(Q, P)))
    claims = _claims(check_text(prose + "\n", "notes.txt"))  # not a program: its lines are read as text
    assert {verdict for _, _, verdict in claims} == {"unchecked"}


def test_comment_lines_that_are_not_the_prints_output_are_not_read_as_output() -> None:
    code = _program((entropy(P, Q), entropy(Q, P))) + "\n# (run on a laptop)"  # four lines, three prints
    assert _claims(check_text(f"```python\n{code}\n```\n", "post.md")) == []


def test_a_block_of_nothing_but_commented_output_lines_is_read_as_output() -> None:
    code = f"p = [{_numbers(P)}]\nq = [{_numbers(Q)}]\nprint('KL(P || Q): %.3f bits' % kl(p, q))"
    for value, verdict in ((entropy(P, Q), "holds"), (entropy(P, Q) + 0.02, "false")):
        page = f"```python\n{code}\n```\n\nWith natural logs:\n\n```python\n# KL(P || Q): {value:.3f} nats\n```\n"
        assert _claims(check_text(page, "post.md")) == [(10, "kl", verdict)]


@pytest.mark.parametrize("dropped", ["probs[probs > 0]", "probs[probs != 0]", "probs[0 < probs]"])
def test_an_entropy_function_that_drops_zero_probabilities_first_is_read_from_its_body(dropped: str) -> None:
    cases = [[0.5, 0.25, 0.25], [1.0, 0.0], [0.125] * 8]
    lines = ["def entropy(probs):", "    probs = np.array(probs)", f"    probs = {dropped}"]
    lines += ["    return -np.sum(probs * np.log2(probs))", ""]
    right = [f"entropy([{_numbers(case)}])  # {entropy(case, base=2):.1f} bits" for case in cases]
    assert _claims(check_text("```python\n" + "\n".join(lines + right) + "\n```\n", "post.md")) == [
        (7, "entropy", "holds"),
        (8, "entropy", "holds"),
        (9, "entropy", "holds"),
    ]
    wrong = f"entropy([{_numbers(cases[0])}])  # {entropy(cases[0], base=2) + 0.5:.1f} bits"
    assert _claims(check_text("```python\n" + "\n".join([*lines, wrong]) + "\n```\n", "post.md")) == [
        (7, "entropy", "false")
    ]


def test_a_function_of_two_distributions_that_drops_zeros_of_one_is_not_read() -> None:
    lines = ["def kl(p, q):", "    p = p[p > 0]", "    return np.sum(p * np.log(p / q))", ""]
    call = f"kl(np.array([{_numbers(P)}]), np.array([{_numbers(Q)}]))  # {entropy(P, Q) + 0.3:.3f}"
    assert _claims(check_text("```python\n" + "\n".join([*lines, call]) + "\n```\n", "post.md")) == []


@pytest.mark.parametrize("arrow", ["→", "->"])
def test_a_call_on_lists_and_its_value_after_an_arrow_are_read_and_examples_may_call_the_function(arrow: str) -> None:
    first, second = [0.3, 0.7], [0.6, 0.4]
    call = f"kl_divergence([{_numbers(first)}],[{_numbers(second)}])"
    true = entropy(first, second)
    for value, verdict in ((true, "holds"), (true + 0.003, "false")):
        page = f"Write kl_divergence(p, q).\n{call} {arrow} {value:.5f}\nCase 1\nInput: {call}\nExpected: {value:.5f}\n"
        assert _claims(check_text(page, "exercise.txt")) == [(2, "kl", verdict), (5, "kl", verdict)]


def test_an_arrow_after_a_call_on_names_is_not_read() -> None:
    page = f"p = [{_numbers(P)}]\nq = [{_numbers(Q)}]\n\nAs q nears p, kl_divergence(p, q) → 0.0\n"
    assert _claims(check_text(page, "notes.txt")) == []
