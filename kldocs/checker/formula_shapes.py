r"""Definitions of KL divergence written as a sum: is the sign right?

``D_{KL}(P \| Q) = \sum_x P(x) \log \frac{P(x)}{Q(x)}`` and
``= -\sum_x P(x) \log \frac{Q(x)}{P(x)}`` are the definition; a minus sign in
front of the first, or the ratio turned over in the second, flips the sign
of every value. The shape is read from the formula's text once spacing,
``\left``/``\right``, arguments ``(x)`` and indices ``_i`` are dropped.

>>> sign_of_definition(r"D_{KL}(P \| Q) = -\sum_x p(x) \ln \frac{p(x)}{q(x)}")
('P', 'Q', -1)
>>> sign_of_definition(r"D_{\mathrm{KL}}(P\parallel Q) = -\sum_{i} P(i)\log\left(\frac{Q(i)}{P(i)}\right)")
('P', 'Q', 1)
>>> sign_of_definition(r"D_{\mathrm{KL}}(P\parallel Q) = \sum_{x\in \chi}P(x)\log_b\left(\frac{P(x)}{Q(x)}\right)")
('P', 'Q', 1)
>>> sign_of_definition(r"H(P) = -\sum p \log p") is None
True
"""

from __future__ import annotations

import re

_CLUTTER = re.compile(
    r"\\left|\\right|\\[,;:! ]|\\cdot|\\mathrm|\\mathit|\\operatorname|\\displaystyle|\\limits|\s|\*|·|"
    r"\((?:x|i|j|k|y|x_?\{?i\}?)\)|_\{?(?:i|j|x|k|x\\in\\mathcal\{?X\}?|x\\in\\chi|i=1)\}?(?:\^\{?[nNk]\}?)?"
)
_KL_DEFINITION = re.compile(
    r"(?:D_\{?(?:\{?KL\}?)\}?|KL|D)\((?P<first>[PpQq])(?:\\\|\\\||\\\||\\parallel|\|\||‖|\\Vert)(?P<second>[PpQq])\)"
    r"=(?P<sign>-?)(?:\\sum|∑|Σ)(?:_\{?[a-z]\}?)?(?P<weight>[PpQq])"
    r"(?:\\log(?:_\{?(?:2|e|10|b)\}?)?|\\ln|log|ln)(?:_?\{?[0-9e]*\}?)?"
    r"[\[\({]*(?:\\[dt]?frac\{?(?P<top>[PpQq])\}?\{?(?P<bottom>[PpQq])\}?|(?P<num>[PpQq])/(?P<den>[PpQq]))"
)


def sign_of_definition(formula: str) -> tuple[str, str, int] | None:
    """For a formula defining KL as a sum: its two arguments and +1 (the right sign) or -1 (flipped); else None."""
    flat = re.sub(r"(\\sum|∑|Σ)_(?:\{[^{}]*\}|[A-Za-z])(?:\^(?:\{[^{}]*\}|\w))?", r"\1", re.sub(r"\s+", "", formula))
    flat = _CLUTTER.sub("", flat)
    flat = re.sub(r"\{([A-Za-z])\}", r"\1", flat)
    match = _KL_DEFINITION.search(flat)
    if match is None:
        return None
    first, second = match.group("first").upper(), match.group("second").upper()
    top = (match.group("top") or match.group("num")).upper()
    bottom = (match.group("bottom") or match.group("den")).upper()
    weight = match.group("weight").upper()
    if weight != first or {top, bottom} != {first, second} or first == second:
        return None
    orientation = 1 if top == first else -1
    sign = -1 if match.group("sign") else 1
    return first, second, orientation * sign
