"""The worked-example page for two parametric families, as plain data.

The page follows the finite example's arc: the two distributions (their
parameters, formulas and a chart of both densities); the KL divergence from
the definition (the integral or the sum, the substitution, the closed form,
each line of the family's verified derivation) to the number (the closed
form with the parameters put in, checked with the exact core), with a chart
of the integrand ``p log(p/q)`` and of the area it encloses; KL as
cross-entropy minus entropy (with a note on differential entropy); the
reverse direction; the Jensen-Shannon divergence, saying when a value is a
certified integral rather than an exact formula. An infinite divergence is
explained by the supports, the way a zero in a finite Q is. Parameters
that name a variable give the divergence as a function of it instead, with
its derivative, its minimum and a chart of the curve.

>>> from kldocs.families import normal
>>> page = family_example(normal(0, 1), normal(1, 2, name="Q"))
>>> [section.heading for section in page.sections]
['The two distributions', 'KL divergence, from the definition to the number', 'Cross-entropy and entropy', \
'The other direction', 'Jensen-Shannon divergence']
"""

from __future__ import annotations

import math
from typing import Any

from kldocs.exact import Base
from kldocs.families import Family, FamilyQuantity
from kldocs.families.bernoulli import Bernoulli
from kldocs.families.categorical import Categorical
from kldocs.families.finite import Finite
from kldocs.families.measures import first_outside
from kldocs.families.multivariate_normal import MultivariateNormal
from kldocs.measures import cross_entropy, entropy, jeffreys, jsd, kl
from kldocs.models.blocks import Block, Cell, Chart, Label, Section, Table
from kldocs.models.chains import chain, pieces
from kldocs.models.document import Document
from kldocs.models.options import PageOptions
from kldocs.models.plane_charts import joint_densities, joint_integrand
from kldocs.models.sections import Pair, approximately, bound_unit, jsd_fields, kl_blocks, log2_bound
from kldocs.models.source import Source
from kldocs.models.words import Words

#: Points along x in the charts of densities and integrands.
CHART_POINTS = 241
#: Outcomes of a categorical distribution listed one by one; beyond, the first ones, dots and the last.
MAX_LISTED = 6


def family_example(P: Family, Q: Family, options: PageOptions | None = None) -> Document:
    """The worked-example page for families P and Q (see the module notes).

    Parameters
    ----------
    P, Q
        Parametric families (P is the reference); for a function of a variable, P or Q names it.
    options
        Language, base, header and digits.
    """
    options = options or PageOptions()
    words = Words(options.language)
    page = _Page(P, Q, options.base, words, options.digits)
    sections: tuple[Section, ...]
    symbolic = P.is_symbolic or Q.is_symbolic
    if symbolic:
        sections = (page.data(), page.function())
    else:
        sections = (page.data(), page.divergence(), page.decomposition(), page.reverse(), page.jensen_shannon())
    p, q = (words(f"family.name.{family.key}") for family in (P, Q))
    title = words("family.title", family=p) if p == q else words("family.title.mixed", p=p, q=q)
    return Document(
        "example",
        options.language,
        Label(options.title) if options.title is not None else title,
        Label(options.author),
        sections,
        words("example.subtitle"),
        source=None if symbolic else Source(base=options.base, digits=options.digits, families=(P, Q)),
    )


