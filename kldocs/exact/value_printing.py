"""An exact value written out: plain text that SymPy reads, text for a person, LaTeX, a SymPy expression.

:class:`WrittenForms` gives :class:`~kldocs.exact.ExactValue` these methods,
all made from its display terms: the rational part, then each base's
logarithms by atom.

>>> from kldocs.exact import ExactValue
>>> ExactValue.log(6).text(), ExactValue.log(6).latex()
('log(2) + log(3)', '\\\\ln 2 + \\\\ln 3')
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

from kldocs.exact.atoms import PI
from kldocs.exact.base import Base, split_off_base
from kldocs.exact.display import rational_latex
from kldocs.exact.logsum import LogSum

#: A term as printed: (coefficient, atom or None for a rational, base of the logarithm).
DisplayTerm = tuple[Fraction, int | None, Base]


class WrittenForms:
    """The written side of :class:`~kldocs.exact.ExactValue`: its terms as text, LaTeX and SymPy."""

    rational: Fraction
    parts: tuple[tuple[Base, LogSum], ...]
    infinite: int

    def display_terms(self) -> list[DisplayTerm]:
        """The terms as printed: the rational part first, then each base's logarithms by atom.

        A part that is a rational multiple of ``ln(b)`` is that rational (1 bit
        shows as 1, ``log_10 10`` as 1). In a base that is a power of one
        prime (2, 4, 8...) the multiple of ``ln(b)`` hidden in a part is shown
        as a rational too (``log_2 12 = 2 + log_2 3``); in other bases each
        logarithm is shown as it is (``log(2)/log(10)``, not ``1 - log(5)/log(10)``).
        A very large sum whose integers were never factored is written over
        those integers as they are (still exact).
        """
        rational = self.rational
        logs: list[DisplayTerm] = []
        for base, part in self.parts:
            if base.log is not None and part.is_refined_cheaply():
                whole = part.ratio(base.log)
                if whole is not None:
                    rational += whole
                    continue
                if len(base.log.coefficients) == 1:
                    multiple, part = split_off_base(part, base.log)
                    rational += multiple
            logs.extend((c, atom, base) for atom, c in part.terms())
        return ([(rational, None, Base())] if rational else []) + logs

    def text(self) -> str:
        """Plain exact text that ``sympy.sympify`` reads back: ``1/2*log(5)``, ``oo``."""
        if self.infinite:
            return "oo" if self.infinite > 0 else "-oo"
        return self._written(str, lambda base, atom: base.text_log("pi" if atom == PI else str(atom)), "*")

    def readable(self, most: int | None = None) -> str:
        """Exact text for a person: ``−4/5 ln 2 − 1/5 ln 3 + 1/2 ln 5``, ``∞`` (what ``str()`` gives).

        With ``most``, a value of more terms shows its first ``most`` and how many are left out.

        >>> from kldocs.exact import ExactValue
        >>> ExactValue.log(12, Base.parse("2")).readable()
        '2 + log₂ 3'
        >>> ExactValue.log(2 * 3 * 5 * 7).readable(most=2)
        'ln 2 + ln 3 + … (2 more terms)'
        """
        if self.infinite:
            return "∞" if self.infinite > 0 else "−∞"
        written = self._written(
            str, lambda base, atom: base.readable_log("π" if atom == PI else str(atom)), " ", most, "+ … ({})"
        )
        return written.replace("-", "−")

    __str__ = readable

    def latex(self, most: int | None = None) -> str:
        r"""Exact LaTeX: ``-\frac{4}{5} \ln 2 - \frac{1}{5} \ln 3 + \frac{1}{2} \ln 5``.

        With ``most``, a value of more terms shows its first ``most`` and how many are left out.

        >>> from kldocs.exact import ExactValue
        >>> ExactValue.log(2 * 3 * 5 * 7).latex(most=3)
        '\\ln 2 + \\ln 3 + \\ln 5 + \\dots\\ (\\text{1 more term})'
        """
        if self.infinite:
            return r"\infty" if self.infinite > 0 else r"-\infty"
        return self._written(
            lambda x: rational_latex(x, decimals=False),
            lambda base, atom: base.latex_log(r"\pi" if atom == PI else str(atom)),
            " ",
            most,
            r"+ \dots\ (\text{{{}}})",
        )

    def _written(
        self,
        number: Callable[[Fraction], str],
        log: Callable[[Base, int], str],
        times: str,
        most: int | None = None,
        more: str = "",
    ) -> str:
        """The display terms joined with signs; beyond ``most`` terms, ``more`` with ``"N more terms"`` in it."""
        terms = self.display_terms()
        left_out = len(terms) - most if most is not None and len(terms) > most else 0
        pieces = []
        for c, atom, base in terms[: len(terms) - left_out]:
            magnitude = abs(c)
            if atom is None:
                body = number(magnitude)
            else:
                logarithm = log(base, atom)
                body = logarithm if magnitude == 1 else f"{number(magnitude)}{times}{logarithm}"
            pieces.append((c < 0, body))
        written = signed_join(pieces) or "0"
        if left_out:
            written += " " + more.format(f"{left_out:,} more term" + ("" if left_out == 1 else "s"))
        return written

    def to_sympy(self) -> Any:
        """The exact value as a SymPy expression (``sympy.oo`` when infinite)."""
        import sympy

        if self.infinite:
            return sympy.oo * self.infinite
        total = sympy.Integer(0)
        for c, atom, base in self.display_terms():
            term = sympy.Rational(c.numerator, c.denominator)
            if atom is not None:
                term *= sympy.log(sympy.pi if atom == PI else atom)
                if base.value is not None:
                    term /= sympy.log(sympy.Rational(base.value.numerator, base.value.denominator))
            total += term
        return total


def signed_join(pieces: list[tuple[bool, str]]) -> str:
    """Join signed terms: ``a - b + c`` with a leading minus where needed.

    >>> signed_join([(False, "a"), (True, "b"), (False, "c")])
    'a - b + c'
    """
    if not pieces:
        return ""
    (first_negative, first), *rest = pieces
    joined = (f" - {body}" if negative else f" + {body}" for negative, body in rest)
    return "".join([f"-{first}" if first_negative else first, *joined])
