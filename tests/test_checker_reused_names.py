"""Names that a document gives new meanings section by section, as lecture notes do."""

from __future__ import annotations

import json

import mpmath
import pytest

from kldocs.checker import check_text


def verdicts(text: str) -> list[tuple[str, str, str | None]]:
    return [(claim.verdict, claim.text, claim.value) for claim in check_text(text, "notes.md").claims]


def _normal_kl(m1: float, v1: float, m2: float, v2: float) -> mpmath.mpf:
    """KL(N(m1, v1) || N(m2, v2)) in nats, variances given."""
    return mpmath.log(mpmath.sqrt(v2 / v1)) + (v1 + (m1 - m2) ** 2) / (2 * v2) - mpmath.mpf(1) / 2


# A finite pair first, then the same lowercase letters for two normals.
_NOTES = """## Discrete

Let $p = (0.25, 0.75)$ and $q = (0.5, 0.5)$. Then $D_{{KL}}(p\\|q) \\approx {discrete} $ nats.

## Continuous

Now let $p = \\mathcal N(0, 1)$ and $q = \\mathcal N(2, 1)$, so that $D_{{KL}}(p\\|q) = {normal}$ nats.
"""


def test_a_lowercase_name_given_to_a_normal_ends_the_finite_distribution_it_named() -> None:
    discrete = 0.25 * mpmath.log(0.5) + 0.75 * mpmath.log(1.5)
    normal = _normal_kl(0, 1, 2, 1)
    assert mpmath.almosteq(normal, 2)  # (mu1 - mu2)^2 / 2
    found = verdicts(_NOTES.format(discrete=mpmath.nstr(discrete, 4), normal="2"))
    assert all(verdict != "false" for verdict, _, _ in found), found
    assert [verdict for verdict, text, _ in found if "KL" in text] == ["holds", "holds"]


def test_a_wrong_value_for_the_lowercase_normals_is_still_false() -> None:
    found = verdicts(_NOTES.format(discrete="0.1308", normal="0.5"))
    assert [verdict for verdict, text, _ in found if "KL" in text] == ["holds", "false"]


@pytest.mark.parametrize("letters", [("p", "q"), ("P", "Q")])
def test_a_name_given_a_normal_with_symbols_for_its_parameters_ends_the_finite_one(letters: tuple[str, str]) -> None:
    p, q = letters
    text = (
        f"Let ${p} = (0.5, 0.5)$ and ${q} = (0.9, 0.1)$.\n\n"
        f"Next take ${p} = \\mathcal N(\\mu_1, \\sigma_1^2)$ and ${q} = \\mathcal N(\\mu_2, \\sigma_2^2)$ with"
        " $\\mu_1 = 0$, $\\sigma_1 = 1$, $\\mu_2 = 1$, $\\sigma_2 = 1$.\n\n"
        f"Then $D_{{KL}}({p}\\|{q}) = 0.5$ nats.\n"
    )
    found = verdicts(text)
    assert all(verdict != "false" for verdict, _, _ in found), found


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("For $P = \\mathcal N(0, 1)$ and $Q = \\mathcal N(1, 4)$, the KL divergence is {value} nats.", "holds"),
        ("For $P = \\mathcal N(0, 1)$ and $Q = \\mathcal N(1, 4)$, the KL divergence is 0.25 nats.", "false"),
        ("With p = N(0, 1) and q = N(1, 4) the relative entropy is about {value} nats.", "holds"),
    ],
)
def test_a_sentence_that_names_its_normals_by_letter_and_a_measure_in_words_is_judged(
    sentence: str, verdict: str
) -> None:
    value = mpmath.nstr(_normal_kl(0, 1, 1, 4), 3)  # ln 2 + 2/8 - 1/2 = 0.443
    found = verdicts(sentence.format(value=value))
    assert [v for v, _, _ in found] == [verdict]


def _notebook(*sources: str) -> str:
    cells = [{"cell_type": "markdown", "metadata": {}, "source": source} for source in sources]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def test_a_notebook_definition_that_replaces_another_names_the_cell_of_the_first() -> None:
    notebook = _notebook("Let $p = (0.5, 0.5)$.", "Intro.\n\nNow let $p = (0.9, 0.1)$.")
    second = [claim for claim in check_text(notebook, "lab.ipynb").claims if "0.9" in claim.text]
    assert [claim.verdict for claim in second] == ["holds"]
    assert "replaces the p of cell 1, line 1" in second[0].note


