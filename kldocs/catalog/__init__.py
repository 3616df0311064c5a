"""Message catalogs: every word a reader sees, in English and Korean.

Templates and the command line look words up by key; the two languages
share every template. Each area keeps its messages in its own module
(``pages``, ``derivations``), each with an ``EN`` and a ``KO`` dictionary
holding the same keys.

>>> message("unit.nats", "en")
'nats'
>>> message("unit.nats", "ko")
'내트'
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

LANGUAGES = ("en", "ko")


@cache
def catalog(language: str) -> dict[str, str]:
    """Every message of one language, merged from the area modules."""
    from kldocs.catalog import check, derivations, exercises, families, lecture, notebook, pages

    if language not in LANGUAGES:
        raise KeyError(f"no catalog for language {language!r}")
    merged: dict[str, str] = {}
    for area in (pages, lecture, derivations, families, exercises, check, notebook):
        merged.update(getattr(area, language.upper()))
    return merged


def message(key: str, language: str = "en", **params: Any) -> str:
    """The message ``key`` in ``language``, with ``{name}`` fields filled from ``params``."""
    text = catalog(language)[key]
    return text.format(**params) if params else text


#: LaTeX in messages, as plain text for a terminal (longest names first, and \left before \le).
_PLAIN = (
    (r"\left", ""),
    (r"\right", ""),
    (r"\lambda", "λ"),
    (r"\Sigma", "Σ"),
    (r"\det", "det"),
    (r"\parallel", "||"),
    (r"\approx", "≈"),
    (r"\infty", "∞"),
    (r"\sigma", "σ"),
    (r"\tilde ", "~"),
    (r"\cdot", "·"),
    (r"\sum", "Σ"),
    (r"\log", "log"),
    (r"\min", "min"),
    (r"\mu", "μ"),
    (r"\ln", "ln"),
    (r"\le", "≤"),
    (r"\ge", "≥"),
    (r"\ne", "≠"),
    (r"\,", " "),
)
_MATH = re.compile(r"\$([^$]*)\$")
#: A letter or word in another font (``\mathbf{m}``, ``\mathcal{N}``, ``\mathrm{KL}``): the plain letters.
_FONT = re.compile(r"\\(?:mathbf|mathcal|mathrm|mathit|operatorname|boldsymbol)\{([^{}]*)\}")
#: ``\frac{a}{b}`` with at most one level of braces inside (``\lambda_{1}``), written ``a/b``.
_FRACTION = re.compile(r"\\frac\{((?:[^{}]|\{[^{}]*\})*)\}\{((?:[^{}]|\{[^{}]*\})*)\}")


def _grouped(part: str) -> str:
    """A numerator or denominator as it reads after a slash: bracketed when it has more than one term."""
    return f"({part})" if re.search(r"[-+ ]", part.strip()) else part


def plain_text(text: str) -> str:
    """A message with its ``$...$`` math as plain text, for a terminal.

    >>> plain_text(r"Apply $\\log x \\le x - 1$ to every term.")
    'Apply log x ≤ x − 1 to every term.'
    >>> plain_text(r"Put $x = a + u \\left(b - a\\right)$ and $y = \\frac{u}{\\lambda_{1}}$.")
    'Put x = a + u (b − a) and y = u/λ_1.'
    """

    def unmath(match: re.Match[str]) -> str:
        math = _FONT.sub(r"\1", match.group(1))
        math = _FRACTION.sub(lambda m: f"{_grouped(m.group(1))}/{_grouped(m.group(2))}", math)
        for latex, shown in _PLAIN:
            math = math.replace(latex, shown)
        return math.replace("{", "").replace("}", "").replace("-", "\u2212")

    return _MATH.sub(unmath, text)
