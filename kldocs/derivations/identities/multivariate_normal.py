"""Normal distributions with full covariances in two or three dimensions: the KL divergence in closed form.

One function writes the derivation for any dimension ``d`` (:func:`kl`,
:func:`cross_entropy` and :func:`entropy` take it), so the two- and
three-dimensional derivations are the same chain. P is written with the
Cholesky factor of its covariance (``Sigma_1 = L L^T``, ``L`` lower
triangular with a positive diagonal) so that ``d`` substitutions, ``x = m_1 +
l_11 u``, then ``y = m_2 + l_21 u + l_22 v`` (and ``z = m_3 + l_31 u + l_32 v +
l_33 w``), turn its density into a product of standard normal densities. The
log-ratio is a quadratic in the coordinates; after the substitutions it is
one in ``u, v, ...``, and the moments of the standard normals (``E[u^2] = 1``,
the other moments of degree 1 and 2 are 0) leave a closed form, which the
last step writes with the entries of ``Sigma_1`` itself (``s_ij``, the entries
of ``L L^T``): ``(tr(Sigma_2^-1 Sigma_1) + d^T Sigma_2^-1 d - d + log(det
Sigma_2 / det Sigma_1))/2`` with ``d`` the difference of the means, in the
entries of both covariances in two dimensions; in three, where that line
would be pages wide, with the trace, the quadratic form and the
determinants as named pieces that the same step defines in the entries
(:func:`kldocs.families.closed_forms.final_expression` puts them in for
numbers). The entries ``r_ij`` of ``Sigma_2^-1`` (its adjugate over its
determinant) are named in the first step, so that no line carries the
fraction. Q's covariance is positive definite: the domain writes each
diagonal entry after the first through a positive leading minor (``t_22 =
(t_12^2 + D)/t_11`` in two dimensions). The coordinates are named ``x, y,
z``: more dimensions would need more names, and the moments and the
lines grow fast (15 moments and a page-high sum in four).

>>> from kldocs.derivations.verify import verify
>>> verify(kl()).holds
True
>>> [symbol.name for symbol in shape(3).parameters[0]]
['m_1', 'm_2', 'm_3', 's_11', 's_12', 's_13', 's_22', 's_23', 's_33']
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from typing import Any

import sympy
from sympy import Eq, Function, Integral, Mul, Rational, Symbol, exp, log, oo, pi, sqrt

from kldocs.derivations.build import algebra, define, plus, substitute, work_out
from kldocs.derivations.identities.expectations import quantity
from kldocs.derivations.printing import to_latex
from kldocs.derivations.steps import Definition, Derivation, Step

#: Coordinate names and standard variables, by position.
_COORDINATES, _STANDARD = ("x", "y", "z"), ("u", "v", "w")
f1, f2, phi = Function("f_1"), Function("f_2"), Function("phi")

#: The three pieces of the closed form in matrix form, named so that a worked example computes each on its own.
TRACE = quantity("tr(S2^-1 S1)", r"\operatorname{tr}\left(\Sigma_2^{-1} \Sigma_1\right)")
QUADRATIC = quantity("(n-m)^T S2^-1 (n-m)", r"(\mathbf{n} - \mathbf{m})^{T} \Sigma_2^{-1} (\mathbf{n} - \mathbf{m})")
DET_P, DET_Q = quantity("det S1", r"\det \Sigma_1"), quantity("det S2", r"\det \Sigma_2")


def _entries(letter: str, d: int, *, lower: bool = False, positive: bool = True) -> dict[tuple[int, int], Symbol]:
    """``letter_ij`` for the upper triangle (or the lower one), diagonal entries positive if ``positive``."""
    pairs = [(i, j) for i in range(d) for j in range(d) if (i >= j if lower else i <= j)]
    if not positive:  # no assumptions: a step true for any r_ij is checked without writing them out
        return {(i, j): Symbol(f"{letter}_{i + 1}{j + 1}") for i, j in pairs}
    return {(i, j): Symbol(f"{letter}_{i + 1}{j + 1}", **_sign(i == j)) for i, j in pairs}


def _sign(diagonal: bool) -> dict[str, bool]:
    return {"positive": True} if diagonal else {"real": True}


def symmetric(entries: dict[tuple[int, int], Any], d: int) -> sympy.ImmutableMatrix:
    """The symmetric ``d x d`` matrix with these entries in its upper triangle."""
    return sympy.ImmutableMatrix(d, d, lambda i, j: entries[(min(i, j), max(i, j))])


@dataclass(frozen=True)
class Shape:
    """The symbols and the expressions every step of the ``d``-dimensional derivations is made of.

    ``x`` are the coordinates and ``u`` the standard variables; ``m``, ``n`` the means;
    ``cholesky`` the entries ``l_ij`` of the Cholesky factor of ``Sigma_1`` (lower triangle), ``s`` and ``t`` the upper
    triangles of ``Sigma_1`` and ``Sigma_2``, ``r`` that of ``Sigma_2^-1``.
    """

    d: int
    x: tuple[Symbol, ...]
    u: tuple[Symbol, ...]
    m: tuple[Symbol, ...]
    n: tuple[Symbol, ...]
    cholesky: dict[tuple[int, int], Symbol]
    s: dict[tuple[int, int], Symbol]
    t: dict[tuple[int, int], Symbol]
    r: dict[tuple[int, int], Symbol]
    domain: tuple[tuple[Any, Any], ...]

    @property
    def parameters(self) -> tuple[tuple[Symbol, ...], tuple[Symbol, ...]]:
        """P's parameters (mean, covariance entries row by row) and Q's, as the closed form names them."""
        return (*self.m, *self.s.values()), (*self.n, *self.t.values())

    @property
    def pairs(self) -> tuple[tuple[int, int], ...]:
        """The entries of a symmetric matrix's upper triangle, row by row."""
        return tuple(self.s)

    def det_q(self) -> Any:
        return sympy.expand(symmetric(self.t, self.d).det())

    def det_p(self) -> Any:
        return sympy.expand(symmetric(self.s, self.d).det())

    def adjugate(self) -> dict[tuple[int, int], Any]:
        """The upper triangle of the adjugate of ``Sigma_2``: ``Sigma_2^-1`` times its determinant."""
        matrix = symmetric(self.t, self.d).adjugate()
        return {pair: sympy.expand(matrix[pair]) for pair in self.pairs}

    def precision(self) -> tuple[tuple[Symbol, Any], ...]:
        """``r_ij`` as the adjugate's entries over the determinant: named in the first step."""
        return tuple((self.r[pair], entry / self.det_q()) for pair, entry in self.adjugate().items())

    def covariance(self) -> dict[tuple[int, int], Any]:
        """The upper triangle of ``L L^T`` in the entries of ``L``."""
        factor = self.cholesky
        return {(i, j): sympy.Add(*(factor[(i, k)] * factor[(j, k)] for k in range(i + 1))) for i, j in self.pairs}

    def quadratic_r(self, gap: tuple[Any, ...]) -> Any:
        """``gap^T Sigma_2^-1 gap`` with the entries ``r_ij`` of the inverse: a sum with no fraction in it."""
        return plus(*(_twice(i, j) * self.r[(i, j)] * gap[i] * gap[j] for i, j in self.pairs))

    def quadratic_q(self, gap: tuple[Any, ...]) -> Any:
        """``gap^T Sigma_2^-1 gap`` with the inverse written through the adjugate."""
        adjugate = self.adjugate()
        return sympy.Add(*(_twice(i, j) * adjugate[(i, j)] * gap[i] * gap[j] for i, j in self.pairs)) / self.det_q()

    def trace_r(self) -> Any:
        """``tr(Sigma_2^-1 Sigma_1)`` with ``Sigma_1 = L L^T``."""
        covariance = self.covariance()
        return plus(*(_twice(i, j) * self.r[(i, j)] * covariance[(i, j)] for i, j in self.pairs))

    def trace_s(self) -> Any:
        """``tr(Sigma_2^-1 Sigma_1)`` in the entries of both covariances."""
        adjugate = self.adjugate()
        return sympy.Add(*(_twice(i, j) * adjugate[(i, j)] * self.s[(i, j)] for i, j in self.pairs)) / self.det_q()

    def whitened(self) -> Any:
        """``(x - m)^T Sigma_1^-1 (x - m)`` through ``L``: the sum of the squares of the standardised coordinates."""
        standardised: list[Any] = []
        squares = []
        for k in range(self.d):
            numerator = self.x[k] - self.m[k] - sympy.Add(*(self.cholesky[(k, j)] * standardised[j] for j in range(k)))
            standardised.append(numerator / self.cholesky[(k, k)])
            squares.append(numerator**2 / self.cholesky[(k, k)] ** 2)
        return sympy.Add(*squares)

    def scale(self) -> Any:
        """``l_11 l_22 ...``: the square root of ``det Sigma_1``."""
        return Mul(*(self.cholesky[(k, k)] for k in range(self.d)))

    def normalising(self) -> Any:
        """``(2 pi)^(d/2)``."""
        return (2 * pi) ** Rational(self.d, 2)

    def gaps(self) -> tuple[Any, ...]:
        """``n - m``, entry by entry, as written."""
        return tuple(plus(n, -m) for m, n in zip(self.m, self.n, strict=True))

    def mapping(self, k: int) -> Any:
        """The ``k``-th substitution's right side: ``m_k + l_k1 u + ... + l_kk u_k``, as written."""
        return plus(self.m[k], *(Mul(self.cholesky[(k, j)], self.u[j], evaluate=False) for j in range(k + 1)))

    def integral(self, body: Any, variables: tuple[Symbol, ...]) -> Any:
        """``body`` integrated over the real line in each variable, the last one innermost."""
        for variable in reversed(variables):
            body = Integral(body, (variable, -oo, oo))
        return body


