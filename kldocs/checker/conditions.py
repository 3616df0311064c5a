"""A formula stated under a condition: "if $P = Q$, then $D(P \\| Q) = D(Q \\| P)$" claims nothing in general.

A statement about distributions the document never gives is tested as a
universal claim; written after "if", "when", "만약 ... 이면", "如果", "のとき"
or "si" in its own sentence, it is claimed only where the condition holds,
which kldocs does not test, so it is never called false.

>>> condition("If $P = Q$, then ")
'If'
>>> condition("만약 $r=s$ 이면, "), condition("P = Q のとき、"), condition("We see that "), condition("这相当于")
('만약', 'のとき', None, None)
>>> condition("If P = Q we are done. In general, ") is None
True

A value in words can be followed by a condition of its own ("the KL divergence is 0 only when P = Q"):
:func:`said_under_condition` tells.

A bullet or heading above is not a condition of the bullet below, unless a line between ends with a colon:

>>> condition("- 0 when P = Q\\n- Not symmetric -> ") is None, condition("- If P = Q:\\n  - KL = 0\\n  - ")
(True, 'If')
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from kldocs.checker.judging import Outcome
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.own_distributions import NAMED_HERE, own_distribution_before

#: Words that open a condition, in the languages the checker reads (CJK ones stand without word boundaries). The
#: one list of them: modules that need more words (a bound's "since", a clause's "unless") add to it.
CONDITION_WORDS = lazy(
    r"\b(?:if|iff|when|whenever|provided|assuming|assume|suppose|supposing|given\s+that|in\s+case"
    r"|si|lorsque|quand|pourvu\s+que|cuando|siempre\s+que|se|quando|caso|wenn|falls|sofern"
    r"|если|когда|при\s+условии|wären|wäre|hätten|hätte|had(?=\s[^,.;]{1,40}?\sbeen\b))\b"
    r"|만약|이면|라면|경우|일\s*때|할\s*때|如果|若|(?<![相适適应應恰妥])当|假设|假如|ならば|なら|のとき|の時|場合",
    re.IGNORECASE,
)
#: Where a sentence ends: the condition of one sentence does not reach into the next.
_SENTENCE_END = lazy(r"[.!?。！？]\s|\n[ \t]*\n")


#: A condition that sets two distributions equal (``P = Q``, ``$p=q$``, ``r = s``) or makes one uniform: a value
#: claimed under it is not about the distributions the document gives, even when their names are the claim's.
_NAMES_EQUAL = lazy(r"(?<![A-Za-z\\])(?P<first>[A-Za-z])\s*=\s*(?P<second>[A-Za-z])(?![A-Za-z(_])")
_UNIFORM = lazy(
    r"(?i)(?<![A-Za-z\\])\$?[A-Za-z]\$?\s+(?:is|es|est|ist|è|é)\s+(?:the\s+)?(?:uniform|uniforme|gleichverteilt)"
    r"|\buniform[a-z]*\s+\$?[A-Za-z]\$?(?![A-Za-z])"
)
#: A condition on how random variables depend on each other ("if they were independent", "if perfectly
#: correlated", "若 X 与 Y 相互独立"): a measure of them claimed under it is not about the joint distribution given.
_DEPENDENCE = lazy(
    r"(?i)\b(?:independ[a-z]*|indipend[a-z]*|(?:un|de)?correlat[a-z]*|dependen[a-z]*|identical|d[eé]termin[a-z]*"
    r"|function\s+of|fonction\s+(?:de|d['’])|funci[oó]n\s+de|fun[çc][ãa]o\s+de|funzione\s+di|Funktion\s+von|функци[яиейю]+\s+от"
    r"|ind[eé]pendant[a-z]*|independiente[s]?|corr[eé]la[a-z]*|unabh[aä]ngig[a-z]*|abh[aä]ngig[a-z]*"
    r"|независим[а-я]*|коррелир[а-я]*|product\s+(?:distribution|of\s+(?:the\s+)?marginals))\b|独立|相关|無相関|相関|독립|상관"
    r"|的函数|의\s*함수|の関数"
)
#: A condition that says in words that two distributions are equal: "if P and Q are equal", "wenn P und Q gleich sind",
#: or, with the condition in the verb's ending, "P와 Q가 같으면", "P と Q が等しいとき".
_EQUAL_WORDS = lazy(
    r"(?<![A-Za-z\\])(?P<first>[A-Za-z])\$?\s*(?:and|und|et|y|e|и|와|과|と|和|与)\s*\$?(?P<second>[A-Za-z])(?![A-Za-z(_])\$?\s*"
    r"(?:(?:are|sont|sind|son|são|sono)?\s*(?:equal|the\s+same|identical|égales|égaux|identiques|gleich|iguales|iguais|uguali|равны|"
    r"совпадают)|(?P<ending>[가이]\s*(?:같으면|같다면|동일하면|일치하면)|が\s*(?:等しい|同じ|一致する)(?:とき|時|ならば|なら|場合)|"
    r"が\s*等しければ))",
    re.IGNORECASE,
)
#: Words saying that the two distributions are the same, without naming them: "when the two distributions are the
#: same", "当两个分布相同时", "두 분포가 같으면", "2つの分布が等しいとき", "wenn beide Verteilungen gleich sind".
_SAME_TWO = lazy(
    r"(?i)\b(?:the\s+two|both)\s+distributions\s+(?:are\s+)?(?:the\s+same|identical|equal)\b"
    r"|\b(?:beide[n]?|die\s+beiden)\s+Verteilungen\s+(?:gleich|identisch)|\blas\s+dos\s+distribuciones\s+son\s+iguales"
    r"|\bles\s+deux\s+(?:distributions|lois)\s+sont\s+(?:identiques|égales)|\bas\s+duas\s+distribuições\s+são\s+iguais"
    r"|\bраспределения\s+совпадают|两个?分布(?:完全)?(?:相同|一样|一致)|두\s*분포가\s*(?:같|동일)|2つの分布が(?:同じ|等しい)"
)


def same_in_words(before: str) -> bool:
    """Whether the sentence ``before`` ends (the text right before a formula) supposes in words that the two
    distributions are the same.

    >>> same_in_words("当两个分布相同时 "), same_in_words("When the two distributions are the same, ")
    (True, True)
    >>> same_in_words("The two distributions are the same. Then ")
    False
    """
    lead = _own_item(_SENTENCE_END.split(before[-300:])[-1])
    marker = CONDITION_WORDS.search(lead)
    return marker is not None and _SAME_TWO.search(lead) is not None


#: After "if" (not "with" or "for"), a condition contrary to fact ("if instead the table were uniform"): not the
#: distributions given.
_COUNTERFACTUAL = lazy(r"(?i)\b(?:instead|were|had\s+been)\b")
#: Lead-ins that open a condition on the distributions only: "with Q = P", "in the special case P = Q", "for a".
_NAMED_MARKERS = lazy(
    r"(?i)\b(?:with|in\s+the\s+(?:special\s+)?case|special\s+case|cas\s+particulier|caso\s+especial|Spezialfall|"
    r"for\s+an?|for(?=\s+(?:uniform|independent|fair|one-hot|"
    r"deterministic|degenerate))|for\s+the(?=\s+product)|under|(?:an?|any|every)(?=\s+uniform)|für|pour|para|для)\b"
    r"|对于|對於|에\s*대해|に対して|の場合|특수한\s*경우|特殊情况|特別な場合"
)
#: A distribution given in letters ("with $P = (a, b)$", "for $Q = (1 - p, p)$"): a family, not the numbers in force.
_SYMBOLIC = lazy(r"(?<![A-Za-z\\])(?P<name>[A-Za-z])\s*=\s*\\?\((?=[^()$]*[a-z])[^()$]{1,60}?\\?\)")
#: A property of the measure supposed in the condition ("if the KL divergence is symmetric", "wenn sie symmetrisch
#: ist"): what follows holds under a supposition the checker does not test.
_SUPPOSED_PROPERTY = lazy(
    r"(?i)symmetr|sym[ée]tri|simm?[ée]tri|симметрич|\bmetric\b|\bmétrique|\bMetrik|triangle|Dreieck|대칭|対称|对称|對稱"
)
#: A fair coin or die named in the condition: a uniform distribution of its own, whatever the names.
_FAIR = lazy(r"(?i)\b(?:fair|unbiased)\s+(?:coin|dic?e|die|six-sided|spinner)")
#: A kind of distribution named in the condition that the one given is not: one-hot, deterministic, a point mass.
_SPECIAL_KIND = lazy(
    r"(?i)\b(?:one[- ]?hot|deterministic|degenerate|point[- ]mass|déterministe|dégénérée?|determinista|degenerada|"
    r"deterministisch|entartete?|детерминированн[а-я]*|вырожденн[а-я]*)(?![A-Za-z-])|独热|確定的|确定性|退化|원[- ]?핫|"
    r"ワンホット|決定論的"
)
#: Where a list item or a heading starts: a bullet is not in the sentence of the bullet above it.
_ITEM_START = lazy(r"\n[ \t]*(?:[-*+•]|\d{1,2}[.)]|#{1,6})[ \t]")
#: A line that leads into what follows it ("If $P = Q$:"), its condition reaching the items below.
_LEADS_IN = lazy(r":[ \t*_]*\n")
#: Most characters of a sentence read for its condition.
_REACH = 300
#: Most characters read before a claim for its condition: its sentence, or the sentence that leads into its display.
CONDITION_REACH = 3 * _REACH
#: A display formula, from its opening to the claim (its rows above): a sentence ending with a colon leads into it.
_DISPLAY = lazy(r"\s*(?:\\\[|\$\$|\\begin\{[a-z*]+\}|$)")
#: A sentence that draws a consequence of the one before it: "Suppose q = p. Then ...".
_THEN = lazy(r"(?i)^\s*(?:then|so|hence|thus|entonces|alors|dann)\b")


def condition(before: str, *, on_names: Collection[str] | None = None) -> str | None:
    """The word that opens a condition in the sentence ``before`` ends (the text right before a formula), if any;
    with ``on_names``, only a condition that sets two of those names equal or makes one of them uniform.

    >>> condition("If $P = Q$, then ", on_names="PQ"), condition("If $P = (0.5, 0.5)$, then ", on_names="PQ")
    ('If', None)
    >>> condition("When $Q$ is uniform, ", on_names="PQ"), condition("Suppose $q = p$. Then ", on_names="pq")
    ('When', 'Suppose')
    >>> condition("For a uniform $Q$, ", on_names="PQ"), condition("With $Q = P$ we would get ", on_names="PQ")
    ('For a', 'With')
    >>> condition("For the value $Y = b$, ", on_names="XY")
    >>> condition("If they were independent, ", on_names="XY"), condition("If perfectly correlated, ", on_names="XY")
    ('If', 'If')
    >>> condition("Under independence, ", on_names="XY"), condition("If instead it were uniform, ", on_names="XY")
    ('Under', 'If')
    >>> condition("If the true class had been blue instead:\\n\\n\\\\[\\n", on_names="pq")
    'If'
    >>> condition("If $P$ and $Q$ are equal, ", on_names="PQ"), condition("$P$와 $Q$가 같으면 ", on_names="PQ")
    ('If', '같으면')
    >>> condition("On two categories, with $P = (a, b)$ and $Q = (b, a)$, they agree:\\n\\n$$\\nD(P||Q) = a \\\\\\n")
    'with'
    >>> condition("With a fair coin, ", on_names="PU"), condition("With a fair coin $U = (0.5, 0.5)$, ", on_names="PU")
    ('With', None)
    """
    *earlier, last = _SENTENCE_END.split(before[-CONDITION_REACH:])
    previous = next((sentence for sentence in reversed(earlier) if sentence.strip()), "")
    lead = _own_item(last[-_REACH:])
    if previous and _DISPLAY.match(last) and (previous.rstrip().endswith(":") or _SYMBOLIC.search(previous)):
        lead = previous[-_REACH:]  # "If the label had been blue instead:", then a display formula (rows) of its own
    if on_names is not None and previous and _THEN.match(lead):
        lead = previous[-_REACH:] + " " + lead
    marker = CONDITION_WORDS.search(lead)
    if on_names is not None:
        same = _EQUAL_WORDS.search(lead)
        if (
            same is not None
            and (marker is not None or same["ending"])
            and _equal_names(f"{same['first']} = {same['second']}", 0, on_names)
        ):
            return marker.group() if marker is not None else same["ending"].lstrip("가이が \t")
    found = marker or (_NAMED_MARKERS.search(lead) if on_names is not None else None)
    if found is None and on_names is None and (named := _NAMED_MARKERS.search(lead)) is not None:
        found = named if _SYMBOLIC.search(lead, named.end()) else None  # "with $P = (a, b)$": a family of its own
    if found is None:
        return None
    if on_names is None:
        return found.group()
    start = found.end()
    changed = (
        _uniform(lead, start, on_names)
        or _equal_names(lead, start, on_names)
        or _DEPENDENCE.search(lead)  # anywhere in the sentence: "X와 Y가 독립이면", "XとYが独立ならば"
        or any(not NAMED_HERE.match(lead, fair.end()) for fair in _FAIR.finditer(lead, start))  # not U = (...)
        or (len(on_names) == 2 and _SAME_TWO.search(lead) is not None)  # "当两个分布相同时"
        or _SPECIAL_KIND.search(lead)
        or any(symbol["name"] in on_names for symbol in _SYMBOLIC.finditer(lead, start))
        or (marker is not None and _COUNTERFACTUAL.search(lead, start))
        or (marker is not None and _SUPPOSED_PROPERTY.search(lead, start))
    )
    return found.group() if changed else None


#: Words saying that what follows holds of most cases rather than of the pair at hand.
_IN_GENERAL = lazy(
    r"(?i)\b(?:in\s+general|generally|in\s+most\s+cases|typically|usually|im\s+Allgemeinen|allgemein|en\s+g[ée]n[ée]ral|"
    r"g[ée]n[ée]ralement|em\s+geral|por\s+lo\s+general|в\s+общем\s+случае|вообще\s+говоря)\b|일반적으로|一般(?:に|的に|来说|而言|地|には)?"
)


def said_in_general(before: str) -> bool:
    """Whether the sentence that ``before`` ends (the text right before a formula) says it speaks in general.

    >>> said_in_general("Take P. In general "), said_in_general("In general it differs. Here ")
    (True, False)
    >>> said_in_general("일반적으로 "), said_in_general("En général, ")
    (True, True)
    """
    return _IN_GENERAL.search(_SENTENCE_END.split(before[-300:])[-1]) is not None


#: After the word that opens it, a condition that two distributions are the same and nothing else: "$P = Q$, then".
_ONLY_EQUAL = lazy(
    r"\s*\$?\s*(?P<first>[A-Za-z])\s*=\s*(?P<second>[A-Za-z])\s*\$?\s*,?\s*"
    r"(?:then|we\s+have|one\s+has|alors|dann|entonces|ent[ãa]o|则|那么)?\s*,?\s*\$?\s*",
    re.IGNORECASE,
)


def supposes_equal(before: str, names: Collection[str]) -> bool:
    """Whether the sentence ``before`` ends (the text right before a formula) supposes only that the two
    distributions ``names`` are the same one: "If $P = Q$, then ".

    >>> supposes_equal("If $P = Q$, then ", "PQ"), supposes_equal("If $P = Q$ and $R$ is uniform, ", "PQ")
    (True, False)
    """
    lead = _own_item(_SENTENCE_END.split(before[-300:])[-1])
    marker = CONDITION_WORDS.search(lead)
    only = _ONLY_EQUAL.fullmatch(lead, marker.end()) if marker is not None else None
    return only is not None and _equal_names(only.group(), 0, names)


#: Words that give the reason a formula holds for the variables at hand, or say which they are: "Because both are
#: uniform here, ...", "For the symmetric channel, ...", "For a constant X, ...", "이므로", "ので".
_REASON = lazy(
    r"(?<![^\W\d_])(?:because|since|given\s+that|here|in\s+(?:this|our)\s+(?:case|example)|"
    r"for\s+(?:this|these|our|such|that)|for\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:channels?|sources?|examples?|case|"
    r"codes?|ciphers?|systems?|variables?)|constant|deterministic|degenerate|konstant|d[ée]terministe|constante|"
    r"determinista|weil|da|hier|car|puisque|ici|porque|ya\s+que|aqu[íi]|pois|j[áa]\s+que|"
    r"aqui|поскольку|так\s+как|здесь|потому)(?![^\W\d_])|因为|由于|这里|이므로|때문에|여기서|ので|ここで|常数|定数|상수",
    re.IGNORECASE,
)


def reason_given(before: str) -> str | None:
    """The word in the sentence ``before`` ends (the text right before a formula) that gives a reason or a condition
    for it, or says which variables it is about, if any.

    >>> reason_given("Because both are uniform here, "), reason_given("For the binary symmetric channel, ")
    ('Because', 'For the binary symmetric channel')
    >>> reason_given("We can write the mutual information as "), reason_given("If they are equal, ")
    (None, 'If')
    """
    lead = _own_item(_SENTENCE_END.split(before[-300:])[-1])
    found = _REASON.search(lead) or CONDITION_WORDS.search(lead)
    return found.group() if found is not None else None


def _own_item(sentence: str) -> str:
    """The sentence from the start of its last list item or heading, unless a line above leads into it (ends with
    a colon).

    >>> _own_item("- KL is never negative\\n- 0 when P = Q\\n- Not symmetric: ")
    '\\n- Not symmetric: '
    """
    starts = [found.start() for found in _ITEM_START.finditer(sentence)]
    if not starts or _LEADS_IN.search(sentence, 0, starts[-1] + 1):
        return sentence
    return sentence[starts[-1] :]


def _equal_names(lead: str, start: int, names: Collection[str]) -> bool:
    """Whether the condition sets two of ``names`` equal (``p = q`` for ``D(P||Q)``: case aside)."""
    known = {name.lower() for name in names}
    found = _NAMES_EQUAL.finditer(lead, start)
    pairs = ((equal.group("first").lower(), equal.group("second").lower()) for equal in found)
    return any(first != second and {first, second} <= known for first, second in pairs)


def _uniform(lead: str, start: int, names: Collection[str]) -> bool:
    """Whether the condition makes one of ``names`` uniform ("Q is uniform", "a uniform Q")."""
    return any(
        any(letter in names for letter in re.findall(r"(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])", found.group()))
        for found in _UNIFORM.finditer(lead, start)
    )


#: A condition right after a value in words (its unit first, if any): "is 0 only when P = Q", "is 1 bit when the
#: supports are disjoint", "is 2 bits for a uniform distribution", "es 0 solo si P = Q", "ist 0 genau dann, wenn".
_CONDITION_AFTER = lazy(
    r"\s*+(?:(?:bits?|nats?|bans?|hartleys?)\s*+)?(?:,\s*+)?"
    r"(?:(?:only|exactly|precisely|solo|sólo|solamente|seulement|uniquement|nur|genau\s+dann,?|somente|só|только)\s+)?"
    r"(?:" + CONDITION_WORDS.pattern + r"|as\s+long\s+as|unless\b|for\s+(?:a|an|any|every|all|two)\s)",
    re.IGNORECASE,
)


def said_under_condition(after: str) -> bool:
    """Whether the words right after a value in words put it under a condition of its own.

    >>> said_under_condition(" only when P = Q."), said_under_condition(" bit when the supports are disjoint")
    (True, True)
    >>> said_under_condition(" bits, as computed above."), said_under_condition(" nats genau dann, wenn P = Q")
    (False, True)
    """
    return _CONDITION_AFTER.match(after) is not None


#: Words that tie a formula to particular distributions (a worked example's, given in a chart or table the checker
#: does not read): a formula said of them is no claim about all distributions.
_PARTICULAR = lazy(
    r"(?i)\b(?:numbers|values|probabilities)\s+of\s+\$?[A-Z]\$?\s+and\s+\$?[A-Z]\$?|"
    r"\b(?:of|from|in)\s+(?:the\s+)?(?:worked\s+)?example\s+[0-9]+\b|"
    r"\$?[A-Z]\$?\s*[와과]\s*\$?[A-Z]\$?\s*의\s*(?:수|값|확률)|예제\s*[0-9]+\s*의|例\s*[0-9]+\s*(?:の|的)"
)


def unless_conditional(outcome: Outcome, before: str, names: Collection[str] | None, earlier: bool) -> Outcome:
    """A false ``outcome`` unless the text ``before`` its claim puts it under a condition that changes the
    distributions it names (``names``; None for a claim about all distributions): "if P = Q, then ..." leaves it
    unchecked, and so does a sentence that describes a distribution of its own when the names were all given
    ``earlier`` than the claim's line, and a claim about all distributions said of particular ones ("computed from
    the numbers of P and Q", "the midpoint of example 1").
    """
    if outcome.verdict != "false":
        return outcome
    if names is None and (particular := _PARTICULAR.search(before[-CONDITION_REACH:])) is not None:
        note = f"it is said of particular distributions (“{particular.group()}”) the text does not give"
        return replace(outcome, verdict="unchecked", value=None, note=note)
    opened = condition(before, on_names=names)
    if opened is None and earlier and own_distribution_before(before):  # not a list in the same sentence
        note = f"{outcome.note}; the sentence describes a distribution of its own, which may be the one it means"
        return replace(outcome, verdict="unchecked", value=None, note=note)
    if opened is None:
        return outcome
    note = f"it is stated under a condition (“{opened} …”), which kldocs does not test"
    return replace(outcome, verdict="unchecked", value=None, note=note)
