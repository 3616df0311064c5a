"""The names a joint table binds: the joint distribution ``X,Y`` of its variables and each one's own marginal.

A table of ``P(X, Y)`` binds ``X,Y`` to its cells (:func:`joint_name`), and beside the plain ``X``, which a later table
may bind anew, its own copy of each marginal (:func:`marginal_name`), which no document writes and none is shown.
A measure of random variables is found by :func:`table_name`.

>>> joint = joint_name("X", "Y")
>>> joint, marginal_name("X", joint), variable_of(marginal_name("X", joint)), variables_of("X,Y,X")
('X,Y', 'X@X,Y', 'X', ('X', 'Y'))
"""

from __future__ import annotations

from kldocs.checker.measure_symbols import MeasureSymbol


def table_name(symbol: MeasureSymbol) -> str | None:
    """The name a joint table binds to the joint distribution of all the random variables a measure names, in the
    order written; None for a condition on a value or fewer than two variables.

    >>> mutual, joint = MeasureSymbol("mutual_information", ("X", "Y", "Z")), MeasureSymbol("joint_entropy", ("X", "X"))
    >>> table_name(mutual), table_name(joint)
    ('X,Y,Z', None)
    """
    assert symbol.args is not None
    if any("=" in arg for arg in symbol.args) or (len(symbol.args) == 3 and symbol.measure == "conditional_entropy"):
        return None
    variables = variables_of(",".join(symbol.args))
    return joint_name(*variables) if len(variables) >= 2 else None


def variables_of(names: str) -> tuple[str, ...]:
    """The random variables a set of names separated by commas holds, each once, in the order written."""
    return tuple(dict.fromkeys(name for name in names.split(",") if name))


def is_table_copy(name: str) -> bool:
    """Whether a name is a joint table's own copy of a marginal (:func:`marginal_name`), which no document writes:
    it is never shown, and a claim's readings and notes use the plain name beside it.

    >>> is_table_copy(marginal_name("X", "X,Y")), is_table_copy("X")
    (True, False)
    """
    return "@" in name


def variable_of(name: str) -> str:
    """The name as documents write it: a table's own copy of a marginal (:func:`marginal_name`) is its variable's.

    >>> variable_of(marginal_name("X", "X,Y")), variable_of("Q")
    ('X', 'Q')
    """
    return name.partition("@")[0]


def marginal_name(variable: str, joint: str) -> str:
    """The name bound to one variable's marginal as a joint table gives it, beside the plain ``X`` that a later
    table may bind anew: ``X@X,Y``.

    >>> marginal_name("Y", joint_name("X_1", "Y"))
    'Y@X_1,Y'
    """
    return f"{variable}@{joint}"


def joint_name(*variables: str) -> str:
    """The name bound to the joint distribution of random variables: ``X,Y``, its cells row by row; ``X,Y,Z``, the
    last variable's values running fastest."""
    return ",".join(variables)
