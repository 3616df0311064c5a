r"""A bare measure letter at the head of a chain, read as the measure the chain's next member makes it, so that the
chain's links are judged: in ``H = -\sum_i p_i \log p_i = H(P,Q) + D(P\|Q)`` the ``H`` is ``H(P)``, and in
``I = H(x,y) - H(x) - H(y)`` the ``I`` is ``I(x;y)``, the only mutual information of the two variables named.

>>> from kldocs.checker.tokens import tokenize
>>> text = r"H = -\sum_i p_i \log p_i = H(P,Q) - D_{KL}(P\|Q)"
>>> named_lead(tokenize(text))[0].symbol
MeasureSymbol(measure='entropy', args=('P',))
>>> named_lead(tokenize(r"H = -\sum_i p_i \log q_i"))[0].kind
'ident'
>>> named_lead(tokenize(r"I = H(X) - H(X|Y)"))[0].symbol
MeasureSymbol(measure='mutual_information', args=('X', 'Y'))
>>> [named_lead(tokenize(text))[0].kind for text in (r"I = H(X) - H(Z|Y)", r"I = H(X) - H(Y)")]
['ident', 'ident']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import MeasureSymbol, Token

#: The letters that stand for the entropy when written alone.
_BARE = frozenset({"H", "S"})
#: The identifiers a sum ``-\sum_i p_i \log p_i`` may name: the distribution's values and their index.
_MEMBER_IDENT = lazy(r"(?P<letter>[pP])(?:_\{?[a-z0-9]\}?)?|[ijkxn]")
#: Tokens that may make up the member: the sum, its index's bounds, the logarithm and brackets.
_MEMBER_KINDS = frozenset({"op", "command", "sub", "lbrace", "rbrace", "open", "close", "log", "ident", "number"})
#: Most tokens of the defining member.
_MAX_MEMBER = 40


def named_lead(tokens: Sequence[Token]) -> Sequence[Token]:
    """``tokens`` with a bare ``H``, ``S`` or ``I`` at their head read as the measure its chain makes it."""
    if len(tokens) < 3 or tokens[0].kind != "ident" or tokens[1].detail != "=":
        return tokens
    if tokens[0].text == "I":
        return _mutual_lead(tokens)
    return _sum_lead(tokens)


#: Measures of random variables a bare ``I`` may be written as a combination of.
_ENTROPIES = frozenset({"entropy", "joint_entropy", "conditional_entropy"})
#: Tokens besides those measures that such a combination may hold.
_COMBINING = frozenset({"op", "number", "open", "close", "frac", "lbrace", "rbrace"})


def _mutual_lead(tokens: Sequence[Token]) -> Sequence[Token]:
    """A bare ``I`` whose next member combines entropies of exactly two variables, one of them joint or conditional
    on both, as their mutual information."""
    names: list[str] = []
    both = False  # a joint or conditional entropy of the two: I = H(X) - H(Y) is some other quantity of the page's
    for token in tokens[2:]:
        if token.kind == "relation":
            break
        if token.kind == "measure" and token.symbol is not None and token.symbol.measure in _ENTROPIES:
            named = [name for arg in token.symbol.args or () for name in arg.split(",")]
            names += [name for name in named if name not in names]
            both = both or len(set(named)) == 2
        elif token.kind not in _COMBINING:
            return tokens
    if len(names) != 2 or not both:
        return tokens
    lead = replace(tokens[0], kind="measure", symbol=MeasureSymbol("mutual_information", (names[0], names[1])))
    return [lead, *tokens[1:]]


def _sum_lead(tokens: Sequence[Token]) -> Sequence[Token]:
    """``tokens`` with a leading bare ``H`` or ``S`` made the entropy of the one distribution that the member after
    its equals sign sums (``-\\sum_i p_i \\log p_i``, ``-\\sum_x p(x) \\log_2 p(x)``); else ``tokens`` unchanged."""
    if len(tokens) < 6 or tokens[0].text not in _BARE:
        return tokens
    if tokens[2].text != "-":
        return tokens
    member = []
    for token in tokens[3 : 3 + _MAX_MEMBER]:
        if token.kind == "relation":
            break
        member.append(token)
    else:
        return tokens
    if not member or member[0].text != "\\sum" or not any(token.kind == "log" for token in member):
        return tokens
    letters = set()
    for token in member:
        if token.kind not in _MEMBER_KINDS:
            return tokens
        if token.kind == "ident":
            name = _MEMBER_IDENT.fullmatch(token.text)
            if name is None:
                return tokens
            if name.group("letter"):
                letters.add(name.group("letter"))
    if len(letters) != 1:
        return tokens
    (letter,) = letters
    named = {arg for token in tokens if token.symbol is not None for arg in token.symbol.args or ()}
    if letter.upper() in named and letter.lower() not in named:
        letter = letter.upper()
    lead = replace(tokens[0], kind="measure", symbol=MeasureSymbol("entropy", (letter,)))
    return [lead, *tokens[1:]]
