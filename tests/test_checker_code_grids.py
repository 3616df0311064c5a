"""``kldocs check`` on values code prints for normal densities sampled on a grid, and for functions of the
document's own that compute the KL divergence of two normals.

Each document is written here, small, for the test. The true KL divergences come from the closed form
written out here with mpmath; the grid sums the documents would print are computed here with NumPy and
SciPy's ``norm.pdf`` (as the documents' code would), never taken from kldocs.
"""

from __future__ import annotations

import json

import mpmath
import numpy as np
import pytest
from scipy.stats import entropy, norm

from kldocs.checker import Checked, check_text


def _kl(mean1: float, sd1: float, mean2: float, sd2: float) -> float:
    """KL(N(mean1, sd1²) || N(mean2, sd2²)) in nats, from the closed form."""
    m1, s1, m2, s2 = (mpmath.mpf(str(value)) for value in (mean1, sd1, mean2, sd2))
    return float(mpmath.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - mpmath.mpf(1) / 2)


def _grid_sum(points: np.ndarray, first: tuple[float, float], second: tuple[float, float]) -> float:
    p, q = norm.pdf(points, *first), norm.pdf(points, *second)
    return float(np.sum(np.where(p > 0, p * np.log(p / q), 0.0)))


def _markdown(grid: str, first: tuple[float, float], second: tuple[float, float], printed: str) -> str:
    return (
        "Two normal densities, sampled on a grid:\n\n```python\nimport numpy as np\nfrom scipy.stats import norm\n\n"
        "def kl(p, q):\n    return np.sum(np.where(p > 0, p * np.log(p / q), 0))\n\n"
        f"x = {grid}\np = norm.pdf(x, {first[0]}, {first[1]})\nq = norm.pdf(x, loc={second[0]}, scale={second[1]})\n"
        f'print("KL(p || q):", kl(p, q))\n```\n\n```\nKL(p || q): {printed}\n```\n'
    )


def _kl_claims(text: str, name: str = "grid.md") -> list[Checked]:
    return [claim for claim in check_text(text, name).claims if claim.kind == "kl"]


@pytest.mark.parametrize(
    ("grid", "points"),
    [
        ("np.arange(-12, 12, 0.01)", np.arange(-12, 12, 0.01)),
        ("np.linspace(-12, 12, 2001)", np.linspace(-12, 12, 2001)),
        ("np.linspace(-4.5, 4.5, 800)", np.linspace(-4.5, 4.5, 800)),  # the tails cut: normalising would be off
    ],
)
def test_a_grid_sum_without_its_step_is_false_as_the_kl(grid: str, points: np.ndarray) -> None:
    first, second = (0.5, 1.5), (-1.0, 2.0)
    total = _grid_sum(points, first, second)
    step = float(points[1] - points[0])
    assert abs(total * step - _kl(*first, *second)) < 1e-2 * _kl(*first, *second)  # the grid samples them well
    [claim] = _kl_claims(_markdown(grid, first, second, repr(total)))
    assert claim.verdict == "false"
    assert claim.value is not None and abs(float(claim.value) - _kl(*first, *second)) < 1e-9
    assert "without the step" in claim.note and f"dx = {step:.6g}" in claim.note and "N(0.5, 1.5²)" in claim.note


def test_a_grid_sum_times_its_step_holds_approximately() -> None:
    first, second = (0.0, 1.0), (0.75, 1.25)
    points = np.arange(-10, 10, 0.05)
    estimate = _grid_sum(points, first, second) * 0.05
    [claim] = _kl_claims(_markdown("np.arange(-10, 10, 0.05)", first, second, f"{estimate:.6f}"))
    assert claim.verdict == "holds" and "approximately" in claim.note
    assert claim.value is not None and abs(float(claim.value) - _kl(*first, *second)) < 1e-9


