r"""Tables of training examples: one record a row, attribute columns and a class column, as decision-tree lessons give
them before working out entropies and gains.

A table is read from Markdown's pipes, from HTML's ``<table>`` (its ``<tr>`` rows, ``<th>``/``<td>`` cells) or from
LaTeX's ``tabular`` (rows ended by ``\\``, cells split by ``&``). Its class column is the last one headed by a
class's name (``Play``, ``Class``, ``Klasse``, ``类别``, ...) or, failing that, the last one whose cells are all the
words of a yes/no label (``yes``/``no``, ``+``/``-``, ``Ja``/``Nein``, ``oui``/``non``); a table with a row cut
short, an elided row (``...``) or fewer than :data:`_FEWEST` records is no table of records, nor is one its lines
above say is an excerpt ("The first four of the 14 days:", "some rows of", "a sample of", "Auszug", "前4行", a count
of records larger than the table's, or a line of ``…`` below it): the claims below it are of a set the table does
not hold. A column of many numbers (not binned) is no attribute: a lesson splits it at a threshold the table does
not give.

>>> lines = ["| Sky | Wind | Play |", "|---|---|---|", "| sun | weak | yes |", "| sun | strong | no |",
...          "| rain | weak | yes |", "| rain | weak | yes |"]
>>> [records], _ = record_tables(lines)
>>> records.row, records.labels, records.counts(records.everything())
(5, ('yes', 'no'), (3, 1))
>>> records.split("Wind", records.everything()).children, records.node_rows("S_{sun}")
(((3, 0), (0, 1)), frozenset({0, 1}))
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kldocs.checker.class_counts import key
from kldocs.checker.count_tables import cells, is_rule
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.split_values import Split

#: Fewest records a table of them holds, and most (past that, a table is data, not a lesson's example).
_FEWEST, _MOST = 4, 300
#: Most tables of records read in a document (a lesson gives a few: the training set, a branch's subset).
_TABLES = 50
#: Most characters of an HTML or LaTeX table read.
_LONGEST = 100_000
#: How an HTML and a LaTeX table open and close (compared without case).
_KINDS = (("<table", "</table"), ("\\begin{tabular", "\\end{tabular"))
#: Most children a split has (the claims' judge names each child's distribution by a letter).
_WIDEST = 7
#: Headers of a class column (compared as keys: without markup, spaces or case).
_CLASS_HEADERS = frozenset(
    (
        "class", "classe", "klasse", "clase", "classe", "label", "target", "y", "play", "playtennis", "play?",
        "tennis", "buys", "buyscomputer", "buys_computer", "decision", "outcome", "result", "answer", "kaufen",
        "entscheidung", "ergebnis", "spielen", "jouer", "décision", "résultat", "etiqueta", "jugar", "decisión",
        "resultado", "classificação", "класс", "метка", "играть", "类别", "类", "标签", "结果", "好瓜", "是否",
        "클래스", "레이블", "결과", "クラス", "ラベル", "結果", "enjoysport", "approved", "survived",
    )
)  # fmt: skip
#: Pairs of words of a yes/no label.
_YES_NO = (
    frozenset(("yes", "no")), frozenset(("+", "-")), frozenset(("+", "−")), frozenset(("ja", "nein")),
    frozenset(("oui", "non")), frozenset(("sí", "no")), frozenset(("si", "no")), frozenset(("sim", "não")),
    frozenset(("да", "нет")), frozenset(("是", "否")), frozenset(("예", "아니오")), frozenset(("はい", "いいえ")),
    frozenset(("true", "false")), frozenset(("p", "n")),
)  # fmt: skip
#: Words that make a table an excerpt of its set.
_EXCERPT = lazy(
    r"(?i:\b(?:first|last)\s+(?:few|\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\bsome\s+(?:of\s+the\s+)?"
    r"(?:rows|records|examples|entries|instances|days)\b|\ba\s+(?:small\s+|random\s+)?sample\s+of\b|excerpt|snippet|"
    r"\bsubset\s+of\b|\ba\s+few\s+(?:of\s+the\s+)?(?:rows|records|examples|days)\b|\.head\(|truncated|for\s+brevity|"
    r"\bersten\s+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|paar)\b|auszug|ausschnitt|stichprobe\s+(?:aus|von)|"
    r"\beinige\s+(?:der\s+)?(?:zeilen|datensätze|beispiele|tage)|"
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques)\s+(?:premi|derni)|extrait|quelques\s+lignes|"
    r"\bun\s+échantillon|aperçu|\b(?:primer|últim|primeir|ultim)[oa]s\s+(?:\d+|dos|duas|dois|tres|três|cuatro|quatro|"
    r"cinco|seis|siete|sete|ocho|oito|nueve|nove|diez|dez)\b|extracto|fragmento|trecho|excerto|"
    r"\balgun[oa]s\s+(?:filas|linhas|registros|ejemplos|exemplos|días|dias)\b|\bun[ao]\s+(?:muestra|amostra)\s+d|"
    r"перв\w*\s+(?:\d+|дв|тр|четыр|пят|шест|нескольк)|фрагмент|выдерж|отрыв|"
    r"несколько\s+(?:строк|записей|примеров|дней)|часть\s+(?:таблиц|данных))|"
    r"前\s*(?:\d+|[一二三四五六七八九十几]+)\s*[行条個个天项項笔筆日]|部分|节选|節選|摘录|摘錄|片段|截取|"
    r"最初の\s*(?:\d+|[一二三四五六七八九十数]+)|先頭の|一部|抜粋|抜き出|"
    r"(?:처음|앞)의?\s*(?:\d+|한|두|세|네|다섯|몇)|일부|발췌"
)
#: A count of records in words (``the 14 days``, ``14天``): a whole number followed by a word, and what names a table.
_COUNT = lazy(r"(?<![\d.,])(\d{1,4})(?![\d.,]\d)\s*(?=[^\W\d_])")
_TABLE_NAME = lazy(r"(?i:table|tab\.|tabelle|tableau|tabla|tabela|таблиц|figure|fig\.)\s*$|[表표図]\s*$")
#: A line that stands for rows left out below a table.
_ELLIPSIS = lazy(r"\s*(?:\.{3,}|…|⋮|\\[cv]?dots)\s*")
#: Most lines above a table read for its introduction.
_INTRO = 2
#: Cells that stand for rows left out.
_ELIDED = lazy(r"\.{2,}|…|⋮|\\[cvl]?dots")
#: A number, as a cell of a numeric column holds it.
_NUMBER = lazy(r"[-+]?\d+(?:[.,]\d+)?")
#: Most different numbers a binned numeric column holds.
_BINS = 4
#: Names of the whole training set (a node ``S`` is every record).
ROOTS = frozenset(("s", "d", "t", "x", "data", "dataset", "root"))
#: How a fenced block of plain text opens and closes.
_FENCES = ("```", "~~~")
#: What sets a plain table's columns apart, tried in turn: tabs or runs of spaces, commas, single spaces.
_PLAIN_SEPARATORS = (lazy(r"\t+\s*|\s{2,}"), lazy(r"\s*,\s*"), lazy(r"\s+"))
_HTML_ROW = lazy(r"<tr\b.*?</tr>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = lazy(r"<t([hd])\b[^>]*>(.*?)</t[hd]>", re.IGNORECASE | re.DOTALL)
_TAG = lazy(r"<[^>]*>")
_LATEX_COMMAND = lazy(r"\\(?:text\w*|math\w*|emph|underline)\s*\{([^{}]*)\}")
_LATEX_RULE = lazy(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^}]*\}|hdashline)")
#: What parts a node's name (``S_{Outlook=Sunny}``, ``a1 gut``) into words.
_PARTS = lazy(r"[\s_=:{}()\[\]]+")


@dataclass(frozen=True)
class Records:
    """A table of training examples: the line it ends on, its attributes and their values by record, each record's
    class, and the classes in the order first met."""

    row: int
    attributes: tuple[str, ...]
    values: tuple[tuple[str, ...], ...]  # by record, one value (as a key) per attribute
    classes: tuple[str, ...]
    labels: tuple[str, ...]

    def everything(self) -> frozenset[int]:
        """Every record."""
        return frozenset(range(len(self.classes)))

    def counts(self, rows: frozenset[int]) -> tuple[int, ...]:
        """How many of ``rows`` are of each class."""
        return tuple(sum(1 for index in rows if self.classes[index] == label) for label in self.labels)

    def column(self, attribute: str) -> int | None:
        """The column of an attribute named as a claim names it (``Outlook``, ``\\text{Wind}``)."""
        wanted = key(attribute)
        return next((index for index, name in enumerate(self.attributes) if key(name) == wanted), None)

    def split(self, attribute: str, rows: frozenset[int]) -> Split | None:
        """The children the attribute's values make of ``rows``; None for no such attribute, or one value only."""
        column = self.column(attribute)
        if column is None:
            return None
        order: list[str] = []
        for index in sorted(rows):
            if self.values[index][column] not in order:
                order.append(self.values[index][column])
        if not 2 <= len(order) <= _WIDEST:
            return None
        return Split(
            tuple(self.counts(frozenset(i for i in rows if self.values[i][column] == value)) for value in order)
        )

    def node_rows(self, name: str) -> frozenset[int] | None:
        """The records a node's name stands for: every one (``S``), or those of one attribute's value (``Sunny``,
        ``S_sunny``, ``Outlook=Sunny``, ``a1 gut``); None when the name is none of them, or several of different
        records."""
        if any(mark in name for mark in ",;|") or "\\mid" in name:
            return None
        words = tuple(word for word in _PARTS.split(key_words(name)) if word)
        if len(words) == 1 and words[0] in ROOTS:
            return None if self._valued(words) else self.everything()
        if len(words) > 1 and words[0] in ROOTS:
            words = words[1:]
        found = {rows for rows in self._valued(words)}
        return found.pop() if len(found) == 1 else None

    def _valued(self, words: tuple[str, ...]) -> list[frozenset[int]]:
        """The records of each attribute value the words name, alone or after (or before) the attribute's name."""
        found = []
        for column, attribute in enumerate(self.attributes):
            name = tuple(word for word in _PARTS.split(key_words(attribute)) if word)
            for value in {values[column] for values in self.values}:
                named = tuple(word for word in _PARTS.split(value) if word)
                if words in (named, name + named, named + name):
                    found.append(frozenset(i for i, values in enumerate(self.values) if values[column] == value))
        return found

    def subsets(self) -> Iterator[frozenset[int]]:
        """The records of each value of each attribute: the nodes a lesson's next level works on."""
        for column in range(len(self.attributes)):
            for value in {values[column] for values in self.values}:
                yield frozenset(i for i, values in enumerate(self.values) if values[column] == value)


