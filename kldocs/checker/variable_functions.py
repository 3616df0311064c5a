r"""A random variable written as a function of others (``Z = X + Y``, ``Y = \cos X``, ``Z = \max(X, Y)``), read and
worked out exactly.

:func:`read_function` reads the right side of such a definition, in LaTeX or Unicode: sums, differences and
products (``XY``, ``X \cdot Y``, ``X × Y``), ``mod``/``\bmod``/``\pmod{n}``, ``\oplus``/``⊕``/``xor``, ``\max``
and ``\min``, ``|X - Y|``, ``\cos`` and ``\sin``, an indicator (``\mathbb{1}\{X > Y\}``, ``1[X = Y]``) and a
whole number to a variable's power. A value is a rational number plus a rational multiple of π (the values of
``X`` uniform on ``\{0, \pi, 2\pi\}``); :func:`evaluate` gives the function's exact value at some values of its
variables, or None where it is not a number it can write exactly (``\cos 1``, ``\pi \cdot \pi``).

>>> function = read_function(r"\cos{X}")
>>> function.variables, [value_text(evaluate(function, {"X": (Fraction(0), k)})) for k in (Fraction(0), Fraction(1))]
(('X',), ['1', '-1'])
>>> value_text(evaluate(read_function(r"(X_1 + X_2) \bmod 3"), {"X_1": (Fraction(2), Fraction(0)),
...                                                             "X_2": (Fraction(5), Fraction(0))}))
'1'
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.lazy_patterns import lazy

#: A value: ``a + b·π``, with ``a`` and ``b`` rational.
Value = tuple[Fraction, Fraction]
#: A node of a function: ("num", Value), ("var", name), or an operation and its operands.
Node = tuple[object, ...]

#: The letters read as random variables (``S`` for a sum, ``T`` for a die's top face), with a numeric index.
VARIABLE = r"[S-Z](?:_\{?[0-9]{1,2}\}?)?"

#: LaTeX and Unicode spellings, each replaced by one sign the parser reads.
_SPELLINGS = tuple(
    (lazy(pattern), replacement)
    for pattern, replacement in (
        (r"\\left|\\right|\\big|\\Big|\\bigl|\\bigr|\\,|\\;|\\!|\\:|\\quad|~|\$", ""),
        (r"\\mathbb\s*\{?\s*[1I]\s*\}?|\\mathbf\s*\{?\s*[1I]\s*\}?|\\mathds\s*\{?\s*1\s*\}?|𝟙|\\one(?![A-Za-z])", "ı"),
        (r"\\operatorname\s*\{\s*(\w+)\s*\}|\\mathrm\s*\{\s*(\w+)\s*\}|\\text\s*\{\s*(\w+)\s*\}", r" \1\2\3 "),
        (r"\\pmod\s*\{([^{}]{1,12})\}|\\pmod\s*([0-9]{1,4})|\(\s*mod\s+([0-9]{1,4})\s*\)", r" % (\1\2\3)"),
        (r"\\bmod|\\mod(?![A-Za-z])|(?<![A-Za-z])mod(?:ulo)?(?![A-Za-z])", " % "),
        (r"\\oplus|⊕|\\veebar|(?<![A-Za-z])(?:xor|XOR)(?![A-Za-z])", " ^^ "),
        (r"\\cdot|\\times|×|·|⋅|\*|\\ast", " * "),
        (r"\\neq?(?![A-Za-z])|≠|!=", " ≠ "),
        (r"\\geq?(?![A-Za-z])|≥|>=", " ≥ "),
        (r"\\leq?(?![A-Za-z])|≤|<=", " ≤ "),
        (r"\\lvert|\\rvert|\\vert|\\mid|\\lVert|\\rVert", "|"),
        (r"−|–", "-"),
        (r"\\pi(?![A-Za-z])|π", " π "),
        (r"(?<![0-9.])1(?=\s*(?:_\s*\{|\\\{|\[))", "ı"),  # 1_{X > Y}, 1\{X = Y\}, 1[X = Y]: an indicator
        (r"\\(?=max|min|cos|sin)", " "),
    )
)
_TOKEN = lazy(
    r"\s*(?:(?P<number>[0-9]+(?:\.[0-9]+)?)|(?P<variable>[S-Z](?:_\{?[0-9]{1,2}\}?)?)(?![A-Ra-z])"
    r"|(?P<name>max|min|cos|sin|π|ı)|(?P<sign>\^\^|[-+*/%^(),|{}\[\]=<>≠≥≤_]))"
)
_BRACKETS = {"(": ")", "{": "}", "[": "]"}
_FRACTION = lazy(r"\\[dt]?frac\s*\{([^{}]{1,12})\}\s*\{([^{}]{1,12})\}")
#: ``-1``, ``2π``, ``(π)/(2)``: a value as :func:`read_value` reads it, after :func:`normalized`.
_WRITTEN_VALUE = lazy(r"\s*(-)?\s*\(?\s*([0-9]+(?:\.[0-9]+)?)?\s*(π)?\s*\)?\s*(?:/\s*\(?\s*([0-9]+)\s*\)?)?\s*")


@dataclass(frozen=True)
class Function:
    """A function of random variables as read: its tree, the variables it names (in the order first written) and
    the text it was read from."""

    tree: Node
    variables: tuple[str, ...]
    text: str


def normalized(text: str) -> str:
    r"""``text`` with its LaTeX and Unicode spellings of operations written the one way the parser reads.

    >>> normalized(r"\max\{X, Y\} \bmod 2")
    ' max{X, Y}  %  2'
    """
    for pattern, replacement in _SPELLINGS:
        text = pattern.sub(replacement, text)
    return text.replace("\\{", "{").replace("\\}", "}").replace("\\lbrace", "{").replace("\\rbrace", "}")


def read_function(text: str) -> Function | None:
    r"""The function written at the start of ``text`` (it ends where the formula or the sentence goes on with
    something else: ``=``, a comma, a word); None when nothing there reads as one, or it names no variable.

    >>> read_function("X + Y = 1, so").variables
    ('X', 'Y')
    >>> read_function("2^{X}").tree
    ('pow', ('num', (Fraction(2, 1), Fraction(0, 1))), ('var', 'X'))
    >>> read_function("1/2") is None, read_function("g(X)") is None
    (True, True)
    """
    tokens: list[tuple[str, str]] = []
    position = 0
    text = normalized(text)
    while position < len(text) and len(tokens) < 60:
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            break
        kind = match.lastgroup or ""
        tokens.append(
            (kind, match.group(kind).replace("{", "").replace("}", "") if kind == "variable" else match[kind])
        )
        position = match.end()
    parser = _Parser(tokens)
    try:
        tree = parser.top()
    except ValueError:
        return None
    if parser.at < len(tokens) and tokens[parser.at][1] not in ("=", ",", ")", "≠", "<", ">", "≤", "≥"):
        return None  # "Z = X + Y_1!" or "Y = g(X)": more of the formula than is read
    names = tuple(dict.fromkeys(_names(tree)))
    return Function(tree, names, text) if names else None


def _names(tree: Node) -> list[str]:
    if tree[0] == "var":
        return [str(tree[1])]
    if tree[0] == "num":
        return []
    return [name for part in tree[1:] for name in _names(part)]  # type: ignore[arg-type]


class _Parser:
    """Recursive descent over the tokens: mod lowest, then ⊕, sums, products, signs, powers, atoms."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.at = 0

    def _peek(self) -> str | None:
        return self.tokens[self.at][1] if self.at < len(self.tokens) else None

    def _take(self, wanted: str) -> None:
        if self._peek() != wanted:
            raise ValueError(wanted)
        self.at += 1

    def top(self) -> Node:
        tree = self._xor()
        if self._peek() == "%":
            self.at += 1
            tree = ("mod", tree, self._unary())
        return tree

    def _xor(self) -> Node:
        tree = self._sum()
        while self._peek() == "^^":
            self.at += 1
            tree = ("xor", tree, self._sum())
        return tree

    def _sum(self) -> Node:
        tree = self._product()
        while self._peek() in ("+", "-"):
            sign = self.tokens[self.at][1]
            self.at += 1
            tree = ("add" if sign == "+" else "sub", tree, self._product())
        return tree

    def _product(self) -> Node:
        tree = self._unary()
        while True:
            following = self._peek()
            if following in ("*", "/"):
                self.at += 1
                tree = ("mul" if following == "*" else "div", tree, self._unary())
            elif self.at < len(self.tokens) and (self.tokens[self.at][0] in ("variable", "name") or following == "("):
                tree = ("mul", tree, self._unary())  # 2X, XY, 2π
            else:
                return tree

    def _unary(self) -> Node:
        if self._peek() == "-":
            self.at += 1
            return ("neg", self._unary())
        base = self._atom()
        if self._peek() == "^":
            self.at += 1
            return ("pow", base, self._atom())
        return base

    def _atom(self) -> Node:
        if self.at >= len(self.tokens):
            raise ValueError("end")
        kind, text = self.tokens[self.at]
        self.at += 1
        if kind == "number":
            return ("num", (Fraction(text), Fraction(0)))
        if kind == "variable":
            return ("var", text)
        if text == "π":
            return ("num", (Fraction(0), Fraction(1)))
        if text in _BRACKETS:
            tree = self.top()
            self._take(_BRACKETS[text])
            return tree
        if text == "|":
            tree = self._sum()
            self._take("|")
            return ("abs", tree)
        if text in ("max", "min"):
            opening = self._peek() or ""
            self._take(opening if opening in _BRACKETS else "(")
            operands = [self.top()]
            while self._peek() == ",":
                self.at += 1
                operands.append(self.top())
            self._take(_BRACKETS[opening])
            return (text, *operands)
        if text in ("cos", "sin"):
            return (text, self._unary())
        if text == "ı":
            return self._indicator()
        raise ValueError(text)

    def _indicator(self) -> Node:
        if self._peek() == "_":
            self.at += 1
        opening = self._peek() or ""
        self._take(opening if opening in _BRACKETS else "(")
        if self._peek() in _BRACKETS:  # 1_{\{X > Y\}}
            inner = self.tokens[self.at][1]
            self.at += 1
            tree = self._comparison()
            self._take(_BRACKETS[inner])
        else:
            tree = self._comparison()
        self._take(_BRACKETS[opening])
        return tree

    def _comparison(self) -> Node:
        left = self._xor()
        relation = self._peek()
        if relation not in ("=", "≠", "<", ">", "≤", "≥"):
            raise ValueError("comparison")
        self.at += 1
        return (f"compare{relation}", left, self._xor())


