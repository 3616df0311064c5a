r"""Judge one statement about the distributions in force.

The statement is evaluated exactly and compared with what is written (a
rounded decimal, an exact expression, a bound, another measure); a wrong
number is explained when it is a usual slip, and half the Jeffreys
divergence called the JSD is named. Statements about distributions the
document never gives are judged in :mod:`kldocs.checker.general_claims`.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.scope import Binding
>>> from kldocs.checker.tokens import tokenize
>>> from kldocs.inputs import parse_distribution
>>> text = r"H(P) = 1.5"
>>> (statement,) = statements(tokenize(text), text)
>>> P = parse_distribution(["1/2", "1/4", "1/4"], name="P")
>>> scope = KnownDistributions({"P": Binding("P", P, 1, "P")})
>>> specific(statement, kind_of(statement), scope, Fraction(2)).note
'H(P) = 1.5 bits, which rounds to 1.5 at 1 decimal place'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from kldocs.checker.allowed_rounding import given as _given
from kldocs.checker.allowed_rounding import rounding as _rounding
from kldocs.checker.chains import Statement
from kldocs.checker.diagnosis import (
    claimed_interval,
    cut_off_to_two_digits,
    explain,
    identify,
    matches,
    nearest_terms,
    precision_words,
    rounds_to,
    term_check,
)
from kldocs.checker.latex_numbers import (
    BaseKey,
    Environment,
    Infinity,
    Log,
    MeasureNode,
    Node,
    Number,
    evaluate,
)
from kldocs.checker.scope import Binding, KnownDistributions, base_name, parse_base, unit_name
from kldocs.checker.tokens import MeasureSymbol
from kldocs.checker.trees import has_logs, log_bases, measure_form, measures_in, rebased, term_nodes, walk
from kldocs.checker.written_precision import FLOAT_READ_DIGITS, is_float_repr, literal
from kldocs.errors import EvaluationError
from kldocs.exact import ExactValue

Verdict = Literal["holds", "false", "unchecked"]
#: Significant digits of the correct value in reports.
DIGITS = 10
_CANDIDATE_BASES: tuple[BaseKey, ...] = (None, Fraction(2), Fraction(10))


@dataclass(frozen=True)
class Outcome:
    """A verdict; ``cut_off`` when the value written is the true value cut off, not rounded (``1.41`` for 1.4171)."""

    kind: str
    verdict: Verdict
    value: str | None
    note: str
    cut_off: bool = False
    may_hold: bool = False  # unchecked because a reading the document allows (rounded inputs) makes it true
    universal: bool = False  # judged as a claim about all distributions, not the document's own (general_claims)
    counterexample: str | None = None  # an equation tried on pairs: the pair it fails for (``P = (...), Q = (...)``)


# --- judging one statement ---------------------------------------------------------------------------------


def kind_of(statement: Statement) -> str:
    """The kind of claim a statement makes (see :data:`KINDS`)."""
    left, right = statement.left, statement.right
    left_symbols, right_symbols = measures_in(left), measures_in(right)
    single = left if isinstance(left, MeasureNode) else None
    if statement.relation in ("<", "<=", ">", ">=") and (left_symbols or right_symbols):
        return "bound"
    if single is not None and right_symbols:
        if single.symbol.measure == "jsd" and any(symbol.measure == "kl" for symbol in right_symbols):
            return "jsd_definition"
        if isinstance(right, MeasureNode) and right.symbol.measure == single.symbol.measure:
            args, other = single.symbol.args, right.symbol.args
            if args is not None and other is not None and tuple(reversed(args)) == other and args != other:
                return "symmetry"
        return "identity"
    if single is not None and (literal(right) is not None or isinstance(right, Infinity)):
        return single.symbol.measure
    if left_symbols and right_symbols:
        return "identity"
    return "expression"


def holds_here(statement: Statement, scope: KnownDistributions, base: BaseKey) -> bool:
    """Whether :func:`specific` would find the statement to hold, without the notes it writes (cheaper)."""
    environment = scope.environment(base)
    left, right = evaluate(statement.left, environment), evaluate(statement.right, environment)
    converted = in_written_unit(statement, environment)
    if converted is not None:  # the unit written after the value is the claim's: its value in that unit decides
        return relation_holds(converted, statement.relation, statement.right, right)
    if relation_holds(left, statement.relation, statement.right, right):
        return True
    return statement.relation in ("=", "~") and _rounding(statement, environment, _given(scope)) in ("logs", "operands")


def in_written_unit(statement: Statement, environment: Environment) -> ExactValue | None:
    r"""The left side counted in the unit written after the right side, when its logarithms all have one explicit
    base that counts another unit (``\ln 2 = 1`` bit: ln 2 nats is 1 bit; ``\log_2 4 = 1.386`` nats); else None.
    The written unit is the claim's: ``\log_2 6 \approx 2.585`` nats is false (log₂ 6 bits is 1.792 nats). A left
    side with a conversion factor outside its logarithms (``\log_2 8 \times 0.6931``) converts by hand: None.

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> text = "ln 2 = 1 bit"
    >>> (statement,) = statements(tokenize(text), text, prose=True)
    >>> in_written_unit(statement, Environment()).rational_value()
    Fraction(1, 1)
    """
    bases = log_bases(statement.left)
    if statement.unit is None or len(bases) != 1 or bases & {"doc", statement.unit}:
        return None
    nodes = walk(statement.left)
    in_logs = {id(inner) for node in nodes if isinstance(node, Log) for inner in walk(node.argument)}
    if any(isinstance(node, Number) and id(node) not in in_logs and _converts(node.value) for node in nodes):
        return None  # "\log_2 8 \times 0.6931 \approx 2.079 nats": converted by hand, by a factor written out
    if measures_in(statement.left) or measures_in(statement.right):
        return None
    node = rebased(statement.left, statement.unit)
    return None if node is None else evaluate(node, environment)


#: Factors that convert between bits, nats and bans: ln 2, log2 e, ln 10, log2 10, log10 2, log10 e.
_CONVERSIONS = (0.693147, 1.442695, 2.302585, 3.321928, 0.301030, 0.434294)


def _converts(value: Fraction) -> bool:
    """Whether ``value`` is, to 0.1 %, a factor that converts one unit of information to another (0.6931, 1.4427).

    >>> _converts(Fraction("0.6931")), _converts(Fraction("0.5"))
    (True, False)
    """
    return any(abs(float(value) - factor) < 0.001 * factor for factor in _CONVERSIONS)


def _counted(value: str, base: BaseKey) -> str:
    """``value`` with the unit ``base`` counts in, singular for 1: "1 bit", "1.792 nats"."""
    unit = unit_name(base)
    return f"{value} {unit.removesuffix('s') if value.strip() == '1' else unit}"


def specific(
    statement: Statement, kind: str, scope: KnownDistributions, base: BaseKey, *, diagnose: bool = True
) -> Outcome:
    """Judge a statement about the distributions in force; ``diagnose=False`` leaves out why a false one fails."""
    environment = scope.environment(base)
    left = evaluate(statement.left, environment)
    right = evaluate(statement.right, environment)
    holds = relation_holds(left, statement.relation, statement.right, right)
    why_wrong = _why_wrong if diagnose else _no_reason
    subject = subject_of(statement)
    value = decimal_text(left)
    converted = in_written_unit(statement, environment)
    if converted is not None:  # "\log_2 6 ≈ 2.585 nats": the unit written after the value is the claim's
        (base_written,) = log_bases(statement.left)
        shown = decimal_text(converted)
        counted_in, claimed_in = parse_base(base_written), parse_base(statement.unit or "e")
        note = f"{subject} = {_counted(value, counted_in)}, which is {_counted(shown, claimed_in)}"
        if relation_holds(converted, statement.relation, statement.right, right):
            return Outcome(kind_of(statement), "holds", shown, note)
        return Outcome(kind_of(statement), "false", shown, f"{note}, not {_counted(statement.right_text, claimed_in)}")
    rounding = (
        _rounding(statement, environment, _given(scope)) if not holds and statement.relation in ("=", "~") else None
    )
    if rounding == "logs":
        note = f"{subject} = {value}, which the rounded numbers in the logarithms of {statement.right_text} allow"
        return Outcome(kind_of(statement), "holds", value, note)
    if rounding == "operands":
        note = f"{subject} = {value} exactly; its numbers are rounded, and the values they stand for allow "
        return Outcome(kind_of(statement), "holds", value, note + statement.right_text)
    if rounding == "two digits":
        note = f"{subject} = {value} exactly, but its numbers look rounded to two digits, and the values they may "
        note += f"stand for allow {statement.right_text}: not called false"
        return Outcome(kind_of(statement), "unchecked", None, note)
    if isinstance(statement.left, MeasureNode) and not left.is_finite:
        reason = _infinite_reason(statement.left.symbol, scope, base)
        note = f"{subject} is infinite{reason}"
        if not holds:
            note += f", not {statement.right_text}"
        return Outcome(kind, "holds" if holds else "false", value, note)
    unit = f" {unit_name(base)}" if measures_in(statement.left) else ""
    if value == "1":
        unit = unit.rstrip("s")
    known = ""
    if not measures_in(statement.left) and has_logs(statement.left) and statement.relation in ("=", "~"):
        # An expansion with no name: say which measure it is, or which of its terms is off.
        found = None if _one_log(statement.left) else identify(left, scope, base)
        if found is not None:
            known = f", which is {found}"
        elif literal(statement.right) is not None and not holds:  # right arithmetic may be another distribution's
            near = nearest_terms(statement.left, statement.source, scope, base)
            if near is not None:
                symbol, clause = near
                true_value = decimal_text(scope.value(symbol, base))
                note = f"it looks like {symbol.text()} = {true_value}, but {clause}"
                return Outcome(kind, "false", true_value, note)
    bounds = claimed_interval(statement.right, statement.relation == "~")
    written = literal(statement.right)
    if statement.relation == "=" and written is not None and written.place is None:
        if holds:
            return Outcome(kind, "holds", value, f"{subject} = {value}{unit} exactly{known}")
        note = f"{subject} = {value}{unit}, not {statement.right_text}"
        return Outcome(kind, "false", value, note + why_wrong(statement, scope, base, right))
    if statement.relation in ("=", "~") and bounds is not None and written is not None:
        place = 0 if written.place is None else written.place
        rounded = left.rounded_at(place)
        if not holds and _short(left):
            note = f"{subject} = {value}{unit} exactly, not {statement.right_text}"
            return Outcome(kind, "false", value, note + why_wrong(statement, scope, base, right))
        if holds and is_float_repr(statement.right_text.strip()):
            note = f"{subject} = {value}{unit}{known}, which agrees with {statement.right_text} to the "
            return Outcome(kind, "holds", value, note + f"{FLOAT_READ_DIGITS} significant digits a float is read to")
        if holds:
            how = rounds_to(left, written)
            note = f"{subject} = {value}{unit}{known}, which {how} {statement.right_text} at "
            return Outcome(kind, "holds", value, note + precision_words(place), how != "rounds to")
        note = f"{subject} = {value}{unit}, which is {rounded} at {precision_words(place)}, not {statement.right_text}"
        cut = cut_off_to_two_digits(left, written)
        return Outcome(kind, "false", value, note + why_wrong(statement, scope, base, right), cut)
    if statement.relation in ("=", "~"):
        return _equation(statement, kind, scope, base, left, right, holds, subject, value, unit)
    shown_right = decimal_text(right) if right.parts else statement.right_text
    sign = {"!=": "≠", "<=": "≤", ">=": "≥", "<": "<", ">": ">"}[statement.relation]
    note = f"{subject} = {value}{unit}, " + ("so" if holds else "so it is not the case that")
    note += f" {subject} {sign} {shown_right}"
    if kind == "symmetry" and statement.relation == "!=" and isinstance(statement.right, MeasureNode):
        note = f"{subject} = {value} and {statement.right.symbol.text()} = {decimal_text(right)}{unit}"
    return Outcome(kind, "holds" if holds else "false", value, note)


def _equation(
    statement: Statement,
    kind: str,
    scope: KnownDistributions,
    base: BaseKey,
    left: ExactValue,
    right: ExactValue,
    holds: bool,
    subject: str,
    value: str,
    unit: str,
) -> Outcome:
    """An equation whose right side is an exact expression (or measures), not a rounded number."""
    verdict: Verdict = "holds" if holds else "false"
    if kind == "symmetry" and isinstance(statement.left, MeasureNode) and isinstance(statement.right, MeasureNode):
        other = statement.right.symbol.text()
        if holds:
            return Outcome(kind, verdict, value, f"{subject} = {other} = {value}{unit} for these distributions")
        name = "KL divergence" if statement.left.symbol.measure == "kl" else "this measure"
        note = f"{name} is not symmetric: {subject} = {value} but {other} = {decimal_text(right)}{unit}"
        return Outcome(kind, verdict, value, note)
    if isinstance(statement.left, MeasureNode) and has_logs(statement.right) and not measures_in(statement.right):
        every, clause = False, ""
        if statement.left.symbol.measure in ("kl", "entropy", "cross_entropy") and len(term_nodes(statement.right)) > 1:
            quantity = scope.quantity(statement.left.symbol, base)
            every, clause = term_check(quantity, statement.right, statement.source, scope, base)
        if holds:
            detail = "; each term matches one category" if every else ""
            return Outcome(kind, verdict, value, f"equals {subject} = {value}{unit} exactly{detail}")
        note = f"{subject} = {value}{unit}, but the expression is {decimal_text(right)}"
        return Outcome(kind, verdict, value, note + (f"; {clause}" if clause else ""))
    if not measures_in(statement.left) and not measures_in(statement.right):
        known = identify(left, scope, base)
        if holds:
            note = f"both sides equal {value}" + (f", which is {known}" if known else "")
            return Outcome(kind, verdict, value, note)
        near = nearest_terms(statement.left, statement.source, scope, base)
        note = f"the left side is {value}, not {statement.right_text}"
        if near is not None:
            symbol, clause = near
            true_value = decimal_text(scope.value(symbol, base))
            return Outcome(kind, "false", true_value, f"it looks like {symbol.text()} = {true_value}, but {clause}")
        return Outcome(kind, verdict, value, note + (f" ({known})" if known else ""))
    if holds and left != right:
        note = f"{subject} = {value}{unit}, which the rounded numbers of {statement.right_text} allow"
        return Outcome(kind, verdict, value, note)
    if holds:
        return Outcome(kind, verdict, value, f"both sides equal {value}{unit} for these distributions")
    note = f"{subject} = {value}{unit}, but the right side is {decimal_text(right)}"
    return Outcome(kind, verdict, value, note + _off_term(statement, scope, base, unit))


def _off_term(statement: Statement, scope: KnownDistributions, base: BaseKey, unit: str) -> str:
    """For measures added up with their values written in the same order (``H(p) + D(p||q) \approx 1.361 +
    1.928``): ``"; the term 1.928 is off: D_KL(p||q) = 1.926938 bits"`` for the first value its measure does not
    give, else ``""``."""
    measures, numbers = term_nodes(statement.left), term_nodes(statement.right)
    if len(measures) < 2 or len(measures) != len(numbers):
        return ""
    pairs = list(zip(measures, numbers, strict=True))
    if any(
        sign != 1 or written != 1 or not isinstance(measure, MeasureNode) or literal(number) is None
        for (sign, measure), (written, number) in pairs
    ):
        return ""
    for (_, measure), (_, number) in pairs:
        assert isinstance(measure, MeasureNode)
        written = literal(number)
        assert written is not None
        try:
            true = scope.value(measure.symbol, base)
        except (EvaluationError, ArithmeticError):
            return ""
        if not matches(true, number, ExactValue.number(written.value), statement.relation == "~"):
            shown = statement.source[number.start : number.end].strip()
            return f"; the term {shown} is off: {measure.symbol.text()} = {decimal_text(true)}{unit}"
    return ""


def _why_wrong(statement: Statement, scope: KnownDistributions, base: BaseKey, right: ExactValue) -> str:
    """``"; 0.0324 is D_KL(Q||P), the other direction"``, or a log base that would make it hold, or ``""``."""
    if isinstance(statement.left, MeasureNode):
        slip = explain(statement.left.symbol, scope, base, statement.right, right, statement.relation == "~")
        return f"; {statement.right_text} is {slip}" if slip else ""
    if not measures_in(statement.left) and "doc" in log_bases(statement.left):
        return _other_log_base(statement, scope, base)
    return ""


def _no_reason(statement: Statement, scope: KnownDistributions, base: BaseKey, right: ExactValue) -> str:
    return ""


def _other_log_base(statement: Statement, scope: KnownDistributions, base: BaseKey) -> str:
    """For a formula with a plain ``\\log`` that fails: the base in which it would hold, if any."""
    for other in _CANDIDATE_BASES:
        if other == base:
            continue
        try:
            environment = scope.environment(other)
            left, right = evaluate(statement.left, environment), evaluate(statement.right, environment)
        except (EvaluationError, ArithmeticError):
            continue
        if relation_holds(left, statement.relation, statement.right, right):
            return f"; it holds with logarithms to base {base_name(other)}, not {base_name(base)}"
    return ""


def relation_holds(left: ExactValue, relation: str, node: Node, right: ExactValue) -> bool:
    if relation in ("=", "~"):
        return matches(left, node, right, relation == "~")
    if relation == "!=":
        return left != right
    order = order_of(left, right)
    return {"<": order < 0, "<=": order <= 0, ">": order > 0, ">=": order >= 0}[relation]


def order_of(left: ExactValue, right: ExactValue) -> int:
    """-1, 0 or 1 as ``left`` is below, equal to or above ``right``; infinities included."""
    if left.infinite or right.infinite:
        return (left.infinite > right.infinite) - (left.infinite < right.infinite)
    return (left - right).sign()


def subject_of(statement: Statement) -> str:
    if isinstance(statement.left, MeasureNode):
        return statement.left.symbol.text()
    return "the left side" if measures_in(statement.left) or has_logs(statement.left) else statement.left_text


def _infinite_reason(symbol: MeasureSymbol, scope: KnownDistributions, base: BaseKey) -> str:
    if symbol.args is None or len(symbol.args) != 2:
        return ""
    quantity = scope.quantity(symbol, base)
    for term in quantity.terms():
        if term.status == "infinite":
            first, second = symbol.args
            return f": {term.label} has probability {term.p} under {first} but 0 under {second}"
    return ""


def js_distance(statement: Statement, scope: KnownDistributions, base: BaseKey) -> Outcome:
    """``JS(P || Q) distance: 0.648``: the square root of the JSD, compared through its square."""
    assert isinstance(statement.left, MeasureNode)
    if statement.left.symbol.args is None:  # ``\sqrt{\mathrm{JSD}} \approx 0.1077`` under no pair of distributions
        return Outcome("js_distance", "unchecked", None, "it names no distributions, and no pair is in force above it")
    jsd = scope.value(MeasureSymbol("jsd", statement.left.symbol.args), base)
    written = literal(statement.right)
    if written is None or statement.relation not in ("=", "~"):
        return Outcome("js_distance", "unchecked", None, "only a value of the Jensen-Shannon distance is checked")
    shown = f"sqrt(JSD) = sqrt({jsd.decimal(6)} {unit_name(base)})"
    root = jsd.sqrt_decimal(DIGITS)
    if matches(jsd, statement.right, ExactValue.number(written.value), statement.relation == "~", square_root=True):
        verb = rounds_to(jsd, written, square_root=True)
        return Outcome("js_distance", "holds", root, f"the JS distance is {shown}, which {verb} {statement.right_text}")
    return Outcome("js_distance", "false", root, f"the JS distance is {shown} = {root}, not {statement.right_text}")


def half_jeffreys(statement: Statement, scope: KnownDistributions, base: BaseKey) -> Outcome | None:
    """A "JSD" defined as (D_KL(P||Q) + D_KL(Q||P))/2: half the Jeffreys divergence."""
    form = measure_form(statement.right)
    if form is None or len(form) != 2 or set(form.values()) != {Fraction(1, 2)}:
        return None
    first, second = form
    if first.measure != "kl" or second.measure != "kl" or first.args is None or second.args is None:
        return None
    if tuple(reversed(first.args)) != second.args:
        return None
    a, b = first.args
    definition = f"JSD = 1/2 D_KL({a}||M) + 1/2 D_KL({b}||M) with M = ({a}+{b})/2"
    try:
        jsd_value = scope.value(MeasureSymbol("jsd", (a, b)), base)
        half = (scope.value(first, base) + scope.value(second, base)).scale(Fraction(1, 2))
    except EvaluationError:
        note = f"this is half the Jeffreys divergence, not the Jensen-Shannon divergence, which is {definition}"
        return Outcome("jsd_definition", "false", None, note)
    note = (
        f"this is half the Jeffreys divergence, {half.decimal(4)} {unit_name(base)} here, not the Jensen-Shannon "
        f"divergence, which is {definition} = {jsd_value.decimal(4)}"
    )
    return Outcome("jsd_definition", "false", decimal_text(jsd_value), note)


# --- helpers -----------------------------------------------------------------------------------------------


def mixture_pair(symbols: Sequence[MeasureSymbol], bindings: dict[str, Binding]) -> tuple[str, str] | None:
    for symbol in symbols:
        if symbol.measure == "jsd" and symbol.args is not None and len(symbol.args) == 2:
            return symbol.args[0], symbol.args[1]
    for first, second in (("P", "Q"), ("p", "q")):
        if first in bindings and second in bindings:
            return first, second
    return None


def _short(value: ExactValue) -> bool:
    """True for a value with a short exact decimal (1.5, 0.25), which needs no rounding to be shown."""
    from kldocs.exact.display import short_decimal

    exact = value.rational_value()
    return exact is not None and short_decimal(exact) is not None


def decimal_text(value: ExactValue) -> str:
    """The value for a report: an exact short decimal when it has one, else 10 significant digits."""
    exact = value.rational_value()
    if exact is not None:
        from kldocs.exact.display import short_decimal

        short = short_decimal(exact, DIGITS)
        if short is not None:
            return short
    return value.decimal(DIGITS)


def sentence(message: str) -> str:
    return message[:1].lower() + message[1:] if message else "it could not be evaluated"


def _one_log(node: Node) -> bool:
    r"""True for a single logarithm, maybe negated (``\ln 2``, ``-\log 0.7``): a constant that equals a measure of the
    distributions in force by chance as often as by design, so no measure is named for it.

    >>> from kldocs.checker.latex_numbers import parse
    >>> from kldocs.checker.tokens import tokenize
    >>> _one_log(parse(tokenize(r"\ln 2"))), _one_log(parse(tokenize(r"-0.5\ln 0.5 - 0.5\ln 0.5")))
    (True, False)
    """
    found = term_nodes(node)
    return len(found) == 1 and isinstance(found[0][1], Log)
