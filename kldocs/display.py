"""Pages and values shown where people compute: a worked example, a derivation, a value, inline in Jupyter.

:func:`worked_example` and :func:`derivation` return a :class:`Shown`
page. In Jupyter it displays itself: its HTML is the HTML page template's
(in a frame, so that the page's style stays its own), its Markdown the
Markdown template's with the charts inlined. Nothing is laid out here:
both come from :func:`kldocs.render.build.render_files` and the page
models. ``save`` writes the page in any format, as the command line does.
:func:`in_language` shows a measure's value with its unit in the words
of a language, as the pages (and the Korean notebooks) name it.
:func:`show_distribution` is how a :class:`~kldocs.inputs.Distribution`
shows itself: the pages' table of labels and probabilities.

>>> page = worked_example("0.2 0.5 0.3", "0.3 0.4 0.3")
>>> page
Shown(example: A worked example of KL divergence, 6 sections, 4 charts)
>>> "<iframe" in page._repr_html_() and "$$" in page._repr_markdown_()
True
>>> gibbs = derivation("gibbs")
>>> gibbs.holds, gibbs
(True, Shown(derivation: Gibbs' inequality: KL divergence is never negative, 1 section, 0 charts))
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from pathlib import Path

from markupsafe import Markup

from kldocs.catalog import message
from kldocs.cli.options import MAX_PAGE_DIGITS, PAGE_FORMATS, check_formats, check_language
from kldocs.errors import InputError
from kldocs.exact import Base, BaseLike
from kldocs.exact.display import rational_latex
from kldocs.families import FamilyQuantity
from kldocs.inputs import Distribution, DistributionLike
from kldocs.inputs.digits import check_digits
from kldocs.measures import Quantity
from kldocs.measures.pairs import distribution_pair
from kldocs.models.blocks import Label, Section
from kldocs.models.chains import chain
from kldocs.models.document import Document
from kldocs.models.options import PageOptions
from kldocs.models.sections import distribution_table, is_math_name
from kldocs.models.words import Words
from kldocs.render.build import render_files
from kldocs.render.charts import render_chart
from kldocs.render.environment import Settings, environment, render
from kldocs.render.pages import render_page
from kldocs.render.publish import Output, Page, publish

#: How tall the frame of a page shown in HTML is (it scrolls).
FRAME_HEIGHT = "36em"
#: Categories a distribution shows in Jupyter before it says how many there are.
SHOWN_CATEGORIES = 12


class Shown:
    """A page model that displays itself in Jupyter and saves itself in any format.

    Attributes
    ----------
    document
        The page model.
    holds
        For a derivation: whether every step was checked and holds (True for other pages).
    """

    def __init__(self, document: Document, settings: Settings | None = None, holds: bool = True) -> None:
        self.document = document
        self.holds = holds
        self._settings = settings or Settings()

    def __repr__(self) -> str:
        sections, charts = len(self.document.sections), len(self.document.charts())
        counted = f"{sections} section{'s' if sections != 1 else ''}, {charts} chart{'s' if charts != 1 else ''}"
        return f"Shown({self.document.kind}: {self.document.title}, {counted})"

    def _repr_html_(self) -> str:
        """The HTML page (the HTML page template, charts as inline SVG) in a frame of its own."""
        page = render_files(self.document, ["html"], self._settings)[f"{self.document.kind}.html"].decode()
        return (
            f'<iframe title="{html.escape(self.document.title)}" srcdoc="{html.escape(page)}" '
            f'style="width: 100%; height: {FRAME_HEIGHT}; border: 1px solid #ddd"></iframe>'
        )

    def _repr_markdown_(self) -> str:
        """The Markdown page (the Markdown page template), its charts inline as PNG data."""
        charts = {
            chart.name: Markup(f"data:image/png;base64,{base64.b64encode(self._png(chart.name)).decode()}")
            for chart in self.document.charts()
        }
        return render_page(self.document, "md", self._settings, charts)

    def _png(self, name: str) -> bytes:
        chart = next(chart for chart in self.document.charts() if chart.name == name)
        return render_chart(chart, "png", self.document.language)

    def save(self, out: str | Path, formats: str | Sequence[str] = ("md", "html")) -> list[Path]:
        """Write the page into the folder ``out`` in each format, and give the paths written.

        ``formats`` is a comma list (``"md,ipynb"``) or a sequence of
        ``md``, ``html``, ``tex``, ``pdf``, ``ipynb``; anything else raises
        :class:`~kldocs.errors.InputError` (field ``formats``) before a file is written.
        """
        wanted = tuple(check_formats(formats, PAGE_FORMATS, "formats"))
        page = Page(self.document, self.document.kind)
        return publish([page], Output(wanted, Path(out), self._settings)).paths


def worked_example(
    P: DistributionLike,
    Q: DistributionLike,
    base: BaseLike = "e",
    *,
    language: str = "en",
    digits: int = 3,
    title: str | None = None,
) -> Shown:
    """The worked example of P and Q, to show in a notebook or save.

    Parameters
    ----------
    P, Q
        Exact distributions (text, fractions, integer counts or Distributions) of the same length.
    base
        The logarithm base of the values.
    language
        ``"en"`` or ``"ko"``.
    digits
        Significant digits of rounded values, 1 to 30.
    title
        The page title (default the catalog's).

    Raises
    ------
    InputError
        For bad distributions, floats (a page shows exact values), an unknown language or bad digits.
    """
    first, second = distribution_pair(P, Q)
    for distribution in (first, second):
        _require_exact(distribution)
    from kldocs.models.example import worked_example as page

    options = PageOptions(
        language=check_language(language, "language"),
        base=Base.parse(base),
        title=title,
        digits=check_digits(digits, "digits", MAX_PAGE_DIGITS),
    )
    return Shown(page(first, second.relabelled(first.given_labels), options))


def derivation(name: str, *, language: str = "en") -> Shown:
    """A named identity (``"gibbs"``, ``"kl_cross_entropy"``...) with every step checked, to show or save.

    >>> from kldocs import derivation
    >>> derivation("kl_cross_entropy")
    Shown(derivation: KL divergence is cross-entropy minus entropy, 1 section, 0 charts)

    Raises
    ------
    InputError
        For a name that is no derivation (the message lists the known ones), or an unknown language.
    """
    from kldocs.derivations import get, names, verify

    check_language(language, "language")
    if name not in names():
        raise InputError("derivation", f"no derivation named {name!r}; the known ones are {', '.join(names())}")
    identity = get(name)
    section = Section(message("display.steps", language), (chain(identity, language, keep=None),))
    document = Document("derivation", language, message(identity.title, language), Label(""), (section,))
    return Shown(document, holds=verify(identity).holds)


class ShownValue:
    """A measure's value that shows itself in Jupyter in the words of one language (its unit: 내트, 비트...).

    >>> from kldocs import in_language, kl
    >>> shown = in_language(kl("1/2 1/2", "1/4 3/4", base=2), "ko")
    >>> shown
    Quantity(D_KL(P‖Q) ≈ 0.207519 bits, exact)
    >>> shown._repr_latex_().endswith(r"\\text{비트}$")
    True
    """

    def __init__(self, value: Quantity | FamilyQuantity, language: str) -> None:
        self.value = value
        self.language = language

    def __repr__(self) -> str:
        return repr(self.value)

    def _repr_latex_(self) -> str:
        """The quantity's display math, with the unit named in the catalog's words."""
        return self.value.display_latex(Words(self.language).unit(self.value.base))


def in_language(value: Quantity | FamilyQuantity, language: str = "en") -> ShownValue:
    """``value`` to show in Jupyter with its unit in ``language`` (``"en"`` or ``"ko"``), as the pages name it.

    >>> from kldocs import in_language, kl
    >>> in_language(kl("1/2 1/2", "1/4 3/4"), "en")._repr_latex_().endswith(r"\\text{nats}$")
    True

    Raises
    ------
    InputError
        For an unknown language.
    """
    return ShownValue(value, check_language(language, "language"))


def show_distribution(distribution: Distribution, mime: str) -> str:
    r"""A distribution as Jupyter shows it (its ``_repr_html_`` and ``_repr_latex_``).

    ``text/html`` is the pages' table of labels and probabilities, laid out by the HTML template's table
    macro (labels escaped there, numbers as the pages write them); ``text/latex`` the probabilities as
    display maths, in category order (labels are user text, and user text never goes into maths: nor
    does a name other than the pages' own, such as ``P`` or ``Q_2``). A long distribution shows its first
    :data:`SHOWN_CATEGORIES` categories and says how many there are.

    >>> from kldocs import parse_distribution
    >>> P = parse_distribution({"sun": "1/4", "rain": "3/4"})
    >>> print(P._repr_latex_())
    $\displaystyle P = \left(0.25,\ 0.75\right)$
    >>> '<td class="left">rain</td>' in P._repr_html_()
    True
    """
    count = min(len(distribution), SHOWN_CATEGORIES)
    more = len(distribution) > count
    if mime == "text/latex":
        if distribution.is_exact:
            values = [rational_latex(value) for value in distribution.head(count)]
        else:
            values = distribution.shown_values(count)
        listed = r",\ ".join([*values, r"\dots"] if more else values)
        size = rf" \quad (n = {len(distribution)})" if more else ""
        named = f"{distribution.name} = " if is_math_name(distribution.name) else ""
        return rf"$\displaystyle {named}\left({listed}\right){size}$"
    words = Words("en")
    caption = words.inline("display.first", shown=str(count), count=str(len(distribution))) if more else ()
    table = distribution_table((distribution,), words, caption, rows=count)
    return render(environment("html", Settings()), ["html/table.html.j2"], block=table)


def _require_exact(distribution: Distribution) -> None:
    if not distribution.is_exact:
        problem = "a page shows exact values: give text, fractions or integer counts, not floats"
        raise InputError(distribution.name, problem)