def evaluate(function: Function, values: Mapping[str, Value]) -> Value | None:
    r"""The function's exact value where its variables take ``values``; None where it is not exact here.

    >>> half = (Fraction(0), Fraction(1, 2))
    >>> value_text(evaluate(read_function(r"\sin X"), {"X": half})), evaluate(read_function("X^2"), {"X": half})
    ('1', None)
    """
    try:
        return _value(function.tree, values)
    except (ValueError, ZeroDivisionError, OverflowError):
        return None


def _value(tree: Node, values: Mapping[str, Value]) -> Value:
    operation, operands = tree[0], tree[1:]
    if operation == "num":
        return operands[0]  # type: ignore[return-value]
    if operation == "var":
        return values[str(operands[0])]
    parts = [_value(part, values) for part in operands]  # type: ignore[arg-type]
    if str(operation).startswith("compare"):
        return Fraction(int(_holds(parts[0], parts[1], str(operation)[7:]))), Fraction(0)
    if operation in ("add", "sub"):
        sign = 1 if operation == "add" else -1
        return parts[0][0] + sign * parts[1][0], parts[0][1] + sign * parts[1][1]
    if operation == "neg":
        return -parts[0][0], -parts[0][1]
    if operation in ("max", "min"):
        ordered = sorted(parts, key=_order)
        return ordered[-1] if operation == "max" else ordered[0]
    if operation == "abs":
        return parts[0] if _order(parts[0]) >= 0 else (-parts[0][0], -parts[0][1])
    if operation in ("cos", "sin"):
        return _trigonometric(str(operation), parts[0])
    if operation == "div":  # π/2, πX/2: a multiple of π over a number
        divisor = _rational(parts[1])
        return parts[0][0] / divisor, parts[0][1] / divisor
    if operation == "mul":
        return _product(parts)
    return _arithmetic(str(operation), [_rational(part) for part in parts]), Fraction(0)


