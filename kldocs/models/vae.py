"""The Gaussian case and the VAE KL term in the lecture: shared by the handout and its deck.

After the closed form for two normal distributions comes the term every
variational autoencoder adds to its loss: the encoder's diagonal Gaussian
``N(mu, diag sigma^2)`` against the standard normal prior. It is derived
from the definition like every closed form (the ``vae_kl`` derivation),
summed over the coordinates, and worked out for a fixed example; a chart
shows one coordinate's term against ``sigma``, smallest at ``sigma = 1``
and ``mu = 0``, which is how the term pulls the encoder toward the prior.

>>> from kldocs.models.lecture import Lecture, default_distributions
>>> [block.block for block in vae_blocks(Lecture.build(*default_distributions()))]
['paragraph', 'chain', 'paragraph', 'paragraph', 'chain', 'paragraph', 'chart']
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from kldocs.exact import Base
from kldocs.models.blocks import Block, Chart, Paragraph, ParagraphStyle
from kldocs.models.chains import chain

if TYPE_CHECKING:
    from kldocs.models.lecture import Lecture

#: The fixed example: an encoder's output for one input, in two coordinates.
MEANS = (Fraction(1, 2), Fraction(-1))
SPREADS = (Fraction(1), Fraction(1, 2))
#: The means of the two curves of the chart, and where along sigma it is drawn.
CHART_MEANS = (Fraction(0), Fraction(1))
CHART_SIGMA = (0.25, 3.0)


def vae_blocks(lecture: Lecture) -> list[Block]:
    """The VAE part of the handout's Gaussian section (the deck makes its frames from the same parts)."""
    from kldocs.derivations.vae_instance import vae_instance

    words = lecture.words
    return [
        words.paragraph("lecture.vae.intro"),
        lecture.general("vae_kl"),
        words.paragraph("lecture.vae.diagonal"),
        words.paragraph("lecture.vae.example", "note", **example_fields()),
        chain(vae_instance(MEANS, SPREADS), lecture.language),
        example_result(lecture, "result"),
        vae_chart(lecture),
    ]


def vae_chart(lecture: Lecture) -> Chart:
    """One coordinate's KL term against sigma, for two means: smallest at sigma = 1, mu = 0."""
    from kldocs.families import normal
    from kldocs.measures import kl

    words = lecture.words
    series = []
    xs: tuple[float, ...] = ()
    for mean in CHART_MEANS:
        curve = kl(normal(mean, "sigma"), normal(0, 1, name="Q"), lecture.base).curve
        assert curve is not None
        xs, ys = curve.samples(*CHART_SIGMA)
        series.append((f"$\\mu = {mean}$", ys))
    return Chart(
        "vae",
        "lines",
        (),
        tuple(series),
        r"$\sigma$",
        lecture.unit,
        words("lecture.vae.chart.title"),
        words("lecture.vae.chart.alt"),
        xs,
        words.inline("lecture.vae.chart.caption"),
    )


def example_fields() -> dict[str, str]:
    from kldocs.exact.display import rational_latex

    def listed(values: tuple[Fraction, ...]) -> str:
        return ", ".join(rational_latex(v, decimals=True) for v in values)

    return {"means": listed(MEANS), "spreads": listed(SPREADS)}


def example_result(lecture: Lecture, style: ParagraphStyle = "plain") -> Paragraph:
    """The example's value in the page's unit; on a page in another unit, first in nats, the unit of its derivation.

    The closed form is written with ``ln``, so the derivation ends in nats: a page in bits says so and
    gives both values, never a bare nats decimal beside a value in bits.

    >>> from kldocs.models.lecture import Lecture, default_distributions
    >>> bits = Lecture.build(*default_distributions(), base="2")
    >>> print("".join(segment.content for segment in example_result(bits).segments))
    The KL term of this example is \\approx 0.943 nats, that is \\approx 1.36 bits.
    """
    words, base = lecture.words, lecture.base
    value = example_value(lecture.base, lecture.digits)
    if base.value is None:
        return words.paragraph("lecture.vae.result", style, value=value, unit=lecture.unit)
    nats = example_value(Base(), lecture.digits)
    return words.paragraph(
        "lecture.vae.result.converted", style, nats=nats, nats_unit=words.unit(Base()), value=value, unit=lecture.unit
    )


def example_value(base: Base, digits: int) -> str:
    """The example's value in ``base``, with its relation (``\\approx 0.943``)."""
    from kldocs.derivations.vae_instance import vae_value
    from kldocs.families.certified import in_base

    return r"\approx " + in_base(vae_value(MEANS, SPREADS), base).decimal(digits)
