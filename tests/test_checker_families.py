"""The checker reads claims about parametric families and VAE KL terms, and judges them with the families layer."""

from __future__ import annotations

import math

import mpmath
import pytest

from kldocs.checker import check_text


def judged(text: str) -> list[tuple[str, str, str | None]]:
    return [(claim.kind, claim.verdict, claim.value) for claim in check_text(text, "notes.md").claims]


def test_a_true_gaussian_claim_holds() -> None:
    assert judged("The KL divergence between N(0,1) and N(1,1) is 0.5 nats.") == [("kl", "holds", "0.5000000000")]


def test_a_false_gaussian_claim_gives_the_right_value() -> None:
    ((kind, verdict, value),) = judged("The KL divergence between N(0, 1) and N(0, 4) is 0.75 nats.")
    assert (kind, verdict) == ("kl", "false") and value == "0.3181471806"


def test_a_value_that_holds_with_a_standard_deviation_in_place_of_the_variance_is_left_unchecked() -> None:
    # N(0, 2) read with 2 as the standard deviation gives log 2 + 1/8 - 1/2 = 0.318...; as a variance, 0.0966...
    assert abs(math.log(2) + 1 / 8 - 1 / 2 - 0.318) < 5e-4
    report = check_text("$D_{KL}(\\mathcal{N}(0, 1) \\| \\mathcal{N}(0, 2)) = 0.318$ nats", "notes.md")
    (claim,) = report.claims
    assert claim.verdict == "unchecked" and "variance" in claim.note and "standard deviation" in claim.note
    # A value that fits neither reading is false.
    (wrong,) = check_text("$D_{KL}(\\mathcal{N}(0, 1) \\| \\mathcal{N}(0, 2)) = 0.25$ nats", "notes.md").claims
    assert wrong.verdict == "false"


def test_a_formula_claim_about_poisson_distributions_holds_in_the_base_it_holds_in() -> None:
    (claim,) = check_text("$D_{KL}(\\text{Poisson}(2) \\| \\text{Poisson}(3)) \\approx 0.273$", "a.md").claims
    assert claim.verdict == "holds" and claim.unit == "bits"


def test_a_vae_term_is_checked_coordinate_by_coordinate() -> None:
    text = "For the VAE, with $\\mu = (0.5, -1)$ and $\\sigma = (1, 0.5)$, the KL term is 0.943 nats."
    assert judged(text) == [("kl", "holds", "0.9431471806")]
    wrong = "For a VAE with $\\mu = 0.5$ and $\\sigma = 2$, the KL term is 1.0 nats."
    assert judged(wrong) == [("kl", "false", "0.9318528194")]


def test_a_support_mismatch_claim_is_false_and_says_why() -> None:
    (claim,) = check_text("The KL divergence from U(0, 2) to U(0, 1) is 0.693 nats.", "a.md").claims
    assert claim.verdict == "false" and claim.value == "inf" and "none outside" in claim.note


def test_a_differential_entropy_claim() -> None:
    assert judged("The differential entropy of N(0, 1) is 1.419 nats.") == [("entropy", "holds", "1.418938533")]


def test_a_family_value_cut_off_at_three_or_more_significant_digits_holds_and_says_so() -> None:
    # ln(2 pi e)/2 = 1.41893853... nats; the VAE term (sigma^2 + mu^2 - 1 - ln sigma^2)/2 = (3.25 - ln 4)/2 = 0.93185...
    entropy = mpmath.log(2 * mpmath.pi * mpmath.e) / 2
    vae = (mpmath.mpf("3.25") - mpmath.log(4)) / 2
    (cut,) = check_text("The differential entropy of N(0, 1) is 1.418 nats.", "notes.md").claims
    assert (cut.verdict, cut.value) == ("holds", mpmath.nstr(entropy, 10))
    assert f"1.418 is {mpmath.nstr(entropy, 10)} cut off, not rounded" in cut.note
    (term,) = check_text("For a VAE with $\\mu = 0.5$ and $\\sigma = 2$, the KL term is 0.931 nats.", "a.md").claims
    assert (term.verdict, term.value) == ("holds", mpmath.nstr(vae, 10))
    assert f"0.931 is {mpmath.nstr(vae, 10)} cut off, not rounded" in term.note
    assert judged("The differential entropy of N(0, 1) is 1.417 nats.") == [("entropy", "false", cut.value)]


def test_a_family_value_that_holds_in_no_usual_base_gets_each_bases_value_and_no_base() -> None:
    # ln(2 pi e)/2 = 1.4189... nats = 2.0470... bits; (3.25 - ln 4)/2 = 0.9318... nats = 1.3443... bits.
    entropy = mpmath.log(2 * mpmath.pi * mpmath.e) / 2
    vae = (mpmath.mpf("3.25") - mpmath.log(4)) / 2
    texts = (
        ("The differential entropy of N(0, 1) is 1.417.", entropy, "the entropy is"),
        ("For a VAE with $\\mu = 0.5$ and $\\sigma = 2$, the KL term is 0.95.", vae, "the VAE KL term is"),
    )
    for text, nats, words in texts:
        (claim,) = check_text(text, "notes.md").claims
        assert (claim.verdict, claim.value, claim.base, claim.unit) == ("false", None, None, None)
        bits = nats / mpmath.log(2)
        assert f"{words} {mpmath.nstr(nats, 10)} nats or {mpmath.nstr(bits, 10)} bits" in claim.note


@pytest.mark.parametrize("text", ["N(0, 1) is a normal distribution with entropy.", "See N(0,1) and N(1,1)."])
def test_text_without_a_value_is_not_a_claim(text: str) -> None:
    assert judged(text) == []


