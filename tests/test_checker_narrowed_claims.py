"""A claim narrowed by a condition after it says less than the plain claim: not read.

"The differential entropy is non-negative for any density bounded by 1" holds (the density's log is at most 0);
"Mutual information is zero for independent variables only when ..." adds a condition that is not needed.
"""

from __future__ import annotations

from kldocs.checker import check_text


def _claims(text: str) -> list[tuple[int, str, str]]:
    return [(item.lines[0], item.kind, item.verdict) for item in check_text(text, "a.md").claims]


def test_a_sign_claim_under_a_condition_is_not_read() -> None:
    assert _claims("The differential entropy is non-negative for any density bounded by 1.\n") == []
    assert _claims("The differential entropy is non-negative.\n") == [(1, "bound", "false")]
    assert _claims("The differential entropy can be negative.\n") == [(1, "bound", "holds")]


def test_the_mutual_information_s_zero_narrowed_by_only_when_is_not_read() -> None:
    narrowed = "Mutual information is zero for independent variables only when they are also identically distributed.\n"
    assert _claims(narrowed) == []
    assert _claims("Mutual information is zero for independent variables.\n") == [(1, "bound", "holds")]
    assert _claims("Mutual information is maximal for independent variables.\n") == [(1, "bound", "false")]
