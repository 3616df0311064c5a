"""Course notes in German, French, Russian, Korean and Japanese: decimal commas, units and conditions in words,
and a misconception quoted then denied."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(p: list[Fraction]) -> mpmath.mpf:
    return -mpmath.fsum(
        mpmath.mpf(x.numerator) / x.denominator * mpmath.log(mpmath.mpf(x.numerator) / x.denominator, 2) for x in p if x
    )


def _claims(text: str) -> list[tuple[str, str]]:
    return [(claim.kind, claim.verdict) for claim in check_text(text, "notes.md").claims]


COIN = [Fraction(3, 10), Fraction(7, 10)]


def _comma(value: mpmath.mpf, digits: int) -> str:
    """The value as LaTeX writes a decimal comma: ``0{,}881``."""
    return mpmath.nstr(value, digits).replace(".", "{,}")


@pytest.mark.parametrize(
    "template",
    [
        "Sei $P = (0{{,}}3;\\ 0{{,}}7)$. Dann ist $H(P) \\approx {value}$ bit.\n",
        "Soit $P = (0{{,}}3 ; 0{{,}}7)$. Alors $H(P) \\approx {value}$ bits.\n",
        "Пусть $P = (0{{,}}3;\\ 0{{,}}7)$. Тогда $H(P) \\approx {value}$ бит.\n",
    ],
)
def test_latex_decimal_commas_are_read_as_decimals(template: str) -> None:
    right = _comma(_bits(COIN), 3)  # 0{,}881
    assert _claims(template.format(value=right)) == [("definition", "holds"), ("entropy", "holds")]
    assert _claims(template.format(value="0{,}5")) == [("definition", "holds"), ("entropy", "false")]


def test_a_logarithm_with_a_decimal_comma_is_not_cut_at_the_comma() -> None:
    log3 = _comma(mpmath.log(3, 2), 4)  # 1{,}585
    assert _claims(f"Es gilt $\\log_2 3 \\approx {log3}$.\n") == [("expression", "holds")]


def test_a_thousands_separator_in_an_english_document_is_left_as_it_was() -> None:
    text = "We drew $10{,}000$ samples; $H(P) \\approx 0.881$ bits for $P = (0.3, 0.7)$.\n"
    assert ("entropy", "holds") in _claims(text) and all(v != "false" for _, v in _claims(text))


@pytest.mark.parametrize(("unit", "base"), [("бит", "2"), ("нат", "e"), ("비트", "2")])
def test_a_unit_in_another_script_after_a_formula_is_the_claims_unit(unit: str, base: str) -> None:
    value = _bits(COIN) if base == "2" else _bits(COIN) * mpmath.log(2)
    text = f"$P = (0.3, 0.7)$, $H(P) \\approx {mpmath.nstr(value, 3)}$ {unit}.\n"
    (entropy,) = [claim for claim in check_text(text, "notes.md").claims if claim.kind == "entropy"]
    assert (entropy.verdict, entropy.base) == ("holds", base)


@pytest.mark.parametrize(
    "line",
    [
        "If $P$ and $Q$ are equal, $D_{KL}(P\\|Q) = 0$.",
        "$P$와 $Q$가 같으면 $D_{KL}(P\\|Q) = 0$이다.",
        "$P$ と $Q$ が等しいとき $D_{KL}(P\\|Q) = 0$ である。",
        "Если $P$ и $Q$ совпадают, то $D_{KL}(P\\|Q) = 0$.",
        "Si $P$ et $Q$ sont égales, alors $D_{KL}(P\\|Q) = 0$.",
        "Wenn $P$ und $Q$ gleich sind, ist $D_{KL}(P\\|Q) = 0$.",
        "Se $P$ e $Q$ sono uguali, allora $D_{KL}(P\\|Q) = 0$.",
    ],
)
def test_a_value_under_a_condition_in_words_that_two_distributions_are_equal_is_not_false(line: str) -> None:
    text = f"Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n{line}\n"
    kl = [claim for claim in check_text(text, "notes.md").claims if claim.kind == "kl"]
    assert [claim.verdict for claim in kl] == ["unchecked"] and "condition" in kl[0].note


def test_the_same_value_with_no_condition_is_still_false() -> None:
    text = "Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\nHere $P$ and $Q$ differ, and $D_{KL}(P\\|Q) = 0$.\n"
    assert [v for kind, v in _claims(text) if kind == "kl"] == ["false"]


@pytest.mark.parametrize(
    "text",
    [
        "On lit souvent que « la divergence de Kullback-Leibler est une distance ». C'est faux.\n",
        "Часто утверждают, что «KL-дивергенция симметрична». Это неверно.\n",
        "よくある誤解として「KLダイバージェンスは負になりうる」というものがあるが、これは誤りである。\n",
        'People say "KL divergence is symmetric". That is a myth.\n',
    ],
)
def test_a_misconception_in_words_denied_right_after_is_not_false(text: str) -> None:
    assert all(verdict != "false" for _, verdict in _claims(text))


def test_the_vietnamese_word_ban_is_no_statement_that_the_document_works_in_bans() -> None:
    """ "ban đầu" (initial) is not the unit ban: a value without a unit is read in the usual bases."""
    bits = _bits([Fraction(1, 2), Fraction(1, 4), Fraction(1, 4)])
    assert bits == mpmath.mpf("1.5") and not mpmath.almosteq(bits / mpmath.log(10, 2), mpmath.mpf("1.5"), 1e-2)
    text = "Phân phối ban đầu là $p = (0.5, 0.25, 0.25)$.\n\nEntropy của $p$ là $H(p) = 1.5$.\n"
    report = check_text(text, "bai_tap.md")
    assert report.base.name != "10" and not [claim for claim in report.claims if claim.verdict == "false"]
    assert [claim.verdict for claim in report.claims if claim.kind == "entropy"] == ["holds"]
