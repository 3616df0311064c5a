r"""The words before a value said again in prose, read backwards from the number: "comes out at roughly".

A number is a value when the words just before it make it one: a word for
"about", a verb of result (with "a divergence of" or "an additional" between
them) or "is". :data:`BEFORE` matches them in the text written backwards, at
the number, so nothing is searched for along the line (see
:mod:`~kldocs.checker.restated_values`).

>>> match = BEFORE.match("The KL divergence comes out at roughly "[::-1])
>>> match.group("about")[::-1], match.group("verb")[::-1]
('roughly', 'comes out at')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kldocs.checker.lazy_patterns import lazy

#: "About" in the languages read, with spaces between words; the Chinese and Japanese ones run into the number.
_ABOUT = (
    "about",
    "approximately",
    "approx.",
    "roughly",
    "around",
    "nearly",
    "close to",
    "aproximadamente",
    "cerca de",
    "alrededor de",
    "por volta de",
    "em torno de",
    "environ",
    "ungefähr",
    "etwa",
    "circa",
    "около",
    "примерно",
    "약",
    "대략",
)
_ABOUT_JOINED = ("约为", "約為", "大约为", "大約為", "大约是", "大约", "大約", "约", "約", "およそ", "≈", "~")
#: Verbs of result: the number after them is what was computed.
_RESULT = (
    "results in",
    "result in",
    "resulting in",
    "gives",
    "give",
    "gave",
    "giving",
    "yields",
    "yield",
    "yielding",
    "comes out at",
    "comes out to",
    "come out at",
    "came out at",
    "came out to",
    "comes to",
    "came to",
    "works out at",
    "works out to",
    "worked out at",
    "worked out to",
    "we get",
    "we got",
    "we obtain",
    "we find",
    "we found",
    "you get",
    "obtemos",
    "obtenemos",
    "obtenons",
    "resulta em",
    "resulta en",
    "dá",
    "incurs",
    "incur",
    "incurring",
    *("use", "need", "require", "spend"),
)
#: Verbs of result that say what a code spends ("we will on average use about 1.2 bits"): the cross-entropy of the
#: code's distribution, read only as that, with "about" and a unit (a code of whole bits spends more than the entropy).
USAGE = frozenset({"use", "need", "require", "spend"})
#: "Is" and "of": a number after them is a value only with "about" or a unit.
_IS = (
    *("is", "was", "equals", "of", "at", "é", "é de", "es", "es de", "est", "est de", "ist", "beträgt", "è", "vale"),
    *("es igual a", "é igual a", "est égale à", "est égal à", "ist gleich", "равна", "равно", "равен", "составляет"),
)
_IS_JOINED = ("为", "是", "等于", "得到", "結果為", "结果为", "=")
#: What may stand between a verb and its number: "a divergence of", "the KL divergence of", "um valor de".
_ARTICLES = ("a", "an", "the", "um", "uma", "una", "un", "une")
_ADJECTIVES = ("kl", "js", "total", "final", "resulting", "small", "tiny", "mean", "average")
_NOUNS = (
    "divergence",
    "value",
    "result",
    "distance",
    "entropy",
    "cross-entropy",
    "divergência",
    "divergencia",
    "valor",
    "resultado",
)


def _reversed(phrases: Sequence[str], *, bounded: bool = True) -> str:
    """An alternation of ``phrases`` written backwards, spaces as ``\\s+``, longest first."""
    words = sorted(phrases, key=len, reverse=True)
    pattern = "|".join(r"\s+".join(re.escape(word[::-1]) for word in reversed(phrase.split())) for phrase in words)
    return f"(?:{pattern})" + (r"(?![^\W\d_])" if bounded else "")


#: The words before a number, read backwards from it: "about", or a verb, a noun phrase and maybe "about".
BEFORE = lazy(
    r"[ \t]*+(?:(?P<about>"
    + _reversed(_ABOUT)
    + "|"
    + _reversed(_ABOUT_JOINED, bounded=False)
    + r")[ \t]*+)?"
    + r"(?:(?:"
    + r"(?:(?P<extra>lanoitidda|artxe)\s+(?:na|a)\s+|"  # "an additional", "an extra" after a verb
    + r"(?:fo|ed)\s+"  # "of", "de" after a noun
    + _reversed(_NOUNS)
    + r"\s+(?:"
    + _reversed(_ADJECTIVES)
    + r"\s+)?(?:"
    + _reversed(_ARTICLES)
    + r"\s+)?)?"
    + r"(?P<verb>"
    + _reversed(_RESULT)
    + r")|(?P<is>"
    + _reversed(_IS)
    + "|"
    + _reversed(_IS_JOINED, bounded=False)
    + r")|(?P<bracket>[(（])))?",
    re.IGNORECASE,
)
