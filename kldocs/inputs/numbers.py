"""Exact numbers from text through a whitelist grammar.

A token is a decimal (``0.2``, ``.5``, ``1e-3``), a percentage (``20%``) or a
fraction of two decimals (``1/5``, ``0.5/2``). Anything else is refused; no
token is ever evaluated as code. Length and exponent are bounded before any
arithmetic, so ``1e999999999`` or a 10,000-digit number fails at once.

>>> parse_number("20%")
Fraction(1, 5)
>>> parse_number("3/10")
Fraction(3, 10)
>>> parse_number("1e-3")
Fraction(1, 1000)
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from kldocs.errors import InputError

#: Longest token accepted, in characters.
MAX_TOKEN_LENGTH = 80
#: Most significant digits in one decimal.
MAX_DIGITS = 40
#: Largest power of ten of the leading digit, either way: numbers from 1e-60 up to (not including) 1e61 are read.
MAX_EXPONENT = 60

_DECIMAL = r"(?P<{g}int>[0-9]*)(?:\.(?P<{g}frac>[0-9]*))?(?:[eE](?P<{g}exp>[+-]?[0-9]+))?"
_TOKEN = re.compile(
    r"(?P<sign>[+-]?)" + _DECIMAL.format(g="a") + r"(?:(?P<percent>%)|/" + _DECIMAL.format(g="b") + r")?"
)
_DECIMAL_COMMA = re.compile(r"[+-]?[0-9]*,[0-9]+%?")
#: ``1,500`` or ``12,000,000``: digits grouped by thousands (a comma with other than three digits after it is decimal).
_THOUSANDS = re.compile(r"[+-]?[1-9][0-9]{0,2}(,[0-9]{3})+")
_NOT_A_NUMBER = re.compile(r"[+-]?nan", re.IGNORECASE)
_INFINITE = re.compile(r"[+-]?(inf|infinity|∞)", re.IGNORECASE)


def parse_number(token: str, field: str = "value") -> Fraction:
    """Parse one token into an exact non-negative-or-negative ``Fraction``.

    Sign is kept (the caller decides whether negatives are allowed), so the
    error for ``-0.1`` can say "is negative" rather than "cannot be read".

    Parameters
    ----------
    token
        The text of one number, already stripped of separators.
    field
        Named in the error message, e.g. ``"P[2]"``.

    Raises
    ------
    InputError
        When the token is not in the grammar, is NaN or infinite, or is too
        long or too large to be a sensible probability.

    Examples
    --------
    >>> parse_number("0.25")
    Fraction(1, 4)
    >>> parse_number("-1/2")
    Fraction(-1, 2)
    """
    shown = _quote(token)
    if len(token) > MAX_TOKEN_LENGTH:
        raise InputError(field, f"{shown} is longer than {MAX_TOKEN_LENGTH} characters")
    if _NOT_A_NUMBER.fullmatch(token):
        raise InputError(field, f"{shown} is not a number (NaN)")
    if _INFINITE.fullmatch(token):
        raise InputError(field, f"{shown} is infinite")
    match = _TOKEN.fullmatch(token)
    if match is None or not (match["aint"] or match["afrac"]):
        hint = ""
        if _THOUSANDS.fullmatch(token):
            hint = f" (write {token.replace(',', '')} without a thousands separator, or a decimal with a point)"
        elif _DECIMAL_COMMA.fullmatch(token):
            hint = " (write decimals with a point: 0.45, not 0,45)"
        raise InputError(field, f"cannot read {shown} as a number{hint}")
    value = _decimal(match, "a", field, shown)
    if match["percent"]:
        value /= 100
    elif match["bint"] is not None or match["bfrac"] is not None:
        if not (match["bint"] or match["bfrac"]):
            raise InputError(field, f"cannot read {shown} as a number")
        denominator = _decimal(match, "b", field, shown)
        if denominator == 0:
            raise InputError(field, f"{shown} divides by zero")
        value /= denominator
    return -value if match["sign"] == "-" else value


def names_a_number(token: str) -> bool:
    """True for the words that name numbers the grammar refuses: ``nan``, ``inf``, ``infinity``, ``∞``.

    >>> names_a_number("-Infinity"), names_a_number("count")
    (True, False)
    """
    return bool(_NOT_A_NUMBER.fullmatch(token) or _INFINITE.fullmatch(token))


def _decimal(match: re.Match[str], group: str, field: str, shown: str) -> Fraction:
    """Turn the matched digits of one decimal into a Fraction, within bounds."""
    whole = match[group + "int"] or ""
    fraction = match[group + "frac"] or ""
    exponent_text = match[group + "exp"] or "0"
    digits = (whole + fraction).lstrip("0")
    if len(digits) > MAX_DIGITS:
        raise InputError(field, f"{shown} has more than {MAX_DIGITS} significant digits")
    if len(exponent_text.lstrip("+-")) > 4:
        raise InputError(field, f"{shown} has an exponent out of range")
    exponent = int(exponent_text)
    if digits:
        # The power of ten of the leading digit once the exponent is applied (2 for 123, -2 for 0.05).
        integer_digits = len(whole.lstrip("0"))
        leading_zeros = len(fraction) - len(fraction.lstrip("0"))
        magnitude = exponent + (integer_digits - 1 if integer_digits else -leading_zeros - 1)
        if abs(magnitude) > MAX_EXPONENT:
            limits = f"numbers from 1e-{MAX_EXPONENT} up to (not including) 1e{MAX_EXPONENT + 1} are read"
            raise InputError(field, f"{shown} is out of range (magnitude 1e{magnitude}; {limits})")
    return Fraction(Decimal(f"{whole or '0'}.{fraction or '0'}e{exponent}"))


def _quote(token: str) -> str:
    """Quote a token for an error message, shortened and with control characters escaped."""
    shown = token if len(token) <= 30 else token[:27] + "..."
    return repr(shown)
