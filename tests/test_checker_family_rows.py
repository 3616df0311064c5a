"""Claims about normal distributions, each its own verdict: two KL values in one sentence, and each row of an aligned
chain worked from parameters stated one by one."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _normal_kl(mean1: float, variance1: float, mean2: float, variance2: float) -> mpmath.mpf:
    """KL(N(mean1, variance1) || N(mean2, variance2)) in nats, with mpmath."""
    v1, v2 = mpmath.mpf(variance1), mpmath.mpf(variance2)
    return mpmath.log(mpmath.sqrt(v2 / v1)) + (v1 + (mean1 - mean2) ** 2) / (2 * v2) - mpmath.mpf(1) / 2


FORWARD, REVERSE = _normal_kl(0, 1, 0, 4), _normal_kl(0, 4, 0, 1)
SENTENCES = [
    "For Gaussians, $D_{{KL}}(\\mathcal N(0,1)\\|\\mathcal N(0,4)) \\approx {f}$ nats, and\n"
    "$D_{{KL}}(\\mathcal N(0,4)\\|\\mathcal N(0,1)) \\approx {r}$ nats as well.",
    "Für Normalverteilungen ist KL(N(0, 1) || N(0, 4)) = {f} und KL(N(0, 4) || N(0, 1)) = {r}.",
    "Para normales, KL(N(0,1) || N(0,4)) ≈ {f} nats y KL(N(0,4) || N(0,1)) ≈ {r} nats.",
    "The KL divergence between N(0, 1) and N(0, 4) is {f} nats, while the KL divergence between N(0, 4) and "
    "N(0, 1) is {r} nats.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("reverse", [REVERSE, FORWARD])
def test_two_family_claims_in_one_sentence_are_two_verdicts(sentence: str, reverse: mpmath.mpf) -> None:
    """The second value is judged on its own: the reverse divergence holds, the forward one given again is false."""
    text = sentence.format(f=f"{float(FORWARD):.4f}", r=f"{float(reverse):.4f}") + "\n"
    claims = [claim for claim in check_text(text, "notes.md").claims if claim.kind == "kl"]
    assert [(claim.verdict, claim.value) for claim in claims[:1]] == [("holds", mpmath.nstr(FORWARD, 10))]
    assert [claim.verdict for claim in claims[1:]] == ["holds" if reverse is REVERSE else "false"]
    assert mpmath.nstr(REVERSE, 10) in claims[1].note + str(claims[1].value)


def test_one_claim_and_the_members_named_again_is_one_verdict() -> None:
    """Near miss: the members named again after the value, with no measure of their own, are no second claim."""
    text = f"KL(N(0, 1) || N(0, 4)) ≈ {float(FORWARD):.4f} nats; in code, kl_divergence(N(0, 1), N(0, 4)).\n"
    claims = [claim.verdict for claim in check_text(text, "notes.md").claims if claim.kind == "kl"]
    assert claims == ["holds"]


ALIGNED = r"""Pour $p = \mathcal{N}(\mu_1, \sigma_1^2)$ et $q = \mathcal{N}(\mu_2, \sigma_2^2)$ :
\[
  D_{KL}(p\,\|\,q) = \ln\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac12 .
\]
Avec $\mu_1 = 0$, $\sigma_1 = 1$, $\mu_2 = 1$, $\sigma_2 = 2$ :
\begin{align*}
  D_{KL}(p\,\|\,q) &= \ln 2 + \frac{1 + 1}{8} - \frac12 \\
                   &= ROW \\
                   &\approx VALUE \text{ nats}.
\end{align*}
"""


@pytest.mark.parametrize(
    ("row", "value", "verdicts"),
    [
        (r"\ln 2 - \frac14", "0{,}4431", ["holds", "holds", "holds"]),
        (r"\ln 2 - \frac13", "0{,}4431", ["holds", "false", "holds"]),
        (r"\ln 2 - \frac14", "0{,}4531", ["holds", "holds", "false"]),
    ],
)
def test_each_row_of_an_aligned_chain_is_judged(row: str, value: str, verdicts: list[str]) -> None:
    """KL(N(0, 1) || N(1, 4)) = ln 2 - 1/4 (mpmath: 0.44315): each row holds or is false, on its own line."""
    assert mpmath.almosteq(_normal_kl(0, 1, 1, 4), mpmath.log(2) - mpmath.mpf(1) / 4)
    text = ALIGNED.replace("ROW", row).replace("VALUE", value)
    claims = [claim for claim in check_text(text, "notes.tex").claims if claim.kind in ("kl", "expression")]
    assert [(claim.lines, claim.verdict) for claim in claims] == list(zip([(7,), (8,), (9,)], verdicts, strict=True))
