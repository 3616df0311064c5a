"""Entropies of textbook cases named in words, in tables, lists and sentences of several languages, with a unit:
a fair coin, a biased coin, a certain event, a fair die, N outcomes alike, a loaded die given by its faces, the sum
and the maximum of two dice. Each value is judged against the case's entropy worked out here with mpmath."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _entropy(*probabilities: str) -> mpmath.mpf:
    """H of the probabilities (fractions or decimals) in bits, to 30 digits."""
    with mpmath.workdps(30):
        weights = [
            mpmath.mpf(p) if "/" not in p else mpmath.mpf(p.split("/")[0]) / int(p.split("/")[1]) for p in probabilities
        ]
        return -mpmath.fsum(w * mpmath.log(w, 2) for w in weights if w)


def _dice(combine: str) -> list[str]:
    """The distribution of the sum or the maximum of two fair dice, as fractions of 36."""
    counts: dict[int, int] = {}
    for first in range(1, 7):
        for second in range(1, 7):
            value = first + second if combine == "sum" else max(first, second)
            counts[value] = counts.get(value, 0) + 1
    return [f"{count}/36" for count in counts.values()]


FAIR_COIN = _entropy("1/2", "1/2")
BIASED = _entropy("0.9", "0.1")
FAIR_DIE = _entropy(*["1/6"] * 6)
SUM = _entropy(*_dice("sum"))
MAXIMUM = _entropy(*_dice("max"))
LOADED = _entropy("1/2", "1/4", "1/8", "1/16", "1/32", "1/32")


def _verdicts(text: str) -> dict[int, tuple[str, mpmath.mpf]]:
    """Each claim's first line, verdict and value."""
    return {
        claim.lines[0]: (claim.verdict, mpmath.mpf(claim.value or "nan")) for claim in check_text(text, "a.md").claims
    }


def _one(text: str) -> tuple[str, mpmath.mpf]:
    """The verdict and value of the one claim of ``text``."""
    (claim,) = check_text(text, "a.md").claims
    return claim.verdict, mpmath.mpf(claim.value or "nan")


def _holds_then_false(template: str, truth: mpmath.mpf, comma: bool, digits: int) -> None:
    """The one claim of ``template`` holds with the truth rounded to ``digits`` put for ``{v}``, and is false, with
    the truth as its value, with 0.25 more (each written with a decimal comma when ``comma``)."""
    for number, verdict in ((truth, "holds"), (truth + mpmath.mpf("0.25"), "false")):
        written = mpmath.nstr(number, digits)
        found, value = _one(template.format(v=written.replace(".", ",") if comma else written))
        assert found == verdict and mpmath.almosteq(value, truth, 1e-9)


TABLE = """# Entropy of textbook cases

| Distribution | {header} |
|---|---|
| {coin} | {v1} |
| Biased coin (0.9/0.1) | {v2} |
| Certain event | 0 bits |
| Fair die | 2.585 bits |
| Uniform over 8 outcomes | 3 bits |
| Uniform over 256 outcomes | 8 bits |
| Sum of two fair dice | {v3} |
"""


def test_a_table_of_cases_holds_row_by_row() -> None:
    text = TABLE.format(header="Entropy", coin="Fair coin", v1="1 bit", v2="0.469 bits", v3="3.274 bits")
    found = _verdicts(text)
    assert [verdict for verdict, _ in found.values()] == ["holds"] * 7
    assert mpmath.almosteq(found[6][1], BIASED, 1e-9) and mpmath.almosteq(found[11][1], SUM, 1e-9)
    assert found[10][1] == 8 and mpmath.almosteq(found[8][1], FAIR_DIE, 1e-9)


