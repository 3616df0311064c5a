"""The step model: a derivation is data, a chain of checked steps.

A :class:`Step` is a SymPy expression with a justification (a catalog key)
and a kind that says how it is checked:

``definition``
    Names what a symbol means (``defines``), or rewrites with the standard
    meanings of named quantities. A standard quantity must be given its
    standard meaning.
``algebra``
    Equal to the expression before, shown by SymPy through a sound normal
    form (:mod:`kldocs.derivations.normal_form`). May first substitute
    values into the expression before (``specialise``), e.g. ``n = 2``.
``constraint``
    Like algebra, but may also use ``sum_i d_i = 1`` for each distribution
    ``d`` listed in ``uses`` (and only for those).
``lemma``
    An inequality ``g(x) <= h(x)`` applied term by term with a non-negative
    weight (``lemma``); the lemma itself is a derivation that must verify.
``instance``
    Specific numbers (``numbers``): both sides are evaluated exactly with
    the exact core, term by term.
``series``
    A Taylor expansion (``expansion``), checked with SymPy's series.
``conclusion``
    A statement that follows from the steps it ``cites`` by a named
    ``rule`` (see :mod:`kldocs.derivations.rules`).

Most steps continue a chain: their ``expression`` relates to the expression
before (``relation``), and ``latex`` is the right-hand side. A step whose
expression is itself a relation (``Eq``, ``Le``, ``Ge``, ``Ne``...) or a
logical statement is a *statement*: it is checked on its own and its
``latex`` is the whole statement. A statement leaves the chain as it was,
except a definition stated as ``X = ...``, which opens a new chain at ``X``.

For templates: :meth:`Derivation.rows` gives one :class:`Row` per step
(``left``, ``relation`` and ``right`` LaTeX for ``left & relation right``
in an aligned environment, and the justification key to translate);
:meth:`Derivation.verify` gives each step's :class:`StepCheck`, so a step
that failed can be marked and never shown as true.

>>> from kldocs.derivations.symbols import KL_PQ, STANDARD
>>> step = Step("definition", STANDARD[KL_PQ], "step.kl_definition", defines=(Definition(KL_PQ, STANDARD[KL_PQ]),))
>>> step.latex
'\\\\sum_{i=1}^{n} {p}_{i} \\\\ln{\\\\left(\\\\frac{{p}_{i}}{{q}_{i}} \\\\right)}'
>>> Derivation("demo", "derivation.kl_cross_entropy.title", (step,), lhs=KL_PQ).verify().holds
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import Any, Literal

from sympy import Eq, Equivalent, Ge, Gt, Le, Lt, Ne
from sympy.core.relational import Relational
from sympy.logic.boolalg import Boolean

from kldocs.derivations.symbols import to_latex, to_text
from kldocs.exact import Base

Kind = Literal["definition", "algebra", "constraint", "lemma", "instance", "series", "conclusion"]
Relation = Literal["=", "<=", ">=", "<", ">", "!=", "≈", "iff"]

KINDS: tuple[str, ...] = ("definition", "algebra", "constraint", "lemma", "instance", "series", "conclusion")
#: Each relation in LaTeX, for aligned environments.
RELATION_LATEX: dict[str, str] = {
    "=": "=",
    "<=": r"\le",
    ">=": r"\ge",
    "<": "<",
    ">": ">",
    "!=": r"\ne",
    "≈": r"\approx",
    "iff": r"\iff",
}
_STATEMENT_RELATIONS: dict[type, str] = {Eq: "=", Le: "<=", Ge: ">=", Lt: "<", Gt: ">", Ne: "!="}


def statement_relation(expression: Any) -> str | None:
    """The relation of a statement (``Eq`` gives ``"="``), or None for a chain expression."""
    for kind, relation in _STATEMENT_RELATIONS.items():
        if isinstance(expression, kind):
            return relation
    if isinstance(expression, Equivalent):
        return "iff"
    if isinstance(expression, Boolean) and not isinstance(expression, Relational):
        return "iff"
    return None


@dataclass(frozen=True)
class Definition:
    """``target := body``: a symbol, ``f(x)`` or ``m[i]`` and what it means."""

    target: Any
    body: Any


@dataclass(frozen=True)
class LemmaUse:
    """A lemma ``g(x) <= h(x)`` applied to ``weight * g(argument)``, summed over ``index``.

    Attributes
    ----------
    name
        The lemma's name (see :mod:`kldocs.derivations.lemmas`).
    argument
        What ``x`` becomes, e.g. ``q[i] / p[i]``; must lie in the lemma's domain.
    weight
        The factor in front; must be provably non-negative.
    index
        ``(i, 1, n)`` when applied inside a sum, None for a single term.
    """

    name: str
    argument: Any
    weight: Any = 1
    index: tuple[Any, Any, Any] | None = None


@dataclass(frozen=True)
class Expansion:
    """A series step: the expansion in ``variable`` about ``point`` up to (not including) ``order``."""

    variable: Any
    point: Any
    order: int


@dataclass(frozen=True)
class Bindings:
    """The numbers of an instance: distributions by symbol, sizes and scalars, and the log base.

    Attributes
    ----------
    distributions
        ``((p, (1/5, 1/2, 3/10)), (q, ...))``; position ``k`` is the value at index ``k + 1``.
    scalars
        ``((n, 3), ...)``: plain symbols and their exact values.
    base
        The logarithm base the instance is measured in.
    """

    distributions: tuple[tuple[Any, tuple[Fraction, ...]], ...]
    scalars: tuple[tuple[Any, Fraction], ...] = ()
    base: Base = field(default_factory=Base)

    def distribution(self, symbol: Any) -> tuple[Fraction, ...] | None:
        return next((values for name, values in self.distributions if name == symbol), None)

    def scalar(self, symbol: Any) -> Fraction | None:
        return next((value for name, value in self.scalars if name == symbol), None)


@dataclass(frozen=True)
class Numbers:
    """What an instance step checks with its numbers.

    Attributes
    ----------
    bindings
        The values substituted.
    zero_convention
        This step applies ``0 log 0 = 0`` (and ``0 log(0/q) = 0``): terms
        with a zero weight in front of an infinite or undefined log vanish.
        Other steps must keep such terms as they are.
    decimal, digits
        For a ``≈`` step: the value shown, rounded to ``digits`` significant digits.
    infinite_at
        For a step that ends in +infinity: the 1-based category with
        ``p > 0`` and ``q = 0`` that makes it infinite.
    """

    bindings: Bindings
    zero_convention: bool = False
    decimal: str | None = None
    digits: int = 0
    infinite_at: int | None = None


@dataclass(frozen=True)
class Step:
    """One checked step of a derivation (see the module notes for the kinds).

    Attributes
    ----------
    kind
        How the step is checked.
    expression
        The new right-hand side (a SymPy expression), or a whole statement.
    justification
        Catalog key of the short explanation, e.g. ``"step.log_of_quotient"``.
    relation
        To the expression before: ``=``, ``<=``, ``>=``, ``<``, ``>``, ``!=``, ``≈``.
        Ignored (taken from the expression) for a statement.
    latex
        What a template places after the relation in an aligned environment
        (the whole statement for a statement). Default: SymPy's LaTeX.
    text
        A short plain-text form for tables. Default: from the expression.
    defines, uses, specialise, lemma, expansion, rule, cites, variable, numbers
        Data for particular kinds; ``cites`` holds 1-based step numbers.
    """

    kind: Kind
    expression: Any
    justification: str
    relation: Relation = "="
    latex: str = ""
    text: str = ""
    defines: tuple[Definition, ...] = ()
    uses: tuple[Any, ...] = ()
    specialise: tuple[tuple[Any, Any], ...] = ()
    lemma: LemmaUse | None = None
    expansion: Expansion | None = None
    rule: str = ""
    cites: tuple[int, ...] = ()
    variable: Any = None
    numbers: Numbers | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown step kind {self.kind!r}")
        relation = statement_relation(self.expression)
        if relation is not None:
            object.__setattr__(self, "relation", relation)
        if not self.latex:
            object.__setattr__(self, "latex", self._default_latex())
        if not self.text:
            object.__setattr__(self, "text", self._default_text())

    @property
    def is_statement(self) -> bool:
        """True when the step states a whole relation instead of continuing a chain."""
        return statement_relation(self.expression) is not None

    @property
    def lhs(self) -> Any:
        """The left side of a relational statement, else None."""
        return self.expression.lhs if isinstance(self.expression, Relational) else None

    @property
    def rhs(self) -> Any:
        """The right side of a relational statement, or the chain expression."""
        if isinstance(self.expression, Relational):
            return self.expression.rhs
        return None if self.is_statement else self.expression

    @property
    def relation_latex(self) -> str:
        return RELATION_LATEX.get(self.relation, self.relation)

    def _default_latex(self) -> str:
        if isinstance(self.expression, Relational):
            return f"{to_latex(self.lhs)} {self.relation_latex} {to_latex(self.rhs)}"
        return to_latex(self.expression)

    def _default_text(self) -> str:
        if isinstance(self.expression, Relational):
            return f"{to_text(self.lhs)} {self.relation} {to_text(self.rhs)}"
        return to_text(self.expression)


@dataclass(frozen=True)
class StepCheck:
    """The result of checking one step: whether it holds, and why (both sides on failure)."""

    holds: bool
    detail: str


@dataclass(frozen=True)
class Verification:
    """Every step's check for one derivation."""

    name: str
    checks: tuple[StepCheck, ...]

    @property
    def holds(self) -> bool:
        return all(check.holds for check in self.checks)

    @property
    def failures(self) -> tuple[int, ...]:
        """1-based numbers of the steps that failed."""
        return tuple(number for number, check in enumerate(self.checks, start=1) if not check.holds)


