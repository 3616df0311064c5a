"""``kldocs check`` on distributions defined in code the way blog posts and notebooks define them.

Each document is written here, small, for the test: a block of Python that
defines two distributions in one of the usual forms (``np.array``,
``torch.tensor``, ``tf.constant``, a list, fractions, a dict, lists written
in the call) and a value claimed for a call on them, in the printed output
below the code (a fenced block, or a notebook's output) or in a comment. The
true value is computed here with SciPy from the numbers the test writes into
the document, never taken from kldocs; each claim is tried right and wrong.
"""

from __future__ import annotations

import json
import math
from fractions import Fraction

import pytest
from scipy.spatial.distance import jensenshannon
from scipy.stats import entropy

from kldocs.checker import Checked, Report, check_text

P, Q = [0.1, 0.6, 0.3], [0.3, 0.3, 0.4]
THIRDS, HALVES = ["1/3", "1/3", "1/3"], [0.5, 0.25, 0.25]

#: How a distribution is written in code (``{}``: its numbers, comma-separated).
FORMS = {
    "np.array": "np.array([{}])",
    "numpy.array": "numpy.array([{}])",
    "torch.tensor": "torch.tensor([{}])",
    "tf.constant": "tf.constant([{}])",
    "list": "[{}]",
    "tuple": "({})",
}
#: Pairs of names, as code names them.
NAMES = [("p", "q"), ("P", "Q"), ("q_1", "q_2"), ("p1", "q1"), ("dist_a", "dist_b"), ("a", "b")]


def _numbers(values: list[float] | list[str]) -> str:
    return ", ".join(str(value) for value in values)


def _claims(report: Report) -> list[tuple[int, str, str]]:
    """The claims that are not definitions: (line, kind, verdict)."""
    return [(claim.lines[0], claim.kind, claim.verdict) for claim in report.claims if claim.kind != "definition"]


def _on_x_and_y(imports: str, *lines: str) -> str:
    """Code that imports, gives P and Q the names x and y, then runs the lines."""
    return "\n".join([imports, f"x = [{_numbers(P)}]", f"y = [{_numbers(Q)}]", *lines])


def _post(code: str, output: str) -> str:
    return f"# KL divergence\n\n```python\n{code}\n```\n\n```\n{output}\n```\n"


def _notebook(code: str, output: str, *, result: bool = False) -> str:
    """A notebook of one Markdown cell and one code cell, its output printed (or shown as the cell's result)."""
    shown = (
        {"output_type": "execute_result", "data": {"text/plain": [output]}, "metadata": {}, "execution_count": 1}
        if result
        else {"output_type": "stream", "name": "stdout", "text": [output + "\n"]}
    )
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# KL divergence"]},
        {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [shown], "source": code},
    ]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("names", NAMES, ids="/".join)
def test_a_printed_kl_of_distributions_defined_in_code_is_checked(form: str, names: tuple[str, str]) -> None:
    first, second = names
    code = "\n".join(
        [
            "import numpy as np",
            "from scipy.stats import entropy",
            f"{first} = {FORMS[form].format(_numbers(P))}",
            f"{second} = {FORMS[form].format(_numbers(Q))}",
            f'print("KL(P || Q):", entropy({first}, {second}))',
        ]
    )
    true = entropy(P, Q)
    for shown, verdict in ((f"{true:.4f}", "holds"), (f"{true + 0.01:.4f}", "false")):
        assert _claims(check_text(_post(code, f"KL(P || Q): {shown}"), "post.md")) == [(12, "kl", verdict)]
        notebook = check_text(_notebook(code, f"KL(P || Q): {shown}"), "post.ipynb")
        assert [(claim.kind, claim.verdict, claim.cell) for claim in notebook.claims if claim.kind != "definition"] == [
            ("kl", verdict, 2)
        ]


