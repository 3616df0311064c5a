"""Joint distributions of two or three random variables listed event by event (``P(X=0, Y=1, Z=0) = 1/8``),
tables with their margins, the slash notation of conditional entropy (``H(X/Y)``) and equations between
measures of one variable (``I(X;X) = H(X) - H(X,X)``).

The distributions are our own; every value is worked out here with exact fractions and mpmath (by the chain
rule from the joint's marginals), never by kldocs.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text

#: Our own joint of three bits U, V, W: W is U xor V half of the time, else 0.
_CELLS = {
    (0, 0, 0): Fraction(1, 4),
    (0, 1, 1): Fraction(1, 8),
    (0, 1, 0): Fraction(1, 8),
    (1, 0, 1): Fraction(1, 8),
    (1, 0, 0): Fraction(1, 8),
    (1, 1, 0): Fraction(1, 4),
}


def _entropy(indices: tuple[int, ...]) -> mpmath.mpf:
    """The entropy in bits of the marginal of the chosen variables of :data:`_CELLS`."""
    totals: dict[tuple[int, ...], Fraction] = {}
    for event, value in _CELLS.items():
        key = tuple(event[i] for i in indices)
        totals[key] = totals.get(key, Fraction(0)) + value
    exact = [mpmath.mpf(p.numerator) / p.denominator for p in totals.values() if p]
    return -mpmath.fsum(p * mpmath.log(p, 2) for p in exact)


_U, _V, _W = (0,), (1,), (2,)
_H_U_GIVEN_VW = _entropy((0, 1, 2)) - _entropy((1, 2))
_H_U_GIVEN_W = _entropy((0, 2)) - _entropy(_W)
_MI_UV_GIVEN_W = _entropy((0, 2)) + _entropy((1, 2)) - _entropy((0, 1, 2)) - _entropy(_W)
_MI_UV = _entropy(_U) + _entropy(_V) - _entropy((0, 1))


def _written(value: mpmath.mpf) -> str:
    return mpmath.nstr(value, 4, strip_zeros=False)


def _listed(template: str) -> str:
    return "\n".join(template.format(u=u, v=v, w=w, p=p) for (u, v, w), p in _CELLS.items())


@pytest.mark.parametrize(
    "template",
    [
        "- P(U={u}, V={v}, W={w}) = {p}",
        "* $p(u={u},v={v},w={w}) = {p}$",
        "1. $\\Pr(U = {u}, V = {v}, W = {w}) = {p}$;",
    ],
)
def test_a_list_of_joint_events_of_three_variables_gives_the_conditional_measures(template: str) -> None:
    assert abs(float(_MI_UV_GIVEN_W - _MI_UV)) > 0.01  # conditioning on W changes what U tells of V
    text = (
        "Three binary random variables U, V, W have the joint distribution:\n\n"
        + _listed(template)
        + "\n\nThen:\n\n"
        + f"- $H(U|V,W) = {_written(_H_U_GIVEN_VW)}$ bits\n"
        + f"- $I(U;V|W) = H(U|W) - H(U|V,W) = {_written(_MI_UV_GIVEN_W)}$ bits\n"
        + f"- $I(U;V) = {_written(_MI_UV)}$ bits\n"
        + f"- so $I(U;V|W) = {_written(_MI_UV_GIVEN_W + mpmath.mpf('0.05'))}$ bits\n"
    )
    claims = check_text(text, "a.md").claims
    verdicts = {claim.text: claim.verdict for claim in claims}
    assert verdicts[f"H(U|V,W) = {_written(_H_U_GIVEN_VW)}"] == "holds"
    assert verdicts[f"H(U|W) - H(U|V,W) = {_written(_MI_UV_GIVEN_W)}"] == "holds"
    assert verdicts[f"I(U;V) = {_written(_MI_UV)}"] == "holds"
    (wrong,) = [claim for claim in claims if claim.verdict == "false"]
    assert wrong.text.startswith("I(U;V|W) = ")
    assert "listed event by event on line 3" in wrong.note


def test_a_list_of_two_variables_in_one_line_with_a_zero_left_out() -> None:
    """The events left out have probability 0 once those listed add up to 1."""
    joint = {(0, 0): Fraction(1, 2), (0, 1): Fraction(1, 4), (1, 1): Fraction(1, 4)}
    h_joint = mpmath.mpf(3) / 2  # -(1/2 log 1/2 + 2 * 1/4 log 1/4)
    h_x = -(mpmath.mpf(3) / 4 * mpmath.log(mpmath.mpf(3) / 4, 2) + mpmath.mpf(1) / 4 * mpmath.log(0.25, 2))
    listed = ", ".join(f"P(X={x}, Y={y}) = {p}" for (x, y), p in joint.items())
    text = f"Let {listed}.\n\n$$H(Y|X) = {_written(h_joint - h_x)}$$\n\n$$H(X,Y) = 1.4$$\n"
    claims = check_text(text, "a.md").claims
    assert [claim.verdict for claim in claims] == ["holds", "false"]


#: Our own joint of two bits with one cell empty: (X, Y) is (0,0), (0,1) or (1,0), each with probability 1/3.
_SPREAD = {(0, 0): Fraction(1, 3), (0, 1): Fraction(1, 3), (1, 0): Fraction(1, 3), (1, 1): Fraction(0)}


def _spread_entropy(index: int | None) -> mpmath.mpf:
    """The entropy in bits of :data:`_SPREAD` (``index`` None), or of its marginal on one variable."""
    totals: dict[object, Fraction] = {}
    for event, value in _SPREAD.items():
        key = event if index is None else event[index]
        totals[key] = totals.get(key, Fraction(0)) + value
    return -mpmath.fsum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)
        for p in totals.values()
        if p
    )


@pytest.mark.parametrize(
    "listing",
    [
        "Let $p(0,0) = p(0,1) = p(1,0) = 1/3$ and $p(1,1) = 0$.",
        "- p(0, 0) = 1/3\n- p(0, 1) = 1/3\n- p(1, 0) = 1/3\n- p(1, 1) = 0",
        r"$P(0,0) = \frac{1}{3}$, $P(0,1) = \frac{1}{3}$, $P(1,0) = \frac{1}{3}$, $P(1,1) = 0$",
    ],
)
def test_a_joint_written_with_its_values_only_is_read_as_p_of_x_and_y(listing: str) -> None:
    h_xy, h_x, h_y = _spread_entropy(None), _spread_entropy(0), _spread_entropy(1)
    wrong_mi = mpmath.mpf("0.5")
    text = (
        f"{listing}\n\n$H(X,Y) = {_written(h_xy)}$ bits, $H(X) = {_written(h_x)}$ bits, "
        f"$H(Y|X) = {_written(h_xy - h_x)}$ bits and $I(X;Y) = {_written(wrong_mi)}$ bits.\n"
    )
    verdicts = {claim.text.split(" = ")[0]: (claim.verdict, claim.value) for claim in check_text(text, "a.md").claims}
    assert verdicts["H(X,Y)"][0] == verdicts["H(X)"][0] == verdicts["H(Y|X)"][0] == "holds"
    assert verdicts["I(X;Y)"] == ("false", mpmath.nstr(h_x + h_y - h_xy, 10))


@pytest.mark.parametrize(
    "text",
    [
        "The parameter lies in $p(0,1)$ and $p(0,1) = 0.5$ there.\n\n$H(X|Y) = 0.5$ bits\n",  # one value, no table
        "$p(0,0) = 1/3$, $p(0,1) = 1/3$, $p(1,0) = 1/4$\n\n$H(X|Y) = 0.5$ bits\n",  # adds up to 11/12
        # the page writes the joint as p(y, x): its values are not X's first
        "Here p(y, x) has y first: p(0,1) = 1/2, p(1,0) = 1/4, p(1,1) = 1/4, p(0,0) = 0.\n\n$H(X|Y) = 0.5$ bits\n",
    ],
)
def test_values_only_that_make_no_whole_table_bind_nothing(text: str) -> None:
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["unchecked"]


@pytest.mark.parametrize(
    "listing",
    [
        # adds up to 3/4: a part of the table only
        "- P(X=0, Y=0) = 1/4\n- P(X=0, Y=1) = 1/4\n- P(X=1, Y=0) = 1/4\n",
        # two tables, one after the other, each adding up to 1 but neither complete as a run
        "- P(X=0, Y=0) = 1/2\n- P(X=1, Y=1) = 1/2\n- P(X=0, Y=1) = 1/2\n- P(X=1, Y=0) = 1/2\n",
    ],
)
def test_an_incomplete_or_mixed_list_binds_nothing(listing: str) -> None:
    claims = check_text(listing + "\n$$H(X|Y) = 0.5$$\n", "a.md").claims
    assert [claim.verdict for claim in claims] == ["unchecked"]


def test_a_restated_event_closes_the_list_and_the_table_stays() -> None:
    listing = "".join(f"- P(X={x}, Y={y}) = 1/4\n" for x, y in itertools.product((0, 1), repeat=2))
    text = listing + "Since P(X=0, Y=0) = 1/4 the variables are independent: $I(X;Y) = 0$ and $H(X|Y) = 2$.\n"
    claims = check_text(text, "a.md").claims
    assert [claim.verdict for claim in claims] == ["holds", "false"]


_SLASHED = r"""
\section{Entropia condizionata}
Per due variabili casuali $X$ e $Y$:
\[ H(X,Y)=H(X)+H(Y/X)=H(Y)+H(X/Y) \]
\[ H(X,Y/Z)=H(X/Z)+H(Y/X,Z) \]
\[ I(X;Y)=H(X)-H(X/Y) \]
\[ H(X/Y) \le H(X) \]
\[ H(X/X) = 0 \]
"""


def test_the_slash_notation_of_conditional_entropy_is_read_as_a_condition() -> None:
    claims = check_text(_SLASHED, "a.tex").claims
    assert len(claims) == 6
    assert all(claim.verdict == "holds" for claim in claims)


@pytest.mark.parametrize(
    "text", [r"$KL(P/Q) = 0.2$", r"$H(P/Q) = 0.5$", r"$JSD(P, (P+Q)/2) = 0.1$", r"$H(X/2) = H(X) - 1$"]
)
def test_a_slash_between_distributions_or_before_a_number_is_no_condition(text: str) -> None:
    claims = check_text(text + "\n", "a.md").claims
    assert all(claim.verdict != "false" for claim in claims)
    assert all("H(P|Q)" not in claim.note and "H(X|2)" not in claim.note for claim in claims)


@pytest.mark.parametrize(
    ("equation", "verdict"),
    [
        ("I(X;X) = H(X) - H(X,X)", "false"),
        ("H(X|X) = H(X)", "false"),
        ("I(X;X) = H(X)", "holds"),
        ("H(X,X) = H(X)", "holds"),
        ("H(X) = 0", "unchecked"),  # true of a constant X, which a document may be speaking of
    ],
)
def test_an_equation_between_measures_of_one_variable(equation: str, verdict: str) -> None:
    (claim,) = check_text(f"$${equation}$$\n", "a.md").claims
    assert claim.verdict == verdict
    if verdict == "false":
        assert "equal only for a constant X" in claim.note


_MARGINS = r"""
\begin{tabular}{c|cc|c}
 Y/X & 1 & 2 & p(y) \\ \hline
 1 & 1/4 & 1/4 & 1/2 \\
 2 & 1/2 & 0 & 1/2 \\ \hline
 p(x) & 3/4 & 1/4 & 1 \\
