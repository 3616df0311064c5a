"""Which function of the document's own may have printed a value shown under a measure's label.

A notebook that defines ``def cross_entropy(p, q): return -np.mean(...)`` and prints
``cross-entropy: 0.2762`` shows what its function computes, which may be another
reading of the measure (a mean for a sum, a square root, another base). Such a value
is not called false against the distributions in force; it is left unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kldocs.checker.code_calls import FUNCTIONS

#: A function a document defines with ``def`` and a measure's name (``def cross_entropy(p, q):``).
_DEFINED = re.compile(r"^[ \t]*def[ \t]+(?P<name>[A-Za-z_][A-Za-z0-9_]{0,60})[ \t]*\(", re.MULTILINE)
#: The measures a value printed under a label may be, and which defined functions may have printed it.
_FAMILIES = {"kl": "kl", "cross_entropy": "cross_entropy", "entropy": "entropy", "jsd": "js", "js_distance": "js"}


def defined_for(code: Sequence[str], measure: str) -> str | None:
    """The name of a function the code defines for ``measure`` (or, for a JSD, the JS distance), if any: a
    value it printed may be another reading of that measure (a mean, a square root, another base).

    >>> defined_for(["def cross_entropy(p, q):\\n    return -np.mean(p * np.log(q))"], "cross_entropy")
    'cross_entropy'
    >>> defined_for(["def jsd(p, q):\\n    ..."], "js_distance"), defined_for(["def kl(p, q): ..."], "entropy")
    ('jsd', None)
    """
    family = _FAMILIES.get(measure)
    if family is None:
        return None
    for block in code:
        for found in _DEFINED.finditer(block):
            named = FUNCTIONS.get(found.group("name").lower())
            if named is not None and _FAMILIES.get(named) == family:
                return found.group("name")
    return None
