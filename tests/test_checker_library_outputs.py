"""Values deep-learning libraries print (MXNet's NDArray, PyTorch's and TensorFlow's tensors, JAX's arrays) for a
measure computed in steps with their own sums, judged to the digits single precision is good for."""

from __future__ import annotations

import json

import mpmath
import numpy as np
import pytest

from kldocs.checker import check_text

DISTRIBUTION = [0.25, 0.45, 0.2, 0.1]
BODY = "def entropy(p):\n    terms = - p * np.log2(p)\n    out = nansum(terms.as_nd_ndarray())\n    return out\n"


def _entropy_bits() -> mpmath.mpf:
    return -mpmath.fsum(mpmath.mpf(str(p)) * mpmath.log(mpmath.mpf(str(p)), 2) for p in DISTRIBUTION)


def _single() -> float:
    """The entropy as a single-precision program gets it: each term and the sum in float32."""
    p = np.array(DISTRIBUTION, dtype=np.float32)
    return float(np.sum(-p * np.log2(p), dtype=np.float32))


def _notebook(shown: str) -> str:
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": "# Entropy in bits"},
        {
            "cell_type": "code",
            "execution_count": 1,
            "metadata": {},
            "source": "import numpy as np\n" + BODY + f"\nentropy(np.array({DISTRIBUTION}))",
            "outputs": [
                {"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"text/plain": shown}}
            ],
        },
    ]
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": cells})


def _entropy_verdicts(shown: str) -> list[str]:
    return [claim.verdict for claim in check_text(_notebook(shown), "nb.ipynb").claims if claim.kind == "entropy"]


def _float32_repr(value: float) -> str:
    return repr(np.float32(value)).removeprefix("np.float32(").removesuffix(")")


@pytest.mark.parametrize(
    "form",
    [
        "\n[{}]\n<NDArray 1 @cpu(0)>",
        "{}",
        "tensor({})",
        "tensor({}, grad_fn=<SumBackward0>)",
        "tf.Tensor({}, shape=(), dtype=float32)",
        "<tf.Tensor: shape=(), dtype=float32, numpy={}>",
        "Array({}, dtype=float32)",
    ],
)
def test_a_single_precision_value_holds_and_a_wrong_one_is_false(form: str) -> None:
    single = _float32_repr(_single())
    assert abs(float(single) - float(_entropy_bits())) < 1e-6  # float32 noise in its last digits
    assert _entropy_verdicts(form.format(single)) == ["holds"]
    wrong = _float32_repr(_single() + 0.01)
    assert _entropy_verdicts(form.format(wrong)) == ["false"]


def test_noise_past_the_fifth_digit_is_never_false() -> None:
    """Values a few units of their seventh digit off the exact value, on either side, all hold."""
    exact = float(_entropy_bits())
    for units in (-9, -3, -1, 1, 4, 9):
        noisy = f"{exact + units * 1e-7:.7f}"
        assert _entropy_verdicts(f"tensor({noisy})") == ["holds"], noisy


def test_a_double_is_judged_to_all_its_digits() -> None:
    exact = mpmath.nstr(_entropy_bits(), 16)
    assert _entropy_verdicts(f"np.float64({exact})") == ["holds"]
    off = f"{float(_entropy_bits()) + 3e-9:.15f}"  # wrong in its ninth digit: a double shows it
    assert _entropy_verdicts(f"tensor({off}, dtype=torch.float64)") == ["false"]
