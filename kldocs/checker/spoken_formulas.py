"""Formulas written out in words, as screen readers speak them, put back into symbols.

Web pages copied as text often keep the spoken form of their maths ("h left-parenthesis upper X
right-parenthesis equals one-half ln left-parenthesis 2 pi e sigma squared right-parenthesis",
"StartFraction sigma Subscript 2 Baseline Over sigma Subscript 1 Baseline EndFraction"). A line with
such words is written back in LaTeX, word by word, so that the closed-form checks can read it.

>>> symbolic("h left-parenthesis upper X right-parenthesis equals one-half ln left-parenthesis 2 pi e "
...          "sigma squared right-parenthesis")
'h ( X ) = (1/2) \\\\ln ( 2 \\\\pi e \\\\sigma^2 )'
>>> symbolic("upper D Subscript upper K upper L Baseline left-parenthesis p parallel-to q right-parenthesis equals 0")
'D_{ KL} ( p \\\\| q ) = 0'
>>> symbolic("the entropy equals 2") is None
True
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

#: Words only spoken maths uses; a line needs one of them.
SPOKEN = lazy(r"left-parenthesis|StartFraction|Subscript|Superscript|StartRoot")
_WORD = lazy(r"upper\s+(?P<capital>[A-Z])\b|(?P<word>[^\s]+)")
_WORDS = {
    "left-parenthesis": "(",
    "right-parenthesis": ")",
    "left-bracket": "[",
    "right-bracket": "]",
    "left-brace": "{",
    "right-brace": "}",
    "equals": "=",
    "parallel-to": "\\|",
    "comma": ",",
    "plus": "+",
    "minus": "-",
    "times": "*",
    "one-half": "(1/2)",
    "squared": "^2",
    "cubed": "^3",
    "StartFraction": "\\frac{",
    "Over": "}{",
    "EndFraction": "}",
    "StartRoot": "\\sqrt{",
    "EndRoot": "}",
    "ln": "\\ln",
    "log": "\\log",
    "pi": "\\pi",
    "sigma": "\\sigma",
    "mu": "\\mu",
    "lambda": "\\lambda",
}
#: Most characters of a line read.
MAX_LINE = 1000


def symbolic(line: str) -> str | None:
    """The line with its spoken maths in symbols; None when it has none (or is too long to be one formula)."""
    if len(line) > MAX_LINE or not SPOKEN.search(line) or "equals" not in line:
        return None
    written: list[str] = []
    script = False  # inside a subscript or a superscript, which "Baseline" closes
    for match in _WORD.finditer(line):
        word = match.group("word")
        if word is None:
            capital = match.group("capital")
            joined = bool(written) and written[-1].isalpha() and written[-1].isupper()
            written[-1:] = [written[-1] + capital] if joined else [*written[-1:], capital]  # K L: KL
        elif word in ("Subscript", "Superscript"):
            written.append(("}" if script else "") + ("_{" if word == "Subscript" else "^{"))
            script = True
        elif word == "Baseline":
            written.append("}" if script else "")
            script = False
        else:
            written.append(_WORDS.get(word, word))
    return re.sub(r" (?=[_^}])", "", " ".join(part for part in written if part)) + ("}" if script else "")
