"""The entropy defined in words, in seven languages: "the sum of each probability times the log of that probability".

The cross-entropy is read the same way when the words say whose probabilities are whose ("the true probabilities
times the log of the predicted probabilities"), and the entropy as an expected value ("the expected value of the
negative log probability").

A sentence whose subject is the entropy (or "it", right after a sentence that opens with the entropy) and whose
verb defines it ("is", "is calculated as", "se calcula como", "est définie comme", "ist", "是", "定义为") says
what it is: a sum (or an average) of probabilities multiplied by the logarithm of a probability. Its sign is
said before the sum or the logarithm ("the negative of the sum", "minus the sum", "the negative logarithm",
"menos la suma", "l'opposé de", "负的", a minus sign) or lies in the logarithm's argument (the reciprocal, the
inverse, 1/p): then the definition is right. With neither, the sum is -H, never positive: the sign is lost.
A formula in the definition (it may hold the sign), a sign word elsewhere in the sentence, a question, a
supposition, or a reported mistake leaves it unread.

>>> from kldocs.checker.reading import parse_text
>>> text = "Entropy is the sum of the probabilities multiplied by the logarithm of their probability.\\n"
>>> document = parse_text(text, "a.md")
>>> [(item.measure, item.property, item.negated) for item in worded_definitions(document, document.paragraphs[0])]
[('entropy', 'sum_definition', True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.negations import AFTER_READ, refuted
from kldocs.checker.property_claims import Property
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.screens import mentions

#: The entropy as a subject (not the cross, relative, joint, conditional or differential one), then a verb that
#: defines it; or "it" opening a sentence, then such a verb.
_DEFINED = lazy(
    r"(?:(?<![^\W\d_])(?P<subject>(?:(?:the|Shannon|source|information|its)\s+){0,2}entropy|"
    r"(?:la\s+)?entrop[ií]a|(?:l['’]\s*)?entropie|(?:die\s+)?Entropie|(?:a\s+)?entropia|(?:l['’]\s*)?entropia|"
    r"(?<![交叉对条件联合])(?:信息|香农)?熵|(?<!交差)(?<!相対)エントロピー|"
    r"(?P<cross>(?:the\s+)?cross[-‐\s]?entropy(?:\s+loss)?|(?:la\s+)?entrop[ií]a\s+cruzada|l['’]\s*entropie\s+crois[ée]e|"
    r"(?:die\s+)?Kreuzentropie|交叉熵|交差エントロピー))(?P<own>\s*\([^()\n]{1,12}\)|\s*§+)?|"
    r"(?P<pronoun>(?<![^\W\d_])(?:It|it|this|This)(?=['’]s|\s)))"
    r"\s*(?:['’]s\s+|is\s+|es\s+|est\s+|ist\s+|[èé]\s+|se\s+|wird\s+|是|等于|为|は|)"
    r"(?:(?:usually|often|simply|just|then|formally|normally)\s+)?"
    r"(?:(?:calculated|computed|defined|given|obtained|written|expressed|found)\s+(?:as|by)\s+|equal\s+to\s+|equals\s+|"
    r"(?:calcula|define|obtiene|calcule|d[ée]finit|definiert|berechnet|calcolat[ao]|definit[ao]|calculad[ao]|"
    r"definid[ao]|d[ée]finie|calcul[ée]e)\s+(?:como|comme|als|come)?\s*|"
    r"定义为|计算为|定義され|で定義|)",
    re.IGNORECASE,
)
#: A probability times the logarithm of a probability, in either order of "log" and "of its probability"; the
#: group ``argument`` holds what the logarithm is taken of.
_PRODUCT = lazy(
    r"(?:probabilit|probabilidad|Wahrscheinlichkeit|probabilidade|概率|確率|p\b)[^.;:!?。；！？\n]{0,40}?"
    r"(?:multipli\w*\s+(?:by|por|par|mit|per|pelo|pela)|times|\smal|乘以|乘|を掛け|に掛け|×|\s\*)"
    r"(?P<argument>[^.;:!?。；！？\n]{0,60}?)(?:probabilit\w*|probabilidad\w*|Wahrscheinlichkeit\w*|probabilidade\w*|"
    r"概率|確率|p(?![^\W\d_]))(?P<after>的?(?:对数|対数))?",
    re.IGNORECASE,
)
#: The expected value of the logarithm of a probability: the group ``argument`` holds what stands before the
#: probability ("the negative log of the", "log 1/").
_EXPECTED = lazy(
    r"(?<![^\W\d_])(?:expected\s+value|expectation|average|mean|valor\s+esperado|esperanza|esp[ée]rance|"
    r"Erwartungswert|valore\s+atteso)\s+(?:of|de|von|der|des|del|da|do|di|della)\s+"
    r"(?P<argument>(?:the\s+|la\s+|le\s+|el\s+|a\s+|o\s+|il\s+|des\s+|dem\s+|its\s+)?(?:negative\s+|minus\s+)?"
    r"(?:log|logarithm|logaritmo|logarithme|Logarithmus)[^.;:!?\n]{0,30}?)(?:probabilit\w*|probabilidad\w*|"
    r"Wahrscheinlichkeit\w*|probabilidade\w*|p(?![^\W\d_]))(?P<after>(?!))?",
    re.IGNORECASE,
)
#: What names the true distribution's probabilities, and the model's, in a cross-entropy said in words.
_TRUE = lazy(
    r"(?<![^\W\d_])(?:true|actual|target|real|empirical|data|verdadera|reales|vraies|wahren)(?![^\W\d_])", re.I
)
_MODEL = lazy(
    r"(?<![^\W\d_])(?:predicted|model(?:'s)?|estimated|approximat\w*|predichas|estimadas|pr[ée]dites|"
    r"vorhergesagten|gesch[äa]tzten)(?![^\W\d_])",
    re.I,
)
#: A sum or average: what the product is added up in.
_SUM = lazy(
    r"(?<![^\W\d_])(?:sum|summation|suma|somme|Summe|soma|somma|average|mean|expect\w*|promedio|moyenne|"
    r"Mittelwert|media|m[ée]dia)(?![^\W\d_])|总和|之和|的和|求和|加权|総和|合計|和を",
    re.IGNORECASE,
)
_LOG = lazy(r"log|对数|対数", re.IGNORECASE)
#: The sign said before the sum or the logarithm: "the negative of", "minus", "-"; or anywhere in the sentence, a
#: word of the sign or the absolute value ("multiplied by -1", "with its sign changed", "in absolute value").
_SIGN = lazy(
    r"(?<![^\W\d_])(?:negative|negated|minus|opposite|menos|negativ\w*|moins|oppos[ée]e?|meno|l['’]\s*oppost\w*|"
    r"signs?|signo|signe|segno|sinal|Vorzeichen|absolute|absolut[eo]?|betrag)(?![^\W\d_])|[-−]\s*(?=log|sum|∑|Σ|p\b|1(?!\.?\d))|"
    r"负|相反数|绝对值|マイナス|符号|絶対値|마이너스|음의|부호|절댓값",
    re.IGNORECASE,
)
#: The logarithm of the reciprocal of the probability: a sum with no sign of its own is right.
_RECIPROCAL = lazy(
    r"(?<![^\W\d_])(?:inverse|reciprocal|inverso|inversa|inverse|Kehrwert\w*|rec[ií]proc\w*|one\s+over)(?![^\W\d_])|"
    r"1\s*/|倒数|逆数",
    re.IGNORECASE,
)
#: A ratio in the logarithm ("log(p/q)", "the ratio of"), not the reciprocal 1/p.
_RATIO = lazy(r"(?<![\s(]1)\s*/|(?<![^\W\d_])(?:ratio|divided|quotient)(?![^\W\d_])|比", re.IGNORECASE)
#: What makes a sentence no assertion: a question, a supposition, a reported mistake.
_NOT_ASSERTED = lazy(
    r"(?<![^\W\d_])(?:if|suppose|wrong|mistake|mistaken|incorrect|false|not|never|myth|si|falso|faux|falsch|"
    r"se(?!\s+(?:calcul|defin|obt|escr|expr|comput))|"
    r"error|erreur|Fehler|wenn)(?![^\W\d_])|[?？¿]|如果|错误|误|もし|誤",
    re.IGNORECASE,
)
_SENTENCE_END = lazy(r"[.!?。！？](?=\s|$)|[。！？]|\n")
_ANCHORS = ("log", "对数", "対数")
_PRODUCT_ANCHORS = (
    "multipli",
    "times",
    " mal ",
    "乘",
    "掛け",
    "×",
    " * ",
    "expect",
    "average",
    "mean",
    "esper",
    "erwartung",
)
#: Most characters of a sentence read.
_REACH = 400


def worded_definitions(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The definitions of the entropy a paragraph states in words, each with its sign kept or lost."""
    text = paragraph.text
    if not mentions(text, _ANCHORS) or not mentions(text, _PRODUCT_ANCHORS):
        return
    entropy_before = False  # the sentence before opens with the entropy as its subject
    start = 0
    for stop in [*(found.end() for found in _SENTENCE_END.finditer(text)), len(text)]:
        if stop <= start:
            continue
        subject = _subject(text, start, min(stop, start + _REACH), entropy_before)
        if subject is not None:
            found = _read(document, paragraph, subject, start, stop)
            if found is not None:
                yield found
        entropy_before = subject is not None and subject.group("subject") is not None
        start = stop


