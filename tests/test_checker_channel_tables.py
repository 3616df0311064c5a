"""Mutual information a notebook prints for a joint table its code writes, transposed, or builds from an input's
distribution and a channel's matrix (a binary symmetric channel: ``p_x[:, None] * W``, ``np.diag(px) @ W``), with
the unit printed after the value (``I(X;Y) = 0.531 bits``).

Every truth is worked out here with mpmath. A printed value the table does not give is left unchecked with the
right value in its note (the code may print another table's), never called false.
"""

from __future__ import annotations

import json

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _notebook(*cells: tuple[str, str | None]) -> str:
    """A notebook of code cells, each with what it printed (None: a Markdown cell)."""
    made: list[dict[str, object]] = []
    for source, printed in cells:
        if printed is None:
            made.append({"cell_type": "markdown", "metadata": {}, "source": source})
            continue
        output = {"name": "stdout", "output_type": "stream", "text": printed}
        made.append({"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [output], "source": source})
    return json.dumps({"cells": made, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def _mutual_information(joint: list[list[mpmath.mpf]]) -> mpmath.mpf:
    rows = [mpmath.fsum(row) for row in joint]
    columns = [mpmath.fsum(row[j] for row in joint) for j in range(len(joint[0]))]
    return mpmath.fsum(
        cell * mpmath.log(cell / (rows[i] * columns[j]), 2)
        for i, row in enumerate(joint)
        for j, cell in enumerate(row)
        if cell
    )


def _channel(inputs: list[str], channel: list[list[str]]) -> list[list[mpmath.mpf]]:
    return [[mpmath.mpf(p) * mpmath.mpf(w) for w in row] for p, row in zip(inputs, channel, strict=True)]


_MI = (
    "import numpy as np\n\ndef mutual_information(pxy):\n    px = pxy.sum(axis=1)\n    py = pxy.sum(axis=0)\n"
    "    return sum(pxy[i, j] * np.log2(pxy[i, j] / (px[i] * py[j]))\n"
    "               for i in range(len(px)) for j in range(len(py)) if pxy[i, j] > 0)\n"
)
_BSC = _channel(["0.5", "0.5"], [["0.9", "0.1"], ["0.1", "0.9"]])
_BIASED = _channel(["0.25", "0.75"], [["0.8", "0.2"], ["0.2", "0.8"]])
_WRITTEN = [[mpmath.mpf(1) / 8, mpmath.mpf(1) / 4], [mpmath.mpf(1) / 8, mpmath.mpf(1) / 2]]

#: (cells, the joint the code means, the value printed).
_NOTEBOOKS = [
    (
        [
            ("Mutual information:\n$$I(X;Y) = \\sum_{x,y} p(x,y) \\log_{2}{ \\frac{p(x,y)}{p(x)p(y)} }$$\n", None),
            (_MI, ""),
            (
                "joint = np.array([[1/8, 1/8], [1/4, 1/2]]).T\n"
                'print(f"I(X;Y) = {mutual_information(joint):.3f} bits")\n',
                "I(X;Y) = 0.016 bits\n",
            ),
        ],
        _WRITTEN,
        "0.016",
    ),
    (
        [
            (
                "import numpy as np\np_x = np.array([0.5, 0.5])\nW = np.array([[0.9, 0.1], [0.1, 0.9]])\n"
                "p_xy = p_x[:, None] * W\np_y = [sum(p_xy[i][j] for i in range(2)) for j in range(2)]\n"
                "mi = sum(p_xy[i][j] * np.log2(p_xy[i][j] / (p_x[i] * p_y[j])) for i in range(2) for j in range(2))\n"
                'print(f"Información mutua I(X;Y) = {mi:.4f} bits")\n',
                "Información mutua I(X;Y) = 0.5310 bits\n",
            )
        ],
        _BSC,
        "0.5310",
    ),
    (
        [
            (
                "import numpy as np\npx = np.array([1/4, 3/4])\nW = np.array([[0.8, 0.2], [0.2, 0.8]])\n"
                "joint = np.diag(px) @ W\nprint('Mutual information:', mi(joint))\n",
                "Mutual information: 0.2121399605\n",
            )
        ],
        _BIASED,
        "0.2121399605",
    ),
]


@pytest.mark.parametrize(("cells", "joint", "printed"), _NOTEBOOKS)
def test_the_mutual_information_printed_for_a_joint_in_code_holds(
    cells: list[tuple[str, str | None]], joint: list[list[mpmath.mpf]], printed: str
) -> None:
    truth = _mutual_information(joint)
    places = len(printed.partition(".")[2])
    assert round(float(truth), places) == float(printed)
    (claim,) = [claim for claim in check_text(_notebook(*cells), "a.ipynb").claims if claim.kind != "definition"]
    assert claim.kind == "mutual_information" and claim.verdict == "holds", claim
    assert claim.value is not None and abs(float(claim.value) - float(truth)) < 1e-9


def _only(text: str) -> Checked:
    (claim,) = [claim for claim in check_text(text, "a.ipynb").claims if claim.kind != "definition"]
    return claim


def test_a_wrong_value_printed_for_a_channel_is_unchecked_with_the_right_one() -> None:
    truth = _mutual_information(_BIASED)
    code = "import numpy as np\npx = np.array([0.25, 0.75])\nW = np.array([[0.8, 0.2], [0.2, 0.8]])\n"
    claim = _only(_notebook((code + "joint = px[:, np.newaxis] * W\nprint('MI:', mi(joint))\n", "MI: 0.2500\n")))
    assert round(float(truth), 4) != 0.25
    assert claim.verdict == "unchecked" and f"{float(truth):.5f}" in claim.note, claim


#: Products that are not a joint of input and channel: the columns scaled (``p_x * W``), a channel whose rows do
#: not sum to 1, an input given twice. Nothing is read as a joint table of the code.
_NOT_JOINTS = [
    "p_x = np.array([0.25, 0.75])\nW = np.array([[0.8, 0.2], [0.2, 0.8]])\njoint = p_x * W\n",
    "p_x = np.array([0.25, 0.75])\nW = np.array([[0.8, 0.3], [0.2, 0.8]])\njoint = p_x[:, None] * W\n",
    "p_x = np.array([0.25, 0.75])\np_x = np.array([0.5, 0.5])\nW = np.array([[0.8, 0.2], [0.2, 0.8]])\n"
    "joint = p_x[:, None] * W\n",
]


@pytest.mark.parametrize("code", _NOT_JOINTS)
def test_a_product_that_is_no_joint_of_input_and_channel_is_not_read(code: str) -> None:
    claim = _only(_notebook(("import numpy as np\n" + code + "print('I(X;Y) =', mi(joint))\n", "I(X;Y) = 0.2121\n")))
    assert claim.verdict == "unchecked" and "joint table the code writes" not in claim.note, claim
