r"""One side of an equation read as measures of ``p`` and ``q``: ``\sum_x p(x) \log \frac{1}{q(x)} - H(p)``.

A side is cut into terms at its signs outside brackets. A term is a measure written as its symbol
(``D_{KL}(p \| q)``, ``H(p, q)``), a symbol the document defined for one (``H_q(U)``), or a sum, integral or
expectation over ``p`` or ``q`` whose logarithms are each read as
:func:`~kldocs.checker.formula_shapes.sign_of_definition` reads a definition's sum. Anything else in a term (a
joint ``p(x,y)``, a factor, an exponent, another letter) leaves the side unread. An expectation that names no
distribution (``\mathbb{E}[\log p(x) - \log q(x)]``) is read both ways, over ``p`` and over ``q``.

>>> side_readings(r"\mathbb{E}[\log p(x) - \log q(x)]", {})
({'H(P)': -1, 'H(P,Q)': 1}, {'H(Q,P)': -1, 'H(Q)': 1})
>>> reading_text({"H(P,Q)": 1, "H(P)": -1})
'H(P,Q) - H(P)'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from kldocs.checker.definition_notation import plain_notation
from kldocs.checker.formula_shapes import sign_of_definition
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import TooComplexError, tokenize

#: A side's reading: each measure's text (``H(P,Q)``) with its coefficient.
Reading = dict[str, int]


def side_readings(text: str, names: dict[str, str | None]) -> tuple[Reading, ...]:
    """The readings of one side (``names``: the document's own symbols and what they stand for); none when it is
    not read, two when an expectation does not say over which distribution it is taken."""
    text = plain_notation(text)
    weights = ("p", "q") if _BARE_EXPECTATION.search(text) else (None,)
    readings = [_reading(text, names, weight) for weight in weights]
    read = [reading for reading in readings if reading is not None]
    if len(read) != len(readings) or len({reading_text(reading) for reading in read}) != len(read):
        return ()
    return tuple(read)


def symbols_only(text: str) -> bool:
    """True when every term of a side is a measure written as its usual symbol (``H(p,q) - H(p)``)."""
    return all(_measure(term) is not None for _, term in _terms(text))


def compact_name(text: str) -> str:
    """A symbol as written, without spaces or braces: ``H_{pq}(X)`` is ``H_pq(X)``."""
    return _COMPACT.sub("", text)


def _reading(text: str, names: dict[str, str | None], bare: str | None = None) -> Reading | None:
    r"""A side as measures of P and Q with their coefficients (``bare``: the weight of an expectation that names
    none).

    >>> _reading(r"\mathbb{E}_p[\log \frac{1}{p(u)} - \log \frac{1}{q(u)}]", {})
    {'H(P)': 1, 'H(P,Q)': -1}
    >>> _reading(r"-\sum_x p(x)\log_2 p(x)+\sum_x p(x)\log_2 q(x)", {})
    {'H(P)': 1, 'H(P,Q)': -1}
    >>> _reading(r"H_q(U) - H(U)", {"H_q(U)": "H(P,Q)", "H(U)": "H(P)"})
    {'H(P,Q)': 1, 'H(P)': -1}
    >>> _reading(r"-\int p(x) \ln q(x) dx - (-\int p(x) \ln p(x) dx)", {})
    {'H(P,Q)': 1, 'H(P)': -1}
    >>> _reading(r"\sum_{x,y} p(x,y) \log p(x,y)", {}) is None
    True
    """
    reading: Reading = {}
    for sign, term in _terms(text):
        named = names.get(compact_name(term))
        read = {named: 1} if named is not None else _measure(term)
        if read is None:
            read = _sum(term, bare)
        if read is None and _unwrapped(term) != term:  # a bracket around terms: -(-\int p \ln p \, dx)
            read = _reading(_unwrapped(term), names, bare)
        if read is None:
            return None
        for measure, coefficient in read.items():
            reading[measure] = reading.get(measure, 0) + sign * coefficient
    return {measure: coefficient for measure, coefficient in reading.items() if coefficient}


def _terms(text: str) -> Iterator[tuple[int, str]]:
    """The terms of a side with their signs, cut at ``+`` and ``-`` outside brackets."""
    depth, begin, sign = 0, 0, 1
    for index, char in enumerate(text):
        depth += (char in "{([") - (char in "})]")
        if char in "+-" and depth == 0:
            term = text[begin:index].strip()
            if term:
                yield sign, term
                sign = 1
            sign *= 1 if char == "+" else -1
            begin = index + 1
    term = text[begin:].strip()
    if term:
        yield sign, term


@functools.lru_cache(maxsize=4096)
def _measure(term: str) -> Reading | None:
    """A measure of P and Q written as its symbol: ``D_{KL}(p \\| q)``, ``H(p,q)``, ``H(q)``."""
    try:
        tokens = tokenize(term)
    except TooComplexError:
        return None
    if len(tokens) != 1 or tokens[0].symbol is None:
        return None
    symbol = tokens[0].symbol
    args = tuple(name.upper() for name in symbol.args or ())
    if symbol.measure not in ("kl", "cross_entropy", "entropy") or not args or not set(args) <= {"P", "Q"}:
        return None
    if symbol.measure == "kl" and len(args) == 2 and args[0] != args[1]:
        return {f"D_KL({args[0]}||{args[1]})": 1}
    if symbol.measure == "cross_entropy" and len(args) == 2:
        return {f"H({args[0]})" if args[0] == args[1] else f"H({args[0]},{args[1]})": 1}
    return {f"H({args[0]})": 1} if symbol.measure == "entropy" and len(args) == 1 else None


def _sum(term: str, bare: str | None = None) -> Reading | None:
    r"""A sum or an expectation over one distribution, each logarithm in it read as a definition's sum.

    >>> _sum(r"\sum_{u=1}^{r} p(u) ( \log \frac{q(u)}{p(u)} )")
    {'D_KL(P||Q)': -1}
    >>> _sum(r"\sum_{i} p_i \log p_i"), _sum(r"\sum_i \log p_i")
    ({'H(P)': -1}, None)
    >>> _sum(r"\sum_xp(x) \log q(x)")
    {'H(P,Q)': -1}
    """
    term = _GLUED_INDEX.sub(r"\1 ", term)
    if len({match.group("variable") for match in _ARGUMENT.finditer(term)}) > 1:
        return None  # p(x) beside p(y): not one distribution's sum
    flat = _INVERSE.sub(r"\\frac{1}{\g<letter>}", _ARGUMENT.sub(r"\g<letter>", term))
    match = _SUM.fullmatch(flat) or _EXPECTATION.fullmatch(flat)
    if match is None:
        return None
    body = match.group("body")
    if match.groupdict().get("integral"):  # a density's integral, read as the sum: its differential goes
        body = _DIFFERENTIAL.sub("", body)
    weight = match.group("weight") if match.group("weight") in ("p", "q", "P", "Q") else bare
    if weight is not None and {weight.lower(), weight.upper()} <= set(_LETTERS.sub("", flat)):
        return None  # P beside p: two distributions, or one written two ways
    body = _unwrapped(body)
    if weight is None or _REST.fullmatch(body) is None:
        return None
    reading: Reading = {}
    for sign, piece in _terms(body):
        read = _piece(weight, piece)
        if read is None:
            return None
        measure, coefficient = read
        reading[measure] = reading.get(measure, 0) + sign * coefficient
    return {measure: coefficient for measure, coefficient in reading.items() if coefficient}


def _unwrapped(body: str) -> str:
    r"""A body without the one pair of brackets around all of it: ``[\log a - \log b]``."""
    body = body.strip()
    if body[:1] not in "([" or body[-1:] not in ")]":
        return body
    depth = 0
    for char in body[:-1]:
        depth += (char in "{([") - (char in "})]")
        if depth == 0:
            return body  # the first bracket closes before the end: (a) - (b)
    return body[1:-1]


@functools.lru_cache(maxsize=4096)
def _piece(weight: str, piece: str) -> tuple[str, int] | None:
    """One logarithm weighted by ``weight``, read as a definition's sum would be."""
    for name, measure, text in _TEMPLATES:
        shape = sign_of_definition(f"{name} = \\sum {weight} {piece}")
        if shape is not None and shape[0] == measure and shape[1] in (1, -1):
            return text, shape[1]
    return None


def reading_text(reading: Reading) -> str:
    """A reading as a formula the checker's tokenizer reads: ``H(P,Q) - H(P)``."""
    text = " ".join(
        f"{'-' if coefficient < 0 else '+'} {abs(coefficient) if abs(coefficient) != 1 else ''}{measure}"
        for measure, coefficient in reading.items()
    )
    return ("-" + text[2:] if text.startswith("- ") else text.removeprefix("+ ")) if text else "0"


_COMPACT = lazy(r"\s+|[{}]")
_EXPECTATION_SIGN = r"(?:\\mathbb\s*\{\s*E\s*\}|\\mathbb\s*E|(?<![A-Za-z\\])E)"
#: A sign's one-letter index that TeX reads apart from the letter after it: ``\sum_xp(x)`` is ``\sum_x p(x)``.
_GLUED_INDEX = lazy(r"(\\sum\s*_\s*[A-Za-z0-9])(?=[A-Za-z\\])")
#: ``p(x)``, ``q(u)``, ``p(x_i)``, ``p_i``, ``q_{i}``: a distribution's value at an outcome.
_ARGUMENT = lazy(
    r"(?<![A-Za-z\\])(?P<letter>[PpQq])(?:\s*\(\s*(?P<variable>[A-Za-z])(?:_\{?[a-z0-9]\}?)?\s*\)|_\{?[ijk]\}?(?![A-Za-z0-9]))"
)
#: ``p^{-1}``: one over the probability.
_INVERSE = lazy(r"(?P<letter>[PpQq])\s*\^\s*(?:\{\s*-\s*1\s*\}|-\s*1)")
#: The differential that ends an integral: ``dx``, ``\mathrm{d}x``.
_DIFFERENTIAL = lazy(r"\s*(?:\\(?:mathrm|text)\s*\{\s*d\s*\}|(?<![A-Za-z\\])d)\s*[A-Za-z]\s*$")
#: A sum over one distribution: its sign's limits, the weight and what is summed.
_SUM = lazy(
    r"\s*(?:\\sum|Σ|∑|(?P<integral>\\int|∫))(?:\s*_\s*(?:\{[^{}]{0,30}\}|[A-Za-z]))?(?:\s*\^\s*(?:\{[^{}]{0,10}\}|[a-zA-Z0-9]))?\s*"
    r"(?P<weight>[PpQq])\s*(?P<body>\S.*)",
    re.DOTALL,
)
#: An expectation: ``\mathbb{E}_p[...]``, ``E_{x \sim q}[...]``, or ``\mathbb{E}[...]`` over a distribution it does not
#: name (a random variable or nothing under it); typed, in round brackets around a logarithm: ``E(log P)``.
_EXPECTATION = lazy(
    rf"\s*{_EXPECTATION_SIGN}\s*(?:_\s*\{{?\s*(?:[A-Za-z]\s*\\sim\s*)?(?P<weight>[A-Za-z])\s*\}}?)?\s*"
    r"(?P<body>\[.*\]|\((?=\s*-?\s*\\?(?:log|ln)).*\))\s*",
    re.DOTALL,
)
#: Everything but the letters of the two distributions.
_LETTERS = lazy(r"\\[A-Za-z]+|[^PpQq]")
_BARE_EXPECTATION = lazy(
    rf"{_EXPECTATION_SIGN}\s*(?:_\s*\{{?\s*[A-OR-Za-or-z]\s*\}}?)?\s*(?:\[|\((?=\s*-?\s*\\?(?:log|ln)))"
)
#: What a sum's body may hold once its weight is read: logarithms of p and q, fractions of them, signs.
_REST = lazy(r"(?:\s|(?:\\log|log)(?:_?\{?(?:2|e|10|b)\}?)?|\\ln|ln|\\frac|[{}()\[\]+\-PpQq1/])*")
#: The measures a logarithm weighted by p or q is tried as, with their texts.
_TEMPLATES = (
    ("D(P\\|Q)", "kl", "D_KL(P||Q)"),
    ("D(Q\\|P)", "kl", "D_KL(Q||P)"),
    ("H(P,Q)", "cross_entropy", "H(P,Q)"),
    ("H(Q,P)", "cross_entropy", "H(Q,P)"),
    ("H(P)", "entropy", "H(P)"),
    ("H(Q)", "entropy", "H(Q)"),
)
