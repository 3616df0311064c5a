"""Notebooks (``--format ipynb``) run with a real kernel, and their code computes the values their text shows.

Each generated notebook is executed with nbclient and ipykernel. After a
section, the code cell's last line is a dictionary of the section's values
as the page rounds them; every one of them must stand in the section's
Markdown. Changing the distributions in the first code cell and running the
notebook again gives the values of the new distributions.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import nbformat
import numpy as np
import pytest
from nbclient import NotebookClient

import kldocs
from kldocs.catalog import message
from kldocs.cli import main

pytestmark = pytest.mark.slow


def executed(path: Path) -> Any:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    return notebook


def section_values(notebook: Any) -> list[tuple[str, dict[str, Any]]]:
    """For each code cell that ends in a dictionary of values: the Markdown of its section, and the values."""
    found = []
    section = ""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            section = cell.source
            continue
        for output in cell.get("outputs", []):
            assert output.output_type != "error", f"{cell.source}\n{output.get('evalue')}"
            text = output.get("data", {}).get("text/plain", "")
            if output.output_type == "execute_result" and text.startswith("{"):
                found.append((section, ast.literal_eval(text)))
    return found


def check_values(notebook: Any) -> int:
    checked = 0
    for section, values in section_values(notebook):
        for key, value in values.items():
            if isinstance(value, str):
                assert value in section, f"{key} = {value} is not in the section:\n{section}"
                checked += 1
    return checked


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_worked_example_notebook_recomputes_its_values(tmp_path: Path, language: str) -> None:
    arguments = ["example", "--p", "0.2, 0.5, 0.3", "--q", "0.3 0.4 0.3", "--labels", "sun,rain,snow"]
    assert main([*arguments, "--format", "ipynb", "--lang", language, "--out", str(tmp_path)]) == 0
    notebook = executed(tmp_path / "example.ipynb")
    assert check_values(notebook) >= 10
    kl_keys = {
        "en": ("D_KL(P‖Q)", "D_KL(P‖Q) in bits", "D_KL(P‖Q), 10 significant digits"),
        "ko": ("D_KL(P‖Q)", "D_KL(P‖Q), 비트 단위", "D_KL(P‖Q), 유효숫자 10자리"),
    }
    assert tuple(section_values(notebook)[0][1]) == kl_keys[language]
    outputs = [output.get("data", {}) for cell in notebook.cells for output in cell.get("outputs", [])]
    maths = [data["text/latex"] for data in outputs if "\\text{" in data.get("text/latex", "")]
    assert len(maths) == 2 and all(message("unit.nats", language) in math for math in maths)  # KL and JSD
    assert ("nats" in " ".join(maths)) == (language == "en")
    kinds = {key for cell in notebook.cells for output in cell.get("outputs", []) for key in output.get("data", {})}
    assert {"text/latex", "image/png"} <= kinds  # a quantity as maths, the path drawn again
    attached = [cell for cell in notebook.cells if cell.cell_type == "markdown" and cell.get("attachments")]
    assert len(attached) == 4 and "attachment:" in attached[0].source


def test_changing_p_and_q_and_running_all_gives_their_values(tmp_path: Path) -> None:
    assert main(["example", "--p", "1/2 1/2", "--q", "1/4 3/4", "--format", "ipynb", "--out", str(tmp_path)]) == 0
    notebook = nbformat.read(tmp_path / "example.ipynb", as_version=4)
    setup = next(cell for cell in notebook.cells if cell.cell_type == "code")
    setup.source = setup.source.replace('"1/2, 1/2"', '"1/10, 9/10"').replace('BASE = "e"', 'BASE = "2"')
    nbformat.write(notebook, tmp_path / "mine.ipynb")
    values = dict(section_values(executed(tmp_path / "mine.ipynb"))[0][1])
    assert values["D_KL(P‖Q)"] == kldocs.kl("1/10 9/10", "1/4 3/4", base=2).decimal(3)
    assert values["D_KL(P‖Q) in nats"] == kldocs.kl("1/10 9/10", "1/4 3/4").decimal(3)
    assert values["D_KL(P‖Q)"] != kldocs.kl("1/2 1/2", "1/4 3/4", base=2).decimal(3)


def test_the_answer_key_notebook_recomputes_every_answer_and_the_sheet_gives_none(tmp_path: Path) -> None:
    arguments = ["exercises", "--count", "3", "--seed", "7", "--kinds", "kl,reverse,ce,entropy,jsd,bits,closer"]
    assert main([*arguments, "--format", "ipynb,json", "--out", str(tmp_path), "--jobs", "1"]) == 0
    answers = executed(tmp_path / "answers.ipynb")
    assert check_values(answers) == 3 * 7
    sheet = executed(tmp_path / "sheet.ipynb")
    assert '"""P, Q and Q2 (None when the variant has no Q2) of one variant."""' in sheet.cells[1].source
    key = (tmp_path / "key.json").read_text()
    shown = " ".join(cell.source for cell in sheet.cells) + str([cell.get("outputs") for cell in sheet.cells])
    values = [q["answer"]["value"] for v in json.loads(key)["variants"] for q in v["questions"]]
    assert not [value for value in values if f"{value}" in shown and len(value) > 3]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_sheet_notebook_says_what_its_cells_do_and_the_key_says_what_its_cells_do(
    tmp_path: Path, language: str
) -> None:
    arguments = ["exercises", "--count", "2", "--format", "ipynb", "--lang", language, "--jobs", "1"]
    assert main([*arguments, "--out", str(tmp_path)]) == 0
    intro = {
        page: nbformat.read(tmp_path / f"{page}.ipynb", as_version=4).cells[0].source for page in ("sheet", "answers")
    }
    assert message("notebook.sheet_intro", language) in intro["sheet"]
    assert message("notebook.intro", language) not in intro["sheet"]
    assert message("notebook.intro", language) in intro["answers"]
    setup = nbformat.read(tmp_path / "answers.ipynb", as_version=4).cells[1].source
    assert f'"""{message("notebook.variant", language)}"""' in setup


def test_the_answer_key_notebook_shows_each_answer_as_key_json_gives_it(tmp_path: Path) -> None:
    arguments = ["exercises", "--count", "3", "--seed", "7", "--kinds", "kl,infinite", "--jobs", "1"]
    assert main([*arguments, "--format", "ipynb,json", "--out", str(tmp_path)]) == 0
    key = json.loads((tmp_path / "key.json").read_text())
    expected = [
        {f"{number}. {q['kind']}": q["answer"]["value"] for number, q in enumerate(variant["questions"], 1)}
        for variant in key["variants"]
    ]
    assert "inf" in {value for answers in expected for value in answers.values()}
    assert [values for _, values in section_values(executed(tmp_path / "answers.ipynb"))] == expected


@pytest.mark.parametrize(
    ("family", "p", "q", "more"),
    [
        ("normal", "mu=0, sigma=1", "mu=1, sigma=2", []),
        ("normal", "mu=0, sigma=1/2", "mu=1, sigma=2", ["--lang", "ko", "--base", "2"]),
        ("poisson", "3", "5/2", []),  # entropies as certified series
        ("uniform", "0, 2", "0, 1", []),  # infinite
        ("mvnormal", "mean=[0, 0], cov=[[1, 0], [0, 1]]", "mean=[1, 0], cov=[[2, 0], [0, 1]]", []),
    ],
)
def test_a_family_notebook_defines_p_and_q_once_and_recomputes_the_page(
    tmp_path: Path, family: str, p: str, q: str, more: list[str]
) -> None:
    arguments = ["example", "--family", family, "--p", p, "--q", q, *more]
    assert main([*arguments, "--format", "ipynb", "--out", str(tmp_path)]) == 0
    notebook = executed(tmp_path / "example.ipynb")
    setup = next(cell.source for cell in notebook.cells if cell.cell_type == "code")
    assert f"P = kldocs.{family}(" in setup and f"Q = kldocs.{family}(" in setup
    values = [name for _, found in section_values(notebook) for name in found]
    assert values[:2] == ["D_KL(P‖Q)", "D_KL(P‖Q) in bits" if "ko" not in more else "D_KL(P‖Q), 내트 단위"]
    assert {"h(P)" if family != "poisson" else "H(P)", "D_KL(Q‖P)", "JSD(P,Q)", "sqrt(JSD)"} <= set(values)
    assert check_values(notebook) == len(values)


def test_a_family_page_with_a_variable_has_no_code_cells(tmp_path: Path) -> None:
    arguments = ["example", "--family", "bernoulli", "--p", "theta", "--q", "1/2", "--format", "ipynb"]
    assert main([*arguments, "--out", str(tmp_path)]) == 0
    notebook = nbformat.read(tmp_path / "example.ipynb", as_version=4)
    assert notebook.cells and all(cell.cell_type == "markdown" for cell in notebook.cells)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_handout_notebook_runs_and_recomputes_its_values(tmp_path: Path, language: str) -> None:
    assert main(["handout", "--format", "ipynb", "--lang", language, "--out", str(tmp_path)]) == 0
    notebook = executed(tmp_path / language / "handout.ipynb")
    assert check_values(notebook) >= 12
    derivations = [cell for cell in notebook.cells if cell.cell_type == "code" and "kldocs.derivation(" in cell.source]
    assert len(derivations) >= 5
    assert all("<iframe" in cell.outputs[0]["data"]["text/html"] for cell in derivations)


def with_floats(path: Path, distributions: dict[str, str], digits: int) -> Path:
    """The notebook at ``path`` with its distributions replaced by the reader's (floats, or text), and its digits."""
    notebook = nbformat.read(path, as_version=4)
    setup = next(cell for cell in notebook.cells if cell.cell_type == "code")
    lines = setup.source.split("\n")
    for index, line in enumerate(lines):
        name = line.partition(" = ")[0]
        if name in distributions:
            lines[index] = f"{name} = {distributions[name]}"
        elif name == "DIGITS":
            lines[index] = f"DIGITS = {digits}"
    assert sum(line.partition(" = ")[0] in distributions for line in lines) == len(distributions)
    setup.source = "\n".join(lines)
    mine = path.with_name("floats.ipynb")
    nbformat.write(notebook, mine)
    return mine


