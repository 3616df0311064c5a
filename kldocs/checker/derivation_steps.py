r"""The rows of a derivation, each judged against its first side: ``D(p||q) &= H_q(U) - H(U) \\ &= ...``.

A formula whose sides are sums or expectations over ``p(x)`` and ``q(x)`` (or measures of ``p`` and ``q``)
is read side by side: each side becomes a sum of the measures kldocs knows, with signs
(:mod:`~kldocs.checker.side_readings`: ``\sum_x p(x) \log \frac{1}{q(x)}`` is ``H(p, q)``). A row
starting with ``=`` continues the left side of the row above, so every row claims that its side equals that
left side; the claim is then tried on pairs of
distributions as :mod:`~kldocs.checker.general_claims` tries any identity, and a false one names the step at
which the value changed. A side with anything else in it (a joint ``p(x,y)``, a ``1/N``, an exponent, another
letter) is not read, and neither is the claim.

Symbols a document defines for itself, ``H_q(U) := \sum p(u) \log \frac{1}{q(u)}`` (the cross-entropy) or
``H_p(X) = -\sum_x p(x) \log p(x)`` (the entropy of ``p``), stand for those measures in the rows below them,
and their definitions hold. An entropy written with its weights dropped, ``H(x) = -\sum_i \log p(x_i)``, is
false.

>>> from kldocs.checker.reading import parse_text
>>> text = "$$D(p\\|q) = \\sum_x p(x) \\log \\frac{1}{q(x)} - \\sum_x p(x) \\log \\frac{1}{p(x)}$$\n"
>>> [(claim.verdict, claim.note[:21]) for _, claim in derivation_claims(parse_text(text, "a.md"), len(text))]
[('holds', 'holds for every pair ')]
"""

from __future__ import annotations

import functools
import heapq
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kldocs.checker.chains import statements
from kldocs.checker.checked import Checked
from kldocs.checker.conditions import condition
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.formula_shapes import sign_of_definition
from kldocs.checker.general_claims import general
from kldocs.checker.jensen_rows import JensenRow, jensen_rows
from kldocs.checker.judging import Outcome, kind_of
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.negations import denied
from kldocs.checker.property_claims import shorten
from kldocs.checker.side_readings import Reading, compact_name, reading_text, side_readings, symbols_only
from kldocs.checker.tokens import tokenize
from kldocs.checker.trees import measures_in
from kldocs.errors import EvaluationError

#: Most characters of a formula read as a derivation.
MAX_FORMULA = 2000
#: Most formulas with sums or expectations read as derivations in one document, most characters of them, and
#: most claims made of them.
MAX_FORMULAS = 1000
MAX_CHARACTERS = 200_000
MAX_CLAIMS = 500


@dataclass(frozen=True)
class _Side:
    """One side of a row as written, where it starts in the formula, and its readings (two for an expectation
    that does not say over which distribution it is taken; none when it is not read)."""

    text: str
    start: int
    readings: tuple[Reading, ...]
    plain: bool = False  # written with the usual symbols of the measures only: ``H(p,q) - H(p)``


def derivation_claims(document: SourceText, until: int | None) -> list[tuple[int, Checked]]:
    """The claims of the document's derivations (before ``until``, and in its first :data:`MAX_FORMULAS` formulas
    with sums or expectations), each with its offset."""
    found: list[tuple[int, Checked]] = []
    names: dict[str, str | None] = {}  # the document's own symbols: "H_q(U)" -> "H(P,Q)"
    written = heapq.merge(document.math, document.paragraphs, key=lambda region: region.offset)
    formulas = itertools.islice(
        (
            region
            for region in written
            if region.kind != "code"
            and len(region.text) <= MAX_FORMULA
            and "=" in region.text
            and _READ.search(region.text)
        ),
        MAX_FORMULAS,
    )
    read = 0
    for region in formulas:
        read += len(region.text)
        if (until is not None and region.offset >= until) or read > MAX_CHARACTERS:
            break
        found += itertools.islice(_region_claims(document, region, names), MAX_CLAIMS - len(found))
    return found