def test_a_value_for_a_pair_replaced_in_an_earlier_cell_names_that_cell() -> None:
    first = 0.5 * mpmath.log(0.5 / 0.9) + 0.5 * mpmath.log(0.5 / 0.1)
    value = mpmath.nstr(first, 4)  # 0.5108
    notebook = _notebook(
        f"Let $p = (0.5, 0.5)$ and $q = (0.9, 0.1)$, so $D_{{KL}}(p\\|q) \\approx {value}$ nats.",
        "Now let $p = (0.25, 0.75)$ and $q = (0.5, 0.5)$.",
        f"So the KL divergence is about {value} nats.",
    )
    last = check_text(notebook, "lab.ipynb").claims[-1]
    assert last.verdict == "unchecked" and "for the p and q of cell 1, line 1, replaced since" in last.note


_DIE = [mpmath.mpf(1) / 6] * 6
_FIVE = [mpmath.mpf(1) / 5] * 5 + [mpmath.mpf(0)]


def _kl_bits(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(a * mpmath.log(a / b, 2) for a, b in zip(p, q, strict=True) if a)


@pytest.mark.parametrize(
    "sentence",
    [
        "Now let $p$ be the distribution of a fair die and $q$ that of a die that never shows six.",
        "We reuse the letters: let $p$ be a uniform distribution on six faces and $q$ the one on five.",
        "Sei nun $p$ die Verteilung eines fairen Würfels und $q$ die eines Würfels ohne Sechs.",
    ],
)
def test_letters_given_new_distributions_in_words_are_not_judged_against_the_old_numbers(sentence: str) -> None:
    value = mpmath.nstr(_kl_bits(_FIVE, _DIE), 3)  # log2(6/5) = 0.263
    before = "Let $p = (0.5, 0.25, 0.25)$ and $q = (0.25, 0.5, 0.25)$."
    text = f"{before}\n\n{sentence}\n\nThen $D(q\\|p) \\approx {value}$ bits.\n"
    (kl,) = [claim for claim in check_text(text, "notes.md").claims if claim.kind == "kl"]
    assert kl.verdict == "unchecked" and "new distribution in words" in kl.note


@pytest.mark.parametrize(
    "sentence",
    [
        "Let $p$ be the distribution above and $q$ the model.",
        "Let $p$ be the true distribution and $q$ the model.",
    ],
)
def test_a_sentence_that_only_names_the_roles_of_the_distributions_keeps_them(sentence: str) -> None:
    text = f"Let $p = (0.5, 0.5)$ and $q = (0.75, 0.25)$.\n\n{sentence}\n\nThen $D(p\\|q) \\approx 0.2075$ bits.\n"
    (kl,) = [claim for claim in check_text(text, "notes.md").claims if claim.kind == "kl"]
    assert kl.verdict == "holds"


def test_a_value_in_words_after_code_changes_the_distribution_says_why_it_is_not_read() -> None:
    text = (
        "```python\np = np.array([0.5, 0.3, 0.2])\np = softmax(logits / 2.0)\n```\n\n"
        "At temperature 2 its entropy is about 1.47 bits.\n"
    )
    (claim,) = [claim for claim in check_text(text, "notes.md").claims if claim.kind == "entropy"]
    assert claim.verdict == "unchecked" and "p = softmax(logits / 2.0)" in claim.note


def _binary_bits(p: float) -> mpmath.mpf:
    x = mpmath.mpf(p)
    return -x * mpmath.log(x, 2) - (1 - x) * mpmath.log(1 - x, 2)


@pytest.mark.parametrize("bias", ["0.3", "3/10"])
def test_a_coins_bias_p_is_no_distribution_even_where_a_distribution_p_is_given(bias: str) -> None:
    value = mpmath.nstr(_binary_bits(0.3), 3)  # 0.881
    text = (
        "Let $P = (0.2, 0.8)$ and $Q = (0.5, 0.5)$.\n\n"
        "For a coin with bias $p$, $H(p) = -p\\log_2 p - (1-p)\\log_2(1-p)$.\n\n"
        f"- At $p = {bias}$, $H(p) \\approx {value}$ bits.\n- At $p = 0.5$, $H(p) = 1$ bit.\n\n"
        "And $H(P) \\approx 0.722$ bits.\n"
    )
    entropies = [(claim.verdict, claim.note) for claim in check_text(text, "coin.md").claims if claim.kind == "entropy"]
    assert [verdict for verdict, _ in entropies] == ["unchecked", "unchecked", "holds"]
    assert "sets p to a number" in entropies[0][1]


def _real(decimals: list[str]) -> list[mpmath.mpf]:
    return [mpmath.mpf(decimal) for decimal in decimals]


@pytest.mark.parametrize(
    "joined",
    [
        "and $q$ the fair coin $(0.5, 0.5)$",
        "and $q$ the uniform distribution",
        "y $q$ la moneda justa",
        "and q a fair coin, as usual",
    ],
)
def test_a_letter_joined_to_a_new_definition_in_words_is_not_judged_against_its_old_numbers(joined: str) -> None:
    """Example 2 redefines p and says in words what q now is: the q of Example 1 no longer speaks for it."""
    old_q, new_p, new_q = ["0.2", "0.8"], ["0.7", "0.3"], ["0.5", "0.5"]
    value = mpmath.nstr(_kl_bits(_real(new_p), _real(new_q)), 3)
    assert value == "0.119" and mpmath.nstr(_kl_bits(_real(new_p), _real(old_q)), 3) != value
    text = (
        "## Example 1\n\nLet $p = (0.5, 0.5)$ and $q = (0.2, 0.8)$.\n\n"
        f"## Example 2\n\nThe coin is now loaded: $p = (0.7, 0.3)$, {joined}. Then $D(p\\|q) \\approx {value}$ bits.\n"
    )
    claims = [claim for claim in check_text(text, "notes.md").claims if claim.kind == "kl"]
    assert [claim.verdict for claim in claims] == ["unchecked"]
    assert "new distribution in words" in claims[0].note


def test_a_letter_joined_to_a_model_or_to_the_distribution_above_keeps_its_numbers() -> None:
    text = "Let $p = (0.5, 0.5)$ and $q = (0.2, 0.8)$.\n\nNow $p = (0.7, 0.3)$, and $q$ the same model as above.\n\n"
    text += "Then $D(p\\|q) \\approx 0.841$ bits.\n"
    assert mpmath.nstr(_kl_bits(_real(["0.7", "0.3"]), _real(["0.2", "0.8"])), 3) == "0.841"
    assert [claim.verdict for claim in check_text(text, "notes.md").claims if claim.kind == "kl"] == ["holds"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Now let $p$ and $q$ be two Bernoulli distributions with parameters $0.9$ and $0.5$.",
        "Let p and q now be a biased coin (heads 0.9) and a fair coin.",
    ],
)
def test_two_letters_let_be_new_distributions_together_are_not_judged_against_the_old_pair(sentence: str) -> None:
    new = mpmath.nstr(_kl_bits(_real(["0.9", "0.1"]), _real(["0.5", "0.5"])), 3)
    old = _kl_bits(_real(["0.5", "0.25", "0.25"]), [mpmath.mpf(1) / 3] * 3)
    assert new == "0.531" and not mpmath.almosteq(old, mpmath.mpf(new), 1e-3)
    text = "Let $p = (0.5, 0.25, 0.25)$ and $q = (1/3, 1/3, 1/3)$.\n\n" + sentence
    text += f" Then\n\n$$D(p\\|q) = 0.9\\log_2\\frac{{0.9}}{{0.5}} + 0.1\\log_2\\frac{{0.1}}{{0.5}} \\approx {new}$$\n"
    claims = check_text(text, "exam.md").claims
    assert not [claim for claim in claims if claim.verdict == "false"]
    judged = [claim for claim in claims if "D(p" in claim.text]
    assert judged and all("new distribution in words" in claim.note for claim in judged)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sea ahora $p$ una moneda con probabilidad de cara 0.45. Su entropía es {h} bits.",
        "Soit maintenant $p$ une pièce avec pile 0.45. Son entropie vaut {h} bits.",
        "Now let $p$ be a coin with heads probability 0.45. Its entropy is {h} bits.",
    ],
)
def test_a_value_naming_no_distribution_after_the_last_one_named_in_words_is_not_judged(sentence: str) -> None:
    """The coin the last sentence names is not read; the value, of its entropy, is not judged against q."""
    coin = _real(["0.45", "0.55"])
    h = mpmath.nstr(-mpmath.fsum(x * mpmath.log(x, 2) for x in coin), 3)
    assert h == "0.993"
    text = "Let $p = (0.2, 0.3, 0.5)$ and $q = (0.5, 0.3, 0.2)$.\n\n" + sentence.format(h=h) + "\n"
    claims = check_text(text, "notas.md").claims
    assert not [claim for claim in claims if claim.verdict == "false"], claims


