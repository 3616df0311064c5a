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
from kldocs.checker.lazy_patterns import lazy

#: A function a document defines with ``def`` and a measure's name (``def cross_entropy(p, q):``).
_DEFINED = lazy(r"^[ \t]*def[ \t]+(?P<name>[A-Za-z_][A-Za-z0-9_]{0,60})[ \t]*\(", re.MULTILINE)
#: The measures a value printed under a label may be, and which defined functions may have printed it.
_FAMILIES = {"kl": "kl", "cross_entropy": "cross_entropy", "entropy": "entropy", "jsd": "js", "js_distance": "js"}


def own_functions(code: Sequence[str]) -> dict[str, str]:
    """The first function the code defines for each family of measures (``kl``, ``js``...), by family: a value it
    printed may be another reading of that measure (a mean, a square root, another base).

    >>> own_functions(["def cross_entropy(p, q):\\n    return -np.mean(p * np.log(q))", "def jsd(p, q): ..."])
    {'cross_entropy': 'cross_entropy', 'js': 'jsd'}
    """
    found: dict[str, str] = {}
    for block in code:
        for match in _DEFINED.finditer(block):
            named = FUNCTIONS.get(match.group("name").lower())
            if named is not None:
                found.setdefault(_FAMILIES[named], match.group("name"))
    return found


def defined_for(functions: dict[str, str], measure: str) -> str | None:
    """The function of :func:`own_functions` that may have printed a value of ``measure`` (the JSD or the JS
    distance alike), if any.

    >>> defined_for({"js": "jsd"}, "js_distance"), defined_for({"kl": "kl"}, "entropy")
    ('jsd', None)
    """
    family = _FAMILIES.get(measure)
    return None if family is None else functions.get(family)
