"""Which measures of random variables a joint table in force lets the checker judge, and the notes that say so.

A joint table (:mod:`~kldocs.checker.joint_tables`, :mod:`~kldocs.checker.latex_matrices`,
:mod:`~kldocs.checker.text_tables`) binds names such as ``X,Y`` (the joint), ``X`` and ``Y`` (its
marginals) and ``Y|X=1`` (a conditional); a measure of random variables with no such table in force is
outside what kldocs checks.

>>> of_random_variables("X_1,Y"), of_random_variables("Y|X=1"), of_random_variables("P")
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from kldocs.checker.documents import SourceText
from kldocs.checker.joint_names import table_name
from kldocs.checker.judging import Outcome
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_symbols import OUT_OF_SCOPE, MeasureSymbol
from kldocs.checker.scope import Binding, KnownDistributions, UnboundNameError
from kldocs.errors import EvaluationError


def needs_table(symbol: MeasureSymbol, scope: KnownDistributions) -> bool:
    """A measure of random variables with no joint table in force to compute it from."""
    return symbol.measure in OUT_OF_SCOPE and not scope.knows(symbol)


def from_table(outcome: Outcome, symbols: Sequence[MeasureSymbol], bindings: dict[str, Binding]) -> Outcome:
    """The outcome, its note saying which joint table gave the measures of random variables it judged."""
    if outcome.verdict == "unchecked" or outcome.universal:
        return outcome
    names = [table_name(symbol) for symbol in symbols if symbol.measure in OUT_OF_SCOPE and symbol.args]
    tables = {bindings[name].text for name in names if name is not None and name in bindings}
    return replace(outcome, note=f"{outcome.note} (from {sorted(tables)[0]})") if len(tables) == 1 else outcome


def cannot_evaluate(symbols: Sequence[MeasureSymbol], bindings: dict[str, Binding]) -> bool:
    """True when a measure of the chain is out of scope or names a distribution that is not defined."""
    scope = KnownDistributions(bindings)
    for symbol in symbols:
        if needs_table(symbol, scope):
            return True
        if symbol.measure in OUT_OF_SCOPE:
            continue  # its joint table is in force
        for name in symbol.args or ():
            if name in ("M", "m") or name.startswith("("):
                continue
            try:
                scope.distribution(name)
            except UnboundNameError:
                return True
            except EvaluationError:
                continue
    return False


def of_random_variables(name: str) -> bool:
    """A random variable's name, or one a joint table binds (``X``, ``X_1,Y``, ``Y|X=1``, ``Y@X,Y``: see
    joint_tables)."""
    return _TABLE_NAME.match(name) is not None


#: Names of random variables, which each exercise of a document defines afresh, and the names joint tables bind
#: from them: a random variable, then the end or ``,``, ``|`` or ``@``.
_TABLE_NAME = lazy(r"[U-Z](?:_[A-Za-z0-9]{1,12})?(?:[,|@]|\Z)")


#: Where a table's description names its line (``the table on line 3``), said again with its cell in a notebook.
_ON_LINE = lazy(r" on line (?=[0-9])")


def in_cell(document: SourceText, offset: int, binding: Binding) -> tuple[int, Binding]:
    r"""The binding made at ``offset`` with its notebook cell, so that notes name the cell with the line (in a
    notebook, lines are counted in their cell): ``the table in cell 2, line 3``.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("p = (0.5, 0.5)\n", "a.md")
    >>> in_cell(document, 0, Binding("P", None, 1, "P")) == (0, Binding("P", None, 1, "P"))
    True
    """
    cell = document.cell(offset)
    if cell is None:
        return offset, binding
    return offset, replace(binding, cell=cell, text=_ON_LINE.sub(f" in cell {cell}, line ", binding.text))


#: A table named by its label: "table A", "Tabla 2", "tabella B", "Table II", "表A".
_NAMED_TABLE = lazy(
    r"(?<![A-Za-z])(?:[Tt]able|TABLE|[Tt]ab(?:la|ella|elle|ela|el)|[Tt]ableau)\s{0,3}(?P<label>[A-Z]|[0-9]{1,2}|[IVX]{1,4})"
    r"(?![A-Za-z0-9])|表\s{0,2}(?P<cjk>[A-Z0-9]{1,2})(?![A-Za-z0-9])"
)
#: Lines above a table searched for its label, and characters before a claim searched for the table it speaks of.
LABEL_LINES = 3
#: A table named by its place among several: "the first", "the latter", "the other one".
_BY_PLACE = lazy(r"(?i)\bthe\s+(?:first|second|third|former|latter|other|previous|earlier)\b")
#: Where the sentence a claim is in starts.
_SENTENCE_START = lazy(r"[.!?](?:\s|$)|\n")
_SPOKEN = 300


def table_labels(document: SourceText, tables: Sequence[tuple[int, Binding]]) -> dict[str, str | None]:
    """Each joint table's text, with the label written in the lines above it ("Table A"), or None."""
    return {
        binding.text: table_label(document.text[document.row_start(document.row(offset) - LABEL_LINES) : offset])
        for offset, binding in tables
        if "," in binding.name
    }


def table_label(text: str) -> str | None:
    """The label of the last table the text names, or None.

    >>> table_label("### Table B (a second joint)"), table_label("For table A, then in Tabla 2:"), table_label("表A:")
    ('B', '2', 'A')
    >>> table_label("The table above gives the joint.") is None
    True
    """
    label = None
    for match in _NAMED_TABLE.finditer(text):
        label = match.group("label") or match.group("cjk")
    return label


