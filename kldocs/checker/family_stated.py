r"""The value a family claim states, read whole: a decimal, infinity, or an exact expression (``1 - \ln 2``).

A stated value is what follows the claim's relation (``=``, ``\approx``, "is", "equals", "of") up to the
end of its formula or sentence, read with the parser of numeric maths the checker uses for finite claims
(:mod:`~kldocs.checker.latex_numbers`): ``1 + 2\ln\frac{2}{3}`` is one exact value, never its leading
``1``. A unit after it (``nats``, ``\text{bits}``) decides its base; without one, a value whose
logarithms all name one base (``\ln``, ``\log_2``) is in that base, and any other may be in nats or in
bits. A value that cannot be read whole is not judged: :attr:`Stated.problem` says why.

Claims are found in a sentence made plain (:func:`plain_texts`): the ``plain`` text has
``\frac{a}{b}`` written ``a/b``, as families' parameters are read; values are read from the ``light``
text, which keeps the fractions (``\ln\frac{2}{3}`` is not ``\ln 2/3``). Both have the same relations
in the same order, which is how a relation found in one is found in the other.

>>> plain, light = plain_texts(r"The KL divergence between Exp(1) and Exp(2) is $1 - \ln 2$ nats.")
>>> stated = stated_after(plain, light, 0)
>>> stated.written, stated.unit, [base.name for base in stated.bases()]
('1 - \\ln 2', 'e', ['e'])
>>> stated.holds(ExactValue.number(1) - ExactValue.log(2), Base())
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from kldocs.checker.diagnosis import claimed_interval, matches
from kldocs.checker.family_values import same, significant
from kldocs.checker.latex_numbers import Environment, Negative, Node, Number, ParseError, evaluate, parse_prefix
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import TooComplexError, tokenize
from kldocs.checker.trees import log_bases
from kldocs.checker.units import unit_after
from kldocs.checker.written_precision import literal
from kldocs.errors import EvaluationError, InputError
from kldocs.exact import Base, ExactValue, UndecidableError
from kldocs.inputs import parse_number

if TYPE_CHECKING:
    from kldocs.families.certified import Certified

#: A relation before a value: ``=``, ``≈``, "is (about)", "equals", "of".
RELATION = lazy(
    # Not the = of >=, <=, != or ==, nor a keyword argument's (``atol=0.05``, ``kl_val=...``).
    r"(?:(?<![<>!=≤≥])(?<![a-z0-9_][a-z_])=(?!=)|≈|\\approx|\\simeq|\bis\b(?:\s+(?P<about>about|approximately|roughly|exactly))?|\bequals\b|\bof\b)\s*"
)
#: What a value begins with: a number, a sign, a logarithm, a fraction, or infinity.
_STARTS = lazy(
    r"\\infty|∞|\binfinite\b|\binfinity\b"
    r"|[-−+]?\s*(?:\d|\.\d|\\(?:ln|log|frac|dfrac|tfrac)(?![A-Za-z])|(?:ln|log)(?![A-Za-z]))"
)
_INFINITE = lazy(r"\\infty|∞|\binfinite\b|\binfinity\b")
#: A complete decimal right after a relation (not the start of ``-1/4 + ...``), with its unit.
_DECIMAL_AFTER = lazy(
    r"(?:=|≈|\\approx|\bis\b(?:\s+(?:about|approximately|roughly|exactly))?)\s*"
    r"(?:(?P<infinite>\\infty|∞)|(?P<value>-?\d+(?:\.\d+)?(?:[eE]-?\d+)?)"
    r"(?![\d./^]|\s*[-+*/\\(]|\s*(?!nats?\b|bits?\b)[A-Za-z])\s*(?P<unit>nats?|bits?)?)"
)
_DECIMAL = lazy(r"-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")
#: Tokens that may follow a value read whole: words, punctuation, a bracketed remark, another relation.
_AFTER_VALUE = frozenset({"word", "text", "punct", "break", "open", "close", "relation"})
#: Text replacements that make LaTeX read like plain forms.
_PLAIN = (
    (r"\left", ""),
    (r"\right", ""),
    (r"\|", "||"),
    (r"\parallel", "||"),
    (r"\mid", "||"),
    (r"\,", " "),
    (r"\operatorname", ""),
)


@dataclass(frozen=True)
class Stated:
    """A value as a claim states it.

    Attributes
    ----------
    written
        The value as written (``0.443``, ``1 - \\ln 2``).
    node
        The value read by the parser; None when it is infinite or could not be read.
    unit
        The base its unit names (``"e"``, ``"2"``), or None when no unit follows it.
    infinite
        True for "infinite", ``\\infty``.
    approximate
        True after ``\\approx`` or "about".
    problem
        Why the value cannot be read whole; empty when it can.
    """

    written: str
    node: Node | None = None
    unit: str | None = None
    infinite: bool = False
    approximate: bool = False
    problem: str = ""

    @property
    def decimal(self) -> str | None:
        """The value as written when it is a plain decimal (``0.5``, ``-1.2e-3``), else None."""
        return self.written if isinstance(self.node, (Number, Negative)) and _DECIMAL.fullmatch(self.written) else None

    def bases(self) -> list[Base]:
        """The bases the value may be in: its unit's; else its logarithms' one base; else nats, then bits."""
        if self.unit is not None:
            return [Base.parse(self.unit)]
        named = log_bases(self.node) if self.node is not None else set()
        if len(named) == 1 and "doc" not in named:
            return [Base.parse(named.pop())]
        return [Base(), Base.parse("2")]

    def holds(self, value: ExactValue | Certified, base: Base) -> bool | None:
        """Whether ``value`` (in ``base``) is what is stated; None when that cannot be decided.

        A decimal holds when ``value`` rounds to it at its own precision, or, written to three or more
        significant digits, is cut off to it (:func:`~kldocs.checker.written_precision.literal`); an expression is
        evaluated exactly (a plain ``\\log`` in ``base``) and compared exactly, or, with rounded
        decimals inside, as the range they stand for.

        >>> stated = Stated("1.098", Number(0, 5, "1.098", Fraction(1098, 1000)))
        >>> stated.holds(ExactValue.log(3), Base()), stated.cut_off(ExactValue.log(3))
        (True, '1.098 is 1.098612289 cut off, not rounded')
        """
        try:
            if self.decimal is not None:
                rounds = self._rounds(value)
                if rounds or not self._may_be_cut_off():
                    return rounds
            assert self.node is not None
            claimed = evaluate(self.node, Environment(base.value))
            if isinstance(value, ExactValue):
                return matches(value, self.node, claimed, self.approximate)
            return _certified_holds(value, claimed, claimed_interval(self.node, self.approximate))
        except (EvaluationError, UndecidableError, ArithmeticError):
            return None

    def cut_off(self, value: ExactValue | Certified) -> str:
        """For a decimal that holds cut off, not rounded: a clause that says so (``"1.418 is 1.418938533 cut off,
        not rounded"``); else ``""``."""
        if self.decimal is None or not self._may_be_cut_off() or self._rounds(value):
            return ""
        return f"{self.written} is {value.decimal(10)} cut off, not rounded"

    def _rounds(self, value: ExactValue | Certified) -> bool:
        assert self.decimal is not None
        return same(value.decimal(significant(self.decimal)), self.decimal)

    def _may_be_cut_off(self) -> bool:
        written = literal(self.node) if self.node is not None else None
        return written is not None and bool(written.cut)


@dataclass(frozen=True)
class Judged:
    """A stated value judged: ``holds``, ``false`` or ``unchecked`` (undecidable), in the base it was judged in."""

    verdict: str
    base: Base
    value: ExactValue | Certified


def judge_stated(stated: Stated, value_in: Callable[[Base], ExactValue | Certified]) -> Judged:
    """Judge ``stated`` against the true value in each base it may be in (``value_in(base)``).

    It holds when it holds in one of them; otherwise it is false in the first base where it is decided
    (the first base it may be in, for the correct value), or unchecked when no base decides it.
    """
    tried = []
    for base in stated.bases():
        value = value_in(base)
        holds = stated.holds(value, base)
        if holds:
            return Judged("holds", base, value)
        tried.append((base, value, holds))
    base, value, holds = next((entry for entry in tried if entry[2] is False), tried[0])
    return Judged("false" if holds is False else "unchecked", base, value)


def reported_bases(stated: Stated, judged: Judged) -> list[Base]:
    """The bases a note gives the true value in: the one ``judged`` was judged in, or, for a false claim whose
    base nothing decides, each base it may be in (the claim then names no base, unit or value)."""
    return stated.bases() if judged.verdict == "false" and len(stated.bases()) > 1 else [judged.base]


_WORDS = lazy(r"\\(?:text|mathrm|mathit|operatorname)\s*\{([^{}]*)\}")
_FRACTION = lazy(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")


def plain_texts(sentence: str) -> tuple[str, str]:
    """The sentence as plain text, with fractions as ``a/b`` and with its fractions kept (``plain, light``)."""
    light = sentence
    for latex, plain in _PLAIN:
        light = light.replace(latex, plain)
    light = _WORDS.sub(lambda match: match[1], light).replace("$", " ")
    return _FRACTION.sub(lambda match: f"{match[1]}/{match[2]}", light), light


def stated_after(plain: str, light: str, after: int, before: int | None = None) -> Stated | None:
    """The value after the last relation past ``after`` (and before ``before``; positions in ``plain``) that a
    value follows."""
    relations = list(RELATION.finditer(light))
    if len(relations) != len(list(RELATION.finditer(plain))):
        return None
    chosen = [
        light_match
        for plain_match, light_match in zip(RELATION.finditer(plain), relations, strict=True)
        if after <= plain_match.start() < (len(plain) if before is None else before)
        and _STARTS.match(light, light_match.end())
    ]
    return read_value(light, chosen[-1]) if chosen else None


def row_values(light: str, after: int) -> list[tuple[int, Stated]]:
    r"""The value each row of an aligned chain states after ``after`` (``&= \ln 2 - \frac14 \\``), read whole, with
    the number of line breaks before it; empty unless two rows or more state one.

    >>> [(row, stated.written) for row, stated in row_values("D &= \\ln 2 - 1/4 \\\\\n &\\approx 0.4431", 0)]
    [(0, '\\ln 2 - 1/4'), (1, '0.4431')]
    """
    found = []
    start = 0
    for row in light.split("\\\\"):
        relations = [match for match in RELATION.finditer(row) if start + match.start() >= after]
        if relations and _STARTS.match(row, relations[-1].end()):
            stated = read_value(row.rstrip(" \n&"), relations[-1])
            if stated.problem:
                return []
            found.append((light.count("\n", 0, start + relations[-1].start()), stated))
        start += len(row) + 2
    return found if len(found) > 1 else []


def stated_first(text: str, start: int, end: int) -> Stated | None:
    """The value of a relation right at ``start`` in ``text[:end]``: its first complete decimal, else the value
    after the relation read whole (``D_{KL}(P || Q) = \\ln 2 - \\frac{1}{4} \\approx 0.443`` states 0.443)."""
    segment = text[:end]
    relation = RELATION.match(segment, start + len(segment[start:]) - len(segment[start:].lstrip()))
    if relation is None:
        return None
    decimal = _DECIMAL_AFTER.search(segment, start)
    if decimal is not None:
        if decimal["infinite"]:
            return Stated(decimal["infinite"], infinite=True)
        unit = Base.from_unit(decimal["unit"]) if decimal["unit"] else None
        written = decimal["value"]
        try:
            number = parse_number(written, "value")
        except InputError as error:
            return Stated(written, problem=f"the value {written!r} is not read ({error.problem})")
        return Stated(written, Number(0, len(written), written, number), unit.name if unit else None)
    return read_value(segment, relation) if _STARTS.match(segment, relation.end()) else None


def read_value(text: str, relation: re.Match[str]) -> Stated:
    """The value after ``relation``, read to the end of ``text``: whole, or with the problem that stops it."""
    rest = re.sub(r"[.!?]\s*$", "", text[relation.end() :])  # the sentence's full stop
    approximate = relation.group(0).strip() in ("≈", "\\approx", "\\simeq") or relation["about"] not in (
        None,
        "exactly",
    )
    infinite = _INFINITE.match(rest)
    if infinite is not None:
        return Stated(infinite.group(0), infinite=True)
    shown = rest.strip()
    try:
        tokens = tokenize(rest)
        node, stop = parse_prefix(tokens)
    except (ParseError, TooComplexError) as error:
        return Stated(shown, problem=f"the value {shown!r} is not read whole ({error})")
    written = rest[tokens[0].start : tokens[stop - 1].end].strip()
    unit, width = unit_after(tokens, stop - 1)
    stop += width
    if stop < len(tokens) and tokens[stop].kind not in _AFTER_VALUE:
        return Stated(shown, problem=f"the value {shown!r} is not read whole (it goes on after {written!r})")
    try:
        evaluate(node, Environment())
    except EvaluationError as error:
        return Stated(written, problem=f"the value {written!r} has no exact value here ({error})")
    return Stated(written, node, unit, approximate=approximate)


def _certified_holds(value: Certified, claimed: ExactValue, bounds: tuple[Fraction, Fraction] | None) -> bool | None:
    """A certified value against an exact claim (or the range its rounded decimals stand for).

    Both are rounded correctly to 30 digits: different digits prove them different; equal
    digits leave an exact claim undecided.
    """
    digits = 30
    shown = Fraction(value.decimal(digits))
    error = abs(shown) / 10 ** (digits - 1) + Fraction(1, 10**100)
    if bounds is None:
        return None if Fraction(claimed.decimal(digits)) == shown else False
    low, high = bounds
    if low + error <= shown <= high - error:
        return True
    if shown < low - error or shown > high + error:
        return False
    return None
