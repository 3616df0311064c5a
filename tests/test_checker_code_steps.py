"""``kldocs check`` on code set off by indentation (as question-and-answer pages show it), its output pasted below
as text after a line such as "The output is:", prints that join text with ``+``, grids made columns, and grid
sums printed times their step (``* dx``, ``np.trapz``) beside the sum without it.

Each document is written here, small, for the test. The true KL divergences come from the closed form written
out here with mpmath; the values the documents' code would print are computed here with NumPy and SciPy's
``norm.pdf``, never taken from kldocs.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest
from scipy.stats import norm

from kldocs.checker import Checked, check_text


def _kl(mean1: float, sd1: float, mean2: float, sd2: float) -> float:
    """KL(N(mean1, sd1²) || N(mean2, sd2²)) in nats, from the closed form."""
    m1, s1, m2, s2 = (mpmath.mpf(str(value)) for value in (mean1, sd1, mean2, sd2))
    return float(mpmath.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - mpmath.mpf(1) / 2)


def _sum(points: np.ndarray, first: tuple[float, float], second: tuple[float, float]) -> float:
    p, q = norm.pdf(points, *first), norm.pdf(points, *second)
    return float(np.sum(p * np.log(p / q)))


def _kl_claims(text: str, name: str) -> list[Checked]:
    return [claim for claim in check_text(text, name).claims if claim.kind == "kl"]


FIRST, SECOND = (1.0, 2.0), (3.0, 2.5)
POINTS = np.linspace(-15, 20, 7001)
STEP = float(POINTS[1] - POINTS[0])
RAW = _sum(POINTS, FIRST, SECOND)

INDENTED = f"""I compare the closed form with a sum over a grid, but the two disagree:

    # the two normals
    m_a, s_a = {FIRST[0]}, {FIRST[1]}
    m_b, s_b = {SECOND[0]}, {SECOND[1]}

    grid = np.linspace(-15, 20, 7001).reshape(-1, 1)
    dens_a = norm.pdf(grid, loc=m_a, scale=s_a)
    dens_b = norm.pdf(grid, loc=m_b, scale=s_b)

    total = np.sum(dens_a * np.log(dens_a / dens_b))
    print('sum over the grid: ' + str(total))

What I get:

{RAW!r}

Why is it so large?
"""


@pytest.mark.parametrize("name", ["question.txt", "question.md"])
def test_indented_code_and_its_output_as_text_are_read(name: str) -> None:
    text = INDENTED.replace(f"\n\n{RAW!r}\n", f"\n\nsum over the grid: {RAW!r}\n")
    [claim] = _kl_claims(text, name)
    assert claim.verdict == "false"  # the sum lacks the step dx
    assert claim.value is not None and abs(float(claim.value) - _kl(*FIRST, *SECOND)) < 1e-9
    assert claim.lines == (text[: text.index(repr(RAW))].count("\n") + 1,)


def test_output_after_a_line_that_says_it_follows_is_read_in_markdown() -> None:
    text = (
        "```python\nfrom scipy.stats import norm\nimport numpy as np\nt = np.arange(-12, 12, 0.005)\n"
        f"a = norm.pdf(t, {FIRST[0]}, {FIRST[1]})\nb = norm.pdf(t, {SECOND[0]}, {SECOND[1]})\n"
        "print('KL estimate: ' + str(np.sum(a * np.log(a / b))))\n```\n\nThe result is:\n\n"
        f"```\nKL estimate: {_sum(np.arange(-12, 12, 0.005), FIRST, SECOND)!r}\n```\n"
    )
    [claim] = _kl_claims(text, "notes.md")
    assert claim.verdict == "false"


def _stepped(printed: str, raw: str, integral: str) -> str:
    return (
        "```python\nimport numpy as np\nfrom scipy.stats import norm\n"
        "x = np.linspace(-15, 20, 7001)\ndx = x[1] - x[0]\n"
        f"p = norm.pdf(x, {FIRST[0]}, {FIRST[1]})\nq = norm.pdf(x, {SECOND[0]}, {SECOND[1]})\n"
        f"print('estimate:', np.sum(p * np.log(p / q)))\n{printed}\n```\n\n```\nestimate: {raw}\nKL: {integral}\n```\n"
    )


@pytest.mark.parametrize(
    "printed",
    [
        "print('KL:', np.sum(p * np.log(p / q)) * dx)",
        "print('KL:', dx * np.sum(p * np.log(p / q)))",
        f"print('KL:', np.sum(p * np.log(p / q)) * {STEP!r})",
        "print(f'KL: {np.trapz(p * np.log(p / q), x)}')",
    ],
)
def test_a_sum_times_its_step_is_the_kl_beside_the_sum_without_it(printed: str) -> None:
    integral = RAW * STEP
    assert abs(integral - _kl(*FIRST, *SECOND)) < 1e-3 * _kl(*FIRST, *SECOND)  # the grid samples them well
    text = _stepped(printed, f"{RAW:.6f}", f"{integral:.5f}")
    without, with_step = _kl_claims(text, "grid.md")
    assert without.verdict == "false"
    assert with_step.verdict == "holds"
    assert with_step.value is not None and abs(float(with_step.value) - _kl(*FIRST, *SECOND)) < 1e-9


def test_a_value_times_the_step_that_is_not_the_kl_is_never_called_the_sum_without_it() -> None:
    text = _stepped("print('KL:', np.sum(p * np.log(p / q)) * dx)", f"{RAW:.6f}", f"{RAW:.6f}")
    without, with_step = _kl_claims(text, "grid.md")
    assert without.verdict == "false"
    assert with_step.verdict == "unchecked"


def test_a_step_of_another_size_is_not_read_as_the_grids() -> None:
    text = _stepped("print('KL:', np.sum(p * np.log(p / q)) * 0.5)", f"{RAW:.6f}", f"{RAW * 0.5:.5f}")
    claims = _kl_claims(text, "grid.md")
    assert [claim.verdict for claim in claims if claim.verdict != "unchecked"] == ["false"]


def test_an_indented_block_of_numbers_is_still_output() -> None:
    text = "Code:\n\n```python\nimport math\nprint(-0.5 * math.log(0.5) * 2)\n```\n\n    0.6931471805599453\n"
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["holds"]


@pytest.mark.parametrize("first", [FIRST, (0.0, 2.0)])  # a mean of zero is a number too
def test_a_printed_closed_form_written_out_with_names_is_checked(first: tuple[float, float]) -> None:
    exact = _kl(*first, *SECOND)
    code = (
        f"    m_a, s_a = {first[0]}, {first[1]}\n    m_b, s_b = {SECOND[0]}, {SECOND[1]}\n"
        "    grid = np.linspace(-15, 20, 7001)\n"
        "    closed = np.log(s_b / s_a) + (s_a**2 + (m_a - m_b)**2) / (2 * s_b**2) - 0.5\n"
        "    print('closed form: ' + str(closed))\n"
    )
    for shown, verdict in ((repr(exact), "holds"), (f"{exact + 0.01:.10f}", "false")):
        [claim] = _kl_claims(f"My code:\n\n{code}\nThe output:\n\nclosed form: {shown}\n", "question.txt")
        assert claim.verdict == verdict
        assert claim.value is not None and abs(float(claim.value) - exact) < 1e-9
