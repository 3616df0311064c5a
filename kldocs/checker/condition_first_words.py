"""Properties said with their condition first, in Chinese, Korean, Japanese and European word orders.

- a divergence of two identical distributions is zero ("两个相同分布的KL散度为零", "la divergence KL entre deux
  distributions identiques est nulle"): true of KL and of the JSD (``D(P||P) = 0``), false of the cross-entropy
  (``H(P,P) = H(P)``);
- the entropy of a one-point distribution is the smallest, zero ("退化分布时熵最小", "결정론적 분포에서 엔트로피는
  최소이다"): true; the largest: false.

:mod:`~kldocs.checker.worded_properties` reads these with the properties said with their condition first, leaving
out those asked, supposed or denied; English sentences are :mod:`~kldocs.checker.property_claims`' job.

>>> [measure for measure, kind, pattern in IDENTICAL_ZERO if pattern.search("两个相同分布的KL散度为零")]
['kl']
>>> [measure for measure, kind, pattern in IDENTICAL_ZERO if pattern.search("같은 두 분포의 교차 엔트로피는 0이다")]
['cross_entropy']
>>> [kind for measure, kind, pattern in ONE_POINT_FIRST if pattern.search("退化分布时熵最大")]
['max_certain']
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.screens import ignoring_case

#: Each measure's names, by language: ``(measure, Chinese, Korean, Japanese, European)``.
_NAMES = (
    (
        "kl",
        r"(?:KL|Kullback[-‐ ]Leibler)\s*(?:散度|距离)|相对熵",
        r"KL\s*발산|쿨백[-‐ ]?라이블러\s*발산|상대\s*엔트로피",
        r"KL\s*(?:ダイバージェンス|情報量)|カルバック[・･]?ライブラー(?:\s*ダイバージェンス|情報量)?|相対エントロピー",
        r"diverg(?:ence|encia|[êe]ncia|enza)\s+(?:de\s+|di\s+)?(?:KL|Kullback[-‐ ]Leibler)|"
        r"entrop(?:ie|[ií]a)\s+relativ[ea]|"
        r"(?:KL|Kullback[-‐ ]Leibler)[-‐ ]Divergenz|relative\s+Entropie|дивергенци\w+\s+(?:KL|КЛ|Кульбака\S*)",
    ),
    (
        "jsd",
        r"(?:JS|Jensen[-‐ ]Shannon)\s*散度|JSD",
        r"JSD|젠슨[-‐ ]?섀넌\s*발산",
        r"JS\s*ダイバージェンス|ジェンセン[・･]?シャノン\s*ダイバージェンス",
        r"diverg(?:ence|encia|[êe]ncia|enza)\s+(?:de\s+|di\s+)?(?:JS|Jensen[-‐ ]Shannon)|"
        r"(?:JS|Jensen[-‐ ]Shannon)[-‐ ]Divergenz|JSD",
    ),
    (
        "cross_entropy",
        r"交叉熵",
        r"(?:교차|크로스)\s*엔트로피",
        r"交差エントロピー",
        r"entropie\s+crois[ée]e|entrop[ií]a\s+cruzada|Kreuz[-‐]?entropie|entropia\s+(?:incrociata|cruzada)|"
        r"перекр[её]стн\w+\s+энтропи\w*",
    ),
)


def _pattern(chinese: str, korean: str, japanese: str, european: str) -> str:
    """The measure's zero for two identical distributions in each language's order of words."""
    return (
        r"(?:两个?|二)?(?:完全)?(?:相同|一样|相等|一致)的?(?:概率)?分布(?:之间)?的\s*(?:" + chinese + r")\s*"
        r"(?:(?:总是|恒)?(?:为|等于|是))\s*(?:0|零)(?![.\d])|"
        r"(?:두\s*)?(?:같은|동일한|똑같은)\s*(?:두\s*)?(?:확률\s*)?분포\s*(?:사이|간)?의\s*(?:" + korean + r")"
        r"(?:은|는|이|가)\s*"
        r"(?:항상\s*)?0(?![.\d])(?!\s*이?\s*아)|"
        r"(?:同じ|同一の?|等しい)(?:二つの|2つの)?分布(?:同士|間)?の\s*(?:" + japanese + r")\s*(?:は|が)\s*(?:常に\s*)?"
        r"(?:0|０|ゼロ)(?![.\d])(?!\s*では)|"
        r"(?<![^\W\d_])(?:" + european + r")\s+(?:(?:de|entre|zweier|von|zwischen|di|tra|двух|между)\s+)?"
        r"(?:deux|dos|duas|zwei|due|двумя)?\s*(?:(?:identisch|gleich)e[nr]?\s+)?(?:distributions|lois|distribuciones|distribui[çc][õo]es|Verteilungen|distribuzioni|одинаков\w+|"
        r"идентичн\w+)\s+(?:identiques|[ée]gales|id[ée]nticas|iguales|id[êe]nticas|iguais|identischen|gleichen|identiche|"
        r"uguali|распределени\w+)?\s*(?:est|es|[ée]|ist|è|равна|равно)\s+(?:toujours\s+|siempre\s+|sempre\s+|immer\s+|stets\s+)?"
        r"(?:nulle|z[ée]ro|cero|nula|null|zero|нулю|0)(?![^\W\d_]|[.,]\d)"
    )


#: ``(measure, "self_zero", pattern)`` for each measure.
IDENTICAL_ZERO: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (measure, "self_zero", lazy(_pattern(*names), re.IGNORECASE)) for measure, *names in _NAMES
)


def _one_point(chinese: str, korean: str, japanese: str) -> str:
    """The entropy said, after a one-point distribution, to be what each language's words say."""
    return (
        r"(?:(?:退化|单点|确定性|确定的)分布|当且仅当[^。！？\n]{0,16}?确定(?:性)?的?)(?:时|的时候|的情况下)[,，]?\s*(?:信息)?熵"
        r"(?:值)?\s*(?:" + chinese + r")|"
        r"(?:결정론적|결정적|퇴화(?:된)?|한\s*점에\s*몰린)\s*(?:확률\s*)?분포(?:에서|일\s*때|인\s*경우)(?:는|에)?[,，]?\s*"
        r"엔트로피(?:는|가)\s*(?:" + korean + r")|"
        r"(?:一点分布|退化分布|確定的な分布)(?:のとき|の場合|では)[、,，]?\s*エントロピー(?:は|が)\s*(?:"
        + japanese
        + r")"
    )