def _product(parts: list[Value]) -> Value:
    first, second = parts
    if first[1] and second[1]:
        raise ValueError("π squared")
    return first[0] * second[0], first[0] * second[1] + first[1] * second[0]


def _arithmetic(operation: str, numbers: list[Fraction]) -> Fraction:
    first, second = numbers
    if first.denominator != 1 or second.denominator != 1:
        raise ValueError("not whole")
    if operation == "mod" and second > 0:
        return first % second
    if operation == "xor" and first >= 0 and second >= 0:
        return Fraction(int(first) ^ int(second))
    if operation == "pow" and second >= 0 and abs(first) <= 1000 and second <= 64:
        return first ** int(second)
    raise ValueError(operation)


def _rational(value: Value) -> Fraction:
    if value[1]:
        raise ValueError("a multiple of π")
    return value[0]


def _order(value: Value) -> float:
    return float(value[0]) + float(value[1]) * math.pi


def _holds(left: Value, right: Value, relation: str) -> bool:
    if relation in ("=", "≠"):
        return (left == right) == (relation == "=")
    if left[1] != right[1] and left[0] != right[0]:
        raise ValueError("compared with π")  # exact comparison of a + bπ is left alone
    difference = (left[0] - right[0]) + (left[1] - right[1])
    return {"<": difference < 0, ">": difference > 0, "≤": difference <= 0, "≥": difference >= 0}[relation]