def key_words(text: str) -> str:
    """Text as its words are compared: without LaTeX's text commands, markup or case, spaces kept."""
    plain = _LATEX_COMMAND.sub(lambda match: match.group(1), text)
    return re.sub(r"[*`$\\]", "", plain).casefold().strip()


def record_tables(lines: Sequence[str]) -> tuple[list[Records], int | None]:
    """The tables of training examples in ``lines``, each with the line it ends on (see the module): the first
    :data:`_TABLES` of them (an excerpt counted, not kept), and the line that ends the next one, past which no table
    is known (None when none is left)."""
    found: list[Records] = []
    if not any("|" in line or "<t" in line or "tabular" in line or line.startswith(_FENCES) for line in lines):
        return found, None
    read = 0
    for start, end, grid in _grids(lines):
        records = _records(end, grid)
        if records is not None:
            if read == _TABLES:
                return found, end
            read += 1
            if not _excerpt(lines, start, end, len(records.classes)):
                found.append(records)
    return found, None


def _excerpt(lines: Sequence[str], start: int, end: int, count: int) -> bool:
    """Whether the lines right above a table of ``count`` records (from ``start`` to ``end``) say it is an excerpt
    of its set, or the line below it is an ellipsis (see the module).

    >>> table = ["| a | Play |", "|---|---|", "| x | yes |", "| y | no |", "| x | no |", "| y | yes |"]
    >>> _excerpt(["Die ersten vier der 14 Tage:", *table], 1, 6, 4), _excerpt(["Table 14:", *table], 1, 6, 4)
    (True, False)
    """
    if _ELLIPSIS.fullmatch(next((line for line in lines[end + 1 : end + 3] if line.strip()), "")):
        return True
    intro: list[str] = []
    for line in reversed(lines[max(0, start - 2 * _INTRO - 1) : start]):
        if line.lstrip().startswith(("|", "#")) or len(intro) == _INTRO:
            break
        if line.strip():
            intro.append(line)
    for line in intro:
        if _EXCERPT.search(line):
            return True
        for match in _COUNT.finditer(line):
            if count < int(match.group(1)) and not _TABLE_NAME.search(line, 0, match.start()):
                return True
    return False


