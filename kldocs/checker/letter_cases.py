"""A letter given a distribution again in its other case in a later section: Part 1's ``P`` and Part 2's ``p``.

A claim may write ``P`` for a distribution defined as ``p`` (code names ``p`` what the prose calls ``P``), so
``p`` defined in a section after the one that defined ``P`` is the ``P`` of the claims after it: the older
binding gives way from that line on. Within one section the two cases may be two distributions (a ``P`` and a
``p`` compared), and both stay.

>>> from kldocs.checker.reading import parse_text
>>> from kldocs.checker.scope import Binding
>>> from kldocs.inputs import parse_distribution
>>> document = parse_text("# One\\n\\nP = (0.9, 0.1)\\n\\n# Two\\n\\np = (0.5, 0.5)\\n", "a.md")
>>> current: dict[str, Binding] = {}
>>> cases = LetterCases(document)
>>> cases.bind(current, Binding("P", parse_distribution("0.9 0.1"), 3, "P = (0.9, 0.1)"), 10)
>>> cases.bind(current, Binding("p", parse_distribution("0.5 0.5"), 7, "p = (0.5, 0.5)"), 35)
>>> sorted(current)
['p']
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kldocs.checker.documents import SourceText
from kldocs.checker.scope import Binding


@dataclass
class LetterCases:
    """The bindings' places, to tell whether a letter's other case was defined in an earlier section."""

    document: SourceText
    placed: dict[str, int] = field(default_factory=dict)

    def bind(self, current: dict[str, Binding], binding: Binding, offset: int) -> None:
        """Put ``binding`` (defined at ``offset``) in force, and remove its letter's other case when that was
        defined in an earlier section (``M``, the mixture's letter, excepted)."""
        name, other = binding.name, binding.name.swapcase()
        current[name], self.placed[name] = binding, offset
        if len(name) != 1 or other == name or name in "Mm" or other not in current:
            return
        if self.document.section(self.placed.get(other, 0)) != self.document.section(offset):
            del current[other]
