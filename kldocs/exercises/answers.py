"""The exact answer to each question kind, from the measures layer.

An :class:`Answer` holds what a grader needs: the value rounded to the
sheet's significant digits (a certified decimal, or ``"inf"``), and the
exact value as text SymPy reads back (``"oo"`` when infinite). For
``closer`` both are the name of the closer model, ``"Q"`` or ``"Q2"``,
decided by comparing the two exact divergences.

>>> from kldocs.inputs import parse_distribution
>>> P = parse_distribution("0.2 0.5 0.3")
>>> Q = parse_distribution("0.3 0.4 0.3", name="Q")
>>> result = answer("kl", P, Q, None, Base(), 4)
>>> result.value, result.exact
('0.03048', '-4/5*log(2) - 1/5*log(3) + 1/2*log(5)')
>>> answer("closer", P, Q, parse_distribution("0.25 0.5 0.25"), Base(), 4).value
'Q2'
"""

from __future__ import annotations

from dataclasses import dataclass

from kldocs.exact import Base
from kldocs.exercises.kinds import Kind
from kldocs.inputs import Distribution
from kldocs.measures import Quantity, cross_entropy, entropy, jsd, kl

#: The base of the ``bits`` answers.
BITS = Base.parse("2")


@dataclass(frozen=True)
class Answer:
    """The answer to one question.

    Attributes
    ----------
    value
        The value rounded to the sheet's significant digits, ``"inf"``, or
        (for ``closer``) the name of the closer model, ``"Q"`` or ``"Q2"``.
    exact
        The exact value as SymPy-parsable text (``"oo"`` when infinite), or
        the model's name for ``closer``.
    latex
        The exact value in LaTeX (``\\infty``; ``Q`` or ``Q_2`` for ``closer``).
    """

    value: str
    exact: str
    latex: str

    @property
    def is_numeric(self) -> bool:
        """True for a finite number (what a numerical quiz question can ask for)."""
        return self.exact not in ("oo", "Q", "Q2")


def quantity(kind: Kind, P: Distribution, Q: Distribution, Q2: Distribution | None, base: Base) -> Quantity:
    """The measure a numeric kind asks for (every kind but ``closer``)."""
    if kind == "kl":
        return kl(P, Q, base)
    if kind == "reverse":
        return kl(Q, P, base)
    if kind == "ce":
        return cross_entropy(P, Q, base)
    if kind == "entropy":
        return entropy(P, base)
    if kind == "jsd":
        return jsd(P, Q, base)
    if kind == "bits":
        return kl(P, Q, BITS)
    if kind == "infinite":
        assert Q2 is not None
        return kl(P, Q2, base)
    raise ValueError(f"{kind!r} has no single measure")


def closer_model(P: Distribution, Q: Distribution, Q2: Distribution, base: Base) -> str:
    """``"Q"`` or ``"Q2"``: the model with the smaller exact divergence from P (they must differ)."""
    first, second = kl(P, Q, base).exact, kl(P, Q2, base).exact
    assert first is not None and second is not None
    difference = (first - second).sign()
    if difference == 0:
        raise ValueError("the two models are equally close")
    return "Q2" if difference > 0 else "Q"


def answer(kind: Kind, P: Distribution, Q: Distribution, Q2: Distribution | None, base: Base, digits: int) -> Answer:
    """The answer to a question of ``kind`` about P, Q (and Q2), rounded to ``digits`` significant digits."""
    if kind == "closer":
        assert Q2 is not None
        name = closer_model(P, Q, Q2, base)
        return Answer(name, name, "Q_2" if name == "Q2" else "Q")
    value = quantity(kind, P, Q, Q2, base)
    return Answer(value.decimal(digits), value.text(), value.latex())
