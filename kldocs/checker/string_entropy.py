r"""The entropy of a string's letters: ``H(ABBA) = 1``, ``entropy("1223") should return 1.5``.

A common exercise asks for the entropy of the letter frequencies of a word
or string: each letter's share of the string is its probability. Two
writings are read:

- a word of four or more capitals as the argument of ``H`` (``H(ABBA) =
  H(BEBE) = 1``, ``H(MISSISSIPPI) > H(MASSASAUGA)``): the claim runs from the
  first such ``H`` to the end of its clause, each ``H(WORD)`` written out as
  its sum; capitals could be random variables (``H(WXYZ)`` is a joint
  entropy), so a word is read only when a letter comes back in it or the
  document speaks of letters or strings;
- a quoted string given to ``H`` or to a function named for entropy, then
  its value after "should return", "returns", ``->``, ``==``, ``=`` (or the
  same in other languages, or as an assertion's expected value):
  ``entropy("1223") debe devolver 1.5``, ``assert.equal(entropy("01"), 1)``;
- a sentence that gives the entropy of a string or word named so ("the
  entropy of the string "1223" is 1.5", "l'entropie de la chaîne 'AAB' vaut
  0.918"), the string quoted, or bare when it is digits or capitals.

Each string becomes its sum written out, ``-(2/4 \log(2/4) + ...)``, judged
as any formula is, in the document's base (bits, as such exercises mostly
are, when they write ``\log_2``).

>>> [claim.text for claim in string_entropies('entropy("1223") should return 1.5', 0, lambda: False)]
['-(1/4 \\log(1/4) + 2/4 \\log(2/4) + 1/4 \\log(1/4)) = 1.5']
>>> [claim.text for claim in string_entropies("So H(ABBA) = H(BEBE) = 1.", 0, lambda: True)]
['(-(2/4 \\log(2/4) + 2/4 \\log(2/4))) = (-(2/4 \\log(2/4) + 2/4 \\log(2/4))) = 1']
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.screens import mentions

#: Words that say a document is about letters or strings, in the languages read (folded).
LETTER_WORDS = (
    *("letter", "string", "lettre", "chaîne", "letra", "cadena", "lettera", "stringa", "buchstabe", "zeichenkette"),
    *("букв", "строк", "字母", "字符串", "文字列", "글자", "문자열"),
)
#: What every quoted string given to a function starts with (looked for before any pattern is tried).
_QUOTED = ('("', "('", "(“", '( "', "( '", "( “")
#: A word in capitals as the argument of ``H``.
_WORD = lazy(r"(?<![A-Za-z_\\])H\s?\(\s?(?P<word>[A-ZÀ-ÖØ-Þ]{4,40})\s?\)")
#: A quoted string given to ``H`` or to a function named for entropy (the letters of its name before "entrop" are
#: looked at apart, so that the search starts at a fixed letter).
_CALL = lazy(
    r"(?P<name>(?<![A-Za-z_\\])H|[Ee]ntrop[A-Za-z_]{0,20})\s?\(\s?"
    r"""(?:"(?P<double>[^"\\\n]{1,200})"|'(?P<single>[^'\\\n]{1,200})'|“(?P<curly>[^”\\\n]{1,200})”)\s?\)"""
)
_NAME_BEFORE = lazy(r"[A-Za-z_]{0,20}$")
#: Functions of a string that are not the entropy of its letters: another measure, or a file's bytes.
_OTHER_FUNCTION = lazy(r"cross|relat|joint|cond|mutual|kl|renyi|tsallis|rate|file|path|byte|image", re.I)
#: A string that names a file or a path, not letters to count.
_FILE = lazy(r"[/\\]|\.[A-Za-z]{2,4}$")
_NUMBER = r"(?P<value>[-+]?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?(?:\.\.\.|…)?)(?![0-9.,]?[0-9A-Za-z])"
#: What gives the value after the call: "should return" and its kin, in the languages read, or a relation.
_RETURNS = lazy(
    r"\s*(?:should\s+(?:return|be|equal|give)|must\s+return|returns?|gives|is|equals|==|===|=|≈|->|→|=>|"
    r"debe\s+(?:devolver|retornar|regresar|ser)|devuelve|retorna|devrait\s+(?:retourner|renvoyer|donner|valoir)|"
    r"doit\s+(?:retourner|renvoyer|donner|valoir)|retourne|renvoie|vaut|donne|"
    r"dovrebbe\s+(?:restituire|ritornare|dare)|deve\s+(?:restituire|ritornare|retornar|devolver)|restituisce|"
    r"sollte\s+(?:\S+\s+)?(?:zurückgeben|liefern|ergeben|sein)|gibt|liefert|ergibt|"
    r"должна\s+(?:вернуть|возвращать)|возвращает|"
    r"应(?:该)?返回|应为|返回|等于|为|は|を返す|が返る|는|은|을\s*반환|를\s*반환|반환)\s*:?\s*" + _NUMBER
)
#: "The entropy of the string "1223" is 1.5" (or of a word), in English, Spanish, French, Italian and German: the string
#: quoted, or bare when it is digits or capitals.
_SENTENCE = lazy(
    r"[Ee]ntrop[a-zíéà]{0,6}\s+(?:of|de|di|von|der|del)\s+(?:the\s+|la\s+|a\s+|una?\s+|der\s+|des\s+)?"
    r"(?:string|word|cadena|chaîne|mot|stringa|parola|zeichenkette|wort|palabra)\s+"
    r"""(?:"(?P<double>[^"\\\n]{1,200})"|'(?P<single>[^'\\\n]{1,200})'|“(?P<curly>[^”\\\n]{1,200})”|"""
    r"(?P<bare>[0-9]{2,200}|(?-i:[A-Z]{4,40}))(?!\w))"
    r"\s*(?:is|es|est|è|ist|vaut|beträgt|equals|=|:|≈|→|->)\s*(?:about|approximately|environ|aproximadamente|circa|"
    r"etwa|≈)?\s*" + _NUMBER,
    re.IGNORECASE,
)
#: An assertion's expected value after the call: ``assert.equal(entropy("01"), 1``, ``assertEqual(...)``.
_ASSERTED = lazy(r"(?:assert[A-Za-z_.]{0,20}|equal|Equal|isclose|approx)\s?\(\s?$")
_EXPECTED = lazy(r"\s?,\s?" + _NUMBER)
#: Where a claim about words in capitals ends: a stop, a clause mark or a word (units and logarithms go on).
_END = lazy(r"[.;,!?:](?=\s|$)|\n|\s(?!(?:log|ln|lg|bits?|nats?)(?![^\W\d_]))[^\W\d_]{2,}")
#: Most strings read on one line.
MAX_STRINGS = 50


