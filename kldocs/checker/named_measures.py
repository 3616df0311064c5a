r"""Which measure a stretch of text speaks of: its words in ten languages and its symbols (``D_{KL}(P \| Q)``).

A value said again in prose (:mod:`~kldocs.checker.restated_values`) is
read against one measure: the one its clause names, or else the one the
lines just above it speak of. Both are found here. Words are tried most
specific first, and each is blanked once found, so "cross-entropy" is not
also an entropy and "relative entropy" is the KL divergence. A bare
"divergence" (散度, 발산) names no measure of its own: it is reported
apart, to be read as the measure of the context when that is a divergence.

>>> sorted(measures_in("so the KL divergence from Q to P comes out at"))
['kl']
>>> sorted(measures_in("We compute $D_{KL}(P \\| Q) = \\sum_x P(x) \\log \\frac{P(x)}{Q(x)}$ in nats."))
['kl']
>>> sorted(measures_in("H(P, Q) = H(P) + D_KL(P||Q)"))
['cross_entropy', 'entropy', 'kl']
>>> bare_divergence("gives a divergence of"), sorted(measures_in("gives a divergence of"))
(True, [])
>>> mention_end("The KL divergence term has a weight of")
17
>>> mentions_of("The JS *divergence* is"), mentions_of("the *Jensen-Shannon* divergence")
([(4, 18, 'jsd')], [(5, 31, 'jsd')])
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import LABEL_ANCHORS, LABEL_WORDS
from kldocs.checker.screens import mentions

#: The first letters of each measure's words (either case), tested before the words' alternatives (far faster).
_FIRST = {
    "cross_entropy": "cCeEkKкКпП交교크",
    "jsd": "jJdD",
    "kl": "kKdDrReEдД相쿨",
    "entropy": "eEэЭ熵エ엔",
}
_WORDS = tuple(
    (measure, lazy(rf"(?=[{_FIRST[measure]}])(?<![A-Za-z])(?:{words})(?![A-Za-z])", re.IGNORECASE))
    for measure, words in LABEL_WORDS
)
#: A divergence named without saying which: the measure of the context, when that is one.
_BARE = lazy(r"(?=[dDдД散발ダ])(?:diverg[eê]n\w*|Divergenz|дивергенци\w*|散度|발산|ダイバージェンス)", re.IGNORECASE)
#: Symbols of the measures in maths or plain text, by measure; tried before the words (``D_{KL}`` holds "KL").
_SYMBOLS = (
    ("kl", lazy(r"(?=[DK])(?:D_?\{?\s*(?:\\(?:mathrm|text|operatorname)\{)?KL\}?\}?\s*\(|(?<![A-Za-z])KL\s*\()")),
    ("jsd", lazy(r"(?=[JD])(?<![A-Za-z])(?:JSD|JS|D_?\{?\s*(?:\\(?:mathrm|text)\{)?JS\}?\}?)\s*\(")),
    ("cross_entropy", lazy(r"(?=H)(?<![A-Za-z])H ?\(\s*[A-Za-z](?:_[0-9])?\s*,\s*[A-Za-z]")),
    ("entropy", lazy(r"(?=H)(?<![A-Za-z\\])H ?\(\s*[A-Za-z](?:_[0-9])?\s*\)")),
)
_SYMBOL_ANCHORS = ("kl", "js", "h(", "h (")
_BARE_ANCHORS = ("divergen", "divergên", "дивергенц", "散度", "발산", "ダイバージェンス")


def mentions_of(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a measure, by word or symbol: ``(start, end, measure)``, with ``"divergence"`` for a
    bare "divergence"; each place once, the most specific reading kept."""
    found: list[tuple[int, int, str]] = []
    passes: list[tuple[str, re.Pattern[str]]] = []
    if mentions(text, _SYMBOL_ANCHORS):
        passes.extend(_SYMBOLS)
    if mentions(text, LABEL_ANCHORS):
        passes.extend(_WORDS)
    if mentions(text, _BARE_ANCHORS):
        passes.append(("divergence", _BARE))
    for measure, pattern in passes:
        for match in pattern.finditer(text):
            start, named = match.start(), measure
            qualifier = _QUALIFIER.search(text, max(0, start - 24), start) if measure == "divergence" else None
            if qualifier is not None and qualifier.lastgroup is not None:  # "JS *divergence*": the JSD
                start, named = qualifier.start(), qualifier.lastgroup
            if not any(begin < match.end() and start < end for begin, end, _ in found):
                found.append((start, match.end(), named))
    return sorted(found)


#: A divergence's qualifier set apart from it by emphasis: "JS *divergence*", "*Jensen-Shannon* divergence".
_QUALIFIER = lazy(
    r"(?<![A-Za-z])(?:(?P<jsd>JS|Jensen[-‐–— ]Shannon)|(?P<kl>KL|Kullback[-‐–— ]Leibler))"
    r"(?:[*_]{1,2}[-‐ ]?|[-‐ ]?[*_]{1,2}|[*_]{1,2}[-‐ ][*_]{1,2})\Z"
)


def measures_in(text: str) -> set[str]:
    """The measures ``text`` names by word or symbol (``kl``, ``cross_entropy``, ``jsd``, ``entropy``)."""
    return {measure for _, _, measure in mentions_of(text) if measure != "divergence"}


def bare_divergence(text: str) -> bool:
    """Whether ``text`` says "divergence" (in any of the languages) without naming which one."""
    return any(measure == "divergence" for _, _, measure in mentions_of(text))


def mention_end(text: str) -> int:
    """Where the last word or symbol for a measure in ``text`` ends (a bare "divergence" too), or -1."""
    return max((end for _, end, _ in mentions_of(text)), default=-1)


#: Words that make a name one of the JSD's square root, the JS distance: "JS distance (√JSD)", "sqrt of the JSD".
_DISTANCE = lazy(r"(?i)distance|square\s+root|sqrt|√")
#: Words that make a name one of another measure built from the one it names: "symmetrised KL", "Jeffreys'
#: version of KL".
_VARIANT = lazy(r"(?i)symmetri[sz]ed|symmetri[sz]ation|jeffreys|version|variant")


def named_variant(text: str, measure: str) -> str | None:
    """The measure a name that names ``measure`` stands for: the JS distance for the JSD's distance or square
    root, None for a symmetrised version or a variant of a measure, else ``measure``.

    >>> named_variant("JS distance (√JSD)", "jsd"), named_variant("Symmetrised KL", "kl"), named_variant("KL", "kl")
    ('js_distance', None, 'kl')
    """
    if _VARIANT.search(text):
        return None
    return "js_distance" if measure == "jsd" and _DISTANCE.search(text) else measure
