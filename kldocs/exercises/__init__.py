"""Exercise sheets: variants drawn from a seed, with exact answers.

This package is data only (it sits with the measures): it draws the
distributions of every variant and works out each answer exactly. The
pages (sheet and answer key) are built by :mod:`kldocs.models.exercises`;
:mod:`kldocs.render.publish` writes every format, and
:mod:`kldocs.render.moodle` the Moodle quiz.

>>> sheet = draw_exercises(3, 1, kinds=["kl", "bits"])
>>> [(question.kind, question.answer.value) for question in sheet.variants[0].questions]
[('kl', '0.06146'), ('bits', '0.08867')]
"""

from kldocs.exercises.answers import Answer
from kldocs.exercises.draw import ExerciseSet, Question, Variant, draw_exercises, nice_distribution
from kldocs.exercises.kinds import DEFAULT_KINDS, KINDS, Kind, check_base, check_kinds

__all__ = [
    "DEFAULT_KINDS",
    "KINDS",
    "Answer",
    "ExerciseSet",
    "Kind",
    "Question",
    "Variant",
    "check_base",
    "check_kinds",
    "draw_exercises",
    "nice_distribution",
]
