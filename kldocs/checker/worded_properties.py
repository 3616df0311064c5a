"""Properties stated in words in nine languages other than English: "la divergencia KL es simétrica" (false).

A sentence names a measure (its subject) and, a few words later with no
punctuation between, says what it is: symmetric, a metric (or distance),
never negative, zero exactly when the distributions are equal, at most
``log n`` (the entropy, largest for the uniform distribution). A negation
between the two ("no es", "non è", 不是, 아니) or in the predicate
("asimétrica", "n'est pas", "ist keine", "не является", 不对称, 비대칭, 対称ではない) turns the
statement round. Sentences that ask ("¿...?", "...吗？") or suppose ("si", "se", "wenn", "если",
如果, 만약) are not read. The
entropy's bounds written as a formula, ``0 ≤ H(X) ≤ log2 n``, hold in any
language. Some are read with their supposition or condition first: "se a divergência KL ... for
zero, ... as distribuições são idênticas", "확률이 동등할 때 엔트로피는 최대", "plus la
distribution est uniforme, plus l'entropie est grande", "当且仅当 P=Q 时,KL 值等于 0".
The words of each predicate are :mod:`~kldocs.checker.worded_predicates`'. English sentences are
:mod:`~kldocs.checker.property_claims`' job.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("La divergencia KL no es simétrica. KL散度是一种距离。\\n", "a.md")
>>> [(item.measure, item.property, item.negated) for item in worded_properties(document, document.paragraphs[0])]
[('kl', 'symmetric', True), ('kl', 'metric', False)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.claim_conditions import leading_condition, trailing_condition
from kldocs.checker.condition_first_words import ANCHORS as CONDITION_FIRST_ANCHORS
from kldocs.checker.condition_first_words import IDENTICAL_ANCHORS, IDENTICAL_ZERO, ONE_POINT_ANCHORS, ONE_POINT_FIRST
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import PROPERTY_SUBJECTS, SUBJECT_ANCHORS
from kldocs.checker.negations import AFTER_READ, refuted
from kldocs.checker.property_claims import Property
from kldocs.checker.screens import either, mentions
from kldocs.checker.worded_predicates import PREDICATE, PREDICATE_ANCHORS

_SUBJECT = lazy("|".join(f"(?P<{measure}>{words})" for measure, words in PROPERTY_SUBJECTS), re.IGNORECASE)
#: The properties said of the entropy; the others are said of divergences.
_ENTROPY_PROPERTIES = frozenset({"negative", "max_uniform", "zero_iff_certain", "max_certain", "log_bound"})
_DIVERGENCE_PROPERTIES = frozenset({"symmetric", "metric", "negative", "zero_iff_equal", "jsd_average", "bounded"})
#: Those said of the mutual information of two random variables (its zero is at independence, not at P = Q).
_MUTUAL_PROPERTIES = frozenset({"symmetric", "negative"})
#: Those said of a differential entropy: only its sign (it can be negative).
_DIFFERENTIAL_PROPERTIES = frozenset({"negative"})
#: What joins a second predicate to the first: "，并且", "y", "e", "그리고", or sets it against it: "mais", "지만,".
_CONJUNCTION = lazy(
    r"的?\s*(?:[,，、]\s*(?:并且|而且|且|并|同时|但是?|y|e|et|und|и|mais|aber|pero|mas|ma|но|그리고|하지만)?|"
    r"(?:并且|而且|且|并|同时|但是?)|\s+(?:y|e|et|und|и)\s|지만\s*[,，]?)\s*"
)
#: What may stand between subject and predicate: a few words, no punctuation.
_GAP = lazy(r"(?:[^.,;:?!。，；：？！\n]|,\s*(?:que|qui|die|che)\s)(?:[^.,;:?!。，；：？！\n]){0,30}")
#: A word that denies what follows (不 and 非 not where they start another word: 不同 "different", 非常 "very"):
#: "no puede", "não pode", "не может", "ne peut pas" (its "pas" is not counted again); not "not only" ("не только",
#: "não só", "non seulement", "no solo"), which adds to what follows.
_NEGATION = lazy(
    r"(?<![^\W\d_])(?:no|non|nunca|mai|tampoco|tampouco|nemmeno|neanche|neppure|n[ãa]o|ne|не)(?![^\W\d_])"
    r"(?!\s+(?:только|s[óo]|apenas|somente|seulement|s[óo]lo|solamente|soltanto)(?![^\W\d_]))|"
    r"不是|不(?!同|管|过|仅|但|只|久|少|断)|并非|非(?!常)|没有|未必",
    re.IGNORECASE,
)
_SUPPOSED = lazy(
    r"(?<![A-Za-z])(?<![A-Za-z]-)(?:si|se|cuando|quando|error|errore|falso|mito|creer|credere|pensar|pensare|wenn|falls|faux|"
    r"falsch|erreur|mythe|croire|croit|croient|pense|pensent|glauben|glaubt|meinen|meint|ob|achar|acham|acha|creen|cree)(?![A-Za-z])|(?<![А-Яа-я])(?:если|ошибочно|неверно)(?![А-Яа-я])|"
    r"如果|假如|若|错误|以为|认为|觉得|以為|認為|만약|라면|경우|잘못|오해|착각|라고\s*생각|もし|場合|誤り|間違|思い込|と思われ|"
    r"(?<![^\W\d_])(?:nếu|giả\s+sử|tưởng|nghĩ|cho\s+rằng|sai|ngộ\s+nhận)(?![^\W\d_])",
    re.IGNORECASE,
)
#: "differential" near the word entropy, in the languages read here.
#: A differential entropy, or the entropy of continuous variables: it can be negative.
_DIFFERENTIAL = lazy(
    r"diferencial|differenziale|diff[ée]rentielle|differentielle|дифференциальн|微分|미분"
    r"|continu[oa]s?\b|continue?s?\b|kontinuierlich|stetig|непрерывн|连续|連続|연속",
    re.I,
)
#: "differential" written right before the entropy's name ("differentielle Entropie", "微分熵", "미분 엔트로피") or
#: right after it ("entropía diferencial", "entropie différentielle"): the subject is a differential entropy.
_NAMED_DIFFERENTIAL = lazy(
    r"(?:differentielle|differenzielle|diff[ée]rentielle|微分|미분|дифференциальн\w*)\s*"
    r"(?:Entropie|энтропи[яи]|熵|엔트로피|エントロピー)?$",
    re.I,
)
_DIFFERENTIAL_AFTER = lazy(r"\s*(?:diferencial|differenziale|diff[ée]rentielle)(?![^\W\d_])", re.I)
#: Characters read before and after a subject: a sentence longer than this is cut there.
REACH = 300
_SENTENCE_END = lazy(r"[.?!。？！](?=[»”“\"’'」』]*+(?:\s|$))|[。？！]|\n")
#: ``0 ≤ H(X) ≤ log2 n`` and its LaTeX: the entropy's bounds, in any language.
_ENTROPY_BOUNDS = lazy(
    r"(?<![0-9.])0\s*(?:≤|<=|\\le(?:q)?(?![A-Za-z]))\s*H(?:\s*\(\s*[A-Za-z]\s*\))?\s*(?:≤|<=|\\le(?:q)?(?![A-Za-z]))\s*"
    r"\\?log\s*(?:_?\s*\{?2?\}?|₂)\s*(?:\(\s*)?(?:n|N|K|\|[A-Za-z]+\|)(?:\s*\))?(?![A-Za-z0-9])"
)
_BOUNDS_ANCHORS = ("log",)


#: "Se a divergência KL ... for zero, ... as distribuições são idênticas", "If the KL divergence is 0, then the
#: distributions are identical", "A KL divergence of 0 means that the distributions are the same": the half of
#: "zero exactly when P = Q" that a supposition states (Portuguese, Spanish, French, English).
_ZERO_THEN_EQUAL = lazy(
    r"(?<![^\W\d_])(?:(?:se|si|if|when|whenever)\s+(?:a\s+|la\s+|l['’]\s*|the\s+)?|(?P<valued>an?\s+))"
    r"(?:diverg(?:[êe]ncia|encia|ence)\s+(?:de\s+)?(?:KL|Kullback[-‐–— ]Leibler)|entrop(?:[ií]a|ie|y)\s+relativ[ea]|"
    r"relative\s+entropy|(?:KL|Kullback[-‐–— ]Leibler)(?:\s+\(KL\))?[-‐ \s](?:diverg[ae]n[cs]e|diversion))"
    r"(?(valued)\s+(?:value\s+)?of\s+(?:zero|0)\s+(?:means|indicates|implies|shows|tells\s+us)\s+(?:that\s+)?|"
    r"[^.;:!?,\n]{0,40}?\s(?:for|fosse|[ée]|es|sea|fuera|est|is|equals)\s+(?:zero|cero|0|nulle)\s*,?\s*)"
    r"[^.;!?\n]{0,40}?(?:distribui[çc][õo]es|distribuciones|distributions)\s+(?:s[ãa]o|son|sont|are)\s+"
    r"(?:id[êeé]ntic[ao]s|iguais|iguales|identiques|[ée]gales|identical|equal|the\s+same|equivalent)(?![^\W\d_])",
    re.IGNORECASE,
)
#: Words (folded), one of which is in every match of :data:`_ZERO_THEN_EQUAL`: "idênticas", "iguales", "égales".
_ZERO_ANCHORS = (
    *("idêntic", "identic", "idéntic", "iguais", "iguales", "identiques", "égales", "egales"),
    *("equal", "same", "equivalent"),
)
#: Properties said with their condition first, in any order of words: ``(measure, property, pattern)``. The entropy
#: is largest when all outcomes are equally likely ("모든 사건이 동일한 확률을 가질 때 ... 엔트로피가 최대", "plus la
#: distribution est uniforme, plus l'entropie est grande"); a divergence is 0 exactly when P = Q ("当且仅当 P=Q 时,KL
#: 值等于 0"), or is 0 for equal distributions ("同じ分布ならKLダイバージェンスは0", "두 분포가 같으면 KL 발산은
#: 0"); KL is the cross-entropy minus the entropy ("KL散度等于交叉熵减去熵", "交差エントロピーからエントロピーを
#: 引く"), what is said (the group ``said``) maybe a sentence after the measure is named.
_CONDITION_FIRST: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (measure, kind, lazy(pattern, re.IGNORECASE))
    for measure, kind, pattern in (
        (
            "entropy",
            "max_uniform",
            r"(?:모든\s*(?:사건|경우|결과|사상)(?:이|가|들이)\s*(?:동일한|같은|균등한)\s*확률을\s*(?:가질|갖을|가지는)|"
            r"확률(?:이|들이)\s*(?:모두\s*)?(?:동등|동일|균등|같)(?:할|을))\s*(?:때|경우)"
            r"[^.。!?\n]{0,30}?엔트로피(?:가|는)\s*(?:최고|최대|가장\s*(?:크|높))",
        ),
        (
            "entropy",
            "max_uniform",
            r"(?<![^\W\d_])(?:plus\s+(?:la\s+distribution|les\s+probabilit[ée]s)[^!?]{0,80}?(?:uniformes?|[ée]quilibr[ée]e?s?)"
            r"[^!?]{0,80}?,\s*plus\s+l['’]\s*entropie\s+est\s+(?:grande|[ée]lev[ée]e|haute)|cuanto\s+m[aá]s\s+uniforme"
            r"[^!?]{0,80}?,\s*mayor\s+(?:es\s+|ser[aá]\s+)?la\s+entrop[ií]a|pi[uù]\s+[^!?]{0,60}?uniforme[^!?]{0,80}?,\s*"
            r"(?:maggiore|pi[uù]\s+(?:alta|grande))\s+(?:è\s+|sar[aà]\s+)?l['’]\s*entropia|je\s+gleichm[aä](?:ß|ss)iger"
            r"[^!?]{0,80}?,\s*desto\s+(?:gr[öo](?:ß|ss)er|h[öo]her)\s+(?:ist\s+)?die\s+Entropie)(?![^\W\d_])",
        ),
        (
            "entropy",
            "max_uniform",
            r"(?:越|愈)(?:均匀|平均)[^。！？\n]{0,30}?熵(?:值)?(?:就)?越(?:大|高)|(?:等概率?|概率(?:都)?(?:相等|相同)|均匀分布)(?:分布)?"
            r"(?:时|的时候|的?情况下|的)[^。！？\n]{0,10}?熵(?:值)?(?:最大|取得?最大值?|达到最大)|(?:等確率|一様分布|確率が(?:すべて|全て)?等しい)"
            r"の?(?:とき|場合)[^。！？\n]{0,15}?エントロピー(?:は|が)最大",
        ),
        (
            "kl",
            "zero_iff_equal",
            r"当且仅当\s*[A-Za-z]\s*=\s*[A-Za-z]\s*(?:时|的时候)\s*[,，]?\s*(?:KL|相对熵)\s*(?:散度|值|距离)?\s*"
            r"(?:的值)?\s*(?:等于|为|是)\s*(?:0|零)",
        ),
        (
            "kl",
            "zero_iff_equal",
            r"(?:(?:同じ|同一の?|等しい)分布(?:同士)?|分布が(?:同じ|等しい|一致する|同一))(?:なら(?:ば)?|の?(?:とき|時|場合)|では)"
            r"[、,，]?\s*(?:KLD?|カルバック[・･]?ライブラー|相対エントロピー)[^。！？\n]{0,12}?(?:は|が)\s*(?:0|ゼロ)(?![.\d])|"
            r"(?:两个?|二)?(?:概率)?分布(?:完全)?(?:相同|一致|相等|一样)(?:时|的时候|的情况下)[,，]?\s*(?:KL|相对熵)"
            r"[^。！？\n]{0,8}?(?<!不)(?:等于|为|是)\s*(?:0|零)(?![.\d])|"
            r"분포(?:가|이)\s*(?:같으면|같을\s*때|동일하면|동일할\s*때|일치하면|일치할\s*때)[,，]?\s*(?:KL|쿨백)"
            r"[^.!?\n]{0,15}?(?:은|는|이|가)\s*0(?![.\d])",
        ),
        (
            # the divergence zero first, then the distributions the same: "KL 발산이 0이면 두 분포는 같다",
            # "KL情報量が0の時は真の分布と近似の分布が一致する", "KL散度为0时，两个分布相同"
            "kl",
            "zero_iff_equal",
            r"(?:KL\s*(?:ダイバージェンス|情報量)|カルバック[・･]?ライブラー(?:\s*ダイバージェンス|情報量)?|相対エントロピー)"
            r"\s*(?:が|は)\s*(?:0|０|ゼロ)\s*(?:の|に|と)?(?:時|とき|場合|なら(?:ば)?)(?:は|に)?[、,，]?[^。！？\n]{0,30}?"
            r"分布[^。！？\n]{0,12}?(?:が|は)?(?:一致する|一致します|等しい|等しくなる|同じ(?:である|です|になる)?)(?:[。．.]|$)|"
            r"(?:KL\s*散度|相对熵)\s*(?:的值)?\s*(?:为|等于|是)\s*(?:0|零)\s*(?:时|的时候)[,，]?\s*(?:两个?|这两个)?(?:概率)?分布"
            r"(?:就|必然|一定)?(?:完全)?(?:相同|一致|相等|一样)(?:[。.]|$)|"
            r"(?:KL\s*발산|쿨백[-‐ ]?라이블러\s*발산|상대\s*엔트로피)\s*(?:이|가|은|는)\s*0\s*"
            r"(?:이면|일\s*때|인\s*경우)[,，]?\s*(?:두\s*)?(?:확률\s*)?분포(?:는|가|이)\s*"
            r"(?:같다|같습니다|동일하다|동일합니다|일치한다|일치합니다)(?=[.。!\s]|$)",
        ),
        (
            # the two the same exactly when the divergence is zero:
            # "pとqが同じ分布である必要十分条件はKLダイバージェンスがゼロ"
            "kl",
            "zero_iff_equal",
            r"[A-Za-z]\s*と\s*[A-Za-z]\s*が(?:同じ分布|等しい|一致する)(?:である|となる)?(?:ための)?必要十分条件は\s*"
            r"(?:KL\s*(?:ダイバージェンス|情報量)|カルバック[・･]?ライブラー(?:\s*ダイバージェンス|情報量)?|相対エントロピー)"
            r"\s*(?:が|は)\s*(?:0|０|ゼロ)",
        ),
        (
            # "확률이 균등할수록 ... 엔트로피가 최대", "최대 엔트로피를 갖는 확률 분포는 균등 분포이다"
            "entropy",
            "max_uniform",
            r"(?:확률(?:이|들이)?|분포(?:가|이)?)\s*(?:모두\s*)?(?:균등|동등|동일|고르)(?:할수록|해질수록)[^.。!?\n]{0,60}?"
            r"엔트로피(?:가|는)\s*(?:최대|가장\s*(?:크|높))|"
            r"최대\s*엔트로피를\s*(?:갖는|가지는|가진)\s*(?:확률\s*)?분포(?:는|가)\s*균등\s*분포(?:이다|입니다|다)",
        ),
        (
            "kl",
            "decomposition",
            r"(?:KLD?|Kullback[-‐ ]Leibler|カルバック[・･]?ライブラー|相対エントロピー)(?:(?!相互情報)[^！？\n]){0,80}?"
            r"(?P<said>交差エントロピーから(?:情報|シャノン)?エントロピーを引)",
        ),
        (
            "kl",
            "decomposition",
            r"(?:KL|相对熵)(?:(?!互信息)[^！？\n]){0,40}?(?:等于|是|为)\s*交叉熵\s*(?:减去|减|-|−)\s*(?:信息)?熵",
        ),
        (
            "kl",
            "decomposition",
            r"(?:KL|쿨백)(?:(?!상호)[^!?\n]){0,40}?교차\s*엔트로피에서\s*(?:섀넌\s*)?엔트로피를\s*뺀",
        ),
        (
            # the cross-entropy smallest when the two distributions are equal: "交差エントロピーは二つの分布が等しいとき
            # 最小となる", "la entropía cruzada es mínima cuando las dos distribuciones son iguales"
            "cross_entropy",
            "min_at_equal",
            r"交差エントロピー(?:は|が)[^。！？\n]{0,30}?(?:分布|[A-Za-z])(?:が|と[A-Za-z]が)(?:等しい|一致する|同じ)"
            r"(?:とき|場合|時)(?:に)?[、,]?\s*最小(?:値)?(?:となる|になる|をとる|です|である|だ|[。]|$)|"
            r"(?:교차|크로스)\s*엔트로피(?:는|가)\s*[^.!?\n]{0,30}?(?:분포|[A-Za-z])(?:가|이)\s*(?:같을|동일할|일치할)\s*때\s*"
            r"(?:최소|가장\s*작)|"
            r"(?<![^\W\d_])(?:entrop[ií]a\s+cruzada\s+es\s+m[ií]nima\s+(?:cuando|si)\s+(?:las\s+(?:dos\s+)?distribuciones\s+son\s+"
            r"(?:iguales|id[ée]nticas)|[A-Za-z]\s*=\s*[A-Za-z])|entropie\s+crois[ée]e\s+est\s+minimale\s+(?:lorsque|quand|si)\s+"
            r"(?:les\s+(?:deux\s+)?distributions\s+sont\s+(?:[ée]gales|identiques)|[A-Za-z]\s*=\s*[A-Za-z])|"
            r"Kreuz[-‐]?entropie\s+ist\s+minimal,?\s+wenn\s+(?:die\s+(?:beiden\s+)?Verteilungen\s+(?:gleich|identisch)\s+sind|"
            r"[A-Za-z]\s*=\s*[A-Za-z])|entropia\s+cruzada\s+[ée]\s+m[ií]nima\s+quando\s+(?:as\s+(?:duas\s+)?distribui[çc][õo]es\s+"
            r"s[ãa]o\s+(?:iguais|id[êe]nticas)|[A-Za-z]\s*=\s*[A-Za-z]))(?![^\W\d_])",
        ),
        (
            "jsd",
            "zero_iff_equal",
            r"当且仅当\s*[A-Za-z]\s*=\s*[A-Za-z]\s*(?:时|的时候)\s*[,，]?\s*JSD?\s*(?:散度|值|距离)?\s*(?:的值)?\s*(?:等于|为|是)\s*"
            r"(?:0|零)",
        ),
    )
)
#: Words (folded), one of which is in every match of :data:`_CONDITION_FIRST`.
_CONDITION_ANCHORS = ("엔트로피", "entropie", "entropía", "entropia", "熵", "エントロピー", "当且仅当", "分布", "분포")
#: A denial right after such a sentence: "엔트로피는 최대가 아니다", "n'est pas", "不是".
_DENIED_AFTER = lazy(
    r"\s*(?:[가이]\s*)?(?:아니|않|ではない|ではありません|にならな|不|ne\s|n['’]|pas\s|no\s|non\s|nicht)", re.IGNORECASE
)
#: A denial inside such a sentence: "não indica que", "ne sont pas".
_DENIED = lazy(r"(?<![^\W\d_])(?:n[ãa]o|no|nem|ni|ne|pas|nunca|jamais|not|never)(?![^\W\d_])|n['’]t", re.IGNORECASE)

#: One of which every paragraph :func:`worded_properties` reads holds: the anchors of each of its screens.
_ANY_ANCHORS = either(_BOUNDS_ANCHORS, _ZERO_ANCHORS, _CONDITION_ANCHORS, CONDITION_FIRST_ANCHORS, SUBJECT_ANCHORS)


def worded_properties(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The properties a paragraph states in a language other than English, and the entropy's bounds."""
    text = paragraph.text
    if not mentions(text, _ANY_ANCHORS):
        return  # none of the screens below would pass
    if mentions(text, _BOUNDS_ANCHORS):
        for match in _ENTROPY_BOUNDS.finditer(text):
            yield _property(document, paragraph, match.start(), match.group(), "entropy", "bounded", False)
    if mentions(text, _ZERO_ANCHORS):
        for match in _ZERO_THEN_EQUAL.finditer(text):
            if not _DENIED.search(match.group()) and "?" not in text[match.end() : match.end() + 2]:
                yield _property(document, paragraph, match.start(), match.group(), "kl", "zero_iff_equal", False)
    if mentions(text, _CONDITION_ANCHORS):
        yield from _condition_first(document, paragraph, _CONDITION_FIRST)
    if mentions(text, CONDITION_FIRST_ANCHORS):  # "两个相同分布的KL散度为零", "退化分布时熵最小"
        if mentions(text, IDENTICAL_ANCHORS):
            yield from _condition_first(document, paragraph, IDENTICAL_ZERO)
        if mentions(text, ONE_POINT_ANCHORS):
            yield from _condition_first(document, paragraph, ONE_POINT_FIRST)
    if not mentions(text, SUBJECT_ANCHORS) or not mentions(text, PREDICATE_ANCHORS):
        return
    for subject in _SUBJECT.finditer(text):
        measure = next(name for name, _ in PROPERTY_SUBJECTS if subject.group(name))
        window = max(0, subject.start() - REACH)
        start = max([window, *(found.end() for found in _SENTENCE_END.finditer(text, window, subject.start()))])
        end_match = _SENTENCE_END.search(text, subject.end(), subject.end() + REACH)
        end = min(len(text), subject.end() + REACH) if end_match is None else end_match.start()
        sentence = text[start : end + 1]
        if measure == "entropy" and _DIFFERENTIAL.search(sentence):
            if not _NAMED_DIFFERENTIAL.search(text, max(0, subject.start() - 24), subject.end()) and not (
                _DIFFERENTIAL_AFTER.match(text, subject.end())
            ):
                continue  # the entropy of continuous variables, maybe: it can be negative
            measure = "differential_entropy"  # "La entropía diferencial puede ser negativa": true
        if "?" in sentence or "？" in sentence or "¿" in sentence or sentence.rstrip().endswith("吗"):
            continue
        if _SUPPOSED.search(text[start : subject.start()]) or _contrasted(text, subject.start(), subject.end()):
            continue
        if _SUBJECT.search(text, start, subject.start()) is None:  # the subject of its sentence
            yield from _elided(document, paragraph, end + 1, measure)
        clause = max([start, *(mark.end() for mark in _CLAUSE_BREAK.finditer(text, start, subject.start()))])
        found = said_after(text, subject.end(), end, measure, clause)  # a square root named in the subject's clause
        if found is None:
            continue
        kind, negated, stop, said_of = found
        if refuted(text[stop : end + 1], text[end + 1 : end + 1 + AFTER_READ]):
            continue  # "... 거리 함수이다 (틀림)": a mistake shown as such
        root = _ROOT.search(text, clause, subject.start()) if said_of != measure else None
        opening = subject.start() if root is None else root.start()  # "Die Quadratwurzel der JS-Divergenz ist ..."
        condition = leading_condition(text, start, subject.start()) or trailing_condition(text, stop, end)
        yield _property(document, paragraph, opening, text[opening:stop], said_of, kind, negated, condition)
        more = _CONJUNCTION.match(text, stop, end)
        second = said_after(text, more.end(), end, measure) if more is not None else None
        if (
            more is not None
            and second is not None
            and (second[0], second[3]) != (kind, said_of)  # "n'est pas une métrique, mais sa racine carrée l'est"
            and _SUBJECT.search(text, more.end(), second[2]) is None  # "..., 但JS散度是对称的": another subject's
        ):  # "非负的，当且仅当 P = Q 时为零"
            place = more.end()
            yield _property(document, paragraph, place, text[place : second[2]], second[3], second[0], second[1])


