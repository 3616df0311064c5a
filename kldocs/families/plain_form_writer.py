"""Writes :mod:`kldocs.families.plain_form_table` from the families' verified derivations.

Run ``python -m kldocs.families.plain_form_writer > kldocs/families/plain_form_table.py`` (then ``ruff format``)
after a derivation changes; a test compares the table with :func:`table`.

>>> forms, parameters = table()
>>> forms["exponential_entropy"], parameters["kldocs.derivations.identities.exponential:EXPONENTIAL"]
('1 - log(lambda_1)', (('lambda_1',), ('lambda_2',)))
"""

from __future__ import annotations

import textwrap

from kldocs.families import FAMILIES
from kldocs.families.closed_forms import closed_form, shape_symbols

#: The most characters of one piece of a closed form's text in the table.
_PIECE = 90


def table() -> tuple[dict[str, str], dict[str, tuple[tuple[str, ...], ...]]]:
    """The closed forms of every family's verified derivations as text, and their parameters' names.

    The parameters are P's and Q's names, by where the family shape's symbols live (``module:attribute``).
    """
    forms: dict[str, str] = {}
    parameters: dict[str, tuple[tuple[str, ...], ...]] = {}
    for family in FAMILIES.values():
        if family.shape is None:
            continue
        for measure, name in family.derivations.items():
            forms[name] = str(closed_form(family, measure))
        module, attribute = family.shape
        symbols = shape_symbols(family.shape)
        parameters[f"{module}:{attribute}"] = tuple(tuple(symbol.name for symbol in each) for each in symbols)
    return forms, parameters


def table_source() -> str:
    """The source of :mod:`kldocs.families.plain_form_table` (long texts cut into pieces that fit a line)."""
    forms, parameters = table()

    def text(form: str) -> str:
        pieces = textwrap.wrap(form, _PIECE, drop_whitespace=False, break_on_hyphens=False, break_long_words=False)
        if len(pieces) == 1:
            return repr(form).replace("'", '"')
        return "(\n" + "".join(f"        {piece!r}\n".replace("'", '"') for piece in pieces) + "    )"

    lines = [
        '"""The families\' verified closed forms as text (written by ``python -m kldocs.families.plain_form_writer``).',
        "",
        "See :mod:`kldocs.families.plain_forms`; a test writes this table again from the derivations and compares.",
        '"""',
        "",
        "#: The closed form of each derivation, as SymPy prints it.",
        "CLOSED_FORMS: dict[str, str] = {",
        *(f'    "{name}": {text(form)},' for name, form in forms.items()),
        "}",
        "#: The derivations' parameter names for P and for Q, by where their symbols live.",
        "PARAMETERS: dict[str, tuple[tuple[str, ...], ...]] = {",
        *(f'    "{where}": {names!r},'.replace("'", '"') for where, names in parameters.items()),
        "}",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(table_source(), end="")
