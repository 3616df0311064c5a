r"""Properties of the mutual information and the conditional entropy stated in words, in eight languages.

What is read, by subject:

- the mutual information is the reduction in uncertainty about one variable that knowing the other brings
  ("... the reduction in the uncertainty of X due to knowledge of Y", "la riduzione dell'incertezza",
  "不确定性的减少"): true; it is the uncertainty that *remains* ("l'incertezza che rimane sulla variabile X",
  "la incertidumbre que queda", "剩余的不确定性"): false, that is the conditional entropy H(X|Y);
- it is the relative entropy (KL divergence) between the joint distribution and the product of the marginals,
  the joint named first: true;
- it is zero exactly when the variables are independent: true;
- it is a concave function of the input distribution p(x) ("上凸函数" of p(x)) and a convex one of the channel
  p(y|x): true; either the other way round: false (:mod:`~kldocs.checker.concavity_words`);
- the conditional entropy is at most the entropy ("less than or equal to", "不大于", "minore o uguale"), and
  conditioning reduces the entropy ("conditioning never increases entropy", "条件化会降低熵"): true, on average
  (conditioning on one value of Y is not read: H(X|Y=y) can exceed H(X));
  always *less* than it ("条件熵一定小于无条件熵"): false, the two are equal when the variables are independent;
  conditioning increases the entropy ("conditioning increases entropy", "条件化会增加熵"): false.

A sentence is read only when it asserts: one that asks, supposes ("if", "se", "如果"), reports a mistake,
or takes something away ("minus", "减去": the remaining uncertainty taken from the entropy is the mutual
information) is not. "It is ..." right after a sentence whose subject is the mutual information speaks of it.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("条件熵一定小于无条件熵\n", "a.md")
>>> [(item.measure, item.property) for item in information_words(document, document.paragraphs[0])]
[('conditional_entropy', 'strict_entropy_bound')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from kldocs.checker.concavity_words import shapes
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.formula_properties import in_place
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.negations import AFTER_READ, refuted
from kldocs.checker.property_claims import Property
from kldocs.checker.screens import mentions

_MI = (
    r"(?:mutual\s+information|(?-i:\bMI\b)|informazione\s+mutua|informaci[oó]n\s+mutua|informa[çc][ãa]o\s+m[úu]tua|"
    r"information\s+mutuelle|Transinformation|(?:wechselseitige|gegenseitige)\s+Information|互信息|상호\s*정보량?|(?<![点自己])相互情報量|I\s*\(\s*[A-Z]\s*[;,]\s*[A-Z]\s*\))"
)
_CONDITIONAL = (
    r"(?:(?<![A-Za-z])conditional\s+entropy|entropia\s+condizionat[ae]|entropia\s+condizionale|entrop[ií]a\s+condicional|"
    r"entropie\s+conditionnelle|(?<!无)条件熵|조건부\s*엔트로피|条件付き\s*エントロピー|"
    # conditioning itself, said to lower the entropy ("conditioning reduces entropy"), not on one value of Y
    r"(?<![A-Za-z])(?:conditioning|Konditionierung|(?:le\s+)?conditionnement|condicionar)(?![A-Za-z])"
    r"(?!\s+(?:on|auf|sur|en|a)\s+(?:an?|one|any|the|einen|un|una|le|la|el)\s+(?:particular|specific|single|given|"
    r"bestimmten|einzelnen|particuli[eè]re?|pr[ée]cise?|concret[oa]|particular|espec[ií]fic[oa]))|条件化|条件付け|조건화)"
)
#: A verb that says what the subject is or tells, with what may stand between (a few words, no punctuation).
_VERB = (
    r"[^.;:?!。；：？！\n]{0,40}?(?<![^\W\d_])(?:is|equals|measures|gives|tells(?:\s+us)?|represents|quantifies|"
    r"(?:can\s+be\s+)?(?:seen|interpreted|expressed|defined|written)\s+as|(?:measured|given)\s+by|è|misura|(?:mi|ci|ti)\s+dice|dice|rappresenta|"
    r"indica|quantifica|es|mide|(?:nos|me)\s+dice|representa|cuantifica|é|mede|(?:nos|me)\s+diz|diz|est|mesure|"
    r"repr[ée]sente|ist|misst|beschreibt|entspricht)(?![^\W\d_])\s*(?:also\s+|anche\s+|tambi[ée]n\s+|tamb[ée]m\s+|aussi\s+)?"
    r"|[^。；：？！\n]{0,12}?(?:是|表示|衡量|度量|等于|代表|描述|反映|就是|即)"
    # Korean puts the predicate last: the subject's particle, then a few words
    r"|(?:은|는|이|가)\s[^.。!?\n]{0,40}?|(?:は|とは)[^。！？\n]{0,30}?"
)
#: The predicates said of the mutual information: ``(property, negated, pattern)``.
_MI_PREDICATES = (
    (
        "uncertainty_reduction",
        False,
        r"(?:the\s+|a\s+|an\s+)?(?:average\s+|expected\s+)?(?:reduction|decrease)\s+(?:in|of)\s+(?:the\s+)?uncertainty|"
        r"(?:la\s+)?riduzione\s+(?:dell['’]\s*|di\s+)incertezza|"
        r"(?:la\s+)?(?:reducci[oó]n|disminuci[oó]n)\s+de\s+(?:la\s+)?incertidumbre|"
        r"(?:a\s+)?(?:redu[çc][ãa]o|diminui[çc][ãa]o)\s+d[ae]\s+incerteza|"
        r"(?:la\s+)?r[ée]duction\s+(?:de\s+l['’]\s*|d['’]\s*)incertitude|"
        r"[^。；！？\n]{0,20}?不确定性(?:的)?(?:减少|降低|减小)(?:量)?|"
        r"불확실성(?:의|이)?\s*(?:감소량|감소분|감소|줄어든\s*양)|不確(?:実|定)性の(?:減少(?:量|分)?|減り)|"
        # the information the two share, or the uncertainty one removes about the other: "die mittlere Information,
        # die Sender und Empfänger gemeinsam haben", "die Unsicherheit über X, die durch Y beseitigt wird"
        r"(?:die\s+)?(?:mittlere\s+|durchschnittliche\s+|erwartete\s+)?(?:Verringerung|Abnahme|Reduktion|Reduzierung|"
        r"Minderung)\s+der\s+Unsicherheit|(?:die\s+)?(?:mittlere\s+|durchschnittliche\s+)?(?:Information|Informationsmenge),?"
        r"\s+die\s+[^.;:?!]{0,60}?gemeinsam\s+(?:haben|ist|sind|tragen|enthalten)|(?:die\s+)?Unsicherheit\s+[^.;:?!]{0,40}?"
        r"\s+durch\s+[^.;:?!]{0,60}?(?:beseitigt|aufgehoben|behoben|abgebaut|weggenommen|reduziert|verringert)\s+wird|"
        r"(?:the\s+)?(?:average\s+|expected\s+|mean\s+)?(?:amount\s+of\s+)?information\s+(?:that\s+)?(?:shared\s+by|"
        r"shared\s+between|[^.;:?!]{1,40}?\s(?:share|have\s+in\s+common))(?![A-Za-z])|"
        r"(?:l['’]\s*)?information\s+(?:moyenne\s+)?partag[ée]e|(?:la\s+)?informaci[oó]n\s+(?:media\s+)?compartida",
    ),
    (
        "uncertainty_reduction",
        True,
        r"(?:the\s+)?(?:uncertainty\s+(?:that\s+)?(?:remains|remaining|left)|(?:remaining|residual)\s+uncertainty)|"
        r"(?:l['’]\s*)?incertezza\s+(?:che\s+(?:mi\s+|ci\s+|ti\s+)?(?:rimane|resta)|residua|rimanente)|"
        r"(?:la\s+)?incertidumbre\s+(?:que\s+(?:nos\s+|me\s+)?(?:queda|resta|permanece)|restante|residual)|"
        r"(?:a\s+)?incerteza\s+(?:que\s+(?:nos\s+|me\s+)?(?:resta|fica|permanece)|restante|residual)|"
        r"(?:l['’]\s*)?incertitude\s+(?:qui\s+(?:nous\s+)?reste|restante|r[ée]siduelle)|"
        r"(?:die\s+)?(?:verbleibende|restliche|[üu]brig\s+bleibende)\s+Unsicherheit|(?:die\s+)?Unsicherheit\s+[^.;:?!]{0,40}?"
        r",\s*die\s+[^.;:?!]{0,60}?(?:[üu]brig\s+)?(?:bleibt|verbleibt)(?![^\W\d_])|"
        r"[^。；！？\n]{0,20}?(?:剩余|剩下|残留)的?不确定性|(?:남아\s*있는|남은|잔여)\s*불확실성|(?:残っている|残る|残りの|残存する)不確(?:実|定)性",
    ),
    (
        "zero_iff_independent",
        False,
        r"(?:zero|0)\s+(?:if\s+and\s+only\s+if|iff|only\s+(?:when|if)|exactly\s+when|precisely\s+when)\s+"
        r"[^.;:?!]{0,40}?(?<![A-Za-z])independent(?![A-Za-z])|"
        # one way only, zero for independent variables: "0 for independent variables", "cero cuando son independientes"
        r"(?:zero|0)\s+(?:for|when|whenever|with|between)\s+(?:the\s+|two\s+)?(?:(?:random\s+)?variables\s+"
        r"(?:that\s+)?(?:are\s+)?|\$?[A-Z]\$?\s+and\s+\$?[A-Z]\$?\s+(?:are\s+)?)?(?:statistically\s+|mutually\s+)?"
        r"independent(?:\s+(?:random\s+)?variables)?(?![A-Za-z])|"
        r"(?:cero|0|nula)\s+(?:para|cuando|entre)\s+(?:las\s+|dos\s+)?(?:variables\s+)?(?:aleatorias\s+)?(?:son\s+)?"
        r"independientes|(?:nulle|z[ée]ro|0)\s+(?:pour|lorsque|quand|entre)\s+(?:des\s+|les\s+|deux\s+)?(?:variables\s+)?"
        r"(?:al[ée]atoires\s+)?(?:sont\s+)?ind[ée]pendantes|(?:zero|nula|0)\s+(?:para|quando|entre)\s+(?:as\s+|duas\s+)?"
        r"(?:vari[áa]veis\s+)?(?:aleat[óo]rias\s+)?(?:s[ãa]o\s+)?independentes|"
        r"(?:서로\s*)?독립(?:일|인)\s*(?:때|경우)(?:에는|에|는)?\s*0(?=이|\s|[.。]|$)|"
        r"(?:互いに)?独立(?:な|の|である)?(?:とき|場合|時)(?:は|に)?[、,，]?\s*(?:0|ゼロ)(?![.\d])",
    ),
    (
        # a value other than zero for independent variables: "MI is maximal for independent variables" (false)
        "zero_iff_independent",
        True,
        r"(?:maximal|maximum|largest|highest|positive|non-?zero|(?:at\s+its\s+)?(?:maximum|highest)|1|one)\s+"
        r"(?:for|when|whenever)\s+(?:the\s+|two\s+)?(?:(?:random\s+)?variables\s+(?:that\s+)?(?:are\s+)?|"
        r"\$?[A-Z]\$?\s+and\s+\$?[A-Z]\$?\s+(?:are\s+)?)?(?:statistically\s+|mutually\s+)?independent"
        r"(?:\s+(?:random\s+)?variables)?(?![A-Za-z])",
    ),
    (
        "kl_definition",
        False,
        r"(?:the\s+)?(?:relative\s+entropy|KL[-‐ ]divergence|Kullback[-‐ ]Lei?bler\s+divergence)\s+(?:between|of)\s+"
        r"(?:the\s+)?joint(?:\s+distribution)?[^.;:?!]{0,40}?\s(?:and|from)\s+(?:the\s+)?product\s+of\s+(?:the\s+|its\s+)?"
        r"marginals?(?:\s+distributions?)?|"
        r"(?:l['’]\s*)?(?:entropia\s+relativa|(?:distanza|divergenza)\s+di\s+(?:KL|Kullback[-‐ ]Leibler))\s+tra\s+"
        r"(?:la\s+)?(?:distribuzione\s+)?congiunta[^.;:?!]{0,40}?\se\s+(?:il\s+)?prodotto\s+delle\s+"
        r"(?:distribuzioni\s+)?marginali|"
        r"(?:la\s+)?(?:entrop[ií]a\s+relativa|divergencia\s+(?:de\s+)?(?:KL|Kullback[-‐ ]Leibler))\s+entre\s+(?:la\s+)?"
        r"(?:distribuci[oó]n\s+)?conjunta[^.;:?!]{0,40}?\sy\s+(?:el\s+)?producto\s+de\s+(?:las\s+)?"
        r"(?:distribuciones\s+)?marginales|"
        r"(?:a\s+)?(?:entropia\s+relativa|diverg[êe]ncia\s+(?:de\s+)?(?:KL|Kullback[-‐ ]Leibler))\s+entre\s+(?:a\s+)?"
        r"(?:distribui[çc][ãa]o\s+)?conjunta[^.;:?!]{0,40}?\se\s+(?:o\s+)?produto\s+das\s+(?:distribui[çc][õo]es\s+)?"
        r"marginais|"
        r"联合分布(?:与|和|同)(?:边缘|边际)(?:分布)?(?:的)?乘积(?:之间)?的?(?:KL\s*散度|相对熵|KL\s*距离)",
    ),
)
#: The predicates said of the conditional entropy, each compared with the entropy: ``(property, pattern)``.
_CONDITIONAL_PREDICATES = (
    (
        "entropy_bound",
        r"(?:is|are)\s+(?:always\s+)?(?:less\s+than\s+or\s+equal\s+to|smaller\s+than\s+or\s+equal\s+to|at\s+most|"
        r"(?:no|never)\s+(?:greater|larger|more)\s+than)\s+(?:the\s+)?(?:unconditional\s+)?entropy|"
        r"(?:è\s+)?(?:sempre\s+)?minore\s+o\s+uguale\s+(?:all['’]\s*|a\s+)entropia|"
        r"(?:es\s+)?(?:siempre\s+)?menor\s+o\s+igual\s+(?:que|a)\s+la\s+entrop[ií]a|"
        r"(?:[ée]\s+)?(?:sempre\s+)?menor\s+ou\s+igual\s+(?:a|à)\s+(?:a\s+)?entropia|"
        r"(?:一定|总是|永远|必然|恒)?(?:不大于|不超过|小于等于|小于或等于|小于或者等于|不会(?:大于|超过))(?:无条件熵|信息熵|熵)|"
        r"(?:항상\s*)?엔트로피보다\s*(?:항상\s*)?(?:작거나\s*같|크지\s*않)|(?:항상\s*)?엔트로피\s*이하|"
        r"(?:常に|必ず)?(?:元の)?エントロピー(?:以下|より(?:も)?(?:大きくならない|大きくない))|"
        # said of conditioning: it lowers the entropy, or never raises it
        r"(?:always\s+|can\s+only\s+|only\s+)?(?:reduces|decreases|lowers|never\s+increases|cannot\s+increase|"
        r"can't\s+increase|does\s+not\s+increase|doesn't\s+increase)\s+(?:the\s+)?entropy|"
        r"(?:verringert|reduziert|senkt)\s+die\s+Entropie|(?:r[ée]duit|diminue)\s+l['’]\s*entropie|"
        r"(?:reduce|disminuye)\s+la\s+entrop[ií]a|(?:会)?(?:降低|减少|减小)了?(?:信息)?熵|不会(?:增加|增大)熵|"
        r"エントロピーを(?:減らす|下げる|増やさない)|엔트로피를\s*(?:줄인다|줄입니다|감소시킨다|감소시킵니다|증가시키지\s*않)",
    ),
    (
        "strict_entropy_bound",
        r"(?:is|are)\s+(?:always\s+(?:strictly\s+)?|strictly\s+)(?:less|smaller|lower)\s+than\s+(?:the\s+)?"
        r"(?:unconditional\s+|unconditioned\s+)?entropy(?!\s+(?:of\s+)?(?:the\s+)?(?:joint|conditional)|\s*H\s*\(\s*\w\s*,)|"
        r"è\s+(?:sempre\s+(?:strettamente\s+)?|strettamente\s+)minore\s+(?:dell['’]\s*|di\s+)entropia(?!\s+condizion)|"
        r"es\s+(?:siempre\s+(?:estrictamente\s+)?|estrictamente\s+)menor\s+que\s+la\s+entrop[ií]a"
        r"(?!\s+(?:condicional|conjunta))|"
        r"[ée]\s+(?:sempre\s+(?:estritamente\s+)?|estritamente\s+)menor\s+(?:que|do\s+que)\s+a\s+entropia"
        r"(?!\s+(?:condicional|conjunta))|"
        r"(?:一定|总是|永远|必然|必定|恒)小于(?!等于|或)(?:无条件熵|信息熵|无条件的熵|熵(?=[。，；！？,.;\s]|$))|"
        r"(?:항상\s*)?엔트로피보다\s*(?:항상\s*)?(?:작다|작습니다|낮다|낮습니다)|"
        r"(?:常に|必ず)?(?:元の)?エントロピーより(?:も)?(?:常に|必ず)?(?:小さい|小さくなる|低い)",
    ),
    (
        # said of conditioning: it raises the entropy (false)
        "entropy_raise",
        r"(?:always\s+)?(?:increases|raises)\s+(?:the\s+)?(?:uncertainty|entropy)|"
        r"(?:erh[öo]ht|vergr[öo](?:ß|ss)ert)\s+die\s+Entropie|augmente\s+l['’]\s*entropie|aumenta\s+(?:la|a)\s+entrop[ií]a|"
        r"(?:会)?(?:增加|增大|提高)(?:了)?(?:信息)?熵|使熵(?:增加|增大)|エントロピーを(?:増やす|増加させる)|"
        r"엔트로피를\s*(?:증가시킨다|증가시킵니다|늘린다)",
    ),
)
_MI_PREDICATE = "|".join(pattern for _, _, pattern in _MI_PREDICATES)
_CONDITIONAL_PREDICATE = "|".join(pattern for _, pattern in _CONDITIONAL_PREDICATES)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The mutual information with what it is said to be, "it" with the same, and the conditional entropy with its
    bound: compiled once, when a document first mentions either measure.

    >>> mutual, _, _ = _patterns()
    >>> mutual.match("MI is the reduction in uncertainty").group("what")
    'the reduction in uncertainty'
    """
    mutual = re.compile(rf"(?P<subject>{_MI})(?P<verb>{_VERB})(?P<what>{_MI_PREDICATE})", re.IGNORECASE)
    # "It is ..." (or "In other words, it is ..."), opening a sentence: the subject of the sentence before.
    pronoun = re.compile(
        rf"(?:(?:in\s+other\s+words|that\s+is|equivalently),?\s+)?(?:it|this)(?P<verb>{_VERB})(?P<what>{_MI_PREDICATE})",
        re.IGNORECASE,
    )
    conditional = re.compile(
        rf"(?P<subject>{_CONDITIONAL})[^.;:?!。；：？！\n]{{0,12}}?\s*(?P<what>{_CONDITIONAL_PREDICATE})", re.IGNORECASE
    )
    return mutual, pronoun, conditional


