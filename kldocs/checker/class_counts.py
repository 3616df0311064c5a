r"""The class counts of a decision tree's node as lessons write them: ``[9+, 5-]``, ``(9 yes, 5 no)``, ``是9个，否5个``.

A node (a set of training examples) is written by how many examples of each class it holds: with signs
(``[9+, 5-]``, ``(2+, 3−)``), or with the class words of a yes/no label in the languages the checker reads
(``9 yes, 5 no``, ``Yes: 9, No: 5``, ``9 positive and 5 negative``, ``9 sí y 5 no``, ``9 ja, 5 nein``,
``예 9개, 아니오 5개``, ``正例9个，反例5个``, ``はい 9 件、いいえ 5 件``). The counts are given in one order, the
positive class first, whatever order the text writes them in. The name written right before a node
(``S_sunny = [2+, 3-]``, ``Sunny [2+, 3-]``, ``Sunny: 2 yes, 3 no``, ``Sunny (2 yes, 3 no)``) is its name.

>>> [(node.name, node.counts) for node in nodes("Sunny [2+, 3-], Overcast [4+, 0-] and S_{rain} = (3 yes, 2 no)")]
[('Sunny', (2, 3)), ('Overcast', (4, 0)), ('S_{rain}', (3, 2))]
>>> [node.counts for node in nodes("好瓜 8 个，坏瓜 9 个")]
[(8, 9)]
>>> key("S_{\\text{Sunny}}"), keys("Outlook=Sunny")
('s_sunny', ('outlook=sunny', 'sunny'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.screens import mentions

#: The words of the positive and of the negative class (the negative's first: "don't play" holds "play").
_NEGATIVE = (
    r"don'?t\s+play|not\s+play|no|negatives?|neg|nein|non|n[ãa]o|нет|否|아니오|아니요|いいえ|反例|负例|負例|"
    r"负样本|坏瓜|壞瓜|negativ[oa]s?|n[ée]gatifs?|negative|failures?|fracasos?|[ée]checs?|Misserfolge?|fracassos?|"
    r"失败|失敗|실패"
)
_POSITIVE = (
    r"yes|positives?|pos|s[ií]|ja|oui|sim|да|是|예|네|はい|正例|正样本|好瓜|play|positiv[oa]s?|positifs?|positive|"
    r"success(?:es)?|[ée]xitos?|succ[èe]s|Erfolge?|sucessos?|成功|성공"
)
#: Every class word, for a count of one class alone (``2 failures``).
CLASS_WORDS = f"{_POSITIVE}|{_NEGATIVE}"
#: What may follow a count: a counter word (``9 个``, ``9개``, ``9 件``) or "examples".
_COUNTER = r"(?:\s*(?:个|個|개|件|例|次|번|回|examples?|instances?|samples?|ejemplos?|Beispiele|exemples?|exemplos?))?"


#: A letter of a word written with spaces around it (Chinese and Japanese words have none).
_LATIN = r"[A-Za-zÀ-ɏА-я]"


def _number(group: str) -> str:
    return rf"(?<![\d.,])(?P<{group}>\d{{1,6}})(?![\d.])"


def _item(prefix: str, words: str) -> str:
    """One count and its class word, either way round: ``9 yes``, ``yes: 9``, ``正例9个``."""
    return (
        rf"(?:{_number(prefix + 'a')}{_COUNTER}\s*(?:{words})(?!{_LATIN})"
        rf"|(?<!{_LATIN})(?:{words})\s*[:=：]?\s*{_number(prefix + 'b')}{_COUNTER})"
    )


_JOIN = r"\s*(?:[,;/、，；]|\band\b|\by\b|\bund\b|\bet\b|\be\b|\bи\b|和|与|與|과|와)\s*(?:\band\b\s*)?"
#: Two counts, each with its class word, in either order, maybe in brackets.
_WORDED = lazy(
    r"[\[({]?\s*(?:"
    + _item("p", _POSITIVE)
    + _JOIN
    + _item("n", _NEGATIVE)
    + "|"
    + _item("q", _NEGATIVE)
    + _JOIN
    + _item("r", _POSITIVE)
    + r")(?:\s*(?:examples?|instances?|samples?|ejemplos?|Beispiele|exemples?|exemplos?))?\s*[\])}]?",
    re.IGNORECASE,
)
#: Two counts with signs: ``[9+, 5-]``, ``(2+,3−)``, ``[5-, 9+]``.
_SIGNED = lazy(
    r"[\[({]\s*(?:(?P<p>\d{1,6})\s*\+\s*[,;/]?\s*(?P<n>\d{1,6})\s*[-−–]|(?P<q>\d{1,6})\s*[-−–]\s*[,;/]?\s*"
    r"(?P<r>\d{1,6})\s*\+)\s*[\])}]"
)
#: The name written before a node: ``S_sunny =``, ``Sunny``, ``Outlook=Sunny:``, ``S_{\text{rain}} ←``.
_NAME = lazy(
    r"(?P<name>(?<![\w\\{}])[^\W\d_][\w\\{}^]*(?:\s*=\s*[^\W\d_][\w\\{}]*)?)[$*`\s]*"
    r"(?:=|:|：|←|<-|:=|\\leftarrow|\\gets)?[$*`\s]*$"
)
#: A node's size written between its name and its counts (``Weak: 8 samples (6 Yes, 2 No)``): group ``total``.
_TOTAL = lazy(
    r"(?<![\d.,])(?P<total>\d{1,6})\s*(?:samples?|examples?|instances?|rows?|records?|ejemplos?|muestras?|Beispiele|"
    r"exemples?|[ée]chantillons?|exemplos?|amostras?|个|個|개|件|例)?[\s,]*$",
    re.IGNORECASE,
)
#: Words that hold no node (a sentence before a node is not its name).
_NOT_NAMES = frozenset(
    ("and", "or", "with", "into", "has", "have", "is", "are", "the", "of", "to", "in", "y", "und", "et", "e", "en")
)
#: Anchors of a line that may hold a node (compared without case).
ANCHORS: tuple[str, ...] = ("+", "yes", "pos", "sí", "si", "ja", "oui", "sim", "да", "是", "예", "네", "はい", "正")
ANCHORS += ("好瓜", "play", "succe", "éxito", "exito", "succès", "erfolg", "sucesso", "成功", "성공")


@dataclass(frozen=True)
class Node:
    """A node's class counts (positive class first), where they are written in the line, and its name (or None)."""

    counts: tuple[int, ...]
    start: int
    end: int
    name: str | None


