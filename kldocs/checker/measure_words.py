r"""The words for the measures, their units and "is", in the languages the checker reads: one vocabulary.

Each reader of words takes its table from here: labels and sentences
(:mod:`~kldocs.checker.labelled_lines`), values in English or Korean prose
(:mod:`~kldocs.checker.prose_claims`), properties in other languages
(:mod:`~kldocs.checker.worded_properties`). Unit words are
:data:`kldocs.exact.base.UNIT_WORDS`, read here as :data:`UNIT`.

>>> import re
>>> [measure for measure, words in LABEL_WORDS if re.fullmatch(words, "entropía cruzada", re.IGNORECASE)]
['cross_entropy']
>>> re.fullmatch(UNIT, "比特") is not None, re.fullmatch(IS, " beträgt ") is not None
(True, True)
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy
from kldocs.exact.base import UNIT_WORDS

#: A measure named in words in English or Korean, as the group ``measure``.
MEASURE_WORDS = (
    r"(?P<measure>KL[ -]?divergence|Kullback[-‐–— ]Leibler(?:\s+divergence)?|relative\s+entropy|"
    r"cross[-‐–— ]?entropy|Jensen[-‐–— ]Shannon\s+(?:divergence|distance)|JS\s+(?:divergence|distance)|JSD|"
    r"(?:Shannon\s+)?entropy|"
    r"KL\s*발산|쿨백[-‐ ]?라이블러\s*발산|교차\s*엔트로피|크로스\s*엔트로피|엔트로피)"
)
#: Words (folded), one of which is in every match of :data:`MEASURE_WORDS` (see :mod:`~kldocs.checker.screens`).
MEASURE_ANCHORS = ("kl", "kullback", "entrop", "js", "jensen", "엔트로피", "발산")
#: Measure words in labels and sentences, ten languages, by measure, most specific first (cross-entropy before
#: entropy, relative entropy before entropy).
LABEL_WORDS: tuple[tuple[str, str], ...] = (
    (
        "cross_entropy",
        r"cross[-‐ ]?entrop\w*|entrop[ií]a\s+cruzada|entropia\s+incrociata|entropie\s+crois[ée]e|kreuz[-‐]?entropie|"
        r"кросс[-‐ ]?энтропи\w*|перекр[её]стн\w+\s+энтропи\w*|"
        r"交叉熵|交差エントロピー|교차\s*엔트로피|크로스\s*엔트로피",
    ),
    (
        "jsd",
        r"(?:JS|Jensen[-‐–— ]Shannon)[-‐ ]?(?:diverg[eê]n\w*)|"
        r"diverg[eê]n\w*\s+(?:de\s+|di\s+)?(?:JS|Jensen[-‐–— ]Shannon)|"
        r"JSD|"
        r"JS\s*散度|JS\s*발산|JS\s*ダイバージェンス",
    ),
    (
        "kl",
        r"KL[-‐ ]?(?:diverg[eê]n\w*|Divergenz)|Kullback[-‐–— ]Leibler(?:[-‐ ]diverg[eê]n\w*|[-‐ ]Divergenz)?|"
        r"diverg[eê]n\w*\s+(?:de\s+|di\s+)?(?:KL|Kullback[-‐–— ]Leibler)|дивергенци\w+\s+(?:KL|КЛ|Кульбака)|"
        r"relative\s+entropy|entrop[ií]a\s+relativa|relative\s+Entropie|entropie\s+relative|相对熵|相対エントロピー|"
        r"KL\s*散度|KL\s*발산|쿨백[-‐ ]?라이블러\s*발산|KL\s*ダイバージェンス|KL",
    ),
    ("entropy", r"entrop\w*|энтропи\w*|熵|エントロピー|엔트로피"),
)
#: Words (folded), one of which is in every match of :data:`LABEL_WORDS` (see :mod:`~kldocs.checker.screens`).
LABEL_ANCHORS = (
    "entrop",
    "энтропи",
    "熵",
    "エントロピー",
    "엔트로피",
    "js",
    "jensen",
    "divergen",
    "divergên",
    "kl",
    "kullback",
    "дивергенц",
    "쿨백",
)
#: "is" before a value, a word standing between spaces (English, Spanish, Portuguese, French, German, Italian,
#: Russian) or a particle the words run into (Chinese, Japanese).
IS = (
    r"(?:\s++(?:is|was|equals|es|era|ser[aá]|vale|resulta|[eé]|foi|est|vaut|ist|betr[aä]gt|war|è|sar[aà]|"
    r"равн[аоы]?|составляет)\s++|\s*+(?:是|为|為|等于|約為|约为|は|が)\s*+)"
)
#: Words right before a measure's name that make its value a bound over distributions, not the value of one in
#: force: "the maximum entropy is 1 bit", "die maximale Entropie", "максимальная энтропия", "最大熵".
_EXTREME_BEFORE = lazy(
    r"(?<![^\W\d_])(?:max(?:imum|imal|imale[nrs]?|ima|imo)?|min(?:imum|imal|imale[nrs]?|ima|imo)?|highest|lowest|"
    r"largest|smallest|greatest|possible|upper|lower|peak|максимальн\w*|минимальн\w*|наибольш\w*|наименьш\w*)"
    r"[ \t]+(?:[^\W\d_]{1,12}[ \t]+)?$|(?:最大|最小|최대|최소)\s*(?:的|の)?\s*$",
    re.IGNORECASE,
)
#: Pieces one of which the words before such a measure hold (a cheap test before the pattern).
_EXTREME_PIECES = (
    *("ax", "Min", "min", "igh", "owe", "arg", "mall", "reat", "ossib", "pper", "eak"),
    *("аксим", "иним", "аибол", "аимен"),
)


def extreme_before(text: str, end: int, start: int = 0) -> bool:
    """Whether the words right before ``text[end]`` (a measure's name), from ``start`` on, make it a maximum or a
    minimum.

    >>> extreme_before("The maximum entropy", 12), extreme_before("The entropy", 4)
    (True, False)
    """
    start = max(start, end - 40)
    window = text[start:end]
    if not any(piece in window for piece in _EXTREME_PIECES) and not any(mark in window for mark in "最최"):
        return False
    return _EXTREME_BEFORE.search(text, start, end) is not None


#: Words right before a measure's name or symbol that make what follows a multiple, a share or a sum of it, not its
#: value: "twice the cross-entropy", "half of D(P||Q)", "72% of D(P||Q)", "1.39 times D(Q||P)", "a total KL
#: divergence", "the sum of the entropies", "die Hälfte der", "el doble de la", "la moitié de", "вдвое"; a coefficient
#: written before the symbol ("$3H(Q)$ is about 1.407 bits", ``$2 \, JSD(P\|Q)$``, ``$10 \cdot D(P\|Q)$``).
_SCALED_BEFORE = lazy(
    r"(?<![^\W\d_])(?:twice|double[ds]?|triple[ds]?|thrice|quadruple[ds]?|halve[ds]?|half|"
    r"one[ -](?:third|quarter|tenth)|a\s+(?:third|quarter|tenth|fifth)|"
    r"total|sum|product|multiple|fraction|share|proportion|ratio|percent(?:age)?|average|mean|"
    r"(?:[0-9]+(?:[.,][0-9]+)?|two|three|four|five|ten|hundred|[nNkm])[ \t]*(?:%|per\s?cent|times|fold|x|×|-fold)|"
    r"doppelte[nmrs]?|zweifache[nmrs]?|dreifache[nmrs]?|h[äa]lfte|halbe[nmrs]?|gesamte[nmrs]?|summe|prozent|"
    r"zweimal|dreimal|moiti[ée]|deux\s+fois|trois\s+fois|somme|pour\s?cent|mitad|doble|dos\s+veces|tres\s+veces|"
    r"suma|por\s?ciento|met[àa]|doppio|triplo|due\s+volte|somma|per\s?cento|metade|dobro|duas\s+vezes|soma|"
    r"половин\w*|удвоенн\w*|утроенн\w*|вдвое|втрое|сумм\w*|процент\w*)"
    r"(?:[ \t]+(?:of|the|a|an|its|their|this|that|der|die|des|von|de|du|la|le|les|l['’]|del|della|di|da|do|das|dos|"
    r"el|los|las|dell['’]|d['’]))*[ \t]*[$(\\]*[ \t]*\Z"
    r"|(?<![\w.,])[0-9]+(?:\.[0-9]+)?(?!(?: *\t| {2})[ \t]*\Z)[ \t]*(?:\\[,;:! ]|\\cdot|\\times|[×·*])?[ \t]*[$(\\]*\Z",
    re.IGNORECASE,
)


def scaled_before(text: str, end: int, start: int = 0) -> bool:
    """Whether the words right before ``text[end]`` (a measure's name or symbol), from ``start`` on, make what follows
    a multiple, a share or a sum of the measure, not its value.

    >>> scaled_before("Half the cross-entropy", 9), scaled_before("about 72% of D(P||Q)", 13)
    (True, True)
    >>> scaled_before("The cross-entropy", 4), scaled_before("a total KL divergence", 8)
    (False, True)
    >>> scaled_before("$3H(Q)$", 2), scaled_before(r"$10 \\cdot D(P\\|Q)$", 10), scaled_before("Exercise 3. H(P)", 13)
    (True, True, False)
    >>> scaled_before("At temperature 2 its entropy", 21), scaled_before("= 1/2\\nH(X|Y=0)", 6)
    (False, False)
    >>> scaled_before("H(P)=1.0000  D(P||Q)=0.7370", 13), scaled_before("H(P)=1.0000 D(P||Q)", 12)  # printed apart
    (False, True)
    """
    return _SCALED_BEFORE.search(text, max(start, end - 40), end) is not None


#: Words of a sentence before a value that make it arithmetic of measures, not one measure's value: a sum, a total, a
#: difference or a ratio of them, one plus or minus another, their average ("the sum of the two KL divergences", "the
#: entropy plus the KL divergence", "the ratio of the KL divergence to the entropy", "the difference between the two
#: directions"), in the languages the checker reads; not "on average", nor "both directions" before their two values.
_COMBINED = lazy(
    r"(?<![^\W\d_])(?:(?:sum|total|plus|minus|ratio|quotient|product|(?<!on\s)average|mean\s+of|divided|multiplied|"
    r"added|subtracted|Summe|Verh[äa]ltnis|Quotient|Produkt|(?<!im\s)Durchschnitt|Mittelwert|geteilt|suma|cociente|"
    r"(?<!en\s)promedio|dividid[ao]|somme|(?<!en\s)moyenne|divis[ée]e?|soma|(?<!em\s)m[ée]dia|сумм\w*|плюс|минус|"
    r"(?<!в\s)средн\w+)(?![^\W\d_])|"
    r"(?:m[áa]s|menos|plus|moins|mais)\s+(?:la|el|le|l['’]|a|o)\s|raz[óo]n\s+(?:entre|de)\s|"
    r"(?<!par\s)rapport\s+(?:entre|de|des)\s|"
    r"(?:difference|diferencia|diferen[çc]a|diff[ée]rence|Differenz|Unterschied)\s+(?:between|of|in|entre|de|des|"
    r"da|do|zwischen|der)\s+(?:the\s+|las\s+|los\s+|les\s+|la\s+|le\s+|l['’]\s*|den\s+|as\s+|os\s+|a\s+|o\s+)?"
    r"(?:two\s+|both\s+|dos\s+|deux\s+|duas\s+|beiden\s+)?(?:[^\W\d_]*entrop|KL|cross|diverg|direc|Richtung|H\(|D\())|"
    r"之和|的和|总和|總和|加上|减去|減去|之差|的差(?![异異别別距])|差值|之比|比值|比率|除以|乘积|的平均|平均值|"
    r"の和[はが]|合計|足した|足す|引いた|の差[はが]|の比[はが]|割った|の平均|"
    r"의\s*합|합은|합이|합계|더한|더하면|뺀|빼면|의\s*차이[는가]|비율|나눈|나누면|의\s*평균|평균값",
    re.IGNORECASE,
)


def combined_before(text: str, start: int, end: int) -> bool:
    """Whether the words of a sentence before a value (``text[start:end]``, at most its last 200 characters) make
    the value arithmetic of measures (see :data:`_COMBINED`), not the value of one.

    >>> combined_before("The sum of the two KL divergences is", 0, 36), combined_before("The KL divergence is", 0, 20)
    (True, False)
    >>> combined_before("The KL divergence measures the difference between P and Q; it is", 0, 66)
    False
    >>> combined_before("两个 KL 散度之和为", 0, 11), combined_before("Die Summe der KL-Divergenzen beträgt", 0, 36)
    (True, True)
    """
    return _COMBINED.search(text, max(start, end - 200), end) is not None


#: A count of draws before a measure in its sentence: "two flips together have an entropy of", "over 10 independent
#: draws the divergence", "a block of four symbols": the measure of all of them, not of one.
_MANY_BEFORE = lazy(
    r"(?<![\w.,])(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|[2-9]|[1-9][0-9]+|[nNkm])"
    r"[ \t]+(?:(?:independent|i\.i\.d\.?|iid|fair|biased|such|more|repeated|successive|consecutive)[ \t]+)?"
    r"(?:flips|tosses|draws|copies|symbols|letters|samples|observations|rolls|coins|dice|trials|characters|tokens|"
    r"throws|realizations|realisations|uses|outputs|emissions)(?![^\W\d_])|"
    r"(?<![^\W\d_])(?:block|sequence|string|message|pair|triple)s?[ \t]+of[ \t]+(?:two|three|four|five|ten|[2-9]|[1-9]"
    r"[0-9]+|[nNkm])(?![^\W\d_])",
    re.IGNORECASE,
)


def not_in_force(text: str, start: int, end: int) -> bool:
    """Whether the sentence in ``text[start:end]`` (at most its last 200 characters) gives a measure of several draws
    ("two flips together have an entropy of"), not of the distribution in force.

    >>> not_in_force("Two flips together have an entropy of", 0, 27), not_in_force("The coin has an entropy of", 0, 16)
    (True, False)
    """
    return _MANY_BEFORE.search(text, max(start, end - 200), end) is not None


#: The same said after the measure's name, as Chinese, Japanese and Korean say it: "交叉熵的两倍", "KL散度的一半",
#: "エントロピーの2倍", "엔트로피의 두 배", "발산의 절반"; and "倍" or "배" right after a value (``H(P,Q) = 2 倍 H(P)``,
#: "$H(P,Q) = 2$ 倍の $H(P)$"), which makes it a multiple. Maths delimiters may come first.
_SCALED_AFTER = lazy(
    r"(?:[ \t]|\$|\\\))*(?:的|の|의)?[ \t]*"
    r"(?:(?:[0-9０-９]+(?:\.[0-9]+)?|[一二两兩三四五六七八九十百几]+)?[ \t]*倍|一半|半分|"
    r"(?:[0-9０-９]+(?:\.[0-9]+)?|[두세네열백]+)?[ \t]*배(?![열포경])|절반|百分之)"
)


def scaled_after(text: str, end: int) -> bool:
    """Whether the words right after a measure's name or a value, which ends at ``text[end]``, make a multiple or a
    share of it.

    >>> scaled_after("交叉熵的两倍约为 3.044", 3), scaled_after("交叉熵约为 1.522", 3)
    (True, False)
    >>> scaled_after("$H = 2$ 倍の $H(P)$", 6)
    True
    """
    return _SCALED_AFTER.match(text, end, end + 20) is not None


#: After a value (its unit may come between), a comparison in Korean, Japanese or Chinese: "0.99 비트보다 작다",
#: "0.9 비트 이상", "1 비트 미만", "0.9ビットを超える", "1ビット未満", "1 比特以下": a bound, not the value.
COMPARED_AFTER = (
    r"[ \t]*+(?:(?:비트|나트|내트|ビット|ナット|比特|奈特|bits?|nats?)[ \t]*+)?"
    r"(?:보다|より|초과|미만|이상|이하|[을를]?[ \t]*+넘|を?[ \t]*+(?:超え|超過|上回|下回)|未満|以上|以下|以内|不到)"
)
#: After a value (its unit may come between): words that make it a bound or a comparison ("2 bits at most", "0.5 bits
#: away from the maximum", "0.99 비트보다 작다"), or a measure's symbol that makes it a coefficient ("the entropy is
#: 3 H(P)", "2·D_KL(").
NOT_THE_VALUE = (
    r"(?![ \t]*(?:[×·*⋅][ \t]*)?(?:[A-Z][A-Za-z]{0,3}(?:_\{?[A-Za-z0-9]{1,6}\}?)?\(|\\[A-Za-z]))"
    r"(?!\s*(?:(?:bits?|nats?|bans?)\s*)?(?:at\s+(?:most|least)|or\s+(?:more|less|above|below|higher|lower)|"
    r"(?:more|less|higher|lower|larger|smaller|greater|bigger|fewer|away|off|short|worse|better|too|below|above|beneath)"
    r"(?![A-Za-z])))"
    r"(?!" + COMPARED_AFTER + ")"
)
#: Before a value and its link ("为", "是"), a comparison in Chinese: "至少为 0.9 比特", "不超过 1 比特", "小于".
COMPARED_BEFORE = (
    r"(?:小于|大于|不超过|不少于|不低于|不高于|不大于|不小于|至少|至多|最多|最少|超过|高于|低于|多于|少于|不到)"
    r"[ \t]*+(?:(?:为|是|等于)[ \t]*+)?(?:(?:约|大约)[ \t]*+)?$"
)
#: What may end a sentence after its value and unit: a polite or written "is" in Japanese and Korean.
ENDING = r"(?:です|である|となります|になります|となる|になる|입니다|이다)"
#: "about" before a value in those languages.
ABOUT = (
    r"(?:aproximadamente|alrededor\s+de|cerca\s+de|environ|ungef[aä]hr|etwa|circa|около|примерно|"
    r"约|大约|大約|約|およそ)"
)
#: A unit word, longest first (``bits`` before ``bit``).
UNIT = "(?:" + "|".join(sorted(UNIT_WORDS, key=len, reverse=True)) + ")"
_DASH = "[-‐–— ]"
#: The measure the subject of a property names in Spanish, Italian, Portuguese, French, German, Russian, Chinese,
#: Japanese or Korean, most specific first; a bare "KL" (not ``KL(``) is the divergence.
PROPERTY_SUBJECTS: tuple[tuple[str, str], ...] = (
    (
        "cross_entropy",
        r"entrop[ií]a\s+(?:cruzada|incrociata)|l['’]\s*entropie\s+crois[ée]e|Kreuz[-‐]?entropie|"
        r"перекр[её]стн\w+\s+энтропи\w*|кросс[-‐ ]?энтропи\w*|"
        r"交叉熵|交差エントロピー|교차\s*엔트로피|크로스\s*엔트로피",
    ),
    (
        "jsd",
        r"diverg(?:en(?:cia|za|ce)|[êe]ncia)\s+(?:de\s+|di\s+)?(?:JS|Jensen" + _DASH + r"Shannon)|"
        r"(?:JS|Jensen" + _DASH + r"Shannon)[-‐ ]Divergenz|JS\s*散度|JSD|젠슨[-‐ ]?섀넌\s*발산|JS\s*ダイバージェンス|"
        r"ジェンセン[・･]?シャノン(?:\s*ダイバージェンス)?",
    ),
    (
        "kl",
        r"(?:diverg(?:en(?:cia|za|ce)|[êe]ncia)|dist(?:anza|ancia|[âa]ncia))\s+(?:de\s+|di\s+)?(?:KL|Kullback"
        + _DASH
        + r"Leibler)|entrop[ií]a\s+relativa|l['’]\s*entropie\s+relative|relative\s+Entropie|"
        r"(?:KL|Kullback" + _DASH + r"Leibler)[-‐ ]Divergenz|дивергенци\w+\s+(?:KL|КЛ|Кульбака(?:[-‐–— ]Лейблера)?)|"
        r"относительн\w+\s+энтропи\w+|(?:KL|Kullback" + _DASH + r"Leibler)\s*散度|相对熵|"
        r"KL\s*ダイバージェンス|カルバック[・･-]?ライブラー(?:\s*ダイバージェンス|情報量)?|相対エントロピー|"
        r"KL\s*(?:발산|divergence)|쿨백[-‐ ]?라이블러\s*발산|상대\s*엔트로피|(?<![A-Za-z])KL(?![A-Za-z(_])",
    ),
    (
        "mutual_information",
        r"(?:informaci[oó]n\s+mutua|informazione\s+mutua|informa[çc][ãa]o\s+m[úu]tua|information\s+mutuelle)"
        r"(?!\s+(?:puntual|puntuale|pontual|ponctuelle))|(?<!punktweise\s)Transinformation|взаимн\w+\s+информаци\w+|"
        # 互信息量 of two events (pointwise) can be negative; 平均互信息量 is the mutual information
        r"平均互信息量?|(?<![点平])互信息(?!量)|(?<![点自己])相互情報量|(?<!점별\s)(?<!점별)상호\s*정보량?",
    ),
    (
        "entropy",
        r"(?:la\s+|l'\s*)entrop[ií]a(?!\s+(?:cruzada|incrociata|relativa))|(?<![交对])熵|(?<![교크대]\s)엔트로피|"
        r"(?<![A-Za-z])a\s+entropia(?!\s+(?:cruzada|relativa))|l['’]\s*entropie(?!\s+(?:crois|relative))|"
        r"(?<![A-Za-z])die\s+(?:differen[tz]ielle\s+)?Entropie|(?<![А-Яа-я])энтропи[яи](?![А-Яа-я])|(?<!交差|相対)エントロピー",
    ),
)
#: Words (folded), one of which is in every match of :data:`PROPERTY_SUBJECTS`.
SUBJECT_ANCHORS = (
    "entrop",
    "энтропи",
    "熵",
    "エントロピー",
    "엔트로피",
    "diverg",
    "дивергенц",
    "js",
    "kl",
    "kullback",
    "カルバック",
    "쿨백",
    "발산",
    "ジェンセン",
    *("mutua", "mútua", "mutuelle", "transinformation"),
    *("взаимн", "互信息", "相互情報", "상호"),
)
#: A comparison after a value in French, Spanish, Portuguese, Italian, German or Russian, which makes it a
#: difference, no value of the measure: "0,3 Bit weniger als H(Y)", "0,3 bit de moins que", "0,3 bits menor que"
#: (English has its own, in :data:`NOT_THE_VALUE`).
COMPARED_ABROAD = (
    r"(?:weniger|mehr|kleiner|gr[öo](?:ß|ss)er|niedriger|h[öo]her|unter|[üu]ber|de\s+(?:moins|plus)|moins|plus|"
    r"inf[ée]rieur|sup[ée]rieur|au[-\s]dessous|au[-\s]dessus|menos|m[áa]s|menor|mayor|maior|por\s+(?:debajo|encima)|"
    r"abaixo|acima|meno|pi[ùu]|inferiore|superiore|sotto|sopra|меньше|больше|ниже|выше)(?![^\W\d_])"
)
