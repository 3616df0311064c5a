"""Values whose claim says more than the number: a TeX decimal comma (``3{,}47``, ``0{,}305``) in a document that
also writes decimal points, and the direction a symbol gives a KL divergence in a sentence (``D(Q||P) is about
0.0440``), which must be respected; a direction in words alone ("from Q to P") is read both ways by authors, so a
value that fits only the reading against its usual order is left unchecked.
The values are worked out here with mpmath."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text

HEAD = "# Two distributions\n\nLet $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n\n"
P = [mpmath.mpf("0.2"), mpmath.mpf("0.5"), mpmath.mpf("0.3")]
Q = [mpmath.mpf("0.3"), mpmath.mpf("0.4"), mpmath.mpf("0.3")]
KL_PQ = mpmath.fsum(a * mpmath.log(a / b, 2) for a, b in zip(P, Q, strict=True))
KL_QP = mpmath.fsum(b * mpmath.log(b / a, 2) for a, b in zip(P, Q, strict=True))
CROSS = -mpmath.fsum(a * mpmath.log(b, 2) for a, b in zip(P, Q, strict=True))


def _claims(text: str) -> list[Checked]:
    return [claim for claim in check_text(text, "a.md").claims if claim.kind != "definition"]


def _braced(value: mpmath.mpf, digits: int) -> str:
    return mpmath.nstr(value, digits).replace(".", "{,}")


@pytest.mark.parametrize(
    "line",
    [
        "The cross-entropy is $H(P,Q) = {h}$ bits and $D(P\\|Q) = {d}$ bits.",
        "$$H(P,Q) = -\\sum_x p(x) \\log_2 q(x) \\approx {h} \\text{{ bits}}, \\quad "
        "D_{{KL}}(P\\|Q) = {d}\\,\\text{{bits}}$$",
        "Die Kreuzentropie ist $H(P,Q) \\approx {h}$ bits, die KL-Divergenz $D(P\\|Q) \\approx {d}$ bits.",
    ],
)
def test_a_braced_decimal_comma_is_read_in_a_document_with_points(line: str) -> None:
    right = _claims(HEAD + line.format(h=_braced(CROSS, 3), d=_braced(KL_PQ, 3)) + "\n")
    assert [(claim.kind, claim.verdict) for claim in right] == [("cross_entropy", "holds"), ("kl", "holds")], right
    assert [float(claim.value or "nan") for claim in right] == pytest.approx([float(CROSS), float(KL_PQ)])
    wrong = _claims(HEAD + line.format(h="3{,}47", d="0{,}305") + "\n")
    assert [claim.verdict for claim in wrong] == ["false", "false"], wrong
    assert "3.47" in wrong[0].note and "0.305" in wrong[1].note


def test_a_thousands_separator_with_no_decimal_brace_is_left_alone() -> None:
    text = HEAD + f"We drew $10{{,}}000$ samples; $H(P,Q) \\approx {mpmath.nstr(CROSS, 3)}$ bits.\n"
    assert [(claim.kind, claim.verdict) for claim in _claims(text)] == [("cross_entropy", "holds")]


#: Sentences that give a KL divergence its direction with a symbol; ``{v}`` is the value.
SYMBOLS = [
    "The KL divergence D(Q||P) is about {v} bits.",
    "The KL divergence $D(Q \\| P)$ is approximately {v} bits.",
    "La divergencia KL D(Q||P) es {v} bits.",
    "Die KL-Divergenz D(Q||P) beträgt {v} bits.",
    "KL(Q||P) 为 {v} bits。",
]


@pytest.mark.parametrize("sentence", SYMBOLS)
def test_the_direction_a_symbol_gives_is_respected(sentence: str) -> None:
    (claim,) = _claims(HEAD + sentence.format(v=mpmath.nstr(KL_PQ, 3)) + "\n")  # the other direction's value
    assert claim.verdict == "false" and float(claim.value or "nan") == pytest.approx(float(KL_QP)), claim
    (claim,) = _claims(HEAD + sentence.format(v=mpmath.nstr(KL_QP, 3)) + "\n")
    assert claim.verdict == "holds" and float(claim.value or "nan") == pytest.approx(float(KL_QP)), claim


#: Sentences that name the two distributions in words, whose order authors read both ways; the usual reading of
#: each is D(Q||P), the first named first.
WORDS = [
    "The KL divergence from Q to P is {v} bits.",
    "The KL divergence of Q from P is {v} bits.",
    "The KL divergence of Q relative to P is about {v} bits.",
    "A divergência KL de Q para P é de cerca de {v} bits.",
]


@pytest.mark.parametrize("sentence", WORDS)
def test_a_direction_in_words_alone_holds_only_in_its_usual_reading(sentence: str) -> None:
    (claim,) = _claims(HEAD + sentence.format(v=mpmath.nstr(KL_QP, 3)) + "\n")
    assert claim.verdict == "holds" and float(claim.value or "nan") == pytest.approx(float(KL_QP)), claim
    (claim,) = _claims(HEAD + sentence.format(v=mpmath.nstr(KL_PQ, 3)) + "\n")  # the other convention's
    assert claim.verdict == "unchecked" and "read both ways" in claim.note, claim
    (claim,) = _claims(HEAD + sentence.format(v="0.0900") + "\n")  # neither direction: false either way
    assert claim.verdict == "false", claim


def test_between_gives_no_order() -> None:
    for value in (KL_PQ, KL_QP):
        (claim,) = _claims(HEAD + f"The KL divergence between Q and P is {mpmath.nstr(value, 3)} bits.\n")
        assert claim.verdict == "holds" and float(claim.value or "nan") == pytest.approx(float(value)), claim


def test_the_approximation_named_first_is_read_second() -> None:
    """ "Using P to approximate Q" is D(Q||P) as usually read; a value of D(P||Q) is left unchecked."""
    above = "KL(Q||P) ≈ {r}\n=> This result tells you that using P to approximate Q results in approximately {v} "
    above += "units of information loss per draw.\n"
    shown = mpmath.nstr(KL_QP, 3)
    claims = _claims(HEAD + above.format(r=shown, v=shown))
    assert [claim.verdict for claim in claims] == ["holds", "holds"], claims
    claims = _claims(HEAD + above.format(r=shown, v=mpmath.nstr(KL_PQ, 3)))
    assert [claim.verdict for claim in claims] == ["holds", "unchecked"], claims


def test_a_braced_comma_in_a_value_is_decimal_beside_a_thousands_separator() -> None:
    text = HEAD + f"We drew $10{{,}}000$ samples. $H(P,Q) = {_braced(CROSS, 4)}$ bits.\n"
    (claim,) = _claims(text)
    assert claim.verdict == "holds" and float(claim.value or "nan") == pytest.approx(float(CROSS)), claim
    (claim,) = _claims(text.replace(_braced(CROSS, 4), "1{,}295"))
    assert claim.verdict == "false" and "1.295" in claim.note, claim
