r"""Claims about parametric families: "KL between N(0,1) and N(1,1) is 0.5 nats", and VAE KL terms.

A sentence of prose (with its inline formulas) or a display formula is a
family claim when it names a measure (KL divergence, cross-entropy,
entropy, Jensen-Shannon, Jeffreys), one or two distributions of a family
written the usual way (``N(0, 1)``, ``\mathcal{N}(1, 4)``, ``Poisson(2)``,
``Exp(3)``, ``Bern(0.3)``, ``Bin(5, 0.5)``, ``Geom(0.2)``, ``U(0, 2)``) and a
value. A VAE claim names the KL term of a variational autoencoder (or
"VAE") with means ``mu`` and spreads ``sigma`` (one each, or lists) and a
value; its value is ``sum_j (sigma_j^2 + mu_j^2 - 1 - ln sigma_j^2)/2`` (see
:mod:`~kldocs.checker.vae_claims`).

``N(a, b)`` is read as mean ``a`` and *variance* ``b`` (the usual
``N(mu, sigma^2)``; ``N(1, 2^2)`` is variance 4), and the note says so, since
many authors and libraries write the standard deviation there instead: a
claim that is false with ``b`` a variance but holds with ``b`` a standard
deviation is left unchecked, and the note gives both readings.

Values come from the families layer (exact closed forms, certified
numerics); a decimal holds when the true value rounds to it at the claim's
own precision (or, written to three or more significant digits, is cut off
to it, which the note says), and an exact expression (``1 - \\ln 2``) is read
whole and compared exactly (:mod:`~kldocs.checker.family_stated`). A unit on
the claim decides its base; a value with no unit holds when it holds in nats
or in bits, and the note names which; when it holds in neither, the note
gives both values and the claim names no base, unit or value. A parameter out of range (``Poisson(-1)``) leaves the
claim unchecked, with the reason.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("The KL divergence between N(0,1) and N(1,1) is 0.5 nats.", "a.md")
>>> [c.verdict for c in family_checks(document).claims]
['holds']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kldocs.checker import screens
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.family_stated import Stated, plain_texts, stated_after, stated_first
from kldocs.checker.family_values import FAMILY, FamilyClaim
from kldocs.checker.family_verdicts import SymbolicMemberError, judge_members, normal_reading, written_member
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.own_distributions import own_distribution_before
from kldocs.checker.vae_claims import vae_claims
from kldocs.errors import InputError

#: A family written the usual ways, with its arguments; the name decides the family.
_MEASURES = (
    ("jsd", lazy(r"Jensen[-\s]Shannon|\bJSD\b", re.IGNORECASE)),
    ("jeffreys", lazy(r"Jeffreys", re.IGNORECASE)),
    ("cross_entropy", lazy(r"cross[-\s]?entropy|\bH\s*\(\s*[^,()]+\(.*?\)\s*,", re.IGNORECASE)),
    ("kl", lazy(r"\bKL\b|D_\{?\s*\\?(?:mathrm\{)?KL|Kullback|relative entropy", re.IGNORECASE)),
    ("entropy", lazy(r"entropy|\bh\s*\(", re.IGNORECASE)),
)
#: Words (folded), one of which is in every match of :data:`_MEASURES`.
_MEASURE_ANCHORS = ("jensen", "jsd", "jeffreys", "cross", "h", "kl", "kullback", "relative", "entropy")
#: A distribution defined by name: ``P = `` (or ``p = ``, as machine-learning notes write it) right before a family.
_DEFINED = lazy(r"(?<![A-Za-z\\_])(?P<symbol>[A-Za-z])\s*=\s*")
_DEFINED_BEFORE = lazy(r"(?<![A-Za-z\\_])[A-Za-z]\s*=\s*$")
#: A measure of named distributions: ``D_{KL}(P || Q)``, ``H(P, Q)``, ``h(P)``, ``JSD(P, Q)``, ``J(P, Q)``.
_SYMBOL = lazy(
    r"(?:D_\{?\s*KL\s*\}?|\bKL)\s*\(\s*(?P<p>[A-Za-z])\s*\|\|\s*(?P<q>[A-Za-z])\s*\)"
    r"|(?P<measure>\bJSD|\bH|\bh|\bJ)\s*\(\s*(?P<a>[A-Za-z])\s*(?:,\s*(?P<b>[A-Za-z]))?\s*\)"
)
_SYMBOL_MEASURES = {"JSD": "jsd", "H": "entropy", "h": "entropy", "J": "jeffreys"}
#: One of which every sentence a claim or a definition is read from holds (see :mod:`~kldocs.checker.screens`): the
#: bracket of a member (``N(0, 1)``) or of a symbol (``D_KL(P || Q)``), the backslash of LaTeX that reads as plain
#: text, or the words of a VAE's KL term.
_ANCHORS = ("(", "\\", "kl", "kullback", "vae", "variational")


@dataclass(frozen=True)
class FamilyDefinition:
    """A name defined as a member of a family (``P = N(0, 1)``): the family, or why its parameters are invalid.

    ``symbolic`` when the parameters are symbols (``p = \\mathcal N(\\mu_1, \\sigma_1^2)``): the name then stands
    for no finite distribution, and no value of it is judged.
    """

    offset: int
    name: str
    text: str
    family: Any = None
    problem: str = ""
    symbolic: bool = False


@dataclass(frozen=True)
class Families:
    """The family claims of a document, judged, and the names it defines as families."""

    claims: list[FamilyClaim]
    definitions: list[FamilyDefinition]


def family_checks(
    document: SourceText,
    extra: Iterable[tuple[int, str]] = (),
    finite: Iterable[tuple[int, str]] = (),
    until: int | None = None,
) -> Families:
    """Every family or VAE claim of ``document`` (before offset ``until``), judged, with ``extra`` sentences
    (offset, text) made from its code.

    Distributions defined by name (``$P = \\mathcal{N}(0, 1)$``) stay in force for the claims
    that name them (``D_{KL}(P \\| Q) \\approx 0.443``) on their line and after, until the name is
    defined again: as another family member, or as a finite distribution (``finite``: where, and
    which name). The latest definition on or before a claim's line wins.
    """
    sentences = sorted(
        [
            *(
                (region.offset + start, sentence)
                for region, text in _sources(document, until)
                for start, sentence in split_sentences(text)
            ),
            *extra,
        ]
    )
    if until is not None:
        sentences = [(offset, sentence) for offset, sentence in sentences if offset < until]
    sentences = [(offset, sentence) for offset, sentence in sentences if screens.mentions(sentence, _ANCHORS)]
    texts = [plain_texts(sentence) for _, sentence in sentences]  # read once, for definitions and for claims
    definitions = [
        item for (offset, _), (plain, _) in zip(sentences, texts, strict=True) for item in _definitions(plain, offset)
    ]
    events = sorted([*((item.offset, item.name, item) for item in definitions), *((o, n, None) for o, n in finite)])
    defined: dict[str, FamilyDefinition] = {}
    found = []
    seen: set[tuple[int, str, str | None]] = set()
    for (offset, sentence), (plain, light) in zip(sentences, texts, strict=True):
        row = document.row(offset)
        while events and document.row(events[0][0]) <= row:
            _, name, definition = events.pop(0)
            if definition is None:
                defined.pop(name, None)
            else:
                defined[name] = definition
        for checked in _judge(sentence, plain, light, offset, defined):
            key = (row, checked.kind, checked.value)
            if key not in seen:
                seen.add(key)
                found.append(checked)
    return Families(found, definitions)


def _definitions(text: str, offset: int) -> list[FamilyDefinition]:
    """``P = N(0, 1)``-style definitions in a sentence read as plain text (a general one, ``N(\\mu, \\sigma^2)``,
    is none)."""
    found: list[FamilyDefinition] = []
    if "=" not in text:
        return found
    for match in _DEFINED.finditer(text):
        mention = FAMILY.match(text, match.end())
        if mention is None:
            continue
        written = f"{match['symbol']} = {mention.group(0)}"
        try:
            family = written_member(mention, match["symbol"])
        except SymbolicMemberError:
            found.append(FamilyDefinition(offset + match.start(), match["symbol"], written, symbolic=True))
            continue
        except InputError as error:
            found.append(FamilyDefinition(offset + match.start(), match["symbol"], written, problem=error.problem))
            continue
        found.append(FamilyDefinition(offset + match.start(), match["symbol"], written, family))
    return found


def _sources(document: SourceText, until: int | None = None) -> Iterator[tuple[Region, str]]:
    """Paragraphs with their inline formulas put back, and display formulas (those before offset ``until``)."""
    for region in document.paragraphs:
        if until is not None and region.offset >= until:
            break
        yield region, document.text[region.offset : region.offset + len(region.text)]
    for region in document.math:
        if until is not None and region.offset >= until:
            break
        if region.kind == "display":
            yield region, region.text


def split_sentences(text: str) -> Iterator[tuple[int, str]]:
    """The sentences of a paragraph, each with its offset: a list item starts a sentence of its own.

    >>> [sentence for _, sentence in split_sentences("- a = 1 nats\\n- b is 2.\\nSo c. Then d")]
    ['- a = 1 nats', '- b is 2.', 'So c.', 'Then d']
    """
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield start, text[start : match.start()]
        start = match.end()
    yield start, text[start:]


#: Where a sentence ends: after . ! ? before a capital, maths or a comment's mark (``# Next``), at a blank line, or
#: before a list item's marker.
_SENTENCE_END = lazy(r"(?<=[.!?])\s+(?=[A-Z$\\#%])|\n\s*\n|\n[ \t]*(?=(?:[-*+•]|[0-9]{1,3}[.)])[ \t])")


def _judge(
    sentence: str, text: str, light: str, offset: int, defined: dict[str, FamilyDefinition]
) -> list[FamilyClaim]:
    """The claims of one sentence (or display formula), judged; ``text`` and ``light`` are its :func:`plain_texts`."""
    vae = vae_claims(text, light, sentence, offset)
    if vae is not None:
        return vae
    # "P = N(0, 1)" defines, it claims nothing: look just before each mention (not at all the text before it);
    # but a sentence that names its members so and no measure of them by name ("For $P = N(0, 1)$ and
    # $Q = N(1, 4)$, the KL divergence is 0.443") speaks of them.
    every = list(FAMILY.finditer(text))
    claimed = iter(
        [m for m in every if not _DEFINED_BEFORE.search(text[max(0, m.start() - 64) : m.start()])]
        or ([] if _SYMBOL.search(light) else every)
    )
    first = next(claimed, None)
    if first is None:
        return _named(light, sentence.strip(), offset, defined)
    named = screens.mentions(text, _MEASURE_ANCHORS)
    measure = next((key for key, pattern in _MEASURES if pattern.search(text)), None) if named else None
    if measure is None:  # no claim: known before the rest of the mentions are looked at
        return []
    if measure == "entropy" and _finite_variable(text):
        return []  # H(Z) of a variable whose probabilities the sentence lists, beside a family it mentions
    mentions = [first, *claimed]
    needed = 1 if measure == "entropy" else 2
    pieces = _claimed_pieces(sentence, measure, needed, len(mentions))
    if pieces:  # each claim judged alone, quoted from where it names the measure, on its own line
        return [claim for start, piece in pieces for claim in _judge(piece, *plain_texts(piece), offset + start, {})]
    # More distributions than the measure takes (a claim, then code naming them again): the value right after the
    # first ones, else the one after the last.
    stated = None
    if len(mentions) > needed:
        stated = stated_after(text, light, mentions[needed - 1].end(), mentions[needed].start())
    stated = stated or stated_after(text, light, mentions[-1].end())
    if stated is None or len(mentions) < needed:
        return []
    judged = _judged(measure, mentions[:needed], stated, sentence, offset)
    return [] if judged is None else [judged]


def _judged(
    measure: str, mentions: list[re.Match[str]], stated: Stated, sentence: str, offset: int
) -> FamilyClaim | None:
    """The claim that ``measure`` of the members ``mentions`` is ``stated``, judged (None for a general formula)."""
    try:
        families = [written_member(match, name) for match, name in zip(mentions, ("P", "Q"), strict=False)]
    except SymbolicMemberError:
        return None  # symbols, not numbers: a general formula
    except InputError as error:
        note = f"not checked: {error.problem}"
        return FamilyClaim(offset, sentence.strip(), measure, "unchecked", None, note, None, None)
    reading = normal_reading(families)
    if reading and all(re.search(r",[^,]*\^\s*\{?2\}?\s*$", match["args"]) for match in mentions):
        reading = "N(a, b^2) read as mean a and standard deviation b"
    return judge_members(measure, families, stated, sentence.strip(), offset, reading)


def _measure(measure: str, text: str) -> Iterator[re.Match[str]]:
    """Where ``text`` names ``measure`` (``D_{KL}``, "Jensen-Shannon")."""
    return dict(_MEASURES)[measure].finditer(text)


def _claimed_pieces(sentence: str, measure: str, needed: int, mentions: int) -> list[tuple[int, str]]:
    """Two claims or more in one sentence, each naming the measure again with its own members and value
    ("D_KL(N(0,1) || N(0,4)) ≈ 0.3181, and D_KL(N(0,4) || N(0,1)) ≈ 0.8069"): the piece of each, from where it names
    the measure, with its place; empty when the sentence is not so made.

    >>> text = "So KL(N(0,1) || N(0,4)) = 0.3181 y KL(N(0,4) || N(0,1)) = 0.8069"
    >>> _claimed_pieces(text, "kl", 2, 4)
    [(3, 'KL(N(0,1) || N(0,4)) = 0.3181'), (35, 'KL(N(0,4) || N(0,1)) = 0.8069')]
    """
    if mentions < 2 * needed or mentions % needed:
        return []
    starts = [match.start() - sentence[: match.start()].endswith("$") for match in _measure(measure, sentence)]
    if len(starts) != mentions // needed:
        return []
    ends = [_joined(sentence, start) for start in starts[1:]]
    pieces = [(start, sentence[start:end]) for start, end in zip(starts, [*ends, len(sentence)], strict=True)]
    if any(len(list(FAMILY.finditer(piece))) != needed for _, piece in pieces):
        return []
    return pieces


#: What joins two claims at the end of the first: a comma and a conjunction, in the languages read.
_JOINED = lazy(
    r"[\s,;，；、]*(?:(?<![^\W\d_])(?:and|und|y|et|e|и|а|while|whereas|während|mientras(?:\s+que)?|tandis\s+que"
    r"|enquanto)(?![^\W\d_])|而|和|但)?[\s,;，；、$]*$",
    re.IGNORECASE,
)


def _joined(sentence: str, end: int) -> int:
    """Where the words that join a claim to the next one (", and", "und", "，而") start, right before ``end``."""
    joined = _JOINED.search(sentence, 0, end)
    return end if joined is None else joined.start()


def _finite_variable(text: str) -> bool:
    """Whether the entropy the text names is of a variable whose outcomes' probabilities it lists.

    >>> _finite_variable("Inputs are Bernoulli(1/2); P(Z=1) = 1/4, P(Z=0) = 3/4, so H(Z) = 0.811 bits")
    True
    >>> _finite_variable("X ~ Bernoulli(1/2), so H(X) = 1 bit")
    False
    """
    return any(
        re.search(rf"\b[Pp]\s*\(\s*{re.escape(match['variable'])}\s*=", text) for match in _ENTROPY_OF.finditer(text)
    )


#: The entropy of a variable: ``H(Z)``, ``H(X_1)``.
_ENTROPY_OF = lazy(r"\b[Hh]\s*\(\s*(?P<variable>[A-Za-z](?:_\{?[0-9A-Za-z]\}?)?)\s*\)")


def _named(text: str, sentence: str, offset: int, defined: dict[str, FamilyDefinition]) -> list[FamilyClaim]:
    """Claims about distributions defined earlier by name, each value right after its symbol: ``D_KL(P || Q) = ...``."""
    if not defined:
        return []  # every symbol would name a distribution never defined
    claims = []
    for match in _SYMBOL.finditer(text):
        names = [name for name in (match["p"], match["q"], match["a"], match["b"]) if name]
        following = _SYMBOL.search(text, match.end())
        if any(name not in defined for name in names):
            continue
        # The symbol itself must be what is equated (not a part of a sum); the first complete value counts.
        stated = stated_first(text, match.end(), following.start() if following is not None else len(text))
        if stated is None:
            continue
        measure = "kl" if match["p"] else _SYMBOL_MEASURES[match["measure"]]
        if measure == "entropy" and match["b"]:
            measure = "cross_entropy"
        if any(defined[name].symbolic for name in names):
            continue  # a general member (``N(\\mu, \\sigma^2)``): its values are formulas
        invalid = [defined[name] for name in names if defined[name].family is None]
        if invalid:
            note = f"not checked: {invalid[0].text} is not a valid distribution: {invalid[0].problem}"
            claims.append(FamilyClaim(offset, sentence, measure, "unchecked", None, note, None, None))
            continue
        families = [defined[name].family for name in names]
        judged = judge_members(measure, families, stated, sentence, offset, normal_reading(families))
        if judged.verdict == "false" and own_distribution_before(text[: match.start()]):
            note = f"{judged.note}; the sentence describes a distribution of its own, which may be the one it means"
            judged = FamilyClaim(offset, sentence, measure, "unchecked", None, note, None, None)
        claims.append(judged)
    return claims