def scipy_values(p: list[float], q: list[float], q2: list[float]) -> dict[str, float]:
    """Every value a notebook shows, computed by SciPy."""
    from scipy.spatial.distance import jensenshannon
    from scipy.stats import entropy

    jeffreys = entropy(p, q) + entropy(q, p)
    return {
        "D_KL(P‖Q)": entropy(p, q),
        "D_KL(P‖Q) in bits": entropy(p, q, base=2),
        "D_KL(P‖Q), 10 significant digits": entropy(p, q),
        "D_KL(Q‖P)": entropy(q, p),
        "D_KL(P‖Q2)": entropy(p, q2),
        "D_KL(P‖Q2) in bits": entropy(p, q2, base=2),
        "D_KL(P‖Q2), 10 significant digits": entropy(p, q2),
        "D_KL(Q2‖P)": entropy(q2, p),
        "D_KL(Q‖Q2)": entropy(q, q2),
        "H(P)": entropy(p),
        "H(P,Q)": entropy(p) + entropy(p, q),
        "H(P,Q2)": entropy(p) + entropy(p, q2),
        "JSD(Q,Q2)": jensenshannon(q, q2) ** 2,
        "J(P,Q)": jeffreys,
        "J(P,Q)/2": jeffreys / 2,
        "JSD(P,Q)": jensenshannon(p, q) ** 2,
        "sqrt(JSD)": jensenshannon(p, q),
    }


