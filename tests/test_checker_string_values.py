"""``kldocs check`` on values stated in loose layouts: the entropy of a string's letters, a sum over i before the
worked numbers on one line, a formula pasted after a fence's backticks, and values in brackets or after "this value"
in Chinese.

The truth of every claim is computed here with fractions and mpmath, never taken from kldocs.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import mpmath
import pytest

from kldocs.checker import check_file
from kldocs.checker.report import Report


def _check(tmp_path: Path, name: str, text: str) -> Report:
    document = tmp_path / name
    document.write_text(text, encoding="utf-8")
    return check_file(document)


def _letters(string: str) -> mpmath.mpf:
    """The entropy in bits of the letters of ``string``."""
    size = len(string)
    return -sum(
        mpmath.mpf(count) / size * mpmath.log(mpmath.mpf(count) / size, 2) for count in Counter(string).values()
    )


def _rounds(written: str, exact: mpmath.mpf) -> bool:
    places = len(written.partition(".")[2])
    return bool(abs(exact - mpmath.mpf(written)) <= mpmath.mpf(10) ** -places / 2)


def test_the_entropy_of_a_words_letters_is_judged(tmp_path: Path) -> None:
    """``H(WORD)`` in a text about letters: chains, a comparison, and a wrong value."""
    assert _letters("NOON") == 1 and _letters("TOOT") == 1
    assert _rounds("1.92", _letters("HELLO")) and not _rounds("1.62", _letters("KAYAK"))
    assert _letters("BANANAS") > _letters("BANANAA")
    text = "Count how often each letter comes in a word.\n\nWe find H(NOON) = H(TOOT) = 1 and H(HELLO) = 1.92.\n\n"
    text += "Clearly H(BANANAS) > H(BANANAA), since the last letter repeats.\n\nBut H(KAYAK) = 1.62 here.\n"
    report = _check(tmp_path, "a.txt", text)
    verdicts = {(claim.lines[0], claim.verdict) for claim in report.claims}
    assert verdicts == {(3, "holds"), (5, "holds"), (7, "false")}


def test_capital_letters_in_h_are_variables_unless_the_text_speaks_of_letters(tmp_path: Path) -> None:
    """``H(WXYZ) = 2.5`` is a joint entropy in a text about random variables, in other words not a word."""
    report = _check(tmp_path, "a.txt", "For random variables W, X, Y and Z, in other words, H(WXYZ) = 2.5 bits.\n")
    assert not any(claim.verdict == "false" for claim in report.claims)


def test_a_strings_entropy_in_test_lists_of_several_languages(tmp_path: Path) -> None:
    """``entropy("...") should return``, ``debe devolver``, ``->`` and an assertion in a code span, in bits."""
    assert _letters("0") == 0 and _letters("ab") == 1 and _letters("aabb") == 1
    assert mpmath.nstr(_letters("1123"), 17) == "1.5"
    assert _rounds("1.4855", _letters("1122233333")) and not _rounds("1.7", _letters("abcab"))
    text = "Shannon entropy of a string, in bits (log_2).\n\n"
    text += '`entropy("0") should return 0`, `entropy("ab") debe devolver 1` and `entropy(\'1123\') -> 1.5`.\n\n'
    text += '`assert.equal(entropy("aabb"), 1)`; `entropy("1122233333") returns 1.4855`.\n\n'
    text += '`entropy("abcab") == 1.7`\n'
    report = _check(tmp_path, "a.md", text)
    verdicts = sorted((claim.lines[0], claim.verdict) for claim in report.claims)
    assert verdicts == [(3, "holds")] * 3 + [(5, "holds")] * 2 + [(7, "false")]


def test_a_file_or_another_measure_of_a_string_is_not_read(tmp_path: Path) -> None:
    """A file's bytes and a cross-entropy of strings are not the entropy of letters."""
    text = '`file_entropy("data.bin") returns 7.9` and `cross_entropy("ab") returns 3`.\n'
    report = _check(tmp_path, "a.md", text)
    assert report.claims == ()


def test_worked_numbers_after_a_sum_in_the_same_sentence_are_read(tmp_path: Path) -> None:
    """``H = ∑[ Pn × Log(1/Pn) ]`` then, in the same sentence, arithmetic with its value in ``Bit``."""
    exact = mpmath.mpf("0.6") * mpmath.log(1 / mpmath.mpf("0.6"), 2) + mpmath.mpf("0.4") * mpmath.log(2.5, 2)
    assert _rounds("0.971", exact)
    text = "엔트로피 H = ∑[ Pn × Log(1/Pn) ] 로 정의되므로 0.6×Log2(1/0.6)+0.4×Log2(1/0.4)=0.971Bit이다.\n"
    report = _check(tmp_path, "a.txt", text)
    assert report.false_count == 0
    assert ("holds", "0.6×Log2(1/0.6)+0.4×Log2(1/0.4) = 0.971") in [(c.verdict, c.text) for c in report.claims]
    assert [claim.kind for claim in report.claims if claim.text.startswith("엔트로피")] == ["definition"]


