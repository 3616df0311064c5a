"""The message catalogs: both languages say the same things."""

from __future__ import annotations

import re

import pytest

from kldocs.catalog import LANGUAGES, catalog, message

FIELD = re.compile(r"\[\[(\w+)\]\]|\{(\w+)\}")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
MATH = re.compile(r"\$[^$]*\$")
#: CJK ideographs (Hanja): the Korean fonts of the PDFs do not all have them.
HANJA = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def test_every_language_has_the_same_keys() -> None:
    english = catalog("en")
    for language in LANGUAGES:
        assert set(catalog(language)) == set(english), language


@pytest.mark.parametrize("key", sorted(catalog("en")))
def test_translations_keep_fields_and_math(key: str) -> None:
    english, korean = catalog("en")[key], catalog("ko")[key]
    assert sorted(FIELD.findall(english)) == sorted(FIELD.findall(korean))
    assert english.count("$") % 2 == 0 and korean.count("$") % 2 == 0
    if HANGUL.search(english) is None and re.search("[A-Za-z]{4,}", FIELD.sub("", MATH.sub("", english))):
        # Korean text must actually be Korean where the English has words (symbols like "JSD" may stay).
        assert HANGUL.search(korean) or len(english) < 12, (key, korean)


def test_message_fills_fields() -> None:
    assert message("unit.nats", "ko") == "내트"
    with pytest.raises(KeyError):
        catalog("fr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_needs_a_hanja_glyph(language: str) -> None:
    assert [key for key, text in catalog(language).items() if HANJA.search(text)] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_chart_texts_with_math_have_no_hangul(language: str) -> None:
    # A chart sets a text with $...$ in its math font, which has no Hangul.
    charts = {key: text for key, text in catalog(language).items() if ".chart." in key}
    mixed = [
        key
        for key, text in charts.items()
        if "$" in text and HANGUL.search(text) and not key.endswith(("caption", "alt"))
    ]
    assert mixed == []