#: ``("entropy", kind, pattern)``: smallest (``zero_iff_certain``, true) and largest (``max_certain``, false).
ONE_POINT_FIRST: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "entropy",
        "zero_iff_certain",
        lazy(
            _one_point(
                r"(?:为|等于)\s*(?:0|零)(?![.\d])|最小|取最小值",
                r"최소|가장\s*작|0(?![.\d])(?!\s*이?\s*아)",
                r"最小|0(?![.\d])|ゼロ",
            )
        ),
    ),
    ("entropy", "max_certain", lazy(_one_point(r"最大|取最大值", r"최대|가장\s*크", r"最大"))),
)
#: Words (folded), one of which is in every match of :data:`IDENTICAL_ZERO` and :data:`ONE_POINT_FIRST`.
ANCHORS = ("分布", "분포", "distribu", "lois", "verteilungen", "распределени")
#: Words (folded), one of which is in every match of :data:`IDENTICAL_ZERO`: the distributions in the plural (English
#: prose says "distribution" often, and "two identical distributions" seldom).
IDENTICAL_ANCHORS = (
    "分布",
    "분포",
    *ignoring_case(
        *("distributions", "lois", "distribuciones", "distribuiç", "distribuic", "verteilungen", "distribuzioni"),
        *("одинаков", "идентичн"),
    ),
)
#: Words, one of which is in every match of :data:`ONE_POINT_FIRST`: the entropy's name in each language.
ONE_POINT_ANCHORS = ("熵", "엔트로피", "エントロピー")
