r"""A small recursive-descent parser for the numeric maths found in documents.

Grammar (juxtaposition such as ``0.2 \log 2`` multiplies)::

    expr    := term (("+" | "-") term)*
    term    := unary (("*" | "/" | \times | \cdot | juxtaposed atom) unary)*
    unary   := ("+" | "-") unary | power
    power   := atom ("^" integer)?
    atom    := number | \infty | measure | "(" expr ")" | "{" expr "}"
             | \frac{expr}{expr} | \frac12 | log atom-or-bracketed-expr

Numbers go through :func:`kldocs.inputs.parse_number` (bounded length and
exponent); nothing is ever evaluated as code. The tree keeps where each node
sits in the text, so a report can quote a single term as written.
Evaluation (:func:`evaluate`) is exact, into :class:`~kldocs.checker.values.Exact`.

>>> from kldocs.checker.tokens import tokenize
>>> tree = parse(tokenize(r"0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4}"))
>>> evaluate(tree, Environment()).decimal(6)
'0.0304788'
>>> [text for _, text in terms(tree, r"0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4}")]
['0.2 \\ln \\frac{0.2}{0.3}', '0.5 \\ln \\frac{0.5}{0.4}']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from kldocs.checker.tokens import MeasureSymbol, Token
from kldocs.checker.values import BaseKey, EvaluationError, Exact
from kldocs.errors import InputError
from kldocs.inputs import parse_number

#: Most tokens in one expression.
MAX_EXPRESSION_TOKENS = 400
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
class Measure(Node):
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
    measure: Callable[[MeasureSymbol], Exact] = field(default=lambda symbol: _no_measures(symbol))


def _no_measures(symbol: MeasureSymbol) -> Exact:
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


_ATOM_STARTS = ("open", "lbrace", "frac", "log", "measure", "infinity")


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
        if kind == "measure":
            assert token.symbol is not None
            return Measure(token.start, token.end, token.symbol)
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
        argument = self.atom() if following.kind in ("open", "lbrace") else self.power()
        self.depth -= 1
        return Log(token.start, argument.end, token.detail, argument)


def _number(text: str, position: int) -> Fraction:
    try:
        return parse_number(text.replace("\\%", "%"), "number")
    except InputError as error:
        raise ParseError(error.problem, position) from None


def _moved(node: Node, start: int, end: int) -> Node:
    """The same node spanning its brackets too (so quoted text includes them)."""
    from dataclasses import replace

    return replace(node, start=start, end=end)


# --- evaluation -------------------------------------------------------------------------------------------


def evaluate(node: Node, environment: Environment) -> Exact:
    """The exact value of ``node``.

    ``0 * infinity`` is 0 (the convention that makes ``0 log 0 = 0``), and
    ``x/0`` for ``x > 0`` is +infinity, so ``0.5 \\ln \\frac{0.5}{0}`` is infinite.

    Raises
    ------
    EvaluationError
        When the value cannot be computed exactly.
    """
    if isinstance(node, Number):
        return Exact.number(node.value)
    if isinstance(node, Infinity):
        return Exact.infinity()
    if isinstance(node, Measure):
        return environment.measure(node.symbol)
    if isinstance(node, Negative):
        return -evaluate(node.operand, environment)
    if isinstance(node, Sum):
        total = Exact()
        for sign, term in node.terms:
            value = evaluate(term, environment)
            total = total + (value if sign > 0 else -value)
        return total
    if isinstance(node, Product):
        return evaluate(node.left, environment) * evaluate(node.right, environment)
    if isinstance(node, Quotient):
        return evaluate(node.numerator, environment) / evaluate(node.denominator, environment)
    if isinstance(node, Power):
        return evaluate(node.base, environment).power(node.exponent)
    if isinstance(node, Log):
        argument = evaluate(node.argument, environment)
        if argument.infinite > 0:
            return Exact.infinity()
        number = argument.rational_value()
        if number is None:
            raise EvaluationError("a logarithm of a logarithm is outside what can be checked exactly")
        return Exact.log(number, _log_base(node.base, environment))
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


# --- questions about a tree --------------------------------------------------------------------------------


def walk(node: Node) -> list[Node]:
    """Every node of the tree, the root first."""
    found = [node]
    index = 0
    while index < len(found):
        current = found[index]
        index += 1
        found.extend(_children(current))
    return found


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, Negative):
        return (node.operand,)
    if isinstance(node, Sum):
        return tuple(term for _, term in node.terms)
    if isinstance(node, Product):
        return (node.left, node.right)
    if isinstance(node, Quotient):
        return (node.numerator, node.denominator)
    if isinstance(node, Power):
        return (node.base,)
    if isinstance(node, Log):
        return (node.argument,)
    return ()


def measures_in(node: Node) -> list[MeasureSymbol]:
    """The measure symbols used, in order."""
    return [item.symbol for item in walk(node) if isinstance(item, Measure)]


def log_bases(node: Node) -> set[str]:
    """The bases of the logarithms written (``"doc"`` for a plain ``\\log``)."""
    return {item.base for item in walk(node) if isinstance(item, Log)}


def has_logs(node: Node) -> bool:
    return any(isinstance(item, Log) for item in walk(node))


def is_number_only(node: Node) -> bool:
    """True when the node has no logarithm, measure or infinity: plain arithmetic on numbers."""
    return not any(isinstance(item, (Log, Measure, Infinity)) for item in walk(node))


@dataclass(frozen=True)
class Literal:
    """A value written as a bare number, with the precision it was written to.

    Attributes
    ----------
    value
        The number as written.
    place
        The power of ten of the last digit written (``0.0305`` -> -4); None for an exact integer.
    """

    value: Fraction
    place: int | None


def literal(node: Node) -> Literal | None:
    """The node as a bare number (``0.0305``, ``-1.2``, ``3.05 \\times 10^{-2}``), else None.

    >>> from kldocs.checker.tokens import tokenize
    >>> literal(parse(tokenize(r"3.05 \\times 10^{-2}")))
    Literal(value=Fraction(61, 2000), place=-4)
    """
    sign = 1
    while isinstance(node, Negative):
        sign, node = -sign, node.operand
    scale = 0
    if isinstance(node, Product) and isinstance(node.right, Power):
        power = node.right
        if isinstance(power.base, Number) and power.base.text == "10":
            scale, node = power.exponent, node.left
    if not isinstance(node, Number):
        return None
    place = written_place(node.text)
    value = node.value * Fraction(10) ** scale * sign
    return Literal(value, None if place is None else place + scale)


def written_place(text: str) -> int | None:
    """The power of ten of the last digit of a decimal as written; None for an integer.

    >>> written_place("0.0305"), written_place("1.2e-3"), written_place("12"), written_place("2.5\\\\%")
    (-4, -4, None, -3)
    """
    body = text.replace("\\%", "%")
    percent = body.endswith("%")
    body = body.rstrip("%")
    mantissa, _, exponent = body.lower().partition("e")
    if "." not in mantissa and not exponent:
        return None
    decimals = len(mantissa.partition(".")[2])
    return -decimals + (int(exponent) if exponent else 0) - (2 if percent else 0)


Interval = tuple[Fraction, Fraction]


def interval(node: Node) -> Interval | None:
    """The range of values an arithmetic expression of rounded decimals stands for.

    Each decimal ``d`` written to ``k`` places stands for ``[d - h, d + h]`` with
    ``h = 10**-k / 2``; integers are exact. None when the node is not plain arithmetic.

    >>> from kldocs.checker.tokens import tokenize
    >>> interval(parse(tokenize("1.06 - 1.03")))
    (Fraction(1, 50), Fraction(1, 25))
    """
    if isinstance(node, Number):
        place = written_place(node.text)
        half = Fraction(0) if place is None else Fraction(10) ** place / 2
        return node.value - half, node.value + half
    if isinstance(node, Negative):
        inner = interval(node.operand)
        return None if inner is None else (-inner[1], -inner[0])
    if isinstance(node, Sum):
        low, high = Fraction(0), Fraction(0)
        for sign, term in node.terms:
            part = interval(term)
            if part is None:
                return None
            low, high = (low + part[0], high + part[1]) if sign > 0 else (low - part[1], high - part[0])
        return low, high
    if isinstance(node, (Product, Quotient)):
        left = _factor(node.left if isinstance(node, Product) else node.numerator)
        right = _factor(node.right if isinstance(node, Product) else node.denominator)
        if left is None or right is None:
            return None
        if isinstance(node, Quotient):
            if right[0] <= 0 <= right[1]:
                return None
            right = (1 / right[1], 1 / right[0])
        corners = [a * b for a in left for b in right]
        return min(corners), max(corners)
    if isinstance(node, Power):
        inner = interval(node.base)
        if inner is None or inner[0] <= 0:
            return None
        ends = sorted((inner[0] ** node.exponent, inner[1] ** node.exponent))
        return ends[0], ends[1]
    return None


def _factor(node: Node) -> Interval | None:
    """A factor's range: a short decimal factor (``0.7 \\times 0.222``) is a probability, written exactly."""
    if isinstance(node, Number) and node.value and len(node.text.strip("0.-")) <= 2:
        return node.value, node.value
    return interval(node)