def _region_claims(document: SourceText, region: Region, names: dict[str, str | None]) -> Iterator[tuple[int, Checked]]:
    source = document.text[region.offset : region.offset + len(region.text)]
    written = source if "\n" in source and source.replace("\n", " ") == region.text else region.text  # its lines
    plain = _CLUTTER.sub(_blank, written.translate(_PLAIN))
    # An inequality is read in typed maths only: prose copied from a page may have lost a minus sign.
    for left, relation, right in _bounds(plain, names) if region.kind in ("inline", "display") else ():
        outcome = _outcome(reading_text(left.readings[0]), reading_text(right.readings[0]), relation)
        if outcome is None or (outcome.verdict == "false" and _conditional(document, region.offset, region.offset)):
            continue
        text = shorten(f"{left.text} {_SHOWN[relation]} {right.text}", 300)
        row = document.line(region.offset + right.start)
        yield region.offset + right.start, Checked((row,), text, "bound", outcome.verdict, None, outcome.note)
    for jensen in jensen_rows(plain) if region.kind in ("inline", "display") else ():
        judged = _jensen_outcome(jensen, names)
        if judged is None or (judged.verdict == "false" and _conditional(document, region.offset, region.offset)):
            continue
        text = shorten(f"{jensen.first} {_SHOWN[jensen.relation]} {jensen.text}", 300)
        line = document.line(region.offset + jensen.start)
        yield region.offset + jensen.start, Checked((line,), text, "bound", judged.verdict, None, judged.note)
    for chain in _chains(plain, names):
        first, *rest = chain
        defined = _defined_name(first.text)
        claims = _definition(first, rest, defined, names) if defined is not None else _steps(document, region, chain)
        start = region.offset + first.start
        for side, outcome in claims:
            if outcome.verdict == "false" and _conditional(document, start, region.offset + len(region.text)):
                continue  # "if q = p, then ...", "it is not true that ...": not claimed in general
            row = document.line(region.offset + side.start)
            text = shorten(f"{first.text} = {side.text}", 300)
            yield region.offset + side.start, Checked((row,), text, outcome.kind, outcome.verdict, None, outcome.note)


def _jensen_outcome(row: JensenRow, names: dict[str, str | None]) -> Outcome | None:
    """A row of Gibbs' inequality proved with Jensen's (:mod:`~kldocs.checker.jensen_rows`) judged as the bound of its
    chain's first side by 0; None when the first side is not read one way, or the row is an equation."""
    readings = side_readings(row.first, names)
    if len(readings) != 1 or row.relation == "=":
        return None
    outcome = _outcome(reading_text(readings[0]), "0", row.relation)
    if outcome is None:
        return None
    note = (
        f"the total inside the logarithm of {shorten(row.text, 60)} is at most 1, and 1 by convention, so the row is "
        f"the bound by 0 (Jensen's inequality): {outcome.note}"
    )
    return replace(outcome, note=note)


def _conditional(document: SourceText, start: int, end: int) -> bool:
    """True when the text before a chain puts it under a condition, or the text around it denies it."""
    before = _DELIMITERS.sub("", document.text[max(0, start - 300) : start])
    after = _CLOSING.sub("", document.text[end : end + 120], count=1)
    return condition(before) is not None or denied(before, after)


def _definition(
    first: _Side, rest: list[_Side], defined: str, names: dict[str, str | None]
) -> Iterator[tuple[_Side, Outcome]]:
    """A symbol of the document's own defined: what it stands for from here on, and whether the definition holds."""
    meaning = _meaning(rest)
    # H(X) names a variable, whose distribution the prose may change ("now let X ~ q"): it stands for nothing
    if (
        meaning is not None
        and not _VARIABLE_ENTROPY.fullmatch(defined)
        and names.setdefault(defined, meaning) != meaning
    ):
        names[defined] = None  # defined twice, two ways: it stands for neither
    if meaning is not None and not any(sign_of_definition(f"{first.text} = {side.text}") for side in rest):
        yield rest[-1], Outcome("definition", "holds", None, f"{first.text} is defined as {_DEFINED[meaning]}")
    for side in rest:  # H(X) := -sum log p(x): not a definition of anything
        dropped = _dropped_weights(first, side)
        if dropped is not None:
            yield side, dropped


