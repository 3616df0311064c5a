r"""A decision-tree node's entropy worked out under its name: ``H(Weak) = −(6/8)log₂(6/8) − (2/8)log₂(2/8) = 0.811``.

The arithmetic after ``H(Weak)`` is judged alone, and left unchecked because kldocs does not read ``H(Weak)`` as a
measure (:func:`~kldocs.checker.first_sides.unread_first_side`). When the node is written with its class counts above
(``- Wind = Weak: 8 samples (6 Yes, 2 No)``), the node's entropy is read from those counts on the same line
(:mod:`~kldocs.checker.split_claims`, a claim ``H(P_{9}) = 0.811``): that claim holding says the measure has the
value the arithmetic reaches, so the step holds, and is reported once, as the step. A node claim found false leaves
both as they are (the step stays unchecked, the node's value is false).

>>> from kldocs.checker.checked import Checked
>>> step = Checked((9,), "−(6/8)log₂(6/8) − (2/8)log₂(2/8) = 0.811", "expression", "unchecked", None,
...     "the arithmetic is consistent (the left side = 0.8112781245, which rounds to 0.811 at 3 decimal places), "
...     "but it is not compared with H(Weak), which stands before it: kldocs did not read that measure, so whether "
...     "the step holds is not judged")
>>> node = Checked((9,), "H(P_{9}) = 0.811", "entropy", "holds", "0.8112781245", "H(P_9) = 0.8112781245 bits")
>>> [(claim.verdict, claim.note.split("; ")[1]) for _, claim in compared_with_nodes([(5, step), (6, node)])]
[('holds', "H(Weak) is the entropy of the node's class counts, H(P_9) = 0.8112781245 bits")]
"""

from __future__ import annotations

from dataclasses import replace

from kldocs.checker.checked import Checked
from kldocs.checker.lazy_patterns import lazy

#: The note of a step left unchecked because the measure before it was not read (group ``symbol``, ``worked``).
_UNCOMPARED = lazy(
    r"the arithmetic is consistent \((?P<worked>.*)\), but it is not compared with (?P<symbol>.+?), which stands "
    r"before it: "
)
#: A node's entropy read from its class counts (the distribution named by its line).
_NODE = lazy(r"H\(P_\{[0-9]+\}\) = (?P<value>\S+)")


def compared_with_nodes(results: list[tuple[int, Checked]]) -> list[tuple[int, Checked]]:
    """``results`` with each step after an unread ``H(Node)`` judged by its node's counts (see the module)."""
    if not any(claim.kind == "entropy" and claim.text.startswith("H(P_{") for _, claim in results):
        return results
    nodes: dict[tuple[int, str], int] = {}
    for index, (_, claim) in enumerate(results):
        found = _NODE.fullmatch(claim.text) if claim.kind == "entropy" and claim.verdict == "holds" else None
        if found is not None:
            nodes.setdefault((claim.lines[0], found["value"]), index)
    used: set[int] = set()
    out: list[tuple[int, Checked]] = []
    for offset, claim in results:
        uncompared = _UNCOMPARED.match(claim.note) if claim.verdict == "unchecked" else None
        if uncompared is not None and claim.kind == "expression" and "=" in claim.text:
            value = claim.text.rsplit("=", 1)[1].strip()
            node = nodes.get((claim.lines[0], value))
            if node is not None:
                used.add(node)
                measure = results[node][1]
                note = (
                    f"{uncompared['worked']}; {uncompared['symbol']} is the entropy of the node's class counts, "
                    f"{measure.note}"
                )
                base, unit = measure.base, measure.unit
                claim = replace(claim, verdict="holds", value=measure.value, note=note, base=base, unit=unit)
        out.append((offset, claim))
    return [pair for index, pair in enumerate(out) if index not in used]
