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
>>> premised(line, claim)[2]
"it follows from H(X|Y) = H(X), written just before it, by Shannon's identities"
"""

from __future__ import annotations

import re
from fractions import Fraction

from kldocs.checker.chains import Statement, statements
from kldocs.checker.judging import Verdict
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


def premised(before: str, claim: Statement) -> tuple[str, Verdict, str] | None:
    """The kind, verdict and note of ``claim`` judged under the premise written right before it (``before``: the text
    of its line up to a place in its formula), when it follows from it by Shannon's identities; else None. Under a
    supposed independence, a strict inequality between sides it makes equal is false."""
    independent = _supposed_independent(before, claim.text)
    if independent is not None:
        (first, second), right_after = independent  # then H(first, second) = H(first) + H(second)
        form = {frozenset((first, second)): Fraction(1), frozenset(first): Fraction(-1)}
        form[frozenset(second)] = Fraction(-1)
        wanted = equation_form(claim)
        supposed = f"{first} and {second} being independent, as supposed just before it"
        if wanted and _multiple(wanted, form) and claim.relation in ("<", ">") and right_after:
            equal = f"H({first},{second}) = H({first}) + H({second}), so the two sides are equal"
            return "bound", "false", f"with {supposed}, {equal}: the inequality is not strict"
        if wanted and _multiple(wanted, form) and claim.relation in ("=", "<=", ">="):
            return "identity" if claim.relation == "=" else "bound", "holds", f"it follows from {supposed}"
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
    if not wanted or not given or not _multiple(wanted, given):
        return None
    return "identity", "holds", f"it follows from {read[0].text}, written just before it, by Shannon's identities"


#: Two random variables supposed independent: "X and Y are independent", ``X \perp Y``, "X e Y sono indipendenti",
#: "X 和 Y 相互独立", "for independent X and Y".
_INDEPENDENT = lazy(
    r"\$?(?P<first>[A-Z])\$?\s*(?i:and|und|e|y|et|和|与)\s*\$?(?P<second>[A-Z])\$?\s*"
    r"(?i:are|sind|sono|son|sont|são|是)?\s*(?i:(?:statistically|mutually|stochastically|mutuamente)\s+)?"
    r"(?i:independent|unabhängig|indipendenti|independientes|indépendant(?:e)?s|independentes|相互独立|独立)(?![^\W\d_])"
    r"|\$?(?P<one>[A-Z])\s*(?:\\perp|⊥|\\indep)\s*(?P<other>[A-Z])\$?"
    r"|(?i:for|für|per|para|pour)\s+(?i:independent|unabhängige|indipendenti|independientes|indépendants)\s+"
    r"\$?(?P<third>[A-Z])\$?\s*(?i:and|und|e|y|et)\s*\$?(?P<fourth>[A-Z])\$?"
)


def _supposed_independent(before: str, claim: str = "") -> tuple[tuple[str, str], bool] | None:
    """The two variables the sentence before a claim supposes independent ("If X and Y are independent, then"), in
    alphabetical order, and whether the claim (its text) comes right after the premise (nothing but "then"
    between: no "otherwise"); None when it supposes no such thing.

    >>> _supposed_independent("If X and Y are independent, then H(X|Y) = H(X), so "), _supposed_independent("X ⊥ Y")
    ((('X', 'Y'), False), None)
    >>> _supposed_independent("Se $X$ e $Y$ sono indipendenti, $H(X|Y) ", "H(X|Y) < H(X)")
    (('X', 'Y'), True)
    >>> _supposed_independent("If X and Y are not independent, then ") is None
    True
    """
    text = before[-_REACH:]
    start = max([0, *(end.end() for end in _SENTENCE_END.finditer(text))])
    found = _INDEPENDENT.search(text, start)
    if found is None:
        return None
    names = [name for name in found.groups() if name is not None]
    spoken = found.group("third") is not None  # "for independent X and Y" supposes by itself
    if names[0] == names[1]:
        return None
    if not spoken and _SUPPOSES.search(text, start, found.start()) is None:
        return None
    pair = (names[0], names[1]) if names[0] < names[1] else (names[1], names[0])
    between = _RIGHT_AFTER.match(text, found.end())
    rest = re.sub(r"[\s$]", "", text[between.end() :]) if between is not None else None
    return pair, rest is not None and re.sub(r"\s", "", claim).startswith(rest)


#: What may stand between a premise and the claim right after it: "then", "allora", "dann", a comma, a dollar.
_RIGHT_AFTER = lazy(r"[\s,:$]{0,8}(?i:then|so|we\s+have|allora|quindi|dann|entonces|alors|então|则|那么)?[\s,:$]{0,8}")


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