def _steps(document: SourceText, region: Region, chain: list[_Side]) -> Iterator[tuple[_Side, Outcome]]:
    """Each row of a derivation against its first side; a false one names the step where the value changed."""
    first, *rest = chain
    outcomes = [_judged(first, side) for side in rest]
    verdicts = [outcome.verdict if outcome is not None else None for outcome in outcomes]
    changed = verdicts.index("false") if "false" in verdicts else len(rest)  # the first row that differs
    names_between = True  # only other names of the measure so far: D(P||Q) = KL(P,Q) = \sum ...
    for index, (side, outcome) in enumerate(zip(rest, outcomes, strict=True)):
        defines = names_between and sign_of_definition(f"{first.text} = {side.text}") is not None
        names_between = names_between and side.plain
        if outcome is None or defines:
            continue  # not read, or a definition as a sum, which is judged as one (property_claims)
        if first.plain and side.plain:
            continue  # measures written as symbols only: read as any formula is
        if outcome.verdict == "false" and 0 < index < len(rest) - 1 and _same(rest[index - 1], side):
            continue  # a slip carried on unchanged: said where it is made and at the end of the chain
        if outcome.verdict == "false":
            held = changed == 0 or verdicts[changed - 1] == "holds"
            outcome = replace(
                outcome, note=_step_note(document, region, chain[changed : changed + 2], held, outcome.note)
            )
        yield side, outcome


def _meaning(sides: list[_Side]) -> str | None:
    """The measure a symbol's definition makes it: what each side read in one way only equals."""
    meanings = set()
    for side in sides:
        if len(side.readings) == 1:
            found = [key for key in _DEFINED if _holds(reading_text({key: 1}), reading_text(side.readings[0])) is True]
            meanings.add(found[0] if len(found) == 1 else None)
    return meanings.pop() if len(meanings) == 1 else None


def _judged(first: _Side, side: _Side) -> Outcome | None:
    """The claim that ``side`` equals ``first``, tried on pairs of distributions; None when either is unread.

    An expectation read two ways makes the claim false only when it is false both ways.
    """
    if not first.readings or not side.readings:
        return _dropped_weights(first, side)
    outcomes = [_outcome(reading_text(left), reading_text(right)) for left in first.readings for right in side.readings]
    if any(outcome is None for outcome in outcomes):
        return None
    held = [outcome for outcome in outcomes if outcome is not None and outcome.verdict == "holds"]
    return held[0] if held else outcomes[0]


def _same(before: _Side, after: _Side) -> bool:
    """True when a step keeps the value of the side before it."""
    outcome = _judged(before, after)
    return outcome is not None and outcome.verdict == "holds"


def _holds(left: str, right: str) -> bool | None:
    outcome = _outcome(left, right)
    return None if outcome is None else outcome.verdict == "holds"


@functools.lru_cache(maxsize=1024)
def _outcome(left: str, right: str, relation: str = "=") -> Outcome | None:
    """``left = right`` (or ``<=``, ``>=``) tried on pairs of distributions, as any identity is; None when not
    decided."""
    text = f"{left} {_SHOWN[relation]} {right}"
    read = [statement for statement in statements(tokenize(text), text) if not statement.fallback]
    if len(read) != 1 or read[0].relation != relation:
        return None
    statement = read[0]
    symbols = measures_in(statement.left) + measures_in(statement.right)
    try:
        outcome = general(statement, kind_of(statement), symbols, None)
    except EvaluationError:
        return None
    if outcome.verdict != "unchecked" or relation != "=":
        return outcome if outcome.verdict != "unchecked" else None
    # Both sides read in full, an equation that fails for some pair is a step that changes the value.
    if outcome.counterexample is None:
        return None
    note = f"the two sides differ: {left} is not {right} (they differ for {outcome.counterexample})"
    return replace(outcome, verdict="false", note=note, universal=True)