def test_scipy_entropy_of_the_grid_values_holds_approximately() -> None:
    first, second = (1.0, 0.5), (0.0, 1.0)
    points = np.linspace(-6, 6, 1201)
    p, q = norm.pdf(points, *first), norm.pdf(points, *second)
    text = _markdown("np.linspace(-6, 6, 1201)", first, second, f"{entropy(p, q):.5f}")
    text = text.replace("print(", "from scipy.stats import entropy\nprint(").replace("kl(p, q))", "entropy(p, q))")
    [claim] = _kl_claims(text)
    assert claim.verdict == "holds" and "approximately" in claim.note


def test_a_value_that_is_neither_is_unchecked_never_false() -> None:
    first, second = (0.0, 1.0), (0.75, 1.25)
    points = np.arange(-10, 10, 0.05)
    wrong = 3 * _grid_sum(points, first, second)
    [claim] = _kl_claims(_markdown("np.arange(-10, 10, 0.05)", first, second, f"{wrong:.4f}"))
    assert claim.verdict == "unchecked"


def test_a_grid_too_narrow_for_its_densities_is_not_judged_false() -> None:
    first, second = (0.0, 1.0), (3.0, 1.0)
    points = np.linspace(-1, 1, 50)  # most of the second density lies off the grid
    total = _grid_sum(points, first, second)
    [claim] = _kl_claims(_markdown("np.linspace(-1, 1, 50)", first, second, repr(total)))
    assert claim.verdict != "false"


def test_a_density_changed_after_it_was_sampled_is_not_read_as_one() -> None:
    text = _markdown("np.arange(-12, 12, 0.01)", (0.0, 1.0), (1.0, 2.0), "44.31")
    text = text.replace('print("KL', 'p = p / p.sum()\nprint("KL')
    assert all("without the step" not in claim.note for claim in _kl_claims(text))


def _notebook(cells: list[tuple[str, str | None]]) -> str:
    made = []
    for number, (source, output) in enumerate(cells, start=1):
        outputs = [{"output_type": "stream", "name": "stdout", "text": output}] if output else []
        made.append(
            {"cell_type": "code", "execution_count": number, "metadata": {}, "source": source, "outputs": outputs}
        )
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": made})


@pytest.mark.parametrize("label", ["KL divergence", "KL 散度", "KL 발산"])
def test_a_notebook_with_its_own_normal_density_and_an_f_string(label: str) -> None:
    density = (
        "def normal_density(t, centre, spread):\n"
        "    top = np.exp(-((t - centre) ** 2) / (2 * spread**2))\n"
        "    return top / (spread * np.sqrt(2 * np.pi))\n"
    )
    points = np.linspace(-4, 5, 900)
    total = _grid_sum(points, (0.25, 0.8), (0.5, 0.9))
    notebook = _notebook(
        [
            (
                "import numpy as np\n" + density + "\ndef divergence(a, b):\n    return np.sum(a * np.log(a / b))\n",
                None,
            ),
            ("m1, s1 = 0.25, 0.8\nm2, s2 = 0.5, 0.9\nt = np.linspace(-4, 5, 900)", None),
            (
                "d1 = normal_density(t, m1, s1)\nd2 = normal_density(t, m2, s2)\n"
                f'print(f"{label}: {{divergence(d1, d2):.4f}}")',
                f"{label}: {total:.4f}\n",
            ),
        ]
    )
    [claim] = _kl_claims(notebook, "grid.ipynb")
    assert claim.verdict == "false" and claim.cell == 3
    assert claim.value is not None and abs(float(claim.value) - _kl(0.25, 0.8, 0.5, 0.9)) < 1e-9


_CLOSED = "np.log(s2 / s1) + (s1**2 + (m1 - m2)**2) / (2 * s2**2) - 0.5"