def nodes(line: str) -> list[Node]:
    """The nodes a line writes, in order (see the module)."""
    if not any(map(str.isdigit, line)) or not mentions(line, ANCHORS):
        return []
    found: list[Node] = []
    for pattern in (_SIGNED, _WORDED):
        for match in pattern.finditer(line):
            if any(node.start < match.end() and match.start() < node.end for node in found):
                continue
            counts = _counts(match)
            if counts is not None:
                name = _name(_untotalled(line[: match.start()], counts))
                found.append(Node(counts, match.start(), match.end(), name))
    return sorted(found, key=lambda node: node.start)


def _counts(match: re.Match[str]) -> tuple[int, ...] | None:
    groups = {name: value for name, value in match.groupdict().items() if value is not None}
    positive = next((groups[name] for name in ("p", "pa", "pb", "r", "ra", "rb") if name in groups), None)
    negative = next((groups[name] for name in ("n", "na", "nb", "q", "qa", "qb") if name in groups), None)
    if positive is None or negative is None:
        return None
    counts = int(positive), int(negative)
    return counts if sum(counts) > 0 else None


def _untotalled(before: str, counts: tuple[int, ...]) -> str:
    """``before`` without the node's size at its end, when that is the counts' sum: ``Weak: 8 samples`` is ``Weak:``.

    >>> _untotalled("- Wind = Weak: 8 samples ", (6, 2)), _untotalled("Weak: 9 samples ", (6, 2))
    ('- Wind = Weak: ', 'Weak: 9 samples ')
    """
    total = _TOTAL.search(before[-40:]) if before[-1:].isspace() or before[-1:].isalpha() else None
    if total is None or int(total.group("total")) != sum(counts):
        return before
    return before[: len(before) - len(total.group(0))]


def _name(before: str) -> str | None:
    match = _NAME.search(before[-60:])
    if match is None:
        return None
    name = match.group("name").strip()
    return None if name.casefold() in _NOT_NAMES else name


_MARKUP = lazy(r"\\(?:text|mathrm|mathit|textit|textbf|mathbf|operatorname|rm|it)\b|[{}$\\*`\s]")


def key(name: str) -> str:
    """A name as it is compared: without markup, spaces or case."""
    return _MARKUP.sub("", name).casefold()


def keys(name: str) -> tuple[str, ...]:
    """The keys a name answers to: itself, and the value after ``_`` or ``=`` (``S_sunny`` is also ``sunny``)."""
    whole = key(name)
    tail = re.split(r"[_=]", whole)[-1]
    return (whole, tail) if tail and tail != whole else (whole,)
