"""The words of one language for the page models, with fields filled on lookup.

>>> words = Words("en")
>>> words.unit(Base.parse("2"))
'bits'
"""

from __future__ import annotations

from typing import Any

from kldocs.catalog import catalog
from kldocs.exact import Base
from kldocs.models.blocks import Inline, Paragraph, fill, rich


class Words:
    """The catalog of one language, with ``[[name]]`` fields filled on lookup."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._messages = catalog(language)

    def __call__(self, key: str, **params: str) -> str:
        """The message ``key`` with its ``[[name]]`` fields filled."""
        return fill(self._messages[key], **params)

    def paragraph(self, key: str, style: Any = "plain", **params: str) -> Paragraph:
        """The message ``key`` as a paragraph, its ``$...$`` parts as math."""
        return rich(self._messages[key], style, **params)

    def inline(self, key: str, **params: str) -> Inline:
        """The message ``key`` as text with inline math (a caption, a step note)."""
        return rich(self._messages[key], "plain", **params).segments

    def unit(self, base: Base, *, one: bool = False) -> str:
        """The name of the unit of ``base``: nats, bits, bans or a described unit; singular after exactly 1."""
        key = {"nats": "unit.nats", "bits": "unit.bits", "bans": "unit.bans"}.get(base.unit, "unit.other")
        if one:
            key = {"unit.other": "unit.other.one"}.get(key, key.removesuffix("s"))
        return self(key, base=base.name)

    def log_name(self, base: Base) -> str:
        """How the page names the logarithm of ``base`` ("natural (base e)")."""
        key = {"e": "log.e", "2": "log.2", "10": "log.10"}.get(base.name, "log.other")
        return self(key, base=base.name)
