r"""Definitions of the measures of random variables written as sums: is the sign right?

``H(X,Y) = -\sum_x \sum_y p(x,y) \log p(x,y)``, ``H(Y|X) = \sum_x p(x) H(Y|X=x) = -\sum_{x,y} p(x,y) \log p(y|x)``,
``H(X|Y=y) = -\sum_x p(x|y) \log p(x|y)``, ``I(X;Y) = D(p(x,y) \| p(x)p(y))`` and the conditional KL divergence
``D(p(y|x) \| q(y|x)) = \sum_x p(x) \sum_y p(y|x) \log \frac{p(y|x)}{q(y|x)}`` are the definitions. Each side
is read with its arguments kept (``p(x)`` is not ``p(x,y)``), so that only these exact shapes are read: one
with its sign flipped, or its ratio turned over, is a slip; anything else is not read. (The mutual
information written as a sum, and the measures of distributions, are read by
:mod:`~kldocs.checker.formula_shapes`.)

>>> shape_of_definition(r"H(X, Y) = -\sum_{x} \sum_{y} p(x, y) \log p(x, y)")
('joint_entropy', 1)
>>> shape_of_definition(r"H(Y|X) = -\sum_{x,y} p(x,y) \log \frac{p(y|x)}{1}") is None
True
>>> shape_of_definition(r"H(Y|X) = \sum_{x,y} p(x,y) \log_2 p(y|x)")
('conditional_entropy', -1)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.formula_shapes import DEFINED_AS, sign_of_definition
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_symbols import DOUBLE_BAR
from kldocs.checker.negations import denied_at
from kldocs.checker.property_claims import Property
from kldocs.checker.statement_reading import MIN_TOKENS, Budget
from kldocs.checker.typed_formulas import typed_formulas

#: The shapes of a conditional entropy with a wrong probability in it, each told in its note (see
#: :data:`MISREAD_KINDS`): ``p(y|x)`` in the logarithm of ``H(X|Y)``, ``p(y)``, ``p(x)``, the joint ``p(x,y)``, and
#: ``H(X|Y=y)`` weighted or logged with anything but ``p(x|y)``, and the expectation of ``1/p(x|y)`` with no
#: logarithm.
REVERSED, CONDITION_LOGGED, MARGINAL_LOGGED, JOINT_LOGGED, VALUE_MISREAD, UNLOGGED = 2, 3, 4, 5, 6, 7
#: The property each wrong shape is.
MISREAD_KINDS = {
    REVERSED: "reversed_conditional",
    CONDITION_LOGGED: "condition_logged",
    MARGINAL_LOGGED: "marginal_logged",
    JOINT_LOGGED: "joint_logged",
    VALUE_MISREAD: "value_misread",
    UNLOGGED: "unlogged_expectation",
}
#: Most characters of a formula read for these definitions.
_MAX_TEXT = 2000
#: Marks without which a formula holds none of these definitions: a sum, a divergence, an expectation's bracket.
_MARK = lazy(
    r"\\sum|\\Sigma|∑|Σ|(?:D|D_\{?(?:\\mathrm\{)?KL\}?\}?|KL)\s*(?:\\left\s*)?\(\s*[pP]|(?<![A-Za-z])sum\s"
    r"|(?<![A-Za-z])E\}?(?:_\{[^{}]{1,12}\})?\s*(?:\\left\s*)?\["
)
#: Spacing, alignment and styling, dropped before reading.
_CLUTTER = lazy(
    r"\\left|\\right|\\[,;:! ]|\\cdot|\\displaystyle|\\limits|\\mathop|\\mathrm|\\operatorname|\s|&"
    r"|\\(?:begin|end)\{[a-z*]{1,12}\}"
)
#: A sum sign with its range: ``\sum_{x \in X}``, ``\sum_x``, ``∑``.
_SUM = lazy(
    r"(?:\\sum|\\Sigma(?![A-Za-z])|∑|Σ)(?:_(?:\{(?:[^{}]|\{[^{}]{0,20}\}){0,40}\}|[A-Za-z]))?(?:\^(?:\{[^{}]{0,20}\}|\w))?"
)
#: An expectation over a joint or a marginal, a sum weighted by it: ``E_{p(x,y)}``, ``\mathbb{E}_{p(x)}``.
_EXPECTATION = lazy(r"(?:\\mathbb\{E\}|\\mathbbE|(?<![A-Za-z\\])E)_\{([pq]\([a-z,]{1,5}\))\}")
#: A row's reason after its formula, ``(\because \text{Bayes' rule})``: not part of the formula.
_REASON = lazy(r"\(?\\because(?![A-Za-z]).*", re.DOTALL)
#: A logarithm in any base: ``\log_2``, ``\log_{b}``, ``\ln``, ``log``, ``log2``, ``log₂``.
_LOG = lazy(r"\\?(?:log|ln|lg)(?:_(?:\{[0-9a-z]{1,3}\}|[0-9a-z])|₂|2|10)?")
#: A random variable's value in an event, by its own letter with an index or by an index: ``X=x_i``, ``X=xi``,
#: ``Y=y1``, ``Y=j`` (read as ``X=x``, ``Y=y``); another letter is a value of its own (``Y=a``).
_EVENT_VALUE = lazy(r"(?<=[(,|])([A-Z])=([a-z])(?:_?\{?(?:[ijkn]|[0-9]{1,2})\}?)?(?=[,|)])")
#: The letters that stand for an index, not for a value: ``p(Y=i) H(X|Y=i)``.
_INDEX_LETTERS = frozenset("ijkn")
#: ``P(X=x, Y=y)`` as ``p(x,y)`` and ``P(X=x|Y=y)`` as ``p(x|y)``; ``p_{X,Y}(x,y)`` and ``p_X(x)`` as ``p(x,y)`` and
#: ``p(x)``.
_EVENTS = lazy(r"[Pp]\(([A-Z])=([a-z])(?:([,|])([A-Z])=([a-z]))?\)")
#: A sum typed as a word, ``-sum sum p(x,y) * log(p(x,y))``, and a product's star after a bracket.
_TYPED = lazy(r"(?<![A-Za-z\\])(?:sum|Sum|SUM)(?=\s|_)|(?<=\))\s*\*")
#: A value's index inside a probability, ``p(y_j|x_i)``, dropped: ``p(y|x)``.
_VALUE_INDEX = lazy(r"(?<=[(,|][a-z])_?\{?[ijkn]\}?(?=[,|)])")
#: A joint probability written with two indices, ``p_{ij}``, ``p_{i,j}``: read as ``p(i,j)``, the joint's own shape.
_DOUBLE_INDEX = lazy(r"(?<![a-z\\])p_\{([ijkl]),?(?!\1)([ijkl])\}")
#: The KL divergence's name, read as ``D``: ``D_{KL}``, ``D_{\mathrm{KL}}``, ``KL``.
_KL_NAME = lazy(r"D_\{?(?:\\(?:mathrm|text|rm)\{)?KL\}?\}?|(?<![A-Za-z\\])KL(?=\s*(?:\\left)?\s*\()")
#: A probability's name as typed in words: ``prob(x,y)``, ``Pr(x)``, ``\Pr(x)``.
_PROBABILITY_NAME = lazy(r"(?<![A-Za-z])(?:\\?Pr|prob)(?=\()")
_NAMED = lazy(r"([pq])_\{?[A-Z](?:,?[A-Z])?\}?\(")
#: ``p(X,Y)``, ``p(Y|X)``: the random variables written for their values, as ``p(x,y)`` and ``p(y|x)``.
_VARIABLES = lazy(r"([pq])\(([A-Z](?:[,|][A-Z]){0,2})\)")
#: A joint probability written without a comma between its values, ``p(xy)``, as ``p(x,y)``.
_UNSEPARATED = lazy(r"([pq])\(([x-z])(?!\2)([x-z])\)")
#: The double bar of a divergence, however written.
_BARS = lazy(DOUBLE_BAR)
#: ``\frac{a}{b}`` with arguments of one level of brackets, as ``(a)/(b)``.
_FRACTION = lazy(r"\\[dt]?frac\{([^{}]{1,40})\}\{([^{}]{1,40})\}")
#: A probability as read: ``p(x)``, ``p(x,y)``, ``q(y|x)``.
_PROBABILITY = r"[pq]\([a-z,|]{1,5}\)"
#: A bracket around a logarithm's argument: ``\log(p(x))``, ``\log[p(x)]``, ``\log{p(x)}``, ``\log((p(x))/(q(x)))``.
_LOG_BRACKET = lazy(rf"L[\[({{]({_PROBABILITY}|\((?:{_PROBABILITY}|1)\)/\((?:{_PROBABILITY}){{1,2}}\))[\])}}](?!/)")

#: The left side, once read: ``H(X,Y)``, ``H(X|Y)``, ``H(X|Y=y)``, ``I(X;Y)`` and ``D(p(y|x)||q(y|x))``.
_SUBJECT = lazy(
    r"(?P<joint>H\((?P<j1>[A-Z]),(?P<j2>[A-Z])\))"
    r"|(?P<cond>H\((?P<c1>[A-Z])(?:\||\\mid)(?P<c2>[A-Z])\))"
    r"|(?P<value>H\((?P<v1>[A-Z])(?:\||\\mid)(?P<v2>[A-Z])=(?P<v3>[a-z])\))"
    r"|(?P<mi>I\((?P<m1>[A-Z]);(?P<m2>[A-Z])\))"
    r"|(?P<ckl>D\(p\((?P<k1>[a-z])(?:\||\\mid)(?P<k2>[a-z])\)\|\|q\((?P=k1)(?:\||\\mid)(?P=k2)\)\))"
)


def shape_of_definition(formula: str) -> tuple[str, int] | None:
    r"""For a formula defining a measure of random variables: the measure and +1 (right) or -1 (a slip: the
    sign flipped, the ratio turned over, the KL divergence taken the other way); else None.

    >>> shape_of_definition(r"I(X; Y) \equiv D \left( p(x, y) || p(x) p(y) \right)")
    ('mutual_information', 1)
    >>> shape_of_definition(r"D( p(y|x) || q(y|x) ) \equiv \sum_{x} p(x) \sum_{y} p(y|x) \log \frac{q(y|x)}{p(y|x)}")
    ('conditional_kl', -1)

    A joint may be written with two indices, a value with its index, and a sum typed as a word:

    >>> shape_of_definition(r"H(X,Y)=\sum_{i,j}p_{ij}\log_2\frac{1}{p_{ij}}")
    ('joint_entropy', 1)
    >>> shape_of_definition(r"H(Y|X=x_i) = -\sum_j p(y_j|x_i)\log p(y_j|x_i)")
    ('conditional_entropy', 1)
    >>> shape_of_definition("H(X,Y) = sum sum p(x,y) * log(p(x,y))")
    ('joint_entropy', -1)

    Each later member of a chain is the measure again, and a slip in any of them is one:

    >>> shape_of_definition(r"H(X|Y) = \sum_y p(y) H(X|Y=y) = -\sum_y p(y) H(X|Y=y)")
    ('conditional_entropy', -1)
    """
    pieces = _sides(_normalized(formula))
    if len(pieces) > 1 and _SUBJECT.fullmatch(pieces[-1]):  # -\sum ... = H(X|Y): the same, written backwards
        pieces.reverse()
    for index in range(len(pieces) - 1):
        subject = _SUBJECT.fullmatch(pieces[index])
        if subject is None:
            continue
        measure, shapes = _shapes(subject)
        signs = [shapes[piece] for piece in pieces[index + 1 :] if piece in shapes]
        # every later member is the measure again: a slip in any of them is the claim's (``= -\sum_y p(y) H(X|Y=y)``)
        return (measure, next((sign for sign in signs if sign != 1), 1)) if signs else None
    return None


def variable_definitions(document: SourceText, region: Region, budget: Budget) -> Iterator[Property]:
    r"""The definitions of measures of random variables in a formula, one for each row of an aligned chain;
    a row that starts with ``=`` goes on from the left side above it. Each formula read costs the budget of
    the document's maths what a short formula costs.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("$$H(X|Y) = \\sum_y p(y) H(X|Y=y) \\\\ = \\sum_{x,y} p(x,y) \\log p(x|y)$$\n", "a.md")
    >>> [(item.measure, item.negated) for item in variable_definitions(document, document.math[0], Budget())]
    [('conditional_entropy', False), ('conditional_entropy', True)]
    """
    text = region.text
    if budget.stopped is not None or _MARK.search(text) is None:
        return
    read: set[int] = set()  # the rows read whole
    if len(text) <= _MAX_TEXT:
        budget.spend(document, region.offset, MIN_TOKENS)
        for item in _definitions(document, region.offset, text):
            read.add(document.row(item.offset))
            yield item
    if region.kind == "prose":  # H(X|Y) = - Σ Σ P(X = xi, Y = yj) ln P(X = xi | Y = yj), typed in a line of prose
        for offset, formula in typed_formulas(document, region):
            if document.row(offset) not in read:
                budget.spend(document, offset, MIN_TOKENS)
                yield from _definitions(document, offset, formula)


def _definitions(document: SourceText, offset: int, text: str) -> Iterator[Property]:
    """The definitions in a formula's rows; a row the next one goes on from (with ``+`` or ``-``) is not read."""
    rows = [row for row in _ROW_BREAK.split(text) if row]
    subject = ""
    start = 0
    for index, row in enumerate(rows):
        if not _ROW_BREAK.fullmatch(row):
            normal = _normalized(row)
            lead = _sides(normal)[0]
            if lead:  # a row of its own (its subject first or last); else it goes on from the subject above
                subject = lead if _SUBJECT.fullmatch(lead) else ""
            shape = shape_of_definition(normal if lead else subject + normal) if lead or subject else None
            if shape is not None and shape[0] == "mutual_information" and sign_of_definition(row) is not None:
                shape = None  # its sum as formula_shapes reads it
            if _continued(normal, rows[index + 1 :]):
                shape = None
            kind = (
                "kl_definition" if "D(" in normal and shape and shape[0] == "mutual_information" else "sum_definition"
            )
            fact = _fact(normal)
            if fact is not None:
                shape, kind = ("conditional_kl" if fact == "nonnegative" else "kl", 1), fact
            at = offset + start + len(row) - len(row.lstrip())
            if shape is not None and denied_at(document.text, at, offset + start + len(row)):
                shape = None  # "A common mistake is to write ...": a slip shown as such
            if shape is not None:
                shown = " ".join(_ALIGNMENT.sub("", row).split())
                kind = MISREAD_KINDS.get(shape[1], kind)
                yield Property(document.line(at), shown, shape[0], kind, shape[1] < 0, at)
        start += len(row)


