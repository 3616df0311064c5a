r"""Judge a statement about distributions the document never gives: try it on pairs of distributions.

The pairs include different and disjoint supports. The statement holds when it
holds for all of them, and it is false only for the slips that are wrong
everywhere (KL taken as symmetric, a flipped sign, a bound that fails); any
other equation that fails for some pair is not tested as a universal
identity. A strict inequality that fails only when the two distributions
are the same (``D(P || Q) > 0``) is left unchecked, with a note: it is true
of different distributions, which is often what its writer meant.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.judging import kind_of
>>> from kldocs.checker.tokens import tokenize
>>> text = r"D_{KL}(P \| Q) = D_{KL}(Q \| P)"
>>> (statement,) = [s for s in statements(tokenize(text), text) if not s.fallback]
>>> outcome = general(statement, kind_of(statement), [MeasureSymbol("kl", ("P", "Q"))], None)
>>> outcome.verdict, outcome.note[:24]
('false', 'not symmetric in general')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import replace

from kldocs.checker.chains import Statement
from kldocs.checker.flipped_terms import flipped_terms
from kldocs.checker.impossible_values import impossible
from kldocs.checker.judging import Outcome, order_of, relation_holds, subject_of
from kldocs.checker.latex_numbers import BaseKey, MeasureNode, Node, evaluate
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding, IrrationalRootError, KnownDistributions, UnboundNameError, shown, trial_pairs
from kldocs.checker.summed_arguments import summed_in, summed_outcome
from kldocs.checker.tokens import MeasureSymbol
from kldocs.checker.trees import measures_in
from kldocs.errors import EvaluationError
from kldocs.exact import ExactValue
from kldocs.inputs.distribution import Distribution


def is_general(symbols: Sequence[MeasureSymbol], scope: KnownDistributions) -> bool:
    return any(symbol.args is None for symbol in symbols) or bool(unbound_names(symbols, scope))


def unbound_names(symbols: Sequence[MeasureSymbol], scope: KnownDistributions) -> list[str]:
    """The names of the measures' arguments that the scope does not define, in order."""
    unbound: list[str] = []
    for symbol in symbols:
        if scope.knows(symbol):
            continue  # H(Y|X), I(X;Y) with a joint table in force: its arguments are random variables
        for name in symbol.args or ():
            try:
                scope.distribution(name)
            except UnboundNameError:
                if name not in unbound:
                    unbound.append(name)
    return unbound


def _strict_when_equal(statement: Statement, names: Sequence[str], base: BaseKey) -> bool:
    """Whether a strict inequality about two distributions still holds when they are the same one."""
    (same, _), *_ = trial_pairs()
    pair = (same, same)
    bindings = {name: Binding(name, same, 0, name) for name in (*names, "P", "Q")}
    scope = KnownDistributions(bindings, mixture_pair=tuple(names) if len(names) == 2 else ("P", "Q"), general=pair)  # type: ignore[arg-type]
    environment = scope.environment(base)
    left, right = evaluate(statement.left, environment), evaluate(statement.right, environment)
    return relation_holds(left, statement.relation, statement.right, right)


