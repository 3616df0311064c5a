r"""A convention stated as an equation: "we define $\log 0 = 0$" sets how a sum treats an empty category.

Authors who write the entropy as :math:`-\sum p \log p` often say, to cover a category of probability 0, that
they take ``log 0 = 0`` (meaning that the term ``0 log 0`` counts as 0). Read alone, ``\log 0 = 0`` is false
(the logarithm of 0 is minus infinity); said as a convention ("we define", "by convention", 定義する, 约定,
정의한다, "on pose", "definimos", "положим") it is not a claim, and it is left unchecked with the reason.

>>> from kldocs.checker.reading import parse_text
>>> text = "Here we define $\\log 0 = 0$, so empty categories add nothing.\n"
>>> convention_near(text, text.index("\\log"))
'define'
>>> convention_near("Note that $\\log 0 = 0$.\n", 11) is None
True
"""

from __future__ import annotations

import re

from kldocs.checker.checked import Checked, left_unchecked
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

#: A claim that the logarithm of 0 is 0: ``\log 0 = 0``, ``log_2(0) = 0``, ``ln 0 := 0``.
_LOG_OF_ZERO = lazy(r"^\s*\\?(?:log|ln|lg)\s*(?:_\s*\{?\s*\w+\s*\}?\s*)?[({]?\s*0\s*[)}]?\s*:?=\s*0\s*[.,;。]?\s*$")
#: Words that set a convention, in the languages the checker reads.
_CONVENTION = lazy(
    r"(?<![^\W\d_])(?:defin\w*|d[ée]fini\w*|convention\w*|convenci[oó]n\w*|conven[çc][ãa]o|convenzione|Konvention|"
    r"vereinbar\w*|definier\w*|assum\w*|treat\w*|agree\w*|pose|posons|posamos|"
    r"определ\w*|положим|полагаем|считаем|соглашени\w*)(?![^\W\d_])"
    r"|定義|定义|约定|約定|规定|規定|約束|とする|とします|と置|とお|정의|약속|관례|규약",
    re.IGNORECASE,
)
#: Where the sentence around a claim ends, either way.
_SENTENCE_END = lazy(r"[.!?。！？](?=\s|$)|\n\s*\n")
#: Characters read on each side of a claim for a word that sets a convention.
_REACH = 160


def convention_near(text: str, offset: int) -> str | None:
    """The word that makes the claim at ``offset`` a convention, in its sentence; else None."""
    start = max(0, offset - _REACH)
    start = max([start, *(end.end() for end in _SENTENCE_END.finditer(text, start, offset))])
    after = _SENTENCE_END.search(text, offset + 1, offset + _REACH)
    stop = min(len(text), offset + _REACH) if after is None else after.end()
    found = _CONVENTION.search(text, start, stop)
    return None if found is None else found.group()


def unless_convention(document: SourceText, results: list[tuple[int, Checked]]) -> list[tuple[int, Checked]]:
    """``results`` with each false ``log 0 = 0`` that its sentence sets as a convention left unchecked."""

    def why(offset: int, checked: Checked) -> str | None:
        if checked.verdict != "false" or not _LOG_OF_ZERO.match(checked.text):
            return None
        word = convention_near(document.text, offset)
        return (
            None
            if word is None
            else f"a convention the document sets (“{word}”): the term 0 log 0 counts as 0; not a claim"
        )

    return left_unchecked(results, why)
