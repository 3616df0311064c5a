"""A table of training records that its text shows as an excerpt of the set ("The first four of the 14 days:",
"a sample of", "Auszug", "前4行", a count of records larger than the table's, a line of ``…`` below it) is not the
set: the whole set's entropy and gains below it are left unread, never called false. A table its text introduces
as the whole set, or under a table's number, is still counted (true values worked out here with mpmath)."""

from __future__ import annotations

from collections.abc import Sequence

import mpmath
import pytest

from kldocs.checker import check_text

mpmath.mp.dps = 30

ROWS = (
    ("Sunny", "Weak", "No"),
    ("Sunny", "Strong", "No"),
    ("Overcast", "Weak", "Yes"),
    ("Rain", "Weak", "Yes"),
    ("Rain", "Strong", "No"),
    ("Overcast", "Strong", "Yes"),
    ("Sunny", "Weak", "Yes"),
)
#: The whole 14-day set's values, right for it and wrong for the seven rows shown.
CLAIMS = "Entropy(S) = 0.940 and Gain(S, Outlook) = 0.247."


def _h(*counts: int) -> mpmath.mpf:
    total = sum(counts)
    return -mpmath.fsum(mpmath.mpf(c) / total * mpmath.log(mpmath.mpf(c) / total, 2) for c in counts if c)


def _table(rows: Sequence[tuple[str, ...]] = ROWS) -> str:
    return "| Outlook | Wind | Play |\n|---|---|---|\n" + "".join(f"| {' | '.join(row)} |\n" for row in rows)


def _measures(text: str) -> list[tuple[str, str | None]]:
    """The verdicts and values of the entropies and gains read of the records."""
    return [(claim.verdict, claim.value) for claim in check_text(text, "tree.md").claims if "H(P_{" in claim.text]


@pytest.mark.parametrize(
    "intro",
    [
        "The first four of the 14 days:",
        "Here is a sample of the training days:",
        "An excerpt of the data set (Table 2):",
        "Some rows of the PlayTennis data:",
        "We recorded the weather on 14 days; here are a few of them.",
        "Die ersten vier der 14 Tage (Auszug):",
        "Voici un extrait des données :",
        "Los primeros cuatro de los 14 días:",
        "Os primeiros quatro dos 14 dias:",
        "Первые четыре из 14 дней:",
        "14 天中的前 4 天：",
        "14일 중 처음 네 날의 기록:",
        "14日のうち最初の4日分（抜粋）:",
    ],
)
def test_a_table_shown_as_an_excerpt_leaves_the_whole_sets_values_unread(intro: str) -> None:
    assert abs(_h(9, 5) - mpmath.mpf("0.940")) < mpmath.mpf("0.0005")  # the values are right for the 14 days
    assert abs(_h(4, 3) - mpmath.mpf("0.940")) > mpmath.mpf("0.04")  # and wrong for the seven shown
    text = f"# Tennis\n\n{intro}\n\n{_table()}\n{CLAIMS}\n"
    assert _measures(text) == []
    assert all(claim.verdict != "false" for claim in check_text(text, "tree.md").claims)


def test_a_line_of_dots_below_the_table_makes_it_an_excerpt() -> None:
    text = f"# Tennis\n\nThe days:\n\n{_table()}\n…\n\n{CLAIMS}\n"
    assert _measures(text) == []


@pytest.mark.parametrize(
    "intro",
    [
        "The seven days of the lesson:",
        "All 7 days we recorded:",
        "Table 14: the training days.",
        "表 12：训练数据",
        "Die 7 Tage der Übung:",
        "Les 7 jours :",
    ],
)
def test_a_table_shown_as_the_whole_set_is_still_counted(intro: str) -> None:
    whole = _h(4, 3)
    gain = whole - mpmath.mpf(3) / 7 * _h(1, 2) - mpmath.mpf(2) / 7 * _h(2, 0) - mpmath.mpf(2) / 7 * _h(1, 1)
    right = f"Entropy(S) = {mpmath.nstr(whole, 3)} and Gain(S, Outlook) = {mpmath.nstr(gain, 3)}."
    measures = _measures(f"# Tennis\n\n{intro}\n\n{_table()}\n{right}\n")
    assert [verdict for verdict, _ in measures] == ["holds", "holds"]
    assert [
        abs(mpmath.mpf(value or "nan") - exact) < mpmath.mpf("1e-9")
        for (_, value), exact in zip(measures, (whole, gain), strict=True)
    ] == [True, True]
    wrong = _measures(f"# Tennis\n\n{intro}\n\n{_table()}\n{CLAIMS}\n")
    assert [verdict for verdict, _ in wrong] == ["false", "false"]
