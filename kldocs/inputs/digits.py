"""How many significant digits a decimal may be asked for: one check for the CLI and the API.

>>> check_digits(15)
15
>>> check_digits(0)
Traceback (most recent call last):
...
kldocs.errors.InputError: digits: must be between 1 and 1000, got 0
"""

from __future__ import annotations

import numbers

from kldocs.errors import InputError

#: Most significant digits a certified decimal is given to (``--digits``, ``Quantity.decimal``).
MAX_DIGITS = 1000


def check_digits(digits: object, field: str = "digits", maximum: int = MAX_DIGITS) -> int:
    """``digits`` as an int after checking it is a whole number from 1 to ``maximum``.

    Raises
    ------
    InputError
        For anything else: ``0``, ``2.5``, ``"5"``, ``True`` or more than ``maximum``.

    >>> check_digits("5", field="--digits")
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: --digits: must be a whole number from 1 to 1000, not str
    """
    if isinstance(digits, bool) or not isinstance(digits, numbers.Integral):
        raise InputError(field, f"must be a whole number from 1 to {maximum}, not {type(digits).__name__}")
    count = int(digits)
    if not 1 <= count <= maximum:
        raise InputError(field, f"must be between 1 and {maximum}, got {count}")
    return count
