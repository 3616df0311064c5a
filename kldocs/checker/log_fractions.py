"""A fraction after a logarithm written without brackets: when is ``log 1/4`` certainly ``log(1/4)``?"""

from __future__ import annotations

from collections.abc import Sequence

from kldocs.checker.tokens import Token


def same_fraction_around(tokens: Sequence[Token], argument: int) -> bool:
    """True for ``1/4 log2 1/4``, ``0.5 log2 0.5/0.25`` and ``log 1/p``: ``p log p``, ``p log p/q``, a reciprocal.

    The probability before the log is the fraction after it, or (a decimal below 1) its numerator; or the
    numerator is 1.
    ``argument`` is the index of the first token after the log.

    >>> from kldocs.checker.tokens import tokenize
    >>> same_fraction_around(tokenize("1/4 log2 1/4"), 4), same_fraction_around(tokenize("1/2 log 3/4"), 4)
    (True, False)
    >>> same_fraction_around(tokenize("0.5 log2 0.5/0.25"), 2), same_fraction_around(tokenize("2 ln 2/3"), 2)
    (True, False)
    >>> same_fraction_around(tokenize("log2 1/0.25"), 1), same_fraction_around(tokenize("ln 2/2"), 1)
    (True, False)
    """
    after = [token.text for token in tokens[argument : argument + 3]]
    before = [token for token in tokens[max(0, argument - 5) : argument - 1] if token.detail not in ("*",)]
    shape = ["number", "op", "number"]
    if [token.kind for token in tokens[argument : argument + 3]] != shape or tokens[argument + 1].detail != "/":
        return False
    if argument + 3 < len(tokens) and tokens[argument + 3].kind == "caret":
        return False
    same = [token.kind for token in before[-3:]] == shape and [token.text for token in before[-3:]] == after
    if same or after[0] == "1":
        return True  # log 1/p: (log 1)/p is 0, which nobody writes
    coefficient = before[-1] if before and before[-1].kind == "number" else None
    fraction = len(before) >= 2 and before[-2].detail == "/"
    return (
        coefficient is not None and not fraction and coefficient.text == after[0] and after[0].startswith(("0.", "."))
    )
