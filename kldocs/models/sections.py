"""Blocks shared by the worked example and the handout, built from a pair P, Q.

Each function returns the blocks of one part of a page for a :class:`Pair`:
the words come from the catalog, the numbers from the measures, the algebra
from the derivations layer (through :mod:`kldocs.models.chains`). Pages put
them under headings of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from kldocs.exact import Base, ExactValue, LogSum
from kldocs.exact.display import rational_text
from kldocs.inputs import Distribution
from kldocs.measures import Quantity, cross_entropy, entropy, jeffreys, jsd, kl, mixture
from kldocs.measures.quantity import SHOWN_TERMS
from kldocs.models.blocks import Block, Cell, Chart, Inline, Label, Table, decimal_rows
from kldocs.models.chains import decomposition_chain, kl_chain
from kldocs.models.words import Words

if TYPE_CHECKING:
    from kldocs.families.quantity import FamilyQuantity

#: Above this many categories the page shows a summary table, not every term.
TERM_BY_TERM_LIMIT = 12
#: Rows of the summary table for many categories.
SUMMARY_ROWS = 8
#: Significant digits of the KL divergence given once more precisely, after its rounded value.
PRECISE_DIGITS = 10
#: Points along the path from Q to P in the path chart.
PATH_POINTS = 41


@dataclass(frozen=True)
class Pair:
    """Everything the blocks of one pair need.

    Attributes
    ----------
    P, Q
        Exact distributions of the same length; P is the reference.
    base
        The logarithm base of the values shown.
    words
        The catalog of the page's language.
    digits
        Significant digits of rounded values.
    prefix
        Prepended to chart names, so that two pairs on one page do not clash.
    """

    P: Distribution
    Q: Distribution
    base: Base
    words: Words
    digits: int = 3
    prefix: str = ""


def data_blocks(pair: Pair) -> list[Block]:
    """The two distributions: a sentence, a table, a bar chart."""
    P, Q, words = pair.P, pair.Q, pair.words
    assert P.probabilities is not None and Q.probabilities is not None
    blocks: list[Block] = [words.paragraph("example.data.intro", n=str(len(P)))]
    for distribution in (P, Q):
        if distribution.normalized:
            blocks.append(words.paragraph("example.data.normalized", "note", name=distribution.name))
    blocks.append(distribution_table((P, Q), words, words.inline("example.data.caption")))
    blocks.append(
        Chart(
            pair.prefix + "distributions",
            "bars",
            P.labels,
            (("$P$", _floats(P.probabilities)), ("$Q$", _floats(Q.probabilities))),
            words("example.chart.category"),
            words("example.chart.probability"),
            words("example.chart.distributions.title"),
            words("example.chart.distributions.alt"),
            caption=words.inline("example.chart.distributions.caption"),
        )
    )
    return blocks


def kl_blocks(pair: Pair) -> list[Block]:
    """D_KL(P||Q) term by term (or a summary for many categories), its value and a chart of the terms."""
    P, Q, base, words, digits = pair.P, pair.Q, pair.base, pair.words, pair.digits
    divergence = kl(P, Q, base)
    terms = divergence.terms()
    blocks: list[Block] = [
        words.paragraph("example.kl.intro", log_name=words.log_name(base), unit=words.unit(base)),
    ]
    if len(P) <= TERM_BY_TERM_LIMIT:
        blocks.append(kl_chain(P, Q, base, words.language))
    else:
        blocks.extend(_summary_table(divergence, words, digits))
    for term in terms:
        if term.status == "zero":
            blocks.append(words.paragraph("example.kl.zero", "note", label=Label(term.label)))
        elif term.status == "infinite":
            p = rational_text(Fraction(term.p))
            blocks.append(words.paragraph("example.kl.infinite", "note", label=Label(term.label), p=p))
    if not divergence.is_finite:
        return blocks
    assert divergence.exact is not None
    rational = divergence.exact.rational_value()
    if rational == 0:
        blocks.append(words.paragraph("example.kl.result_zero", "result"))
    else:
        other = Base.parse("2") if base.value is None else Base()
        blocks.append(
            words.paragraph(
                "example.kl.result" if rational is None else "example.kl.result_rational",
                "result",
                exact=divergence.latex(SHOWN_TERMS),
                value=divergence.decimal(digits),
                unit=words.unit(base, one=rational == 1),
                other=kl(P, Q, other).decimal(digits),
                other_unit=words.unit(other),
                digits=str(digits),
            )
        )
    if rational is None:
        precise = divergence.decimal(PRECISE_DIGITS)
        blocks.append(
            words.paragraph("example.kl.precise", "follow_up", precise=precise, precise_digits=str(PRECISE_DIGITS))
        )
    blocks.append(
        Chart(
            pair.prefix + "terms",
            "signed_bars",
            P.labels,
            ((words("example.chart.terms.series"), tuple(float(term.value) for term in terms)),),
            words("example.chart.category"),
            words.unit(base),
            words("example.chart.terms.title"),
            words("example.chart.terms.alt"),
            caption=words.inline("example.chart.terms.caption"),
        )
    )
    return blocks


def decomposition_blocks(pair: Pair) -> list[Block]:
    """The same value as cross-entropy minus entropy, with a stacked chart."""
    P, Q, base, words, digits = pair.P, pair.Q, pair.base, pair.words, pair.digits
    divergence = kl(P, Q, base)
    blocks: list[Block] = [words.paragraph("example.ce.intro")]
    if not divergence.is_finite:
        blocks.append(words.paragraph("example.ce.infinite", "note"))
        return blocks
    blocks.append(decomposition_chain(P, Q, base, words.language))
    blocks.append(
        words.paragraph(
            "example.ce.result",
            "result",
            ce=approximately(cross_entropy(P, Q, base), digits),
            h=approximately(entropy(P, base), digits),
            kl=approximately(divergence, digits),
            unit=words.unit(base),
        )
    )
    reverse = kl(Q, P, base)
    if reverse.is_finite:
        blocks.append(
            Chart(
                pair.prefix + "decomposition",
                "stacked",
                ("$H(P, Q)$", "$H(Q, P)$"),
                (
                    (words("example.chart.stack.entropy"), (float(entropy(P, base)), float(entropy(Q, base)))),
                    (words("example.chart.stack.kl"), (float(divergence), float(reverse))),
                ),
                "",
                words.unit(base),
                words("example.chart.stack.title"),
                words("example.chart.stack.alt"),
                caption=words.inline("example.chart.stack.caption"),
            )
        )
    return blocks


def reverse_blocks(pair: Pair) -> list[Block]:
    """D_KL(Q||P) beside D_KL(P||Q), and what the difference says."""
    P, Q, base, words, digits = pair.P, pair.Q, pair.base, pair.words, pair.digits
    forward, backward = kl(P, Q, base), kl(Q, P, base)
    blocks: list[Block] = [
        words.paragraph("example.reverse.intro"),
        words.paragraph(
            "example.reverse.result",
            "result",
            reverse=approximately(backward, digits),
            forward=approximately(forward, digits),
            unit=words.unit(base),
        ),
    ]
    if forward.is_finite != backward.is_finite:
        blocks.append(words.paragraph("example.reverse.infinite"))
    elif not forward.is_finite:  # two infinities do not "agree": each side has a zero where the other has not
        blocks.append(words.paragraph("example.reverse.both_infinite"))
    elif forward.exact == backward.exact:
        blocks.append(words.paragraph("example.reverse.equal"))
    else:
        assert forward.exact is not None and backward.exact is not None
        larger = "P" if (forward.exact - backward.exact).sign() > 0 else "Q"
        blocks.append(words.paragraph("example.reverse.larger", larger=larger))
    return blocks


def jsd_blocks(pair: Pair) -> list[Block]:
    """The mixture M, the JSD and the JS distance, and the half-Jeffreys warning."""
    P, Q, base, words, digits = pair.P, pair.Q, pair.base, pair.words, pair.digits
    divergence = jsd(P, Q, base)
    return [
        words.paragraph("example.jsd.intro"),
        distribution_table((P, Q, mixture(P, Q)), words, words.inline("example.jsd.mixture")),
        words.paragraph(
            "example.jsd.result",
            "result",
            bound=log2_bound(base, digits),
            unit=words.unit(base),
            bound_unit=bound_unit(words, base),
            **jsd_fields(divergence, digits),
        ),
        words.paragraph(
            "example.jsd.not_jeffreys", "note", half_jeffreys=approximately(jeffreys(P, Q, base), digits, 2)
        ),
    ]


def path_blocks(pair: Pair) -> list[Block]:
    """Both KL directions along the straight path from Q to P (a direction infinite all along is explained)."""
    import numpy as np

    from kldocs.measures import floats

    words = pair.words
    p, q = pair.P.as_array(), pair.Q.as_array()
    scale = pair.base.nats_per_unit
    ts = np.linspace(0.0, 1.0, PATH_POINTS)
    directions = (
        ("example.chart.path.forward", [floats.kl(p, (1 - t) * q + t * p) / scale for t in ts]),
        ("example.chart.path.backward", [floats.kl((1 - t) * q + t * p, p) / scale for t in ts]),
    )
    series = tuple((words(key), _finite(values)) for key, values in directions if np.isfinite(values[:-1]).any())
    blocks: list[Block] = [words.paragraph("example.path.intro")]
    if len(series) < len(directions):
        blocks.append(words.paragraph("example.path.infinite", "note"))
    blocks.append(
        Chart(
            pair.prefix + "path",
            "lines",
            (),
            series,
            words("example.chart.path.x"),
            words.unit(pair.base),
            words("example.chart.path.title"),
            words("example.chart.path.alt"),
            tuple(float(t) for t in ts),
            words.inline("example.chart.path.caption"),
        )
    )
    return blocks


def log2_bound(base: Base, digits: int) -> str:
    r"""The bound of the JSD in the page's unit, as math: ``\ln 2 \approx 0.693`` or ``\log_{2} 2 = 1``.

    >>> log2_bound(Base.parse("2"), 3)
    '\\log_{2} 2 = 1'
    """
    value = ExactValue.from_logs(LogSum.log(2), base)
    exact = value.rational_value()
    if exact is not None:
        return f"{base.latex_log('2')} = {rational_text(exact)}"
    return f"{base.latex_log('2')} \\approx {value.decimal(digits)}"


def bound_unit(words: Words, base: Base) -> str:
    """The unit after the JSD's bound: singular where the bound is exactly 1 (``log_2 2 = 1`` bit).

    >>> bound_unit(Words("en"), Base.parse("2")), bound_unit(Words("en"), Base())
    ('bit', 'nats')
    """
    return words.unit(base, one=ExactValue.from_logs(LogSum.log(2), base).rational_value() == 1)


def approximately(quantity: Quantity | FamilyQuantity, digits: int, divisor: int = 1) -> str:
    r"""The value with its relation, for math: ``\approx 0.0305``, or ``= \infty``, or ``= 0`` when it is exact.

    >>> from kldocs.measures import kl
    >>> approximately(kl("1/2 1/2", "1/4 3/4"), 3), approximately(kl("1/2 1/2", "1/2 1/2"), 3)
    ('\\approx 0.144', '= 0')
    """
    return with_relation(rounded(quantity, digits, divisor), quantity.exact, divisor)


def with_relation(decimal: str, exact: ExactValue | None, divisor: int = 1) -> str:
    r"""``\approx`` and a rounded value, or ``=`` when it is the exact value (``exact / divisor``) or ``\infty``.

    >>> with_relation("0.25", ExactValue.number(Fraction(1, 4))), with_relation("0.333", None)
    ('= 0.25', '\\approx 0.333')
    """
    rational = exact.rational_value() if exact is not None else None
    exactly = decimal == r"\infty" or (rational is not None and rational / divisor == Fraction(decimal))
    return ("= " if exactly else r"\approx ") + decimal


def jsd_fields(divergence: Quantity | FamilyQuantity, digits: int) -> dict[str, str]:
    """The JSD and its square root, the JS distance, each with its relation: the fields of ``example.jsd.result``."""
    value = with_relation(divergence.decimal(digits), divergence.exact)
    return {"jsd": value, "distance": "= 0" if value == "= 0" else r"\approx " + divergence.sqrt_decimal(digits)}


def rounded(quantity: Quantity | FamilyQuantity, digits: int, divisor: int = 1) -> str:
    """The value (divided by ``divisor``, exactly) rounded for a page, or the LaTeX infinity sign.

    A value with no exact form (a certified integral) is divided as an enclosure, never as a float.
    """
    if not quantity.is_finite:
        return r"\infty"
    if quantity.exact is not None:
        return (quantity.exact * Fraction(1, divisor)).decimal(digits)
    certified = getattr(quantity, "certified", None)
    assert certified is not None
    return certified.divided(divisor).decimal(digits)


def distribution_table(
    columns: tuple[Distribution, ...], words: Words, caption: Inline = (), *, rows: int | None = None
) -> Table:
    """Category labels and one column per distribution, numbers as the reader typed them (floats as ``repr``
    shows them); with ``rows``, only the first ``rows`` categories.

    A column is headed by its distribution's name: as math for the page's own names (``P``, ``Q_2``), as text
    for any other (a name given in Python is user text).

    >>> from kldocs.inputs import parse_distribution
    >>> P, Q = parse_distribution("0.2 0.8"), parse_distribution([0.5, 0.5], name="Q")
    >>> table = distribution_table((P, Q), Words("en"))
    >>> [[cell.content for cell in row] for row in (table.header, *table.rows)]
    [['category', 'P', 'Q'], ['x1', '0.2', '0.5'], ['x2', '0.8', '0.5']]
    """
    first = columns[0]
    count = len(first) if rows is None else min(rows, len(first))
    header = (Cell(words("example.data.category")), *(_name_cell(d.name) for d in columns))
    values = decimal_rows(*(_shown_probabilities(d, count) for d in columns))
    labels = (first.label(i) for i in range(count))
    rows_shown = tuple((Cell(Label(label)), *cells) for label, cells in zip(labels, values, strict=True))
    return Table(header, rows_shown, caption)


#: Names of distributions that the pages write as math.
_MATH_NAMES = re.compile(r"[A-Z](_?\d)?")


def is_math_name(name: str) -> bool:
    """Whether a distribution's name is one the pages write as math (``P``, ``Q_2``), not other user text.

    >>> is_math_name("Q2"), is_math_name("<b>")
    (True, False)
    """
    return _MATH_NAMES.fullmatch(name) is not None


def _name_cell(name: str) -> Cell:
    return Cell(name, "math", "right") if is_math_name(name) else Cell(Label(name), "text", "right")


def _shown_probabilities(distribution: Distribution, count: int) -> list[str]:
    """The first ``count`` probabilities: exact ones as the reader typed them, floats as ``repr`` shows them."""
    if distribution.is_exact:
        return [rational_text(x) for x in distribution.head(count)]
    return distribution.shown_values(count)


def _summary_table(divergence: Quantity, words: Words, digits: int) -> list[Block]:
    terms = sorted(divergence.terms(), key=lambda term: -abs(float(term.value)))
    shown = terms[:SUMMARY_ROWS]
    header = (
        Cell(words("example.data.category")),
        Cell("p_i", "math", "right"),
        Cell("q_i", "math", "right"),
        Cell(words("example.terms.term").replace("$", ""), "math", "right"),
    )
    values = decimal_rows(
        [rational_text(Fraction(term.p)) for term in shown],
        [rational_text(Fraction(term.q or 0)) for term in shown],
        [_term_decimal(term.value, digits) for term in shown],
    )
    rows = tuple((Cell(Label(term.label)), *cells) for term, cells in zip(shown, values, strict=True))
    rest = sum((float(term.value) for term in terms[SUMMARY_ROWS:]), 0.0)
    caption = words.inline("example.kl.summary.caption", rest=f"{rest:.{digits}g}")
    return [
        words.paragraph("example.kl.summary", n=str(len(terms)), shown=str(len(shown))),
        Table(header, rows, caption),
    ]


def _term_decimal(value: Any, digits: int) -> str:
    return value.decimal(digits) if hasattr(value, "decimal") else f"{value:.{digits}g}"


def _finite(values: list[float]) -> tuple[float, ...]:
    """Infinite points (Q with a zero where P is positive, at t = 0) become NaN: not drawn."""
    return tuple(v if v != float("inf") else float("nan") for v in values)


def _floats(values: tuple[Fraction, ...]) -> tuple[float, ...]:
    return tuple(float(v) for v in values)