def test_fractions_a_dict_and_lists_written_in_the_call_are_read() -> None:
    code = "\n".join(
        [
            f"uniform = [{_numbers(THIRDS)}]",
            "q = {'a': 0.5, 'b': 0.25, 'c': 0.25}",
            "r = {'a': 0.5, 'b': 0.25, 'c': 0.25}",
            "print(entropy(uniform, base=2))",
            "print(entropy([0.5, 0.5], [0.9, 0.1]))",
            "print(kl_divergence(np.array([0.1, 0.6, 0.3]), np.array([0.3, 0.3, 0.4])))",
            "print(entropy(list(q.values()), list(r.values())))",
            "print(entropy(torch.tensor([0.5, 0.25, 0.25])))",
        ]
    )
    thirds = [float(Fraction(item)) for item in THIRDS]
    values = [entropy(thirds, base=2), entropy([0.5, 0.5], [0.9, 0.1]), entropy(P, Q), 0.0, entropy(HALVES)]
    output = "\n".join(f"{value:.4f}" for value in values)
    assert [claim[1:] for claim in _claims(check_text(_post(code, output), "post.md"))] == [
        ("entropy", "holds"),
        ("kl", "holds"),
        ("kl", "holds"),
        ("kl", "holds"),
        ("entropy", "holds"),
    ]
    wrong = "\n".join(f"{value + 0.01:.4f}" for value in values)
    assert {claim[2] for claim in _claims(check_text(_post(code, wrong), "post.md"))} == {"false"}


def test_dicts_whose_keys_differ_in_order_are_not_paired_by_position() -> None:
    """{'a': .5, 'b': .25} against {'b': .5, 'a': .25}: the code pairs outcomes by key, the values in order do not."""
    code = "\n".join(
        [
            "first = {'a': 0.5, 'b': 0.25, 'c': 0.25}",
            "second = {'b': 0.5, 'a': 0.25, 'c': 0.25}",
            "print(kl_divergence(first, second))",
        ]
    )
    report = check_text(_post(code, "0.0000"), "post.md")
    assert _claims(report) == [] and [entry.line for entry in report.unread] == [10]


@pytest.mark.parametrize(
    "change",
    [
        "p[0] = 0.2",
        "p = p ** 2",
        "p /= 2",
        "p.sort()",
        "p = softmax(np.array([1.0, 2.0, 3.0]))",
        "for p in batches:\n    pass",
        "p, q = q, p",
    ],
)
def test_a_distribution_that_code_changes_is_not_judged_after_the_change(change: str) -> None:
    code = f"p = np.array([{_numbers(P)}])\nq = np.array([{_numbers(Q)}])\n{change}\nprint(entropy(p, q))"
    report = check_text(_post(code, "0.5000"), "post.md")  # no value of KL(p||q) it could be
    (claim,) = [claim for claim in report.claims if claim.kind != "definition"]
    assert claim.verdict == "unchecked" and "gives p a value that is not read" in claim.note


def test_weights_that_do_not_sum_to_one_are_no_distribution_and_no_mistake() -> None:
    code = "counts = np.array([1, 2, 3])\nr = np.array([1, 2, 3])\nprint(entropy(r))"
    report = check_text(_post(code, f"{entropy([1, 2, 3]):.4f}"), "post.md")
    assert report.false_count == 0
    assert [(claim.kind, claim.verdict) for claim in report.claims] == [("entropy", "unchecked")]
    assert "sum to 6, not 1" in report.claims[0].note


def test_a_list_worked_on_in_its_own_line_is_not_read_as_written() -> None:
    """``np.array([1, 3]) / 4`` is not (1, 3); in JavaScript, nor is ``[1, 3].map(...)``."""
    report = check_text("```python\np = np.array([1, 3]) / 4\n```\n\n```js\nconst q = [1, 3].map(x => x / 4);\n```\n")
    assert report.claims == ()


def test_definitions_in_r_and_javascript_are_still_read() -> None:
    report = check_text("```r\np <- c(0.5, 0.5)\n```\n\n```js\nconst q = [0.9, 0.1];\n```\n")
    assert [(claim.text, claim.verdict) for claim in report.claims] == [
        ("p = (0.5, 0.5)", "holds"),
        ("q = (0.9, 0.1)", "holds"),
    ]