def test_a_wrong_row_is_false_with_the_cases_entropy() -> None:
    # 0.531 is the KL divergence of (0.9, 0.1) from the fair coin, 3.58 log2(12): neither is an entropy here
    text = TABLE.format(header="Entropy (bits)", coin="Fair coin", v1="1", v2="0.531", v3="3.58")
    found = _verdicts(text)
    assert found[6][0] == "false" and mpmath.almosteq(found[6][1], BIASED, 1e-9)
    assert found[11][0] == "false" and mpmath.almosteq(found[11][1], SUM, 1e-9)
    assert found[5][0] == "holds"


@pytest.mark.parametrize(
    ("header", "coin"),
    [
        ("엔트로피 (비트)", "공정한 동전"),
        ("熵（比特）", "公平的硬币"),
        ("エントロピー (ビット)", "公平なコイン"),
        ("Entropie (Bit)", "Faire Münze"),
        ("Энтропия, бит", "Честная монета"),
    ],
)
def test_a_table_in_other_languages(header: str, coin: str) -> None:
    text = TABLE.format(header=header, coin=coin, v1="1", v2="0.469", v3="3.274")
    found = _verdicts(text)
    assert found[5] == ("holds", FAIR_COIN) and found[6][0] == "holds"


@pytest.mark.parametrize(
    ("line", "truth"),
    [
        ("- Fair coin: {v} bit", FAIR_COIN),
        ("- 공정한 주사위: {v} 비트", FAIR_DIE),
        ("- 公平的骰子：{v} 比特", FAIR_DIE),
        ("- 公平なサイコロ：{v} ビット", FAIR_DIE),
        ("- Die Entropie der Augensumme zweier Würfel liegt bei {v} Bit.", SUM),
        ("- L'entropie d'une pièce truquée (0,9/0,1) vaut {v} bit.", BIASED),
        ("- Entropía del máximo de dos dados: {v} bits.", MAXIMUM),
        ("- A loaded die: {v} bits", LOADED),
    ],
)
def test_a_list_item_is_judged_on_its_case(line: str, truth: mpmath.mpf) -> None:
    lead = "A loaded die shows its faces with probabilities 1/2, 1/4, 1/8, 1/16, 1/32, 1/32.\n\n## Entropies\n\n"
    comma = "," in line.split(":")[0] or "Bit" in line or "vaut" in line or "Entropía" in line
    _holds_then_false(lead + line + "\n", truth, comma, 3 if truth < 1 else 4)


@pytest.mark.parametrize(
    "text",
    [
        "| Source | KL to uniform (bits) |\n|---|---|\n| Fair coin | 0 |\n| Biased coin (0.9/0.1) | 0.531 |\n",
        "## Entropy\n\n- Two flips of a fair coin: 2 bits\n",
        "The entropy of a fair coin is at most 1 bit.\n",
        "A common mistake is to say a fair die has an entropy of 6 bits.\n",
        "If the coin were fair, the entropy would be 1 bit.\n",
        "The self-information of heads for a biased coin (0.9/0.1) is 0.152 bits of entropy.\n",
        "## Entropy\n\n- Rolling a fair die ten times: 25.85 bits\n",
        "## Entropy\n\n- A fair coin flip gives 1 bit; the loaded die 2.1 bits.\n",
        "## Entropy\n\n- Fair coin vs. fair die: 1.585 bits apart\n",
        "## Entropy\n\n- A fair coin with p = 0.9: 0.7 bits\n",
        "## Entropy\n\n- Uniform over 256 values: the ASCII code uses 8 bits.\n",
        "A fair coin has high entropy (1 bit), while a coin with 99% heads has low entropy (0.08 bits).\n",
    ],
)
def test_near_misses_are_not_false(text: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(text, "a.md").claims)


def test_thousands_in_english_are_not_read_as_a_decimal_comma() -> None:
    text = "## Entropy\n\n- Uniform over 8 outcomes: 3,000 bits\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "a.md").claims)


