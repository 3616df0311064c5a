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

_SYMBOLS = {"entropy": "H({})", "cross_entropy": "H({}, {})", "kl": "D_KL({}||{})", "jsd": "JSD({}||{})"}
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
