"""Code a page copied as text shows with its layout lost: values under the expressions that showed them, output glued
under its code with no blank line (or each print's line right under it), a doctest whose function's definition a blank
line cut out of the code, and functions whose every line lost its indentation.

Each document is written for its test; the true values are computed here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, Report, check_text


def _claims(report: Report) -> list[Checked]:
    return [item for item in report.claims if item.kind != "definition"]


def _entropy(*probabilities: str) -> mpmath.mpf:
    return -mpmath.fsum(mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2) for p in probabilities)


def _kl(p: list[str], q: list[str]) -> mpmath.mpf:
    return mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b)) for a, b in zip(p, q, strict=True))


# Values shown between statements, and output glued under code.


def test_numbers_shown_under_expressions_are_their_values() -> None:
    p, q = ["0.1", "0.4", "0.5"], ["0.8", "0.15", "0.05"]
    forward, backward = _kl(p, q), _kl(q, p)
    text = (
        "KL divergence with numpy\n\nimport numpy as np\n"
        f"p = np.array([{', '.join(p)}])\nq = np.array([{', '.join(q)}])\n"
        f"np.sum(p * (np.log(p) - np.log(q)))\n{mpmath.nstr(forward, 17)}\n\n"
        f"np.sum(q * (np.log(q) - np.log(p)))\n{mpmath.nstr(backward, 17)}\n"
    )
    claims = _claims(check_text(text, "numpy.txt"))
    assert [claim.verdict for claim in claims] == ["holds", "holds"]
    assert "D_KL(p||q)" in claims[0].note and mpmath.nstr(forward, 10) in claims[0].note
    assert "D_KL(q||p)" in claims[1].note and mpmath.nstr(backward, 10) in claims[1].note


def test_a_shown_number_the_expression_does_not_give_is_unchecked_not_false() -> None:
    p, q = ["0.1", "0.4", "0.5"], ["0.8", "0.15", "0.05"]
    text = (
        "import numpy as np\n"
        f"p = np.array([{', '.join(p)}])\nq = np.array([{', '.join(q)}])\n"
        "np.sum(p * (np.log(p) - np.log(q)))\n1.4529325723397447\n"
    )
    report = check_text(text, "numpy.txt")
    assert not [claim for claim in report.claims if claim.verdict == "false"]


@pytest.mark.parametrize(
    ("entropy_label", "kl_label"),
    [("Entropia di p:", "KL(p||q):"), ("Entropía de p:", "KL(p||q):"), ("Entropia de p:", "KL(p||q):")],
)
def test_output_glued_under_its_code_is_read_as_its_output(entropy_label: str, kl_label: str) -> None:
    p, q = ["0.2", "0.5", "0.3"], ["0.3", "0.4", "0.3"]
    entropy, divergence = _entropy(*p) * mpmath.log(2), _kl(p, q)  # in nats
    text = (
        "Entropia\n\nimport numpy as np\n"
        f"p = np.array([{', '.join(p)}])\nq = np.array([{', '.join(q)}])\n"
        "h = -np.sum(p * np.log(p))\nkl = np.sum(p * np.log(p / q))\n"
        f'print("{entropy_label} ", h)\nprint("{kl_label} ", kl)\n'
        f"{entropy_label}  {mpmath.nstr(entropy, 17)}\n{kl_label}  {mpmath.nstr(divergence + mpmath.mpf('0.01'), 17)}\n"
    )
    claims = _claims(check_text(text, "glued.txt"))
    assert [(claim.kind, claim.verdict) for claim in claims] == [("entropy", "holds"), ("kl", "false")]
    assert mpmath.nstr(divergence, 10) in claims[1].note


def test_each_print_with_its_line_right_under_it_is_read() -> None:
    p = ["0.2", "0.5", "0.3"]
    entropy = _entropy(*p) * mpmath.log(2)
    text = (
        "import numpy as np\n"
        f"p = np.array([{', '.join(p)}])\n"
        'print("Entropia di p: ", -np.sum(p * np.log(p)))\n'
        f"Entropia di p:  {mpmath.nstr(entropy, 17)}\n"
        'print("Entropia di p in bit: ", -np.sum(p * np.log2(p)))\n'
        f"Entropia di p in bit:  {mpmath.nstr(entropy / mpmath.log(2), 17)}\n"
    )
    claims = _claims(check_text(text, "interleaved.txt"))
    assert [claim.verdict for claim in claims] == ["holds", "holds"]


def test_prose_under_code_with_no_blank_line_is_not_taken_for_output_of_a_program_that_does_not_parse() -> None:
    text = "import numpy as np\np = np.array([0.5, 0.5]\nThe entropy is 0.7 bits.\n"
    assert not [claim for claim in check_text(text, "broken.txt").claims if claim.verdict == "false"]


def test_a_doctest_of_a_function_the_text_defines_is_read_in_its_own_base() -> None:
    value = _entropy("0.5", "0.25", "0.25")
    text = (
        "Computing entropy\n\ndef entropy(probs):\n"
        '    """Shannon entropy in bits.\n\n    >>> entropy([0.5, 0.25, 0.25])\n'
        f"    {mpmath.nstr(value, 2)}\n"
        '    """\n    return -sum(p * math.log2(p) for p in probs if p > 0)\n\n'
        "For the distribution in the doctest the entropy is 1.5 bits.\n"
    )
    claims = _claims(check_text(text, "doctest.txt"))
    assert [(claim.kind, claim.verdict, claim.unit) for claim in claims] == [
        ("entropy", "holds", "bits"),
        ("entropy", "holds", "bits"),
    ]


