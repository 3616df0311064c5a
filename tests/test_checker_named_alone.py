"""A measure's name read only when it stands alone: not reversed, not under a function, not another measure's.

A table row "Reverse KL" or "KL(Q‖P)" defines the other direction, not D_KL(P‖Q); "JS distance (√JSD)" is the
JSD's square root and "Symmetrised KL" Jeffreys' divergence; "exp(-KL)" has a range of its own.
"""

from __future__ import annotations

import pytest

from kldocs.checker import check_text, stated_ranges
from kldocs.checker.named_measures import mentions_of


def _claims(text: str) -> list[tuple[int, str, str]]:
    return [(item.lines[0], item.kind, item.verdict) for item in check_text(text, "a.md").claims]


def _row(header: str, row: str) -> list[tuple[int, str, str]]:
    return _claims(f"| Measure | {header} |\n|---|---|\n{row}\n")


@pytest.mark.parametrize(
    "row",
    [
        "| KL(Q‖P) | Σ Q log(Q/P) |",
        "| Reverse KL | Σ Q log(Q/P) |",
        "| H(Q, P) | -Σ Q log P |",
        "| Forward KL (as in VI) | Σ Q log(Q/P) |",
    ],
)
def test_a_formula_row_whose_name_gives_a_direction_is_not_read(row: str) -> None:
    assert _row("Formula", row) == []


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("| KL divergence | Σ P log(P/Q) |", "holds"),
        ("| KL | Σ Q log(Q/P) |", "false"),
        ("| Cross-entropy | -Σ P log Q |", "holds"),
    ],
)
def test_a_formula_row_under_a_bare_name_is_still_judged(row: str, verdict: str) -> None:
    assert _row("Formula", row) == [(3, "definition", verdict)]


def test_the_js_distance_row_is_the_distance_and_a_symmetrised_kl_is_left_alone() -> None:
    assert _row("Is it a metric?", "| JS distance (√JSD) | Yes |") == [(3, "metric", "holds")]
    assert _row("Is it a metric?", "| JSD | Yes |") == [(3, "metric", "false")]
    assert _row("Is it symmetric?", "| Symmetrised KL | Yes |") == []
    assert _row("Is it symmetric?", "| KL divergence | Yes |") == [(3, "symmetry", "false")]


def test_a_symmetrised_measure_s_brackets_are_not_said_of_the_measure() -> None:
    assert _claims("The symmetrised KL divergence (symmetric) is used.\n") == []
    assert _claims("The KL divergence (symmetric) is used.\n") == [(1, "symmetry", "false")]


def test_a_range_of_a_function_of_a_measure_is_not_the_measure_s() -> None:
    assert _claims("## KL divergence\n\nThe similarity exp(-KL) has range: (0, 1].\n") == []
    assert _row("Range", "| exp(-KL) | (0, 1] |") == []
    assert [claim[2] for claim in _claims("KL divergence, range: [0, 1].\n")] == ["holds", "false"]
    assert [claim[2] for claim in _row("Range", "| KL(P‖Q) | [0, ∞) |")] == ["holds", "holds"]
    assert [claim[2] for claim in _row("Range", "| KL | [0, 1] |")] == ["holds", "false"]


def test_a_long_line_of_ranges_looks_for_its_measures_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The measures named on a line are found once for all its labels (each label reading the whole line before
    it took 73 s on this 29 KB line)."""
    calls: list[int] = []

    def counted(text: str) -> list[tuple[int, int, str]]:
        calls.append(len(text))
        return mentions_of(text)

    monkeypatch.setattr(stated_ranges, "mentions_of", counted)
    line = "KL divergence, range: [0, 1) " * 1000
    claims = _claims(f"# KL divergence\n\n{line}\n")
    assert claims[:2] == [(3, "bound", "holds"), (3, "bound", "false")]
    assert len([length for length in calls if length >= len(line) - 1]) == 1  # the line, its last space cut