@pytest.mark.parametrize(
    ("family", "p", "q"), [("normal", "mu=0, sigma=1", "mu=1, sigma=2"), ("geometric", "1/2", "1/3")]
)
def test_a_family_page_checks_with_no_false_claim(family: str, p: str, q: str) -> None:
    from kldocs.families import parse_family
    from kldocs.models.family_example import family_example
    from kldocs.render.environment import Settings
    from kldocs.render.pages import render_page

    page = family_example(parse_family(family, p), parse_family(family, q, "Q"))
    names = {chart.name: f"{chart.name}.png" for chart in page.charts()}
    report = check_text(render_page(page, "md", Settings(), names), "example.md")
    assert report.false_count == 0
    assert sum(1 for claim in report.claims if claim.verdict == "holds") >= 8


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The KL divergence between U(0, 2) and U(0, 1) is infinite.", "holds"),
        ("The KL divergence between Poisson(2) and Bin(5, 0.5) is infinity.", "holds"),
        ("The KL divergence between U(0, 1) and U(0, 2) is infinite.", "false"),
        ("For a VAE with mu = 0.5 and sigma = 2 the KL term is infinite.", "false"),
    ],
)
def test_a_claim_in_words_that_a_value_is_infinite_is_read_and_judged(text: str, verdict: str) -> None:
    ((kind, found, _value),) = judged(text)
    assert (kind, found) == ("kl", verdict)


def vae_nats(mean: float, spread: float) -> float:
    import math

    return (spread**2 + mean**2 - 1 - math.log(spread**2)) / 2


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The KL term for a mean of 0.5 and a standard deviation of 0.8 against the standard normal is 0.168 nats.",
            "holds",
        ),
        (
            "The KL term for a mean of 0.5 and a standard deviation of 0.8 against the standard normal is 0.2 nats.",
            "holds",
        ),
        (
            "The KL divergence of a Gaussian with mean 0.5 and standard deviation 0.8 from N(0, 1) is 0.348 nats.",
            "false",
        ),
        ("In a VAE, the encoder gives mean 1 and sd 1; the KL term is 0.5 nats.", "holds"),
        ("The KL term with mean 0.5 and variance 0.64 is 0.168 nats.", "holds"),
    ],
)
def test_a_vae_term_stated_in_words_is_checked(text: str, verdict: str) -> None:
    ((kind, found, value),) = judged(text)
    assert (kind, found) == ("kl", verdict)
    assert value is not None and float(value) == pytest.approx(vae_nats(*_numbers(text)), rel=1e-9)


def _numbers(text: str) -> tuple[float, float]:
    import re

    mean = float(re.search(r"mean (?:of )?(-?[\d.]+)", text)[1])  # type: ignore[index]
    spread = re.search(r"(?:deviation|sd) (?:of )?([\d.]+)", text)
    return mean, float(spread[1]) if spread else float(re.search(r"variance ([\d.]+)", text)[1]) ** 0.5  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        "The KL term with mean 0.5 and variance 0.5 is 0.2 nats.",  # no exact standard deviation
        "The KL divergence between a normal with mean 0.5 and sd 0.8 and N(1, 1) is 0.2 nats.",  # not the standard one
        "The KL term for means of 0.5 and 1 and a standard deviation of 0.8 is 0.7 nats.",  # two means, one spread
        "The KL divergence from N(0, 1) to a Gaussian with mean 0.5 and sd 0.8 is 0.2 nats.",  # direction not usual
        "A Gaussian with mean 0.5 and standard deviation 0.8 has entropy 1.2 nats.",  # not a KL term
    ],
)
def test_a_vae_term_in_words_that_cannot_be_read_surely_is_left_unread(text: str) -> None:
    assert [claim for claim in judged(text) if claim[1] != "unchecked" and claim[0] == "kl"] == []


def test_claims_about_families_in_a_tight_list_are_judged_one_item_at_a_time() -> None:
    # The two items were read as one sentence, whose numbers were paired wrongly: a "holds" for two false claims.
    text = (
        "- KL(N(1, 0.25) || N(0, 1)) = 0.5 nats.\n"
        "- The Jensen-Shannon divergence between N(0,1) and N(1,1) is 0.2 nats.\n"
    )
    report = check_text(text, "a.md")
    assert [(claim.lines, claim.kind, claim.verdict) for claim in report.claims] == [
        ((1,), "kl", "false"),
        ((2,), "jsd", "false"),
    ]
    assert [claim.value for claim in report.claims] == ["0.8181471806", "0.1114214822"]


def test_a_sentence_of_many_family_mentions_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each mention looked at all the text before it for "P =" (quadratic: 10 MB of "N(0,1) 0,5 " took 400 s).
    from kldocs.checker import family_claims

    seen: list[int] = []
    pattern = family_claims._DEFINED_BEFORE

    class Measured:
        def search(self, text: str) -> object:
            seen.append(len(text))
            return pattern.search(text)

    monkeypatch.setattr(family_claims, "_DEFINED_BEFORE", Measured())
    check_text("The KL divergence is 0.5 nats for " + "N(0, 1) and " * 2000 + "N(1, 1).\n", "a.md")
    assert len(seen) >= 2000 and max(seen) <= 64


def test_a_comment_line_is_a_sentence_of_its_own() -> None:
    # Two comment lines were one sentence: the family claim took its value from the next line ("= 1.585 bits").
    text = (
        '"""Values in bits unless stated."""\n'
        "# The KL divergence between N(0, 1) and N(1, 1) is 0.5 nats.\n"
        "# Entropy is largest for the uniform distribution: log2(3) = 1.585 bits.\n"
    )
    (family,) = [claim for claim in check_text(text, "notes.py").claims if "N(0, 1)" in claim.text]
    assert (family.verdict, family.unit) == ("holds", "nats")
    assert "1.585" not in family.text