# Functions whose indentation a page lost.


def _flat_page(body: list[str], printed: list[str]) -> str:
    calls = 'print(f"KL(a||b) → {kld(a, b)}")\nprint(f"KL(b||a) → {kld(b, a)}")\n'
    shown = "".join(
        f"KL({first}||{second}) → {value}\n"
        for (first, second), value in zip([("a", "b"), ("b", "a")], printed, strict=True)
    )
    return (
        "Divergencia KL en Python\n\nimport numpy as np\n\n"
        + "\n".join(body)
        + "\n\na = [0.7, 0.3]\nb = [0.5, 0.5]\n"
        + calls
        + "\n"
        + shown
    )


def test_a_function_at_column_zero_is_read_once_indented_by_its_structure() -> None:
    a, b = ["0.7", "0.3"], ["0.5", "0.5"]
    forward, backward = _kl(a, b) / mpmath.log(2), _kl(b, a) / mpmath.log(2)
    body = ["def kld(p, q):", "p = np.asarray(p)", "q = np.asarray(q)", "return np.sum(p * np.log2(p / q))"]
    wrong = _kl(b, a)  # the second value in nats, under code that works in bits
    claims = _claims(check_text(_flat_page(body, [mpmath.nstr(forward, 13), mpmath.nstr(wrong, 12)]), "flat.txt"))
    assert [(claim.kind, claim.verdict) for claim in claims] == [("kl", "holds"), ("kl", "false")]
    assert claims[1].value == mpmath.nstr(backward, 10)


def test_a_loop_at_column_zero_gives_its_base_and_no_false_alarm() -> None:
    a, b = ["0.7", "0.3"], ["0.5", "0.5"]
    body = [
        "def kld(p, q):",
        "total = 0",
        "for x, y in zip(p, q):",
        "if x > 0:",
        "total += x * np.log(x / y)",
        "return total",
        "",
        "def entropy(p):",
        "return -sum(x * np.log2(x) for x in p if x > 0)",
    ]
    printed = [mpmath.nstr(_kl(a, b), 3), mpmath.nstr(_kl(b, a), 3)]  # in nats, as the loop computes them
    report = check_text(_flat_page(body, printed), "flat.txt")
    assert not [claim for claim in report.claims if claim.verdict == "false"]


def test_indentation_is_not_guessed_where_the_structure_does_not_say() -> None:
    from kldocs.checker.lost_indentation import reindented

    assert reindented(["def f(p):", "for x in p:", "y = x", "z = y", "return z"]) is None
    assert reindented(["def f(p):", "if p:", "return 1", "else:", "return 0"]) == (
        "def f(p):\n    if p:\n        return 1\n    else:\n        return 0"
    )