#: The mutual information opening a sentence (maybe in bold).
_MI_FIRST = lazy(r"[\s*_§]{0,20}" + _MI, re.IGNORECASE)
#: Words that make a sentence a question, a supposition, a reported mistake, a condition or a difference.
_NOT_ASSERTED = lazy(
    r"(?<![^\W\d_])(?:if|unless|when|whenever|suppose|wrong|mistake|myth|misconception|incorrect|false|not|never|"
    r"minus|subtract\w*|difference|wenn|falls|nicht|kein\w*|falsch|se|si|quando|cuando|sbagliat\w*|errore|error|errado|falso|non|no|não|nem|"
    r"meno|menos|moins|differenza|diferencia|diferen[çc]a|diff[ée]rence|unless|except|tranne|salvo|excepto)"
    r"(?![^\W\d_])|如果|假如|若|除非|除了|错误|误以为|减去|之差|不是|并非|\?|？|¿|만약|라면|경우|잘못|오해|착각|아니|않|빼|차이|もし|なら|場合|誤り|間違|ではない|引いた|差",
    re.IGNORECASE,
)
#: For a reading that holds, only what asks or denies: a condition or a difference cannot make it wrong.
_DENIED = lazy(
    r"(?<![^\W\d_])(?:not|never|if|suppose|assume|wrong|mistake|myth|misconception|incorrect|false|no|non|não|nem|"
    r"sbagliat\w*|wenn|falls|nicht|kein\w*|falsch|"
    r"errore|error|errado|falso)(?![^\W\d_])|错误|误以为|不是|并非|\?|？|¿|만약|잘못|오해|착각|아니|않|もし|誤り|間違|ではない",
    re.IGNORECASE,
)
_SENTENCE_END = lazy(r"[.?!。？！；](?=\s|$|[^\x00-\x7f])|\n")
#: A line break before an item of a list, in the paragraph as written: the item is a sentence of its own.
_ITEM = lazy(r"\n(?=[ \t]*(?:[-*+•]|[0-9]{1,3}[.)])[ \t])")
_ANCHORS = (
    *("mutual information", "informazione mutua", "información mutua", "informacion mutua", "informação mútua"),
    *("informacao mutua", "information mutuelle", "互信息", "i(", "i (", "conditional entropy", "condizionat"),
    *("condizionale", "condicional", "conditionnelle", "条件熵", "상호", "조건부", "相互情報", "条件付き"),
    *("conditioning", "konditionierung", "conditionnement", "condicionar", "条件化", "조건화"),
    *("transinformation", "wechselseitige information", "gegenseitige information"),
)


