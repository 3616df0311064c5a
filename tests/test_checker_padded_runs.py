"""Long runs of spaces or tabs around a claim read as one space would: the patterns that read a line take each run
once (possessively), where trying every split of a run between two or three places that allow spaces took minutes.

Each padded document is read as the same document with single spaces: the same claims with the same verdicts.
"""

from __future__ import annotations

import pytest

from kldocs.checker import check_text

RUN = 3000

#: (padded document, the same with one space for each run): each padding was slow before.
PADDED = [
    pytest.param(  # a table row of a number between runs of spaces: a final answer's unit, after the number
        "p   H(p)\n" + " " * RUN + "0.5" + " " * RUN + "1.0\n",
        "p   H(p)\n 0.5 1.0\n",
        id="row-between-runs",
    ),
    pytest.param(  # tabs before claims, each line's tabs after the one above: a denial looked for after it
        ("\t" * RUN + "H(P) = 1 bit\n") * 3,
        " H(P) = 1 bit\n" * 3,
        id="tabs-before-claims",
    ),
    pytest.param(  # a display continued on the next line after spaces on both sides of its column mark
        "$$H(P) = 0.5 + 0.5$$\n" + " " * RUN + "& " + " " * RUN + "= 1\n",
        "$$H(P) = 0.5 + 0.5$$\n & = 1\n",
        id="continued-display",
    ),
    pytest.param(  # a sum and its total with a unit after runs of tabs: a right side and a unit looked for
        ("H = 0.5 + 0.5" + "\t" * RUN + "= 1" + "\t" * RUN + "bits\n\n") * 3,
        "H = 0.5 + 0.5 = 1 bits\n\n" * 3,
        id="tabs-in-sum",
    ),
    pytest.param(  # tabs and spaces after a label's colon, before a claim that is no number
        ("Entropy:" + "\t " * (RUN // 2) + "H(P) = 1 bit\n\n") * 3,
        "Entropy: H(P) = 1 bit\n\n" * 3,
        id="mixed-run-after-colon",
    ),
    pytest.param(  # a header's rule after a run of spaces, then a row
        "| p | H |\n" + " " * RUN + "|" + " " * RUN + "---|---|\n| 0.5 | 1 |\n",
        "| p | H |\n |---|---|\n| 0.5 | 1 |\n",
        id="rule-after-runs",
    ),
]


def _read(text: str, name: str) -> list[tuple[str, str, str]]:
    return [(claim.text, claim.kind, str(claim.verdict)) for claim in check_text(text, name).claims]


@pytest.mark.parametrize(("padded", "plain"), PADDED)
@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_run_of_spaces_reads_as_one_space(padded: str, plain: str, name: str) -> None:
    assert _read(padded, name) == _read(plain, name)


def test_a_number_between_runs_of_spaces_still_answers_the_table_above() -> None:
    (claim,) = check_text("p   H(p)\n" + " " * RUN + "0.5" + " " * RUN + "1.0\n", "a.txt").claims
    assert claim.text.endswith("= 1.0") and str(claim.verdict) == "holds"


def test_a_claim_after_a_run_of_dashes_or_before_a_run_of_tabs_reads_as_with_none() -> None:
    """3,000 dashes before a claim split between a rule pattern's repetitions in exponentially many ways, and
    2,000 tabs before a denial were searched for a unit from each of their places."""
    dashed = check_text(("-" * 3000 + "H(P) = 1 bit\n\n") * 3, "a.md").claims
    tabbed = check_text(("H(P) = 1 bit" + "\t" * 2000 + "is not true.\n\n") * 3, "a.md").claims
    assert all(claim.verdict != "false" for claim in [*dashed, *tabbed])


def test_a_denial_before_a_display_is_read_across_its_opening_and_a_run_of_tabs() -> None:
    """The opening of a display (``$${``, a brace before the line break, ``\\[``) and the tabs before it are left out
    before the words that deny it are looked for, as a pattern searched from each tab did."""
    for gap in (" ", "\t" * 100):
        for opening, closing in (("$${", "}$$"), ("$${\n", "}$$"), ("\\[", "\\]")):
            text = f"$P = (0.5, 0.5)$.\n\nIt is not true that{gap}{opening}H(P) = 2 bits{closing}\n"
            assert [claim.kind for claim in check_text(text, "a.md").claims] == ["definition"], (gap, opening)