@pytest.mark.parametrize(
    ("sentence", "truth"),
    [
        ("For a uniform distribution over 8 outcomes, H = 8 · (1/8) · 3 = {v} bits.", _entropy(*["1/8"] * 8)),
        ("Fair die: H = 6 × (1/6) × 2.585 ≈ {v} bits.", FAIR_DIE),
        ("Fair coin: H = 2 · (1/2) · 1 = {v} bit", FAIR_COIN),
    ],
)
def test_a_line_of_working_is_judged_on_the_case_before_it(sentence: str, truth: mpmath.mpf) -> None:
    right = mpmath.nstr(truth, 4)
    verdict, value = _one(sentence.format(v=right) + "\n")
    assert verdict == "holds" and mpmath.almosteq(value, truth, 1e-9)
    # the working may be consistent with itself and still not be the case's entropy
    wrong = sentence.replace("3 =", "2 =").replace("1 =", "2 =").format(v=mpmath.nstr(truth + 1, 4))
    verdict, value = _one(wrong + "\n")
    assert verdict == "false" and mpmath.almosteq(value, truth, 1e-9)


GROUPS = [
    (
        "Another spinner has two colours of probability 0.3 and four of 0.1. Its entropy is {v} bits.",
        ["0.3"] * 2 + ["0.1"] * 4,
    ),
    (
        "Für eine Quelle mit drei Symbolen der Wahrscheinlichkeit 1/4 und zwei der Wahrscheinlichkeit 1/8 ergibt sich "
        "eine Entropie von {v} Bit.",
        ["1/4"] * 3 + ["1/8"] * 2,
    ),
    (
        "A source has five outcomes with probability 0.1 and one with 0.5. Its entropy is {v} bits.",
        ["0.1"] * 5 + ["0.5"],
    ),
    ("A source has three outcomes of 1/4 and two of 1/8. Its entropy is {v} bits.", ["1/4"] * 3 + ["1/8"] * 2),
    (
        "Eine Quelle hat fünf Ergebnisse mit Wahrscheinlichkeit 0,1 und eines mit 0,5. Ihre Entropie beträgt {v} Bit.",
        ["0.1"] * 5 + ["0.5"],
    ),
    (
        "Une source a trois valeurs de probabilité 1/4 et deux de 1/8. Son entropie vaut {v} bits.",
        ["1/4"] * 3 + ["1/8"] * 2,
    ),
    (
        "Una fuente tiene tres resultados con probabilidad 1/4 y dos con 1/8. Su entropía es {v} bits.",
        ["1/4"] * 3 + ["1/8"] * 2,
    ),
    (
        "Источник имеет пять исходов с вероятностью 0,1 и один с вероятностью 0,5. Его энтропия равна {v} бита.",
        ["0.1"] * 5 + ["0.5"],
    ),
]


@pytest.mark.parametrize(("sentence", "probabilities"), GROUPS)
def test_counts_given_their_probabilities_in_words(sentence: str, probabilities: list[str]) -> None:
    truth = _entropy(*probabilities)
    comma = "," in sentence
    lead = "For the coin we take p = 0.5 throughout.\n\n"  # a number set to p elsewhere takes nothing from the groups
    _holds_then_false(lead + sentence + "\n", truth, comma, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two outcomes of 0.3 and one of 0.3. Its entropy is 1.58 bits.",  # 0.9 in all: no distribution
        "We ran 3 trials with probability 0.5 and 2 with 0.25. Its entropy is 1.5 bits.",
        "Five outcomes with probability 0.1 and one with 0.5, and p = 0.2. Its entropy is 2 bits.",
    ],
)
def test_counts_that_give_no_distribution_are_not_judged(sentence: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(sentence + "\n", "a.md").claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Entropie von P beträgt H = {v} bit.",
        "L'entropie de P vaut H = {v} bit.",
        "La entropía de P es H = {v} bits.",
        "L'entropia di P è H = {v} bit.",
        "Es gilt $H(P) = {v}$ bit.",
        "The entropy is H = {v} bits.",
    ],
)
def test_a_value_with_a_decimal_comma_and_a_unit(sentence: str) -> None:
    lead = "Let P = (0.5, 0.25, 0.25).\n\n"
    value = sentence.format(v="1.5" if "entropy is" in sentence else "1,5")
    claims = check_text(lead + value + "\n", "a.md").claims[1:]
    assert [claim.verdict for claim in claims] == ["holds"] and mpmath.mpf(claims[0].value or "nan") == 1.5
    wrong = sentence.format(v="1.25" if "entropy is" in sentence else "1,25")
    claims = check_text(lead + wrong + "\n", "a.md").claims[1:]
    assert [claim.verdict for claim in claims] == ["false"] and mpmath.mpf(claims[0].value or "nan") == 1.5


