"""The exercise sheet as a Moodle quiz: Moodle XML for the question bank importer.

The file follows Moodle's documented question XML (``<quiz>`` holding
``<question>`` elements). For each question kind it opens a category
(``<question type="category">``, ``$course$/top/kldocs-<seed>/<kind>``)
and puts one question per variant in it, so a quiz can draw a random
question from each category and every student gets different numbers.

- A finite answer is a ``numerical`` question. Its tolerance is half a
  unit in the last digit shown, plus a hair (0.51 units), so the value
  rounded to the sheet's digits and any more precise value are accepted,
  while a wrong last digit is not.
- An infinite answer cannot be a numerical question (Moodle compares
  finite numbers), and ``closer`` asks for a model, not a number: both are
  ``multichoice`` questions with one right option.

Question texts are HTML (in CDATA sections); inline math is written
between ``\\(`` and ``\\)`` for Moodle's MathJax filter. The quiz is a
plain model (:class:`Quiz`) laid out by the ``moodle/quiz.xml.j2`` template,
which escapes every text.

>>> from kldocs.exercises import draw_exercises
>>> import xml.etree.ElementTree as ET
>>> quiz = ET.fromstring(quiz_xml(draw_exercises(1, 2, kinds=["kl"])))
>>> [question.get("type") for question in quiz]
['category', 'numerical', 'numerical']
>>> tolerance("0.03048")
'0.0000051'
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kldocs.catalog import catalog
from kldocs.exercises import ExerciseSet, Question, Variant
from kldocs.models.blocks import Paragraph, Table
from kldocs.models.exercises import choices, data_table, prompt, summary
from kldocs.models.words import Words
from kldocs.render.environment import Settings, environment, render

#: Tolerance of a numerical answer, in units of its last digit.
TOLERANCE_UNITS = Decimal("0.51")
#: Penalty for each wrong try in adaptive mode (Moodle's usual third).
PENALTY = "0.3333333"


@dataclass(frozen=True)
class QuizQuestion:
    """One question of one variant, as the quiz shows it."""

    name: str
    heading: str
    data: Table
    prompt: Paragraph
    feedback: Paragraph
    numeric: bool
    precision: str = ""
    value: str = ""
    tolerance: str = ""
    options: tuple[tuple[Paragraph, bool], ...] = ()
    shuffle: bool = False


@dataclass(frozen=True)
class QuizCategory:
    """One category of the question bank: a question kind, one question per variant."""

    path: str
    info: Paragraph
    questions: tuple[QuizQuestion, ...]


@dataclass(frozen=True)
class Quiz:
    """The whole question bank."""

    categories: tuple[QuizCategory, ...]
    penalty: str = PENALTY


def quiz_xml(exercises: ExerciseSet, language: str = "en", settings: Settings | None = None) -> bytes:
    """The Moodle XML of every question of every variant, grouped in one category per kind."""
    env = environment("moodle", settings or Settings())
    return render(env, ["moodle/quiz.xml.j2"], quiz=quiz_model(exercises, language), t=catalog(language)).encode()


def quiz_model(exercises: ExerciseSet, language: str = "en") -> Quiz:
    """The question bank as plain data: categories of questions with their texts, answers and tolerances."""
    words = Words(language)
    categories = tuple(
        QuizCategory(
            f"$course$/top/kldocs-{exercises.seed}/{kind}",
            prompt(exercises.variants[0].questions[index], exercises.base, words),
            tuple(_question(variant, variant.questions[index], exercises, words) for variant in exercises.variants),
        )
        for index, kind in enumerate(exercises.kinds)
    )
    return Quiz(categories)


def tolerance(value: str) -> str:
    """The tolerance for ``value`` (a rounded decimal): 0.51 units of its last digit.

    >>> tolerance("1.130"), tolerance("25.00")
    ('0.00051', '0.0051')
    """
    exponent = Decimal(value).as_tuple().exponent
    assert isinstance(exponent, int)
    return format(TOLERANCE_UNITS.scaleb(exponent), "f")


def _question(variant: Variant, question: Question, exercises: ExerciseSet, words: Words) -> QuizQuestion:
    numeric = question.answer.is_numeric
    value = question.answer.value if numeric else ""
    return QuizQuestion(
        name=f"{variant.id} {question.kind}",
        heading=words("exercises.variant.heading", id=variant.id),
        data=data_table(variant, words, question.kind),
        prompt=prompt(question, exercises.base, words),
        feedback=summary(question, variant, exercises.base, exercises.digits, words),
        numeric=numeric,
        precision=words("moodle.precision", digits=str(exercises.digits)) if numeric else "",
        value=value,
        tolerance=tolerance(value) if numeric else "",
        options=() if numeric else choices(question, words),
        shuffle=question.kind == "infinite",
    )
