"""``kldocs check`` on Python: ``.py`` files, text files that are scripts, and docstrings in code blocks.

The scripts and documents are written here, small. Comment lines and docstrings are prose (a
claim there is judged against the distributions the code defines), the code is read by the code
readers, and line numbers are the file's. The true values are computed here with ``math`` from
the numbers the test writes.
"""

from __future__ import annotations

import math
from pathlib import Path

import mpmath
import pytest

from kldocs.checker import check_file, check_text
from kldocs.checker.reading import parse_text
from kldocs.cli.main import main

P, Q = [0.2, 0.3, 0.5], [0.4, 0.4, 0.2]


def kl(p: list[float], q: list[float]) -> float:
    return sum(a * math.log(a / b) for a, b in zip(p, q, strict=True))


def script(claim: float) -> str:
    return (
        "import numpy as np\n"
        "\n"
        "\n"
        "def relative_entropy(a, b):\n"
        '    """Relative entropy of a from b, in nats.\n'
        "\n"
        "    # not a comment: this line is inside the docstring\n"
        '    """\n'
        "    return np.sum(a * np.log(a / b))\n"
        "\n"
        f"p = np.array([{', '.join(map(str, P))}])\n"
        f"q = np.array([{', '.join(map(str, Q))}])\n"
        "print(relative_entropy(p, q))\n"
        "# Result:\n"
        f"# D_KL(P || Q) = {claim:.4f} nats\n"
    )


@pytest.mark.parametrize("suffix", [".py", ".txt"])
def test_a_script_s_comment_lines_are_judged_at_their_lines(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"divergence{suffix}"
    path.write_text(script(kl(P, Q)), encoding="utf-8")
    claims = [item for item in check_file(path).claims if item.kind == "kl"]
    assert [(item.verdict, item.lines) for item in claims] == [("holds", (15,))]
    path.write_text(script(kl(Q, P)), encoding="utf-8")  # the other direction
    claims = [item for item in check_file(path).claims if item.kind == "kl"]
    assert [(item.verdict, item.lines) for item in claims] == [("false", (15,))]


def test_the_cli_reads_a_python_file_and_exits_1_on_a_false_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "divergence.py"
    path.write_text(script(kl(Q, P)), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    assert "FALSE" in capsys.readouterr().out
    path.write_text(script(kl(P, Q)), encoding="utf-8")
    assert main(["check", str(path)]) == 0


def test_a_comment_inside_a_string_is_not_prose() -> None:
    document = parse_text(script(0.5), "divergence.py")
    prose = " ".join(region.text for region in document.prose)
    assert "Relative entropy of a from b" in prose and "D_KL(P || Q)" in prose
    assert "not a comment" in prose  # it is the docstring's text, read once as such
    assert "np.sum" not in prose and "import" not in prose
    assert document.format == "python" and len(document.code) == 1


@pytest.mark.parametrize(
    "text",
    [
        "We import numpy and def ine nothing here.\nThe KL divergence is 0.5 nats.\n",
        "0.5\n# D_KL(P || Q) = 0.5\n",  # parses, but its first line is a value, not code: plain text
        "import numpy as np\nThis line is prose.\n",  # does not parse
    ],
)
def test_text_that_is_not_a_script_stays_text(text: str) -> None:
    assert parse_text(text, "notes.txt").format == "text"


def test_a_script_in_a_text_file_is_read_as_python() -> None:
    assert parse_text(script(0.5), "notes.txt").format == "python"


DOCSTRING = '''```python
def divergence(p, q):
    """
    Kullback-Leibler divergence (use log base 2 for bits).

    Example: P = [0.5, 0.5] against two guesses
    - Q1 = [0.25, 0.75]
    - Q2 = [0.75, 0.25]

    D_KL(P || Q1) = {first:.4f}
    D_KL(Q2 || P) = {second:.4f}
    """
    return np.sum(p * np.log(p / q))
```
'''


def test_values_in_a_docstring_are_judged_against_the_distributions_it_lists() -> None:
    half, first, second = [0.5, 0.5], [0.25, 0.75], [0.75, 0.25]
    right = DOCSTRING.format(first=kl(half, first), second=kl(second, half))
    report = check_text(right, "notes.md")
    assert [(item.kind, item.verdict) for item in report.claims if item.kind == "kl"] == [("kl", "holds")] * 2
    assert report.base.how != "stated"  # "log base 2" in a docstring speaks of its function, not of the page
    wrong = DOCSTRING.format(first=kl(first, half), second=kl(half, second))  # each the other way round
    report = check_text(wrong, "notes.md")
    assert [item.verdict for item in report.claims if item.kind == "kl"] == ["false", "false"]
    assert [item.lines for item in report.claims if item.kind == "kl"] == [(10,), (11,)]


def test_printed_js_distance_with_a_capital_is_read() -> None:
    document = (
        "```py\n"
        "p = asarray([0.2, 0.3, 0.5])\n"
        "q = asarray([0.4, 0.4, 0.2])\n"
        "print('JS(P || Q) Distance: %.3f' % jensenshannon(p, q, base=2))\n"
        "```\n\n"
        "```py\n"
        "JS(P || Q) Distance: {value:.3f}\n"
        "```\n"
    )
    m = [(a + b) / 2 for a, b in zip(P, Q, strict=True)]
    distance = math.sqrt((kl(P, m) + kl(Q, m)) / 2 / math.log(2))
    for value, verdict in ((distance, "holds"), (distance + 0.05, "false")):
        claims = check_text(document.format(value=value), "js.md").claims
        assert [(item.kind, item.verdict) for item in claims if item.kind == "js_distance"] == [
            ("js_distance", verdict)
        ]


@pytest.mark.parametrize(
    ("title", "item", "expected"),
    [
        # the lower end says it is never negative, the upper end whether it is bounded
        ("Kullback-Leibler Divergence", "Range: [0, ∞)", [("bound", "holds"), ("bound", "holds")]),
        ("Kullback-Leibler Divergence", "Range: [0, 1]", [("bound", "holds"), ("bound", "false")]),
        ("Kullback-Leibler Divergence", "Not a metric (the triangle inequality fails)", [("metric", "holds")]),
        ("Jensen-Shannon Divergence", "Range: [0, 1] with log base 2", [("bound", "holds"), ("bound", "holds")]),
        ("Jensen-Shannon Divergence", "Range: [0, ∞)", [("bound", "holds"), ("bound", "false")]),
        ("Jensen-Shannon Divergence", "Range: [0, 0.5]", [("bound", "holds"), ("bound", "false")]),
        ("Jensen-Shannon Divergence", "Its square root is a metric", []),
        ("Divergence between two lists", "Range: [0, 1]", []),  # no measure named: not read
    ],
)
def test_a_docstring_s_feature_list_speaks_of_the_measure_in_its_title(
    title: str, item: str, expected: list[tuple[str, str]]
) -> None:
    code = f'```python\ndef divergence(p, q):\n    """\n    {title}\n\n    Features:\n    - {item}\n    """\n```\n'
    report = check_text(code, "notes.md")
    assert [(claim.kind, claim.verdict) for claim in report.claims] == expected
    assert all(claim.lines == (7,) for claim in report.claims)


def _kl_exact(p: list[str], q: list[str]) -> mpmath.mpf:
    return mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b)) for a, b in zip(p, q, strict=True))


