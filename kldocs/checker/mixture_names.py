r"""Names a document gives the mixture of two distributions: ``M = (P+Q)/2``, ``N = \frac{1}{2}(P + Q)``, code's
``a = 0.5 * (p + q)``, "let A be the mixture of P and Q".

The JS divergence's midpoint is often given a name of its own, and claims about it follow (``D(P||A) = 0.0116``).
Each such definition binds its name to the mixture of the two it names, worked out from the distributions in force
when a claim is judged (see :class:`~kldocs.checker.scope.Binding`'s ``mixture``). Only a plain half of a sum of two
names is read as the mixture; a name given other weights (``M = 0.3P + 0.7Q``, ``M = (P + 3Q)/4``) stands for no
distribution kldocs has, so claims about it stay unchecked, unless its values follow (``= (0.65, 0.35)``), which
:mod:`~kldocs.checker.distributions` reads.

>>> from kldocs.checker.reading import parse_text
>>> text = "Let $P = (0.2, 0.8)$, $Q = (0.6, 0.4)$ and $A = \\frac{1}{2}(P + Q)$.\n\n```python\nm = (p + q) / 2\n```\n"
>>> [(binding.name, binding.mixture) for _, binding in mixture_bindings(parse_text(text, "a.md"))]
[('A', ('P', 'Q')), ('m', ('p', 'q'))]
"""

from __future__ import annotations

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding
from kldocs.checker.weighted_sums import WEIGHTED_SUM

_SUM = r"(?P<a>[A-Za-z])\s*\+\s*(?P<b>[A-Za-z])"
_HALF = r"(?:\\[dt]?frac\s*\{?\s*1\s*\}?\s*\{?\s*2\s*\}?|1\s*/\s*2|0?\.5|½)"
#: A name set to half the sum of two names, as formulas and code write it.
_DEFINED = lazy(
    r"(?<![\w\\])(?P<name>[A-Za-z](?:_[0-9A-Za-z])?|avg|mid|mix)\s*(?::=|\\coloneqq|=)\s*"
    r"(?:" + _HALF + r"\s*(?:\*|\\cdot)?\s*(?:\\left)?\(\s*" + _SUM + r"\s*(?:\\right)?\)"
    r"|(?:\\left)?\(\s*" + _SUM.replace("<a>", "<c>").replace("<b>", "<d>") + r"\s*(?:\\right)?\)\s*"
    r"(?:/\s*2(?:\.0?)?|(?:\*|\\cdot)\s*0?\.5)"
    r"|\\[dt]?frac\s*\{\s*" + _SUM.replace("<a>", "<e>").replace("<b>", "<f>") + r"\s*\}\s*\{\s*2\s*\})"
    r"(?![\w(\[^_*/]|\s*[-+*/^(·]|\s*\\cdot)"
)
#: A name set to a weighted sum of two names: ``M = 0.3P + 0.7Q``, ``M = \pi_1 P + \pi_2 Q``, ``M = (P + 3Q)/4``.
_WEIGHTED = lazy(
    r"(?<![\w\\])(?P<name>[A-Za-z](?:_[0-9A-Za-z])?)\s*(?::=|\\coloneqq|=)\s*"
    rf"(?P<sum>{WEIGHTED_SUM})"
    r"(?![\w(\[^_*/]|\s*[-+*/^(·]|\s*\\cdot|\s*=\s*(?:\\left\s*)?[(\[])"
)
#: A name given in words to the mixture of two: "let M be the mixture of P and Q", "where A is the average of p
#: and q".
_WORDED = lazy(
    r"(?i:\b(?:let|where|with)\s+)(?P<name>[A-Z])\s+(?i:be|denote|is|the)\s+(?i:(?:the|their)\s+)?"
    r"(?i:(?:equal(?:ly)?[- ]weighted\s+|50/50\s+)?(?:mixture|average|midpoint|mean)(?:\s+distribution)?\s+of\s+)"
    r"(?P<a>[A-Za-z])\s+(?i:and)\s+(?P<b>[A-Za-z])(?![\w(])"
)
#: Most lines of each kind looked at: a document of arithmetic is not searched line by line past them.
_MOST_SUMS = 2_000
#: Most names bound: past them, a document of repeated definitions binds nothing more.
_MOST_NAMES = 200
#: Letters that name random variables, indices and counts, never a mixture here.
_NOT_NAMES = frozenset("XYZxyzijknt")
_WORDS = ("mixture", "average", "midpoint", "mean")


def mixture_bindings(document: SourceText) -> list[tuple[int, Binding]]:
    """Each name the document gives the mixture of two distributions, where it is given (see the module's text)."""
    found: list[tuple[int, Binding]] = []
    for start, line in _candidate_lines(document.text):
        formula = "=" in line and ("2" in line or ".5" in line or "½" in line)
        worded = any(word in line for word in _WORDS)
        matches = [*(_DEFINED.finditer(line) if formula else ()), *(_WORDED.finditer(line) if worded else ())]
        for weighted in _WEIGHTED.finditer(line) if formula or "+" in line else ():
            if weighted["name"] in _NOT_NAMES or _DEFINED.match(line, weighted.start()):
                continue  # (P+Q)/2 itself, or a random variable's letter
            offset = start + weighted.start()
            text = " ".join(weighted.group().split())
            problem = f"{text} gives weights other than a half each, and not its values, which kldocs does not work out"
            found.append((offset, Binding(weighted["name"], None, document.line(offset), text, problem=problem)))
        for match in matches:
            named = [match[group] for group in "abcdef" if group in match.re.groupindex and match[group]]
            first, second = named
            if first.lower() == second.lower() or match["name"] in named or match["name"] in _NOT_NAMES:
                continue  # (P+Q)/2 named P, or a random variable's or an index's letter
            offset = start + match.start()
            row = document.line(offset)
            text = f"{' '.join(match.group().split())} (line {row})"
            found.append((offset, Binding(match["name"], None, row, text, mixture=(first, second))))
            if len(found) >= _MOST_NAMES:
                return found
    return found


def _candidate_lines(text: str) -> list[tuple[int, str]]:
    """The lines that hold a ``+`` or a word for a mixture (found without a pattern), with where each starts; each
    cut to its first 400 characters."""
    starts: set[int] = set()
    for mark in ("+", *_WORDS):
        position, looked = text.find(mark), 0
        while position >= 0 and looked < _MOST_SUMS:
            looked += 1
            starts.add(text.rfind("\n", 0, position) + 1)
            line_end = text.find("\n", position)
            position = text.find(mark, line_end) if line_end >= 0 else -1
    lines = []
    for start in sorted(starts):
        end = text.find("\n", start)
        lines.append((start, text[start : end if end >= 0 else len(text)][:400]))
    return lines