def _continued(normal: str, after: list[str]) -> bool:
    r"""Whether a row's sum goes on in the next row (``\\ + \sum_y p(y) \log p(y)``) or ends on an operator.

    >>> _continued("=-Sp(x,y)Lp(x,y)", ["\\\\", r" &+ \sum_y p(y) \log p(y)"]), _continued("=-Sp(x)Lp(x)", [])
    (True, False)
    """
    following = next((row for row in after if row.strip() and not _ROW_BREAK.fullmatch(row)), "")
    return normal.endswith(("+", "-")) or _SPACING.sub("", _normalized(following)).startswith(("+", "-", "\\pm"))


#: Spacing that may open a row which goes on from the one above: ``&\quad + ...``.
_SPACING = lazy(r"^(?:\\q?quad|\\hspace\{[^{}]{0,12}\})+")


#: The end of a row of an aligned chain, or of a line.
_ROW_BREAK = lazy(r"(\\\\|\n)")
#: Alignment marks around a row, dropped from the text shown.
_ALIGNMENT = lazy(r"\\(?:begin|end)\{[A-Za-z*]{1,20}\}|&")


def _normalized(formula: str) -> str:
    r"""The formula with only what decides its shape: ``-\sum p(x,y) \log_2 p(x,y)`` is ``-Sp(x,y)Lp(x,y)``.

    >>> _normalized(r"=-\sum_{x,y}P(X=x, Y=y)\log_2\left(P(X=x, Y=y)\right)")
    '=-Sp(x,y)Lp(x,y)'
    >>> _normalized(r"= \sum_X P(X,Y) \log_2(P(X,Y))")
    '=Sp(x,y)Lp(x,y)'
    >>> _normalized(r"=-\sum_{x,y}P(xy)\log P(x|y)")
    '=-Sp(x,y)Lp(x|y)'
    >>> _normalized(r"I(X;Y) = D_{\mathrm{KL}}\left( p(x,y) \,\|\, p(x)\,p(y) \right).")
    'I(X;Y)=D(p(x,y)||p(x)p(y))'
    """
    text = _TYPED.sub(lambda match: "" if match.group().endswith("*") else "\\sum ", formula)
    text = _BARS.sub("||", DEFINED_AS.sub("=", text).replace("\\mid", "|").replace("\\vert", "|"))
    text = _KL_NAME.sub("D", text)
    text = _EXPECTATION.sub(r"\\sum\1", _CLUTTER.sub("", _REASON.sub("", text))).replace("{L}", "L")
    text = _LOG.sub("L", _SUM.sub("S", _PROBABILITY_NAME.sub("p", text))).replace("{L}", "L")
    text = _DOUBLE_INDEX.sub("p(i,j)", _VALUE_INDEX.sub("", _EVENT_VALUE.sub(_event_value, text)))
    text = _EVENTS.sub(
        lambda match: f"p({match.group(2)}{match.group(3) + match.group(5) if match.group(5) else ''})", text
    )
    text = _NAMED.sub(r"\1(", text)
    text = _FRACTION.sub(r"(\1)/(\2)", text)
    text = re.sub(r"S+", "S", text.replace("P(", "p("))
    text = _VARIABLES.sub(lambda match: f"{match.group(1)}({match.group(2).lower()})", text)
    text = _UNSEPARATED.sub(r"\1(\2,\3)", text)
    return _LOG_BRACKET.sub(r"L\1", text).rstrip(".,;")  # a sentence's full stop after the formula