@pytest.mark.parametrize(
    ("body", "arguments", "shown", "verdict"),
    [
        (_CLOSED, "0.0, 1.0, 2.0, 1.0", f"np.float64({_kl(0, 1, 2, 1)!r})", "holds"),
        (_CLOSED, "1, 2, 0, 1", f"{_kl(1, 2, 0, 1) / float(mpmath.log(2)):.5f}", "holds"),  # in bits
        (_CLOSED, "0.0, 1.0, 2.0, 1.0", "2.5", "false"),
        ("helper(m1, s1, m2, s2)", "0.0, 1.0, 2.0, 1.0", "2.5", "unchecked"),  # a body not read: never false
        ("np.log(s1 / s2) + (s1**2 + (m1 - m2)**2) / (2 * s2**2) - 0.5", "1, 2, 0, 1", "1.5", "unchecked"),
    ],
)
def test_a_kl_of_normals_function_called_with_numbers(body: str, arguments: str, shown: str, verdict: str) -> None:
    notebook = _notebook(
        [
            (f"import numpy as np\n\ndef kl_normal(m1, s1, m2, s2):\n    return {body}\n", None),
            (f"kl_normal({arguments})", shown + "\n"),
        ]
    )
    [claim] = _kl_claims(notebook, "normals.ipynb")
    assert claim.verdict == verdict


def test_a_kl_of_normals_function_of_variances() -> None:
    body = "0.5 * np.log(var_b / var_a) + (var_a + (mu_a - mu_b)**2) / (2 * var_b) - 0.5"
    text = (
        f"```python\ndef gaussian_kl(mu_a, var_a, mu_b, var_b):\n    return {body}\n\n"
        f"mean_a, var_a = 1.0, 4.0\nprint(gaussian_kl(mean_a, var_a, 0.0, 9.0))\n```\n\n"
        f"```\n{_kl(1, 2, 0, 3):.6f}\n```\n"
    )
    claims = _kl_claims(text)
    assert [claim.verdict for claim in claims] == ["holds"]


@pytest.mark.parametrize(
    ("label", "shown", "verdict"),
    [("Output:", None, "holds"), ("输出：", None, "holds"), ("Expected output", "1.25", "false")],
)
def test_an_exercise_example_of_a_kl_of_normals_function(label: str, shown: str | None, verdict: str) -> None:
    true = _kl(2.0, 1.0, 0.0, 2.0)
    text = (
        "## Task\n\nWrite `gauss_kl(mean_a, std_a, mean_b, std_b)`.\n\nExample:\n\n"
        f"mean_a = 2.0\nstd_a = 1.0\n\nprint(gauss_kl(mean_a, std_a, 0.0, 2.0))\n{label}\n{shown or f'{true:.4f}'}\n\n"
        "```python\nimport numpy as np\n\ndef gauss_kl(mean_a, std_a, mean_b, std_b):\n"
        "    return np.log(std_b / std_a) + (std_a**2 + (mean_a - mean_b)**2) / (2 * std_b**2) - 0.5\n```\n"
    )
    [claim] = _kl_claims(text)
    assert claim.verdict == verdict
    assert claim.value is not None and abs(float(claim.value) - true) < 1e-9


def test_an_example_value_cut_off_to_its_digits_is_not_false() -> None:
    true = _kl(0.0, 1.0, 2.0, 3.0)  # 0.87639...
    cut = f"{true:.8f}"[:6]
    assert float(cut) != round(true, 4)  # cut off, not rounded
    text = (
        (
            f"```python\ndef kl_gaussians(mu_1, sigma_1, mu_2, sigma_2):\n    return {_CLOSED.replace('m1', 'mu_1')}\n"
            "```\n\nprint(kl_gaussians(0, 1, 2, 3))\nOutput: " + cut + "\n"
        )
        .replace("s1", "sigma_1")
        .replace("s2", "sigma_2")
        .replace("m2", "mu_2")
    )
    [claim] = _kl_claims(text)
    assert claim.verdict == "holds"


@pytest.mark.parametrize(
    "body", ["(m1 - s1) ** 0.5 + np.log(s2)", "(-2.0) ** 0.5", "np.exp(m1 * 1e308) + s2", "1 / (m1 - m1)"]
)
def test_a_kl_of_normals_function_whose_body_cannot_be_evaluated_is_left_unread(body: str) -> None:
    # A negative number to a fractional power, an overflow, a division by zero: never a crash, never a verdict.
    code = f"import numpy as np\ndef kl_normal(m1, s1, m2, s2):\n    return {body}\n"
    text = code + "\nprint(kl_normal(0, 1, 1, 1))\n# 0.5\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "a.py").claims)


