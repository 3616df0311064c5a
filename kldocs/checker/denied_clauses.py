r"""Whether a sentence denies or reports what it says: the words that do (``not``, ``myth``, ``some claim``), and
where the clause they reach starts.

>>> text = "It is a myth that KL is symmetric."
>>> DENIAL.search(text[clause_start(text, 0, text.index("KL")) : text.index("KL")]).group()
'myth'
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

DENIAL = lazy(
    r"\b(?:not|never|wrong|mistaken?|myth|misconception|slip|incorrect|false|nor|neither|whether|claim|claims|"
    r"believe|assume|if|say|says|said|think|thinks|thought|state|states|stated|argue|argues|argued|suggest|suggests|"
    r"write|writes|wrote)\b|n['’]t",
    re.IGNORECASE,
)


#: A word that starts a clause of its own: a denial before it does not reach the property after it.
_CLAUSE = lazy(r"\b(?:because|since|therefore|thus|hence|but|however|whereas)\b", re.IGNORECASE)


def clause_start(text: str, start: int, end: int) -> int:
    """Where the clause holding ``text[end]`` starts: after "because", "but"... unless a denial before it reports a
    claim ("some claim that since KL is symmetric..."), which reaches the whole sentence.

    >>> text = "Do not read it literally, because KL is not symmetric."
    >>> text[clause_start(text, 0, text.index("KL")) :]
    ' KL is not symmetric.'
    >>> clause_start("It is a myth that since KL is symmetric...", 0, 25)
    0
    """
    clauses = list(_CLAUSE.finditer(text, start, end))
    if not clauses:
        return start
    before = text[start : clauses[-1].start()]
    reported = any(re.search(r"\bthat\b", before[denial.end() :]) for denial in DENIAL.finditer(before))
    return start if reported else clauses[-1].end()
