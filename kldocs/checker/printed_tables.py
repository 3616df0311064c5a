r"""Joint entropies, conditional entropies and mutual informations a program prints for the joint table it writes.

A block of code that writes one joint distribution as a matrix of numbers (``joint = [[1/8, 1/16], ...]`` or
``np.array([[...]])``, maybe transposed: non-negative, adding up to 1, at least 2 by 2), or builds it from an
input's distribution and a channel's matrix (``p_x[:, None] * W``), and prints lines labelled with a
measure of two random variables (``Joint Entropy H(x,y): 3.375``, ``Mutual Information: 0.375``,
``H(X|Y) = 1.375``), prints those measures of that table. The joint entropy and the mutual information
do not depend on which variable heads the rows; a conditional entropy or a single variable's entropy does,
and the code's loops that say which are not read, so either way round is tried. A value that fits the
measure (in bits or nats, at its printed digits) holds; one that fits none is left unchecked with the values
in its note, never called false (the value printed may be of another table the code makes). Code is parsed
with :mod:`ast`, never run; the measures are computed exactly here from the table.

>>> from kldocs.checker.reading import parse_text
>>> text = ("```python\njoint = [[1/4, 1/4], [1/2, 0]]\nprint('Joint entropy H(X,Y):', h_xy)\n```\n\n"
...         "```\nJoint entropy H(X,Y): 1.5\n```\n")
>>> [(claim.kind, claim.verdict) for _, claim in printed_table_claims(parse_text(text, "a.md"), None)]
[('joint_entropy', 'holds')]
"""

from __future__ import annotations

import ast
import math
from fractions import Fraction

from kldocs.checker.checked import Checked
from kldocs.checker.code_channels import channel_joint, number_value
from kldocs.checker.code_names import parsed
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.printed_joint import MAX_SIDE, printed_joint
from kldocs.checker.printed_output import output_after, text_output_after

#: Most lines of output read below one block (and, :data:`~.printed_joint.MAX_SIDE`, most rows or columns).
MAX_LINES = 40
#: A printed line: a label, maybe a colon or an equals sign, and a number at its end (maybe its unit after it).
_LINE = lazy(
    r"(?P<label>[^\n]{1,80}?)[ \t]*[:=]?[ \t]*(?P<number>-?[0-9]+\.[0-9]+(?:[eE]-?[0-9]+)?)"
    r"(?:[ \t]*(?P<unit>bits?|nats?)\b)?[ \t]*"
)
#: A printed number alone on its line.
_ALONE = lazy(r"[ \t]*(?P<number>-?[0-9]+\.[0-9]+(?:[eE]-?[0-9]+)?)[ \t]*")
_VARIABLE = r"[ \t]*[A-Za-z](?:_?[0-9])?[ \t]*"
#: An entropy in words, as notebooks' labels write it (a letter dropped too: "Enropy of A").
_ENTROPY = r"\b(?:en?t?ropy|H)\b"
_MEASURES = (
    ("mutual_information", lazy(rf"(?i)mutual[ _]information|\bMI\b|\bI\({_VARIABLE}[;,]{_VARIABLE}\)")),
    ("conditional_entropy", lazy(rf"(?i)conditional|\bH\({_VARIABLE}\|{_VARIABLE}\)|{_ENTROPY}.*\bgiven\b")),
    ("joint_entropy", lazy(rf"(?i)joint[ _]entropy|\bH\({_VARIABLE},{_VARIABLE}\)")),
    ("entropy", lazy(rf"\bH\({_VARIABLE}\)|(?i:\bentropy\s+of\s+(?!.*\b(?:cross|relative)\b)\w)")),
)
_UNITS = {"e": "nats", "2": "bits"}


def printed_table_claims(document: SourceText, until: int | None) -> list[tuple[int, Checked]]:
    """The labelled values the output of each block of code prints for the one joint table the block writes, or
    for a joint table a block printed (:mod:`.printed_joint`): below it, and in the output of the blocks after it
    whose code uses the name it was printed by (and does not give it another value)."""
    found: list[tuple[int, Checked]] = []
    shown: tuple[str, dict[str, list[tuple[float, str]]], str] | None = None  # a printed table, its measures
    for region in document.code:
        if until is not None and region.offset >= until:
            break
        table = _table(region.text) if "[[" in region.text.replace(" ", "").replace("\n", "") else None
        output = output_after(document, region)
        if table is not None and (output := output or text_output_after(document, region)) is not None:
            found += _claims(document, output, _measures(table))
        if table is not None or output is None:
            continue
        if shown is not None and _uses(region.text, shown[0]):
            found += _claims(document, output, shown[1], shown[2])
            continue
        joint = printed_joint(region.text, output.text) if "[[" in output.text else None
        if joint is not None:
            measures = _measures(joint.table)
            below = Region("prose", output.text[joint.end :], output.offset + joint.end)
            found += _claims(document, below, measures, joint.source)
            shown = (joint.name, measures, joint.source) if joint.name is not None else None
    return found


def _uses(code: str, name: str) -> bool:
    """Whether code reads the name and never gives it another value."""
    tree = parsed(code) if name in code else None
    names = [node for node in ast.walk(tree) if isinstance(node, ast.Name) and node.id == name] if tree else []
    return bool(names) and all(isinstance(node.ctx, ast.Load) for node in names)