# Part 1 defines P and Q; Part 2 gives the same letters, lowercase, other numbers.
_PART_ONE = "# Part 1\n\nLet $P = (0.9, 0.1)$ and $Q = (0.6, 0.4)$. Then $D_{KL}(P\\|Q) \\approx 0.326$ bits.\n\n"
_PART_TWO = [
    "# Part 2\n\nLet $p = (0.25, 0.25, 0.5)$ and $q = (0.5, 0.25, 0.25)$.\n\n",
    "# Part 2\n\n```r\np <- c(0.25, 0.25, 0.5)\nq <- c(0.5, 0.25, 0.25)\n```\n\n",
    "# Part 2\n\n```python\np = np.array([0.25, 0.25, 0.5])\nq = np.array([0.5, 0.25, 0.25])\n```\n\n",
    "## Teil 2\n\nSeien $p = (0.25, 0.25, 0.5)$ und $q = (0.5, 0.25, 0.25)$.\n\n",
    "## Deuxième exemple\n\nSoit $p = (0.25, 0.25, 0.5)$ et $q = (0.5, 0.25, 0.25)$.\n\n",
]


def _part_two_kl() -> mpmath.mpf:
    p, q = [mpmath.mpf(1) / 4, mpmath.mpf(1) / 4, mpmath.mpf(1) / 2], [mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, 0.25]
    return mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(p, q, strict=True))


