"""The distributions in force at a point of a document, and the exact value of a measure there.

A :class:`KnownDistributions` maps names to the distributions defined so far (a later
definition replaces an earlier one from its line on) and computes any
measure symbol with the exact core, in a given log base. ``M`` without a
definition of its own is the mixture of the claim's pair, as in the JSD; an
argument written ``(P+Q)/2`` is that mixture.

General statements (``D_{KL} \\ge 0``, ``D_{KL}(P \\| Q) = D_{KL}(Q \\| P)`` with P, Q
never defined) are tried on :func:`trial_pairs`, which include the edge
cases: different supports, and disjoint ones.

>>> from kldocs.checker.measure_symbols import OUT_OF_SCOPE, MeasureSymbol
>>> P = parse_distribution("0.2 0.5 0.3")
>>> Q = parse_distribution("0.3 0.4 0.3", name="Q")
>>> given = {"P": Binding("P", P, 1, "P = (0.2, 0.5, 0.3)"), "Q": Binding("Q", Q, 2, "Q = (0.3, 0.4, 0.3)")}
>>> scope = KnownDistributions(given)
>>> scope.value(MeasureSymbol("kl", ("P", "Q"))).decimal(6)
'0.0304788'
>>> scope.value(MeasureSymbol("jsd", ("P", "Q")), Fraction(2)).decimal(6)
'0.0112781'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache

from kldocs.checker.float_estimates import ESTIMATED, estimated_again, estimated_terms
from kldocs.checker.joint_names import is_table_copy, joint_name, marginal_name, table_name, variables_of
from kldocs.checker.latex_numbers import BaseKey, Environment
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_symbols import OUT_OF_SCOPE, MeasureSymbol
from kldocs.errors import EvaluationError
from kldocs.exact import Base, ExactValue
from kldocs.exact.value_decimals import rational_sqrt
from kldocs.inputs import Distribution, parse_distribution
from kldocs.measures import Quantity, entropy, mixture
from kldocs.measures.summary import PAIR_FUNCTIONS

_MIXTURE = lazy(r"\((?P<first>[^+()]+)\+(?P<second>[^+()]+)\)/2")
#: The plain sum of two distributions, which sums to 2: ``P+Q`` in ``D(P || P+Q)``.
_SUM = lazy(r"[^+()/]+\+[^+()/]+")


class IrrationalRootError(EvaluationError):
    """A JS distance whose exact value is the square root of a sum of logarithms, which the exact core does not hold."""


class UnboundNameError(EvaluationError):
    """A measure names a distribution the document has not defined (yet)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not defined")
        self.name = name


@dataclass(frozen=True)
class Binding:
    """A name and the distribution it stands for from ``line`` on.

    ``distribution`` is None when the definition is invalid (``problem`` says why), or, with no
    ``problem``, when the name stands for a member of a parametric family (``P = N(0, 1)``), whose
    claims are judged apart (:mod:`~kldocs.checker.family_claims`); ``changed`` when code gives the name a
    value that is not read (``problem`` says by what); ``rounded``: the probabilities as written when
    their rounding keeps them from summing to 1 (``0.333`` three times; see :mod:`~kldocs.checker.rounded_inputs`);
    ``unsure`` (with no distribution) when the values are read but may not be the ones meant (``problem`` says why).
    """

    name: str
    distribution: Distribution | None
    line: int
    text: str
    problem: str | None = None
    changed: bool = False
    rounded: tuple[str, ...] = ()
    unsure: bool = False
    cell: int | None = None  # the notebook cell of ``line``, whose lines are counted in their cell
    reading: Distribution | None = None  # of an unsure table: its cells read as the thirds they look rounded from
    mixture: tuple[str, str] | None = None  # the two names whose mixture it is (``M = (P+Q)/2``), mixed when judged
    scalar: bool = False  # set to one number (``p = 1/16``): see :func:`~kldocs.checker.scalar_names.unless_scalar`

    def where(self) -> str:
        """``"line 3"``, or ``"cell 2, line 3"`` in a notebook."""
        return f"line {self.line}" if self.cell is None else f"cell {self.cell}, line {self.line}"


def bound(bindings: Mapping[str, Binding], name: str) -> Binding | None:
    """The binding ``name`` stands for: its own, else (a single letter but ``M``) its letter's in the other case,
    as code defines ``p`` and prose writes ``P``, or as a later section's ``p`` replaces ``P``.

    >>> bound({"p": Binding("p", None, 4, "p = (0.5, 0.5)")}, "P").text, bound({}, "M")
    ('p = (0.5, 0.5)', None)
    """
    binding = bindings.get(name)
    if binding is None and len(name) == 1 and name.upper() != "M":
        binding = bindings.get(name.swapcase())
    return binding