def test_the_js_distance_of_scipy_is_checked_in_its_base() -> None:
    code = _on_x_and_y(
        "from scipy.spatial.distance import jensenshannon",
        "print(jensenshannon(x, y))",
        "print(jensenshannon(x, y, base=2))",
    )
    true = [jensenshannon(P, Q), jensenshannon(P, Q, base=2)]
    report = check_text(_post(code, "\n".join(f"{value:.4f}" for value in true)), "post.md")
    assert [claim[1:] for claim in _claims(report)] == [("js_distance", "holds")] * 2
    swapped = check_text(_post(code, "\n".join(f"{value:.4f}" for value in reversed(true))), "post.md")
    assert [claim[2] for claim in _claims(swapped)] == ["false", "false"]


def _comments(code: str) -> list[tuple[int, str, str]]:
    return _claims(check_text(f"```python\n{code}\n```\n", "post.md"))


@pytest.mark.parametrize(
    "comment",
    [
        "kl = entropy(p, q)  # ≈ {:.3f}",
        "kl = entropy(p, q)  # ~{:.3f}",
        "kl = entropy(p, q)\n# KL(P || Q): {:.4f} nats",
    ],
)
def test_a_value_in_a_comment_on_the_calls_line_or_the_next_is_checked(comment: str) -> None:
    code = f"p = np.array([{_numbers(P)}])\nq = np.array([{_numbers(Q)}])\n"
    true = entropy(P, Q)
    line = 4 + comment.count("\n")
    assert _comments(code + comment.format(true)) == [(line, "kl", "holds")]
    assert _comments(code + comment.format(true + 0.01)) == [(line, "kl", "false")]


def test_comments_on_lists_with_long_names_and_on_a_name_given_the_value_are_checked() -> None:
    code = "\n".join(
        [
            f"dist_a = np.array([{_numbers(P)}])",
            f"dist_b = np.array([{_numbers(Q)}])",
            f"kl = entropy(dist_a, dist_b)  # {entropy(P, Q):.4f}",
            f"print(kl)  # {entropy(P, Q):.4f}",
            "h = entropy(dist_b)",
            f"# Output: {entropy(Q) + 0.01:.4f}",
        ]
    )
    assert _comments(code) == [(4, "kl", "holds"), (5, "kl", "holds"), (7, "entropy", "false")]


@pytest.mark.parametrize(
    "below",
    [
        "# KL(Q || P): {:.4f}",  # the other direction: the label names another measure than the call's
        "# H(P): {:.4f}",
        "# JS: {:.4f}",
        "n = len(p)\n# KL(P || Q): {:.4f}",  # not right below the call
    ],
)
def test_a_labelled_comment_that_does_not_fit_the_call_above_is_not_read(below: str) -> None:
    code = f"p = np.array([{_numbers(P)}])\nq = np.array([{_numbers(Q)}])\nkl = entropy(p, q)\n"
    assert _comments(code + below.format(entropy(Q, P))) == []