def string_claims(code: str) -> bool:
    """True when a code span gives the entropy of a quoted string a value (``entropy("01") should return 1``): it is
    read like prose.

    >>> string_claims('entropy("01") should return 1'), string_claims('entropy("01")')
    (True, False)
    """
    quoted = "(" in code and any(mark in code for mark in _QUOTED)
    return quoted and any(_value_after(code, call) for call in _CALL.finditer(code))


def string_entropies(text: str, offset: int, letters: Callable[[], bool]) -> Iterator[CommentClaim]:
    """The claims of a line about the entropy of strings (``offset``: where it starts; ``letters``: whether the
    document speaks of letters or strings, see :class:`Letters`)."""
    sentences = "ntrop" in text  # entropy, Entropie, entropía... (the sentence pattern's fixed letters)
    if "(" not in text and not sentences:
        return
    quoted = "(" in text and any(mark in text for mark in _QUOTED)
    seen: set[tuple[str, str]] = set()
    for count, call in enumerate(_CALL.finditer(text) if quoted else ()):
        if count >= MAX_STRINGS:
            break
        value = _value_after(text, call)
        string = call.group("double") or call.group("single") or call.group("curly")
        before = _NAME_BEFORE.search(text, max(0, call.start() - 20), call.start())
        name = (before.group() if before is not None else "") + call.group("name")
        if _OTHER_FUNCTION.search(name) or _FILE.search(string):
            continue
        if value is not None and (string, value.group("value")) not in seen:
            seen.add((string, value.group("value")))
            yield CommentClaim(f"{written_out(string)} = {value.group('value')}", offset + value.start("value"))
    for sentence in itertools.islice(_SENTENCE.finditer(text) if sentences else (), MAX_STRINGS):
        string = next(group for group in sentence.group("double", "single", "curly", "bare") if group)
        if not _FILE.search(string) and (string, sentence.group("value")) not in seen:
            seen.add((string, sentence.group("value")))
            yield CommentClaim(f"{written_out(string)} = {sentence.group('value')}", offset + sentence.start("value"))
    capitals = _WORD.finditer(text) if "H(" in text or "H (" in text else ()
    words = [match for match in capitals if _repeats(match.group("word")) or letters()]
    start = 0
    for match in words[:MAX_STRINGS]:
        if match.start() < start:
            continue  # in the claim read already
        end = _END.search(text, match.end())
        start = end.start() if end is not None else len(text)
        claim = _WORD.sub(lambda found: f"({written_out(found.group('word'))})", text[match.start() : start])
        yield CommentClaim(claim.strip(), offset + match.start())


class Letters:
    """Whether a document speaks of letters or strings (see :data:`LETTER_WORDS`), looked up the first time a word
    in capitals is met, and only then."""

    def __init__(self, document: SourceText) -> None:
        self.document = document
        self.found: bool | None = None

    def __call__(self) -> bool:
        if self.found is None:
            self.found = mentions(self.document.text, LETTER_WORDS)
        return self.found


def _value_after(text: str, call: re.Match[str]) -> re.Match[str] | None:
    """The value given after a call (its group ``value``): after "should return" and its kin, or as an assertion's
    expected value."""
    value = _RETURNS.match(text, call.end())
    if value is None and _ASSERTED.search(text, max(0, call.start() - 24), call.start()):
        value = _EXPECTED.match(text, call.end() + (text[call.end() : call.end() + 1] == ")"))
    return value


def _repeats(word: str) -> bool:
    """True for a word with a letter twice: a word, not random variables."""
    return len(set(word)) < len(word)


def written_out(string: str) -> str:
    """The entropy of the letters of ``string`` as a sum, each letter in the order it first comes."""
    size = len(string)
    terms = " + ".join(f"{count}/{size} \\log({count}/{size})" for count in Counter(string).values())
    return f"-({terms})"
