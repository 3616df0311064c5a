"""Words that give a distribution on the spot, in the sentence before a claim: "for a coin with heads probability
0.8", "a source with probabilities 1/2, 1/4, 1/8, 1/8", "a fair die", "a pair of uniform bytes".

A claim in such a sentence may speak of that distribution rather than of the one in force under its name, so a
value that fails against the one in force is not called false (see :func:`own_distribution_before`).

>>> own_distribution_before("Take p as above. A fair die has "), own_distribution_before("Then ")
(True, False)
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy

#: Words that give a distribution on the spot: a tuple of probabilities not set to a name (``P = (...)`` is the
#: distribution in force) nor a function's argument (``H(1/2, 1/2)``), or "with probability 0.6".
OWN_DISTRIBUTION = lazy(
    r"(?<!=)(?<!= )(?<!=\$)(?<!= \$)(?<![A-Za-z])"
    r"\(\s*\$?\s*[0-9.]+(?:/[0-9]+)?\s*(?:[,;]\s*[0-9.]+(?:/[0-9]+)?\s*){1,30}\$?\s*\)|"
    r"(?i:probabilit(?:y|ies)\s+(?:of\s+\w+\s+)?(?:is\s+|of\s+)?\$?(?:[0-9]*\.[0-9]+|[0-9]+/[0-9]+))"
)
#: A kind that is its own distribution ("a fair coin", "a uniform distribution", "equally likely", "each half the
#: time", "a quarter each", "je zur Hälfte", 공정한 동전,
#: 均匀硬币, 公平なコイン, "una moneda justa"), a model given by its perplexity ("a model with perplexity 8"), or a
#: model in training or a data set ("after one epoch", "on the validation set"): the sentence speaks of it unless it
#: names the distributions in force.
OWN_KIND = lazy(
    r"(?i:\b(?:fair|unbiased)[-\s]+(?:(?:[0-9]+|four|six|eight|ten|twelve|twenty)[-\s]?(?:sided|faced)[-\s]+)?"
    r"(?:coins?|dice|die|bits?)\b|\buniform(?:ly)?\b|\bequally\s+likely\b|"
    r"\bperplexity\s+(?:of\s+|is\s+|=\s*)?\$?[0-9]|"
    r"\bfaire[nrs]?\s+(?:Münze|Würfel)|\b(?:dé|pièce)\s+(?:équilibrée?|non\s+truquée?)|"
    r"\b(?:moneda|moeda|dado)\s+(?:justa|justo|honest[oa]|equilibrad[oa])\b|"
    r"\b(?:đồng\s+xu|xúc\s+xắc)\s+(?:cân\s+đối|đồng\s+chất)|"
    r"\b(?:two|pair\s+of)\s+(?:dice|coins|bytes)\b|\bdice\s+experiment\b|"
    # a die, a coin or a bag other than the one in force: "a loaded die", "a second bag", "the other five 0.1 each"
    r"\b(?:loaded|biased|unfair|weighted|crooked)\s+(?:coins?|dice|die)\b|"
    r"\b(?:a\s+second|a\s+third|another|a\s+new|a\s+different)\s+(?:bags?|urns?|box|coins?|die|dice|source|deck|spinner)\b|"
    r"(?:[0-9]*\.[0-9]+|[0-9]+\s*%|[0-9]+/[0-9]+)\s+each\b|\bthe\s+same\s+(?:[0-9.]+\s*%|probability|chance)|"
    r"\bproduct\s+(?:distribution|of\s+(?:the\s+)?marginals)\b|"
    # counts given in the sentence: "with the counts 1, 2 and 3 out of 6", "3 heads out of 4 tosses", "7 of 10 draws"
    r"\b(?:counts?|tall(?:y|ies)|frequenc(?:y|ies)|H[äa]ufigkeiten|Anzahlen|comptages?|effectifs|conteos?|frecuencias|"
    r"contagens|frequ[êe]ncias|conteggi|frequenze|частоты|подсч[её]ты)\b[^.;:]{0,20}?[0-9]+(?:\s*[,;/]\s*[0-9]+)+|"
    r"\b[0-9]+\s+(?:\w+\s+)?(?:out\s+of|times\s+in|of\s+(?:the\s+)?|sur|de|von|su|из)\s*[0-9]+\s+"
    r"(?:tosses|flips|rolls|draws|trials|throws|spins|lancers|tirages|lanzamientos|tiradas|Würfen|Würfe|Ziehungen|"
    r"lan[çc]amentos|lanci|estrazioni|бросков|испытаний)\b|\b[0-9]+\s+out\s+of\s+[0-9]+\b|"
    # a model's state in training, or a data set: what the value is of, not the distributions given
    r"\b(?:epochs?|iterations?|training\s+steps?|during\s+training|after\s+training|validation\s+set|test\s+set|"
    r"held[-\s]out|[ée]pocas?|Epochen?|[ée]poques?|conjunto\s+de\s+(?:validaci[oó]n|prueba)|Testdaten)\b)|"
    # outcomes given their share in words: "each half the time", "a quarter each", "je zur Hälfte", "各占一半"
    r"(?i:\b(?:(?:(?:each|both)\s+)?(?:half|a\s+(?:quarter|third))\s+(?:of\s+)?the\s+time|"
    r"(?:a|one)\s+(?:half|third|quarter|fifth|sixth|eighth|tenth)\s+each|each\s+(?:a|one)\s+"
    r"(?:half|third|quarter|fifth|sixth|eighth|tenth)|(?:each|both|all)\s+(?:with\s+)?(?:the\s+same\s+)?"
    r"(?:probability|chance|odds)|equi-?probable|(?:with\s+)?equal\s+(?:probabilit(?:y|ies)|chances?|odds)|"
    r"fifty[-\s]fifty|gleich\s*wahrscheinlich\w*|(?:je|jeweils)\s+(?:zur\s+Hälfte|(?:ein\s+)?(?:Viertel|Drittel)|"
    r"mit\s+(?:der\s+)?(?:gleichen\s+)?Wahrscheinlichkeit)|Hälfte\s+der\s+Zeit|(?:mit\s+)?gleicher\s+"
    r"Wahrscheinlichkeit|la\s+moitié\s+du\s+temps|équiprobables?|(?:avec\s+)?la\s+même\s+probabilité|"
    r"chacune?\s+avec\s+(?:une\s+)?probabilité|(?:un\s+)?(?:quart|tiers)\s+chacune?|à\s+chances\s+égales|"
    r"la\s+mitad\s+del\s+tiempo|metade\s+do\s+tempo|metà\s+del\s+tempo|equiprob[áa]bles?|equiprov[áa]ve(?:l|is)|"
    r"equiprobabil[ei]|igualmente\s+prob(?:ables?|[áa]ve(?:l|is))|(?:con|com)\s+(?:la|a)\s+(?:misma|mesma|stessa)\s+"
    r"probabili(?:dad|dade|tà)|cada\s+(?:uno|una|um|uma)\s+(?:con|com)\s+probabili(?:dad|dade)|"
    r"равновероятн\w*|с\s+(?:равной|одинаковой)\s+вероятностью|половину\s+времени)(?![^\W\d_]))|"
    r"等可能|等概率|概率相同|各占一半|一半的时间|等確率|同じ確率|半々|(?:같은|동일한)\s*확률|반반|"
    r"에폭|에포크|검증\s*(?:세트|데이터)|(?:个|轮)\s*(?:epoch|训练)|训练\s*\d+\s*轮|验证集|测试集|エポック|検証データ|"
    r"(?:困惑度|퍼플렉서티|パープレキシティ)\s*(?:为|是|는|は|=)?\s*\$?[0-9]|"
    r"공정한\s*(?:동전|주사위)|균등\s*분포|(?:均匀|公平|公正)的?(?:硬币|骰子)|均匀分布|公平な(?:コイン|サイコロ)|一様分布"
)


#: A probability given by its outcome in a formula: ``p(\text{heads}) = 0.8``, ``P(0) = 0.8``.
_OUTCOME_PROBABILITY = lazy(r"\b[Pp]\s*\(\s*[^()=]{1,24}\)\s*=\s*\$?\s*(?:0?\.[0-9]+|[0-9]+/[0-9]+)")


def own_distribution_before(before: str) -> bool:
    """Whether the sentence that ``before`` ends describes a distribution of its own ("For a coin with heads
    probability 0.8, ", "A source with probabilities 1/2, 1/4, 1/8, 1/8 has ", "for equally likely outcomes").

    >>> own_distribution_before("As above. For a coin with heads probability 0.8, "), own_distribution_before("So ")
    (True, False)
    >>> own_distribution_before("8. A fair six-sided die has "), own_distribution_before("Ein fairer Würfel hat ")
    (True, True)
    >>> own_distribution_before("A loaded die shows a six half the time, the others 0.1 each. Its entropy is ")
    True
    >>> own_distribution_before("With the counts 1, 2 and 3 out of 6, the entropy is ")
    True
    >>> own_distribution_before("The count is ")
    False

    A kind named on the spot as a distribution is the one in force under that name, not one of its own:

    >>> own_distribution_before("Par rapport à une pièce équilibrée $U = (0{,}5 ; 0{,}5)$, la divergence ")
    False
    """
    sentences = _SENTENCE_BREAK.split(before[-400:])
    sentence = sentences[-1]
    if len(sentences) > 1 and points_back(sentence, sentences[-2]):  # "... a loaded die ... 0.1 each. Its entropy"
        sentence = f"{sentences[-2]} {sentence}"
    kinds = (kind for kind in OWN_KIND.finditer(sentence) if not NAMED_HERE.match(sentence, kind.end()))
    return bool(OWN_DISTRIBUTION.search(sentence) or any(kinds) or _OUTCOME_PROBABILITY.search(sentence))


#: A sentence that opens by pointing back at what the sentence before it described: "Its entropy", "Seine
#: Entropie", "Son entropie", "그 엔트로피".
_BACK_REFERENCE = lazy(
    r"(?i)\s*(?:its|their|so\s+its|this\s+\w+'s|the\s+\w+\s+of\s+(?:this|that|it)|seine|ihre|son|sa|leur|su|sua|seu|"
    r"la\s+sua|il\s+suo|его|её|их)\b|\s*(?:그\s|その|它的|其)"
)


def points_back(sentence: str, before: str) -> bool:
    """Whether ``sentence`` (its start, up to a claim) opens by pointing back at what the sentence ``before`` it
    described, other than a distribution it names (``Q = (0.4, 0.3, 0.3)``: the one in force).

    >>> points_back("Its entropy is ", "A loaded die."), points_back("The entropy of P is ", "A loaded die.")
    (True, False)
    >>> points_back("Its entropy is ", "A second source has Q = (0.4, 0.3, 0.3).")
    False
    """
    return _BACK_REFERENCE.match(sentence) is not None and _NAMED.search(before) is None


#: A distribution set to a name: ``Q = (0.4, 0.3, 0.3)``, ``p = [0.5, 0.5]``.
_NAMED = lazy(r"(?<![A-Za-z])[A-Za-z](?:_[0-9A-Za-z])?\s*=\s*[(\[]")
#: A name set to a distribution right after a kind: "a fair coin $U = (0.5, 0.5)$", "a uniform Q = [...]".
NAMED_HERE = lazy(r"\s*\$?\s*[A-Za-z](?:_[0-9A-Za-z])?\s*=\s*[(\[]")


_SENTENCE_BREAK = lazy(r"[.!?。！？](?:\s|$)|\n[ \t]*\n")
