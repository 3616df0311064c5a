"""Long derivation lines are broken into rows that fit the page and the slide."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kldocs.exercises import draw_exercises
from kldocs.inputs import parse_distribution
from kldocs.models.blocks import MathChain
from kldocs.models.chains import PAGE_WIDTH, SLIDE_WIDTH
from kldocs.models.document import Document
from kldocs.models.exercises import answer_key
from kldocs.models.handout import default_distributions, handout
from kldocs.models.linebreak import break_sum, width
from kldocs.models.options import PageOptions
from kldocs.render.typst_math import typst_math

TERM = st.builds(
    lambda a, b, c: rf"{a} \log_{{2}} \frac{{{b}}}{{{c}}}",
    st.sampled_from(["0.1", "0.35", r"\frac{3}{40}"]),
    st.sampled_from(["0.1", "0.125", "14"]),
    st.sampled_from(["0.2", "0.225", "9"]),
)


def chains(document: Document) -> list[MathChain]:
    return [block for section in document.sections for block in section.blocks if isinstance(block, MathChain)]


def widest_row(block: MathChain) -> float:
    """The width of the chain's widest row: the widest left side, then the relation and a piece of a right side."""
    left = max(width(line.lhs) for line in block.lines)
    return left + max(
        width(line.relation) * (k == 0) + width(row) for line in block.lines for k, row in enumerate(line.rows)
    )


def without_cuts(text: str) -> str:
    return text.replace(r"\left. {} ", "").replace(r"\right.", "").replace(r"\quad {} ", "")


@given(st.lists(TERM, min_size=1, max_size=14), st.floats(8.0, 40.0))
def test_a_sum_is_cut_between_its_terms_and_each_row_keeps_to_the_budget(terms: list[str], budget: float) -> None:
    latex = " + ".join(terms)
    rows = break_sum(latex, budget)
    assert " ".join(without_cuts(row) for row in rows) == latex
    for row in rows:
        assert width(row) <= budget or row.count(r"\log") == 1  # a term wider than the budget stands alone


def test_a_cut_inside_brackets_closes_and_reopens_them() -> None:
    inner = " + ".join([r"0.15 \log_{2} \frac{0.15}{0.125}"] * 6)
    rows = break_sum(rf"\frac{{1}}{{2}} \left({inner}\right) + 1", 20.0)
    assert len(rows) > 2
    assert rows[0].endswith(r"\right.") and rows[1].startswith(r"\left. {} +")  # the + stays binary
    for row in rows:
        assert row.count(r"\left") == row.count(r"\right")


def test_a_jsd_answer_with_five_categories_fits_the_page() -> None:
    exercises = draw_exercises(7, 3, categories=5, base="2", kinds=("kl", "reverse", "jsd", "infinite"))
    for language in ("en", "ko"):
        key = chains(answer_key(exercises, PageOptions(language=language)))
        assert any(len(line.rows) > 1 for block in key for line in block.lines)  # the JSD numbers need rows
        assert all(widest_row(block) <= PAGE_WIDTH for block in key)


SEVEN = (", ".join(["1/7"] * 7), "1/4, 1/4, 1/8, 1/8, 1/8, 1/16, 1/16")


@pytest.mark.parametrize("pair", [None, SEVEN], ids=["default", "seven categories"])
def test_every_derivation_of_the_handout_and_its_deck_fits(pair: tuple[str, str] | None) -> None:
    P, Q, Q2 = default_distributions()
    if pair is not None:
        P, Q = parse_distribution(pair[0]), parse_distribution(pair[1], name="Q")
        Q2 = Q
    document = handout(P, Q, Q2, PageOptions(date="1 January 2026"))
    assert all(widest_row(block) <= PAGE_WIDTH for block in chains(document))
    assert document.slides is not None
    frames = [block for frame in document.slides.frames for block in frame.blocks if isinstance(block, MathChain)]
    assert all(widest_row(block) <= SLIDE_WIDTH for block in frames)


def test_typst_sets_one_sided_brackets_and_keeps_a_continued_plus_binary() -> None:
    assert typst_math(r"\frac{1}{2} \left(a + b\right.") == r"frac(1, 2) lr(\( a + b )"
    assert typst_math(r"\quad {} \left. + b\right)") == r'quad""lr( + b \))'


def test_a_narrow_bracket_and_a_function_argument_are_never_cut() -> None:
    narrow = r"r_{12} \left(x - n_{1}\right) \left(y - n_{2}\right)"
    rows = break_sum(rf"f_{{1}}(m_{{1}} + u l_{{11}}, y) + {narrow} + {narrow}", 12.0)
    assert rows[0] == r"f_{1}(m_{1} + u l_{11}, y)"
    assert all(row.count(r"\left(") == row.count(r"\right)") and r"\left." not in row for row in rows)


MVN_PAIRS = [
    ("mean=[0, 0], cov=[[1, 1/2], [1/2, 2]]", "mean=[1, 0], var=[1, 1]"),
    ("mean=[1/3, -2], cov=[[7/5, -3/4], [-3/4, 9/2]]", "mean=[-5/2, 4], cov=[[2, 1/3], [1/3, 5/7]]"),
    ("mean=[0, 0], var=[1, 4]", "mean=[1, 1], var=[9, 1/4]"),
]


@pytest.mark.parametrize(("p", "q"), MVN_PAIRS, ids=["full against diagonal", "full against full", "diagonal"])
def test_every_line_of_a_two_dimensional_normal_page_fits_the_page(p: str, q: str) -> None:
    from kldocs.families.multivariate_normal import MultivariateNormal
    from kldocs.models.chains import PAGE_ROWS, _height
    from kldocs.models.family_example import family_example

    page = family_example(MultivariateNormal.from_text(p), MultivariateNormal.from_text(q, "Q"))
    blocks = chains(page)
    assert sum(len(block.lines) for block in blocks) > 15  # the derivation from the integral, and the numbers
    assert all(widest_row(block) <= PAGE_WIDTH for block in blocks)
    # Typst and LaTeX cannot break a formula across pages: a block is short, or one line (cut no further).
    assert all(sum(_height(line) for line in block.lines) <= PAGE_ROWS or len(block.lines) == 1 for block in blocks)
    assert max(_height(line) for block in blocks for line in block.lines) <= 2 * PAGE_ROWS