def information_words(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The properties of the mutual information and the conditional entropy a paragraph asserts in words."""
    text = paragraph.text
    written = document.text[paragraph.offset : paragraph.offset + len(text)]
    if not mentions(text, _ANCHORS) and "MI" not in text and not mentions(written, ("i(", "i (")):
        return  # (a formula $I(X;Y)$ may have been blanked in the paragraph: it is looked for as written)
    subject_before = False  # the sentence before has the mutual information as its subject
    for start, end in _sentences(text, in_place(document, paragraph)):
        yield from _read(document, paragraph, start, end, subject_before)
        lead = start + len(text[start:end]) - len(text[start:end].lstrip())
        subject_before = (
            _MI_FIRST.match(text, start, end) is not None and not _OTHER_MEASURE.search(text, start, end)
        ) or (
            subject_before and re.match(r"(?:in\s+other\s+words|that\s+is|it|this)\W", text[lead:end], re.I) is not None
        )


def _sentences(text: str, written: str | None) -> list[tuple[int, int]]:
    r"""Where each sentence starts and ends (its closing mark included); ``written``, the paragraph as written (or
    None), tells where the items of a list start.

    >>> _sentences("A is b. - C is d", "A is b.\n- C is d")
    [(0, 7), (7, 16)]
    """
    stops = {stop.end() for stop in _SENTENCE_END.finditer(text)}
    stops |= {item.start() for item in _ITEM.finditer(written or "")}
    spans, start = [], 0
    for stop in sorted(stops):
        spans.append((start, stop))
        start = stop
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _read(document: SourceText, paragraph: Region, start: int, end: int, subject_before: bool) -> Iterator[Property]:
    """The one property a sentence asserts, if any: of the mutual information (its subject, or "it" standing for
    it), else of the conditional entropy."""
    text = paragraph.text
    if refuted(text[start:end], text[end : end + AFTER_READ]):
        return
    lead = start + len(text[start:end]) - len(text[start:end].lstrip())
    mutual, pronouns, conditional = _patterns()
    pronoun = pronouns.match(text, lead, end) if subject_before else None
    match = pronoun or mutual.search(text, start, end)
    if match is not None and _asserted(text, start, end, match):
        if _LIMITED.search(text, match.end(), end):
            return  # "zero for independent variables only when they are also ...": a narrower claim
        what = match.group("what")
        kind, negated = next((k, n) for k, n, pattern in _MI_PREDICATES if re.fullmatch(pattern, what, re.I))
        yield _property(document, paragraph, match.start(), match.end(), "mutual_information", kind, negated)
        return
    concave = _concave(document, paragraph, start, end)
    if concave:
        yield from concave
        return
    one = _ONE_VALUE.search(text, start, end)
    if one is not None and _DENIED.search(text[start : one.start()] + " " + text[one.end() : end]) is None:
        yield _property(
            document, paragraph, one.start(), one.end(), "conditional_entropy", "value_entropy_bound", False
        )
        return
    bound = conditional.search(text, start, end)
    if bound is not None and _asserted(text, start, end, bound):
        kind = next(k for k, pattern in _CONDITIONAL_PREDICATES if re.fullmatch(pattern, bound.group("what"), re.I))
        if kind == "entropy_raise" and (
            not re.match(
                r"conditioning|Konditionierung|conditionnement|condicionar|条件化|条件付け|조건화", bound.group(), re.I
            )
            or _MAY.search(text, start, bound.start("what"))
        ):
            return  # said of conditioning alone; "can increase", "may raise": on one value of Y, it may
        yield _property(document, paragraph, bound.start(), bound.end(), "conditional_entropy", kind, False)


#: A limit after what a sentence says of the mutual information: it holds only in a narrower case.
_LIMITED = lazy(r"(?<![^\W\d_])(?:only\s+(?:when|if)|unless)(?![^\W\d_])", re.I)
#: A modal before "increases": "conditioning can increase entropy" may speak of one value of Y.
_MAY = lazy(
    r"(?<![^\W\d_])(?:can|may|might|could|sometimes|kann|peut|puede|pode|può)(?![^\W\d_])|可能|能|할\s*수", re.I
)
#: Conditioning on one value of Y said never to raise the entropy: false, H(X|Y=y) can exceed H(X).
_ONE_VALUE = lazy(
    r"(?<![A-Za-z])conditioning\s+on\s+(?:a|any|one|the)\s+(?:particular|specific|single|given)\s+"
    r"(?:value|outcome|observation|event)(?:\s+of\s+\$?[A-Za-z]\$?)?\s+(?:always\s+(?:reduces|decreases|lowers)|never\s+increases|"
    r"cannot\s+increase|can't\s+increase)\s+(?:the\s+)?entropy",
    re.IGNORECASE,
)
#: What may not stand between the subject and its verb: another clause or another measure ("I(X;Y) = H(X) - H(X|Y),
#: where H(X|Y) is the uncertainty that remains" says that of H(X|Y)).
_ANOTHER_CLAUSE = lazy(
    r"[=,，]|(?<![^\W\d_])(?:where|which|while|whereas|whose|dove|donde|onde|cui|cuyo)(?![^\W\d_])|H\s*\(|entrop|熵|其中",
    re.IGNORECASE,
)
#: Another measure named in a sentence: "it" in the next one may stand for that one.
_OTHER_MEASURE = lazy(r"H\s*\(|entrop|熵|diverg|KL", re.IGNORECASE)


def _asserted(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """Whether the sentence ``text[start:end]`` asserts what ``match`` read: no word around the predicate asks,
    supposes, denies, reports a mistake or takes something away.

    >>> text = "MI is the uncertainty that remains, minus nothing."
    >>> _asserted(text, 0, len(text), _patterns()[0].match(text))
    False
    """
    if "verb" in match.re.groupindex and _ANOTHER_CLAUSE.search(match.group("verb")):
        return False
    around = text[start : match.start("what")] + " " + text[match.end("what") : end]
    what = match.group("what")
    holds = any(re.fullmatch(pattern, what, re.I) for _, negated, pattern in _MI_PREDICATES if not negated) or any(
        re.fullmatch(pattern, what, re.I) for kind, pattern in _CONDITIONAL_PREDICATES if kind == "entropy_bound"
    )
    return (_DENIED if holds else _NOT_ASSERTED).search(around) is None


def _concave(document: SourceText, paragraph: Region, start: int, end: int) -> list[Property]:
    """The mutual information's shape in the input or the channel that a sentence with it as its subject asserts
    (see :mod:`~kldocs.checker.concavity_words`)."""
    text = paragraph.text
    # the paragraph as written, its formulas' delimiters as spaces (its measures may have been named in words)
    written = document.text[paragraph.offset : paragraph.offset + len(text)].replace("$", " ")
    if len(written) != len(text) or _NOT_ASSERTED.search(text, start, end):
        return []
    subject = _CONCAVE_SUBJECT.search(written, start, end)
    if subject is None or _NEGATED_SUBJECT.search(written, max(0, subject.start() - 16), subject.start()):
        return []  # "−I(X;Y) is convex": the negative's shape
    offset = paragraph.offset + subject.start()
    return [
        Property(
            document.line(offset),
            " ".join(written[subject.start() : stop].split()),
            "mutual_information",
            kind,
            negated,
            offset,
        )
        for shape_start, stop, kind, negated in shapes(written, subject.end(), end)
        if not _ANOTHER_SUBJECT.search(written, subject.end(), shape_start)
    ]


_CONCAVE_SUBJECT = lazy(_MI, re.IGNORECASE)
#: A minus or "negative" right before the mutual information: the shape said is the negative's.
_NEGATED_SUBJECT = lazy(r"(?:[-−]|\bnegative|\bminus|负的?|負の|음의)\s*(?:\$|\\\(|the\s)?\s*$", re.IGNORECASE)
#: Between the mutual information and a shape, words that give the shape another subject: another measure, a cost,
#: a constraint, a clause ("We maximize I(X;Y) under a cost that is convex", "I = H(Y) - H(Y|X), and H(Y) is ...").
_ANOTHER_SUBJECT = lazy(
    r"\b[HhD]\s*\(|\b(?:cost|constraint|set|objective|term|which|that|where|under|whereas)\b",
    re.IGNORECASE,
)


def _property(
    document: SourceText, paragraph: Region, start: int, end: int, measure: str, kind: str, negated: bool
) -> Property:
    offset = paragraph.offset + start
    shown = " ".join(paragraph.text[start:end].replace("§", " ").split())
    return Property(document.line(offset), shown, measure, kind, negated, offset)