def _twice(i: int, j: int) -> int:
    """An off-diagonal entry of a symmetric matrix counts twice in a quadratic form."""
    return 1 if i == j else 2


@cache
def shape(d: int) -> Shape:
    """The symbols of the ``d``-dimensional derivations (``d <= 3``: the coordinates are ``x, y, z``)."""
    real = {"real": True}
    x = tuple(Symbol(name, **real) for name in _COORDINATES[:d])
    u = tuple(Symbol(name, **real) for name in _STANDARD[:d])
    m = tuple(Symbol(f"m_{k + 1}", **real) for k in range(d))
    n = tuple(Symbol(f"n_{k + 1}", **real) for k in range(d))
    t = _entries("t", d)
    return Shape(
        d,
        x,
        u,
        m,
        n,
        _entries("l", d, lower=True),
        _entries("s", d),
        t,
        _entries("r", d, positive=False),
        _domain(t, d),
    )


def _domain(t: dict[tuple[int, int], Symbol], d: int) -> tuple[tuple[Any, Any], ...]:
    """Each diagonal entry of ``Sigma_2`` after the first through its leading minor, a positive symbol.

    The determinant of the first ``k`` rows and columns is linear in ``t_kk``, with the minor before it as
    the coefficient: ``t_kk = (D_k - (that determinant at t_kk = 0)) / D_(k-1)``. The last minor is ``D``.
    """
    minors: list[Any] = [t[(0, 0)]]
    found: list[tuple[Any, Any]] = []
    for k in range(1, d):
        minor = Symbol("D" if k == d - 1 else f"D_{k + 1}", positive=True)
        matrix = symmetric(t, k + 1).xreplace(dict(found))
        rest = sympy.expand(matrix.subs(t[(k, k)], 0).det())
        found.append((t[(k, k)], (minor - rest) / minors[-1]))
        minors.append(minor)
    return tuple(found)


