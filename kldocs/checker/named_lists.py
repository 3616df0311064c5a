r"""Distributions a sentence names and lists in words: "True distribution $p$: A: 0.4, B: 0.3, C: 0.2, D: 0.1",
"distributed as per $q(x)$: $0.25$, $0.25$, $0.25$ and $0.25$", "probabilities 0.5, 0.25 and 0.25 respectively. Let us
call this distribution $p(x)$", "With p: sun: 0.7, rain: 0.3".

A list is a distribution here only when it clearly is one: its name (``p``, ``q``, ``P``, ``Q``, maybe with an index)
follows the word "distribution" (or "distributed as per", "distributed according to") and a colon, and its items are
probabilities of named outcomes (``A: 0.4``) or plain probabilities, two or more, summing to exactly 1; or the list
follows "probabilities" and the next sentence calls it by that name ("call this distribution $p$", "denote it by
$Q$"); or a random variable's list in brackets follows "the distribution of X is" (or "X has the distribution",
"Die Verteilung von X ist", "X 的分布为", "X の分布は", "X의 분포는"), maybe with a second one right after it
("and for Y (1/4, 1/4, 1/4, 1/4)"), not for a conditional distribution; or the name follows "with", "for", "take",
"using" or "let" and a colon ("With p: sun: 0.7, rain: 0.3", "For $q$: 0.6, 0.4"). The definition is in force from
its line on, to the end of its exercise or example (a heading that starts a new one): such lists are examples' data,
and a page's next example reuses their names.

>>> from kldocs.checker.reading import parse_text
>>> page = "True probability distribution $p$: A: 0.4, B: 0.3, C: 0.2, D: 0.1.\n"
>>> [(d.name, d.written, d.labels) for d in named_lists(parse_text(page, "a.md"))]
[('p', ('0.4', '0.3', '0.2', '0.1'), ('A', 'B', 'C', 'D'))]
>>> page = "The marginal distribution of X is (1/2, 1/2) and for Y (1/4, 3/4).\n"
>>> [(d.name, d.written) for d in named_lists(parse_text(page, "a.md"))]
[('X', ('1/2', '1/2')), ('Y', ('1/4', '3/4'))]
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
#: A random variable's name, maybe in maths: ``X``, ``$Y$``, ``y``, ``X_1``.
_VARIABLE = r"\$?\s?(?P<name>(?![HDJa](?![A-Za-z]))[A-Za-z](?:_\{?[0-9A-Za-z]\}?)?)(?![A-Za-z0-9(])\s?\$?"
#: The list of a variable's distribution, in brackets: ``(1/2, 1/4, 1/4)``, ``[0.5; 0.5]``, ``（0.5, 0.5）``; not
#: followed by a condition ("(0.5, 0.5) given Y = 1").
_BRACKETED = (
    r"\$?\s?[(\[（]\s?(?P<items>" + _ITEMS + r")\s?[)\]）]\s?\$?"
    r"(?!\s?,?\s?(?:given|when|if|conditional|conditioned|provided)\b)"
)
#: "The (marginal) distribution of X is (1/2, 1/4, 1/4)", in several languages (not after "conditional": that is
#: a distribution given something).
_OF_VARIABLE = lazy(
    r"(?:[Dd]istribution|[Vv]erteilung|[Dd]istribución|[Dd]istribuição|[Ll]oi|[Рр]аспределение(?:\sвеличины)?)\s"
    r"(?:of\s|for\s|von\s|de\s|du\s|da\s|do\s|del\s)?" + _VARIABLE + r"\s?"
    r"(?:is\s|ist\s|est\s|es\s|é\s|equals\s|равно\s|:\s?|=\s?|—\s?)?" + _BRACKETED
)
_CONDITIONAL = lazy(r"[Cc]onditional\s(?:marginal\s)?$")
#: "X has the distribution (...)", "X is distributed as (...)", "X 的分布为 (...)", "X の分布は", "X의 분포는": looked
#: for only where one of :data:`_HAS_CUES` stands.
_HAS_VARIABLE = lazy(
    _VARIABLE + r"\s?(?:has\s(?:the\s)?distribution\s|is\sdistributed\sas\s"
    r"|的(?:边缘|邊緣)?分布(?:为|為|是)\s?[:：]?|の(?:周辺)?分布は\s?|의\s?(?:주변\s?)?분포는\s?)" + _BRACKETED
)
_HAS_CUES = ("distribution ", "distributed as", "分布", "분포")
#: A second variable's list right after the first's: "... and for Y (1/4, 1/4, 1/4, 1/4)", "and that of Y is (...)".
_AND_VARIABLE = lazy(
    r"\s?[,;]?\s?(?:and|und|et|y|e|и|和|与)\s?(?:(?:for|of|that of|für|von|pour|de|para|для)\s)?"
    + _VARIABLE
    + r"\s?(?:is\s|ist\s|est\s|es\s|é\s|:\s?|=\s?)?"
    + _BRACKETED
)
#: Words one of which a paragraph holds when it may name and list a distribution.
_CUES = ("istribu", "robabilit", "erteilung", "oi d", "аспределени", "分布", "분포")
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
        matches: list[re.Match[str]] = []
        if any(cue in raw for cue in _CUES):
            matches += [*_NAMED.finditer(raw), *_CALLED.finditer(raw), *_variables(raw)]
        if ":" in raw:
            matches += _INTRODUCED.finditer(raw)
        found = sorted(matches, key=lambda match: match.start())
        lists += len(found)
        if lists > MAX_LISTS:
            return
        for match in found:
            definition = _definition(document, match, paragraph.offset)
            if definition is not None:
                yield definition


def _variables(raw: str) -> Iterator[re.Match[str]]:
    """The lists of "distribution of X is (...)", each with the list of "and for Y (...)" right after it."""
    if not any(bracket in raw for bracket in "([（"):
        return
    has = any(cue in raw for cue in _HAS_CUES)
    for match in sorted(
        [*_OF_VARIABLE.finditer(raw), *(_HAS_VARIABLE.finditer(raw) if has else ())], key=lambda found: found.start()
    ):
        if _CONDITIONAL.search(raw, max(0, match.start() - 24), match.start()):
            continue
        yield match
        following = _AND_VARIABLE.match(raw, match.end())
        if following is not None:
            yield following


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
