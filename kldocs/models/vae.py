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

from kldocs.models.blocks import Block, Chart
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
        words.paragraph("lecture.vae.result", "result", value=example_value(lecture), unit=lecture.unit),
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


def example_value(lecture: Lecture) -> str:
    """The example's value in the page's unit, with its relation (``\\approx 0.943``)."""
    from kldocs.derivations.vae_instance import vae_value
    from kldocs.families.certified import in_base

    value = in_base(vae_value(MEANS, SPREADS), lecture.base)
    return r"\approx " + value.decimal(lecture.digits)
