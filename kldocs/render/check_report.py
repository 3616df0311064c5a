"""The ``kldocs check`` report as a Markdown page, through a template like every other page.

The report (:class:`~kldocs.checker.checked.Report`) has every verdict and
note decided; here it becomes a small page model (:class:`ReportPage`,
words from the catalog) and ``md/check.md.j2`` lays it out. A user's
``--templates`` folder can restyle it like any page.

>>> from kldocs.checker.bases import BaseChoice
>>> from kldocs.checker.checked import Checked, Report
>>> claim = Checked((3,), "H(P) = 9 | 1", "entropy", "false", "1.029653014", "it is 1.03", "e", "nats")
>>> text = render_report(Report("a.md", (claim,), BaseChoice("e", "stated", "the document says nats")))
>>> text.splitlines()[0], "`H(P) = 9 \\\\| 1`" in text
('# Claims in a.md', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from kldocs.catalog import catalog
from kldocs.checker.checked import Checked, Report
from kldocs.checker.report import summary, unread_summary
from kldocs.models.blocks import fill
from kldocs.render.environment import Settings, environment, render
from kldocs.render.output import write_all


@dataclass(frozen=True)
class ReportRow:
    """One claim as the page shows it."""

    lines: str
    claim: str
    kind: str
    verdict: Markup
    value: str
    note: str


@dataclass(frozen=True)
class ReportPage:
    """Everything the report page shows, with its words filled in."""

    title: str
    intro: str
    summary: str
    unread: str
    rows: tuple[ReportRow, ...]
    false_claims: tuple[ReportRow, ...]


def report_page(report: Report, language: str = "en") -> ReportPage:
    """The page model of a report."""
    words = catalog(language)
    rows = tuple(_row(claim, words) for claim in report.claims)
    false_rows = tuple(
        ReportRow(
            f"line{'s' if len(claim.lines) > 1 else ''} {row.lines}", row.claim, row.kind, row.verdict, row.value, note
        )
        for claim, row in zip(report.claims, rows, strict=True)
        if claim.verdict == "false"
        for note in [_full_note(claim, words)]
    )
    return ReportPage(
        fill(words["check.title"], name=Path(report.file).name),
        fill(words["check.intro"], base=report.base.name, reason=report.base.detail),
        summary(report),
        unread_summary(report) if report.unread else "",
        rows,
        false_rows,
    )


def _full_note(claim: Checked, words: dict[str, str]) -> str:
    """The note of a false claim, after its correct value."""
    if claim.value is None:
        return claim.note
    return f"{fill(words['check.correct'], value=claim.value)}; {claim.note}"


def _row(claim: Checked, words: dict[str, str]) -> ReportRow:
    verdict = Markup(words[f"check.{claim.verdict}"])  # the catalog's own Markdown
    lines = ", ".join(str(line) for line in claim.lines)
    return ReportRow(lines, claim.text, claim.kind, verdict, claim.value or "", claim.note)


def render_report(report: Report, settings: Settings | None = None, language: str = "en") -> str:
    """The report as Markdown."""
    env = environment("md", settings or Settings())
    return render(env, ["md/check.md.j2"], page=report_page(report, language), t=catalog(language))


def write_report(report: Report, folder: Path, settings: Settings | None = None) -> Path:
    """Write the Markdown report to ``folder/<name>.check.md`` with everything else kldocs writes; return the path."""
    (path,) = write_all(folder, {f"{Path(report.file).stem}.check.md": render_report(report, settings).encode()})
    return path