def general(
    statement: Statement,
    kind: str,
    symbols: Sequence[MeasureSymbol],
    base: BaseKey,
    unbound: Sequence[str] = (),
    text: str | None = None,
) -> Outcome:
    """Try a statement about unspecified distributions on the trial pairs (``unbound``: the names not defined;
    ``text``: the document, which says whether its entropies may be of densities)."""
    names = plain_names(symbols)
    if len(names) > 2:
        return Outcome(kind, "unchecked", None, f"{', '.join(names)} are not defined before this line")
    if len(names) == 2 and any(name in ("U", "u") for name in names):  # D(P||U) <= log 3: U is the uniform one
        note = "U names the uniform distribution, as a rule, not any distribution: the claim is not tried on pairs"
        return Outcome(kind, "unchecked", None, note)
    on_left, on_right = _arguments(statement.left), _arguments(statement.right)
    if on_left and on_right and not set(on_left) & set(on_right):
        note = (
            f"it compares measures of {' and '.join(on_left)} with measures of {' and '.join(on_right)}, which the "
            "document does not give: not a claim about every pair of distributions"
        )
        return Outcome(kind, "unchecked", None, note)
    counterexample, undefined = None, False
    tried: list[tuple[ExactValue, ExactValue]] = []
    for first, second in trial_pairs():
        try:
            left, right = sides_on(statement, names, (first, second), base)
        except IrrationalRootError as error:  # a JS distance, whose square root only decimals give
            return Outcome(kind, "unchecked", None, str(error))
        except EvaluationError:  # H(P,Q) - D(P||Q) with disjoint supports: infinity minus infinity has no value
            undefined = True
            continue
        tried.append((left, right))
        if not relation_holds(left, statement.relation, statement.right, right):
            counterexample = counterexample or (first, second, left, right)
            if statement.relation not in ("!=", "=", "~"):  # an equation is tried on every pair: see _both_ways
                break
        elif statement.relation == "!=":
            return Outcome(kind, "holds", None, "the two sides differ for some distributions, as claimed")
    between_measures = bool(measures_in(statement.left) and measures_in(statement.right))
    summed = summed_in(symbols) if statement.relation in ("=", "~") and between_measures else None
    if summed is not None:  # -\log 4 + D(p || p+q) + D(q || p+q): the mixture's halving left out
        pair = () if counterexample is None else counterexample[:2]
        failed = ", ".join(f"{name} = {shown(value)}" for name, value in zip(names or ("P", "Q"), pair, strict=False))
        # in nats, where log 2 is no rational number
        in_nats = tuple(tried) if base is None else _in_nats(statement, tuple(names))
        return summed_outcome(kind, summed, in_nats, failed or None)
    equation_with_number = statement.relation in ("=", "~") and not measures_in(statement.right)
    if counterexample is None and statement.relation in ("<", ">") and not _strict_when_equal(statement, names, base):
        note = (
            "holds for every pair of different distributions tried, but not when the two are the same: "
            "it needs them to differ, or a non-strict inequality"
        )
        return Outcome(kind, "unchecked", None, note)
    if counterexample is None and _capped(statement) is not None:  # H(D) <= 2: true of small supports only
        note = (
            f"{_capped(statement)} exceeds any number for distributions over enough outcomes, so this bound depends on "
            f"{' and '.join(unbound or names) or 'the distributions'}, which the document does not give: not judged"
        )
        return Outcome(kind, "unchecked", None, note)
    if counterexample is None and not tried:
        return Outcome(kind, "unchecked", None, "no pair of distributions tried gives both sides a value")
    if counterexample is None:
        note = "holds for every pair of distributions tried, including different and disjoint supports"
        if undefined:
            note = "holds for every pair of distributions tried where neither side is infinity minus infinity"
        return Outcome(kind, "holds", None, note)
    why = impossible(statement, text) if equation_with_number else None
    if why is not None:  # D(P||Q) = -0.3: no pair gives it
        return Outcome(kind, "false", None, why, universal=True)
    if equation_with_number:
        missing = list(unbound or names) or ["the distributions"]
        note = (
            f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not defined before this line, "
            "so the value cannot be checked"
        )
        if any(symbol.args is None for symbol in symbols):
            note = "the measure is written without its distributions, so the value cannot be checked"
        return Outcome(kind, "unchecked", None, note)
    first, second, left, right = counterexample
    where = f"P = {shown(first)}, Q = {shown(second)}"
    subject = subject_of(statement)
    if statement.relation in ("=", "~") and kind != "symmetry":
        if _sign_flipped(tried):
            note = f"the right side is minus {subject}: the sign is flipped (for {where}, {left.decimal(4)} against "
            return Outcome(kind, "false", None, note + f"{right.decimal(4)})", universal=True)
        if _defines(statement):
            note = (
                f"as a definition of {subject} by {statement.right_text} it must hold for every pair, and it fails for "
                f"{where}: the left side is {left.decimal(4)}, the right side {right.decimal(4)}"
            )
            return Outcome(kind, "false", None, note, universal=True)
        if _both_ways(tried + _swapped(statement, names, base)):
            named = ", ".join(
                f"{name} = {shown(value)}" for name, value in zip(names or ("P", "Q"), (first, second), strict=False)
            )
            note = (
                f"no identity: for {named} the left side is {left.decimal(4)} and the right side {right.decimal(4)}, "
                "and other pairs differ the other way round, so it holds for no kind of pair, only by chance"
            )
            return Outcome(kind, "false", None, note, universal=True)
        flipped = _flipped_term(statement, names, base)
        if flipped is not None:  # H(P) = H(P,Q) + D(P||Q): it holds only where D(P||Q) is 0
            note = (
                f"the sign of {flipped} is wrong: with the other sign it holds for every pair tried, and as written "
                f"only where {flipped} is 0 (for {where}, {left.decimal(4)} against {right.decimal(4)})"
            )
            return Outcome(kind, "false", None, note, universal=True)
        note = (
            f"it holds only for some distributions (not for {where}); an equation between measures of "
            "distributions the document does not give is not tested as a universal identity"
        )
        return Outcome(kind, "unchecked", None, note, counterexample=where)
    if kind == "symmetry" and any(_ambiguous_pair(symbol) for symbol in symbols):
        note = (
            f"{subject} may be the joint entropy of two random variables, which is symmetric, or the cross-entropy "
            "of two distributions, which is not: the document does not say which, so it is not judged"
        )
        return Outcome(kind, "unchecked", None, note)
    if kind == "symmetry":
        note = (
            f"not symmetric in general: for {where}, {subject} = {left.decimal(4)} but the other is {right.decimal(4)}"
        )
    elif kind == "bound" and not left.is_finite:
        note = f"{subject} has no upper bound: for {where} it is infinite"
    else:
        note = f"fails for {where}: the left side is {left.decimal(4)}, the right side {right.decimal(4)}"
    return Outcome(kind, "false", None, note, universal=True)