class _Page:
    """The sections of one family page; each method returns one section."""

    def __init__(self, P: Family, Q: Family, base: Base, words: Words, digits: int) -> None:
        self.P, self.Q, self.base, self.words, self.digits = P, Q, base, words, digits

    # --- the two distributions -------------------------------------------------------------------

    def data(self) -> Section:
        P, Q, words = self.P, self.Q, self.words
        blocks: list[Block] = [words.paragraph("family.data.intro", p=P.latex(), q=Q.latex())]
        blocks.extend(line for line in (_formula(family, words) for family in (P, Q)) if line is not None)
        blocks.append(self._parameters())
        if not (P.is_symbolic or Q.is_symbolic) and P.plottable and Q.plottable:
            blocks.append(self._densities())
        elif isinstance(P, MultivariateNormal) and isinstance(Q, MultivariateNormal):
            blocks.append(joint_densities(P, Q, words))
        return Section(words("family.data.heading"), tuple(blocks))

    def _parameters(self) -> Table:
        words = self.words
        # The columns are headed by the distributions themselves, not bare names: a column headed "P" of
        # numbers would read (to kldocs check, and to a reader) as the probabilities of P.
        header = (
            Cell(words("family.data.parameter")),
            *(Cell(f"{d.name} = {d.latex()}", "math", "right") for d in (self.P, self.Q)),
        )
        rows = []
        for name in dict.fromkeys((*self.P.parameter_names, *self.Q.parameter_names)):
            row = [Cell(Label(name))]
            for family in (self.P, self.Q):
                value = dict(family.values()).get(name)
                row.append(Cell(_shown(value), "math", "right") if value is not None else Cell(""))
            rows.append(tuple(row))
        return Table(header, tuple(rows), words.inline("family.data.caption"))

    def _densities(self) -> Chart:
        words = self.words
        if self.P.discrete:
            ks = _whole_numbers(self.P, self.Q)
            series = tuple((f"${d.name}$", tuple(d.density(k) for k in ks)) for d in (self.P, self.Q))
            return Chart(
                "densities",
                "bars",
                tuple(str(k) for k in ks),
                series,
                "$k$",
                words("example.chart.probability"),
                words("family.chart.probabilities.title"),
                words("family.chart.densities.alt"),
                caption=words.inline("family.chart.probabilities.caption"),
            )
        xs = _points(self.P, self.Q)
        series = tuple((f"${d.name}$", tuple(d.density(x) for x in xs)) for d in (self.P, self.Q))
        return Chart(
            "densities",
            "curves",
            (),
            series,
            "$x$",
            words("family.chart.value"),
            words("family.chart.densities.title"),
            words("family.chart.densities.alt"),
            xs,
            words.inline("family.chart.densities.caption"),
        )

    # --- KL divergence -----------------------------------------------------------------------------

    def divergence(self) -> Section:
        P, Q, words = self.P, self.Q, self.words
        divergence = kl(P, Q, self.base)
        heading = words("family.kl.heading")
        if not divergence.available:  # no method for this pair: say so (it is not infinite)
            return Section(heading, (self._unavailable(divergence),))
        if not divergence.is_finite:
            return Section(heading, self._infinite())
        if divergence.method == "finite sum" and isinstance(P, Finite) and isinstance(Q, Finite):
            outcomes = tuple(sorted(set(P.outcomes()) | set(Q.outcomes())))
            pair = Pair(P.to_distribution(outcomes), Q.to_distribution(outcomes).renamed(Q.name), self.base, words)
            return Section(heading, (words.paragraph("family.kl.finite"), *kl_blocks(pair)))
        if divergence.method == "finite sum" and divergence.exact is not None:  # P has finite support
            return Section(heading, (words.paragraph("family.kl.finite"), self._result(divergence)))
        if divergence.method != "closed form":
            return Section(heading, (self._unavailable(divergence),))
        from kldocs.families.closed_forms import derivation_for

        blocks: list[Block]
        if P.closed_form_nats("kl", Q) is not None:  # independent coordinates: a sum of one-dimensional forms
            blocks = [words.paragraph("family.kl.coordinates"), self._result(divergence)]
        else:
            blocks = [
                words.paragraph("family.kl.intro_discrete" if P.discrete else "family.kl.intro"),
                *pieces(chain(derivation_for("kl", P, Q), words.language)),
                words.paragraph("family.kl.numbers"),
                *pieces(chain(_worked(P, Q, max(self.digits, 6)), words.language)),
                self._result(divergence),
            ]
        if P.plottable and Q.plottable:
            blocks.append(self._integrand())
        elif isinstance(P, MultivariateNormal) and isinstance(Q, MultivariateNormal):
            plane = joint_integrand(P, Q, words, self.base)
            blocks.extend([plane] if plane is not None else [])
        return Section(heading, tuple(blocks))

    def _result(self, divergence: FamilyQuantity) -> Block:
        other = Base.parse("2") if self.base.value is None else Base()
        return self.words.paragraph(
            "example.kl.result",
            "result",
            exact=divergence.latex(),
            value=divergence.decimal(self.digits),
            unit=self.words.unit(self.base),
            other=kl(self.P, self.Q, other).decimal(self.digits),
            other_unit=self.words.unit(other),
            digits=str(self.digits),
        )

    def _infinite(self) -> tuple[Block, Block]:
        P, Q, words = self.P, self.Q, self.words
        if P.discrete:
            where = words.paragraph("family.support.discrete", "note", k=str(first_outside(P, Q)))
        else:
            supports = {"support_p": P.support().latex(), "support_q": Q.support().latex()}
            where = words.paragraph("family.support.continuous", "note", **supports)
        return (where, words.paragraph("family.kl.infinite"))

    def _integrand(self) -> Chart:
        P, Q, words = self.P, self.Q, self.words
        scale = self.base.nats_per_unit
        if P.discrete:
            ks = [k for k in _whole_numbers(P, Q) if P.density(k) > 0]
            terms = tuple(P.density(k) * math.log(P.density(k) / Q.density(k)) / scale for k in ks)
            return Chart(
                "integrand",
                "signed_bars",
                tuple(str(k) for k in ks),
                ((words("example.chart.terms.series"), terms),),
                "$k$",
                words.unit(self.base),
                words("example.chart.terms.title"),
                words("example.chart.terms.alt"),
                caption=words.inline("family.chart.terms.caption"),
            )
        xs = _points(P, Q, within=P)
        values = tuple(_integrand(P, Q, x) / scale for x in xs)
        return Chart(
            "integrand",
            "area",
            (),
            ((words("family.chart.integrand.series"), values),),
            "$x$",
            words.unit(self.base),
            words("family.chart.integrand.title"),
            words("family.chart.integrand.alt"),
            xs,
            words.inline("family.chart.integrand.caption"),
        )

    # --- cross-entropy, reverse, JSD -----------------------------------------------------------------

    def decomposition(self) -> Section:
        P, Q, words, digits = self.P, self.Q, self.words, self.digits
        divergence, cross, own = kl(P, Q, self.base), cross_entropy(P, Q, self.base), entropy(P, self.base)
        blocks: list[Block] = [words.paragraph("example.ce.intro")]
        entropy_fields = {
            "h_symbol": f"{'H' if P.discrete else 'h'}(P)",
            "h": approximately(own, digits) if own.available else "",
            "unit": words.unit(self.base),
        }
        if not divergence.is_finite and own.available and own.is_finite:
            blocks.append(words.paragraph("family.ce.infinite", "note", **entropy_fields))
        elif divergence.is_finite and cross.available and own.available:
            blocks.append(
                words.paragraph(
                    "family.ce.result",
                    "result",
                    ce=approximately(cross, digits),
                    kl=approximately(divergence, digits),
                    **entropy_fields,
                )
            )
        if not P.discrete:
            blocks.append(words.paragraph("family.ce.differential", "note"))
        return Section(words("family.ce.heading"), tuple(blocks))

    def reverse(self) -> Section:
        words, digits = self.words, self.digits
        forward, backward = kl(self.P, self.Q, self.base), kl(self.Q, self.P, self.base)
        blocks: list[Block] = [
            words.paragraph("example.reverse.intro"),
            words.paragraph(
                "example.reverse.result",
                "result",
                reverse=approximately(backward, digits),
                forward=approximately(forward, digits),
                unit=words.unit(self.base),
            ),
        ]
        if forward.is_finite != backward.is_finite:
            blocks.append(words.paragraph("example.reverse.infinite"))
        elif forward.exact is not None and backward.exact is not None and forward.exact == backward.exact:
            blocks.append(words.paragraph("example.reverse.equal"))
        elif forward.is_finite:
            larger = "P" if float(forward) > float(backward) else "Q"
            blocks.append(words.paragraph("example.reverse.larger", larger=larger))
        return Section(words("family.reverse.heading"), tuple(blocks))

    def jensen_shannon(self) -> Section:
        words, digits = self.words, self.digits
        divergence = jsd(self.P, self.Q, self.base)
        blocks: list[Block] = [words.paragraph("example.jsd.intro")]
        if not divergence.available:
            blocks.append(self._unavailable(divergence))
            return Section(words("family.jsd.heading"), tuple(blocks))
        blocks.append(
            words.paragraph(
                "example.jsd.result",
                "result",
                bound=log2_bound(self.base, digits),
                unit=words.unit(self.base),
                bound_unit=bound_unit(words, self.base),
                **jsd_fields(divergence, digits),
            )
        )
        method = divergence.method
        if method in ("integral", "series"):
            family = words(f"family.name.{self.P.key}")
            blocks.append(words.paragraph(f"family.jsd.method.{method}", "note", family=family))
        elif divergence.exact is not None:
            key = "family.jsd.method.cells" if method == "cells" else "family.jsd.method.exact"
            blocks.append(words.paragraph(key, exact=divergence.latex()))
        half = jeffreys(self.P, self.Q, self.base)
        shown = approximately(half, digits, 2) if half.available else r"= \infty"
        blocks.append(words.paragraph("example.jsd.not_jeffreys", "note", half_jeffreys=shown))
        return Section(words("family.jsd.heading"), tuple(blocks))

    def _unavailable(self, quantity: FamilyQuantity) -> Block:
        return self.words.paragraph(
            "family.unavailable", "note", what=quantity.symbol(latex=False), reason=quantity.reason
        )

    # --- a function of a variable --------------------------------------------------------------------

    def function(self) -> Section:
        words = self.words
        divergence = kl(self.P, self.Q, self.base)
        curve = divergence.curve
        if curve is None:
            return Section(words("family.kl.heading"), (self._unavailable(divergence),))
        variable = _variable_latex(curve.variable)
        interval = _interval(curve.domain)
        blocks: list[Block] = [
            chain(_named_derivation(self.P, self.Q), words.language),
            words.paragraph(
                "family.function.formula", variable=variable, domain=curve.range_latex(), formula=curve.latex()
            ),
            words.paragraph("family.function.derivative", derivative=curve.derivative_latex()),
        ]
        minimum = curve.minimum
        if minimum is not None:
            from kldocs.derivations.printing import to_latex

            point, value = (to_latex(item) for item in minimum)
            key = "family.function.minimum_equal" if curve.minimum_where_equal else "family.function.minimum"
            blocks.append(words.paragraph(key, "result", variable=variable, point=point, value=value, range=interval))
        else:
            blocks.append(words.paragraph("family.function.no_minimum", range=interval))
        xs, ys = curve.samples()
        blocks.append(
            Chart(
                "function",
                "curves",
                (),
                (("$D_{\\mathrm{KL}}(P \\parallel Q)$", ys),),
                f"${variable}$",
                words.unit(self.base),
                words("family.chart.function.title"),
                words("family.chart.function.alt"),
                xs,
                words.inline("family.chart.function.caption", variable=variable),
            )
        )
        return Section(words("family.function.heading", variable=_plain_name(curve.variable)), tuple(blocks))


