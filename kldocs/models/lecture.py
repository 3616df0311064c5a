"""The content of the lecture, shared by the handout and its slide deck.

A :class:`Lecture` holds the page's pairs, base, words and digits; its
methods build the pieces both shapes show: derivations (the general steps
from the derivations layer, the special cases from the page's own numbers),
charts, tables, and the exercises with their answers. The handout puts
them under headings with paragraphs around them; the deck puts them on
frames with short bullets.

>>> lecture = Lecture.build(*default_distributions())
>>> [len(chain.lines) for chain in (lecture.asymmetry_chain(), lecture.triangle_chain())]
[3, 5]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from kldocs.exact import Base
from kldocs.exact.display import rational_text
from kldocs.inputs import Distribution, parse_distribution
from kldocs.measures import Quantity, cross_entropy, entropy, jeffreys, jsd, kl
from kldocs.measures.quantity import SHOWN_TERMS
from kldocs.models import checked
from kldocs.models.blocks import Block, Cell, Chart, MathChain, Paragraph, Table, decimal_cells
from kldocs.models.chains import chain, is_family, named_chain
from kldocs.models.fits import GRID, fits, two_peaks
from kldocs.models.sections import Pair, approximately, log2_bound, rounded
from kldocs.models.words import Words

#: The handout's default pairs: P with a first model Q and a closer model Q2.
DEFAULT_P = "0.2, 0.5, 0.3"
DEFAULT_Q = "0.3, 0.4, 0.3"
DEFAULT_Q2 = "0.25, 0.5, 0.25"


def default_distributions() -> tuple[Distribution, Distribution, Distribution]:
    """P, Q and Q2 of the default handout."""
    return (
        parse_distribution(DEFAULT_P),
        parse_distribution(DEFAULT_Q, name="Q"),
        parse_distribution(DEFAULT_Q2, name="Q"),
    )


def support_mismatch(P: Distribution, Q: Distribution) -> Distribution:
    """Q with the mass of P's most likely category moved to another one.

    The result gives probability 0 to a category that P uses, so that
    D_KL(P || result) is infinite: the lecture's example of an unbounded KL.
    A Q that already has such a zero is kept as it is. Q is paired with P
    by label, as the measures pair them; a float Q gives a float result.

    >>> from kldocs.inputs import parse_distribution
    >>> P = parse_distribution("0.5 0.3 0.2")
    >>> values_text(support_mismatch(P, parse_distribution("0.2 0.4 0.4"))), values_text(
    ...     support_mismatch(P, parse_distribution("0.5 0.5 0"))
    ... )
    ('0, 0.6, 0.4', '0.5, 0.5, 0')
    >>> values_text(support_mismatch(P, parse_distribution([0.2, 0.4, 0.4])))
    '0, 0.6, 0.4'
    """
    Q = Q.aligned_to(P)
    reference = P.probabilities if P.probabilities is not None else P.as_array().tolist()
    probabilities = list(Q.probabilities if Q.probabilities is not None else Q.as_array().tolist())
    if not any(p > 0 and q == 0 for p, q in zip(reference, probabilities, strict=True)):
        target = max(range(len(P)), key=lambda i: reference[i])
        receiver = (target + 1) % len(P)
        probabilities[receiver] += probabilities[target]
        probabilities[target] -= probabilities[target]  # 0, as a Fraction or a float
    if Q.is_exact:
        return Distribution(tuple(probabilities), P.labels, "Q")
    import numpy as np

    floats = np.array(probabilities, dtype=np.float64)
    floats.setflags(write=False)
    return Distribution(None, P.labels, "Q", floats=floats)


def renamed(distribution: Distribution, name: str) -> Distribution:
    """The same distribution under another name."""
    return Distribution(distribution.probabilities, distribution.labels, name, distribution.normalized)


def values_text(distribution: Distribution) -> str:
    """``0.2, 0.5, 0.3``: the probabilities as the reader wrote them (floats as ``repr`` shows them).

    >>> values_text(parse_distribution("1/5 4/5")), values_text(parse_distribution([0.2, 0.8]))
    ('0.2, 0.8', '0.2, 0.8')
    """
    if distribution.probabilities is None:
        return ", ".join(distribution.shown_values(len(distribution)))
    return ", ".join(rational_text(value) for value in distribution.probabilities)


def less(smaller: Quantity, larger: Quantity) -> bool:
    """True when ``smaller`` < ``larger`` exactly (infinity is larger than every finite value)."""
    if not smaller.is_finite:
        return False
    if not larger.is_finite:
        return True
    assert smaller.exact is not None and larger.exact is not None
    return (larger.exact - smaller.exact).sign() > 0


@dataclass(frozen=True)
class Lecture:
    """The numbers and words of one lecture.

    Attributes
    ----------
    first, second
        Example 1 (P and Q) and example 2 (P and the closer model Q2, named Q).
    broken
        P and a model with a zero where P is positive (KL is infinite).
    """

    first: Pair
    second: Pair
    broken: Pair

    @classmethod
    def build(
        cls,
        P: Distribution,
        Q: Distribution,
        Q2: Distribution,
        *,
        language: str = "en",
        base: Base | str = "e",
        digits: int = 3,
    ) -> Lecture:
        """The lecture for a reference P, a model Q and a second model Q2."""
        words, log_base = Words(language), Base.parse(base)
        return cls(
            Pair(P, Q, log_base, words, digits, "ex1-"),
            Pair(P, renamed(Q2, "Q"), log_base, words, digits, "ex2-"),
            Pair(P, support_mismatch(P, Q), log_base, words, digits, "inf-"),
        )

    @property
    def words(self) -> Words:
        return self.first.words

    @property
    def base(self) -> Base:
        return self.first.base

    @property
    def digits(self) -> int:
        return self.first.digits

    @property
    def unit(self) -> str:
        return self.words.unit(self.base)

    @property
    def language(self) -> str:
        return self.words.language

    def rounded(self, quantity: Quantity) -> str:
        """A value rounded for the page (LaTeX infinity when infinite)."""
        return rounded(quantity, self.digits)

    # --- derivations ------------------------------------------------------------------------------

    def general(self, name: str) -> MathChain:
        """The general steps of a named identity."""
        return named_chain(name, self.language)

    def asymmetry_chain(self) -> MathChain:
        """Both directions of example 2, exactly, in the page's base."""
        pair = self.second
        return chain(checked.asymmetry(pair.P, pair.Q, self.base), self.language)

    def family_chain(self) -> MathChain:
        """The family ``P = (a, b)``, ``Q = (b, a)`` on which both directions agree (a special case)."""
        return named_chain("asymmetry", self.language, is_family)

    @cached_property
    def triangle(self) -> tuple[Distribution, Distribution, bool]:
        """The pair whose midpoint breaks the triangle inequality, and whether it is the page's own."""
        return checked.triangle_pair(self.first.P, self.first.Q)

    def triangle_chain(self) -> MathChain:
        P, Q, _ = self.triangle
        return chain(checked.triangle(P, Q, self.base), self.language)

    def disjoint_chain(self) -> MathChain:
        return chain(checked.disjoint_jsd(self.base), self.language)

    # --- numbers in words -------------------------------------------------------------------------

    def loss_fields(self) -> dict[str, str]:
        """Entropy, both cross-entropies and both divergences of the two models, rounded."""
        P, Q1, Q2, base = self.first.P, self.first.Q, self.second.Q, self.base
        return {
            "h": self.rounded(entropy(P, base)),
            "ce1": approximately(cross_entropy(P, Q1, base), self.digits),
            "ce2": approximately(cross_entropy(P, Q2, base), self.digits),
            "kl1": approximately(kl(P, Q1, base), self.digits),
            "kl2": approximately(kl(P, Q2, base), self.digits),
            "unit": self.unit,
            "better": "1" if less(cross_entropy(P, Q1, base), cross_entropy(P, Q2, base)) else "2",
        }

    def fit_fields(self) -> dict[str, str]:
        """The two fits of the fixed two-peaked example, in the page's unit."""
        forward, reverse = fits()
        scale = self.base.nats_per_unit
        return {
            "n": str(GRID),
            "mu_f": f"{forward.mu:#.3g}",
            "sigma_f": f"{forward.sigma:#.3g}",
            "d_f": f"{forward.nats / scale:#.{self.digits}g}",
            "mu_r": f"{reverse.mu:#.3g}",
            "sigma_r": f"{reverse.sigma:#.3g}",
            "d_r": f"{reverse.nats / scale:#.{self.digits}g}",
            "unit": self.unit,
        }

    def bound(self) -> str:
        """The JSD's bound in the page's unit, as math."""
        return log2_bound(self.base, self.digits)

    def asymmetry_fields(self) -> dict[str, str]:
        """Both directions of example 2, rounded, for text."""
        pair = self.second
        return {
            "forward": approximately(kl(pair.P, pair.Q, self.base), self.digits),
            "reverse": approximately(kl(pair.Q, pair.P, self.base), self.digits),
            "unit": self.unit,
        }

    # --- charts and tables ------------------------------------------------------------------------

    def fit_chart(self) -> Chart:
        """P's two bumps as bars, the forward and the reverse fit as lines."""
        forward, reverse = fits()
        words = self.words
        return Chart(
            "fits",
            "fit",
            tuple(str(k) for k in range(1, GRID + 1)),
            (
                ("$\\tilde P$", two_peaks()),
                (words("lecture.chart.fits.forward"), forward.model),
                (words("lecture.chart.fits.reverse"), reverse.model),
            ),
            words("example.chart.category"),
            words("example.chart.probability"),
            words("lecture.chart.fits.title"),
            words("lecture.chart.fits.alt"),
            caption=words.inline("lecture.chart.fits.caption"),
        )

    def jsd_table(self) -> Table:
        """JSD beside half the Jeffreys divergence for every pair of the lecture."""
        words, base, digits = self.words, self.base, self.digits
        pairs = (self.first, self.second, self.broken)
        header = (
            Cell(words("handout.jsd.pair")),
            Cell(words("handout.jsd.jsd"), "text", "right"),
            Cell(words("handout.jsd.half_jeffreys"), "text", "right"),
        )
        divergences = decimal_cells([jsd(pair.P, pair.Q, base).decimal(digits) for pair in pairs])
        halves = decimal_cells([_plain(rounded(jeffreys(pair.P, pair.Q, base), digits, 2)) for pair in pairs])
        rows = tuple(
            (Cell(f"Q = ({values_text(pair.Q)})"), divergence, half)
            for pair, divergence, half in zip(pairs, divergences, halves, strict=True)
        )
        return Table(header, rows, words.inline("handout.jsd.caption", unit=self.unit, bound=self.bound()))

    def summary_table(self) -> Table:
        """Every measure: formula, symmetry, range and its value for example 1."""
        words, P, Q, base = self.words, self.first.P, self.first.Q, self.base
        yes, no = words("handout.summary.yes"), words("handout.summary.no")
        rows_data = (
            ("handout.summary.entropy", r"-\sum_i p_i \log p_i", "", r"[0, \log n]", entropy(P, base)),
            (
                "handout.summary.cross_entropy",
                r"-\sum_i p_i \log q_i",
                no,
                r"[H(P), \infty]",
                cross_entropy(P, Q, base),
            ),
            ("handout.summary.kl", r"\sum_i p_i \log \frac{p_i}{q_i}", no, r"[0, \infty]", kl(P, Q, base)),
            (
                "handout.summary.jeffreys",
                r"\sum_i (p_i - q_i) \log \frac{p_i}{q_i}",
                yes,
                r"[0, \infty]",
                jeffreys(P, Q, base),
            ),
            (
                "handout.summary.jsd",
                r"\tfrac12 D_{\mathrm{KL}}(P \parallel M) + \tfrac12 D_{\mathrm{KL}}(Q \parallel M)",
                yes,
                r"[0, \log 2]",
                jsd(P, Q, base),
            ),
        )
        header = (
            Cell(words("handout.summary.measure")),
            Cell(words("handout.summary.formula")),
            Cell(words("handout.summary.symmetric"), "text", "center"),
            Cell(words("handout.summary.range"), "text", "center"),
            Cell(words("handout.summary.value"), "text", "right"),
        )
        values = decimal_cells([_plain(self.rounded(row[4])) for row in rows_data])
        rows = tuple(
            (
                Cell(words(key)),
                Cell(formula, "math"),
                Cell(symmetric, "text", "center"),
                Cell(interval, "math", "center"),
                value,
            )
            for (key, formula, symmetric, interval, _), value in zip(rows_data, values, strict=True)
        )
        return Table(header, rows, words.inline("handout.summary.caption", unit=self.unit))

    # --- exercises --------------------------------------------------------------------------------

    def exercises(self) -> tuple[Paragraph, ...]:
        """Questions whose answers the text does not give."""
        words = self.words
        q1, q2 = values_text(self.first.Q), values_text(self.second.Q)
        return (
            words.paragraph("lecture.exercise.models", q1=q1, q2=q2, unit=self.unit),
            words.paragraph("lecture.exercise.jsd_models", unit=self.unit),
            words.paragraph("lecture.exercise.triangle"),
            words.paragraph("lecture.exercise.additivity"),
        )

    def answers(self) -> tuple[Block, ...]:
        """One answer per exercise, in order; the last one is a checked derivation."""
        words, base = self.words, self.base
        P, Q1, Q2 = self.first.P, self.first.Q, renamed(self.second.Q, "Q_2")
        between = kl(Q1, Q2, base)
        models_jsd = jsd(Q1, Q2, base)
        direct, first, second = kl(P, Q2, base), kl(P, Q1, base), kl(Q1, Q2, base)
        verdict = "holds" if triangle_holds(direct, first, second) else "fails"
        return (
            words.paragraph(
                "lecture.answer.models",
                value=_exact_and_decimal(between, self.digits),
                unit=self.unit,
            ),
            words.paragraph(
                "lecture.answer.jsd_models",
                value=approximately(models_jsd, self.digits),
                unit=self.unit,
                bound=self.bound(),
            ),
            words.paragraph(
                f"lecture.answer.triangle.{verdict}",
                direct=self.rounded(direct),
                first=self.rounded(first),
                second=self.rounded(second),
                unit=self.unit,
            ),
            words.paragraph("lecture.answer.additivity"),
            self.general("additivity"),
        )


