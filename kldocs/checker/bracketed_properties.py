r"""Properties packed in brackets after a measure's name: "KL-Divergenz (nicht symmetrisch!)", "JSD (symmetric)".

A heading or a line that names a measure and, right after it, lists in brackets what it is says each item of
that measure. An item is read as :mod:`~kldocs.checker.worded_properties` reads what follows a subject ("nicht
symmetrisch", "no es simétrica"), or as a property's name alone ("symmetrisch", "asymmetric", "non-negative", as
:func:`~kldocs.checker.titled_bullets.named_claim` reads it); for a divergence, "equality exactly when P = Q"
("Gleichheit genau dann, wenn P = Q", "égalité si et seulement si P = Q") is its zero at P = Q. Items are split at
commas and semicolons, but for a comma before "wenn", "si", "when", "if" (that clause is the item's own); an
interval in brackets ("beschränkt auf [0,1]") is :mod:`~kldocs.checker.stated_ranges`' to read. Brackets after a
name that hold a symbol or a formula ("KL divergence (D_KL)") say nothing read here.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("## KL-Divergenz (Gleichheit genau dann, wenn P = Q; nicht symmetrisch!)\n", "a.md")
>>> [(item.measure, item.property, item.negated) for item in bracketed_properties(document, document.paragraphs[0])]
[('kl', 'zero_iff_equal', False), ('kl', 'symmetric', True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.formula_properties import IFF
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_subjects import SUBJECT, subject_measure
from kldocs.checker.measure_words import PROPERTY_SUBJECTS, SUBJECT_ANCHORS
from kldocs.checker.named_measures import named_variant
from kldocs.checker.property_claims import Property
from kldocs.checker.screens import mentions
from kldocs.checker.titled_bullets import named_claim
from kldocs.checker.worded_properties import said_after

#: A measure's name (in English or another language) right before an opening bracket.
_NAMED = lazy(
    r"(?:(?<![A-Za-z])"
    + SUBJECT
    + "|"
    + "|".join(f"(?P<{measure}>{words})" for measure, words in PROPERTY_SUBJECTS)
    + r")[*_]*\s*$",
    re.IGNORECASE,
)
#: Most characters read before a bracket for the name, and inside it for the properties.
_NAME_REACH = 60
_INSIDE_REACH = 160
#: Most characters read before a name for a word that makes it another measure's ("symmetrised KL divergence").
_QUALIFIER_REACH = 30
#: Words (folded), one of which is in brackets that list a property read here.
_INSIDE_ANCHORS = (
    *("sym", "sim", "metri", "métri", "metrik", "bound", "born", "beschr", "acotad", "limitad", "negativ"),
    *("gatif", "gative", "nulle", "equal", "gleich", "égal", "igual"),
    *("对称", "對稱", "대칭", "対称", "非负", "有界", "음"),
)
#: Where one item in the brackets ends: a comma or semicolon, but not a comma before the clause of an "iff".
_SPLIT = lazy(r"[;；]|[,，、](?!\s*(?:wenn|si|when|if|que|dass|quand|lorsque|cuando|quando|se)(?![^\W\d_]))", re.I)
#: Equality (in the divergence's bound 0) exactly when the two distributions are the same.
_EQUALITY = lazy(
    r"(?:equality|Gleichheit|[ée]galit[ée]|igualdad|igualdade|uguaglianza|等号成立|等号)\s*,?\s*(?:"
    + IFF
    + r"|gdw\.?|ssi)\s*[A-Za-z]\s*=\s*[A-Za-z][\s!.]*",
    re.IGNORECASE,
)
#: The measures of which "equality exactly when P = Q" says their zero at P = Q (for the cross-entropy it is the
#: equality in H(P,Q) >= H(P), another property).
_ZERO_AT_EQUAL = frozenset({"kl", "jsd", "jeffreys"})
#: Characters in an item that make it a note on the name, not a property: a symbol or a formula.
_NOT_PROPERTIES = lazy(r"[=\\|]|\b[DH]_")


def bracketed_properties(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The properties listed in brackets right after a measure's name in a paragraph (a heading, a line)."""
    text = paragraph.text
    if ("(" not in text and "（" not in text) or not mentions(text, SUBJECT_ANCHORS):
        return
    for opening in re.finditer(r"[(（]", text):
        start = opening.end()
        closing = re.compile(r"[()（）\n]").search(text, start, start + _INSIDE_REACH + 1)
        if closing is None or closing.group() not in ")）" or closing.start() - start < 3:
            continue
        inside = text[start : closing.start()]
        if "?" in inside or "？" in inside or not mentions(inside, _INSIDE_ANCHORS):
            continue  # "(symmetric? bounded?)": asked, not said
        name = _NAMED.search(text, max(0, opening.start() - _NAME_REACH), opening.start())
        if name is None:
            continue
        measure = next((named for named, _ in PROPERTY_SUBJECTS if name.group(named)), None)
        measure = measure or subject_measure(name.group("subject"))
        measure = named_variant(text[max(0, name.start() - _QUALIFIER_REACH) : opening.start()], measure)
        if measure is None:
            continue  # "The symmetrised KL divergence (symmetric)": another measure, built from the one named
        for item_start, item in _items(inside):
            found = _read(item, measure)
            if found is not None:
                offset = paragraph.offset + start + item_start
                shown = " ".join(item.split())
                yield Property(document.line(offset), shown, measure, found[0], found[1], offset)


def _items(inside: str) -> Iterator[tuple[int, str]]:
    """The items listed in brackets, each with where it starts in them."""
    start = 0
    for mark in [*_SPLIT.finditer(inside), None]:
        end = len(inside) if mark is None else mark.start()
        item = inside[start:end]
        lead = len(item) - len(item.lstrip())
        if item.strip():
            yield start + lead, item.strip()
        start = end + 1 if mark is not None else end


def _read(item: str, measure: str) -> tuple[str, bool] | None:
    """What one item says of ``measure``: ``(property, negated)``, or None."""
    if _EQUALITY.fullmatch(item):
        return ("zero_iff_equal", False) if measure in _ZERO_AT_EQUAL else None
    if _NOT_PROPERTIES.search(item):
        return None
    found = said_after(item, 0, len(item), measure)
    if found is not None and found[3] == measure and not item[found[2] :].strip(" !.*_"):
        return found[0], found[1]
    return named_claim(item, measure)
