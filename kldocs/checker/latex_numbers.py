r"""A small recursive-descent parser for the numeric maths found in documents.

Grammar (juxtaposition such as ``0.2 \log 2`` multiplies)::

    expr    := term (("+" | "-") term)*
    term    := unary (("*" | "/" | \times | \cdot | juxtaposed atom) unary)*
    unary   := ("+" | "-") unary | power
    power   := atom ("^" integer | superscript digits)?
    atom    := number | \infty | measure | "(" expr ")" | "{" expr "}" | "{" expr \over expr "}"
             | \frac{expr}{expr} | \frac12 | log atom-or-bracketed-expr

Numbers go through :func:`kldocs.inputs.parse_number` (bounded length and
exponent); nothing is ever evaluated as code. The tree keeps where each node
sits in the text, so a report can quote a single term as written.
Evaluation (:func:`evaluate`) is exact, into :class:`~kldocs.checker.values.Exact`.

>>> from kldocs.checker.tokens import tokenize
>>> tree = parse(tokenize(r"0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4}"))
>>> evaluate(tree, Environment()).decimal(6)
'0.0304788'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from kldocs.checker.log_fractions import same_fraction_around
from kldocs.checker.tokens import MeasureSymbol, Token, truncated
from kldocs.errors import EvaluationError, InputError
from kldocs.exact import Base, ExactValue
from kldocs.inputs import parse_number

#: Most tokens in one expression.
MAX_EXPRESSION_TOKENS = 400
#: Largest bit length of a rational in an evaluation; keeps hostile products and powers small.
MAX_BITS = 4096

#: A base as the checker keys it: the rational base, or None for e.
BaseKey = Fraction | None
#: Deepest recursion of the parser (brackets, signs, fractions, logarithms).
MAX_NESTING = 50
#: Largest integer exponent accepted in ``10^{k}``.
MAX_EXPONENT = 60


class ParseError(ValueError):
    """The tokens do not form an expression the grammar knows; ``position`` is the token index."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position


@dataclass(frozen=True)
class Node:
    """Any node; ``start``/``end`` are character offsets in the text that was tokenized."""

    start: int
    end: int


@dataclass(frozen=True)
class Number(Node):
    """A number as written (``0.0305``, ``20\\%``, ``1e-3``) and its exact value."""

    text: str
    value: Fraction


@dataclass(frozen=True)
class Infinity(Node):
    """``\\infty``."""


@dataclass(frozen=True)
class Negative(Node):
    operand: Node


@dataclass(frozen=True)
class Sum(Node):
    """Terms with their signs: ``((1, a), (-1, b))`` is ``a - b``."""

    terms: tuple[tuple[int, Node], ...]


@dataclass(frozen=True)
class Product(Node):
    left: Node
    right: Node


@dataclass(frozen=True)
class Quotient(Node):
    numerator: Node
    denominator: Node


@dataclass(frozen=True)
class Power(Node):
    base: Node
    exponent: int


@dataclass(frozen=True)
class Log(Node):
    """A logarithm; ``base`` is ``"e"``, digits such as ``"2"``, or ``"doc"`` for the document's base."""

    base: str
    argument: Node


@dataclass(frozen=True)
class MeasureNode(Node):
    symbol: MeasureSymbol


@dataclass(frozen=True)
class Environment:
    """What evaluation needs from outside: the document's log base and the value of each measure.

    Attributes
    ----------
    base
        The base of a logarithm written without one (``\\log``); None is e.
    measure
        Returns the exact value of a measure symbol, or raises EvaluationError
        (for instance when a distribution is not defined).
    """

    base: BaseKey = None
    measure: Callable[[MeasureSymbol], ExactValue] = field(default=lambda symbol: _no_measures(symbol))


def _no_measures(symbol: MeasureSymbol) -> ExactValue:
    raise EvaluationError(f"{symbol.text()} has no value here")


# --- parsing ----------------------------------------------------------------------------------------------


def parse(tokens: Sequence[Token]) -> Node:
    """Parse all of ``tokens`` as one expression.

    Raises
    ------
    ParseError
        When the tokens are not one expression of the grammar, or are too many or too deep.
    """
    node, stop = parse_prefix(tokens)
    if stop != len(tokens):
        raise ParseError(f"unexpected {tokens[stop].text!r}", stop)
    return node


