"""Claims a document makes twice (a slide build, a value said on two lines) reported once, with all their lines.

>>> from kldocs.checker.checked import Checked
>>> claim = Checked((3,), "H(P) = 1", "entropy", "holds", "1", "H(P) = 1 bit exactly", "2", "bits")
>>> [item.lines for item in merged([claim, replace(claim, lines=(9,))])]
[(3, 9)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kldocs.checker.checked import Checked

#: Why a claim is read in each usual base, by what :meth:`BaseRules.for_claim` found.
NO_BASE = {
    "any": "the document names no log base",
    "elsewhere": "its section (or cell) names no log base, only others do",
    "plain log": "it writes log, not the \\ln that names the document's base",
    "library": "it is printed by a library's measures, in the library's own unit",
    "values": "its section gives its values in bits, and the document none in another unit",
}


def merged(claims: Sequence[Checked]) -> list[Checked]:
    """Identical claims (same text, kind, verdict, value, unit and note) become one, with all their lines.

    A slide build that ends its chain in a unit and one that does not are the
    same claim when both are read in that unit.
    """
    first: dict[tuple[object, ...], Checked] = {}
    lines: dict[tuple[object, ...], set[int]] = {}
    for claim in claims:
        note = claim.note
        for reason in NO_BASE.values():
            note = note.removesuffix(f" (read in {claim.unit}: {reason})")
        key = (claim.kind, claim.text, claim.verdict, claim.value, claim.unit, note, claim.cell, claim.output)
        first.setdefault(key, claim)
        lines.setdefault(key, set()).update(claim.lines)
    return [replace(claim, lines=tuple(sorted(lines[key]))) for key, claim in first.items()]