#: A measure named only to be set against the sentence's subject, after it: "KLダイバージェンスとは異なり対称だ",
#: "KL 발산과 달리 대칭이다".
_CONTRAST_AFTER = lazy(r"\s*(?:と(?:は)?(?:異なり|異なって|違い|違って|比べ)|[와과](?:는)?\s*(?:달리|다르게))")
#: ... or before it: "A diferencia de la divergencia KL, ...", "与KL散度不同", "В отличие от".
_CONTRAST_BEFORE = lazy(
    r"(?:(?<![^\W\d_])(?:a\s+diferencia\s+de|contrairement\s+[àa]|ao\s+contr[áa]rio\s+d|diferentemente\s+d|"
    r"im\s+Gegensatz\s+zu|anders\s+als|в\s+отличие\s+от|al\s+contrario\s+de|a\s+differenza\s+d)|与|和|跟|不同于)"
    r"[^.,;:!?。，；：！？\n]{0,12}$",
    re.IGNORECASE,
)
#: After a measure that :data:`_CONTRAST_BEFORE` leads: the words that close the contrast in Chinese.
_CONTRAST_CLOSE = lazy(r"\s*(?:不同|相比|相反|不一样)")


def _contrasted(text: str, start: int, end: int) -> bool:
    """Whether the measure named at ``start:end`` is only set against the subject ("unlike KL, ...").

    >>> text = "JSダイバージェンスは、KLダイバージェンスとは異なり対称だ。"
    >>> _contrasted(text, text.index("KL"), text.index("とは"))
    True
    >>> text = "与KL散度不同，JS散度是对称的。"
    >>> _contrasted(text, text.index("KL"), text.index("不同"))
    True
    """
    if _CONTRAST_AFTER.match(text, end):
        return True
    before = _CONTRAST_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    opening = before.group().lstrip()[:1]
    return opening not in "与和跟" or _CONTRAST_CLOSE.match(text, end) is not None