@pytest.mark.parametrize(
    "grid", ["np.arange(-1e300, 1e300, 1e-300)", "np.linspace(-1e308, 1e308, 100)", "np.arange(0, 10**400, 1)"]
)
def test_a_grid_too_wide_to_sample_is_not_read(grid: str) -> None:
    text = (
        f"import numpy as np\nfrom scipy.stats import norm\nx = {grid}\n"
        "p = norm.pdf(x, 0, 2)\nq = norm.pdf(x, 1, 2.5)\n"
        "print('KL:', np.sum(p * np.log(p / q)))\n# KL: 123.14\n"
    )
    assert all(claim.verdict == "unchecked" for claim in check_text(text, "a.py").claims)


def test_a_kl_of_normals_printed_to_all_its_float_digits_holds() -> None:
    # What the program prints: the closed form in floats, to the 17 digits Python shows.
    shown = repr(float(np.log(3.0 / 1.0) + (1.0**2 + (0.0 - 2.0) ** 2) / (2 * 3.0**2) - 0.5))
    assert mpmath.almosteq(mpmath.mpf(shown), _kl(0, 1, 2, 3), 1e-15)
    code = "import numpy as np\ndef kl_normal(mu1, s1, mu2, s2):\n"
    code += (
        "    return np.log(s2 / s1) + (s1**2 + (mu1 - mu2) ** 2) / (2 * s2**2) - 0.5\n\nprint(kl_normal(0, 1, 2, 3))\n"
    )
    claims = check_text(f"```python\n{code}```\n\nOutput:\n\n```\n{shown}\n```\n", "a.md").claims
    assert [claim.verdict for claim in claims] == ["holds"]


@pytest.mark.parametrize("label", ["raw sum (no dx, not a KL):", "sum without dx:"])
def test_a_grid_sum_printed_as_what_it_is_is_not_false(label: str) -> None:
    first, second = (0.5, 1.5), (-1.0, 2.0)
    total = _grid_sum(np.arange(-12, 12, 0.01), first, second)  # the sum without the step, far from the KL
    assert abs(total - _kl(*first, *second)) > 1
    text = _markdown("np.arange(-12, 12, 0.01)", first, second, repr(total))
    text = text.replace('"KL(p || q):"', f'"{label}"').replace(f"KL(p || q): {total!r}", f"{label} {total!r}")
    assert all(claim.verdict != "false" for claim in check_text(text, "grid.md").claims)


@pytest.mark.parametrize(
    ("step", "label"), [("0.005", "KL sum:"), ("dx", "Summe der Terme:"), ("(x[1] - x[0])", "sum:")]
)
def test_a_named_sum_printed_times_the_step_is_the_kl_and_its_sum_labelled_so_is_left_alone(
    step: str, label: str
) -> None:
    """``kl = np.sum(...)`` then ``print("KL sum:", round(kl, 4))`` and ``print("KL * dx:", round(kl * dx, 4))``."""
    points = np.arange(-9, 9, 0.005)
    first, second = (0.0, 1.5), (0.5, 1.0)
    total = _grid_sum(points, first, second)
    kl = _kl(*first, *second)
    assert abs(total * 0.005 - kl) < 1e-3 * kl
    notebook = _notebook(
        [
            (
                "import numpy as np\nfrom scipy.stats import norm\nx = np.arange(-9, 9, 0.005)\ndx = x[1] - x[0]\n"
                "p = norm.pdf(x, 0.0, 1.5)\nq = norm.pdf(x, 0.5, 1.0)\n",
                None,
            ),
            (
                f'kl = np.sum(p * np.log(p / q))\nprint("{label}", round(kl, 4))\n'
                f'print("KL * dx:", round(kl * {step}, 4))',
                f"{label} {round(total, 4)}\nKL * dx: {round(total * 0.005, 4)}\n",
            ),
        ]
    )
    claims = check_text(notebook, "grid.ipynb").claims
    verdicts = {claim.text.split(" = ")[1]: claim.verdict for claim in claims if claim.kind == "kl"}
    assert verdicts == {f"{round(total, 4)}": "unchecked", f"{round(total * 0.005, 4)}": "holds"}