def _dropped_weights(first: _Side, side: _Side) -> Outcome | None:
    r"""``H(x) = -\sum_i \log p(x_i)``: the entropy with its weights dropped.

    >>> first = _Side("H(x)", 0, ())
    >>> _dropped_weights(first, _Side(r"-\sum_{i=1}^n \log p(x_i)", 9, ())).verdict
    'false'
    >>> _dropped_weights(first, _Side(r"-\frac{1}{n}\sum_{i=1}^n \log p(x_i)", 9, ())) is None
    True
    >>> _dropped_weights(first, _Side(r"\sum_x \log \frac{1}{p(x)}", 9, ())).verdict
    'false'
    >>> _dropped_weights(first, _Side(r"\sum_x \log p(x)", 9, ())) is None
    True
    """
    dropped = _UNWEIGHTED.fullmatch(side.text)
    if _ENTROPY_NAME.fullmatch(first.text) is None or dropped is None:
        return None
    if (dropped.group("minus") is None) == (dropped.group("over") is None):
        return None  # the sign of a negative value: another slip, or not an entropy at all
    note = (
        "the weights are dropped: the entropy is -sum p(x) log p(x), and -sum log p(x) is not it "
        "(for P = (1/2, 1/2) it is 2 log 2, twice the entropy log 2)"
    )
    return Outcome("definition", "false", None, note, universal=True)


def _step_note(document: SourceText, region: Region, step: list[_Side], held: bool, note: str) -> str:
    """The note of a false row, with the step at which the value changed: to the first row that differs from the
    left side, from the row before it when that one was read and ``held``."""
    before, after = step
    line = document.line(region.offset + after.start)
    first = document.line(region.offset + before.start)
    where = f"lines {first} to {line}" if held and first != line else f"line {line}"
    return f"{note}; the value changes at {'the step' if held else 'the first row that differs,'} " + (
        f"{shorten(after.text, 60)} ({where})"
    )


def _chains(text: str, names: dict[str, str | None]) -> Iterator[list[_Side]]:
    """The chains of equal sides in a formula: a row that starts with ``=`` goes on with the chain above."""
    chain: list[_Side] = []
    starts, ends = _rows(text)
    for start, end in zip(starts, ends, strict=True):
        parts = _parts(text[start:end], start, names)
        if parts is None or len(parts) < 2:
            if len(chain) > 1:
                yield chain
            chain = []
        elif parts[0].text:
            if len(chain) > 1:
                yield chain
            chain = parts
        elif chain:
            chain += parts[1:]
    if len(chain) > 1:
        yield chain


#: A non-strict inequality between two sides of a row, as written and as read.
_BOUND = lazy(r"≤|≥|\\(?:leq?|geq?)(?![A-Za-z])")
_SHOWN = {"=": "=", "<=": "\\le", ">=": "\\ge"}


def _bounds(text: str, names: dict[str, str | None]) -> Iterator[tuple[_Side, str, _Side]]:
    r"""The rows that end in one inequality between sums or measures of p and q, each read one way only:
    the side right before the sign, the relation, the side after it (``-\sum p_i \log p_i \le -\sum p_i \log q_i``).

    >>> [(left.text, relation, right.text) for left, relation, right in _bounds(r"H(p) \le -\sum_x p(x) \log q(x)", {})]
    [('H(p)', '<=', '-\\sum_x p(x) \\log q(x)')]
    """
    starts, ends = _rows(text)
    for start, end in zip(starts, ends, strict=True):
        row = text[start:end]
        signs = list(_BOUND.finditer(row))
        if len(signs) != 1 or _CONNECTIVE.search(row) or _OTHER_RELATION.search(row.replace(signs[0].group(), " ")):
            continue
        sign = signs[0]
        before, after = _parts(row[: sign.start()], start, names), _parts(row[sign.end() :], start + sign.end(), names)
        if not before or not after or len(after) != 1:
            continue
        left, right = before[-1], after[0]
        if len(left.readings) != 1 or len(right.readings) != 1 or (left.plain and right.plain):
            continue
        yield left, "<=" if sign.group() in ("≤", "\\le", "\\leq") else ">=", right


