"""The names a joint table binds for its own marginals (``X@X,Y``, beside the plain ``X`` a later table may bind
anew) never reach a report: not its notes, its texts or its JSON. A slip a note explains by such a marginal names
the variable and its table. Each document is written for the test, with entropies worked out here with mpmath."""

from __future__ import annotations

import json

import mpmath
import pytest

from kldocs.checker import check_text
from kldocs.checker.report import as_json, terminal

FIRST = r"$$\begin{array}{c|cc} X \backslash Y & a & b \\ \hline 0 & 1/8 & 1/8 \\ 1 & 1/4 & 1/2 \end{array}$$"
SECOND = r"$$\begin{array}{c|cc} X \backslash Z & a & b \\ \hline 0 & 1/4 & 1/4 \\ 1 & 1/4 & 1/4 \end{array}$$"
#: The first table's X: (1/4, 3/4), whose entropy no distribution of the second table has.
FIRST_X = -mpmath.fsum(p * mpmath.log(p, 2) for p in (mpmath.mpf(1) / 4, mpmath.mpf(3) / 4))
EVENTS = "".join(f"- P(X={x}, Y={y}, Z={x ^ y}) = 1/4\n" for x in (0, 1) for y in (0, 1))

DOCUMENTS = [
    f"# Two tables\n\n{FIRST}\n\n{SECOND}\n\n$H(Z) = {mpmath.nstr(FIRST_X, 3)}$ bits.\n",
    f"# Two tables\n\n{FIRST}\n\n{SECOND}\n\nThe entropy is {mpmath.nstr(FIRST_X, 3)} bits. H(X|Z) = 0.5.\n",
    f"# Two tables\n\n{FIRST}\n\n{SECOND}\n\nThe KL divergence is not symmetric. $I(X;Y) = 0.3$ bits.\n",
    f"# Events\n\n{EVENTS}\n{SECOND}\n\n$H(Y) = 0.5$ bits, $H(X|Y,Z) = 0.2$ bits, the entropy is 0.3 bits.\n",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_no_table_copy_of_a_marginal_reaches_the_report(text: str) -> None:
    report = check_text(text, "a.md")
    assert report.claims
    assert "@" not in json.dumps(as_json(report), ensure_ascii=False)
    assert "@" not in terminal(report)


def test_a_slip_explained_by_an_earlier_tables_marginal_names_the_variable_and_the_table() -> None:
    (claim,) = [claim for claim in check_text(DOCUMENTS[0], "a.md").claims if claim.kind == "entropy"]
    assert (claim.verdict, claim.value) == ("false", "1"), claim
    assert "the entropy of X as the table on line 3 gives it" in claim.note, claim