def _event_value(match: re.Match[str]) -> str:
    """``X=x`` for ``X=x_i``, ``X=xi`` and ``X=i``; any other value as written."""
    variable, value = match.group(1), match.group(2)
    return f"{variable}={variable.lower()}" if value in (variable.lower(), *_INDEX_LETTERS) else match.group()


#: The conditional KL divergence ``D(p(y|x)||q(y|x))`` as read, and the KL divergence of two joints or marginals.
_CONDITIONAL_KL = r"D\(p\((?P<a>[a-z])\|(?P<b>[a-z])\)\|\|q\((?P=a)\|(?P=b)\)\)"
#: ``D(p(y|x)||q(y|x)) \geq 0`` (or ``0 \le ...``).
_NONNEGATIVE = lazy(rf"{_CONDITIONAL_KL}(?:\\geq?|≥|>=)0")
#: ``0 \le`` before a measure: the bound written backwards.
_ZERO_BELOW = lazy(r"0(?:\\leq?|≤|<=)(?P<rest>.+)")
#: The chain rule ``D(p(x,y)||q(x,y)) = D(p(x)||q(x)) + D(p(y|x)||q(y|x))``, the terms on the right either way round.
_CHAIN_RULE = lazy(
    r"D\(p\((?P<x>[a-z]),(?P<y>[a-z])\)\|\|q\((?P=x),(?P=y)\)\)="
    r"(?:D\(p\((?P<m>[a-z])\)\|\|q\((?P=m)\)\)\+D\(p\((?P<o>[a-z])\|(?P=m)\)\|\|q\((?P=o)\|(?P=m)\)\)"
    r"|D\(p\((?P<o2>[a-z])\|(?P<m2>[a-z])\)\|\|q\((?P=o2)\|(?P=m2)\)\)\+D\(p\((?P=m2)\)\|\|q\((?P=m2)\)\))"
)