def _rows(text: str) -> tuple[list[int], list[int]]:
    r"""Where the rows of a formula start and end: at its row breaks (``\\``), and at a line that starts an
    equation of its own (a name and its ``=``) after a line that ends with no operator.

    >>> _rows("H(p, q) = -Σ p log q\nD(p|q) = H(p, q) - H(p)\n  = Σ p log(p/q)")
    ([0, 21], [20, 61])
    >>> _rows("D = \\sum_x p(x)\n\\log \\frac{p(x)}{q(x)} = E")  # a side written over two lines
    ([0], [42])
    """
    breaks = [(match.start(), match.end()) for match in _ROW_BREAK.finditer(text)]
    if "\n" in text:
        breaks += [
            (match.start(), match.end())
            for match in _NEW_EQUATION.finditer(text)
            if not any(start <= match.start() < end for start, end in breaks)
        ]
        breaks.sort()
    return [0, *(end for _, end in breaks)], [*(start for start, _ in breaks), len(text)]


def _parts(row: str, start: int, names: dict[str, str | None]) -> list[_Side] | None:
    """The sides of one row, cut at its signs ``=`` outside brackets, up to another relation (``\\geq 0``)."""
    if _CONNECTIVE.search(row):
        return None
    other = _OTHER_RELATION.search(row)
    row = row[: other.start()] if other else row
    sides: list[_Side] = []
    label = _LABEL.match(row)  # "The entropy is the expected surprise: E(log P) = ...": the words are no side
    depth, begin = 0, label.end() if label else 0
    for index, char in enumerate(row):
        depth += (char in "{([") - (char in "})]")
        if char == "=" and depth == 0:
            sides.append(_side(row[begin:index], start + begin, names))
            begin = index + 1
    sides.append(_side(row[begin:], start + begin, names))
    return sides


#: Words that label a row before a colon: ``The entropy is the expected surprise: ``, ``Entropía: ``.
_LABEL = lazy(r"\s*[^\W\d_]{3,}[^=:：\n$\\(){}]{0,80}[:：]\s+")


def _side(written: str, start: int, names: dict[str, str | None]) -> _Side:
    text = written.strip().rstrip(":").strip()
    shift = len(written) - len(written.lstrip())
    return _Side(text, start + shift, side_readings(text, names) if text else (), symbols_only(text))


def _defined_name(text: str) -> str | None:
    """A symbol the document defines for itself (``H_q(U)``, ``H_{pq}(X)``, ``H(U)``), written compactly."""
    compact = compact_name(text)
    return compact if _OWN_NAME.fullmatch(compact) else None


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


