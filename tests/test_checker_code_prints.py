"""``kldocs check`` on values programs print or state beside their code: functions the document defines whose
bodies kldocs does not read (judged by their names, never called false), and comment lines that name a measure
and give its value right above the code that computes it.

Each document is written here, small, for the test; the true values are computed here with SciPy and NumPy from
the numbers the test writes into the document, never taken from kldocs.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from scipy.spatial.distance import jensenshannon
from scipy.stats import entropy

from kldocs.checker import Report, check_text

A, B, C = [0.25, 0.25, 0.5], [0.6, 0.2, 0.2], [0.55, 0.25, 0.2]


def _claims(report: Report) -> list[tuple[str, str]]:
    """The claims that are not definitions: (verdict, note)."""
    return [(claim.verdict, claim.note) for claim in report.claims if claim.kind != "definition"]


def _notebook(cells: list[tuple[str, str | None]]) -> str:
    """A notebook of code cells, each with the text it printed (or none)."""
    return json.dumps(
        {
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": {},
            "cells": [
                {
                    "cell_type": "code",
                    "metadata": {},
                    "execution_count": None,
                    "source": source,
                    "outputs": [] if shown is None else [{"output_type": "stream", "name": "stdout", "text": shown}],
                }
                for source, shown in cells
            ],
        }
    )


_DEFINED = """import numpy as np

def divergence(p, q):
    return np.sum(p * np.log2(p / q))

def jsd(*dists):
    stacked = np.column_stack(dists)
    middle = stacked.mean(axis=1)
    terms = [divergence(column, middle) for column in stacked.T]
    return np.sqrt(np.mean(terms))