#: A sentence that opens with "is" and no subject: in Spanish, Italian and Portuguese the subject of the sentence
#: before ("La divergencia JS es ... . Es el promedio ...").
_ELIDED = lazy(r"\s*(?:Es|È|E'|É|Resulta)\s")


def _elided(document: SourceText, paragraph: Region, start: int, measure: str) -> Iterator[Property]:
    r"""The property a sentence starting at ``start`` says of ``measure`` when it opens with "is" and no subject.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("La divergencia JS compara dos leyes. Es siempre simétrica.\n", "a.md")
    >>> [(item.measure, item.property, item.negated) for item in worded_properties(document, document.paragraphs[0])]
    [('jsd', 'symmetric', False)]
    """
    text = paragraph.text
    opening = _ELIDED.match(text, start)
    if opening is None:
        return
    end_match = _SENTENCE_END.search(text, opening.end(), opening.end() + REACH)
    end = min(len(text), opening.end() + REACH) if end_match is None else end_match.start()
    sentence = text[start : end + 1]
    if "?" in sentence or "¿" in sentence:
        return
    found = said_after(text, start + len(opening.group()) - len(opening.group().lstrip()), end, measure)
    if found is None:
        return
    kind, negated, stop, said_of = found
    if _SUBJECT.search(text, start, _said_from(text, start, stop)) is not None:  # "Es la divergencia KL ...": its own
        return
    if refuted(text[stop : end + 1], text[end + 1 : end + 1 + AFTER_READ]):
        return
    yield _property(document, paragraph, start, text[start:stop], said_of, kind, negated)


