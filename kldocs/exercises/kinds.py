"""The question kinds of an exercise sheet, and which combinations make sense.

Every variant of a sheet asks one question of each chosen kind, in the
order of :data:`KINDS`:

``kl``        compute :math:`D_{KL}(P \\| Q)`;
``reverse``   compute :math:`D_{KL}(Q \\| P)` and say which direction is larger;
``ce``        compute the cross-entropy :math:`H(P, Q)` and check :math:`H(P, Q) - H(P) = D_{KL}(P \\| Q)`;
``entropy``   compute :math:`H(P)`;
``jsd``       compute the Jensen-Shannon divergence (not its square root);
``closer``    say which of two models, :math:`Q` or :math:`Q_2`, is closer to :math:`P`;
``bits``      give :math:`D_{KL}(P \\| Q)` in bits, converted from the sheet's unit;
``infinite``  a model :math:`Q_2` with a zero where :math:`P > 0`: the divergence is infinite, and why.

``closer`` and ``infinite`` both need the second model :math:`Q_2` (a
competitor for one, a model with a zero for the other), so a sheet asks at
most one of them; ``infinite`` is not asked unless chosen.

>>> check_kinds(["kl", "jsd", "kl"], "e")
('kl', 'jsd')
>>> check_kinds(["closer", "infinite"], "e")
Traceback (most recent call last):
...
kldocs.errors.InputError: --kinds: 'closer' and 'infinite' both use the second model Q2; choose one of them
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, cast

from kldocs.errors import InputError
from kldocs.exact import Base

Kind = Literal["kl", "reverse", "ce", "entropy", "jsd", "closer", "bits", "infinite"]

#: Every kind, in the order the questions appear on a sheet.
KINDS: tuple[Kind, ...] = ("kl", "reverse", "ce", "entropy", "jsd", "closer", "bits", "infinite")
#: The kinds asked when none are chosen: all but ``infinite`` (it would take Q2 from ``closer``).
DEFAULT_KINDS: tuple[Kind, ...] = ("kl", "reverse", "ce", "entropy", "jsd", "closer", "bits")
#: The kinds that need a second model Q2.
SECOND_MODEL: tuple[Kind, ...] = ("closer", "infinite")
#: Bases a sheet may use, by name.
BASES = ("e", "2", "10")


def check_kinds(kinds: Iterable[str], base: str | Base = "e") -> tuple[Kind, ...]:
    """The chosen kinds, checked, without repeats, in sheet order.

    Raises
    ------
    InputError
        For an unknown kind, no kind at all, ``closer`` with ``infinite``,
        or ``bits`` on a sheet that is already in bits.
    """
    chosen = set()
    for kind in kinds:
        if kind not in KINDS:
            raise InputError("--kinds", f"{kind!r} is not one of {', '.join(KINDS)}")
        chosen.add(kind)
    if not chosen:
        raise InputError("--kinds", "no question kind given")
    if all(kind in chosen for kind in SECOND_MODEL):
        raise InputError("--kinds", "'closer' and 'infinite' both use the second model Q2; choose one of them")
    if "bits" in chosen and Base.parse(base).name == "2":
        raise InputError("--kinds", "'bits' converts answers to bits, but --base 2 already gives them in bits")
    return tuple(cast(Kind, kind) for kind in KINDS if kind in chosen)


def check_base(base: str | Base) -> Base:
    """The sheet's logarithm base: e, 2 or 10 (values a hand calculation can use).

    >>> check_base("2").unit
    'bits'
    """
    parsed = Base.parse(base, "--base")
    if parsed.name not in BASES:
        raise InputError("--base", f"exercise sheets use base e, 2 or 10, not {parsed.name}")
    return parsed


#: Every format ``kldocs exercises`` writes: the two pages, ``json`` (key.json) and ``moodle`` (quiz.xml).
OUTPUT_FORMATS = ("md", "html", "tex", "pdf", "ipynb", "moodle", "json")
