r"""A base 2 glued to a whole number: ``log23 = 1.58`` in text copied from a PDF is log₂ 3, when its value says so.

A subscript lost in copying glues the base to its argument: ``log₂3 = 1.58`` becomes ``log23 = 1.58``, and
``log₂10`` becomes ``log210``. Where the base ends is then a guess, made only where the values agree with it: a
document whose glued logs of whole numbers given a value (``log25 = 2.32``, ``log22 = 1``) all have the value of
log₂ of the rest (rounded or cut to the digits written; a whole number only when exact) reads all its glued logs
so (``0.2 log25`` too). One that disagrees (``log23 = 1.36``, log₁₀ 23) leaves the document as it is; so does TeX
(``\log``) beside it, as in :mod:`~kldocs.checker.glued_bases`. The ``2`` becomes ``₂`` (offsets are kept, and
:attr:`~kldocs.checker.documents.SourceText.guessed` keeps where): a claim on such a line is noted, and never
called false (:func:`~kldocs.checker.glued_bases.noted`).

Values of logs run together on one line (``log₂3 = 1.58 log₂5 = 2.32 log₂7 = 2.8``, a table flattened) are claims
of their own, not ``1.58 log₂5``: the space after a value that is log₂ of the log before it, before another log and
its value, becomes ``;`` (unless the two make a chain that holds: ``log₂4 = 2 log₂2 = 2`` stays one).

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("In bits, log23 = 1.58 log25 = 2.32 log27 = 2.8\n", "a.txt")
>>> document.prose[0].text, len(document.guessed)
('In bits, log₂3 = 1.58;log₂5 = 2.32;log₂7 = 2.8', 3)
>>> parse_text("In bits, log23 = 1.36\n", "a.txt").text
'In bits, log23 = 1.36\n'
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

#: ``log2`` glued to a whole number (group ``base``, the ``2``; ``argument``).
_GLUED = lazy(r"(?<![A-Za-z_\\])log(?P<base>2)(?P<argument>[1-9][0-9]{0,3})(?![0-9]|[.,][0-9]|\s*/)")
#: The value written right after a log: ``= 1.58``, ``≈ 2.32``.
_VALUE = lazy(r"[ \t]*(?:=|≈)[ \t]*(?P<value>[0-9]{1,3}(?:\.[0-9]{1,9})?)(?![0-9])")
#: A log₂ of a whole number and its value, then the space before another (group ``space``).
_RUN = lazy(
    r"log₂(?P<argument>[1-9][0-9]{0,3})[ \t]*(?:=|≈)[ \t]*(?P<value>[0-9]{1,3}(?:\.[0-9]{1,9})?)"
    r"(?P<space>[ \t])[ \t]*"
    r"(?=log₂(?P<next>[1-9][0-9]{0,3})[ \t]*(?:=|≈)[ \t]*(?P<then>[0-9]{1,3}(?:\.[0-9]{1,9})?)(?![0-9]))"
)


def agrees(argument: str, value: str) -> bool:
    """Whether ``value`` is log₂ ``argument``, rounded or cut to its digits (a whole number: exactly).

    >>> agrees("3", "1.58"), agrees("7", "2.8"), agrees("2", "1"), agrees("10", "3"), agrees("23", "1.36")
    (True, True, True, False, False)
    """
    exact = math.log2(int(argument))
    if "." not in value:
        return exact == int(value)
    places = len(value) - value.index(".") - 1
    scale = 10**places
    written = round(float(value) * scale)
    return written in (round(exact * scale), math.floor(exact * scale))


def with_glued_integers(document: SourceText) -> SourceText:
    """``document`` with its glued ``log2N`` read as ``log₂N`` where the values agree, and runs of values split."""
    text = document.text
    if "log" not in text or "\\log" in text:
        return document  # the usual case; beside TeX, a formula's rendered copy
    guessed: tuple[int, ...] = ()
    if "log2" in text and _GLUED.search(text) is not None:
        glued = list(_GLUED.finditer(text))
        valued = [(match, _VALUE.match(text, match.end())) for match in glued]
        values = [(match["argument"], value["value"]) for match, value in valued if value is not None]
        if values and all(agrees(argument, value) for argument, value in values):
            guessed = tuple(match.start("base") for match in glued)
            document = replace(
                document.rewritten(lambda piece: _GLUED.sub(r"log₂\g<argument>", piece) if "log2" in piece else piece),
                glued=tuple(sorted((*document.glued, *guessed))),
                guessed=guessed,
            )
    if "log₂" not in document.text or _RUN.search(document.text) is None:
        return document
    return document.rewritten(_split_runs)


def _chained(argument: str, value: str, following: str) -> bool:
    """Whether ``log₂argument = value log₂following`` holds as a chain (``log₂4 = 2 log₂2``): within 1 %.

    >>> _chained("4", "2", "2"), _chained("3", "1.58", "5")
    (True, False)
    """
    whole = math.log2(int(argument))
    return abs(float(value) * math.log2(int(following)) - whole) <= 0.01 * max(1.0, whole)


def _split_runs(piece: str) -> str:
    """``piece`` with ``;`` for the space after each value of a run (see the module)."""
    if "log₂" not in piece:
        return piece

    def split(match: re.Match[str]) -> str:
        if not agrees(match["argument"], match["value"]) or _chained(match["argument"], match["value"], match["next"]):
            return match[0]
        space = match.start("space") - match.start()
        return f"{match[0][:space]};{match[0][space + 1 :]}"

    return _RUN.sub(split, piece)
