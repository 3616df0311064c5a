"""Certified numerics for what has no closed form: JSD integrals, JSD series, Poisson entropies.

Every value is an enclosure that certainly contains the true value, never
a floating-point estimate:

- the JSD of two densities is integrated by python-flint's ``acb.integral``
  (rigorous for analytic integrands; the logarithm is told where it is
  analytic) over a window cut where either density changes on its own scale
  and where the two cross; on each piece ``log(p + q)`` is written around the
  larger density (``log q + log(1 + p/q)`` where ``q > p``), so the logarithm
  takes a small exponential and its branch cut stays away from the real line
  (written the other way round, ``1 + e^r`` with ``r`` large winds about 0 just
  off the line, and a narrow normal against a wide one took seconds of
  bisection); the mass outside the window is bounded:
  the JSD's integrand lies between 0 and ``(p + q) log(2) / 2``, so the
  part left out lies between 0 and ``log(2)/2`` times the two tails
  (a normal's by Mills' ratio ``P(Z > t) <= phi(t)/t``, an exponential's
  exactly);
- discrete sums are added exactly in arb up to ``K`` and their tails bounded
  the same way (a Poisson tail by a geometric series once ``lambda/(k+2) < 1``);
- a Poisson entropy or cross-entropy, ``E[-log q(k)]``, has terms
  ``p(k)(lambda_q - k log lambda_q + log k!)``, bounded by
  ``c_k = p(k)(lambda_q + k(|log lambda_q| + log k))`` whose ratio is at most
  1/2 once ``k >= max(3, 4 lambda_p)``, so the tail is at most ``2 c_(K+1)``.

>>> from fractions import Fraction
>>> from kldocs.families.normal import Normal
>>> value = jsd_integral(Normal(Fraction(0), Fraction(1)), Normal(Fraction(1), Fraction(1), name="Q"))
>>> value.decimal(6)
'0.111421'
"""

from __future__ import annotations

import math
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from kldocs.families.certified import Certified
from kldocs.families.discrete import Discrete
from kldocs.families.family import Family, arb_of
from kldocs.families.finite import Finite

if TYPE_CHECKING:
    import flint

#: The most terms a certified series adds before giving up (a rate of about 10^5).
MAX_TERMS = 400_000


def jsd_integral(P: Family, Q: Family) -> Certified:
    """``JSD(P, Q)`` of two densities (normal or exponential, same family) by certified integration.

    Two densities that barely overlap (a narrow normal far out in another's
    tail) would take the integration minutes of bisection; their JSD is
    ``log 2`` to within the Bhattacharyya coefficient ``BC = int sqrt(p q)``:
    ``JSD = log 2 - (1/2) int (p log(1 + q/p) + q log(1 + p/q))``, and
    ``log(1 + u) <= sqrt(u)`` makes each part at most ``sqrt(p q)``. When
    ``BC`` is below the working precision that ball is the answer.
    """

    def ball(bits: int) -> flint.arb:
        import flint

        log2 = flint.arb(2).log()
        overlap = _bhattacharyya(P, Q)
        if overlap.upper() < flint.arb(2) ** -bits:
            return log2 - _between_zero_and(overlap)
        low, high, outside = _window(P, Q, bits)

        def piece(a: flint.arb, b: flint.arb) -> flint.arb:
            # Where q > p (the tails of the narrower density), log(1 + e^(lq - lp)) is taken as
            # (lq - lp) + log(1 + e^(lp - lq)): the principal logarithm then never meets its branch cut near the
            # real line (1 + e^r winds around 0 when r is large), which costs thousands of bisections.
            q_above = _log_ratio(P, Q, (float(a.mid()) + float(b.mid())) / 2) > 0

            def integrand(x: flint.acb, analytic: bool) -> flint.acb:
                lp, lq = P.log_density_ball(x), Q.log_density_ball(x)  # type: ignore[attr-defined]
                p, q = lp.exp(), lq.exp()
                # log(p + q), written so that the exponential inside the logarithm is the small one
                mixture = (lq if q_above else lp) + (1 + ((lp - lq) if q_above else (lq - lp)).exp()).log(
                    analytic=analytic
                )
                return (p * (lp - mixture) + q * (lq - mixture)) / 2 + (p + q) * log2 / 2

            return integral(integrand, a, b).real

        points = _breakpoints(P, Q, float(low.mid()), float(high.mid()))
        inside = sum((piece(a, b) for a, b in pairwise(points)), flint.arb(0))
        return inside + _between_zero_and(outside * flint.arb(2).log() / 2)

    return Certified(ball, "integral")