def _trigonometric(name: str, value: Value) -> Value:
    """``cos`` or ``sin`` of a rational multiple of π that has a rational value (a multiple of π/2), or of 0."""
    if value[0]:
        raise ValueError("not a multiple of π")
    quarter = value[1] * 2  # in quarter turns
    if quarter.denominator != 1:
        raise ValueError("not a multiple of π/2")
    turn = int(quarter) % 4
    cosines, sines = (1, 0, -1, 0), (0, 1, 0, -1)
    return Fraction((cosines if name == "cos" else sines)[turn]), Fraction(0)


def value_text(value: Value | None) -> str:
    r"""A value as a document writes it after ``Y=`` in a measure (``H(X|Y=-1)``): ``2``, ``1/2``, ``2π``.

    >>> value_text((Fraction(-1), Fraction(0))), value_text((Fraction(0), Fraction(2))), value_text(None)
    ('-1', '2π', '?')
    """
    if value is None:
        return "?"
    rational, multiple = value
    if not multiple:
        return str(rational)
    times = "" if multiple == 1 else "-" if multiple == -1 else str(multiple)
    return (f"{rational}+" if rational else "") + f"{times}π"


def read_value(text: str) -> Value | None:
    r"""A value written in a set or a probability's event: ``3``, ``-1``, ``1/2``, ``0.5``, ``\pi``, ``2\pi``,
    ``\frac{\pi}{2}``; None for anything else.

    >>> read_value(r"2\pi"), read_value(r"\frac{\pi}{2}") == (0, Fraction(1, 2)), read_value("a")
    ((Fraction(0, 1), Fraction(2, 1)), True, None)
    """
    text = _FRACTION.sub(r"(\1)/(\2)", text.strip())
    match = _WRITTEN_VALUE.fullmatch(normalized(text))
    if match is None or not (match.group(2) or match.group(3)):
        return None
    number = Fraction(match.group(2) or 1) / Fraction(match.group(4) or 1) * (-1 if match.group(1) else 1)
    return (Fraction(0), number) if match.group(3) else (number, Fraction(0))
