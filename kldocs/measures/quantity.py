"""What every measure returns: a :class:`Quantity` and its per-term breakdown.

>>> from kldocs import kl, parse_distribution
>>> r = kl(parse_distribution("0.2 0.5 0.3"), parse_distribution("0.3 0.4 0.3", name="Q"))
>>> r.decimal(6), r.unit
('0.0304788', 'nats')
>>> [term.text() for term in r.terms()]
['1/5*log(2/3)', '1/2*log(5/4)', '0']
>>> print(r)
D_KL(P‖Q) = −4/5 ln 2 − 1/5 ln 3 + 1/2 ln 5 ≈ 0.0304788 nats
>>> r
Quantity(D_KL(P‖Q) ≈ 0.0304788 nats, exact)
>>> print(kl("1/2 1/2", "1 0")), print(kl("1/2 1/2", "1/4 3/4", base=2))
D_KL(P‖Q) = ∞
D_KL(P‖Q) = 1 − 1/2 log₂ 3 ≈ 0.207519 bits
(None, None)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import Any, Literal

from kldocs.errors import InputError
from kldocs.exact import Base, ExactValue, LogSum, round_significant
from kldocs.exact.display import rational_latex
from kldocs.inputs import Distribution
from kldocs.inputs.digits import check_digits
from kldocs.measures.registry import MEASURES

Number = Fraction | float
#: Significant digits of the decimal that ``str()`` and the notebook display show.
SHOWN_DIGITS = 6
#: Significant digits a value computed in double precision can be trusted to (``sys.float_info.dig``).
FLOAT_DIGITS = 15
#: Terms of an exact form that ``str()`` and the notebook display show before saying how many more there are.
SHOWN_TERMS = 12
TermStatus = Literal["finite", "zero", "infinite"]


@dataclass(frozen=True)
class Term:
    """One category's contribution to a measure.

    The exact contribution is ``sum(c * ln(x) for c, x in parts) / ln(base)``.

    Attributes
    ----------
    index
        0-based category position.
    label
        The category's label.
    p, q
        The two probabilities of this category (``q`` None for entropy).
    status
        ``"finite"``; ``"zero"`` when the term vanishes because ``p = 0``
        (the convention 0 log 0 = 0); ``"infinite"`` when ``p > 0`` and the
        reference probability is 0.
    parts
        ``((c, x), ...)``: rational coefficients and log arguments.
    value
        The exact value (exact path) or a float (float path).
    """

    index: int
    label: str
    p: Number
    q: Number | None
    status: TermStatus
    parts: tuple[tuple[Fraction, Fraction], ...]
    value: ExactValue | float

    def text(self) -> str:
        """The term as written before any simplification: ``1/5*log(2/3)``."""
        if self.status == "infinite":
            return "oo"
        pieces = [f"{c}*log({x})" for c, x in self.parts if x != 1]
        return " + ".join(pieces).replace("+ -", "- ") or "0"

    def latex(self, base: Base | None = None) -> str:
        r"""The term in LaTeX: ``\frac{1}{5} \ln \frac{2}{3}``."""
        if self.status == "infinite":
            return r"\infty"
        base = base or Base()
        pieces = []
        for c, x in self.parts:
            if x == 1:
                continue
            coefficient = "" if abs(c) == 1 else rational_latex(abs(c), decimals=False) + " "
            pieces.append(("-" if c < 0 else "+") + coefficient + base.latex_log(rational_latex(x, decimals=False)))
        text = " ".join(pieces).lstrip("+")
        return text.replace(" +", " + ").replace(" -", " - ") or "0"

    def reason(self, first: str = "", second: str = "") -> str:
        """Why a zero or infinite term is what it is, in one sentence.

        ``first`` and ``second`` name the distributions ``p`` and ``q`` come
        from (``"Q"`` and ``"P"`` for D_KL(Q||P)), when the caller knows them.
        """
        source_p = f" in {first}" if first else ""
        source_q = f" in {second}" if second else ""
        if self.status == "zero":
            return f"p = 0{source_p} for {self.label!r}, and 0 log 0 is taken as 0, so this term adds nothing"
        if self.status == "infinite":
            where = (
                f"probability {self.p} in {first} but {self.q} in {second}"
                if first and second
                else f"p = {self.p}{source_p} but q = {self.q}{source_q}"
            )
            return f"{self.label!r} has {where}, so its term takes the log of 0 and the sum is infinite"
        return ""


@dataclass(frozen=True)
class Quantity:
    """The value of one measure for given distributions, exactly when possible.

    Attributes
    ----------
    measure
        ``"entropy"``, ``"cross_entropy"``, ``"kl"``, ``"jeffreys"`` or ``"jsd"``.
    p, q
        The distributions, in the measure's order (``q`` None for entropy).
    base
        The logarithm base of the value.
    exact
        The exact value, or None on the float path.
    approximate
        The float value on the float path, else None.
    """

    measure: str
    p: Distribution
    q: Distribution | None
    base: Base
    exact: ExactValue | None
    approximate: float | None = None
    _terms: Callable[[Quantity], tuple[Term, ...]] | None = field(default=None, repr=False, compare=False)

    def __hash__(self) -> int:
        """Equal quantities hash alike: the value, its measure and base (a Distribution is not hashable).

        >>> from kldocs import kl
        >>> len({kl("1/2 1/2", "1/4 3/4"), kl("0.5 0.5", "25% 75%")})
        1
        """
        return hash((self.measure, self.base, self.exact, self.approximate))

    @property
    def is_finite(self) -> bool:
        return self.exact.is_finite if self.exact is not None else self.approximate != float("inf")

    @property
    def unit(self) -> str:
        """``"nats"``, ``"bits"``, ``"bans"``..."""
        return self.base.unit

    def __float__(self) -> float:
        """``float(r)``: the nearest double to an exact value, the value itself on the float path; inf when infinite.

        >>> from kldocs import kl
        >>> float(kl("1/2 1/2", "1/4 3/4")), float(kl("1/2 1/2", "1 0"))
        (0.14384103622589045, inf)
        """
        if self.exact is not None:
            return float(self.exact)
        assert self.approximate is not None
        return self.approximate

    def __format__(self, spec: str) -> str:
        """With a number's format (``f"{r:.3f}"``), the value as a float formatted so; without one, ``str()``.

        >>> from kldocs import kl
        >>> f"{kl('1/2 1/2', '1/4 3/4'):.4f} nats"
        '0.1438 nats'
        """
        return format(float(self), spec) if spec else str(self)

    def __round__(self, digits: int | None = None) -> float | int:
        """``round(r, 3)``: the float value, rounded."""
        return round(float(self), digits)

    def decimal(self, digits: int = 10) -> str:
        """The value rounded to ``digits`` significant digits (certified when exact).

        A value computed in floating point gives at most 15 digits:

        >>> from kldocs import kl
        >>> kl([0.5, 0.5], [0.25, 0.75]).decimal(20)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kldocs.errors.InputError: digits: a value computed in floating point holds about 15 significant digits, ...
        """
        if self.exact is not None:
            return self.exact.decimal(digits)
        assert self.approximate is not None
        return _float_decimal(self.approximate, digits)

    def half_decimal(self, digits: int = 10) -> str:
        """Half the value rounded to ``digits`` digits: for Jeffreys, the symmetrised KL ``J/2``.

        >>> from kldocs import jeffreys
        >>> jeffreys("1/2 1/2", "1/4 3/4").half_decimal(4), jeffreys([0.5, 0.5], [0.25, 0.75]).half_decimal(4)
        ('0.1373', '0.1373')
        """
        if self.exact is not None:
            return (self.exact / 2).decimal(digits)
        assert self.approximate is not None
        return _float_decimal(self.approximate / 2, digits)

    def sqrt_decimal(self, digits: int = 10) -> str:
        """The square root rounded to ``digits`` digits: for the JSD, the JS distance."""
        if self.exact is not None:
            return self.exact.sqrt_decimal(digits)
        assert self.approximate is not None
        return _float_decimal(self.approximate**0.5, digits)

    def to_sympy(self) -> Any:
        """The exact value as a SymPy expression."""
        return self._require_exact().to_sympy()

    def latex(self, most: int | None = None) -> str:
        """The exact value in LaTeX; with ``most``, its first ``most`` terms and how many more there are."""
        return self._require_exact().latex(most)

    def text(self) -> str:
        """The exact value as SymPy-parsable text."""
        return self._require_exact().text()

    def __str__(self) -> str:
        """The value in one line: ``D_KL(P‖Q) = −4/5 ln 2 − 1/5 ln 3 + 1/2 ln 5 ≈ 0.0304788 nats``.

        An exact form of more than :data:`SHOWN_TERMS` terms shows its first ones and how many
        more there are (``text()`` and ``latex()`` give it whole).
        """
        shown = self._shown(lambda value: value.readable(SHOWN_TERMS), "=", "≈", "∞", " {}")
        return f"{self._readable_symbol()} {shown}"

    def __repr__(self) -> str:
        """One line: what the value is, and whether it is exact: ``Quantity(H(P) ≈ 1.02965 nats, exact)``."""
        kind = "exact" if self.exact is not None else "float"
        return f"Quantity({self._readable_symbol()} {self._shown(None, '=', '≈', '∞', ' {}')}, {kind})"

    def _repr_latex_(self) -> str:
        """Display math for Jupyter (see :meth:`display_latex`)."""
        return self.display_latex()

    def display_latex(self, unit: str | None = None) -> str:
        r"""Display math: the symbol, the exact value and its rounded decimal, with ``unit`` (default :attr:`unit`).

        >>> from kldocs import entropy
        >>> entropy("1/2 1/2", base=2).display_latex("비트")
        '$\\displaystyle H(P) = 1 \\ \\text{비트}$'
        """
        symbol = MEASURES[self.measure].latex_symbol(self.p.name, self.q.name if self.q is not None else "")
        # A given word is used as it is; the default unit takes its singular after exactly 1.
        word = "{}" if unit is None else unit.replace("{", "{{").replace("}", "}}")
        shown = self._shown(
            lambda value: value.latex(SHOWN_TERMS), "=", r"\approx", r"\infty", r" \ \text{{" + word + "}}"
        )
        return rf"$\displaystyle {symbol} {shown}$"

    def _readable_symbol(self) -> str:
        return MEASURES[self.measure].readable_symbol(self.p.name, self.q.name if self.q is not None else "")

    def _shown(
        self, exact: Callable[[ExactValue], str] | None, equals: str, approximately: str, infinity: str, unit: str
    ) -> str:
        """``= exact ≈ decimal`` and the unit (the exact part only when ``exact`` prints it), or ``= ∞``.

        ``unit`` is a format for the unit's word: singular after a value of exactly 1 (``1 bit``).
        """
        value = self.exact if self.is_finite else None
        decimal = self.decimal(SHOWN_DIGITS) if self.is_finite else ""
        return shown(value, decimal, exact, (equals, approximately, infinity), unit, self.base.unit_for)

    def symbol(self, latex: bool = True) -> str:
        r"""The measure's symbol, e.g. ``D_{\mathrm{KL}}(P \parallel Q)``."""
        measure = MEASURES[self.measure]
        q = self.q.name if self.q is not None else ""
        return measure.latex_symbol(self.p.name, q) if latex else measure.symbol(self.p.name, q)

    def terms(self) -> tuple[Term, ...]:
        """The per-category breakdown; the exact terms add up to the value."""
        return self._breakdown

    @cached_property
    def _breakdown(self) -> tuple[Term, ...]:
        """The terms, worked out once: a checker matches a document's expansions with the same measure's terms
        again and again, and each exact term keeps what it has worked out about itself (its double, its form)."""
        if self._terms is None:
            raise ValueError(f"{self.measure} has no per-term breakdown")
        return self._terms(self)

    def _require_exact(self) -> ExactValue:
        if self.exact is None:
            raise ValueError("this value came from the float path and has no exact form")
        return self.exact