def test_a_formula_pasted_after_a_fences_backticks_is_printed_text(tmp_path: Path) -> None:
    """``` ``````y=-(log(0.25)+...) ``` : the info string is no language, so the lines below are read as text."""
    assert _rounds("1.386", -mpmath.log(mpmath.mpf("0.25")))
    text = "The label is one-hot.\n\n``````y=-(1×log(0.25)+0×log(0.75))\ny=−log(0.25)≈1.386\n``````\n"
    report = _check(tmp_path, "a.md", text)
    assert [(claim.lines[0], claim.verdict) for claim in report.claims] == [(4, "holds")]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("这个值(约{h}比特)就是熵。", "holds"),
        ("这个值约为{h}比特。", "holds"),
        ("这个值({h}比特)就是熵。", "holds"),
        ("这个值(1.257比特)就是熵。", "false"),
        ("交叉熵大于熵({h}比特)。", "holds"),
        ("交叉熵大于熵(1.257比特)。", "false"),
    ],
)
def test_a_value_after_this_value_or_in_brackets_after_a_measure(tmp_path: Path, sentence: str, verdict: str) -> None:
    """ "这个值(约1.157比特)": the value just computed; "熵(1.157比特)": the entropy named just before."""
    entropy_p = -sum(p * mpmath.log(p, 2) for p in (mpmath.mpf("0.7"), mpmath.mpf("0.2"), mpmath.mpf("0.1")))
    assert _rounds("1.157", entropy_p) and not _rounds("1.257", entropy_p)
    text = "设 P = (0.7, 0.2, 0.1)。\n\nH(P) = -[0.7*log₂(0.7) + 0.2*log₂(0.2) + 0.1*log₂(0.1)] ≈ 1.157 比特\n"
    text += sentence.format(h="1.157") + "\n"
    report = _check(tmp_path, "a.md", text)
    assert [claim.verdict for claim in report.claims if claim.lines == (4,)] == [verdict]


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        ("With 10 equiprobable symbols the entropy is 3.32 bits.", ["holds"]),
        ("With 10 equiprobable symbols the entropy is 3.12 bits.", ["false"]),
        ("숫자 10개를 동일 비율로 쓰면 3.32비트 정보 엔트로피를 가지므로 한 자당 3.32Bit가 된다.", ["holds"]),
        ("若 10 个等概率的符号出现,则熵为 3.32 比特。", ["holds"]),
        ("With 10 equiprobable symbols the entropy is at most 4 bits.", []),
        ("A string of 3 of 10 equiprobable symbols holds 9.97 bits of entropy.", []),
    ],
)
def test_n_outcomes_alike_hold_log2_n_bits(tmp_path: Path, sentence: str, verdicts: list[str]) -> None:
    """A sentence that says N outcomes are equally likely and gives one entropy in bits claims log2 N."""
    assert _rounds("3.32", mpmath.log(10, 2)) and not _rounds("3.12", mpmath.log(10, 2))
    report = _check(tmp_path, "a.txt", sentence + "\n")
    assert [claim.verdict for claim in report.claims] == verdicts


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("그래서 0.6×Log(1/0.6)+0.4×Log(1/0.4)=0.673나트이다.", "holds"),
        ("그래서 0.6×Log(1/0.6)+0.4×Log(1/0.4)=0.971나트이다.", "false"),
        ("そして 0.6×log(1/0.6)+0.4×log(1/0.4)=0.971ビットです。", "holds"),
        ("そして 0.6×log(1/0.6)+0.4×log(1/0.4)=0.673ビットです。", "false"),
        ("此时 0.6×log(1/0.6)+0.4×log(1/0.4)=0.971比特。", "holds"),
        ("이 경우 엔트로피는 0.6×Log(1/0.6)+0.4×Log(1/0.4)=0.971Bit이다.", "holds"),
    ],
)
def test_units_glued_to_particles_and_words_before_the_numbers(tmp_path: Path, line: str, verdict: str) -> None:
    """A unit with a particle after it (``나트이다``, ``ビットです``) gives the base; a two-character word before the
    numbers (``此时``) is no symbol times a log; ``Log(...)`` is a logarithm."""
    shares = (mpmath.mpf("0.6"), mpmath.mpf("0.4"))
    nats, bits = (sum(p * mpmath.log(1 / p, base) for p in shares) for base in (mpmath.e, 2))
    assert _rounds("0.673", nats) and _rounds("0.971", bits) and not _rounds("0.971", nats)
    report = _check(tmp_path, "a.txt", line + "\n")
    assert [claim.verdict for claim in report.claims] == [verdict]


def test_a_sentence_on_the_entropy_of_a_string_is_that_claim_and_no_other(tmp_path: Path) -> None:
    """ "The entropy of the string "1123" is 1.5 bits" is about the string, not the distribution in force; a word
    distribution is no string."""
    assert mpmath.nstr(_letters("1123"), 17) == "1.5" and _rounds("0.918", _letters("AAB"))
    text = 'Let P = (0.2, 0.8).\n\nThe entropy of the string "1123" is 1.5 bits.\n\n'
    text += "L'entropie de la chaîne 'AAB' vaut 0.918.\n\nThe entropy of the word distribution is 2.3 bits.\n"
    report = _check(tmp_path, "a.md", text)
    verdicts = [(claim.lines[0], claim.kind, claim.verdict) for claim in report.claims if claim.lines[0] > 1]
    assert verdicts[:2] == [(3, "expression", "holds"), (5, "expression", "holds")]
    assert not any(claim.verdict == "false" for claim in report.claims)