#: Before the subject, what makes the entropy part of another quantity: "the cross-entropy minus the entropy is".
_OTHER_QUANTITY = lazy(
    r"(?<![^\W\d_])(?:cross|relative|joint|conditional|differential|minus|difference|plus|and|or|KL|diverg\w*|"
    r"mutual|between|than|of)(?![^\W\d_])|[-+=(]|交叉|相对|条件|联合|差|交差|相対",
    re.IGNORECASE,
)


def _subject(text: str, start: int, stop: int, entropy_before: bool) -> re.Match[str] | None:
    """The entropy, or "it" opening the sentence after one whose subject is the entropy, and the verb that defines
    it, in the sentence ``text[start:stop]``; None when the sentence has none, or its entropy is part of another
    quantity.

    >>> text = "Notes. In short, entropy is the sum. The joint entropy is the sum."
    >>> [_subject(text, *span, False) is not None for span in ((0, 6), (6, 36), (36, len(text)))]
    [False, True, False]
    """
    lead = start + len(text[start:stop]) - len(text[start:stop].lstrip(" \t*_-"))
    opening = _DEFINED.match(text, lead, stop)
    if opening is not None and opening.group("pronoun"):
        return opening if entropy_before else None
    found = next((match for match in _DEFINED.finditer(text, start, stop) if match.group("subject")), None)
    if found is None or _OTHER_QUANTITY.search(text, start, found.start()):
        return None
    return found


