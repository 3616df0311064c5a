r"""How a mixture of two distributions with weights is written: ``0.3P + 0.7Q``, ``\\pi_1 P + \\pi_2 Q``,
``(P + 3Q)/4``, ``\\frac{P + 3Q}{4}``; a half of each among them (``0.5P + 0.5Q``).

>>> import re
>>> [bool(re.fullmatch(WEIGHTED_SUM, text)) for text in ("0.3P + 0.7Q", "(P + 3Q)/4", "\\pi_1 P + \\pi_2 Q", "P + Q")]
[True, True, True, False]
"""

#: A weight: a number, a fraction, or a letter with an index (``w_1``, ``\\pi_2``).
_WEIGHT = (
    r"(?:[0-9]*\.?[0-9]+(?:\s*/\s*[0-9]+)?|\\[dt]?frac\s*\{[^{}]{1,12}\}\s*\{[^{}]{1,12}\}|\\?[a-zα-ω]+_\{?[0-9a-z]\}?)"
)
_TERM = _WEIGHT + r"\s*(?:\*|\\cdot|\\,|·)?\s*[A-Za-z](?![A-Za-z0-9_(])"
_COUNTED = r"[0-9]*\s*[A-Za-z]\s*\+\s*[0-9]*\s*[A-Za-z]"
#: A weighted sum of two names (a regular expression's text, without groups).
WEIGHTED_SUM = (
    _TERM + r"\s*\+\s*" + _TERM + r"|\(\s*" + _COUNTED + r"\s*\)\s*/\s*[0-9]+"
    r"|\\[dt]?frac\s*\{\s*" + _COUNTED + r"\s*\}\s*\{\s*[0-9]+\s*\}"
)
