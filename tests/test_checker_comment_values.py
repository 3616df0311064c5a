"""``kldocs check`` on values written as a comment beside the call that computes them, over lists given in the code.

The function may be the document's own (a ``log2`` inside it) or a library's; the lists may be written in the call,
named, or made by NumPy or PyTorch as one value repeated (``np.ones(4) / 4``, ``np.full(4, 0.25)``). The comment
may give the value with a unit in several languages, a whole number of bits, or the result after a word
("Ergebnis:", "결과는", "约"). Ground truth is worked out with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text
from kldocs.checker.checked import Checked

mpmath.mp.dps = 30

_P = [mpmath.mpf(each) for each in ("0.4", "0.3", "0.2", "0.1")]
_U = [mpmath.mpf("0.25")] * 4


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf], base: int | None = 2) -> mpmath.mpf:
    nats = mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True) if a)
    return nats / mpmath.log(base) if base else nats


def _claims(page: str) -> list[Checked]:
    return [claim for claim in check_text(page, "a.md").claims if claim.kind != "definition"]


_OWN = "import numpy as np\n\ndef kl(p, q):\n    return sum(a * np.log2(a / b) for a, b in zip(p, q))\n\n"


def test_the_values_the_pages_write() -> None:
    assert mpmath.nstr(_kl(_P, _U), 4) == "0.1536" and mpmath.nstr(_kl(_U, _P), 4) == "0.1757"


@pytest.mark.parametrize(
    "uniform",
    ["np.ones(4) / 4", "np.full(4, 0.25)", "np.repeat(0.25, 4)", "np.ones(4) * 0.25", "[0.25] * 4", "[1/4] * 4"],
)
def test_a_uniform_array_made_by_numpy_is_a_distribution(uniform: str) -> None:
    page = f"```python\n{_OWN}p = np.array([0.4, 0.3, 0.2, 0.1])\nu = {uniform}\nprint(kl(p, u))  # ≈ 0.154 Bit\n"
    page += "print(kl(p, u))  # ≈ 0.124 Bit\n```\n"
    claims = _claims(page)
    assert [claim.verdict for claim in claims] == ["holds", "false"]
    assert claims[1].value is not None and mpmath.almosteq(mpmath.mpf(claims[1].value), _kl(_P, _U), 1e-9)


def test_a_torch_tensor_of_one_value_repeated() -> None:
    page = (
        "```python\nimport torch\np = torch.tensor([0.4, 0.3, 0.2, 0.1])\nu = torch.full((4,), 0.25)\n"
        "print(torch.sum(p * torch.log2(p / u)))  # tensor(0.1536)\n```\n"
    )
    assert [claim.verdict for claim in _claims(page)] == ["holds"]


@pytest.mark.parametrize(
    ("comment", "verdict"),
    [
        ("# 1.5 bits", "holds"),
        ("# 1.5 Bit", "holds"),
        ("# 2 bits", "false"),
        ("# Ergebnis: 1.5 Bit", "holds"),
        ("# résultat : 1.75 bit", "false"),
        ("# 결과는 1.5 비트", "holds"),
        ("# 约 1.5 比特", "holds"),
        ("# 出力: 1.5", "holds"),
        ("# resultado: 1.5 bits", "holds"),
        ("# результат: 2 бита", "false"),
    ],
)
def test_a_value_after_a_word_of_result_or_with_its_unit_in_other_languages(comment: str, verdict: str) -> None:
    page = f"```python\nfrom scipy.stats import entropy\nprint(entropy([0.5, 0.25, 0.25], base=2))  {comment}\n```\n"
    claims = _claims(page)
    assert [(claim.verdict, claim.value) for claim in claims] == [(verdict, "1.5")]


def test_a_whole_number_of_bits_with_its_unit() -> None:
    page = "```python\nfrom scipy.stats import entropy\nentropy([0.25] * 4, base=2)  # 2 bits\n"
    page += "entropy([0.5, 0.5], base=2)  # 2 Bit\n```\n"
    assert [(claim.verdict, claim.value) for claim in _claims(page)] == [("holds", "2"), ("false", "1")]


def test_an_f_string_with_its_label_and_the_square_of_the_js_distance() -> None:
    m = [(a + b) / 2 for a, b in zip(_P, _U, strict=True)]
    jsd = (_kl(_P, m, None) + _kl(_U, m, None)) / 2
    assert mpmath.nstr(jsd, 3) == "0.0279"
    page = (
        f"```python\n{_OWN}from scipy.spatial.distance import jensenshannon\n"
        'p = [0.4, 0.3, 0.2, 0.1]\nprint(f"KL = {kl(p, [0.25] * 4):.3f} bits")  # KL = 0.154\n'
        'print(f"KL = {kl(p, [0.25] * 4):.3f}")  # KL = 0.124\n'
        "print(jensenshannon(p, [0.25] * 4) ** 2)  # 0.0279\n"
        "print(jensenshannon(p, [0.25] * 4) ** 2)  # 0.167\n```\n"
    )
    assert [claim.verdict for claim in _claims(page)] == ["holds", "false", "holds", "false"]


def test_the_other_direction_in_the_comments_of_scipy_calls() -> None:
    page = (
        "```python\nfrom scipy import stats\nP = [0.4, 0.3, 0.2, 0.1]\nQ = [0.25, 0.25, 0.25, 0.25]\n"
        f"stats.entropy(P, Q)  # {mpmath.nstr(_kl(_P, _U, None), 17)}\n"
        f"stats.entropy(P, Q)  # {mpmath.nstr(_kl(_U, _P, None), 17)}\n"
        f"stats.entropy(P, Q, base=2)  # {mpmath.nstr(_kl(_U, _P), 17)}\n```\n"
    )
    claims = _claims(page)
    assert [claim.verdict for claim in claims] == ["holds", "false", "false"]
    assert all("other direction" in claim.note for claim in claims[1:])


@pytest.mark.parametrize(
    "comment",
    [
        "# 8 bits max",  # a bound, not the value
        "# ≤ 2 Bit, symmetrisch",
        "# 2",  # a bare whole number may count anything
        "# 2 bits (at most)",
        "# compare with 2 bits",
        "# 150.0%",  # a share, which an f-string's format may show
    ],
)
def test_near_misses_are_not_called_false(comment: str) -> None:
    page = f"```python\nfrom scipy.stats import entropy\nprint(entropy([0.5, 0.25, 0.25], base=2))  {comment}\n"
    page += f'print(f"{{entropy([0.5, 0.25, 0.25], base=2):.1%}}")  {comment}\n```\n'
    assert [claim for claim in _claims(page) if claim.verdict == "false"] == []


@pytest.mark.parametrize(
    "made",
    [
        "np.ones(4)",  # weights, not a distribution: the call's own division is not read
        "np.full(4, 0.3)",  # does not sum to 1
        "np.ones(4) / 3",
        "np.repeat([0.25, 0.5], 2)",  # a list repeated item by item
    ],
)
def test_arrays_that_are_no_distribution_are_not_called_one(made: str) -> None:
    page = f"```python\n{_OWN}p = np.array([0.4, 0.3, 0.2, 0.1])\nu = {made}\nprint(kl(p, u))  # ≈ 0.9 Bit\n```\n"
    assert [claim for claim in _claims(page) if claim.verdict == "false"] == []


def test_a_scripts_main_part_and_a_function_that_makes_both_lists_arrays_at_once() -> None:
    p = [mpmath.mpf(each) for each in ("0.6", "0.3", "0.1")]
    third = [mpmath.mpf(1) / 3] * 3
    forward, backward = _kl(p, third), _kl(third, p)
    assert (f"{float(forward):.3f}", f"{float(backward):.3f}") == ("0.290", "0.347")
    script = (
        '"""Дивергенция Кульбака-Лейблера в битах."""\nimport numpy as np\n\n\ndef kl_bits(p, q):\n'
        "    p, q = np.asarray(p), np.asarray(q)\n    return float(np.sum(p * np.log2(p / q)))\n\n\n"
        'if __name__ == "__main__":\n    p = np.array([0.6, 0.3, 0.1])\n    u = np.full(3, 1 / 3)\n'
        "    print(kl_bits(p, u))  # ≈ 0.290 бит\n    print(kl_bits(u, p))  # ≈ 0.290 бит\n"
    )
    claims = [claim for claim in check_text(script, "kl.py").claims if claim.kind != "definition"]
    assert [(claim.lines[0], claim.verdict) for claim in claims] == [(13, "holds"), (14, "false")]
    assert "other direction" in claims[1].note


def test_lists_written_in_calls_in_two_cells_of_a_notebook_are_told_apart() -> None:
    import json

    def cell(source: str) -> dict[str, object]:
        return {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": [source]}

    value = mpmath.nstr(_kl(_P, _U, None), 6)
    cells = [
        cell("from scipy.stats import entropy"),
        cell(f"entropy([0.4, 0.3, 0.2, 0.1], [0.25, 0.25, 0.25, 0.25])  # {value}"),
        cell(f"entropy([0.25, 0.25, 0.25, 0.25], [0.4, 0.3, 0.2, 0.1])  # {value}"),
    ]
    page = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    claims = [claim for claim in check_text(page, "n.ipynb").claims if claim.kind != "definition"]
    assert [claim.verdict for claim in claims] == ["holds", "false"]
    assert claims[1].value is not None and mpmath.almosteq(mpmath.mpf(claims[1].value), _kl(_U, _P, None), 1e-9)


def test_a_tensors_own_logarithm_in_a_sum_written_out() -> None:
    p = [mpmath.mpf(each) for each in ("0.7", "0.2", "0.1")]
    q = [mpmath.mpf(each) for each in ("0.4", "0.4", "0.2")]
    cross = -mpmath.fsum(a * mpmath.log(b) for a, b in zip(p, q, strict=True))
    page = (
        "```python\nimport torch\np = torch.tensor([0.7, 0.2, 0.1])\nq = torch.tensor([0.4, 0.4, 0.2])\n"
        f"print((p * (p / q).log()).sum())  # ≈ {float(_kl(p, q, None)):.3f} nats\n"
        f"print(-(p * q.log()).sum())  # {float(cross):.4f} nats (cross-entropy)\n"
        f"print((p * (p / q).log2()).sum())  # {float(_kl(p, q, None)):.4f} bits\n```\n"
    )
    assert [(claim.kind, claim.verdict) for claim in _claims(page)] == [
        ("kl", "holds"),
        ("cross_entropy", "holds"),
        ("kl", "false"),
    ]