def _read(document: SourceText, paragraph: Region, subject: re.Match[str], start: int, stop: int) -> Property | None:
    """The definition the sentence ``text[start:stop]`` gives of its ``subject``, if it gives one with a clear
    sign."""
    text = paragraph.text
    product = _PRODUCT.search(text, subject.end(), stop) or _EXPECTED.search(text, subject.end(), stop)
    if product is None or (_LOG.search(product.group("argument")) is None and not product.group("after")):
        return None
    measure = "cross_entropy" if subject.group("cross") else "entropy"
    if measure == "cross_entropy" and not _true_and_model(text[subject.end() : product.start("argument")], product):
        return None  # which probability is whose is not said: the sign alone tells too little
    if _RATIO.search(text, subject.end(), stop):
        return None  # a ratio of two distributions: another quantity
    if not text[subject.end("subject") if subject.group("subject") else subject.end("pronoun") : subject.end()].strip():
        return None  # no verb that defines: "Entropy of the source ..."
    if BLANK in text[subject.end() : stop]:
        return None  # a formula in the definition may hold its sign
    if _SUM.search(text, subject.end(), stop) is None or _NOT_ASSERTED.search(text, start, stop):
        return None
    if refuted(text[product.end() : stop], text[stop : stop + AFTER_READ]):
        return None
    signed = _SIGN.search(text, subject.end(), product.start("argument") + len(product.group("argument"))) is not None
    if not signed and _SIGN.search(text, start, stop):
        return None  # a sign said elsewhere in the sentence: of what, is not clear
    reciprocal = _RECIPROCAL.search(text, product.start(), stop) is not None
    if signed and reciprocal:
        return None  # "minus the sum ... log of 1/p" is -H: read it as written or not at all
    offset = paragraph.offset + subject.start()
    shown = " ".join(text[subject.start() : product.end()].replace(BLANK, " ").split())
    return Property(document.line(offset), shown, measure, "sum_definition", not (signed or reciprocal), offset)


def _true_and_model(before: str, product: re.Match[str]) -> bool:
    """Whether the weights are the true distribution's and the logarithm the model's, as a cross-entropy's are.

    >>> found = _PRODUCT.search("probabilities times the log of the predicted probabilities")
    >>> _true_and_model("the sum of the true ", found), _true_and_model("", _PRODUCT.search("p times log p"))
    (True, False)
    """
    weights = before + product.string[product.start() : product.start("argument")]
    argument = product.group("argument")
    return bool(
        _TRUE.search(weights) and _MODEL.search(argument) and not _MODEL.search(weights) and not _TRUE.search(argument)
    )