def _fact(text: str) -> str | None:
    r"""``nonnegative`` for ``D(p(y|x)||q(y|x)) \\geq 0``, ``chain_rule`` for the chain rule of the KL divergence.

    >>> _fact("D(p(x,y)||q(x,y))=D(p(x)||q(x))+D(p(y|x)||q(y|x))"), _fact("D(p(y|x)||q(y|x))\\geq0")
    ('chain_rule', 'nonnegative')
    >>> _fact("D(p(x,y)||q(x,y))=D(p(x)||q(x))+D(p(x|y)||q(x|y))") is None
    True
    """
    below = _ZERO_BELOW.fullmatch(text)
    if _NONNEGATIVE.fullmatch(f"{below.group('rest')}>=0" if below else text):
        return "nonnegative"
    match = _CHAIN_RULE.fullmatch(text)
    if match is None:
        return None
    marginal, other = match.group("m") or match.group("m2"), match.group("o") or match.group("o2")
    return "chain_rule" if {marginal, other} == {match.group("x"), match.group("y")} else None


def _sides(text: str) -> list[str]:
    """The text cut at each ``=`` outside brackets (``H(X|Y=y)`` is one piece).

    >>> _sides("H(X|Y=y)=-Sp(x|y)Lp(x|y)")
    ['H(X|Y=y)', '-Sp(x|y)Lp(x|y)']
    """
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "=" and depth == 0:
            pieces.append(text[start:index])
            start = index + 1
    return [*pieces, text[start:]]


