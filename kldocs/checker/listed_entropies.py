r"""An entropy given in words for probabilities a sentence lists: "the set `[2/9, 3/9, 4/9]` gives the entropy 1.53".

Prose often lists a distribution's probabilities without naming it (a list in
brackets or braces, maybe as code, ``[1/4, 1/4, 1/2]``; or after "probabilities",
"概率", "확률": "with probabilities 0.5, 0.25 and 0.25", "概率分别为1/4、1/8、1/8和1/2")
and then gives its entropy: in the same sentence or in the answer below the
question ("试求...平均信息量。解: ... =1.75bit/符号"). The value is tied to the list
only when

- the list's probabilities are fractions or decimals that sum to exactly 1;
- the value is the first number written after the list (no other number, and no
  other list, between them), at most :data:`REACH` characters after it;
- the clause just before the value names the entropy (entropy, entropia, 熵,
  平均信息量, 엔트로피, エントロピー) and nothing that makes it another quantity
  (a maximum, several events or symbols, a joint or conditional entropy, another
  measure, a supposition) and gives the number as its value ("is", "of", "I get",
  ``=``, "为"; "the entropy to 3 places" does not).

The value is then claimed to be the entropy of the list, ``H(2/9, 3/9, 4/9)``, in
the unit written after it or, if none, in the usual bases; the list is that
claim's own, not a distribution in force for the claims below it. Scanned answer sheets write the digit 1
as the letter l in fractions (``l/8``); such an item is read as 1 where the list's
other items are fractions. A value a formula gives is not read again; one read in
words as a value of the distributions in force is this list's instead.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The set is `[1/4, 1/4, 1/2]`, which gives the entropy $1.5$.\n", "a.md")
>>> [claim.text for claim in listed_entropies(document, set())]
['-(1/4 \\log(1/4) + 1/4 \\log(1/4) + 1/2 \\log(1/2)) = 1.5']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceText
from kldocs.checker.explicit_entropy import explicit_entropies
from kldocs.checker.lazy_patterns import lazy

#: How far after a list its entropy is looked for.
REACH = 300
#: Lists read in one document at most (each looks at a few hundred characters around it).
MAX_LISTS = 2000

_ITEM = r"(?:[0-9]++(?:\.[0-9]++)?|l)(?:\s?/\s?[0-9]++)?"
_BRACKETED = lazy(r"(?<![A-Za-z0-9_\]\)])[\[{]\s?(?P<items>" + _ITEM + r"(?:\s?[,;]\s?" + _ITEM + r"){1,63})\s?[\]}]")
#: Probabilities listed after a word for them: "probabilities 0.5, 0.25 and 0.25", "概率分别为1/4、1/8和1/2".
_LISTED = lazy(
    r"(?:probabilit(?:y|ies)|概率|확률|確率|probabilidades?|probabilità)[^0-9\n.。]{0,24}?"
    r"(?P<items>" + _ITEM + r"(?:/?\s?(?:[,，、]|,? (?:and|e|y|et|und)|和|与|及|및|と)\s?" + _ITEM + r"){1,63})",
    re.IGNORECASE,
)
_SEPARATOR = lazy(r"/?\s?(?:[,，、;]|,? (?:and|e|y|et|und)|和|与|及|및|と)\s?", re.IGNORECASE)
#: What stands right before a list that is a call's argument: ``entropy(``, ``f(p, ``.
_CALLED = lazy(r"[(,]\s?`?\s?$")
#: A number as a value: not a digit of a word or a label (``log2``, ``s1``, ``exr-entropy-2``) or of ``a.``.
_NUMBER = lazy(
    r"(?<![A-Za-z0-9_.\\#])(?<![A-Za-z0-9]-)(?<![A-Za-z_]=)-?[0-9]++(?:\.[0-9]++)?(?![0-9]|\.[0-9]|\s?/\s?[0-9]|\s?%)"
)
_CLAUSE_END = lazy(r"[.!?。！？](?:\s|$)|[。！？]|\n\s*\n")
_ENTROPY = lazy(r"(?<![\w-])entrop|熵|平均信息量|엔트로피|エントロピー", re.IGNORECASE)
#: Words that make the value another quantity than the entropy of the list.
_OTHER = lazy(
    r"\bmax|\bmin|\bevents\b|\brolls\b|\bdraws\b|\bpairs\b|\bblocks?\b|\bsequences?\b|extension|joint|"
    r"conditional|mutual|cross|divergence|relative|\bKL\b|\bif\b|\bsuppose|\btwo\b|\bthree\b|\bboth\b|\bn\b|"
    r"\btotal\b|\bsum\b|最大|最小|联合|条件|扩展|互信息|如果|若|최대|최소|결합|조건|máxim|conjunta|condicional",
    re.IGNORECASE,
)
#: What stands right before a value given to the entropy: a verb, "of", a sign, or the entropy's name itself.
_LINK = lazy(
    r"(?:(?<![A-Za-z])(?:is|are|was|be|of|get|got|gives?|gave|makes?|equals?|approximately|about|around|roughly|"
    r"é|es|è|est|ist|vale|de|di|obtemos|obtenemos|otteniamo|entropy|entropia|entropía|entropie)|"
    r"[=:≈~为是约約은는이가は熵量피ー])$",
    re.IGNORECASE,
)
_UNIT = lazy(r"[$*}\s]{0,4}(?:\\text\{\s?)?(?P<unit>bits?|nats?|比特|奈特|비트|나트|ビット|ナット)(?![A-Za-z])")
#: How far before a list the clause of its value may open ("the entropy of `[0.5, 0.5]` is 1").
_OPENING = 120
_STOPS = ("\n#", "```", "\\section", "\\item")


def listed_entropies(document: SourceText, read: set[int]) -> Iterator[CommentClaim]:
    """Entropy claims of the lists the prose gives (see the module's docstring); ``read``: values formulas give."""
    text = document.text
    lists = 0
    for paragraph in document.paragraphs:
        if lists > MAX_LISTS:
            return
        raw = text[paragraph.offset : paragraph.offset + len(paragraph.text)]
        if not any(mark in raw for mark in "[{、") and not re.search("probabili|概率|확률|確率", raw, re.I):
            continue
        found = sorted([*_BRACKETED.finditer(raw), *_LISTED.finditer(raw)], key=lambda match: match.start("items"))
        lists += len(found)
        for index, match in enumerate(found):
            written = _items(match.group("items"))
            if (
                written is None
                or _CALLED.search(raw, max(0, match.start() - 4), match.start())
                or document.printed(paragraph.offset)
            ):
                continue  # entropy([0.5, 0.5], base=2): a call's argument; printed output: no sentence
            start = paragraph.offset + match.end()
            following = found[index + 1].start("items") + paragraph.offset if index + 1 < len(found) else None
            claim = _value_after(document, (paragraph.offset + match.start(), start), following, written)
            if claim is not None and claim.offset not in read:
                yield claim


def _items(listed: str) -> tuple[str, ...] | None:
    """The probabilities of a list as written (``l/8`` read ``1/8``), when they sum to exactly 1, else None."""
    items = [item.replace(" ", "") for item in _SEPARATOR.split(listed.strip())]
    fractions = sum("/" in item for item in items)
    if any(item.startswith("l") for item in items) and fractions < len(items) - 1:
        return None  # a letter l, not a scanned 1, where the other items are no fractions
    items = [item.replace("l", "1") for item in items]
    try:
        values = [Fraction(item) for item in items]
    except (ValueError, ZeroDivisionError):
        return None
    if len(values) < 2 or any(not 0 < value <= 1 for value in values) or sum(values) != 1:
        return None
    return tuple(items)


def _value_after(
    document: SourceText, listed: tuple[int, int], following: int | None, written: tuple[str, ...]
) -> CommentClaim | None:
    """The entropy claim of the first number after a list (from ``listed[0]`` to ``listed[1]``), when it is one."""
    start = listed[1]
    window = document.text[start : min(start + REACH, following if following is not None else len(document.text))]
    for stop in _STOPS:
        at = window.find(stop)
        if at >= 0:
            window = window[:at]
    number = _NUMBER.search(window)
    if number is None:
        return None
    opening = max(0, listed[0] - _OPENING)
    before = document.text[opening:start] + window[: number.start()]  # the clause may open before the list
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end() :] if ends else before
    entropy = _ENTROPY.search(clause)
    if entropy is None or _OTHER.search(clause) or len(clause) - entropy.end() > 60:
        return None
    if not _LINK.search(clause.rstrip(" \t\n$*")[-40:]):
        return None  # "Calculate the entropy to 3 places": the number is not given as its value
    unit = _UNIT.match(window, number.end())
    said = f"{number.group()} {unit.group('unit')}" if unit else number.group()
    claim = f"H({', '.join(written)}) = "
    return next(explicit_entropies(claim + said, start + number.start() - len(claim)), None)
