r"""Values that code states in a comment after computing a measure: ``stats.entropy(P, Q)  # 0.3195``.

``scipy.stats.entropy(p)`` is the entropy of ``p`` and ``scipy.stats.entropy(p, q)``
the KL divergence ``D_KL(p||q)``, both in nats unless ``base=`` says otherwise.
A number in the comment after such a call is what the writer says it
returns: a claim about that measure of the distributions the code names.
A number printed by a program to 16 digits is read to 10 significant digits,
so that floating-point noise in its last digits is not called a mistake.

>>> [claim.text for claim in comment_claims("print(stats.entropy(p, q, base=2))  # 0.0365 bits", 0)]
['D_KL(p||q) = 0.0365 bits']
>>> [claim.text for claim in comment_claims("entropy(P)  # 1.0549201679861442", 0)]
['H(P) = 1.054920168 nats']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

_NAME = r"[A-Za-z](?:_?[A-Za-z0-9])?"
_CALL = re.compile(
    r"(?<![\w.])(?:(?:scipy\.)?stats\.)?entropy\(\s*(?P<first>" + _NAME + r")\s*"
    r"(?:,\s*(?:qk\s*=\s*)?(?P<second>" + _NAME + r")\s*)?"
    r"(?:,\s*base\s*=\s*(?P<base>2|10|np\.e|math\.e)\s*)?\)\)?\s*#\s*(?:=|->|→|returns?:?|output:?)?\s*"
    r"(?P<about>~|≈|about\s+|approx(?:\.|imately)?\s+)?(?P<number>-?[0-9]+\.[0-9]+(?:[eE]-?[0-9]+)?)(?![0-9.])",
    re.IGNORECASE,
)
_UNITS = {"2": "bits", "10": "bans"}
#: Significant digits a value printed by a program is read to.
PRINTED_DIGITS = 10


@dataclass(frozen=True)
class CommentClaim:
    """A claim read from a comment: its text (a formula kldocs reads) and where the number is."""

    text: str
    offset: int


def comment_claims(line: str, offset: int) -> Iterator[CommentClaim]:
    """The claims the comments of one line of code make about ``entropy(...)`` calls on it."""
    for match in _CALL.finditer(line):
        first, second = match.group("first"), match.group("second")
        symbol = f"D_KL({first}||{second})" if second else f"H({first})"
        unit = _UNITS.get(match.group("base") or "", "nats")
        relation = "≈" if match.group("about") else "="
        number = _printed(match.group("number"))
        yield CommentClaim(f"{symbol} {relation} {number} {unit}", offset + match.start("number"))


def _printed(written: str) -> str:
    """A float as a program prints it, cut to :data:`PRINTED_DIGITS` significant digits when longer."""
    value = Decimal(written)
    digits = len(value.as_tuple().digits)
    if digits <= PRINTED_DIGITS or "e" in written.lower():
        return written
    return format(round(value, PRINTED_DIGITS - value.adjusted() - 1), "f")
