"""The lecture handout on KL divergence, as plain data, with its slide deck.

The arc: why KL beside cross-entropy; the definition and KL = H(P,Q) - H(P);
two worked examples; cross-entropy as a training loss; asymmetry, and what
it does to a fitted model (forward against reverse KL); the range
[0, inf); KL is not a metric (Jeffreys); Jensen-Shannon beside the often
mislabelled half-Jeffreys; the Gaussian closed form and the VAE KL term; a summary table;
exercises, and their answers on a page of their own. Every number is
computed from the given P, Q and Q2 in the page's base; what cannot be
built from them is labelled as a fixed example. The content comes from
:class:`~kldocs.models.lecture.Lecture`, shared with the deck
(:mod:`kldocs.models.deck`).

>>> page = handout(*default_distributions())
>>> len(page.sections), len(page.slides.frames) > 20
(14, True)
"""

from __future__ import annotations

from kldocs.inputs import Distribution
from kldocs.measures import kl, mixture
from kldocs.models.blocks import Block, Label, Section, numbered
from kldocs.models.deck import deck
from kldocs.models.document import Document
from kldocs.models.lecture import (
    DEFAULT_P,
    DEFAULT_Q,
    DEFAULT_Q2,
    Lecture,
    default_distributions,
    less,
    support_mismatch,
    values_text,
)
from kldocs.models.options import PageOptions
from kldocs.models.sections import (
    approximately,
    data_blocks,
    decomposition_blocks,
    kl_blocks,
    path_blocks,
    rounded,
)
from kldocs.models.source import Source
from kldocs.models.vae import vae_blocks

__all__ = ["DEFAULT_P", "DEFAULT_Q", "DEFAULT_Q2", "default_distributions", "handout", "support_mismatch"]


def handout(P: Distribution, Q: Distribution, Q2: Distribution, options: PageOptions | None = None) -> Document:
    """The handout for a reference P, a model Q and a second model Q2, with its deck.

    Parameters
    ----------
    P, Q, Q2
        Exact distributions of the same length.
    options
        Language, base, header, date (on the title slide) and digits.
    """
    options = options or PageOptions()
    lecture = Lecture.build(P, Q, Q2, language=options.language, base=options.base, digits=options.digits)
    words = lecture.words
    first = lecture.first
    sections = (
        _why(lecture),
        _definition(lecture),
        Section(
            words("handout.example1.heading"),
            tuple(data_blocks(first) + kl_blocks(first) + decomposition_blocks(first)),
        ),
        _second_example(lecture),
        _loss(lecture),
        _asymmetry(lecture),
        _fits(lecture),
        _range(lecture),
        _metric(lecture),
        _jensen_shannon(lecture),
        _gaussian(lecture),
        Section(words("handout.summary.heading"), (lecture.summary_table(),)),
        *_exercises(lecture),
    )
    shown_title = Label(options.title) if options.title is not None else words("handout.title")
    return Document(
        "handout",
        options.language,
        shown_title,
        Label(options.author),
        sections,
        words("handout.subtitle"),
        deck(lecture, shown_title, Label(options.author), options.date),
        Source((P, Q, Q2), options.base, options.digits),
    )


def _why(lecture: Lecture) -> Section:
    words = lecture.words
    blocks: tuple[Block, ...] = (
        words.paragraph("handout.why.p1"),
        words.paragraph("handout.why.p2"),
        words.paragraph("handout.why.analogy", "note"),
    )
    return Section(words("handout.why.heading"), blocks)


def _definition(lecture: Lecture) -> Section:
    words = lecture.words
    blocks: list[Block] = [
        words.paragraph("handout.definition.intro"),
        lecture.general("kl_cross_entropy"),
        words.paragraph("handout.definition.after", "note"),
    ]
    if lecture.base.value is not None:
        blocks += [
            words.paragraph("lecture.base.intro", unit=lecture.unit, b=lecture.base.name),
            lecture.general("base_change"),
        ]
    return Section(words("handout.definition.heading"), tuple(blocks))


def _second_example(lecture: Lecture) -> Section:
    first, second, words = lecture.first, lecture.second, lecture.words
    before, after = kl(first.P, first.Q, first.base), kl(second.P, second.Q, second.base)
    suffix = "" if less(after, before) else "_other"
    blocks: list[Block] = [
        words.paragraph(f"handout.example2.intro{suffix}", q=values_text(second.Q)),
        *kl_blocks(second),
        words.paragraph(
            f"handout.example2.compare{suffix}",
            first=rounded(before, first.digits),
            second=rounded(after, second.digits),
            unit=lecture.unit,
        ),
        *path_blocks(first),
    ]
    return Section(words(f"handout.example2.heading{suffix}"), tuple(blocks))


