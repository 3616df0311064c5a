r"""Turn the tokens of one formula (or line of prose) into statements ``left REL right``.

A formula such as ``D_{KL}(P \| Q) = 0.2 \ln\frac{0.2}{0.3} + ... \approx 0.0305``
is a *chain*: parts joined by relations. Each part that is a plain number or
expression is paired with the nearest part that names a measure (so both
the expansion and the decimal are claims about ``D_KL(P||Q)``), and parts
that name measures are paired with each other (``H(P,Q) - H(P)``). The
relation between two parts is composed along the chain: ``a = b \le c``
gives ``a <= c``.

Rows of an ``aligned`` block continue the chain when they start with a
relation (``&= ...``); a row that starts with a new measure symbol and
states its own relation (``&= \mathrm{JSD}(P,Q) = \ln 2``) starts a fresh
chain. Equation numbers (``&& (3)``, ``\tag{3}``) are dropped.

In prose, a part is cut back to the maths at its end (``so H(P)``) or start
(``1.03 nats``); a chain next to "if", "iff", "when", ``\iff`` or
``\Rightarrow`` is a condition, not a claim, and is skipped.

>>> from kldocs.checker.tokens import tokenize
>>> text = r"D_{KL}(P \| Q) = 0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4} \approx 0.0305"
>>> [(s.relation, s.left_text, s.right_text) for s in statements(tokenize(text), text) if not s.fallback]
[('=', 'D_{KL}(P \\| Q)', '0.2 \\ln \\frac{0.2}{0.3} + 0.5 \\ln \\frac{0.5}{0.4}'), ('~', 'D_{KL}(P \\| Q)', '0.0305')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kldocs.checker.latex_numbers import Node, ParseError, parse, parse_prefix
from kldocs.checker.tokens import MeasureSymbol, Token
from kldocs.checker.trees import has_logs, log_bases, measures_in
from kldocs.exact import Base

#: Words that make the formula next to them a condition rather than a claim.
CONDITION_WORDS = frozenset({"if", "iff", "when", "whenever", "unless", "suppose", "assume", "assuming", "let", "only"})
#: Connectives that make the formulas on either side conditions.
CONDITION_BREAKS = frozenset(
    {
        "iff",
        "implies",
        "impliedby",
        "Rightarrow",
        "Leftarrow",
        "Leftrightarrow",
        "Longrightarrow",
        "Longleftarrow",
        "Longleftrightarrow",
        "⇒",
        "⇔",
        "⟺",
        "⟹",
    }
)
_BARRIER_KINDS = frozenset({"word", "punct", "text", "other", "break"})


@dataclass(frozen=True)
class Statement:
    """One claim read from a chain: ``left relation right``.

    Attributes
    ----------
    left, right
        The two sides as parsed trees; ``left`` is the side that names a
        measure when one does.
    relation
        ``=``, ``~`` (approximately), ``!=``, ``<=``, ``>=``, ``<`` or ``>``,
        read from left to right.
    left_text, right_text, relation_text
        The two sides and the relation as written.
    offset
        Where the right side starts in the text (its line is the claim's line).
    unit
        A unit written right after the right side (``"2"`` for bits, ``"e"``
        for nats, ``"10"`` for bans), or None.
    source
        The whole formula the statement was read from (node offsets point into it).
    chain_bases
        The log bases written anywhere in the chain (``"e"`` for ``\\ln``), which the
        measures in it are taken to share.
    written_backwards
        True when the document wrote the two sides the other way round (``0 \\le D``).
    chain_measures
        Every measure named in the chain.
    chain_unit
        The unit of the value nearest after this one in the same chain (or, when none
        follows, nearest before it): ``0.5 \\ln 1.25 + ... \\approx 0.0251`` (nats) is in nats.
    fallback
        True for a claim between two parts that name no measure, read only when
        the chain's measures cannot be evaluated.
    """

    left: Node
    relation: str
    right: Node
    left_text: str
    right_text: str
    relation_text: str
    offset: int
    unit: str | None = None
    written_backwards: bool = False
    source: str = ""
    chain_bases: frozenset[str] = frozenset()
    chain_measures: tuple[MeasureSymbol, ...] = ()
    chain_unit: str | None = None
    fallback: bool = False

    @property
    def text(self) -> str:
        """The claim as written: ``D_{KL}(P \\| Q) \\approx 0.0305`` (``0 \\le D_{KL}(P \\| Q)`` stays so)."""
        if self.written_backwards:
            return f"{self.right_text} {self.relation_text} {self.left_text}"
        return f"{self.left_text} {self.relation_text} {self.right_text}"


@dataclass(frozen=True)
class Problem:
    """A formula that names a measure but could not be read, and why."""

    text: str
    offset: int
    reason: str


@dataclass(frozen=True)
class _Part:
    tokens: Sequence[Token]
    head: Node | None  # the expression at the start of the part (joins the relation before it)
    tail: Node | None  # the expression at the end of the part (joins the relation after it)
    full: bool
    head_stop: int  # index in tokens where the head ends
    tail_start: int  # index in tokens where the tail starts
    opaque: bool = False  # symbolic maths (``\sum_i p_i``): no value, but the chain runs through it


@dataclass(frozen=True)
class _Link:
    relation: str
    text: str


def statements(
    tokens: Sequence[Token],
    text: str,
    *,
    before: str = "",
    after: str = "",
    prose: bool = False,
    problems: list[Problem] | None = None,
) -> list[Statement]:
    """The statements of one formula or prose line.

    Parameters
    ----------
    tokens
        The tokens of ``text``.
    text
        The formula or line; token offsets point into it.
    before, after
        Prose next to an inline formula on its line (conditions, units).
    prose
        True for prose: a measure written without arguments (``KL``) is then
        just a word, not a general statement.
    problems
        When given, formulas that name a measure but cannot be read are added to it.
    """
    if prose:
        tokens = _colon_claims([_as_word(token) if _general_symbol(token) else token for token in tokens])
    tokens, units = _written_units(tokens)
    found: list[Statement] = []
    chains = _chains(tokens, text, problems, _condition_before(before), _condition_after(after), prose)
    for chain, opens_conditionally, closes_conditionally in chains:
        if not (opens_conditionally or closes_conditionally):
            found.extend(_chain_units([_with_unit(s, tokens, after, units) for s in _pairs(chain, text)]))
    return found


def _colon_claims(tokens: Sequence[Token]) -> list[Token]:
    """Printed output says ``KL(P || Q): 1.927 bits`` and ``JS(P || Q) distance: 0.648``: the colon is ``=``."""
    found: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        found.append(token)
        index += 1
        if token.kind != "measure" or token.symbol is None or token.symbol.args is None:
            continue
        following = tokens[index : index + 2]
        if len(following) == 2 and following[0].kind == "word" and following[1].text == ":":
            word = following[0].text.lower()
            if word not in ("divergence", "distance", "entropy"):
                continue
            if word == "distance" and token.symbol.measure == "jsd":
                symbol = MeasureSymbol("js_distance", token.symbol.args)
                found[-1] = Token("measure", token.text, token.start, following[0].end, symbol=symbol)
            index += 1
            following = tokens[index : index + 1]
        if following and following[0].text == ":":
            colon = following[0]
            found.append(Token("relation", ":", colon.start, colon.end, "="))
            index += 1
    return found


def _general_symbol(token: Token) -> bool:
    return token.kind == "measure" and token.symbol is not None and token.symbol.args is None


def _as_word(token: Token) -> Token:
    return Token("word", token.text, token.start, token.end)


# --- rows and parts ----------------------------------------------------------------------------------------


def _rows(tokens: Sequence[Token]) -> list[list[Token]]:
    rows: list[list[Token]] = [[]]
    for token in tokens:
        if token.kind == "row":
            rows.append([])
        else:
            rows[-1].append(token)
    return [_drop_equation_number(row) for row in rows]


def _drop_equation_number(row: list[Token]) -> list[Token]:
    """Remove ``&& (3)`` at the end of a row, and the alignment marks."""
    kinds = [token.kind for token in row]
    if len(row) >= 4 and kinds[-4:] == ["align", "open", "number", "close"]:
        row = row[:-3]
    return [token for token in row if token.kind != "align"]


def _split(row: Sequence[Token]) -> list[Sequence[Token] | _Link | str]:
    """Parts and the links between them, split at relations and breaks outside brackets."""
    items: list[Sequence[Token] | _Link | str] = []
    depth, start = 0, 0
    for index, token in enumerate(row):
        if token.kind in ("open", "lbrace"):
            depth += 1
        elif token.kind in ("close", "rbrace"):
            depth = max(0, depth - 1)
        elif depth == 0 and token.kind == "relation":
            items.append(row[start:index])
            items.append(_Link("=" if token.detail == "def" else token.detail, token.text))
            start = index + 1
        elif depth == 0 and token.kind == "break":
            items.append(row[start:index])
            items.append(token.detail)
            start = index + 1
    items.append(row[start:])
    return items


_SUMS = frozenset({"\\sum", "∑", "Σ", "\\prod", "∏", "\\int", "∫", "\\mathbb", "\\mathbb{E}", "E_"})


def _part(tokens: Sequence[Token], problems: list[str]) -> _Part:
    if not tokens:
        return _Part(tokens, None, None, False, 0, 0)
    if any(token.text in _SUMS for token in tokens):
        return _Part(tokens, None, None, False, 0, len(tokens), opaque=True)  # a sum over i has no value here
    try:
        node = parse(tokens)
        return _Part(tokens, node, node, True, len(tokens), 0)
    except ParseError as error:
        if _is_limit(str(error)):
            problems.append(str(error))
            return _Part(tokens, None, None, False, 0, len(tokens))
    if not any(token.kind in _BARRIER_KINDS for token in tokens):
        return _Part(tokens, None, None, False, 0, len(tokens), opaque=True)
    head, head_stop = None, 0
    try:
        head, head_stop = parse_prefix(tokens)
    except ParseError as error:
        if _is_limit(str(error)):
            problems.append(str(error))
    tail, tail_start = None, len(tokens)
    barrier = max((i for i, token in enumerate(tokens) if token.kind in _BARRIER_KINDS), default=-1)
    if 0 <= barrier < len(tokens) - 1 and _balanced(tokens[barrier + 1 :]) and not _symbol_factor(tokens[barrier]):
        try:
            tail, tail_start = parse(tokens[barrier + 1 :]), barrier + 1
        except ParseError as error:
            if _is_limit(str(error)):
                problems.append(str(error))
    return _Part(tokens, head, tail, False, head_stop, tail_start)


_SHORT_WORDS = frozenset({"so", "is", "as", "of", "at", "to", "in", "by", "or", "we", "it", "be", "an", "on", "if"})


def _symbol_factor(token: Token) -> bool:
    """True for a symbol such as ``kT`` before ``\\ln 2``: a physical constant times a log, not a value."""
    return token.kind == "word" and len(token.text) <= 2 and token.text.lower() not in _SHORT_WORDS


def _balanced(tokens: Sequence[Token]) -> bool:
    depth = 0
    for token in tokens:
        if token.kind in ("open", "lbrace"):
            depth += 1
        elif token.kind in ("close", "rbrace"):
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


_LIMIT_WORDS = ("more than", "longer than", "out of range", "exponent", "nested", "significant digits")


def _is_limit(message: str) -> bool:
    return any(words in message for words in _LIMIT_WORDS)


@dataclass
class _Element:
    node: Node | None  # None for symbolic maths that has no value
    tokens: Sequence[Token]
    link: _Link | None  # the relation to the previous element of the chain


def _chains(
    tokens: Sequence[Token],
    text: str,
    problems: list[Problem] | None,
    condition_before: bool,
    condition_after: bool,
    prose: bool = False,
) -> list[tuple[list[_Element], bool, bool]]:
    """Chains of elements, each with flags: opened or closed by a condition (in prose, copied glyphs are skipped)."""
    chains: list[tuple[list[_Element], bool, bool]] = []
    current: list[_Element] = []
    opened = condition_before

    def finish(closing_condition: bool) -> None:
        nonlocal current, opened
        if len(current) >= 2:
            chains.append((current, opened, closing_condition))
        current, opened = [], False

    for row_index, row in enumerate(_rows(tokens)):
        if not row:
            continue
        items = _split(row)
        continues = (
            row_index > 0 and items[0] == [] and len(items) > 1 and isinstance(items[1], _Link) and not _restarts(items)
        )
        if row_index > 0 and not continues:
            finish(False)
        pending: _Link | None = None
        for item in items:
            if isinstance(item, _Link):
                pending = item
                continue
            if isinstance(item, str):
                condition = item in CONDITION_BREAKS
                finish(condition)
                opened = condition
                pending = None
                continue
            limit_problems: list[str] = []
            garbled = prose and _garbled_copy(item, text)
            part = _Part(item, None, None, False, 0, 0, opaque=True) if garbled else _part(item, limit_problems)
            if limit_problems and problems is not None and any(token.kind == "measure" for token in tokens):
                start, end = item[0].start, item[-1].end
                problems.append(Problem(_shorten(text[start:end]), start, limit_problems[0]))
            if not item:
                continue  # the empty left side of "&= ...": the relation that follows continues the chain
            if part.full or part.opaque:
                if current and pending is None:
                    finish(False)
                current.append(_Element(part.head, item, pending if current else None))
                pending = None
                continue
            if part.head is not None and current and pending is not None and part.head_stop > 0:
                current.append(_Element(part.head, item[: part.head_stop], pending))
                following = item[part.head_stop] if part.head_stop < len(item) else None
                finish(following is not None and _is_condition_word(following))
            else:
                finish(False)
            if part.tail is not None:
                preceding = item[part.tail_start - 1] if part.tail_start > 0 else None
                opened = preceding is not None and _is_condition_word(preceding)
                current = [_Element(part.tail, item[part.tail_start :], None)]
            pending = None
    finish(condition_after)
    return chains


_TEX_COMMAND = re.compile(r"\\(?:ln|log|frac|text|mathrm|sum)(?![A-Za-z])")


def _garbled_copy(tokens: Sequence[Token], text: str) -> bool:
    """True for the rendered half of a formula copied from a web page with its TeX: ``=(0.9ln0.9+0.1ln0.1)=``.

    Such pages give each piece of a formula twice: the rendered glyphs run
    together, flush between two ``=`` and without their minus signs, then the
    TeX, spaced (``= -(0.9\\ln 0.9 + 0.1\\ln 0.1) =``). The glyphs are no value
    to judge; the chain runs through them.
    """
    if not tokens or _TEX_COMMAND.search(text) is None:
        return False
    start, end = tokens[0].start, tokens[-1].end
    written = text[start:end]
    flush = start > 0 and text[start - 1] == "=" and end < len(text) and text[end] == "="
    return flush and "\\" not in written


def _restarts(items: list[Sequence[Token] | _Link | str]) -> bool:
    """True when a row ``&= M = ...`` names a measure first and then states its own relation."""
    if len(items) < 4 or not isinstance(items[1], _Link):
        return False
    first = items[2]
    return (
        isinstance(first, list)
        and len(first) == 1
        and first[0].kind == "measure"
        and any(isinstance(item, _Link) for item in items[3:])
    )


def _is_condition_word(token: Token) -> bool:
    if token.kind == "word":
        return token.text.lower() in CONDITION_WORDS
    if token.kind == "text":
        return any(word.lower() in CONDITION_WORDS for word in token.detail.split())
    return token.kind == "break" and token.detail in CONDITION_BREAKS


def _condition_before(before: str) -> bool:
    words = re.findall(r"[A-Za-z]+", before)
    return bool(words) and words[-1].lower() in CONDITION_WORDS


def _condition_after(after: str) -> bool:
    if re.match(r"[^.!\n]*\?", after):
        return True  # the formula sits in a question
    words = re.findall(r"[A-Za-z]+", after[:20])
    return bool(words) and words[0].lower() in CONDITION_WORDS | {"exactly"}


# --- pairs ---------------------------------------------------------------------------------------------------


def _pairs(chain: list[_Element], text: str) -> list[Statement]:
    bases = frozenset(base for element in chain if element.node is not None for base in log_bases(element.node))
    symbols = tuple(symbol for element in chain if element.node is not None for symbol in measures_in(element.node))
    found = _chain_pairs(chain, text)
    if symbols:
        found += [replace(statement, fallback=True) for statement in _numeric_pairs(chain, text)]
    return [replace(statement, chain_bases=bases - {"doc"}, chain_measures=symbols) for statement in found]


def _numeric_pairs(chain: list[_Element], text: str) -> list[Statement]:
    """The claims among the chain's parts that name no measure: ``-(0.8 \\log_2 0.8 + ...) = 0.722``.

    They stand in for the chain when its measure cannot be evaluated (``H(X)``
    with X never defined, a joint entropy ``H(X,Y)``).
    """
    numeric = [i for i, element in enumerate(chain) if element.node is not None and not measures_in(element.node)]
    if len(numeric) < 2:
        return []
    with_logs = [i for i in numeric if has_logs(chain[i].node)]  # type: ignore[arg-type]
    subject = with_logs[0] if with_logs else numeric[0]
    return [found for index in numeric if index != subject for found in _statement(chain, subject, index, text)]


def _chain_pairs(chain: list[_Element], text: str) -> list[Statement]:
    measured = [i for i, element in enumerate(chain) if element.node is not None and measures_in(element.node)]
    found: list[Statement] = []
    if measured:
        for index, element in enumerate(chain):
            if element.node is None:
                continue
            if index in measured:
                earlier = [m for m in measured if m < index]
                if earlier:
                    found.extend(_statement(chain, earlier[-1], index, text))
                continue
            earlier = [m for m in measured if m < index]
            subject = earlier[-1] if earlier else measured[0]
            found.extend(_statement(chain, subject, index, text))
        return found
    with_logs = [i for i, element in enumerate(chain) if element.node is not None and has_logs(element.node)]
    if not with_logs:
        return []
    subject = with_logs[0]
    for index in range(len(chain)):
        if index != subject and chain[index].node is not None:
            found.extend(_statement(chain, subject, index, text))
    return found


def _statement(chain: list[_Element], subject: int, other: int, text: str) -> list[Statement]:
    low, high = min(subject, other), max(subject, other)
    links = [chain[i].link for i in range(low + 1, high + 1)]
    if any(link is None for link in links):
        return []
    relations = [link.relation for link in links if link is not None]
    if other < subject:
        relations = [_REVERSED[relation] for relation in reversed(relations)]
    relation = _compose(relations)
    if relation is None:
        return []
    backwards = other < subject
    written = links[0] if backwards else links[-1]
    assert written is not None
    as_written = _REVERSED[relation] if backwards else relation
    relation_text = written.text if written.relation == as_written else _SYMBOLS[as_written]
    left, right = chain[subject], chain[other]
    assert left.node is not None and right.node is not None
    statement = Statement(
        left.node, relation, right.node, _source(left, text), _source(right, text), relation_text, right.node.start
    )
    return [replace(statement, written_backwards=backwards, source=text)]


_REVERSED = {"=": "=", "~": "~", "!=": "!=", "<=": ">=", ">=": "<=", "<": ">", ">": "<"}
_SYMBOLS = {"<=": r"\le", ">=": r"\ge", "<": "<", ">": ">", "!=": r"\ne", "=": "=", "~": r"\approx"}


def _compose(relations: Sequence[str]) -> str | None:
    """The relation implied by a run of relations: ``= <=`` gives ``<=``; mixed directions give None."""
    if "!=" in relations:
        return "!=" if len(relations) == 1 else None
    result = "="
    for relation in relations:
        if relation in ("=", "~"):
            result = "~" if "~" in (relation, result) and result in ("=", "~") else result
            continue
        if result in ("=", "~"):
            result = relation
        elif result[0] != relation[0]:
            return None
        else:
            result = result[0] if "=" not in result or "=" not in relation else result
    return result


def _source(element: _Element, text: str) -> str:
    assert element.node is not None
    return " ".join(text[element.node.start : element.node.end].split())


def _shorten(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# --- units -------------------------------------------------------------------------------------------------


def _written_units(tokens: Sequence[Token]) -> tuple[list[Token], dict[int, str]]:
    """Units written after values, taken out of the maths: ``0.0251 (nats) or 0.036 (bits)``.

    A unit in brackets after a number is never maths: it is removed, and kept
    by where its number ends. A unit word between two values joined by "or"
    (``0.0251 nats or 0.036 bits``) is removed too, and the "or" becomes the
    relation before it, so that each value is a claim in its own unit.
    """
    kept: list[Token] = []
    units: dict[int, str] = {}
    index = 0
    while index < len(tokens):
        token = tokens[index]
        unit, width = _unit_after(tokens, index) if token.kind == "number" else (None, 0)
        kept.append(token)
        index += 1
        if unit is None:
            continue
        if width == 1 and not _alternative_follows(tokens, index + 1):
            continue  # a bare unit word stays a word: it ends the maths before it
        units[token.end] = unit
        index += width
        if _alternative_follows(tokens, index):
            relation = next((t for t in reversed(kept) if t.kind == "relation"), None)
            if relation is not None:
                word = tokens[index + 1] if tokens[index].text == "," else tokens[index]
                kept.append(Token("relation", relation.text, word.start, word.end, relation.detail))
                index += 2 if tokens[index].text == "," else 1
    return kept, units


def _unit_after(tokens: Sequence[Token], index: int) -> tuple[str | None, int]:
    """The unit written right after ``tokens[index]`` (``(nats)``, ``bits``), and how many tokens it takes."""
    following = tokens[index + 1 : index + 4]
    kinds = [token.kind for token in following]
    if kinds == ["open", "word", "close"] and following[0].text == "(" and following[2].text == ")":
        unit = _unit(following[1].text)
        return (unit, 3) if unit else (None, 0)
    if kinds[:1] == ["word"] or (kinds[:1] == ["text"] and len(following[0].detail.split()) == 1):
        unit = _unit(following[0].text if kinds[0] == "word" else following[0].detail)
        return (unit, 1) if unit else (None, 0)
    return None, 0


def _alternative_follows(tokens: Sequence[Token], index: int) -> bool:
    """True when ``or`` (or ``, or``) and a number follow: the same value given again in another unit."""
    words = [token.text.lower() for token in tokens[index : index + 3]]
    start = index + 1 if words[:1] == [","] else index
    return (
        start + 1 < len(tokens)
        and tokens[start].kind == "word"
        and tokens[start].text.lower() == "or"
        and tokens[start + 1].kind == "number"
        and _unit_after(tokens, start + 1)[0] is not None
    )


def _chain_units(found: list[Statement]) -> list[Statement]:
    """Each statement of one chain with the unit of the nearest value after it that has one (else before it)."""
    written = sorted((statement.right.end, statement.unit) for statement in found if statement.unit is not None)
    if not written:
        return found
    placed = []
    for statement in found:
        later = [unit for end, unit in written if end >= statement.right.end]
        unit = later[0] if later else written[-1][1]
        placed.append(replace(statement, chain_unit=unit))
    return placed


def _with_unit(statement: Statement, tokens: Sequence[Token], after: str, units: dict[int, str]) -> Statement:
    if statement.right.end in units:
        return replace(statement, unit=units[statement.right.end])
    following = [token for token in tokens if token.start >= statement.right.end]
    unit = None
    if following:
        first = following[0]
        words = first.detail.split() if first.kind == "text" else [first.text] if first.kind == "word" else []
        if words:
            unit = _unit(words[0])
    elif after:
        match = re.match(r"[\s$}\\,;:!~(]*(?:\\(?:text|mathrm|textrm)\{)?\s*([A-Za-z]+)", after)
        if match:
            unit = _unit(match.group(1))
    return replace(statement, unit=unit) if unit else statement


def _unit(word: str) -> str | None:
    """The base a unit word names (``"bits"`` gives ``"2"``), or None."""
    base = Base.from_unit(word)
    return base.name if base is not None else None
