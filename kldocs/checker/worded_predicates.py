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
#: Can be infinite, or is not bounded: "peut être infinie", "kann unendlich werden", "可以为无穷大".
_INFINITE = (
    r"(?<![^\W\d_])(?:peut\s+(?:pas\s+)?(?:[êe]tre|devenir)\s+infinie?|n['’]est\s+pas\s+born[ée]e?|est\s+non\s+born[ée]e?|"
    r"kann\s+unendlich\s+(?:gro(?:ß|ss)\s+)?(?:sein|werden)|ist\s+(?:nicht\s+beschr[äa]nkt|unbeschr[äa]nkt)|"
    r"(?:puede|pode|pu[òo])\s+(?:ser|essere|tornar[-\s]se|volverse|diventare)\s+infinit[ao]|no\s+est[áa]\s+acotada|"
    r"n[ãa]o\s+[ée]\s+limitada|non\s+[èe]\s+limitata|может\s+(?:быть|стать)\s+бесконечн\w*|не\s+ограничен\w*)"
    r"(?![^\W\d_])|(?:可以|可能|会)(?:是|为|取|趋于|变为|变成)?\s*无穷(?:大)?|무한대가?\s*(?:될|일)\s*수\s*있|無限大に(?:なり(?:得る|うる)|なることがある)"
)
#: At most, or bounded above by: "est au plus égale à", "ist höchstens", "es como máximo", "不超过", "이하" comes after.
_AT_MOST = (
    r"(?:(?<![^\W\d_])(?:(?:est|ist|es|[ée]|[èe])\s+(?:toujours\s+|immer\s+|siempre\s+|sempre\s+)?(?:au\s+plus(?:\s+[ée]gale?\s+[àa])?|"
    r"inf[ée]rieure?\s+ou\s+[ée]gale?\s+[àa]|major[ée]e?\s+par|born[ée]e?\s+(?:sup[ée]rieurement\s+)?par|h[öo]chstens|"
    r"(?:nach\s+oben\s+)?beschr[äa]nkt\s+durch|kleiner\s+oder\s+gleich|como\s+m[áa]ximo|a\s+lo\s+sumo|menor\s+o\s+igual\s+"
    r"(?:que|a)|acotada\s+(?:superiormente\s+)?por|no\s+m[áa]ximo|menor\s+ou\s+igual\s+a|limitada\s+(?:superiormente\s+)?"
    r"por|al\s+(?:pi[ùu]|massimo)|minore\s+o\s+uguale\s+a)|ne\s+d[ée]passe\s+(?:jamais\s+)?|(?:no\s+)?(?:supera|excede)\s+"
    r"(?:nunca\s+)?|не\s+(?:превосходит|превышает|больше)|ограничен\w*\s+сверху\s+)\s*|"
    r"(?:最大|最多|至多|不超过|不会超过|小于等于|小于或等于)(?:为|是|等于)?\s*)"
)
#: Bounded, with no bound named ("bornée par 0,5", "bornée sur [0, 0.3]" name one, maybe too low): "est bornée".
_BOUNDED = (
    r"(?<![^\W\d_])(?:est|ist|es|est[áa]|[ée]|è)\s+(?:toujours\s+|immer\s+|siempre\s+|sempre\s+)?(?:born[ée]e?|"
    r"beschr[äa]nkt|acotada|limitad[ao]|limitat[ao])(?![^\W\d_])(?!\s*(?:par|durch|por|da|von|sup[ée]rieurement|"
    r"nach|superiormente|sur|auf|en|in|entre|dans|zwischen|tra|fra|между|на|[\[(\d$\\]))"
)
#: Always finite: "est toujours finie", "ist immer endlich", "总是有限的" (of KL: false).
_FINITE = (
    r"(?<![^\W\d_])(?:est\s+toujours\s+finie?|ist\s+(?:immer|stets)\s+endlich|es\s+siempre\s+finita|[ée]\s+sempre\s+finita|"
    r"è\s+sempre\s+finita|всегда\s+конечн\w*)(?![^\W\d_])|(?:总是|始终|永远)(?:是)?有限(?:的)?(?!制|个|次)|"
    # Korean says its denial or its doubt after: "항상 유한한 것은 아니다", "항상 유한하다는 것은 오해이다"
    r"항상\s*유한(?:하다|합니다|하며|함)(?![는고])"
)
#: The JSD's bound: one bit, log 2 or ln 2.
_ONE_BIT = (
    r"(?:1|un|ein|uno?|um)\s*(?:bit|Bit)|\\?log\s*_?\{?2\}?\s*\(?\s*2\s*\)?|\\?ln\s*\(?\s*2\s*\)?|1\s*比特|1\s*ビット"
)
#: The entropy's bound: the logarithm of the number of outcomes, ``log2 n``, ``\log |X|``.
_LOG_N = r"\\?log\s*(?:_?\{?2\}?|₂)?\s*\(?\s*(?:n|N|K|\|[A-Za-z]+\|)(?![A-Za-z0-9])\s*\)?"
#: "avec égalité pour la loi uniforme", "mit Gleichheit für die Gleichverteilung", "con igualdad para la uniforme".
_EQUALITY_UNIFORM = (
    r"(?<![^\W\d_])(?:(?:avec\s+)?[ée]galit[ée]|(?:mit\s+)?Gleichheit|(?:con\s+)?igualdad|(?:com\s+)?igualdade|"
    r"(?:con\s+)?uguaglianza)\s+(?:pour|si|quand|lorsque|f[üu]r|bei|wenn|para|cuando|quando|per|se)\s+"
    r"(?:la\s+|une\s+|die\s+|der\s+|eine[rn]?\s+|una\s+|a\s+|uma\s+)?(?:(?:loi|distribution|distribuci[oó]n|distribui[çc][ãa]o|"
    r"distribuzione)\s+(?:est\s+|es\s+|[ée]\s+|è\s+)?uniforme|Gleichverteilung)(?![^\W\d_])|均匀分布时取等号?"
)
#: After "smallest" or "largest": a distribution with all its probability on one outcome ("pour une distribution
#: dégénérée", "für eine Einpunktverteilung", "para una distribución degenerada").
_FOR_ONE_POINT = (
    r"\s+(?:pour|quand|lorsque|f[üu]r|bei|para|con|cuando|per|quando)\s+(?:une\s+|la\s+|eine[rn]?\s+|die\s+|der\s+|una\s+|"
    r"uma\s+|a\s+)?(?:(?:distribution|loi)\s+(?:d[ée]g[ée]n[ée]r[ée]e|d[ée]terministe|concentr[ée]e\s+en\s+un\s+(?:seul\s+)?"
    r"point)|Einpunktverteilung|(?:entartete|deterministische)[rn]?\s+Verteilung|(?:distribuci[oó]n|distribui[çc][ãa]o|"
    r"distribuzione)\s+(?:degenerad[ao]|degenere|determinista|concentrad[ao]\s+en\s+un\s+(?:solo\s+)?punto))(?![^\W\d_])"
)
#: Before "smallest" or "largest": such a distribution, in Korean, Chinese and Japanese ("한 점에 몰린 분포일 때").
_ONE_POINT_BEFORE = (
    r"(?:(?:(?:한|하나의)\s*(?:점|값|결과|사건)에\s*(?:확률(?:이|이\s*모두)?\s*)?(?:모두\s*)?(?:몰린|집중된|몰려\s*있는)|"
    r"(?:결정론적|결정적|퇴화(?:된)?))\s*(?:확률\s*)?분포(?:일\s*때|에서|인\s*경우)\s*|"
    r"(?:退化分布|单点分布|确定性分布)(?:时|的时候|的情况下)?\s*|(?:一点分布|退化分布|確定的な分布)(?:のとき|の場合|で)(?:に)?\s*)"
)
#: The entropy smallest (zero) for such a distribution: true; largest: false.
_ONE_POINT_SMALLEST = (
    r"(?<![^\W\d_])(?:minimale?|m[íi]nim[ao])"
    + _FOR_ONE_POINT
    + "|"
    + _ONE_POINT_BEFORE
    + r"(?:가장\s*작|최소|0\s*이|(?:取)?最小|(?:为|等于)\s*(?:0|零)(?![.\d]))"
)
_ONE_POINT_LARGEST = (
    r"(?<![^\W\d_])(?:maximale?|m[áa]xim[ao])"
    + _FOR_ONE_POINT
    + "|"
    + _ONE_POINT_BEFORE
    + r"(?:가장\s*크|최대|(?:取)?最大)"
)
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
        r"(?<![^\W\d_])(?:không|chẳng)\s+(?:hề\s+|phải\s+(?:là\s+)?|có\s+tính\s+)?đối\s+xứng|(?:bất|phi)\s+đối\s+xứng|"
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
        r"対称(?:である|です|だ|なので|なため|だから)(?!ろう|しょう)|대칭(?:적)?(?:이므로|이니까|이기\s*때문에|이라서)|"
        # German with the verb last, as a reason: "da KL symmetrisch ist"
        r"(?<![^\W\d_])symmetrisch\s+(?:ist|sind)(?![^\W\d_])|"
        # Vietnamese: "KL là đối xứng", not "KL đối xứng hóa" (symmetrised); bare only where KL is a clause's subject,
        # after a value's unit or "because" ("0.343 nats (KL đối xứng)", "vì KL đối xứng"), not a gloss of the JSD
        r"(?<![^\W\d_])(?:là|thì|có\s+tính)\s+đối\s+xứng(?!\s*hóa)|"
        r"(?:(?<=[0-9]\s\(KL\s)|(?<=bit\s\(KL\s)|(?<=bits\s\(KL\s)|(?<=nat\s\(KL\s)|(?<=nats\s\(KL\s)|(?<=vì\sKL\s)|(?<=do\sKL\s))"
        r"đối\s+xứng(?=\s*(?:[)）.,;!\n]|$|nên\s))",
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
        r"(?:항상\s*)?(?:0\s*이상|음수가\s*아[니닙닌]|음이\s*아닌|음수가?\s*(?:될|나올|일)\s*수\s*없)|"
        + _IS
        + r"(?:n[ãa]o[-\s]negativ[ao]|non[-\s]n[ée]gative|nicht[-\s]?negativ|positive|"
        r"maior\s+ou\s+igual\s+a\s+(?:0|zero)|"
        r"sup[ée]rieure?\s+ou\s+[ée]gale?\s+[àa]\s+(?:0|z[ée]ro)|gr[öo](?:ß|ss)er\s+oder\s+gleich\s+(?:0|null))|"
        r"(?:всегда\s+)?неотрицательн\w*|非負|負(?:に(?:は)?なら(?:ない|ず)|に(?:は)?なり(?:得|え)ない|になることはない)|0以上|"
        r"(?<![^\W\d_])(?:nicht[-\s]?negativ|non[-\s]n[ée]gati(?:f|ve)(?<!non-negative)(?<!non negative)|"
        r"positive\s+ou\s+nulle|n[ãa]o[-\s]negativ[ao])(?![^\W\d_])|"
        # never negative: "n'est jamais négative", "ist nie negativ", "nunca es negativa", "永远不会为负"
        r"(?<![^\W\d_])(?:n['’]est\s+jamais\s+n[ée]gative?|ist\s+nie(?:mals)?\s+negativ|(?:no\s+es\s+)?nunca\s+(?:es\s+)?"
        r"negativa|(?:n[ãa]o\s+[ée]\s+)?nunca\s+(?:[ée]\s+)?negativa|non\s+[èe]\s+mai\s+negativa|никогда\s+не\s+"
        r"(?:бывает\s+|является\s+)?отрицательн\w*)|(?:永远|从来|绝|决)?不(?:会|可能|能)?(?:为|是)负|"
        r"(?:절대\s*)?음수가\s*되지\s*않",
        True,
    ),
    (
        "negative",
        _COPULA + r"negativ[ao]|(?:puede|pu[oò])\s+(?:ser|essere)\s+negativ[ao]|(?:可以|可能|能|会)(?:是|为)?负|"
        r"음수가?\s*(?:될|나올|일)\s*수\s*있|pode\s+ser\s+negativ[ao]|peut\s+(?:pas\s+)?[êe]tre\s+n[ée]gative?|"
        r"kann\s+negativ\s+(?:sein|werden)|может\s+быть\s+отрицательн\w*|負になり(?:得る|うる)",
        False,
    ),
    (
        # the entropy zero for a certain outcome: "es cero cuando el resultado es seguro", "ist null, wenn ... sicher"
        "zero_iff_certain",
        r"(?:" + _COPULA + "|" + _IS + r")(?:genau\s+dann\s+|exactement\s+|justement\s+|exactamente\s+|exatamente\s+)?"
        # the zero, then the condition: "cero cuando", "nulle lorsque", "zero quando" (every match holds an anchor)
        r"(?:(?:cero|nul(?:le|la|l|a|o)?|z[ée]ro(?<!zero))\s*,?\s*(?:cuando|si|para|quand|lorsque|pour|wenn|bei|f[üu]r|"
        r"quando|se|per)|(?:zero|0)(?![0-9]|[.,][0-9])\s*,?\s*(?:cuando|quando|quand|lorsque|wenn))\s+"
        # no denial on the way ("wenn X fast sicher nicht konstant ist")
        r"(?:(?!(?<![^\W\d_])(?:nicht|kein\w*|pas|non|n[ãa]o|no|not)\s)[^.;!?\n]){0,50}?"
        r"(?<![^\W\d_])(?:(?:segur[oa]|ciert[oa]|determin[ií]stic[oa]|determinista|d[ée]terministe|certaine?|sicher|"
        r"gewiss|deterministisch|cert[oa]|konstant|constante?|costante|(?:auf|in)\s+einem\s+(?:einzigen\s+)?Punkt)"
        # the certainty word says the condition, not an adverb of another ("fast sicher gleichverteilt")
        r"(?![^\W\d_])(?=\s*(?:(?:ist|sind|wird|sitzt|liegt|est|es|[ée]|è)\s*)?(?:[.,;:!?)\n]|$|(?:et|y|e|und|and|ou|o|oder)\s))|"
        r"(?:probabilidad|probabilit[ée]|Wahrscheinlichkeit|probabilidade|probabilit[àa])\s+(?:de\s+)?1(?![^\W\d_]))|"
        r"(?:确定|必然)(?:事件|的?结果)?(?:时|的时候)[^。，\n]{0,6}?(?:为|等于|是)\s*(?:0|零)(?![.\d])|"
        r"확실(?:할|한)\s*(?:때|경우)(?:에)?\s*0(?![.\d])|確実(?:な|の)?(?:とき|場合)(?:は|に)?[、,]?\s*(?:0|ゼロ)(?![.\d])",
        False,
    ),
    (
        "bounded",
        r"(?:是\s*)?(?:无界|沒有上界|没有上界|无上界|不是有界)|항상\s*유한(?:한\s*(?:것|건)(?:은|이)?|하지(?:는|도|만)?)\s*(?:아니|않)|"
        + _INFINITE,
        True,
    ),
    ("bounded", _AT_MOST + r"(?:" + _ONE_BIT + r")(?![^\W\d_])|" + _BOUNDED + "|" + _FINITE, False),
    ("log_bound", _AT_MOST + r"(?:" + _LOG_N + r")", False),
    ("max_uniform", _EQUALITY_UNIFORM, False),
    ("zero_iff_certain", _ONE_POINT_SMALLEST, False),
    ("max_certain", _ONE_POINT_LARGEST, False),
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
        r"максимальн\w*\s+(?:для|при)\s+равномерно\w*\s+распределени\w*|一様分布(?:のとき|の場合|で)(?:に)?最大|"
        # all outcomes equally likely, then largest: "모든 사건의 확률이 같을 때 최대", "在所有结果等概率时最大"
        r"(?:모든\s*(?:사건|경우|결과|사상)(?:의|이|가|들의)?\s*)?확률(?:이|들이)?\s*(?:모두\s*)?(?:같을|동일할|균등할)\s*때(?:에)?\s*"
        r"(?:최대|가장\s*크)|(?:在)?(?:所有)?(?:结果|事件)?(?:等概率|概率(?:都)?(?:相等|相同))(?:分布)?(?:时|的时候)(?:取得?|达到)?最大|"
        # largest when the symbols are equiprobable: "è massima quando i simboli sono equiprobabili"
        r"(?:m[aá]xim[ao]|massim[ao]|maximale?|maximum)\s*,?\s+(?:cuando|quando|quand|lorsque|wenn|when)\s+"
        r"(?:todos\s+|todas\s+|tutti\s+|tous\s+|alle\s+|all\s+)?(?:los\s+|las\s+|i\s+|gli\s+|les\s+|die\s+|os\s+|the\s+)?"
        r"(?:s[íi]mbol[oi]s?|symboles|Symbole|symbols|eventos|eventi|[ée]v[ée]nements|Ereignisse|resultados|risultati|"
        r"r[ée]sultats|outcomes)\s+(?:(?:son|sono|sont|sind|s[ãa]o|are)\s+)?(?:[ée]quiprobab\w+|equiprov[áa]ve\w+|"
        r"gleich\s*wahrscheinlich|igualmente\s+probables|equally\s+likely)",
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
    "xứng",
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
    # can be infinite, or at most one bit or log n, with equality for the uniform; smallest for one outcome
    *("infini", "born", "unendlich", "beschr", "acotad", "limitad", "limitat", "ограничен", "бесконечн", "无穷"),
    *(
        "무한",
        "無限",
        "plus",
        "höchst",
        "hochst",
        "máximo",
        "maximo",
        "sumo",
        "massimo",
        "massima",
        "più",
        "piu",
        "major",
        "dépasse",
    ),
    *("depasse", "supera", "excede", "превосход", "превыша", "больше", "最大", "最多", "至多", "超过", "小于"),
    *("jamais", "nie", "nunca", "mai", "никогда", "不", "되지", "galit", "gleichheit", "igualdad", "uguaglianza"),
    *("minimal", "mínim", "minim", "maximal", "máxim", "maxim", "분포", "退化", "单点", "确定性", "一点", "確定的"),
    *("확률", "等概率", "概率", "fini", "endlich", "finita", "конечн", "有限", "유한"),
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
