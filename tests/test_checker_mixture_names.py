"""The mixture of two distributions given a name of its own (``N = (P+Q)/2``, ``a = 0.5 * (p + q)`` in code, "let A
be the mixture of P and Q"): claims about it (``D(P||N)``) are judged against the mixture. The values are worked out
here with mpmath; a weighted mixture or a name set to something else binds nothing."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text

P = [mpmath.mpf("0.2"), mpmath.mpf("0.5"), mpmath.mpf("0.3")]
Q = [mpmath.mpf("0.3"), mpmath.mpf("0.4"), mpmath.mpf("0.3")]
MIXTURE = [(a + b) / 2 for a, b in zip(P, Q, strict=True)]
KL_PM = mpmath.fsum(a * mpmath.log(a / m, 2) for a, m in zip(P, MIXTURE, strict=True))
KL_QM = mpmath.fsum(b * mpmath.log(b / m, 2) for b, m in zip(Q, MIXTURE, strict=True))
HEAD = "# JSD\n\nLet $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n\n"
CODE = "```python\nimport numpy as np\np = np.array([0.2, 0.5, 0.3])\nq = np.array([0.3, 0.4, 0.3])\n{line}\n```\n\n"

#: Definitions of the mixture under a name, and the name.
DEFINITIONS = [
    (HEAD + "Let $N = (P+Q)/2$.\n\n", "N"),
    (HEAD + "Let $A = \\frac{1}{2}(P + Q)$.\n\n", "A"),
    (HEAD + "$$B = \\frac{P + Q}{2}$$\n\n", "B"),
    (HEAD + "R = 0.5 * (P + Q).\n\n", "R"),
    (HEAD + "Let A be the mixture of P and Q.\n\n", "A"),
    (CODE.format(line="a = (p + q) / 2"), "a"),
    (CODE.format(line="m = 0.5 * (p + q)"), "m"),
]


def _claims(text: str) -> list[Checked]:
    return [claim for claim in check_text(text, "a.md").claims if claim.kind == "kl"]


@pytest.mark.parametrize(("text", "name"), DEFINITIONS)
def test_a_named_mixture_is_judged(text: str, name: str) -> None:
    first, second = ("p", "q") if name.islower() else ("P", "Q")
    right = f"$D({first}\\|{name}) = {mpmath.nstr(KL_PM, 3)}$ bits and "
    right += f"$D({second}\\|{name}) = {mpmath.nstr(KL_QM, 3)}$ bits."
    claims = _claims(text + right + "\n")
    assert [claim.verdict for claim in claims] == ["holds", "holds"], claims
    assert [float(claim.value or "nan") for claim in claims] == pytest.approx([float(KL_PM), float(KL_QM)])
    wrong = f"$D({first}\\|{name}) = 0.0500$ bits."
    (claim,) = _claims(text + wrong + "\n")
    assert claim.verdict == "false" and float(claim.value or "nan") == pytest.approx(float(KL_PM)), claim


@pytest.mark.parametrize(
    "definition", ["Let $N = (P+2Q)/3$.", "Let $N = 0.3 P + 0.7 Q$.", "Let $N = (P+Q)/2 + R$.", "Let N be the mixture."]
)
def test_other_definitions_bind_nothing(definition: str) -> None:
    (claim,) = _claims(HEAD + definition + "\n\n$D(P\\|N) = 0.0500$ bits.\n")
    assert claim.verdict == "unchecked", claim