def _jsd_exact(p: list[str], q: list[str]) -> mpmath.mpf:
    middle = [str((mpmath.mpf(a) + mpmath.mpf(b)) / 2) for a, b in zip(p, q, strict=True)]
    return (_kl_exact(p, middle) + _kl_exact(q, middle)) / 2


@pytest.mark.parametrize(
    ("first_line", "sentence", "expected"),
    [
        ("KL divergence D(p||q) = sum p log(p/q).", "Always non-negative, not symmetric.", ["holds", "holds"]),
        ("KL divergence D(p||q) = sum p log(p/q).", "Symmetric and bounded.", ["false", "false"]),
        (
            "Jensen-Shannon divergence JS(p, q) = 0.5*KL(p||m) + 0.5*KL(q||m).",
            "Symmetric and bounded: 0 <= JS <= log 2.",
            ["holds", "holds"],
        ),
        ("Jensen-Shannon divergence JS(p, q) with m = (p + q)/2.", "Not symmetric.", ["false"]),
        ("Compute the KL divergence of two lists.", "Symmetric.", []),  # the name does not open the line
    ],
)
def test_a_docstring_opening_with_a_measure_and_its_formula_lists_its_properties(
    first_line: str, sentence: str, expected: list[str]
) -> None:
    p, q = ["0.9", "0.05", "0.05"], ["0.2", "0.3", "0.5"]
    assert abs(_kl_exact(p, q) - _kl_exact(q, p)) > mpmath.mpf("0.1")  # KL is not symmetric here
    assert _jsd_exact(p, q) == _jsd_exact(q, p) and _jsd_exact(["1", "0.0001"], ["0.0001", "1"]) < mpmath.log(2)
    code = f'def divergence(p, q):\n    """{first_line}\n\n    {sentence}\n    """\n'
    claims = [claim for claim in check_text(code, "lib.py").claims if claim.lines == (4,)]
    assert [claim.verdict for claim in claims] == expected


def test_a_numpy_parameter_entry_is_not_a_property_of_the_measure() -> None:
    """``symmetric : bool`` under ``Parameters`` describes an argument (a symmetrised variant), not the KL."""
    code = (
        'def kl(p, q, symmetric=False):\n    """KL divergence D(p||q) = sum p log(p/q).\n\n    Always non-negative.\n\n'
        "    Parameters\n    ----------\n    symmetric : bool\n        If True, return the symmetric (Jeffreys) "
        'version, which is symmetric and non-negative.\n    """\n'
    )
    claims = check_text(code, "kl.py").claims
    assert [(claim.kind, claim.verdict) for claim in claims if "symmetric" in claim.text.lower()] == []
    assert [claim.verdict for claim in claims if "non-negative" in claim.text.lower()] == ["holds"]