# --- helpers ---------------------------------------------------------------------------------------


def _worked(P: Family, Q: Family, digits: int) -> Any:
    """The KL closed form worked out for the numbers: in matrix form, piece by piece, for two-dimensional normals."""
    from kldocs.derivations.family_instance import family_instance
    from kldocs.derivations.mvn_instance import mvn_instance

    if isinstance(P, MultivariateNormal):
        return mvn_instance(P, Q, digits=digits)
    return family_instance("kl", P, Q, digits=digits)


def _named_derivation(P: Family, Q: Family) -> Any:
    from kldocs.families.closed_forms import derivation_for

    return derivation_for("kl", P, Q)


def _formula(family: Family, words: Words) -> Block | None:
    """The density (or probability) as a textbook writes it, with the parameters (or the variable) put in."""
    from kldocs.derivations.density_forms import outcome_probabilities, written_density
    from kldocs.derivations.printing import to_latex

    name = "p" if family.name == "P" else "q"
    support = family.support().latex()
    if isinstance(family, Categorical):
        listed = [f"{name}({k}) = {to_latex(value)}" for k, value in outcome_probabilities(family)]
        if len(listed) > MAX_LISTED:
            listed = [*listed[: MAX_LISTED - 1], r"\ldots", listed[-1]]
        return words.paragraph("family.data.outcomes", name=family.name, formula=r",\ ".join(listed), support=support)
    found = written_density(family)
    if found is None:
        return None
    expression, variable = found
    formula = f"{name}({to_latex(variable)}) = {to_latex(expression)}"
    if isinstance(family, Bernoulli):
        (_, one), (_, zero) = outcome_probabilities(family)
        fields = {"one": f"{name}(1) = {to_latex(one)}", "zero": f"{name}(0) = {to_latex(zero)}"}
        return words.paragraph("family.data.bernoulli", name=family.name, formula=formula, support=support, **fields)
    key = "family.data.probability" if family.discrete else "family.data.density"
    return words.paragraph(key, name=family.name, formula=formula, support=support)


