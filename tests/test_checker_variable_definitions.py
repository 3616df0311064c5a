"""Definitions of joint and conditional entropies, mutual information and the conditional KL divergence.

Each formula's truth is worked out here on a joint distribution of our own: the right side as written is
evaluated with mpmath and compared with the measure its left side names, computed from joint entropies
(or, for the conditional KL divergence, from the chain rule of the KL divergence).
"""

from __future__ import annotations

from collections.abc import Callable

import mpmath
import pytest

from kldocs.checker import Checked, check_text

#: p(u, v) for u in 0..1 (rows) and v in 0..2 (columns), and a second joint q(u, v), every cell positive.
_P = [[mpmath.mpf(n) / 20 for n in row] for row in ((2, 4, 4), (6, 1, 3))]
_Q = [[mpmath.mpf(n) / 12 for n in row] for row in ((2, 3, 1), (2, 2, 2))]


def _pu(u: int) -> mpmath.mpf:
    return mpmath.fsum(_P[u])


def _pv(v: int) -> mpmath.mpf:
    return _P[0][v] + _P[1][v]


def _entropy(values: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(p * mpmath.log(p) for p in values if p)


_CELLS = [(u, v) for u in range(2) for v in range(3)]
_H_UV = _entropy([_P[u][v] for u, v in _CELLS])
_H_U = _entropy([_pu(0), _pu(1)])
_H_V = _entropy([_pv(v) for v in range(3)])
_I_UV = _H_U + _H_V - _H_UV


def _sum(term: Callable[[int, int], mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(term(u, v) for u, v in _CELLS)


def _conditional_kl(orientation: int) -> mpmath.mpf:
    def term(u: int, v: int) -> mpmath.mpf:
        p, q = _P[u][v] / _pu(u), _Q[u][v] / mpmath.fsum(_Q[u])
        return _P[u][v] * orientation * mpmath.log(p / q)

    return _sum(term)


def _conditional_kl_by_chain_rule() -> mpmath.mpf:
    """D(p(u,v) || q(u,v)) - D(p(u) || q(u)), computed from the joints and their marginals."""
    joint = _sum(lambda u, v: _P[u][v] * mpmath.log(_P[u][v] / _Q[u][v]))
    marginal = mpmath.fsum(_pu(u) * mpmath.log(_pu(u) / mpmath.fsum(_Q[u])) for u in range(2))
    return joint - marginal


# Each definition, the value of its right side as written, the measure its left side names, and its verdict.
_DEFINITIONS: list[tuple[str, Callable[[], mpmath.mpf], mpmath.mpf, str]] = [
    (
        r"H(U,V) = -\sum_{u} \sum_{v} p(u,v) \log p(u,v)",
        lambda: -_sum(lambda u, v: _P[u][v] * mpmath.log(_P[u][v])),
        _H_UV,
        "holds",
    ),
    (
        r"H(U,V) = \sum_{u,v} P(U=u, V=v) \log \frac{1}{P(U=u, V=v)}",
        lambda: _sum(lambda u, v: _P[u][v] * mpmath.log(1 / _P[u][v])),
        _H_UV,
        "holds",
    ),
    (
        r"H(U,V) = \sum_{u,v} p(u,v) \log p(u,v)",
        lambda: _sum(lambda u, v: _P[u][v] * mpmath.log(_P[u][v])),
        _H_UV,
        "false",
    ),
    (
        r"H(V|U) = -\sum_{u,v} p(u,v) \log p(v|u)",
        lambda: -_sum(lambda u, v: _P[u][v] * mpmath.log(_P[u][v] / _pu(u))),
        _H_UV - _H_U,
        "holds",
    ),
    (
        r"H(U|V) = -\sum_{u,v} p(u,v) \log_2 \frac{p(u,v)}{p(v)}",
        lambda: -_sum(lambda u, v: _P[u][v] * mpmath.log(_P[u][v] / _pv(v), 2)),
        (_H_UV - _H_V) / mpmath.log(2),
        "holds",
    ),
    (
        r"H(U|V) = \sum_{u,v} p(u,v) \log \frac{p(u,v)}{p(v)}",
        lambda: _sum(lambda u, v: _P[u][v] * mpmath.log(_P[u][v] / _pv(v))),
        _H_UV - _H_V,
        "false",
    ),
    (
        r"H(V|U) = -\sum_u p(u) \sum_v p(v|u) \log p(v|u)",
        lambda: -_sum(lambda u, v: _pu(u) * (_P[u][v] / _pu(u)) * mpmath.log(_P[u][v] / _pu(u))),
        _H_UV - _H_U,
        "holds",
    ),
    (
        r"I(U;V) = \sum_u \sum_v P(u, v) \log \frac{P(u, v)}{P(u)P(v)}",
        lambda: _sum(lambda u, v: _P[u][v] * mpmath.log(_P[u][v] / (_pu(u) * _pv(v)))),
        _I_UV,
        "holds",
    ),
    (
        r"I(U;V) = \sum_u \sum_v P(u, v) \log \frac{P(u)P(v)}{P(u, v)}",
        lambda: _sum(lambda u, v: _P[u][v] * mpmath.log(_pu(u) * _pv(v) / _P[u][v])),
        _I_UV,
        "false",
    ),
    (
        r"D( p(v|u) \| q(v|u) ) = \sum_{u} p(u) \sum_{v} p(v|u) \log \frac{p(v|u)}{q(v|u)}",
        lambda: _conditional_kl(1),
        _conditional_kl_by_chain_rule(),
        "holds",
    ),
    (
        r"D( p(v|u) \| q(v|u) ) = \sum_{u,v} p(u,v) \log \frac{q(v|u)}{p(v|u)}",
        lambda: _conditional_kl(-1),
        _conditional_kl_by_chain_rule(),
        "false",
    ),
]


@pytest.mark.parametrize(("text", "written", "measure", "verdict"), _DEFINITIONS)
def test_a_definition_of_a_measure_of_random_variables_is_judged_by_its_shape(
    text: str, written: Callable[[], mpmath.mpf], measure: mpmath.mpf, verdict: str
) -> None:
    value = written()
    assert abs(value - measure) < 1e-12 if verdict == "holds" else abs(value + measure) < 1e-12
    assert [(claim.kind, claim.verdict) for claim in _definitions(f"The definition:\n\n$${text}$$\n")] == [
        ("definition", verdict)
    ]


def test_an_aligned_chain_defines_its_measure_row_by_row_and_a_row_may_end_with_it() -> None:
    text = (
        "\\begin{align}\nH(V|U) &= \\sum_u p(u) H(V|U=u) \\\\\n&= -\\sum_{u,v} p(u,v) \\log p(v|u)\n\\end{align}\n\n"
        "$$-\\sum_{u,v} p(u,v) \\log p(u|v) = H(U|V)$$\n\n"
        "$$H(V|U=u) = -\\sum_v p(v|u) \\log p(v|u)$$\n"
    )
    assert [(claim.lines, claim.verdict) for claim in _definitions(text, "a.tex")] == [
        ((2,), "holds"),
        ((3,), "holds"),
        ((6,), "holds"),
        ((8,), "holds"),
    ]


def test_mutual_information_is_the_kl_divergence_of_the_joint_from_the_product_of_the_marginals() -> None:
    joint = _sum(lambda u, v: _P[u][v] * mpmath.log(_P[u][v] / (_pu(u) * _pv(v))))
    assert abs(joint - _I_UV) < 1e-12
    text = "$$I(U;V) \\equiv D(p(u,v) \\| p(u)p(v))$$\n\n$$I(U;V) = D(p(u)p(v) \\| p(u,v))$$\n"
    assert [claim.verdict for claim in _definitions(text)] == ["holds", "false"]
    # the same named D_{KL}, its arguments in capitals and sized brackets; the other way round is another number
    reverse = _sum(lambda u, v: _pu(u) * _pv(v) * mpmath.log(_pu(u) * _pv(v) / _P[u][v]))
    assert abs(reverse - _I_UV) > mpmath.mpf("0.01")
    text = (
        "$$I(U;V) = D_{KL}\\left(P(U,V) \\| P(U)P(V)\\right)$$\n\n"
        "$$I(U;V) = D_{\\mathrm{KL}}\\left(P(U)P(V) \\| P(U,V)\\right)$$\n\n"
        "$$I(U;V) = D_{\\mathrm{KL}}\\left( p(u,v) \\,\\|\\, p(u)\\,p(v) \\right).$$\n"
    )
    assert [claim.verdict for claim in _definitions(text)] == ["holds", "false", "holds"]


@pytest.mark.parametrize(
    "text",
    [
        r"H(V|U) = -\sum_{u,v} p(u) \log p(v|u)",  # weighted by the marginal: not the conditional entropy
        r"-H(U,V) = \sum_{u,v} p(u,v) \log p(u,v)",  # its minus on the left: right, and not read as a slip
    ],
)
def test_other_shapes_are_not_read(text: str) -> None:
    assert _definitions(f"$${text}$$\n") == []


def _definitions(text: str, name: str = "a.md") -> list[Checked]:
    return [claim for claim in check_text(text, name).claims if claim.kind == "definition"]


def test_the_chain_rule_of_the_kl_divergence_and_the_conditional_kl_bound_hold() -> None:
    joint = _sum(lambda u, v: _P[u][v] * mpmath.log(_P[u][v] / _Q[u][v]))
    q_u = [mpmath.fsum(_Q[u]) for u in range(2)]
    marginal = mpmath.fsum(_pu(u) * mpmath.log(_pu(u) / q_u[u]) for u in range(2))
    assert abs(joint - (marginal + _conditional_kl(1))) < 1e-12 and _conditional_kl(1) >= 0
    text = (
        "$$D(p(u,v) \\| q(u,v)) = D(p(v|u) \\| q(v|u)) + D(p(u) \\| q(u))$$\n\n"
        "$$D( p(v|u) \\| q(v|u) ) \\geq 0$$\n\n"
        "$$D(p(u,v) \\| q(u,v)) = D(p(u) \\| q(u)) + D(p(u|v) \\| q(u|v))$$\n"  # the marginal of the other: not read
    )
    claims = check_text(text, "a.md").claims
    assert [(claim.lines, claim.kind, claim.verdict) for claim in claims] == [
        ((1,), "identity", "holds"),
        ((3,), "bound", "holds"),
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (r"H(V|U) = -\sum_{u,v} p(u,v) \log p(v|u) = E[1/p(V|U)]", "false"),
        (r"H(V|U) = \mathbb{E}\left[\frac{1}{p(V|U)}\right]", "false"),
        (r"H(V|U) = \mathbb{E}_{p(u,v)}\left[\frac{1}{p(v|u)}\right]", "false"),
        (r"H(V|U) = -\sum_{u,v} p(u,v) \log p(v|u) = E[\log 1/p(V|U)]", "holds"),
        (r"H(V|U) = E\left[-\log p(V|U)\right]", "holds"),
    ],
)
def test_a_conditional_entropy_as_an_expectation_needs_its_logarithm(text: str, verdict: str) -> None:
    # E[1/p(V|U)] = sum p(u,v) / p(v|u) = sum_u p(u) * 3: every u allows the three values of v, a count
    unlogged = _sum(lambda u, v: _P[u][v] / (_P[u][v] / _pu(u)))
    logged = _sum(lambda u, v: _P[u][v] * mpmath.log(_pu(u) / _P[u][v]))
    assert abs(unlogged - 3) < 1e-12 and abs(logged - (_H_UV - _H_U)) < 1e-12
    claims = _definitions(f"Die bedingte Entropie:\n\n$${text}$$\n")
    assert [(claim.kind, claim.verdict) for claim in claims] == [("definition", verdict)]
    assert ("logarithm is missing" in claims[0].note) == (verdict == "false")
