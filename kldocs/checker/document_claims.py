r"""Claims read from the whole document at once rather than one by one in reading order.

Closed forms, the rows of derivations, values printed by code from densities
on grids or from a joint table the code writes, and claims about parametric
families (named members and parameters stated one by one) are each found by
their own reader. Where one of them has a claim on a line, what the generic
reading could not check there gives way to it.

>>> from kldocs.checker.reading import parse_text
>>> from kldocs.checker.family_claims import family_checks
>>> document = parse_text("For $N(0, 1)$ the entropy is $h = \\frac12 \\ln(2\\pi e) = 1.419$ nats.\\n", "a.md")
>>> [claim.verdict for _, claim in with_whole_document_claims(document, [], family_checks(document), None)]
['holds']
"""

from __future__ import annotations

from kldocs.checker.checked import Checked
from kldocs.checker.closed_forms import closed_form_claims
from kldocs.checker.derivation_steps import derivation_claims
from kldocs.checker.documents import SourceText
from kldocs.checker.family_claims import Families
from kldocs.checker.grid_claims import grid_claims
from kldocs.checker.printed_tables import printed_table_claims
from kldocs.checker.stated_parameters import parameter_claims


def with_whole_document_claims(
    document: SourceText, results: list[tuple[int, Checked]], families: Families, until: int | None
) -> list[tuple[int, Checked]]:
    """``results`` (offset, claim), judged in reading order, with the whole document's claims added (before
    offset ``until``, where reading stopped)."""
    results = [*results, *closed_form_claims(document, until), *derivation_claims(document, until)]
    on_grids = grid_claims(document, until)  # printed values of densities sampled on grids
    on_grids += printed_table_claims(document, until)  # and of a joint table the code writes
    rows = {document.row(claim.offset) for claim in families.claims}
    stated = [claim for claim in parameter_claims(document, until) if document.row(claim.offset) not in rows]
    rows |= {document.row(claim.offset) for claim in stated}
    rows |= {document.row(offset) for offset, _ in on_grids}
    # A line whose claim is about parametric families: what could not be read there generically gives way.
    results = [
        (offset, claim) for offset, claim in results if claim.verdict != "unchecked" or document.row(offset) not in rows
    ]
    results += on_grids
    for claim in [*families.claims, *stated]:
        line = document.line(claim.offset)
        fields = (claim.kind, claim.verdict, claim.value, claim.note, claim.base, claim.unit)
        results.append((claim.offset, Checked((line,), claim.text, *fields)))  # type: ignore[arg-type]
    return results