def parameters(d: int) -> tuple[tuple[Symbol, ...], tuple[Symbol, ...]]:
    """The parameter symbols of the ``d``-dimensional closed forms (see :attr:`Shape.parameters`)."""
    return shape(d).parameters


#: The two-dimensional closed forms' parameters.
PARAMETERS = parameters(2)
#: The three-dimensional closed forms' parameters.
PARAMETERS_3D = parameters(3)


def name(measure: str, d: int) -> str:
    """The registered name of a derivation: ``multivariate_normal_kl``, ``multivariate_normal_3d_kl``."""
    return f"multivariate_normal_{measure}" if d == 2 else f"multivariate_normal_{d}d_{measure}"


def _quantities(d: int) -> dict[str, Any]:
    """``N_1 = N(m, Sigma_1)`` and ``N_2 = N(n, Sigma_2)``, as the first notes say: short names keep lines narrow."""
    first, second = f"N{d}(m,S1)", f"N{d}(n,S2)"
    return {
        "cross_entropy": quantity(f"H({first},{second})", r"H\left(\mathcal{N}_1, \mathcal{N}_2\right)"),
        "entropy": quantity(f"h({first})", r"h\left(\mathcal{N}_1\right)"),
        "kl": quantity(
            f"D_KL({first}||{second})", r"D_{\mathrm{KL}}\left(\mathcal{N}_1 \parallel \mathcal{N}_2\right)"
        ),
    }


