"""Right claims written naturally that a reader could take for others: a bound with two cases in one sentence,
percentages of a coin tossed several times or of a die, ``I(1, 2)`` of two features, "it" after a sentence naming
two measures, and a false logarithm of 0 next to "let".

The facts are worked out with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _h(weights: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w > 0)


def test_the_facts() -> None:
    coin = [mpmath.mpf(3) / 10, mpmath.mpf(7) / 10]
    assert mpmath.nstr(2 * _h(coin), 4) == "1.763"  # two independent tosses
    assert mpmath.nstr(_h(coin), 3) == "0.881"
    die = [mpmath.mpf(1) / 2, *[mpmath.mpf(1) / 10] * 5]
    assert mpmath.nstr(_h(die), 4) == "2.161"


@pytest.mark.parametrize(
    "text",
    [
        "The entropy is highest for the uniform distribution and 0 for a certain outcome.\n",
        "Entropy is maximal for the uniform distribution and zero for a deterministic one.\n",
        "The coin lands tails 30% of the time and we toss it twice; the entropy is 1.763 bits.\n",
        "Toss 3 coins, each heads 50% of the time; the entropy is 3 bits.\n",
        "Bei einem gezinkten Würfel fällt die Zahl 6 mit 50 % Wahrscheinlichkeit, jede andere Zahl mit 10 %. "
        "Die Entropie ist 2,161 Bit.\n",
        "We compute the pairwise mutual information between the features, I(1, 2) = 0.12 bits and I(2, 3) = 0.40 "
        "bits.\n",
        "The KL divergence is the building block of the Jensen-Shannon divergence. It is symmetric and bounded by "
        "log 2.\n",
    ],
)
def test_a_right_claim_is_never_false(text: str) -> None:
    assert [claim for claim in check_text(text, "a.md").claims if claim.verdict == "false"] == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Entropy is maximal for a deterministic variable.\n", "false"),
        ("A coin lands heads 70% of the time; its entropy is 0.881 bits.\n", "holds"),
        ("A coin lands heads 70% of the time; its entropy is 0.75 bits.\n", "false"),
        ("Information gain: the root holds 9 yes and 5 no, so I(9, 5) = 0.940 bits.\n", "holds"),
    ],
)
def test_the_same_readers_still_judge(text: str, verdict: str) -> None:
    verdicts = [claim.verdict for claim in check_text(text, "a.md").claims if claim.kind != "definition"]
    assert verdict in verdicts


def test_let_does_not_make_a_false_logarithm_a_convention() -> None:
    (claim,) = check_text("Let us check: $\\log 0 = 0$.\n", "a.md").claims
    assert claim.verdict == "false"


def test_a_value_that_ends_a_sentence_is_not_a_factor_of_the_next_measure() -> None:
    # H(X) = 1 bit and H(Y) = h(1/4) for the joint (1/4, 1/4; 1/2, 0)
    assert mpmath.nstr(_h([mpmath.mpf(1) / 4, mpmath.mpf(3) / 4]), 3) == "0.811"
    table = "| | Y=0 | Y=1 |\n|---|---|---|\n| X=0 | 1/4 | 1/4 |\n| X=1 | 1/2 | 0 |\n\n"
    claims = check_text(table + "The entropy is H(X) = 1. H(Y) = 0.811 bits.\n", "page.md").claims
    assert [(claim.kind, claim.verdict) for claim in claims if claim.lines == (6,)] == [
        ("entropy", "holds"),
        ("entropy", "holds"),
    ]


@pytest.mark.parametrize(
    "aside",
    [
        "Zum Vergleich: in nats wäre der Wert 1.0397.",
        "For comparison, in nats the same entropy is 1.0397.",
    ],
)
def test_a_unit_before_one_value_does_not_set_the_base_of_the_lines_after(aside: str) -> None:
    assert mpmath.nstr(_h([mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 4]) * mpmath.log(2), 5) == "1.0397"
    page = f"Wir verwenden den Logarithmus zur Basis 2.\n\nSei P = (0.5, 0.25, 0.25). H(P) = 1.5.\n\n{aside}\n\n"
    page += "Sei Q = (0.5, 0.5). H(Q) = 1.\n"
    claims = check_text(page, "page.md").claims
    assert [claim.verdict for claim in claims if claim.lines == (7,)] == ["holds", "holds"]
    assert [claim.base for claim in claims if claim.lines == (7,) and claim.kind == "entropy"] == ["2"]


def test_a_letter_set_to_a_number_in_a_sentence_is_not_the_distribution_of_its_other_case() -> None:
    assert mpmath.nstr(_h([mpmath.mpf(1) / 5, mpmath.mpf(4) / 5]), 3) == "0.722"  # the coin's binary entropy
    page = "# Part 1\n\nLet P = (0.5, 0.5). Then H(P) = 1 bit.\n\n# Part 2\n\n"
    page += "A biased coin lands heads with probability p = 0.2. Its entropy is H(p) = 0.722 bits.\n"
    claims = check_text(page, "page.md").claims
    assert [(claim.lines, claim.verdict) for claim in claims if claim.kind == "entropy"] == [
        ((3,), "holds"),
        ((7,), "unchecked"),
    ]


def test_a_later_sentence_of_a_paragraph_is_not_a_member_of_the_first_definitions_chain() -> None:
    page = (
        "La divergence de p par rapport à q est KL(p ‖ q) = Σ pᵢ log(pᵢ/qᵢ), sommée sur les issues où pᵢ > 0. "
        "Comme ln x ≤ x − 1, −KL(p ‖ q) = Σ pᵢ ln(qᵢ/pᵢ) ≤ Σ pᵢ (qᵢ/pᵢ − 1) = Σ qᵢ − 1 ≤ 0.\n"
    )
    verdicts = [claim.verdict for claim in check_text(page, "page.md").claims if claim.kind == "definition"]
    assert verdicts and "false" not in verdicts


def test_a_minus_before_a_measure_in_a_font_command_turns_the_definition_round() -> None:
    page = "$$- \\mathbb{KL} (p||q) = -\\sum p(x) \\log \\frac{p(x)}{q(x)} = \\sum p(x) \\log \\frac{q(x)}{p(x)}$$\n"
    verdicts = [claim.verdict for claim in check_text(page, "page.md").claims if claim.kind == "definition"]
    assert verdicts and set(verdicts) == {"holds"}


@pytest.mark.parametrize(
    "page",
    [
        "## Common mistakes\n\n- Forgetting the minus sign: $H(X) = \\sum_x p(x)\\log p(x)$.\n",
        "Another mistake is to write $D_{KL}(P\\|Q) = \\sum_x Q(x)\\log\\frac{P(x)}{Q(x)}$.\n",
        "It is *not* true that $D_{KL}(P\\|Q) = D_{KL}(Q\\|P)$ in general.\n",
        "# True or false?\n\n1. The JSD is unbounded. **False**: it is at most $\\log 2$.\n",
        "1. KL divergence is symmetric. **False**: swapping P and Q changes the value.\n",
        "Une erreur fréquente est d'écrire $H(P,Q) = H(P) - D_{KL}(P\\|Q)$.\n",
        "Ein typischer Fehler ist, $H(X) = \\sum_x p(x)\\log p(x)$ zu schreiben.\n",
        "Falsch wäre $D_{KL}(P\\|Q) = \\sum_x Q(x)\\log\\frac{Q(x)}{P(x)}$.\n",
        "常见错误：漏掉负号，写成 $H(X) = \\sum_x p(x)\\log p(x)$。\n",
        "Errore comune: scrivere $H(X) = \\sum_x p(x)\\log p(x)$, senza il segno meno.\n",
        "Writing $D_{KL}(P\\|Q) = D_{KL}(Q\\|P)$ would be wrong.\n",
        "~~$H(X) = \\sum_x p(x)\\log p(x)$~~ (wrong sign, fixed below)\n",
        "**Incorrecto:** $H(X) = \\sum_x p(x)\\log_2 p(x)$.\n",
        "It is false that $D_{KL}(P\\|Q) = D_{KL}(Q\\|P)$ for all $P$, $Q$.\n",
        'The claim "$D_{KL}(P\\|Q) = D_{KL}(Q\\|P)$" is false.\n',
        "One cannot write $H(X) = \\sum_x p(x)\\log p(x)$: the minus sign is needed.\n",
        "Il ne faut pas écrire $H(X) = \\sum_x p(x)\\log p(x)$.\n",
        "Es falso que $D_{KL}(P\\|Q) = D_{KL}(Q\\|P)$.\n",
    ],
)
def test_a_formula_shown_as_a_mistake_is_not_called_false(page: str) -> None:
    assert [claim.text for claim in check_text(page, "page.md").claims if claim.verdict == "false"] == []


def test_the_same_formulas_asserted_are_still_false() -> None:
    page = "## Definitions\n\nThe entropy is $H(X) = \\sum_x p(x)\\log p(x)$.\n\n"
    page += "It is true that $D_{KL}(P\\|Q) = D_{KL}(Q\\|P)$.\n"
    assert [claim.verdict for claim in check_text(page, "page.md").claims] == ["false", "false"]


@pytest.mark.parametrize("word", ["负熵", "Отрицательная энтропия", "負エントロピー", "네겐트로피"])
def test_negentropy_in_other_languages_is_not_an_entropy_with_its_sign_flipped(word: str) -> None:
    page = f"{word} H = Σ p(x) log p(x).\n"
    assert [claim.verdict for claim in check_text(page, "page.md").claims if claim.verdict == "false"] == []


def test_a_mean_said_of_one_family_and_a_rate_of_another_pin_neither_reading() -> None:
    page = "Arrivals are Poisson with mean $\\lambda$ per hour; waiting times are exponential with rate $\\lambda$:\n\n"
    page += "$$h(T) = 1 - \\ln \\lambda$$\n"
    assert [claim.verdict for claim in check_text(page, "page.md").claims if claim.kind == "identity"] == ["holds"]
