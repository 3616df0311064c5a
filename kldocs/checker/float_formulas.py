r"""A formula with symbols, evaluated in floating point with numbers put for its symbols.

Closed forms of parametric families hold ``\pi`` and ``e`` (``\frac{1}{2}\ln(2\pi e\sigma^2)``), which the
exact parser of numeric claims does not take; this one reads them, with ``\frac``, ``\sqrt``, ``\exp``,
logarithms (``\ln``, ``\log_2``, ``log2``; a plain ``\log`` in the base the caller gives), powers (``^``,
``**``), brackets of every kind and products written side by side. A symbol is a Greek letter with an
optional index (``\sigma_1``, ``\mu_{p}``, ``σ₂``, ``sigma2``) or one of the caller's single letters
(``p``, ``q``); anything else (another letter, a relation, an integral) leaves the formula unread.

>>> formula = normalized(r"\frac{1}{2}\ln\left(2\pi e\sigma^2\right)")
>>> round(evaluate(formula, {r"\sigma": 1.0}), 6)
1.418939
>>> sorted(symbols(normalized(r"\log \frac{\sigma_{2}}{σ₁} + \mu_1")))
['\\mu_1', '\\sigma_1', '\\sigma_2']
>>> evaluate(normalized(r"\int x \, dx"), {}) is None
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from kldocs.checker.lazy_patterns import lazy

#: Tokens of a formula: numbers, commands, names, operators and brackets (spaces and sizing dropped).
_TOKEN = lazy(
    r"(?P<number>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
    r"|(?P<symbol>\\(?:sigma|mu|lambda|theta|rho)(?:_[0-9A-Za-z])?)"
    r"|(?P<command>\\[A-Za-z]+|\\[{}|,;!])"
    r"|(?P<name>log(?:2|10)(?=\s*\()|[A-Za-z]+)"
    r"|(?P<op>\*\*|[-+*/^(){}\[\]_])"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
    re.DOTALL,
)
#: Commands that only size or space a formula.
_IGNORED = frozenset(
    {"\\left", "\\right", "\\big", "\\Big", "\\bigg", "\\Bigg", "\\bigl", "\\bigr", "\\Bigl", "\\Bigr", "\\,"}
    | {"\\;", "\\!", "\\quad", "\\displaystyle", "\\mathrm", "\\operatorname", "\\rm"}
)
_OPEN = {"(": ")", "{": "}", "[": "]", "\\{": "\\}"}
_NOT_ATOMS = frozenset({"\\cdot", "\\times", "\\}"})
_FUNCTIONS = {"\\ln": "e", "ln": "e", "\\log": "plain", "log": "plain", "log2": "2", "log10": "10"}
#: Written forms made the same before reading: Greek letters, Unicode subscripts, spelled-out names.
_REWRITES = (
    (lazy(r"(?<![A-Za-z\\])log(10|2)(?![0-9(A-Za-z])"), r"\\log_{\1}"),  # log₂ λ, once its subscript is a digit
    (lazy(r"(σ|μ|µ|λ|π|ρ)(?=[A-Za-z])"), r"\1 "),
    (lazy(r"σ"), r"\\sigma"),
    (lazy(r"μ|µ"), r"\\mu"),
    (lazy(r"λ"), r"\\lambda"),
    (lazy(r"π"), r"\\pi"),
    (lazy(r"ρ"), r"\\rho"),
    (lazy(r"[−–]"), "-"),
    (lazy(r"[·×⋅]"), "*"),
    (lazy(r"²"), "^2"),
    (lazy(r"½"), "(1/2)"),
    (lazy(r"√"), r"\\sqrt"),
    (lazy(r"\{\s*\}"), ""),
    (lazy(r"(?<![\\A-Za-z])(sigma|mu|lambda|pi|rho)(?![A-Za-z])"), r"\\\1"),
    (lazy(r"(\\(?:sigma|mu|lambda|theta|rho))\s*_\s*\{\s*([0-9A-Za-z])\s*\}"), r"\1_\2"),
    (lazy(r"(\\(?:sigma|mu|lambda|theta|rho))_?([0-9])"), r"\1_\2"),
)
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
#: Deepest nesting read.
_MAX_DEPTH = 40


def normalized(formula: str) -> str:
    r"""The formula with Greek letters, indices and spelled-out names written one way: ``σ₁`` is ``\sigma_1``."""
    text = formula.translate(_SUBSCRIPTS)
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text


def symbols(formula: str) -> set[str]:
    """The parameter symbols of a normalized formula (Greek letters with their indices)."""
    return {match.group("symbol") for match in _TOKEN.finditer(formula) if match.group("symbol")}


def evaluate(formula: str, values: dict[str, float], plain_base: float = math.e) -> float | None:
    """The normalized formula's value with ``values`` for its symbols (single letters too); None if unread."""
    tokens = []
    for match in _TOKEN.finditer(formula):
        kind = match.lastgroup or "other"
        text = match.group()
        if kind == "space" or text in _IGNORED:
            continue
        if kind == "other":
            return None
        tokens.append((kind, text))
    try:
        reader = _Reader(tokens, values, plain_base)
        value = reader.expression()
        if reader.position != len(tokens):
            return None
        return value
    except (_UnreadError, ArithmeticError, ValueError, RecursionError):
        return None