def test_thousands_with_a_unit_stay_unread_as_a_decimal() -> None:
    claims = check_text("Let P = (0.5, 0.25, 0.25).\n\nThe entropy is H = 1,500 bits.\n", "a.md").claims[1:]
    assert all(claim.verdict != "false" for claim in claims)


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("A nat is worth 1.4427 bits per nat.", "holds"),
        ("Ein Nat entspricht 1,4427 Bit pro Nat.", "holds"),
        ("That is 0.693 nats per bit.", "holds"),
        ("That is 0.5 nats per bit.", "false"),
    ],
)
def test_bits_per_nat(sentence: str, verdict: str) -> None:
    (claim,) = check_text(sentence + "\n", "a.md").claims
    assert claim.verdict == verdict


def test_a_column_headed_in_a_language_of_decimal_commas_reads_three_places_after_the_comma() -> None:
    text = "| Fuente | Entropía (bits) |\n|---|---|\n| Dado equilibrado | 2,585 |\n| Moneda justa | 1,000 |\n"
    found = _verdicts(text)
    assert found[3][0] == "holds" and mpmath.almosteq(found[3][1], FAIR_DIE, 1e-9) and found[4] == ("holds", 1)


@pytest.mark.parametrize(
    "text",
    [
        "## Entropies\n\n- A fair die, given that the roll is even: 1.585 bits\n",  # log2 3: three faces left
        "## Entropies\n\n- Parity of a fair die roll: 1 bit\n",  # a fair bit
        "## Entropies\n\n- The sum of two fair dice, given the first shows 6: 2.585 bits\n",  # six sums alike
        "## Entropies\n\n- A fair die, rolled until the first six (number of rolls): 3.9 bits\n",  # geometric
        "Whether a fair die shows a six: 0.65 bits of entropy.\n",  # h(1/6) = 0.650
        "Un dé équilibré à 4 faces a une entropie de 2 bits.\n",  # log2 4
        "## Entropien\n\n- Zwei faire Münzen: 2 Bit\n- Ein fairer Würfel mit 8 Seiten: 3 Bit\n",
        "## 엔트로피\n\n- 공정한 주사위 두 개: 5.17 비트\n- 8면 주사위: 3 비트\n",  # 2 log2 6, log2 8
    ],
)
def test_a_case_changed_by_a_condition_a_function_or_its_count_is_not_the_case(text: str) -> None:
    """Each value is right for what the line names, which is not the plain case its words contain."""
    assert all(claim.verdict != "false" for claim in check_text(text, "notes.md").claims)
    assert abs(mpmath.log(3, 2) - mpmath.mpf("1.585")) < 0.0005 and abs(2 * mpmath.log(6, 2) - 5.17) < 0.005


@pytest.mark.parametrize(
    "sentence",
    [
        "如果硬币是均匀的，熵就是 1 比特； 这里 P = (0.7, 0.3)。",
        "If the coin were fair, the entropy would be 1 bit; here P = (0.7, 0.3).",
    ],
)
def test_a_supposed_case_is_not_the_numbers_given_after_it(sentence: str) -> None:
    claims = check_text(f"# Coin\n\n{sentence}\n", "a.md").claims
    assert [claim.verdict for claim in claims if claim.kind != "definition" and claim.verdict == "false"] == []