@pytest.mark.parametrize(
    ("body", "true"),
    [
        ("return np.sum(p * np.log(p / q))", entropy(P, Q)),
        ("return np.sum(p * np.log2(p / q))", entropy(P, Q, base=2)),
        ("return sum(p[i] * math.log(p[i] / q[i], 2) for i in range(len(p)))", entropy(P, Q, base=2)),
        ("return sum(x * math.log(x / y) for x, y in zip(p, q) if x > 0)", entropy(P, Q)),
        ("return np.sum(np.where(p != 0, p * np.log(p / q), 0))", entropy(P, Q)),
        ("return np.sum(q * np.log(q / p))", entropy(Q, P)),  # named kl_divergence, but the other direction
        ("p = np.asarray(p)\n    q = q / q.sum()\n    return (p * np.log10(p / q)).sum()", entropy(P, Q, base=10)),
        (
            "total = -np.sum(p * np.log2(q))\n    return total",
            -sum(x * math.log2(y) for x, y in zip(P, Q, strict=True)),
        ),
        ("return entropy(p, q, base=2)", entropy(P, Q, base=2)),
        ("return np.sum(rel_entr(p, q))", entropy(P, Q)),
    ],
)
def test_a_function_the_post_defines_computes_what_its_body_says(body: str, true: float) -> None:
    code = "\n".join(
        [
            "def kl_divergence(p, q):",
            f"    {body}",
            "",
            f"first = np.array([{_numbers(P)}])",
            f"second = np.array([{_numbers(Q)}])",
            "print(kl_divergence(first, second))",
        ]
    )
    assert [claim[2] for claim in _claims(check_text(_post(code, f"{true:.4f}"), "post.md"))] == ["holds"]
    assert [claim[2] for claim in _claims(check_text(_post(code, f"{true + 0.01:.4f}"), "post.md"))] == ["false"]


def test_a_function_of_another_name_is_read_from_its_body_and_one_of_no_measure_is_not() -> None:
    code = "\n".join(
        [
            "def divergence(a, b):",
            '    """How far b is from a."""',
            "    return np.sum(b * np.log2(b / a))",
            "",
            "def gap(a, b):",
            "    return np.max(np.abs(a - b))",
            "",
            f"first = np.array([{_numbers(P)}])",
            f"second = np.array([{_numbers(Q)}])",
            "print(divergence(first, second))",
            "print(gap(first, second))",
        ]
    )
    output = f"{entropy(Q, P, base=2):.4f}\n0.3000"
    assert [claim[1:] for claim in _claims(check_text(_post(code, output), "post.md"))] == [("kl", "holds")]


def test_scipys_kl_div_and_rel_entr_summed_are_the_kl_divergence() -> None:
    code = _on_x_and_y(
        "from scipy.special import kl_div, rel_entr",
        "print(kl_div(x, y).sum())",
        "print(sum(rel_entr(x, y)))",
        "print(rel_entr(y, x).sum())",
    )
    output = f"{entropy(P, Q):.4f}\n{entropy(P, Q):.4f}\n{entropy(Q, P):.4f}"
    assert [claim[1:] for claim in _claims(check_text(_post(code, output), "post.md"))] == [("kl", "holds")] * 3
    torch = code.replace("from scipy.special import kl_div, rel_entr", "from torch.nn.functional import kl_div")
    assert len(_claims(check_text(_post(torch, output), "post.md"))) == 2  # PyTorch's kl_div takes logs first


