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

A text with no letter (printed output such as ``0.125``) can hold no anchor that has one: only an anchor of
symbols (``≈``) is looked for in it, so that a notebook of 50,000 printed numbers is not searched for every word of
every pattern.

>>> mentions("0.125", ("about", "≈"))
False
>>> mentions("≈ 0.125", ("about", "≈"))
True

Likewise a text of ASCII characters only (most lines of English) is not searched for the anchors of other scripts, and
an anchor that holds another (``symmetrisch`` after ``metri``) is not looked for: where it is, the other is too. A
paragraph with none of the 147 words a property may be said with was searched for each, 150 µs a paragraph.

A pattern of words that ignores case (``iff|only``, ``re.IGNORECASE``) is screened by :func:`ignoring_case`'s anchors:
the words folded, and for a word with an ``i`` the two letters Python also takes for one ignoring case, which fold to
no ``i`` (``ı``, and ``İ``, which folds to ``i`` and a combining dot), so that no text it matches is passed over.

>>> ignoring_case("iff", "only")
('iff', 'only', 'ı', '̇')
>>> mentions("X AND Y İNDEPENDENT İFF", ignoring_case("iff"))
True
"""

from __future__ import annotations

from functools import lru_cache

from kldocs.checker.lazy_patterns import lazy

_LETTER = lazy(r"[^\W\d_]")
#: Anchor tuples seen (by identity) -> the anchors to look for in each kind of text (see :func:`_kinds`); bounded, as
#: a caller may build tuples anew.
_SEEN: dict[int, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {}
_MOST_TUPLES = 512


@lru_cache(maxsize=8)
def _folded(text: str) -> tuple[str, int]:
    """``text`` without case, and which of :func:`_kinds`' tuples to look for in it (by whether it holds a letter,
    and whether it is all ASCII); the passes over one paragraph fold it once."""
    folded = text.casefold()
    return folded, 2 * (_LETTER.search(folded) is None) + folded.isascii()


@lru_cache(maxsize=_MOST_TUPLES)
def _kinds(anchors: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The anchors to look for in a text with a letter, in one of ASCII only, in one with no letter, and in one of
    ASCII only with no letter: an anchor that holds another is left out (where it is, the other is too), and so are
    those that cannot be in such a text (a letter in one with none; a character that is not ASCII in one of ASCII).

    >>> _kinds(("bit", "bits", "≈", "比特"))
    (('bit', '≈', '比特'), ('bit',), ('≈',), ())
    """
    unique = tuple(dict.fromkeys(anchors))
    kept = tuple(anchor for anchor in unique if not any(other != anchor and other in anchor for other in unique))
    symbols = tuple(anchor for anchor in kept if _LETTER.search(anchor) is None)
    return kept, tuple(a for a in kept if a.isascii()), symbols, tuple(a for a in symbols if a.isascii())


def either(*groups: tuple[str, ...]) -> tuple[str, ...]:
    """Every anchor of ``groups``, each once: a text that mentions none of them mentions none of any group."""
    return tuple(dict.fromkeys(anchor for group in groups for anchor in group))


def mentions(text: str, anchors: tuple[str, ...]) -> bool:
    """Whether ``text`` holds any of ``anchors`` (each given folded: ``"kl"``, not ``"KL"``)."""
    folded, kind = _folded(text)
    entry = _SEEN.get(id(anchors))
    if entry is None or entry[0] is not anchors:  # the entry keeps its tuple alive, so an id is never reused in it
        if len(_SEEN) >= _MOST_TUPLES:
            _SEEN.clear()
        entry = _SEEN[id(anchors)] = (anchors, _kinds(anchors))
    # A plain loop: any() over a generator takes twice as long on a short paragraph, and this runs for every
    # paragraph in almost every pass.
    for anchor in entry[1][kind]:  # noqa: SIM110
        if anchor in folded:
            return True
    return False


def ignoring_case(*words: str) -> tuple[str, ...]:
    """Anchors for ``words`` matched ignoring case by a regular expression (see the module's notes)."""
    folded = tuple(word.casefold() for word in words)
    return (*folded, "ı", "\u0307") if any("i" in word for word in folded) else folded
