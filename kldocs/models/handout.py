"""The lecture handout on KL divergence, as plain data.

The arc: why KL beside cross-entropy; the definition and KL = H(P,Q) - H(P);
two worked examples; asymmetry; the range [0, inf); Jensen-Shannon beside
the often mislabelled half-Jeffreys; a summary table; exercises with
answers. Every number is computed from the given P, Q and Q2, every chain
of equalities comes from the derivations layer.

>>> from kldocs.inputs import parse_distribution
>>> page = handout(*default_distributions())
>>> len(page.sections)
10
"""

from __future__ import annotations

from fractions import Fraction

from kldocs.exact import Base, ExactValue, LogSum
from kldocs.exact.display import rational_text
from kldocs.inputs import Distribution, parse_distribution
from kldocs.measures import Quantity, jeffreys, jsd, kl
from kldocs.models.blocks import Block, Cell, Label, Section, Table, numbered
from kldocs.models.chains import named_chain
from kldocs.models.document import Document
from kldocs.models.sections import (
    Pair,
    approximately,
    data_blocks,
    decomposition_blocks,
    kl_blocks,
    path_blocks,
    rounded,
)
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


def handout(
    P: Distribution,
    Q: Distribution,
    Q2: Distribution,
    *,
    language: str = "en",
    base: Base | str = "e",
    title: str | None = None,
    author: str = "",
    digits: int = 3,
) -> Document:
    """The handout for a reference P, a model Q and a closer model Q2.

    Parameters
    ----------
    P, Q, Q2
        Exact distributions of the same length.
    language
        ``"en"`` or ``"ko"``.
    base
        Logarithm base of the values.
    title, author
        The header; the title defaults to the catalog's.
    digits
        Significant digits of rounded values.
    """
    words = Words(language)
    log_base = Base.parse(base)
    first = Pair(P, Q, log_base, words, digits, "ex1-")
    second = Pair(P, _renamed(Q2, "Q"), log_base, words, digits, "ex2-")
    broken = Pair(P, support_mismatch(P, Q), log_base, words, digits, "inf-")
    sections = (
        _why(words),
        _definition(words),
        Section(
            words("handout.example1.heading"),
            tuple(data_blocks(first) + kl_blocks(first) + decomposition_blocks(first)),
        ),
        _second_example(first, second),
        _asymmetry(second),
        _range(broken),
        _jensen_shannon(first, second, broken),
        _summary(first),
        *_exercises(first, second, broken),
    )
    return Document(
        "handout",
        language,
        Label(title) if title is not None else words("handout.title"),
        Label(author),
        sections,
        words("handout.subtitle"),
    )


def support_mismatch(P: Distribution, Q: Distribution) -> Distribution:
    """Q with the mass of P's most likely category moved to another one.

    The result gives probability 0 to a category that P uses, so that
    D_KL(P || result) is infinite: the handout's example of an unbounded KL.
    """
    assert P.probabilities is not None and Q.probabilities is not None
    probabilities = list(Q.probabilities)
    target = max(range(len(P)), key=lambda i: P.probabilities[i])  # type: ignore[index]
    receiver = (target + 1) % len(P)
    probabilities[receiver] += probabilities[target]
    probabilities[target] = Fraction(0)
    return Distribution(tuple(probabilities), P.labels, "Q")


def _renamed(distribution: Distribution, name: str) -> Distribution:
    return Distribution(distribution.probabilities, distribution.labels, name, distribution.normalized)


def _why(words: Words) -> Section:
    blocks: tuple[Block, ...] = (
        words.paragraph("handout.why.p1"),
        words.paragraph("handout.why.p2"),
        words.paragraph("handout.why.analogy", "note"),
    )
    return Section(words("handout.why.heading"), blocks)


def _definition(words: Words) -> Section:
    blocks: tuple[Block, ...] = (
        words.paragraph("handout.definition.intro"),
        named_chain("kl_cross_entropy", words.language),
        words.paragraph("handout.definition.after", "note"),
    )
    return Section(words("handout.definition.heading"), blocks)


def _second_example(first: Pair, second: Pair) -> Section:
    words = second.words
    assert second.Q.probabilities is not None
    before, after = kl(first.P, first.Q, first.base), kl(second.P, second.Q, second.base)
    closer = _less(after, before)
    suffix = "" if closer else "_other"
    blocks: list[Block] = [
        words.paragraph(
            f"handout.example2.intro{suffix}", q=", ".join(rational_text(q) for q in second.Q.probabilities)
        ),
        *kl_blocks(second),
        words.paragraph(
            f"handout.example2.compare{suffix}",
            first=rounded(before, first.digits),
            second=rounded(after, second.digits),
            unit=words.unit(second.base),
        ),
        *path_blocks(first),
    ]
    return Section(words(f"handout.example2.heading{suffix}"), tuple(blocks))


def _asymmetry(pair: Pair) -> Section:
    words = pair.words
    forward, backward = kl(pair.P, pair.Q, pair.base), kl(pair.Q, pair.P, pair.base)
    if forward.is_finite != backward.is_finite:
        verdict = "infinite"
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
            unit=words.unit(pair.base),
            verdict=words(f"handout.asymmetry.{verdict}"),
        ),
        words.paragraph("handout.asymmetry.why"),
        named_chain("asymmetry", words.language),
    )
    return Section(words("handout.asymmetry.heading"), blocks)