@pytest.mark.parametrize(
    ("p", "q"),
    [([0.2, 0.5, 0.3], [0.3, 0.4, 0.3]), ([0.5, 0.5, 0.0], [0.25, 0.0, 0.75])],
    ids=["finite", "infinite"],
)
@pytest.mark.parametrize("page", ["example", "handout"])
def test_the_notebooks_run_on_lists_and_arrays_of_floats(
    tmp_path: Path, page: str, p: list[float], q: list[float]
) -> None:
    q2 = [0.25, 0.5, 0.25]
    data = ["--p", "0.2 0.5 0.3", "--q", "0.3 0.4 0.3"] if page == "example" else []
    assert main([page, *data, "--format", "ipynb", "--out", str(tmp_path)]) == 0
    path = tmp_path / "en" / "handout.ipynb" if page == "handout" else tmp_path / "example.ipynb"
    floats = {"P": repr(p), "Q": f"__import__('numpy').array({q!r})"}
    if page == "handout":
        floats["Q2"] = repr(q2)
    notebook = executed(with_floats(path, floats, digits=8))
    expected = scipy_values(p, q, q2)
    found = [(key, value) for _, values in section_values(notebook) for key, value in values.items()]
    measured = [(key, value) for key, value in found if key in expected]
    assert len(measured) == (10 if page == "example" else 25)
    for key, value in measured:
        assert float(value) == pytest.approx(expected[key], rel=1e-7), key
    # The rest: the triangle's pair (P and Q, or the fixed one), what is built from P and Q, the JSD table's rows.
    rest = {key for key, _ in found} - set(expected)
    built = {"A", "B", "M", "Q_zero", "D_KL(P‖Q_zero)"}
    inequalities = {"D_KL(A‖M) + D_KL(M‖B) < D_KL(A‖B)", "D_KL(P‖Q2) ≤ D_KL(P‖Q) + D_KL(Q‖Q2)"}
    named = {key for key in rest if not key.startswith("Q = (")}
    assert named == (built | inequalities if page == "handout" else set())
    assert any("image/png" in output.get("data", {}) for cell in notebook.cells for output in cell.get("outputs", []))


