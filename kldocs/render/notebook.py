"""A page as a Jupyter notebook (nbformat 4): the explanation in Markdown cells, the values in code cells.

Each section of the page becomes one Markdown cell, laid out by the
Markdown page's own block macros (``templates/ipynb/section.md.j2``), with
its charts attached to the cell as PNG. After it come the code cells that
compute the section's values again from the data defined once in the first
code cell (:mod:`kldocs.render.recompute`), so that a reader who changes P
and Q and runs every cell sees the values for their own distributions.

>>> import json
>>> from kldocs.inputs import parse_distribution
>>> from kldocs.models.example import worked_example
>>> from kldocs.render.environment import Settings
>>> page = worked_example(parse_distribution("0.5 0.5"), parse_distribution("0.25 0.75", name="Q"))
>>> pngs = {chart.name: b"" for chart in page.charts()}  # the PNG of each chart
>>> cells = json.loads(render_notebook(page, Settings(), pngs))["cells"]
>>> [cell["cell_type"] for cell in cells][:5]
['markdown', 'code', 'markdown', 'markdown', 'code']
"""

from __future__ import annotations

import base64
from collections.abc import Mapping

import nbformat
from nbformat import v4

from kldocs.catalog import catalog
from kldocs.models.document import Document
from kldocs.render.environment import Settings, environment, render
from kldocs.render.recompute import cells_by_heading, section_cells, setup_cell

#: The kernel a notebook asks for.
KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}
#: The catalog key of the note that says what the code cells do, for a page whose cells compute no
#: value of its text (the students' sheet) and for the handout, which has fixed examples beside its own;
#: other pages with a source say their values are computed again.
INTROS = {"exercises": "notebook.sheet_intro", "handout": "notebook.handout_intro"}


def render_notebook(document: Document, settings: Settings, charts: Mapping[str, bytes]) -> str:
    """The document as the JSON text of a notebook.

    Parameters
    ----------
    document
        The page model; with its :attr:`~kldocs.models.document.Document.source`,
        the notebook computes its values again.
    settings
        Rendering settings (the user's template folder).
    charts
        Each chart's PNG, by chart name.
    """
    env = environment("md", settings)
    words = catalog(document.language)
    headings = {words[key]: key for key in cells_by_heading(document)}
    source = document.source
    intro = None if source is None else INTROS.get(document.kind, "notebook.intro")
    cells = [v4.new_markdown_cell(render(env, ["ipynb/intro.md.j2"], doc=document, t=words, intro=intro))]
    if source is not None:
        cells.append(v4.new_code_cell(setup_cell(source, document.language)))
    for index, section in enumerate(document.sections):
        shown = [block.name for block in section.blocks if block.block == "chart"]  # type: ignore[union-attr]
        files = {name: f"{name}.png" for name in shown}
        text = render(
            env,
            ["ipynb/section.md.j2"],
            section=section,
            t=words,
            charts={n: f"attachment:{f}" for n, f in files.items()},
        )
        attachments = {files[name]: {"image/png": base64.b64encode(charts[name]).decode()} for name in shown}
        cells.append(v4.new_markdown_cell(text, attachments=attachments) if attachments else v4.new_markdown_cell(text))
        cells.extend(v4.new_code_cell(code) for code in section_cells(document, index, headings.get(section.heading)))
    for number, cell in enumerate(cells, 1):
        cell["id"] = f"cell-{number}"  # stable ids: the same page gives the same file
    notebook = v4.new_notebook(
        cells=cells, metadata={"kernelspec": KERNEL, "language_info": {"name": "python"}, "language": document.language}
    )
    nbformat.validate(notebook)
    return nbformat.writes(notebook) + "\n"