@dataclass(frozen=True)
class KnownDistributions:
    """Distributions by name, with a cache of the measures already computed.

    Attributes
    ----------
    bindings
        The distributions in force.
    mixture_pair
        The pair whose mixture an undefined ``M`` stands for.
    general
        The pair a measure without arguments (``\\mathrm{JSD}``) refers to.
    """

    bindings: Mapping[str, Binding]
    mixture_pair: tuple[str, str] | None = None
    general: tuple[Distribution, Distribution] | None = None

    def distribution(self, name: str) -> Distribution:
        """The distribution a name (or a mixture ``(P+Q)/2``) stands for.

        Raises
        ------
        UnboundNameError
            When the name is not defined.
        EvaluationError
            When its definition is invalid, or a mixture pairs distributions of different lengths.
        """
        binding = bound(self.bindings, name)
        if binding is not None and binding.mixture is not None:
            return self._mixture(*binding.mixture)
        if binding is not None:
            if binding.distribution is None and binding.problem is None:
                raise EvaluationError(f"{name} ({binding.where()}) is {binding.text}, not a finite distribution")
            if binding.changed:
                at = ("on " if binding.cell is None else "in ") + binding.where()
                changed = f"code {at} gives {name} a value that is not read: {binding.problem}"
                raise EvaluationError(changed)
            if binding.distribution is None and binding.unsure:
                raise EvaluationError(f"{binding.text} is not judged: {binding.problem}")
            if binding.distribution is None:
                raise EvaluationError(f"{name} ({binding.where()}) is not a valid distribution: {binding.problem}")
            return binding.distribution
        match = _MIXTURE.fullmatch(name)
        if match is not None:
            return self._mixture(match.group("first"), match.group("second"))
        if name in ("M", "m") and self.mixture_pair is not None:
            return self._mixture(*self.mixture_pair)
        raise UnboundNameError(name)

    def written_names(self) -> list[str]:
        """The names of the distributions in force as documents write them: not a joint table's own copies of its
        marginals (:func:`is_table_copy`), which stand beside the plain names and are never shown."""
        return [
            name
            for name, binding in self.bindings.items()
            if binding.distribution is not None and not is_table_copy(name)
        ]

    def _mixture(self, first: str, second: str) -> Distribution:
        one, two = self.distribution(first), self.distribution(second)
        if len(one) != len(two):
            raise EvaluationError(f"{first} and {second} have different numbers of outcomes")
        return mixture(one, two)

    def quantity(self, symbol: MeasureSymbol, base: BaseKey = None) -> Quantity:
        """The measure as a :class:`~kldocs.Quantity` of the exact core."""
        if symbol.args is None:
            if self.general is None:
                raise EvaluationError(f"{symbol.text()} is written without its distributions")
            pair: tuple[Distribution, ...] = self.general[:1] if symbol.measure == "entropy" else self.general
        else:
            pair = tuple(self.distribution(name) for name in symbol.args)
        if len(pair) == 2 and len(pair[0]) != len(pair[1]):
            raise EvaluationError(
                f"{symbol.text()} compares distributions with {len(pair[0])} and {len(pair[1])} outcomes"
            )
        return measured(symbol.measure, tuple((item.name, item.probabilities) for item in pair), base)

    def value(self, symbol: MeasureSymbol, base: BaseKey = None) -> ExactValue:
        """The exact value of a measure symbol in the given base (None is e)."""
        if symbol.measure in OUT_OF_SCOPE or self._joint_of(symbol):
            return self._of_variables(
                MeasureSymbol("joint_entropy", symbol.args) if self._joint_of(symbol) else symbol, base
            )
        if symbol.measure == "js_distance":
            return _square_root(self.value(MeasureSymbol("jsd", symbol.args), base), symbol)
        args = symbol.args or ()
        summed = _SUM.fullmatch(args[-1]) if args and symbol.measure == "kl" else None
        if summed is not None:  # D(P || P+Q) = D(P || (P+Q)/2) - log 2, as the sum over P of p log(p / (p+q))
            mixed = MeasureSymbol("kl", (*args[:-1], f"({summed.group()})/2"))
            return self.value(mixed, base) - ExactValue.log(2, Base(base) if base is not None else None)
        quantity = self.quantity(symbol, base)
        assert quantity.exact is not None
        return quantity.exact

    def estimate(self, symbol: MeasureSymbol, base: BaseKey = None) -> float | None:
        """The measure in floating point (NumPy's float path), within :data:`~kldocs.checker.float_estimates.SLACK` of
        its exact value; None when the doubles may be far from it (an infinite value, a probability beyond a double) or
        it is no measure of named distributions. A cheap look before :meth:`value`, for values that are only compared
        with others.

        >>> P, Q = parse_distribution("1/2 1/2"), parse_distribution("1/4 3/4", name="Q")
        >>> scope = KnownDistributions({"P": Binding("P", P, 1, "P"), "Q": Binding("Q", Q, 2, "Q")})
        >>> round(scope.estimate(MeasureSymbol("kl", ("P", "Q")), Fraction(2)), 6)
        0.207519
        """
        pair = self._probabilities(symbol)
        return None if pair is None else estimated_again(symbol.measure, pair, base)

    def estimate_terms(self, symbol: MeasureSymbol, base: BaseKey = None) -> tuple[float, ...] | None:
        """The per-category terms of an entropy, cross-entropy or KL divergence in floating point, each within
        :data:`~kldocs.checker.float_estimates.SLACK` of the exact term (``inf`` where it is infinite); None as for
        :meth:`estimate`.

        >>> scope = KnownDistributions({"P": Binding("P", parse_distribution("1/2 1/4 1/4"), 1, "P")})
        >>> scope.estimate_terms(MeasureSymbol("entropy", ("P",)), Fraction(2))
        (0.5, 0.5, 0.5)
        """
        pair = self._probabilities(symbol)
        if pair is None or symbol.measure not in ("entropy", "cross_entropy", "kl"):
            return None
        return estimated_terms(symbol.measure, pair, base)

    def _probabilities(self, symbol: MeasureSymbol) -> tuple[tuple[Fraction, ...], ...] | None:
        """The exact probabilities of a measure's distributions, when it is one :meth:`estimate` knows."""
        if symbol.args is None or len(symbol.args) != ESTIMATED.get(symbol.measure) or self._joint_of(symbol):
            return None
        try:
            pair = tuple(self.distribution(name).probabilities for name in symbol.args)
        except EvaluationError:
            return None
        if any(values is None for values in pair) or len({len(values or ()) for values in pair}) != 1:
            return None
        return pair  # type: ignore[return-value]

    def _joint_of(self, symbol: MeasureSymbol) -> bool:
        """Whether ``H(A,B)``, read as a cross-entropy, names two variables a joint table gives: their joint entropy."""
        return (
            symbol.measure == "cross_entropy" and symbol.args is not None and joint_name(*symbol.args) in self.bindings
        )

    def knows(self, symbol: MeasureSymbol) -> bool:
        """Whether a measure of random variables (``H(Y|X)``, ``I(X;Y)``, ``I(X;Y|Z)``) has the joint table it needs."""
        if symbol.args is None or len(symbol.args) not in (2, 3):
            return False
        if symbol.measure == "conditional_entropy" and "|".join(symbol.args) in self.bindings:
            return True
        if symbol.measure not in OUT_OF_SCOPE:
            return len(symbol.args) == 2 and joint_name(*symbol.args) in self.bindings
        return table_name(symbol) in self.bindings

    def _of_variables(self, symbol: MeasureSymbol, base: BaseKey) -> ExactValue:
        """``H(X,Y)``, ``H(Y|X)``, ``H(X|Y=a)``, ``I(X;Y)``, ``H(X|Y,Z)`` and ``I(X;Y|Z)`` from the names a joint
        table binds: each a sum of the entropies of sets of its variables.

        Raises
        ------
        UnboundNameError
            When no joint table gives them (see :mod:`~kldocs.checker.joint_tables`).
        """
        if not self.knows(symbol):
            raise UnboundNameError(symbol.text())
        assert symbol.args is not None
        if symbol.measure == "conditional_entropy" and "|".join(symbol.args) in self.bindings:
            return self.value(MeasureSymbol("entropy", ("|".join(symbol.args),)), base)
        sets = [variables_of(arg) for arg in symbol.args]
        everything = variables_of(",".join(symbol.args))
        table = joint_name(*sorted(everything))

        def entropy_of(*parts: tuple[str, ...]) -> ExactValue:
            variables = variables_of(",".join(",".join(part) for part in parts))
            if set(variables) == set(everything):
                return self.value(MeasureSymbol("entropy", (joint_name(*everything),)), base)
            own = marginal_name(joint_name(*sorted(variables)), table)  # the marginal of this very table
            name = own if own in self.bindings else joint_name(*variables)
            return self.value(MeasureSymbol("entropy", (name,)), base)

        if symbol.measure == "joint_entropy":
            return entropy_of(everything)
        if symbol.measure == "conditional_entropy":
            return entropy_of(everything) - entropy_of(sets[1])
        given = sets[2] if len(sets) == 3 else ()
        value = entropy_of(sets[0], given) + entropy_of(sets[1], given) - entropy_of(everything)
        return value - entropy_of(given) if given else value

    def environment(self, base: BaseKey) -> Environment:
        """What :func:`~kldocs.checker.latex_numbers.evaluate` needs, in this base."""
        return Environment(base, lambda symbol: self.value(symbol, base))


