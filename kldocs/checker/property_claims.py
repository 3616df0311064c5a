r"""Properties and definitions stated in words or as sums: "KL divergence is symmetric", ``D = -\\sum p \\log(p/q)``.

A :class:`Property` names a measure and what is said of it (symmetric,
bounded, a metric, never negative, the JSD as the average of two KL
divergences, a definition as a sum with its sign, the cross-entropy as the
sum of the entropy and KL or of a distribution with itself, the entropy
largest for equally likely outcomes, ``KL(P || Q) ≠ KL(Q || P) — not
symmetric``), possibly negated.
Sentences are read only when they assert: a sentence that asks, supposes
or reports someone's mistake is not read. Judging is
:mod:`kldocs.checker.properties`' job.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("KL divergence is not symmetric.\n", "a.md")
>>> [(item.measure, item.property, item.negated) for item in properties(document, document.paragraphs[0])]
[('kl', 'symmetric', True)]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

from kldocs.checker.bound_sentences import ANCHORS as BOUND_ANCHORS
from kldocs.checker.bound_sentences import PATTERNS as BOUND_PATTERNS
from kldocs.checker.bound_sentences import reading as bound_reading
from kldocs.checker.claim_conditions import leading_condition, trailing_condition
from kldocs.checker.denied_clauses import DENIAL, clause_start
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_subjects import DASH, SUBJECT, subject_measure
from kldocs.checker.negations import labelled_wrong, refuted
from kldocs.checker.screens import either, mentions
from kldocs.checker.sentence_bounds import asked, end_of_sentence, item_start, item_starts, start_of_sentence
from kldocs.checker.sign_settings import conditioned, continuous, differential


@dataclass(frozen=True)
class Property:
    """A sentence stating a property of a measure.

    Attributes
    ----------
    measure
        ``kl``, ``cross_entropy``, ``jsd``, ``js_distance``, ``jeffreys`` or (for a definition)
        ``mutual_information``; for a maximum-entropy statement, the family (``normal``, ``exponential``,
        ``geometric``, ``uniform``).
    property
        ``symmetric``, ``bounded``, ``metric``, ``jsd_average``, ``sum_definition`` or ``swapped_definition``.
    negated
        True for "is not symmetric", "is asymmetric", "is unbounded".
    condition
        The condition the sentence says it under ("for two Gaussians with the same variance"), or ``""``.
    reported
        True when the sentence quotes or reports someone ("As the book says, \"KL is not symmetric\""): it holds
        when what is quoted holds, and is left unchecked otherwise (the author may quote it to correct it).
    """

    line: int
    text: str
    measure: str
    property: str
    negated: bool
    offset: int = 0
    condition: str = field(default="", kw_only=True)
    reported: bool = field(default=False, kw_only=True)


# --- properties --------------------------------------------------------------------------------------------

#: An adverb between "is" and what is said: "KL divergence is indeed asymmetric", "is clearly not a metric".
_ADVERB = r"(?:\s+(?:indeed|clearly|thus|hence|therefore|obviously|actually|certainly|definitely|inherently|still))"
_PROPERTY = lazy(
    r"(?<![A-Za-z])" + SUBJECT + r"\s+(?:is|are|remains)" + _ADVERB + r"?(?P<negation>n['’]t|\s+not|\s+never)?,?\s+"
    r"(?:always\s+|also\s+|(?:in\s+general|generally),?\s+)?(?:(?:an?|the)\s+(?=(?:a?symmetric|(?:un)?bounded)\s))?"
    r"(?P<property>asymmetric|symmetric|unbounded|bounded|a\s+(?:true\s+|proper\s+|real\s+)?(?:metric|distance))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_BETWEEN = lazy(
    r"(?<![A-Za-z])" + SUBJECT + r"\s+(?:is|lies|stays|ranges)\s+(?:always\s+)?(?:between|from)\s+0\s+(?:and|to)\s+"
    r"(?:1|one|log\s*2|ln\s*2|§+)(?![0-9A-Za-z])",
    re.IGNORECASE,
)
_AVERAGE = lazy(
    r"(?<![A-Za-z])(?P<subject>Jensen" + DASH + r"Shannon(?:\s+divergence)?|JSD)\s+(?:is|equals|means)\s+"
    r"(?:just\s+|simply\s+)?(?:the\s+)?(?:average|mean)\s+of\s+(?:the\s+)?(?:two\s+|both\s+)?(?:KL|Kullback)",
    re.IGNORECASE,
)
#: The mutual information of random variables (not the pointwise one, which can be negative).
_MUTUAL = r"(?<!pointwise\s)mutual\s+information|(?-i:MI)"
#: "The mutual information is symmetric" (true), "MI is asymmetric" (false).
_MUTUAL_SYMMETRIC = lazy(
    r"(?<![A-Za-z])(?P<subject>" + _MUTUAL + r")\s+(?:is|are)(?P<negation>n['’]t|\s+not|\s+never)?\s+"
    r"(?:always\s+|also\s+)?(?P<property>asymmetric|symmetric)(?![A-Za-z])",
    re.IGNORECASE,
)
#: "a positive MI value indicates ..., and negative values indicate ...", "negative MI values mean ...": the
#: mutual information taken to have negative values.
_NEGATIVE_VALUES = lazy(
    r"(?<![A-Za-z])(?:(?P<subject>" + _MUTUAL + r")\s+values?\s[^.;!?]{0,120}?"
    r"(?<![A-Za-z])(?P<said>negative)\s+values?|"
    r"(?P<own>negative)\s+(?P<other>" + _MUTUAL + r")\s+values?)\s+"
    r"(?:indicates?|means?|shows?|impl(?:y|ies)|suggests?|signals?)(?![A-Za-z])",
    re.IGNORECASE,
)
_NEGATIVE = lazy(
    r"(?<![A-Za-z])(?P<subject>" + SUBJECT[len("(?P<subject>") : -1] + r"|(?:Shannon\s+)?entropy|" + _MUTUAL + ")"
    r"(?:\s+of\s+(?:an?\s+|the\s+|any\s+)?discrete\s+(?:random\s+)?(?:variables?|distributions?|sources?))?\s+"
    r"(?:(?:can|could|may|might)(?P<negation>not|\s+not|\s+never|n['’]t)?\s+(?:also\s+|even\s+|sometimes\s+)?"
    r"(?:be|become|take|give)\s+(?:a\s+)?negative(?:\s+values?)?"
    r"|(?P<positive>(?:is|are|(?:can|could)\s+be\s+(?:shown|proven|proved)\s+to\s+be)\s+(?:always\s+)?"
    r"(?:non-?negative|never\s+negative|positive|(?:greater\s+than\s+or\s+equal\s+to|≥|>=|\\geq?)\s*(?:0|zero))))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_ZERO = lazy(
    r"(?=[KkRrCcJj])(?<![A-Za-z])" + SUBJECT + r"\s+(?:is|equals|becomes)\s+(?:zero|0)\s+"
    r"(?:only\s+(?:when|if)|if\s+and\s+only\s+if|iff|exactly\s+when|precisely\s+when|just\s+when)(?![A-Za-z])",
    re.IGNORECASE,
)
#: "KL divergence violates the triangle inequality" (not a metric), "the JS distance satisfies it" (a metric).
_TRIANGLE = lazy(
    r"(?<![A-Za-z])" + SUBJECT + r"\s+(?:(?P<negation>violates|breaks|fails|"
    r"(?:does\s+not|doesn['’]t|fails\s+to|cannot|can['’]t)\s+(?:satisfy|obey|fulfil+|respect))"
    r"|satisfies|obeys|fulfil+s|respects)\s+(?:the\s+)?triangle\s+inequality",
    re.IGNORECASE,
)
#: The measures of which a triangle inequality is read (what it says of cross-entropy is not the metric's question).
_TRIANGLE_MEASURES = frozenset({"kl", "jsd", "js_distance"})
#: A second property said of the same subject: "JS divergence is symmetric and bounded by log 2".
_AND_MORE = lazy(
    r"(?:\s+(?:in|by|between|with)\s+[^,.;:!?\n]{1,30}?)?,?\s+and\s+(?:is\s+|also\s+|always\s+){0,2}"
    r"(?P<property>asymmetric|symmetric|unbounded|bounded|infinite|finite|a\s+(?:true\s+|proper\s+|real\s+)?"
    r"(?:metric|distance)|(?P<triangle>(?:does\s+not|doesn['’]t|fails\s+to)\s+(?:satisfy|obey)\s+the\s+triangle\s+"
    r"inequality))(?![A-Za-z])",
    re.IGNORECASE,
)
_DECOMPOSITION = lazy(
    r"(?<![A-Za-z])(?P<subject>cross" + DASH + r"?entropy|KL(?:" + DASH + r"divergence)?|relative\s+entropy)\s*"
    r"(?:(?<=\s)(?:is|equals|is\s+equal\s+to)\s+|=\s*)(?:the\s+)?(?P<first>(?:Shannon\s+)?entropy|cross"
    + DASH
    + r"?entropy)\s+"
    r"(?P<sign>plus|minus)\s+(?:the\s+)?(?P<second>KL(?:" + DASH + r"divergence)?|Kullback|relative\s+entropy|"
    r"(?:Shannon\s+)?entropy|cross" + DASH + r"?entropy)(?![A-Za-z])",
    re.IGNORECASE,
)
#: "The cross entropy can be calculated as the sum of the entropy and relative entropy": H(P,Q) = H(P) + D(P||Q).
_SUM_OF = lazy(
    r"(?<![A-Za-z])(?P<subject>cross" + DASH + r"?entropy)\s+"
    r"(?:is|equals|is\s+equal\s+to|can\s+be\s+(?:calculated|computed|written|expressed)\s+as)\s+"
    r"(?:just\s+|simply\s+)?the\s+sum\s+of\s+(?:the\s+)?(?P<first>(?:Shannon\s+)?entropy|KL(?:"
    + DASH
    + r"divergence)?|"
    r"relative\s+entropy)\s+and\s+(?:the\s+)?(?P<second>KL(?:" + DASH + r"divergence)?|relative\s+entropy|"
    r"(?:Shannon\s+)?entropy)(?![A-Za-z])",
    re.IGNORECASE,
)
#: "The cross entropy of a distribution with itself is the entropy": H(P,P) = H(P); "... is zero" for KL and JS.
_SELF = lazy(
    r"(?<![A-Za-z])" + SUBJECT + r"\s+(?:of|between)\s+(?:a\s+distribution\s+(?:with|and)\s+itself|(?:any\s+)?two\s+"
    r"(?:identical|equal)\s+distributions|(?:a\s+distribution\s+and\s+)?(?:the|an?)\s+(?:same|identical)\s+distributions?)"
    r"\s+(?:is|equals)\s+"
    r"(?:always\s+|just\s+|simply\s+)?(?:equal\s+to\s+)?(?P<what>zero|0|(?:the|its)\s+(?:Shannon\s+)?entropy)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
#: All outcomes equally likely, or the distribution uniform: where the entropy is largest.
_EQUALLY_LIKELY = (
    r"(?:(?:when|if|for|at|with|by)\s+(?:all\s+(?:the\s+|possible\s+|[nNkKm]\s+)?(?:outcomes|events|symbols|values|states|letters|"
    r"messages|possibilities|classes|results)\s+(?:are|being|have)\s+(?:equally\s+(?:likely|probable)|equiprobable|"
    r"(?:the\s+)?same\s+probability|equal\s+probabilit(?:y|ies))|(?:the\s+|a\s+)?uniform\s+distribution|"
    r"the\s+(?:distribution|(?:random\s+)?variable)\s+is\s+uniform(?:ly\s+distributed)?))"
)
_HIGHEST = (
    r"(?:highest|largest|greatest|maximal|maximum|maximized|maximised|at\s+(?:its|a)\s+(?:maximum|highest|largest)|"
    r"(?P<lowest>lowest|smallest|minimal|minimum|minimized|minimised|at\s+(?:its|a)\s+(?:minimum|lowest|smallest)))"
)
#: "Entropy is highest when all outcomes are equally likely", "Maximum entropy occurs for the uniform distribution",
#: "The uniform distribution maximizes entropy", "the more uniform the distribution, the higher the entropy": largest
#: for the uniform distribution (``lowest`` when it says the opposite).
_MAX_UNIFORM = lazy(
    r"(?<![A-Za-z])(?:"
    + "|".join(
        (
            r"(?P<subject>(?:Shannon\s+)?entropy|(?-i:H)(?:\s*\((?-i:[A-Z])\))?)\s+(?:is|becomes|reaches\s+its)\s+"
            + _HIGHEST
            + r"(?:,\s*(?P<value>log\s*n|§{3,40})\s*,)?\s+"
            + _EQUALLY_LIKELY,
            r"(?:maximum|maximal|highest|largest)\s+entropy\s+(?:occurs|is(?:\s+(?:reached|achieved|attained|obtained))?)\s+"
            + _EQUALLY_LIKELY,
            r"uniform\s+distribution\s+(?:maximi[sz]es|has\s+the\s+(?:highest|largest|greatest|maximum))\s+(?:the\s+)?"
            r"entropy",
            r"the\s+more\s+(?:uniform|evenly\s+spread|even)(?:\s+the\s+distribution(?:\s+is)?)?,\s+the\s+"
            r"(?:higher|larger|greater|bigger)\s+(?:the\s+|its\s+)?entropy",
            r"maximum\s+entropy\s+distribution[*_]*\s*:\s*[*_]*(?:the\s+|a\s+)?uniform",
            r"uniform\s+distribution\s+is\s+(?:the\s+)?(?:distribution|one)\s+with\s+(?:the\s+)?"
            r"(?:maximum|highest|largest|greatest|maximal)\s+entropy",
        )
    )
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
#: "Cross entropy is always larger than entropy" (false: they are equal when Q = P), "... at least the entropy" (true):
#: group ``strict`` without ``equal`` says ">".
_ABOVE_ENTROPY = lazy(
    r"(?<![A-Za-z])(?P<subject>cross" + DASH + r"?entropy)(?:\s*\$?\s*H\s*\([^()$]{1,20}\)\s*\$?)?\s+(?:is|are)\s+"
    r"(?:always\s+)?(?:(?P<strict>(?:strictly\s+)?(?:larger|greater|bigger|higher)\s+than|>)(?P<equal>\s+or\s+equal\s+to)?|"
    r"≥|>=|\$\\geq?\$|at\s+least(?:\s+as\s+(?:large|great|high)\s+as)?|(?:never|no)\s+(?:less|smaller|lower)\s+than)\s+"
    r"(?:the\s+)?(?:Shannon\s+)?entropy(?![A-Za-z])(?!\s*(?:of|H\s*\(|\$|\())",
    re.IGNORECASE,
)
#: What qualifies a strict comparison after it ("... unless Q = P", "..., with equality when"): not read.
_QUALIFIED = lazy(
    r"(?<![A-Za-z])(?:unless|except|when|whenever|if|iff|only|equal\w*|provided|differ\w*)(?![A-Za-z])", re.I
)
_KL_SYMBOL = r"(?:KL|D_?KL|D_\{KL\})\s*\(\s*"
_BARS = r"\s*(?:\|\||‖|\|)\s*"
#: "KL(P || Q) ≠ KL(Q || P) — not symmetric": the two directions written to differ, and the words that say so (read
#: where no formula on the line was).
_UNEQUAL = lazy(
    r"(?<![A-Za-z])(?P<subject>KL|D_?KL|D_\{KL\})\s*\(\s*(?P<p>[A-Za-z])" + _BARS + r"(?P<q>[A-Za-z])\s*\)\s*"
    r"(?:≠|!=|=/=)\s*" + _KL_SYMBOL + r"(?P=q)" + _BARS + r"(?P=p)\s*\)\s*(?:[—–:,-]\s*)?\(?\s*(?:it\s+is\s+|is\s+)?"
    r"(?:not\s+symmetric|asymmetric)(?![A-Za-z])",
    re.IGNORECASE,
)
_KOREAN_SUBJECT = (
    r"(?P<subject>KL\s*(?:발산|divergence)|쿨백[-‐ ]?라이블러\s*발산|상대\s*엔트로피|교차\s*엔트로피|크로스\s*엔트로피|"
    r"JSD|젠슨[-‐ ]?섀넌\s*발산)(?:은|는|이|가)\s+(?:[^.?!\n]{0,16}?\s)?"
)
#: Korean properties: group ``what`` says which, ``negation`` that the sentence denies it.
_KOREAN = lazy(
    _KOREAN_SUBJECT + r"(?:"
    r"(?P<asymmetric>비대칭|대칭(?:적)?이\s*아[니닙닌]|대칭(?:적)?이지\s*않)|(?P<symmetric>대칭(?:적)?(?:입니다|이다|이며|이고|임))|"
    r"(?P<nonnegative>(?:항상\s*)?(?:0\s*이상|음수가\s*아[니닙닌]|음이\s*아닌|0보다\s*크거나\s*같))|"
    r"(?P<negative>음수가?\s*(?:될|나올|일)\s*수\s*있))"
)
_KOREAN_DENIAL = lazy(r"잘못|오해|착각|라고\s*생각|만약|라면|경우")


def properties(document: SourceText, paragraph: Region, formula_rows: Collection[int] = ()) -> Iterator[Property]:
    """The properties a paragraph asserts (in English or Korean); not those it asks about or denies.

    ``formula_rows``: rows where a formula was read; "KL(P || Q) ≠ KL(Q || P) — not symmetric" there is that formula's.
    """
    text = paragraph.text
    if not mentions(text, _ANY_ANCHORS):  # none of the screens below would pass
        return
    patterns = (
        [
            *(_PROPERTY, _BETWEEN, _AVERAGE, _NEGATIVE, _DECOMPOSITION, _SUM_OF, _SELF, _MAX_UNIFORM, _UNEQUAL),
            _TRIANGLE,
            _KOREAN,
        ]
        if mentions(text, HINT)
        else []
    )
    if mentions(text, ZERO_ANCHORS) and mentions(text, ("zero", "0")):
        patterns.append(_ZERO)
    if mentions(text, ("cross",)) and mentions(text, _ABOVE_ANCHORS):
        patterns.append(_ABOVE_ENTROPY)
    if patterns and ("MI" in text or mentions(text, ("mutual",))):
        patterns += [_NEGATIVE_VALUES, _MUTUAL_SYMMETRIC]
    if mentions(text, BOUND_ANCHORS):
        patterns += BOUND_PATTERNS  # "Entropy is zero when the outcome is certain", "JSD is always finite"
    items = item_starts(document, paragraph)  # each list item is a sentence of its own
    for pattern in patterns:
        for match in pattern.finditer(text):
            sentence_start = max(start_of_sentence(text, match.start()), item_start(items, match.start()))
            lead = text[clause_start(text, sentence_start, match.start()) : match.start()]
            reported = _REPORTED_QUOTE.search(lead) is not None and DENIAL.search(_REPORTED_QUOTE.sub("", lead)) is None
            if (
                (DENIAL.search(lead) and not reported)
                or asked(text, match.end())
                or labelled_wrong(text[max(0, sentence_start - 60) : sentence_start + 1])
                or refuted(
                    text[match.end() : end_of_sentence(text, match.end())], text[end_of_sentence(text, match.end()) :]
                )
            ):
                continue
            condition = leading_condition(
                text, clause_start(text, sentence_start, match.start()), match.start()
            ) or trailing_condition(text, match.end(), end_of_sentence(text, match.end()))
            if pattern is _KOREAN:
                if not _KOREAN_DENIAL.search(text[sentence_start : end_of_sentence(text, match.end())]):
                    yield _korean(document, paragraph, match)
                continue
            measure = "entropy" if pattern is _MAX_UNIFORM else subject_measure(match.group("subject") or "MI")
            if pattern is _DECOMPOSITION:
                kind, negated = "decomposition", not _right_decomposition(match, measure)
            elif pattern is _SUM_OF:
                parts = {subject_measure(match.group("first")), subject_measure(match.group("second"))}
                kind, negated = "decomposition", parts != {"entropy", "kl"}
            elif pattern is _MUTUAL_SYMMETRIC:
                kind, negated = _said(match.group("property"), bool(match.group("negation")))
            elif pattern in BOUND_PATTERNS:
                if (match.groupdict().get("symbol") or "e")[0] == "H" and not mentions(document.text, _ENTROPY):
                    continue  # "H = 0 → perfectly pure" where nothing says H is the entropy
                measure, kind, negated = bound_reading(pattern, match)
            elif pattern is _NEGATIVE_VALUES:
                measure, kind, negated = "mutual_information", "negative", False
            elif pattern is _ABOVE_ENTROPY:
                strict = match.group("strict") is not None and match.group("equal") is None
                if strict and _QUALIFIED.search(text, match.end(), end_of_sentence(text, match.end())):
                    continue  # "larger than the entropy unless Q = P"
                kind, negated = ("strict_entropy_bound" if strict else "entropy_bound"), False
            elif pattern is _UNEQUAL:
                if document.row(paragraph.offset + match.start()) in formula_rows:
                    continue
                kind, negated = "swapped_unequal", False
            elif pattern is _MAX_UNIFORM:
                if (
                    match.group("subject")
                    and match.group("subject")[0] == "H"
                    and not mentions(document.text, _ENTROPY)
                ):
                    continue  # "H is maximised when ...": H is the entropy where the document speaks of it
                if not _log_n_said(document, paragraph, match):
                    continue  # "Entropy is maximal, $\log 2$, for ...": a value not read
                kind, negated = "max_uniform", match.group("lowest") is not None
            elif pattern is _SELF:
                kind, negated = "self_zero" if match.group("what") in ("zero", "0") else "self_entropy", False
            elif pattern is _AVERAGE:
                sentence_end = text.find(". ", match.end())
                rest = text[match.end() : len(text) if sentence_end < 0 else sentence_end]
                if re.search(r"mixture|midpoint|\bM\b|average distribution", rest, re.IGNORECASE):
                    continue
                kind, negated = "jsd_average", False
            elif pattern is _TRIANGLE:
                if measure not in _TRIANGLE_MEASURES:
                    continue
                kind, negated = "metric", match.group("negation") is not None
            elif pattern is _BETWEEN:
                kind, negated = "bounded", False
            elif pattern is _ZERO:
                kind, negated = "zero_iff_equal", False
            elif pattern is _NEGATIVE:
                if measure == "entropy" and differential(text, match.start(), match.end()):
                    measure = "differential_entropy"  # "The differential entropy can be negative": true
                elif continuous(text, match.start(), match.end()):
                    continue  # differential entropy can be negative
                kind, negated = "negative", bool(match.group("negation") or match.group("positive"))
                if negated and conditioned(text, match.end()):
                    continue  # "... is non-negative for any density bounded by 1": true under its condition
            else:
                kind, negated = _said(match.group("property"), bool(match.group("negation")))
                more = _AND_MORE.match(text, match.end())
                if more is not None:  # "... is symmetric and bounded": the second after the first
                    second, denied_too = (
                        ("metric", True)  # "... and does not satisfy the triangle inequality": not a metric
                        if more.group("triangle")
                        else _said(more.group("property"), bool(match.group("negation")))
                    )
                    offset = paragraph.offset + more.start("property")
                    shown = " ".join(f"{match.group('subject')} ... {more.group('property')}".split())
                    yield Property(
                        document.line(offset),
                        shown,
                        measure,
                        second,
                        denied_too,
                        offset,
                        condition=condition,
                        reported=reported,
                    )
            start = match.start("said") if pattern is _NEGATIVE_VALUES and match.group("said") else match.start()
            offset = paragraph.offset + start  # "..., and negative values indicate ...": where the values are said
            shown = " ".join(match.group().replace("§", " ").split())
            yield Property(
                document.line(offset), shown, measure, kind, negated, offset, condition=condition, reported=reported
            )


#: A quotation the property is in, opened after a verb of saying: 'As Cover and Thomas say, "', 'the book states: «'.
#: Only the verb may report (no "claim", "think", "not" before it).
_REPORTED_QUOTE = lazy(r"\b(?:says?|said|states?|stated|writes?|wrote)\b[^\"“«„]{0,3}[\"“«„]\s*$", re.IGNORECASE)


def _said(word: str, negation: bool) -> tuple[str, bool]:
    """The property a word names and whether it is denied ("asymmetric", "unbounded" deny it themselves)."""
    word = word.lower()
    negated = negation or word in ("asymmetric", "unbounded", "infinite")
    return (
        "symmetric" if "symmetric" in word else "bounded" if "bounded" in word or "finite" in word else "metric"
    ), negated


#: Words (folded), one of which is in every property sentence read here.
HINT = (
    "symmetric",
    "bounded",
    "metric",
    "distance",
    "between",
    "average",
    "mean",
    "negative",
    "positive",
    "plus",
    "minus",
    "sum of",
    "itself",
    "identical",
    "same distribution",
    "equal distribution",
    "equally",
    "triangle",
    "uniform",
    "or equal",
    "대칭",
    "음수",
    "음이",
    "이상",
    "크거나",
    *("≥", ">=", "\\ge"),
)
#: The entropy named in words (folded), in the languages read: a document that names it writes H for it.
_ENTROPY = ("entrop", "엔트로피", "熵", "エントロピー", "энтропи")
#: Words (folded), one of which is in every sentence "cross-entropy is larger than / at least / ≥ the entropy".
_ABOVE_ANCHORS = ("than", "least", "≥", ">=", "\\ge")
#: Words (folded), one of which is in every sentence "... is zero only when P = Q" (and "zero" or "0" is).
ZERO_ANCHORS = ("only", "iff", "exactly", "precisely", "just")
#: One of which every paragraph :func:`properties` reads holds: the anchors of each of its patterns.
_ANY_ANCHORS = either(HINT, ZERO_ANCHORS, ("cross",), BOUND_ANCHORS)


def _right_decomposition(match: re.Match[str], measure: str) -> bool:
    """Cross-entropy is entropy plus KL; KL is cross-entropy minus entropy."""
    first, second = (subject_measure(match.group(name)) for name in ("first", "second"))
    if measure == "cross_entropy":
        return (first, match.group("sign").lower(), second) == ("entropy", "plus", "kl")
    return (first, match.group("sign").lower(), second) == ("cross_entropy", "minus", "entropy")


def _korean(document: SourceText, paragraph: Region, match: re.Match[str]) -> Property:
    subject = match.group("subject")
    measure = (
        "cross_entropy"
        if "교차" in subject or "크로스" in subject
        else "jsd"
        if "JSD" in subject or "젠슨" in subject
        else "kl"
    )
    kind = "symmetric" if match.group("asymmetric") or match.group("symmetric") else "negative"
    negated = bool(match.group("asymmetric") or match.group("nonnegative"))
    offset = paragraph.offset + match.start()
    return Property(document.line(offset), " ".join(match.group().split()), measure, kind, negated, offset)


def shorten(text: str, limit: int = 80) -> str:
    """The text on one line, cut to ``limit`` characters."""
    flat = " ".join(text[: limit * 4].split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


#: The largest entropy of ``n`` outcomes as a formula: ``\log n``, ``\log_2 N``, ``\ln |\mathcal{X}|``.
_LOG_N = lazy(r"\$?\s*\\?(?:log|ln)\s*(?:_\{?2\}?)?\s*(?:\(\s*)?(?:n|N|K|\|\\?\w+(?:\{\w\})?\|)(?:\s*\))?\s*\$?")


def _log_n_said(document: SourceText, paragraph: Region, match: re.Match[str]) -> bool:
    r"""Whether the value a sentence on the largest entropy gives between commas, if any, is the log of the number of
    outcomes (``Entropy is maximal, $\log n$, for the uniform distribution``).

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("Entropy is maximal, $\\log n$, for the uniform distribution.\n", "a.md")
    >>> [item.property for item in properties(document, document.paragraphs[0])]
    ['max_uniform']
    """
    if match.group("value") is None:
        return True
    start, end = paragraph.offset + match.start("value"), paragraph.offset + match.end("value")
    return _LOG_N.fullmatch(document.text[start:end]) is not None
