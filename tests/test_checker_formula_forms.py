"""``kldocs check`` on three formulas written without numbers: the measure-theoretic definition of KL, the KL
divergence from the uniform distribution, and the information gain of a split; in notes of several languages.

The truth of each shape is worked out here with mpmath on distributions and a split of our own: on a finite set
the density ratio ``dP/dQ`` is ``p/q`` and an integral against ``P`` a sum weighted by ``p``.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

_P = [mpmath.mpf("0.5"), mpmath.mpf("0.3"), mpmath.mpf("0.2")]
_Q = [mpmath.mpf("0.2"), mpmath.mpf("0.2"), mpmath.mpf("0.6")]


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))


def _integral(against: list[mpmath.mpf], top: list[mpmath.mpf], bottom: list[mpmath.mpf]) -> mpmath.mpf:
    """∫ log(d top / d bottom) d against, on three outcomes."""
    return mpmath.fsum(w * mpmath.log(a / b) for w, a, b in zip(against, top, bottom, strict=True))


def _claims(page: str) -> list[tuple[str, str]]:
    return [(claim.kind, claim.verdict) for claim in check_text(page, "notes.md").claims]


def test_the_density_ratio_shapes_against_the_sum() -> None:
    kl = _kl(_P, _Q)
    assert mpmath.almosteq(_integral(_P, _P, _Q), kl)  # ∫ log dP/dQ dP
    ratio = [a / b for a, b in zip(_P, _Q, strict=True)]
    assert mpmath.almosteq(mpmath.fsum(q * r * mpmath.log(r) for q, r in zip(_Q, ratio, strict=True)), kl)
    assert _integral(_P, _Q, _P) < 0 and _integral(_Q, _P, _Q) < 0  # turned over, or against Q: never positive


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"D_{KL}(P\|Q) = \int \log\frac{dP}{dQ}\,dP", "holds"),
        (r"\mathrm{KL}(P \,\|\, Q) = \int_{\Omega} \frac{dP}{dQ} \log \frac{dP}{dQ} \, dQ", "holds"),
        (r"D(P\|Q) = \mathbb{E}_{P}\left[\log \frac{\mathrm{d}P}{\mathrm{d}Q}\right]", "holds"),
        (r"D(P\|Q) = -\int \log\frac{dQ}{dP}\,dP", "holds"),
        (r"D_{KL}(P\|Q) = \int \log\frac{dQ}{dP}\,dP", "false"),
        (r"D_{KL}(P\|Q) = \int \log\frac{dP}{dQ}\,dQ", "false"),
        (r"D(P\|Q) = \mathbb{E}_{Q}\left[\log \frac{dP}{dQ}\right]", "false"),
    ],
)
def test_the_measure_theoretic_definition_in_a_french_list(formula: str, verdict: str) -> None:
    page = f"- Définition en théorie de la mesure : ${formula}$\n"
    assert _claims(page) == [("definition", verdict)]


def test_the_kl_divergence_from_the_uniform() -> None:
    n = 3
    uniform = [mpmath.mpf(1) / n] * n
    entropy = -mpmath.fsum(a * mpmath.log(a) for a in _P)
    assert mpmath.almosteq(_kl(_P, uniform), mpmath.log(n) - entropy)
    assert entropy - mpmath.log(n) < 0  # the signs turned round give a negative number
    right = "Für die Gleichverteilung $u$ gilt\n\n$$D(p\\|u) = \\log|\\mathcal{X}| - H(X)$$\n"
    assert _claims(right) == [("identity", "holds")]
    assert _claims(right.replace(r"\log|\mathcal{X}| - H(X)", r"H(X) - \log|\mathcal{X}|")) == [("identity", "false")]
    assert _claims(right.replace(r"\log|\mathcal{X}| - H(X)", r"\log n + H(p)")) == [("identity", "false")]
    assert _claims(right.replace(r"D(p\|u)", r"D(p\|q)")) == []  # q is not the uniform's name


def _h2(counts: list[int]) -> mpmath.mpf:
    total = sum(counts)
    return -mpmath.fsum(mpmath.mpf(c) / total * mpmath.log(mpmath.mpf(c) / total, 2) for c in counts if c)


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"IG = H(\text{Eltern}) - \sum_k \frac{N_k}{N} H(\text{Kind}_k)", "holds"),
        (r"\text{Gain}(S, A) = H(S) - \sum_{v \in A} \frac{|S_v|}{|S|} H(S_v)", "holds"),
        (r"IG(S, A) = H(S) + \sum_{v} \frac{|S_v|}{|S|} H(S_v)", "false"),
        (r"IG = H(S) - \sum_v H(S_v)", "false"),  # the children's entropies without their weights
    ],
)
def test_the_information_gain_in_german_notes(formula: str, verdict: str) -> None:
    parent, children = [6, 6], [[5, 1], [1, 5]]  # a split of 12 samples into two children of 6
    weights = [mpmath.mpf(sum(child)) / sum(parent) for child in children]
    gain = _h2(parent) - mpmath.fsum(w * _h2(child) for w, child in zip(weights, children, strict=True))
    assert 0 < gain < _h2(parent)
    assert _h2(parent) + mpmath.fsum(w * _h2(c) for w, c in zip(weights, children, strict=True)) > _h2(parent)
    assert _h2(parent) - mpmath.fsum(_h2(child) for child in children) < 0  # unweighted: a negative "gain"
    page = f"* Entropie: $H(S) = -\\sum_i p_i \\log_2 p_i$\n* Informationsgewinn: ${formula}$\n"
    claims = check_text(page, "notes.md").claims
    assert [(claim.kind, claim.verdict) for claim in claims if claim.lines == (2,)] == [("definition", verdict)]


@pytest.mark.parametrize(
    "page",
    [
        "$$IG = H(S) - \\sum_v \\frac{|S_v|}{|S|} H(S_v) + \\lambda$$\n",  # another term
        "$$D(P\\|Q) = \\int \\log\\frac{dP}{dR}\\,dP$$\n",  # a third distribution
        "$$D(p\\|u) = \\log|\\mathcal{X}| - H(X) + 1$$\n",
    ],
)
def test_near_misses_are_not_read(page: str) -> None:
    assert [verdict for _, verdict in _claims(page)] in ([], ["unchecked"])


_LOSS = r"-\frac{1}{N}\sum_{i=1}^{N}\sum_{c=1}^{C} y_{ic}\log p_{ic}"


@pytest.mark.parametrize(
    ("before", "formula", "verdict"),
    [
        ("The cross-entropy loss over a batch is", f"L = {_LOSS}", "holds"),
        (
            "La pérdida de entropía cruzada:",
            r"\mathcal{L} = -\frac{1}{N}\sum_i \sum_c y_{i,c} \log \hat{y}_{i,c}",
            "holds",
        ),
        ("交叉熵损失：", r"\mathcal{L}_{CE} = -\sum_{i}\sum_{c} y_{ic}\log p_{ic}", "holds"),
        (
            "The cross-entropy loss over a batch is",
            r"L = \frac{1}{N}\sum_{i=1}^{N}\sum_{c=1}^{C} y_{ic}\log p_{ic}",
            "false",
        ),
        ("Die Kreuzentropie als Verlust:", r"L = -\frac{1}{N}\sum_i\sum_c p_{ic}\log y_{ic}", "false"),
        ("The mean log-likelihood is", r"J = \frac{1}{N}\sum_i\sum_c y_{ic}\log p_{ic}", None),  # not a loss
    ],
)
def test_the_cross_entropy_loss_of_a_batch(before: str, formula: str, verdict: str | None) -> None:
    labels = [[1, 0, 0], [0, 0, 1]]
    predicted = [
        [mpmath.mpf("0.7"), mpmath.mpf("0.2"), mpmath.mpf("0.1")],
        [mpmath.mpf("0.3"), mpmath.mpf("0.3"), mpmath.mpf("0.4")],
    ]
    terms = mpmath.fsum(
        y * mpmath.log(p) for row, probs in zip(labels, predicted, strict=True) for y, p in zip(row, probs, strict=True)
    )
    assert -terms / 2 > 0 and terms / 2 < 0  # the minus makes the loss positive; without it, it is negative
    page = f"{before}\n\n$${formula}$$\n"
    claims = [(claim.kind, claim.verdict) for claim in check_text(page, "notes.md").claims]
    assert claims == ([] if verdict is None else [("definition", verdict)])
