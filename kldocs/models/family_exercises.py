"""An exercise sheet for a parametric family, its answer key and its JSON key, as plain data.

The sheet gives each variant's two distributions and one numbered question
per kind; the key gives each answer (exact where there is an exact form,
certified otherwise, and says which), with the worked closed form for the
KL divergence, every step checked. In the JSON key, ``p`` and ``q`` hold
each variant's parameters (as ``compute --json`` does for families).

>>> from kldocs.exercises.family_draw import draw_family_exercises
>>> sheet = draw_family_exercises("exponential", 1, 2, ("kl", "entropy"))
>>> [section.heading for section in family_sheet(sheet).sections]
['Instructions', 'Variant 1-001', 'Variant 1-002']
>>> family_key_data(sheet)["variants"][0]["p"]
{'rate': '1'}
"""

from __future__ import annotations

from typing import Any

from kldocs.exercises.family_draw import FamilyExercises, FamilyVariant
from kldocs.families.quantity import FamilyQuantity
from kldocs.models.blocks import Block, Label, Paragraph, Section, numbered
from kldocs.models.chains import chain
from kldocs.models.document import Document
from kldocs.models.options import PageOptions
from kldocs.models.words import Words

#: The catalog key of each question's prompt.
PROMPTS = {
    "kl": "exercises.prompt.kl",
    "reverse": "exercises.prompt.reverse",
    "ce": "exercises.prompt.ce",
    "entropy": "exercises.prompt.entropy",
    "jsd": "exercises.prompt.jsd",
}


def family_sheet(exercises: FamilyExercises, options: PageOptions | None = None) -> Document:
    """The student sheet: instructions, then each variant's distributions and questions."""
    options = options or PageOptions()
    words = Words(options.language)
    base = exercises.base
    instructions = (
        words.paragraph(
            "family.exercise.instructions",
            family=words(f"family.name.{exercises.family}"),
            log_name=words.log_name(base),
            unit=words.unit(base),
            digits=str(exercises.digits),
        ),
    )
    sections = [Section(words("exercises.instructions.heading"), instructions)]
    for variant in exercises.variants:
        blocks: list[Block] = [_data(variant, words)]
        blocks.extend(
            Paragraph(numbered(_prompt(kind, variant, exercises, words), i).segments, "question")
            for i, (kind, _) in enumerate(variant.answers, 1)
        )
        sections.append(Section(words("exercises.variant.heading", id=variant.id), tuple(blocks)))
    return _document("exercises", "exercises.title", exercises, options, words, sections)


def family_answer_key(exercises: FamilyExercises, options: PageOptions | None = None) -> Document:
    """The answer key: every answer, and the worked closed form of each KL divergence."""
    from kldocs.derivations.family_instance import family_instance

    options = options or PageOptions()
    words = Words(options.language)
    sections = []
    for variant in exercises.variants:
        blocks: list[Block] = [_data(variant, words)]
        for i, (kind, quantity) in enumerate(variant.answers, 1):
            blocks.append(numbered(_answer(quantity, exercises, words), i))
            if kind == "kl" and quantity.method == "closed form" and quantity.exact is not None:
                blocks.append(chain(family_instance("kl", variant.P, variant.Q), words.language))
        sections.append(Section(words("exercises.variant.heading", id=variant.id), tuple(blocks)))
    return _document("answers", "answers.title", exercises, options, words, sections)


def family_key_data(exercises: FamilyExercises, language: str = "en") -> dict[str, Any]:
    """The JSON key: each variant's parameters and each question's answer (value and exact form, if any)."""
    from kldocs.cli.family import parameters_json

    words = Words(language)
    return {
        "seed": exercises.seed,
        "family": exercises.family,
        "variants": [
            {
                "id": variant.id,
                "p": parameters_json(variant.P),
                "q": parameters_json(variant.Q),
                "base": exercises.base.name,
                "questions": [
                    {
                        "kind": kind,
                        "prompt": _prompt_text(kind, variant, exercises, words),
                        "answer": {"value": quantity.decimal(exercises.digits), "exact": quantity.text() or None},
                    }
                    for kind, quantity in variant.answers
                ],
            }
            for variant in exercises.variants
        ],
    }


def _data(variant: FamilyVariant, words: Words) -> Paragraph:
    return words.paragraph("family.exercise.data", p=variant.P.latex(), q=variant.Q.latex())


def _prompt(kind: str, variant: FamilyVariant, exercises: FamilyExercises, words: Words) -> Paragraph:
    key = "family.exercise.differential_entropy" if kind == "entropy" and not variant.P.discrete else PROMPTS[kind]
    return words.paragraph(key, unit=words.unit(exercises.base))


def _prompt_text(kind: str, variant: FamilyVariant, exercises: FamilyExercises, words: Words) -> str:
    """The question as text with ``$...$`` inline math (the JSON key's ``prompt``, as for finite sheets)."""
    key = "family.exercise.differential_entropy" if kind == "entropy" and not variant.P.discrete else PROMPTS[kind]
    return words(key, unit=words.unit(exercises.base))


def _answer(quantity: FamilyQuantity, exercises: FamilyExercises, words: Words) -> Paragraph:
    symbol = quantity.symbol()
    unit = words.unit(exercises.base)
    if not quantity.is_finite:
        first, second = quantity.p.name, quantity.q.name if quantity.q is not None else quantity.p.name
        return words.paragraph("family.exercise.infinite", symbol=symbol, first=first, second=second)
    value = quantity.decimal(exercises.digits)
    if quantity.exact is not None and quantity.exact.is_finite:
        return words.paragraph("family.exercise.exact", symbol=symbol, exact=quantity.latex(), value=value, unit=unit)
    return words.paragraph(
        "family.exercise.certified", symbol=symbol, value=value, unit=unit, method=quantity.description
    )


def _document(
    kind: str, title_key: str, exercises: FamilyExercises, options: PageOptions, words: Words, sections: list[Section]
) -> Document:
    subtitle = words(
        "answers.subtitle" if kind == "answers" else "exercises.subtitle",
        seed=str(exercises.seed),
        count=str(len(exercises.variants)),
    )
    title = Label(options.title) if options.title is not None else words(title_key)
    return Document(kind, options.language, title, Label(options.author), tuple(sections), subtitle)
