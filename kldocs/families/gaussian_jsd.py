r"""The JSD of two multivariate normal distributions, certified, as one integral along a line.

With ``R = log q - log p``, ``JSD = log 2 - E_P[softplus(R)]/2 - E_Q[softplus(-R)]/2``
(``softplus(r) = log(1 + e^r)``). The bilateral Laplace transform of softplus is
``pi / (s sin(pi s))`` for ``0 < Re s < 1``, so by the inversion formula
``E_P[softplus(R)] = (1/2 pi i) int pi M(s) / (s sin(pi s)) ds`` along ``Re s = c``, where

    M(s) = E_P[e^(sR)] = int p^(1-s) q^s dx

is a Gaussian integral with a closed form; ``E_Q[softplus(-R)]`` is the same with
``M(1 - s)``. Both taken on ``Re s = 1/2`` and added (``s = 1/2 + iy``):

    JSD(P, Q) = log 2 - (1/2) int_0^oo Re M(1/2 + iy) / ((1/4 + y^2) cosh(pi y)) dy.

Here ``log M(s) = (1/2) sum_i [s log m_i - log(1 + s (m_i - 1))] - (1/2) s (1 - s) d^T S(s)^-1 d``
with ``S(s) = (1 - s) Sigma_Q + s Sigma_P``, ``d = mu_Q - mu_P`` and ``m_i`` the eigenvalues of
``Sigma_Q^-1 Sigma_P`` (positive: the roots of a characteristic polynomial with rational
coefficients, enclosed by python-flint). Each ``1 + s (m_i - 1)`` has a positive real part on
the line, so the principal logarithm is the right branch there. The integrand is holomorphic
near the real axis (its poles are at ``y = +-i/2`` and beyond), and ``acb.integral`` encloses it on
``[0, Y]``; beyond ``Y`` it is bounded: ``|M(1/2 + iy)| <= M(1/2) <= 1`` (the Bhattacharyya
coefficient), so the tail is at most ``int_Y^oo dy / (y^2 cosh(pi y)) <= 2 e^(-pi Y) / (pi Y^2)``.
One integral in any dimension, with any covariance: the whole value is an enclosure.

>>> from kldocs.families import mvnormal
>>> mvnormal_jsd(mvnormal([0, 0], var=[1, 1]), mvnormal([1, 0], var=[1, 1], name="Q")).decimal(12)
'0.111421482185'
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from kldocs.families.certified import Certified
from kldocs.families.numerical import integral

if TYPE_CHECKING:
    import flint

    from kldocs.families.multivariate_normal import MultivariateNormal


def mvnormal_jsd(P: MultivariateNormal, Q: MultivariateNormal) -> Certified:
    """``JSD(P, Q)`` in nats, as a certified enclosure (see the module notes)."""
    pair = _Pair(P, Q)
    return Certified(pair.ball, "integral")


class _Pair:
    """The exact data of ``M(s)``: both covariances, the gap between the means, the eigenvalue polynomial."""

    def __init__(self, P: MultivariateNormal, Q: MultivariateNormal) -> None:
        import flint

        def matrix(rows: Any) -> flint.fmpq_mat:
            return flint.fmpq_mat([[_fmpq(value) for value in row] for row in rows])

        self.cov_p, self.cov_q = matrix(P.cov), matrix(Q.cov)
        self.gap = flint.fmpq_mat([[_fmpq(q) - _fmpq(p)] for p, q in zip(P.mean, Q.mean, strict=True)])
        self.polynomial = (self.cov_q.inv() * self.cov_p).charpoly()

    def ball(self, bits: int) -> flint.arb:
        """The enclosure at ``bits`` of working precision (set by the caller)."""
        import flint

        found: Any = self.polynomial.complex_roots()  # (root, multiplicity) pairs, whatever the stubs say
        roots = [(root.real, multiplicity) for root, multiplicity in found]
        cov_p, cov_q = flint.acb_mat(self.cov_p), flint.acb_mat(self.cov_q)
        gap = flint.acb_mat(self.gap)
        quarter = flint.arb(1) / 4

        def integrand(y: flint.acb, analytic: bool) -> flint.acb:
            s = 1 / flint.acb(2) + flint.acb(0, 1) * y
            log_m = flint.acb(0)
            for root, multiplicity in roots:
                log_m += multiplicity * (s * root.log() - (1 + s * (root - 1)).log(analytic=analytic)) / 2
            try:
                solved = ((1 - s) * cov_q + s * cov_p).solve(gap)
            except ZeroDivisionError:  # not certified invertible on a wide complex ball: the integrator bisects
                return flint.acb("nan")
            quadratic = (gap.transpose() * solved)[0, 0]
            log_m -= s * (1 - s) * quadratic / 2
            return log_m.exp() / ((quarter + y * y) * (flint.arb.pi() * y).cosh())

        reach = math.ceil((bits + 8) * math.log(2) / math.pi) + 1
        tolerance = flint.arb(2) ** -(bits + 4)
        inside = integral(integrand, flint.arb(0), flint.arb(reach), tolerance).real
        end = flint.arb(reach)
        tail = (2 * (-flint.arb.pi() * end).exp() / (flint.arb.pi() * end**2)).upper()
        return flint.arb(2).log() - (inside + flint.arb(0, tail)) / 2


def _fmpq(value: Any) -> flint.fmpq:
    import flint

    number = Fraction(value)
    return flint.fmpq(number.numerator, number.denominator)