def triangle_holds(direct: Quantity, first: Quantity, second: Quantity) -> bool:
    """Whether ``direct <= first + second``: exactly (with infinities) for exact values, else in floats.

    >>> from kldocs.measures import kl
    >>> P, Q, Q2 = "0.2 0.5 0.3", "0.3 0.4 0.3", "0.25 0.5 0.25"
    >>> triangle_holds(kl(P, Q2), kl(P, Q), kl(Q, Q2))
    True
    >>> triangle_holds(kl("1/2 1/2", "1/4 3/4"), kl("1/2 1/2", "1/3 2/3"), kl("1/3 2/3", "1/4 3/4"))
    False
    """
    if not (first.is_finite and second.is_finite):
        return True
    if not direct.is_finite:
        return False
    if direct.exact is None or first.exact is None or second.exact is None:
        return float(direct) <= float(first) + float(second)
    return (first.exact + second.exact - direct.exact).sign() >= 0


def _exact_and_decimal(quantity: Quantity, digits: int) -> str:
    """``exact \\approx decimal`` (or ``\\infty``) for math."""
    if not quantity.is_finite:
        return r"\infty"
    if quantity.exact is not None and quantity.exact.rational_value() is not None:
        return quantity.latex(SHOWN_TERMS)
    return rf"{quantity.latex(SHOWN_TERMS)} \approx {quantity.decimal(digits)}"


def _plain(value: str) -> str:
    """A rounded value for a text cell: the infinity sign instead of its LaTeX."""
    return "\u221e" if value == r"\infty" else value