@lru_cache(maxsize=4096)
def measured(
    measure: str, distributions: tuple[tuple[str, tuple[Fraction, ...] | None], ...], base: BaseKey
) -> Quantity:
    """A measure of named exact distributions in a base, computed once (documents repeat the same pairs)."""
    log_base = Base(base) if base is not None else Base()
    arguments = [Distribution(values, None, name) for name, values in distributions]
    if measure == "entropy":
        return entropy(arguments[0], base=log_base)
    if measure == "jsd" and len(arguments) > 2:
        return _jsd_of_many(arguments, log_base)
    if measure not in PAIR_FUNCTIONS or len(arguments) != 2:
        raise EvaluationError(f"kldocs has no exact value of the {measure.replace('_', ' ')} of {len(arguments)} names")
    return PAIR_FUNCTIONS[measure](arguments[0], arguments[1], base=log_base)


def _square_root(jsd: ExactValue, symbol: MeasureSymbol) -> ExactValue:
    """The JS distance, the square root of the JSD, when it is rational (0, or 1 in bits); else the symbol is declined.

    >>> _square_root(ExactValue.number(Fraction(1, 4)), MeasureSymbol("js_distance", ("P", "Q"))).rational_value()
    Fraction(1, 2)
    >>> _square_root(ExactValue.log(2), MeasureSymbol("js_distance", ("P", "Q")))
    Traceback (most recent call last):
    kldocs.checker.scope.IrrationalRootError: sqrt(JSD(P||Q)) is the square root of a sum of logarithms, not exact
    """
    exact = jsd.rational_value()
    root = rational_sqrt(exact) if exact is not None and exact >= 0 else None
    if root is None:
        raise IrrationalRootError(f"{symbol.text()} is the square root of a sum of logarithms, not exact")
    return ExactValue.number(root)


