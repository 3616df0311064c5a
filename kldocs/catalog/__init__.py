"""Message catalogs: every word a reader sees, in English and Korean.

Templates and the command line look words up by key; the two languages
share every template. Each area keeps its messages in its own module
(``pages``, ``derivations``), each with an ``EN`` and a ``KO`` dictionary
holding the same keys.

>>> message("unit.nats", "en")
'nats'
>>> message("unit.nats", "ko")
'내트'
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

LANGUAGES = ("en", "ko")


@cache
def catalog(language: str) -> dict[str, str]:
    """Every message of one language, merged from the area modules."""
    from kldocs.catalog import check, derivations, exercises, families, lecture, notebook, pages

    if language not in LANGUAGES:
        raise KeyError(f"no catalog for language {language!r}")
    merged: dict[str, str] = {}
    for area in (pages, lecture, derivations, families, exercises, check, notebook):
        merged.update(getattr(area, language.upper()))
    return merged


def message(key: str, language: str = "en", **params: Any) -> str:
    """The message ``key`` in ``language``, with ``{name}`` fields filled from ``params``."""
    text = catalog(language)[key]
    return text.format(**params) if params else text


#: LaTeX in messages, as plain text for a terminal (longest names first).
_PLAIN = (
    (r"\mathrm{KL}", "KL"),
    (r"\parallel", "||"),
    (r"\approx", "≈"),
    (r"\infty", "∞"),
    (r"\sigma", "σ"),
    (r"\tilde ", "~"),
    (r"\cdot", "·"),
    (r"\sum", "Σ"),
    (r"\log", "log"),
    (r"\min", "min"),
    (r"\mu", "μ"),
    (r"\ln", "ln"),
    (r"\le", "≤"),
    (r"\ge", "≥"),
    (r"\ne", "≠"),
    (r"\,", " "),
)
_MATH = re.compile(r"\$([^$]*)\$")


def plain_text(text: str) -> str:
    """A message with its ``$...$`` math as plain text, for a terminal.

    >>> plain_text(r"Apply $\\log x \\le x - 1$ to every term.")
    'Apply log x ≤ x − 1 to every term.'
    """

    def unmath(match: re.Match[str]) -> str:
        math = match.group(1)
        for latex, shown in _PLAIN:
            math = math.replace(latex, shown)
        return math.replace("{", "").replace("}", "").replace("-", "\u2212")

    return _MATH.sub(unmath, text)
