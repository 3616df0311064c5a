r"""Distributions a line gives as labelled outcomes after a name: "la ville A : sec 0,9 / pluvieux 0,1",
"- City B: dry 0.5, rainy 0.5", "Quelle Q: a 1/4 | b 3/4", "도시 A: 맑음 0.8 / 비 0.2".

A line (maybe a list item), or each of two or more parts of one joined by "and" ("et", "y", "und", ...), whose words
end in a one-letter name (``A``, ``$Q$``) and a colon, followed by two to
sixteen outcomes, each a word and its probability (a decimal with a point or a decimal comma, or a fraction), set
apart by ``/``, ``|``, ``;`` or a comma (the line may end in a stop or a comma), defines that distribution when
the probabilities sum to exactly 1. The outcome's word comes before its probability; a name that is a measure's
(``H``, ``D``, ``I``) is no distribution.

>>> from kldocs.checker.reading import parse_text
>>> page = "- la ville A : sec 0,9 / pluvieux 0,1\n- la ville B : sec 0,5 / pluvieux 0,5\n"
>>> [(d.name, d.written, d.labels) for d in outcome_lists(parse_text(page, "a.md"))]
[('A', ('0.9', '0.1'), ('sec', 'pluvieux')), ('B', ('0.5', '0.5'), ('sec', 'pluvieux'))]
>>> list(outcome_lists(parse_text("Team A: wins 3, losses 1\n", "a.md")))
[]
>>> page = "Soit la ville A : sec 0,9 / pluvieux 0,1 et la ville B : sec 0,5 / pluvieux 0,5.\n"
>>> [(d.name, d.written) for d in outcome_lists(parse_text(page, "a.md"))]
[('A', ('0.9', '0.1')), ('B', ('0.5', '0.5'))]

The outcomes of a later line are put in the order the first line with the same outcomes gives them, so that the
two distributions are compared outcome by outcome:

>>> page = "A: dry 0.9 / rain 0.1\nB: rain 0.2 / dry 0.8\n"
>>> [(d.name, d.written) for d in outcome_lists(parse_text(page, "a.md"))]
[('A', ('0.9', '0.1')), ('B', ('0.8', '0.2'))]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.named_lists import NamedList

#: A probability: ``0,9``, ``0.25``, ``1/4``, ``1``, maybe in its own ``$...$`` (``0{,}9`` as TeX writes it).
_VALUE = r"\$?(?:[0-9]{1,3}\s?/\s?[0-9]{1,4}|0(?:[.,]|\{,\})[0-9]{1,8}|[01](?![.,]?[0-9]))\$?"
#: An outcome's word and its probability: ``sec 0,9``, ``rainy = 0.5``, ``맑음 0.8``.
_OUTCOME = r"[^\W\d_][\w'’-]{0,15}(?:\s[^\W\d_][\w'’-]{0,15})?\s?[=:：]?\s?" + _VALUE
_SEPARATOR = r"\s?[/|;,，、]\s?"
#: The line: words, a one-letter name and a colon, then the outcomes.
_AND = r"[,;]?[ \t]+(?:and|et|y|und|e|ed|и|og|en)[ \t]+"
_LINE = lazy(
    r"(?:^[ \t]*+(?:[-*+•][ \t]++)?|(?<=[0-9$])"
    + _AND
    + r")(?:[^\W\d_][\w'’]*\s){0,3}\$?(?P<name>[A-Z]|[pq])\$?\s?[:：]\s?"
    r"(?P<items>" + _OUTCOME + r"(?:" + _SEPARATOR + _OUTCOME + r"){1,15})[ \t]*(?:[.;,]?[ \t]*$|(?=" + _AND + r"))",
    re.MULTILINE,
)
_ITEM = lazy(r"(?P<label>[^\W\d_][\w'’-]{0,15}(?:\s[^\W\d_][\w'’-]{0,15})?)\s?[=:：]?\s?(?P<value>" + _VALUE + ")")
#: Letters that name measures, not distributions.
_MEASURES = frozenset("HDIJ")


def outcome_lists(document: SourceText) -> Iterator[NamedList]:
    """The distributions given as labelled outcomes after a name (see the module's docstring), in order."""
    text = document.text
    if ":" not in text and "：" not in text:
        return
    orders: dict[frozenset[str], tuple[str, ...]] = {}  # the first order each set of outcomes is given in
    for match in _LINE.finditer(text):
        if match["name"] in _MEASURES:
            continue
        items = [(item["label"], _plain(item["value"])) for item in _ITEM.finditer(match["items"])]
        folded = tuple(label.casefold() for label, _ in items)
        order = orders.setdefault(frozenset(folded), folded)
        items = [item for _, item in sorted(zip(folded, items, strict=True), key=lambda pair: order.index(pair[0]))]
        labels = tuple(label for label, _ in items)
        values = tuple(Fraction(value) for _, value in items)
        if len(set(labels)) != len(labels) or any(value > 1 for value in values) or sum(values) != 1:
            continue
        written = tuple(value for _, value in items)
        offset = match.start("items")
        shown = f"{match['name']} = ({', '.join(written)})"
        yield NamedList(document.line(offset), shown, match["name"], values, written, labels, offset)


def _plain(value: str) -> str:
    """A probability as written, its decimal comma a point, without dollars and spaces: ``0{,}9`` as ``0.9``."""
    return re.sub(r"[\s$]", "", value).replace("{,}", ".").replace(",", ".")