\end{tabular}

\[ H(X/Y) = \frac{1}{2} H(X/Y=1) + \frac{1}{2} H(X/Y=2)
   = \frac{1}{2} \left[ H(\frac{1}{2}, \frac{1}{2}) + H(1, 0) \right] \]
\[ H(X,Y) = %s \ bit \]
"""


def test_a_latex_table_with_its_margins_is_read_and_a_factor_of_a_bracket_is_no_side() -> None:
    """H(X|Y) is 1/2 bit here, as is the factor before the bracket: the factor is not taken for the value."""
    h_joint = -(mpmath.mpf(1) / 4 * mpmath.log(0.25, 2) * 2 + mpmath.mpf(1) / 2 * mpmath.log(0.5, 2))
    claims = check_text(_MARGINS % "\\frac{3}{2}", "a.tex").claims
    assert h_joint == mpmath.mpf(3) / 2
    assert [claim.verdict for claim in claims] == ["holds", "holds"]
    assert all(claim.text.split(" = ")[-1] != "\\frac{1}{2}" for claim in claims)
    wrong = check_text(_MARGINS % "\\frac{5}{4}", "a.tex").claims
    assert [claim.verdict for claim in wrong] == ["holds", "false"]


def test_a_table_whose_margins_are_not_its_sums_is_not_read() -> None:
    text = _MARGINS.replace("p(x) & 3/4 & 1/4", "p(x) & 1/2 & 1/2") % "\\frac{3}{2}"
    claims = check_text(text, "a.tex").claims
    assert [claim.verdict for claim in claims] == ["unchecked", "unchecked"]


_THIRDS = """The joint distribution of X and Y:

