r"""Entropies, weighted entropies, information gains and split information of a decision tree's nodes, from counts.

Decision-tree lessons write a node by its class counts (``S = [9+, 5-]``, ``Sunny (2 yes, 3 no)``: see
:mod:`~kldocs.checker.class_counts`), then work out its measures by name (read by :mod:`.split_forms`):

- a node's entropy, of a node written in place (``Entropy([9+, 5-]) = 0.940``, ``I(9, 5) = 0.940``,
  ``info([2,3]) = 0.971``), of a node named above (``E(Sunny) = 0.971``, ``Entropy(S_sunny) = 0.971``) or of the node
  on its line (``Sunny [2+, 3-]: entropy = 0.971``);
- the weighted entropy of an attribute's children (``H(S|Outlook)``, ``Info_{Outlook}(D)``, ``E(S, Outlook)``,
  ``info([2,3],[4,0],[3,2])``), the information gain (``Gain(S, Outlook)``, ``IG(Wind)``, ``Information Gain(Wind)``,
  ``信息增益``, ``정보 이득``, ``情報利得``, ``Ganancia``, ``Informationsgewinn``), the split information
  (``SplitInfo(Outlook)``, ``IV(Outlook)``) and the gain ratio (``GainRatio(S, Outlook)``, ``增益率``). The
  attribute's children are the nodes written on the latest line above that names it (``Outlook: Sunny [2+, 3-],
  Overcast [4+, 0-], Rain [3+, 2-]``), or on the lines right below that line (one node a line, ``- Weak: 6 yes, 2 no``);
  a node among them that is the sum of the others is their parent. The parent is the children's sum: a gain is the
  mutual information between the attribute and the class, and needs no other count.

A table of training examples above (:mod:`.record_tables`) gives the counts the text does not write: the whole set
(``Entropy(S)``), a branch by its attribute's value (``H(S_sunny)``, ``Entropy(a1 gut)``) and an attribute's split of
either (``Gain(Outlook)``, ``Gain(S_sunny, Humidity)``, a row of ``| Feature | Gain |``). A value the records' count
does not fit but that of a node a level down does (the lesson has gone on to a branch) is left unread.

The value read is the last of the line's chain (``Gain(S, Outlook) = 0.940 - 0.693 = 0.247``). It is judged as a
formula on the counts' distributions (``H(P_{5}) - 5/14 H(Q_{5}) - ...``), in the base it holds in. What stays
unread, never false: a gain whose node names other counts than the children's sum, or whose working writes a
fraction that is none of the split's weights or shares (other counts); a single-argument gain after a line that
starts another node (``S_sunny = [2+, 3-]``); a name given several counts that the value fits none of; a value within
the rounding carried from three-decimal steps (see :mod:`.split_values`); a line about the Gini impurity.

>>> lines = [(0, "Outlook: Sunny [2+, 3-], Overcast [4+, 0-], Rain [3+, 2-]"), (58, "Gain(S, Outlook) = 0.247")]
>>> [claim.text for claim in split_claims(lines)]
['H(P_{#}) - 5/14 H(Q_{#}) - 2/7 H(R_{#}) - 5/14 H(S_{#}) = 0.247']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial

from kldocs.checker.after_counts import counts_after
from kldocs.checker.class_counts import Node, key, keys, nodes
from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.count_tables import is_rule, table_rows
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.record_tables import Records, record_tables
from kldocs.checker.screens import mentions
from kldocs.checker.split_forms import Form, key_text, line_forms
from kldocs.checker.split_statements import Measure, gain_ratio, node_claim, split_claim, split_of, sum_node
from kldocs.checker.split_values import (
    BASES,
    Split,
    entropy,
    fits,
    foreign_fractions,
    gain,
    gini_gain,
    split_information,
    weighted,
)

#: Words of a document that works out measures of nodes (compared without case).
_SCREEN: tuple[str, ...] = ("gain", "entrop", "info", "增益", "熵", "이득", "엔트로피", "利得", "エントロピー")
_SCREEN += ("ganancia", "gewinn", "ganho")
#: What every measure's name holds (compared without case).
_NAMES = (*_SCREEN, "(", "_", "ig", "split", "ratio", "gr", "iv")
_GINI = ("gini", "基尼", "지니", "ジニ", "misclassification")
#: A heading: Markdown's, or LaTeX's sectioning commands.
_HEADING = lazy(r"\s{0,3}#{1,6}\s|\s*\\(?:sub)*section\*?\{")
#: Names of the whole training set, which a gain may name without the document giving its counts.
_ROOTS = frozenset(("s", "d", "t", "x", "data", "dataset", "root"))
#: How many lines above a measure its attribute's children are looked for, and how many lines a list of them takes.
_REACH, _LIST = 80, 12
#: How many lines below a table of records a measure that names it is looked for.
_USES = 400
#: Longest line read (a node, a claim, a table's row is short).
_LONGEST = 2_000
#: Most lines looked through for attributes' splits in one document: past that, reading stops (a few hundred ms).
MAX_WORK = 400_000
#: Counts in brackets, as a measure of counts takes them: ``I(9, 5)``.
_COUNTS = lazy(r"\(\s*\d+\s*,\s*\d+")
#: A value with a count in brackets after it: ``= 1.0 (2 of each)``, ``0.918 이다 (3개 중 2개)``.
_COUNTS_AFTER = lazy(r"\d(?:\s*[^\W\d_]{1,12})?\s*[(（]\s*(?:all\s+)?\d")


def written_lines(document: SourceText) -> list[tuple[int, str]]:
    """The lines of a document that speaks of gains or entropies, as written, but for those of its code."""
    if not mentions(document.text, _SCREEN):
        return []
    code = sorted((region.offset, region.offset + len(region.text)) for region in document.code)
    starts = [start for start, _ in code]
    found, offset = [], 0
    for line in document.text.split("\n"):
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0 or offset >= code[index][1]:
            found.append((offset, line))
        offset += len(line) + 1
    return found


def split_claims(lines: Sequence[tuple[int, str]], stop_at: int | None = None) -> Iterator[CommentClaim]:
    """The claims about decision-tree nodes and splits that lines of prose and maths make (see the module), up to
    the offset ``stop_at`` (where reading stopped) and up to :data:`MAX_WORK` lines looked through for splits."""
    reader = _Reader(lines)
    for row, (offset, line) in enumerate(lines):
        if (stop_at is not None and offset >= stop_at) or reader.work > MAX_WORK:
            return
        reader.advance(row)
        forms = reader.table_forms.get(row) or (line_forms(line) if reader.may_claim(row) else [])
        for form in forms:
            claim = reader.claim(row, form, offset)
            if claim is not None:
                yield claim


class _Reader:
    """The lines, their nodes and the names bound to counts up to the line read, looked up as claims are read."""

    def __init__(self, lines: Sequence[tuple[int, str]]) -> None:
        self.lines = lines
        self.nodes: list[list[Node]] = []
        self.table_nodes: dict[int, Node] = {}
        self.table_forms: dict[int, list[Form]] = {}
        for table_row in table_rows([line for _, line in lines]):
            if table_row.counts is not None:
                self.table_nodes[table_row.row] = Node(table_row.counts, 0, table_row.end, table_row.name)
            args = None if table_row.counts is not None else table_row.name
            forms = [Form(kind, None, args, at, value, None, at, "") for kind, value, at in table_row.values]
            self.table_forms[table_row.row] = forms
        self.records, self.unknown = record_tables([line for _, line in lines])  # tables of training examples
        self.record_ends = [records.row for records in self.records]
        self.seen = False  # whether a node was read yet
        self.work = 0  # lines looked through for the splits of attributes so far
        self.bound: dict[str, list[tuple[int, int, tuple[int, ...]]]] = {}
        self.used: dict[int, bool] = {}  # whether a measure below a table of records names it, by its last line

    def advance(self, row: int) -> None:
        """Read the nodes of the next line, and the names it gives them."""
        line = self.lines[row][1]
        table = self.table_nodes.get(row)
        found = [table] if table is not None else nodes(line) if len(line) <= _LONGEST else []
        self.nodes.append(found)
        self.seen = self.seen or bool(found) or any(records.row == row for records in self.records)
        for node in found:
            for name in keys(node.name) if node.name else ():
                self.bound.setdefault(name, []).append((row, node.start, node.counts))

    def may_claim(self, row: int) -> bool:
        """A cheap look: a line with a digit and what a measure's name holds, and no Gini, where a node was read or
        the line writes counts in brackets."""
        line = self.lines[row][1]
        if len(line) > _LONGEST or not any(character.isdigit() for character in line) or not mentions(line, _NAMES):
            return False
        if not (self.seen or "([" in line or "(9" in line or _COUNTS.search(line) or _COUNTS_AFTER.search(line)):
            return False
        return not mentions(line, _GINI)

    def claim(self, row: int, form: Form, offset: int) -> CommentClaim | None:
        """The claim a measure's value makes, a value left unchecked with why, or None when it is not read."""
        where = offset + form.at
        if form.kind == "entropy":
            return self._entropy(row, form, where)
        attribute, node = _attribute(form)
        if attribute is None:
            return None
        measure = {"gain": gain, "split": split_information}.get(form.kind)
        split = self._split_for(row, form, attribute, node, measure)
        if split is None:
            return None
        if form.kind == "gain":
            return split_claim(gain, split, form, where, "the gain") if not _gini(split, form) else None
        if form.kind == "split":
            return split_claim(split_information, split, form, where, "the split information")
        return split_claim(gain_ratio, split, form, where, "the gain ratio")

    def _entropy(self, row: int, form: Form, where: int) -> CommentClaim | None:
        """A node's entropy, or an attribute's weighted entropy (or, for ``E(Outlook)``, its split information)."""
        args = form.args or ""
        written = _counts_in(args, bare=not form.letter)
        if len(written) == 1:
            return node_claim(written[0], form, where)
        if len(written) >= 2:
            split = split_of(written)
            return split_claim(weighted, split, form, where, "the weighted entropy") if split else None
        line = self.lines[row][1]
        after = counts_after(line[form.at + len(form.value) :])  # "H(left) = 0.918 (4 yes, 2 no)": its own counts
        if after is not None:
            return _after_claim(*after, form, where)
        # the nodes before it on the line, less counts written after another value ("is 0.940, because there are 9
        # successes and 5 failures; ... is 0.811": those are 0.940's)
        before = _own_nodes(line, [node for node in self.nodes[row] if node.end <= form.start], form)
        if form.args is None:  # "Sunny [2+, 3-]: entropy = 0.971": the node right before on the line
            return node_claim(before[-1].counts, form, where) if before else None
        records = self._records(row)
        rows = records.node_rows(args) if records is not None and form.sub is None else None
        # H(S) under a table that no measure names is not of its records
        named = records is not None and rows is not None and (rows != records.everything() or self._used(records))
        if records is not None and rows is not None and named and not self._counts(args, row):
            return self._record_node(records, rows, form, where)
        attribute, node = _attribute(form)
        if form.sub is None and node is None and attribute is not None:
            counts = self._counts(attribute, row)
            if not counts and len(before) == 1:  # "S has 9 yes and 5 no, so Entropy(S) = 0.940"
                counts = [before[0].counts]
            if counts:
                matching = [c for c in counts if any(fits(entropy(c, base), form.value) for base, _ in BASES)]
                if matching or (len(counts) == 1 and not self._moved(self._bound_at(attribute, row), row, counts[0])):
                    return node_claim((matching or counts)[-1], form, where)
                return None
        if attribute is None:
            return None
        split = self._split_for(row, form, attribute, node, weighted)
        if split is None:
            return None
        if node is None and form.sub is None:  # E(Outlook): the weighted entropy or the split information
            for measure in (weighted, split_information):
                if any(fits(measure(split, base), form.value) for base, _ in BASES):
                    name = "the weighted entropy" if measure is weighted else "the split information"
                    return split_claim(measure, split, form, where, name)
            return None
        return split_claim(weighted, split, form, where, "the weighted entropy")

    def _split_for(
        self, row: int, form: Form, attribute: str, node: str | None, measure: Measure | None
    ) -> Split | None:
        """The split a measure of an attribute is of: as the lines above write its children, else as the table of
        records above counts them; None where the working or the section is about other counts or the Gini impurity,
        and where a value the table's split does not fit fits the same measure of the split of a node below (the
        lesson has gone on to the next level)."""
        split = self._split(row, form.start, attribute, node)
        records = self._records(row) if split is None else None
        if records is not None:
            split = self._record_split(records, row, attribute, node)
        if split is None or foreign_fractions(form.working, split) or self._in_gini(row):
            return None
        if records is not None and measure is not None:
            within = records.everything() if node is None else records.node_rows(node) or frozenset()
            others = (records.split(attribute, within & rows) for rows in records.subsets())
            if not _fits(form, partial(measure, split)) and any(
                other is not None and _fits(form, partial(measure, other)) for other in others
            ):
                return None
        return split

    def _records(self, row: int) -> Records | None:
        """The latest table of training examples above ``row`` (None past the tables read)."""
        if self.unknown is not None and row > self.unknown:
            return None  # past the tables read, the latest may be one not read
        index = bisect.bisect_left(self.record_ends, row)
        return self.records[index - 1] if index else None

    def _used(self, records: Records) -> bool:
        """Whether a measure on the lines below a table of records (up to :data:`_USES` lines, or to the next table)
        names one of its attributes or one of their values: the table is a lesson's training set, not a table of
        properties whose yes/no column only looks like classes."""
        if records.row not in self.used:
            self.used[records.row] = False
            ends = self.record_ends
            later = ends[bisect.bisect_right(ends, records.row) :][:1]
            for below in range(records.row + 1, min([len(self.lines), records.row + _USES, *later])):
                self.work += 1
                if self.work > MAX_WORK or (below not in self.table_forms and not self.may_claim(below)):
                    continue
                line = self.lines[below][1]
                if any(_names(records, form) for form in self.table_forms.get(below) or line_forms(line)):
                    self.used[records.row] = True
                    break
        return self.used[records.row]

    def _record_split(self, records: Records, row: int, attribute: str, node: str | None) -> Split | None:
        """The attribute's split of the records a node's name stands for (every one when none is named), unless a
        line between the table and the claim starts another node."""
        rows = records.everything() if node is None else records.node_rows(node)
        split = None if rows is None else records.split(attribute, rows)
        if split is None or (node is None and self._moved(records.row, row, split.parent)):
            return None
        return split

    def _record_node(self, records: Records, rows: frozenset[int], form: Form, where: int) -> CommentClaim | None:
        """The entropy of the records a node's name stands for; a value that does not fit it but fits that of a node
        below it (the lesson's next level: ``Entropy(High)`` in the branch of ``Sunny``) is left unread."""
        counts = records.counts(rows)
        others = (records.counts(rows & other) for other in records.subsets() if rows & other)
        if not _fits(form, partial(entropy, counts)) and any(_fits(form, partial(entropy, other)) for other in others):
            return None
        return node_claim(counts, form, where)

    def _counts(self, name: str, row: int) -> list[tuple[int, ...]]:
        """The different counts a name was given on the lines up to ``row``, the latest last."""
        found: list[tuple[int, ...]] = []
        for name_key in keys(name):
            for at, _, counts in self.bound.get(name_key, []):
                if at <= row and counts not in found:
                    found.append(counts)
            if found:
                break
        return found

    def _split(self, row: int, at: int, attribute: str, node: str | None) -> Split | None:
        """The attribute's children as the lines above give them, when they fit the node the claim names."""
        found = self._children(row, at, attribute)
        if found is None:
            return None
        at, split = found
        if node is not None and key(node) not in _ROOTS:
            counts = self._counts(node, row)
            return split if counts and counts[-1] == split.parent else None
        if node is not None and self._counts(node, row):
            return split if self._counts(node, row)[-1] == split.parent else None
        return None if self._moved(at, row, split.parent) else split

    def _children(self, row: int, at: int, attribute: str) -> tuple[int, Split] | None:
        """The latest split of ``attribute`` before the claim at ``at`` on ``row``: the nodes after its name on its
        line (the claim's own, before the claim), or on the lines right below it."""
        pattern = re.compile(rf"(?<![\w]){re.escape(key(attribute))}(?![\w])")
        own = pattern.search(self.lines[row][1][:at].casefold())
        if own is not None:
            found = [node for node in self.nodes[row] if own.end() <= node.start and node.end <= at]
            split = split_of([node.counts for node in found])
            if split is not None:
                return row, split
        for above in range(row - 1, max(-1, row - _REACH), -1):
            self.work += 1
            line = key_text(self.lines[above][1])
            mention = pattern.search(line)
            if mention is None:
                continue
            found = [node for node in self.nodes[above] if node.name is None or key(node.name) != key(attribute)]
            numbers = any(character.isdigit() for character in line[: mention.start()] + line[mention.end() :])
            if len(found) < 2 and not numbers:
                found = self._listed_below(above, row)  # a heading that names the attribute, over its list
            split = split_of([node.counts for node in found])
            if split is not None:
                return above, split
        return None

    def _listed_below(self, above: int, row: int) -> list[Node]:
        """The nodes listed right below a line, before ``row``: one a line to the list's end (a table's rows), or the
        line of several nodes right below it."""
        found: list[Node] = []
        for below in range(above + 1, min(row, above + _LIST)):
            text = self.lines[below][1].strip()
            here = self.nodes[below]
            if len(here) > 1:
                return found or here
            if here:
                found += here
            elif text and not is_rule(text) and not self._heads_table(below):
                break
        return found

    def _heads_table(self, row: int) -> bool:
        """Whether a line is a table's header (the line below it draws the rule)."""
        return row + 1 < len(self.lines) and is_rule(self.lines[row + 1][1])

    def _bound_at(self, name: str, row: int) -> int:
        """The line of the latest node a name was given up to ``row`` (-1 when none)."""
        return max(
            (at for name_key in keys(name) for at, _, _ in self.bound.get(name_key, []) if at <= row), default=-1
        )

    def _in_gini(self, row: int) -> bool:
        """Whether the claim's section (from the heading above it) speaks of the Gini impurity."""
        for above in range(row, max(-1, row - _REACH), -1):
            self.work += 1
            line = self.lines[above][1]
            if mentions(line, _GINI):
                return True
            if _HEADING.match(line):
                return False
        return False

    def _moved(self, at: int, row: int, parent: tuple[int, ...]) -> bool:
        """Whether a line between ``at`` and the claim starts another node than ``parent``: a lone named node, or a
        node written with its own children, of other counts."""
        for between in range(at + 1, row):
            found = self.nodes[between]
            if not found:
                continue
            lone = len(found) == 1 and found[0].name is not None and not self._listed(between)
            top = found[0].counts if lone else sum_node([node.counts for node in found]) if len(found) >= 3 else None
            if top is not None and top != parent:
                return True
        return False

    def _listed(self, row: int) -> bool:
        """Whether the node on a line is one of a list of nodes, a line each."""
        return any(0 <= near < len(self.nodes) and self.nodes[near] for near in (row - 1, row + 1))


