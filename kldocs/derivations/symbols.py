"""The shared SymPy vocabulary of every derivation: indices, distributions, quantities.

Probabilities are ``IndexedBase`` objects declared positive, so ``p[i]`` is a
positive symbol and ``log(p[i]/q[i])`` splits into ``log(p[i]) - log(q[i])``
without forcing. Quantities such as ``D_KL(P||Q)`` are plain symbols whose
meaning is fixed once, in :data:`STANDARD` (a derivation that defines one of
them must agree with it), and whose LaTeX comes from :data:`LATEX_NAMES`.

Both tables are read-only; a quantity measured in another base is a new
symbol whose meaning :func:`standard_body` works out from its name.

>>> STANDARD[KL_PQ] == Sum(p[i] * log(p[i] / q[i]), (i, 1, n))
True
>>> standard_body(in_base(KL_PQ, Base.parse("2"))) == Sum(p[i] * LogBase(p[i] / q[i], 2), (i, 1, n))
True
"""

from __future__ import annotations

import re
from functools import cache
from types import MappingProxyType
from typing import Any

import sympy
from sympy import Function, IndexedBase, Rational, Sum, Symbol, log

from kldocs.derivations.expand import expand_definitions
from kldocs.derivations.log_base import LogBase
from kldocs.exact import Base

# --- indices and sizes ---------------------------------------------------------------------------

#: The summation index over the categories of P and Q, and a second one.
i = Symbol("i", integer=True, positive=True)
j = Symbol("j", integer=True, positive=True)
#: Numbers of categories: ``n`` for P and Q, ``k`` for a second pair (independence).
n = Symbol("n", integer=True, positive=True)
k = Symbol("k", integer=True, positive=True)

# --- distributions -------------------------------------------------------------------------------

p = IndexedBase("p", positive=True)
q = IndexedBase("q", positive=True)
#: The mixture ``m_i = (p_i + q_i) / 2``.
m = IndexedBase("m", positive=True)
#: A second pair of distributions over ``j = 1..k``, for products.
r = IndexedBase("r", positive=True)
s = IndexedBase("s", positive=True)

#: Where each distribution lives: ``sum over this range of its values is 1``.
SUPPORT: dict[IndexedBase, tuple[Any, Any]] = {p: (1, n), q: (1, n), m: (1, n), r: (1, k), s: (1, k)}

#: A positive real variable for one-variable lemmas such as ``log x <= x - 1``.
x = Symbol("x", positive=True)
#: A non-negative real variable, for the lemma that drops a non-negative term.
y = Symbol("y", nonnegative=True)


#: ``argmin over Q`` of a quantity, kept unevaluated (it only appears in statements).
argmin_q = Function("argmin_Q")


class ForAll(Function):
    """``ForAll(statement, i)``: the statement holds for every index ``i`` (shown as "... for all i")."""

    nargs = 2


# --- quantities ----------------------------------------------------------------------------------

KL_PQ = Symbol("D_KL(P||Q)", real=True)
KL_QP = Symbol("D_KL(Q||P)", real=True)
KL_PM = Symbol("D_KL(P||M)", real=True)
KL_QM = Symbol("D_KL(Q||M)", real=True)
KL_MQ = Symbol("D_KL(M||Q)", real=True)
H_P = Symbol("H(P)", real=True)
H_Q = Symbol("H(Q)", real=True)
H_M = Symbol("H(M)", real=True)
H_PQ = Symbol("H(P,Q)", real=True)
J_PQ = Symbol("J(P,Q)", real=True)
JSD_PQ = Symbol("JSD(P,Q)", real=True)
JSD_QP = Symbol("JSD(Q,P)", real=True)
KL_P1Q1 = Symbol("D_KL(P1||Q1)", real=True)
KL_P2Q2 = Symbol("D_KL(P2||Q2)", real=True)
KL_PRODUCT = Symbol("D_KL(P1xP2||Q1xQ2)", real=True)
#: Between two normal distributions (the Gaussian closed form).
KL_GAUSS = Symbol("D_KL(N1||N2)", real=True)
#: In a symbolic base b (the base-change identity).
KL_PQ_B = Symbol("D_KL(P||Q)_b", real=True)


def _sum(body: Any, index: Symbol = i, upper: Symbol = n) -> Sum:
    return Sum(body, (index, 1, upper))


#: The one meaning of each named quantity (natural logarithms).
STANDARD: MappingProxyType[Any, Any] = MappingProxyType(
    {
        KL_PQ: _sum(p[i] * log(p[i] / q[i])),
        KL_QP: _sum(q[i] * log(q[i] / p[i])),
        KL_PM: _sum(p[i] * log(p[i] / m[i])),
        KL_QM: _sum(q[i] * log(q[i] / m[i])),
        KL_MQ: _sum(m[i] * log(m[i] / q[i])),
        H_P: -_sum(p[i] * log(p[i])),
        H_Q: -_sum(q[i] * log(q[i])),
        H_M: -_sum(m[i] * log(m[i])),
        H_PQ: -_sum(p[i] * log(q[i])),
        J_PQ: KL_PQ + KL_QP,
        JSD_PQ: KL_PM / 2 + KL_QM / 2,
        JSD_QP: KL_QM / 2 + KL_PM / 2,
        KL_P1Q1: _sum(p[i] * log(p[i] / q[i])),
        KL_P2Q2: _sum(r[j] * log(r[j] / s[j]), j, k),
        KL_PRODUCT: _sum(_sum(p[i] * r[j] * log(p[i] * r[j] / (q[i] * s[j])), j, k)),
        m[i]: (p[i] + q[i]) / 2,
    }
)

