"""The one error type users see for bad input.

Every invalid value, file or option raises :class:`InputError`. It keeps the
field it is about (``"P"``, ``"P[2] 'b'"``, ``"--base"``) and the problem, so
the command line can print a single line and exit with code 2.

>>> err = InputError("P", "values sum to 9/10, not 1")
>>> str(err)
'P: values sum to 9/10, not 1'
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations


class InputError(ValueError):
    """Bad user input: names the field and says what is wrong with it.

    Parameters
    ----------
    field
        What the input was: a distribution name, a position, an option.
    problem
        One short clause saying what is wrong, without a trailing period.
    index
        The 0-based category the problem is at, when it is about one value
        (so that a file reader can name the line it came from).
    """

    def __init__(self, field: str, problem: str, index: int | None = None) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.index = index


class EvaluationError(ValueError):
    """A value with no exact form here: infinity minus infinity, a product of two logarithms, 0/0...

    >>> str(EvaluationError("0/0 has no value"))
    '0/0 has no value'
    """
