r"""Values a line of prose gives, read as claims with the readers of code and formulas (for :mod:`.claims`).

A call with its value in a comment (``stats.entropy(P, Q)  # 0.3195``) or after an arrow, a result under a
formula ("The result is approximately 0.693"), a value printed under a label in words, and a value said again
in words, each but for what the line's other readers took.

>>> from kldocs.checker.reading import parse_text
>>> text = "x = stats.entropy([0.5, 0.5], base=2)  # 1.0\n"
>>> definition, found = prose_comment_claims(parse_text(text, "a.md"), text, 0, {})
>>> definition.text, found.statement.source
('P_1 = (0.5, 0.5)', 'H(P_{1}) = 1.0 bits')
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from kldocs.checker.chains import statements
from kldocs.checker.claim_items import Item
from kldocs.checker.code_comments import CommentClaim, arrow_claims, comment_claims
from kldocs.checker.code_items import Read, claimed
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.found import Found
from kldocs.checker.labelled_lines import as_prose_value, labelled_lines
from kldocs.checker.prose_claims import ProseValue, result_claims
from kldocs.checker.restated_values import Restatements
from kldocs.checker.tokens import tokenize


def labelled_line_claims(document: SourceText, region: Region, read: set[int]) -> Iterator[Read | ProseValue]:
    """Values printed under a label in words (see :mod:`.labelled_lines`), but for those already read at ``read``."""
    for found in labelled_lines(document, region):
        if found.offset in read:
            continue
        if found.formula:
            yield from claimed(document, [CommentClaim(found.text, found.offset)])
        else:
            yield as_prose_value(document, found)


def restated_claims(
    reader: Restatements, region: Region, read: set[int], items: list[Item]
) -> Iterator[Read | ProseValue]:
    """Values said again in words (see :mod:`.restated_values`), but for those the line's other readers took."""
    here = itertools.takewhile(lambda item: item.offset >= region.offset, reversed(items))  # this line's items
    mine = [item for item in here if isinstance(item, Found | ProseValue)]
    read = read | {item.offset for item in mine}
    found = [(item.line, item.statement.text) for item in mine if isinstance(item, Found)]
    for value in reader.values(region, read, found):
        yield from [value] if isinstance(value, ProseValue) else claimed(reader.document, [CommentClaim(*value[::-1])])


def result_statements(document: SourceText, region: Region, displays: list[Region]) -> Iterator[Found]:
    """ "The result is approximately 0.693" under a formula that ends in an expression: a claim about it."""
    for offset, text, _ in result_claims(document, region, displays[-3:]):
        for statement in statements(tokenize(text), text):
            yield Found(document.line(offset), statement, (), offset)


def prose_comment_claims(
    document: SourceText, text: str, offset: int, functions: dict[str, str | None]
) -> Iterator[Read]:
    """``stats.entropy(P, Q)  # 0.3195`` in prose: the value the call returns, says the comment (or an arrow)."""
    if "#" not in text and "→" not in text and "->" not in text:
        return
    for line in text.split("\n"):
        read = comment_claims if "#" in line else arrow_claims
        yield from claimed(document, read(line, offset, functions))
        offset += len(line) + 1
