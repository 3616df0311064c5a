"""Parameters of a family from text: exact numbers, or an affine expression in one named parameter.

``"mu=0, sigma=1"`` gives ``{"mu": 0, "sigma": 1}``; ``"theta"`` or
``"p=1 - theta"`` gives an :class:`Affine` value, for a measure as a
function of ``theta``. Lists are written in brackets (``mean=[0, 1]``,
``cov=[[2, 1], [1, 2]]``). Nothing is evaluated as code: numbers go through
the inputs layer's whitelist grammar, names must be identifiers, and an
expression is at most a sum of terms ``c``, ``c*theta``, ``theta/c``.

>>> read_parameters("mu=0, sigma=1/2", ("mu", "sigma"), "P")
{'mu': Fraction(0, 1), 'sigma': Fraction(1, 2)}
>>> read_parameters("1/2 - theta/4", ("p",), "P")["p"].text()
'1/2 - 1/4*theta'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from kldocs.errors import InputError
from kldocs.families.written import written
from kldocs.inputs.numbers import parse_number

#: Longest parameter text accepted, in characters.
MAX_TEXT = 2000
#: Names a parameter may not take (they read as numbers or constants).
RESERVED = frozenset({"e", "pi", "inf", "nan", "infinity", "oo"})

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TERM = re.compile(
    r"(?:(?P<coefficient>[0-9.][0-9./eE%+-]*?)\s*\*\s*)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:\s*/\s*(?P<divisor>[0-9.][0-9./eE]*))?"
)


@dataclass(frozen=True)
class Affine:
    """``constant + slope * symbol``: a parameter that depends on one named variable.

    >>> Affine(Fraction(1), Fraction(-2), "t").latex()
    '1 - 2 t'
    """

    constant: Fraction
    slope: Fraction
    symbol: str

    def text(self) -> str:
        """Plain text: ``1/2 - 1/4*theta``."""
        return _joined(self._pieces(lambda c: f"{c}*{self.symbol}" if c != 1 else self.symbol))

    def latex(self) -> str:
        r"""LaTeX: ``\frac{1}{2} - \frac{1}{4} \theta``."""
        from kldocs.exact.display import rational_latex

        name = _latex_name(self.symbol)
        constant = rational_latex(abs(self.constant), decimals=False) if self.constant else ""
        pieces = [(self.constant < 0, constant)] if self.constant else []
        coefficient = "" if abs(self.slope) == 1 else rational_latex(abs(self.slope), decimals=False) + " "
        pieces.append((self.slope < 0, coefficient + name))
        text = ""
        for position, (negative, body) in enumerate(pieces):
            sign = ("-" if negative else "") if position == 0 else (" - " if negative else " + ")
            text += sign + body
        return text

    def at(self, value: Fraction) -> Fraction:
        """The parameter's value when the variable is ``value``."""
        return self.constant + self.slope * value

    def to_sympy(self, symbol: Any) -> Any:
        """As a SymPy expression in ``symbol``."""
        import sympy

        return sympy.Rational(self.constant) + sympy.Rational(self.slope) * symbol

    def _pieces(self, term: Any) -> list[tuple[bool, str]]:
        pieces = [(self.constant < 0, str(abs(self.constant)))] if self.constant else []
        pieces.append((self.slope < 0, term(abs(self.slope))))
        return pieces


#: A parameter value: an exact number or an affine expression in one variable.
Scalar = Fraction | Affine
#: A read value: a scalar or a (nested) list of scalars.
Value = Scalar | tuple[Any, ...]


def read_parameters(
    text: str, names: tuple[str, ...], field: str, aliases: dict[str, str] | None = None
) -> dict[str, Value]:
    """The parameters ``names`` from ``text``: ``name=value`` items, or values in order.

    Parameters
    ----------
    text
        Comma-separated items; a bracketed list counts as one item.
    names
        The family's parameter names, in order (for values given without a name).
    field
        The distribution's name, for error messages (``"P"``).
    aliases
        Other names accepted for a parameter (``{"lambda": "rate"}``).

    Raises
    ------
    InputError
        For an unknown, repeated or missing parameter, or a value that cannot be read.
    """
    if len(text) > MAX_TEXT:
        raise InputError(field, f"parameters longer than {MAX_TEXT} characters")
    items = _split(text.strip(), field)
    if not items:
        raise InputError(field, f"no parameters given; expected {', '.join(names)}")
    aliases = aliases or {}
    values: dict[str, Value] = {}
    for position, item in enumerate(items):
        name, _, body = item.partition("=") if "=" in item.split("[")[0] else ("", "", item)
        name = aliases.get(name.strip(), name.strip())
        if not name:
            if values and any("=" in earlier.split("[")[0] for earlier in items[:position]):
                raise InputError(field, f"{item!r} has no name after named parameters")
            if position >= len(names):
                raise InputError(field, f"expected {len(names)} parameters ({', '.join(names)}), got {len(items)}")
            name = names[position]
        if name not in names:
            also = f" (or {', '.join(sorted(aliases))})" if aliases else ""
            raise InputError(f"{field}.{_shown(name)}", f"is not a parameter; expected {', '.join(names)}{also}")
        if name in values:
            raise InputError(f"{field}.{name}", "is given twice")
        values[name] = _value(body.strip(), f"{field}.{name}")
    missing = [name for name in names if name not in values]
    if missing:
        raise InputError(f"{field}.{missing[0]}", "is missing")
    return values


