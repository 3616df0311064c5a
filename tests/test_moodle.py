"""The Moodle quiz: well-formed XML with the elements Moodle's importer reads, and fair tolerances."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from kldocs.exercises import DEFAULT_KINDS, draw_exercises
from kldocs.models.exercises import key_data
from kldocs.render.moodle import quiz_xml, tolerance

COUNT = 3


def accepts(answer: ET.Element, response: Decimal) -> bool:
    """Moodle's rule for a numerical answer with a nominal tolerance."""
    value, allowed = Decimal(_text(answer)), Decimal(answer.findtext("tolerance", ""))
    return abs(response - value) <= allowed


def _text(element: ET.Element) -> str:
    text = element.find("text")
    assert text is not None
    return text.text or ""


@pytest.fixture(scope="module")
def quiz() -> tuple[ET.Element, dict[str, object]]:
    sheet = draw_exercises(21, COUNT, kinds=DEFAULT_KINDS)
    root = ET.fromstring(quiz_xml(sheet))
    return root, key_data(sheet)


def test_the_quiz_parses_and_has_one_category_per_kind_with_one_question_per_variant(
    quiz: tuple[ET.Element, dict[str, object]],
) -> None:
    root, _ = quiz
    assert root.tag == "quiz"
    questions = list(root)
    assert all(question.tag == "question" for question in questions)
    assert len(questions) == len(DEFAULT_KINDS) * (COUNT + 1)
    for index, kind in enumerate(DEFAULT_KINDS):
        category, *members = questions[index * (COUNT + 1) : (index + 1) * (COUNT + 1)]
        assert category.get("type") == "category"
        assert category.findtext("category/text") == f"$course$/top/kldocs-21/{kind}"
        names = [member.findtext("name/text") for member in members]
        assert names == [f"21-{number:03d} {kind}" for number in range(1, COUNT + 1)]


def test_numerical_questions_have_the_elements_moodle_reads(quiz: tuple[ET.Element, dict[str, object]]) -> None:
    root, key = quiz
    numerical = root.findall("question[@type='numerical']")
    assert len(numerical) == COUNT * (len(DEFAULT_KINDS) - 1)  # all but closer
    answers = {
        f"{variant['id']} {question['kind']}": question["answer"]["value"]
        for variant in key["variants"]  # type: ignore[attr-defined]
        for question in variant["questions"]
    }
    for question in numerical:
        text = question.find("questiontext")
        assert text is not None and text.get("format") == "html"
        assert "<table>" in _text(text) and r"\(" in _text(text)
        assert question.findtext("defaultgrade") == "1"
        assert question.find("generalfeedback/text") is not None
        (answer,) = question.findall("answer")
        assert answer.get("fraction") == "100"
        assert _text(answer) == answers[question.findtext("name/text", "")]
        assert answer.find("tolerance") is not None


def test_choice_questions_have_exactly_one_right_option() -> None:
    sheet = draw_exercises(4, 2, kinds=["kl", "infinite"])
    root = ET.fromstring(quiz_xml(sheet))
    choices = root.findall("question[@type='multichoice']")
    assert len(choices) == 2
    for question in choices:
        options = question.findall("answer")
        assert len(options) == 4 and [o.get("fraction") for o in options].count("100") == 1
        right = next(o for o in options if o.get("fraction") == "100")
        assert r"\infty" in _text(right)
        assert question.findtext("single") == "true"


def test_the_tolerance_accepts_correct_rounding_and_rejects_a_wrong_last_digit(
    quiz: tuple[ET.Element, dict[str, object]],
) -> None:
    root, _ = quiz
    for answer in root.findall("question[@type='numerical']/answer"):
        value = Decimal(_text(answer))
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)
        unit = Decimal(1).scaleb(exponent)
        assert accepts(answer, value)
        # Any true value that rounds to the shown one, written with more digits.
        assert accepts(answer, value + unit * Decimal("0.4999"))
        assert accepts(answer, value - unit * Decimal("0.5"))
        assert not accepts(answer, value + unit)
        assert not accepts(answer, value - unit)


def test_tolerance_is_half_a_unit_of_the_last_digit_and_a_hair() -> None:
    assert tolerance("0.03048") == "0.0000051"
    assert tolerance("2.000") == "0.00051"
    assert tolerance("12.35") == "0.0051"


def test_question_html_is_kept_whole_in_cdata() -> None:
    sheet = draw_exercises(2, 1, kinds=["reverse"])
    raw = quiz_xml(sheet).decode()
    assert raw.startswith("<?xml")
    question = ET.fromstring(raw).find("question[@type='numerical']/questiontext/text")
    assert question is not None and question.text is not None
    assert question.text.startswith("<p>") and "<table>" in question.text  # HTML as Moodle reads it


def test_user_text_in_a_question_is_escaped_and_kept_away_from_mathjax() -> None:
    from kldocs.models.blocks import Cell, Table
    from kldocs.render.environment import Settings, environment

    macros = environment("moodle", Settings()).get_template("moodle/_html.j2").module
    hostile = Table((Cell("category"), Cell("P", "math")), ((Cell(r"\(x\) <b> ]]>"), Cell("0.5")),))
    html_text = str(macros.table(hostile))  # type: ignore[attr-defined]
    assert r'<span class="tex2jax_ignore">\(x\) &lt;b&gt; ]]&gt;</span>' in html_text  # cannot close the CDATA
    assert r"\(P\)" in html_text
