"""``kldocs check`` on code, examples and output as web pages flatten them into text.

Coding-exercise pages whose labels lost their line breaks (``[0.6, 0.4], 1Output:`` then ``0.9163Explanation:``),
whose statement names the measure ("return the KL divergence") instead of a heading, and whose outputs are
whole numbers or written ``≈ 0.1``; a function's documentation whose ``>>>`` examples are plain text, with the
base as SciPy's third argument and an array shown for a measure taken along an axis; answers whose code lost
its fence (a function's body cut by a blank line, lists and calls as paragraphs of their own) or its line breaks
(one line, maybe under a main guard, each probability named on its own: ``X0, X1 = 3/10, 7/10``), with the
values its prints printed run together on one line. Each document is written
here, small, for the test; the true values are computed here with :mod:`math` or SciPy from the numbers the
test writes, never taken from kldocs, and each claim is tried right and wrong.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.spatial.distance import jensenshannon
from scipy.stats import entropy

from kldocs.checker import Report, check_text


def _claims(report: Report) -> list[tuple[int, str, str]]:
    """The claims that are not definitions: (line, kind, verdict)."""
    return [(claim.lines[0], claim.kind, claim.verdict) for claim in report.claims if claim.kind != "definition"]


def _kl(p: list[float], q: list[float]) -> float:
    return sum(a * math.log(a / b) for a, b in zip(p, q, strict=True) if a > 0)


def _loss_page(examples: list[tuple[list[float], int, str]]) -> str:
    """A categorical cross-entropy exercise copied from a web page: each example's input, a class index and its
    output label run together, and the output run into the next label."""
    lines = [
        "Cross-Entropy Loss",
        "Given predicted class probabilities and the index of the true class, return the categorical",
        "cross-entropy loss (natural log), rounded to 4 decimal places.",
        "Examples",
    ]
    for predicted, index, shown in examples:
        listed = ",".join(str(value) for value in predicted)
        lines += ["Input:", f"[{listed}], {index}Output:", f"{shown}Explanation:", "Only the true class counts."]
    return "\n".join(lines) + "\n"


def test_a_class_index_names_the_one_hot_target() -> None:
    first, second = [0.6, 0.3, 0.1], [0.25, 0.5, 0.25]
    right = [(first, 0, f"{-math.log(0.6):.4f}"), (second, 1, f"{-math.log(0.5):.4f}")]
    report = check_text(_loss_page(right), "loss.txt")
    assert _claims(report) == [(7, "cross_entropy", "holds"), (11, "cross_entropy", "holds")]
    assert [claim.text for claim in report.claims if claim.kind == "definition"][:2] == [
        "T_6 = (1, 0, 0)",
        "P_6 = (0.6, 0.3, 0.1)",
    ]
    wrong = [right[0], (second, 1, f"{-math.log(0.25):.4f}")]  # the value of another class
    assert _claims(check_text(_loss_page(wrong), "loss.txt"))[1] == (11, "cross_entropy", "false")


def test_the_first_class_is_told_by_the_examples() -> None:
    predicted = [0.2, 0.8]
    # Class 2 of two: counted from 1, so class 1 is the 0.2 of the other example.
    counted_from_one = [(predicted, 2, f"{-math.log(0.8):.4f}"), (predicted, 1, f"{-math.log(0.2):.4f}")]
    assert [verdict for _, _, verdict in _claims(check_text(_loss_page(counted_from_one), "loss.txt"))] == [
        "holds",
        "holds",
    ]
    # Only class 1 of two: it may be the first class or the second; nothing is read.
    untold = check_text(_loss_page([(predicted, 1, f"{-math.log(0.8):.4f}")]), "loss.txt")
    assert _claims(untold) == []
    assert [entry.line for entry in untold.unread] == [7]


def _kl_page(shown: list[str]) -> str:
    """A KL exercise whose title is no heading and whose statement says what the function returns."""
    return "\n".join(
        [
            "Divergence",
            "",
            "Write a function that takes two distributions p and q and returns the KL divergence of p from q,",
            "in nats.",
            "",
            "Input:[0.3,0.7], [0.3,0.7]",
            f"Output:{shown[0]}",
            "",
            "Input:[0.9,0.1], [0.6,0.4]",
            f"Output: ≈ {shown[1]}",
            "",
        ]
    )


def test_the_statement_names_the_measure_and_outputs_are_whole_or_approximate() -> None:
    value = _kl([0.9, 0.1], [0.6, 0.4])
    assert _claims(check_text(_kl_page(["0", f"{value:.4f}"]), "kl.txt")) == [(7, "kl", "holds"), (10, "kl", "holds")]
    wrong = _claims(check_text(_kl_page(["1", f"{value + 0.01:.4f}"]), "kl.txt"))
    assert wrong == [(7, "kl", "false"), (10, "kl", "false")]


@pytest.mark.parametrize("statement", ["returns the entropy or the KL divergence", "returns a number"])
def test_no_measure_or_two_leave_the_outputs_unread(statement: str) -> None:
    text = _kl_page(["0", "0.1"]).replace("returns the KL divergence of p from q,", statement)
    report = check_text(text, "kl.txt")
    assert _claims(report) == []
    assert [entry.line for entry in report.unread] == [7, 10]


def _session_page(lines: list[str]) -> str:
    """A function's documentation copied from a web page as text: its examples' ``>>>`` lines and what they show."""
    return "\n".join(["Examples", "", *lines, "", "The distances are symmetric in p and q.", ""])


def test_a_session_in_plain_text_with_the_base_as_third_argument() -> None:
    value = float(jensenshannon([0.5, 0.5, 0.0], [0.0, 0.5, 0.5], 2.0))
    call = ">>> distance.jensenshannon([0.5, 0.5, 0.0], [0.0, 0.5, 0.5], 2.0)"
    assert _claims(check_text(_session_page([call, f"{value:.6f}"]), "doc.txt")) == [(4, "js_distance", "holds")]
    in_nats = float(jensenshannon([0.5, 0.5, 0.0], [0.0, 0.5, 0.5]))
    assert _claims(check_text(_session_page([call, f"{in_nats:.6f}"]), "doc.txt")) == [(4, "js_distance", "false")]
    entropy_call = ">>> entropy([0.25, 0.75], [0.5, 0.5], 2)"
    kl_bits = float(entropy([0.25, 0.75], [0.5, 0.5], base=2))
    assert _claims(check_text(_session_page([entropy_call, f"{kl_bits:.5f}"]), "doc.txt")) == [(4, "kl", "holds")]


A_TABLE, B_TABLE = [[2, 1, 7], [3, 3, 2]], [[1, 4, 1], [5, 2, 6]]


def _table_session(axis: int, shown: list[float]) -> list[str]:
    return [
        f">>> a = np.array([{A_TABLE[0]},",
        f"...               {A_TABLE[1]}])",
        f">>> b = np.array({B_TABLE})",
        f">>> distance.jensenshannon(a, b, axis={axis})",
        "array([" + ", ".join(f"{value:.7f}" for value in shown) + "])",
    ]


@pytest.mark.parametrize("axis", [0, 1])
def test_an_array_shown_along_an_axis(axis: int) -> None:
    truth = [float(value) for value in jensenshannon(np.array(A_TABLE), np.array(B_TABLE), axis=axis)]
    report = check_text(_session_page(_table_session(axis, truth)), "doc.txt")
    assert _claims(report) == [(7, "js_distance", "holds")] * len(truth)
    swapped = [truth[1], truth[0], *truth[2:]]  # two columns (or rows) shown in each other's place
    assert [verdict for _, _, verdict in _claims(check_text(_session_page(_table_session(axis, swapped)), "d.txt"))][
        :2
    ] == ["false", "false"]


def test_an_array_of_a_table_given_twice_or_of_another_length_is_not_read() -> None:
    truth = [float(value) for value in jensenshannon(np.array(A_TABLE), np.array(B_TABLE), axis=0)]
    again = [*_table_session(0, truth)[:3], ">>> a = a + 1", *_table_session(0, truth)[3:]]
    assert _claims(check_text(_session_page(again), "doc.txt")) == []
    assert _claims(check_text(_session_page(_table_session(0, truth[:2])), "doc.txt")) == []


def _answer_page(shown: str, gap: str = "    ") -> str:
    """A Q&A answer copied as text: a function whose body a blank line (holding ``gap``) cuts, the lists and calls
    as paragraphs of their own, the prints, and both printed values run together on one line."""
    return "\n".join(
        [
            "Here is a function for the divergence:",
            "",
            "import numpy as np",
            "",
            "def divergence(a, b):",
            "    a = np.array(a)",
            "    b = np.array(b)",
            gap,
            "    return np.sum(a * np.log2(a / b))",
            "",
            "Now apply it both ways:",
            "",
            "first = [0.1, 0.3, 0.6]",
            "second = [0.25, 0.25, 0.5]",
            "",
            "forward = divergence(first, second)",
            "backward = divergence(second, first)",
            "",
            "print('Forward divergence:', forward)",
            "print('Backward divergence:', backward)",
            "",
            "The output will be:",
            "",
            shown,
            "",
        ]
    )


FIRST, SECOND = [0.1, 0.3, 0.6], [0.25, 0.25, 0.5]


@pytest.mark.parametrize("gap", ["    ", ""])
def test_two_printed_values_on_one_line_below_code_that_lost_its_fence(gap: str) -> None:
    forward, backward = float(entropy(FIRST, SECOND, base=2)), float(entropy(SECOND, FIRST, base=2))
    right = f"Forward divergence: {forward} Backward divergence: {backward}"
    assert _claims(check_text(_answer_page(right, gap), "answer.txt")) == [(24, "kl", "holds"), (24, "kl", "holds")]
    invented = f"Forward divergence: {forward / 3} Backward divergence: {backward * 1.1}"
    assert _claims(check_text(_answer_page(invented, gap), "answer.txt")) == [(24, "kl", "false"), (24, "kl", "false")]


def test_a_line_that_does_not_fit_the_prints_is_not_read() -> None:
    forward, backward = float(entropy(FIRST, SECOND, base=2)), float(entropy(SECOND, FIRST, base=2))
    for shown in (
        f"Forward divergence: {forward + 1} and Backward divergence: {backward}",  # a word the prints do not print
        f"Backward divergence: {backward + 1} Forward divergence: {forward}",  # not in the prints' order
        f"Forward divergence: {forward + 1}",
    ):
        assert _claims(check_text(_answer_page(shown), "answer.txt")) == []
    # A paragraph of prose between the lists and the calls: the calls' lists are not known.
    cut = _answer_page(f"Forward divergence: {forward + 1} Backward divergence: {backward}").replace(
        "\nforward =", "\nThen:\n\nforward ="
    )
    assert _claims(check_text(cut, "answer.txt")) == []


def _flat_page(program: str, shown: str) -> str:
    """A blog post whose program lost its line breaks, then a label and the two values it printed on one line."""
    return "\n".join(
        ["Two coins, each probability given a name of its own:", "", program, "The program prints:", shown, ""]
    )


FLAT = (
    "import numpy as np if __name__ == '__main__': X0, X1 = 3/10, 7/10 Y0, Y1 = 1/2, 1/2 "
    "D_XY = X0*np.log2(X0/Y0) + X1*np.log2(X1/Y1) print(D_XY) "
    "D_YX = Y0*np.log2(Y0/X0) + Y1*np.log2(Y1/X1) print(D_YX)"
)


def test_a_program_on_one_line_and_its_values_on_one_line() -> None:
    forward, backward = float(entropy([0.3, 0.7], [0.5, 0.5], base=2)), float(entropy([0.5, 0.5], [0.3, 0.7], base=2))
    for name in ("post.md", "post.txt"):
        assert _claims(check_text(_flat_page(FLAT, f"{forward} {backward}"), name)) == [(5, "kl", "holds")] * 2
        swapped = _claims(check_text(_flat_page(FLAT, f"{backward} {forward}"), name))
        assert swapped == [(5, "kl", "false")] * 2


@pytest.mark.parametrize(
    "program",
    [
        FLAT.replace("D_XY = X0", "D_XY = X0 if X0 else X0"),  # a conditional expression: cut where it is not
        FLAT.replace("print(D_XY)", "for x in [X0]: print(x)"),  # a loop's body runs to the line's end
    ],
)
def test_a_flattened_program_that_cannot_be_told_is_not_read(program: str) -> None:
    assert _claims(check_text(_flat_page(program, "0.1 0.2"), "post.txt")) == []


@pytest.mark.parametrize(
    ("program", "shown"),
    [
        (FLAT.replace("Y0, Y1 = 1/2, 1/2", "Y0, Y1 = 1/2, 1/3"), "0.5281828513 0.01168635445"),  # no distribution
        (FLAT.replace("X1*np.log2(X1/Y1)", "X0*np.log2(X0/Y0)"), "-0.4421793565 0.1257693835"),  # an index twice
    ],
)
def test_a_flattened_program_of_no_measure_shows_the_formulas_it_works_out(program: str, shown: str) -> None:
    assert [verdict for _, _, verdict in _claims(check_text(_flat_page(program, shown), "post.txt"))] == ["holds"] * 2


def test_a_sentence_about_code_stays_prose() -> None:
    from kldocs.checker.flat_code import unflattened
    from kldocs.checker.prompt_cells import bare_code

    assert unflattened("We call np.log(p) here") is None  # "We", "call" alone are no statements of code
    assert bare_code("Then print(h) shows the entropy of p") is None


@pytest.mark.parametrize(
    ("written", "truth"),
    [
        ("y_pred = [0.2, 0.6, 0.2], y_true = [0, 1, 0]", -math.log(0.6)),  # the true distribution first, by name
        ("target = [0.5, 0.5], prediction = [0.8, 0.2]", -0.5 * math.log(0.8) - 0.5 * math.log(0.2)),
        ("dist_a = [0.5, 0.5], dist_b = [0.8, 0.2]", -0.5 * math.log(0.8) - 0.5 * math.log(0.2)),  # in order
    ],
)
def test_inputs_with_longer_names(written: str, truth: float) -> None:
    page = f"# Cross-entropy\n\nInput: {written}\nOutput: {{}}\n"
    assert _claims(check_text(page.format(f"{truth:.4f}"), "ce.md")) == [(4, "cross_entropy", "holds")]
    assert _claims(check_text(page.format(f"{truth + 0.01:.4f}"), "ce.md")) == [(4, "cross_entropy", "false")]


def test_three_inputs_with_longer_names_are_not_read() -> None:
    page = "# Cross-entropy\n\nInput: a1 = [0.5, 0.5], a2 = [0.8, 0.2], a3 = [0.1, 0.9]\nOutput: 0.9163\n"
    report = check_text(page, "ce.md")
    assert _claims(report) == [] and [entry.line for entry in report.unread] == [4]
