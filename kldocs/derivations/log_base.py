"""``log_b(x)`` kept whole, so that a derivation can show it as written.

>>> LogBase(8, 2).rewrite(sympy.log)
log(8)/log(2)
"""

from __future__ import annotations

from typing import Any

import sympy
from sympy import Function


class LogBase(Function):
    """``log_b(x)``: it means ``log(x) / log(b)``, and every check rewrites it that way first."""

    nargs = 2

    def _eval_rewrite_as_log(self, argument: Any, base: Any, **hints: Any) -> Any:
        return sympy.log(argument) / sympy.log(base)


def natural_logs(expression: Any) -> Any:
    """Rewrite every ``log_b(x)`` as ``log(x) / log(b)``.

    >>> natural_logs(LogBase(sympy.Symbol("x"), 2))
    log(x)/log(2)
    """
    return expression.replace(LogBase, lambda argument, base: sympy.log(argument) / sympy.log(base))
