r"""An entropy written out with the symbols of probabilities given line by line: ``H(X) = P(0)·log2(1/P(0)) + ...``.

Course notes give a source's probabilities one to a line, often worked out (``P(0) = 1 - 4/20 = 0.8``, ``P(1) =
4/20 = 0.2``), and then its entropy expanded in those symbols rather than in numbers: ``H(X) = P(0)·log2(1/P(0)) +
P(1)·log2(1/P(1)) = 0.722``. The expansion, ending with a value of its own, names X's distribution: with each
``P(a)`` given the value the nearest line above gives it, the sum must be an entropy written out (each probability
weighed by its own logarithm, the probabilities summing to exactly 1;
:func:`~kldocs.checker.expanded_entropy.expanded_distribution`), and then X is bound to those probabilities from the
expansion's line on, so the value it ends with and those written later (``\boxed{H(X) = 0.722}``) are judged. A
probability whose working does not give its value (``P(1) = 4/20 = 0.3``), a symbol no line above gives (within
:data:`MAX_ABOVE` lines, and no heading between), an expansion with no value after it (the general formula,
perhaps), or any other shape binds nothing, and the claims stay unchecked.

>>> from kldocs.checker.reading import parse_text
>>> text = "P(0) = 1 - 4/20 = 0.8\n\nP(1) = 4/20 = 0.2\n\nH(X) = P(0)·log2(1/P(0)) + P(1)·log2(1/P(1)) = 0.722\n"
>>> [(b.name, [str(p) for p in b.distribution.probabilities]) for _, b in expansion_bindings(parse_text(text, "a.md"))]
[('X', ['4/5', '1/5'])]
"""

from __future__ import annotations

import re
from fractions import Fraction

from kldocs.checker.chains import statements
from kldocs.checker.documents import SourceText
from kldocs.checker.expanded_entropy import constant_value, expanded_distribution
from kldocs.checker.latex_numbers import ParseError, parse
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.scope import Binding
from kldocs.checker.tokens import TooComplexError, tokenize
from kldocs.errors import EvaluationError, InputError
from kldocs.inputs import parse_distribution

#: ``H(X) =`` opening an expansion on its line: what follows it, to the line's end, holds ``P(`` symbols.
_ENTROPY = lazy(
    r"(?<![A-Za-z\\_])H\s*\(\s*(?P<variable>[A-Z](?:_[0-9])?)\s*\)\s*=[^\n]{0,600}?(?<![A-Za-z\\_])[Pp]\s*\("
)
#: A probability's symbol: ``P(0)``, ``p(A)``, ``P(x_1)``.
_SYMBOL = lazy(r"(?<![A-Za-z\\_])(?P<name>[Pp])\s*\(\s*(?P<label>[A-Za-z0-9]{1,3}(?:_\{?[0-9]{1,2}\}?)?)\s*\)")
#: A probability given on a line: its symbol then ``=`` (the working and the value follow).
_GIVEN = lazy(_SYMBOL.pattern + r"\s*=")
#: The value an expansion ends with (a number, maybe a unit, and nothing that gives a symbol another value).
_VALUE = lazy(r"\s*-?[0-9]*\.?[0-9]+(?![0-9./]|\s*[-+*/×·^(])(?!.*(?<![A-Za-z\\_])[Pp]\s*\()")
#: The relations an expansion's value may follow.
_RELATIONS = ("=", "≈", "\\approx")
#: A line that starts another section: what is given above it is another example's.
_HEADING = lazy(r"\s*(?:#|\\(?:sub)*section\b|\\paragraph\b)")
#: What ends a probability's working: the end of its math, a comma or semicolon followed by a space, a word (``P(0)
#: = 0.6 y P(1) = 0.4``; not another probability's symbol), the line's end.
_WORKING_END = lazy(r"\$|[,;](?:\s|$)|[，；、]|\\\\|\n|\s(?![Pp]\s*\()(?=[^\W\d_])")
#: What stands right before a symbol that is a step of a working, not a probability given: ``1 - P(A) = 0.1``.
_IN_WORKING = lazy(r"[-+*/=·×(]\s*$")
#: What may open a line before a probability given: nothing, or a list's bullet.
_BULLETS = frozenset({"", "-", "*", "+", "•"})
#: The value a working ends with: a number or a fraction that no operator or digit goes on from.
_FINAL = lazy(
    r"\s*(?P<value>\\[dt]?frac\{[0-9]+\}\{[0-9]+\}|[0-9]*\.?[0-9]+(?:\s*/\s*[0-9]+)?)(?!\.?[0-9]|\s*[-+*/×·^(])"
)
#: Most expansions read in a document, and most characters of one.
MAX_EXPANSIONS = 200
MAX_EXPANSION = 600
#: Most lines above an expansion looked at for its probabilities.
MAX_ABOVE = 80


def expansion_bindings(document: SourceText) -> list[tuple[int, Binding]]:
    """The variables that entropies expanded in the symbols of probabilities given above them name, each with the
    offset of its expansion."""
    text = document.text
    if "H" not in text or "log" not in text:
        return []
    found: list[tuple[int, Binding]] = []
    for count, match in enumerate(_ENTROPY.finditer(text)):
        if count >= MAX_EXPANSIONS:
            break
        binding = _binding(document, match)
        if binding is not None:
            found.append((match.start(), binding))
    return found