def integral(integrand: Any, a: flint.arb, b: flint.arb, tolerance: flint.arb | None = None) -> flint.acb:
    """``acb.integral`` (to ``tolerance``, relative and absolute, else the working precision).

    An exception raised while it runs (a stop by Ctrl-C or SIGTERM among them) is passed on as itself, where
    python-flint reports a SystemError whose chain of causes ends in it."""
    import flint

    try:
        return flint.acb.integral(integrand, a, b, rel_tol=tolerance, abs_tol=tolerance)
    except SystemError as error:
        cause: BaseException = error
        while isinstance(cause, SystemError) and (cause.__cause__ or cause.__context__) is not None:
            cause = cause.__cause__ or cause.__context__  # type: ignore[assignment]
        if cause is error:
            raise
        raise cause from None


def _bhattacharyya(P: Family, Q: Family) -> flint.arb:
    """``int sqrt(p q)`` for two normal or two exponential densities (closed forms).

    >>> from fractions import Fraction
    >>> from kldocs.families.exponential import Exponential
    >>> _bhattacharyya(Exponential(Fraction(1)), Exponential(Fraction(4), name="Q")).contains(0.8)  # 2 sqrt(4) / 5
    True
    """
    from kldocs.families.normal import Normal

    if isinstance(P, Normal) and isinstance(Q, Normal):
        (mu, sigma), (nu, tau) = ((arb_of(d.mu), arb_of(d.sigma)) for d in (P, Q))
        spread = sigma**2 + tau**2
        return (2 * sigma * tau / spread).sqrt() * (-((mu - nu) ** 2) / (4 * spread)).exp()
    rates = arb_of(P.rate), arb_of(Q.rate)  # type: ignore[attr-defined]
    return 2 * (rates[0] * rates[1]).sqrt() / (rates[0] + rates[1])


def _breakpoints(P: Family, Q: Family, low: float, high: float) -> list[flint.arb]:
    """``low``, points where either density changes on its own scale, and ``high``: integrated piece by piece.

    A narrow density inside a wide window (sigma 1/10 against 1) is otherwise found only after many
    bisections (over a minute); split at ``mu + k sigma`` (or ``k / rate``) it takes seconds.

    >>> from fractions import Fraction
    >>> from kldocs.families.normal import Normal
    >>> [float(x) for x in _breakpoints(Normal(Fraction(0), Fraction(1)), Normal(Fraction(0), Fraction(1)), -3, 3)]
    [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0]
    """
    import flint

    from kldocs.families.normal import Normal

    inside: set[float] = set()
    for d in (P, Q):
        if isinstance(d, Normal):
            mu, sigma = (float(arb_of(value).mid()) for value in (d.mu, d.sigma))
            inside.update(mu + k * sigma for k in (-8, -4, -2, -1, 0, 1, 2, 4, 8))
        else:  # an exponential
            inside.update(k / float(arb_of(d.rate).mid()) for k in (1, 2, 4, 8, 16))  # type: ignore[attr-defined]
    points = sorted({low, high, *(x for x in inside if low < x < high)})
    inside.update(_crossings(P, Q, points))
    return [flint.arb(x) for x in (low, *sorted(x for x in inside if low < x < high), high)]


def _log_ratio(P: Family, Q: Family, x: float) -> float:
    """``log q(x) - log p(x)`` in floating point (to choose how a piece is written, never for its value)."""
    import flint

    point = flint.acb(x)
    return float((Q.log_density_ball(point) - P.log_density_ball(point)).real.mid())  # type: ignore[attr-defined]


def _crossings(P: Family, Q: Family, points: list[float]) -> set[float]:
    """Where the densities cross (``p = q``), near enough: split there, so that one side of each piece dominates.

    >>> from fractions import Fraction
    >>> from kldocs.families.normal import Normal
    >>> P, Q = Normal(Fraction(0), Fraction(1)), Normal(Fraction(1), Fraction(1), name="Q")
    >>> [round(x, 6) for x in _crossings(P, Q, [-4.0, 4.0])]
    [0.5]
    """
    found: set[float] = set()
    for a, b in pairwise(points):
        xs = [a + (b - a) * k / 16 for k in range(17)]
        signs = [_log_ratio(P, Q, x) > 0 for x in xs]
        for (left, right), (s, t) in zip(pairwise(xs), pairwise(signs), strict=True):
            if s != t:
                for _ in range(40):  # bisection in floating point
                    middle = (left + right) / 2
                    left, right = (middle, right) if (_log_ratio(P, Q, middle) > 0) == s else (left, middle)
                found.add((left + right) / 2)
    return found