def terms(node: Node, text: str) -> list[tuple[Fraction, str]]:
    """The additive terms of ``node`` as written, each with the rational factor in front of it.

    A rational factor multiplying a bracketed sum is spread over its terms,
    so ``-(0.2 \\log 0.2 + 0.8 \\log 0.8)`` has two terms with factor -1.
    """
    return [(factor, text[item.start : item.end]) for factor, item in term_nodes(node)]


def term_nodes(node: Node, factor: Fraction = Fraction(1)) -> list[tuple[Fraction, Node]]:
    """Like :func:`terms`, with the nodes."""
    if isinstance(node, Sum):
        found: list[tuple[Fraction, Node]] = []
        for sign, term in node.terms:
            found.extend(term_nodes(term, factor * sign))
        return found
    if isinstance(node, Negative):
        return term_nodes(node.operand, -factor)
    if isinstance(node, Product):
        for constant, other in ((node.left, node.right), (node.right, node.left)):
            value = _constant(constant)
            if value is not None and isinstance(other, (Sum, Negative)):
                return term_nodes(other, factor * value)
    if isinstance(node, Quotient):
        value = _constant(node.denominator)
        if value and isinstance(node.numerator, (Sum, Negative)):
            return term_nodes(node.numerator, factor / value)
    return [(factor, node)]