@pytest.mark.parametrize("page", ["example", "handout"])
def test_the_path_cell_pairs_labelled_categories_by_label(page: str) -> None:
    """The chart of Q_t = (1 - t) Q + t P starts at D_KL(P‖Q) even when Q lists the categories in another order."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from kldocs.render.recompute import SECTIONS, _fields

    [cell] = [cell for cells in SECTIONS[page].values() for cell in cells if "np.linspace" in cell][:1]
    P = kldocs.parse_distribution({"a": 0.7, "b": 0.2, "c": 0.1})
    Q = kldocs.parse_distribution({"c": 0.3, "a": 0.4, "b": 0.3}, name="Q")
    plt.close("all")
    exec(cell.format(**_fields("en")), {"kldocs": kldocs, "P": P, "Q": Q, "BASE": "e"})
    forward, backward = (np.asarray(line.get_ydata()) for line in plt.gca().lines)
    assert forward[0] == pytest.approx(float(kldocs.kl(P, Q)), rel=1e-12)  # 0.2008, not 0.3446
    assert backward[0] == pytest.approx(float(kldocs.kl(Q, P)), rel=1e-12)
    assert forward[-1] == backward[-1] == 0.0
    plt.close("all")


#: The handout's distributions after a reader changes them: Q2 is closer to P than Q, and the midpoint of P and Q
#: breaks the triangle inequality, so every section keeps its shape.
CHANGED = {"P": "1/10, 3/5, 3/10", "Q": "1/5, 1/5, 3/5", "Q2": "1/5, 1/2, 3/10"}
#: A decimal number in text or output.
DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")


def handout_values(P: Any, Q: Any, Q2: Any, digits: int = 3) -> dict[str, Any]:
    """Every value the handout notebook's cells give, computed with kldocs directly (not with the cells' code)."""
    from kldocs.models.lecture import values_text

    zero = kldocs.parse_distribution("1/5, 0, 4/5", name="Q")  # Q with P's most likely category's mass moved on
    M = kldocs.mixture(P, Q)
    assert values_text(M) == "0.15, 0.4, 0.45"
    kl = {name: kldocs.kl(P, model) for name, model in (("Q", Q), ("Q2", Q2), ("Q_zero", zero))}
    values: dict[str, Any] = {"H(P)": kldocs.entropy(P).decimal(digits), "Q_zero": "0.2, 0, 0.8"}
    for name, model in (("Q", Q), ("Q2", Q2)):
        values[f"D_KL(P‖{name})"] = kl[name].decimal(digits)
        values[f"D_KL(P‖{name}) in bits"] = kldocs.kl(P, model, base=2).decimal(digits)
        values[f"D_KL(P‖{name}), 10 significant digits"] = kl[name].decimal(10)
        values[f"H(P,{name})"] = kldocs.cross_entropy(P, model).decimal(digits)
    values["D_KL(Q2‖P)"] = kldocs.kl(Q2, P).decimal(digits)
    values["D_KL(P‖Q_zero)"] = kl["Q_zero"].decimal(digits)
    values |= {
        "J(P,Q)": kldocs.jeffreys(P, Q).decimal(digits),
        "JSD(P,Q)": kldocs.jsd(P, Q).decimal(digits),
        "A": values_text(P),
        "B": values_text(Q),
        "M": values_text(M),
        "D_KL(A‖M) + D_KL(M‖B) < D_KL(A‖B)": True,
        "D_KL(Q‖Q2)": kldocs.kl(Q, Q2).decimal(digits),
        "JSD(Q,Q2)": kldocs.jsd(Q, Q2).decimal(digits),
        "D_KL(P‖Q2) ≤ D_KL(P‖Q) + D_KL(Q‖Q2)": float(kl["Q2"]) <= float(kl["Q"]) + float(kldocs.kl(Q, Q2)),
    }
    for text, model in (("0.2, 0.2, 0.6", Q), ("0.2, 0.5, 0.3", Q2), ("0.2, 0, 0.8", zero)):
        pair = (kldocs.jsd(P, model).decimal(digits), kldocs.jeffreys(P, model).half_decimal(digits))
        values[f"Q = ({text})"] = pair
    return values


def sections(notebook: Any) -> list[tuple[str, list[str]]]:
    """Each Markdown cell, and the text of every output of the code cells after it (plain, LaTeX, HTML)."""
    found: list[tuple[str, list[str]]] = []
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            found.append((cell.source, []))
        elif found:
            for output in cell.get("outputs", []):
                assert output.output_type != "error", f"{cell.source}\n{output.get('evalue')}"
                data = output.get("data", {})
                found[-1][1].extend(data.get(kind, "") for kind in ("text/plain", "text/latex", "text/html"))
    return found


def test_the_handout_notebook_recomputes_every_value_built_from_p_q_and_q2(tmp_path: Path) -> None:
    """Change P, Q and Q2 in the top cell and run all: every value the cells give is kldocs' own for the new data;
    and every decimal of the text that changes with the data (the text for the new data against the default's)
    is among the outputs of its section's cells, so no value built from P, Q and Q2 is left without a cell."""
    assert main(["handout", "--format", "ipynb", "--lang", "en", "--out", str(tmp_path / "default")]) == 0
    data = [f"--{name.lower()}={text}" for name, text in CHANGED.items()]
    assert main(["handout", *data, "--format", "ipynb", "--lang", "en", "--out", str(tmp_path / "changed")]) == 0
    data_cell = {name: repr(text) for name, text in CHANGED.items()}  # the top cell reads text as exact values
    ran = executed(with_floats(tmp_path / "default" / "en" / "handout.ipynb", data_cell, digits=3))

    P, Q, Q2 = (kldocs.parse_distribution(CHANGED[name], name=name) for name in ("P", "Q", "Q2"))
    expected = handout_values(P, Q, Q2)
    found = [(key, value) for _, values in section_values(ran) for key, value in values.items()]
    for key, value in found:
        assert value == expected[key], key
    assert {key for key, _ in found} == set(expected)  # every kind of value has a cell

    written = sections(nbformat.read(tmp_path / "changed" / "en" / "handout.ipynb", as_version=4))
    default = sections(nbformat.read(tmp_path / "default" / "en" / "handout.ipynb", as_version=4))
    recomputed = sections(ran)
    assert len(written) == len(default) == len(recomputed)
    data_values = {text for d in (P, Q, Q2) for text in values_text_of(d)}
    missing = []
    for (text, _), (before, _), (_, outputs) in zip(written, default, recomputed, strict=True):
        built = set(DECIMAL.findall(text)) - set(DECIMAL.findall(before)) - data_values
        shown = {number for output in outputs for number in DECIMAL.findall(output)}
        missing += [(text.partition("\n")[0], number) for number in sorted(built - shown)]
    assert missing == []


def values_text_of(distribution: Any) -> list[str]:
    from kldocs.models.lecture import values_text

    return values_text(distribution).split(", ")
