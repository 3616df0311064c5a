"""``kldocs check`` on values that code gives beside it: output pasted back as comments, a page that is a
program saved as text, comment blocks of pasted output, and functions that drop zeros first.

Each document is written here, small, for the test; the true values are computed here with SciPy from the
numbers the test writes into the document, never taken from kldocs, and each claim is tried right and wrong.
"""

from __future__ import annotations

import math

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
    from kldocs.checker.prompt_cells import is_script

    program = _program((entropy(P, Q), entropy(Q, P)))
    assert is_script(program)
    assert not is_script("The KL divergence of P from Q:\n" + program)
    assert not is_script(program.replace("# Output:", "# Output:\n0.0461"))  # a value printed below the code
    # A page that only starts with prose is read a paragraph at a time: those of code are code all the same.
    claims = _claims(check_text("The KL divergence of P from Q:\n" + program + "\n", "notes.txt"))
    assert claims == [(16, "kl", "holds"), (17, "kl", "holds")]


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


def test_a_function_of_two_distributions_that_drops_zeros_of_one_is_not_read_from_its_body_nor_called_false() -> None:
    lines = ["def kl(p, q):", "    p = p[p > 0]", "    return np.sum(p * np.log(p / q))", ""]
    call = f"kl(np.array([{_numbers(P)}]), np.array([{_numbers(Q)}]))  # {entropy(P, Q) + 0.3:.3f}"
    # Judged by its name only: a value that is no reading of it is left unchecked, with what the readings give.
    [claim] = check_text("```python\n" + "\n".join([*lines, call]) + "\n```\n", "post.md").claims
    assert (claim.verdict, claim.note.split(": ")[0]) == (
        "unchecked",
        "kl is defined in the document in a way kldocs does not read",
    )


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


def _session(coin: list[float], other: list[float], shown: tuple[float, float, float, float]) -> list[str]:
    """A session that names a base and two lists, and shows an entropy, a KL divergence and a cross-entropy."""
    return [
        ">>> from scipy.stats import entropy",
        ">>> base = 2  # bits",
        f">>> coin = np.array([{_numbers(coin)}])",
        ">>> h = entropy(coin, base=base)",
        ">>> h",
        f"{shown[0]!r}",
        f">>> other = np.array([{_numbers(other)}])",
        ">>> entropy(other, base=base)",
        f"{shown[1]!r}",
        ">>> d = entropy(coin, other, base=base)",
        ">>> d",
        f"{shown[2]!r}",
        ">>> ce = entropy(coin, base=base) + entropy(coin, other, base=base)",
        ">>> ce",
        f"{shown[3]!r}",
    ]


def test_a_session_is_read_as_the_program_its_prompts_type_on_lines_or_collapsed_on_one() -> None:
    coin, other = [0.25, 0.75], [0.6, 0.4]
    first, second, divergence = entropy(coin, base=2), entropy(other, base=2), entropy(coin, other, base=2)
    true = (first, second, divergence, first + divergence)
    kinds = ["entropy", "entropy", "kl", "cross_entropy"]
    for shown, verdict in ((true, "holds"), (tuple(value + 0.01 for value in true), "false")):
        lines = _session(coin, other, shown)
        fenced = check_text("Examples:\n\n```python\n" + "\n".join(lines) + "\n```\n", "doc.md")
        assert _claims(fenced) == [(line, kind, verdict) for line, kind in zip((9, 12, 15, 18), kinds, strict=True)]
        one_line = check_text("Examples -------- A coin: " + " ".join(lines) + " That is all.\n", "doc.txt")
        assert _claims(one_line) == [(1, kind, verdict) for kind in kinds]


def test_a_collapsed_line_whose_statements_and_values_cannot_be_told_apart_is_not_read_as_a_session() -> None:
    page = f">>> p = np.array([{_numbers(P)}]) >>> entropy(p) is about {entropy(P) + 0.2:.3f} here\n"
    assert [claim.verdict for claim in check_text(page, "doc.txt").claims if claim.kind != "definition"] == []


def _copied_page(shown: tuple[float, float]) -> str:
    """A page copied from the web: its code lost its fences, its output follows under a short label."""
    return "\n".join(
        [
            "# Two guesses",
            "",
            "import numpy as np",
            "",
            f"target = np.array([{_numbers(P)}])",
            f"guess = np.array([{_numbers(Q)}])",
            "",
            "d1 = np.sum(target * np.log(target / guess))",
            "d2 = np.sum(guess * np.log(guess / target))",
            "",
            'print("first guess: {:.5f}".format(d1))',
            'print("second guess: {:.5f}".format(d2))',
            "",
            "Result",
            "",
            f"first guess: {shown[0]:.5f}",
            f"second guess: {shown[1]:.5f}",
            "",
        ]
    )


@pytest.mark.parametrize("name", ["page.md", "page.txt"])
def test_code_that_lost_its_fences_is_read_with_the_output_pasted_below_it(name: str) -> None:
    true = (entropy(P, Q), entropy(Q, P))
    assert _claims(check_text(_copied_page(true), name)) == [(16, "kl", "holds"), (17, "kl", "holds")]
    assert _claims(check_text(_copied_page((true[0] + 0.001, true[1])), name)) == [
        (16, "kl", "false"),
        (17, "kl", "holds"),
    ]


def test_prose_that_parses_as_python_is_not_code_and_lines_that_do_not_fit_the_prints_are_not_output() -> None:
    from kldocs.checker.prompt_cells import is_bare_code

    assert not any(is_bare_code(text) for text in ("Entropy", "figure.png", "H = 0.5", "entropy(p)", "p = [0.5, 0.5]"))
    page = _copied_page((entropy(P, Q), entropy(Q, P))).replace("second guess: 0", "the other guess: 0")
    assert _claims(check_text(page, "page.md")) == [(16, "kl", "holds")]  # each line is read by its own print


def _dit_page(outcomes: str, shown: float) -> str:
    return "\n".join(
        [
            "```python",
            "from dit.divergences import cross_entropy",
            "",
            "p = dit.Distribution(['0', '1', '2'], [0.5, 0.3, 0.2])",
            f"q = dit.Distribution({outcomes}, [0.2, 0.2, 0.6])",
            "cross_entropy(p, q)",
            "```",
            "Output:",
            "```",
            f"{shown!r}",
            "```",
            "",
        ]
    )


def test_dit_distributions_over_outcomes_zero_one_two_are_read_and_its_measures_are_in_bits() -> None:
    true = -sum(x * math.log2(y) for x, y in zip([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], strict=True))
    assert _claims(check_text(_dit_page("['0', '1', '2']", true), "dit.md")) == [(10, "cross_entropy", "holds")]
    assert _claims(check_text(_dit_page("['0', '1', '2']", true + 0.1), "dit.md")) == [(10, "cross_entropy", "false")]
    # dit pairs outcomes by name, and so does the checker: q over them in another order gives '0' the 0.6.
    paired = -sum(x * math.log2(y) for x, y in zip([0.5, 0.3, 0.2], [0.6, 0.2, 0.2], strict=True))
    assert _claims(check_text(_dit_page("['2', '1', '0']", paired), "dit.md")) == [(10, "cross_entropy", "holds")]
    assert _claims(check_text(_dit_page("['2', '1', '0']", true), "dit.md")) == [(10, "cross_entropy", "false")]
