r"""Claims quoted to be corrected: a blockquote that the paragraph right below it calls wrong.

Question-and-answer pages, course forums and e-mail replies quote the claim they answer (``> KL divergence is
symmetric``) and correct it in the next paragraph ("This is not right: ...", "No.", "C'est faux.").
The quote is not the page's own claim, so a claim in it is not called false; the note says why.

>>> lines = ["> KL divergence is symmetric.", "", "This is not right: take P = (0.9, 0.1)."]
>>> corrected_quote(lines, 0)
'This is not right'
>>> corrected_quote(["> H(P) = 1 bit.", "", "Indeed, and more:"], 0) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kldocs.checker.checked import Checked
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.negations import denial_opening

#: A line of a Markdown blockquote (not an interactive session's ``>>>``).
_QUOTED = lazy(r"[ \t]{0,3}>(?!>)")
#: How far a quote, and the blank lines after it, are followed.
_REACH = 40


def corrected_quote(lines: Sequence[str], row: int) -> str | None:
    """The words that correct the blockquote holding ``lines[row]``, or None when it is no quote or stands."""
    if row >= len(lines) or not _QUOTED.match(lines[row]):
        return None
    end = row
    while end < len(lines) and end - row < _REACH and _QUOTED.match(lines[end]):
        end += 1
    while end < len(lines) and end - row < _REACH and not lines[end].strip():
        end += 1
    if end >= len(lines) or end - row >= _REACH or _QUOTED.match(lines[end]):
        return None
    return denial_opening(lines[end][:200])


def unless_quoted(document: SourceText, results: list[tuple[int, Checked]]) -> list[tuple[int, Checked]]:
    """``results`` with each false claim of a blockquote that the next paragraph corrects left unchecked."""
    if document.format == "latex" or not any(checked.verdict == "false" for _, checked in results):
        return results
    lines = document.text.split("\n")
    kept = []
    for offset, checked in results:
        denial = corrected_quote(lines, document.row(offset)) if checked.verdict == "false" else None
        if denial is not None:
            note = f"quoted to be corrected (the paragraph below opens “{denial}”): not the document's claim"
            checked = replace(checked, verdict="unchecked", value=None, note=note)
        kept.append((offset, checked))
    return kept
