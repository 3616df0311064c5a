"""Bullets with no subject under a heading that is a measure's name, in languages other than English.

A list under "## KL散度的性质", "## Propiedades de la divergencia KL" or "## 엔트로피의 성질" says each of its
items of that measure when the item names no measure of its own: "- 不对称", "- No es simétrica", "- 비대칭".
What an item says is read as :mod:`~kldocs.checker.worded_properties` reads it after a subject, or as a property's
name alone ("- Symétrique", "- Non-negative", as a table's row names it). A heading that
is anything more than the measure's name (maybe with "properties of"), or a line of prose between it and the
list, gives no subject; a line that is only the name, maybe ending in a colon ("Свойства дивергенции KL:"), is such a
heading (English lists are :mod:`~kldocs.checker.pronoun_properties`' to read).

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("## KL散度的性质\\n\\n- 非负\\n- 不对称\\n", "a.md")
>>> [(item.measure, item.property, item.negated) for item in titled_bullets(document, document.paragraphs[1])]
[('kl', 'negative', True), ('kl', 'symmetric', True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import PROPERTY_SUBJECTS
from kldocs.checker.negations import refuted
from kldocs.checker.pronoun_properties import MOST_PRONOUNS, lead_line
from kldocs.checker.property_claims import Property
from kldocs.checker.table_properties import named_property
from kldocs.checker.worded_properties import said_after

#: A list item and what it says.
_ITEM = lazy(r"^[ \t]*+(?:[-*+•]|[0-9]{1,3}[.)])[ \t]++(?P<said>[^\n]*)", re.MULTILINE)
#: A measure's name in the languages read, each a group named by the measure.
_NAME = "|".join(f"(?P<{measure}>{words})" for measure, words in PROPERTY_SUBJECTS)
_SUBJECT = lazy(_NAME, re.IGNORECASE)
#: A heading that is a measure's name, maybe as the title of its properties: "Propiedades de la divergencia KL",
#: "KL散度的性质", "엔트로피의 성질", "KLダイバージェンスの性質".
_HEADING = lazy(
    r"[#\s*_]*(?:(?:Propiedades|Propriedades|Propri[ée]t[ée]s|Propriet[àa]|Eigenschaften|Свойства)\s+"
    r"(?:de\s+la\s+|de\s+l['’]\s*|de\s+|da\s+|della\s+|dell['’]\s*|der\s+|des\s+|von\s+)?)?(?:" + _NAME + r")"
    r"\s*(?:的?(?:性质|特性|性質)|の(?:性質|特徴|特性)|의\s*(?:성질|특성|속성))?[\s*_:：]*",
    re.IGNORECASE,
)


def titled_bullets(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The properties the items of a list with no subject say of the measure its heading names."""
    written = document.text[paragraph.offset : paragraph.offset + len(paragraph.text)]  # its lines as written
    if "\n" not in written and not _ITEM.match(written):
        return
    measure: str | None = None
    for number, item in enumerate(_ITEM.finditer(written)):
        if number >= MOST_PRONOUNS:
            return
        if measure is None:
            measure = _heading_measure(lead_line(document, paragraph.offset + item.start()))
            if measure is None:
                return
        said = item.group("said")
        if "?" in said or "？" in said or _SUBJECT.search(said):
            continue  # a question, or a subject of its own
        found = said_after(said, 0, len(said), measure)
        named = named_claim(said, measure) if found is None else None  # "- Symétrique", "- Non-negative"
        if named is not None:
            found = (*named, len(said), measure)
        if found is None or refuted(said[found[2] :], ""):
            continue
        kind, negated, stop, said_of = found
        offset = paragraph.offset + item.start("said")
        yield Property(document.line(offset), " ".join(said[:stop].split()), said_of, kind, negated, offset)


#: A property's name as a noun ("Symmetry", "对称性", "Simetría", "Non-negativity"): a topic, maybe, not a claim.
_NOUN = lazy(r".*(?:ty|ness|ie|[ií]a|性|성)[\s*_!.:]*", re.IGNORECASE)


def named_claim(said: str, measure: str) -> tuple[str, bool] | None:
    """The property a property's name alone says ``measure`` has (or has not), as ``(property, negated)``: an
    adjective ("Symétrique", "Non-negative", "Not a metric"), not a noun that may only name a topic ("对称性",
    "Symmetry"); "Metric" alone may name one too. Of the entropy only its sign is read.

    >>> named_claim("Symétrique", "jsd"), named_claim("对称性", "kl")
    (('symmetric', False), None)
    >>> named_claim("Métrique", "jsd"), named_claim("Not a metric", "kl")
    (None, ('metric', True))
    """
    named = named_property(said)
    if named is None or _NOUN.fullmatch(said) or (named[0] == "metric" and not named[1]):
        return None
    return named if measure != "entropy" or named[0] == "negative" else None


def _heading_measure(line: str | None) -> str | None:
    """The measure a heading in another language, or a line alone above a list (maybe ending in a colon), names
    when it is that measure's name, or None.

    >>> _heading_measure("## Propiedades de la divergencia KL"), _heading_measure("## Por qué la divergencia KL")
    ('kl', None)
    >>> _heading_measure("Свойства дивергенции KL:"), _heading_measure("Die KL-Divergenz ist nützlich:")
    ('kl', None)
    """
    heading = _HEADING.fullmatch(line) if line is not None else None
    return heading.lastgroup if heading is not None else None
