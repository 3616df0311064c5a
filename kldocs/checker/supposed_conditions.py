r"""A general claim judged under the one condition its text puts it under: the two distributions the same, or
their supports disjoint.

Before the formula ("If $P = Q$, then $D(P \| Q) = 0$") or right after it, inside it or in the sentence
(``D_{KL}(A \| B) = 0, \text{ if } A = B``, ``= 0 \text{ iff } p = q``, "$JSD(P \| Q) = \log 2$ when the
supports are disjoint", "若两分布的支撑集不相交"), the condition says on which pairs the claim is meant. A claim
meant where the two are equal is tried on each trial distribution taken twice; one meant for disjoint supports
on pairs of distributions with disjoint supports; "iff" also asks that the claim fail for the different pairs.

>>> supposed_after(r", \text{ if } A = B$ (两分布相同时).", ["A", "B"]), supposed_after(" if $p \\ne q$", "pq")
('equal', None)
>>> disjoint_supports("If $P$ and $Q$ have disjoint supports, ", "")
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from kldocs.checker.chains import Statement
from kldocs.checker.conditions import same_in_words, supposes_equal
from kldocs.checker.general_claims import sides_on, when_equal
from kldocs.checker.judging import Outcome, relation_holds
from kldocs.checker.latex_numbers import BaseKey
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import KnownDistributions, bound, shown, trial_pairs
from kldocs.checker.trees import measures_in
from kldocs.errors import EvaluationError
from kldocs.inputs import Distribution, parse_distribution

#: How far after a claim its condition is looked for.
REACH = 120


def supposed_outcome(
    statement: Statement,
    kind: str,
    names: Sequence[str],
    text: tuple[str, str],
    scope: KnownDistributions,
    base: BaseKey,
) -> Outcome | None:
    """The verdict on a claim about the two distributions ``names`` under the condition the text before and after it
    (``text``) puts it under; None when it puts it under neither, or when it names an ``M`` that the document does
    not make their mixture (``scope``: the distributions in force)."""
    before, after = text
    mixed = bound(scope.bindings, "M") or bound(scope.bindings, "m")
    unmixed = any(arg in ("M", "m") for arg in _arguments(statement)) and (mixed is None or mixed.mixture is None)
    if len(names) != 2 or unmixed:
        return None
    if supposes_equal(before, names) or same_in_words(before):  # "If $P = Q$, then", "当两个分布相同时"
        return when_equal(statement, kind, names, base)
    after_it = supposed_after(after, names)
    if after_it is not None:
        held = when_equal(statement, kind, names, base)
        return _only_then(statement, kind, names, base, held) if after_it == "iff" else held
    if disjoint_supports(before, after):
        return when_disjoint(statement, kind, tuple(names), base)
    return None


def _arguments(statement: Statement) -> set[str]:
    """The names the measures of a statement are of."""
    return {arg for symbol in measures_in(statement.left) + measures_in(statement.right) for arg in symbol.args or ()}


#: A condition right after a claim that the two distributions be the same, and nothing more: ``, \text{ if } A = B``,
#: ``\quad \text{iff } p = q``, "if and only if P = Q", "wenn P = Q", "当 A = B 时", "A = B일 때".
_EQUAL_AFTER = lazy(
    r"\s*+[,;]?\s*+(?:\\q?quad\s*|\\[,;:! ]\s*|~\s*)*(?:\$\s*)?\(?\s*(?:\\text\s*\{\s*|\\mathrm\s*\{\s*)?"
    r"(?:(?P<iff>iff|if\s+and\s+only\s+if|genau\s+dann,?\s+wenn|si\s+et\s+seulement\s+si|si\s+y\s+s[oó]lo\s+si"
    r"|exactly\s+when|only\s+when|only\s+if|当且仅当)"
    r"|if|when|whenever|wenn|falls|si|cuando|quand|se|quando|если|当|若|如果|for|für|pour|para|при)"
    r"\s*\}?\s*(?:\$\s*)?(?:the\s+)?(?P<first>[A-Za-z])\s*=\s*(?P<second>[A-Za-z])(?![A-Za-z_(])\s*(?:\$\s*)?"
    r"(?:时|일\s*때|のとき)?\s*\)?\s*(?:\$|[.,;:。，；)]|\\\\|\n|$|\s[(（])",
    re.IGNORECASE,
)


def supposed_after(after: str, names: Sequence[str]) -> str | None:
    """``"equal"`` (or ``"iff"``) when the text right ``after`` a claim supposes only that the two ``names`` are the
    same distribution (or says the claim holds exactly then), else None."""
    found = _EQUAL_AFTER.match(after[:REACH])
    if found is None:
        return None
    known = {name.lower() for name in names}
    pair = {found.group("first").lower(), found.group("second").lower()}
    if len(pair) != 2 or pair != known:
        return None
    return "iff" if found.group("iff") else "equal"


#: Words that say the supports are disjoint, in the languages the checker reads.
_DISJOINT = lazy(
    r"disjoint\s+supports?|non-?overlapping\s+supports?|supports?\s+do\s+not\s+overlap"
    r"|(?:supports?|soportes|suportes|Tr[äa]ger)\b[^.;:\n]{0,40}?\b(?:disjoint|disjoints|disjuntos|disjunkt)\b"
    r"|disjunkte[mn]?\s+Tr[äa]gern?|непересекающ\w*\s+носител|носители\s+не\s+пересекаются"
    r"|支撑集?(?:互?不相交|没有交集)|不相交的支撑|서포트가?\s*(?:서로소|겹치지)|서로소인\s*서포트|台が(?:互いに素|重ならない|交わらない)",
    re.IGNORECASE,
)


def disjoint_supports(before: str, after: str) -> bool:
    """Whether the sentence ending in ``before`` or the words right ``after`` a claim put it under the condition that
    the supports are disjoint."""
    sentence = _SENTENCE_END.split(before[-300:])[-1]
    return _DISJOINT.search(sentence) is not None or _DISJOINT.search(_SENTENCE_END.split(after[:REACH])[0]) is not None


_SENTENCE_END = lazy(r"[.!?。！？]\s|\n[ \t]*\n")


@functools.cache
def _disjoint_pairs() -> tuple[tuple[Distribution, Distribution], ...]:
    """Pairs of distributions with disjoint supports, of several sizes."""
    pairs = (("1 0", "0 1"), ("0.5 0.5 0", "0 0 1"), ("0.2 0.8 0 0", "0 0 0.25 0.75"), ("0 0.3 0 0.7", "0.6 0 0.4 0"))
    return tuple((parse_distribution(p), parse_distribution(q, name="Q")) for p, q in pairs)


@functools.lru_cache(maxsize=256)
def when_disjoint(statement: Statement, kind: str, names: tuple[str, ...], base: BaseKey) -> Outcome:
    r"""A claim about two distributions meant where their supports are disjoint ("$JSD(P \| Q) = \log 2$ for
    disjoint supports"), tried on such pairs.

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> text = r"JSD(P \| Q) = \log 2"
    >>> (statement,) = [s for s in statements(tokenize(text), text) if not s.fallback]
    >>> when_disjoint(statement, "jsd", ("P", "Q"), None).verdict
    'holds'
    """
    for pair in _disjoint_pairs():
        try:
            left, right = sides_on(statement, names, pair, base)
        except EvaluationError:
            return Outcome(kind, "unchecked", None, "a side has no value for some distributions with disjoint supports")
        if not relation_holds(left, statement.relation, statement.right, right):
            where = f"{names[0]} = {shown(pair[0])}, {names[1]} = {shown(pair[1])}"
            note = (
                f"for disjoint supports, as the sentence supposes, it fails: for {where} the left side is "
                f"{left.decimal(4)}, the right side {right.decimal(4)}"
            )
            return Outcome(kind, "false", None, note, universal=True)
    return Outcome(kind, "holds", None, "holds for every pair of distributions with disjoint supports tried")


def _only_then(statement: Statement, kind: str, names: Sequence[str], base: BaseKey, held: Outcome) -> Outcome:
    """A claim said to hold exactly when the two are the same: it must hold then (``held``) and fail for the
    different pairs; where it also holds for a different one, the "only" is not judged."""
    if held.verdict != "holds":
        return held
    for pair in trial_pairs():
        try:
            left, right = sides_on(statement, names, pair, base)
        except EvaluationError:
            continue
        if relation_holds(left, statement.relation, statement.right, right):
            where = f"{names[0]} = {shown(pair[0])}, {names[1]} = {shown(pair[1])}"
            note = f"it holds where {names[0]} = {names[1]}, but also for {where}, so “only then” is not judged"
            return Outcome(kind, "unchecked", None, note)
    note = f"holds where {names[0]} = {names[1]}, and fails for every different pair tried, as “iff” says"
    return Outcome(kind, "holds", None, note)
