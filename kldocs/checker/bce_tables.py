r"""Binary cross-entropy of one sample in a table: columns of labels, predicted probabilities and losses.

A Markdown, LaTeX or HTML table (see :mod:`~kldocs.checker.html_tables`) whose header has one column of labels
(``y``, ``label``, ``target``, ``실제값``, ``标签`` ...), one of predictions (``ŷ``, ``\hat{y}``, ``p``, ``pred``,
``예측`` ...) and one of losses (``loss``, ``cost``, ``BCE``, ``손실``, ``损失`` ...) gives on each row the loss
``-[y ln ŷ + (1-y) ln(1-ŷ)]`` of that sample, ŷ being the probability of class 1, in nats unless the loss's
heading or the two lines above the table name bits (``log_2``, "bits"). A label is 0, 1 or a probability; a value
may follow a formula in its cell (``- log(0.9) = 0.105``). A row whose first cell says it is the mean ("mean",
"average", "평균", "平均", ...) or the sum ("total", "합계", ...) of the rows above gives their mean or sum; a
mean or sum of their losses as written (``0.3567 + 1.2040 = 1.5607``, where the exact sum is 1.56065) is no slip,
and is left unjudged.

A "loss" is not always this one: the table is read only where its header, its caption, the few lines above it or
its section's heading say cross-entropy (``BCE``, "log loss", "交叉熵" ...), and none of them names another loss
(``## Mean absolute error``, "squared error", "hinge").

A bare ``p`` or ``q`` may be the probability of the true class rather than of class 1: where such a table's row of
label 0 fits that reading and not the other, the table is not read.

>>> from kldocs.checker.reading import parse_text
>>> page = "Log loss:\n\n| y | ŷ | cost |\n|---|---|---|\n| 1 | 0.7 | 0.35667 |\n| 0 | 0.7 | 1.20397 |\n"
>>> page += "| mean | | 0.78 |\n"
>>> for claim in bce_table_claims(parse_text(page, "a.md")):
...     print(claim.text)
-\log(0.7) = 0.35667 nats
-\log(1 - 0.7) = 1.20397 nats
-\frac{1}{2}(\log(0.7) + \log(1 - 0.7)) = 0.78 nats
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from fractions import Fraction
from typing import NamedTuple

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceTable, SourceText
from kldocs.checker.entropy_tables import cell_offset, unit_above
from kldocs.checker.html_tables import html_tables
from kldocs.checker.lazy_patterns import lazy

#: Headings of the labels' column, the predictions' and the losses' (each heading with its maths marks taken off).
_LABEL = lazy(
    r"^(?:y|t|y_?i|y_?true|labels?|targets?|true(?: label| value| class)?|ground truth|truth|actual|"
    r"실제값?|실제 ?레이블|정답|레이블|라벨|标签|真实值|真实标签|真值|ラベル|正解(?:ラベル)?|"
    r"etikett|zielwert|klasse|étiquette|cible|classe|etiqueta|objetivo|clase|метка|класс|истинн\w*|rótulo|alvo)$",
    re.IGNORECASE,
)
_PREDICTION = lazy(
    r"^(?:ŷ|ŷ_?i|y\^|\\hat ?\{?y\}?(?:_i)?|y_?hat|yhat|y_?pred|p|p̂|q|p ?\(y ?= ?1[^)]*\)|pred|predictions?|"
    r"predicted(?: probability| value| p)?|probability|prob|"
    r"예측값?|예측 ?확률|预测值?|预测概率|予測値?|予測確率|vorhersage|prognose|prédiction|prédit|"
    r"predicci[óo]n|predicho|прогноз|предсказание|previs[ãa]o|predi[çc][ãa]o|previsto)$",
    re.IGNORECASE,
)
#: The predictions' headings that may mean the probability of the true class.
_AMBIGUOUS = frozenset({"p", "q", "probability", "prob"})
_LOSS = lazy(
    r"^(?:loss|cost|bce|bce loss|log ?loss|l|ce|cross[- ]?entropy|binary cross[- ]?entropy|"
    r"손실값?|비용|损失值?|代价|損失値?|コスト|verlust|kosten|perte|coût|pérdida|costo|coste|потер[яи]|стоимость|"
    r"perda|custo)$",
    re.IGNORECASE,
)
#: Maths marks and a unit taken off a heading before it is matched: ``$\hat{y}$``, ``loss (nats)``, ``**y**``.
_MARKS = lazy(r"[$*`]|\\text\{|\\mathrm\{|\s*[(\[](?:in )?(?:bits?|nats?|log_?2|log₂|ln)[)\]]\s*")
_BITS = lazy(r"(?<![A-Za-z])bits?(?![A-Za-z])|log_?\{?2\}?|log₂|비트|比特|ビット|бит", re.IGNORECASE)
_NATS = lazy(r"(?<![A-Za-z])nats?(?![A-Za-z])|(?<![A-Za-z])ln(?![A-Za-z])", re.IGNORECASE)
#: A number in a cell, maybe bold or in maths: ``1``, ``0.7``, ``$0.35$``, ``**0.357**``.
_NUMBER = lazy(r"^[\s$*_]*(?P<value>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)[\s$*_]*$")
#: A loss's cell: a value, maybe after a formula and ``=``, ``≈`` or ``→`` (``- log(0.9) = 0.105``).
_VALUE = lazy(
    r"(?:^|(?P<relation>=|≈|~|→|->|\\approx))[\s$*_]*(?P<value>[0-9]+(?:\.[0-9]+)?|\.[0-9]+)[\s$*_]*"
    r"(?:nats?|bits?)?[\s$*_]*$"
)
#: First cells of a row that gives the mean, or the sum, of the rows above.
_MEAN = lazy(
    r"^[\s*_]*(?:mean|average|avg|평균|平均(?:值|損失)?|mittel(?:wert)?|durchschnitt|moyenne|promedio|media|"
    r"средн\w*|média)\b",
    re.IGNORECASE,
)
_SUM = lazy(r"^[\s*_]*(?:total|sum|합계|합|合计|总和|合計|summe|gesamt|somme|suma|сумма|итого|soma)\b", re.IGNORECASE)
#: Words for cross-entropy: one of them must be said around a table for it to be read.
_CROSS_ENTROPY = lazy(
    r"cross[- ]?entropy|log[- ]?loss|logistic loss|logarithmic loss|(?<![A-Za-z])BCE(?![A-Za-z])|log[- ]likelihood|"
    r"交叉熵|교차 ?엔트로피|交差エントロピー|kreuz[- ]?entropie|entropie croisée|entrop[íi]a cruzada|"
    r"перекр[её]стн\w* энтропи|кросс-энтропи",
    re.IGNORECASE,
)
#: Other losses: a table said to be of one of them is not read.
_OTHER_LOSS = lazy(
    r"absolute|squared|quadratic|(?<![A-Za-z])(?:MAE|MSE|RMSE|L1|L2)(?![A-Za-z0-9])|hinge|huber|brier|focal|"
    r"zero[- ]one|0[-/]1 loss|absolut|quadratisch|absolue|quadratique|absoluto|cuadr[áa]tico|절대|제곱|"
    r"绝对|平方|均方|絶対|二乗|абсолютн|квадрат",
    re.IGNORECASE,
)
#: A caption, in LaTeX or HTML, after a table's start.
_CAPTION = lazy(r"\\caption\{[^}\n]*\}|<caption[^>]*>[^<]*</caption>", re.IGNORECASE)
#: Most rows of a table read.
MAX_ROWS = 200


def bce_table_claims(document: SourceText, until: int | None = None) -> Iterator[CommentClaim]:
    """The loss of each row of every table of binary cross-entropies (see the module's docstring), and of its mean
    or sum row, as formulas with their values, in the tables before ``until`` (where reading stopped)."""
    tables = [*document.tables, *(html_tables(document.text) if "<t" in document.text else ())]
    for table in sorted(tables, key=lambda table: table.offset):
        if until is not None and table.offset >= until:
            break
        columns = _columns(table.header)
        if columns is not None and _of_cross_entropy(document, table):
            yield from _claims(document, table, columns)


class _Columns(NamedTuple):
    """Where the labels, predictions and losses are; whether the predictions' heading is ambiguous; the unit."""

    label: int
    prediction: int
    loss: int
    ambiguous: bool
    unit: str | None


def _columns(header: tuple[str, ...]) -> _Columns | None:
    """The three columns, when the header has exactly one of each; else None.

    >>> _columns(("$y$", "$\\\\hat{y}$", "loss (bits)"))
    _Columns(label=0, prediction=1, loss=2, ambiguous=False, unit='bits')
    """
    if not 3 <= len(header) <= 8:
        return None
    plain = [" ".join(_MARKS.sub(" ", cell).replace("}", "").split()) for cell in header]
    labels = [index for index, cell in enumerate(plain) if _LABEL.match(cell)]
    predictions = [index for index, cell in enumerate(plain) if _PREDICTION.match(cell)]
    losses = [index for index, cell in enumerate(plain) if _LOSS.match(cell)]
    if len(labels) != 1 or len(predictions) != 1 or len(losses) != 1:
        return None
    heading = header[losses[0]]
    unit = "bits" if _BITS.search(heading) else "nats" if _NATS.search(heading) else None
    return _Columns(labels[0], predictions[0], losses[0], plain[predictions[0]].lower() in _AMBIGUOUS, unit)


class _Row(NamedTuple):
    """A row read: its label and prediction as written, its loss as written, ``≈`` before it, where it is."""

    label: str
    prediction: str
    value: str
    about: bool
    offset: int


def _claims(document: SourceText, table: SourceTable, columns: _Columns) -> Iterator[CommentClaim]:
    unit = columns.unit or unit_above(document, table.offset)
    if unit is None:
        unit = "bits" if _bits_above(document, table.offset) else "nats"
    unit = "nats" if unit.startswith("nat") else "bits"
    read: list[_Row] = []
    complete = True  # whether every row above was read: a mean row is the mean of all of them
    total: CommentClaim | None = None
    for offset, cells in table.rows[:MAX_ROWS]:
        value = _VALUE.search(cells[columns.loss]) if len(cells) > max(columns[:3]) else None
        if value is not None:
            where = cell_offset(document, offset, cells, columns.loss) + value.start("value")
            about = value.group("relation") in ("≈", "~", "\\approx")
        mean, summed = _MEAN.match(cells[0]), _SUM.match(cells[0])
        if value is not None and (mean or summed):
            if read and complete:
                relation = "\\approx" if about else "="
                formula = _total(read, value.group("value"), unit, mean=bool(mean))
                total = CommentClaim(f"{formula} {relation} {value.group('value')} {unit}", where) if formula else None
            break
        label = _NUMBER.match(cells[columns.label]) if value is not None else None
        prediction = _NUMBER.match(cells[columns.prediction]) if value is not None else None
        if value is None or label is None or prediction is None:
            complete = False
            continue
        y, p = Fraction(label.group("value")), Fraction(prediction.group("value"))
        if not (0 <= y <= 1 and 0 < p < 1):
            complete = False
            continue
        read.append(_Row(label.group("value"), prediction.group("value"), value.group("value"), about, where))
    if columns.ambiguous and any(_of_true_class(row, unit) for row in read):
        return
    for row in read:
        relation = "\\approx" if row.about else "="
        yield CommentClaim(f"{_loss(row)} {relation} {row.value} {unit}", row.offset)
    if total is not None:
        yield total


def _term(row: _Row) -> str:
    """What a row adds to the log-likelihood: ``\\log(0.7)``, ``\\log(1 - 0.7)``, or both terms for a soft label."""
    y, p = Fraction(row.label), row.prediction
    if y == 1:
        return f"\\log({p})"
    if y == 0:
        return f"\\log(1 - {p})"
    return f"({row.label} \\log({p}) + {1 - y} \\log(1 - {p}))"


def _loss(row: _Row) -> str:
    """The loss of a row as a formula: ``-\\log(0.7)``, ``-\\log(1 - 0.7)``, ``-(0.2 \\log(0.7) + 4/5 \\log(1 - 0.7))``
    for a soft label."""
    return f"-{_term(row)}"


def _total(rows: list[_Row], written: str, unit: str, *, mean: bool) -> str | None:
    """The mean (or sum) of the rows' losses as a formula; None when ``written`` is the mean (or sum) of their losses
    as written and not the exact one rounded (a total of the rounded rows, which is not a slip).

    >>> rows = [_Row("1", "0.7", "0.3567", False, 0), _Row("0", "0.7", "1.2040", False, 0)]
    >>> _total(rows, "1.5606", "nats", mean=False), _total(rows, "1.5607", "nats", mean=False)
    ('-(\\\\log(0.7) + \\\\log(1 - 0.7))', None)
    """
    count = len(rows) if mean else 1
    scale = math.log(2) if unit == "bits" else 1.0
    exact = sum(_nats(row) for row in rows) / scale / count
    if _rounds_to(sum(Fraction(row.value) for row in rows) / count, written) and not _rounds_to(exact, written):
        return None
    weight = f"\\frac{{1}}{{{len(rows)}}}" if mean else ""
    return f"-{weight}({' + '.join(_term(row) for row in rows)})"


def _nats(row: _Row) -> float:
    """A row's loss in nats."""
    y, p = float(Fraction(row.label)), float(Fraction(row.prediction))
    return -(y * math.log(p) + (1 - y) * math.log(1 - p))


def _rounds_to(value: float | Fraction, written: str) -> bool:
    """True when ``value`` rounded to the places of ``written`` gives it."""
    places = len(written.partition(".")[2])
    return abs(Fraction(value) - Fraction(written)) <= Fraction(1, 2 * 10**places) * (1 + Fraction(1, 10**6))


def _of_true_class(row: _Row, unit: str) -> bool:
    """True for a row of label 0 whose loss is ``-log p`` (``p`` the probability of the true class) but not
    ``-log(1 - p)``."""
    if Fraction(row.label) != 0:
        return False
    scale = math.log(2) if unit == "bits" else 1.0
    p = float(Fraction(row.prediction))
    return _fits(row.value, -math.log(p) / scale) and not _fits(row.value, -math.log(1 - p) / scale)


def _fits(written: str, value: float) -> bool:
    """True when ``value`` rounded or cut off to the places of ``written`` gives it."""
    places = len(written.partition(".")[2])
    return abs(value - float(written)) < 10.0**-places


def _bits_above(document: SourceText, offset: int) -> bool:
    """True when the formula or words in the few lines above a table take logs to base 2 and never natural ones."""
    above = document.text[max(0, offset - 400) : offset]
    return bool(_BITS.search(above)) and not _NATS.search(above)


def _of_cross_entropy(document: SourceText, table: SourceTable) -> bool:
    r"""True when the table's header, its caption, the lines above it or its section's heading say cross-entropy,
    and none of them names another loss.

    >>> from kldocs.checker.reading import parse_text
    >>> page = "## Mean absolute error\n\nPer-sample log loss:\n\n| y | ŷ | loss |\n|---|---|---|\n| 1 | 0.7 | 0.3 |\n"
    >>> document = parse_text(page, "a.md")
    >>> _of_cross_entropy(document, document.tables[0])
    False
    """
    section = document.section(table.offset)
    line_end = document.text.find("\n", section)
    heading = document.text[section : line_end if line_end >= 0 else None] if section in document.sections else ""
    above = document.text[max(section, table.offset - 400) : table.offset]
    end = table.rows[-1][0] if table.rows else table.offset
    captions = " ".join(found.group() for found in _CAPTION.finditer(document.text, table.offset, end + 400))
    said = " ".join((*table.header, heading, above, captions))
    return _CROSS_ENTROPY.search(said) is not None and _OTHER_LOSS.search(said) is None
