r"""A logarithm of a probability named by a letter the text gave a value shortly before: "Let p = 0.05. ... The
information is log2(p) = 4.3 bit".

The letter's value is put in its place and the claim judged as any formula of numbers: with ``p = 0.05`` above,
``log2(p) = 4.3`` is ``\log_2(0.05) = 4.3``, false (it is -4.32: the self-information's minus is missing), and
``-\log_2 p \approx 4.32`` holds. The letter (``p`` or ``q``) must be given one value only within reach before the
claim, a probability; the logarithm must stand alone on its side, after an equals sign, a colon, "is" or the start
of a formula (not ``p \log_2 p``). ``ld`` and ``lb`` are the base-2 logarithm.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("Let p = 0.05 here. The information is log2(p) = 4.3 bit.", "a.txt")
>>> [claim.text for claim in substituted_logs(document, document.text, 0)]
['\\log_2(0.05) = 4.3 bit']
>>> document = parse_text("With p = 0.5 and p = 0.2, -p log2(p) = 0.46.", "a.txt")
>>> list(substituted_logs(document, document.text, 0))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

#: A logarithm of a letter, the relation and the value: ``log2(p) = 4.3 bit``, ``\log_2 p \approx 4.32``.
_CLAIM = lazy(
    r"(?<![A-Za-z\\])(?P<log>\\log_\{\s*2\s*\}|\\log_2|log_?2|log₂|\\log|log|\\ln|ln|ld|lb)"
    r"\s*(?:\(\s*(?P<a>[pq])\s*\)|\{\s*(?P<b>[pq])\s*\}|\s(?P<c>[pq])(?![A-Za-z0-9_(]))"
    r"\s*(?P<relation>=|≈|\\approx)\s*(?P<value>-?[0-9]{1,4}(?:[.,][0-9]{1,10})?)(?![0-9.,/])"
    r"(?:\s*(?P<unit>bits?|Bit|nats?)(?![A-Za-z]))?"
)
#: What may stand right before the logarithm (spaces and a minus aside): an equals sign, a colon, a formula's
#: opening, "is", "then" or "carries" in a few languages, or nothing.
_LEAD = lazy(
    r"(?:^|[=:：$(]|(?<![A-Za-z])(?:is|ist|est|es|é|equals|then|so|thus|hence|gives|yields|carries|has|of|alors|dann|also)|是|为|则)\s*$",
    re.IGNORECASE,
)
#: A value given to the letter: ``p = 0.05``, ``p = 0,05``, ``p=1/8``.
_ASSIGNED = {
    letter: lazy(
        rf"(?<![A-Za-z\\_]){letter}\s*=\s*(?P<value>0?[.,][0-9]{{1,8}}|0|1|[0-9]{{1,3}}/[0-9]{{1,4}})(?![0-9]|[.,/][0-9])"
        r"(?!\s*[-+*/−×·(^])"  # not the first number of "q = 1 - p"
    )
    for letter in "pq"
}
#: How far back a value of the letter is looked for.
_REACH = 600
#: The logarithm each name is, as the judge reads it.
_LOGS = {"\\ln": "\\ln", "ln": "\\ln", "\\log": "\\log", "log": "\\log"}


def substituted_logs(document: SourceText, text: str, offset: int) -> Iterator[CommentClaim]:
    """The claims of ``text`` (standing at ``offset`` in the document, as written) that take the logarithm of a
    letter given a value before, with the value in its place."""
    if "l" not in text:
        return
    for match in _CLAIM.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()]
        minus = before.rstrip().endswith(("-", "−"))
        lead = before.rstrip().removesuffix("-").removesuffix("−")
        if not _LEAD.search(lead):
            continue
        letter = match.group("a") or match.group("b") or match.group("c")
        at = offset + match.start()
        reach = document.text[max(0, at - _REACH) : at]
        given = [found.group("value").replace(",", ".") for found in _ASSIGNED[letter].finditer(reach)]
        values = {Fraction(value) for value in given}
        if len(values) != 1 or not 0 < min(values) <= 1:
            continue
        log = _LOGS.get(match.group("log"), "\\log_2")
        relation = "=" if match.group("relation") == "=" else "\\approx"
        unit = f" {match.group('unit').lower()}" if match.group("unit") else ""
        sign = "-" if minus else ""
        value = match.group("value").replace(",", ".")  # 3,32: a decimal comma
        claim = f"{sign}{log}({given[0]}) {relation} {value}{unit}"
        yield CommentClaim(claim, offset + match.start("value"))