def _names(records: Records, form: Form) -> bool:
    """Whether a measure names an attribute of the records (``Gain(Outlook)``, ``Info_{Outlook}``) or a value of one
    (``H(S_sunny)``)."""
    attribute, _ = _attribute(form)
    if attribute is not None and records.column(attribute) is not None:
        return True
    rows = records.node_rows(form.args) if form.args and form.kind == "entropy" else None
    return rows is not None and rows != records.everything()


def _attribute(form: Form) -> tuple[str | None, str | None]:
    """The attribute a measure names, and the node it names first, if any: ``Gain(S, Outlook)``, ``H(S|Outlook)``,
    ``Info_{Outlook}(D)``."""
    if form.sub is not None and form.kind == "entropy":
        return form.sub, form.args
    if not form.args:
        return None, None
    parts = [part.strip() for part in re.split(r"[,|;]|\\mid", form.args)]
    if not all(re.fullmatch(r"[^\W\d][\w{}\\=]*", part) for part in parts) or len(parts) > 2:
        return None, None
    return parts[-1], (parts[0] if len(parts) == 2 else None)


def _counts_in(args: str, *, bare: bool) -> list[tuple[int, ...]]:
    """Counts written inside a measure's brackets: nodes (``[9+, 5-]``, ``9 yes, 5 no``), or lists of whole numbers
    (``[2,3],[4,0],[3,2]``; ``9, 5`` alone when ``bare``: ``I(9, 5)``, not ``E(2, 3)``, which may be another thing)."""
    found: list[tuple[int, ...]] = [node.counts for node in nodes(args)]
    if found:
        return found
    lists = re.findall(r"\[\s*(\d+(?:\s*,\s*\d+)+)\s*\]", args)
    if lists and re.fullmatch(r"\s*\[[\d\s,]*\](?:\s*,\s*\[[\d\s,]*\])*\s*", args):
        return [tuple(int(count) for count in item.split(",")) for item in lists]
    if bare and re.fullmatch(r"\s*\d+(?:\s*,\s*\d+)+\s*", args):
        return [tuple(int(count) for count in args.split(","))]
    return []


