"""Joint distributions stated on the page in other ways: Markdown tables with their margins headed in words
("Marg. A", "Summe"), tables whose rows are the values of a variable the text gave just above (``P(C) = 0.6``),
events whose probabilities are written as a chain of equalities (``p(U=0, V=0) = p(U=1, V=1) = 3/8``), and
channels listed event by event (``P(Z=0|W=1) = 0.2``) after the distribution of their input.

The distributions are our own; every value is worked out here with exact fractions and mpmath, never by kldocs.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy(values: Sequence[Fraction], base: int = 2) -> mpmath.mpf:
    exact = [mpmath.mpf(p.numerator) / p.denominator for p in values if p]
    return -mpmath.fsum(p * mpmath.log(p, base) for p in exact)


def _measures(rows: Sequence[Sequence[Fraction]], base: int = 2) -> dict[str, mpmath.mpf]:
    """H(rows), H(columns), H(joint), H(columns|rows), H(rows|columns) and I of a joint table."""
    joint = _entropy([value for row in rows for value in row], base)
    down = _entropy([sum(row, Fraction(0)) for row in rows], base)
    across = _entropy([sum(column, Fraction(0)) for column in zip(*rows, strict=True)], base)
    return {
        "down": down,
        "across": across,
        "joint": joint,
        "across|down": joint - down,
        "down|across": joint - across,
        "mi": down + across - joint,
    }


def _written(value: mpmath.mpf, digits: int = 3) -> str:
    return mpmath.nstr(value, digits, strip_zeros=False)


def _claims(measures: Sequence[tuple[str, mpmath.mpf]], digits: int = 3) -> list[str]:
    """``H(U, V) = 1.811``: each measure with its value written to the digits."""
    return [f"{symbol} = {_written(value, digits)}" for symbol, value in measures]


def _verdicts(text: str, name: str = "a.md") -> dict[str, str]:
    return {claim.text: claim.verdict for claim in check_text(text, name).claims}


_HALVES = [[Fraction(1, 8), Fraction(3, 8)], [Fraction(1, 4), Fraction(1, 4)]]


@pytest.mark.parametrize(
    ("column", "row"),
    [("Marg. A", "Marg. B"), ("marginal of A", "marginal of B"), ("Summe", "Summe"), ("Total", "Totale")],
)
def test_a_table_with_its_margins_headed_in_words_is_read(column: str, row: str) -> None:
    values = _measures(_HALVES)
    claims = _claims([("H(A,B)", values["joint"]), ("I(A;B)", values["mi"]), ("H(B|A)", values["across|down"] + 0.1)])
    text = (
        f"| A/B | B=0 | B=1 | {column} |\n|---|---|---|---|\n"
        "| A=0 | 1/8 | 3/8 | 1/2 |\n| A=1 | 1/4 | 1/4 | 1/2 |\n"
        f"| {row} | 3/8 | 5/8 | 1 |\n\nSo " + ", ".join(f"${claim}$ bits" for claim in claims) + ".\n"
    )
    verdicts = _verdicts(text)
    assert [verdicts[claim] for claim in claims] == ["holds", "holds", "false"]


#: Our own sky-and-bus joint: rows the sky, clear (C) or overcast (O); columns the bus, late or not.
_SKY = [[Fraction(9, 20), Fraction(3, 20)], [Fraction(1, 10), Fraction(3, 10)]]


def test_rows_headed_by_values_the_text_gave_with_their_probabilities_are_that_variable() -> None:
    nats = _measures_nats(_SKY)
    assert abs(float(nats["down"] - _measures(_SKY)["down"])) > 0.1  # bits and nats differ here
    claims = _claims([("H(A)", nats["down"]), ("H(A|B)", nats["down|across"]), ("I(A;B)", nats["mi"] + 0.02)])
    text = (
        "$A$ = the sky (clear/overcast): $P(C) = 0.6$, $P(O) = 0.4$.\n$B$ = the bus (1 if late).\n\n"
        "| | $B=1$ | $B=0$ |\n|---|---|---|\n| $C$ | $0.45$ | $0.15$ |\n| $O$ | $0.1$ | $0.3$ |\n\n"
        + ", ".join(f"${claim}$ nats" for claim in claims)
        + ".\n"
    )
    verdicts = _verdicts(text)
    assert [verdicts[claim] for claim in claims[1:]] == ["holds", "false"]
    # H(A) is also the entropy of the probabilities stated under A's name, which may judge it as written out.
    value = claims[0].rpartition(" = ")[2]
    assert [verdict for written, verdict in verdicts.items() if written.endswith(f"= {value}")] == ["holds"]


def _measures_nats(rows: Sequence[Sequence[Fraction]]) -> dict[str, mpmath.mpf]:
    return {key: value * mpmath.log(2) for key, value in _measures(rows).items()}


def test_rows_whose_stated_probabilities_are_not_their_sums_are_not_read() -> None:
    nats = _measures_nats(_SKY)
    text = (
        "$A$ = the sky: $P(C) = 0.5$, $P(O) = 0.5$.\n\n"
        "| | $B=1$ | $B=0$ |\n|---|---|---|\n| $C$ | $0.45$ | $0.15$ |\n| $O$ | $0.1$ | $0.3$ |\n\n"
        f"$H(A|B) = {_written(nats['down|across'] + 1)}$ nats.\n"
    )
    assert set(_verdicts(text).values()) <= {"unchecked", "holds"}


#: Our own joint of two bits that agree three times in four.
_AGREE = [[Fraction(3, 8), Fraction(1, 8)], [Fraction(1, 8), Fraction(3, 8)]]


@pytest.mark.parametrize(
    "stated",
    [
        "p(U = 0, V = 0) = p(U = 1, V = 1) = 3/8, and p(U = 0, V = 1) = p(U = 1, V = 0) = 1/8",
        "$P(U=0,V=1) = P(U=1,V=0) = 0.125$ and $P(U=0,V=0) = P(U=1,V=1) = 0.375$",
    ],
)
def test_events_whose_probabilities_are_a_chain_of_equalities_make_a_joint(stated: str) -> None:
    values = _measures(_AGREE)
    claims = _claims(
        [("H(U, V)", values["joint"]), ("I(U; V)", values["mi"]), ("H(U|V)", values["down|across"] - 0.01)], 4
    )
    text = f"Two binary random variables U and V have the joint distribution {stated}.\n\nAnswers: " + ", ".join(
        f"{claim} bits" for claim in claims
    )
    verdicts = _verdicts(text + ".\n", "a.txt")
    assert [verdicts[claim] for claim in claims] == ["holds", "holds", "false"]


def test_a_chain_broken_by_a_product_gives_no_event_its_value() -> None:
    text = (
        "If U and V were independent, P(U=0, V=0) = P(U=0)P(V=0) = 1/4 and P(U=1, V=1) = 3/4.\n\n"
        "Then H(U, V) = 0.5 bits.\n"
    )
    assert _verdicts(text, "a.txt").get("H(U, V) = 0.5", "unchecked") == "unchecked"


_INPUT = [Fraction(3, 5), Fraction(2, 5)]
_CHANNEL = [[Fraction(4, 5), Fraction(1, 5)], [Fraction(1, 10), Fraction(9, 10)]]


def test_a_channel_listed_event_by_event_after_its_input_gives_the_joint() -> None:
    rows = [[p * value for value in row] for p, row in zip(_INPUT, _CHANNEL, strict=True)]
    values = _measures(rows)
    claims = _claims([("H(Z)", values["across"]), ("H(Z|W)", values["across|down"]), ("I(W;Z)", values["mi"] + 0.05)])
    text = (
        "The input has $P(W=0) = 0.6$ and $P(W=1) = 0.4$. The channel is\n\n"
        "- $P(Z=0|W=0) = 0.8$, $P(Z=1|W=0) = 0.2$\n- $P(Z=0|W=1) = 0.1$, $P(Z=1|W=1) = 0.9$\n\n"
        "The output, the noise and the information: " + ", ".join(f"${claim}$ bits" for claim in claims) + ".\n"
    )
    verdicts = _verdicts(text)
    assert [verdicts[claim] for claim in claims] == ["holds", "holds", "false"]


def test_a_channel_with_rounded_thirds_is_not_judged() -> None:
    text = (
        "The input has P(W=0) = 0.5 and P(W=1) = 0.5. The channel is "
        "P(Z=0|W=0) = 0.33, P(Z=1|W=0) = 0.67, P(Z=0|W=1) = 0, P(Z=1|W=1) = 1.\n\n"
        "So H(Z|W) = 0.5 bits.\n"
    )
    assert _verdicts(text, "a.txt")["H(Z|W) = 0.5"] == "unchecked"


def test_a_later_list_of_posteriors_rounded_does_not_replace_the_channel() -> None:
    rows = [[p * value for value in row] for p, row in zip(_INPUT, _CHANNEL, strict=True)]
    values = _measures(rows)
    posterior = rows[0][0] / (rows[0][0] + rows[1][0])
    assert posterior != Fraction("0.923")  # the page below rounds it
    text = (
        "The input has $P(W=0) = 0.6$ and $P(W=1) = 0.4$. The channel is\n\n"
        "- $P(Z=0|W=0) = 0.8$, $P(Z=1|W=0) = 0.2$\n- $P(Z=0|W=1) = 0.1$, $P(Z=1|W=1) = 0.9$\n\n"
        "Bayes gives $P(W=0|Z=0) = 0.923$, $P(W=1|Z=0) = 0.077$, $P(W=0|Z=1) = 0.25$, $P(W=1|Z=1) = 0.75$.\n\n"
        f"So $H(W|Z) = {_written(values['down|across'], 5)}$ bits.\n"
    )
    assert _verdicts(text)[f"H(W|Z) = {_written(values['down|across'], 5)}"] == "holds"


#: Our own joint of sixths, written rounded as a page prints it: 1/6, 1/3 over 1/2, 0.
_SIXTHS = [[Fraction(1, 6), Fraction(1, 3)], [Fraction(1, 2), Fraction(0)]]


@pytest.mark.parametrize(("sixth", "third", "half"), [("0.167", "0.333", "0.5"), ("0.17", "0.33", "0.50")])
def test_a_table_of_rounded_thirds_and_sixths_is_read_as_them_only_to_let_a_claim_hold(
    sixth: str, third: str, half: str
) -> None:
    values = _measures(_SIXTHS)
    as_written = [[Fraction(sixth), Fraction(third)], [Fraction(half), Fraction(0)]]
    slip = _entropy([value for row in as_written for value in row]) / sum(map(sum, as_written))  # not the thirds'
    assert _written(slip, 6) != _written(values["joint"], 6)
    claims = _claims(
        [("H(X,Y)", values["joint"]), ("I(X;Y)", values["mi"]), ("H(Y|X)", values["across|down"] + 0.2)], 4
    )
    text = (
        f"| X \\ Y | Y = 0 | Y = 1 |\n|---|---|---|\n| X = 0 | {sixth} | {third} |\n| X = 1 | {half} | 0 |\n\n"
        + ", ".join(f"${claim}$ bits" for claim in claims)
        + f".\n\nWith the cells as printed, $H(X,Y) = {_written(slip, 6)}$ bits.\n"
    )
    claimed = check_text(text, "a.md").claims
    verdicts = {claim.text: claim.verdict for claim in claimed}
    assert [verdicts[claim] for claim in claims] == ["holds", "holds", "unchecked"]
    assert verdicts[f"H(X,Y) = {_written(slip, 6)}"] == "unchecked"
    assert all("thirds and sixths" in claim.note for claim in claimed)


def test_a_table_of_rounded_values_that_are_not_all_thirds_is_not_read_as_thirds() -> None:
    text = (
        "| X \\ Y | Y = 0 | Y = 1 |\n|---|---|---|\n| X = 0 | 0.333 | 0.333 |\n| X = 1 | 0.25 | 0.084 |\n\n"
        "$H(X,Y) = 1.9$ bits.\n"
    )
    assert _verdicts(text)["H(X,Y) = 1.9"] == "unchecked"


def test_a_second_table_of_rounded_thirds_is_in_force_and_a_claim_naming_the_first_is_judged_against_it() -> None:
    first, second = _measures(_AGREE), _measures(_SIXTHS)
    claims = _claims([("I(X;Y)", second["mi"]), ("H(X|Y)", second["down|across"])], 4)
    text = (
        "Table A:\n\n| X \\ Y | Y = 0 | Y = 1 |\n|---|---|---|\n| X = 0 | 3/8 | 1/8 |\n| X = 1 | 1/8 | 3/8 |\n\n"
        f"For table A, $I(X;Y) = {_written(first['mi'], 4)}$ bits.\n\n"
        "Table B:\n\n| X \\ Y | Y = 0 | Y = 1 |\n|---|---|---|\n| X = 0 | 0.167 | 0.333 |\n| X = 1 | 0.5 | 0 |\n\n"
        "For table B, " + " and ".join(f"${claim}$ bits" for claim in claims) + ".\n\n"
        f"Back to table A: $H(X,Y) = {_written(first['joint'], 4)}$ bits.\n\n"
        f"Unlike table B, table A has $H(Y|X) = {_written(first['across|down'], 4)}$ bits.\n"
    )
    verdicts = _verdicts(text)
    assert verdicts[f"I(X;Y) = {_written(first['mi'], 4)}"] == "holds"
    assert [verdicts[claim] for claim in claims] == ["holds", "holds"]
    assert verdicts[f"H(X,Y) = {_written(first['joint'], 4)}"] == "holds"  # judged against table A
    assert verdicts[f"H(Y|X) = {_written(first['across|down'], 4)}"] == "unchecked"  # which table: not said


@pytest.mark.parametrize(
    "line",
    [
        "If U and V are independent, then H(U|V) = H(U), so I(U;V) = 0.",
        "Se $U$ e $V$ sono indipendenti, allora $H(U|V) = H(U)$, quindi $I(U;V) = 0$.",
        "Wenn $U$ und $V$ unabhängig sind, dann $H(U|V) = H(U)$, also $I(U;V) = 0$.",
        "For independent U and V, H(U|V) = H(U), so I(U;V) = 0.",
    ],
)
def test_measures_equal_under_a_supposed_independence_hold(line: str) -> None:
    claims = check_text(f"# Independence\n\n{line}\n", "a.md").claims
    assert [claim.verdict for claim in claims] == ["holds", "holds"]
    assert all("independent" in claim.note for claim in claims)


def test_a_strict_inequality_under_a_supposed_independence_is_false_unless_something_else_comes_between() -> None:
    text = (
        "If $U$ and $V$ are independent, $H(U|V) < H(U)$.\n\n"
        "When U and V are independent, H(U,V) = H(U) + H(V); otherwise H(U,V) < H(U) + H(V).\n"
    )
    verdicts = _verdicts(text)
    assert verdicts["H(U|V) < H(U)"] == "false"
    assert verdicts["H(U,V) = H(U) + H(V)"] == "holds"
    assert verdicts.get("H(U,V) < H(U) + H(V)", "unchecked") == "unchecked"


@pytest.mark.parametrize("corner", ["P(Z|W)", "$p(z|w)$", "P(Z\\|W)"])
def test_a_channel_table_whose_corner_has_a_bar_markdown_splits_is_read(corner: str) -> None:
    rows = [[p * value for value in row] for p, row in zip(_INPUT, _CHANNEL, strict=True)]
    values = _measures(rows)
    claims = _claims([("H(Z)", values["across"]), ("H(W|Z)", values["down|across"]), ("I(W;Z)", values["mi"] - 0.1)])
    text = (
        "The input has P(W=0) = 0.6 and P(W=1) = 0.4, through the channel\n\n"
        f"| {corner} | Z = 0 | Z = 1 |\n|---|---|---|\n| W = 0 | 0.8 | 0.2 |\n| W = 1 | 0.1 | 0.9 |\n\n"
        + ", ".join(f"{claim} bits" for claim in claims)
        + ".\n"
    )
    verdicts = _verdicts(text)
    assert [verdicts[claim] for claim in claims] == ["holds", "holds", "false"]


@pytest.mark.parametrize(
    ("named", "kind"),
    [
        ("a binary symmetric channel with crossover probability 0.2", "symmetric"),
        ("a BSC that flips each bit with probability 1/5", "symmetric"),
        ("un canale binario simmetrico con probabilità di errore $p = 0.2$", "symmetric"),
        ("a binary erasure channel with erasure probability $\\epsilon = 0.2$", "erasure"),
    ],
)
def test_a_binary_channel_named_in_words_gives_the_joint_with_its_input(named: str, kind: str) -> None:
    kept, moved, none = Fraction(4, 5), Fraction(1, 5), Fraction(0)
    erasing = [[kept, moved, none], [none, moved, kept]]
    channel: list[list[Fraction]] = [[kept, moved], [moved, kept]] if kind == "symmetric" else erasing
    rows = [[p * value for value in row] for p, row in zip(_INPUT, channel, strict=True)]
    values = _measures(rows)
    claims = _claims([("H(Z)", values["across"]), ("I(W;Z)", values["mi"]), ("H(Z|W)", values["across|down"] + 0.1)])
    text = (
        f"The input has $P(W=0) = 0.6$ and $P(W=1) = 0.4$. It goes through {named}.\n\n"
        + ", ".join(f"${claim}$ bits" for claim in claims)
        + ".\n"
    )
    verdicts = _verdicts(text)
    assert [verdicts[claim] for claim in claims] == ["holds", "holds", "false"]


def test_a_binary_channel_whose_capacity_the_text_speaks_of_is_not_read_with_the_input_above() -> None:
    text = (
        "The input has P(W=0) = 0.6 and P(W=1) = 0.4, sent through a binary symmetric channel with crossover "
        "probability 0.2. Its capacity is reached with a uniform input instead, where I(W;Z) = 0.278 bits.\n"
    )
    assert _verdicts(text)["I(W;Z) = 0.278"] == "unchecked"


def test_thirds_written_with_dots_are_read_as_rounded_thirds_and_other_dotted_values_not_at_all() -> None:
    thirds = _measures([[Fraction(1, 3), Fraction(1, 3)], [Fraction(0), Fraction(1, 3)]])
    (claim,) = _claims([("I(X;Y)", thirds["mi"])])
    table = "| X \\ Y | Y = 0 | Y = 1 |\n|---|---|---|\n| X = 0 | {a} | {a} |\n| X = 1 | {b} | {a} |\n\n"
    assert _verdicts(table.format(a="0.33...", b="0") + f"${claim}$ bits.\n")[claim] == "holds"
    sevenths = table.format(a="0.14...", b="0.58") + "$H(X,Y) = 1.6$ bits.\n"
    assert _verdicts(sevenths)["H(X,Y) = 1.6"] == "unchecked"
