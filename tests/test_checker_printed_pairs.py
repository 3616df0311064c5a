"""``kldocs check`` on printed lines of ``name=value`` pairs set apart by a tab or two spaces or more, as
``print(f"H(p)={h:.4f}  KL(p||q)={d:.4f}")`` prints them: each pair is its own claim, never a number times the next
pair's measure.

The documents are written here; the true values are worked out with mpmath in each test.
"""

from __future__ import annotations

import json

import mpmath
import pytest

from kldocs.checker import Checked, check_text

_P, _Q = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 2], [mpmath.mpf(9) / 10, mpmath.mpf(1) / 10]


def _kl(first: list[mpmath.mpf], second: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(p * mpmath.log(p / q, 2) for p, q in zip(first, second, strict=True) if p)


def _entropy(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w)


def _claims(text: str, name: str = "a.md") -> dict[str, Checked]:
    return {claim.text: claim for claim in check_text(text, name).claims if claim.kind != "definition"}


def _notebook(source: str, shown: str) -> str:
    cells = [
        {
            "cell_type": "code",
            "execution_count": 1,
            "metadata": {},
            "outputs": [{"name": "stdout", "output_type": "stream", "text": [shown]}],
            "source": source.splitlines(keepends=True),
        }
    ]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


_ABOVE = "P = (0.5, 0.5), Q = (0.9, 0.1), logs base 2.\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_ABOVE + "```\nH(P)=1.0000  D(P||Q)=0.7370\n```\n", "a.md"),
        (_ABOVE + "```\nH(P) = 1.0000   D(P||Q) = 0.7370\n```\n", "a.md"),
        (_ABOVE + "H(P)=1.0000\tD(P||Q)=0.7370\n", "a.txt"),
        (
            "# Ausgabe\n\nP = (0.5, 0.5), Q = (0.9, 0.1), Logarithmus zur Basis 2.\n\n"
            "    H(P)=1.0000  D(P||Q)=0.7370\n",
            "a.md",
        ),
        ("# 출력\n\nP = (0.5, 0.5), Q = (0.9, 0.1), 밑은 2.\n\n```text\nH(P)=1.0000    D(P||Q)=0.7370\n```\n", "a.md"),
    ],
)
def test_two_printed_pairs_on_one_line_are_two_claims(text: str, name: str) -> None:
    claims = _claims(text, name)
    assert mpmath.nstr(_entropy(_P), 5) == "1.0" and mpmath.nstr(_kl(_P, _Q), 4) == "0.737"
    assert claims["H(P) = 1.0000"].verdict == "holds"
    assert claims["D(P||Q) = 0.7370"].verdict == "holds"
    assert claims["D(P||Q) = 0.7370"].value == mpmath.nstr(_kl(_P, _Q), 10)
    assert not any(claim.verdict == "false" for claim in claims.values())


def test_three_pairs_apart_by_tabs_and_a_wrong_one_among_them() -> None:
    text = _ABOVE + "```\nH(P)=1.0000\tH(Q)=0.4690\tD(P||Q)=0.7370\nH(P)=1.0000  D(P||Q)=0.5370  H(Q)=0.4690\n```\n"
    claims = _claims(text)
    assert mpmath.nstr(_entropy(_Q), 4) == "0.469"
    assert claims["H(Q) = 0.4690"].verdict == "holds"
    assert claims["D(P||Q) = 0.7370"].verdict == "holds"
    wrong = claims["D(P||Q) = 0.5370"]
    assert wrong.verdict == "false" and wrong.value == mpmath.nstr(_kl(_P, _Q), 10)
    assert [claim.text for claim in claims.values() if claim.verdict == "false"] == ["D(P||Q) = 0.5370"]


def test_a_notebook_prints_three_pairs_on_one_line() -> None:
    source = (
        "import numpy as np\np = np.array([0.5, 0.5])\nq = np.array([0.9, 0.1])\nh = -np.sum(p * np.log2(p))\n"
        "kl = lambda a, b: np.sum(a * np.log2(a / b))\n"
        'print(f"H(p)={h:.4f}  KL(p||q)={kl(p, q):.4f}  KL(q||p)={kl(q, p):.4f}")\n'
    )
    shown = f"H(p)=1.0000  KL(p||q)={mpmath.nstr(_kl(_P, _Q), 4)}0  KL(q||p)={mpmath.nstr(_kl(_Q, _P), 4)}0\n"
    claims = _claims(_notebook(source, shown), "a.ipynb")
    assert {text: claim.verdict for text, claim in claims.items()} == {
        "H(p) = 1.0000": "holds",
        "KL(p||q) = 0.7370": "holds",
        "KL(q||p) = 0.5310": "holds",
    }


@pytest.mark.parametrize(
    "formula",
    ["$2\\,D(P\\|Q) = 1.4739$ bits", "$Z = 2 D(P\\|Q) = 1.4739$ bits", "$Z = 2\\;D(P\\|Q) = 1.4739$ bits"],
)
def test_a_number_right_before_a_measure_in_a_formula_still_multiplies_it(formula: str) -> None:
    (claim,) = [claim for claim in _claims(_ABOVE + f"Twice the divergence: {formula}.\n").values()]
    assert claim.verdict == "holds"
    assert claim.value == mpmath.nstr(2 * _kl(_P, _Q), 10)