def _own_nodes(line: str, nodes: list[Node], form: Form) -> list[Node]:
    """``nodes`` (before ``form`` on ``line``) less those whose counts are another value's: that value stands between
    them and ``form`` ("晴天 (2 个, 3 个), 熵为 0.971; 阴天 ..., 熵为 0"), or counts follow it as its own
    (:mod:`.after_counts`), which makes every node before ``form`` another value's."""
    if not nodes:
        return nodes
    others = [other for other in line_forms(line) if other.at < form.start and other.at != form.at]
    if any(counts_after(line[other.at + len(other.value) :]) is not None for other in others):
        return []
    return [node for node in nodes if not any(node.end <= other.at for other in others)]


def _after_claim(counts: tuple[int, ...], exact: bool, form: Form, where: int) -> CommentClaim | None:
    """A node's entropy of the counts written right after its value (:mod:`.after_counts`); a value that counts which
    say less do not give is left unread, and one they give is read in the unit it fits (bits first)."""
    if exact:
        return node_claim(counts, form, where)
    units = [unit for base, unit in BASES if form.unit in (None, unit) and fits(entropy(counts, base), form.value)]
    return node_claim(counts, replace(form, unit=units[0]), where) if units else None


def _fits(form: Form, value: Callable[[float], float]) -> bool:
    """Whether the written value fits a measure worked out in a base its unit allows (either when none is written)."""
    return any(fits(value(base), form.value) for base, unit in BASES if form.unit in (None, unit))


def _gini(split: Split, form: Form) -> bool:
    """A value that is the split's gain in Gini impurity: the text's gain is that one, not checked."""
    return fits(gini_gain(split), form.value)
