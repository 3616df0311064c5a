"""``kldocs check`` on values written before the distributions they use: "D(P‖Q) is about 0.0305 nats, where P = ...",
a value over a table or code below it, a result line above its data, a calculator's headline, an exercise.

The documents are written here, in several languages; the true values are worked out with mpmath in each test.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, alternatives, check_text, given_after, worded_groups
from kldocs.checker.reading import parse_text
from kldocs.checker.scope import Binding
from kldocs.inputs import parse_distribution

mpmath.mp.dps = 30


def _p(*values: str) -> list[mpmath.mpf]:
    return [mpmath.mpf(value) for value in values]


def _kl(first: list[mpmath.mpf], second: list[mpmath.mpf], base: float | None = None) -> mpmath.mpf:
    total = mpmath.fsum(p * mpmath.log(p / q) for p, q in zip(first, second, strict=True) if p)
    return total / mpmath.log(base) if base else total


def _cross(first: list[mpmath.mpf], second: list[mpmath.mpf], base: float | None = None) -> mpmath.mpf:
    total = -mpmath.fsum(p * mpmath.log(q) for p, q in zip(first, second, strict=True) if p)
    return total / mpmath.log(base) if base else total


def _entropy(weights: list[mpmath.mpf], base: float | None = None) -> mpmath.mpf:
    return _cross(weights, weights, base)


def _jsd(first: list[mpmath.mpf], second: list[mpmath.mpf], base: float | None = None) -> mpmath.mpf:
    middle = [(p + q) / 2 for p, q in zip(first, second, strict=True)]
    return (_kl(first, middle, base) + _kl(second, middle, base)) / 2


def _fixed(value: mpmath.mpf, places: int) -> str:
    return f"{float(value):.{places}f}"


_P, _Q = _p("0.2", "0.5", "0.3"), _p("0.3", "0.4", "0.3")
_KL_PQ = _fixed(_kl(_P, _Q), 4)  # 0.0305
_KL_QP = _fixed(_kl(_Q, _P), 4)  # 0.0324, the other direction
_KL_BITS = _fixed(_kl(_P, _Q, 2), 4)  # 0.0440, in bits
_CROSS = _fixed(_cross(_p("0.5", "0.25", "0.25"), _p("0.4", "0.3", "0.3"), 2), 2)  # 1.53
_JSD = _fixed(_jsd(_p("0.4", "0.6"), _p("0.5", "0.5"), 2), 4)  # 0.0073
_JSD_NATS = _fixed(_jsd(_p("0.4", "0.6"), _p("0.5", "0.5")), 4)  # 0.0051
_KL_COIN = _fixed(_kl(_p("0.7", "0.3"), _p("0.5", "0.5")), 4)  # 0.0823
_KL_FR = _fixed(_kl(_p("0.1", "0.6", "0.3"), _p("0.2", "0.5", "0.3")), 4).replace(".", ",")  # 0,0401
_H_EX = _fixed(_entropy(_p("0.5", "0.3", "0.2"), 2), 3)  # 1.485

_TABLE = "| outcome | P | Q |\n|---|---|---|\n| a | 0.5 | 0.4 |\n| b | 0.25 | 0.3 |\n| c | 0.25 | 0.3 |\n"
_CODE = "```python\np = [0.2, 0.5, 0.3]\nq = [0.3, 0.4, 0.3]\n```\n"


def _claims(text: str) -> list[Checked]:
    return [claim for claim in check_text(text, "a.md").claims if claim.kind != "definition"]


def _only(text: str) -> Checked:
    (claim,) = _claims(text)
    return claim


def test_the_values_written_are_what_the_documents_mean() -> None:
    assert (_KL_PQ, _KL_QP, _KL_BITS, _CROSS) == ("0.0305", "0.0324", "0.0440", "1.53")
    assert (_JSD, _JSD_NATS) == ("0.0073", "0.0051")
    assert (_KL_COIN, _KL_FR, _H_EX) == ("0.0823", "0,0401", "1.485")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (  # the same paragraph, on the next line
            f"## Example\n\nThe KL divergence $D(P\\|Q)$ is about {_KL_PQ} nats,\n"
            "where $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n",
            "P and Q given on line 4, after the claim",
        ),
        (  # a table after a colon, the measure named by its symbol
            f"## Cross-entropy\n\nFor the two distributions below, the cross-entropy $H(P, Q)$ is {_CROSS} bits:\n\n"
            + _TABLE,
            "(P and Q from the table on line 5 below it)",  # read as a calculator's headline (headline_tables)
        ),
        (  # the same in words alone
            f"## Cross-entropy\n\nFor the two distributions below, the cross-entropy is {_CROSS} bits:\n\n" + _TABLE,
            "(P and Q from the table on line 5 below it)",
        ),
        (  # two lists in a code block after a colon
            f"## In code\n\nFor the lists in this code, the KL divergence is {_KL_PQ} nats:\n\n" + _CODE,
            "p and q given on lines 6, 7, after the claim",
        ),
        (  # a result line at the top of a section, its data in the next paragraph
            f"## 예제 3\n\n**결과:** JSD(P, Q) = {_JSD} 비트\n\n두 분포는 P = (0.4, 0.6), Q = (0.5, 0.5) 이다.\n",
            "P and Q given on line 5, after the claim",
        ),
        (  # an exercise, its distribution on the next line
            f"## 問題 2\n\nH(P) = {_H_EX} ビットであることを示せ。\nただし P = (0.5, 0.3, 0.2) とする。\n",
            "P given on line 4, after the claim",
        ),
        (  # decimal commas, "où" on the next line
            f"## Exemple\n\nLa divergence $D(P \\| Q)$ vaut environ {_KL_FR} nat,\n"
            "où $P = (0,1 ; 0,6 ; 0,3)$ et $Q = (0,2 ; 0,5 ; 0,3)$.\n",
            "P and Q given on line 4, after the claim",
        ),
        (  # "die folgende Verteilung:", given in the next block
            "## Beispiel\n\nDie Entropie $H(P)$ beträgt 1,5 Bit für die folgende Verteilung:\n\n"
            "$P = (0{,}25;\\ 0{,}25;\\ 0{,}5)$\n",
            "P given on line 5, after the claim",
        ),
        (  # "donde", the distributions on the next line
            f"## Ejemplo\n\n$D_{{KL}}(P \\| Q) = {_KL_COIN}$ nats, donde\n$P = (0.7, 0.3)$ y $Q = (0.5, 0.5)$.\n",
            "P and Q given on line 4, after the claim",
        ),
        (  # a paragraph ending in "where", the distributions as list items under it
            f"## Example\n\nThe KL divergence $D(P\\|Q)$ is {_KL_PQ} nats where\n\n"
            "- $P = (0.2, 0.5, 0.3)$\n- $Q = (0.3, 0.4, 0.3)$\n",
            "P and Q given on lines 5, 6, after the claim",
        ),
        (  # P in force above it, Q given just after it
            f"## Example\n\nLet $P = (0.2, 0.5, 0.3)$.\n\n$D(P\\|Q) = {_KL_PQ}$ nats, where\n$Q = (0.3, 0.4, 0.3)$.\n",
            "Q given on line 6, after the claim",
        ),
    ],
)
def test_a_value_holds_for_the_distributions_given_just_after_it(text: str, where: str) -> None:
    claim = _only(text)
    assert claim.verdict == "holds", claim.note
    assert claim.note.endswith(where)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (  # the other direction, given for D(P||Q)
            f"## Example\n\nThe KL divergence $D(P\\|Q)$ is about {_KL_QP} nats,\n"
            "where $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n",
            "the other direction",
        ),
        (  # the value in bits, called nats
            f"## Example\n\n$D(P\\|Q) = {_KL_BITS}$ nats, where\n$P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n",
            "in bits, not nats",
        ),
        (  # a result line in the wrong unit
            f"## 예제 3\n\n**결과:** JSD(P, Q) = {_JSD} nats\n\n두 분포는 P = (0.4, 0.6), Q = (0.5, 0.5) 이다.\n",
            "given on line 5, after the claim",
        ),
        (  # a wrong entropy over the distribution below it
            "## Beispiel\n\nDie Entropie $H(P)$ beträgt 1,6 Bit für die folgende Verteilung:\n\n"
            "$P = (0{,}25;\\ 0{,}25;\\ 0{,}5)$\n",
            "P given on line 5, after the claim",
        ),
    ],
)
def test_a_wrong_value_is_false_for_the_distributions_given_just_after_it(text: str, why: str) -> None:
    claim = _only(text)
    assert claim.verdict == "false", claim.note
    assert why in claim.note


def test_two_values_on_a_result_line_are_judged_with_the_data_below_it() -> None:
    first, second = _p("0.1", "0.6", "0.3"), _p("0.2", "0.5", "0.3")
    entropy, divergence = _fixed(_entropy(first, 2), 3), _fixed(_kl(first, second), 4)
    text = (
        f"## Summary\n\n**Results:** $H(P) = {entropy}$ bits and $D(P\\|Q) = {divergence}$ nats.\n\n"
        "We use $P = (0.1, 0.6, 0.3)$ and $Q = (0.2, 0.5, 0.3)$.\n"
    )
    assert [claim.verdict for claim in _claims(text)] == ["holds", "holds"]
    wrong = text.replace(f"= {entropy}$", f"= {_fixed(_entropy(first), 3)}$")  # the entropy in nats, called bits
    assert [claim.verdict for claim in _claims(wrong)] == ["false", "holds"]


def test_a_display_in_latex_holds_for_the_distributions_in_the_line_after_it() -> None:
    text = (
        "\\section{Example}\nThe divergence is\n\\[ D(P\\|Q) \\approx "
        f"{_KL_PQ} \\text{{ nats}}, \\]\nwhere $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n"
    )
    (claim,) = [claim for claim in check_text(text, "a.tex").claims if claim.kind != "definition"]
    assert claim.verdict == "holds", claim.note
    assert claim.note.endswith("P and Q given on line 4, after the claim")


def test_a_calculator_headline_holds_for_the_table_under_it() -> None:
    text = f"# KL 散度计算器\n\nKL 散度 D(P||Q)：{_KL_COIN} nats\n\n| i | p_i | q_i |\n|---|---|---|\n"
    text += "| 1 | 0.7 | 0.5 |\n| 2 | 0.3 | 0.5 |\n"
    claim = _only(text)
    assert claim.verdict == "holds", claim.note
    assert "at line 5, after it" in claim.note


@pytest.mark.parametrize(
    "text",
    [
        # a value in words, then a sentence about another pair and its own value
        f"## Example\n\nThe KL divergence is {_KL_PQ} nats.\n"
        "For R = (0.2, 0.5, 0.3) and S = (0.3, 0.4, 0.3) the divergence D(R||S) is 0.0305 nats.\n",
        # a value of P and Q, then another pair named
        "## Example\n\n$D(P\\|Q) = 0.5$ nats.\nFor $R = (0.1, 0.6, 0.3)$ and $S = (0.2, 0.5, 0.3)$ we compare.\n",
        # "compare with" distributions in the next sentence
        f"## Example\n\nThe KL divergence is about {_KL_PQ} nats.\n"
        "Compare with $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$, whose divergence is smaller.\n",
        # the distributions under the next heading
        f"## Result\n\n**Result:** $D(P\\|Q) = {_KL_PQ}$ nats\n\n"
        "## Data\n\n$P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n",
        # the next paragraph, with nothing pointing to it
        f"## Example\n\n$D(P\\|Q) = {_KL_PQ}$ nats.\n\nNow consider $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n",
        # a value alone on its line, then a paragraph that does not say it gives its distributions
        "## Example\n\nD(P||Q) = 0.5 nats\n\nNow consider $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n",
        # a value in words, then the next paragraph opening with "For" another claim's distributions
        f"## Example\n\nThe KL divergence is {_KL_QP} nats.\n\n"
        "For $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$ we look at the terms one by one.\n",
        # a supposition after it: another case than the value's
        "## Dice\n\n$H(X) = 2$ bits.\nSuppose $X = (0.5, 0.1, 0.1, 0.1, 0.1, 0.1)$ instead.\n",
        # the value's own sentence describes a textbook object; the distribution after it is another one
        "## Dice\n\nFor a fair die $H(X) = 2.585$ bits,\n"
        "and the loaded one $X = (0.5, 0.1, 0.1, 0.1, 0.1, 0.1)$ gives less.\n",
        "## Dados\n\n$H(X) = 2,585$ bits para un dado equilibrado;\n"
        "pero con $X = (0,5; 0,1; 0,1; 0,1; 0,1; 0,1)$ es menor.\n",
        # given after it, then given again otherwise in the section
        f"## Example\n\n$D(P\\|Q) = {_KL_PQ}$ nats, where\n$P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n\n"
        "Now take $P = (0.1, 0.6, 0.3)$ instead.\n",
        # several candidates for one entropy
        "## Example\n\nThe entropy is 1.5 bits for the distributions below:\n\n"
        "| x | P | Q |\n|---|---|---|\n| a | 0.25 | 0.5 |\n| b | 0.25 | 0.25 |\n| c | 0.5 | 0.25 |\n",
        # a value of another case earlier in the sentence whose last clause points forward
        "## KL\n\nFor identical distributions the KL divergence is 0 nats; for the two below it is 0.511 nats:\n\n"
        "$P = (0.5, 0.5)$, $Q = (0.9, 0.1)$\n",
        # the code changes a list in place after the value
        f"## In code\n\nFor the lists in this code, the KL divergence is {_KL_QP} nats:\n\n"
        "```python\np = [0.2, 0.5, 0.3]\nq = [0.3, 0.4, 0.3]\np[0], p[1] = 0.5, 0.2\n```\n",
    ],
)
def test_a_value_is_not_read_against_distributions_that_may_not_be_its_own(text: str) -> None:
    claims = _claims(text)
    first = claims[0]
    assert first.verdict == "unchecked", first.note
    assert "after the claim" not in first.note


def test_a_wrong_value_is_not_judged_for_distributions_given_again_later() -> None:
    text = (
        f"## Example\n\n$D(P\\|Q) = {_KL_QP}$ nats, where\n$P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n\n"
        "Later $Q = (0.2, 0.5, 0.3)$ and $P = (0.3, 0.4, 0.3)$.\n"
    )
    assert [claim.verdict for claim in _claims(text)] == ["unchecked"]


def test_a_question_before_its_data_is_no_claim() -> None:
    text = "## Exercise\n\nWhat is $D(P\\|Q)$?\nLet $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n"
    assert _claims(text) == []
    text = "## Exercise\n\nIs $D(P\\|Q) = 0.5$ nats? Let $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n"
    assert [claim.verdict for claim in _claims(text)] in ([], ["unchecked"])


def test_a_value_read_against_distributions_above_is_not_judged_again() -> None:
    text = (
        f"## Example\n\nLet $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n\n$D(P\\|Q) = {_KL_PQ}$ nats.\n"
        "Later $P = (0.1, 0.6, 0.3)$.\n"
    )
    claim = _only(text)
    assert claim.verdict == "holds"
    assert "after" not in claim.note


def test_a_headline_is_not_read_against_lists_the_code_changes() -> None:
    text = (
        f"# KL 散度计算器\n\nKL 散度：{_KL_QP} nats\n\n```python\np = [0.2, 0.5, 0.3]\nq = [0.3, 0.4, 0.3]\n"
        "p[0], p[1] = 0.5, 0.2\n```\n"
    )
    assert [claim.verdict for claim in _claims(text)] in ([], ["unchecked"])
    assert all("after" not in claim.note for claim in _claims(text))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("H(X) = 1.5 bits if X takes a, b, c with probabilities 1/2, 1/4, 1/4.\n", "holds"),
        ("H(X) = 1.6 bits if X takes a, b, c with probabilities 1/2, 1/4, 1/4.\n", "false"),
        ("$H(X) = 1,5$ bit si $X$ prend les valeurs a, b, c avec les probabilités 1/2, 1/4 et 1/4.\n", "holds"),
        (
            "$H(X) = 1,5$ Bit, wenn $X$ die Werte a, b, c mit den Wahrscheinlichkeiten 1/2, 1/4 und 1/4 annimmt.\n",
            "holds",
        ),
        ("$H(X) = 1.5$ bits si $X$ toma los valores a, b, c con probabilidades 0.5, 0.25 y 0.25.\n", "holds"),
        # probabilities that do not sum to 1, another variable, the sentence ended before them
        ("H(X) = 1.5 bits if X takes a, b with probabilities 1/2, 1/4.\n", "unchecked"),
        ("H(X) = 1.5 bits if Y takes a, b, c with probabilities 1/2, 1/4, 1/4.\n", "unchecked"),
        ("H(X) = 1.5 bits. If X takes a, b, c with probabilities 1/3, 1/3, 1/3 it is larger.\n", "unchecked"),
    ],
)
def test_an_entropy_of_a_variable_described_in_words_after_its_value(text: str, verdict: str) -> None:
    assert abs(_entropy(_p("0.5", "0.25", "0.25"), 2) - mpmath.mpf("1.5")) < mpmath.mpf(10) ** -20
    claim = _only("## Source\n\n" + text)
    assert claim.verdict == verdict, claim.note
    assert (verdict == "unchecked") != ("X given in words on line 3, after the value" in claim.note)


@pytest.mark.parametrize(
    "text",
    [
        # the words after a semicolon, and "instead", give another case than the first value's
        "For the skewed source H(X) = 1.5 bits; if X takes a, b, c with probabilities 1/3, 1/3, 1/3 instead, "
        "H(X) = 1.585 bits.\n",
        "The skewed source has H(X) = 1.5 bits, whereas if X takes a, b, c with probabilities 1/3, 1/3, 1/3 it has "
        "1.585 bits.\n",
        "H(X) = 1.5 bits for the skewed source and 1.585 bits if X takes a, b, c with probabilities 1/3, 1/3, 1/3.\n",
    ],
)
def test_an_entropy_does_not_take_words_that_describe_another_case(text: str) -> None:
    assert abs(_entropy(_p("1/3", "1/3", "1/3"), 2) - mpmath.mpf("1.585")) < mpmath.mpf("0.0005")
    claims = _claims("## Source\n\n" + text)
    assert claims and all(claim.verdict != "false" for claim in claims), [claim.note for claim in claims]
    assert all("given in words" not in claim.note for claim in claims[:1])


def test_a_headline_line_is_a_label_a_colon_and_one_value() -> None:
    # The pattern's blanks are possessive, so a long run of them is read once (its speed is measured, not tested).
    headline = given_after._HEADLINE
    assert headline.match("KL divergence: 0.0853 bits  ") and headline.match("KL divergence: 0.0853")
    assert headline.match("KL divergence: 0.0853" + " " * 1_000 + "x") is None
    assert headline.match("KL divergence: 0.0853" + " " * 1_000 + "bits" + " " * 1_000 + "x") is None


def test_a_block_opening_in_which_gives_the_distributions_of_the_value_above() -> None:
    text = f"## Example\n\n$D(P\\|Q) = {_KL_PQ}$ nats\n\nin which $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n"
    claim = _only(text)
    assert claim.verdict == "holds", claim.note
    assert "P and Q given on line 5, after the claim" in claim.note
    assert given_after.WHERE is alternatives.WHERE  # the words that open such a block are the same for both
    assert given_after.SENTENCE_END is worded_groups.SENTENCE_END


class _NoSlices(list[tuple[int, given_after.Names]]):
    """A list that refuses to be copied by slicing."""

    def __getitem__(self, key):
        assert not isinstance(key, slice), "the claims after one were copied"
        return super().__getitem__(key)


def test_the_claims_after_a_value_are_looked_at_without_copying_them() -> None:
    text = "## Example\n\n$D(P\\|Q) = 0.0305$ nats, where\n$P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n"
    document = parse_text(text, "a.md")
    bound = [
        (text.index(f"{name} = "), Binding(name, parse_distribution(values, name=name), 4, f"{name} = ({values})"))
        for name, values in (("P", "0.2 0.5 0.3"), ("Q", "0.3 0.4 0.3"))
    ]
    claim = given_after.Claim(text.index("0.0305"), ("P", "Q"), 2)
    ahead = given_after.Ahead(document, bound, [])
    ahead.others = _NoSlices(ahead.others)
    assert ahead.bindings(claim, {}) is not None
    ahead = given_after.Ahead(document, bound, [(text.index("P = ") + 1, ("P",))])  # another claim on their line
    ahead.others = _NoSlices(ahead.others)
    assert ahead.bindings(claim, {}) is None