@dataclass(frozen=True)
class Row:
    """One line of an aligned environment: ``left & relation right``, with its explanation key."""

    number: int
    left: str
    relation: str
    right: str
    justification: str


@dataclass(frozen=True)
class Derivation:
    """A named identity as a chain of steps.

    Attributes
    ----------
    name
        Short identifier, e.g. ``"gibbs"`` (``kldocs verify --only gibbs``).
    title
        Catalog key of the title.
    steps
        The steps, in order.
    lhs
        Where the first chain starts (None when the derivation opens with a statement).
    lhs_latex
        The LaTeX of ``lhs`` as it should be shown.
    """

    name: str
    title: str
    steps: tuple[Step, ...]
    lhs: Any = None
    lhs_latex: str = ""

    def __post_init__(self) -> None:
        if self.lhs is not None and not self.lhs_latex:
            object.__setattr__(self, "lhs_latex", to_latex(self.lhs))

    def verify(self) -> Verification:
        """Check every step (once; the result is kept)."""
        return self._verification

    @cached_property
    def _verification(self) -> Verification:
        from kldocs.derivations.checks import verify_derivation

        return verify_derivation(self)

    def rows(self) -> tuple[Row, ...]:
        """The steps as aligned rows: a chain's first row carries its left side."""
        rows = []
        left = self.lhs_latex
        for number, step in enumerate(self.steps, start=1):
            if isinstance(step.expression, Relational) and step.latex == step._default_latex():
                rows.append(
                    Row(number, to_latex(step.lhs), step.relation_latex, to_latex(step.rhs), step.justification)
                )
                left = ""
            elif step.is_statement:
                rows.append(Row(number, "", "", step.latex, step.justification))
                left = ""
            else:
                rows.append(Row(number, left, step.relation_latex, step.latex, step.justification))
                left = ""
        return tuple(rows)
