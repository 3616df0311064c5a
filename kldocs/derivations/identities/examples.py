"""The numbers the general identities use as examples (DESIGN.md's reference pair, disjoint supports).

>>> [str(v) for v in REFERENCE.distribution(p)]
['1/5', '1/2', '3/10']
"""

from __future__ import annotations

from fractions import Fraction

from kldocs.derivations.bindings import Bindings
from kldocs.derivations.symbols import n, p, q
from kldocs.exact import Base

#: P = (0.2, 0.5, 0.3), Q = (0.3, 0.4, 0.3): the first reference row of DESIGN.md.
REFERENCE = Bindings(
    ((p, (Fraction(1, 5), Fraction(1, 2), Fraction(3, 10))), (q, (Fraction(3, 10), Fraction(2, 5), Fraction(3, 10)))),
    ((n, Fraction(3)),),
)
#: P = (1, 0), Q = (0, 1): supports that do not meet.
DISJOINT = Bindings(((p, (Fraction(1), Fraction(0))), (q, (Fraction(0), Fraction(1)))), ((n, Fraction(2)),))


def in_base(bindings: Bindings, base: str) -> Bindings:
    """The same numbers measured in another base."""
    return Bindings(bindings.distributions, bindings.scalars, Base.parse(base))
