"""Logs of whole numbers whose base 2 is glued to the argument, as text copied from a PDF has them (``log23 = 1.58``).

Read as log₂ of the rest only where the values written agree; values of logs run together on one line are claims of
their own; a claim that rests on such a reading is never false. Each document is written for its test; the true
values are computed here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _log2(n: int) -> mpmath.mpf:
    return mpmath.log(n, 2)


def _claims(text: str) -> list[Checked]:
    return [claim for claim in check_text(text, "page.txt").claims if claim.kind != "definition"]


_RUNS = {
    "english": "Information content in bits\n\nlog23 = {a} log25 = {b} log27 = {c}\n",
    "french": "Quantité d'information (en bits)\n\nRappel : log23 = {a} log25 = {b} log27 = {c}\n",
    "spanish": "Información en bits:\n\nlog23 = {a}   log25 = {b}   log27 = {c}\n",
    "german": "Informationsgehalt in Bit\n\nlog23 = {a} log25 = {b} log27 = {c} (gerundet)\n",
}


@pytest.mark.parametrize("language", sorted(_RUNS))
def test_three_glued_values_on_one_line_are_three_claims_that_hold(language: str) -> None:
    values = [mpmath.nstr(_log2(n), digits) for n, digits in ((3, 3), (5, 3), (7, 2))]
    claims = _claims(_RUNS[language].format(a=values[0], b=values[1], c=values[2]))
    assert [claim.text for claim in claims] == [f"log₂{n} = {v}" for n, v in zip((3, 5, 7), values, strict=True)]
    assert [claim.verdict for claim in claims] == ["holds"] * 3
    for n, claim in zip((3, 5, 7), claims, strict=True):
        assert float(claim.value or "nan") == pytest.approx(float(_log2(n)), abs=1e-9)
        assert f"log2{n} read as log₂ {n}" in claim.note


def test_a_chain_ending_in_a_glued_value_and_whole_numbers_hold() -> None:
    text = "Surprise in bits of a 20% event: −log2(20/100) = log25 = 2.32, and log22 = 1, log210 = 3.32.\n"
    claims = {claim.text: claim for claim in _claims(text)}
    assert claims["log₂2 = 1"].verdict == "holds"
    assert claims["log₂10 = 3.32"].verdict == "holds"
    assert float(claims["log₂10 = 3.32"].value or "nan") == pytest.approx(float(_log2(10)), abs=1e-9)
    assert claims["−log2(20/100) = log₂5"].verdict == "holds"


def test_a_glued_log_with_no_value_is_read_when_the_others_agree() -> None:
    entropy = 0.2 * _log2(5) + 0.5 + 0.3 * mpmath.log(mpmath.mpf(10) / 3, 2)
    total_line = f"H = 0.2 log25 + 0.5 log22 + 0.3 log2(10/3) = {mpmath.nstr(entropy, 3)}"
    text = f"Entropy in bits, with log25 = 2.32:\n\n{total_line}\n"
    (total,) = [claim for claim in _claims(text) if claim.text.startswith("0.2")]
    assert total.verdict == "holds"
    assert float(total.value or "nan") == pytest.approx(float(entropy), abs=1e-9)


def test_a_wrong_total_on_a_guessed_reading_is_unchecked_never_false() -> None:
    text = "Entropy in bits, with log25 = 2.32:\n\nH = 0.2 log25 + 0.5 log22 + 0.3 log2(10/3) = 1.60\n"
    (total,) = [claim for claim in _claims(text) if claim.text.startswith("0.2")]
    assert total.verdict == "unchecked"
    assert "a guess" in total.note


def test_values_that_are_not_log2_leave_the_glued_logs_unread() -> None:
    for text in ("Common logs, in bits: log23 = 1.36\n", "In bits: log23 = 1.58 and log210 = 1\n"):
        assert not [claim for claim in _claims(text) if "log₂" in claim.text]
        assert not [claim for claim in _claims(text) if claim.verdict == "false"]


def test_a_chain_of_logs_with_a_coefficient_is_not_split() -> None:
    claims = _claims("Entropy in bits\n\nlog₂4 = 2 log₂2 = 2\n")
    assert [claim.text for claim in claims] == ["log₂4 = 2 log₂2", "log₂4 = 2"]
    assert {claim.verdict for claim in claims} == {"holds"}


def test_written_subscripts_run_together_are_split_too() -> None:
    claims = _claims("Entropy in bits\n\nlog₂3 = 1.58 log₂5 = 2.32 log₂7 = 2.9\n")
    assert [(claim.text, claim.verdict) for claim in claims] == [
        ("log₂3 = 1.58", "holds"),
        ("log₂5 = 2.32", "holds"),
        ("log₂7 = 2.9", "false"),
    ]
    assert float(claims[2].value or "nan") == pytest.approx(float(_log2(7)), abs=1e-9)


def test_a_plain_log_beside_guessed_bases_is_not_called_false() -> None:
    """``log216 = 4`` is read as log₂ 16; a spaced ``log 216`` after it is the common log, and the guess that made
    the document's logs base 2 cannot call it false."""
    page = "log216 = 4, since 2^4 = 16.\nlog 1000 ≈ 3.0 (the common logarithm of 1000).\n"
    claims = check_text(page, "a.txt").claims
    assert [claim.verdict for claim in claims] == ["holds", "unchecked"]
