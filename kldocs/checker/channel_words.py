r"""Binary symmetric and erasure channels named in words with their probability, after the distribution of a bit.

"X goes through a binary symmetric channel with crossover probability 0.1" after ``P(X=0) = 0.7, P(X=1) = 0.3``
gives the joint of X and the channel's output: each bit kept with probability 1 - p and flipped with p (an erasure
channel keeps it with 1 - e and erases it with e, its output ``0``, ``e`` or ``1``). The output is the one other random
variable the measures just after the sentence name (``H(Y)``, ``I(X;Y)``), up to the next channel; with none or
several, for an input of more than two values or written far above, and where the text speaks of the channel's
capacity (reached with another input), nothing is read. The joint is bound as any channel's
(:func:`~kldocs.checker.channels.channel_joint`).

>>> from kldocs.checker.reading import parse_text
>>> from kldocs.checker.channels import input_distributions
>>> text = "P(X) = (1/2, 1/2). A binary symmetric channel flips it with probability 1/4.\n\nSo H(Y|X) = 0.811 bits.\n"
>>> document = parse_text(text, "a.md")
>>> bound = dict((b.name, b.distribution) for _, b in worded_channels(document, input_distributions(document)))
>>> [str(p) for p in bound["X,Y"].probabilities]
['3/8', '1/8', '1/8', '3/8']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

from kldocs.checker.channels import channel_joint
from kldocs.checker.documents import SourceText
from kldocs.checker.event_tables import probability_of
from kldocs.checker.joint_tables import MAX_TABLES, probability
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding
from kldocs.inputs import parse_distribution

#: A binary symmetric (``symmetric``) or erasure (``erasure``) channel, named in a few languages.
_CHANNEL = lazy(
    r"(?:(?P<symmetric>(?i:binary\s+symmetric\s+channel|canale\s+binario\s+simmetrico|canal\s+binario\s+sim[eé]trico|"
    r"canal\s+bin[aá]rio\s+sim[eé]trico|canal\s+binaire\s+sym[eé]trique|bin[aä]re[rn]?\s+symmetrische[rn]?\s+Kanal|"
    r"二元对称信道)|BSC)"
    r"|(?P<erasure>(?i:binary\s+erasure\s+channel|canale\s+binario\s+a\s+cancellazione|canal\s+binario\s+de\s+borrado|"
    r"canal\s+binaire\s+[aà]\s+effacement|bin[aä]re[rn]?\s+Auslöschungskanal|二元删除信道)|BEC))(?![A-Za-z])"
)
#: The channel's probability, the first after its name in the sentence: "with (crossover) probability 0.1",
#: "ε = 0.1", "p = 1/4", ``BSC(0.1)``, "probabilità di errore 0.1", "Fehlerwahrscheinlichkeit 0.1"; "probabilità 0,1"
#: is not read (a decimal comma may be a list's).
_PARAMETER = lazy(
    r"(?:probability|probabilit[àa]|probabilidad|probabilidade|probabilité|(?i:wahrscheinlichkeit)|概率)\s*"
    r"(?:(?:of\s+error|di\s+errore|de\s+error|de\s+erro|d['’]erreur|von|为|是)\s*|of\s+|di\s+|de\s+)?"
    r"(?:\$?\s*(?:[a-zα-ω]|\\(?:epsilon|varepsilon|alpha|delta))\s*=\s*)?\$?\s*(?P<worded>[0-9]{1,6}\s*/\s*[0-9]{1,6}|"
    r"[0-9]{0,6}\.[0-9]{1,12})|(?<![A-Za-z])(?:[pfe]|ε|\\(?:epsilon|varepsilon|alpha|delta))\s*=\s*"
    r"(?P<named>[0-9]{1,6}\s*/\s*[0-9]{1,6}|[0-9]{0,6}\.[0-9]{1,12})|\(\s*(?P<called>[0-9]{0,6}\.[0-9]{1,12})\s*\)"
)
#: The probability of one value of a bit, ``P(X=0) = 0.3`` (the ``P`` before the bracket is looked for apart).
_LONE = lazy(
    r"\(\s*(?P<name>[U-Zu-z])\s*=\s*(?P<label>[0-9A-Za-z]{1,3})\s*\)\s*=\s*\$?\s*"
    r"(?P<value>[0-9]{1,6}\s*/\s*[0-9]{1,6}|[0-9]{0,6}\.[0-9]{1,12})(?![0-9/])"
)
#: A piece of each name of a channel (:data:`_CHANNEL`), and how many places such pieces are looked at, at most.
_PIECES = (
    *("ymmetr", "immetr", "imétr", "imetr", "ymétr", "BSC", "BEC"),
    *("rasure", "ancellazion", "orrado", "ffacement", "uslöschung", "信道"),
)
_MOST_PIECES = 200
#: Words of a channel's capacity, which another input than the one written reaches.
_CAPACITY = lazy(r"(?i:capacity|kapazität|capacit[àé]|capacidad|capacidade|容量|\\max|\bmax)")
#: Characters before the channel's name searched for its input.
_BEFORE = 400
_LONGEST = 60  # characters of a channel's name, at most
_SENTENCE_END = lazy(r"[.!?。](?:\s|$)")
#: Characters after the channel's sentence searched for the measures that name its output, and in its sentence.
_AFTER = 600
_SENTENCE = 300
#: A measure of random variables and what it names: ``H(Y|X)``, ``I(X;Y)``.
_MEASURE = lazy(r"(?<![A-Za-z])[HI]\s*\((?P<names>[^()\n]{1,24})\)")
_NAME = lazy(r"(?<![A-Za-z\\])[U-Z](?![A-Za-z])")


#: Words that suppose another input than the one written: "when the input is uniform", "l'entrée est uniforme".
_OTHER_INPUT = lazy(r"(?i:uniform|équiprobable|equiprobable|gleichverteilt|equiprobabil)|均匀|一様|균등")


def worded_channels(document: SourceText, inputs: Sequence[tuple[int, Binding]]) -> Iterator[tuple[int, Binding]]:
    """The joints binary channels named in words give with the bit sent through them (at most ``MAX_TABLES``)."""
    text = document.text
    inputs = sorted([*inputs, *_lone_bits(document, inputs)], key=lambda entry: entry[0])
    for match in _named_after(text, [offset for offset, _ in inputs]):
        earlier = [(offset, binding) for offset, binding in inputs if match.start() - _BEFORE < offset < match.start()]
        at, given = earlier[-1] if earlier else (0, None)
        if given is None or given.distribution is None or len(given.distribution) != 2:
            continue
        ends = _SENTENCE_END.search(text, match.end(), match.end() + _SENTENCE)
        stop = ends.start() if ends is not None else min(len(text), match.end() + _SENTENCE)
        found = _PARAMETER.search(text, match.end(), stop)
        value = probability(re.sub(r"\s", "", found["worded"] or found["named"] or found["called"])) if found else None
        following = _CHANNEL.search(text, stop, stop + _AFTER)  # the next channel's measures are its own
        window = text[stop : following.start() if following else stop + _AFTER]
        output = _output(window, given.name)
        if value is None or output is None or _CAPACITY.search(text, at, stop + _AFTER):
            continue  # a capacity is reached with another input than the one written
        if _CHANNEL.search(text, match.end(), stop) or _CHANNEL.search(text, at + 1, match.start()):
            continue  # a cascade: another channel after it in its sentence, or between the input and it
        if _OTHER_INPUT.search(window):
            continue  # the input supposed another: "when the input is uniform"
        labels = list(given.distribution.given_labels or ("0", "1"))
        kept, none = 1 - value, Fraction(0)
        if match["symmetric"]:
            kind, columns, cells = "binary symmetric", labels, [[kept, value], [value, kept]]
        else:
            kind, columns, cells = (
                "binary erasure",
                [labels[0], "e", labels[1]],
                [[kept, value, none], [none, value, kept]],
            )
        line = document.line(match.start())
        where = (line, f"on line {line} (a {kind} channel, probability {value})")
        joint = channel_joint((given.name, output), given, (labels, columns), cells, where)
        yield from ((match.start(), binding) for binding in joint)


def _lone_bits(document: SourceText, inputs: Sequence[tuple[int, Binding]]) -> Iterator[tuple[int, Binding]]:
    """The bits given by the probability of one of their values alone, ``P(X=0) = 0.3``, when a binary channel is
    named within :data:`_BEFORE` characters after it and no other value of the letter is given near it (a channel
    of bits makes the other value's probability the rest). A letter an input already binds is left to it.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("The input has p(x=1) = 0.25. It goes through a BSC with crossover 0.1.", "a.md")
    >>> [(b.name, [str(p) for p in b.distribution.probabilities]) for _, b in _lone_bits(document, [])]
    [('X', ['3/4', '1/4'])]
    """
    text = document.text
    found, seen = 0, set()
    candidates = (
        match
        for channel in _channels(text)
        for match in _LONE.finditer(text, max(0, channel - _BEFORE), channel)
        if probability_of(text, match.start())
    )
    for match in candidates:
        if match.start() in seen:
            continue
        seen.add(match.start())
        name = match["name"].upper()
        window = text[max(0, match.start() - _BEFORE) : match.end() + _BEFORE]
        given = probability(re.sub(r"\s", "", match["value"]))
        others = {m["label"] for m in _LONE.finditer(window) if m["name"].upper() == name}
        near = [b for at, b in inputs if abs(at - match.start()) < _BEFORE and b.name == name]
        if given is None or others != {match["label"]} or near:
            continue
        values = [1 - given, given] if match["label"] == "1" else [given, 1 - given]
        line = document.line(match.start())
        distribution = parse_distribution(values, ["0", "1"], name=name)
        yield match.start(), Binding(name, distribution, line, f"P({name}={match['label']}) = {given} on line {line}")
        found += 1
        if found >= MAX_TABLES:
            return


def _channels(text: str) -> list[int]:
    """Where binary channels are named, in order (at most ``MAX_TABLES``): each found from a piece of its name
    (:data:`_PIECES`) looked for as plain text, so that a long text without one costs little.

    >>> _channels("A BSC, then a binary erasure channel."), _channels("No channel here.")
    ([2, 14], [])
    """
    places: set[int] = set()
    for piece in _PIECES:
        at = text.find(piece)
        while at >= 0 and len(places) < _MOST_PIECES:
            places.update(named.start() for named in _CHANNEL.finditer(text, max(0, at - _LONGEST), at + _LONGEST))
            at = text.find(piece, at + 1)
    return sorted(places)[:MAX_TABLES]


def _named_after(text: str, offsets: Sequence[int]) -> list[re.Match[str]]:
    """The channels named within :data:`_BEFORE` characters after an input (only there, so a long text costs
    nothing), at most ``MAX_TABLES``, in order."""
    found: dict[int, re.Match[str]] = {}
    for offset in sorted(offsets):
        for match in _CHANNEL.finditer(text, offset, offset + _BEFORE + _LONGEST):
            found.setdefault(match.start(), match)
        if len(found) >= MAX_TABLES:
            break
    return [found[start] for start in sorted(found)][:MAX_TABLES]


def _output(text: str, given: str) -> str | None:
    """The one random variable other than ``given`` the measures in the text name; None for none or several."""
    names = {name.group() for measure in _MEASURE.finditer(text) for name in _NAME.finditer(measure["names"])}
    names.discard(given)
    return names.pop() if len(names) == 1 else None
