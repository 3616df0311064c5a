r"""Distributions a sentence names and lists in words: "True distribution $p$: A: 0.4, B: 0.3, C: 0.2, D: 0.1",
"distributed as per $q(x)$: $0.25$, $0.25$, $0.25$ and $0.25$", "probabilities 0.5, 0.25 and 0.25 respectively. Let us
call this distribution $p(x)$", "With p: sun: 0.7, rain: 0.3".

A list is a distribution here only when it clearly is one: its name (``p``, ``q``, ``P``, ``Q``, maybe with an index)
follows the word "distribution" (or "distributed as per", "distributed according to") and a colon, and its items are
probabilities of named outcomes (``A: 0.4``) or plain probabilities, two or more, summing to exactly 1; or the list
follows "probabilities" and the next sentence calls it by that name ("call this distribution $p$", "denote it by
$Q$"); or the name follows "with", "for", "take", "using" or "let" and a colon ("With p: sun: 0.7, rain: 0.3",
"For $q$: 0.6, 0.4"). The definition is in force from its line on, to the end of its exercise or example (a heading
that starts a new one): such lists are examples' data, and a page's next example reuses their names.

>>> from kldocs.checker.reading import parse_text
>>> page = "True probability distribution $p$: A: 0.4, B: 0.3, C: 0.2, D: 0.1.\n"
>>> [(d.name, d.written, d.labels) for d in named_lists(parse_text(page, "a.md"))]
[('p', ('0.4', '0.3', '0.2', '0.1'), ('A', 'B', 'C', 'D'))]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

#: Named lists read in one document at most.
MAX_LISTS = 2000

#: A probability: a decimal, ``a/b`` or ``\frac{a}{b}``, maybe in its own ``$...$``.
_NUMBER = r"\$?\s?(?:[0-9]++(?:\.[0-9]++)?(?:\s?/\s?[0-9]++)?|\\[dt]?frac\{[0-9]++\}\{[0-9]++\})(?:\s?\$)?"
#: A probability after its outcome's label, if any (``A: 0.4``, ``sunny = 0.4``, ``3: 1/6``).
_LABELLED = r"(?:(?P<label>[A-Za-z][A-Za-z0-9]{0,11}|[0-9]{1,3})\s?[:=]\s?)?(?P<value>" + _NUMBER + ")"
_UNNAMED = re.sub(r"\(\?P<\w+>", "(?:", _LABELLED)  # the same, its groups unnamed to be repeated
_ITEMS = _UNNAMED + r"(?:\s?(?:,|;|,? and)\s?" + _UNNAMED + "){1,63}"
#: The distribution's name, maybe in maths, maybe with its argument: ``$q(x)$``.
_NAME = r"\$?\s?(?P<name>[PQpq](?:_\{?[0-9A-Za-z]\}?)?)(?:\s?\(\s?x\s?\))?\s?\$?"
#: "distribution $p$: A: 0.4, ...", "distributed as per $q(x)$: 0.25, ...".
_NAMED = lazy(
    r"(?:distribution|distributed (?:as per|according to))\s" + _NAME + r"\s?:\s?(?P<items>" + _ITEMS + ")",
    re.IGNORECASE,
)
#: "probabilities 0.5, 0.25 and 0.25 respectively. Let us call this distribution $p(x)$."
_CALLED = lazy(
    r"probabilities\s(?P<items>" + _ITEMS + r")(?:\s?respectively)?\s?[.;,]\s?"
    r"(?:let us |let's |we )?(?:call|denote|name) (?:this|it|the) (?:distribution )?(?:by |as )?" + _NAME,
    re.IGNORECASE,
)
#: "With p: sun: 0.7, rain: 0.3", "For $q$: 0.6, 0.4".
_INTRODUCED = lazy(r"\b(?:with|for|take|using|let)\s" + _NAME + r"\s?:\s?(?P<items>" + _ITEMS + ")", re.IGNORECASE)
_ITEM = lazy(_LABELLED)


@dataclass(frozen=True)
class NamedList(DistributionDefinition):
    """A distribution a sentence names and lists: in force to the end of its exercise or example."""


_FRACTION = lazy(r"\\[dt]?frac\{([0-9]++)\}\{([0-9]++)\}")


def named_lists(document: SourceText) -> Iterator[NamedList]:
    """The distributions the prose names and lists (see the module's docstring), in document order."""
    text = document.text
    lists = 0
    for paragraph in document.paragraphs:
        end = text.find("\n", paragraph.offset + len(paragraph.text))  # a paragraph's text may be shorter than
        raw = text[paragraph.offset : end if end >= 0 else len(text)]  # its source (LaTeX): to the end of the line
        patterns = [_NAMED, _CALLED] if "istribut" in raw or "robabilit" in raw else []
        if ":" in raw:
            patterns.append(_INTRODUCED)
        found = sorted(
            (match for pattern in patterns for match in pattern.finditer(raw)), key=lambda match: match.start()
        )
        lists += len(found)
        if lists > MAX_LISTS:
            return
        for match in found:
            definition = _definition(document, match, paragraph.offset)
            if definition is not None:
                yield definition


def _definition(document: SourceText, match: re.Match[str], start: int) -> NamedList | None:
    """The list of ``match`` as a definition, when its items are probabilities that sum to 1 and are all labelled
    or none is."""
    items = [(item["label"], _plain(item["value"])) for item in _ITEM.finditer(match["items"])]
    labels = tuple(label for label, _ in items if label is not None)
    if labels and (len(labels) != len(items) or len(set(labels)) != len(labels)):
        return None
    try:
        values = tuple(Fraction(value) for _, value in items)
    except (ValueError, ZeroDivisionError):
        return None
    if len(values) < 2 or any(not 0 <= value <= 1 for value in values) or sum(values) != 1:
        return None
    name = re.sub(r"[{}]", "", match["name"])
    written = tuple(value for _, value in items)
    offset = start + match.start("items")
    shown = f"{name} = ({', '.join(written)})"
    return NamedList(document.line(offset), shown, name, values, written, labels or None, offset)


def _plain(value: str) -> str:
    r"""A probability as written, without its dollars and spaces, ``\frac{1}{4}`` as ``1/4``."""
    value = re.sub(r"[\s$]", "", value)
    return _FRACTION.sub(lambda match: f"{match[1]}/{match[2]}", value)
