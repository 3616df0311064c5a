r"""Terms worked out for each probability, several to a line: ``p=0,4 (-p*log_2 p)=0,5288 p=0,3 (-p*log_2 p)=0,5211``.

Plain-text answers to entropy exercises list, for each probability, the term it adds: the probability given to a
one-letter name, then a formula in that name with a logarithm, then its value, with nothing between one item and
the next. Each item is a claim that the formula, with the probability put in for the name, has that value
(``(-(0.4)*log_2 (0.4)) = 0.5288``); the sum of the terms is judged where the text adds them. An item is read only
when its formula has a logarithm, the name and no other letter (``H(p)`` or ``f(x)`` is not a term), and the
probability is in (0, 1].

>>> lines = [(0, "p=0.4 (-p*log_2 p)=0.5288 p=0.3 (-p*log_2 p)=0.5211"), (60, "x=0.5 H(x)=1")]
>>> [(claim.text, claim.offset) for claim in probability_terms(lines)]
[('(-(0.4)*log_2 (0.4)) = 0.5288', 19), ('(-(0.3)*log_2 (0.3)) = 0.5211', 45)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.lazy_patterns import lazy

#: One item: a one-letter name given a probability, a formula, and the formula's value.
_ITEM = lazy(
    r"(?<![A-Za-z_0-9.])(?P<name>[A-Za-z])\s*=\s*(?P<probability>[01](?:\.[0-9]{1,12})?)(?![0-9.])\s*[,;:]?\s*"
    r"(?P<formula>[-−(][^=]{2,60}?)\s*=\s*(?P<value>-?[0-9]{1,6}(?:\.[0-9]{1,12})?)(?![0-9.])"
)
_LOG = lazy(r"(?<![A-Za-z])(?:log|ln|lb|lg)(?![A-Za-z])")
_LETTERS = lazy(r"[A-Za-z]+")
#: Most characters of a line looked at: a line of items is short, and a 10 MB line is passed over.
MAX_LINE = 2000


def probability_terms(lines: Iterable[tuple[int, str]]) -> Iterator[CommentClaim]:
    """The claims of the items of each line of ``(offset, text)``; each claim's offset is its value's."""
    for offset, text in lines:
        if "=" not in text or ("log" not in text and "ln" not in text) or len(text) > MAX_LINE:
            continue  # cheap screens: no item without an equals sign and a logarithm
        for match in _ITEM.finditer(text):
            claim = _claim(match)
            if claim is not None:
                yield CommentClaim(claim, offset + match.start("value"))


def _claim(match: re.Match[str]) -> str | None:
    """The item as a formula of numbers with its value, or None when it is not a term of its name.

    >>> _claim(_ITEM.search("q=0.25 -q*log2(q)=0.5"))
    '-(0.25)*log2((0.25)) = 0.5'
    >>> _claim(_ITEM.search("p=0.5 (-p*log_2 x)=0.5")) is None, _claim(_ITEM.search("p=0 (-p*log p)=0")) is None
    (True, True)
    """
    name, formula = match.group("name"), match.group("formula").rstrip()
    probability = Fraction(match.group("probability"))
    if not 0 < probability <= 1 or _LOG.search(formula) is None:
        return None
    letters = {word for word in _LETTERS.findall(formula) if word not in ("log", "ln", "lb", "lg")}
    if letters != {name}:
        return None
    put = re.sub(rf"(?<![A-Za-z]){name}(?![A-Za-z])", f"({match.group('probability')})", formula)
    return f"{put} = {match.group('value')}"