def _constant(node: Node) -> Fraction | None:
    """The rational value of a node made of numbers only, else None."""
    if not is_number_only(node):
        return None
    try:
        return evaluate(node, Environment()).rational_value()
    except EvaluationError:
        return None


def measure_form(node: Node) -> dict[MeasureSymbol, Fraction] | None:
    """The node as ``sum c_k * measure_k`` with rational ``c_k`` (plus nothing else), or None.

    >>> from kldocs.checker.tokens import tokenize
    >>> form = measure_form(parse(tokenize(r"\\frac{D_{KL}(P \\| Q) + D_{KL}(Q \\| P)}{2}")))
    >>> sorted(value for value in form.values())
    [Fraction(1, 2), Fraction(1, 2)]
    """
    form: dict[MeasureSymbol, Fraction] = {}
    for factor, item in term_nodes(node):
        symbol, scale = _scaled_measure(item)
        if symbol is None:
            return None
        form[symbol] = form.get(symbol, Fraction(0)) + factor * scale
    return {symbol: value for symbol, value in form.items() if value}


def _scaled_measure(node: Node) -> tuple[MeasureSymbol | None, Fraction]:
    if isinstance(node, Measure):
        return node.symbol, Fraction(1)
    if isinstance(node, Negative):
        symbol, scale = _scaled_measure(node.operand)
        return symbol, -scale
    if isinstance(node, Product):
        for constant, other in ((node.left, node.right), (node.right, node.left)):
            value = _constant(constant)
            if value is not None:
                symbol, scale = _scaled_measure(other)
                return symbol, scale * value
    if isinstance(node, Quotient):
        value = _constant(node.denominator)
        if value:
            symbol, scale = _scaled_measure(node.numerator)
            return symbol, scale / value
    return None, Fraction(0)