| | Y=0 | Y=1 |
|---|---|---|
| X=0 | {a} | {b} |
| X=1 | {b} | {a} |

Then $H(X,Y) = {joint}$ bits.
"""


def _thirds_entropy(first: Fraction, second: Fraction) -> str:
    exact = [mpmath.mpf(p.numerator) / p.denominator for p in (first, first, second, second)]
    return mpmath.nstr(-mpmath.fsum(p * mpmath.log(p, 2) for p in exact), 4, strip_zeros=False)


@pytest.mark.parametrize(
    ("a", "b", "thirds"), [("0.33", "0.17", True), ("0.333", "0.167", True), ("0.34", "0.16", False)]
)
def test_a_table_of_rounded_thirds_and_sixths_is_judged_only_as_thirds_and_sixths(a: str, b: str, thirds: bool) -> None:
    """0.33 and 0.17 add up to 1/2 as written; the document may compute with 1/3 and 1/6, or with the decimals: a
    value holds when the thirds and sixths give it, and is never called false (0.34 and 0.16 are no thirds)."""
    exact = _thirds_entropy(Fraction(1, 3), Fraction(1, 6))
    written = _thirds_entropy(Fraction(a), Fraction(b))
    assert exact != written
    for joint, verdict in ((exact, "holds" if thirds else "unchecked"), (written, "unchecked")):
        (claim,) = check_text(_THIRDS.format(a=a, b=b, joint=joint), "a.md").claims
        assert claim.verdict == verdict
        assert "thirds and sixths" in claim.note if thirds else "may be" in claim.note and "rounded" in claim.note


def test_a_table_of_short_decimals_that_are_no_thirds_is_judged() -> None:
    right = _thirds_entropy(Fraction("0.3"), Fraction("0.2"))
    (claim,) = check_text(_THIRDS.format(a="0.3", b="0.2", joint=right), "a.md").claims
    assert claim.verdict == "holds"


_TWO_TABLES = """# Two joint tables