def _window(P: Family, Q: Family, bits: int) -> tuple[Any, Any, Any]:
    """An interval and a bound on the mass of P and Q outside it (together), tight to about ``2^-bits``."""
    import flint

    from kldocs.families.exponential import Exponential
    from kldocs.families.normal import Normal

    if isinstance(P, Normal) and isinstance(Q, Normal):
        t = flint.arb(math.ceil(math.sqrt(2 * bits * math.log(2)) + 4))
        ends = [(arb_of(d.mu), arb_of(d.sigma)) for d in (P, Q)]
        low = min((mu - t * sigma for mu, sigma in ends), key=lambda e: float(e.mid()))
        high = max((mu + t * sigma for mu, sigma in ends), key=lambda e: float(e.mid()))
        mills = 2 * (-(t**2) / 2).exp() / ((2 * flint.arb.pi()).sqrt() * t)  # both sides, each at least t sigma away
        return low.mid(), high.mid(), 2 * mills
    if isinstance(P, Exponential) and isinstance(Q, Exponential):
        smallest = min(arb_of(P.rate), arb_of(Q.rate), key=lambda e: float(e.mid()))
        high = flint.arb(math.ceil((bits + 8) * math.log(2) / float(smallest.mid())) + 1)
        outside = (-arb_of(P.rate) * high).exp() + (-arb_of(Q.rate) * high).exp()
        return flint.arb(0), high, outside
    raise ValueError(f"no certified integral for {P.key} and {Q.key}")


def jsd_series(P: Discrete, Q: Discrete) -> Certified:
    """``JSD(P, Q)`` of two distributions on whole numbers, summed with a bounded tail."""

    def ball(bits: int) -> flint.arb:
        import flint

        log2 = flint.arb(2).log()
        start = min(int(P.support().lower or 0), int(Q.support().lower or 0))
        total, k = flint.arb(0), start
        limit = start + 64
        while True:
            while k <= limit:
                p, q = _probability_ball(P, k), _probability_ball(Q, k)
                total += _jsd_term(p, q, log2)
                k += 1
            tail = (_tail_ball(P, limit) + _tail_ball(Q, limit)) * log2 / 2
            if tail.is_finite() and float(tail.upper()) < 2.0 ** (-bits - 4):
                return total + _between_zero_and(tail)
            if limit - start > MAX_TERMS:
                raise ArithmeticError("the series needs more terms than kldocs adds")
            limit = start + 2 * (limit - start)

    return Certified(ball, "series")


def poisson_expectation(P: Any, Q: Any) -> Certified:
    """``H(P, Q) = E_P[-log q(k)]`` for Poisson P and Q (``Q = P`` gives the entropy), with a bounded tail."""

    def ball(bits: int) -> flint.arb:
        import flint

        rate_q = arb_of(Q.rate)
        log_rate_q = rate_q.log()
        steep = max(3, math.ceil(4 * float(P.rate)))

        def term(k: int) -> flint.arb:
            weight = P.log_probability_ball(k).exp()
            return weight * (rate_q - k * log_rate_q + flint.arb(k + 1).lgamma())

        def bound(k: int) -> flint.arb:
            weight = P.log_probability_ball(k).exp()
            return weight * (rate_q + k * (abs(log_rate_q) + flint.arb(k).log()))

        total, k, limit = flint.arb(0), 0, steep + 32
        if limit > MAX_TERMS:
            raise ArithmeticError("the series needs more terms than kldocs adds")
        while True:
            while k <= limit:
                total += term(k)
                k += 1
            tail = 2 * bound(limit + 1)
            if float(tail.upper()) < 2.0 ** (-bits - 4):
                return total + _between_zero_and(tail)
            if limit > MAX_TERMS:
                raise ArithmeticError("the series needs more terms than kldocs adds")
            limit *= 2

    return Certified(ball, "series")


def _jsd_term(p: Any, q: Any, log2: Any) -> Any:
    """``p/2 log(2p/(p+q)) + q/2 log(2q/(p+q))`` for balls ``p, q >= 0`` (a zero side adds nothing)."""
    import flint

    total = flint.arb(0)
    m = p + q
    if m == 0:
        return total
    for x in (p, q):
        if x != 0:
            total += x * (log2 + x.log() - m.log()) / 2
    return total


def _probability_ball(D: Discrete, k: int) -> Any:
    import flint

    if not D.support().contains(k):
        return flint.arb(0)
    if isinstance(D, Finite):
        probability = D.probability(k)
        assert probability is not None
        return arb_of(probability)
    return D.log_probability_ball(k).exp()  # type: ignore[attr-defined]


def _tail_ball(D: Discrete, k: int) -> Any:
    """An upper bound on ``P(X > k)``."""
    import flint

    support = D.support()
    if support.upper is not None and k >= support.upper:
        return flint.arb(0)
    if isinstance(D, Finite):
        return sum((arb_of(D.probability(j)) for j in range(k + 1, int(support.upper or 0) + 1)), flint.arb(0))
    return D.tail_ball(k)  # type: ignore[attr-defined]


def _between_zero_and(bound: Any) -> Any:
    """A ball covering ``[0, bound]`` for a non-negative ball ``bound``."""
    import flint

    upper = bound.upper()
    return flint.arb(upper / 2, upper / 2)
