"""The measure a definition's label names, right before its formula: "相对熵定义：", "The cross-entropy is".

A formula that defines the cross-entropy under the label "relative entropy"
(or the KL divergence under "cross-entropy") is a mix-up of the two
measures, even when the formula itself is right.

>>> label_before("相对熵定义： $$")
'kl'
>>> label_before("The cross-entropy is defined as"), label_before("Relative entropy definition: ")
('cross_entropy', 'kl')
>>> label_before("We define"), label_before("KL divergence of the loss")
(None, None)
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

#: Names of the two measures most often mixed up, in the languages the checker reads.
_NAMES = {
    "kl": (
        r"relative\s+entropy|KL[\s-]*divergence|Kullback[\s-]*Leibler(?:\s+divergence)?|相对熵|相對熵|KL\s*散度|"
        r"상대\s*엔트로피|KL\s*발산|相対エントロピー|KL\s*ダイバージェンス|entropie\s+relative|entrop[íi]a\s+relativa|"
        r"relative\s+Entropie|относительная\s+энтропия"
    ),
    "cross_entropy": (
        r"cross[\s-]*entropy|交叉熵|交差エントロピー|クロスエントロピー|교차\s*엔트로피|크로스\s*엔트로피|"
        r"entropie\s+crois[ée]e|entrop[íi]a\s+(?:cruzada|incrociata)|Kreuzentropie|кросс-энтропия|перекр[её]стная\s+энтропия"
    ),
}
#: What may stand between the label and its formula: "is (defined as)", "定义", a colon, the maths' opening.
_TO_FORMULA = (
    r"(?:\s+(?:is\s+(?:defined\s+as|given\s+by)|is|:=|definition|formula|est\s+d[ée]finie\s+par|se\s+define\s+como)"
    r"|\s*(?:的)?(?:定义|定義|の定義|정의))?"
    r"\s*[:：]?\s*(?:\$\$?|\\\[|\\\(|\\begin\{(?:equation|align)\*?\})?\s*$"
)
_LABELS = [(measure, lazy(f"(?:{names}){_TO_FORMULA}", re.IGNORECASE)) for measure, names in _NAMES.items()]


def label_before(before: str) -> str | None:
    """The measure named right before a formula (``before``: the text up to it), or None."""
    tail = before[-120:]
    for measure, label in _LABELS:
        if label.search(tail):
            return measure
    return None
