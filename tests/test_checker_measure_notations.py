"""Definitions and identities in the notations of documentation sites and notebooks: reStructuredText's and MyST's
maths, measures' macros with square brackets (``\\H[X|Y]``, ``\\I[X:Y]``, ``\\DKL[P||Q]``)."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text
from kldocs.checker.checked import Checked

_P = (0.5, 0.3, 0.2)
_Q = (0.2, 0.3, 0.5)


def _kl(p: tuple[float, ...], q: tuple[float, ...], base: float = mpmath.e) -> mpmath.mpf:
    pairs = zip(p, q, strict=True)
    return mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b), base) for a, b in pairs)


def _jsd(p: tuple[float, ...], q: tuple[float, ...], base: float = mpmath.e) -> mpmath.mpf:
    middle = tuple((mpmath.mpf(a) + mpmath.mpf(b)) / 2 for a, b in zip(p, q, strict=True))
    return (_kl(p, middle, base) + _kl(q, middle, base)) / 2


def _claims(text: str, name: str) -> list[Checked]:
    return [item for item in check_text(text, name).claims if item.text[:2] not in ("P ", "Q ")]


def _verdicts(text: str, name: str) -> list[tuple[str, str]]:
    return [(item.kind, item.verdict) for item in _claims(text, name)]


_SPHINX_IDENTITIES = """Information measures
====================

The entropy of a random variable is

.. math::
   :label: entropy

   \\H[X] = -\\sum_x p(x) \\log p(x)

The mutual information satisfies :math:`\\I[X:Y] = \\H[X,Y] - \\H[X|Y] - \\H[Y|X]` and
:math:`\\H[X] = \\I[X:Y] + \\H[X|Y]`.

.. math::

   \\JSD{X || Y} = \\H{\\frac{X+Y}{2}} - \\frac{\\H{X}+\\H{Y}}{2}

   \\JSD[X||Y] = \\frac{1}{2}(\\DKL[X||M] + \\DKL[Y||M])

The cross-entropy is :math:`\\xH[X||Y] = \\H[X] + \\DKL[X||Y]`.
"""


def test_sphinx_maths_with_the_documents_own_macros_is_read_as_the_measures() -> None:
    claims = _claims(_SPHINX_IDENTITIES, "measures.rst")
    assert [(item.kind, item.verdict, item.lines[0]) for item in claims] == [
        ("definition", "holds", 9),
        ("identity", "holds", 11),
        ("identity", "holds", 12),
        ("identity", "holds", 16),
        ("jsd_definition", "holds", 18),
        ("identity", "holds", 20),
    ]
    assert claims[1].text == "I(X;Y) = H(X,Y) - H(X|Y) - H(Y|X)"


@pytest.mark.parametrize(
    ("wrong", "kind"),
    [
        (":math:`\\I[X:Y] = \\H[X,Y] - \\H[X] - \\H[Y]`", "identity"),  # the sign flipped
        (":math:`\\xH[X||Y] = \\H[Y] + \\DKL[X||Y]`", "identity"),  # the entropy of the other one
        (".. math:: \\H[X|Y] = \\H[X,Y] - \\H[X]", "identity"),  # the wrong marginal taken away
        (".. math::\n\n    \\JSD[X||Y] = \\DKL[X||M] + \\DKL[Y||M]", "jsd_definition"),  # no half
    ],
)
def test_a_slip_in_sphinx_maths_is_false(wrong: str, kind: str) -> None:
    text = f"Identities\n----------\n\nOne writes\n\n{wrong}\n\nfor all variables.\n"
    assert _verdicts(text, "notes.rst") == [(kind, "false")]


def test_values_in_directives_and_roles_are_judged_in_their_own_lines() -> None:
    kl, jsd = _kl(_P, _Q), _jsd(_P, _Q)
    text = (
        "Zwei Verteilungen\n=================\n\nSei :math:`P = (0.5, 0.3, 0.2)` und :math:`Q = (0.2, 0.3, 0.5)`.\n\n"
        f".. math::\n   :nowrap:\n\n   \\DKL[P||Q] = {mpmath.nstr(kl, 4)}\n\n"
        f"Die JSD ist :math:`\\JSD[P||Q] = {mpmath.nstr(jsd * 2, 4)}` nats.\n"
    )
    claims = _claims(text, "verteilungen.rst")
    assert [(item.kind, item.verdict, item.lines[0]) for item in claims] == [("kl", "holds", 9), ("jsd", "false", 11)]
    assert float(claims[0].value or 0) == pytest.approx(float(kl), abs=1e-9)
    assert f"{mpmath.nstr(jsd, 4)}" in claims[1].note


def test_myst_roles_and_fences_of_maths_are_read() -> None:
    kl = _kl(_P, _Q, 2)
    text = (
        "# 두 분포\n\n{math}`P = (0.5, 0.3, 0.2)`, {math}`Q = (0.2, 0.3, 0.5)` 일 때\n\n"
        f"```{{math}}\n\\DKL[P||Q] = {mpmath.nstr(kl, 4)} \\text{{ bits}}\n```\n\n"
        "{math}`\\I[X;Y] = \\H[X] - \\H[X|Y]` 이다.\n"
    )
    claims = _claims(text, "notes.md")
    assert [(item.kind, item.verdict, item.lines[0]) for item in claims] == [
        ("kl", "holds", 6),
        ("identity", "holds", 9),
    ]
    assert float(claims[0].value or 0) == pytest.approx(float(kl), abs=1e-9)


@pytest.mark.parametrize(
    "formula",
    [
        "\\I[k] = 3",  # an index, not two variables
        "\\CE[x] = 0.2",  # one argument where the cross-entropy takes two
        "\\DKL[p] = 5",
        "\\H[x = 2] = 1",
    ],
)
def test_a_macro_whose_brackets_do_not_hold_the_measures_arguments_is_not_read(formula: str) -> None:
    text = f"Notation\n--------\n\nHere :math:`{formula}` and nothing more.\n"
    assert _verdicts(text, "notes.rst") == []
