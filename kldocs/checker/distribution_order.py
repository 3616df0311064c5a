r"""One distribution said to lie above another at every point: "q(x) is always greater than or equal to p(x)".

Two probability distributions on the same outcomes both sum to 1: if ``q(x) ≥ p(x)`` at every ``x``, the
differences are never negative and sum to 0, so ``q = p``. Said of two distributions in a text about KL
divergence or cross-entropy, the sentence is false. It is read only as an assertion in words ("is always"),
of two different names with the same argument and nothing multiplying the first (``M q(x) ≥ p(x)`` bounds a
density in rejection sampling); not in a sentence that supposes, requires or denies it, nor near cumulative
distribution functions (one of which may lie above another), an envelope or a proposal.
Judging it is :mod:`~kldocs.checker.properties`' job.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("For the KL divergence, $q(x)$ is always greater than or equal to $p(x)$.\n", "a.md")
>>> [(item.text, item.property) for item in distribution_order(document, document.paragraphs[0])]
[('q(x) is always greater than or equal to p(x)', 'pointwise_above')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.formula_properties import in_place
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.property_claims import Property
from kldocs.checker.screens import mentions

_ABOVE = lazy(
    r"(?<![A-Za-z\\])(?P<first>[pqPQ])\s*\(\s*(?P<x>[a-z])\s*\)\s+is\s+always\s+"
    r"(?:greater\s+than\s+or\s+equal\s+to|larger\s+than\s+or\s+equal\s+to|at\s+least|greater\s+than|larger\s+than|"
    r"bigger\s+than|higher\s+than|≥|>=|\\geq?)\s+(?P<second>[pqPQ])\s*\(\s*(?P=x)\s*\)(?!\s*[/*·×^_]|\s*\\c?dot)"
)
#: What makes the sentence no assertion: a supposition, a requirement, a denial, or a factor in words.
_NOT_SAID = lazy(
    r"(?<![A-Za-z])(?:if|when|where|whenever|assume[sd]?|assuming|suppose[sd]?|require[sd]?|need|needs|must|should|"
    r"such\s+that|ensure|choose|not|never|wrong|mistake|incorrect|false|myth|times|multiplied)(?![A-Za-z])|n't|\?",
    re.IGNORECASE,
)
#: Another setting nearby, where one function may lie above another: an envelope or proposal (rejection sampling),
#: cumulative distribution functions, stochastic dominance, a bound on a density ratio.
_OTHER_SETTING = lazy(
    r"envelope|proposal|rejection|cumulative|CDF|dominan|distribution\s+functions?|unnormali[sz]ed|upper\s+bound|"
    r"density\s+ratio|importance\s+(?:weight|sampling)",
    re.IGNORECASE,
)
#: A measure of two distributions named nearby: the two are probability distributions.
_ABOUT_TWO = lazy(r"KL|D_\{?KL|diverg|cross[-‐ ]?entropy|relative\s+entropy|distributions?", re.IGNORECASE)
#: What may stand right before the first name: the start of a clause, not a factor ("M q(x)", "2 q(x)").
_CLAUSE_OPENING = lazy(r"(?:^|[.,;:(]|(?<![A-Za-z])(?:and|so|here|that|thus|hence|then|also|now|Here|And|So))\s*$")
_REACH = 300


def distribution_order(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The sentences of a paragraph that put one distribution above another at every point."""
    if not mentions(paragraph.text, ("always",)):
        return
    written = in_place(document, paragraph)
    if written is None:
        return
    for found in _ABOVE.finditer(written):
        if found["first"].lower() == found["second"].lower():
            continue
        start = max(0, written.rfind(". ", 0, found.start()) + 1, found.start() - _REACH)
        stop = written.find(". ", found.end())
        sentence_end = len(written) if stop < 0 else stop
        if not _CLAUSE_OPENING.search(written[start : found.start()]):
            continue
        if _NOT_SAID.search(written, start, sentence_end):
            continue
        window = document.text[max(0, paragraph.offset + found.start() - _REACH) : paragraph.offset + sentence_end]
        if not _ABOUT_TWO.search(window) or _OTHER_SETTING.search(window):
            continue
        offset = paragraph.offset + found.start()
        shown = " ".join(found.group().split())
        yield Property(document.line(offset), shown, "distributions", "pointwise_above", False, offset)
