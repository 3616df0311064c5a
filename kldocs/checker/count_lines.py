r"""Entropies of counts listed under a heading that calls them distributions: ``B <- (0,1,8,1,0) = 0.6390319``.

Forum posts and R transcripts list vectors of counts with the entropy of each, as R assigns them
(``B <- c(0, 1, 8, 1, 0)``), under a line that names both the distributions and their entropy
(``Distribution & Entropy:``). Counts are a distribution only once divided by their sum: they are read
so only under such a line, which says that they stand for distributions and that the values are their
entropies. The log base is not said, so a value is read in the usual base (e, 2 or 10) in which it holds
(:mod:`~kldocs.checker.named_functions` chooses it); a value that holds in none is left unchecked with the
entropy in each base, never called false, since the writer's counts may stand for something else.

>>> lines = [(0, "Distribution & Entropy:"), (24, "X <- (1,1,2) = 1.0397208"), (49, "Y <- (0,4) = 0")]
>>> [claim.text for claim in count_claims(lines)]
['H(P_{#}) = 1.0397208 nats', 'H(P_{#}) = 0 nats']
>>> list(count_claims([(0, "Counts:"), (8, "X <- (1,1,2) = 1.0397208")]))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim, call_claim, printed
from kldocs.checker.code_literals import LITERAL
from kldocs.checker.code_terms import MeasureCall
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.named_functions import NAMED, resolved

#: ``NAME <- (counts) = value`` (or ``c(...)``), alone on its line.
_COUNTS = lazy(
    r"[ \t]*[A-Za-z][\w.]{0,20}[ \t]*<-[ \t]*c?\((?P<counts>[ \t]*[0-9]+(?:[ \t]*,[ \t]*[0-9]+){1,49})[ \t]*\)"
    r"[ \t]*=[ \t]*(?P<value>[0-9]+(?:\.[0-9]+)?)[ \t]*"
)
#: A line that names distributions and their entropy (in the languages the checker reads).
_DISTRIBUTIONS = lazy(r"distribu|分布|분포|распределени", re.IGNORECASE)
_ENTROPY = lazy(r"entrop|エントロピー|熵|엔트로피|энтропи", re.IGNORECASE)
#: Longest line looked at as a heading.
_MAX_HEADING = 120


def count_claims(lines: Sequence[tuple[int, str]]) -> Iterator[CommentClaim]:
    """The entropy each line of counts under a heading that calls them distributions claims (see the module).

    ``lines``: lines of prose and printed output with their offsets, in order.
    """
    under = -1  # where a line right below such a heading, or below a line of counts under one, starts
    for offset, line in lines:
        match = _COUNTS.fullmatch(line) if offset == under and "<-" in line else None
        if match is not None:
            claim = _claim(match, offset)
            if claim is not None:
                yield claim
        heading = len(line) <= _MAX_HEADING and bool(_DISTRIBUTIONS.search(line) and _ENTROPY.search(line))
        under = offset + len(line) + 1 if match is not None or heading else -1


def _claim(match: re.Match[str], offset: int) -> CommentClaim | None:
    counts = [int(count) for count in match.group("counts").split(",")]
    total = sum(counts)
    if total == 0:
        return None
    written = ", ".join(str(Fraction(count, total)) for count in counts)
    call = MeasureCall("entropy", (LITERAL + written,), None, NAMED + "counts")
    where = offset + match.start("value")
    shown = ", ".join(str(count) for count in counts)
    reading = resolved(call, printed(match.group("value")), lead=f"the counts ({shown}) divided by their sum, {total}")
    if isinstance(reading, str):
        return CommentClaim("", where, note=reading)
    return call_claim(reading, match.group("value"), where) if isinstance(reading, MeasureCall) else None