def _shown(value: Any) -> str:
    from kldocs.families.family import _latex

    return _latex(value)


def _points(P: Family, Q: Family, within: Family | None = None) -> tuple[float, ...]:
    """Evenly spaced x covering both plotted ranges (or only ``within``'s support)."""
    ranges = [d.plotted_range() for d in (P, Q)]  # type: ignore[attr-defined]
    low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
    if within is not None:
        support = within.support()
        low = max(low, float(support.lower)) if support.lower is not None else low
        high = min(high, float(support.upper)) if support.upper is not None else high
    return tuple(low + (high - low) * i / (CHART_POINTS - 1) for i in range(CHART_POINTS))


def _whole_numbers(P: Family, Q: Family) -> tuple[int, ...]:
    ranges = [d.plotted_range() for d in (P, Q)]  # type: ignore[attr-defined]
    return tuple(range(int(min(r[0] for r in ranges)), int(max(r[1] for r in ranges)) + 1))


def _integrand(P: Family, Q: Family, x: float) -> float:
    p, q = P.density(x), Q.density(x)
    if p == 0:
        return 0.0
    return p * (math.log(p) - math.log(q)) if q > 0 else math.inf


def _variable_latex(name: str) -> str:
    from kldocs.families.parameters import _latex_name

    return _latex_name(name)


def _plain_name(name: str) -> str:
    """A variable's name as plain text for a heading: Greek names as letters (``theta`` is θ)."""
    letters = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "theta": "θ", "lambda": "λ", "mu": "μ"}
    letters |= {"sigma": "σ", "tau": "τ", "phi": "φ", "eta": "η", "kappa": "κ", "rho": "ρ", "nu": "ν", "xi": "ξ"}
    return letters.get(name, name)


def _interval(domain: tuple[Any, Any]) -> str:
    from kldocs.exact.display import rational_latex

    low, high = domain
    left = r"(-\infty" if low is None else "(" + rational_latex(low, decimals=False)
    right = r"\infty)" if high is None else rational_latex(high, decimals=False) + ")"
    return f"{left}, {right}"
