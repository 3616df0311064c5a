"""Which inline code spans hold claims to read like prose: `` `L=−log(0.1)≈2.303` ``, `` `entropy("01") == 1` ``.

A code span is code, skipped for prose claims, unless it is arithmetic on
numbers with logarithms and a value, a string's entropy with its value (see
:mod:`~kldocs.checker.string_entropy`), or a measure's definition typed as a
formula (see :func:`~kldocs.checker.formula_shapes.typed_definition`).

>>> read_as_prose("L=−log(0.1)≈2.303"), read_as_prose("kl = np.sum(p * np.log(p / q))")
(True, False)
"""

from __future__ import annotations

import re

from kldocs.checker.formula_shapes import typed_definition
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.string_entropy import string_claims


def read_as_prose(code: str) -> bool:
    """True when the code span ``code`` states a claim that prose would."""
    return is_value_formula(code) or string_claims(code) or typed_definition(code)


def is_value_formula(code: str) -> bool:
    """True when a code span is arithmetic on numbers with logarithms and a value: read it like prose.

    >>> is_value_formula("L=−log(0.1)≈2.303"), is_value_formula("-0.5*log2(0.5) = 0.5")
    (True, True)
    >>> is_value_formula("kl = np.sum(p * np.log(p / q))"), is_value_formula("log(0.1)")
    (False, False)
    """
    body = _GIVEN_NAME.sub("", code, count=1)
    words = set(re.findall(r"[A-Za-z]+", body))
    return bool(words & {"log", "ln"}) and words <= _FUNCTIONS and _ENDS_WITH_VALUE.search(body) is not None


#: A name given the value that follows (``L=``, ``H =``), not a variable inside the formula.
_GIVEN_NAME = lazy(r"^\s*[A-Za-z]\w{0,10}\s*=")
_FUNCTIONS = frozenset({"log", "ln", "lg", "exp", "sqrt"})
_ENDS_WITH_VALUE = lazy(r"(?:=|≈|~)\s*[-−]?[0-9]*\.?[0-9]+\s*$")
