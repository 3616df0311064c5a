"""``kldocs check`` on the cross-entropy told as a code length beside its formula: whose samples, whose code.

The truth is worked out here with mpmath: coding samples of ``p`` with the ideal code of ``q`` (lengths
``-log q(x)``) costs ``-Σ p log q`` on average, the formula's value; samples of ``q`` with the code of ``p`` cost
``-Σ q log p``, another number. A sentence that tells the formula with the two roles swapped is false.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

_P = [mpmath.mpf("0.5"), mpmath.mpf("0.25"), mpmath.mpf("0.25")]
_Q = [mpmath.mpf("0.1"), mpmath.mpf("0.3"), mpmath.mpf("0.6")]


def _average_length(samples: list[mpmath.mpf], code: list[mpmath.mpf]) -> mpmath.mpf:
    """The mean length in nats of the ideal code of ``code`` over samples drawn from ``samples``."""
    return mpmath.fsum(weight * -mpmath.log(of) for weight, of in zip(samples, code, strict=True))


def test_the_two_roles_give_different_lengths() -> None:
    formula = -mpmath.fsum(a * mpmath.log(b) for a, b in zip(_P, _Q, strict=True))  # -sum p log q
    assert _average_length(_P, _Q) == formula
    assert abs(_average_length(_Q, _P) - formula) > mpmath.mpf("0.1")


_FORMULA = r"$H(p,q) = -\sum_x p(x)\log q(x)$"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("is the average length when coding samples of $p$ with a code made for $q$.", "holds"),
        ("is the average length when coding samples of $q$ with a code made for $p$.", "false"),
        ("est la longueur moyenne quand on code des échantillons de $q$ avec un code conçu pour $p$.", "false"),
        ("est la longueur moyenne quand on code des échantillons de $p$ avec un code optimisé pour $q$.", "holds"),
        ("es la longitud media al codificar muestras de $p$ con un código diseñado para $q$.", "holds"),
        ("es la longitud media al codificar muestras de $q$ con un código diseñado para $p$.", "false"),
        ("ist die mittlere Länge, wenn man Stichproben aus $q$ mit einem für $p$ optimierten Code kodiert.", "false"),
        ("measures the bits needed with a code optimized for $q$ when the data are samples from $p$.", "holds"),
    ],
)
def test_the_coding_story_against_the_formula(sentence: str, verdict: str) -> None:
    page = f"Cross-entropy {_FORMULA} {sentence}\n"
    claims = [claim for claim in check_text(page, "notes.md").claims if claim.kind == "definition"]
    told = [claim.verdict for claim in claims if "$" not in claim.text and "sum" not in claim.text]
    assert told == [verdict]


@pytest.mark.parametrize(
    "page",
    [
        # no formula: which letter is whose is the text's own convention
        "Cross-entropy is the average length when coding samples of $q$ with a code made for $p$.\n",
        # two sums with different roles: not read
        "$-\\sum_x p(x)\\log q(x)$ and $-\\sum_x q(x)\\log p(x)$: coding samples of $q$ with a code made for $p$.\n",
        # the sentence is reported as a mistake
        f"{_FORMULA}. Wrong: it is the length when coding samples of $q$ with a code made for $p$.\n",
        # the roles swapped, denied in the same sentence (true: it is not that length)
        "Cross-entropy $H(p,q) = -\\sum_x p(x)\\log q(x)$ is not the average length when coding samples of $q$ "
        "with a code made for $p$; that is $H(q,p)$.\n",
        "L'entropie croisée $-\\sum_x p(x)\\log q(x)$ n'est pas la longueur moyenne en codant des échantillons de "
        "$q$ avec un code conçu pour $p$.\n",
    ],
)
def test_sentences_that_are_not_read(page: str) -> None:
    claims = check_text(page, "notes.md").claims
    assert [claim.verdict for claim in claims if "code" in claim.text] in ([], ["unchecked"])
