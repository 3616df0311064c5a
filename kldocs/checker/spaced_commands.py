r"""TeX commands a machine translation split after their backslash: ``\ sum_ {i = 1} ^ n \ frac {count_i} {N}``.

Translated pages keep their formulas but put a space after each backslash, which makes ``\ sum`` a control space
and the word "sum". Where a document has such a split sum, fraction or logarithm, every backslash followed by a
space and a command of mathematics is read as that command (``\ frac`` as `` \frac``: the space moved before the
backslash, so every offset still points into the file). A document without one is left as it is: ``\ `` is also
TeX's control space (``10\ cm``).

>>> with_commands_closed(r"$H = - \ sum_ {i = 1} ^ n \ frac {c_i} {N} \ log_2 \ frac {c_i} {N}$")
'$H = -  \\sum_ {i = 1} ^ n  \\frac {c_i} {N}  \\log_2  \\frac {c_i} {N}$'
>>> with_commands_closed(r"a width of 10\ cm")
'a width of 10\\ cm'
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy

#: A backslash, a space, and the name of a command of mathematics.
_SPLIT = lazy(
    r"\\ (?=(?:sum|frac|dfrac|log|ln|left|right|cdot|mid|sqrt|int|prod|Sigma|mathrm|operatorname|text|quad|infty"
    r"|ldots|cdots|times|approx|leq?|geq?|neq|[Vv]ert|parallel|mathbb|mathcal|eta|mu|sigma|theta|lambda)(?![A-Za-z]))"
)
#: The commands whose split form marks a translated document.
_MARKS = ("\\ sum", "\\ frac", "\\ log")


def with_commands_closed(text: str) -> str:
    """``text`` with each split command of mathematics joined to its backslash, when ``text`` splits a sum, a
    fraction or a logarithm; else as written."""
    if "\\ " not in text or not any(mark in text for mark in _MARKS):
        return text
    return _SPLIT.sub(lambda _: " \\", text)
