"""``kldocs check`` on an inequality between Shannon's measures of random variables whose reverse is a Shannon
inequality (``H(X|Y) \\ge H(X)``, ``H(X,Y) \\ge H(X) + H(Y)``): as a claim about random variables it is false, as the
same claim in words is ("conditioning increases entropy"); where the text supposes what makes it an equality, or
gives the joint table, it is judged there.

The documents are written here; the counterexample's values are worked out with mpmath in the test.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w)


@pytest.mark.parametrize(
    ("text", "formula", "difference"),
    [
        ("- Conditioning increases entropy: $H(X|Y) \\ge H(X)$.\n", "H(X|Y) \\ge H(X)", "I(X;Y)"),
        ("- $H(X,Y) \\ge H(X) + H(Y)$ for all $X$, $Y$.\n", "H(X,Y) \\ge H(X) + H(Y)", "I(X;Y)"),
        ("- 조건부 엔트로피: $H(X \\mid Y) > H(X)$.\n", "H(X \\mid Y) > H(X)", "I(X;Y)"),
        ("- Die Transinformation: $I(X;Y) \\le 0$.\n", "I(X;Y) \\le 0", "I(X;Y)"),
        ("- $H(X|Y,Z) \\ge H(X|Y)$.\n", "H(X|Y,Z) \\ge H(X|Y)", "I(X;Z|Y)"),
    ],
)
def test_the_reverse_of_a_shannon_inequality_is_false(text: str, formula: str, difference: str) -> None:
    # Our own counterexample: Y = X, a fair bit; H(X|Y) = 0 < 1 = H(X), and H(X,Y) = 1 < 2 = H(X) + H(Y).
    fair = _entropy([mpmath.mpf(1) / 2, mpmath.mpf(1) / 2])
    assert fair == 1 and _entropy([mpmath.mpf(1) / 2, 0, 0, mpmath.mpf(1) / 2]) < 2 * fair
    claims = {claim.text: claim for claim in check_text(text, "a.md").claims}
    claim = claims[formula]
    assert claim.verdict == "false"
    assert f"the difference is {difference} >= 0" in claim.note
    assert not any(other.verdict == "holds" for other in claims.values())


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("- $H(X|Y) \\le H(X)$.\n", "holds"),
        ("- $H(X,Y) \\le H(X) + H(Y)$.\n", "holds"),
        ("- If $X$ and $Y$ are independent, then $H(X|Y) \\ge H(X)$.\n", "holds"),
        ("- $H(Y|X) \\ge H(Z)$.\n", "unchecked"),
    ],
)
def test_shannon_inequalities_and_supposed_equalities_are_not_called_false(text: str, verdict: str) -> None:
    (claim,) = check_text(text, "a.md").claims
    assert claim.verdict == verdict


def test_a_joint_table_judges_the_claim_on_its_numbers() -> None:
    text = (
        "| | Y=0 | Y=1 |\n|---|---|---|\n| X=0 | 1/4 | 1/4 |\n| X=1 | 1/4 | 1/4 |\n\n"
        "Here $H(X|Y) \\ge H(X)$, with equality.\n"
    )
    (claim,) = [claim for claim in check_text(text, "a.md").claims if claim.kind != "definition"]
    assert claim.verdict != "false"
