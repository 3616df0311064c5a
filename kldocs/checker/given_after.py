r"""Distributions given after the value that uses them: "D(P‖Q) is about 0.0305 nats, where P = ... and Q = ...".

A claim is judged with the distributions in force above it. One that finds none ("P and Q are not defined before
this line", "no distribution kldocs reads is given before or in this sentence") is judged again with the first
distributions given after it, when they are near enough to be its own:

- in its paragraph (the lines down to the next blank line, a heading never crossed);
- or in the block right after it (the next paragraph, table or code block), when the claim's paragraph ends in a
  colon, says "below" or "the following" (in several languages), is a result or summary line by itself
  ("**Result:** JSD = 0.0096 bits", "KL divergence: 0.0853"), or when that block opens with "where" (`여기서`,
  `其中`, `ここで`...); a block that only leads on to the next one with a colon takes that one too.

A value whose distributions are named takes, for each name not in force, its first definition there; a value in
words that names none (``the cross-entropy is 1.57 bits:``) takes them only when the words point forward (a colon,
"below", a result line, a "where" block), and only when exactly the one distribution an entropy needs, or the
two a divergence needs, are given there. It is not judged again when:

- a name it takes is given again in the rest of the section with other probabilities, or changed in code (a list
  changed in place), or given unread: then it cannot be told which one the value speaks of;
- a name in force above it is given again there (the value was read, or may be about either);
- another claim read against other distributions stands between it and them, or names other distributions on
  their lines ("For R = (...) and S = (...), the divergence is 0.4"): those are that claim's.

An entropy of one variable whose sentence goes on to describe it in words ("H(X) = 1.5 bits if X takes a, b, c with
probabilities 1/2, 1/4, 1/4", in English, French, German and Spanish) takes those probabilities when they sum to 1
(see :func:`described_after`).

The verdict found again is kept when it holds or is false, with where the distributions were found
("P and Q given on line 5, after the claim"); otherwise the claim keeps its first note.

>>> from kldocs.checker import check_text
>>> report = check_text("**Result:** $D(P\\|Q) = 0.0305$ nats\n\nWe take $P = (0.2, 0.5, 0.3)$ and "
...                     "$Q = (0.3, 0.4, 0.3)$.\n", "a.md")
>>> [(claim.verdict, claim.note.split("; ")[-1]) for claim in report.claims if claim.kind == "kl"]
[('holds', 'P and Q given on line 3, after the claim')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kldocs.checker.alternatives import WHERE, line_text
from kldocs.checker.checked import Checked
from kldocs.checker.documents import SourceText
from kldocs.checker.found import Found
from kldocs.checker.general_claims import plain_names
from kldocs.checker.headline_tables import terms_decide
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.scope import Binding
from kldocs.checker.trees import measures_in
from kldocs.checker.worded_groups import SENTENCE_END
from kldocs.errors import InputError
from kldocs.inputs import parse_distribution

#: Most lines after the claim's own that its distributions may be given on.
MOST_LINES = 16
#: Most lines of the rest of its section looked at for the same names given again.
SECTION_LINES = 60

#: The notes of a claim that found no distribution in force (see general_claims and judge_prose).
_UNDEFINED = "not defined before this line, so the value cannot be checked"
_NOTHING = ("no distribution kldocs reads is given before or in this sentence", ", so it cannot be checked")

#: Words that point to what comes next: "below", "the following", "as follows", in other languages.
_FORWARD = lazy(
    r"(?i:\b(?:below|following|as\s+follows|ci-dessous|suivante?s?|ci-après|unten|folgende[nmrs]?|nachstehend|"
    r"siguientes?|a\s+continuación|abajo)\b)|아래|다음|下面|下表|如下|以下の|下記|次の"
)
#: A result or summary line by itself: a bold label, or a word for result, answer, summary, abstract.
_RESULT = lazy(
    r"(?i:^\W{0,4}\*\*[^*\n]{1,40}(?::\*\*|\*\*\s*:)|^\W{0,4}(?:result|answer|summary|abstract|résultat|réponse|résumé|"
    r"ergebnis|antwort|zusammenfassung|resultado|respuesta|resumen)s?\b)|^\W{0,4}(?:결과|답|요약|结果|答案|摘要|結果|答え|要約)"
)
#: The units a value may be written in.
_UNIT = r"(?:nats?|bits?|bans?|비트|比特|ビット|Bit)"
#: A line that is a label, a colon and one value (a calculator's headline): "KL divergence: 0.0853". Each run of
#: blanks is taken whole (``\s*+``), so a long one is not split every way before the match fails.
_HEADLINE = lazy(r"^[^\n:：=]{1,60}[:：]\s*+[-+]?\d[\d.,]*+(?:\s*+" + _UNIT + r")?\s*+$", re.IGNORECASE)
#: A paragraph that ends in "where" (or "with"), its distributions in the block after it.
_WHERE_LAST = lazy(r"(?i:\b(?:where|with|wobei|mit|où|avec|donde|con))\s*[,:]?$|(?:여기서|其中|ここで)\s*[,:，：]?$")
#: Words between a value and the distributions after it that make those another case: a supposition, a contrast,
#: a change, or a textbook object the value's own sentence describes (a fair coin, a uniform die).
_AWAY = lazy(
    r"(?i:;\s*(?:for|pour|für|para|per)\b|"  # "for identical ones it is 0; for the two below it is 0.511:"
    r"\b(?:if|suppose|assume|instead|while|whereas|but|now|compare[ds]?|later|next|another|however|unlike|"
    r"fair|unbiased|uniform|coin|(?:a|the)\s+die|dice|si|supposons|au\s+lieu|alors\s+que|mais|maintenant|équilibrée?|pièce|dé|"
    r"wenn|falls|angenommen|stattdessen|während|aber|jetzt|nun|faire[nrs]?|Münze|Würfel|supongamos|en\s+cambio|"
    r"mientras|pero|ahora|moneda|dado)\b)|만약|대신|반면|하지만|이제|동전|주사위|如果|若|假设|假如|但|现在|硬币|骰子|"
    r"もし|代わりに|一方|しかし|次に|コイン|サイコロ"
)
_FENCE = lazy(r"^\s*(?:```|~~~)")


@dataclass(frozen=True)
class Claim:
    """What a claim that found no distribution asks for: where it is, the names it uses (empty: it names none), and
    the number of distributions its measure needs when it names none."""

    offset: int
    names: tuple[str, ...]
    needs: int


#: The names a claim uses; None for a value in words that names none.
Names = tuple[str, ...] | None
#: How many distributions a value in words of each measure needs, when it names none.
_NEEDS = {"entropy": 1, "kl": 2, "cross_entropy": 2, "jsd": 2, "js_distance": 2}


def names_used(item: object) -> tuple[str, ...] | None:
    """The distributions a claim names (a formula's measures, or the names in its words); None when it names
    none and is a value in words, which speaks of those in force."""
    if isinstance(item, Found):
        statement = item.statement
        return tuple(plain_names(measures_in(statement.left) + measures_in(statement.right)))
    if isinstance(item, ProseValue):
        return item.names or None
    return ()


def claim_of(item: object) -> Claim | None:
    """What ``item`` asks of the distributions after it, when it is a formula or a value in words."""
    names = names_used(item)
    if isinstance(item, Found) and names:
        return Claim(item.offset, names, len(names))
    if isinstance(item, ProseValue) and item.measure in _NEEDS:
        return Claim(item.offset, names or (), 0 if names else _NEEDS[item.measure])
    return None


#: One probability in words: a decimal or a fraction; and what sets two apart in a list.
_ITEM = r"[0-9]+(?:\.[0-9]+)?(?:\s?/\s?[0-9]+)?"
_APART = r"\s?(?:[,;]\s?(?:and\s|et\s|und\s|y\s)?|\s(?:and|et|und|y)\s)\s?"
#: The variable of an entropy described in words after its value, in the same sentence: "if X takes a, b, c with
#: probabilities 1/2, 1/4, 1/4" ("si X prend ... avec les probabilités", "wenn X ... mit den Wahrscheinlichkeiten",
#: "si X toma ... con probabilidades"); ``{name}`` is the variable's letter.
_DESCRIBED = (
    r"(?i:\b(?:if|when|where|si|quand|où|wenn|falls|wobei|cuando|donde)\s+\$?{name}\$?\s+"
    r"(?:takes|has|assumes|prend|nimmt|hat|die\s+Werte|toma|tiene)\b[^.;\n$=]{{0,80}}?"
    r"(?:probabilit(?:y|ies|és?)|wahrscheinlichkeiten|probabilidades?)[^0-9\n.;=]{{0,16}})"
    r"(?P<items>" + _ITEM + "(?:" + _APART + _ITEM + r"){{1,31}})(?![0-9/])"
)
#: Most characters after a value that the sentence describing its variable is looked for in.
_DESCRIBED_REACH = 240
#: The value itself (up to a blank, ``$`` or ``;``), and the unit, closing marks and comma that may follow it before
#: the words describing its variable: nothing else may stand between them.
_VALUE_THEN = (
    r"[^\s$;]{1,40}?[$*_]*[ \t]*(?:\\text\{[^{}\n]{0,12}\}[$*_]*[ \t]*)?"
    r"(?:(?i:" + _UNIT + r")\b[$*_]*)?[ \t]*,?[ \t]*"
)


def described_after(document: SourceText, claim: Claim) -> tuple[int, Binding] | None:
    """Where the words start and the distribution they give, when an entropy's value that names one variable is
    followed directly (its unit, a comma between) by words describing that variable ("H(X) = 1.5 bits if X takes
    a, b, c with probabilities 1/2, 1/4, 1/4") whose probabilities sum to 1. Words after a stop, a semicolon or a
    turn ("whereas", "instead": see :data:`_AWAY`) are another case's.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("H(X) = 1.5 bits if X takes a, b, c with probabilities 1/2, 1/4 and 1/4.", "a.txt")
    >>> described_after(document, Claim(7, ("X",), 1))[1].distribution
    Distribution(X: x1=1/2, x2=1/4, x3=1/4)
    >>> document = parse_text("H(X) = 1.5 bits; if X takes a, b, c with probabilities 1/2, 1/4 and 1/4.", "a.txt")
    >>> described_after(document, Claim(7, ("X",), 1)) is None
    True
    """
    if len(claim.names) != 1 or not re.fullmatch(r"[A-Za-z]", claim.names[0]):
        return None
    text = document.text
    end = min(len(text), claim.offset + _DESCRIBED_REACH)
    stop = SENTENCE_END.search(text, claim.offset, end)
    rest = text[claim.offset : end if stop is None else stop.start()]
    found = re.match(_VALUE_THEN + "(?P<described>" + _DESCRIBED.format(name=claim.names[0]) + ")", rest)
    if found is None or _AWAY.search(rest, 0, found.start("described")):
        return None
    items = re.split(_APART, found.group("items"))
    try:
        distribution = parse_distribution(" ".join(item.replace(" ", "") for item in items), name=claim.names[0])
    except InputError:
        return None
    line = document.line(claim.offset + found.start("described"))
    binding = Binding(claim.names[0], distribution, line, " ".join(found.group("described").split()))
    return claim.offset + found.start("described"), binding


def lacking(checked: Checked | None) -> bool:
    """Whether ``checked`` is unchecked only because no distribution it uses is in force above it."""
    return (
        checked is not None
        and checked.verdict == "unchecked"
        and (checked.note.endswith(_UNDEFINED) or checked.note in (_NOTHING[0], "".join(_NOTHING)))
    )


def read(checked: Checked | None) -> bool:
    """Whether ``checked`` is a claim read against distributions (not left unread for want of them)."""
    return checked is not None and not lacking(checked)


class Ahead:
    """The distributions a document binds, in order (``bound``), and the claims read against distributions
    (``others``: each one's offset and the names it uses, None when it names none), to find the distributions
    given after a claim."""

    def __init__(
        self, document: SourceText, bound: Sequence[tuple[int, Binding]], others: Sequence[tuple[int, Names]]
    ) -> None:
        self.document = document
        self.offsets = [offset for offset, _ in bound]
        self.bound = list(bound)
        self.others = sorted(others, key=lambda other: other[0])
        self.other_offsets = [at for at, _ in self.others]

    def bindings(self, claim: Claim, in_force: dict[str, Binding]) -> tuple[dict[str, Binding], str] | None:
        """The bindings to judge ``claim`` with, the ones in force and those given after it, and where those were
        given; None when none are near or they are not surely its own."""
        near, cued, section = self._near(claim.offset)
        given = self._given(claim, in_force, near)
        described = described_after(self.document, claim) if not given else None
        if described is not None:
            at, binding = described
            words = {binding.name: (at, binding)}
            if self._claim_between(claim.offset, at) or not self._steady(words, claim.offset, section):
                return None
            if not self._own(claim.offset, words, True, claim.names):
                return None  # words that give another case, or another claim's
            where = f"{binding.name} given in words on line {binding.line}, after the value"
            return {**in_force, binding.name: binding}, where
        if not given or not self._steady(given, claim.offset, section):
            return None
        above = [name for name in claim.names if name not in given]
        if not self._steady({name: (0, in_force[name]) for name in above}, claim.offset, section):
            return None  # a name in force above given again after it: the value may be of either
        if not self._own(claim.offset, given, cued, claim.names):
            return None
        rows = sorted({b.line for _, b in given.values()})
        named = " and ".join(given)
        where = f"on line {rows[0]}" if len(rows) == 1 else "on lines " + ", ".join(str(line) for line in rows)
        return {**in_force, **{name: b for name, (_, b) in given.items()}}, f"{named} given {where}, after the claim"

    def following(self, offset: int, most: int) -> list[tuple[int, Binding]]:
        """The distributions given after a line at ``offset`` that names no distribution in force: the first of each
        name (up to ``most`` names), when they are surely the ones it speaks of; else none."""
        near, cued, section = self._near(offset)
        firsts: dict[str, tuple[int, Binding]] = {}
        for at, binding in near:
            firsts.setdefault(binding.name, (at, binding))
        if not firsts or len(firsts) > most or any(b.distribution is None or b.unsure for _, b in firsts.values()):
            return []
        steady = self._steady(firsts, offset, section) and self._own(offset, firsts, cued, ())
        return list(firsts.values()) if steady else []

    def _near(self, offset: int) -> tuple[list[tuple[int, Binding]], bool, int]:
        """The bindings after the line of ``offset`` within its reach, whether its words point to them, and the end
        of the span where giving them again makes them unsure."""
        row = self.document.row(offset)
        reach, cued = self._reach(row)
        first = bisect.bisect_left(self.offsets, self.document.row_start(row + 1))
        last = bisect.bisect_left(self.offsets, reach)
        return self.bound[first:last], cued, max(reach, self._section_end(offset))

    def _steady(self, given: dict[str, tuple[int, Binding]], offset: int, section: int) -> bool:
        """Whether no name of ``given`` is given other probabilities, changed, or left unread after ``offset`` in
        the rest of its section (the same probabilities again are no change)."""
        first = bisect.bisect_right(self.offsets, offset)
        last = bisect.bisect_left(self.offsets, section)
        for _, other in self.bound[first:last]:
            if other.name in given:
                binding = given[other.name][1]
                if other.distribution is None or other.changed or other.distribution != binding.distribution:
                    return False
        return True

    def _own(self, offset: int, given: dict[str, tuple[int, Binding]], cued: bool, names: tuple[str, ...]) -> bool:
        """Whether the distributions ``given`` are the claim's own: its words point to them or its sentence goes on
        into them (when it names none), and no other claim stands between, or names others on their lines."""
        document = self.document
        first, last = min(at for at, _ in given.values()), max(at for at, _ in given.values())
        if not names and not cued and SENTENCE_END.search(document.text, offset, first):
            return False  # a value that names nothing, its sentence ended and nothing pointing on
        if terms_decide(self._line(document.row(first)), named=bool(names)):
            return False  # a table whose column of terms says the direction or base (see headline_tables)
        if _AWAY.search(document.text, offset, first):
            return False  # "Suppose X = ... instead", "for a fair coin, while X = ...": another case than the value's
        row, last_row = document.row(offset), document.row(last)
        used = set(given) | set(names) if names else set()
        for index in range(bisect.bisect_right(self.other_offsets, offset), len(self.others)):
            at, other = self.others[index]
            if at > last and document.row(at) > last_row:
                break
            if document.row(at) <= row:
                continue
            if at < last or other is None or not set(other) <= used:
                return False  # another claim's distributions
        return True

    def _claim_between(self, offset: int, at: int) -> bool:
        """Whether another claim read against distributions stands between ``offset`` and ``at``."""
        return bisect.bisect_right(self.other_offsets, offset) < bisect.bisect_left(self.other_offsets, at)

    def _given(
        self, claim: Claim, in_force: dict[str, Binding], near: list[tuple[int, Binding]]
    ) -> dict[str, tuple[int, Binding]]:
        """Each name the claim takes, with its first definition among ``near``."""
        readable = [(offset, b) for offset, b in near if b.distribution is not None and not b.unsure]
        if claim.names:
            given: dict[str, tuple[int, Binding]] = {}
            for name in claim.names:
                if name in in_force and in_force[name].distribution is not None:
                    continue
                first = next(((offset, b) for offset, b in near if b.name == name), None)
                if first is None or first[1].distribution is None or first[1].unsure:
                    return {}
                given[name] = first
            return given
        if any(b.distribution is not None for b in in_force.values()):
            return {}
        firsts: dict[str, tuple[int, Binding]] = {}
        for offset, b in readable:
            firsts.setdefault(b.name, (offset, b))
        return firsts if len(firsts) == claim.needs else {}

    def _section_end(self, offset: int) -> int:
        """The end of the section holding ``offset``, at most :data:`SECTION_LINES` lines on."""
        sections = self.document.sections
        index = bisect.bisect_right(sections, offset)
        end = sections[index] if index < len(sections) else len(self.document.text)
        cap = self.document.row(offset) + SECTION_LINES
        return end if cap >= self._rows() else min(end, self.document.row_start(cap))

    def _rows(self) -> int:
        return self.document.row(len(self.document.text)) + 1

    def _line(self, row: int) -> str:
        return line_text(self.document, row)

    def _reach(self, row: int) -> tuple[int, bool]:
        """Where the claim on ``row`` stops looking (the end of its paragraph, or of the block after it when the
        words point to it), and whether its words point forward (a colon, "below", a result line, a "where")."""
        document = self.document
        last_row = min(self._rows() - 1, row + MOST_LINES)
        section = self._section_end(document.row_start(row))
        end = self._block_end(row, last_row, section) or row
        own = self._line(row)
        told = self._text(row, end)
        pointing = told.endswith((":", "：")) or bool(_FORWARD.search(own) or _WHERE_LAST.search(told))
        alone = end == row and (bool(_RESULT.search(own)) or bool(_HEADLINE.match(own.strip(" \t*#>-"))))
        leads, cued = pointing or alone, pointing or alone
        for _ in range(2):  # the block after it, and the one after that when the first only leads on with a colon
            after = end + 1
            while after <= last_row and not self._line(after).strip():
                after += 1
            if after > last_row or document.row_start(after) >= section:
                break
            opens = WHERE.match(self._line(after)) is not None
            block_end = self._block_end(after, last_row, section) if leads or opens else None
            if block_end is None:
                break
            end, cued = block_end, cued or opens
            leads = self._text(after, end).endswith((":", "："))
            if not leads:
                break
        return (document.row_start(end + 1) if end + 1 < self._rows() else len(document.text)), cued

    def _text(self, first: int, last: int) -> str:
        """Rows ``first`` to ``last`` as one text, without the marks that may close it (``**``, ``$``)."""
        return "\n".join(self._line(r) for r in range(first, last + 1)).rstrip(" \t*$")

    def _block_end(self, first: int, last_row: int, section: int) -> int | None:
        """The last row of the block starting at ``first``: a fenced code block to its closing fence, else the
        lines down to the next blank one."""
        document = self.document
        if _FENCE.match(self._line(first)):
            for r in range(first + 1, last_row + 1):
                if _FENCE.match(self._line(r)):
                    return r
            return None
        end = first
        while end < last_row and self._line(end + 1).strip() and document.row_start(end + 1) < section:
            end += 1
        return end
