"""Two-dimensional normal distributions with full covariances: the KL divergence in closed form.

P is written with the Cholesky factor of its covariance (``Sigma_1 = L L^T``,
``L`` lower triangular with a positive diagonal) so that two substitutions,
``x = m_1 + l_11 u`` and then ``y = m_2 + l_21 u + l_22 v``, turn its density
into the product of two standard normal densities. The log-ratio is a
quadratic in ``x`` and ``y``; after the substitutions it is one in ``u`` and
``v``, and the moments of the standard normals (``E[u^2] = E[v^2] = 1``, the
others 0) leave a closed form, which the last steps write with the entries
of ``Sigma_1`` itself (``s_11 = l_11^2``, ``s_12 = l_11 l_21``, ``s_22 = l_21^2 +
l_22^2``): ``(tr(Sigma_2^-1 Sigma_1) + d^T Sigma_2^-1 d - 2 + log(det Sigma_2 / det
Sigma_1))/2`` with ``d`` the difference of the means. Q's covariance is
positive definite: the domain writes ``t_22 = (t_12^2 + D)/t_11`` with ``D > 0``,
its determinant.

>>> from kldocs.derivations.verify import verify
>>> verify(kl()).holds
True
"""

from __future__ import annotations

from typing import Any

import sympy
from sympy import Eq, Function, Integral, Mul, Rational, Symbol, exp, log, oo, pi, sqrt

from kldocs.derivations.build import algebra, define, plus, substitute, work_out
from kldocs.derivations.identities.expectations import quantity
from kldocs.derivations.steps import Definition, Derivation, Step

x, y = Symbol("x", real=True), Symbol("y", real=True)
u, v = Symbol("u", real=True), Symbol("v", real=True)
m1, m2 = Symbol("m_1", real=True), Symbol("m_2", real=True)
n1, n2 = Symbol("n_1", real=True), Symbol("n_2", real=True)
l11, l22 = Symbol("l_11", positive=True), Symbol("l_22", positive=True)
l21 = Symbol("l_21", real=True)
s11, s22 = Symbol("s_11", positive=True), Symbol("s_22", positive=True)
s12 = Symbol("s_12", real=True)
t11, t22 = Symbol("t_11", positive=True), Symbol("t_22", positive=True)
t12 = Symbol("t_12", real=True)
# No assumptions: a step true for any r_ij is checked without writing them out (see Context.equal).
r11, r12, r22 = Symbol("r_11"), Symbol("r_12"), Symbol("r_22")
determinant = Symbol("D", positive=True)
f1, f2, phi = Function("f_1"), Function("f_2"), Function("phi")

#: P's parameters (mean, covariance entries) and Q's, as the closed form names them.
PARAMETERS = ((m1, m2, s11, s12, s22), (n1, n2, t11, t12, t22))
#: Q's covariance is positive definite: its determinant D is positive.
DOMAIN = ((t22, (t12**2 + determinant) / t11),)

# N_1 = N(m, Sigma_1) and N_2 = N(n, Sigma_2), as the first notes say: short names keep the lines narrow.
CE_MVN = quantity("H(N2(m,S1),N2(n,S2))", r"H\left(\mathcal{N}_1, \mathcal{N}_2\right)")
H_MVN = quantity("h(N2(m,S1))", r"h\left(\mathcal{N}_1\right)")
KL_MVN = quantity("D_KL(N2(m,S1)||N2(n,S2))", r"D_{\mathrm{KL}}\left(\mathcal{N}_1 \parallel \mathcal{N}_2\right)")


def _det_q() -> Any:
    return t11 * t22 - t12**2


def _quadratic_q(a: Any, b: Any) -> Any:
    """``(a, b) Sigma_2^-1 (a, b)^T`` with the inverse written through the adjugate."""
    return (t22 * a**2 - 2 * t12 * a * b + t11 * b**2) / _det_q()


def _quadratic_r(a: Any, b: Any) -> Any:
    """``(a, b) Sigma_2^-1 (a, b)^T`` with the entries ``r_ij`` of the inverse: a sum with no fraction in it."""
    return plus(r11 * a**2, 2 * r12 * a * b, r22 * b**2)


#: The entries of ``Sigma_2^-1`` through the adjugate: named in the first step, so that no line carries the fraction.
_PRECISION = ((r11, t22 / _det_q()), (r12, -t12 / _det_q()), (r22, t11 / _det_q()))
#: ``tr(Sigma_2^-1 Sigma_1)`` with ``Sigma_1 = L L^T``.
_TRACE_R = plus(r11 * l11**2, 2 * r12 * l11 * l21, r22 * (l21**2 + l22**2))


