"""A joint table speaks for its variables until a sentence takes new ones under the same letters.

The table and the values are written here; the entropies are computed here with ``math``.
"""

from __future__ import annotations

import math

import pytest

from kldocs.checker import check_text

TABLE = "| | Y = 0 | Y = 1 |\n|---|---|---|\n| X = 0 | 0.25 | 0.25 |\n| X = 1 | 0.40 | 0.10 |\n"
H_Y = -(0.65 * math.log2(0.65) + 0.35 * math.log2(0.35))
H_XY = -sum(p * math.log2(p) for p in (0.25, 0.25, 0.40, 0.10))


def verdicts(text: str) -> dict[tuple[int, str], str]:
    report = check_text(text, "scopes.md")
    return {(claim.lines[0], claim.text): claim.verdict for claim in report.claims}


def test_new_coins_under_the_same_letters_are_not_judged_against_the_table() -> None:
    text = (
        f"# Joint entropy\n\n{TABLE}\nHere H(Y) = {H_Y:.3f} bits.\n\n## Another example\n\n"
        "Now take a fair coin X and a second fair coin Y, thrown independently.\n"
        "Then H(Y) = 1 bit and H(X, Y) = 2 bits.\n"
    )
    found = verdicts(text)
    assert found[(8, f"H(Y) = {H_Y:.3f}")] == "holds"
    later = {claim: verdict for (line, claim), verdict in found.items() if line == 13}
    assert later and "false" not in later.values(), found


def test_a_sentence_pointing_back_at_the_table_keeps_it() -> None:
    wrong = H_XY + 0.1
    text = (
        f"## Problem statement\n\n{TABLE}\n## Solution\n\n"
        "Consider the random variables X and Y given in the table.\n"
        f"Then H(X, Y) = {H_XY:.3f} bits, and H(X, Y) = {wrong:.3f} bits is a slip.\n"
    )
    found = verdicts(text)
    assert found[(11, f"H(X, Y) = {H_XY:.3f}")] == "holds"
    assert found[(11, f"H(X, Y) = {wrong:.3f}")] == "false"


@pytest.mark.parametrize(
    "passage",
    [
        "If X and Y are two independent fair coins instead, H(X, Y) = 2 bits.",
        "Next we look at two independent fair coins X and Y: H(X, Y) = 2 bits.",
        "### Another example\n\nThen H(X, Y) = 2 bits.",
        "### A third case\n\nSuppose X and Y are independent with H(X) = 1 and H(Y) = 1; then H(X, Y) = 2 bits.",
    ],
)
def test_other_words_for_new_variables_end_the_tables_hold(passage: str) -> None:
    # 2 bits is right for two fair coins and wrong for the table (H_XY above): no claim may be called false.
    assert abs(H_XY - 2) > 0.1
    report = check_text(f"{TABLE}\nSo H(X, Y) = {H_XY:.3f} bits.\n\n{passage}\n", "scopes.md")
    assert report.false_count == 0, report.claims


def test_a_table_with_no_claim_below_it_still_gives_way_to_a_new_exercise() -> None:
    # The table's variables were bound only when the next claim came, after the new exercise had cleared them.
    text = f"{TABLE}\n### A third case\n\nSuppose X and Y are independent fair coins; then H(X, Y) = 2 bits.\n"
    assert check_text(text, "scopes.md").false_count == 0
