r"""A sum over the self-information a document defined above it: ``H(S) = -\sum_k p_k I(S_k)``.

Texts on coding define the information of a symbol first, ``I(S_k) = -\log_2(p_k)``, and then the entropy as its
mean, writing ``I(S_k)`` inside the sum. The sum's sign can only be judged with that definition put in: where the
document defines ``I`` of one symbol as ``-\log p`` (or ``\log\frac{1}{p}``) in the text before a formula, each
``I(S_k)`` in the formula is read as ``\log\frac{1}{p_k}`` (:func:`with_information`). ``-\sum_k p_k I(S_k)`` is then
the entropy with its sign flipped. A document that defines ``I`` otherwise, or not at all, leaves its sums as
written (unread).

>>> text = "The information of a symbol is $I(S_k) = -\\log_2(p_k)$. Then $H(S) = -\\sum_k p_k I(S_k)$."
>>> defined = information_defined(text, text.rindex("$H"))
>>> defined
('S', 'p_k')
>>> with_information(r"H(S) = -\sum_k p_k I(S_k)", defined)
'H(S) = -\\sum_k p_k \\log\\frac{1}{p_k}'
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

_INDEX = r"(?:_\{?\w{1,3}\}?)?"
#: The self-information of one symbol defined as the minus log of its probability, or the log of its inverse:
#: ``I(S_k) = -\log_2(p_k)``, ``I(x_i) = \log \frac{1}{p(x_i)}``, ``\log_2\left(\frac{1}{p_k}\right)``,
#: ``I(s) = −log₂ p``, ``log2(1/p_k)``.
_DEFINED = lazy(
    rf"(?<![A-Za-z\\])I\s*\(\s*(?P<letter>[A-Za-z]){_INDEX}\s*\)\s*(?:=|:=|\\equiv)\s*"
    rf"(?:[-−]\s*\\?(?:log|ln)(?:_\{{?[2e]\}}?|2|₂)?\s*(?:\(\s*(?P<minus>[pP]{_INDEX}(?:\([^()]{{1,8}}\))?)\s*\)"
    rf"|(?P<bare>[pP]{_INDEX}(?:\([^()]{{1,8}}\))?))"
    rf"|\\?(?:log|ln)(?:_\{{?[2e]\}}?|2|₂)?\s*(?:\\left\s*)?\(?\s*(?:\\[dt]?frac\s*\{{\s*1\s*\}}\s*\{{\s*(?P<inverse>[pP]{_INDEX}(?:\([^()]{{1,8}}\))?)\s*\}}"
    rf"|1\s*/\s*(?P<slash>[pP]{_INDEX}(?:\([^()]{{1,8}}\))?)))"
)
#: How far before a formula its definition is looked for.
_REACH = 3000


def information_defined(text: str, at: int) -> tuple[str, str] | None:
    r"""The letter of the symbol and the probability written, when ``text`` defines the self-information in the
    :data:`_REACH` characters before ``at`` (the nearest such definition); else None.

    >>> information_defined(r"$I(x) = \log \frac{1}{p(x)}$ and then", 30)
    ('x', 'p(x)')
    >>> information_defined(r"$I(x) = \log p(x)$ and then", 20) is None
    True
    >>> information_defined("I(s_k) = log2(1/p_k).", 30)
    ('s', 'p_k')
    """
    found = None
    for match in _DEFINED.finditer(text, max(0, at - _REACH), at):
        found = match
    if found is None:
        return None
    return found.group("letter"), next(
        found.group(name) for name in ("minus", "bare", "inverse", "slash") if found[name]
    )


def with_information(formula: str, defined: tuple[str, str] | None) -> str:
    r"""``formula`` with each ``I`` of the defined symbol (any index) written as ``\log\frac{1}{p}`` (the defined
    probability), when the document defines it; else as written.

    >>> with_information(r"H = \sum_i p_i I(x_i)", ("x", "p_i"))
    'H = \\sum_i p_i \\log\\frac{1}{p_i}'
    >>> with_information(r"I(X;Y) = \sum p I(x)", None)
    'I(X;Y) = \\sum p I(x)'
    """
    if defined is None or "I" not in formula:
        return formula
    letter, probability = defined
    term = rf"\log\frac{{1}}{{{probability}}}"
    return re.sub(rf"(?<![A-Za-z\\])I\s*\(\s*{letter}{_INDEX}\s*\)", lambda _: term, formula)