def parse_prefix(tokens: Sequence[Token]) -> tuple[Node, int]:
    """Parse the longest expression at the start of ``tokens``; return it and where it stopped."""
    if len(tokens) > MAX_EXPRESSION_TOKENS:
        raise ParseError(f"more than {MAX_EXPRESSION_TOKENS} symbols in one expression", 0)
    if not tokens:
        raise ParseError("empty expression", 0)
    parser = _Parser(tokens)
    node = parser.expression()
    return node, parser.position


_ATOM_STARTS = ("open", "lbrace", "frac", "log", "measure", "infinity", "vulgar")
#: The fraction glyphs of Unicode and their values.
VULGAR = {glyph: Fraction(unicodedata.numeric(glyph)).limit_denominator(10) for glyph in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"}


class _Parser:
    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.position = 0
        self.depth = 0

    def peek(self, offset: int = 0) -> Token | None:
        index = self.position + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise ParseError("the expression ends too early", self.position)
        self.position += 1
        return token

    def expect(self, kind: str) -> Token:
        token = self.peek()
        if token is None or token.kind != kind:
            raise ParseError(f"expected {kind}", self.position)
        return self.take()

    def nested(self) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise ParseError(f"nested more than {MAX_NESTING} deep", self.position)

    def expression(self) -> Node:
        self.nested()
        first = self.term()
        terms: list[tuple[int, Node]] = [(1, first)]
        while (token := self.peek()) is not None and token.kind == "op" and token.detail in "+-":
            self.take()
            terms.append((1 if token.detail == "+" else -1, self.term()))
        self.depth -= 1
        if len(terms) == 1:
            return first
        return Sum(first.start, terms[-1][1].end, tuple(terms))

    def term(self) -> Node:
        node = self.unary()
        if isinstance(node, Number) and node.text.isdigit():
            node = self.mixed_number(node)
        elif isinstance(node, Negative) and isinstance(node.operand, Number) and node.operand.text.isdigit():
            mixed = self.mixed_number(node.operand)  # -1\frac{1}{2} is -1.5
            node = Negative(node.start, mixed.end, mixed)
        while (token := self.peek()) is not None:
            if token.kind == "op" and token.detail in "*/":
                self.take()
                right = self.unary()
                node = (
                    Product(node.start, right.end, node, right)
                    if token.detail == "*"
                    else Quotient(node.start, right.end, node, right)
                )
            elif token.kind in _ATOM_STARTS:
                saved = (self.position, self.depth)
                try:
                    right = self.power()
                except ParseError:
                    # "1.03 (rounded)": the bracket is a remark, not a factor.
                    self.position, self.depth = saved
                    break
                node = Product(node.start, right.end, node, right)
            else:
                break
        return node

    def mixed_number(self, whole: Number) -> Node:
        r"""``1 ¾`` and, as a whole expression, ``1\frac{3}{4}``: a whole number and a proper fraction.

        ``2\frac{1}{4}`` before a factor is the product it always was; between other terms it could be
        either, and is not read.
        """
        token = self.peek()
        if token is not None and token.kind == "vulgar":
            self.take()
            return Number(whole.start, token.end, f"{whole.text} {token.text}", whole.value + VULGAR[token.text])
        braced = token is not None and token.kind == "lbrace" and (self.peek(1) or token).kind == "frac"
        if token is None or (token.kind != "frac" and not braced):
            return whole
        saved = (self.position, self.depth)
        fraction = self.power()
        following = self.peek()
        if isinstance(fraction, Power) or (following is not None and _multiplies(following)):
            self.position, self.depth = saved  # 2\frac{1}{8}\log_2 8: a product
            return whole
        proper = _proper_fraction(fraction)
        first = self.tokens[1] if self.tokens[0].kind == "op" and len(self.tokens) > 1 else self.tokens[0]
        alone = whole.start == first.start and (following is None or following.kind != "op")
        if proper is None or not alone:
            raise ParseError("a whole number before a fraction may be a mixed number or a product", self.position)
        text = f"{whole.text} {proper[0]}/{proper[1]}"
        return Number(whole.start, fraction.end, text, whole.value + Fraction(*proper))

    def unary(self) -> Node:
        token = self.peek()
        if token is not None and token.kind == "op" and token.detail in "+-":
            self.take()
            self.nested()
            operand = self.unary()
            self.depth -= 1
            return operand if token.detail == "+" else Negative(token.start, operand.end, operand)
        return self.power()

    def power(self) -> Node:
        base = self.atom()
        token = self.peek()
        if token is not None and token.kind == "superscript":  # x², 2⁻¹
            self.take()
            exponent = int(token.text.translate(_SUPERSCRIPTS))
            if abs(exponent) > MAX_EXPONENT:
                raise ParseError(f"an exponent larger than {MAX_EXPONENT}", self.position - 1)
            return Power(base.start, token.end, base, exponent)
        if token is None or token.kind != "caret":
            return base
        self.take()
        exponent, end = self.integer_exponent()
        return Power(base.start, end, base, exponent)

    def integer_exponent(self) -> tuple[int, int]:
        braced = self.peek() is not None and self.peek().kind == "lbrace"  # type: ignore[union-attr]
        if braced:
            self.take()
        sign = 1
        token = self.take()
        if token.kind == "op" and token.detail in "+-":
            sign = -1 if token.detail == "-" else 1
            token = self.take()
        if token.kind != "number" or not token.text.isdigit() or (not braced and len(token.text) != 1):
            raise ParseError("only small integer exponents are read", self.position - 1)
        exponent = sign * int(token.text)
        if abs(exponent) > MAX_EXPONENT:
            raise ParseError(f"an exponent larger than {MAX_EXPONENT}", self.position - 1)
        end = token.end
        if braced:
            end = self.expect("rbrace").end
        return exponent, end

    def atom(self) -> Node:
        token = self.take()
        kind = token.kind
        if kind == "number":
            return Number(token.start, token.end, token.text, _number(token.text, self.position - 1))
        if kind == "infinity":
            return Infinity(token.start, token.end)
        if kind == "vulgar":
            return Number(token.start, token.end, token.text, VULGAR[token.text])
        if kind == "measure":
            assert token.symbol is not None
            return MeasureNode(token.start, token.end, token.symbol)
        if kind in ("open", "lbrace"):
            return self.bracketed(token)
        if kind == "frac":
            return self.fraction(token)
        if kind == "log":
            return self.logarithm(token)
        raise ParseError(f"unexpected {token.text!r}", self.position - 1)

    def bracketed(self, opening: Token) -> Node:
        if opening.text.rstrip().endswith((".", "|")) or opening.text.endswith("vert"):
            raise ParseError("absolute values and one-sided brackets are not read", self.position - 1)
        self.nested()
        inner = self.expression()
        over = self.peek()
        if opening.kind == "lbrace" and over is not None and over.kind == "command" and over.text == "\\over":
            self.take()  # {1 \over 2}
            denominator = self.expression()
            inner = Quotient(inner.start, denominator.end, inner, denominator)
        closing = self.take()
        if closing.kind != ("rbrace" if opening.kind == "lbrace" else "close"):
            raise ParseError("a bracket is not closed", self.position - 1)
        self.depth -= 1
        return _moved(inner, opening.start, closing.end)

    def fraction(self, command: Token) -> Node:
        token = self.peek()
        if token is not None and token.kind == "number" and len(token.text) == 2 and token.text.isdigit():
            self.take()  # \frac12
            top, bottom = int(token.text[0]), int(token.text[1])
            if bottom == 0:
                raise ParseError("division by zero", self.position - 1)
            value = Fraction(top, bottom)
            number = Number(token.start, token.end, token.text, value)
            return _moved(number, command.start, token.end)
        self.nested()
        numerator = self.group()
        denominator = self.group()
        self.depth -= 1
        return Quotient(command.start, denominator.end, numerator, denominator)

    def group(self) -> Node:
        token = self.peek()
        if token is not None and token.kind == "number" and len(token.text) == 1:
            self.take()
            return Number(token.start, token.end, token.text, Fraction(int(token.text)))
        opening = self.expect("lbrace")
        return self.bracketed(opening)

    def logarithm(self, token: Token) -> Node:
        self.nested()
        following = self.peek()
        if following is None:
            raise ParseError("a logarithm without an argument", self.position)
        bracketed = following.kind in ("open", "lbrace")
        argument = self.atom() if bracketed else self.power()
        after = self.peek()
        if not bracketed and after is not None and after.kind == "op" and after.detail == "/":
            if not same_fraction_around(self.tokens, self.position - 1):
                # "log 1/4" means log(1/4) to its writer, "ln 2/2" often (ln 2)/2: neither reading is safe.
                raise ParseError("a fraction after a logarithm without brackets is ambiguous", self.position)
            self.take()
            denominator = self.atom()
            argument = Quotient(argument.start, denominator.end, argument, denominator)
        self.depth -= 1
        return Log(token.start, argument.end, token.detail, argument)


_FACTORS = frozenset({*_ATOM_STARTS, "caret", "superscript", "number"})
_SUPERSCRIPTS = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def _multiplies(token: Token) -> bool:
    """True for a token that multiplies what stands before it: a factor, a power, a product or quotient sign."""
    return token.kind in _FACTORS or (token.kind == "op" and token.detail in "*/")


def _proper_fraction(node: Node) -> tuple[int, int] | None:
    """Numerator and denominator of ``\frac{3}{4}`` written with whole numbers, the first below the second."""
    if not (isinstance(node, Quotient) and isinstance(node.numerator, Number) and isinstance(node.denominator, Number)):
        return None
    top, bottom = node.numerator, node.denominator
    if not (top.text.isdigit() and bottom.text.isdigit() and 0 < top.value < bottom.value):
        return None
    return int(top.value), int(bottom.value)


def _number(text: str, position: int) -> Fraction:
    try:
        return parse_number(truncated(text)[0].replace("\\%", "%"), "number")
    except InputError as error:
        raise ParseError(error.problem, position) from None


def _moved(node: Node, start: int, end: int) -> Node:
    """The same node spanning its brackets too (so quoted text includes them)."""
    from dataclasses import replace

    return replace(node, start=start, end=end)


# --- evaluation -------------------------------------------------------------------------------------------


def evaluate(node: Node, environment: Environment) -> ExactValue:
    """The exact value of ``node``.

    ``0 * infinity`` is 0 (the convention that makes ``0 log 0 = 0``), and
    ``x/0`` for ``x > 0`` is +infinity, so ``0.5 \\ln \\frac{0.5}{0}`` is infinite.
    Rationals larger than :data:`MAX_BITS` bits are refused, so a short
    document cannot make the arithmetic large.

    Raises
    ------
    EvaluationError
        When the value cannot be computed exactly.
    """
    value = _evaluate(node, environment)
    if value.rational.numerator.bit_length() > MAX_BITS or value.rational.denominator.bit_length() > MAX_BITS:
        raise EvaluationError(f"a number with more than {MAX_BITS} bits came up; it is not checked")
    return value


def _evaluate(node: Node, environment: Environment) -> ExactValue:
    if isinstance(node, Number):
        return ExactValue.number(node.value)
    if isinstance(node, Infinity):
        return ExactValue.infinity()
    if isinstance(node, MeasureNode):
        return environment.measure(node.symbol)
    if isinstance(node, Negative):
        return -evaluate(node.operand, environment)
    if isinstance(node, Sum):
        total = ExactValue()
        for sign, term in node.terms:
            value = evaluate(term, environment)
            total = total + (value if sign > 0 else -value)
        return total
    if isinstance(node, Product):
        left, right = evaluate(node.left, environment), evaluate(node.right, environment)
        factor = left.rational_value() if not left.parts else None
        if factor is not None:
            return right.scale(factor)  # 0 * infinity = 0, the 0 log 0 convention
        factor = right.rational_value() if not right.parts else None
        return left.scale(factor) if factor is not None else left * right
    if isinstance(node, Quotient):
        return evaluate(node.numerator, environment) / evaluate(node.denominator, environment)
    if isinstance(node, Power):
        base = evaluate(node.base, environment)
        number = base.rational_value() if not base.parts else None
        size = max(number.numerator.bit_length(), number.denominator.bit_length()) if number is not None else 0
        if abs(node.exponent) * size > MAX_BITS:
            raise EvaluationError(f"a power with more than {MAX_BITS} bits is not checked")
        return base.power(node.exponent)
    if isinstance(node, Log):
        argument = evaluate(node.argument, environment)
        if argument.infinite > 0:
            return ExactValue.infinity()
        number = argument.rational_value()
        if number is None:
            raise EvaluationError("a logarithm of a logarithm is outside what can be checked exactly")
        key = _log_base(node.base, environment)
        return ExactValue.log(number, Base(key) if key is not None else None)
    raise EvaluationError(f"cannot evaluate {type(node).__name__}")


def _log_base(base: str, environment: Environment) -> BaseKey:
    if base == "doc":
        return environment.base
    if base == "e":
        return None
    value = Fraction(int(base))
    if value <= 1:
        raise EvaluationError(f"a logarithm to base {base}")
    return value