#: The three pieces of the closed form in matrix form, named so that a worked example computes each on its own.
TRACE = quantity("tr(S2^-1 S1)", r"\operatorname{tr}\left(\Sigma_2^{-1} \Sigma_1\right)")
QUADRATIC = quantity("(n-m)^T S2^-1 (n-m)", r"(\mathbf{n} - \mathbf{m})^{T} \Sigma_2^{-1} (\mathbf{n} - \mathbf{m})")
DET_P, DET_Q = quantity("det S1", r"\det \Sigma_1"), quantity("det S2", r"\det \Sigma_2")


def matrix_form() -> tuple[Any, tuple[Definition, ...]]:
    """``(tr(Sigma_2^-1 Sigma_1) + (n - m)^T Sigma_2^-1 (n - m) - 2 + log(det Sigma_2 / det Sigma_1)) / 2``, and what
    each named piece is in the entries (the closed form of :func:`kl`, written with matrices)."""
    pieces = (
        Definition(TRACE, _TRACE_S),
        Definition(QUADRATIC, _quadratic_q(n1 - m1, n2 - m2)),
        Definition(DET_P, s11 * s22 - s12**2),
        Definition(DET_Q, _det_q()),
    )
    return _half(plus(TRACE, QUADRATIC, -2, log(DET_Q / DET_P))), pieces


def kl() -> Derivation:
    """``D_KL(N(m, Sigma_1) || N(n, Sigma_2))`` for two-dimensional normal distributions."""
    written = plus(log(sqrt(_det_q()) / (l11 * l22)), -_WHITENED / 2, _half(_quadratic_r(x - n1, y - n2)))
    in_l = _half(plus(_TRACE_R, _quadratic_r(n1 - m1, n2 - m2), -2, log(_det_q() / (l11**2 * l22**2))))
    in_s = Mul(
        Rational(1, 2),
        plus(_TRACE_S, _quadratic_q(n1 - m1, n2 - m2), -2, log(_det_q() / (s11 * s22 - s12**2))),
        evaluate=False,
    )
    return _derive("multivariate_normal_kl", "kl", KL_MVN, written, in_l, in_s)


def cross_entropy() -> Derivation:
    """``H(N_1, N_2) = log(2 pi) + log(det Sigma_2)/2 + (tr(Sigma_2^-1 Sigma_1) + d^T Sigma_2^-1 d)/2``."""
    written = plus(log(2 * pi * sqrt(_det_q())), _half(_quadratic_r(x - n1, y - n2)))
    in_l = plus(log(2 * pi), log(_det_q()) / 2, _half(plus(_TRACE_R, _quadratic_r(n1 - m1, n2 - m2))))
    in_s = plus(
        log(2 * pi),
        log(_det_q()) / 2,
        Mul(Rational(1, 2), plus(_TRACE_S, _quadratic_q(n1 - m1, n2 - m2)), evaluate=False),
    )
    return _derive("multivariate_normal_cross_entropy", "cross_entropy", CE_MVN, written, in_l, in_s)


def entropy() -> Derivation:
    """``h(N(m, Sigma)) = log(2 pi e) + log(det Sigma)/2`` in two dimensions."""
    written = plus(log(2 * pi * l11 * l22), _WHITENED / 2)
    in_l = plus(log(2 * pi), log(l11**2 * l22**2) / 2, 1)
    in_s = plus(log(2 * pi * sympy.E), log(s11 * s22 - s12**2) / 2)
    return _derive("multivariate_normal_entropy", "entropy", H_MVN, written, in_l, in_s)


_WHITENED = (x - m1) ** 2 / l11**2 + (y - m2 - l21 * (x - m1) / l11) ** 2 / l22**2
_TRACE_S = (t22 * s11 - 2 * t12 * s12 + t11 * s22) / _det_q()
#: What each measure averages under ``f_1``, and the catalog key of its definition.
_INTEGRANDS = {
    "kl": (lambda: log(f1(x, y) / f2(x, y)), "step.family_kl_definition"),
    "cross_entropy": (lambda: -log(f2(x, y)), "step.family_cross_entropy_definition"),
    "entropy": (lambda: -log(f1(x, y)), "step.family_entropy_definition"),
}


