"""``kldocs check`` on the entropies and KL divergences that distribution objects of array libraries compute
(PyTorch's ``torch.distributions``, TensorFlow Probability, Paddle): ``a = Normal(0., 1.)``, ``a.entropy()``,
``a.kl_divergence(b)``, ``kl_divergence(a, b)``, ``Categorical(probs=...)``, with the value printed below or in a
comment (``# tensor(1.4189)``, ``# [1.4189385] with shape: [1]``).

The documents are written here; the true values are computed here with mpmath from the parameters they give.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _normal_entropy(scale: float) -> mpmath.mpf:
    return mpmath.log(2 * mpmath.pi * mpmath.e * mpmath.mpf(scale) ** 2) / 2


def _normal_kl(m1: float, s1: float, m2: float, s2: float) -> mpmath.mpf:
    m1, s1, m2, s2 = (mpmath.mpf(value) for value in (m1, s1, m2, s2))
    return mpmath.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - mpmath.mpf(1) / 2


def _kl(p: list[float], q: list[float]) -> mpmath.mpf:
    return sum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b)) for a, b in zip(p, q, strict=True))


def _verdicts(text: str) -> list[tuple[str, str]]:
    return [
        (claim.kind, claim.verdict) for claim in check_text(text, "objects.md").claims if claim.kind != "definition"
    ]


def _float32(value: mpmath.mpf) -> str:
    """A value as a single-precision result prints: eight significant digits, the last one off by one."""
    return mpmath.nstr(value + value * mpmath.mpf("6e-8"), 8)


def test_a_normals_entropy_and_kl_divergence_printed_below_hold() -> None:
    code = (
        "import torch\nfrom torch.distributions import Normal, kl_divergence\n\n"
        "first = Normal(loc=torch.tensor([1.0]), scale=torch.tensor([0.5]))\nsecond = Normal(-1.0, 3.0)\n"
        "print(first.entropy())\nprint(kl_divergence(first, second))\nprint(kl_divergence(second, first))\n"
    )
    shown = [_normal_entropy(0.5), _normal_kl(1, 0.5, -1, 3), _normal_kl(-1, 3, 1, 0.5)]
    output = "\n".join(f"tensor([{mpmath.nstr(value, 5)}])" for value in shown)
    assert _verdicts(f"```python\n{code}```\n\n```\n{output}\n```\n") == [
        ("entropy", "holds"),
        ("kl", "holds"),
        ("kl", "holds"),
    ]


def test_single_precision_values_in_comment_lines_below_the_calls_hold_and_a_wrong_one_is_false() -> None:
    entropy, divergence = _normal_entropy(2), _normal_kl(0, 2, 0.5, 1)
    code = (
        "import paddle\nfrom paddle.distribution import Normal\n\n"
        "wide = Normal([0.], [2.])\nnarrow = Normal([0.5], [1.])\n"
        f"h = wide.entropy()\n# [{_float32(entropy)}] with shape: [1]\n"
        f"d = wide.kl_divergence(narrow)\n# [{_float32(divergence)}] with shape: [1]\n"
        f"r = narrow.kl_divergence(wide)  # [{_float32(divergence)}]\n"
    )
    assert _verdicts(f"```python\n{code}```\n") == [("entropy", "holds"), ("kl", "holds"), ("kl", "false")]


def test_tensorflow_probabilitys_values_and_a_categorical_made_from_probabilities_are_read() -> None:
    p, q = [0.2, 0.3, 0.5], [0.4, 0.4, 0.2]
    code = (
        "import tensorflow_probability as tfp\ntfd = tfp.distributions\n\n"
        f"p = tfd.Categorical(probs={p})\nq = tfd.Categorical(probs={q})\n"
        f"tfd.kl_divergence(p, q)  # tf.Tensor({mpmath.nstr(_kl(p, q), 7)}, shape=(), dtype=float32)\n"
        f"tfd.Normal(loc=0., scale=1.).entropy()  # <tf.Tensor: shape=(), dtype=float32, numpy=1.4189385>\n"
    )
    assert _verdicts(f"```python\n{code}```\n") == [("kl", "holds"), ("entropy", "holds")]


@pytest.mark.parametrize(
    "made",
    [
        "a = Categorical(torch.tensor([0.5, 0.5]))\nb = Categorical(torch.tensor([0.9, 0.1]))",  # logits or probs?
        "a = Normal(torch.tensor([0., 1.]), torch.tensor([1., 1.]))\nb = Normal(0., 2.)",  # a batch of two
        "a = Normal(0., 1.)\nb = Normal(0., 2.)\na = Normal(3., 1.)",  # given twice
        "def kl_divergence(a, b):\n    return 0.3\n\na = Normal(0., 1.)\nb = Normal(0., 2.)",  # the document's own
    ],
)
def test_objects_whose_distribution_is_not_certain_are_not_judged(made: str) -> None:
    verdicts = _verdicts(f"```python\n{made}\nprint(kl_divergence(a, b))  # 0.3\n```\n")
    assert all(verdict == "unchecked" for _, verdict in verdicts)


def test_a_program_copied_as_plain_text_is_read_whole_with_its_comment_lines() -> None:
    entropy, divergence = _normal_entropy(3), _normal_kl(1, 3, -2, 1.5)
    page = (
        "Distribution API\n\nExample:\n\nimport paddle\nfrom paddle.distribution import Normal\n\n"
        "# Two normals\nwide = Normal([1.], [3.])\nnarrow = Normal([-2.], [1.5])\n\n"
        f"h = wide.entropy()\n# [{_float32(entropy)}] with shape: [1]\n"
        f"d = wide.kl_divergence(narrow)\n# [{_float32(divergence)}] with shape: [1]\n\n"
        "# Notes\n\nFor P = (0.5, 0.5) the entropy is H(P) = 1 bit.\n"
    )
    claims = [claim for claim in check_text(page, "api.txt").claims if claim.kind != "definition"]
    assert [(claim.kind, claim.verdict) for claim in claims] == [
        ("entropy", "holds"),
        ("kl", "holds"),
        ("entropy", "holds"),
    ]
    assert claims[-1].lines == (19,)
