r"""Bounds of the measures said in English words: where the entropy is zero, where KL is infinite, what caps the
mutual information and the joint entropy.

Read, each with its false form:

- the entropy is zero (or smallest) for a certain outcome, "a deterministic variable has zero entropy",
  "H = 0 → perfectly pure" (a node of one class): true;
  largest for a certain outcome: false (that is where it is smallest);
- a divergence is infinite ("KL becomes infinite when Q(x) = 0 where P(x) > 0") or always finite: KL and
  cross-entropy are unbounded, the JSD is not;
- the cross-entropy can be smaller than the entropy: false (``H(P,Q) = H(P) + D(P||Q)``);
- the mutual information is at most the smaller of the two entropies (never exceeds either): true; it can
  exceed them: false;
- the joint entropy is at most the sum of the two entropies: true; it can exceed that sum: false.

:func:`~kldocs.checker.property_claims.properties` finds these patterns with its own and leaves out, as for them,
what is asked, denied or reported.

>>> match = PATTERNS[0].search("Entropy is zero when the outcome is certain.")
>>> reading(PATTERNS[0], match)
('entropy', 'zero_iff_certain', False)
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

_DASH = "[-‐–— ]"
#: "when the outcome is certain", "for a deterministic variable", "if one outcome has probability 1".
_CERTAIN = (
    r"(?:(?:exactly|precisely|only|just)\s+(?=when|if)|if\s+and\s+only\s+(?=if))?"
    r"(?:when|if|iff|for|at|with|in\s+the\s+case\s+of)\s+(?:(?:(?!(?:and|but|or|for|uniform|equal)\b)[^.,;:!?\n]){0,40}?\s)?"
    r"(?<![A-Za-z])(?:certain|deterministic|"
    r"degenerate|has\s+probability\s+(?:1|one)|occurs\s+with\s+certainty|known\s+in\s+advance)(?![A-Za-z])"
)
_ZERO_WORDS = r"(?P<zero>zero|0|minimal|minimum|lowest|smallest|minimized|at\s+its\s+(?:minimum|lowest))"
_MAX_WORDS = r"(?P<max>maximal|maximum|highest|largest|greatest|maximized|maximised|at\s+its\s+(?:maximum|highest))"
#: "Entropy is zero when the outcome is certain", "... maximal for a deterministic variable" (false),
#: "A deterministic variable has zero entropy", "H = 0 → perfectly pure" (group ``symbol``: H is the entropy only where
#: the document speaks of it, see :func:`~kldocs.checker.property_claims.properties`).
_ENTROPY_CERTAIN = lazy(
    r"(?<![A-Za-z])(?:(?P<subject>(?:Shannon\s+)?entropy)\s+(?:is|equals|becomes|reaches\s+its)\s+(?:always\s+)?"
    r"(?:"
    + _ZERO_WORDS
    + r"(?:\s+(?:bits?|nats?))?|"
    + _MAX_WORDS
    + r")\s+"
    + _CERTAIN
    + r"|(?:a|an|the)\s+(?:certain|deterministic)\s+"
    r"(?:outcome|event|variable|distribution|source)\s+has\s+(?:(?P<none>zero|no)\s+entropy|(?:an\s+)?entropy\s+of\s+"
    r"(?:zero|0)(?![.,]?[0-9]))"
    r"|(?P<symbol>(?-i:H)(?:\s*\((?-i:[A-Z])\))?|entropy)\s*=\s*(?:0|zero)(?![.,]?[0-9])\s*(?:→|->|⇒|=>|⟹|:|—|–|means|implies)"
    r"\s*(?:(?:a|the)\s+)?(?:perfectly\s+|completely\s+|totally\s+|fully\s+)?pure(?![A-Za-z]))",
    re.IGNORECASE,
)
#: "The KL divergence becomes infinite when ...", "The JS divergence is always finite".
_FINITE = lazy(
    r"(?<![A-Za-z])(?P<subject>(?:KLD|JSD|KL|Kullback"
    + _DASH
    + r"Leibler|JS|Jensen"
    + _DASH
    + r"Shannon|relative\s+entropy|"
    r"cross" + _DASH + r"?entropy)(?:" + _DASH + r"divergence|\s+divergence)?)"
    r"\s+(?P<never>never\s+|(?:can|will)\s*(?:not|n['’]t|never)\s+)?"
    r"(?:is|remains|stays|becomes|goes\s+to|tends\s+to|be(?:come)?|(?:can|may|will)\s+be(?:come)?)(?P<negation>\s+not|n['’]t|\s+never)?"
    r"\s+(?:always\s+)?(?P<word>finite|infinite|infinity|\+?∞)(?![A-Za-z])",
    re.IGNORECASE,
)
#: "Cross-entropy can be smaller than the entropy" (false), "... is always less than the entropy" (false).
_CROSS_BELOW = lazy(
    r"(?<![A-Za-z])(?P<subject>cross" + _DASH + r"?entropy)\s+(?:(?:can|could|may|might)(?P<negation>\s+not|not|n['’]t|"
    r"\s+never)?\s+be|is\s+(?:always\s+|often\s+|sometimes\s+)?)\s*(?:smaller|less|lower)\s+than\s+(?:the\s+)?"
    r"(?:Shannon\s+)?entropy(?![A-Za-z])(?!\s+(?:of|H\s*\())",
    re.IGNORECASE,
)
#: An upper bound said of a subject, or its denial: group ``exceed`` says the subject can pass it.
_AT_MOST = (
    r"(?:is\s+(?:always\s+)?(?:at\s+most|bounded\s+(?:above\s+)?by|no\s+(?:larger|greater|more)\s+than|"
    r"(?:less|smaller)\s+than\s+or\s+equal\s+to|≤|<=)|(?:never|cannot|can\s*not|can['’]t|can\s+never)\s+(?:be\s+)?"
    r"(?:exceeds?|larger\s+than|greater\s+than|more\s+than)|"
    r"(?P<exceed>(?:can|may|could)\s+(?:exceed|be\s+(?:larger|greater|more)\s+than)|is\s+(?:always\s+)?at\s+least|"
    r"is\s+(?:always\s+|often\s+|sometimes\s+)?(?:larger|greater|more)\s+than))\s+"
)
#: "Mutual information never exceeds the smaller of the two entropies", "MI is at most min(H(X), H(Y))".
_MUTUAL_BOUND = lazy(
    r"(?<![A-Za-z])(?P<subject>(?<!pointwise\s)mutual\s+information|(?-i:MI))\s+" + _AT_MOST + r"(?:the\s+)?"
    r"(?:(?:smaller|lesser|minimum)\s+of\s+(?:the\s+)?(?:two\s+)?(?:marginal\s+|individual\s+)?entropies|"
    r"min\s*\(\s*H\s*\(\s*X\s*\)\s*,\s*H\s*\(\s*Y\s*\)\s*\)|(?:either|each)\s+(?:marginal\s+)?entropy|"
    r"(?:the\s+)?entropy\s+of\s+(?:either|each)\s+variable)(?![A-Za-z])",
    re.IGNORECASE,
)
#: "The joint entropy is at most the sum of the individual entropies", "... can exceed the sum of ..." (false).
_JOINT_BOUND = lazy(
    r"(?<![A-Za-z])(?P<subject>joint\s+entropy)\s+" + _AT_MOST + r"(?:the\s+)?sum\s+of\s+(?:the\s+)?(?:two\s+)?"
    r"(?:individual\s+|marginal\s+|separate\s+)?entropies(?![A-Za-z])",
    re.IGNORECASE,
)
PATTERNS = (_ENTROPY_CERTAIN, _FINITE, _CROSS_BELOW, _MUTUAL_BOUND, _JOINT_BOUND)
#: Words (folded), one of which is in every match of :data:`PATTERNS`.
ANCHORS = (
    *("certain", "determin", "degenerate", "probability 1", "finite", "infinit", "∞", "pure"),
    *("than", "most", "least", "bounded", "exceed", "≤", "<="),
)


def reading(pattern: re.Pattern[str], match: re.Match[str]) -> tuple[str, str, bool]:
    """What a match of one of :data:`PATTERNS` says: ``(measure, property, negated)``."""
    if pattern is _ENTROPY_CERTAIN:
        return ("entropy", "max_certain", False) if match.group("max") else ("entropy", "zero_iff_certain", False)
    if pattern is _FINITE:
        subject = match.group("subject").lower()
        measure = "cross_entropy" if "cross" in subject else "jsd" if subject.startswith("j") else "kl"
        infinite = match.group("word").lower() != "finite"
        return measure, "bounded", infinite != bool(match.group("negation") or match.group("never"))
    if pattern is _CROSS_BELOW:
        return "cross_entropy", "entropy_bound", not match.group("negation")
    measure = "mutual_information" if pattern is _MUTUAL_BOUND else "joint_entropy"
    kind = "entropy_bound" if pattern is _MUTUAL_BOUND else "subadditive"
    return measure, kind, match.group("exceed") is not None