def _float_decimal(value: float, digits: int) -> str:
    """A float of the float path rounded to ``digits`` significant digits (at most 15), or ``"inf"``.

    ``digits`` is checked as ``--digits`` is; the exact path's ``ExactValue.decimal`` checks it too.
    """
    digits = check_digits(digits)
    if digits > FLOAT_DIGITS:
        problem = (
            f"a value computed in floating point holds about {FLOAT_DIGITS} significant digits, not {digits}; "
            "give P and Q as exact text or fractions for more"
        )
        raise InputError("digits", problem)
    return "inf" if value == float("inf") else round_significant(Fraction(value), digits)


def infinite_term(index: int, label: str, p: Number, q: Number | None, base: Base) -> Term:
    """A term that is +infinity because a positive probability meets a zero."""
    return Term(index, label, p, q, "infinite", (), ExactValue.infinity())


#: Measures whose term for a category with p = 0 still counts q (so it is not a 0 log 0 term).
_BOTH_WAYS = ("jeffreys", "jsd")


def float_terms(quantity: Quantity, values: Any, p: Any, q: Any | None) -> tuple[Term, ...]:
    """Terms of the float path from an array of per-category values in nats."""
    import math

    scale = quantity.base.nats_per_unit
    terms = []
    for i, label in enumerate(quantity.p.labels):
        value = float(values[i])
        q_i = None if q is None else float(q[i])
        if math.isinf(value):
            status: TermStatus = "infinite"
        elif math.isnan(value) or (p[i] == 0 and (q is None or q[i] == 0 or quantity.measure not in _BOTH_WAYS)):
            status, value = "zero", 0.0
        else:
            status = "finite"
        terms.append(Term(i, label, float(p[i]), q_i, status, (), value / scale))
    return tuple(terms)