def _table(code: str) -> list[list[Fraction]] | None:
    """The one joint table the code writes as a matrix of numbers, or builds from an input's distribution and a
    channel's matrix (:func:`~kldocs.checker.code_channels.channel_joint`); None when it writes none, or more than
    one."""
    tree = parsed(code)
    tables = []
    for node in ast.walk(tree) if tree is not None else ():
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List | ast.Call | ast.Attribute):
            table = _matrix(_untransposed(node.value))
            if table is not None:
                tables.append(table)
    if not tables and tree is not None:
        built = channel_joint(tree)
        tables += [built] if built is not None else []
    return tables[0] if len(tables) == 1 else None


def _untransposed(node: ast.expr) -> ast.expr:
    """The matrix of ``matrix.T`` or ``matrix.transpose()``: the measures are tried either way round.

    >>> ast.unparse(_untransposed(ast.parse("np.array([[0.5, 0], [0, 0.5]]).T", mode="eval").body))
    'np.array([[0.5, 0], [0, 0.5]])'
    """
    if isinstance(node, ast.Call) and not node.args and not node.keywords:
        node = node.func if isinstance(node.func, ast.Attribute) and node.func.attr == "transpose" else node
    if isinstance(node, ast.Attribute) and node.attr in ("T", "transpose"):
        return node.value
    return node


def _matrix(node: ast.expr) -> list[list[Fraction]] | None:
    if (
        isinstance(node, ast.Call)
        and node.args
        and not node.keywords
        and ast.unparse(node.func)
        in (
            "np.array",
            "numpy.array",
        )
    ):
        node = node.args[0]
    if not isinstance(node, ast.List) or not 2 <= len(node.elts) <= MAX_SIDE:
        return None
    rows = []
    for row in node.elts:
        if not isinstance(row, ast.List | ast.Tuple) or not 2 <= len(row.elts) <= MAX_SIDE:
            return None
        rows.append([number_value(cell) for cell in row.elts])
    cells = [cell for row in rows for cell in row if cell is not None and cell >= 0]
    if len({len(row) for row in rows}) != 1 or len(cells) != sum(len(row) for row in rows) or sum(cells) != 1:
        return None
    return [[cell or Fraction(0) for cell in row] for row in rows]


def _measures(table: list[list[Fraction]]) -> dict[str, list[tuple[float, str]]]:
    """Each measure of the table in nats, every way round it may be read, with which way that is."""
    columns = [list(column) for column in zip(*table, strict=True)]
    joint = _entropy([cell for row in table for cell in row])
    rows_entropy, columns_entropy = (
        _entropy([sum(row, Fraction(0)) for row in table]),
        _entropy([sum(c) for c in columns]),
    )
    return {
        "joint_entropy": [(joint, "")],
        "mutual_information": [(rows_entropy + columns_entropy - joint, "")],
        "conditional_entropy": [
            (joint - columns_entropy, " (the rows' variable given the columns')"),
            (joint - rows_entropy, " (the columns' variable given the rows')"),
        ],
        "entropy": [(rows_entropy, " (the rows' variable)"), (columns_entropy, " (the columns' variable)")],
    }


def _entropy(probabilities: list[Fraction]) -> float:
    return -sum(float(p) * math.log(float(p)) for p in probabilities if p > 0)


def _claims(
    document: SourceText,
    output: Region,
    measures: dict[str, list[tuple[float, str]]],
    source: str = "the joint table the code writes",
) -> list[tuple[int, Checked]]:
    """The lines of output that give a measure's value after its label (``MI: 0.05``), or alone under a line that is
    only its label (``Mutual Information`` over ``0.05``)."""
    found = []
    offset = output.offset
    label_above = ""
    for line in output.text.split("\n")[:MAX_LINES]:
        labelled = _LINE.fullmatch(line)
        match = labelled or _ALONE.fullmatch(line)
        label = labelled["label"] if labelled is not None else label_above if match is not None else ""
        kind = next((kind for kind, pattern in _MEASURES if pattern.search(label)), None)
        if match is not None and kind is not None:
            where = offset + match.start("number")
            text = line.strip() if labelled is not None else f"{label_above.strip()} {line.strip()}"
            unit = labelled["unit"] if labelled is not None else None
            written = (match["number"], unit)
            found.append((where, _judged(document, where, text, (kind, source), written, measures[kind])))
        label_above = line if match is None and line.strip() else ""
        offset += len(line) + 1
    return found


def _judged(
    document: SourceText,
    where: int,
    text: str,
    of: tuple[str, str],
    written: tuple[str, str | None],
    values: list[tuple[float, str]],
) -> Checked:
    """``of``: the measure's kind, and the table it is of, as the note says it; ``written``: the number printed, and
    the unit printed after it (the value is then read in that unit only)."""
    kind, source = of
    number, unit_written = written
    line, measure = (document.line(where),), kind.replace("_", " ")
    bases: tuple[tuple[str, float], ...] = (("2", math.log(2)), ("e", 1.0))
    if unit_written is not None:
        bases = bases[:1] if unit_written.startswith("bit") else bases[1:]
    for base, scale in bases:
        for value, way in values:
            if _fits(value / scale, number):
                shown, unit = f"{value / scale:.10g}", _UNITS[base]
                note = f"the {measure}{way} of {source} is {shown} {unit}"
                return Checked(line, text, kind, "holds", shown, note, base, unit)
    shown = ", ".join(f"{value / math.log(2):.6g} bits ({value:.6g} nats){way}" for value, way in values)
    return Checked(line, text, kind, "unchecked", None, f"not the {measure} of {source}: {shown}")


def _fits(value: float, written: str) -> bool:
    """Whether ``written`` is ``value`` rounded to its digits (a printed float's last digits read to ten)."""
    places = len(written.partition(".")[2].lower().partition("e")[0])
    return abs(value - float(written)) <= 0.5 * 10.0 ** -min(places, 10) * 1.001 + 1e-12 * abs(value)