def _jsd_of_many(arguments: list[Distribution], base: Base) -> Quantity:
    """The JSD of several distributions with equal weights: the entropy of their mean less the mean of their entropies.

    >>> three = [parse_distribution(text) for text in ("1 0", "0 1", "1/2 1/2")]
    >>> _jsd_of_many(three, Base()).exact.decimal(6)
    '0.462098'
    """
    if len({len(item) for item in arguments}) != 1:
        raise EvaluationError("the distributions of the JSD have different numbers of outcomes")
    count = len(arguments)
    columns = zip(*(item.probabilities or () for item in arguments), strict=True)
    mean = Distribution(tuple(sum(column, Fraction(0)) / count for column in columns), None, "M")
    value = entropy(mean, base=base).exact
    assert value is not None
    for item in arguments:
        own = entropy(item, base=base).exact
        assert own is not None
        value = value - own * Fraction(1, count)
    return Quantity("jsd", arguments[0], arguments[1], base, value)


@cache
def trial_pairs() -> tuple[tuple[Distribution, Distribution], ...]:
    """Pairs a general statement is tried on: ordinary ones, different supports, disjoint supports."""
    pairs = (
        ("0.2 0.5 0.3", "0.3 0.4 0.3"),
        ("0.1 0.9", "0.6 0.4"),
        ("0.5 0.5 0", "0 0.5 0.5"),
        ("1 0", "0 1"),
        ("0.25 0.25 0.5", "0.5 0.25 0.25"),
    )
    return tuple((parse_distribution(p), parse_distribution(q, name="Q")) for p, q in pairs)


def shown(distribution: Distribution) -> str:
    """``(0.2, 0.5, 0.3)``: short decimals where exact, fractions otherwise."""
    from kldocs.exact.display import rational_text

    assert distribution.probabilities is not None
    return "(" + ", ".join(rational_text(p) for p in distribution.probabilities) + ")"


def base_name(base: BaseKey) -> str:
    """``"e"``, ``"2"``, ``"10"``..."""
    return "e" if base is None else str(base)


def unit_name(base: BaseKey) -> str:
    """``"nats"``, ``"bits"``, ``"bans"``..."""
    return Base(base).unit if base is not None else "nats"


def parse_base(text: str) -> BaseKey:
    """``"e"`` -> None, ``"2"`` -> 2."""
    return None if text == "e" else Fraction(int(text))