def log_term(
    index: int, label: str, p: Number, q: Number | None, parts: list[tuple[Fraction, Fraction]], base: Base
) -> Term:
    """A finite exact term ``sum c ln x`` (parts with c = 0 dropped)."""
    kept = tuple((c, x) for c, x in parts if c != 0)
    logs = LogSum()
    for c, x in kept:
        logs = logs + LogSum.log(x) * c
    return Term(index, label, p, q, "finite" if parts else "zero", kept, ExactValue.from_logs(logs, base))


def shown(
    exact: ExactValue | None,
    decimal: str,
    printer: Callable[[ExactValue], str] | None,
    signs: tuple[str, str, str],
    unit: str,
    word: Callable[[str], str] | None = None,
) -> str:
    """``= exact ≈ decimal`` and the unit, or ``= ∞`` when ``decimal`` is empty (an infinite value).

    ``signs`` are the equals, approximately and infinity signs of the format; the exact
    part is written only when ``printer`` prints it, and a decimal that is the exact
    rational is written with ``=`` and no trailing zeros. With ``word``, ``unit`` is a format
    (``" {}"``) filled with the unit's word for the decimal shown (singular for 1).

    >>> shown(ExactValue.number(Fraction(1, 4)), "0.250000", ExactValue.readable, ("=", "≈", "∞"), " nats")
    '= 1/4 = 0.25 nats'
    >>> shown(None, "0.128175", None, ("=", "≈", "∞"), " nats")
    '≈ 0.128175 nats'
    """
    equals, approximately, infinity = signs
    if not decimal:
        return f"{equals} {infinity}"
    relation = approximately
    rational = exact.rational_value() if exact is not None else None
    if rational is not None and Fraction(decimal) == rational:  # the decimal is exact: no trailing zeros
        decimal, relation = decimal.rstrip("0").rstrip(".") if "." in decimal else decimal, equals
    if word is not None:
        unit = unit.format(word(decimal))
    if exact is None or printer is None:
        return f"{relation} {decimal}{unit}"
    written = printer(exact)
    return f"{equals} {written}{unit}" if written == decimal else f"{equals} {written} {relation} {decimal}{unit}"