def _cells(*cells: tuple[str, str | None]) -> str:
    """A notebook of code cells, each with the value it shows as its result (or None)."""
    made: list[dict[str, object]] = [{"cell_type": "markdown", "metadata": {}, "source": ["# KL divergence"]}]
    for source, shown in cells:
        result = {
            "output_type": "execute_result",
            "data": {"text/plain": [shown]},
            "metadata": {},
            "execution_count": 1,
        }
        made.append(
            {
                "cell_type": "code",
                "metadata": {},
                "execution_count": 1,
                "outputs": [result] if shown else [],
                "source": source,
            }
        )
    return json.dumps({"cells": made, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def test_a_value_computed_in_one_cell_and_shown_in_a_later_one_is_checked() -> None:
    defined = f"p = np.array([{_numbers(P)}])\nq = np.array([{_numbers(Q)}])\nkl = entropy(p, q)"
    for shown, verdict in ((repr(entropy(P, Q)), "holds"), (f"{entropy(P, Q) + 0.01:.4f}", "false")):
        report = check_text(_cells((defined, None), ("print(f'KL(P || Q): {kl:.4f}')", None), ("kl", shown)), "n.ipynb")
        assert [(claim.kind, claim.verdict, claim.cell) for claim in report.claims if claim.kind != "definition"] == [
            ("kl", verdict, 4)
        ]


def test_a_value_shown_after_its_lists_were_given_other_values_is_not_read_another_way() -> None:
    """kl was computed from the first p; the line printed under its label is not judged against the second."""
    defined = f"p = np.array([{_numbers(P)}])\nq = np.array([{_numbers(Q)}])\nkl = entropy(p, q)"
    printed = ("print('KL(P || Q):', kl)", f"KL(P || Q): {entropy(P, Q):.4f}")
    for between in ("p = np.array([0.2, 0.5, 0.3])", "kl = entropy(q, p)"):
        report = check_text(
            _cells((defined, None), (between, None), printed, ("kl", f"{entropy(P, Q):.4f}")), "n.ipynb"
        )
        assert report.false_count == 0 and [entry.cell for entry in report.unread] in ([4, 5], [])
        # either not read, or, where the value printed is D(p||q) of the lists in force, matched to it
        assert all(claim.verdict == "holds" for claim in report.claims)


@pytest.mark.parametrize(
    ("line", "true"),
    [
        ("kl = (p * np.log(p / q)).sum()", entropy(P, Q)),
        ("kl = sum(p[i] * np.log2(p[i] / q[i]) for i in range(len(p)))", entropy(P, Q, base=2)),
        ("kl = -sum(x * math.log(x) for x in p if x > 0)", entropy(P)),
        ("kl = np.sum(np.where(p > 0, p * np.log(p / q), 0))", entropy(P, Q)),
    ],
)
def test_a_sum_written_out_in_the_code_is_the_measure_it_computes(line: str, true: float) -> None:
    code = f"p = np.array([{_numbers(P)}])\nq = np.array([{_numbers(Q)}])\n{line}\nprint(kl)"
    assert [claim[2] for claim in _claims(check_text(_post(code, f"{true:.4f}"), "post.md"))] == ["holds"]
    assert [claim[2] for claim in _claims(check_text(_post(code, f"{true + 0.01:.4f}"), "post.md"))] == ["false"]
    masked = line.replace("p > 0", "q > 0")  # a mask on the other list could leave out terms that are not 0
    if masked != line:  # not read as the code's measure; the number may still be matched to D(p||q), which it is
        claims = _claims_of(check_text(_post(code.replace(line, masked), f"{true:.4f}"), "post.md"))
        assert all(claim.verdict == "holds" and "D_KL(p||q)" in claim.note for claim in claims)


def test_pytorchs_kl_div_with_batchmean_is_read_on_a_batch_of_one_row_only() -> None:
    """batchmean divides the sum by the first dimension: 1 for one row, the number of outcomes for a flat tensor."""
    rows = f"p = torch.tensor([[{_numbers(P)}]])\nq = torch.tensor([[{_numbers(Q)}]])"
    flat = f"p = torch.tensor([{_numbers(P)}])\nq = torch.tensor([{_numbers(Q)}])"
    call = "F.kl_div(q.log(), p, reduction='batchmean')"
    true = entropy(P, Q)
    for shown, verdict in ((f"tensor({true:.4f})", "holds"), (f"tensor({true + 0.01:.4f})", "false")):
        report = check_text(_cells((rows, None), (call, shown)), "n.ipynb")
        assert [claim[1:] for claim in _claims(report)] == [("kl", verdict)]
        both = _post(f"{rows}\nprint({call})\nprint({call.replace('batchmean', 'sum')})", f"{shown}\n{shown}")
        assert [claim[1:] for claim in _claims(check_text(both, "post.md"))] == [("kl", verdict)] * 2
    assert _claims(check_text(_cells((flat, None), (call, f"tensor({true / 3:.4f})")), "n.ipynb")) == []


def test_a_list_the_code_makes_another_way_is_named_in_the_note_and_the_defined_one_is_not() -> None:
    code = f"p = np.array([{_numbers(P)}])\nu = softmax(np.zeros(3))\nprint(entropy(p, u))"
    (claim,) = _claims_of(check_text(_post(code, f"{entropy(P, [1 / 3] * 3):.4f}"), "post.md"))
    assert claim.verdict == "unchecked" and claim.note.startswith("code on line 5 gives u a value that is not read")
    # one value repeated by NumPy is a list read as it is
    (claim,) = _claims_of(check_text(_post(code.replace("softmax(np.zeros(3))", "np.ones(3) / 3"), "0.9"), "post.md"))
    assert claim.verdict == "false" and claim.value == f"{entropy(P, [1 / 3] * 3):.10g}"


def _claims_of(report: Report) -> list[Checked]:
    return [claim for claim in report.claims if claim.kind != "definition"]


@pytest.mark.parametrize("normalise", ["p = p / p.sum()", "p /= np.sum(p)", "p = p / sum(p)"])
def test_weights_divided_by_their_sum_are_the_distribution_they_make(normalise: str) -> None:
    code = f"p = np.array([1, 2, 3])\n{normalise}\nq = np.array([{_numbers(Q)}])\nprint(entropy(p, q))"
    true = entropy([1, 2, 3], Q)  # SciPy divides the weights by their sum too
    for shown, verdict in ((f"{true:.4f}", "holds"), (f"{true + 0.01:.4f}", "false")):
        assert _claims(check_text(_post(code, shown), "post.md")) == [(11, "kl", verdict)]
    changed = code.replace(normalise, f"p[0] = 5\n{normalise}")  # the weights are not known when divided
    assert [claim[2] for claim in _claims(check_text(_post(changed, f"{true:.4f}"), "post.md"))] == ["unchecked"]
    again = code.replace("[1, 2, 3]", f"[{_numbers(P)}]")  # a distribution divided by its sum stays as it is
    assert _claims(check_text(_post(again, f"{entropy(P, Q) + 0.01:.4f}"), "post.md")) == [(11, "kl", "false")]


def test_a_comment_on_the_calls_line_whose_label_names_other_distributions_is_not_read() -> None:
    code = f"p = np.array([{_numbers(P)}])\nq = np.array([{_numbers(Q)}])\n"
    assert _comments(code + f"kl = entropy(p, q)  # KL(P||Q): {entropy(P, Q):.4f}") == [(4, "kl", "holds")]
    assert _comments(code + f"kl = entropy(p, q)  # KL(Q||P): {entropy(Q, P):.4f}") == []


def test_scipy_special_under_another_name_is_scipys() -> None:
    code = _on_x_and_y("import scipy.special as sp", "print(sp.rel_entr(x, y).sum())", "print(np.sum(sp.kl_div(y, x)))")
    output = f"{entropy(P, Q):.4f}\n{entropy(Q, P):.4f}"
    assert [claim[1:] for claim in _claims(check_text(_post(code, output), "post.md"))] == [("kl", "holds")] * 2
    other = code.replace("import scipy.special as sp", "import mylib as sp")
    assert _claims(check_text(_post(other, output), "post.md")) == []


@pytest.mark.parametrize(
    "document",
    [
        "```python\np = [1e999999, 0.5]\nq = [0.5, 0.5]\nprint(entropy(p))\n```\n",  # Python reads 1e999999 as inf
        "In [1]:\np = [1e999, 0.5]\nprint(entropy(p))\n\n0.69\n",
    ],
)
def test_an_infinite_number_in_code_gives_no_distribution(document: str) -> None:
    report = check_text(document, "a.txt" if document.startswith("In [") else "a.md")
    assert not any(claim.kind == "definition" and claim.text.startswith("p") for claim in report.claims)


def test_an_exercise_input_with_a_huge_exponent_is_refused_at_once() -> None:
    """``Fraction("1e99999999")`` works out a hundred-million-digit integer; the bounded number grammar refuses it."""
    text = '# KL divergence\n\nInput: {"p": [1e99999999, 0.5], "q": [0.5, 0.5]}\nOutput: 0.5\n'
    report = check_text(text, "a.md")
    assert not any(claim.kind == "definition" for claim in report.claims)
    assert [entry.line for entry in report.unread] == [4]  # the example is listed as not read
