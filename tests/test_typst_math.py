"""LaTeX maths to Typst maths: every construct kldocs writes, every formula of every page, and random pages."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs.exact import Base
from kldocs.exercises import draw_exercises
from kldocs.inputs import parse_distribution
from kldocs.models.blocks import Block, Chart, Items, MathChain, Paragraph, Table
from kldocs.models.document import Document
from kldocs.models.example import worked_example
from kldocs.models.exercises import answer_key, exercise_sheet
from kldocs.models.handout import default_distributions, handout
from kldocs.models.options import PageOptions
from kldocs.render.typst_math import typst_math
from kldocs.render.typst_pdf import compile_typst


@pytest.mark.parametrize(
    ("latex", "typst"),
    [
        (r"D_{\mathrm{KL}}(P \parallel Q)", r'D_("KL") \( P parallel Q \)'),
        (r"\sum_{i=1}^{n} p_{i} \ln \frac{p_{i}}{q_{i}}", "sum_(i = 1)^(n) p_(i) ln frac(p_(i), q_(i))"),
        (r"\frac{H(P, Q)}{2}", r"frac(H \( P \, Q \), 2)"),  # the comma cannot split frac's arguments
        (r"\tfrac12 x^23", "inline(frac(1, 2)) x^(2) 3"),  # TeX takes one digit as an argument
        (r"\left(a - b\right) \ln \frac{a}{b}", "lr(( a - b )) ln frac(a, b)"),
        (r"\int\limits_{-\infty}^{\infty} f(x)\, dx", r"limits(integral)_(- infinity)^(infinity) f \( x \) thin d x"),
        (r"\arg\min_Q H(P, Q)", r"arg min_(Q) H \( P \, Q \)"),
        (r"0 \iff p_{i} = q_{i} \ \forall i", "0 arrow.l.r.double.long p_(i) = q_(i) space forall i"),
        (r"1/\ln b", r"1 \/ ln b"),  # a slash, not a fraction
        (r"[0, \infty)", r"\[ 0 \, infinity \)"),
        (r"\mathrm{JSD}(P, Q) \le \log 2", r'"JSD"\( P \, Q \) lt.eq log 2'),  # no space beside a word
        (r'\text{a "b"} + \mathcal{N}', r'"a \"b\""+ cal(N)'),  # a Typst string, escaped
        (r"\mathrm{x_1} \tilde P'", "upright(x_(1)) tilde(P)'"),
        (r"D^{(2)}_{\mathrm{KL}}", r'D^(\( 2 \))_("KL")'),
        (r"a \cdot b \times c \cdots \approx \ne", "a dot.op b times c dots.c approx eq.not"),
        (r"\begin{pmatrix}1 & \frac{1}{2} \\ -1 & x, y\end{pmatrix}", r"mat(1, frac(1, 2); - 1, x \, y)"),
    ],
)
def test_each_construct_has_its_typst_form(latex: str, typst: str) -> None:
    assert typst_math(latex) == typst


@pytest.mark.parametrize(
    ("latex", "problem"),
    [
        (r"\foo", r"no Typst form for \foo"),
        (r"a & b", "no Typst form for '&'"),
        (r"\frac{1}{2", "an unclosed group"),
        (r"a}", "an unbalanced }"),
        (r"x_1_2", "a double _"),
        (r"{a}^2", "^ with no single thing before it"),
        (r"\left< a \right>", "no Typst form for the delimiter"),
        (r"\text{a$b}", "more than plain text"),
        (r"\frac{1}", "an argument is missing"),
        (r"\begin{bmatrix}1\end{bmatrix}", "an environment other than pmatrix"),
        (r"\begin{pmatrix}1 & 2\end{matrix}", "closed as another environment"),
        (r"\begin{pmatrix}1 & 2", "an unclosed group"),
    ],
)
def test_anything_outside_the_subset_is_refused(latex: str, problem: str) -> None:
    with pytest.raises(ValueError, match=re.escape(problem)):
        typst_math(latex)


# --- every formula a page shows ---------------------------------------------------------------------------------


def formulas(document: Document) -> Iterator[str]:
    """Every LaTeX formula of a page and its deck: inline maths, derivation lines, table cells."""
    blocks: list[Block] = [block for section in document.sections for block in section.blocks]
    if document.slides is not None:
        blocks += [block for frame in document.slides.frames for block in frame.blocks]
    for block in blocks:
        texts = []
        if isinstance(block, Paragraph):
            texts = [block.segments]
        elif isinstance(block, Items):
            texts = [item.segments for item in block.items]
        elif isinstance(block, MathChain):
            texts = [line.note for line in block.lines]
            yield from (part for line in block.lines for part in (line.lhs, line.relation, line.rhs) if part)
        elif isinstance(block, Table):
            texts = [block.caption]
            yield from (cell.content for cell in (*block.header, *sum(block.rows, ())) if cell.kind == "math")
        elif isinstance(block, Chart):
            texts = [block.shown_caption]
        yield from (segment.content for text in texts for segment in text if segment.kind == "math")


def built_in_pages() -> Iterator[Document]:
    """The handout in every base, worked examples (finite, infinite, two categories) and exercise sheets."""
    for language in ("en", "ko"):
        for base in ("e", "2", "10", "3"):
            yield handout(*default_distributions(), PageOptions(language=language, base=Base.parse(base)))
        for p, q in (("0.2 0.5 0.3", "0.3 0.4 0.3"), ("0.5 0.5 0", "0.25 0.25 0.5"), ("1 0", "0.5 0.5")):
            options = PageOptions(language=language, base=Base.parse("2"))
            yield worked_example(parse_distribution(p), parse_distribution(q, name="Q"), options)
        exercises = draw_exercises(3, 3, kinds=["kl", "reverse", "ce", "entropy", "jsd", "closer", "bits"])
        yield exercise_sheet(exercises, PageOptions(language=language))
        yield answer_key(exercises, PageOptions(language=language))
        infinite = draw_exercises(5, 2, kinds=["kl", "infinite"], base="10", categories=5)
        yield answer_key(infinite, PageOptions(language=language))


def compiles(latex: set[str]) -> None:
    """Every formula converted, set in display style in one Typst document, which compiles."""
    body = "\n\n".join(f"$display({typst_math(formula)})$" for formula in sorted(latex))
    assert compile_typst(f"#set page(height: auto)\n{body}\n", {}).startswith(b"%PDF")


def letters_and_numbers(text: str, typst: bool) -> list[str]:
    """The variables and numbers of a formula, in order: command and function names left out, words spelt out."""
    if typst:
        text = re.sub(r'"([^"]*)"', lambda m: f" {' '.join(m.group(1))} ", text)  # an upright word: its letters
        text = re.sub(r"[A-Za-z][A-Za-z.]+", " ", text)  # Typst names (frac, ln, lt.eq ...)
    else:
        text = re.sub(r"(\\[td]?frac)(\d)(\d)", r"\1{\2}{\3}", text)  # \tfrac12: one digit per argument
        text = re.sub(r"\\[A-Za-z]+", " ", text)
    return re.findall(r"\d+(?:\.\d+)?|[A-Za-z]", text)


@pytest.mark.slow
def test_every_formula_of_the_built_in_pages_converts_keeps_its_symbols_and_compiles() -> None:
    latex = {formula for page in built_in_pages() for formula in formulas(page)}
    assert len(latex) > 500
    for formula in latex:
        converted = typst_math(formula)
        assert letters_and_numbers(converted, typst=True) == letters_and_numbers(formula, typst=False), formula
    compiles(latex)


WEIGHTS = st.lists(st.integers(min_value=0, max_value=40), min_size=2, max_size=6)


@pytest.mark.slow
@settings(max_examples=12, deadline=None, derandomize=True)
@given(p=WEIGHTS, q=WEIGHTS, base=st.sampled_from(["e", "2", "10", "5"]), language=st.sampled_from(["en", "ko"]))
def test_every_formula_of_a_random_worked_example_converts_and_compiles(
    p: list[int], q: list[int], base: str, language: str
) -> None:
    n = min(len(p), len(q))
    if sum(p[:n]) == 0 or sum(q[:n]) == 0:
        return
    P = parse_distribution([str(w) for w in p[:n]], normalize=True)
    Q = parse_distribution([str(w) for w in q[:n]], name="Q", normalize=True)
    page = worked_example(P, Q, PageOptions(language=language, base=Base.parse(base)))
    latex = set(formulas(page))
    for formula in latex:
        assert letters_and_numbers(typst_math(formula), typst=True) == letters_and_numbers(formula, typst=False)
    compiles(latex)


def test_the_converted_forms_of_the_symbol_tables_compile() -> None:
    from kldocs.render import typst_math as module

    commands = [*module.SYMBOLS, *module.OPERATORS, *module.LARGE]
    latex = {rf"x \{name} y" for name in commands}
    latex |= {rf"\{name}{{x}}" for name in module.ONE_ARGUMENT}
    latex |= {rf"\{name}{{1}}{{2}}" for name in module.FRACTIONS}
    latex |= {rf"\left{opening} x \right{closing}" for opening, closing in (("(", ")"), ("[", "]"), (r"\{", r"\}"))}
    compiles(latex)


def test_the_matrices_of_a_multivariate_normal_page_compile() -> None:
    from kldocs.families import mvnormal
    from kldocs.models.family_example import family_example

    P, Q = mvnormal([0, "-3/2"], [[1, "1/2"], ["1/2", 1]]), mvnormal([1, 0], [[2, 0], [0, 1]], name="Q")
    latex = {formula for formula in formulas(family_example(P, Q)) if "pmatrix" in formula}
    assert latex
    for formula in latex:
        converted = typst_math(formula).replace("mat(", "(")
        bare = re.sub(r"\\(?:begin|end)\{pmatrix\}", " ", formula)
        assert letters_and_numbers(converted, typst=True) == letters_and_numbers(bare, typst=False)
    compiles(latex)


# --- every family's page set --------------------------------------------------------------------------------------

#: A pair for every family (and a variable, and supports that do not match), as ``kldocs example --family`` reads them.
FAMILY_PAIRS = [
    ("bernoulli", "p=1/4", "bernoulli", "p=1/2"),
    ("categorical", "1/2, 1/4, 1/4", "categorical", "1/3, 1/3, 1/3"),
    ("binomial", "n=6, p=1/4", "binomial", "n=6, p=1/2"),
    ("geometric", "p=1/3", "geometric", "p=1/2"),
    ("poisson", "rate=2", "poisson", "rate=3"),
    ("poisson", "rate=2", "binomial", "n=6, p=1/2"),
    ("exponential", "rate=1", "exponential", "rate=2"),
    ("uniform", "0, 1", "uniform", "0, 2"),
    ("uniform", "0, 2", "uniform", "0, 1"),
    ("normal", "mu=0, sigma=1", "normal", "mu=1, sigma=2"),
    ("mvnormal", "mu=[0, 1], sigma=[[1, 1/2], [1/2, 1]]", "mvnormal", "mu=[1, 0], sigma=[[2, 0], [0, 1]]"),
    ("normal", "mu=theta, sigma=1", "normal", "mu=0, sigma=1"),
    ("binomial", "n=6, p=theta", "binomial", "n=6, p=1/2"),
]


def test_the_pairs_cover_every_family() -> None:
    from kldocs.families import FAMILIES

    assert {key for pair in FAMILY_PAIRS for key in pair[::2]} == set(FAMILIES)


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(("p_family", "p", "q_family", "q"), FAMILY_PAIRS)
def test_every_family_page_renders_to_typst(p_family: str, p: str, q_family: str, q: str, language: str) -> None:
    from kldocs.families import parse_family
    from kldocs.models.family_example import family_example
    from kldocs.render.environment import Settings
    from kldocs.render.pages import render_page

    page = family_example(parse_family(p_family, p), parse_family(q_family, q, "Q"), PageOptions(language=language))
    charts = {chart.name: f"{chart.name}.pdf" for chart in page.charts()}
    assert "#" in render_page(page, "typst", Settings(), charts)  # a formula with no Typst form raises