_READ = lazy(r"\\sum|∑|Σ|\\int|∫|\\mathbb\s*\{?E|(?<![A-Za-z\\])E_|(?<![A-Za-z\\])E\[|H_")
#: Marks that are not maths: delimiters left inside, labels, alignment, environments, ``\displaystyle``.
_CLUTTER = lazy(
    r"\$|&|\\label\{[^{}\n]{0,80}\}|\\(?:begin|end)\{[A-Za-z*]{1,20}\}|\\(?:displaystyle|nonumber|notag)(?![A-Za-z])|"
    r"\\tag\{[^{}\n]{0,20}\}|\\(?:left|right)(?![A-Za-z])|\\[,;:! ]|\\cdot(?![A-Za-z])|\\,"
)
#: Text typed with Unicode maths, one character for one: the minus, ``log₂``, the product dot.
_PLAIN = str.maketrans({"−": "-", "–": "-", "₂": "2", "·": " ", "×": " ", "*": " ", "‖": "|", "ᵢ": " ", "ⱼ": " "})
#: Formula delimiters and environments right before a chain, which are not prose.
_DELIMITERS = lazy(r"(?:\$\$?|\\[(\[]|\\begin\{[A-Za-z*]{1,20}\}|[ \t])+$")
_CLOSING = lazy(r"^\s*(?:\$\$?|\\[)\]]|\\end\{[A-Za-z*]{1,20}\})?")
#: The end of a row, with the space asked after it: ``\\``, ``\\[4pt]``; doubled (``\\\\``) where Markdown
#: escapes each backslash.
_ROW_BREAK = lazy(r"\\\\(?:\\\\)?(?:\s*\[[^\[\]\n]{0,12}\])?")
#: A line break before a line that starts an equation of its own (``D_KL(p ‖ q) = ...``), after a line that ends
#: with no operator, comma or bracket left open (a side written over two lines goes on with its next term).
_NEW_EQUATION = lazy(
    r"(?<![-+=(\[{,\\])[ \t]*\n[ \t]*(?=(?:\\(?:mathrm|operatorname|text|mathcal)\s*\{)?"
    r"(?!(?:log|ln|exp|sum)(?![A-Za-z]))[A-Za-z][^\n=<>]{0,80}(?<![<>!])=(?!=))"
)
_OTHER_RELATION = lazy(r"[<>≤≥≈≠]|\\(?:approx|leq?(?:slant)?|geq?(?:slant)?|neq?|ne|simeq|lt|gt|to)(?![A-Za-z])")
#: A sign or word that puts a row under a condition (``... = ... \iff p = q``): the row is not claimed in general.
_CONNECTIVE = lazy(
    r"[⟺⇔⇒⟹]|\\(?:iff|implies|impliedby|(?:Long)?(?:Leftrightarrow|Rightarrow|Leftarrow|leftrightarrow))(?![A-Za-z])|"
    r"\\text\s*\{\s*(?:if|iff|when|only|for)\b"
)
#: The names a document gives its own measures: ``H_q(U)``, ``H_{pq}(X)``, ``H_p(X)``, ``H(U)``, ``H_{KL}(p||q)``.
_OWN_NAME = lazy(r"H(?:_[PpQq]{1,2})?\([U-Z]\)|H_KL\([PpQq]\|\|[PpQq]\)")
#: The entropy of a random variable, named by the variable alone: ``H(X)``.
_VARIABLE_ENTROPY = lazy(r"H\([U-Z]\)")
#: An entropy's name on the left of a definition: ``H(x)``, ``H(X)``, ``H(P)`` (a bare ``H`` may be another quantity).
_ENTROPY_NAME = lazy(r"H\s*\(\s*(?:[xXpP]|[U-Z])\s*\)")
#: The entropy with its weights dropped: ``-\sum_{i=1}^n \log p(x_i)``.
_UNWEIGHTED = lazy(
    r"(?:-\s*(?P<minus>)|\+?\s*)(?:\\sum|Σ|∑)\s*_\s*\{?\s*(?P<index>[ijkxn])\s*(?:=\s*1)?\s*\}?(?:\s*\^\s*\{?\s*[nNkmK]\s*\}?)?"
    r"\s*(?:\\log|log)(?:_?\{?(?:2|e|10)\}?)?\s*(?P<open>\()?\s*(?:(?P<over>\\frac\s*\{?\s*1\s*\}?\s*\{|1\s*/)\s*)?"
    r"p\s*(?:\(\s*x_\{?(?P=index)\}?\s*\)|\(\s*(?P=index)\s*\)|_\{?(?P=index)\}?)\s*(?(over)\}?)\s*(?(open)\))"
)
#: What a symbol the document defines stands for, in words.
_DEFINED = {
    "H(P,Q)": "the cross-entropy H(p,q) = -sum p log q",
    "H(Q,P)": "the cross-entropy H(q,p) = -sum q log p",
    "H(P)": "the entropy H(p) = -sum p log p",
    "H(Q)": "the entropy H(q) = -sum q log q",
    "D_KL(P||Q)": "the KL divergence D(p||q) = sum p log(p/q)",
}
