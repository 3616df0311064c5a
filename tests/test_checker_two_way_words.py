"""The KL divergence taken both ways and named in words (the Jeffreys divergence, the symmetrised KL, the average
of the two KL divergences) is not judged as a one-way KL divergence.

The documents are written here; the values are worked out with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

P = [mpmath.mpf(2) / 10, mpmath.mpf(5) / 10, mpmath.mpf(3) / 10]
Q = [mpmath.mpf(3) / 10, mpmath.mpf(4) / 10, mpmath.mpf(3) / 10]
PAIR = "Let $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n\n"


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))


JEFFREYS = _kl(P, Q) + _kl(Q, P)


def test_the_values_the_sentences_give() -> None:
    assert mpmath.nstr(_kl(P, Q), 4) == "0.03048" and mpmath.nstr(_kl(Q, P), 4) == "0.03238"
    assert mpmath.nstr(JEFFREYS, 3) == "0.0629" and mpmath.nstr(JEFFREYS / 2, 3) == "0.0314"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Jeffreys divergence is about 0.0629 nats.",
        "The symmetrised KL divergence $D_{KL}(P\\|Q) + D_{KL}(Q\\|P)$ is about 0.0629 nats.",
        "The symmetric KL divergence is 0.0629 nats.",
        "The average of the two KL divergences is about 0.0314 nats.",
        "The mean of both KL divergences is 0.0314 nats.",
        "La divergence KL symétrisée vaut environ 0.0629 nats.",
        "La divergencia de Jeffreys es aproximadamente 0.0629 nats.",
        "Die symmetrisierte KL-Divergenz beträgt etwa 0.0629 nats.",
        "对称 KL 散度约为 0.0629 奈特。",
        "Here the KL divergence in both directions is 0.0629 nats.",
    ],
)
def test_a_two_way_value_in_words_is_not_judged_as_one_way(sentence: str) -> None:
    report = check_text(PAIR + sentence + "\n", "notes.md")
    assert not [claim for claim in report.claims if claim.verdict == "false"], report.claims
    said = [claim for claim in report.claims if claim.lines == (3,)]
    assert all(claim.verdict == "unchecked" and "both ways" in claim.note for claim in said), said


@pytest.mark.parametrize("value", ["0.0305", "0.0629", "0.5"])
def test_a_two_way_value_after_a_one_way_one_is_not_judged_as_one_way(value: str) -> None:
    # 0.0305 is D_KL(P||Q), which the Jeffreys divergence is not; no value is judged as one way
    page = PAIR + "Indeed $D_{KL}(P\\|Q) \\approx 0.0305$ nats.\n\n" + f"The Jeffreys divergence is {value} nats.\n"
    (said,) = [claim for claim in check_text(page, "a.md").claims if claim.lines == (5,)]
    assert said.verdict == "unchecked" and said.value is None and "both ways" in said.note


def test_the_one_way_value_beside_it_and_the_formula_are_still_judged() -> None:
    page = PAIR + "The KL divergence is 0.0305 nats, while the Jeffreys divergence is about 0.0629 nats.\n\n"
    page += "So $J(P,Q) \\approx 0.0629$ nats and $D_{KL}(P\\|Q) \\approx 0.04$ nats.\n"
    found = [(claim.lines, claim.kind, claim.verdict, claim.value) for claim in check_text(page, "a.md").claims]
    assert ((3,), "kl", "holds", mpmath.nstr(_kl(P, Q), 10)) in found
    assert ((5,), "jeffreys", "holds", mpmath.nstr(JEFFREYS, 10)) in found
    assert ((5,), "kl", "false", mpmath.nstr(_kl(P, Q), 10)) in found