**{first}**

| | Y=0 | Y=1 |
|---|---|---|
| X=0 | 1/2 | 0 |
| X=1 | 0 | 1/2 |

**{second}**

| | Y=0 | Y=1 |
|---|---|---|
| X=0 | 1/4 | 1/4 |
| X=1 | 1/4 | 1/4 |

{speaking_of_first}, $I(X;Y) = 1$ bit and $H(X|Y) = 0$.

{speaking_of_second}, $I(X;Y) = 0$ and $H(X|Y) = 1$ bit, while $H(X,Y) = 1.5$ bits.
"""


@pytest.mark.parametrize(
    ("first", "second", "speaking_of_first", "speaking_of_second"),
    [
        ("Table A", "Table B", "For table A", "For table B"),
        ("Tabla 1", "Tabla 2", "En la tabla 1", "En la tabla 2"),
        ("表A", "表B", "对于表A", "对于表B"),
    ],
)
def test_a_claim_about_an_earlier_table_is_judged_against_it_not_a_later_one(
    first: str, second: str, speaking_of_first: str, speaking_of_second: str
) -> None:
    """Table A's X and Y are equal (I = 1 bit), table B's independent (I = 0): a claim about A is judged by A."""
    text = _TWO_TABLES.format(
        first=first, second=second, speaking_of_first=speaking_of_first, speaking_of_second=speaking_of_second
    )
    claims = check_text(text, "a.md").claims
    assert [claim.verdict for claim in claims] == ["holds", "holds", "holds", "holds", "false"]
    assert "line 5" in claims[0].note and "line 12" in claims[2].note


def _channel_values(source: list[Fraction], channel: list[list[Fraction]]) -> dict[str, mpmath.mpf]:
    """H(X), H(Y), H(Y|X) and I(X;Y) in bits of a source through a channel, from p(x, y) = p(x) p(y|x)."""

    def bits(probabilities: list[Fraction]) -> mpmath.mpf:
        exact = [mpmath.mpf(p.numerator) / p.denominator for p in probabilities if p]
        return -mpmath.fsum(p * mpmath.log(p, 2) for p in exact)

    joint = [[p * q for q in row] for p, row in zip(source, channel, strict=True)]
    h_x, h_y = bits(source), bits([sum(column, Fraction(0)) for column in zip(*joint, strict=True)])
    h_xy = bits([p for row in joint for p in row])
    return {"H(X)": h_x, "H(Y)": h_y, "H(Y|X)": h_xy - h_x, "I(X;Y)": h_x + h_y - h_xy}


_SOURCE = [Fraction(2, 3), Fraction(1, 3)]
_CHANNEL = [[Fraction(3, 4), Fraction(1, 4)], [Fraction(0), Fraction(1)]]


@pytest.mark.parametrize(
    ("source", "channel"),
    [
        (
            "The input has $P(X) = (2/3, 1/3)$.",
            "$$P(Y|X) = \\begin{pmatrix} 3/4 & 1/4 \\\\ 0 & 1 \\end{pmatrix}$$",
        ),
        (
            "The input has $p(x) = \\left[\\frac{2}{3}, \\frac{1}{3}\\right]$.",
            "$$p(Y \\mid X) = \\left[\\begin{array}{cc} 0.75 & 0.25 \\\\ 0 & 1 \\end{array}\\right]$$",
        ),
        (
            "The input is X with P(X=0) = 2/3 and P(X=1) = 1/3.",
            "Its channel $P(Y \\mid X)$:\n\n| | Y=0 | Y=1 |\n|---|---|---|\n| X=0 | 3/4 | 1/4 |\n| X=1 | 0 | 1 |",
        ),
    ],
)
def test_a_channel_after_its_input_gives_the_measures_of_input_and_output(source: str, channel: str) -> None:
    values = _channel_values(_SOURCE, _CHANNEL)
    lines = [f"$${name} = {_written(value)}$$" for name, value in values.items()]
    wrong = f"$$I(X;Y) = {_written(values['I(X;Y)'] * 2)}$$"
    claims = check_text("\n\n".join([source, channel, *lines, wrong]) + "\n", "a.md").claims
    judged = [claim for claim in claims if claim.text.startswith(("H(", "I("))]
    assert [claim.verdict for claim in judged] == ["holds"] * 4 + ["false"]
    assert "P(Y|X)" in judged[2].note


def test_a_channel_whose_rows_do_not_add_up_to_one_gives_nothing() -> None:
    text = (
        "The input has $P(X) = (1/2, 1/2)$.\n\n"
        "$$P(Y|X) = \\begin{pmatrix} 1/2 & 1/4 \\\\ 0 & 1 \\end{pmatrix}$$\n\n$$H(Y|X) = 0.5$$\n"
    )
    claims = check_text(text, "a.md").claims
    assert [claim.verdict for claim in claims if claim.text.startswith("H(")] == ["unchecked"]


def test_a_false_difference_written_term_for_term_names_the_wrong_term() -> None:
    """Two independent fair bits: H(X) = 1 bit is right, H(X|Y) = 1 bit, not 1/2, so I(X;Y) = 0, not 1/2."""
    listing = "".join(f"- P(X={x}, Y={y}) = 1/4\n" for x, y in itertools.product((0, 1), repeat=2))
    text = listing + "\n$$I(X;Y) = H(X) - H(X|Y) = 1 - (1/2) = 1/2$$\n"
    claims = check_text(text, "a.md").claims
    (term_by_term,) = [claim for claim in claims if claim.text == "H(X) - H(X|Y) = 1 - (1/2)"]
    assert term_by_term.verdict == "false"
    assert "term by term: H(X) = 1 as written, but H(X|Y) = 1, not 1/2" in term_by_term.note
    assert all(claim.verdict == "false" for claim in claims if claim.text.endswith("= 1/2"))
