r"""What a sentence in a language other than English says a measure is, in the words of nine languages: symmetric
("simétrica", "不对称"), a metric or distance, never negative, zero exactly when the distributions are equal, largest
for the uniform distribution, bounded, the average of two KL divergences; each with whether it denies the property.

:mod:`~kldocs.checker.worded_properties` reads them a few words after a measure's name.

>>> [(kind, negated) for kind, pattern, negated in PREDICATE if pattern.match("es simétrica")]
[('symmetric', False)]
>>> [(kind, negated) for kind, pattern, negated in PREDICATE if pattern.match("不对称")]
[('symmetric', True)]
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

#: "is" in Spanish and Italian, maybe with "always": ``es siempre``, ``è``.
_COPULA = r"(?<![^\W\d_])(?:es|è|e'|sea|resulta)\s+(?:siempre\s+|sempre\s+|tambi[eé]n\s+|anche\s+)?[*_]{0,2}"
#: "is" in Portuguese, French and German, maybe with "always".
_IS = r"(?<![^\W\d_])(?:[ée]|est|ist)\s+(?:sempre\s+|toujours\s+|immer\s+|stets\s+|tamb[ée]m\s+|aussi\s+|auch\s+)?"
#: What is said, by property: ``(pattern, negated)``; for entropy only the last two apply.
_PREDICATES: tuple[tuple[str, str, bool], ...] = (
    (
        "symmetric",
        _COPULA + r"(?:asim[eé]tric[ao]|asimmetric[ao])|不对称|非对称|(?:不具有|不满足)对称性|비대칭|"
        r"대칭(?:적)?이\s*아[니닙닌]|대칭(?:적)?이지\s*않|"
        r"n[ãa]o\s+[ée]\s+sim[ée]tric[ao]|n['’]est\s+pas\s+sym[ée]trique|ist\s+nicht\s+symmetrisch|"
        r"(?:n[ãa]o\s+[ée]\s+uma|no\s+es\s+una|n['’]est\s+pas\s+une)\s+(?:m[ée]tri(?:ca|que)|medida|mesure)\s+"
        r"(?:sim[ée]trica|sym[ée]trique)|" + _IS + r"(?:assim[ée]tric[ao]|asym[ée]trique|unsymmetrisch|asymmetrisch)|"
        r"не\s*симметричн\w*|несимметричн\w*|асимметричн\w*|対称では(?:ない|ありません)|非対称|"
        # a list item with no subject or verb: "- nicht symmetrisch", "- non symétrique"
        r"(?<![^\W\d_])(?:nicht\s+symmetrisch|non[-\s]sym[ée]trique|n[ãa]o[-\s]sim[ée]tric[ao]|no\s+sim[ée]tric[ao])",
        True,
    ),
    (
        "symmetric",
        _COPULA + r"(?:sim[eé]tric[ao]|simmetric[ao])|(?:是|具有|满足)\s*对称(?:的|性)?|"
        r"대칭(?:적)?(?:입니다|이다|이며|이고|임)|"
        + _IS
        + r"(?:sim[ée]tric[ao]|sym[ée]trique|symmetrisch)(?![A-Za-z])|"
        r"(?:является\s+)?симметричн(?:а|ой|ая)(?![А-Яа-я])|"
        r"対称(?:である|です|だ)",
        False,
    ),
    (
        "metric",
        r"거리\s*(?:함수|척도)?(?:\s*[(（][A-Za-z ]{1,20}[)）])?가\s*아[니닙닌]|메트릭이\s*아[니닙닌]|"
        r"n[ãa]o\s+[ée]\s+uma\s+(?:verdadeira\s+)?(?:m[ée]trica|dist[âa]ncia)|"
        r"n['’]est\s+pas\s+une\s+(?:vraie\s+)?(?:m[ée]trique|distance)|ist\s+keine\s+(?:echte\s+)?(?:Metrik|Distanz)|"
        r"не\s+является\s+(?:настоящей\s+|истинной\s+)?(?:метрикой|расстоянием)|(?:距離|計量)では(?:ない|ありません)|"
        # the triangle inequality it breaks: "不满足三角不等式", "verletzt die Dreiecksungleichung"
        r"不满足三角不等式|三角不等式を満たさない|삼각\s*부등식을\s*만족하지\s*않|(?:verletzt\s+die\s+Dreiecksungleichung|erf[üu]llt\s+die\s+Dreiecksungleichung\s+nicht)|"
        r"no\s+(?:cumple|satisface)\s+la\s+desigualdad\s+triangular|n[ãa]o\s+satisfaz\s+a\s+desigualdade\s+triangular|"
        r"ne\s+(?:satisfait|v[ée]rifie|respecte)\s+pas\s+l['’]\s*in[ée]galit[ée]\s+triangulaire|"
        r"не\s+удовлетворяет\s+неравенству\s+треугольника",
        True,
    ),
    (
        "metric",
        _COPULA + r"una\s+(?:verdadera\s+|vera\s+)?(?:m[eé]trica|distancia|distanza)(?![A-Za-z])|"
        r"是\s*(?:一种|一个)?\s*(?:真正的|适当的|合适的|严格的)?\s*(?:度量|距离)(?:函数|度量)?(?![\u4e00-\u9fff]{0,3}之间)|"
        r"거리\s*(?:함수|척도)?(?:\s*[(（][A-Za-z ]{1,20}[)）])?(?:이다|입니다)|메트릭(?:이다|입니다)|"
        + _IS
        + r"(?:uma|une|eine)\s+(?:verdadeira\s+|vraie\s+|echte\s+)?"
        r"(?:m[ée]trica|dist[âa]ncia|m[ée]trique|distance|Metrik|Distanz)"
        r"(?![A-Za-z])|является\s+(?:метрикой|расстоянием)|"
        # the triangle inequality said to hold (the negated forms above start earlier, at "不", "no", "не")
        r"(?<!不)满足三角不等式|三角不等式を満たす|삼각\s*부등식을\s*만족한다|erf[üu]llt\s+die\s+Dreiecksungleichung(?!\s+nicht)|"
        r"(?:cumple|satisface)\s+la\s+desigualdad\s+triangular|satisfaz\s+a\s+desigualdade\s+triangular|"
        r"(?:satisfait|v[ée]rifie|respecte)\s+l['’]\s*in[ée]galit[ée]\s+triangulaire|удовлетворяет\s+неравенству\s+треугольника",
        False,
    ),
    (
        "negative",
        _COPULA + r"(?:no\s+negativ[ao]|non\s+negativ[ao]|mayor\s+o\s+igual\s+(?:que|a)\s+(?:0|cero)|"
        r"maggiore\s+o\s+uguale\s+a\s+(?:0|zero))|(?:总是|始终|恒|是)?(?:非负|大于等于\s*[0零]|大于或等于\s*[0零]|≥\s*0)|"
        r"(?:항상\s*)?(?:0\s*이상|음수가\s*아[니닙닌]|음이\s*아닌|음수가?\s*(?:될|나올)\s*수\s*없)|"
        + _IS
        + r"(?:n[ãa]o[-\s]negativ[ao]|non[-\s]n[ée]gative|nicht[-\s]?negativ|positive|"
        r"maior\s+ou\s+igual\s+a\s+(?:0|zero)|"
        r"sup[ée]rieure?\s+ou\s+[ée]gale?\s+[àa]\s+(?:0|z[ée]ro)|gr[öo](?:ß|ss)er\s+oder\s+gleich\s+(?:0|null))|"
        r"(?:всегда\s+)?неотрицательн\w*|非負|負になら(?:ない|ず)|0以上|"
        r"(?<![^\W\d_])(?:nicht[-\s]?negativ|non[-\s]n[ée]gati(?:f|ve)(?<!non-negative)(?<!non negative)|"
        r"positive\s+ou\s+nulle|n[ãa]o[-\s]negativ[ao])(?![^\W\d_])",
        True,
    ),
    (
        "negative",
        _COPULA + r"negativ[ao]|(?:puede|pu[oò])\s+(?:ser|essere)\s+negativ[ao]|(?:可以|可能|能|会)(?:是|为)?负|"
        r"음수가?\s*(?:될|나올|일)\s*수\s*있|pode\s+ser\s+negativ[ao]|peut\s+[êe]tre\s+n[ée]gative?|"
        r"kann\s+negativ\s+(?:sein|werden)|может\s+быть\s+отрицательн\w*|負になり(?:得る|うる)",
        False,
    ),
    (
        # the entropy zero for a certain outcome: "es cero cuando el resultado es seguro", "ist null, wenn ... sicher"
        "zero_iff_certain",
        r"(?:" + _COPULA + "|" + _IS + r")"
        # the zero, then the condition: "cero cuando", "nulle lorsque", "zero quando" (every match holds an anchor)
        r"(?:(?:cero|nul(?:le|la|l|a|o)?|z[ée]ro(?<!zero))\s*,?\s*(?:cuando|si|para|quand|lorsque|pour|wenn|bei|f[üu]r|"
        r"quando|se|per)|(?:zero|0)(?![0-9]|[.,][0-9])\s*,?\s*(?:cuando|quando|quand|lorsque|wenn))\s+[^.;!?\n]{0,50}?"
        r"(?<![^\W\d_])(?:segur[oa]|ciert[oa]|determin[ií]stic[oa]|determinista|d[ée]terministe|certaine?|sicher|"
        r"gewiss|deterministisch|cert[oa]|(?:probabilidad|probabilit[ée]|Wahrscheinlichkeit|probabilidade|probabilit[àa])\s+"
        r"(?:de\s+)?1)(?![^\W\d_])|"
        r"(?:确定|必然)(?:事件|的?结果)?(?:时|的时候)[^。，\n]{0,6}?(?:为|等于|是)\s*(?:0|零)(?![.\d])|"
        r"확실(?:할|한)\s*(?:때|경우)(?:에)?\s*0(?![.\d])|確実(?:な|の)?(?:とき|場合)(?:は|に)?[、,]?\s*(?:0|ゼロ)(?![.\d])",
        False,
    ),
    ("bounded", r"(?:是\s*)?(?:无界|沒有上界|没有上界|无上界|不是有界)", True),
    ("bounded", r"(?<!无)(?<!不是)(?:是\s*)?有(?:上)?界", False),
    (
        "zero_iff_equal",
        r"当且仅当[^。，；！？\n]{0,20}?时\s*(?:才\s*)?(?:为|等于)\s*(?:0|零)|(?:0|cero)\s+si\s+y\s+s[oó]lo\s+si|(?:0|zero|null[ao])\s+se\s+e\s+solo\s+se|(?:为|等于)\s*(?:0|零)\s*当且仅当|"
        r"같을\s*때(?:에)?만\s*0|(?:0|zero)\s+se\s+e\s+somente\s+se|(?:0|z[ée]ro|nulle?)\s+si\s+et\s+seulement\s+si|"
        r"(?:0|null)\s+genau\s+dann,?\s+wenn|(?:0|нул\w+)\s+тогда\s+и\s+только\s+тогда",
        False,
    ),
    (
        "max_uniform",
        r"m[aá]xim[ao]\s+(?:para|con|cuando|per|quando)\s+(?:la\s+|una\s+|a\s+|uma\s+)?(?:distribuci[oó]n|distribuzione|distribui[çc][ãa]o)\s+"
        r"(?:de\s+probabilidad(?:es)?\s+|di\s+probabilit[àa]\s+|de\s+probabilidade\s+)?"
        r"(?:es\s+|è\s+|[ée]\s+)?uniforme|均匀分布时(?:取得?|达到)?最大|균등\s*분포(?:일\s*때|에서)\s*(?:최대|가장\s*크)|"
        r"maximale\s+(?:pour|quand|lorsque)\s+(?:la\s+|une\s+)?(?:distribution|loi)\s+(?:est\s+)?uniforme|"
        r"maximal\s+(?:bei|f[üu]r)\s+(?:der\s+|die\s+|eine[rn]?\s+)?Gleichverteilung|"
        r"максимальн\w*\s+(?:для|при)\s+равномерно\w*\s+распределени\w*|一様分布(?:のとき|の場合|で)(?:に)?最大",
        False,
    ),
)
#: The JSD as the average of KL "with the arguments swapped", (KL(P||Q) + KL(Q||P)) / 2: not the JSD, whose two
#: KL divergences are to the mixture. Only an explicit swap is read ("the average of the two KL divergences" may
#: mean the right ones).
_SWAPPED_AVERAGE = (
    "jsd_average",
    r"(?:promedio|media|m[ée]dia|moyenne|Mittelwert|Durchschnitt)\s+(?:de|da|das|des|der|di|della|delle)\s+"
    r"(?:la\s+|las\s+|los\s+|les\s+|deux\s+|dos\s+|duas\s+|due\s+|beiden\s+)?(?:divergen\w+|KL)[^.;:!?\n]{0,60}?"
    r"(?:intercambi\w+|invert\w+|invers\w+|[ée]chang\w+|vertausch\w+|permut\w+|scambi\w+|troca\w*)",
    False,
)
_PREDICATES = (*_PREDICATES, _SWAPPED_AVERAGE)
#: Each predicate: the property it says, its pattern, and whether it denies the property.
PREDICATE = [(kind, lazy(pattern, re.IGNORECASE), negated) for kind, pattern, negated in _PREDICATES]
#: Words (folded), one of which is in every predicate: symmetric, a metric, never negative, zero exactly when,
#: largest for the uniform distribution, an average (see :mod:`~kldocs.checker.screens`).
PREDICATE_ANCHORS = (
    *("simétric", "simetric", "simmetric", "symétri", "symetri", "symmetrisch", "симметричн", "对称", "대칭", "対称"),
    *("metri", "métri", "distanc", "distanz", "distân", "метрик", "расстоян", "거리", "메트릭", "距離", "計量", "度量"),
    *(
        "距离",
        "gativ",
        "gatif",
        "positive",
        "igual",
        "uguale",
        "égal",
        "egal",
        "gleich",
        "отрицательн",
        "大于",
        "≥",
        "负",
        "負",
    ),
    *("이상", "음수", "음이", "以上", "solo", "sólo", "somente", "seulement", "genau", "тогда", "当且仅当", "같을"),
    # the entropy zero for a certain outcome: its zero after "is" in another language, or the certain outcome in CJK
    *("cero", "nul", "zéro", "cuando", "quando", "quand", "lorsque", "wenn"),
    *("确定", "必然", "확실", "確実"),
    *("三角", "삼각", "dreieck", "triangular", "triangulaire", "треугольник", "gleichverteilung", "равномерн", "一様"),
    *(
        "有界",
        "无界",
        "上界",
        "uniforme",
        "均匀分布",
        "균등",
        "promedio",
        "media",
        "média",
        "moyenne",
        "mittelwert",
        "durchschnitt",
    ),
)