"""


def _three(lists: list[list[float]]) -> float:
    """The JS distance of several distributions in bits, with equal weights (worked out here with NumPy)."""
    stacked = np.array(lists)
    middle = stacked.mean(axis=0)
    jsd = entropy(middle, base=2) - np.mean([entropy(row, base=2) for row in stacked])
    return float(math.sqrt(jsd))


def test_a_jsd_function_whose_body_is_not_read_is_judged_by_its_name_in_the_base_and_form_that_fit() -> None:
    pair, triple = jensenshannon(A, B, base=2), _three([A, B, C])
    setup = f"a = np.array({A})\nb = np.array({B})\nc = np.array({C})\n"
    shown = f"{pair!r}\n{triple!r}\n"
    report = check_text(
        _notebook([(_DEFINED, None), (setup, None), ("print(jsd(a, b))\nprint(jsd(a, b, c))", shown)]), "n.ipynb"
    )
    claims = _claims(report)
    assert [verdict for verdict, _ in claims] == ["holds", "holds"]
    assert all("bits" in note for _, note in claims)


@pytest.mark.parametrize("factor", [1.25, 0.5])
def test_a_value_of_a_function_read_by_its_name_that_fits_no_reading_is_unchecked_with_the_values_worked_out(
    factor: float,
) -> None:
    shown = f"{jensenshannon(A, B, base=2) * factor!r}\n"
    setup = f"a = np.array({A})\nb = np.array({B})\n"
    report = check_text(_notebook([(_DEFINED, None), (setup, None), ("print(jsd(a, b))", shown)]), "n.ipynb")
    [(verdict, note)] = _claims(report)
    assert verdict == "unchecked"
    assert f"the JS distance is {jensenshannon(A, B):.4g} nats" in note
    assert f"the JSD is {jensenshannon(A, B) ** 2:.4g} nats, {jensenshannon(A, B, base=2) ** 2:.4g} bits" in note


def test_a_function_read_by_its_name_is_not_judged_on_names_the_formulas_read_or_on_weights() -> None:
    weights = "a = np.array([2, 1, 1])\nb = np.array([1, 1, 2])\n"
    report = check_text(
        _notebook([(_DEFINED, None), (weights, None), ("print(jsd(a, b))", "0.2041241452\n")]), "n.ipynb"
    )
    assert _claims(report) == []


def _commented(label: str, shown: float, computed: str, fence: bool) -> str:
    code = "\n".join(
        [
            "import numpy as np",
            f"p = np.array({A})",
            f"q = np.array({B})",
            f"# {label} {shown!r}",
            computed,
            "print(value)",
        ]
    )
    return f"Some notes.\n\n```python\n{code}\n```\n" if fence else f"Some notes.\n\n{code}\n"


@pytest.mark.parametrize("fence", [True, False])
@pytest.mark.parametrize(
    ("label", "computed", "true"),
    [
        ("entropy of p", "value = -np.sum(p * np.log(p))", entropy(A)),
        ("エントロピーの計算", "value = -np.sum(p * np.log(p))", entropy(A)),
        ("交差エントロピーの計算", "value = -np.sum(p * np.log(q))", entropy(A) + entropy(A, B)),
        ("KL divergence", "value = np.sum(p * np.log2(p / q))", entropy(A, B, base=2)),
    ],
)
def test_a_comment_line_naming_a_measure_and_its_value_speaks_of_the_line_below_it(
    label: str, computed: str, true: float, fence: bool
) -> None:
    right = check_text(_commented(label, float(true), computed, fence), "post.md")
    assert [verdict for verdict, _ in _claims(right)] == ["holds"]
    wrong = check_text(_commented(label, float(true) + 0.05, computed, fence), "post.md")
    assert [verdict for verdict, _ in _claims(wrong)] == ["false"]


@pytest.mark.parametrize(
    ("label", "computed"),
    [
        ("KL divergence", "value = -np.sum(p * np.log(p))"),  # the label names another measure
        ("entropy and cross-entropy", "value = -np.sum(p * np.log(q))"),  # two measures
        ("entropy of p over 3 outcomes", "value = -np.sum(p * np.log(p))"),  # a digit among the words
        ("entropy of p", "value = np.mean(p)"),  # no measure computed below
    ],
)
def test_a_comment_line_above_code_is_not_read_unless_it_names_the_one_measure_computed_below(
    label: str, computed: str
) -> None:
    report = check_text(_commented(label, 0.5, computed, True), "post.md")
    assert _claims(report) == []


_COUNTS = [(0, 3, 3, 0), (1, 1, 2, 2), (3, 0, 3, 0)]


def _counts_page(values: list[str], heading: str = "Outcome counts & entropy:") -> str:
    rows = [
        f"{'XYZ'[index]} <- ({','.join(map(str, counts))}) = {value}"
        for index, (counts, value) in enumerate(zip(_COUNTS, values, strict=True))
    ]
    return "\n".join(["I counted six draws into four boxes.", heading, *rows, ""])


@pytest.mark.parametrize("base", [math.e, 2])
def test_counts_under_a_line_naming_distributions_and_entropy_are_divided_by_their_sum_in_the_base_that_fits(
    base: float,
) -> None:
    values = [f"{entropy(counts, base=base):.7f}" for counts in _COUNTS]
    report = check_text(_counts_page(values, "Distribution & Entropy:"), "question.txt")
    claims = [claim for claim in report.claims if claim.kind == "entropy"]
    assert [claim.verdict for claim in claims] == ["holds"] * 3
    assert {claim.unit for claim in claims} == {"nats" if base == math.e else "bits"}


def test_counts_whose_value_fits_no_base_are_unchecked_and_counts_under_another_heading_are_not_read() -> None:
    values = [f"{entropy(counts) + 0.2:.7f}" for counts in _COUNTS]
    report = check_text(_counts_page(values, "Distribution & Entropy:"), "question.txt")
    notes = [claim.note for claim in report.claims if claim.kind != "definition"]
    assert [claim.verdict for claim in report.claims if claim.kind != "definition"] == ["unchecked"] * 3
    assert notes[0].startswith("the counts (0, 3, 3, 0) divided by their sum, 6: of its inputs, the entropy is")
    right = [f"{entropy(counts):.7f}" for counts in _COUNTS]
    assert [
        claim for claim in check_text(_counts_page(right, "Counts:"), "q.txt").claims if claim.kind == "entropy"
    ] == []


def _by_hand(shown: str, second: str = "gain = whole - (3/8*left + 5/8*right)") -> str:
    """A notebook that works out an information gain with logarithms, term by term, over three cells."""
    first = "\n".join(
        [
            "import math as m",
            "whole = -(3/8)*m.log2(3/8) - (5/8)*m.log2(5/8)",
            "left = -(1/3)*m.log2(1/3) - (2/3)*m.log2(2/3)",
            "right = 0 - (5/5)*m.log2(5/5)",
        ]
    )
    return _notebook([(first, None), (second, None), ("gain", shown)])


def test_a_value_worked_out_by_hand_with_logarithms_and_shown_below_is_judged_as_its_formula() -> None:
    gain = entropy([3, 5], base=2) - 3 / 8 * entropy([1, 2], base=2)
    [claim] = _claims(check_text(_by_hand(repr(gain)), "n.ipynb"))
    assert claim[0] == "holds"
    one_cell = "import math\nh = -(0.3*math.log(0.3) + 0.7*math.log(0.7))\nprint(h)"
    assert _claims(check_text(_notebook([(one_cell, f"{entropy([0.3, 0.7])!r}\n")]), "n.ipynb"))[0][0] == "holds"


def test_a_value_shown_that_its_formula_does_not_give_is_unchecked_and_doubtful_values_are_not_read() -> None:
    gain = entropy([3, 5], base=2) - 3 / 8 * entropy([1, 2], base=2)
    [(verdict, note)] = _claims(check_text(_by_hand(repr(gain + 0.1)), "n.ipynb"))
    assert verdict == "unchecked"
    assert note.startswith(f"the code above works this value out as {gain:.10g}")
    twice = "gain = whole - (3/8*left + 5/8*right)\ngain = gain / 2"  # straight-line code: followed in order
    assert [verdict for verdict, _ in _claims(check_text(_by_hand(repr(gain / 2), twice), "n.ipynb"))] == ["holds"]
    assert [verdict for verdict, _ in _claims(check_text(_by_hand(repr(gain), twice), "n.ipynb"))] == ["unchecked"]
    looped = "for k in range(2):\n    gain = whole - (3/8*left + 5/8*right)"  # a loop over a range is followed
    assert [verdict for verdict, _ in _claims(check_text(_by_hand(repr(gain), looped), "n.ipynb"))] == ["holds"]
    unknown = "for k in range(n):\n    gain = whole - (3/8*left + 5/8*right)"  # how many turns is not known
    assert _claims(check_text(_by_hand(repr(gain), unknown), "n.ipynb")) == []
    noise = "gain = m.log2(3) - m.log(3)/m.log(2)"  # rounding noise: floats cannot show it to ten digits
    assert _claims(check_text(_by_hand("4.440892098500626e-16", noise), "n.ipynb")) == []


_LOSS = """import numpy as np

