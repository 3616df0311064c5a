"""The two PDF engines side by side, each run in a new process (cold): Typst against LuaLaTeX.

Cases, each timed with both engines in the same run, the ratio LuaLaTeX / Typst:

- the engine alone: the worked example's page (n = 3, its charts beside
  it) compiled from its Typst or LaTeX source, each compilation a new
  process (English, then Korean: two fonts, Hangul);
- one worked-example PDF (``kldocs example --format pdf``, n = 3, English),
  the whole command in a new process;
- the same in Korean;
- the handout in every format, English and Korean (``kldocs handout``,
  what ``make handout`` runs), PDFs of the handout, the deck and the
  printable deck included.

Then where the time of the Typst handout goes, measured in this process
(models, charts, every format but PDF, the PDFs). DESIGN.md's budgets: a
worked example several times faster with Typst; the whole handout under
10 s.

Run: ``.venv/bin/python -m benchmarks.pdf_engines`` (LuaLaTeX must be
installed: Debian ``texlive-luatex texlive-lang-korean fonts-nanum``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from benchmarks.common import median_seconds, row

PAIR = ["--p", "0.2, 0.5, 0.3", "--q", "0.3, 0.4, 0.3"]


def run(arguments: list[str], out: Path) -> None:
    """One cold run of ``kldocs ARGUMENTS`` into an empty output folder."""
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "kldocs", *arguments, "--out", str(out)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def compilers() -> None:
    """The worked example's page compiled by each engine alone (a new engine process each time)."""
    from kldocs.inputs import parse_distribution
    from kldocs.models.example import worked_example
    from kldocs.models.options import PageOptions
    from kldocs.render.charts import render_chart
    from kldocs.render.environment import Settings
    from kldocs.render.pages import render_page
    from kldocs.render.pdf import compile_pdf
    from kldocs.render.typst_pdf import compile_typst

    P, Q = parse_distribution(PAIR[1]), parse_distribution(PAIR[3], name="Q")
    print(row("compiling one worked-example page", "typst (s)", "lualatex (s)", "lualatex / typst"))
    print(row("---", "---:", "---:", "---:"))
    for language in ("en", "ko"):
        page = worked_example(P, Q, PageOptions(language=language))
        names = {chart.name: f"example-{chart.name}.pdf" for chart in page.charts()}
        files = {names[chart.name]: render_chart(chart, "pdf", language) for chart in page.charts()}
        typst_source, tex_source = (render_page(page, kind, Settings(), names) for kind in ("typst", "tex"))
        compile_typst(typst_source, files)  # the pip fonts' character tables, read once per process
        typst = median_seconds(partial(compile_typst, typst_source, files), 5)
        lualatex = median_seconds(partial(compile_pdf, tex_source, files), 5)
        print(row(f"engine alone, {language}", f"{typst:.2f}", f"{lualatex:.2f}", f"{lualatex / typst:.1f}"))
    print()


def engines(out: Path) -> None:
    """Each command with both engines, the ratio in the last column."""
    cases = (
        ("worked example, pdf, en", ["example", *PAIR, "--format", "pdf", "--lang", "en"], 3),
        ("worked example, pdf, ko", ["example", *PAIR, "--format", "pdf", "--lang", "ko"], 3),
        ("handout: every format, en + ko", ["handout"], 1),
    )
    print(row("command (cold, new process)", "typst (s)", "lualatex (s)", "lualatex / typst"))
    print(row("---", "---:", "---:", "---:"))
    for name, arguments, repeats in cases:
        typst, lualatex = (
            median_seconds(partial(run, [*arguments, "--engine", engine], out), repeats)
            for engine in ("typst", "lualatex")
        )
        print(row(name, f"{typst:.2f}", f"{lualatex:.2f}", f"{lualatex / typst:.1f}"))
        sys.stdout.flush()


def phases(out: Path) -> None:
    """Where the Typst handout's time goes, phase by phase, in this process."""
    from kldocs.models.handout import default_distributions, handout
    from kldocs.models.options import PageOptions
    from kldocs.render.environment import Settings
    from kldocs.render.publish import Output, Page, publish

    start = time.perf_counter()
    pages = [
        Page(handout(*default_distributions(), PageOptions(language=language)), "handout", language, slides=True)
        for language in ("en", "ko")
    ]
    models = time.perf_counter() - start
    timings = [("page models, en + ko (derivations checked by SymPy)", models)]
    for name, formats in (("every format but PDF (charts, templates)", ("md", "html", "tex", "beamer")),
                          ("every format and the six PDFs", ("md", "html", "tex", "beamer", "pdf"))):  # fmt: skip
        start = time.perf_counter()
        publish(pages, Output(formats, out, Settings(engine="typst")), threads=len(pages))
        timings.append((name, time.perf_counter() - start))
    print()
    print(row("Typst handout, phase (one process, warm imports)", "seconds"))
    print(row("---", "---:"))
    for name, seconds in timings:
        print(row(name, f"{seconds:.2f}"))


def main() -> None:
    out = Path(tempfile.mkdtemp(prefix="kldocs-bench-"))
    try:
        compilers()
        engines(out)
        phases(out)
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
