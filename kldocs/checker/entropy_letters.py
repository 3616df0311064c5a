r"""An entropy a document names with another letter, and letters it uses for random variables.

Some texts write the entropy ``E(a)`` or ``S(a)`` and say so: a formula defines the letter as
``-\sum w \ln w`` (the same factor twice) right after a word for the entropy ("定义单属性熵：",
"the entropy of attribute a is"). Its maths is then read with ``H`` for that letter
(:func:`with_entropy_letter`, the same length). Conditioning on a letter (``H(A|B)``) or relating two
letters by mutual information (``I(A;B)``) makes them random variables in that document, so that
``H(A,B)`` there is their joint entropy, not a cross-entropy (:func:`as_joint`).

>>> from kldocs.checker.reading import parse_text
>>> text = "The entropy of attribute a is\n$$E(a) = -\\sum_{i=1}^n w_i \\ln w_i$$\nand $E(A|B) = E(A,B) - E(B)$.\n"
>>> document = parse_text(text, "a.md")
>>> letter = entropy_letter(document)
>>> letter, with_entropy_letter(document.math[1], letter).text, sorted(variable_letters(document, letter))
('E', 'H(A|B) = H(A,B) - H(B)', ['A', 'B'])
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.found import Found
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import MeasureSymbol
from kldocs.checker.trees import with_symbols

#: ``E(a) = -\sum_{i=1}^n w_i \ln w_i``: the letter, and the factor written twice.
_DEFINED = lazy(
    r"(?<![A-Za-z\\])(?P<letter>[ES])\s*\([^()=]{1,30}\)\s*(?:=|:=|\\equiv)\s*-\s*\\sum(?:_\{[^{}]{0,20}\}|_\w)?"
    r"(?:\^\{?\w{1,3}\}?)?\s*(?P<factor>[a-z](?:_\{?[a-z]\}?)?(?:\^\{\([^(){}]{1,12}\)\}|\^\{[^{}]{1,12}\})?)\s*"
    r"\\(?:ln|log)(?:_\{?\w\}?)?\s*(?P=factor)(?![\w^])"
)
#: Words for the entropy, one of which stands shortly before the definition.
_ENTROPY_WORD = lazy(r"entrop|熵|엔트로피|エントロピー|энтропи", re.IGNORECASE)
#: How far before the definition the word is looked for.
_WORD_REACH = 200
#: Most characters of a formula read for the definition.
_LONGEST = 300
#: Letters conditioned on or related by mutual information: ``H(A|B)``, ``I(A;B)``.
_RELATED = lazy(r"(?<![A-Za-z\\])(?P<name>[HIES])\s*\(\s*(?P<a>[A-T])\s*(?P<sep>\||\\mid|;)\s*(?P<b>[A-T])\s*\)")


def entropy_letter(document: SourceText) -> str | None:
    """``E`` or ``S`` when the document defines that letter as the entropy, else None."""
    for region in document.math:
        if len(region.text) <= _LONGEST and ("E" in region.text or "S" in region.text):
            match = _DEFINED.search(region.text)
            before = document.text[max(0, region.offset - _WORD_REACH) : region.offset]
            if match is not None and _ENTROPY_WORD.search(before):
                return match.group("letter")
    return None


def with_entropy_letter(region: Region, letter: str | None) -> Region:
    """The region with ``H`` for the entropy's letter before a bracket, when the document has one."""
    if letter is None or letter not in region.text:
        return region
    return replace(region, text=re.sub(rf"(?<![A-Za-z\\]){letter}(?=\s*\()", "H", region.text))


def as_meant(item: Found, letter: str | None, renamed: list[tuple[int, int]], variables: frozenset[str]) -> Found:
    """The claim as the document means it: a cross-entropy of two of its random variables as their joint entropy
    (``variables``, see :func:`as_joint`), and the entropy's letter shown as written where ``H`` was put for it
    (in ``renamed``)."""
    if letter is not None and within(item.offset, renamed):
        statement = item.statement
        left, right = (_RENAMED.sub(letter, text) for text in (statement.left_text, statement.right_text))
        item = replace(item, statement=replace(statement, left_text=left, right_text=right))
    return as_joint(item, variables) if variables else item


def within(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` stands in one of the spans (in document order, none overlapping).

    >>> within(12, [(0, 5), (10, 20)]), within(7, [(0, 5), (10, 20)])
    (True, False)
    """
    at = bisect.bisect_right(spans, (offset, offset)) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]


#: ``H`` before a bracket, as :func:`with_entropy_letter` puts it.
_RENAMED = lazy(r"(?<![A-Za-z\\])H(?=\s*\()")


def variable_letters(document: SourceText, letter: str | None) -> frozenset[str]:
    """The letters (other than U to Z) the document conditions on or relates by mutual information."""
    names = {"H", "I", *(letter or "")}
    found: set[str] = set()
    for match in _RELATED.finditer(document.text):
        if match.group("name") in names and (match.group("sep") == ";") == (match.group("name") == "I"):
            found.update((match.group("a"), match.group("b")))
    return frozenset(found)


def as_joint(item: Found, letters: frozenset[str]) -> Found:
    """The claim with each cross-entropy of two of ``letters`` read as their joint entropy."""

    def joint(symbol: MeasureSymbol) -> MeasureSymbol:
        if symbol.measure == "cross_entropy" and symbol.args is not None and set(symbol.args) <= letters:
            return MeasureSymbol("joint_entropy", symbol.args)
        return symbol

    statement = item.statement
    left, right = with_symbols(statement.left, joint), with_symbols(statement.right, joint)
    if left == statement.left and right == statement.right:
        return item
    symbols = tuple(joint(symbol) for symbol in statement.chain_measures)
    return replace(item, statement=replace(statement, left=left, right=right, chain_measures=symbols))
