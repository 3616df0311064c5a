"""``kldocs check`` on tables of the binary cross-entropy of one sample: ``| y | ŷ | loss |`` rows, and their mean.

Each row's loss ``-[y ln ŷ + (1-y) ln(1-ŷ)]`` is worked out here with mpmath, then written rounded as pages write it;
a slip is a loss taken with the wrong probability (``-ln ŷ`` for a label 0) or a mean off by a digit. Tables are
written in Markdown, LaTeX and HTML (inside a Markdown list), headed in several languages.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text
from kldocs.checker.checked import Checked

mpmath.mp.dps = 30

#: Rows of (label, predicted probability of class 1).
_ROWS = (("1", "0.7"), ("0", "0.7"), ("1", "0.9"), ("0", "0.2"))


def _loss(label: str, prediction: str, base: float | None = None) -> mpmath.mpf:
    y, p = mpmath.mpf(label), mpmath.mpf(prediction)
    nats = -(y * mpmath.log(p) + (1 - y) * mpmath.log(1 - p))
    return nats / mpmath.log(base) if base else nats


def _written(value: mpmath.mpf, places: int = 4) -> str:
    return f"{float(value):.{places}f}"


def _claims(page: str, name: str = "a.md") -> list[Checked]:
    return [claim for claim in check_text(page, name).claims if claim.kind != "definition"]


def _markdown(
    header: tuple[str, str, str],
    rows: list[tuple[str, str, str]],
    mean: str | None = None,
    lead: str = "Binary cross-entropy per sample:\n\n",
) -> str:
    lines = [f"| {' | '.join(header)} |", "|---|---|---|", *(f"| {a} | {b} | {c} |" for a, b, c in rows)]
    if mean is not None:
        lines.append(f"| {mean} |")
    return lead + "\n".join(lines) + "\n"


def test_the_losses_round_as_the_pages_write_them() -> None:
    assert [_written(_loss(*row)) for row in _ROWS] == ["0.3567", "1.2040", "0.1054", "0.2231"]
    assert _written(mpmath.fsum(_loss(*row) for row in _ROWS) / 4) == "0.4723"


@pytest.mark.parametrize(
    ("header", "lead"),
    [
        (("y", "ŷ", "cost"), "Binary cross-entropy for one sample, in nats:\n\n"),
        (("label", "pred", "BCE"), "Per-sample log loss:\n\n"),
        (("실제값", "예측", "손실"), "샘플별 이진 교차 엔트로피:\n\n"),
        (("标签", "预测概率", "损失"), "每个样本的二元交叉熵：\n\n"),
        (("target", "$\\hat{y}$", "loss"), "Kreuzentropie je Beispiel:\n\n"),
        (("Etiqueta", "Predicción", "Pérdida"), "Entropía cruzada por muestra:\n\n"),
    ],
)
def test_each_row_is_its_samples_binary_cross_entropy(header: tuple[str, str, str], lead: str) -> None:
    rows = [(y, p, _written(_loss(y, p))) for y, p in _ROWS]
    claims = _claims(_markdown(header, rows, lead=lead))
    assert [(claim.verdict, claim.text.rpartition("= ")[2].split()[0]) for claim in claims] == [
        ("holds", value) for _, _, value in rows
    ]
    assert all(claim.unit == "nats" for claim in claims)


def test_a_loss_taken_with_the_wrong_probability_is_false_with_the_right_value() -> None:
    # label 0 with ŷ = 0.7: the slip writes -ln 0.7 (0.3567), the loss is -ln 0.3
    rows = [(y, p, _written(_loss(y, p))) for y, p in _ROWS]
    rows[1] = ("0", "0.7", _written(_loss("1", "0.7")))
    claims = _claims(_markdown(("y", "ŷ", "cost"), rows))
    assert [claim.verdict for claim in claims] == ["holds", "false", "holds", "holds"]
    assert claims[1].value is not None and mpmath.almosteq(mpmath.mpf(claims[1].value), _loss("0", "0.7"), 1e-9)


@pytest.mark.parametrize(("mean", "verdict"), [("0.4723", "holds"), ("0.4823", "false"), ("≈ 0.47", "holds")])
def test_a_mean_row_is_the_mean_of_the_rows_losses(mean: str, verdict: str) -> None:
    rows = [(y, p, _written(_loss(y, p))) for y, p in _ROWS]
    claims = _claims(_markdown(("y", "p̂", "loss"), rows, f"**Mean** | | {mean}"))
    assert [claim.verdict for claim in claims] == ["holds"] * 4 + [verdict]
    exact = mpmath.fsum(_loss(*row) for row in _ROWS) / 4
    assert claims[-1].value is not None and mpmath.almosteq(mpmath.mpf(claims[-1].value), exact, 1e-9)


def test_a_sum_row_in_korean_and_a_soft_label() -> None:
    rows = [("1", "0.8", _written(_loss("1", "0.8"))), ("0.3", "0.6", _written(_loss("0.3", "0.6")))]
    total = _written(_loss("1", "0.8") + _loss("0.3", "0.6"))
    claims = _claims(_markdown(("정답", "예측 확률", "손실"), rows, f"합계 | | {total}"))
    assert [claim.verdict for claim in claims] == ["holds", "holds", "holds"]


def test_a_table_in_bits_says_so_in_its_heading() -> None:
    rows = [(y, p, _written(_loss(y, p, 2))) for y, p in _ROWS[:2]]
    claims = _claims(_markdown(("y", "ŷ", "loss (bits)"), rows))
    assert [(claim.verdict, claim.unit) for claim in claims] == [("holds", "bits")] * 2
    # the same bits under a heading with no unit are read in nats: false
    assert [claim.verdict for claim in _claims(_markdown(("y", "ŷ", "loss"), rows))] == ["false", "false"]


def _html(rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(f"    <tr><td>{y}</td><td>{p}</td><td>{loss}</td></tr>\n" for y, p, loss in rows)
    return (
        "- Ejemplo de entropía cruzada por muestra:\n\n"
        "    <table>\n    <tr><th>y</th><th>ŷ</th><th>costo</th></tr>\n" + cells + "    </table>\n"
    )


def test_an_html_table_inside_a_markdown_list_with_the_formula_before_each_value() -> None:
    right = _written(_loss("1", "0.9"), 3)
    rows = [("1", "0.9", f"- log(0.9) = {right}"), ("0", "0.2", f"- log(0.8) = {_written(_loss('0', '0.2'), 3)}")]
    assert [(claim.verdict, claim.lines) for claim in _claims(_html(rows))] == [("holds", (5,)), ("holds", (6,))]
    rows[1] = ("0", "0.2", "- log(0.2) = 1.609")  # the probability of class 1 taken for a label 0
    assert [claim.verdict for claim in _claims(_html(rows))] == ["holds", "false"]


@pytest.mark.parametrize(
    "page",
    [
        # p is the probability given to the true class: -ln p on every row, a reading of its own
        _markdown(("y", "p", "loss"), [("1", "0.7", "0.3567"), ("0", "0.7", "0.3567"), ("0", "0.9", "0.1054")]),
        # labels -1/+1, and a prediction of 0 or 1: not read
        _markdown(("y", "ŷ", "loss"), [("-1", "0.7", "0.3567"), ("1", "1", "0.5")]),
        # a header with two loss columns: which one is the loss is not told
        "Log loss:\n\n| y | ŷ | loss | cost |\n|---|---|---|---|\n| 1 | 0.7 | 0.5 | 0.9 |\n",
        # no label column
        _markdown(("x", "ŷ", "loss"), [("1", "0.7", "0.9")]),
        # a mean row under a row that was not read is not judged
        _markdown(("y", "ŷ", "loss"), [("1", "0.7", "0.3567"), ("1", "n/a", "0.9")], "mean | | 9.9"),
    ],
)
def test_near_misses_are_not_called_false(page: str) -> None:
    assert [claim for claim in _claims(page) if claim.verdict == "false"] == []


@pytest.mark.parametrize(
    "lead",
    [
        "## Mean absolute error\n\n",  # the section's heading names another loss
        "## Losses\n\nThe squared error of each sample, next to its log loss below:\n\n",
        "## Losses\n\nPer sample:\n\n",  # no word for cross-entropy anywhere near
    ],
)
def test_a_loss_table_not_said_to_be_of_cross_entropy_is_not_read(lead: str) -> None:
    # |y - ŷ|: 0.3 and 0.7, which as cross-entropies would be false
    page = _markdown(("y", "ŷ", "loss"), [("1", "0.7", "0.3"), ("0", "0.7", "0.7")], lead=lead)
    assert _claims(page) == []
    # the same rows said to be log losses are judged, and false
    said = _markdown(("y", "ŷ", "loss"), [("1", "0.7", "0.3"), ("0", "0.7", "0.7")], lead="## Log loss\n\n")
    assert [claim.verdict for claim in _claims(said)] == ["false", "false"]


def test_a_caption_or_the_header_may_say_cross_entropy() -> None:
    rows = [(y, p, _written(_loss(y, p))) for y, p in _ROWS[:2]]
    assert [claim.verdict for claim in _claims(_markdown(("y", "ŷ", "BCE"), rows, lead=""))] == ["holds", "holds"]
    body = "".join(f"{y} & {p} & {value} \\\\\n" for y, p, value in rows)
    latex = (
        "\\begin{table}\n\\begin{tabular}{ccc}\ny & $\\hat{y}$ & loss \\\\\n\\hline\n"
        + body
        + "\\end{tabular}\n\\caption{Cross-entropy of each sample}\n\\end{table}\n"
    )
    assert [claim.verdict for claim in _claims(latex, "a.tex")] == ["holds", "holds"]


@pytest.mark.parametrize(("total", "mean"), [("1.5607", False), ("0.7804", True)])
def test_a_total_of_the_rows_as_written_is_not_false(total: str, mean: bool) -> None:
    rows = [(y, p, _written(_loss(y, p))) for y, p in _ROWS[:2]]
    exact = _loss(*_ROWS[0]) + _loss(*_ROWS[1])
    exact = exact / 2 if mean else exact
    assert _written(exact) != total  # the exact total rounds otherwise: 1.5606, 0.7803
    assert sum(float(value) for _, _, value in rows) / (2 if mean else 1) == pytest.approx(float(total), abs=5e-5)
    claims = _claims(_markdown(("y", "ŷ", "loss"), rows, f"{'Mean' if mean else 'Total'} | | {total}"))
    assert [claim.verdict for claim in claims] == ["holds", "holds"]
    # a total that is neither is still false
    claims = _claims(_markdown(("y", "ŷ", "loss"), rows, f"{'Mean' if mean else 'Total'} | | 1.6607"))
    assert [claim.verdict for claim in claims] == ["holds", "holds", "false"]
