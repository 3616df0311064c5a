r"""A measure set to a sum of plain decimals and then to its total: ``H = 0.531 + 0.5 + 0.375 + 0.5 = 1.906``.

Where the terms' values were worked out above in a form that is not read
(a copy of a web page's maths, words), the line that adds them up is still
arithmetic that can be judged exactly: the sum as written against the total
as written, rounded to the total's digits like any value. Only a measure's
symbol (``H``, ``H(X)``, ``I(X;Y)``, ``MI``, ``KL``, ``JS``, ``JSD``, ``CE``,
``D``) may stand before the sum, every term must be a plain number (two to
forty of them, joined by ``+`` or ``-``), and the total must end where it
stands (``1.906H`` is a copy's glyphs run into the next symbol, not read).
On a line that opens with such a symbol, a sum after any relation is read
(``L = - (0 + (-1.737) + 0) = 1.737 + 2.322 = 4.059``), and a formula that is
nothing but a total set to its sum (``$$1.280 = 1.157 + 0.123 \checkmark$$``)
is read too. A total that misses the sum of its terms by no more than the
terms' own rounding may be the exact value rounded (``0.529 + 0.442`` for
terms 0.52877... and 0.44218...): it is not read.

>>> [found.statement.text for found in written_totals([(0, "Sum: H = 0.531 + 0.5 + 0.375 + 0.5 = 1.906 bits")])]
['0.531 + 0.5 + 0.375 + 0.5 = 1.906']
>>> list(written_totals([(0, "p = 0.2 + 0.3 = 0.5"), (20, "H = 0.5 × 2 = 1")]))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from fractions import Fraction

from kldocs.checker.chains import Statement
from kldocs.checker.found import Found
from kldocs.checker.latex_numbers import ParseError, parse
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import TooComplexError, tokenize

#: A measure's symbol: ``H``, ``H(X)``, ``I(X;Y)``, ``L``, ``Dₖₗ(P||Q)``, ``D_{KL}(P||Q)``.
_SYMBOL = r"(?<![A-Za-z_\\])(?:H|I|L|MI|KL|JSD?|CE|D)(?:_\{?[A-Za-z]{1,3}\}?|ₖₗ)?(?:\([^()=\n]{1,30}\))?"
_NUMBER = r"[0-9]++(?:\.[0-9]++)?+"
_SUM = r"(?P<sum>" + _NUMBER + r"(?:[ \t]*+[-+][ \t]*+" + _NUMBER + r"){1,39}+)"
_TOTAL = r"[ \t]*+(?P<relation>=|≈|\\approx)[ \t]*+(?P<total>" + _NUMBER + r")(?![0-9A-Za-z]|\.[0-9])"
#: The symbol right before the sum: ``... H = 0.531 + 0.5 + 0.375 + 0.5 = 1.906``.
_NAMED_SUM = lazy(_SYMBOL + r"[ \t]*+=[ \t]*+" + _SUM + _TOTAL)
#: A line that opens with a measure's symbol (``L = - (0 + (-1.737) + ...) = 1.737 + 2.322 = 4.059``).
_HEAD = lazy(r"[ \t$•*+-]*+" + _SYMBOL + r"[ \t]*+(?:=|≈)")
#: A sum after a relation further on such a line.
_LATER_SUM = lazy(r"(?<=[=≈])[ \t]*+" + _SUM + _TOTAL)
#: A whole formula that is a total and the sum it is: ``$$1.280 = 1.157 + 0.123 \checkmark$$``.
_CHECKED_TOTAL = lazy(
    r"[ \t]*+(?:\$\$|\\\[)?[ \t]*+(?P<total>"
    + _NUMBER
    + r")[ \t]*+=[ \t]*+"
    + _SUM
    + r"[ \t]*+(?:\\checkmark|✓|✔)?[ \t]*+(?:\$\$|\\\])?[ \t]*+"
)


def written_totals(lines: Iterable[tuple[int, str]]) -> Iterator[Found]:
    """The sums with their totals on ``lines`` (``(offset, text)``, each line's first character's offset), as
    statements ``sum = total`` (``Found.line`` is 0: the caller places them)."""
    for offset, text in lines:
        if "=" not in text or ("+" not in text and "-" not in text):
            continue
        whole = _CHECKED_TOTAL.fullmatch(text)
        if whole is not None:
            found = _statement(whole.group("sum"), "=", whole.group("total"))
            if found is not None:
                yield Found(0, found, (), offset + whole.start("total"))
            continue
        head = _HEAD.match(text)
        matches = _LATER_SUM.finditer(text, head.end()) if head is not None else _NAMED_SUM.finditer(text)
        for match in matches:
            found = _statement(match.group("sum"), match.group("relation"), match.group("total"))
            if found is not None:
                yield Found(0, found, (), offset + match.start("total"))


def _statement(summed: str, relation: str, total: str) -> Statement | None:
    """``summed relation total`` as a statement, when the total is plausibly not the exact value rounded."""
    return arithmetic(summed, relation, total) if _plausible(summed, total) else None


def arithmetic(summed: str, relation: str, total: str) -> Statement | None:
    """``summed relation total`` as a statement whose source is that text (None when it does not parse).

    >>> arithmetic("0.5 + 0.25", "≈", "0.75").text
    '0.5 + 0.25 ≈ 0.75'
    """
    written = "≈" if relation != "=" else "="
    source = f"{summed} {written} {total}"
    try:
        tokens = tokenize(source)
        split = max(index for index, token in enumerate(tokens) if token.kind == "relation")
        left, right = parse(tokens[:split]), parse(tokens[split + 1 :])
    except (ParseError, TooComplexError, ValueError):
        return None
    return Statement(left, "=" if written == "=" else "~", right, summed, total, written, right.start, source=source)


def _plausible(summed: str, total: str) -> bool:
    """Whether the total is the sum as written (to its digits), or misses it by more than the terms' rounding could."""
    terms = re.findall(r"([-+]?)[ \t]*([0-9]+(?:\.[0-9]+)?)", summed)
    exact = sum((-1 if sign == "-" else 1) * Fraction(number) for sign, number in terms)
    slack = sum((_half_unit(number) for _, number in terms), Fraction(0))
    miss = abs(exact - Fraction(total))
    return miss <= _half_unit(total) or miss > _half_unit(total) + slack


def _half_unit(number: str) -> Fraction:
    """Half a unit of a number's last written digit."""
    return Fraction(1, 2 * 10 ** len(number.partition(".")[2]))