@pytest.mark.parametrize("part_two", _PART_TWO)
@pytest.mark.parametrize(
    "claim", ["So $D_{KL}(P\\|Q) \\approx VALUE$ nats.", "In nats, the KL divergence is about VALUE."]
)
def test_a_letter_defined_again_in_the_other_case_in_a_later_section_replaces_it(part_two: str, claim: str) -> None:
    true = _part_two_kl()
    assert mpmath.nstr(true, 3) == "0.173"  # ln(2) / 4; Part 1's pair gives 0.2263 nats
    right = verdicts(_PART_ONE + part_two + claim.replace("VALUE", "0.173") + "\n")
    assert [(verdict, value) for verdict, text, value in right if "KL" in text] == [
        ("holds", "0.3264662506"),
        ("holds", mpmath.nstr(true, 10)),
    ]
    wrong = check_text(_PART_ONE + part_two + claim.replace("VALUE", "0.21") + "\n", "notes.md").claims[-1]
    assert wrong.verdict == "false" and f"= {mpmath.nstr(true, 10)} nats" in wrong.note


def test_both_cases_defined_in_one_section_stay_two_distributions() -> None:
    # H(0.9, 0.1) = 0.4690 bits; H(0.5, 0.5) = 1 bit
    h = -(mpmath.mpf("0.9") * mpmath.log(0.9, 2) + mpmath.mpf("0.1") * mpmath.log(0.1, 2))
    assert mpmath.nstr(h, 3) == "0.469"
    page = "Let $P = (0.9, 0.1)$ and $p = (0.5, 0.5)$. Then $H(P) \\approx 0.469$ bits and $H(p) = 1$ bit.\n"
    assert [(verdict, value) for verdict, text, value in verdicts(page) if text.startswith("H(")] == [
        ("holds", "0.4689955936"),
        ("holds", "1"),
    ]


@pytest.mark.parametrize("part_two", _PART_TWO[:3])
def test_a_value_of_the_replaced_letter_is_not_judged_against_the_new_one(part_two: str) -> None:
    # Part 1's D_KL(P||Q) in nats, 0.2263, said again in Part 2: it may speak of Part 1's pair
    old = 0.9 * mpmath.log(mpmath.mpf(9) / 6) + 0.1 * mpmath.log(mpmath.mpf(1) / 4)
    assert mpmath.nstr(old, 4) == "0.2263"
    page = _PART_ONE + part_two + "So $D_{KL}(P\\|Q) \\approx 0.2263$ nats.\n"
    last = check_text(page, "notes.md").claims[-1]
    assert last.verdict == "unchecked"
    assert "it holds for P = (0.9, 0.1) (line 3) but not for the P in force" in last.note


def test_an_entropy_written_out_reads_its_letter_anew_over_the_other_cases_distribution() -> None:
    # code's p has three outcomes; the next section writes H(P) out over two: P is (0.7, 0.3) there
    h = -(mpmath.mpf("0.7") * mpmath.log(0.7, 2) + mpmath.mpf("0.3") * mpmath.log(0.3, 2))
    kl = mpmath.mpf("0.7") * mpmath.log(mpmath.mpf(7) / 5, 2) + mpmath.mpf("0.3") * mpmath.log(mpmath.mpf(3) / 5, 2)
    assert (mpmath.nstr(h, 3), mpmath.nstr(kl, 3)) == ("0.881", "0.119")
    page = (
        "# One\n\n```python\np = np.array([0.1, 0.6, 0.3])\n```\n\n# Two\n\nLet $Q = (0.5, 0.5)$.\n\n"
        "$$H(P) = -0.7\\log_2 0.7 - 0.3\\log_2 0.3 \\approx 0.881 \\text{ bits}$$\n\n"
        "So $D_{KL}(P\\|Q) \\approx 0.119$ bits.\n"
    )
    claims = [(claim.kind, claim.verdict, claim.value) for claim in check_text(page, "notes.md").claims]
    assert ("entropy", "holds", mpmath.nstr(h, 10)) in claims and ("kl", "holds", mpmath.nstr(kl, 10)) in claims