def _loss(lecture: Lecture) -> Section:
    words = lecture.words
    blocks: tuple[Block, ...] = (
        words.paragraph("lecture.loss.intro"),
        lecture.general("cross_entropy_loss"),
        words.paragraph("lecture.loss.numbers", "result", **lecture.loss_fields()),
        words.paragraph("lecture.loss.training"),
    )
    return Section(words("lecture.loss.heading"), blocks)


def _asymmetry(lecture: Lecture) -> Section:
    pair, words = lecture.second, lecture.words
    forward, backward = kl(pair.P, pair.Q, pair.base), kl(pair.Q, pair.P, pair.base)
    if forward.is_finite != backward.is_finite:
        verdict = "infinite"
    elif not forward.is_finite:  # two infinities are not "equal" directions
        verdict = "both_infinite"
    elif forward.exact == backward.exact:
        verdict = "equal"
    else:
        verdict = "different"
    blocks: tuple[Block, ...] = (
        words.paragraph(
            "handout.asymmetry.intro",
            "result",
            reverse=approximately(backward, pair.digits),
            forward=approximately(forward, pair.digits),
            unit=lecture.unit,
            verdict=words(f"handout.asymmetry.{verdict}"),
        ),
        words.paragraph("handout.asymmetry.why"),
        lecture.asymmetry_chain(),
        words.paragraph("lecture.asymmetry.family"),
        lecture.family_chain(),
    )
    return Section(words("handout.asymmetry.heading"), blocks)


def _fits(lecture: Lecture) -> Section:
    words = lecture.words
    blocks: tuple[Block, ...] = (
        words.paragraph("lecture.fits.intro"),
        words.paragraph("lecture.fixed", "note"),
        lecture.fit_chart(),
        words.paragraph("lecture.fits.numbers", **lecture.fit_fields()),
        words.paragraph("lecture.fits.lesson"),
    )
    return Section(words("lecture.fits.heading"), blocks)


def _range(lecture: Lecture) -> Section:
    broken, words = lecture.broken, lecture.words
    blocks: list[Block] = [
        words.paragraph("handout.range.intro"),
        lecture.general("gibbs"),
        words.paragraph("handout.range.zero"),
        words.paragraph("handout.range.infinite", q=values_text(broken.Q)),
        *kl_blocks(broken)[1:],
    ]
    return Section(words("handout.range.heading"), tuple(blocks))


def _metric(lecture: Lecture) -> Section:
    words = lecture.words
    P, Q, own = lecture.triangle
    blocks: list[Block] = [] if own else [words.paragraph("lecture.metric.fixed", "note")]
    blocks.append(
        words.paragraph("lecture.metric.intro", p=values_text(P), q=values_text(Q), m=values_text(mixture(P, Q)))
    )
    blocks += [
        lecture.triangle_chain(),
        words.paragraph("lecture.metric.after"),
        words.paragraph("lecture.jeffreys.intro"),
        lecture.general("jeffreys"),
        words.paragraph("lecture.jeffreys.after"),
    ]
    return Section(words("lecture.metric.heading"), tuple(blocks))


def _jensen_shannon(lecture: Lecture) -> Section:
    words = lecture.words
    blocks: tuple[Block, ...] = (
        words.paragraph("handout.jsd.intro"),
        lecture.general("jensen_shannon"),
        words.paragraph("handout.jsd.properties"),
        words.paragraph("lecture.jsd.disjoint", "note", unit=lecture.unit),
        lecture.disjoint_chain(),
        words.paragraph("handout.jsd.compare"),
        lecture.jsd_table(),
    )
    return Section(words("handout.jsd.heading"), blocks)


def _gaussian(lecture: Lecture) -> Section:
    words = lecture.words
    blocks: tuple[Block, ...] = (
        words.paragraph("lecture.gaussian.intro"),
        lecture.general("gaussian"),
        words.paragraph("lecture.gaussian.after"),
        *vae_blocks(lecture),
    )
    return Section(words("lecture.gaussian.heading"), blocks)


def _exercises(lecture: Lecture) -> tuple[Section, Section]:
    words = lecture.words
    questions = tuple(numbered(q, i) for i, q in enumerate(lecture.exercises(), 1))
    *texts, derivation = lecture.answers()
    answers = [numbered(text, i) for i, text in enumerate(texts, 1) if text.block == "paragraph"]  # type: ignore[arg-type]
    return (
        Section(words("handout.exercises.heading"), questions),
        Section(words("handout.answers.heading"), (*answers, derivation), new_page=True),
    )