#: How each quantity symbol is written in LaTeX.
LATEX_NAMES: MappingProxyType[Any, str] = MappingProxyType(
    {
        KL_PQ: r"D_{\mathrm{KL}}(P \parallel Q)",
        KL_QP: r"D_{\mathrm{KL}}(Q \parallel P)",
        KL_PM: r"D_{\mathrm{KL}}(P \parallel M)",
        KL_QM: r"D_{\mathrm{KL}}(Q \parallel M)",
        KL_MQ: r"D_{\mathrm{KL}}(M \parallel Q)",
        H_P: "H(P)",
        H_Q: "H(Q)",
        H_M: "H(M)",
        H_PQ: "H(P, Q)",
        J_PQ: "J(P, Q)",
        JSD_PQ: r"\mathrm{JSD}(P, Q)",
        JSD_QP: r"\mathrm{JSD}(Q, P)",
        KL_P1Q1: r"D_{\mathrm{KL}}(P_1 \parallel Q_1)",
        KL_P2Q2: r"D_{\mathrm{KL}}(P_2 \parallel Q_2)",
        KL_PRODUCT: r"D_{\mathrm{KL}}(P_1 \times P_2 \parallel Q_1 \times Q_2)",
        KL_GAUSS: (
            r"D_{\mathrm{KL}}\left(\mathcal{N}(\mu_1, \sigma_1^2) \parallel \mathcal{N}(\mu_2, \sigma_2^2)\right)"
        ),
        KL_PQ_B: r"D^{(b)}_{\mathrm{KL}}(P \parallel Q)",
    }
)


def sympy_rational(value: Any) -> Rational:
    """A Fraction (or int) as a SymPy Rational."""
    from fractions import Fraction

    value = Fraction(value)
    return Rational(value.numerator, value.denominator)


def base_expression(base: Base) -> Any:
    """The base as a SymPy number (``E`` for base e)."""
    return sympy.E if base.value is None else sympy_rational(base.value)


#: ``name [base b; P, Q]``: a quantity measured in base b, its distributions shown as P and Q.
_VARIANT = re.compile(r"^(?P<name>.+) \[base (?P<base>[^;\]]+); (?P<p>[^,\]]*), (?P<q>[^\]]*)\]$")

#: Which registry measure each quantity symbol is, and its arguments: 0 and 1 are P's and Q's names, a
#: string is a fixed name (the mixture M).
MEASURE_OF: MappingProxyType[Symbol, tuple[str, tuple[int | str, ...]]] = MappingProxyType(
    {
        KL_PQ: ("kl", (0, 1)),
        KL_QP: ("kl", (1, 0)),
        KL_PM: ("kl", (0, "M")),
        KL_QM: ("kl", (1, "M")),
        KL_MQ: ("kl", ("M", 1)),
        H_P: ("entropy", (0,)),
        H_Q: ("entropy", (1,)),
        H_M: ("entropy", ("M",)),
        H_PQ: ("cross_entropy", (0, 1)),
        J_PQ: ("jeffreys", (0, 1)),
        JSD_PQ: ("jsd", (0, 1)),
        JSD_QP: ("jsd", (1, 0)),
    }
)


@cache
def in_base(symbol: Symbol, base: Base, names: tuple[str, str] = ("P", "Q")) -> Symbol:
    """The quantity ``symbol`` measured in ``base``, its distributions shown as ``names``.

    It is ``symbol`` itself for base e and the names P and Q; else a new
    symbol whose standard meaning (:func:`standard_body`) is the natural one
    with every ``log`` replaced by ``log_b`` (the names only change how it
    is shown).

    >>> in_base(KL_PQ, Base.parse("2"), ("P", "Q2"))
    D_KL(P||Q) [base 2; P, Q2]
    """
    if base.value is None and names == ("P", "Q"):
        return symbol
    return Symbol(f"{symbol.name} [base {base.name}; {names[0]}, {names[1]}]", real=True)


def base_variant(target: Any) -> tuple[Symbol, Base, tuple[str, str]] | None:
    """``(quantity, base, names)`` when ``target`` was made by :func:`in_base`, else None."""
    if not isinstance(target, Symbol):
        return None
    match = _VARIANT.match(target.name)
    if match is None or match["name"] not in _QUANTITIES_BY_NAME:
        return None
    return _QUANTITIES_BY_NAME[match["name"]], Base.parse(match["base"]), (match["p"], match["q"])


@cache
def standard_body(target: Any) -> Any | None:
    """What a quantity symbol means, or None for a symbol with no fixed meaning."""
    if target in STANDARD:
        return STANDARD[target]
    variant = base_variant(target)
    if variant is None:
        return None
    symbol, base, _ = variant
    if base.value is None:
        return STANDARD[symbol]
    b = base_expression(base)
    return expand_definitions(STANDARD[symbol], STANDARD).replace(log, lambda argument: LogBase(argument, b))


_QUANTITIES_BY_NAME = {symbol.name: symbol for symbol in STANDARD if isinstance(symbol, Symbol)}
