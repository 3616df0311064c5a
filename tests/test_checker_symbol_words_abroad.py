"""A value given in words of another language to a measure written as a symbol: "La divergence $D(A \\| B)$ vaut
0,531 bit", "la entropía $H(A)$ es aproximadamente 0,469 bits"."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

_A, _B = [mpmath.mpf("0.9"), mpmath.mpf("0.1")], [mpmath.mpf("0.5"), mpmath.mpf("0.5")]


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return sum(x * mpmath.log(x / y, 2) for x, y in zip(p, q, strict=True))


def _entropy(p: list[mpmath.mpf]) -> mpmath.mpf:
    return -sum(x * mpmath.log(x, 2) for x in p)


_GIVEN = "Soit $A = (0{,}9;\\ 0{,}1)$ et $B = (0{,}5;\\ 0{,}5)$.\n\n"


def _comma(value: mpmath.mpf) -> str:
    return mpmath.nstr(value, 3).replace(".", ",")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("La divergence $D(A \\| B)$ vaut {value} bit.", _kl(_A, _B)),
        ("La divergencia de Kullback-Leibler $D_{{KL}}(B \\| A)$ es aproximadamente {value} bits.", _kl(_B, _A)),
        ("Die Entropie $H(A)$ beträgt etwa {value} Bit.", _entropy(_A)),
        ("L'entropia incrociata $H(A, B)$ è {value} bit.", _entropy(_A) + _kl(_A, _B)),
        ("A entropia $H(A)$ é {value} bits.", _entropy(_A)),
        ("Дивергенция $D(A \\| B)$ равна {value} бит.", _kl(_A, _B)),
    ],
)
def test_values_in_other_languages_after_a_symbol_are_judged(sentence: str, value: mpmath.mpf) -> None:
    found = check_text(_GIVEN + sentence.format(value=_comma(value)) + "\n", "notes.md").claims
    ((claim,),) = [[claim for claim in found if claim.kind != "definition"]]
    assert claim.verdict == "holds", claim
    wrong = _comma(value + mpmath.mpf("0.2"))
    found = check_text(_GIVEN + sentence.format(value=wrong) + "\n", "notes.md").claims
    ((claim,),) = [[claim for claim in found if claim.kind != "definition"]]
    assert claim.verdict == "false" and claim.value is not None
    assert mpmath.almosteq(mpmath.mpf(claim.value), value, 1e-9)


@pytest.mark.parametrize(
    "sentence",
    [
        "La moitié de la divergence $D(A \\| B)$ vaut 0,27 bit.",  # a share of it
        "La divergence $D(A \\| B)$ vaut 2 fois celle de $B$.",  # a multiple
    ],
)
def test_shares_and_other_measures_stay_unjudged(sentence: str) -> None:
    found = check_text(_GIVEN + sentence + "\n", "notes.md").claims
    assert all(claim.verdict != "false" for claim in found), found
