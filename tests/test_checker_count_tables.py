"""Joint distributions read from tables of counts and from an input and a channel table, and the conditional
entropies worked out from them, each truth worked out here with mpmath."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _claims(text: str) -> list[Checked]:
    return list(check_text(text, "a.md").claims)


def _entropy_bits(weights: list[mpmath.mpf]) -> mpmath.mpf:
    total = mpmath.fsum(weights)
    return -mpmath.fsum(w / total * mpmath.log(w / total, 2) for w in weights if w)


#: Counts of days by umbrella (rows) and weather (columns): H(A|B) = sum_b P(b) H(A|B=b).
_COUNTS = [[6, 2], [2, 10]]
_H_A_GIVEN_B = mpmath.fsum(
    mpmath.mpf(_COUNTS[0][b] + _COUNTS[1][b]) / 20 * _entropy_bits([mpmath.mpf(_COUNTS[0][b]), _COUNTS[1][b]])
    for b in range(2)
)


def _count_table(corner: str, total: str | None = None) -> str:
    rows = [
        f"| {corner} | rain | sun |" + (f" {total} |" if total else ""),
        "|---|---|---|" + ("---|" if total else ""),
    ]
    for label, row in zip(("yes", "no"), _COUNTS, strict=True):
        rows.append(f"| {label} | {row[0]} | {row[1]} |" + (f" {sum(row)} |" if total else ""))
    if total:
        rows.append(f"| {total} | 8 | 12 | 20 |")
    return "\n".join(rows) + "\n\n"


@pytest.mark.parametrize(
    ("lead", "total", "expansion"),
    [
        ("We counted 20 days.\n\n", None, "\\frac{8}{20} H(A|B=rain) + \\frac{12}{20} H(A|B=sun)"),
        ("20일 동안 센 횟수:\n\n", "합계", "0.4 H(A|B=rain) + 0.6 H(A|B=sun)"),
        ("20 天的计数：\n\n", "合计", "\\frac{2}{5} H(A|B=rain) + \\frac{3}{5} H(A|B=sun)"),
        ("20 日間の回数:\n\n", "total", "\\frac{8}{20} H(A|B=rain) + \\frac{12}{20} H(A|B=sun)"),
    ],
)
def test_a_conditional_entropy_expanded_from_a_table_of_counts_is_judged_from_the_table(
    lead: str, total: str | None, expansion: str
) -> None:
    written = f"{float(_H_A_GIVEN_B):.3f}"
    text = lead + _count_table("A \\ B", total) + f"$$H(A|B) = {expansion} \\approx {written}$$ bits\n"
    claims = _claims(text)
    valued = [claim for claim in claims if claim.text.endswith(written)]
    assert valued and all(claim.verdict == "holds" for claim in valued), claims
    first = [claim for claim in claims if claim.text.startswith("H(A|B) =") and "rain" in claim.text]
    assert [claim.verdict for claim in first] == ["holds"], claims
    assert "counts" in first[0].note


def test_a_wrong_value_of_a_conditional_entropy_from_counts_is_false_with_its_value() -> None:
    text = _count_table("A \\ B") + "So $H(A|B) \\approx 0.8$ bits.\n"
    (claim,) = _claims(text)
    assert claim.verdict == "false" and claim.value is not None
    assert mpmath.almosteq(mpmath.mpf(claim.value), _H_A_GIVEN_B, 1e-9)


@pytest.mark.parametrize(
    "table",
    [
        "| | rain | sun |\n|---|---|---|\n| yes | 6 | 2 |\n| no | 2 | 10 |\n\n",  # no variable named
        "| A \\ B | rain | sun |\n|---|---|---|\n| yes | 6 | 2.5 |\n| no | 2 | 10 |\n\n",  # not all counts
        # a total that is not the sum of its row
        "| A \\ B | rain | sun | total |\n|---|---|---|---|\n| yes | 6 | 2 | 9 |\n| no | 2 | 10 | 12 |\n\n",
    ],
)
def test_a_table_that_is_not_plainly_counts_of_two_named_variables_gives_nothing(table: str) -> None:
    claims = _claims(table + "So $H(A|B) \\approx 0.8$ bits.\n")
    assert [claim.verdict for claim in claims] == ["unchecked"], claims


def test_the_first_line_of_a_conditional_entropy_from_an_input_and_a_channel_table_in_small_letters() -> None:
    h = 0.4 * _entropy_bits([mpmath.mpf("0.9"), mpmath.mpf("0.1")]) + 0.6 * _entropy_bits(
        [mpmath.mpf("0.2"), mpmath.mpf("0.8")]
    )
    text = (
        "Let $P(X=0) = 0.4$, $P(X=1) = 0.6$.\n\n| P(y\\|x) | y=0 | y=1 |\n|---|---|---|\n"
        "| x=0 | 0.9 | 0.1 |\n| x=1 | 0.2 | 0.8 |\n\n"
        "$$H(Y|X) = 0.4 \\left(-0.9 \\log_2 0.9 - 0.1 \\log_2 0.1\\right) + 0.6 \\left(-0.2 \\log_2 0.2 - "
        f"0.8 \\log_2 0.8\\right) = {float(h):.4f} + 0.0003$$\n"
    )
    claims = _claims(text)
    (first,) = [claim for claim in claims if claim.text.startswith("H(Y|X) = 0.4")]
    assert first.verdict == "holds" and "channel" in first.note
    (last,) = [claim for claim in claims if claim.text.endswith("+ 0.0003")]
    assert last.verdict == "false" and mpmath.almosteq(mpmath.mpf(last.value), h, 1e-9)
