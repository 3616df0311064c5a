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

Question texts are HTML; inline math is written between ``\\(`` and
``\\)`` for Moodle's MathJax filter. The tree is built with ElementTree, so
every text is escaped for XML.

>>> from kldocs.exercises import draw_exercises
>>> import xml.etree.ElementTree as ET
>>> quiz = ET.fromstring(quiz_xml(draw_exercises(1, 2, kinds=["kl"])))
>>> [question.get("type") for question in quiz]
['category', 'numerical', 'numerical']
>>> tolerance("0.03048")
'0.0000051'
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from decimal import Decimal

from kldocs.exercises import ExerciseSet, Question, Variant
from kldocs.models.blocks import Paragraph, Table
from kldocs.models.exercises import choices, data_table, prompt, summary
from kldocs.models.words import Words

#: Tolerance of a numerical answer, in units of its last digit.
TOLERANCE_UNITS = Decimal("0.51")
#: Penalty for each wrong try in adaptive mode (Moodle's usual third).
PENALTY = "0.3333333"


def quiz_xml(exercises: ExerciseSet, language: str = "en") -> bytes:
    """The Moodle XML of every question of every variant, grouped in one category per kind."""
    words = Words(language)
    quiz = ET.Element("quiz")
    for index, kind in enumerate(exercises.kinds):
        category = ET.SubElement(quiz, "question", type="category")
        _text(ET.SubElement(category, "category"), f"$course$/top/kldocs-{exercises.seed}/{kind}")
        info = ET.SubElement(category, "info", format="html")
        _text(info, paragraph_html(prompt(exercises.variants[0].questions[index], exercises.base, words)))
        for variant in exercises.variants:
            quiz.append(_question(variant, variant.questions[index], exercises, words))
    ET.indent(quiz)
    return ET.tostring(quiz, encoding="utf-8", xml_declaration=True) + b"\n"


def tolerance(value: str) -> str:
    """The tolerance for ``value`` (a rounded decimal): 0.51 units of its last digit.

    >>> tolerance("1.130"), tolerance("25.00")
    ('0.00051', '0.0051')
    """
    exponent = Decimal(value).as_tuple().exponent
    assert isinstance(exponent, int)
    return format(TOLERANCE_UNITS.scaleb(exponent), "f")


def segment_html(kind: str, content: str) -> str:
    r"""One run of a page as HTML for Moodle: math between ``\(`` and ``\)``; text escaped and kept
    away from MathJax (``tex2jax_ignore``), so a label such as ``\(x\)`` prints as typed."""
    if kind == "math":
        return rf"\({html.escape(content)}\)"
    return f'<span class="tex2jax_ignore">{html.escape(content)}</span>'


def paragraph_html(paragraph: Paragraph) -> str:
    """A paragraph as HTML."""
    return "".join(segment_html(segment.kind, segment.content) for segment in paragraph.segments)


def table_html(table: Table) -> str:
    """A table as a small HTML table."""

    def cell(tag: str, content: str, kind: str, align: str) -> str:
        return f'<{tag} style="text-align: {align}; padding: 0 0.6em">{segment_html(kind, content)}</{tag}>'

    head = "".join(cell("th", c.content, c.kind, c.align) for c in table.header)
    body = "".join(
        "<tr>" + "".join(cell("td", c.content, c.kind, c.align) for c in row) + "</tr>" for row in table.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _question(variant: Variant, question: Question, exercises: ExerciseSet, words: Words) -> ET.Element:
    numeric = question.answer.is_numeric
    element = ET.Element("question", type="numerical" if numeric else "multichoice")
    _text(ET.SubElement(element, "name"), f"{variant.id} {question.kind}")
    lines = [
        f"<p>{html.escape(words('exercises.variant.heading', id=variant.id))}</p>",
        table_html(data_table(variant, words, question.kind)),
        f"<p>{paragraph_html(prompt(question, exercises.base, words))}</p>",
    ]
    if numeric:
        lines.append(f"<p>{html.escape(words('moodle.precision', digits=str(exercises.digits)))}</p>")
    _text(ET.SubElement(element, "questiontext", format="html"), "\n".join(lines))
    feedback = summary(question, variant, exercises.base, exercises.digits, words)
    _text(ET.SubElement(element, "generalfeedback", format="html"), f"<p>{paragraph_html(feedback)}</p>")
    ET.SubElement(element, "defaultgrade").text = "1"
    ET.SubElement(element, "penalty").text = PENALTY
    ET.SubElement(element, "hidden").text = "0"
    if numeric:
        answer = ET.SubElement(element, "answer", fraction="100", format="moodle_auto_format")
        _text(answer, question.answer.value)
        ET.SubElement(answer, "tolerance").text = tolerance(question.answer.value)
        _text(ET.SubElement(answer, "feedback", format="html"), "")
        ET.SubElement(element, "unitgradingtype").text = "0"
        ET.SubElement(element, "unitpenalty").text = "0.1000000"
        ET.SubElement(element, "showunits").text = "3"
        ET.SubElement(element, "unitsleft").text = "0"
        return element
    ET.SubElement(element, "single").text = "true"
    ET.SubElement(element, "shuffleanswers").text = "true" if question.kind == "infinite" else "false"
    ET.SubElement(element, "answernumbering").text = "abc"
    for name in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _text(ET.SubElement(element, name, format="html"), "")
    for option, right in choices(question, words):
        answer = ET.SubElement(element, "answer", fraction="100" if right else "0", format="html")
        _text(answer, paragraph_html(option))
        _text(ET.SubElement(answer, "feedback", format="html"), "")
    return element


def _text(parent: ET.Element, content: str) -> ET.Element:
    """Moodle keeps every text in a ``<text>`` child."""
    child = ET.SubElement(parent, "text")
    child.text = content
    return child
