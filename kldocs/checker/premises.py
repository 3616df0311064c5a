r"""An equation between Shannon's measures drawn from the one written just before it: "if ..., then $A$, so $B$".

"If Y tells everything about X, then $H(X|Y) = 0$, so $I(X;Y) = H(X)$": the second equation is no identity, but
it follows from the first by Shannon's identities (``I(X;Y) - H(X) = -H(X|Y)``). It holds when the difference of
its sides is a multiple of the premise's, both written as combinations of joint entropies; otherwise nothing is
said of it here. The premise must stand on the same line, right before, in a sentence that supposes ("if",
"when", "se", "si", "如果") and leads to it ("so", "thus", "hence", "quindi", "所以").

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> line = r"If $Y$ says nothing about $X$, then $H(X|Y) = H(X)$, so $I(X;Y) "
>>> text = "I(X;Y) = 0"
>>> (claim,) = [item for item in statements(tokenize(text), text) if not item.fallback]
>>> premised(line, claim)
'H(X|Y) = H(X)'
"""

from __future__ import annotations

import re
from fractions import Fraction

from kldocs.checker.chains import Statement, statements
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.shannon_measures import equation_form
from kldocs.checker.tokens import TooComplexError, tokenize

#: Characters read back from a claim for its premise.
_REACH = 300
#: The premise's formula and the words that lead from it to the claim, at the end of the text before the claim.
_LEADS_TO = lazy(
    r"(?:\$|\\\()(?P<premise>[^$]{1,120}?)(?:\$|\\\))\s*,?\s*(?:(?:and\s+)?(?:so|thus|hence|therefore|then|"
    r"which\s+gives|quindi|dunque|allora|entonces|así\s+que|por\s+lo\s+tanto|portanto|então|donc|also|所以|因此|于是|"
    r"从而)\s*,?\s*)(?:\$|\\\()?\s*$",
    re.IGNORECASE,
)
#: A word that supposes, before the premise in its sentence.
_SUPPOSES = lazy(
    r"(?<![^\W\d_])(?:if|when|whenever|suppose|se|si|quando|cuando|wenn|falls)(?![^\W\d_])|如果|假如|若|当",
    re.IGNORECASE,
)
_SENTENCE_END = lazy(r"[.!?。！？](?=\s)")


def premised(before: str, claim: Statement) -> str | None:
    """The premise written right before ``claim`` (``before``: the text of its line up to a place in its formula)
    from which it follows by Shannon's identities, or None."""
    opening = max(before.rfind("$"), before.rfind("\\("))  # where the claim's formula opens
    text = before[max(0, opening - _REACH) : opening + 1]
    lead = _LEADS_TO.search(text)
    if lead is None:
        return None
    sentence_start = max([0, *(end.end() for end in _SENTENCE_END.finditer(text, 0, lead.start()))])
    if _SUPPOSES.search(text, sentence_start, lead.start()) is None:
        return None
    formula = lead.group("premise")
    try:
        read = [item for item in statements(tokenize(formula), formula) if not item.fallback]
    except TooComplexError:
        return None
    if len(read) != 1 or read[0].relation != "=" or claim.relation != "=":
        return None
    wanted, given = equation_form(claim), equation_form(read[0])
    return read[0].text if wanted and given and _multiple(wanted, given) else None


def _multiple(form: dict[frozenset[str], Fraction], other: dict[frozenset[str], Fraction]) -> bool:
    """Whether ``form`` is a non-zero multiple of ``other``.

    >>> x, xy = frozenset("X"), frozenset("XY")
    >>> _multiple({x: Fraction(2), xy: Fraction(-2)}, {x: Fraction(-1), xy: Fraction(1)})
    True
    """
    if form.keys() != other.keys():
        return False
    key = next(iter(form))
    ratio = form[key] / other[key]
    return all(form[name] == ratio * other[name] for name in form)