def of_another_table(
    outcome: Outcome,
    symbols: Sequence[MeasureSymbol],
    bindings: dict[str, Binding],
    before: str,
    labels: dict[str, str | None],
) -> Outcome:
    """The outcome, unchecked when the document has several joint tables and the words before the claim name one
    ("for table A") that is not the table in force (``labels``: each table's text and the label written above it);
    an outcome unchecked already then says so too.
    """
    if outcome.universal:
        return outcome
    names = [table_name(symbol) for symbol in symbols if symbol.measure in OUT_OF_SCOPE and symbol.args]
    used = [bindings[name].text for name in names if name is not None and name in bindings]
    note = another_table(used, before, labels)
    return outcome if note is None else replace(outcome, verdict="unchecked", value=None, note=note)


def another_table(used: Sequence[str], before: str, labels: dict[str, str | None]) -> str | None:
    """Why a claim judged from the joint tables ``used`` (their texts) is not judged: the words before it name
    a table other than the one in force (one that may not have been read: its cells rounded, say); None when they
    name none, or that one, or the document's one table has no label (the name may be its caption).

    >>> another_table(["T"], "For table B, ", {"T": "A"})
    'the claim speaks of table B, but the joint distribution in force is T: not judged'
    >>> another_table(["T"], "In table 1, ", {"T": None}) is None
    True
    >>> another_table(["T"], "Of the two, the first has ", {"S": None, "T": None})
    'the claim speaks of one of the tables by its place ("the first"): not judged'
    """
    spoken = table_label(before[-_SPOKEN:].rsplit("\n\n", 1)[-1])
    by_place = _BY_PLACE.search(_SENTENCE_START.split(before[-_SPOKEN:])[-1])
    if used and len(labels) > 1 and spoken is None and by_place is not None:
        return f'the claim speaks of one of the tables by its place ("{by_place.group()}"): not judged'
    if not used or spoken is None or all(labels.get(text) == spoken for text in used):
        return None
    if len(labels) < 2 and all(labels.get(text) is None for text in used):
        return None
    return f"the claim speaks of table {spoken}, but the joint distribution in force is {used[0]}: not judged"


def as_sixths(unread: Outcome, bindings: dict[str, Binding], judge: Callable[[dict[str, Binding]], Outcome]) -> Outcome:
    """A claim left unchecked for a table of rounded thirds (``unread``) holds when it holds with the cells read as
    thirds and sixths (``judge`` judges it with the bindings so read); otherwise it stays unchecked, and says so.

    >>> from kldocs.inputs import parse_distribution
    >>> unread = Outcome("entropy", "unchecked", None, "T is not judged: its 0.333 may be 1/3 rounded")
    >>> read = Binding("X", None, 1, "T", "its 0.333 may be 1/3 rounded", unsure=True, reading=parse_distribution("1"))
    >>> print(as_sixths(unread, {"X": read}, lambda _: Outcome("entropy", "holds", "0", "H(X) = 0 bits")).note)
    H(X) = 0 bits, with the table's cells read as the thirds and sixths they look rounded from
    """
    if unread.verdict != "unchecked" or not any(binding.reading is not None for binding in bindings.values()):
        return unread
    read = judge(
        {
            name: replace(binding, distribution=binding.reading, problem=None, unsure=False, reading=None)
            if binding.reading is not None
            else binding
            for name, binding in bindings.items()
        }
    )
    if read.verdict == "holds":
        note = f"{read.note}, with the table's cells read as the thirds and sixths they look rounded from"
        return replace(read, note=note)
    if read.verdict == "false":
        return replace(unread, note=f"{unread.note}; read as thirds and sixths, they do not give the value written")
    return unread


def labelled_table(
    before: str,
    offset: int,
    tables: Sequence[tuple[int, Binding]],
    labels: dict[str, str | None],
    bindings: dict[str, Binding],
) -> dict[str, Binding] | None:
    """The bindings with the table the words before a claim name by its label ("Back to table A:") in force, instead
    of another one, when that table comes above the claim (``offset``); None when they name none, several, or the one
    in force.

    >>> a, b = Binding("X,Y", None, 1, "A's joint"), Binding("X,Y", None, 9, "B's joint")
    >>> labelled_table("Back to table A: ", 99, [(0, a), (50, b)], {"A's joint": "A", "B's joint": "B"}, {"X,Y": b})
    {'X,Y': Binding(name='X,Y', distribution=None, line=1, text="A's joint", ...)}
    """
    words = before[-_SPOKEN:].rsplit("\n\n", 1)[-1]
    spoken = {match.group("label") or match.group("cjk") for match in _NAMED_TABLE.finditer(words)}
    if len(spoken) != 1:
        return None  # "unlike table A, table B has ...": which one the claim is about, the words do not say
    named = [text for text, label in labels.items() if label in spoken]
    if len(named) != 1 or any(binding.text == named[0] for binding in bindings.values()):
        return None
    chosen = {binding.name: binding for at, binding in tables if binding.text == named[0] and at < offset}
    if not chosen:
        return None
    return {**{name: b for name, b in bindings.items() if not of_random_variables(name)}, **chosen}
