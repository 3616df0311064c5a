"""The exercise sheet, its answer key and the JSON key, as plain data.

The sheet (a :class:`~kldocs.models.document.Document` of kind
``"exercises"``) gives each variant its distributions as a table and a bar
chart, then one numbered question per kind. The answer key (kind
``"answers"``) gives, for each question, the answer in one sentence and
the worked steps from the derivations layer, every step checked. The JSON
key (:func:`key_data`) is what a grading script reads.

Every number comes from :mod:`kldocs.exercises` (drawn and answered
exactly) and the measures; nothing here formats for a particular output.

>>> from kldocs.exercises import draw_exercises
>>> sheet = draw_exercises(5, 2, kinds=["kl", "entropy"])
>>> page = exercise_sheet(sheet)
>>> [section.heading for section in page.sections]
['Instructions', 'Variant 5-001', 'Variant 5-002']
>>> key_data(sheet)["variants"][0]["questions"][0]["answer"]
{'value': '1.130', 'exact': '3/5*log(2) + 13/20*log(3)'}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from typing import Any

from kldocs.exact import Base, ExactValue, LogSum
from kldocs.exact.display import rational_text
from kldocs.exercises import ExerciseSet, Kind, Question, Variant
from kldocs.exercises.answers import BITS
from kldocs.inputs import Distribution
from kldocs.measures import entropy, jsd, kl
from kldocs.measures.support import first_infinite_term
from kldocs.models.blocks import Block, Cell, Chart, Label, Paragraph, Section, Table, decimal_rows, numbered, rich
from kldocs.models.chains import chain
from kldocs.models.document import Document
from kldocs.models.options import PageOptions
from kldocs.models.source import Source, VariantSource
from kldocs.models.words import Words

#: Significant digits of the decimal that ends each worked chain (at least the answer's).
CHAIN_DIGITS = 6
#: The distributions a question of each kind uses, where not P and Q.
COLUMNS: dict[str, tuple[str, ...]] = {"entropy": ("P",), "closer": ("P", "Q", "Q_2"), "infinite": ("P", "Q_2")}

Mapper = Callable[..., Iterable[Any]]


def exercise_sheet(exercises: ExerciseSet, options: PageOptions | None = None, *, charts: bool = True) -> Document:
    """The student sheet: instructions, then each variant's data and questions.

    Parameters
    ----------
    exercises
        The drawn variants (they carry their own base and digits).
    options
        Language and header; the title defaults to the catalog's.
    charts
        Give each variant a bar chart of its distributions.
    """
    options = options or PageOptions()
    language, title, author = options.language, options.title, options.author
    words = Words(language)
    base = exercises.base
    has_q2 = any(variant.q2 is not None for variant in exercises.variants)
    instructions: list[Block] = [
        words.paragraph(
            "exercises.instructions",
            labels=Label(", ".join(exercises.variants[0].labels)),
            log_name=words.log_name(base),
            unit=words.unit(base),
            digits=str(exercises.digits),
        )
    ]
    if has_q2:
        instructions.append(words.paragraph("exercises.instructions.q2"))
    sections = [Section(words("exercises.instructions.heading"), tuple(instructions))]
    for variant in exercises.variants:
        blocks: list[Block] = [data_table(variant, words)]
        if charts:
            blocks.append(variant_chart(variant, words))
        blocks.extend(
            Paragraph(numbered(prompt(question, base, words), i).segments, "question")
            for i, question in enumerate(variant.questions, 1)
        )
        sections.append(Section(words("exercises.variant.heading", id=variant.id), tuple(blocks)))
    return Document(
        "exercises",
        language,
        Label(title) if title is not None else words("exercises.title"),
        Label(author),
        tuple(sections),
        words("exercises.subtitle", seed=str(exercises.seed), count=str(len(exercises.variants))),
        source=_source(exercises),
    )


def answer_key(exercises: ExerciseSet, options: PageOptions | None = None, *, mapper: Mapper = map) -> Document:
    """The answer key: for every variant and question, the answer and its worked, checked steps.

    Parameters
    ----------
    exercises
        The drawn variants (they carry their own base and digits).
    options
        Language and header. The title is the sheet's, marked as its
        answer key; it defaults to the catalog's.
    mapper
        Applies :func:`variant_answers` to the variants, in order: ``map``,
        or the ``map`` of an executor to work the variants out in parallel.
    """
    options = options or PageOptions()
    language, title, author = options.language, options.title, options.author
    words = Words(language)
    count = len(exercises.variants)
    bases = [exercises.base] * count
    digits = [exercises.digits] * count
    languages = [language] * count
    worked = mapper(variant_answers, exercises.variants, bases, digits, languages)
    sections = tuple(
        Section(words("answers.variant.heading", id=variant.id), tuple(blocks))
        for variant, blocks in zip(exercises.variants, worked, strict=True)
    )
    return Document(
        "answers",
        language,
        Label(words("answers.custom_title", title=title)) if title is not None else words("answers.title"),
        Label(author),
        sections,
        words("answers.subtitle", seed=str(exercises.seed), count=str(count)),
        source=_source(exercises),
    )


def variant_answers(variant: Variant, base: Base, digits: int, language: str) -> tuple[Block, ...]:
    """The answer-key blocks of one variant: its data, then each answer with its worked steps.

    A plain function of picklable arguments, so that a process pool can run it.
    """
    from kldocs.derivations import (
        cross_entropy_instance,
        decomposition_instance,
        entropy_instance,
        jsd_instance,
        kl_instance,
    )

    words = Words(language)
    P, Q, Q2 = variant.distributions()
    kinds = {question.kind for question in variant.questions}
    places = max(CHAIN_DIGITS, digits)
    blocks: list[Block] = [data_table(variant, words)]
    for number, question in enumerate(variant.questions, 1):
        blocks.append(numbered(summary(question, variant, base, digits, words), number))
        kind = question.kind
        if kind == "kl":
            blocks.append(chain(kl_instance(P, Q, base, digits=places), language))
        elif kind == "reverse":
            blocks.append(words.paragraph("answers.reverse.roles", "note"))
            blocks.append(chain(kl_instance(Q, P, base, digits=places), language))
        elif kind == "ce":
            blocks.append(chain(cross_entropy_instance(P, Q, base, digits=places), language))
            blocks.append(words.paragraph("answers.ce.check"))
            blocks.append(chain(decomposition_instance(P, Q, base, digits=places), language))
        elif kind == "entropy":
            blocks.append(chain(entropy_instance(P, base, digits=places), language))
        elif kind == "jsd":
            blocks.append(chain(jsd_instance(P, Q, base, digits=places), language))
        elif kind == "closer":
            assert Q2 is not None
            if "kl" not in kinds:
                blocks.append(words.paragraph("answers.closer.first"))
                blocks.append(chain(kl_instance(P, Q, base, digits=places), language))
            blocks.append(chain(kl_instance(P, Q2, base, digits=places), language))
        elif kind == "bits":
            blocks.append(chain(kl_instance(P, Q, BITS, digits=places), language))
        else:
            assert Q2 is not None
            blocks.append(chain(kl_instance(P, Q2, base, digits=places), language))
    return tuple(blocks)


def prompt(question: Question, base: Base, words: Words) -> Paragraph:
    """The question as it stands on the sheet."""
    return words.paragraph(f"exercises.prompt.{question.kind}", unit=words.unit(base))


def prompt_text(question: Question, base: Base, words: Words) -> str:
    """The question as text with ``$...$`` inline math (the JSON key's ``prompt``)."""
    return words(f"exercises.prompt.{question.kind}", unit=words.unit(base))


def summary(question: Question, variant: Variant, base: Base, digits: int, words: Words) -> Paragraph:
    """The answer to one question in one sentence, with the numbers that support it."""
    P, Q, Q2 = variant.distributions()
    answer, unit = question.answer, words.unit(base)
    value = {"exact": answer.latex, "value": answer.value, "unit": unit}
    kind = question.kind
    if kind in ("kl", "entropy"):
        return words.paragraph(f"answers.{kind}", "result", **value)
    if kind == "reverse":
        forward, backward = kl(P, Q, base).exact, kl(Q, P, base).exact
        assert forward is not None and backward is not None
        key = "answers.reverse.larger" if (backward - forward).sign() > 0 else "answers.reverse.smaller"
        return words.paragraph(key, "result", forward=kl(P, Q, base).decimal(digits), **value)
    if kind == "ce":
        return words.paragraph(
            "answers.ce",
            "result",
            entropy=entropy(P, base).decimal(digits),
            kl=kl(P, Q, base).decimal(digits),
            **value,
        )
    if kind == "jsd":
        return words.paragraph("answers.jsd", "result", distance=jsd(P, Q, base).sqrt_decimal(digits), **value)
    if kind == "closer":
        assert Q2 is not None
        return words.paragraph(
            "answers.closer",
            "result",
            which=answer.latex,
            first=kl(P, Q, base).decimal(digits),
            second=kl(P, Q2, base).decimal(digits),
            unit=unit,
        )
    if kind == "bits":
        return words.paragraph(
            "answers.bits",
            "result",
            factor=base.latex_log("2"),
            factor_value=ExactValue.from_logs(LogSum.log(2), base).decimal(digits),
            from_value=kl(P, Q, base).decimal(digits),
            **value,
        )
    assert Q2 is not None
    term = first_infinite_term(kl(P, Q2, base))
    assert term is not None
    return words.paragraph("answers.infinite", "result", label=Label(term.label), p=rational_text(Fraction(term.p)))


def choices(question: Question, words: Words) -> tuple[tuple[Paragraph, bool], ...]:
    """For a question whose answer is not a finite number: the options of a multiple-choice
    question, each with whether it is right.

    ``closer`` offers the two models; ``infinite`` offers infinity and three
    tempting wrong answers.
    """
    if question.kind == "closer":
        return tuple((rich(f"${latex}$"), question.answer.latex == latex) for latex in ("Q", "Q_2"))
    if question.kind == "infinite":
        keys = ("infinite", "finite", "zero", "undefined")
        return tuple((words.paragraph(f"moodle.choice.{key}"), key == "infinite") for key in keys)
    raise ValueError(f"{question.kind!r} has a numerical answer")


def data_table(variant: Variant, words: Words, kind: Kind | None = None) -> Table:
    """The variant's distributions, one column each, probabilities as short decimals.

    With ``kind``, only the columns a question of that kind uses (for a
    question that stands on its own, as in a quiz).
    """
    names = COLUMNS.get(kind, ("P", "Q")) if kind is not None else ("P", "Q", "Q_2")
    columns = [column for column in variant.distributions() if column is not None and column.name in names]
    header = (Cell(words("example.data.category")), *(Cell(column.name, "math", "right") for column in columns))
    values = decimal_rows(*([rational_text(x) for x in _values(column)] for column in columns))
    rows = tuple((Cell(Label(label)), *cells) for label, cells in zip(variant.labels, values, strict=True))
    return Table(header, rows, words.inline("exercises.data.caption"))


def variant_chart(variant: Variant, words: Words) -> Chart:
    """A grouped bar chart of the variant's distributions."""
    columns = [column for column in variant.distributions() if column is not None]
    series = tuple((f"${column.name}$", tuple(float(v) for v in _values(column))) for column in columns)
    return Chart(
        f"variant-{variant.id}",
        "bars",
        variant.labels,
        series,
        words("example.chart.category"),
        words("example.chart.probability"),
        words("exercises.chart.title", id=variant.id),
        words("exercises.chart.alt", id=variant.id),
        size="sheet",
    )


def key_data(exercises: ExerciseSet, language: str = "en") -> dict[str, Any]:
    """The JSON key: for every variant its distributions, base and each question's answer.

    The shape is the contract of ``kldocs exercises --format json``:
    ``{"seed", "variants": [{"id", "p", "q", "q2", "base", "questions":
    [{"kind", "prompt", "answer": {"value", "exact"}}]}]}``, with
    probabilities as fraction strings and ``q2`` None when unused.
    """
    words = Words(language)
    return {
        "seed": exercises.seed,
        "variants": [
            {
                "id": variant.id,
                "p": _fractions(variant.p),
                "q": _fractions(variant.q),
                "q2": None if variant.q2 is None else _fractions(variant.q2),
                "base": exercises.base.name,
                "questions": [
                    {
                        "kind": question.kind,
                        "prompt": prompt_text(question, exercises.base, words),
                        "answer": {"value": question.answer.value, "exact": question.answer.exact},
                    }
                    for question in variant.questions
                ],
            }
            for variant in exercises.variants
        ],
    }


def _source(exercises: ExerciseSet) -> Source:
    """What the sheet and the key were made from, for a notebook: no answers."""
    variants = tuple(VariantSource.of(variant) for variant in exercises.variants)
    return Source(base=exercises.base, digits=exercises.digits, variants=variants)


def _fractions(values: Sequence[Fraction]) -> list[str]:
    return [str(value) for value in values]


def _values(distribution: Distribution) -> tuple[Fraction, ...]:
    assert distribution.probabilities is not None
    return distribution.probabilities