def scalar(value: Value, field: str) -> Scalar:
    """A value that must be one number (or affine expression), not a list."""
    if isinstance(value, tuple):
        raise InputError(field, "must be one number, not a list")
    return value


def vector(value: Value, field: str) -> tuple[Scalar, ...]:
    """A value that must be a flat list of numbers (one number is a list of one)."""
    items = value if isinstance(value, tuple) else (value,)
    if not items or any(isinstance(item, tuple) for item in items):
        raise InputError(field, "must be a list of numbers such as [0, 1]")
    return items


def _split(text: str, field: str) -> list[str]:
    """Items separated by commas outside brackets."""
    items, depth, current = [], 0, ""
    for character in text:
        if character == "[":
            depth += 1
        elif character == "]":
            depth -= 1
            if depth < 0:
                raise InputError(field, "a ']' without its '['")
        if character == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += character
    if depth:
        raise InputError(field, "a '[' without its ']'")
    if current.strip():
        items.append(current.strip())
    if any(not item for item in items):
        raise InputError(field, "an empty parameter between two commas")
    return items


def _value(text: str, field: str) -> Value:
    """One value: a bracketed (nested) list, a number, or an affine expression."""
    if not text:
        raise InputError(field, "has no value")
    if text.startswith("["):
        if not text.endswith("]"):
            raise InputError(field, f"cannot read {text!r}")
        inner = text[1:-1].strip()
        parts = _split(inner, field) if inner else []
        return tuple(_value(part, field) for part in parts)
    if _NAME.search(text) is None or re.fullmatch(r"[0-9.eE+\-/%\s]+", text):
        token = text.replace(" ", "")
        return written(parse_number(token, field), token)
    return _affine(text, field)


def _affine(text: str, field: str) -> Scalar:
    """``c0 + c1*name`` from a sum of terms; only one name may appear."""
    constant, slope, symbol = Fraction(0), Fraction(0), ""
    for sign, term in _terms(text, field):
        match = _TERM.fullmatch(term)
        if match is None:
            constant += sign * parse_number(term, field)
            continue
        name = match["name"]
        if name.lower() in RESERVED:
            raise InputError(field, f"{name!r} is a constant, not a parameter name; give a number")
        if symbol and name != symbol:
            raise InputError(field, f"uses both {symbol!r} and {name!r}; one named parameter at a time")
        symbol = name
        factor = parse_number(match["coefficient"], field) if match["coefficient"] else Fraction(1)
        if match["divisor"]:
            divisor = parse_number(match["divisor"], field)
            if divisor == 0:
                raise InputError(field, "divides by zero")
            factor /= divisor
        slope += sign * factor
    if not symbol or slope == 0:
        return constant
    return Affine(constant, slope, symbol)


def _terms(text: str, field: str) -> list[tuple[int, str]]:
    """``a - b*t + c`` as signed terms; a sign after ``e``/``E`` belongs to an exponent."""
    terms: list[tuple[int, str]] = []
    sign, current = 1, ""
    for character in text:
        exponent = current[-1:] in ("e", "E") and current[:-1].replace(".", "").isdigit()
        if character in "+-" and current.strip() and not exponent:
            terms.append((sign, current.strip()))
            sign, current = (1 if character == "+" else -1), ""
        elif character in "+-" and not current.strip():
            sign *= 1 if character == "+" else -1
        else:
            current += character
    if not current.strip():
        raise InputError(field, f"cannot read {text!r}")
    terms.append((sign, current.strip()))
    return terms


def _joined(pieces: list[tuple[bool, str]]) -> str:
    from kldocs.exact.value import signed_join

    return signed_join(pieces)


def _latex_name(symbol: str) -> str:
    """A variable's name in LaTeX: Greek letter names become letters (``theta`` is ``\\theta``)."""
    greek = {"alpha", "beta", "gamma", "delta", "epsilon", "eta", "theta", "kappa", "lambda", "mu", "nu", "rho"}
    greek |= {"sigma", "tau", "phi", "chi", "psi", "omega", "xi", "zeta"}
    if symbol in greek:
        return "\\" + symbol
    head, _, tail = symbol.partition("_")
    return f"{head}_{{{tail}}}" if tail else (symbol if len(symbol) == 1 else rf"\mathit{{{symbol}}}")


def _shown(name: str) -> str:
    return name if _NAME.fullmatch(name) and len(name) <= 30 else repr(name[:30])