def _shapes(subject: re.Match[str]) -> tuple[str, dict[str, int]]:
    """The measure the left side names, and the right sides that define it, each with its sign."""
    if subject.group("joint"):
        a, b = subject.group("j1").lower(), subject.group("j2").lower()
        shapes: dict[str, int] = {}
        for joint in (f"p({a},{b})", f"p({b},{a})", "p(i,j)"):  # p(i,j): written p_{ij}
            shapes.update(_logged(joint, joint))
        return "joint_entropy", shapes
    if subject.group("cond"):
        a, b = subject.group("c1").lower(), subject.group("c2").lower()
        weighted = f"Sp({b})H({a.upper()}|{b.upper()}={b})"
        shapes = {weighted: 1, f"-{weighted}": -1, **_logged(f"p({b})Sp({a}|{b})", f"p({a}|{b})")}
        for joint in (f"p({a},{b})", f"p({b},{a})"):
            wrong = {f"p({b}|{a})": REVERSED, f"p({b})": CONDITION_LOGGED, f"p({a})": MARGINAL_LOGGED}
            for inside, kind in {**wrong, f"p({a},{b})": JOINT_LOGGED, f"p({b},{a})": JOINT_LOGGED}.items():
                shapes.update(_misread(joint, inside, kind))
            shapes.update(_logged(joint, f"p({a}|{b})"))
            shapes.update(_logged(joint, f"({joint})/(p({b}))"))
            shapes.update({f"S{joint}L(p({b}))/({joint})": 1, f"-S{joint}L(p({b}))/({joint})": -1})
        return "conditional_entropy", {**shapes, **_expected(f"p({a}|{b})", (f"p({a},{b})", f"p({b},{a})"))}
    if subject.group("value"):
        a, b = subject.group("v1").lower(), subject.group("v3")
        given, joints = f"p({a}|{b})", (f"p({a},{b})", f"p({b},{a})")
        shapes = {}
        for weight, inside in itertools.product((given, *joints), (given, f"p({a})", *joints)):
            shapes.update(_misread(weight, inside, VALUE_MISREAD))
        return "conditional_entropy", {**shapes, **_logged(given, given)}
    if subject.group("mi"):
        a, b = subject.group("m1").lower(), subject.group("m2").lower()
        joint, product = f"p({a},{b})", f"p({a})p({b})"
        ratio, inverse = f"({joint})/({product})", f"({product})/({joint})"
        sums = {f"S{joint}L{ratio}": 1, f"-S{joint}L{inverse}": 1, f"-S{joint}L{ratio}": -1, f"S{joint}L{inverse}": -1}
        return "mutual_information", {f"D({joint}||{product})": 1, f"D({product}||{joint})": -1, **sums}
    a, b = subject.group("k1"), subject.group("k2")
    ratio, inverse = f"(p({a}|{b}))/(q({a}|{b}))", f"(q({a}|{b}))/(p({a}|{b}))"
    shapes = {}
    for weight in (f"p({b})Sp({a}|{b})", f"p({b},{a})", f"p({a},{b})"):
        shapes.update({f"S{weight}L{ratio}": 1, f"-S{weight}L{inverse}": 1})
        shapes.update({f"-S{weight}L{ratio}": -1, f"S{weight}L{inverse}": -1})
    return "conditional_kl", shapes


