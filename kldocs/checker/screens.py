"""A cheap first look at a paragraph: does it hold any of the words a pattern needs?

Regular expressions that try many alternatives at every position (a list of
measure names in ten languages, ignoring case) cost about a microsecond a
character; over a 10 MB document of numbers that is seconds per pattern, for
nothing. Each pattern that hunts for words therefore names its *anchors*:
words, at least one of which is in everything it matches (compared without
case). A paragraph with none of them is skipped with :func:`mentions`, which
folds the text once and looks for each anchor with ``str.__contains__``.

>>> mentions("La divergencia KL no es simétrica", ("kl", "entrop"))
True
>>> mentions("0,1 0,2 0,3", ("kl", "entrop"))
False

A pass that looks for several patterns, each with its anchors, first looks for all their anchors at once
(:func:`either`): most paragraphs hold none, and are passed over with one look instead of one a pattern.

>>> either(("kl", "entrop"), ("entrop", "bit"))
('kl', 'entrop', 'bit')
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8)
def _folded(text: str) -> str:
    """``text`` without case; the passes over one paragraph fold it once between them."""
    return text.casefold()


def either(*groups: tuple[str, ...]) -> tuple[str, ...]:
    """Every anchor of ``groups``, each once: a text that mentions none of them mentions none of any group."""
    return tuple(dict.fromkeys(anchor for group in groups for anchor in group))


def mentions(text: str, anchors: tuple[str, ...]) -> bool:
    """Whether ``text`` holds any of ``anchors`` (each given folded: ``"kl"``, not ``"KL"``)."""
    folded = _folded(text)
    # A plain loop: any() over a generator takes twice as long on a short paragraph, and this runs for every
    # paragraph in almost every pass.
    for anchor in anchors:  # noqa: SIM110
        if anchor in folded:
            return True
    return False