def _condition_first(
    document: SourceText, paragraph: Region, patterns: tuple[tuple[str, str, re.Pattern[str]], ...]
) -> Iterator[Property]:
    """The properties of ``patterns`` (:data:`_CONDITION_FIRST`'s) a paragraph states: not asked, denied or
    supposed."""
    text = paragraph.text
    for measure, kind, pattern in patterns:
        for match in pattern.finditer(text):
            end_match = _SENTENCE_END.search(text, match.end(), match.end() + REACH)
            rest = text[match.end() : len(text) if end_match is None else end_match.end()]
            window = max(0, match.start() - REACH)
            start = max([window, *(found.end() for found in _SENTENCE_END.finditer(text, window, match.start()))])
            if _DENIED_AFTER.match(rest) or "?" in rest or "？" in rest or _SUPPOSED.search(text, start, match.start()):
                continue
            said = match.start("said") if "said" in pattern.groupindex else match.start()  # "KL ... 交差..."
            yield _property(document, paragraph, said, text[said : match.end()], measure, kind, False)


def _said_from(text: str, start: int, stop: int) -> int:
    """Where the predicate that ends at ``stop`` starts: the earliest predicate pattern found from ``start`` that
    ends there."""
    starts = [found.start() for _, pattern, _ in PREDICATE if (found := pattern.search(text, start, stop))]
    return min((place for place in starts), default=stop)