def _derive(name: str, measure: str, symbol: Any, written: Any, in_l: Any, in_s: Any) -> Derivation:
    """The shared chain: definition, log written out, two substitutions, moments, closed form in Sigma's entries."""
    density_p = exp(-_WHITENED / 2) / (2 * pi * l11 * l22)
    density_q = exp(-_quadratic_r(x - n1, y - n2) / 2) / (2 * pi * sqrt(_det_q()))
    standard = exp(-(u**2 + v**2) / 2) / (2 * pi)
    integrand, key = _INTEGRANDS[measure]
    body = integrand()
    sign, body = (-1, -body) if measure != "kl" else (1, body)
    average = sign * Integral(Integral(f1(x, y) * body, (y, -oo, oo)), (x, -oo, oo))
    outer = written.xreplace({x: m1 + l11 * u})
    inner = outer.xreplace({y: m2 + l21 * u + l22 * v})
    named = [(f1(x, y), density_p), (phi(u, v), standard)]
    if measure != "entropy":
        named[1:1] = [(f2(x, y), density_q), *_PRECISION]
    steps: list[Step] = [
        define(average, key, (symbol, average), *named),
        algebra(Eq(integrand(), written, evaluate=False), "step.mvn_log_density"),
        algebra(Integral(Integral(f1(x, y) * written, (y, -oo, oo)), (x, -oo, oo)), "step.put_in_log_density"),
        substitute(
            Integral(Integral(f1(m1 + l11 * u, y) * outer * l11, (y, -oo, oo)), (u, -oo, oo)),
            "step.standardise",
            x,
            m1 + Mul(l11, u, evaluate=False),
            u,
        ),
        substitute(
            Integral(Integral(phi(u, v) * inner, (v, -oo, oo)), (u, -oo, oo)),
            "step.standardise",
            y,
            m2 + Mul(l21, u, evaluate=False) + Mul(l22, v, evaluate=False),
            v,
        ),
    ]
    terms = _monomials(sympy.expand(inner))
    moments = {(0, 0): 1, (1, 0): 0, (0, 1): 0, (2, 0): 1, (0, 2): 1, (1, 1): 0}
    steps.append(algebra(plus(*(coefficient * _moment(a, b) for (a, b), coefficient in terms)), "step.linearity"))
    keys = {(0, 0): "step.normal_mass", (2, 0): "step.normal_variance", (0, 2): "step.normal_variance"}
    for (a, b), _ in terms:
        key = keys.get((a, b), "step.normal_mean")
        steps.append(work_out(Eq(_moment(a, b), moments[(a, b)], evaluate=False), key))
    steps.append(algebra(in_l, "step.substitute_moments"))
    entries = (Definition(s11, l11**2), Definition(s12, l11 * l21), Definition(s22, l21**2 + l22**2))
    steps.append(Step("definition", in_s, "step.mvn_covariance_entries", defines=entries))
    return Derivation(name, f"derivation.{name}.title", tuple(steps), symbol, domain=DOMAIN)


def _moment(a: int, b: int) -> Any:
    return Integral(Integral(u**a * v**b * phi(u, v), (v, -oo, oo)), (u, -oo, oo))


def _monomials(polynomial: Any) -> list[tuple[tuple[int, int], Any]]:
    """``[((a, b), coefficient of u^a v^b), ...]`` with logarithms kept as written."""
    logs = {term: sympy.Dummy() for term in polynomial.atoms(log)}
    expanded = sympy.expand(polynomial.xreplace(logs))
    poly = sympy.Poly(expanded, u, v)
    back = {dummy: term for term, dummy in logs.items()}
    found = []
    for (a, b), coefficient in sorted(poly.terms(), key=lambda item: (sum(item[0]), item[0])):
        found.append(((int(a), int(b)), _tidy(coefficient.xreplace(back))))
    return found


def _tidy(coefficient: Any) -> Any:
    """A coefficient as a sum (which a long line can break), a common factor ``1/2`` or ``-1/2`` in front."""
    halves = sympy.expand(2 * coefficient)
    if all(term.as_coeff_Mul()[0].is_Integer for term in sympy.Add.make_args(halves)) and any(
        term.as_coeff_Mul()[0] % 2 for term in sympy.Add.make_args(halves)
    ):
        return _half(halves)
    return sympy.expand(coefficient)


def _half(expression: Any) -> Any:
    """``expression / 2`` kept as written: ``1/2 (...)``."""
    return Mul(Rational(1, 2), expression, evaluate=False)
