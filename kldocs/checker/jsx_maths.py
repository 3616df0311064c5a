r"""Maths in React components and MDX: ``<InlineMath math="..." />``, ``<BlockMath math={"..."} />``, ``{"$...$"}``.

A lesson written as a React component, or as MDX, gives its formulas to a KaTeX component as an attribute
(``<InlineMath math="P = (0.5, 0.5)" />``, ``<BlockMath math="D_{KL}(P \| Q) \approx 0.511" />``) or writes its text
as a string in braces (``<Latex>{"$D_{KL}(Q\\|P) = 0.368$ nats"}</Latex>``). Read as text, none of it is maths.
Each such element on one line is written as the formula it shows: in ``$...$``, or ``$$...$$`` for a component
whose name says it is displayed (``Block``, ``Display``); a string in braces as its text. An attribute in quotes is
written as it is (JSX undoes no escapes there); a string in braces is JavaScript's, its escapes undone when it
writes ``\\``; the text of a component named as a mistake (``<Myth>``, ``<CommonMisconception>``) is labelled
"Misconception:". Line breaks are kept, so every line number stays.

>>> print(with_jsx_maths('Let <InlineMath math="P = (0.5, 0.5)" /> and <BlockMath math={"H(P) = 1"} />.'))
Let $P = (0.5, 0.5)$ and $$H(P) = 1$$.
>>> print(with_jsx_maths('<Latex>{"$D_{KL}(Q\\\\|P) = 0.368$ nats"}</Latex>'))
<Latex>$D_{KL}(Q\|P) = 0.368$ nats</Latex>
>>> print(with_jsx_maths("const p = {a: 1};"))
const p = {a: 1};
"""

from __future__ import annotations

import re
from pathlib import Path

from kldocs.checker.code_fields import JS_STRING, unescaped
from kldocs.checker.lazy_patterns import lazy

#: The extensions of files whose JSX is read for its maths (MDX is Markdown with JSX).
SUFFIXES = frozenset({".jsx", ".tsx", ".js", ".ts", ".mdx"})
#: A component given a formula as an attribute: its name, and the formula in quotes or as a string in braces.
_MATH_ELEMENT = lazy(
    r"<(?P<tag>[A-Z][A-Za-z.]*)(?=[\s/>])[^<>\n]*?\s(?:math|tex|latex|formula|expression)\s*=\s*"
    r"(?:\"(?P<plain>[^\"\n]*)\"|\{\s*(?P<js>" + JS_STRING + r")\s*\})[^<>\n]*?/?>(?:[ \t]*</(?P=tag)>)?"
)
#: A string alone in braces, as JSX writes text: ``{"$H(P) = 1.5$ bits"}``.
_BRACED_STRING = lazy(r"\{\s*(?P<js>" + JS_STRING + r")\s*\}")
#: A component's opening tag: its name and its attributes (each tag is scanned once, to the next ``<``).
_OPENING_TAG = lazy(r"<(?P<name>[A-Z][A-Za-z.]*+)(?P<attributes>[^<>\n]*+)>")
#: A component's name that shows a mistake: ``<Myth>``, ``<CommonMisconception title="...">``.
_MISTAKE_NAME = lazy(r"Myth|Misconception|Mistake|Fallacy|Pitfall|Wrong|Incorrect|Untrue")
#: Attributes that mark a component false: ``correct={false}``, ``isCorrect="false"``, ``wrong`` (a quiz's wrong
#: choice), read outside quoted values.
_MARKED_FALSE = lazy(
    r"(?i)(?<![\w-])(?:(?:is_?)?(?:correct|true|valid|right)\s*=\s*(?:\{\s*false\s*\}|[\"']false[\"'])|"
    r"(?:wrong|incorrect|isWrong|isMyth|myth)(?:\s*=\s*\{\s*true\s*\})?(?![\w-]|\s*=))"
)
#: A quoted attribute value, left out when attributes are read for a mark.
_QUOTED = lazy(r"\"[^\"]*\"|'[^']*'")
#: A component's name that makes its formula a display.
_DISPLAY = lazy(r"Block|Display", re.IGNORECASE)


def reads_jsx(name: str) -> bool:
    """Whether a document of this name is read for the maths of its JSX."""
    return Path(name).suffix.lower() in SUFFIXES


def with_jsx_maths(text: str) -> str:
    """``text`` with each maths component and each string in braces written as what it shows (see the module's
    text)."""
    if "<" not in text and "{" not in text:
        return text
    if "math" in text or "tex" in text or "formula" in text or "expression" in text:
        text = _MATH_ELEMENT.sub(_formula, text)
    if "{" in text:
        text = _BRACED_STRING.sub(lambda found: unescaped(found["js"]), text)
    return _OPENING_TAG.sub(_labelled, text)


def _labelled(tag: re.Match[str]) -> str:
    """An opening tag, followed by "Misconception: " when its name or its attributes say it shows a mistake."""
    attributes = _QUOTED.sub(lambda quoted: '"false"' if quoted.group()[1:-1] == "false" else '""', tag["attributes"])
    mistake = _MISTAKE_NAME.search(tag["name"]) or _MARKED_FALSE.search(attributes)
    return tag.group() + "Misconception: " if mistake else tag.group()


def _formula(found: re.Match[str]) -> str:
    """A maths component written as its formula, in ``$`` or ``$$``."""
    body = found["plain"] if found["plain"] is not None else unescaped(found["js"])
    fence = "$$" if _DISPLAY.search(found["tag"]) else "$"
    return f"{fence}{body.strip()}{fence}"
