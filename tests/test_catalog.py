"""The message catalogs: both languages say the same things."""

from __future__ import annotations

import re

import pytest

from kldocs.catalog import LANGUAGES, catalog, message

FIELD = re.compile(r"\[\[(\w+)\]\]|\{(\w+)\}")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_every_language_has_the_same_keys() -> None:
    english = catalog("en")
    for language in LANGUAGES:
        assert set(catalog(language)) == set(english), language


@pytest.mark.parametrize("key", sorted(catalog("en")))
def test_translations_keep_fields_and_math(key: str) -> None:
    english, korean = catalog("en")[key], catalog("ko")[key]
    assert sorted(FIELD.findall(english)) == sorted(FIELD.findall(korean))
    assert english.count("$") % 2 == 0 and korean.count("$") % 2 == 0
    if HANGUL.search(english) is None and re.search("[A-Za-z]{4,}", FIELD.sub("", english).replace("$", "")):
        # Korean text must actually be Korean where the English has words (symbols like "JSD" may stay).
        assert HANGUL.search(korean) or len(english) < 12, (key, korean)


def test_message_fills_fields() -> None:
    assert message("unit.nats", "ko") == "내트"
    with pytest.raises(KeyError):
        catalog("fr")
