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

from functools import cache
from typing import Any

LANGUAGES = ("en", "ko")


@cache
def catalog(language: str) -> dict[str, str]:
    """Every message of one language, merged from the area modules."""
    from kldocs.catalog import derivations, exercises, lecture, pages

    if language not in LANGUAGES:
        raise KeyError(f"no catalog for language {language!r}")
    merged: dict[str, str] = {}
    for area in (pages, lecture, derivations, exercises):
        merged.update(getattr(area, language.upper()))
    return merged


def message(key: str, language: str = "en", **params: Any) -> str:
    """The message ``key`` in ``language``, with ``{name}`` fields filled from ``params``."""
    text = catalog(language)[key]
    return text.format(**params) if params else text
