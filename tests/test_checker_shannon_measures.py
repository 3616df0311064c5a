"""Identities and inequalities between entropies and mutual informations of random variables.

Each claim's truth is worked out here on joint distributions of our own: an identity is computed on both
sides with mpmath for every distribution below (they agree), and a claim that is no identity, or an
inequality that is not one of Shannon's, is shown to fail for one of them, so that only the checker's
reading (all joint entropies, never a value) decides the verdict.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import Checked, check_text
from kldocs.checker.shannon_measures import MAX_SEARCHES, Searches, holds_always, mutual_form

#: Three joint distributions of three binary variables X, Y, Z, cells in the order (x, y, z) = 000, 001, ...
_JOINTS = [
    [Fraction(n, 36) for n in (1, 2, 3, 4, 5, 6, 7, 8)],
    [Fraction(n, 4) for n in (1, 0, 0, 1, 0, 1, 1, 0)],  # Z = X xor Y: pairwise independent, jointly not
    [Fraction(n, 2) for n in (1, 0, 0, 0, 0, 0, 0, 1)],  # X = Y = Z
]
_INDEX = {"X": 0, "Y": 1, "Z": 2}

Entropy = Callable[[str], mpmath.mpf]


def _entropy_of(joint: list[Fraction]) -> Entropy:
    """``H("XZ")``: the joint entropy in bits of the named variables under ``joint``."""

    def entropy(names: str) -> mpmath.mpf:
        marginal: dict[tuple[int, ...], Fraction] = {}
        for cell, p in zip(itertools.product((0, 1), repeat=3), joint, strict=True):
            key = tuple(cell[_INDEX[name]] for name in names)
            marginal[key] = marginal.get(key, Fraction(0)) + p
        return -mpmath.fsum(
            mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)
            for p in marginal.values()
            if p
        )

    return entropy


def _mi(h: Entropy, a: str, b: str, given: str = "") -> mpmath.mpf:
    return h(a + given) + h(b + given) - h(a + b + given) - (h(given) if given else 0)


# Each claim as written, and its two sides computed on a joint distribution.
_IDENTITIES: list[tuple[str, Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]]] = [
    (r"H(X, Y) = H(Y) + H(X|Y)", lambda h: (h("XY"), h("Y") + h("XY") - h("Y"))),
    (r"H(X, Y) = H(X) + H(Y \vert X)", lambda h: (h("XY"), h("X") + h("XY") - h("X"))),
    (r"H(X \mid Z) = H(X, Z) - H(Z)", lambda h: (h("XZ") - h("Z"), h("XZ") - h("Z"))),
    (r"I(Y; Z) = H(Z) - H(Z | Y)", lambda h: (_mi(h, "Y", "Z"), h("Z") - (h("YZ") - h("Y")))),
    (r"I(X;Z) = H(X) + H(Z) - H(X,Z)", lambda h: (_mi(h, "X", "Z"), h("X") + h("Z") - h("XZ"))),
    (r"I(Y;Y) = H(Y)", lambda h: (_mi(h, "Y", "Y"), h("Y"))),
    (r"I(X;Y) = I(Y;X)", lambda h: (_mi(h, "X", "Y"), _mi(h, "Y", "X"))),
    (r"I(X; Z | Y) = H(X | Y) - H(X | Y, Z)", lambda h: (_mi(h, "X", "Z", "Y"), h("XY") - h("Y") - h("XYZ") + h("YZ"))),
    (r"H(X,Y,Z) = H(X) + H(Y|X) + H(Z|X,Y)", lambda h: (h("XYZ"), h("X") + h("XY") - h("X") + h("XYZ") - h("XY"))),
    (r"H(Y,Z|X) = H(Y|X) + H(Z|X,Y)", lambda h: (h("XYZ") - h("X"), h("XY") - h("X") + h("XYZ") - h("XY"))),
    (
        r"I(X;Y,Z) = I(X;Y) + I(X;Z|Y)",
        lambda h: (h("X") + h("YZ") - h("XYZ"), _mi(h, "X", "Y") + _mi(h, "X", "Z", "Y")),
    ),
]


@pytest.mark.parametrize(("text", "sides"), _IDENTITIES)
def test_an_identity_of_shannons_measures_holds(
    text: str, sides: Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]
) -> None:
    for joint in _JOINTS:
        left, right = sides(_entropy_of(joint))
        assert abs(left - right) < 1e-12  # the identity is true
    claims = _claims(f"The measures of $X$, $Y$ and $Z$:\n\n$${text}$$\n")
    assert [(claim.kind, claim.verdict) for claim in claims] == [("identity", "holds")]
    assert "identity of Shannon's measures" in claims[0].note


# Equations that fail for some distribution but may hold for a document's own variables (independent ones, or
# one a function of others): never false. A slip in an identity is false (tests/test_checker_general_identities.py).
_NOT_IDENTITIES: list[tuple[str, Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]]] = [
    (r"H(X,Y) = H(X) + H(Y)", lambda h: (h("XY"), h("X") + h("Y"))),
    (r"H(X|Y) = H(X)", lambda h: (h("XY") - h("Y"), h("X"))),
    (r"I(X;Z) = 0", lambda h: (_mi(h, "X", "Z"), mpmath.mpf(0))),
    (r"H(Y|X,Z) = 0", lambda h: (h("XYZ") - h("XZ"), mpmath.mpf(0))),
]


@pytest.mark.parametrize(("text", "sides"), _NOT_IDENTITIES)
def test_an_equation_that_is_no_identity_is_left_unchecked_never_false(
    text: str, sides: Callable[[Entropy], tuple[mpmath.mpf, mpmath.mpf]]
) -> None:
    assert any(abs(left - right) > 0.01 for left, right in (sides(_entropy_of(joint)) for joint in _JOINTS))
    claims = _claims(f"Here the variables are the document's own.\n\n$${text}$$\n")
    assert [(claim.kind, claim.verdict) for claim in claims] == [("identity", "unchecked")]
    assert "not an identity" in claims[0].note


# Inequalities, each with the difference of its sides (greater minus smaller) computed on a distribution.
_BOUNDS: list[tuple[str, Callable[[Entropy], mpmath.mpf], str]] = [
    (r"I(X;Y) \geq 0", lambda h: _mi(h, "X", "Y"), "I(X;Y)"),
    (r"I(X; Y | Z) \ge 0", lambda h: _mi(h, "X", "Y", "Z"), "I(X;Y|Z)"),
    (r"0 \le H(Y|X)", lambda h: h("XY") - h("X"), "H(Y|X)"),
    (r"H(Z|Y) \leq H(Z)", lambda h: _mi(h, "Y", "Z"), "I(Y;Z)"),
    (r"H(X,Y) \leq H(X) + H(Y)", lambda h: _mi(h, "X", "Y"), "I(X;Y)"),
    (r"H(X|Y,Z) \le H(X|Z)", lambda h: _mi(h, "X", "Y", "Z"), "I(X;Y|Z)"),
    (r"H(X,Y|Z) \geq H(Y|Z)", lambda h: h("XYZ") - h("YZ"), "H(X|Y,Z)"),
    (r"H(X,Y,Z) \le H(X) + H(Y) + H(Z)", lambda h: h("X") + h("Y") + h("Z") - h("XYZ"), "I(X;Y) + I(X;Z) + I(Y;Z|X)"),
]


@pytest.mark.parametrize(("text", "gap", "why"), _BOUNDS)
def test_a_shannon_inequality_holds_and_names_the_quantities_it_comes_to(
    text: str, gap: Callable[[Entropy], mpmath.mpf], why: str
) -> None:
    assert all(gap(_entropy_of(joint)) >= -(1e-12) for joint in _JOINTS)
    claims = _claims(f"For any $X$, $Y$, $Z$:\n\n$${text}$$\n")
    assert [(claim.kind, claim.verdict) for claim in claims] == [("bound", "holds")]
    assert claims[0].note.endswith(f"the difference is {why} >= 0")


# Inequalities that fail for one of the distributions above (conditioning can raise a mutual information;
# a strict inequality fails when the variables are independent or equal) and whose reverse is no Shannon
# inequality either (see test_checker_reversed_inequalities.py): unchecked.
_NOT_BOUNDS: list[tuple[str, Callable[[Entropy], mpmath.mpf]]] = [
    (r"I(X;Y|Z) \leq I(X;Y)", lambda h: _mi(h, "X", "Y") - _mi(h, "X", "Y", "Z")),
    (r"H(X|Y) \geq H(Y|X)", lambda h: h("X") - h("Y")),
    (r"I(X;Y) > 0", lambda h: _mi(h, "X", "Y") - mpmath.mpf(10) ** -30),
]


@pytest.mark.parametrize(("text", "gap"), _NOT_BOUNDS)
def test_an_inequality_that_is_not_shannons_is_left_unchecked(text: str, gap: Callable[[Entropy], mpmath.mpf]) -> None:
    assert any(gap(_entropy_of(joint)) < 0 for joint in _JOINTS)
    claims = _claims(f"For these variables:\n\n$${text}$$\n")
    assert [(claim.kind, claim.verdict) for claim in claims] == [("bound", "unchecked")]


def test_a_conditional_entropy_given_a_value_or_names_run_together_are_not_taken_for_identities() -> None:
    """``H(X|Y=1)`` is no combination of joint entropies, and ``H(MK|C)`` may be of one variable or two."""
    text = "$$H(X|Y=1) \\leq H(X)$$\n\n$$H(MK|C) = H(M|C) + H(K|M,C)$$\n"
    assert all(claim.verdict == "unchecked" for claim in check_text(text, "a.md").claims)


def test_a_chain_of_measures_is_judged_link_by_link() -> None:
    """Only the links that hold for every distribution hold; a step that needs the document's own
    variables (here a decryption that makes ``H(M|K,C)`` zero) is left unchecked."""
    text = "$$H(K|C) = H(K|C) + H(M|K,C) = H(M,K|C)$$\n"
    verdicts = {claim.text: claim.verdict for claim in check_text(text, "a.md").claims}
    assert verdicts == {
        "H(K|C) = H(K|C) + H(M|K,C)": "unchecked",
        "H(K|C) + H(M|K,C) = H(M,K|C)": "holds",
    }


def _claims(text: str) -> list[Checked]:
    return list(check_text(text, "a.md").claims)


def test_a_definition_by_other_measures_is_judged_as_an_identity() -> None:
    """``\\equiv`` stops the reading of a formula's chain; between measures of random variables it is read
    as ``=``. Both sides agree on every distribution above."""
    for joint in _JOINTS:
        h = _entropy_of(joint)
        assert abs(_mi(h, "Y", "Z", "X") - (h("XY") - h("X") - (h("XYZ") - h("XZ")))) < 1e-12
    report = check_text("$$I(Y; Z | X) \\equiv H(Y | X) - H(Y | X, Z)$$\n", "a.md")
    assert [(claim.text, claim.verdict) for claim in report.claims] == [
        ("I(Y; Z | X) = H(Y | X) - H(Y | X, Z)", "holds")
    ]


def _chain(h: Entropy, order: str) -> mpmath.mpf:
    """``sum_i H(V_i | V_1, ..., V_{i-1})`` for the variables in ``order``."""
    return mpmath.fsum(h(order[: i + 1]) - (h(order[:i]) if i else 0) for i in range(len(order)))


# Chain rules over n variables, each with its truth for the three variables X, Y, Z (n = 3) worked out above.
_CHAINS: list[tuple[str, Callable[[Entropy], bool], str]] = [
    (
        r"H(V_1, V_2, \dots, V_n) = \sum_{i=1}^n H(V_i|V_{i-1}, \dots, V_1)",
        lambda h: abs(h("XYZ") - _chain(h, "XYZ")) < 1e-12,
        "holds",
    ),
    (
        r"H(V_1, \ldots, V_n) = \sum_{i=1}^{n} H(V_i \mid V_{i+1}, \ldots, V_n)",
        lambda h: abs(h("XYZ") - _chain(h, "ZYX")) < 1e-12,
        "holds",
    ),
    (r"H(V_1, \dots, V_n) \le \sum_{i=1}^{n} H(V_i)", lambda h: h("XYZ") <= h("X") + h("Y") + h("Z") + 1e-12, "holds"),
    (
        r"I(V_1, V_2, \dots, V_n ; W) = \sum_{i=1}^n I(V_i ; W | V_{i-1}, \dots, V_1)",
        lambda h: True,  # the chain rule of mutual information: both sides are H(V) + H(W) - H(V, W) written out
        "holds",
    ),
    (r"H(V_1, \dots, V_n) = \sum_{i=1}^{n} H(V_i)", lambda h: abs(h("XYZ") - h("X") - h("Y") - h("Z")) < 1e-12, ""),
    (r"H(V_1, \dots, V_n) \ge \sum_{i=1}^{n} H(V_i)", lambda h: h("XYZ") >= h("X") + h("Y") + h("Z"), ""),
]


@pytest.mark.parametrize(("text", "truth", "verdict"), _CHAINS)
def test_a_chain_rule_over_n_variables_holds_when_it_holds_for_every_distribution(
    text: str, truth: Callable[[Entropy], bool], verdict: str
) -> None:
    assert all(truth(_entropy_of(joint)) for joint in _JOINTS) == bool(verdict)
    claims = [claim for claim in check_text(f"For $n$ variables:\n\n$${text}$$\n", "a.md").claims]
    assert [claim.verdict for claim in claims if claim.kind in ("identity", "bound")] == ([verdict] if verdict else [])
    assert all(claim.verdict != "false" for claim in claims)


def _bits(values: list[Fraction]) -> mpmath.mpf:
    return -mpmath.fsum(
        mpmath.mpf(p.numerator) / p.denominator * mpmath.log(mpmath.mpf(p.numerator) / p.denominator, 2)
        for p in values
        if p
    )


#: A joint distribution of U (rows) and V (columns) of our own, and its measures in bits.
_TABLE = [[Fraction(1, 8), Fraction(3, 8)], [Fraction(1, 4), Fraction(1, 4)]]
_H_U = _bits([sum(row, Fraction(0)) for row in _TABLE])
_H_V = _bits([_TABLE[0][0] + _TABLE[1][0], _TABLE[0][1] + _TABLE[1][1]])
_H_UV = _bits([p for row in _TABLE for p in row])


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        ("|  | $V = a$ | $V = b$ |", ("| $U = 0$ | 1/8 | 3/8 |", "| $U = 1$ | 0.25 | 0.25 |")),
        ("| U \\ V | a | b |", ("| 0 | 0.125 | 0.375 |", "| 1 | 1/4 | 1/4 |")),
    ],
)
def test_measures_are_computed_from_a_joint_table_in_markdown(header: str, rows: tuple[str, str]) -> None:
    """Values of the measures of U and V, right and wrong, from a pipe table of their joint distribution."""
    mutual = _H_U + _H_V - _H_UV
    right = {"H(U)": _H_U, "H(U, V)": _H_UV, "H(V|U)": _H_UV - _H_U, "I(U; V)": mutual}
    lines = [header, "|---|---|---|", *rows, ""]
    lines += [f"- ${name} = {mpmath.nstr(value, 4)}$ bits" for name, value in right.items()]
    lines += [f"- $I(U; V) = {mpmath.nstr(mutual + mpmath.mpf('0.01'), 4)}$ bits"]
    verdicts = [claim.verdict for claim in check_text("\n".join(lines) + "\n", "a.md").claims]
    assert verdicts == ["holds"] * 4 + ["false"]


def test_a_table_whose_rows_and_columns_name_the_same_variable_binds_nothing() -> None:
    text = "|  | $U = a$ | $U = b$ |\n|---|---|---|\n| $U = 0$ | 0.1 | 0.2 |\n| $U = 1$ | 0.3 | 0.4 |\n\n$H(U) = 0.5$\n"
    assert [claim.verdict for claim in check_text(text, "a.md").claims] == ["unchecked"]


def test_a_document_makes_a_bounded_number_of_searches_and_repeats_cost_nothing() -> None:
    """Each search for elemental quantities costs milliseconds: past the document's allowance an inequality is
    left unchecked (never false), and one written again is answered from the first search."""
    searches = Searches(limit=1)
    mutual = mutual_form(frozenset("X"), frozenset("Y"), frozenset("Z"))
    assert holds_always(mutual, ">=", {}, searches) and holds_always(mutual, ">=", {}, searches)
    assert not holds_always(mutual_form(frozenset("X"), frozenset("Y"), frozenset()), ">=", {}, searches)
    text = "".join(f"$$H(X_{{{k}}}|Y) \\le H(X_{{{k}}})$$\n\n" for k in range(1, 41))
    verdicts = [claim.verdict for claim in check_text(text, "a.md").claims]
    assert verdicts == ["holds"] * MAX_SEARCHES + ["unchecked"] * (40 - MAX_SEARCHES)


def test_a_joint_table_in_markdown_is_in_force_until_the_next_problem() -> None:
    """A heading that starts another problem gives its random variables new meanings: the table above it no
    longer says what their measures are."""
    text = (
        "## Problem 1\n\n|  | $V = a$ | $V = b$ |\n|---|---|---|\n| $U = 0$ | 1/8 | 3/8 |\n| $U = 1$ | 1/4 | 1/4 |\n\n"
        f"### Answer\n\n$H(U, V) = {mpmath.nstr(_H_UV, 4)}$ bits\n\n"
        "## Problem 2\n\nNow $U$ and $V$ are two fair coins, independent.\n\n$H(U, V) = 2$ bits\n"
    )
    claims = check_text(text, "a.md").claims
    assert [(claim.lines, claim.verdict) for claim in claims] == [((10,), "holds"), ((16,), "unchecked")]