def _grids(lines: Sequence[str]) -> Iterator[tuple[int, int, list[list[str]]]]:
    """Every table's cells, row by row (the header first), with the lines the table starts and ends on."""
    closings = {closing: [row for row, line in enumerate(lines) if closing in line.casefold()] for _, closing in _KINDS}
    row = 0
    while row < len(lines):
        line = lines[row]
        if line.lstrip().startswith("|") and row + 1 < len(lines) and is_rule(lines[row + 1]):
            start = row
            grid = [[text for _, text in cells(line)]]
            row += 2
            while row < len(lines) and lines[row].lstrip().startswith("|"):
                grid.append([text for _, text in cells(lines[row])])
                row += 1
            yield start, row - 1, grid
            continue
        if line.startswith(_FENCES):
            last = next((end for end in range(row + 1, len(lines)) if lines[end].startswith(line[:3])), len(lines))
            plain = _plain(lines[row + 1 : last]) if last - row <= _MOST + 3 else None
            if plain is not None:
                yield row + 1, last - 1, plain
            row = last + 1
            continue
        closing = next((closing for opening, closing in _KINDS if opening in line.casefold()), None)
        if closing is not None:
            after = closings[closing]
            index = bisect.bisect_left(after, row)
            last = after[index] if index < len(after) else len(lines)
            text = "\n".join(lines[row : last + 1])
            if last < len(lines) and last - row <= 2 * _MOST and len(text) <= _LONGEST:
                yield row, last, (_html if closing == "</table" else _latex)(text)
            row = last
        row += 1