def cross_entropy(Y, P):
    Y = np.float64(Y)
    P = np.float64(P)
    return -np.{total}(Y*np.log(P) + (1-Y)*np.log(1-P))
"""


def _loss_page(labels: list[int], predicted: list[float], total: str, shown: str) -> str:
    call = f"Y = {labels}\nP = {predicted}\nloss = cross_entropy(Y, P)\nprint(loss)"
    return _notebook([(_LOSS.format(total=total), None), (call, shown)])


@pytest.mark.parametrize("total", ["sum", "mean"])
def test_a_cross_entropy_function_of_labels_and_predicted_probabilities_is_read_as_the_binary_cross_entropy(
    total: str,
) -> None:
    labels, predicted = [1, 0, 1, 1, 0], [0.9, 0.2, 0.65, 0.55, 0.35]
    terms = [math.log(p) if y else math.log(1 - p) for y, p in zip(labels, predicted, strict=True)]
    loss = -sum(terms) / (len(terms) if total == "mean" else 1)
    [(verdict, note)] = _claims(check_text(_loss_page(labels, predicted, total, f"{loss!r}\n"), "n.ipynb"))
    assert verdict == "holds"
    [(verdict, note)] = _claims(check_text(_loss_page(labels, predicted, total, f"{loss + 0.01!r}\n"), "n.ipynb"))
    assert verdict == "unchecked"
    assert note.startswith("cross_entropy is defined in the document in a way kldocs does not read")
    not_labels = _loss_page([2, 0, 1, 1, 0], predicted, total, f"{loss!r}\n")
    assert _claims(check_text(not_labels, "n.ipynb")) == []


@pytest.mark.parametrize("shift", [0.0, 0.05])
def test_a_comment_after_a_value_worked_out_with_logarithms_and_a_session_showing_one_are_judged_as_formulas(
    shift: float,
) -> None:
    coin = entropy([0.8, 0.2], base=2)
    code = "\n".join(
        [
            "import math",
            f"h = -(0.8*math.log2(0.8) + 0.2*math.log2(0.2))  # {coin + shift:.3f} bits",
            f"print(h)  # {coin + shift:.4f}",
        ]
    )
    session = f">>> import math\n>>> -(0.8*math.log(0.8) + 0.2*math.log(0.2))\n{entropy([0.8, 0.2]) + shift!r}"
    page = f"A coin.\n\n```python\n{code}\n```\n\nIn nats:\n\n```python\n{session}\n```\n"
    verdicts = [verdict for verdict, _ in _claims(check_text(page, "post.md"))]
    assert verdicts == (["holds"] * 3 if shift == 0 else ["false", "false", "unchecked"])


def _r_page(shift: float) -> str:
    """R code that defines P and Q, an entropy and a KL divergence in bits, and the values R shows for their calls:
    in a block of output, as knitr pastes them, and in a console."""
    h, kl, back = entropy(A, base=2) + shift, entropy(A, B, base=2) + shift, entropy(B, A, base=2) + shift
    return "\n".join(
        [
            "# Two distributions in R",
            "",
            "```r",
            "library(stats)",
            f"p <- c({', '.join(map(str, A))})",
            f"q <- c({', '.join(map(str, B))})",
            "entropy <- function(p) -sum(p * log2(p))",
            "kl <- function(p, q) {",
            "  sum(p * log2(p / q))",
            "}",
            "entropy(p)",
            "kl(p, q)",
            "```",
            "",
            "```",
            f"[1] {h:.6f}",
            f"[1] {kl:.6f}",
            "```",
            "",
            "```r",
            "kl(q, p)",
            f"## [1] {back:.7f}",
            "```",
            "",
            "```",
            "> entropy(q)",
            f"[1] {entropy(B, base=2) + shift:.5f}",
            "```",
            "",
        ]
    )


@pytest.mark.parametrize("shift", [0.0, 0.01])
def test_values_r_shows_after_its_index_are_read_below_the_calls_that_print_them(shift: float) -> None:
    claims = [(claim.kind, claim.verdict) for claim in check_text(_r_page(shift), "notes.md").claims]
    verdict = "holds" if shift == 0 else "false"
    assert [claim for claim in claims if claim[0] != "definition"] == [
        ("entropy", verdict),
        ("kl", verdict),
        ("kl", verdict),
        ("entropy", verdict),
    ]


@pytest.mark.parametrize("shift", [0.0, 0.25])
def test_what_ent_prints_for_bytes_the_command_line_shows_is_read_and_never_false(shift: float) -> None:
    bits = entropy([3, 1, 2], base=2)  # the letters of "abacca"
    page = "\n".join(
        [
            "\\begin{lstlisting}",
            '% echo -n "abacca" | ent',
            f"Entropy = {bits + shift:.6f} bits per byte.",
            "% dd bs=1M count=1 if=/dev/zero | ent",
            f"Entropy = {shift:.6f} bits per byte.",
            "% dd bs=1M count=1 if=/dev/urandom | ent",
            "Entropy = 7.999812 bits per byte.",
            "\\end{lstlisting}",
        ]
    )
    verdicts = [claim.verdict for claim in check_text(page, "bytes.tex").claims]
    assert verdicts == (["holds", "holds"] if shift == 0 else ["unchecked", "unchecked"])


def test_a_labelled_value_printed_by_a_function_of_the_documents_own_is_not_called_false() -> None:
    # The function takes a mean where the cross-entropy is a sum: what it prints is not H(p, q) (0.8286 nats).
    p, q = [0.7, 0.2, 0.1], [0.6, 0.3, 0.1]
    printed = -sum(a * math.log(b) for a, b in zip(p, q, strict=True)) / 3
    text = (
        "```python\nimport numpy as np\np = np.array([0.7, 0.2, 0.1])\nq = np.array([0.6, 0.3, 0.1])\n```\n\n"
        "```python\ndef cross_entropy(p, q):\n    return -np.mean(p * np.log(q))\n\n"
        "print('cross-entropy:', cross_entropy(p, q))\n```\n\n"
        f"```\ncross-entropy: {printed:.4f}\n```\n"
    )
    report = check_text(text, "prints.md")
    (claim,) = [c for c in report.claims if c.kind == "cross_entropy"]
    assert claim.verdict == "unchecked" and "cross_entropy()" in claim.note
    # Without a function of its own, the same label and value are judged, and false.
    plain = text.replace("def cross_entropy(p, q):\n    return -np.mean(p * np.log(q))\n\n", "")
    assert [c.verdict for c in check_text(plain, "prints.md").claims if c.kind == "cross_entropy"] == ["false"]
