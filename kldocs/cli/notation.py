"""Numbers in a column of a table, written alike.

:meth:`ExactValue.decimal <kldocs.exact.ExactValue.decimal>` writes a decimal with an exponent below
1e-6 and from 1e16, and positionally between; a column that mixes the two is hard to read, so
the tables of ``kldocs compute`` pass their value column through :func:`one_notation`.
"""

from __future__ import annotations

from decimal import Decimal


def one_notation(values: list[str]) -> list[str]:
    """Decimals of one column in one notation: with an exponent for all when one has it, else as they are.

    A decimal has an exponent below 1e-6 and from 1e16 (``ExactValue.decimal``); the others in
    its column then get one too, with the same significant digits. Zero and ``inf`` stay as they are.

    >>> one_notation(["0.6931", "2.000e-8", "0", "inf"])
    ['6.931e-1', '2.000e-8', '0', 'inf']
    >>> one_notation(["0.6931", "0.00001000"])
    ['0.6931', '0.00001000']
    """
    if not any("e" in value for value in values if value != "inf"):
        return values
    return [
        value if "e" in value or value == "inf" or not Decimal(value) else f"{Decimal(value):e}".replace("e+", "e")
        for value in values
    ]