def _plain(lines: Sequence[str]) -> list[list[str]] | None:
    """The cells of a fenced block of plain text, its columns set apart by tabs or runs of spaces, by commas, or by
    single spaces, the first way that splits every line into the same number (two or more) of cells; None if none.

    >>> _plain(["Outlook  Wind    Play", "sunny    weak    no", "rain     strong  yes"])[2]
    ['rain', 'strong', 'yes']
    >>> _plain(["a,b", "1,2,3"]) is None, _plain(["x = 1", "y = 2"]) is None
    (True, True)
    """
    rows = [line.strip() for line in lines if line.strip()]
    if not rows or any("=" in row for row in rows):
        return None
    for separator in _PLAIN_SEPARATORS:
        grid = [[cell.strip() for cell in separator.split(row)] for row in rows]
        if len(grid[0]) >= 2 and all(len(cells) == len(grid[0]) for cells in grid):
            return grid
    return None


def _html(text: str) -> list[list[str]]:
    return [
        [_TAG.sub("", cell.group(2)).strip() for cell in _HTML_CELL.finditer(row.group(0))]
        for row in _HTML_ROW.finditer(text)
    ]


def _latex(text: str) -> list[list[str]]:
    body = text.partition("}")[2]
    body = body[body.find("}") + 1 :] if body.lstrip().startswith("{") else body  # the column spec
    body = _LATEX_RULE.sub("", body.rpartition("\\end{tabular")[0])
    rows = [row.strip() for row in body.split("\\\\")]
    return [
        [_LATEX_COMMAND.sub(lambda match: match.group(1), cell).strip() for cell in row.split("&")]
        for row in rows
        if row
    ]


def _records(end: int, grid: list[list[str]]) -> Records | None:
    """The table as records, when it is one (see the module)."""
    header, body = grid[0], grid[1:]
    if not _FEWEST <= len(body) <= _MOST or len(header) < 2:
        return None
    if any(len(row) != len(header) or any(not cell or _ELIDED.search(cell) for cell in row) for row in body):
        return None
    table = [[key_words(cell) for cell in row] for row in body]
    label = _class_column(header, table)
    if label is None:
        return None
    kept = [column for column in range(len(header)) if column != label and _attribute(table, column)]
    classes = tuple(row[label] for row in table)
    labels = tuple(dict.fromkeys(classes))
    if not kept or not 2 <= len(labels) <= _WIDEST:
        return None
    values = tuple(tuple(row[column] for column in kept) for row in table)
    return Records(end, tuple(header[column] for column in kept), values, classes, labels)


def _class_column(header: list[str], table: list[list[str]]) -> int | None:
    """The class column: the last headed by a class's name, else the last of a yes/no label's words."""
    for column in range(len(header) - 1, -1, -1):
        if key(header[column]) in _CLASS_HEADERS:
            return column
    for column in range(len(header) - 1, -1, -1):
        if frozenset(row[column] for row in table) in _YES_NO:
            return column
    return None


def _attribute(table: list[list[str]], column: int) -> bool:
    """Whether a column is an attribute a tree splits on by its values: not a column of many numbers."""
    values = {row[column] for row in table}
    return not (all(_NUMBER.fullmatch(value) for value in values) and len(values) > _BINS)
