r"""The value prose right after code says the code gives, in the writer's words and language.

"This gives 0.0401 nats.", "The result is about 0.357", "위 코드를 실행하면 값은 약 0.357이 됩니다",
"结果约为 0.693", "結果は約0.357です", "Das Ergebnis ist etwa 0.357", "le résultat est d'environ 0.357",
"el resultado es aproximadamente 0.357", "результат примерно 0.357": the first line after the code, and in it the
first number after such words (a number with a point, not a share in percent).

>>> found = restated("The result is about 0.357 nats.", 0)
>>> found.group("number"), bool(found.group("about")), unit_of(found)
('0.357', True, 'nats')
>>> restated("결과는 약 1.5비트입니다.", 0).group("number"), restated("Try p = 0.25 next.", 0)
('1.5', None)
>>> restated("여기서 p의 값은 0.4입니다.", 0), restated("p 的值为 0.4", 0), restated("pの値は0.4です", 0)
(None, None, None)
>>> restated("概率值为 0.4", 0), restated("실행하면 값은 약 0.357이 됩니다", 0).group("number")
(None, '0.357')
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.print_parts import NUMBER

#: Most characters of the line after the code searched.
MAX_LINE = 300

#: A word of one character ("value") stands alone: after a space or a stop, not as the end of a word (``概率值``).
_ALONE = r"(?<![^\s,，。.:：;；、])"
#: Words that say what code gives (a value "of" something else, ``p의 값은``, ``p 的值``, ``pの値``, is not its result).
_WORDS = (
    r"(?:\b(?:(?:this|that|which|it|the\s+code|running\s+it)\s+(?:gives|returns|prints|yields|outputs|shows)\s+"
    r"(?:us\s+)?|we\s+get\s+|(?:the\s+)?(?:result|output|value|answer)\s+(?:is|was|will\s+be|comes\s+out\s+(?:to|at))\s+"
    r"|(?:Ergebnis|Wert|Ausgabe)\s+(?:ist|beträgt|lautet)\s+"
    r"|(?:résultat|valeur|sortie)\s+(?:est|vaut)\s+(?:de\s+)?|on\s+obtient\s+"
    r"|(?:resultado|valor|salida|saída)\s+(?:es|é)\s+(?:de\s+)?"
    r"|(?:результат|значение)\s+(?:равно\s+|равен\s+|составляет\s+)?)"
    r"|(?<![A-Za-z0-9_의]\s)(?:(?<![A-Za-z0-9_의])(?:결과값?|출력값?)|" + _ALONE + r"값)(?:은|는|이|가)?\s*"
    r"|(?<![A-Za-z0-9_的]\s)(?:(?<![A-Za-z0-9_的])(?:结果|输出)|" + _ALONE + r"值)(?:约|大约)?(?:为|是|等于)?\s*"
    r"|(?<![A-Za-z0-9_の]\s)(?:(?<![A-Za-z0-9_の])(?:結果|出力)|" + _ALONE + r"値)(?:は|が)\s*)"
)
_ABOUT = (
    r"(?P<about>(?:about|approximately|roughly|around|etwa|ungefähr|rund|d'environ|environ|aproximadamente"
    r"|alrededor\s+de|cerca\s+de|примерно|около)\s+|(?:~|≈|약|대략|大约|约|約|およそ|ca\.)\s*)?"
)
_UNIT = r"(?:\s*(?P<unit>nats?|bits?|비트|比特|ビット|бит)(?![A-Za-z]))?(?![0-9]|\s*%)"
_RESTATED = lazy(_WORDS + _ABOUT + NUMBER + _UNIT, re.IGNORECASE)
_UNITS = {"비트": "bits", "比特": "bits", "ビット": "bits", "бит": "bits"}


def restated(text: str, start: int) -> re.Match[str] | None:
    """The value the line of ``text`` that starts at ``start`` says code gives (groups ``number``, ``about``,
    ``unit``), or None."""
    end = text.find("\n", start)
    end = min(len(text) if end < 0 else end, start + MAX_LINE)
    return _RESTATED.search(text, start, end)


def unit_of(found: re.Match[str]) -> str | None:
    """The unit a restated value is written with, in English (``bits``, ``nats``), or None."""
    unit = found.group("unit")
    if unit is None:
        return None
    return _UNITS.get(unit, unit.lower() if unit.lower().endswith("s") else unit.lower() + "s")
