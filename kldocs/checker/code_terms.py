"""The pieces of code reading that the readers of calls and of sums written out share: what a call computes
(:class:`MeasureCall`), a callee's dotted name, and logarithms and their bases.

>>> import ast
>>> call = ast.parse("np.log2(p)", mode="eval").body
>>> dotted(call.func), is_log(call), log_base(call)
('np.log2', True, '2')
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from fractions import Fraction

_SYMBOLS = {
    "entropy": "H({})",
    "cross_entropy": "H({}, {})",
    "kl": "D_KL({}||{})",
    "jsd": "JSD({}||{})",
    # of a joint distribution's margins (see :mod:`~kldocs.checker.dit_calls`): the joint's, the given variables'
    "conditional_entropy": "H({}) - H({})",
    # the two variables' margins', the joint's
    "mutual_information": "H({}) + H({}) - H({})",
}
#: A base as code writes it (``base=2``, ``math.log(x, np.e)``).
BASES = {"2": "2", "10": "10", "np.e": "e", "math.e": "e", "e": "e"}


@dataclass(frozen=True)
class MeasureCall:
    """A call that computes a measure of named distributions, in ``base`` (``"e"``, ``"2"``, ``"10"`` or None)."""

    measure: str
    names: tuple[str, ...]
    base: str | None
    function: str

    def text(self) -> str:
        """The measure as the checker writes it (the JS distance as the square root of the JSD; the JSD of three or
        more distributions with commas, ``JSD(P, Q, R)``)."""
        if self.measure not in ("jsd", "js_distance"):
            return _SYMBOLS[self.measure].format(*self.names)
        jsd = f"JSD({', '.join(self.names)})" if len(self.names) > 2 else _SYMBOLS["jsd"].format(*self.names)
        return "\\sqrt{" + jsd + "}" if self.measure == "js_distance" else jsd


@dataclass(frozen=True)
class ScalarBody:
    """What a function of single probabilities computes (see :mod:`~kldocs.checker.scalar_functions`): ``measure``
    in ``base`` of distributions made of its ``count`` arguments, by ``form``: ``"each"``, all of them are one
    distribution's probabilities; ``"binary"``, each argument ``a`` is the distribution ``(a, 1 - a)``, taken in
    the order ``order`` gives (the KL divergence of the second from the first is ``(1, 0)``).

    >>> ScalarBody("entropy", "2", "binary", 1).distributions(["0.25"])
    (('0.25', '3/4'),)
    """

    measure: str
    base: str
    form: str
    count: int
    order: tuple[int, ...] = (0,)

    def distributions(self, written: list[str]) -> tuple[tuple[str, ...], ...] | None:
        """The distributions the call's numbers (as written: ``0.8``, ``4/5``) make, in the measure's order; None
        when they make none (a probability of 0 or 1, which the body's logarithms cannot take, or a sum other
        than 1)."""
        values = [Fraction(item) for item in written]
        if len(values) != self.count or not all(0 < value < 1 for value in values):
            return None
        if self.form == "each":
            return (tuple(written),) if sum(values) == 1 else None
        pairs = [(item, str(1 - value)) for item, value in zip(written, values, strict=True)]
        return tuple(pairs[index] for index in self.order)


def dotted(node: ast.expr) -> str:
    """``scipy.stats.entropy`` for an attribute chain of names, else an empty string."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return ""
    return ".".join([node.id, *reversed(parts)])


_LOGS = {"log2": "2", "log10": "10", "log": "e", "ln": "e"}


def is_log(call: ast.Call) -> bool:
    """True for a call of ``log``, ``log2``, ``log10`` or ``ln`` (of any library)."""
    return dotted(call.func).rpartition(".")[2] in _LOGS


def log_base(call: ast.Call) -> str | None:
    """The base of a log call: ``"2"`` for ``np.log2(x)``, from the second argument of ``math.log(x, 2)``."""
    function = dotted(call.func).rpartition(".")[2]
    if function == "log" and len(call.args) == 2:
        second = call.args[1]
        return BASES.get(str(second.value) if isinstance(second, ast.Constant) else dotted(second))
    return _LOGS[function]
