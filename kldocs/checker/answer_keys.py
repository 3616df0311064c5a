r"""A true/false answer key's mark after a statement: "KL divergence is symmetric.   FALSE", "（×）".

Answer keys of true/false quizzes write each statement and then its verdict, at the end of the line ("FALSE",
"False (its square root is)", "False: see Q1(b)", "（×）", "✗", "Falsch", "Faux", "거짓", "误") or on the line below
("Answer: False", "答案：错"). A statement the key marks false is not the document's claim: when it is indeed false,
the key is right. One the key marks true is the key's claim, and is judged as written.

>>> text = "1. KL divergence is symmetric: D(P||Q) = D(Q||P).      FALSE"
>>> key_mark(text, text.index("D(P"))
('FALSE', False)
>>> key_mark("(1) 相对熵满足三角不等式。（×）", 4), key_mark("(a) H(P) >= 0.  TRUE", 4)
(('（×）', False), ('TRUE', True))
>>> key_mark("It is false that KL is symmetric.", 17) is None, key_mark("KL is symmetric, which is false", 0) is None
(True, True)
>>> text = "(c) The JS divergence is a metric.\n    Answer: False, its square root is."
>>> key_mark(text, 4)
('Answer: False', False)
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

#: The words and signs a key writes for "false" and "true", in the languages the checker reads.
_FALSE_WORDS = (
    r"false|falsch|faux|fausse|falso|falsa|fałsz|yanlış|ложь|неверно|거짓|틀림|×|✗|✘|❌|误|錯|错|誤|偽|不对|不正确"
)
_TRUE_WORDS = (
    r"true|wahr|richtig|vrai|verdadero|verdadeiro|vero|prawda|doğru|верно|правда|참|맞음|✓|✔|☑|对|對|正|真|正确"
)
#: A mark at the end of a statement's line: after the sentence's end, a run of spaces or a bracket; in brackets
#: or not, maybe followed by a reason ("False (its square root is)", "False: see Q1(b)", "FALSE — ...").
_AT_END = lazy(
    r"(?:[.。!！;；]|\s{2,}+|\t|(?=[(（\[【]))[ \t]*+(?P<mark>[(（\[【][ \t]*+(?P<bracketed>"
    + _FALSE_WORDS
    + r"|"
    + _TRUE_WORDS
    + r"|[FT])[ \t]*[)）\]】]|(?P<bare>"
    + _FALSE_WORDS
    + r"|"
    + _TRUE_WORDS
    + r"))(?![^\W\d_])[ \t]*+(?:[.。!！]|[:：,，(（—–-][^\n]*)?[ \t]*+$",
    re.IGNORECASE,
)
#: The line below a statement that gives its answer: "Answer: False", "Réponse : faux", "答案：错", "정답: 거짓".
_BELOW = lazy(
    r"[ \t>*_-]*(?P<mark>(?:answer|ans\.?|key|solution|réponse|antwort|lösung|respuesta|resposta|risposta|ответ|"
    r"答案|答|解答|정답|답)[ \t*_]*[:：][ \t*_]*(?P<bare>" + _FALSE_WORDS + r"|" + _TRUE_WORDS + r"|[FT]))(?![^\W\d_])",
    re.IGNORECASE,
)
_TRUE = lazy(r"(?:" + _TRUE_WORDS + r"|T)$", re.IGNORECASE)


def key_mark(text: str, offset: int) -> tuple[str, bool] | None:
    """The mark an answer key gives the statement on the line of ``text[offset]`` (at its end, or as the answer on
    the line below), and whether it says true; or None when the line has no such mark."""
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    line_start = text.rfind("\n", 0, offset) + 1
    found = _AT_END.search(text, max(line_start, offset, end - 300), end)
    if found is not None:
        return found["mark"], _says_true(found["bracketed"] or found["bare"])
    below = _BELOW.match(text, end + 1, end + 200) if end < len(text) else None
    if below is None:
        return None
    return " ".join(below["mark"].split()), _says_true(below["bare"])


def _says_true(word: str) -> bool:
    """Whether a key's word or sign says true ("TRUE", "✓", "참")."""
    return _TRUE.match(word) is not None