def said_after(
    text: str, start: int, end: int, measure: str, opening: int | None = None
) -> tuple[str, bool, int, str] | None:
    """The property said after the subject: its kind, whether negated, where it ends, and what it is said of: the
    measure, or the Jensen-Shannon distance when the words from ``opening`` (the sentence's start; ``start`` when
    not given) name the JSD's square root ("Ihre Wurzel ist eine Metrik", "JS散度的平方根是一个度量"). None when they
    name another measure's square root, or nothing is said.

    >>> said_after("Ihre Wurzel ist eine Metrik", 0, 27, "jsd"), said_after("ist eine Metrik", 0, 15, "jsd")
    (('metric', False, 27, 'js_distance'), ('metric', False, 15, 'jsd'))
    """
    gap = _GAP.match(text, start, end)
    limit = gap.end() if gap is not None else start
    best: tuple[int, str, bool, int] | None = None
    for kind, pattern, negated in PREDICATE:
        said = {
            "entropy": _ENTROPY_PROPERTIES,
            "mutual_information": _MUTUAL_PROPERTIES,
            "differential_entropy": _DIFFERENTIAL_PROPERTIES,
        }.get(measure)
        if kind not in (said or _DIVERGENCE_PROPERTIES) or (kind == "jsd_average" and measure != "jsd"):
            continue
        found = pattern.search(text, start, end)
        if found is None or found.start() > limit:
            continue
        if best is None or found.start() < best[0]:
            best = (found.start(), kind, negated, found.end())
    if best is None:
        return None
    position, kind, negated, stop = best
    if _SUPPOSED.search(text[start:position]):
        return None
    if _ROOT.search(text, start if opening is None else opening, position):  # said of the measure's square root
        if measure == "kl" and kind in ("metric", "symmetric"):
            measure = "kl_root"  # "La racine carrée de la divergence KL est une métrique": false
        elif measure != "jsd" or kind in ("jsd_average", "bounded"):
            return None  # the distance's bound is not the JSD's: at most sqrt(log 2)
        else:
            measure = "js_distance"
    flipped = len(_NEGATION.findall(text[start:position])) % 2 == 1
    return ("bounded" if kind == "log_bound" else kind), negated != flipped, stop, measure


#: Where a clause ends within a sentence: a comma or semicolon, or "but" ("平方根是一种度量，但 JS 散度本身不是度量").
_CLAUSE_BREAK = lazy(r"[,;，；、]|(?i:\b(?:but|aber|pero|mais|mas|но)\b)|但|而|하지만|しかし")
#: A square root, in the languages read: the Jensen-Shannon distance, when it is the JSD's.
_ROOT = lazy(
    r"square\s+root|(?<![^\W\d_])(?:Quadrat)?[Ww]urzel|ra[ií]z(?:\s+cuadrada|\s+quadrada)?|racine(?:\s+carr[ée]e)?|"
    r"radice(?:\s+quadrata)?|квадратн\w*\s+кор\w*|корень|корня|平方根|根号|제곱근|루트|√|\\sqrt(?![A-Za-z])|"
    r"(?<![A-Za-z])sqrt(?![A-Za-z])",
    re.IGNORECASE,
)


def _property(
    document: SourceText,
    paragraph: Region,
    start: int,
    shown: str,
    measure: str,
    kind: str,
    negated: bool,
    condition: str = "",
) -> Property:
    offset = paragraph.offset + start
    return Property(document.line(offset), " ".join(shown.split()), measure, kind, negated, offset, condition=condition)
