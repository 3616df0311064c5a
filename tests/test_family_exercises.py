"""Exercise sheets for a parametric family: drawn from a seed, answered exactly, keyed in JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kldocs
from kldocs import InputError
from kldocs.cli import main
from kldocs.exercises.family_draw import draw_family_exercises


@pytest.mark.parametrize(
    "family",
    ["normal", "exponential", "poisson", "geometric", "bernoulli", "binomial", "uniform", "categorical", "mvnormal"],
)
def test_every_variant_is_a_good_exercise_and_its_answers_agree_with_the_measures(family: str) -> None:
    sheet = draw_family_exercises(family, 11, 4, ("kl", "reverse", "entropy"))
    assert len({(v.P.text(), v.Q.text()) for v in sheet.variants}) == 4
    for variant in sheet.variants:
        answers = dict(variant.answers)
        assert answers["kl"].is_finite and float(answers["kl"]) >= 0.005
        assert answers["kl"].exact == kldocs.kl(variant.P, variant.Q).exact
        assert answers["reverse"].symbol(latex=False) == "D_KL(Q||P)"


def test_the_same_seed_gives_the_same_sheet() -> None:
    from kldocs.models.family_exercises import family_key_data

    def key(seed: int) -> object:
        return family_key_data(draw_family_exercises("normal", seed, 3, ("kl",)))

    assert key(5) == key(5) and key(5) != key(6)


def test_kinds_a_family_sheet_does_not_ask_are_refused() -> None:
    with pytest.raises(InputError, match="--kinds: 'closer' is not asked of a family"):
        draw_family_exercises("normal", 1, 1, ("closer",))


def test_exercises_family_writes_a_sheet_a_key_and_json(tmp_path: Path) -> None:
    args = [
        "exercises",
        "--family",
        "exponential",
        "--count",
        "2",
        "--seed",
        "3",
        "--kinds",
        "kl,reverse,ce,entropy,jsd",
    ]
    assert main([*args, "--format", "md,json", "--out", str(tmp_path), "--quiet"]) == 0
    key = json.loads((tmp_path / "key.json").read_text(encoding="utf-8"))
    assert key["family"] == "exponential" and set(key["variants"][0]["p"]) == {"rate"}
    kinds = [question["kind"] for question in key["variants"][0]["questions"]]
    assert kinds == ["kl", "reverse", "ce", "entropy", "jsd"]
    jsd = key["variants"][0]["questions"][-1]["answer"]
    assert jsd["exact"] is None and float(jsd["value"]) > 0
    answers = (tmp_path / "answers.md").read_text(encoding="utf-8").replace("\\_", "_")
    assert "certified numerical integration" in answers and "derivation exponential_kl" in answers


def test_a_family_sheet_asks_for_no_jsd_unless_told(tmp_path: Path) -> None:
    args = ["exercises", "--family", "normal", "--count", "1", "--format", "json", "--out", str(tmp_path), "--quiet"]
    assert main(args) == 0
    key = json.loads((tmp_path / "key.json").read_text(encoding="utf-8"))
    assert [question["kind"] for question in key["variants"][0]["questions"]] == ["kl", "reverse", "ce", "entropy"]


def test_a_quiz_is_refused_for_a_family(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercises", "--family", "normal", "--format", "moodle", "--out", str(tmp_path / "x")]) == 2
    assert capsys.readouterr().err.startswith("kldocs: error: --format: moodle is not written for --family")


def test_an_infinite_answer_says_infinity_and_why() -> None:
    from kldocs.models.blocks import Paragraph
    from kldocs.models.family_exercises import family_answer_key

    sheet = draw_family_exercises("uniform", 0, 1, ("kl", "reverse"))
    assert not dict(sheet.variants[0].answers)["reverse"].is_finite
    page = family_answer_key(sheet)
    shown = [
        "".join(segment.content for segment in block.segments)
        for section in page.sections
        for block in section.blocks
        if isinstance(block, Paragraph)
    ]
    infinite = [line for line in shown if "\\infty" in line]
    assert infinite and "is positive where" in infinite[0] and "inf " not in " ".join(shown)


@pytest.mark.parametrize("categories", [2, 4, 6])
def test_a_categorical_sheet_has_the_categories_asked_for_in_tenths(categories: int) -> None:
    sheet = draw_family_exercises("categorical", 3, 5, ("kl",), categories=categories)
    for variant in sheet.variants:
        for family in (variant.P, variant.Q):
            probabilities = family.p  # type: ignore[attr-defined]
            assert len(probabilities) == categories and sum(probabilities) == 1
            assert all(p > 0 and (p * 10).denominator == 1 for p in probabilities)


def test_a_multivariate_normal_sheet_draws_positive_definite_two_dimensional_pairs() -> None:
    sheet = draw_family_exercises("mvnormal", 4, 6, ("kl", "entropy"))
    for variant in sheet.variants:
        for family in (variant.P, variant.Q):
            (a, b), (c, d) = family.cov  # type: ignore[attr-defined]
            assert b == c and a > 0 and a * d - b * c > 0
        assert dict(variant.answers)["kl"].method == "closed form"


def test_a_multivariate_normal_key_gives_the_certified_jsd(tmp_path: Path) -> None:
    args = ["exercises", "--family", "mvnormal", "--kinds", "kl,jsd", "--count", "2", "--format", "json"]
    assert main([*args, "--out", str(tmp_path), "--quiet"]) == 0
    key = json.loads((tmp_path / "key.json").read_text(encoding="utf-8"))
    for variant in key["variants"]:
        P, Q = (kldocs.mvnormal(variant[d]["mean"], variant[d]["cov"], name=d.upper()) for d in ("p", "q"))
        (answer,) = (q["answer"] for q in variant["questions"] if q["kind"] == "jsd")
        digits = len(answer["value"].replace(".", "").lstrip("0"))
        assert answer["exact"] is None and digits >= 3 and answer["value"] == kldocs.jsd(P, Q).decimal(digits)


def test_exercises_family_categorical_writes_its_key(tmp_path: Path) -> None:
    args = ["exercises", "--family", "categorical", "--categories", "4", "--count", "2", "--format", "json"]
    assert main([*args, "--out", str(tmp_path), "--quiet"]) == 0
    key = json.loads((tmp_path / "key.json").read_text(encoding="utf-8"))
    assert [len(variant["p"]["p"]) for variant in key["variants"]] == [4, 4]
    assert all(q["answer"]["exact"] for variant in key["variants"] for q in variant["questions"])
