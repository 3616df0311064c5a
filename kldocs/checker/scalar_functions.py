r"""What a function of single probabilities computes: ``def entropy(p1, p2): return -(p1*math.log(p1, 2) + ...)``.

Students write the entropy of a coin as a function of its probabilities, one parameter each
(``entropy(p1, p2)``), or of the one probability that fixes it (``def H(p): return -p*np.log2(p) -
(1-p)*np.log2(1-p)``), and the KL divergence or cross-entropy of two coins as a function of two such
numbers. Such a body is a formula of numbers: it is evaluated (never run, see
:func:`~kldocs.checker.code_grids.evaluate`) at a few points and compared with each measure it may be, in
base e, 2 and 10; the one it agrees with everywhere is what the function computes, whatever its name. A body
that agrees with none (a slip in it, or another quantity) is not read, and neither is its function's name.

>>> import ast
>>> scalar_body(ast.parse("def h(p):\n    return -p * np.log2(p) - (1 - p) * np.log2(1 - p)").body[0])
ScalarBody(measure='entropy', base='2', form='binary', count=1, order=(0,))
>>> scalar_body(ast.parse("def entropy(a, b):\n    return -(a * math.log(a) + b * math.log(b))").body[0]).form
'each'
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Sequence

from kldocs.checker.code_grids import body_formula
from kldocs.checker.code_terms import ScalarBody

#: Most parameters of a function read as one distribution's probabilities.
MAX_PARAMETERS = 12
_BASES = (("e", 1.0), ("2", math.log(2)), ("10", math.log(10)))
#: Where a function of probabilities is tried: shares of a generic mixture, and probabilities of two coins.
_WEIGHTS = ((0.137, 0.291, 0.055, 0.213), (0.402, 0.083, 0.317, 0.129), (0.061, 0.358, 0.244, 0.173))
_COINS = ((0.23, 0.61), (0.71, 0.38), (0.44, 0.87))


def _entropy(probabilities: Sequence[float]) -> float:
    return -sum(p * math.log(p) for p in probabilities)


def _kl(p: Sequence[float], q: Sequence[float]) -> float:
    return sum(a * math.log(a / b) for a, b in zip(p, q, strict=True))


def _cross(p: Sequence[float], q: Sequence[float]) -> float:
    return -sum(a * math.log(b) for a, b in zip(p, q, strict=True))


def _simplex(count: int) -> list[list[float]]:
    """Points of the simplex of ``count`` probabilities, none of them special."""
    points = []
    for weights in _WEIGHTS:
        raw = [0.5 + weights[index % len(weights)] + index * 0.173 for index in range(count)]
        points.append([value / sum(raw) for value in raw])
    return points


#: The measures a function of two coins' probabilities may compute (in nats), with the order of the coins.
_TWO_COINS: tuple[tuple[str, tuple[int, ...], Callable[[Sequence[float], Sequence[float]], float]], ...] = (
    ("kl", (0, 1), _kl),
    ("kl", (1, 0), lambda p, q: _kl(q, p)),
    ("cross_entropy", (0, 1), _cross),
    ("cross_entropy", (1, 0), lambda p, q: _cross(q, p)),
)


def scalar_body(node: ast.FunctionDef) -> ScalarBody | None:
    """What a function of numbers computes, found by evaluating its body; None when it is no measure of them."""
    count = len(node.args.args)
    formula = body_formula(node) if 1 <= count <= MAX_PARAMETERS else None
    if formula is None:
        return None
    candidates: list[tuple[str, str, tuple[int, ...], list[list[float]], list[float]]] = []
    if count >= 2:
        points = _simplex(count)
        candidates.append(("entropy", "each", (0,), points, [_entropy(point) for point in points]))
    if count == 1:
        points = [[coin[0]] for coin in _COINS]
        candidates.append(("entropy", "binary", (0,), points, [_entropy((a, 1 - a)) for (a,) in points]))
    if count == 2:
        points = [list(coin) for coin in _COINS]
        for measure, order, function in _TWO_COINS:
            values = [function((a, 1 - a), (b, 1 - b)) for a, b in points]
            candidates.append((measure, "binary", order, points, values))
    for measure, form, order, points, values in candidates:
        computed = [formula(point) for point in points]
        for base, scale in _BASES:
            if all(_close(found, value / scale) for found, value in zip(computed, values, strict=True)):
                return ScalarBody(measure, base, form, count, order)
    return None


def _close(found: float | None, expected: float) -> bool:
    return found is not None and math.isclose(found, expected, rel_tol=1e-9, abs_tol=1e-12)
