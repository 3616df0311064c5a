r"""A conditional entropy worked out as the per-case entropies a table gives, each weighted by its case's probability.

``H(X|Y) = 0.322\cdot P(a) + 0.918\cdot P(b) = 0.560`` under a Markdown table with a row for each case (``a``,
``b`` or ``Y = a``), a column of probabilities (headed ``P(Y=y)``, ``p(y)``, "probability", 확률, 概率, ...) and maybe a
column of entropies (headed ``H(X|Y=y)`` or "entropy"): each ``P(case)`` is that row's probability, and the sum is
judged as the arithmetic it is. It is read only when the formula uses every row of the table once, the
probabilities sum to 1, and each entropy written in it is the one the table gives for its case (else the author
may mean another table). The formula's own values of the per-case entropies are taken from the table, not judged.

>>> from kldocs.checker.reading import parse_text
>>> page = "| y | P(Y=y) | H(X\\|Y=y) |\n|---|---|---|\n| a | 0.6 | 0.322 |\n| b | 0.4 | 0.918 |\n\n"
>>> page += "$$H(X|Y) = 0.322\\cdot P(a) + 0.918\\cdot P(b) = 0.406$$\n"
>>> [claim.text for claim in case_weight_claims(parse_text(page, "a.md"))]
['H(X|Y) = 0.322 \\cdot 0.6 + 0.918 \\cdot 0.4 = 0.406']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.code_items import Read, claimed
from kldocs.checker.documents import SourceTable, SourceText
from kldocs.checker.found import Found
from kldocs.checker.latex_numbers import MeasureNode
from kldocs.checker.lazy_patterns import lazy

#: A number as a table cell or a formula writes it.
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
#: A case's probability in a formula: ``P(a)``, ``p(Y=b)``, ``\Pr(y_1)``.
_CASE = r"(?:\\Pr|P|p)\s?\(\s?(?:[A-Z]\s?=\s?)?(?P<{0}>[A-Za-z0-9_{{}}]{{1,12}}|[가-힣一-鿿]{{1,6}})\s?\)"
#: A product sign between a weight and an entropy, or none.
_TIMES = r"\s?(?:\\cdot|\\times|·|×|\*)?\s?"
#: One term: an entropy times a case's probability, either first.
_TERM = rf"(?:(?P<{{0}}h>{_NUMBER}){_TIMES}{_CASE}|{_CASE.replace('{0}', '{0}r')}{_TIMES}(?P<{{0}}hr>{_NUMBER}))"
#: The left side and the start of the sum: ``H(X|Y) =``.
_LEFT = lazy(r"H\s?\(\s?[A-Z]\s?(?:\||\\mid|∣)\s?[A-Z]\s?\)\s?=\s?")
_TERM_RE = lazy(_TERM.format("t").replace("{t}", "t"))
#: The value after the sum: ``= 0.560``, ``\approx 0.56``.
_VALUE = lazy(rf"\s?(?P<relation>=|≈|\\approx)\s?(?P<value>{_NUMBER})")
#: A header that names a probability (not a conditional one) and one that names an entropy.
_PROBABILITY_HEADER = lazy(
    r"^\$?\s?(?:\\Pr|P|p|Pr)\s?(?:\([^|∣]*\)|_\{?\w+\}?)?\s?\$?$"
    r"|probab|wahrscheinlich|вероятн|확률|概率|確率",
    re.IGNORECASE,
)
_ENTROPY_HEADER = lazy(r"H\s?\(|entrop|энтроп|엔트로피|熵|エントロピー", re.IGNORECASE)
#: How far above a formula its table may end.
REACH = 3000


def case_weight_claims(document: SourceText, until: int | None = None) -> Iterator[CommentClaim]:
    """Each conditional entropy worked out from a table's cases (see the module's docstring), as arithmetic, in the
    formulas before ``until`` (where reading stopped)."""
    if not document.tables:
        return
    tables = sorted(document.tables, key=lambda table: table.offset)
    starts = [table.offset for table in tables]
    for region in document.math:
        if until is not None and region.offset >= until:
            break
        left = _LEFT.search(region.text) if "H" in region.text else None
        if left is None:
            continue
        table = _table_above(tables, starts, region.offset)
        if table is None:
            continue
        claim = _substituted(region.text, left.end(), table)
        if claim is not None:  # the measure's name kept: arithmetic alone is no claim
            yield CommentClaim(f"{left.group().strip()} {claim}", region.offset + left.start())


def case_weight_items(document: SourceText, until: int | None = None) -> Iterator[Read]:
    """The arithmetic steps of :func:`case_weight_claims`, read; the step from the measure's name to the weighted sum
    is left out (its note would say the measure needs a joint distribution, which the table stands for)."""
    for item in claimed(document, case_weight_claims(document, until)):
        if not (isinstance(item, Found) and isinstance(item.statement.left, MeasureNode)):
            yield item


def _table_above(tables: list[SourceTable], starts: list[int], offset: int) -> SourceTable | None:
    """The last of ``tables`` that starts before ``offset`` (``starts``: their offsets, in order), if it ends within
    :data:`REACH` characters of it."""
    at = bisect.bisect_left(starts, offset)
    if at == 0:
        return None
    table = tables[at - 1]
    end = table.rows[-1][0] if table.rows else table.offset
    return table if offset - end <= REACH else None


def _substituted(text: str, at: int, table: SourceTable) -> str | None:
    """The sum from ``at`` with each case's probability put in from ``table``, and its value; None when not read."""
    terms: list[tuple[str, str]] = []  # (entropy as written, case)
    while True:
        term = _TERM_RE.match(text, at)
        if term is None:
            return None
        entropy = term.group("th") or term.group("thr")
        terms.append((entropy, term.group("t") or term.group("tr")))
        at = term.end()
        plus = re.match(r"\s?\+\s?", text[at:])
        if plus is None:
            break
        at += plus.end()
    value = _VALUE.match(text, at)
    if value is None or len(terms) < 2:
        return None
    cases = _cases(table)
    if cases is None or sorted(case for _, case in terms) != sorted(cases):
        return None
    written = []
    for entropy, case in terms:
        probability, listed = cases[case]
        if listed is not None and Fraction(listed) != Fraction(entropy):
            return None  # not the entropy the table gives for this case
        written.append(f"{entropy} \\cdot {probability}")
    return f"{' + '.join(written)} {value.group('relation')} {value.group('value')}"


def _cases(table: SourceTable) -> dict[str, tuple[str, str | None]] | None:
    """Each case the table's first column names, with its probability and its entropy (None without that column);
    None when the table has no column of probabilities that sum to 1."""
    header = [cell.strip() for cell in table.header]
    probability = next((i for i, cell in enumerate(header) if i and _PROBABILITY_HEADER.search(cell)), None)
    entropy = next((i for i, cell in enumerate(header) if i and _ENTROPY_HEADER.search(cell)), None)
    if probability is None or probability == entropy:
        return None
    cases: dict[str, tuple[str, str | None]] = {}
    for _, row in table.rows:
        cells = [cell.strip().strip("$*` ") for cell in row]
        if len(cells) != len(header):
            return None
        case = re.sub(r"^[A-Z]\s?=\s?", "", cells[0]).strip("$ ")
        given = cells[probability]
        listed = cells[entropy] if entropy is not None else None
        if not re.fullmatch(rf"{_NUMBER}(?:/[1-9][0-9]*)?", given) or case in cases:
            return None
        if listed is not None and not re.fullmatch(_NUMBER, listed):
            return None
        cases[case] = (given, listed)
    if sum((Fraction(given) for given, _ in cases.values()), Fraction(0)) != 1:
        return None
    return cases
