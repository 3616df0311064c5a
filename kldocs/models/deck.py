"""The lecture as slides: its own model, built from the same content as the handout.

A slide is not a page cut short. Each :class:`Frame` holds one idea: a few
short bullets, and at most one large block (a derivation, a chart at slide
size, a table). A derivation fits on one frame, or continues on the next
with the last line's right side repeated as its left side, so no frame
opens with a bare ``= ...``. The exercises share one frame; the answers
come at the end. The measures of a frame (:func:`frame_lines`,
:func:`opens_with_continuation`) are what the tests hold the deck to.

>>> from kldocs.models.lecture import Lecture, default_distributions
>>> slides = deck(Lecture.build(*default_distributions()), "KL", "", "2026-01-01")
>>> max(frame_lines(frame) for frame in slides.frames) <= LINE_BUDGET
True
>>> any(opens_with_continuation(frame) for frame in slides.frames)
False
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from kldocs.measures import kl
from kldocs.models.blocks import CHART_WIDTHS_MM, Block, Chart, Items, MathChain, MathLine, Paragraph, Segment, Table
from kldocs.models.chains import SLIDE_WIDTH, fitted, kl_chain
from kldocs.models.lecture import values_text
from kldocs.models.sections import bound_unit, data_blocks, decomposition_blocks, kl_blocks, path_blocks, rounded
from kldocs.models.words import Words

if TYPE_CHECKING:
    from kldocs.models.lecture import Lecture
    from kldocs.models.sections import Pair

B = TypeVar("B", Chart, MathChain)

#: Lines of a derivation on one frame (a wide line counts as more than one).
LINES_PER_FRAME = 4
#: Characters of LaTeX after which a derivation line counts as one more line.
WIDE_LINE = 110
#: Most lines of text a frame may hold (a derivation line counts as two, a chart as its height in lines).
LINE_BUDGET = 13
#: Characters of bullet text per line on a frame.
CHARACTERS_PER_LINE = 72
#: The deck's page (Beamer, 16:9) and the width of a chart on it, in millimetres (the template uses this width).
SLIDE_WIDTH_MM = 160.0
CHART_WIDTH_MM = CHART_WIDTHS_MM["slide"]
#: Lines of text a slide chart takes.
CHART_LINES = 10
#: The smallest scale at which a frame sets a derivation or table (its notes stay at 14 pt or more when projected):
#: the templates shrink no further, and a derivation is split over frames so that it need not be.
LEAST_SCALE = 0.85
#: A slide is projected like a 13.33-inch-wide presentation page: type sizes are judged at that width.
PROJECTION_WIDTH_MM = 338.67
#: Smallest type, in points at projection size, that a chart may use.
MIN_PROJECTED_POINTS = 14.0


@dataclass(frozen=True)
class Frame:
    """One slide: a title, short bullets and at most one large block."""

    title: str
    blocks: tuple[Block, ...]

    @property
    def chart(self) -> Chart | None:
        return next((block for block in self.blocks if isinstance(block, Chart)), None)


@dataclass(frozen=True)
class Deck:
    """The slides of a lecture: title page data and frames."""

    title: str
    subtitle: str
    author: str
    date: str
    language: str
    frames: tuple[Frame, ...]

    def charts(self) -> tuple[Chart, ...]:
        """Every chart the deck shows, at slide size."""
        return tuple(frame.chart for frame in self.frames if frame.chart is not None)


def deck(lecture: Lecture, title: str, author: str, date: str | None = None) -> Deck:
    """The slides of ``lecture``; ``date`` defaults to today (``SOURCE_DATE_EPOCH`` when set)."""
    words = lecture.words
    shown_date = date if date is not None else _today(words)
    builders = (
        _motivation,
        _definition,
        _example_one,
        _example_two,
        _loss,
        _asymmetry,
        _range,
        _metric,
        _jensen_shannon,
        _gaussian,
        _summary,
        _exercises,
        _answers,
    )
    frames = tuple(frame for build in builders for frame in build(lecture))
    return Deck(title, words("handout.subtitle"), author, shown_date, lecture.language, frames)


# --- measures the tests hold every frame to ------------------------------------------------------


def opens_with_continuation(frame: Frame) -> bool:
    """True when the frame's first derivation line has no left side but a relation (a bare ``= ...``)."""
    first = next((block for block in frame.blocks if isinstance(block, MathChain)), None)
    return first is not None and bool(first.lines) and not first.lines[0].lhs and bool(first.lines[0].relation)