def matrix_form(d: int = 2) -> tuple[Any, tuple[Definition, ...]]:
    """``(tr(Sigma_2^-1 Sigma_1) + (n - m)^T Sigma_2^-1 (n - m) - d + log(det Sigma_2 / det Sigma_1)) / 2``, and what
    each named piece is in the entries (the closed form of :func:`kl`, written with matrices)."""
    return _closing("kl", d, TRACE, QUADRATIC, DET_P, DET_Q), _pieces(shape(d))


def _pieces(found: Shape) -> tuple[Definition, ...]:
    """What each named piece of the matrix form is in the entries of the covariances."""
    return (
        Definition(TRACE, found.trace_s()),
        Definition(QUADRATIC, found.quadratic_q(found.gaps())),
        Definition(DET_P, found.det_p()),
        Definition(DET_Q, found.det_q()),
    )


def _closing(measure: str, d: int, trace: Any, quadratic: Any, det_p: Any, det_q: Any) -> Any:
    """The closed form of ``measure`` from its pieces: in the covariances' entries, or named with matrices."""
    if measure == "kl":
        return _half(plus(trace, quadratic, -d, log(det_q / det_p)))
    if measure == "cross_entropy":
        return plus(Rational(d, 2) * log(2 * pi), log(det_q) / 2, _half(plus(trace, quadratic)))
    return plus(Rational(d, 2) * log(2 * pi * sympy.E), log(det_p) / 2)


def kl(d: int = 2) -> Derivation:
    """``D_KL(N(m, Sigma_1) || N(n, Sigma_2))`` for normal distributions in ``d`` dimensions."""
    found = shape(d)
    det_q, gaps = found.det_q(), found.gaps()
    written = plus(
        log(sqrt(det_q) / found.scale()), -found.whitened() / 2, _half(found.quadratic_r(_minus(found.x, found.n)))
    )
    in_l = _half(plus(found.trace_r(), found.quadratic_r(gaps), -d, log(det_q / found.scale() ** 2)))
    return _derive(found, "kl", written, in_l)


def cross_entropy(d: int = 2) -> Derivation:
    """``H(N_1, N_2) = (d/2) log(2 pi) + log(det Sigma_2)/2 + (tr(Sigma_2^-1 Sigma_1) + d^T Sigma_2^-1 d)/2``."""
    found = shape(d)
    det_q, gaps = found.det_q(), found.gaps()
    written = plus(log(found.normalising() * sqrt(det_q)), _half(found.quadratic_r(_minus(found.x, found.n))))
    in_l = plus(Rational(d, 2) * log(2 * pi), log(det_q) / 2, _half(plus(found.trace_r(), found.quadratic_r(gaps))))
    return _derive(found, "cross_entropy", written, in_l)


def entropy(d: int = 2) -> Derivation:
    """``h(N(m, Sigma)) = (d/2) log(2 pi e) + log(det Sigma)/2`` in ``d`` dimensions."""
    found = shape(d)
    written = plus(log(found.normalising() * found.scale()), found.whitened() / 2)
    in_l = plus(Rational(d, 2) * log(2 * pi), log(found.scale() ** 2) / 2, Rational(d, 2))
    return _derive(found, "entropy", written, in_l)


