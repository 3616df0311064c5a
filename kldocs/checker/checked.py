"""A claim with its verdict (:class:`Checked`) and a document's report (:class:`Report`), as
:mod:`~kldocs.checker.verdicts` makes them and :mod:`~kldocs.checker.report` shows them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from kldocs.checker.bases import BaseChoice
from kldocs.checker.judging import Verdict
from kldocs.checker.unread import Unread

#: Every kind of claim, as it appears in reports.
KINDS = (
    "definition",
    "kl",
    "entropy",
    "cross_entropy",
    "jsd",
    "jeffreys",
    "js_distance",
    "expression",
    "identity",
    "jsd_definition",
    "symmetry",
    "bound",
    "metric",
)


@dataclass(frozen=True)
class Checked:
    """One claim and its verdict, as reported.

    Attributes
    ----------
    lines
        Every line the claim appears on (slide builds repeat claims).
    text
        The claim as written.
    kind
        One of :data:`KINDS`.
    verdict
        ``"holds"``, ``"false"`` or ``"unchecked"``.
    value
        The correct value as a decimal string, or None when there is no single number.
    note
        Why, in one sentence.
    base, unit
        The log base the value was read in (``"e"``, ``"2"``, ``"10"``) and its unit
        (``"nats"``, ``"bits"``, ``"bans"``); None when the claim has no value in a unit.
    cell, output
        For a notebook: the cell, and whether the lines count within its printed output.
    """

    lines: tuple[int, ...]
    text: str
    kind: str
    verdict: Verdict
    value: str | None
    note: str
    base: str | None = None
    unit: str | None = None
    cell: int | None = None
    output: bool = False


@dataclass(frozen=True)
class Report:
    """Every claim of a document with its verdict."""

    file: str
    claims: tuple[Checked, ...]
    base: BaseChoice
    unread: tuple[Unread, ...] = ()

    @property
    def false_count(self) -> int:
        return sum(1 for claim in self.claims if claim.verdict == "false")

    def count(self, verdict: Verdict) -> int:
        return sum(1 for claim in self.claims if claim.verdict == verdict)


def left_unchecked(
    results: list[tuple[int, Checked]], why: Callable[[int, Checked], str | None]
) -> list[tuple[int, Checked]]:
    """``results`` (each claim with its offset) with every claim that ``why`` gives a reason for left unchecked,
    that reason its note.

    >>> claim = Checked((1,), "log 0 = 0", "expression", "false", "-inf", "the left side = -inf")
    >>> [(c.verdict, c.note) for _, c in left_unchecked([(0, claim)], lambda offset, c: "a convention")]
    [('unchecked', 'a convention')]
    """
    kept = []
    for offset, checked in results:
        reason = why(offset, checked)
        kept.append(
            (offset, checked if reason is None else replace(checked, verdict="unchecked", value=None, note=reason))
        )
    return kept