def frame_lines(frame: Frame) -> int:
    """How many lines of text the frame takes (an estimate the budget is measured in)."""
    total = 0
    for block in frame.blocks:
        if isinstance(block, Items):
            total += sum(_text_lines(item) for item in block.items)
        elif isinstance(block, Paragraph):
            total += _text_lines(block)
        elif isinstance(block, MathChain):
            total += sum(1 + len(line.rows) for line in block.lines)
        elif isinstance(block, Table):
            total += len(block.rows) + 2 + (1 if block.caption else 0)
        else:
            total += CHART_LINES
    return total


def projected_points(points: float, figure_width_inches: float) -> float:
    """Type of ``points`` in a chart ``figure_width_inches`` wide, placed at :data:`CHART_WIDTH_MM`, when projected."""
    placed = points * CHART_WIDTH_MM / (figure_width_inches * 25.4)
    return placed * PROJECTION_WIDTH_MM / SLIDE_WIDTH_MM


def _text_lines(paragraph: Paragraph) -> int:
    length = sum(len(segment.content) // (2 if segment.kind == "math" else 1) for segment in paragraph.segments)
    return max(1, -(-length // CHARACTERS_PER_LINE))


# --- shaping -------------------------------------------------------------------------------------


def bullets(lecture: Lecture, *keys: str, **fields: str) -> Items:
    """Short bullets from catalog keys (each key's fields filled from ``fields``)."""
    return Items(tuple(lecture.words.paragraph(key, **fields) for key in keys))


def derivation_frames(title: str, chain: MathChain, *lead: Block) -> list[Frame]:
    """A derivation on one frame, or on several of even weight, each continued from the last line before.

    A line weighs more the wider and the taller it is (:func:`line_weight`);
    a frame holds :data:`LINES_PER_FRAME`, and one more for a repeated
    line. A continued piece repeats the right side of the previous frame's
    last line as its own left side (or, when that is wide, as a line of its
    own above it), so it reads on its own.

    >>> from kldocs.models.blocks import MathLine
    >>> lines = tuple(MathLine("x" if i == 0 else "", "=", str(i)) for i in range(7))
    >>> [[(l.lhs, l.rhs) for l in f.blocks[0].lines] for f in derivation_frames("T", MathChain(lines))]
    [[('x', '0'), ('', '1'), ('', '2'), ('', '3')], [('3', '4'), ('', '5'), ('', '6')]]
    """
    lines = fitted(chain, SLIDE_WIDTH).lines
    cuts = _cuts(lines)
    pieces = [_continued(lines, start, end) for start, end in zip([0, *cuts], [*cuts, len(lines)], strict=True)]
    return [Frame(title, (*lead, piece) if index == 0 else (piece,)) for index, piece in enumerate(pieces)]


def _cuts(lines: tuple[MathLine, ...]) -> list[int]:
    """Where to cut the lines into the fewest pieces that each fit a frame, of weights as even as can be.

    A piece fits when its steps weigh at most :data:`LINES_PER_FRAME`, and at
    most one more with the line it repeats from the frame before (a single
    line always fits). Of the cuts into that many pieces, those with the
    lightest heaviest piece, then the least sum of squared weights, are
    taken (on a tie, heavier pieces first).
    """
    count = len(lines)
    weights: dict[tuple[int, int], int] = {}
    for start in range(count):
        for end in range(start + 1, count + 1):
            piece = [line_weight(line) for line in _continued(lines, start, end).lines]
            repeated = piece[0] if len(piece) > end - start else 0
            steps = sum(piece) - repeated
            if end == start + 1 or (steps <= LINES_PER_FRAME and steps + repeated <= LINES_PER_FRAME + 1):
                weights[start, end] = steps + repeated
    # best[end]: (heaviest, sum of squares, cuts) of the best cut of lines[:end] into so many pieces.
    best: dict[int, tuple[int, int, list[int]]] = {0: (0, 0, [])}
    while count not in best:
        following: dict[int, tuple[int, int, list[int]]] = {}
        for start, (heaviest, squares, cuts) in best.items():
            for end in range(count, start, -1):
                if (start, end) in weights:
                    weight = weights[start, end]
                    candidate = (max(heaviest, weight), squares + weight * weight, [*cuts, end])
                    if end not in following or candidate[:2] < following[end][:2]:
                        following[end] = candidate
        best = following
    return best[count][2][:-1]


def _continued(lines: tuple[MathLine, ...], start: int, end: int) -> MathChain:
    """Lines ``start`` to ``end`` for a frame of their own, continued from the line before ``start``."""
    piece = list(lines[start:end])
    if start and not piece[0].lhs and piece[0].relation:
        before = lines[start - 1].rhs
        if len(before) <= WIDE_LINE // 2:
            piece[0] = replace(piece[0], lhs=before)
        else:  # too wide to stand left of another line: it opens the frame on a line of its own
            piece.insert(0, MathLine("", "", before))
    return fitted(MathChain(tuple(piece)), SLIDE_WIDTH)


def line_weight(line: MathLine) -> int:
    """How many frame lines a derivation line takes, at most 3: one more for every :data:`WIDE_LINE` characters of
    LaTeX (tall formulas are long), and at least the rows it is set in (:func:`~kldocs.models.chains.fitted`).

    >>> line_weight(MathLine("x", "=", "a")), line_weight(MathLine("x", "=", "a", shown=("a", "b")))
    (1, 2)
    """
    return min(3, max(len(line.rows), 1 + len(line.lhs + line.rhs) // WIDE_LINE))


def slide_chart(chart: Chart) -> Chart:
    """The chart redrawn for a frame: full width, slide-sized type."""
    return replace(chart, name=f"slide-{chart.name}", size="slide")


def _chart_frame(title: str, chart: Chart, *lead: Block) -> Frame:
    return Frame(title, (*lead, slide_chart(chart)))


def _first(blocks: list[Block], kind: type[B]) -> B:
    return next(block for block in blocks if isinstance(block, kind))


def _kl_chain(pair: Pair) -> MathChain:
    """D_KL(P||Q) worked term by term, however many categories (a page may show a table instead)."""
    return kl_chain(pair.P, pair.Q, pair.base, pair.words.language)


# --- the frames, topic by topic ------------------------------------------------------------------


def _motivation(lecture: Lecture) -> list[Frame]:
    words = lecture.words
    return [
        Frame(words("handout.why.heading"), (bullets(lecture, "slides.why.1", "slides.why.2", "slides.why.3"),)),
        Frame(words("slides.code.title"), (bullets(lecture, "slides.code.1", "slides.code.2", "slides.code.3"),)),
    ]


def _definition(lecture: Lecture) -> list[Frame]:
    words = lecture.words
    frames = derivation_frames(words("handout.definition.heading"), lecture.general("kl_cross_entropy"))
    frames.append(
        Frame(words("slides.conventions.title"), (bullets(lecture, "slides.conventions.1", "slides.conventions.2"),))
    )
    if lecture.base.value is not None:
        lead = bullets(lecture, "slides.base.1", unit=lecture.unit, b=lecture.base.name)
        frames += derivation_frames(words("slides.base.title"), lecture.general("base_change"), lead)
    return frames


def _example_one(lecture: Lecture) -> list[Frame]:
    words, pair = lecture.words, lecture.first
    heading = words("handout.example1.heading")
    data = data_blocks(pair)
    terms = kl_blocks(pair)
    parts = decomposition_blocks(pair)
    frames = [
        _chart_frame(
            f"{heading}: {words('slides.data.title')}", _first(data, Chart), bullets(lecture, "slides.data.1")
        ),
        *derivation_frames(f"{heading}: {words('slides.terms.title')}", _kl_chain(pair)),
    ]
    charts = [block for block in terms + parts if isinstance(block, Chart)]
    frames += [_chart_frame(f"{heading}: {chart.title}", chart) for chart in charts[:1]]
    chains = [block for block in parts if isinstance(block, MathChain)]
    frames += [
        frame for chain in chains for frame in derivation_frames(f"{heading}: {words('slides.parts.title')}", chain)
    ]
    frames += [_chart_frame(chart.title, chart) for chart in charts[1:]]
    return frames


def _example_two(lecture: Lecture) -> list[Frame]:
    words, first, second = lecture.words, lecture.first, lecture.second
    before, after = kl(first.P, first.Q, first.base), kl(second.P, second.Q, second.base)
    fields = {"first": rounded(before, first.digits), "second": rounded(after, second.digits), "unit": lecture.unit}
    heading = words("slides.example2.title")
    lead = bullets(lecture, "slides.example2.1", q=values_text(second.Q), **fields)
    frames = derivation_frames(heading, _kl_chain(second), lead)
    path = _first(path_blocks(first), Chart)
    frames.append(_chart_frame(words("example.path.heading"), path, bullets(lecture, "slides.path.1")))
    return frames


def _loss(lecture: Lecture) -> list[Frame]:
    words = lecture.words
    heading = words("lecture.loss.heading")
    frames = derivation_frames(heading, lecture.general("cross_entropy_loss"))
    fields = lecture.loss_fields()
    frames.append(
        Frame(
            words("slides.loss.numbers.title"),
            (bullets(lecture, "slides.loss.1", "slides.loss.2", "slides.loss.3", **fields),),
        )
    )
    return frames


def _asymmetry(lecture: Lecture) -> list[Frame]:
    words = lecture.words
    fields = {"unit": lecture.unit}
    frames = derivation_frames(
        words("handout.asymmetry.heading"), lecture.asymmetry_chain(), bullets(lecture, "slides.asymmetry.1", **fields)
    )
    frames += derivation_frames(
        words("slides.family.title"), lecture.family_chain(), bullets(lecture, "slides.family.1")
    )
    frames.append(_chart_frame(words("lecture.fits.heading"), lecture.fit_chart(), bullets(lecture, "slides.fits.1")))
    frames.append(
        Frame(
            words("slides.fits.title"),
            (bullets(lecture, "slides.fits.2", "slides.fits.3", "slides.fits.4", **lecture.fit_fields()),),
        )
    )
    return frames


def _range(lecture: Lecture) -> list[Frame]:
    words, broken = lecture.words, lecture.broken
    frames = derivation_frames(words("derivation.gibbs.title"), lecture.general("gibbs"))
    lead = bullets(lecture, "slides.infinite.1", q=values_text(broken.Q))
    frames += derivation_frames(words("slides.infinite.title"), _kl_chain(broken), lead)
    return frames


def _metric(lecture: Lecture) -> list[Frame]:
    words = lecture.words
    _, _, own = lecture.triangle
    lead = bullets(lecture, "slides.metric.1" if own else "slides.metric.fixed")
    frames = derivation_frames(words("lecture.metric.heading"), lecture.triangle_chain(), lead)
    frames += derivation_frames(
        words("slides.jeffreys.title"), lecture.general("jeffreys"), bullets(lecture, "slides.jeffreys.1")
    )
    return frames


def _jensen_shannon(lecture: Lecture) -> list[Frame]:
    words = lecture.words
    frames = derivation_frames(words("handout.jsd.heading"), lecture.general("jensen_shannon"))
    lead = bullets(lecture, "slides.jsd.1", "slides.jsd.2", bound=lecture.bound(), unit=bound_unit(words, lecture.base))
    frames += derivation_frames(words("slides.jsd.bound.title"), lecture.disjoint_chain(), lead)
    frames.append(Frame(words("slides.jsd.table.title"), (bullets(lecture, "slides.jsd.3"), lecture.jsd_table())))
    return frames


def _gaussian(lecture: Lecture) -> list[Frame]:
    return derivation_frames(lecture.words("lecture.gaussian.heading"), lecture.general("gaussian")) + _vae(lecture)


def _vae(lecture: Lecture) -> list[Frame]:
    """The VAE slides: the derivation, then the example with its value, then the chart."""
    from kldocs.derivations.vae_instance import vae_instance
    from kldocs.models.chains import chain
    from kldocs.models.vae import MEANS, SPREADS, example_fields, example_result, vae_chart

    words = lecture.words
    title = words("lecture.vae.heading")
    lead = Items((words.paragraph("slides.vae.1"),))
    frames = derivation_frames(title, lecture.general("vae_kl"), lead)
    example = Items(
        (
            words.paragraph("slides.vae.2", **example_fields()),
            example_result(lecture),
        )
    )
    frames += derivation_frames(title, chain(vae_instance(MEANS, SPREADS), lecture.language), example)
    frames.append(Frame(title, (Items((words.paragraph("slides.vae.3"),)), slide_chart(vae_chart(lecture)))))
    return frames


def _summary(lecture: Lecture) -> list[Frame]:
    return [Frame(lecture.words("handout.summary.heading"), (lecture.summary_table(),))]


def _exercises(lecture: Lecture) -> list[Frame]:
    return [Frame(lecture.words("handout.exercises.heading"), (Items(lecture.exercises(), numbered=True),))]


def _answers(lecture: Lecture) -> list[Frame]:
    words = lecture.words
    *texts, derivation = lecture.answers()
    answers = tuple(text for text in texts if isinstance(text, Paragraph))
    title = words("handout.answers.heading")
    frames = [Frame(title, (Items(answers[:-1], numbered=True),))]
    last = Paragraph((Segment("text", f"{len(answers)}. "), *answers[-1].segments))
    assert isinstance(derivation, MathChain)
    frames += derivation_frames(title, derivation, Items((last,)))
    return frames


def _today(words: Words) -> str:
    """Today's date in the page's language (reproducible builds set ``SOURCE_DATE_EPOCH``)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    day = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date()
        if epoch and epoch.isdigit()
        else datetime.date.today()
    )
    return words("lecture.date", year=str(day.year), month=str(day.month), day=str(day.day))
