r"""Names given a new meaning in words: "let $p$ be the distribution of a fair die and $q$ that of a loaded one".

Lecture notes reuse their letters, and a later section may give them new distributions in words rather than
numbers. The claims after such a sentence are about the new distributions, which are not read; judging them
against the numbers given earlier would call right values false. A sentence that opens with "let" (``sei``,
``soit``, ``sea``, ``пусть``), names a letter, says what it is ("be", "denote") with words of a new or concrete
distribution (a fair die, another coin, a Gaussian, "instead") and does not point back ("the distribution
above"), makes that letter, and one joined to it ("and $q$ that of ..."), stand for no distribution read. So does
a letter joined so after a comma in any sentence ("$p = (0.9, 0.1)$, and $q$ the fair coin $(0.5, 0.5)$"),
when the words after it name a new or concrete distribution and no numbers are read for it.

>>> from kldocs.checker.reading import parse_text
>>> text = "Let $p = (0.5, 0.5)$.\n\nNow let $p$ be the distribution of a fair die and $q$ that of a loaded one.\n"
>>> [(name, text[offset : offset + 3]) for offset, name, _ in renamed(parse_text(text, "a.md"))]
[('p', 'let'), ('q', 'let')]
>>> text = "Now let $p$ and $q$ be two Bernoulli distributions with parameters $0.9$ and $0.5$.\n"
>>> [name for _, name, _ in renamed(parse_text(text, "a.md"))]
['p', 'q']
>>> list(renamed(parse_text("Let $P$ be the distribution above, and $Q$ the model.\n", "a.md")))
[]
>>> text = "Here $p$ is the coin: $p = (0.9, 0.1)$, and $q$ the fair coin $(0.5, 0.5)$.\n"
>>> [(name, shown) for _, name, shown in renamed(parse_text(text, "a.md"))]
[('q', 'and $q$ the fair coin')]
"""

from __future__ import annotations

from collections.abc import Iterator

from kldocs.checker.dice_variables import described
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scalar_names import scalar_names
from kldocs.checker.scope import Binding

#: A letter as prose writes it: ``$p$``, ``\(p\)`` or bare.
_LETTER = r"(?:\$\s*(?P<{0}1>[A-Za-z])\s*\$|\\\(\s*(?P<{0}2>[A-Za-z])\s*\\\)|(?P<{0}3>[A-Za-z]))"
#: "let p be ...": the opening, the letter, the verb, and the rest of the sentence (not a number or formula).
_LET = lazy(
    r"(?i)(?<![^\W\d_])(?:let|sei|soit|sea|пусть)\s+(?:(?:now|nun|maintenant|ahora|теперь)\s+)?"
    + _LETTER.format("first")
    + r"(?:\s+(?:and|und|et|y|e|и)\s+"
    + _LETTER.format("pair")
    + r")?\s+(?:be|denote|stand\s+for|now\s+be|die|der|la|le|el|una?|une|eine?|uma?|—|-)\s+(?![$\\(\[\d])"
    + r"(?P<rest>(?:[^.!?\n]|(?<=[0-9])\.(?=[0-9])){3,200})"
)
#: A second letter joined to the first: "and $q$ that of a loaded die", "and q the uniform one".
_SECOND = lazy(r"(?i)\b(?:and|und|et|y|и)\s+" + _LETTER.format("second") + r"\s+(?:that|the|a|an|one|die|la|le|el)\b")
#: The same after a comma in any sentence, with the words that follow it: ", and $q$ the fair coin (0.5, 0.5)".
_JOINED = lazy(
    r"(?i)[,;:]\s*(?:and|und|et|y|e|и)\s+"
    + _LETTER.format("joined")
    + r"\s+(?:that|the|a|an|one|die|der|la|le|el|o)\s+(?P<words>[^.!?\n,;$]{3,120})"
)
#: Words of a new or concrete distribution that only words describe.
_NEW = lazy(
    r"(?i)\b(?:fair|uniform|loaded|biased|die|dice|coin|another|new|instead|gaussian|normal|poisson|bernoulli|"
    r"binomial|geometric|exponential|that\s+of|W[üu]rfel|M[üu]nze|d[ée]|pi[èe]ce|moneda|dado|кост[ьи]|монет[аы])"
)
#: Words that point back at a distribution given before: such a sentence names it, it does not replace it.
_BACK = lazy(r"(?i)\b(?:above|previous|earlier|before|same|as\s+before|from\s+(?:section|example|part|problem))\b")
#: Letters that stand for random variables, whose scopes :mod:`~kldocs.checker.variable_scopes` keeps.
_VARIABLES = frozenset("UVWXYZ")


def renamed(document: SourceText) -> Iterator[tuple[int, str, str]]:
    """``(offset, name, sentence)`` for each letter a sentence gives a new distribution in words, in order."""
    for paragraph in document.paragraphs:
        raw = document.text[paragraph.offset : paragraph.offset + len(paragraph.text)]
        yield from _joined(raw, paragraph.offset)
        lowered = raw.lower()
        if not any(word in lowered for word in ("let", "sei", "soit", "sea", "пусть")):
            continue
        for match in _LET.finditer(raw):
            rest = match["rest"]
            if not _NEW.search(rest) or _BACK.search(rest):
                continue
            first = match["first1"] or match["first2"] or match["first3"]
            second = _SECOND.search(rest)
            pair = match["pair1"] or match["pair2"] or match["pair3"]
            names = [first] + ([pair] if pair else [])
            names += [second["second1"] or second["second2"] or second["second3"]] if second else []
            shown = " ".join(match.group().split())[:80]
            read = {item.letter for item in described(match.group().replace("$", ""))}  # "let M be the max of two dice"
            for name in names:
                if name not in _VARIABLES and name not in read:
                    yield paragraph.offset + match.start(), name, shown


def _joined(raw: str, start: int) -> Iterator[tuple[int, str, str]]:
    """The letters of ``raw`` (a paragraph at ``start``) joined after a comma to words of a new distribution."""
    for match in _JOINED.finditer(raw):
        name = match["joined1"] or match["joined2"] or match["joined3"]
        words = match["words"]
        if name not in _VARIABLES and _NEW.search(words) and not _BACK.search(words):
            letter = next(group for group in ("joined1", "joined2", "joined3") if match[group])
            yield start + match.start(letter), name, " ".join(match.group().split()[1:])[:80]


def unread_bindings(document: SourceText) -> list[tuple[int, Binding]]:
    r"""Where a letter stops standing for a distribution read: a sentence gives it a new one in words (see
    :func:`renamed`), or a formula sets it to one number (see :mod:`~kldocs.checker.scalar_names`); each with a
    binding that says why its claims are not judged.

    >>> from kldocs.checker.reading import parse_text
    >>> [(b.name, b.problem) for _, b in unread_bindings(parse_text("At $p = 0.3$, $H(p) = 0.881$.\n", "a.md"))]
    [('p', 'it sets p to a number, not a distribution')]
    """
    found = [
        (offset, name, f"“{shown}”", f"it gives {name} a new distribution in words, which is not read", False)
        for offset, name, shown in renamed(document)
    ]
    found += [
        (offset, name, text, f"it sets {name} to a number, not a distribution", True)
        for offset, name, text in scalar_names(document)
    ]
    return [
        (offset, Binding(name, None, line, f"{text} (line {line})", problem, unsure=True, scalar=scalar))
        for offset, name, text, problem, scalar in found
        for line in (document.line(offset),)
    ]
