"""Entropies written out in the symbols of probabilities given line by line, results underlined or boxed, and
values a notebook copied as text printed right under its code.

A source's probabilities one to a line (``P(0) = 1 - 4/20 = 0.8``), then ``H(X) = P(0)·log2(1/P(0)) + ... =
0.722``: the expansion names X, so its value and its boxed or underlined repetition are judged. A working that
does not give its value, a symbol no line above gives, or an expansion with no value of its own binds nothing.
Each truth is worked out here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _claims(text: str, name: str) -> list[Checked]:
    return list(check_text(text, name).claims)


def _entropy_bits(probabilities: list[str]) -> mpmath.mpf:
    with mpmath.workdps(30):
        return -mpmath.fsum(mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2) for p in probabilities)


def _about(claims: list[Checked], letter: str) -> list[Checked]:
    return [claim for claim in claims if claim.text.startswith(f"H({letter})")]


#: (document, file name, variable, its probabilities, value written, whether the value is right).
_WRITTEN = [
    (
        "Binary source\n\nP(0) = 1 - 4/20 = 0.8\n\nP(1) = 4/20 = 0.2\n\n"
        "H(X) = P(0)·log2(1/P(0)) + P(1)·log2(1/P(1)) = 0.722 bits\n\n"
        "$$\\underline{\\underline{H(X) = 0.722}}$$\n",
        "a.md",
        "X",
        ["0.8", "0.2"],
        "0.722",
        True,
    ),
    (
        "## Exercise 2\n\nA memoryless source emits a, b and c.\n\n$P(a) = \\frac{1}{2}$\n\n$P(b) = \\frac{1}{4}$\n\n"
        "$P(c) = 1 - P(a) - P(b) = \\frac{1}{4}$\n\n"
        "$$H(S) = -P(a)\\log_2 P(a) - P(b)\\log_2 P(b) - P(c)\\log_2 P(c) = 1.5\\ \\text{bits}$$\n",
        "a.md",
        "S",
        ["0.5", "0.25", "0.25"],
        "1.5",
        True,
    ),
    (
        "Quelle mit drei Zeichen:\n\n- p(x_1) = 0.5\n- p(x_2) = 0.3\n- p(x_3) = 0.2\n\n"
        "Entropie: $H(X) = p(x_1) \\log_2 \\frac{1}{p(x_1)} + p(x_2) \\log_2 \\frac{1}{p(x_2)} + "
        "p(x_3) \\log_2 \\frac{1}{p(x_3)} \\approx 1.49$ bit\n\n$$\\boxed{H(X) \\approx 1.49 \\text{ bit}}$$\n",
        "a.md",
        "X",
        ["0.5", "0.3", "0.2"],
        "1.49",
        True,
    ),
    (
        "Fuente binaria con P(0) = 0.6 y P(1) = 0.4.\n\nH(X) = P(0)·log2(1/P(0)) + P(1)·log2(1/P(1)) = 0.971 bits\n",
        "a.txt",
        "X",
        ["0.6", "0.4"],
        "0.971",
        True,
    ),
    (
        "信源的概率为\n\nP(0) = 1/4 = 0.25\nP(1) = 3/4 = 0.75\n\n"
        "信源熵 H(X) = -P(0)log2 P(0) - P(1)log2 P(1) = 0.811 bit\n",
        "a.txt",
        "X",
        ["0.25", "0.75"],
        "0.811",
        True,
    ),
    # Wrong values: 0.92 for (0.3, 0.7), whose entropy is 0.881; 0.569 for (0.9, 0.1), whose entropy is 0.469.
    (
        "Exercice 1 : source binaire\n\nOn compte 6 zéros sur 20 symboles.\n\n"
        "P(0) = 6/20 = 0.3\nP(1) = 1 - 0.3 = 0.7\n\n"
        "H(X) = P(0)·log2(1/P(0)) + P(1)·log2(1/P(1)) = 0.92 bit/symbole\n",
        "a.txt",
        "X",
        ["0.3", "0.7"],
        "0.92",
        False,
    ),
    (
        "문제 3. 이진 정보원\n\nP(A) = 0.9\nP(B) = 1 - P(A) = 0.1\n\n"
        "엔트로피: H(X) = P(A)·log2(1/P(A)) + P(B)·log2(1/P(B)) = 0.569 비트\n",
        "a.txt",
        "X",
        ["0.9", "0.1"],
        "0.569",
        False,
    ),
    (
        "Источник с тремя символами (в прошлом примере P(a) = 0.5).\n\nP(a) = 0.7\nP(b) = 0.2\nP(c) = 0.1\n\n"
        "H(X) = P(a)·log2(1/P(a)) + P(b)·log2(1/P(b)) + P(c)·log2(1/P(c)) = 1.36 бит\n",
        "a.txt",
        "X",
        ["0.7", "0.2", "0.1"],
        "1.36",
        False,
    ),
]


@pytest.mark.parametrize(("text", "name", "letter", "probabilities", "written", "right"), _WRITTEN)
def test_an_entropy_expanded_in_symbols_given_above_is_judged(
    text: str, name: str, letter: str, probabilities: list[str], written: str, right: bool
) -> None:
    truth = _entropy_bits(probabilities)
    places = len(written.partition(".")[2])
    assert (round(float(truth), places) == float(written)) == right
    claims = _about(_claims(text, name), letter)
    assert claims, text
    assert {claim.verdict for claim in claims} == {"holds" if right else "false"}, claims
    if not right:
        assert claims[0].value is not None and abs(float(claims[0].value) - float(truth)) < 1e-9


def test_an_underlined_repetition_is_the_same_claim() -> None:
    (claim,) = _about(_claims(_WRITTEN[0][0], "a.md"), "X")
    assert claim.verdict == "holds" and "lines 5, 7" not in claim.note
    assert abs(float(_entropy_bits(["0.8", "0.2"])) - 0.7219280949) < 1e-10


#: Shapes that bind nothing: the claims about the letter stay unchecked, never false.
_UNREAD = [
    # a working that does not give its value (4/20 is 0.2, not 0.3)
    "P(0) = 1 - 4/20 = 0.8\nP(1) = 4/20 = 0.3\n\nH(X) = P(0)·log2(1/P(0)) + P(1)·log2(1/P(1)) = 0.5\n",
    # a symbol no line above gives
    "P(0) = 0.8\n\nH(X) = P(0)·log2(1/P(0)) + P(1)·log2(1/P(1)) = 0.5\n",
    # probabilities that do not sum to 1
    "P(0) = 0.8\nP(1) = 0.3\n\nH(X) = P(0)·log2(1/P(0)) + P(1)·log2(1/P(1)) = 0.5\n",
    # the general formula, with no value of its own, then a value about another source
    "P(0) = 0.8\nP(1) = 0.2\n\nIn general H(X) = -P(0) log2 P(0) - P(1) log2 P(1).\n\nFor a fair bit, H(X) = 1.\n",
    # a value given on the expansion's line to another probability
    "P(0) = 0.8\nP(1) = 0.2\n\nH(X) = -P(0) log2 P(0) - P(1) log2 P(1) = 1 when P(0) = 1/2\n",
    # the probabilities belong to an example under another heading
    "# Example 1\n\nP(0) = 0.8\nP(1) = 0.2\n\n# Example 2\n\nH(X) = -P(0) log2 P(0) - P(1) log2 P(1) = 1\n",
    # a symbol in the wrong place: not an entropy written out
    "P(0) = 0.8\nP(1) = 0.2\n\nH(X) = P(0)·log2(1/P(1)) + P(1)·log2(1/P(0)) = 0.5\n",
]


@pytest.mark.parametrize("text", _UNREAD)
def test_an_expansion_that_names_nothing_leaves_its_claims_unchecked(text: str) -> None:
    claims = [claim for claim in _claims(text, "a.txt") if claim.kind != "definition"]
    assert not [claim for claim in claims if claim.verdict != "unchecked"], claims


#: A notebook page copied as text whose cell printed a value right under the code, no blank line between.
_PRINTED = "In [5]:\nimport math\nprint(-sum(p * math.log2(p) for p in [1/3, 2/3]))\n{value}\n\nIn [6]:\nx = 2\n"


@pytest.mark.parametrize(("value", "right"), [("0.9182958340544896", True), ("0.8812908992306927", False)])
def test_a_value_printed_right_under_its_cell_is_read(value: str, right: bool) -> None:
    truth = _entropy_bits(["1/3", "2/3"])
    assert (abs(float(value) - float(truth)) < 1e-12) == right
    (claim,) = _claims(_PRINTED.format(value=value), "a.txt")
    assert claim.lines == (4,)
    # A value the code does not give came from other code (a later edit): unchecked, the note giving the true one.
    assert claim.verdict == ("holds" if right else "unchecked"), claim
    assert right or f"{float(truth):.10f}"[:10] in claim.note


def test_values_printed_right_under_their_cell_are_read_with_a_paragraph_after_them() -> None:
    bits, nats = (
        _entropy_bits(["0.4", "0.3", "0.2", "0.1"]),
        _entropy_bits(["0.4", "0.3", "0.2", "0.1"]) * mpmath.log(2),
    )
    page = (
        "In [4]:\nimport numpy as np\nfrom scipy.stats import entropy\np = np.array([0.4, 0.3, 0.2, 0.1])\n\n"
        f"In [5]:\nprint(entropy(p, base=2))\nprint(entropy(p))\n{float(bits)!r}\n{float(nats)!r}\n\n"
        "The source carries about 1.85 bits per symbol.\n"
    )
    printed = [claim for claim in _claims(page, "a.txt") if claim.lines in ((9,), (10,))]
    assert [claim.verdict for claim in printed] == ["holds", "holds"], printed


def test_a_number_in_code_with_no_print_above_it_stays_code() -> None:
    text = "In [2]:\nimport math\nn = 3\n2\n\nIn [3]:\nx = 1\n"
    assert not _claims(text, "a.txt")


#: A function of the outcomes and a dict of their probabilities, ``entropy(x, p)``, its value printed right under
#: the call in a page copied as text (Korean and English comments).
_KEYED = [
    (
        "In [4]:\nimport math\ndef entropy(xs, p):\n    return -sum(p[x] * math.log2(p[x]) for x in xs)\n\n"
        "In [5]:\nx = [0, 1]\np = {0: 1/3, 1: 2/3}\nprint(entropy(x, p))\n0.9182958340544896\n",
        ["1/3", "2/3"],
    ),
    (
        "In [2]:\nimport math\n# 확률 p 의 엔트로피\ndef H(outcomes, prob):\n"
        "    return -sum(prob[o] * math.log2(prob[o]) for o in outcomes)\n\n"
        "In [3]:\nxs = ['a', 'b', 'c']\nprob = {'a': 0.5, 'b': 0.25, 'c': 0.25}\nprint(H(xs, prob))\n1.5\n",
        ["0.5", "0.25", "0.25"],
    ),
]


@pytest.mark.parametrize(("text", "probabilities"), _KEYED)
def test_a_function_of_outcomes_and_their_probabilities_is_their_entropy(text: str, probabilities: list[str]) -> None:
    truth = _entropy_bits(probabilities)
    (claim,) = [claim for claim in _claims(text, "a.txt") if claim.kind != "definition"]
    assert claim.verdict == "holds" and claim.value is not None, claim
    assert abs(float(claim.value) - float(truth)) < 1e-9


def test_a_dict_s_probabilities_used_as_its_own_keys_are_not_read_as_its_entropy() -> None:
    text = (
        "In [4]:\nimport math\ndef g(p):\n    return -sum(p[x] * math.log2(p[x]) for x in p)\n\n"
        "In [5]:\nprint(g([1/3, 2/3]))\n0.9182958340544896\n"
    )
    assert not [claim for claim in _claims(text, "a.txt") if claim.verdict != "unchecked"]
