r"""A base 2 glued to its argument because a subscript was lost: ``log20,25`` on a slide copied as text is log₂ 0,25.

A slide's ``log₂ 0,25`` saved as text loses its subscript and its space, and reads ``log20,25`` (``log20.5`` with a
decimal point). Read as written it is the log of 20.25, which no exercise on entropy writes; read as ``log₂ 0,25`` it
is the term the chain goes on with (``0,25 · (-2)``). It is read so only where that reading is the one that makes
sense: ``log2`` right before a probability (``0.d...`` or ``1.0...``, after decimal commas are read), in a document
whose other logarithms are all in base 2 (``log2(...)``, ``log_2``, ``log₂``, ``lb``; a ``ln``, a ``log10`` or a
``log`` without a base leaves the document as it is) and that holds no TeX ``\log`` (there ``log20.5`` is the copy a
page rendered from the TeX beside it, its minus signs lost: the TeX is read instead). The ``2`` becomes ``₂``, so
every offset still points into the file (:attr:`~kldocs.checker.documents.SourceText.glued` keeps where), and the
claims on those lines say so in their notes (:func:`noted`).

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("I = -(0,5 · log20,5 + 0,5 · log20,5) = 1 бит\n", "slide.txt")
>>> document.prose[0].text, document.glued
('I = -(0.5 · log₂0.5 + 0.5 · log₂0.5) = 1 бит', (15, 31))
>>> parse_text("H = -(0,5 · log20,5) with ln 2 = 0,69\n", "a.txt").prose[0].text
'H = -(0.5 · log20.5) with ln 2 = 0.69'
"""

from __future__ import annotations

from dataclasses import replace

from kldocs.checker.checked import Checked
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

#: ``log2`` glued to a probability: the ``2`` is the lost subscript (group ``base``).
_GLUED = lazy(r"(?<![A-Za-z_\\])log(?P<base>2)(?=0\.[0-9]|1\.0+(?![0-9]))")
#: Any logarithm, and what follows its name: base 2 when that is ``2``, ``_2``, ``_{2}`` or ``₂`` (or it is ``lb``).
_ANY_LOG = lazy(r"(?<![A-Za-z])(?:log|ln|lg|lb)(?![A-Za-z])")
_BASE_TWO = lazy(r"lb|log(?:2|_\{?2\}?|\s?₂)(?![0-9])")


def with_glued_bases(document: SourceText) -> SourceText:
    """The document with each glued ``log2`` before a probability as ``log₂``, when all its other logs are base 2."""
    text = document.text
    if "log2" not in text or "\\log" in text or _GLUED.search(text) is None:
        return document  # the usual case, found by a substring test; beside TeX, a formula's rendered copy
    for match in _ANY_LOG.finditer(text):
        if _GLUED.match(text, match.start()) is None and _BASE_TWO.match(text, match.start()) is None:
            return document  # another base, or none, is written: the glued digits may be anything

    glued = tuple(match.start("base") for match in _GLUED.finditer(text))

    def subscript(piece: str) -> str:
        return _GLUED.sub("log₂", piece) if "log2" in piece else piece

    return replace(document.rewritten(subscript), glued=tuple(sorted((*document.glued, *glued))))


def noted(document: SourceText, results: list[tuple[int, Checked]]) -> list[tuple[int, Checked]]:
    """``results`` with a note on each claim whose line holds a glued base read as a subscript.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("I = -(0,5 · log20,5 + 0,5 · log20,5) = 1 бит\\n", "slide.txt")
    >>> claim = Checked((1,), "I = -(0.5 · log₂0.5) = 1", "expression", "holds", None, "both sides equal 1")
    >>> noted(document, [(0, claim)])[0][1].note
    'both sides equal 1 (log20.5 read as log₂ 0.5: a subscript lost in copying)'
    """
    if not document.glued:
        return results
    lines: dict[int, list[int]] = {}
    for offset in document.glued:
        lines.setdefault(document.line(offset), []).append(offset)
    guessed = set(document.guessed)
    out = []
    for offset, checked in results:
        glued = [(at, _argument(document.text, at)) for line in checked.lines for at in lines.get(line, ())]
        if glued and "log₂" in checked.text:
            at, argument = next(((at, arg) for at, arg in glued if f"log₂{arg}" in checked.text), glued[0])
            lost = f"log2{argument} read as log₂ {argument}: a subscript lost in copying"
            checked = replace(checked, note=f"{checked.note} ({lost})")
            if checked.verdict == "false" and at in guessed:
                note = f"{checked.note}; not judged: where the base ends is a guess"
                checked = replace(checked, verdict="unchecked", value=None, note=note)
        elif checked.verdict == "false" and guessed and _PLAIN_LOG.search(checked.text):
            note = f"{checked.note}; not judged: the base of a plain log here rests on logs whose base was guessed"
            checked = replace(checked, verdict="unchecked", value=None, note=note)
        out.append((offset, checked))
    return out


#: A log written without its base (``log 216``), whose base the document's other logs decide.
_PLAIN_LOG = lazy(r"(?<![A-Za-z\\])log(?![₂_0-9A-Za-z])")


def _argument(text: str, glued: int) -> str:
    """The number glued after the base at ``glued``: ``0.25`` of ``log20.25``, ``3`` of ``log23 = ...``."""
    end = glued + 1
    while end < len(text) and (text[end].isdigit() or text[end] == "."):
        end += 1
    return text[glued + 1 : end].rstrip(".")