def _less(smaller: Quantity, larger: Quantity) -> bool:
    """True when ``smaller`` < ``larger`` exactly (infinity is larger than every finite value)."""
    if not smaller.is_finite:
        return False
    if not larger.is_finite:
        return True
    assert smaller.exact is not None and larger.exact is not None
    return (larger.exact - smaller.exact).sign() > 0


def _range(broken: Pair) -> Section:
    words = broken.words
    assert broken.Q.probabilities is not None
    blocks: list[Block] = [
        words.paragraph("handout.range.intro"),
        named_chain("gibbs", words.language),
        words.paragraph("handout.range.zero"),
        words.paragraph("handout.range.infinite", q=", ".join(rational_text(q) for q in broken.Q.probabilities)),
        *kl_blocks(broken)[1:],
    ]
    return Section(words("handout.range.heading"), tuple(blocks))


def _jensen_shannon(*pairs: Pair) -> Section:
    first = pairs[0]
    words, base, digits = first.words, first.base, first.digits
    header = (
        Cell(words("handout.jsd.pair")),
        Cell(words("handout.jsd.jsd"), "text", "right"),
        Cell(words("handout.jsd.half_jeffreys"), "text", "right"),
    )
    rows = []
    for pair in pairs:
        assert pair.Q.probabilities is not None
        name = "Q = (" + ", ".join(rational_text(q) for q in pair.Q.probabilities) + ")"
        rows.append(
            (
                Cell(name),
                Cell(jsd(pair.P, pair.Q, base).decimal(digits), "text", "right"),
                Cell(_plain(rounded(jeffreys(pair.P, pair.Q, base), digits, 2)), "text", "right"),
            )
        )
    bound = ExactValue.from_logs(LogSum.log(2), base).decimal(digits)
    blocks: tuple[Block, ...] = (
        words.paragraph("handout.jsd.intro"),
        named_chain("jensen_shannon", words.language),
        words.paragraph("handout.jsd.properties"),
        words.paragraph("handout.jsd.compare"),
        Table(header, tuple(rows), words("handout.jsd.caption", unit=words.unit(base), bound=bound)),
    )
    return Section(words("handout.jsd.heading"), blocks)


def _summary(pair: Pair) -> Section:
    words, P, Q, base, digits = pair.words, pair.P, pair.Q, pair.base, pair.digits
    from kldocs.measures import cross_entropy, entropy

    yes, no = words("handout.summary.yes"), words("handout.summary.no")
    rows_data = (
        ("handout.summary.entropy", r"-\sum_i p_i \log p_i", "", r"[0, \log n]", entropy(P, base)),
        ("handout.summary.cross_entropy", r"-\sum_i p_i \log q_i", no, r"[H(P), \infty]", cross_entropy(P, Q, base)),
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
    rows = tuple(
        (
            Cell(words(key)),
            Cell(formula, "math"),
            Cell(symmetric, "text", "center"),
            Cell(interval, "math", "center"),
            Cell(_plain(rounded(value, digits)), "text", "right"),
        )
        for key, formula, symmetric, interval, value in rows_data
    )
    return Section(words("handout.summary.heading"), (Table(header, rows, words.unit(base)),))


def _exercises(first: Pair, second: Pair, broken: Pair) -> tuple[Section, Section]:
    words, digits, base = first.words, first.digits, first.base
    other = Base.parse("2") if base.value is None else Base()
    assert first.Q.probabilities is not None and second.Q.probabilities is not None
    assert first.P.probabilities is not None and broken.Q.probabilities is not None
    q1 = ", ".join(rational_text(q) for q in first.Q.probabilities)
    q2 = ", ".join(rational_text(q) for q in second.Q.probabilities)
    d1, d2 = kl(first.P, first.Q, base), kl(first.P, second.Q, base)
    closer = "1" if _less(d1, d2) else "2"
    infinite_term = next(term for term in kl(broken.P, broken.Q).terms() if term.status == "infinite")
    unit, other_unit = words.unit(base), words.unit(other)
    questions = (
        words.paragraph("handout.exercise.bits", other_unit=other_unit),
        words.paragraph("handout.exercise.closer", q1=q1, q2=q2),
        words.paragraph(
            "handout.exercise.infinite",
            p=", ".join(rational_text(p) for p in first.P.probabilities),
            q=", ".join(rational_text(q) for q in broken.Q.probabilities),
        ),
        words.paragraph("handout.exercise.self"),
    )
    answers = (
        words.paragraph(
            "handout.answer.bits",
            value=rounded(d1, digits),
            unit=unit,
            converted=approximately(kl(first.P, first.Q, other), digits),
            other_unit=other_unit,
        ),
        words.paragraph(
            "handout.answer.closer", which=closer, first=rounded(d1, digits), second=rounded(d2, digits), unit=unit
        ),
        words.paragraph(
            "handout.answer.infinite",
            label=Label(infinite_term.label),
            jsd=jsd(broken.P, broken.Q, base).decimal(digits),
            unit=unit,
        ),
        words.paragraph("handout.answer.self"),
    )
    return (
        Section(words("handout.exercises.heading"), tuple(numbered(q, i) for i, q in enumerate(questions, 1))),
        Section(words("handout.answers.heading"), tuple(numbered(a, i) for i, a in enumerate(answers, 1))),
    )


def _plain(value: str) -> str:
    """A rounded value for a text cell: the infinity sign instead of its LaTeX."""
    return "\u221e" if value == r"\infty" else value