#: An expectation's sign with nothing under it, as normalized: ``E``, ``\mathbb{E}``, ``\mathbbE``.
_EXPECTED = ("E", "\\mathbb{E}", "\\mathbbE")


def _expected(inside: str, joints: tuple[str, ...]) -> dict[str, int]:
    r"""The expectation of ``log 1/inside`` (right, its sign flipped a slip) and of ``1/inside`` with no logarithm
    (:data:`UNLOGGED`), taken with nothing under it or over a joint (``S p(x,y) [...]``).

    >>> shapes = _expected("p(y|x)", ("p(x,y)",))
    >>> shapes["E[1/p(y|x)]"], shapes["E[-Lp(y|x)]"], shapes["Sp(x,y)[Lp(y|x)]"], shapes["-E[Lp(y|x)]"]
    (7, 1, -1, 1)
    """
    inverses = (f"1/{inside}", f"(1)/({inside})")
    shapes = {f"[{inverse}]": UNLOGGED for inverse in inverses}
    shapes.update({f"[L{inverse}]": 1 for inverse in inverses})
    shapes.update({f"[-L{inside}]": 1, f"[L{inside}]": -1, f"[-L{inverses[1]}]": -1})
    outside = {f"[L{inside}]": 1, **{f"[L{inverse}]": -1 for inverse in inverses}}  # -E[log p(Y|X)]: the sign before
    leads = (*_EXPECTED, *(f"S{joint}" for joint in joints))
    return {
        **{f"{lead}{body}": sign for lead in leads for body, sign in shapes.items()},
        **{f"-{lead}{body}": sign for lead in leads for body, sign in outside.items()},
    }


def _misread(weight: str, inside: str, kind: int) -> dict[str, int]:
    """``-S weight L inside`` and ``S weight L (1)/(inside)``, a conditional entropy with a wrong probability."""
    return {f"-S{weight}L{inside}": kind, f"S{weight}L(1)/({inside})": kind}


def _logged(weight: str, inside: str) -> dict[str, int]:
    """``-S weight L inside`` (right), ``S weight L (1)/(inside)`` (right) and their flipped signs (slips)."""
    inverse = f"(1)/({inside})"
    return {
        f"-S{weight}L{inside}": 1,
        f"S{weight}L{inverse}": 1,
        f"S{weight}L{inside}": -1,
        f"-S{weight}L{inverse}": -1,
    }