def _binding(document: SourceText, match: re.Match[str]) -> Binding | None:
    """X's distribution from ``H(X) = <expansion in P(a)>``, when every symbol has a value above and the sum is an
    entropy written out; else None."""
    text = document.text
    line_end = text.find("\n", match.start())
    line_end = len(text) if line_end < 0 else line_end
    if line_end - match.start() > MAX_EXPANSION:
        return None
    body = text[match.start() : line_end]
    last = max((body.rfind(relation), relation) for relation in _RELATIONS)
    if last[0] < 0 or not _VALUE.match(body, last[0] + len(last[1])):
        return None  # a formula with no value of its own may be the general one, not this example's
    expansion = body[: last[0]]
    symbols = list(_SYMBOL.finditer(expansion))
    names = {symbol.group("name") for symbol in symbols}
    if len(names) != 1:
        return None
    name = names.pop()
    labels = list(dict.fromkeys(_label(symbol) for symbol in symbols))
    values = {label: given_probability(text, match.start(), name, label) for label in labels}
    if any(value is None for value in values.values()):
        return None
    # Each symbol bracketed as its value: ``P(0)·log2(1/P(0))`` becomes ``(4/5)·log2(1/(4/5))``.
    substituted = _SYMBOL.sub(lambda symbol: f"({values[_label(symbol)]})", body)
    try:
        steps = statements(tokenize(substituted), substituted)
    except (ParseError, TooComplexError):
        return None
    read = next((found for step in steps if (found := expanded_distribution(step)) is not None), None)
    if read is None or read[0] != match.group("variable"):
        return None
    if list(read[1]) != [values[label] for label in labels]:
        return None  # a symbol written twice in one term, or terms in another shape
    line = document.line(match.start())
    shown = ", ".join(f"P({label}) = {values[label]}" for label in labels)
    try:
        distribution = parse_distribution(list(read[1]), name=read[0])
    except InputError:
        return None
    text = f"the probabilities its entropy's expansion on line {line} uses: {shown}"
    return Binding(read[0], distribution, line, text)


def _label(symbol: re.Match[str]) -> str:
    return re.sub(r"[{}\s]", "", symbol.group("label"))


def given_probability(text: str, before: int, name: str, label: str, *, deep: bool = True) -> Fraction | None:
    """The value the nearest line above ``before`` (at most :data:`MAX_ABOVE` lines up) gives ``name(label)`` (``P(0)
    = 1 - 4/20 = 0.8``), or None when no line gives it one (or a heading comes first), or its working does not give
    the value it ends with. A working may use the probabilities given above it (``P(1) = 1 - P(0) = 0.2``;
    ``deep``: whether to look them up).

    >>> given_probability("P(a) = 3/4 = 0.75\\nP(a) = 1/4\\nH", 29, "P", "a")
    Fraction(1, 4)
    >>> given_probability("P(a) = 0.9\\nP(b) = 1 - P(a) = 0.1\\nH", 33, "P", "b")
    Fraction(1, 10)
    >>> given_probability("P(a) = 1 - 4/20 = 0.7\\nH", 22, "P", "a") is None
    True
    """
    start = before
    for _ in range(MAX_ABOVE):
        if start <= 0:
            break
        line_start = text.rfind("\n", 0, start - 1) + 1
        line = text[line_start:start]
        if _HEADING.match(line):
            return None
        if "=" in line and "(" in line:
            for given in reversed(list(_GIVEN.finditer(line))):
                before_symbol = line[: given.start()]
                if before_symbol.strip() not in _BULLETS and _IN_WORKING.search(before_symbol):
                    continue
                if given.group("name") == name and _label(given) == label:
                    return _worked_value(text, line_start, line[given.end() :], name, deep)
        start = line_start
    return None


def _worked_value(text: str, line_start: int, working: str, name: str, deep: bool) -> Fraction | None:
    """The value a probability's working (from after its ``=``) ends with, when each of its steps gives that value;
    the probabilities a step uses are those given above ``line_start`` (when ``deep``)."""
    end = _WORKING_END.search(working)
    *steps, last = working[: len(working) if end is None else end.start()].split("=")
    final = _FINAL.match(last)
    value = None if final is None else _number(final.group("value"))
    if value is None or not 0 <= value <= 1:
        return None
    for step in steps:
        if _SYMBOL.search(step):
            if not deep:
                return None
            step = _with_values(text, line_start, step, name)
        if _number(step) != value:
            return None
    return value


def _with_values(text: str, line_start: int, step: str, name: str) -> str:
    """A step of a working with each probability it uses given its value from the lines above ``line_start``
    (``1 - P(0)`` becomes ``1 - (4/5)``); a symbol with no value, or of another name, is left as it is, which no
    number then reads."""
    used = {
        symbol.group(): given_probability(text, line_start, name, _label(symbol), deep=False)
        for symbol in _SYMBOL.finditer(step)
        if symbol.group("name") == name
    }
    return _SYMBOL.sub(
        lambda symbol: symbol.group() if used.get(symbol.group()) is None else f"({used[symbol.group()]})", step
    )


def _number(text: str) -> Fraction | None:
    """The exact value of plain arithmetic on numbers (``1 - 4/20``), else None."""
    text = text.strip().rstrip(".")
    if not text or len(text) > 80:
        return None
    try:
        return constant_value(parse(tokenize(text, 60)))
    except (ParseError, TooComplexError, EvaluationError):
        return None
