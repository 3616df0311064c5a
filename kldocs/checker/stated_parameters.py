r"""Values about normal distributions whose parameters the text states one by one: "μ₁ = 0, σ₁ = 1, μ₂ = 1,
σ₂ = 2 ... KL ≈ 0.443", "a Gaussian with mean 0 and variance 4 has differential entropy 2.112".

Parameters are read from the text shortly before the value (or in its own sentence): ``\mu_1 = 0`` and
``\sigma_1 = 1`` (or ``\sigma_1^2 = 1``, a variance) for two normals told apart by their indices, which
give a KL divergence; ``\sigma = 2`` (and ``\mu``) for one normal, which gives a differential entropy;
"mean 0 and variance 4" / "standard deviation 2" in words, once for one normal, twice for two. A symbol
given two values there leaves the value unjudged. The value follows a measure's name (KL, Kullback,
relative entropy, entropy, ``h(X)``) and a relation, as in family claims
(:mod:`~kldocs.checker.family_claims`, which judges it). Which normal is the first is seldom written next to
the value, so a KL value that holds for the two normals the other way round is not judged; nor is one that
holds with σ read as a variance. A sentence about a measure of two variables or distributions (``H(Y|X)``,
"joint entropy", "联合熵", a cross-entropy, a mutual information) is not about the normals.

>>> from kldocs.checker.reading import parse_text
>>> page = "Take μ₁ = 0, σ₁ = 1 and μ₂ = 1, σ₂ = 2. Then the KL divergence is about 0.443 nats."
>>> [(claim.verdict, claim.value) for claim in parameter_claims(parse_text(page, "a.md"), None)]
[('holds', '0.4431471806')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction
from typing import Any

from kldocs.checker.documents import SourceText
from kldocs.checker.family_claims import split_sentences
from kldocs.checker.family_stated import Stated, plain_texts, row_values, stated_after
from kldocs.checker.family_values import FAMILY, FamilyClaim
from kldocs.checker.family_verdicts import judge_members, normal_member
from kldocs.checker.float_formulas import normalized
from kldocs.checker.latex_numbers import Number
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.other_units import second_value
from kldocs.inputs import parse_number

#: Characters before a value searched for its parameters.
WINDOW = 600
_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?(?:/[0-9]+)?"
_ASSIGNED = lazy(
    r"(?P<symbol>\\mu|\\sigma)(?:_(?P<index>[0-9A-Za-z]))?\s*(?P<square>\^\s*\{?\s*2\s*\}?)?\s*=\s*"
    rf"\{{?(?P<value>{_NUMBER})\}}?(?![0-9]|\.[0-9]|\s*[-+*/^(]|\s*\\(?:frac|cdot|times))"
)
_WORDED = lazy(
    rf"\bmean\s+(?:of\s+)?(?P<mean>{_NUMBER})\s*(?:,\s*|\s+and\s+)(?:an?\s+|the\s+)?"
    rf"(?P<kind>variance|standard deviation|std|sd)\s+(?:of\s+)?(?P<spread>{_NUMBER})(?![0-9])",
    re.IGNORECASE,
)
#: A word that makes the parameters after it a condition (looked for just before each one).
_CONDITION = lazy(r"(?i:\b(?:when|whenever|if|unless|iff|only if)\s+[^.;:]*$)")
#: A decimal value in a sentence, which a second in another unit may follow.
_VALUE = lazy(r"(?<![0-9.])[0-9]+\.[0-9]+(?![0-9])")
_KL = lazy(r"\bKL\b|D_\{?\s*\\?(?:mathrm\{)?KL|Kullback|relative entropy", re.IGNORECASE)
_ENTROPY = lazy(r"(?<!joint\s)(?<!conditional\s)(?<!cross-)(?<!cross\s)entropy|\bh\s*\((?![^)]*,)", re.IGNORECASE)


#: Words of other languages for what a sentence about a normal says, and their English (see _in_english).
_ENGLISH = [
    (lazy(pattern, re.IGNORECASE), english)
    for pattern, english in (
        (
            r"desviaci[óo]n (?:est[áa]ndar|t[íi]pica)|desvio[- ]padr[ãa]o|deviazione standard|[ée]cart[- ]type|"
            r"standardabweichung|标准差|標準偏差|표준편차",
            "standard deviation",
        ),
        (r"\bvarianza\b|vari[âa]ncia|\bvarianz\b|方差|분산", "variance"),
        (r"\bmedia\b|\bm[ée]dia\b|\bmoyenne\b|\bmittelwert\b|均值|期望|평균", "mean"),
        (r"(mean|variance|standard deviation)\s?(?:为|是|等于|이|가|は|が|de|di|von|=)?\s?(?=-?[0-9])", r"\1 "),
        (r"(?<=[0-9])\s?(?:、|，|이고|이며|\s(?:y|e|et|und)\s)\s?(?=(?:mean|variance|standard deviation))", " and "),
        (r"entrop[íi]a|entropie|엔트로피|エントロピー|熵", " entropy"),
        (r"(?<=entropy)(?:는|은|は)?\s?(?:约为|约|약|約)\s?(?=-?[0-9])", " is about "),
        (r"(?<=entropy)(?:는|은|は|为|是|等于|\s(?:de|di|von))\s?(?=-?[0-9])", " is "),
        (
            r"\s(?:es|é|è|est|ist|vale|vaut|beträgt)\s(?:aproximadamente|cerca de|circa|environ|etwa|ungefähr)\s",
            " is about ",
        ),
        (r"\s(?:es|é|è|est|ist|vale|vaut|beträgt)\s(?=-?[0-9])", " is "),
        (r"(?<=nat|bit)(s?)(?:이다|입니다|です|である)", r"\1"),
        (r"\s?(?:奈特|나트|ナット)", " nats"),
        (r"\s?(?:比特|비트|ビット)", " bits"),
        (r"。", "."),
    )
]
#: What a text stating a parameter holds: a mean or spread's symbol, or a mean in words.
_HINT = lazy(r"\\(?:mu|sigma)|[μµσ]|(?<![A-Za-z\\])(?:mu|sigma)|(?i:\bmean\s+(?:of\s+)?-?[0-9])")
#: Substrings one of which every parameter stated holds (looked for before the pattern, which is slower).
_MARKS = ("mu", "sigma", "μ", "µ", "σ", "mean", "Mean", "edia", "édia", "oyenne", "ittelwert", "均值", "期望", "평균")
#: Words near a value that make it about something else than the normals' exact measure: other families,
#: more dimensions, estimates from samples or grids.
_ELSEWHERE = lazy(
    r"(?i:mixture|log-?normal|laplace|cauchy|student|multivariate|dimension|isotropic|sampl|estimat|"
    r"monte carlo|simulat|histogram|\bbins?\b|empirical|grid|numerical)|\\Sigma"
)

#: A measure of two variables or two distributions, written or named, in the languages the checker reads
#: ("H(Y|X)", "H(X,Y)", "I(X;Y)", "joint entropy", "联合熵", "Verbundentropie", "entropie conditionnelle").
_OTHER_MEASURE = lazy(
    r"\b[HhI]\s*\([^()]*(?:[|,;]|\\mid)|(?i:\b(?:joint|conditional|mutual|cross)\b|conjoint|conditionnel|"
    r"mutuelle|crois[ée]|verbund|bedingt|gemeinsam|wechselseitig|transinformation|kreuz|conjunta|condicional|"
    r"cruzada|m[úu]tua|congiunta|condizional|incrociata|совместн|условн|взаимн|перекр[её]стн)|"
    r"联合|聯合|条件|條件|互信息|交叉|결합|조건부|상호\s?정보|교차|同時|条件付き|相互情報|交差"
)


def parameter_claims(document: SourceText, until: int | None) -> list[FamilyClaim]:
    """The values about normals whose parameters the text states (before offset ``until``), judged."""
    if not any(mark in document.text for mark in _MARKS):
        return []
    regions = list(_regions(document, until))
    stated = _parameters([(offset, text) for offset, text in regions if _hinted(text)])
    if not stated:
        return []
    offsets = [offset for offset, _, _ in stated]
    claims = []
    for region, text in regions:
        if bisect.bisect_right(offsets, region + len(text)) == bisect.bisect_left(offsets, region - WINDOW):
            continue  # no parameter near: its sentences are not split
        for start, sentence in split_sentences(text):
            offset = region + start
            end = bisect.bisect_right(offsets, offset)
            own = stated[bisect.bisect_left(offsets, offset) : end]  # its own sentence's, else those before it too
            before = [item for item in stated[bisect.bisect_left(offsets, offset - WINDOW) : end] if not item[2]]
            window = [given for _, given, _ in own or before]
            if not window or _ELSEWHERE.search(document.text, max(0, offset - WINDOW), offset + len(sentence)):
                continue
            claims += _claims(sentence, offset, window)
    return claims


def _in_english(text: str) -> str:
    """A sentence with the words for a normal's parameters, the entropy and "is" in English, so that one reading
    serves the languages the checker knows: "media 0 y desviación estándar 3" as "mean 0 and standard deviation 3",
    "均值为0、方差为9" as "mean 0 and variance 9", "엔트로피는 약 0.726" as "entropy is about 0.726".

    >>> _in_english("Su entropía diferencial es 2.518 nats")
    'Su  entropy diferencial is 2.518 nats'
    """
    for pattern, english in _ENGLISH:
        text = pattern.sub(english, text)
    return text


def _hinted(text: str) -> bool:
    """Whether the text may state a parameter (substrings first: most text has none of them)."""
    return any(mark in text for mark in _MARKS) and _HINT.search(_in_english(text)) is not None


def _regions(document: SourceText, until: int | None) -> Iterator[tuple[int, str]]:
    """Paragraphs with their inline formulas, and display formulas, in the order of the document."""
    regions = [
        *(
            (region.offset, document.text[region.offset : region.offset + len(region.text)])
            for region in document.paragraphs
        ),
        *((region.offset, region.text) for region in document.math if region.kind == "display"),
    ]
    for offset, text in sorted(regions):
        if until is not None and offset >= until:
            break
        yield offset, text


def _parameters(regions: list[tuple[int, str]]) -> list[tuple[int, tuple[str, str, Fraction], bool]]:
    """Every parameter the regions state, in order: the offset of its sentence, (symbol, index, value) with
    ``\\sigma^2`` as the symbol of a variance (in words, ``\\mu`` and ``\\sigma`` or ``\\sigma^2`` with the index
    ``#``), and whether it is stated as a condition ("when σ = 1")."""
    found: list[tuple[int, tuple[str, str, Fraction], bool]] = []
    sentences = [(region + start, sentence) for region, text in regions for start, sentence in split_sentences(text)]
    for offset, text in sentences:
        if not _hinted(text):
            continue
        written = normalized(_in_english(text))
        for match in _ASSIGNED.finditer(written):
            # "The penalty vanishes when σ = 1": a condition, which speaks for its own sentence only.
            condition = _CONDITION.search(written, max(0, match.start() - 40), match.start()) is not None
            symbol = match["symbol"] + ("^2" if match["square"] else "")
            index = (match["index"] or "").lower()  # mu_p in code, \mu_P in the prose: the same normal's
            found.append((offset, (symbol, index, Fraction(match["value"])), condition))
        for match in _WORDED.finditer(written):
            variance = match["kind"].lower() == "variance"
            found.append((offset, ("\\mu", "#", Fraction(match["mean"])), False))
            found.append((offset, ("\\sigma^2" if variance else "\\sigma", "#", Fraction(match["spread"])), False))
    return found


#: A normal's mean, its variance, its variance with σ read as the variance (when σ alone gave it), and how
#: the text gave its spread.
_Normal = tuple[Fraction, Fraction, Fraction | None, str]


def _normals(window: list[tuple[str, str, Fraction]]) -> list[_Normal] | None:
    """The normals the parameters give, in the order of their indices (or of the words); None when they
    conflict or leave a spread out."""
    if any(index == "#" for _, index, _ in window):
        if any(index != "#" for _, index, _ in window):
            return None
        pairs = [window[position : position + 2] for position in range(0, len(window), 2)]
        return [
            (mean[2], spread[2], None, f"variance {spread[2]}")
            if spread[0] == "\\sigma^2"
            else (mean[2], spread[2] ** 2, None, f"standard deviation {spread[2]}")
            for mean, spread in pairs
        ]
    values: dict[tuple[str, str], Fraction] = {}
    for symbol, index, value in window:
        if values.setdefault((symbol, index), value) != value:
            return None
    normals: list[_Normal] = []
    for index in sorted({index for _, index in values}):
        mean, deviation, variance = (values.get((symbol, index)) for symbol in ("\\mu", "\\sigma", "\\sigma^2"))
        if (deviation is None) == (variance is None) or (deviation is not None and deviation <= 0):
            return None
        if deviation is not None:
            normals.append((mean or Fraction(0), deviation**2, deviation, f"σ = {deviation} a standard deviation"))
        elif variance is not None:
            normals.append((mean or Fraction(0), variance, None, f"σ² = {variance} the variance"))
    return normals


def _claims(sentence: str, offset: int, window: list[tuple[str, str, Fraction]]) -> list[FamilyClaim]:
    """The values the sentence states about the normals of ``window``, judged: the value after the measure's name,
    and the same value given again in another unit ("2.518 nats, or 3.632 bits"); none when it states none."""
    second = next(filter(None, (second_value(sentence, m.end()) for m in _VALUE.finditer(sentence))), None)
    english = _in_english(sentence if second is None else sentence[: second[3]])  # "2.518 nats (≈ 3.632 bits)"
    plain, light = plain_texts(english)
    if FAMILY.search(plain):
        return []  # the family is written out: a family claim
    if _OTHER_MEASURE.search(english):
        return []  # a joint, conditional or cross entropy, a mutual information: not the normal's measure
    kl = _KL.search(plain)
    measure = kl or _ENTROPY.search(plain)
    normals = _normals(window)
    if measure is None or normals is None or any(normal[1] <= 0 for normal in normals):
        return []
    kind = "kl" if kl is not None else "entropy"
    if len(normals) != (2 if kind == "kl" else 1):
        return []
    stated = stated_after(plain, light, measure.end())
    if stated is None or stated.problem:
        return []
    origin = offset  # where the sentence starts, which the second value's place counts from
    named = (_KL if kl is not None else _ENTROPY).search(sentence)
    if named is not None:  # a "sentence" of several lines with no stop (a page's lines): from the measure's line on
        start = sentence.rfind("\n", 0, named.start()) + 1
        sentence, offset = sentence[start:], offset + start
    members = [normal_member(normal[0], normal[1], name) for normal, name in zip(normals, "PQ", strict=False)]
    rows = row_values(light, measure.end()) if second is None and "\\\\" in light else []
    if rows:  # an aligned chain: each row's value on its own line (``&= \ln 2 - \frac14 \\``, ``&\approx 0.4431``)
        lines = sentence.split("\n")  # from the measure's line on
        starts = [sum(len(line) + 1 for line in lines[:index]) for index in range(len(lines))]
        shift = plain.count("\n", 0, measure.start())
        judged = (
            _judged(kind, normals, members, value, lines[row - shift].strip(), offset + starts[row - shift])
            for row, value in rows
            if 0 <= row - shift < len(lines)
        )
        return [claim for claim in judged if claim is not None]
    first = _judged(kind, normals, members, stated, sentence.strip(), offset)
    if first is None:
        return []
    if second is None:
        return [first]
    where, written, unit, _ = second
    node = Number(0, len(written), written, parse_number(written, "value"))
    again = Stated(written, node, unit, approximate=stated.approximate)
    text = f"{sentence.strip()} ... {written} {'bits' if unit == '2' else 'nats'}"
    return [first, *filter(None, [_judged(kind, normals, members, again, text, origin + where)])]


def _judged(
    kind: str, normals: list[_Normal], members: list[Any], stated: Stated, text: str, offset: int
) -> FamilyClaim | None:
    """The claim that the normals' measure is ``stated``, judged; None when it is not judged (it holds for another
    reading of the text: which normal is first, or what σ stands for)."""
    deviations = any(normal[2] is not None for normal in normals)
    reading = "read as " + " and ".join(f"N({mean}, {variance}) ({said})" for mean, variance, _, said in normals)
    claim = judge_members(kind, members, stated, text, offset, reading)
    if claim.verdict != "false":
        return claim if claim.verdict == "holds" else None
    others: list[list[Any]] = [members[::-1]] if kind == "kl" else []
    if deviations:
        read = [(mean, variance if other is None else other) for mean, variance, other, _ in normals]
        others.append([normal_member(mean, variance, name) for (mean, variance), name in zip(read, "PQ", strict=False)])
    if any(judge_members(kind, other, stated, text, offset, "").verdict != "false" for other in others):
        return None
    if deviations:
        return replace(claim, note=claim.note + " (nor with σ a variance)")
    return claim
