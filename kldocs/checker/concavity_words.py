r"""The mutual information's shape in each of its arguments, said in words: for a fixed channel p(y|x) it is a
concave function of the input distribution p(x), and for a fixed input a convex function of the channel.

"... a concave function of p(x)", "互信息是 p(x) 的上凸函数", "相互情報量は p(x) について凹関数" hold, and so do
"convex in p(y|x)", "是 p(y|x) 的下凸函数", "p(y|x) について凸関数"; each said of the other argument is false. An
English shape names its argument after it ("concave in p(x)"), a Chinese or Japanese one before it. Chinese
``凹``/``凸`` alone are not read (textbooks use them both ways round), nor Gallager's "convex ∩"/"convex ∪",
nor a strict shape ("strictly concave": not for a useless channel), nor a shape whose argument is neither the
input nor the channel.

>>> [(kind, negated) for _, _, kind, negated in shapes("I(X;Y) is concave in p(x) and convex in p(y|x).")]
[('concave_input', False), ('convex_channel', False)]
>>> [(kind, negated) for _, _, kind, negated in shapes("互信息是p(y|x)的上凸函数")]
[('convex_channel', True)]
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

#: A shape: English with what it is of after it, Chinese ``上凸`` (concave) and ``下凸`` (convex), Japanese ``凹関数``,
#: ``凸関数``, ``上に凸`` and ``下に凸``.
_SHAPE = lazy(
    r"(?<![A-Za-z])(?P<en>concave|convex)(?:\s+function)?\s+(?:of|in|with\s+respect\s+to|w\.r\.t\.?)(?![A-Za-z])"
    r"|(?P<zh>上凸|下凸)(?:函数|性)?|(?P<ja>上に凸|下に凸|凹関数|凸関数)"
)
#: Gallager's names, "convex ∩" (concave) and "convex ∪", and the cup and cap words: not read.
_GALLAGER = lazy(r"\s*(?:-\s*)?(?:∩|∪|\\cap|\\cup|cap|cup)(?![A-Za-z])", re.IGNORECASE)
#: The two arguments: the channel (its transition probabilities) and the input distribution.
_CHANNEL = r"p\s*\(\s*y\s*(?:\||\\mid|∣)\s*x\s*\)|transition|channel|信道|转移概率|通信路|遷移確率|条件付き確率"
_INPUT = r"p\s*\(\s*x\s*\)|input|输入|入力"
_ARGUMENT = lazy(rf"(?P<channel>{_CHANNEL})|(?P<input>{_INPUT})", re.IGNORECASE)
#: How far an argument is looked for: after an English shape, before a Chinese or Japanese one.
_AFTER = 40
_BEFORE = 40
#: What may stand between a Chinese or Japanese shape and its argument before it: ``p(x) 的``, ``p(x) について``.
_BETWEEN = lazy(
    r"(?:分布|概率|確率)?[\s$)}]*(?:的|について(?:は)?|に関して(?:は)?|に対して(?:は)?|而言|来说)?[\s、，,]*(?:是|为|は)?\s*"
    r"(?:一个|严格的?|狭義の)?\s*"
)
#: A strict shape, not read, and how far before the shape it is looked for.
_STRICT = lazy(r"strictly|strict|严格|狭義", re.IGNORECASE)
_STRICT_REACH = 12
#: Shapes that say the function is concave.
_CONCAVE = frozenset({"concave", "上凸", "上に凸", "凹関数"})


def shapes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, bool]]:
    """Each shape said in ``text[start:end]`` of the input or the channel: where its words start and end, the
    property (``concave_input`` or ``convex_channel``) and whether it says the opposite."""
    end = len(text) if end is None else end
    found: list[tuple[int, int, str, bool]] = []
    floor = start  # a Chinese or Japanese shape's argument stands after the shape said before it
    for match in _SHAPE.finditer(text, start, end):
        shape = match.group("en") or match.group("zh") or match.group("ja")
        if _STRICT.search(text, max(start, match.start() - _STRICT_REACH), match.start()):
            continue  # strictly concave in p(x): not for every channel (a useless one makes I(X;Y) = 0 for all)
        if match.group("en") is not None:
            if _GALLAGER.match(text, match.start("en") + len(shape)):
                continue
            argument = _ARGUMENT.search(text, match.end(), min(end, match.end() + _AFTER))
            if argument is None or text[match.end() : argument.start()].strip(" \t$(").lower() not in ("", "the"):
                continue
            span = match.start(), argument.end()
        else:
            arguments = list(_ARGUMENT.finditer(text, max(floor, match.start() - _BEFORE), match.start()))
            if not arguments:
                continue
            argument = arguments[-1]
            if not _BETWEEN.fullmatch(text, argument.end(), match.start()):
                continue
            span = argument.start(), match.end()
        floor = match.end()
        concave = (shape.lower() if match.group("en") else shape) in _CONCAVE
        if argument.group("channel") is not None:
            found.append((*span, "convex_channel", concave))
        else:
            found.append((*span, "concave_input", not concave))
    return found
