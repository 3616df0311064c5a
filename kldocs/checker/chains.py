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

Rows are cut into parts by :mod:`~kldocs.checker.chain_parts`. In prose,
a part is cut back to the maths at its end (``so H(P)``) or start
(``1.03 nats``); a chain next to "if", "iff", "when", ``\iff`` or
``\Rightarrow`` is a condition, not a claim, and is skipped (:mod:`~kldocs.checker.chain_conditions`).

>>> from kldocs.checker.tokens import tokenize
>>> text = r"D_{KL}(P \| Q) = 0.2 \ln \frac{0.2}{0.3} + 0.5 \ln \frac{0.5}{0.4} \approx 0.0305"
>>> [(s.relation, s.left_text, s.right_text) for s in statements(tokenize(text), text) if not s.fallback]
[('=', 'D_{KL}(P \\| Q)', '0.2 \\ln \\frac{0.2}{0.3} + 0.5 \\ln \\frac{0.5}{0.4}'), ('~', 'D_{KL}(P \\| Q)', '0.0305')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from kldocs.checker.applied_factors import applied_after
from kldocs.checker.bare_leads import named_lead
from kldocs.checker.chain_conditions import (
    CONDITION_BREAKS,
    condition_after,
    condition_before,
    is_condition_word,
    operand_before,
)
from kldocs.checker.chain_conditions import CONDITION_WORDS as CONDITION_WORDS  # term_sums imports it from here
from kldocs.checker.chain_parts import Link, Part, read_part, rows, split_row
from kldocs.checker.latex_numbers import Node
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_tokens import garbled_copy, prose_tokens
from kldocs.checker.tokens import MeasureSymbol, Token
from kldocs.checker.trees import has_logs, measures_in, written_bases
from kldocs.checker.units import chain_units, unit_following, written_units


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


#: The kinds of token that make a formula worth saying it was not read when a limit stops its reading.
_SAID = ("measure", "log")


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
        tokens = prose_tokens(tokens)
    tokens, units = written_units(named_lead(tokens))
    found: list[Statement] = []
    chains = _chains(tokens, text, problems, condition_before(before), condition_after(after), prose)
    for chain, opens_conditionally, closes_conditionally in chains:
        if not (opens_conditionally or closes_conditionally):
            pairs = _pairs(chain, text) or _worked_pairs(chain, text, before)
            found.extend(_chain_units([_with_unit(s, tokens, after, units) for s in pairs if not _cut_short(s, text)]))
    return found


def _cut_short(statement: Statement, text: str) -> bool:
    """True when the value ends at a comma glued to more digits (``H = 1,485 bit`` in a page that writes decimal
    points elsewhere): the number written is not the one read, so the statement is not read at all.

    >>> from kldocs.checker.tokens import tokenize
    >>> [len(statements(tokenize(t), t)) for t in ("H(P) = 1,485 bit", "H(P) = 1, so")]
    [0, 1]
    """
    end = statement.offset + len(statement.right_text)
    return (
        not statement.written_backwards
        and text.startswith(statement.right_text, statement.offset)
        and text[end : end + 1] == ","
        and text[end + 1 : end + 2].isdigit()
    )


#: A name for the information gain of a split, and its arguments, then ``=`` (or ``≈``) and maybe a formula in words
#: or of the branches' entropies by name with its own ``=`` (``IG =``, ``Gain(S, A) ≈``, ``\text{IG} = H(parent) -
#: H(children) =``, ``Gain(A) = Entropy(S) - (5/14)Entropy(Sunny) - ... ≈``, "information gain =", ``信息增益 =``),
#: right before a chain: the plain arithmetic of that chain is the gain worked out. So is the weighted entropy of the
#: split's children (``H_weighted =``, "weighted entropy =", ``加权熵 =``), the gain's other half.
_GAIN = lazy(
    r"(?:(?<![A-Za-z])(?:IG|InfoGain|Gain|[Ii]nformation\s[Gg]ain|[Gg]anancia(?:\sde\sinformaci[oó]n)?"
    r"|[Gg]ain\sd'information|[Ii]nformationsgewinn|[Gg]anho(?:\sde\sinforma[cç][aã]o)?|[Gg]uadagno\sinformativo"
    r"|[Пп]рирост\sинформации|[HE]_\{?weighted\}?|[Ww]eighted\s(?:[Aa]verage\s)?[Ee]ntropy|[Gg]ewichtete\s[Ee]ntropie"
    r"|[Ee]ntrop[ií]a\sponderada|[Ee]ntropie\spond[ée]r[ée]e)"
    r"|信息增益|정보\s?이득|情報利得|加权熵|加权平均熵|가중\s?엔트로피|加重平均エントロピー)\}?(?:\([^()=\n]{0,60}\))?\s*(?:=|≈|\\approx)"
    r"(?:[^=≈\n]{0,240}(?:=|≈|\\approx))?\s*$"
)
#: "The (final) result is" or "the answer is", maybe with ``=`` or a colon, right before a chain (in eight languages):
#: the plain arithmetic that follows is the result worked out, a claim of its own.
_RESULT = lazy(
    r"(?<![A-Za-z])(?:[Rr]esult|[Aa]nswer|[Ee]rgebnis|[Aa]ntwort|[Rr]ésultat|[Rr]éponse|[Rr]esultado|[Rr]espuesta"
    r"|[Rr]esposta|[Рр]езультат|[Оо]твет|[Ии]того|结果|答案|結果|答え|결과|답)"
    r"(?:\s?(?:is|ist|est|es|é|равен|为|是|は|는|은))?\s?[:=：]?\s*$"
)
#: How far before a chain its information-gain name is looked for.
_GAIN_REACH = 320


def _worked_pairs(chain: list[_Element], text: str, before: str) -> list[Statement]:
    r"""The arithmetic of a chain that names no measure and has no logarithm, when an information gain's name and
    ``=`` come right before it (``IG = 0.971 - 0.5 = 0.461``), or "the result is": its value worked out, a claim of
    its own.

    >>> from kldocs.checker.tokens import tokenize
    >>> text = "IG = H(parent) - H(children) = 0.971 - 0.5 = 0.461"
    >>> [s.text for s in statements(tokenize(text), text)]
    ['0.971 - 0.5 = 0.461']
    >>> text = "Gain(A) = Entropy(S) - (4/7)Entropy(Hot) - (3/7)Entropy(Cold) ≈ 0.985 - (4/7)*1 - (3/7)*0.918 ≈ 0.021"
    >>> [s.text for s in statements(tokenize(text), text, prose=True)]
    ['0.985 - (4/7)*1 - (3/7)*0.918 ≈ 0.021']
    >>> text = "So the final result is 0.95 - (0.5 + 0.6)/2 = 0.4"
    >>> [s.text for s in statements(tokenize(text), text, prose=True)]
    ['0.95 - (0.5 + 0.6)/2 = 0.4']
    """
    first = chain[0].node
    if first is None or not chain[0].tokens:
        return []
    start = chain[0].tokens[0].start
    prefix = (before + text[:start])[-_GAIN_REACH:]
    if not (_GAIN.search(prefix) or _RESULT.search(prefix)):
        return []
    for index, element in enumerate(chain):  # "0.5 = 50 %": a percentage, not the number 50; the chain ends before it
        if element.tokens and text[element.tokens[-1].end : element.tokens[-1].end + 3].lstrip().startswith("%"):
            return _numeric_pairs(chain[:index], text)
    return _numeric_pairs(chain, text)


@dataclass
class _Element:
    node: Node | None  # None for symbolic maths that has no value
    tokens: Sequence[Token]
    link: Link | None  # the relation to the previous element of the chain


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

    for row_index, row in enumerate(rows(tokens)):
        if not row:
            continue
        items = split_row(row, text)
        continues = (
            row_index > 0 and items[0] == [] and len(items) > 1 and isinstance(items[1], Link) and not _restarts(items)
        )
        if row_index > 0 and not continues:
            finish(False)
        pending: Link | None = None
        for item in items:
            if isinstance(item, Link):
                pending = item
                continue
            if isinstance(item, str):
                condition = item in CONDITION_BREAKS
                finish(condition)
                opened = condition
                pending = None
                continue
            limit_problems: list[str] = []
            garbled = prose and garbled_copy(item, text)
            part = Part(item, None, None, False, 0, 0, opaque=True) if garbled else read_part(item, limit_problems)
            # A limit met in a formula with a measure or a logarithm (``\\log_2(3^{5000}) = 7924.8``) is said.
            if limit_problems and problems is not None and any(token.kind in _SAID for token in tokens):
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
            if (
                part.head is not None
                and current
                and pending is not None
                and part.head_stop > 0
                and not applied_after(item, part.head_stop)
            ):
                current.append(_Element(part.head, item[: part.head_stop], pending))
                following = item[part.head_stop] if part.head_stop < len(item) else None
                finish(following is not None and is_condition_word(following))
            else:
                finish(False)
            if part.tail is not None:
                preceding = item[part.tail_start - 1] if part.tail_start > 0 else None
                opened = preceding is not None and is_condition_word(preceding)
                opened = opened or operand_before(text[: item[part.tail_start].start])
                current = [_Element(part.tail, item[part.tail_start :], None)]
            pending = None
    finish(condition_after)
    return chains


def _restarts(items: list[Sequence[Token] | Link | str]) -> bool:
    """True when a row ``&= M = ...`` names a measure first and then states its own relation."""
    if len(items) < 4 or not isinstance(items[1], Link):
        return False
    first = items[2]
    return (
        isinstance(first, list)
        and len(first) == 1
        and first[0].kind == "measure"
        and any(isinstance(item, Link) for item in items[3:])
    )


# --- pairs ---------------------------------------------------------------------------------------------------


def _pairs(chain: list[_Element], text: str) -> list[Statement]:
    bases = frozenset(base for element in chain if element.node is not None for base in written_bases(element.node))
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
    found = [found for index in numeric if index != subject for found in _statement(chain, subject, index, text)]
    # 0 <= JSD(P||Q) <= 1: a bound on each side of a measure says nothing of 0 <= 1, which is not the claim
    return [each for each in found if each.relation in ("=", "~") or not _measure_between(chain, subject, each)]


def _measure_between(chain: list[_Element], subject: int, statement: Statement) -> bool:
    """Whether a part that names a measure stands in the chain between ``subject`` and the other side of
    ``statement`` (a claim of the chain's numbers)."""
    sides = (statement.left, statement.right)
    other = next(
        (i for i, each in enumerate(chain) if i != subject and any(each.node is side for side in sides)), subject
    )
    low, high = sorted((subject, other))
    between = (chain[i].node for i in range(low + 1, high))
    return any(node is not None and measures_in(node) for node in between)


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
            pairs = _statement(chain, subject, index, text)
            link = chain[index].link
            if not pairs and link is not None and link.relation == "~" and index - 1 not in measured:
                pairs = _statement(chain, index - 1, index, text)  # "JSD <= ln 2 ≈ 0.693": ln 2 ≈ 0.693 is checked
            found.extend(pairs)
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
    """The relation implied by a run of relations: ``= <=`` gives ``<=``; mixed directions give None, and so does a
    rounding after a bound (``JSD <= ln 2 ≈ 0.693``: the bound is ln 2, and 0.693 only its rounding).

    >>> _compose(["=", "<="]), _compose(["<=", "~"]), _compose(["~", "<"])
    ('<=', None, '<')
    """
    if "!=" in relations:
        return "!=" if len(relations) == 1 else None
    result = "="
    for relation in relations:
        if relation == "~" and result not in ("=", "~"):
            return None
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


def _chain_units(found: list[Statement]) -> list[Statement]:
    """Each statement of one chain with the unit of the value it leads to (see :func:`.units.chain_units`)."""
    units = chain_units([(statement.right.end, statement.unit) for statement in found])
    return [replace(statement, chain_unit=unit) for statement, unit in zip(found, units, strict=True)]


def _with_unit(statement: Statement, tokens: Sequence[Token], after: str, units: dict[int, str]) -> Statement:
    unit = unit_following(statement.right.end, tokens, after, units)
    return replace(statement, unit=unit) if unit else statement
