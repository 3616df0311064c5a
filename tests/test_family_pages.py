"""Worked-example pages for parametric families: what each section shows, and that the charts show it."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

import kldocs
from kldocs.cli import main
from kldocs.families import Family, bernoulli, binomial, normal, poisson, uniform
from kldocs.models.blocks import Chart, Items, MathChain, Paragraph
from kldocs.models.family_example import family_example
from kldocs.models.options import PageOptions


def text(paragraph: Paragraph) -> str:
    return "".join(segment.content for segment in paragraph.segments)


def blocks_of(page: object, kind: type) -> list:
    return [block for section in page.sections for block in section.blocks if isinstance(block, kind)]  # type: ignore[attr-defined]


def test_the_normal_page_shows_the_integral_the_substitution_the_closed_form_and_the_number() -> None:
    page = family_example(normal(0, 1), normal(1, 2, name="Q"))
    chains = blocks_of(page, MathChain)
    general, worked = chains[0], chains[1]
    assert general.lines[0].rhs.startswith(r"\int\limits_{-\infty}^{\infty} f_{1}(x)")
    assert any("Substitute" in "".join(s.content for s in line.note) for line in general.lines)
    assert all(line.holds for chain in chains for line in chain.lines)
    assert worked.lines[2].rhs == r"-\frac{1}{4} + \ln 2" and worked.lines[3].rhs == "0.443147"


def test_the_integrand_chart_encloses_the_divergence() -> None:
    P, Q = normal(0, 1), normal(1, 2, name="Q")
    chart = next(c for c in blocks_of(family_example(P, Q), Chart) if c.name == "integrand")
    assert chart.kind == "area"
    xs, (_, ys) = chart.x_values, chart.series[0]
    area = sum((xs[i + 1] - xs[i]) * (ys[i] + ys[i + 1]) / 2 for i in range(len(xs) - 1))
    assert area == pytest.approx(float(kldocs.kl(P, Q)), abs=2e-3)
    assert min(ys) < 0 < max(ys)  # where Q has more density the integrand is negative


def test_the_density_chart_shows_both_densities() -> None:
    chart = next(
        c for c in blocks_of(family_example(normal(0, 1), normal(1, 2, name="Q")), Chart) if c.name == "densities"
    )
    (_, p), (_, q) = chart.series
    peak = chart.x_values[p.index(max(p))]
    assert abs(peak) < 0.05 and max(p) == pytest.approx(0.3989, abs=1e-3) and max(q) == pytest.approx(0.1995, abs=1e-3)


def test_a_support_mismatch_is_explained_instead_of_derived() -> None:
    page = family_example(uniform(0, 2), uniform(0, 1, name="Q"))
    kl_section = page.sections[1]
    notes = [text(block) for block in kl_section.blocks if isinstance(block, Paragraph)]
    assert any("has none outside" in note and "[0, 1]" in note for note in notes)
    assert not [block for block in kl_section.blocks if isinstance(block, (MathChain, Chart))]


def test_a_pair_with_no_method_says_so_and_is_not_called_infinite() -> None:
    # A geometric P against a Poisson Q: KL is finite but kldocs has no method; the page asserted it was infinite.
    page = family_example(kldocs.geometric("1/2"), poisson(1, name="Q"))
    notes = [text(block) for block in page.sections[1].blocks if isinstance(block, Paragraph)]
    reason = "kldocs has no closed form or certified method for kl of geometric and poisson"
    assert notes == [f"D_KL(P||Q) is not computed here: {reason}."]


def test_a_finite_support_against_another_family_gives_the_exact_sum() -> None:
    page = family_example(binomial(5, "2/5"), poisson(2, name="Q"))
    notes = [text(block) for block in page.sections[1].blocks if isinstance(block, Paragraph)]
    assert notes[0].endswith("the definition is a finite sum.")
    assert r"\frac{4416}{3125} \ln 2" in notes[1] and "0.0612" in notes[1]


def test_a_discrete_page_shows_bars_and_a_sum() -> None:
    page = family_example(binomial(6, "1/2"), binomial(6, "1/3", name="Q"))
    charts = {chart.name: chart for chart in blocks_of(page, Chart)}
    assert charts["densities"].kind == "bars" and charts["densities"].categories[:3] == ("0", "1", "2")
    assert charts["integrand"].kind == "signed_bars"
    terms = charts["integrand"].series[0][1]
    assert sum(terms) == pytest.approx(float(kldocs.kl(binomial(6, "1/2"), binomial(6, "1/3"))), rel=1e-9)
    assert blocks_of(page, MathChain)[0].lines[0].rhs.startswith(r"\sum_{k=0}^{n}")


def test_a_certified_value_says_so() -> None:
    page = family_example(poisson(2), binomial(5, "1/2", name="Q"))
    notes = [text(block) for block in blocks_of(page, Paragraph)]
    assert any("certified series" in note for note in notes)
    assert any("k = 6" in note for note in notes)


def test_a_parameter_that_names_a_variable_gives_the_curve_and_its_minimum() -> None:
    page = family_example(bernoulli("theta"), bernoulli("1/3", name="Q"))
    assert page.sections[-1].heading == "The divergence as a function of θ"
    results = [text(block) for block in blocks_of(page, Paragraph) if block.style == "result"]
    assert results == [
        r"The derivative vanishes only at \theta = \frac{1}{3}, where the function is smallest on (0, 1): 0."
    ]
    chart = next(c for c in blocks_of(page, Chart) if c.name == "function")
    xs, ys = chart.x_values, chart.series[0][1]
    assert xs[ys.index(min(ys))] == pytest.approx(1 / 3, abs=0.01) and min(ys) == pytest.approx(0, abs=1e-3)


def data_lines(P: Family, Q: Family) -> list[str]:
    """The paragraphs of "The two distributions" that give a density or probabilities."""
    section = family_example(P, Q).sections[0]
    paragraphs = [text(block) for block in section.blocks if isinstance(block, Paragraph)]
    return [line for line in paragraphs if "probabilit" in line or "density" in line]


@pytest.mark.parametrize(
    ("P", "shown"),
    [
        (bernoulli("theta"), r"p(k) = \theta^{k} \left(1 - \theta\right)^{1 - k}"),
        (normal("theta", 1), r"p(x) = \frac{1}{\sqrt{2 \pi}} e^{-\frac{\left(x - \theta\right)^{2}}{2}}"),
    ],
    ids=str,
)
def test_a_parameter_that_names_a_variable_still_shows_the_density_with_the_variable(P: Family, shown: str) -> None:
    Q = (bernoulli("1/2") if P.discrete else normal(0, 1)).renamed("Q")
    lines = data_lines(P, Q)
    assert len(lines) == 2 and shown in lines[0] and "theta" not in lines[1]


def test_the_binomial_probability_is_written_as_a_textbook_writes_it() -> None:
    (p_line, q_line) = data_lines(binomial(6, "1/4"), binomial(6, "1/2", name="Q"))
    assert r"p(k) = {\binom{6}{k}} \left(\frac{1}{4}\right)^{k} \left(\frac{3}{4}\right)^{6 - k}" in p_line
    assert r"q(k) = {\binom{6}{k}} \left(\frac{1}{2}\right)^{k} \left(\frac{1}{2}\right)^{6 - k}" in q_line


def test_a_bernoulli_page_says_which_outcome_is_a_success() -> None:
    (p_line, _) = data_lines(bernoulli("1/3"), bernoulli("1/2", name="Q"))
    assert r"p(1) = \frac{1}{3} for a success and p(0) = \frac{2}{3} for a failure" in p_line


def test_a_categorical_page_lists_each_outcome_s_probability() -> None:
    (p_line, _) = data_lines(kldocs.categorical(["1/2", "1/3", "1/6"]), kldocs.categorical(["1/3"] * 3, name="Q"))
    assert r"p(1) = \frac{1}{2},\ p(2) = \frac{1}{3},\ p(3) = \frac{1}{6}" in p_line


def test_the_korean_page_has_every_word() -> None:
    page = family_example(normal(0, 1), normal(1, 2, name="Q"), PageOptions(language="ko"))
    assert page.title == "두 정규 분포 사이의 KL 발산 풀이"


def test_example_writes_a_family_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["example", "--family", "exponential", "--p", "1", "--q", "rate=3", "--out", str(tmp_path), "--quiet"]
    assert main(args) == 0
    page = (tmp_path / "example.md").read_text(encoding="utf-8")
    assert r"x = \frac{u}{\lambda_{1}}" in page and r"2 - \ln 3" in page
    assert (tmp_path / "example-integrand.png").stat().st_size > 0


def test_bad_family_input_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["example", "--family", "normal", "--p", "0, 0", "--q", "0, 1", "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == "kldocs: error: P.sigma: must be positive, got 0"
    assert not out.exists()


def test_the_handout_derives_the_vae_term_and_works_out_its_example() -> None:
    import math

    from kldocs.models.handout import default_distributions, handout
    from kldocs.models.vae import MEANS, SPREADS

    page = handout(*default_distributions())
    section = next(s for s in page.sections if s.heading == "Two normal distributions")
    chains = [block for block in section.blocks if isinstance(block, MathChain)]
    assert (
        chains[1].lines[-1].rhs
        == r"\frac{1}{2} \left(\sigma_{1}^{2} + \mu_{1}^{2} - 1 - \ln\left(\sigma_{1}^{2}\right)\right)"
    )
    expected = sum(
        (float(s) ** 2 + float(m) ** 2 - 1 - math.log(float(s) ** 2)) / 2 for m, s in zip(MEANS, SPREADS, strict=True)
    )
    assert float(chains[2].lines[-1].rhs) == pytest.approx(expected, abs=1e-6)
    chart = next(block for block in section.blocks if isinstance(block, Chart))
    xs, ys = chart.x_values, chart.series[0][1]
    assert xs[ys.index(min(ys))] == pytest.approx(1.0, abs=0.03) and min(ys) == pytest.approx(0.0, abs=1e-3)
    assert any(frame.chart is not None and frame.chart.name == "slide-vae" for frame in page.slides.frames)  # type: ignore[union-attr]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_page_in_bits_names_the_unit_of_the_vae_derivation_and_gives_the_term_in_both_units(language: str) -> None:
    from kldocs.catalog import message
    from kldocs.exact import Base
    from kldocs.models.handout import default_distributions, handout

    page = handout(*default_distributions(), PageOptions(language=language, base=Base.parse("2")))
    section = page.sections[[s.heading for s in page.sections].index(message("lecture.gaussian.heading", language))]
    worked = [block for block in section.blocks if isinstance(block, MathChain)][2]
    nats = float(worked.lines[-1].rhs)
    assert message("unit.nats", language) in "".join(s.content for s in worked.lines[-1].note)
    results = [text(block) for block in section.blocks if isinstance(block, Paragraph) and block.style == "result"]
    numbers = [float(n) for n in re.findall(r"\\approx (\d+\.\d+)", results[0])]
    assert numbers == [pytest.approx(nats, abs=1e-3), pytest.approx(nats / math.log(2), abs=1e-2)]
    assert message("unit.nats", language) in results[0] and message("unit.bits", language) in results[0]
    # The deck's example frame says the same.
    frames = [frame for frame in page.slides.frames if frame.title == message("lecture.vae.heading", language)]  # type: ignore[union-attr]
    said = [text(p) for f in frames for b in f.blocks if isinstance(b, Items) for p in b.items]
    assert results[0] in said


def test_every_family_has_a_name_in_every_language() -> None:
    from kldocs.catalog import LANGUAGES, catalog
    from kldocs.families import FAMILIES

    for language in LANGUAGES:
        assert all(f"family.name.{key}" in catalog(language) for key in FAMILIES)


def test_a_page_of_two_families_names_each_and_a_discrete_chart_is_of_distributions() -> None:
    page = family_example(poisson(2), binomial(5, "1/2", name="Q"))
    assert page.title == "A worked example of KL divergence between P (Poisson) and Q (binomial)"
    chart = next(chart for chart in blocks_of(page, Chart) if chart.name == "densities")
    assert chart.kind == "bars" and "densities" not in chart.title
    same = family_example(poisson(2), poisson(3, name="Q"))
    assert "two Poisson distributions" in same.title


@pytest.mark.parametrize(
    ("P", "Q", "relation"),
    [
        (normal(1, "1/2"), normal(0, 1, name="Q"), r"\approx"),  # certified: rounded
        (uniform(0, 1), uniform(0, 1, name="Q"), "="),  # exact: 0
    ],
)
def test_the_jsd_and_the_js_distance_are_written_with_their_relation(P: Family, Q: Family, relation: str) -> None:
    [result] = [text(block) for block in blocks_of(family_example(P, Q), Paragraph) if "JSD}(P, Q)" in text(block)]
    assert rf"\mathrm{{JSD}}(P, Q) {relation} " in result and rf"\sqrt{{\mathrm{{JSD}}(P, Q)}} {relation} " in result


def _mvn_charts(P: Family, Q: Family) -> dict[str, Chart]:
    return {chart.name: chart for chart in blocks_of(family_example(P, Q), Chart)}


def test_two_dimensional_normals_are_drawn_as_contours_and_their_integrand_as_a_heat_map() -> None:
    from kldocs.families import mvnormal

    P, Q = mvnormal([0, 0], [[1, "1/2"], ["1/2", 1]]), mvnormal([1, 0], [[2, 0], [0, 1]], name="Q")
    charts = _mvn_charts(P, Q)
    densities, integrand = charts["densities"], charts["integrand"]
    assert (densities.kind, integrand.kind) == ("contours", "heatmap")
    cell = (densities.x_values[1] - densities.x_values[0]) * (densities.y_values[1] - densities.y_values[0])
    for (_, values), mean, levels in zip(densities.series, ((0, 0), (1, 0)), densities.levels, strict=True):
        assert sum(values) * cell == pytest.approx(1, abs=1e-3)  # each density has its mass on the grid
        # from the outermost line in, the mass where the density is above each line: 90%, half, 10%
        enclosed = [sum(v for v in values if v >= level) * cell for level in levels]
        assert enclosed == pytest.approx([0.9, 0.5, 0.1], abs=0.02)
        peak = values.index(max(values))
        width = len(densities.x_values)
        x, y = densities.x_values[peak % width], densities.y_values[peak // width]
        assert abs(x - mean[0]) < 0.15 and abs(y - mean[1]) < 0.15
    cell = (integrand.x_values[1] - integrand.x_values[0]) * (integrand.y_values[1] - integrand.y_values[0])
    values = integrand.series[0][1]
    assert sum(values) * cell == pytest.approx(float(kldocs.kl(P, Q)), abs=5e-3)
    assert min(values) < 0 < max(values)


def test_more_dimensions_draw_the_density_of_each_coordinate() -> None:
    from kldocs.families import mvnormal

    P, Q = mvnormal([0, 0, 0], var=[1, 2, 3]), mvnormal([1, 0, -1], var=[1, 1, 1], name="Q")
    charts = _mvn_charts(P, Q)
    densities = charts["densities"]
    assert densities.kind == "pairs" and len(densities.series) == 6 and "integrand" not in charts
    assert densities.categories == ("$x_{1}$", "$x_{2}$", "$x_{3}$")  # one panel for each coordinate
    assert [name for name, _ in densities.series] == ["$P$", "$Q$"] * 3
    third = densities.series[4][1]
    assert max(third) == pytest.approx(1 / math.sqrt(2 * math.pi * 3), rel=1e-3)


def test_a_full_covariance_in_three_dimensions_is_derived_on_the_page_in_blocks_a_page_holds() -> None:
    from kldocs.families import mvnormal
    from kldocs.models.chains import PAGE_ROWS

    P = mvnormal([0, 0, 0], [[2, 1, 0], [1, 2, 1], [0, 1, 2]])
    page = family_example(P, mvnormal([1, 0, 0], var=[1, 1, 1], name="Q"))
    chains = blocks_of(page, MathChain)
    notes = ["".join(segment.content for segment in line.note) for chain in chains for line in chain.lines]
    assert any("z = m_{3} + l_{31} u + l_{32} v + l_{33} w" in note for note in notes)  # the third substitution
    assert any(r"\operatorname{tr}" in line.rhs for chain in chains for line in chain.lines)  # the matrix form
    # The moments' sum is far taller than a page: it goes on over several blocks, none taller than two.
    assert all(sum(len(line.rows) for line in chain.lines) <= 2 * PAGE_ROWS for chain in chains)
    assert any(not line.lhs and not line.relation for chain in chains for line in chain.lines)
    assert any("2 - \\ln 2" in text(paragraph) for paragraph in blocks_of(page, Paragraph))


def test_charts_over_the_plane_draw(tmp_path: Path) -> None:
    from kldocs.families import mvnormal
    from kldocs.render.charts import render_chart

    charts = _mvn_charts(mvnormal([0, 0], var=[1, 1]), mvnormal([1, 1], var=[2, 1], name="Q"))
    for chart in charts.values():
        svg = render_chart(chart, "svg", "en").decode()
        assert svg.startswith("<?xml") and ("<image" in svg or "<path" in svg)


def test_a_two_dimensional_jsd_says_on_the_page_that_it_is_certified() -> None:
    from kldocs.families import mvnormal

    P, Q = mvnormal([0, 0], [["1", "1/2"], ["1/2", "2"]]), mvnormal([1, 0], var=[1, 1], name="Q")
    assert kldocs.jsd(P, Q).certified is not None
    for language, marker in (("en", "certified numerical integration"), ("ko", "검증된 수치적분")):
        notes = [text(block) for block in blocks_of(family_example(P, Q, PageOptions(language=language)), Paragraph)]
        assert any(marker in note and "not certified" not in note for note in notes)