def _defines(statement: Statement) -> bool:
    r"""Whether an equation defines one measure by two or more terms of other measures of the same distributions
    (and their mixture, ``M`` or written out), as ``JS(P,Q) = \frac12 KL(P,M) + \frac12 KL(Q,M)`` does: a
    definition is meant for every pair, so a counterexample makes it false.

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> texts = (r"JS(P,Q) = \frac{1}{2} KL(P,M) + \frac{1}{2} KL(P,M)", "H(P,Q) = H(P)", "H(P) = H(Q) + D(P||Q)")
    >>> [_defines(s) for text in texts for s in statements(tokenize(text), text) if not s.fallback]
    [True, False, False]
    >>> text = r"JS(p \| q) = \frac{1}{2} KL(p \| \frac{p+q}{2}) + \frac{1}{2} KL(p \| \frac{p+q}{2})"
    >>> [_defines(s) for s in statements(tokenize(text), text) if not s.fallback]
    [True]
    """
    if (
        statement.relation not in ("=", "~")
        or statement.written_backwards
        or not isinstance(statement.left, MeasureNode)
    ):
        return False
    defined = statement.left.symbol
    terms = measures_in(statement.right)
    args = defined.args or ()
    mixtures = {f"({a}+{b})/2" for a in args for b in args if a != b}
    allowed = {*args, "M", *mixtures}
    return (
        defined.args is not None
        and len(terms) >= 2
        and all(term.measure != defined.measure and set(term.args or ("?",)) <= allowed for term in terms)
    )


#: A name that stands for a distribution by convention: ``P``, ``q``, ``Q_1``, ``p'``.
_DISTRIBUTION_NAME = lazy(r"[PQpq](?:_?\{?[A-Za-z0-9]{1,3}\}?|')?")


def _ambiguous_pair(symbol: MeasureSymbol) -> bool:
    """Whether ``H(A,B)`` read as a cross-entropy names letters that are no distribution's by convention (``A``, ``B``),
    so that it may as well be the joint entropy of two random variables.

    >>> [_ambiguous_pair(MeasureSymbol("cross_entropy", pair)) for pair in (("A", "B"), ("p", "q"))]
    [True, False]
    """
    return symbol.measure == "cross_entropy" and not all(_DISTRIBUTION_NAME.fullmatch(arg) for arg in symbol.args or ())


def _arguments(node: Node) -> list[str]:
    """The distributions the measures of one side are of, in order (``M`` too: here it need not be a mixture)."""
    names: list[str] = []
    for symbol in measures_in(node):
        names += [name for name in symbol.args or () if name not in names]
    return names


def when_equal(statement: Statement, kind: str, names: Sequence[str], base: BaseKey) -> Outcome:
    r"""A statement about two distributions judged where they are the same one, as its sentence supposes ("if
    $P = Q$, then $D(P \| Q) = 0$"): tried on each trial distribution taken twice.

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> (statement,) = [s for s in statements(tokenize("D(P||Q) = 0"), "D(P||Q) = 0") if not s.fallback]
    >>> when_equal(statement, "kl", ["P", "Q"], None).verdict
    'holds'
    """
    for first, _ in trial_pairs():
        left, right = sides_on(statement, names, (first, first), base)
        if not relation_holds(left, statement.relation, statement.right, right):
            note = (
                f"where {names[0]} = {names[1]}, as the sentence supposes, it fails: for both {shown(first)}, the "
                f"left side is {left.decimal(4)}, the right side {right.decimal(4)}"
            )
            return Outcome(kind, "false", None, note, universal=True)
    return Outcome(kind, "holds", None, f"holds where {names[0]} = {names[1]}, as the sentence supposes")