def _minus(first: tuple[Any, ...], second: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(a - b for a, b in zip(first, second, strict=True))


#: What each measure averages under ``f_1``, and the catalog key of its definition.
_INTEGRANDS = {
    "kl": (lambda *x: log(f1(*x) / f2(*x)), "step.family_kl_definition"),
    "cross_entropy": (lambda *x: -log(f2(*x)), "step.family_cross_entropy_definition"),
    "entropy": (lambda *x: -log(f1(*x)), "step.family_entropy_definition"),
}


def _derive(found: Shape, measure: str, written: Any, in_l: Any) -> Derivation:
    """The shared chain: definition, log written out, ``d`` substitutions, moments, the closed form.

    The closed form is written last with the entries of ``Sigma_1``: in two dimensions in the entries themselves;
    in more, where that line would be far wider than a page, with named matrix pieces (a trace, a quadratic form,
    determinants) that the step defines in the entries.
    """
    d, x, u = found.d, found.x, found.u
    derivation_name = name(measure, d)
    symbol = _quantities(d)[measure]
    density_p = exp(-found.whitened() / 2) / (found.normalising() * found.scale())
    density_q = exp(-found.quadratic_r(_minus(x, found.n)) / 2) / (found.normalising() * sqrt(found.det_q()))
    standard = exp(-sympy.Add(*(variable**2 for variable in u)) / 2) / found.normalising()
    integrand, key = _INTEGRANDS[measure]
    body = integrand(*x)
    sign, body = (-1, -body) if measure != "kl" else (1, body)
    average = sign * found.integral(f1(*x) * body, x)
    named = [(f1(*x), density_p), (phi(*u), standard)]
    if measure != "entropy":
        named[1:1] = [(f2(*x), density_q), *found.precision()]
    steps: list[Step] = [
        define(average, key, (symbol, average), *named),
        _note(algebra(Eq(integrand(*x), written, evaluate=False), "step.mvn_log_density"), found),
        algebra(found.integral(f1(*x) * written, x), "step.put_in_log_density"),
    ]
    changed, point = written, list(x)
    for k in range(d):
        changed = changed.xreplace({x[k]: found.mapping(k).doit()})
        point[k] = found.mapping(k).doit()
        density = phi(*u) if k == d - 1 else f1(*point) * Mul(*(found.cholesky[(j, j)] for j in range(k + 1)))
        new = found.integral(density * changed, (*u[: k + 1], *x[k + 1 :]))
        steps.append(substitute(new, "step.standardise", x[k], found.mapping(k), u[k]))
    terms = _monomials(sympy.expand(changed), u)
    steps.append(
        algebra(plus(*(coefficient * _moment(found, powers) for powers, coefficient in terms)), "step.linearity")
    )
    steps.extend(_moment_value(found, powers) for powers, _ in terms)
    steps.append(algebra(in_l, "step.substitute_moments"))
    entries = tuple(Definition(found.s[pair], value) for pair, value in found.covariance().items())
    if d == 2:
        closed = _closing(measure, d, found.trace_s(), found.quadratic_q(found.gaps()), found.det_p(), found.det_q())
    else:
        closed = _closing(measure, d, TRACE, QUADRATIC, DET_P, DET_Q)
        entries += tuple(piece for piece in _pieces(found) if closed.has(piece.target))
    steps.append(_note(Step("definition", closed, "step.mvn_covariance_entries", defines=entries), found))
    return Derivation(derivation_name, f"derivation.{derivation_name}.title", tuple(steps), symbol, domain=found.domain)


def _note(step: Step, found: Shape) -> Step:
    """Outside two dimensions, a note whose formulas are printed from what the derivation defines."""
    if found.d == 2:
        return step
    determinant = Symbol("D")
    if step.justification == "step.mvn_log_density":
        shown = [Eq(found.r[pair], entry / determinant, evaluate=False) for pair, entry in found.adjugate().items()]
        fields = (("variables", ", ".join(to_latex(variable) for variable in found.x)), ("precision", _listed(shown)))
    else:
        entries = [
            Eq(item.target, item.body, evaluate=False) for item in step.defines if item.target in found.s.values()
        ]
        fields = (("entries", _listed(entries)), ("determinant", to_latex(found.scale() ** 2)))
    return dataclasses.replace(step, justification=f"{step.justification}_{found.d}d", fields=fields)


def _listed(equations: list[Any]) -> str:
    return r",\ ".join(to_latex(equation) for equation in equations)


def _moment_value(found: Shape, powers: tuple[int, ...]) -> Step:
    """``E[u^a v^b ...]`` under independent standard normals (degree at most 2): 1 when every power is even, else 0."""
    value = 1 if all(power % 2 == 0 for power in powers) else 0
    key = {0: "step.normal_mass", 2: "step.normal_variance"}[max(powers)] if value else "step.normal_mean"
    return work_out(Eq(_moment(found, powers), value, evaluate=False), key)


def _moment(found: Shape, powers: tuple[int, ...]) -> Any:
    return found.integral(Mul(*(u**a for u, a in zip(found.u, powers, strict=True))) * phi(*found.u), found.u)


def _monomials(polynomial: Any, variables: tuple[Symbol, ...]) -> list[tuple[tuple[int, ...], Any]]:
    """``[((a, b, ...), coefficient of u^a v^b ...), ...]`` by degree, with logarithms kept as written."""
    logs = {term: sympy.Dummy() for term in polynomial.atoms(log)}
    expanded = sympy.expand(polynomial.xreplace(logs))
    poly = sympy.Poly(expanded, *variables)
    back = {dummy: term for term, dummy in logs.items()}
    found = []
    for powers, coefficient in sorted(poly.terms(), key=lambda item: (sum(item[0]), item[0])):
        found.append((tuple(int(power) for power in powers), _tidy(coefficient.xreplace(back))))
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
