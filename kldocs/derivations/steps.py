"""The step model: a derivation is data, a chain of steps that :func:`~kldocs.derivations.verify.verify` checks.

A :class:`Step` is a SymPy expression with a justification (a catalog key)
and a kind that says how it is checked:

``definition``
    Names what a symbol means (``defines``), or rewrites with the standard
    meanings of named quantities. A standard quantity must be given its
    standard meaning.
``algebra``
    Equal to the expression before, shown by SymPy through a sound normal
    form (:mod:`kldocs.derivations.normal_form`). May first substitute
    values into the expression before (``specialise``), e.g. ``n = 2``:
    such a step holds only in that special case (see *Scopes* below).
``constraint``
    Like algebra, but may also use ``sum_i d_i = 1`` for each distribution
    ``d`` listed in ``uses`` (and only for those).
``lemma``
    An inequality ``g(x) <= h(x)`` applied term by term with a non-negative
    weight (``lemma``); the lemma itself is a derivation that must verify.
``instance``
    Specific numbers (``numbers``): both sides are evaluated exactly with
    the exact core, term by term. Holds only for those numbers.
``series``
    A Taylor expansion (``expansion``), checked with SymPy's series.
``substitution``
    A change of variables (``change``) in every integral over one variable
    (``x = mu + sigma u``, ``dx = sigma du``) or a shift of a summation
    index (``k = j + 1``), then equal to the expression before by the
    normal form.
``evaluation``
    A statement ``integral = value`` or ``sum = value``, worked out by
    SymPy; a conditional answer counts only where its condition holds for
    every parameter value the derivation is about (its ``domain``).
``conclusion``
    A statement that follows from the steps it ``cites`` by a named
    ``rule`` (see :mod:`kldocs.derivations.rules`).

Most steps continue a chain: their ``expression`` relates to the expression
before (``relation``). A step whose expression is itself a relation (``Eq``,
``Le``, ``Ge``, ``Ne``...) or a logical statement is a *statement*: it is
checked on its own. A statement leaves the chain as it was, except a
definition stated as ``X = ...``, which opens a new chain at ``X``.

Scopes. A chain holds in the scope it opens with (:class:`Scope`: in
general, in a special case such as ``n = 2``, or for given numbers): the
derivation's ``scope`` for its first chain, the opening step's ``scope``
for a later one. A step that holds only in a narrower case than its chain
is refused, and a conclusion can be no more general than what it cites. So
a chain can never pass through ``n = 1`` or through the example's numbers
and come out as a general law.

What is shown is printed from what is checked (:mod:`kldocs.derivations.printing`):
a step has no LaTeX of its own, only an expression and a printing ``style``.

>>> from kldocs.derivations.symbols import KL_PQ, STANDARD
>>> step = Step("definition", STANDARD[KL_PQ], "step.kl_definition", defines=(Definition(KL_PQ, STANDARD[KL_PQ]),))
>>> step.latex
'\\\\sum_{i=1}^{n} p_{i} \\\\ln \\\\frac{p_{i}}{q_{i}}'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from sympy import Eq, Ge, Gt, Le, Lt, Ne
from sympy.core.relational import Relational
from sympy.logic.boolalg import Boolean

from kldocs.derivations.bindings import Bindings
from kldocs.derivations.printing import RELATION_TEXT, Style, to_latex, to_text

Kind = Literal[
    "definition", "algebra", "constraint", "lemma", "instance", "series", "substitution", "evaluation", "conclusion"
]
Relation = Literal["=", "<=", ">=", "<", ">", "!=", "≈", "iff"]

KINDS: tuple[str, ...] = (
    "definition",
    "algebra",
    "constraint",
    "lemma",
    "instance",
    "series",
    "substitution",
    "evaluation",
    "conclusion",
)
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
    if isinstance(expression, Boolean) and not isinstance(expression, Relational):
        return "iff"
    return None


@dataclass(frozen=True)
class Scope:
    """Where a chain or a statement holds.

    Attributes
    ----------
    substitution
        ``((symbol, value), ...)``: a special case, e.g. ``((n, 2), (p[1], a), ...)``.
    numbers
        Specific numbers (an instance), or None.

    Examples
    --------
    >>> from kldocs.derivations.symbols import n
    >>> GENERAL.covers(Scope(((n, 2),)))
    False
    >>> Scope(((n, 2),)).covers(GENERAL)
    True
    """

    substitution: tuple[tuple[Any, Any], ...] = ()
    numbers: Bindings | None = None

    @property
    def is_general(self) -> bool:
        return not self.substitution and self.numbers is None

    def covers(self, other: Scope) -> bool:
        """True when every assumption of ``other`` is made here too (this scope is at least as special)."""
        if not set(other.substitution) <= set(self.substitution):
            return False
        return other.numbers is None or other.numbers == self.numbers

    def text(self) -> str:
        """The assumptions in plain text, for failure details."""
        if self.is_general:
            return "in general"
        parts = [f"{to_text(symbol)} = {to_text(value)}" for symbol, value in self.substitution]
        if self.numbers is not None:
            parts.extend(
                f"{to_text(symbol)} = ({', '.join(str(v) for v in values)})"
                for symbol, values in self.numbers.distributions
            )
        return "with " + ", ".join(parts)


#: Holds for every value the symbols may take.
GENERAL = Scope()


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
class Change:
    """A change of variables ``old = expression`` with ``expression`` affine in ``new``.

    In an integral the slope must be provably positive (``dx = slope du``,
    the bounds move with it); in a sum the index may only be shifted by an
    integer (``k = j + c``).
    """

    old: Any
    new: Any
    expression: Any


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
    style
        How the expression is printed (see :mod:`kldocs.derivations.printing`).
    scope
        For a conclusion: the case it claims (default: in general). For a
        definition stated as ``X = ...``: the scope of the chain it opens.
    fields
        Values for the ``[[name]]`` fields of the justification's message.
    defines, uses, specialise, lemma, expansion, change, rule, cites, variable, numbers
        Data for particular kinds; ``cites`` holds 1-based step numbers.
    """

    kind: Kind
    expression: Any
    justification: str
    relation: Relation = "="
    style: Style = "symbolic"
    scope: Scope | None = None
    fields: tuple[tuple[str, str], ...] = ()
    defines: tuple[Definition, ...] = ()
    uses: tuple[Any, ...] = ()
    specialise: tuple[tuple[Any, Any], ...] = ()
    lemma: LemmaUse | None = None
    expansion: Expansion | None = None
    change: Change | None = None
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

    @property
    def is_statement(self) -> bool:
        """True when the step states a whole relation instead of continuing a chain."""
        return statement_relation(self.expression) is not None

    @property
    def opens_chain(self) -> bool:
        """A definition or a worked value stated as ``X = ...`` opens a new chain; other statements stand alone."""
        return self.kind in ("definition", "instance") and isinstance(self.expression, Relational)

    @property
    def assumes(self) -> Scope:
        """The special case this step's own check relies on (its substitution or its numbers)."""
        return Scope(self.specialise, self.numbers.bindings if self.numbers is not None else None)

    @property
    def claims(self) -> Scope:
        """The scope a statement claims: its declared scope, else what its own check assumes."""
        return self.scope if self.scope is not None else self.assumes

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

    @property
    def relation_text(self) -> str:
        return RELATION_TEXT.get(self.relation, self.relation)

    @cached_property
    def latex(self) -> str:
        """What the step shows: the printed right-hand side, or the whole printed statement."""
        return to_latex(self.expression, self.style)

    @cached_property
    def text(self) -> str:
        """A short plain-text form for tables."""
        if isinstance(self.expression, Relational):
            return f"{to_text(self.lhs)} {self.relation_text} {to_text(self.rhs)}"
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
    """One line of an aligned environment: ``left & relation right``, with its explanation.

    ``scope`` is where the line holds; a page starts a new block, introduced
    in words, wherever it changes.
    """

    number: int
    left: str
    relation: str
    right: str
    justification: str
    fields: tuple[tuple[str, str], ...] = ()
    scope: Scope = GENERAL


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
    scope
        Where the first chain holds (default: in general).
    domain
        ``((symbol, parametrisation), ...)``: parameters that range over an
        interval no SymPy assumption states (a probability ``0 < p < 1``),
        each with an expression in positive symbols that takes every value of
        that interval exactly once (``p = t/(1 + t)``, ``t > 0``). Checks read
        the symbols through it, so ``1 - p`` is known to be positive.
    """

    name: str
    title: str
    steps: tuple[Step, ...]
    lhs: Any = None
    scope: Scope = GENERAL
    domain: tuple[tuple[Any, Any], ...] = ()

    def chain_scopes(self) -> tuple[Scope, ...]:
        """The scope each step is read in: its chain's, or a statement's own claim."""
        scopes = []
        current = self.scope
        for step in self.steps:
            if step.opens_chain:
                current = step.claims
                scopes.append(current)
            elif step.is_statement:
                scopes.append(step.claims)
            else:
                scopes.append(current)
        return tuple(scopes)

    def rows(self) -> tuple[Row, ...]:
        """The steps as aligned rows: a chain's first row carries its left side.

        A chain that goes on after statements about something else (the
        integrals a closed form uses) repeats its left side, so that its next
        row does not read as continuing the last statement.
        """
        rows = []
        chain_left = to_latex(self.lhs) if self.lhs is not None else ""
        left = chain_left
        for number, (step, scope) in enumerate(zip(self.steps, self.chain_scopes(), strict=True), start=1):
            if isinstance(step.expression, Relational):
                lhs, rhs = to_latex(step.lhs, step.style), to_latex(step.rhs, step.style)
                rows.append(Row(number, lhs, step.relation_latex, rhs, step.justification, step.fields, scope))
                if step.opens_chain:  # the rows after it go on from its left side
                    chain_left, left = lhs, ""
                else:
                    left = "" if lhs == chain_left else chain_left
            elif step.is_statement:
                rows.append(Row(number, "", "", step.latex, step.justification, step.fields, scope))
                left = chain_left
            else:
                rows.append(Row(number, left, step.relation_latex, step.latex, step.justification, step.fields, scope))
                left = ""
        return tuple(rows)