def sides_on(
    statement: Statement, names: Sequence[str], pair: tuple[Distribution, Distribution], base: BaseKey
) -> tuple[ExactValue, ExactValue]:
    """Both sides' values with the distributions ``names`` (``P`` and ``Q`` when fewer are named) bound to ``pair``."""
    first, second = pair
    bindings = {name: Binding(name, distribution, 0, name) for name, distribution in zip(names, pair, strict=False)}
    scope = KnownDistributions(bindings, mixture_pair=tuple(names) if len(names) == 2 else ("P", "Q"), general=pair)  # type: ignore[arg-type]
    if len(names) < 2:
        bindings.setdefault("P", Binding("P", first, 0, "P"))
        bindings.setdefault("Q", Binding("Q", second, 0, "Q"))
        scope = KnownDistributions(bindings, mixture_pair=("P", "Q"), general=pair)
    environment = scope.environment(base)
    return evaluate(statement.left, environment), evaluate(statement.right, environment)


@functools.lru_cache(maxsize=256)
def _in_nats(statement: Statement, names: tuple[str, ...]) -> tuple[tuple[ExactValue, ExactValue], ...]:
    """Both sides' values in nats on the trial pairs (where they have values); kept for the same claim in other
    bases and places."""
    values: list[tuple[ExactValue, ExactValue]] = []
    for pair in trial_pairs():
        try:
            values.append(sides_on(statement, names, pair, None))
        except EvaluationError:
            continue
    return tuple(values)


def _swapped(statement: Statement, names: Sequence[str], base: BaseKey) -> list[tuple[ExactValue, ExactValue]]:
    """Both sides' values on the trial pairs taken the other way round (where they have values)."""
    values: list[tuple[ExactValue, ExactValue]] = []
    for first, second in trial_pairs():
        try:
            values.append(sides_on(statement, names, (second, first), base))
        except EvaluationError:
            continue
    return values


def _both_ways(tried: Sequence[tuple[ExactValue, ExactValue]]) -> bool:
    """True when the left side is the larger on some trial and the smaller on another: an equation no kind of pair
    makes true (``H(q) = H(p) + D(p||q)``), unlike one that fails one way only and so holds for special pairs
    (``H(p,q) = H(p)``, when p = q)."""
    orders = {order_of(left, right) for left, right in tried}
    return {-1, 1} <= orders


def _flipped_term(statement: Statement, names: Sequence[str], base: BaseKey) -> str | None:
    """The term of either side (as written) whose sign, flipped, makes the equation hold on every trial pair where both
    sides have a value; None when there is no such term."""
    for side in ("right", "left"):
        for node, term in flipped_terms(getattr(statement, side)):
            changed = replace(statement, **{side: node})  # type: ignore[arg-type]
            tried = 0
            for pair in trial_pairs():
                try:
                    left, right = sides_on(changed, names, pair, base)
                except EvaluationError:
                    continue
                if not relation_holds(left, "=", changed.right, right):
                    break
                tried += 1
            else:
                if tried >= _FLIPPED_TRIALS:
                    return statement.source[term.start : term.end].strip() or None
    return None


#: Trial pairs on which an equation with one sign flipped must hold to say that the sign is what is wrong.
_FLIPPED_TRIALS = 3


def _sign_flipped(tried: Sequence[tuple[ExactValue, ExactValue]]) -> bool:
    """True when the right side is the negative of the left on every finite trial, and not always 0."""
    finite = [(left, right) for left, right in tried if left.is_finite and right.is_finite]
    return (
        bool(finite)
        and all((left + right).rational_value() == 0 for left, right in finite)
        and any(left.rational_value() != 0 for left, _ in finite)
    )


def plain_names(symbols: Iterable[MeasureSymbol]) -> list[str]:
    names: list[str] = []
    for symbol in symbols:
        for name in symbol.args or ():
            parts = [name]
            if name.startswith("(") and name.endswith(")/2"):
                parts = name[1:-3].split("+")
            elif "+" in name:  # D(P || P+Q): the plain sum of the two
                parts = name.split("+")
            for part in parts:
                if part not in names and part not in ("M", "m"):
                    names.append(part)
    return names


#: Measures with no upper bound: a number above them holds for the trial pairs by their size alone.
_UNBOUNDED = frozenset({"entropy", "kl", "cross_entropy", "jeffreys"})


def _capped(statement: Statement) -> str | None:
    r"""The measure a statement bounds from above by a number (``H(D) \le 2``, ``3 > D(P||Q)``), when it has no upper
    bound, else None.

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> [_capped(s) for t in ("H(D) \\le 2", "H(D) \\ge 0", "JSD(P,Q) \\le 1") for s in statements(tokenize(t), t)]
    ['H(D)', None, None]
    """
    if statement.relation not in ("<", "<=", ">", ">="):
        return None
    upper = statement.relation in ("<", "<=")
    measure, cap = (statement.left, statement.right) if upper else (statement.right, statement.left)
    if measures_in(cap) or not isinstance(measure, MeasureNode):
        return None
    return measure.symbol.text() if measure.symbol.measure in _UNBOUNDED else None