class _UnreadError(Exception):
    """The formula holds something this reader does not take."""


class _Reader:
    """Recursive descent over the tokens, evaluating as it reads."""

    def __init__(self, tokens: list[tuple[str, str]], values: dict[str, float], plain_base: float) -> None:
        self.tokens, self.values, self.plain_base = tokens, values, plain_base
        self.position = 0
        self.depth = 0

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.position] if self.position < len(self.tokens) else ("end", "")

    def take(self, text: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token[0] == "end" or (text is not None and token[1] != text):
            raise _UnreadError(text)
        self.position += 1
        return token

    def expression(self) -> float:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise _UnreadError("too deep")
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            sign = self.take()[1]
            value = value + self.term() if sign == "+" else value - self.term()
        self.depth -= 1
        return value

    def term(self) -> float:
        value = self.unary()
        while True:
            kind, text = self.peek()
            if text in ("*", "/", "\\cdot", "\\times"):
                self.take()
                value = value / self.unary() if text == "/" else value * self.unary()
            elif self.starts_atom(kind, text):
                value *= self.power()
            else:
                return value

    def unary(self) -> float:
        if self.peek()[1] in ("+", "-"):
            sign = self.take()[1]
            return -self.unary() if sign == "-" else self.unary()
        return self.power()

    def power(self) -> float:
        value = self.atom()
        if self.peek()[1] in ("^", "**"):
            self.take()
            exponent = self.unary() if self.peek()[1] == "-" else self.atom()
            value = value**exponent
        return value

    def starts_atom(self, kind: str, text: str) -> bool:
        return (kind in ("number", "symbol", "name", "command") and text not in _NOT_ATOMS) or text in _OPEN

    def atom(self) -> float:
        kind, text = self.take()
        if kind == "number":
            return float(text)
        if kind == "symbol" or (kind == "name" and text in self.values):
            if text not in self.values:
                raise _UnreadError(text)
            return self.values[text]
        if text in _OPEN:
            value = self.expression()
            self.take(_OPEN[text])
            return value
        if text in ("\\pi", "pi"):
            return math.pi
        if text == "e":
            return math.e
        if text in ("\\frac", "\\dfrac", "\\tfrac"):
            return self.group() / self.group()
        if text in ("\\sqrt", "sqrt"):
            return math.sqrt(self.group())
        if text in ("\\exp", "exp"):
            return math.exp(self.argument())
        if text in _FUNCTIONS:
            return self.logarithm(_FUNCTIONS[text])
        raise _UnreadError(text)

    def group(self) -> float:
        """A braced or bracketed argument, or a single atom (``\\frac12``: its digits one at a time)."""
        kind, text = self.peek()
        if text in _OPEN:
            return self.atom()
        if kind == "number" and len(text) > 1 and text.isdigit():
            self.tokens[self.position] = ("number", text[1:])
            return float(text[0])
        return self.atom()

    def argument(self) -> float:
        """A function's argument: bracketed, or the atoms written side by side after it (``\\ln 2\\pi e``)."""
        value = self.power()
        while self.starts_atom(*self.peek()) and self.peek()[1] not in _FUNCTIONS and self.peek()[1] not in _OPEN:
            value *= self.power()
        return value

    def logarithm(self, base: str) -> float:
        if self.peek()[1] == "_":
            self.take()
            written = self.group()
            logarithm: Callable[[float], float] = lambda x: math.log(x, written)  # noqa: E731
        else:
            chosen = {"e": math.e, "2": 2.0, "10": 10.0}.get(base, self.plain_base)
            logarithm = lambda x: math.log(x, chosen)  # noqa: E731
        return logarithm(self.argument())
