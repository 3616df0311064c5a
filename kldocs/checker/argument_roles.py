"""The roles a text gives the letters of a divergence: "p is the approximation, q the true distribution".

``D(p||q)`` usually has the true (data, target) distribution first and the approximation (model, prediction)
second. A text that names the roles the other way ("where p is the approximation and q the true distribution")
writes the divergence by its own convention, so a sum weighted by ``q`` may be right there: the definition's
direction is not judged (see :mod:`~kldocs.checker.sum_definitions`).

>>> roles_reversed("where p is the approximation and q the true distribution")
True
>>> roles_reversed("p is the true distribution and q the model"), roles_reversed("for two distributions p and q")
(False, False)
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

#: Words for the approximation and for the true distribution, in several languages.
_APPROXIMATION = (
    r"approximat\w*|model\w*|predict\w*|estimat\w*|guess\w*|近似|模型|预测|근사|모델|예측|近似分布|モデル|"
    r"aproximaci[oó]n|aproxima\w*|modelo|Approximation|Modell|приближ\w*|модел\w*"
)
_TRUE = (
    r"true|real|actual|target|data|empirical|reference|ground[- ]truth|真实|真の|실제|참|目标|verdader\w*|vrai\w*|"
    r"wahre\w*|echte\w*|истинн\w*|реальн\w*"
)
#: A letter given a role: "p is the approximation", "q (the true distribution)", "q: target", "p = model".
_ROLE = lazy(
    r"(?<![A-Za-z])(?P<letter>[pqPQ])(?:\(x\))?\s?(?:is|are|as|be|denotes|represents|=|:|,|\(|是|为|는|은|は|es|est|ist|—|-)?"
    r"\s?(?:(?:the|our|a|an|la|le|el|die|der|das)\s)?(?:(?P<approximation>"
    + _APPROXIMATION
    + r")|(?P<true>"
    + _TRUE
    + r"))",
    re.IGNORECASE,
)


def roles_reversed(text: str) -> bool:
    """Whether ``text`` names ``p`` the approximation or ``q`` the true distribution (the roles of ``D(p||q)`` the
    other way round from the usual), and names no letter the other way."""
    reversed_roles, usual = False, False
    for match in _ROLE.finditer(text):
        first = match.group("letter").lower() == "p"
        if first == (match.group("approximation") is not None):
            reversed_roles = True
        else:
            usual = True
    return reversed_roles and not usual
