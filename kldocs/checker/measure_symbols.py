r"""Measure symbols with their arguments: ``D_{\mathrm{KL}}(P \parallel Q)``, ``H(X|Y=a)``, ``I(X;Y|Z)``.

The tokenizer (:mod:`~kldocs.checker.tokens`) makes each symbol one token, so
the parser never has to guess what ``(P \| Q)`` means. Letters ``U`` to ``Z``
name random variables: ``H(X, Y)`` is a joint entropy, ``H(P, Q)`` a
cross-entropy.

>>> read_measure(r"D_{KL}(P \| Q) = 0.03", 0)
(MeasureSymbol(measure='kl', args=('P', 'Q')), 14)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kldocs.checker.density_names import DENSITY, density_name, marked
from kldocs.checker.lazy_patterns import lazy
from kldocs.measures.registry import MEASURES


@dataclass(frozen=True)
class MeasureSymbol:
    r"""A measure written in the document: ``kl``, ``entropy``, ``cross_entropy``, ``jsd`` or ``jeffreys``.

    Attributes
    ----------
    measure
        Which measure.
    args
        Distribution names as written without spaces or braces (``"Q_1"``);
        a mixture is ``"(P+Q)/2"``. None for a symbol without arguments
        (``\mathrm{JSD}`` on its own), which states something general.
    """

    measure: str
    args: tuple[str, ...] | None

    def text(self) -> str:
        """Plain text such as ``D_KL(P||Q)``: the registry's symbol for the measures kldocs computes.

        >>> MeasureSymbol("kl", ("P", "Q")).text(), MeasureSymbol("mutual_information", ("X", "Y")).text()
        ('D_KL(P||Q)', 'I(X;Y)')
        >>> MeasureSymbol("jsd", ("P", "Q", "R")).text(), MeasureSymbol("js_distance", ("P", "Q")).text()
        ('JSD(P,Q,R)', 'sqrt(JSD(P||Q))')

        """
        if self.measure in MEASURES:
            measure = MEASURES[self.measure]
            if self.args is None:
                return measure.text.split("(")[0]
            if len(self.args) == measure.arguments:
                return measure.symbol(*self.args)
        names = {"mutual_information": "I", "jsd": "JSD"}
        if self.args is None:
            return names.get(self.measure, "H")
        if self.measure == "js_distance" and len(self.args) == 2:
            return "sqrt(JSD({}||{}))".format(*self.args)
        if self.measure == "mutual_information" and len(self.args) == 3:
            return "I({};{}|{})".format(*self.args)
        separator = {"conditional_entropy": "|", "mutual_information": ";"}.get(self.measure, ",")
        return f"{names.get(self.measure, 'H')}({separator.join(self.args)})"


_SP = r"(?:\s|\\[,;:! ]|~|\{\})*+"
_STYLE = r"\\(?:mathrm|text|textrm|operatorname|mathsf|mathbf|mathit|mathbb|rm)"
_NAME = (
    r"(?:\\(?:hat|tilde|bar|mathbf|boldsymbol)\{[A-Za-z]\}"
    r"|[A-Za-z](?:_\{\s*[A-Za-z0-9]{1,12}\s*\}|_[A-Za-z0-9]|[0-9])?'?)"
)
_MIX = (
    rf"(?:\\[dt]?frac\{{{_SP}{_NAME}{_SP}\+{_SP}{_NAME}{_SP}\}}\{{{_SP}2{_SP}\}}"
    rf"|\({_SP}{_NAME}{_SP}\+{_SP}{_NAME}{_SP}\){_SP}/{_SP}2"
    rf"|\\[dt]?frac(?:\{{1\}}\{{2\}}|12){_SP}\({_SP}{_NAME}{_SP}\+{_SP}{_NAME}{_SP}\))"
)
_ARG = rf"(?:{_MIX}|{_NAME})"
_OPEN = r"(?:\\left\s*|\\[bB]igg?l?\s*)?[(\[]"
_CLOSE = r"(?:\\right\s*|\\[bB]igg?r?\s*)?[)\]]"
#: The double bar between a divergence's distributions, however typed: ``\|``, ``||``, ``‖``, ``∥`` (the
#: parallel sign), ``\Vert``, ``\mid\mid``, ``\vert\vert``, ``\middle\|``, ``\Big\|``.
DOUBLE_BAR = (
    r"\\(?:middle|[bB]igg?m?)\s*(?:\\\||\\Vert)"
    r"|\\\|\\\||\\\||\\parallel|\|\||\| {1,3}\||‖|∥|\\Vert|\\lVert|\\rVert|\\mid\s*\\mid|\\left\|\s*\\right\|"
    r"|\\vert(?:\{\})?\s*\\vert(?![A-Za-z])"
)
#: The bars that condition a measure: ``H(Y|X)``, ``H(Y \\mid X)``, ``H(Y \\vert X)``; also the slash of some
#: textbooks, ``H(Y/X)``, read between random variables only (:data:`_RANDOM_VARIABLE`); and the divides sign
#: ``∣`` of maths copied from web pages, ``H(Y∣X)``.
_GIVEN = ("|", "\\mid", "\\vert", "/", "∣")
_SEP = rf"(?:{DOUBLE_BAR}|\\mid|\\vert(?![A-Za-z])|\||/|∣|,|;)"


def _styled(word: str) -> str:
    return rf"(?:{_STYLE}\s*\{{\s*{word}\s*\}}|\{{\s*\\rm\s+{word}\s*\}}|\\rm\s+{word}(?![A-Za-z])|{word}(?![A-Za-z]))"


_NAMED = r"(?:[ -]divergence(?=\s*\())?"  # "KL divergence (P||Q)"
_MEASURE = lazy(
    rf"(?:(?P<kl>(?:\\math(?:it|rm|bf|bb|cal)\{{D\}}|\\text\{{D\}}|D)_\{{\s*{_styled('KL')}\s*\}}|D_{_styled('KL')}|{_styled('KL')}{_NAMED}|{_styled('KLD')}|Dₖₗ)"
    rf"|(?P<js>D_\{{\s*{_styled('JS')}\s*\}}|D_{_styled('JS')}|{_styled('JSD')}|{_styled('JS')}{_NAMED})"
    rf"|(?P<ce>H_\{{?\\times\}}?|H\^\{{?\\times\}}?|{_styled('CE')})"
    rf"|(?P<j>D_\{{\s*{_styled('J')}\s*\}}|D_J(?![A-Za-z])|J(?![A-Za-z]))"
    rf"|(?P<h>{_styled('H')})"
    rf"|(?P<mi>{_styled('I')})"
    rf"|(?P<d>D(?![A-Za-z])|\\math(?:bb|cal)\{{D\}}(?=\s*\(\s*[A-Za-z]\s*(?:{DOUBLE_BAR}))))"
    rf"(?P<args>{_SP}{_OPEN}{_SP}{_ARG}(?:{_SP}(?P<sep>{_SEP}){_SP}"
    # a condition on a value, H(X|Y=a), H(A|B=b_1) or H(Y|1), is read for a conditional entropy only
    rf"(?:{_ARG}(?:{_SP}={_SP}(?P<given>-?[A-Za-z0-9]{{1,12}}(?:_\{{[A-Za-z0-9]{{1,6}}\}}|_[A-Za-z0-9])?))?|(?P<value>[0-9]{{1,12}}))(?:{_SP},{_SP}{_ARG}){{0,6}}"
    # a condition after the arguments, I(X;Y|Z) or H(X,Y|Z), read for entropies and mutual informations only
    rf"(?:{_SP}(?P<cond>\||\\mid|\\vert(?![A-Za-z])|/|∣)(?P<condargs>{_SP}{_ARG}(?:{_SP},{_SP}{_ARG}){{0,6}}))?)?"
    rf"{_SP}{_CLOSE})?"
)
_ARG_PIECES = lazy(rf"{_MIX}|{_NAME}")
_NAME_IN_MIX = lazy(_NAME)


def read_measure(text: str, position: int) -> tuple[MeasureSymbol, int] | None:
    """The measure symbol that starts at ``position`` and where it ends, or None.

    >>> read_measure("x = H(X|Y)", 4)
    (MeasureSymbol(measure='conditional_entropy', args=('X', 'Y')), 10)
    """
    match = _MEASURE.match(text, position)
    if match is None or _rendered_twice(match, text):
        return None
    args_text = match.group("args")
    family = next(name for name in ("kl", "js", "ce", "j", "h", "mi", "d") if match.group(name) is not None)
    if args_text is None and family in ("kl", "js", "d"):  # KL[p^*(x) \| p(x|\phi)], D(p_\theta \| q)
        densities = _densities(text, match.end(), family) or _to_sum(text, match.end(), family)
        if densities is not None:
            return densities
    if args_text is None and family in ("h", "mi"):  # H(XY|Z), I(X;YZ): variables run together
        return _juxtaposed(text, match.end(), family)
    if args_text is None:
        if family not in ("kl", "js", "ce"):
            return None
        return MeasureSymbol(_FAMILY[family], None), match.end()
    separator = match.group("sep") or ""
    if "/" in (separator.strip(), match.group("cond")) and not _slashed(match, family):
        return (MeasureSymbol(_FAMILY[family], None), match.start("args")) if family in ("kl", "js", "ce") else None
    if match.group("cond"):
        return _given_sets(match, family, separator)
    args = tuple(_normal_name(piece) for piece in _ARG_PIECES.findall(_strip_delimiters(args_text)))
    if match.group("given") or match.group("value"):
        return _conditioned_on_value(match, separator)
    measure = _FAMILY[family]
    conditional = separator.strip() in _GIVEN
    if family == "h" and len(args) > 2:  # H(X|Y,Z); H(X,Y,Z) of random variables only
        if not conditional and not all(_RANDOM_VARIABLE.fullmatch(arg) for arg in args):
            return None
        return MeasureSymbol(*_SETS[conditional](args)), match.end()
    if family == "mi" and len(args) > 2 and separator.strip() == ";":  # I(X;Y,Z)
        symbol = MeasureSymbol("mutual_information", (args[0], ",".join(args[1:])))
        return symbol, match.end()
    if len(args) > 2 and (family != "js" or separator != ","):  # JSD(P, Q, R): equal weights; nothing else
        end = match.start("args")
        bare = MeasureSymbol(measure, None)
        return (bare, end) if family in ("kl", "js", "ce") else None
    if family == "h":
        measure = "entropy" if len(args) == 1 else "cross_entropy"
        if len(args) == 2 and conditional:
            measure = "conditional_entropy"
        elif len(args) == 2 and all(_RANDOM_VARIABLE.fullmatch(arg) for arg in args):
            measure = "joint_entropy"
    elif family == "mi":
        if len(args) != 2:
            return None
    elif family == "d" and not re.fullmatch(DOUBLE_BAR, separator.replace(" ", "")):
        return None
    if (measure == "entropy") != (len(args) == 1):
        return None
    return MeasureSymbol(measure, args), match.end()


#: A KL divergence from the plain sum of two distributions, not their mixture: ``D_{KL}(p \| p + q)``.
_TO_SUM = lazy(
    rf"{_SP}{_OPEN}{_SP}(?P<first>{_NAME}){_SP}(?:{DOUBLE_BAR}){_SP}(?P<second>{_NAME}){_SP}\+{_SP}(?P<third>{_NAME})"
    rf"{_SP}{_CLOSE}"
)


def _to_sum(text: str, position: int, family: str) -> tuple[MeasureSymbol, int] | None:
    r"""A KL divergence whose second argument is the sum of two distributions, unnormalised (``p + q`` sums to 2),
    its name at ``position``'s left: the argument is ``"P+Q"``, unlike the mixture ``"(P+Q)/2"``.

    >>> read_measure(r"D_{KL}(p_{data} \| p_{data} + p_g) - \log 4", 0)
    (MeasureSymbol(measure='kl', args=('p_data', 'p_data+p_g')), 34)
    >>> read_measure(r"JSD(p \| p + q)", 0)[0].args is None
    True
    """
    found = _TO_SUM.match(text, position) if family in ("kl", "d") else None
    if found is None:
        return None
    first, second, third = (_normal_name(found.group(name)) for name in ("first", "second", "third"))
    return MeasureSymbol("kl", (first, f"{second}+{third}")), found.end()


_DENSITY_OPEN = lazy(rf"{_SP}{_OPEN}{_SP}")
_DENSITY_BAR = lazy(rf"{_SP}(?P<bar>{DOUBLE_BAR}|,){_SP}")
_DENSITY_CLOSE = lazy(rf"{_SP}{_CLOSE}")


def _densities(text: str, position: int, family: str) -> tuple[MeasureSymbol, int] | None:
    r"""A divergence of two densities written with a mark or an argument (``p^*(x)``, ``p_\theta``, ``p(x|\phi)``;
    see :mod:`~kldocs.checker.density_names`), its name at ``position``'s left; None for anything else (a density
    conditioned on a variable, ``q(z|x)``, included).

    >>> read_measure(r"KL[p^*(x)\Vert p(x|\phi)] \geq 0", 0)
    (MeasureSymbol(measure='kl', args=('p*', 'p_phi')), 25)
    >>> read_measure(r"D(p(x) \| q(x)) = 0", 0)[0], read_measure(r"D(p(x), q(x))", 0)
    (MeasureSymbol(measure='kl', args=('p', 'q')), None)
    """
    opened = _DENSITY_OPEN.match(text, position)
    first = DENSITY.match(text, opened.end()) if opened else None
    bar = _DENSITY_BAR.match(text, first.end()) if first else None
    second = DENSITY.match(text, bar.end()) if bar else None
    closed = _DENSITY_CLOSE.match(text, second.end()) if second else None
    if first is None or bar is None or second is None or closed is None or not (marked(first) or marked(second)):
        return None
    if family == "d" and bar.group("bar") == ",":
        return None
    names = density_name(first), density_name(second)
    if any("|" in name for name in names):
        return None
    return MeasureSymbol(_FAMILY[family], names), closed.end()


#: ``H(X|Y,Z)`` and ``H(X,Y,Z)`` from their names: the conditional entropy given a set, the joint entropy.
_SETS = {
    True: lambda args: ("conditional_entropy", (args[0], ",".join(args[1:]))),
    False: lambda args: ("joint_entropy", tuple(args)),
}


def _given_sets(match: re.Match[str], family: str, separator: str) -> tuple[MeasureSymbol, int] | None:
    """``I(X;Y|Z)`` as ``("X", "Y", "Z")``, ``H(X,Y|Z)`` as ``("X,Y", "Z")``: a set of names joined by commas.

    >>> [read_measure(text, 0)[0].args for text in ("I(X;Y|Z)", "H(X,Y|Z)")]
    [('X', 'Y', 'Z'), ('X,Y', 'Z')]
    """
    before = _strip_delimiters(match.group("args")[: match.start("cond") - match.start("args")])
    names = [_normal_name(piece) for piece in _ARG_PIECES.findall(before)]
    given = ",".join(_normal_name(piece) for piece in _ARG_PIECES.findall(match.group("condargs")))
    if family == "h" and separator.strip() == ",":
        symbol = MeasureSymbol("conditional_entropy", (",".join(names), given))
    elif family == "mi" and separator.strip() == ";" and len(names) == 2:
        symbol = MeasureSymbol("mutual_information", (names[0], names[1], given))
    else:
        return None
    return symbol, match.end()


#: A random variable in a list run together: ``U`` to ``Z``, perhaps with a number under it (``X_1``, ``X_{2}``).
_RUN_NAME = r"[U-Z](?:_\{[0-9]{1,2}\}|_[0-9])?"
#: The arguments of a measure whose variables are run together, as Chinese and Russian texts write a joint
#: (``H(XY)``, ``H(X_1X_2X_3)``, ``I(X;YZ)``): lists of variables between ``,``, ``;`` and the bar.
_RUN_ARGS = lazy(
    rf"{_SP}{_OPEN}{_SP}(?P<body>(?:{_RUN_NAME}){{1,6}}(?:{_SP}(?:,|;|\\mid(?![A-Za-z])|\||∣){_SP}"
    rf"(?:{_RUN_NAME}){{1,6}}){{1,3}}|(?:{_RUN_NAME}){{2,6}}){_SP}{_CLOSE}"
)
_RUN_PIECE = lazy(_RUN_NAME)
_RUN_SEPARATOR = lazy(r"\\mid(?![A-Za-z])|[|∣;]")


def _juxtaposed(text: str, position: int, family: str) -> tuple[MeasureSymbol, int] | None:
    """The entropy or mutual information whose arguments at ``position`` run variables together, or None: a list
    written ``XY`` is the set ``X, Y``, as one written ``X, Y``.

    >>> [read_measure(text, 0)[0] for text in ("H(XY|Z)", "I(X;YZ)", "H(X_1X_2)")]  # doctest: +NORMALIZE_WHITESPACE
    [MeasureSymbol(measure='conditional_entropy', args=('X,Y', 'Z')),
     MeasureSymbol(measure='mutual_information', args=('X', 'Y,Z')),
     MeasureSymbol(measure='joint_entropy', args=('X_1', 'X_2'))]
    >>> read_measure("H(XY;Z)", 0), read_measure("I(XY)", 0), read_measure("H(AB)", 0)
    (None, None, None)
    """
    found = _RUN_ARGS.match(text, position)
    if found is None:
        return None
    marks = [
        mark.group().replace("\\mid", "|").replace("∣", "|") for mark in _RUN_SEPARATOR.finditer(found.group("body"))
    ]
    lists = [
        ",".join(_normal_name(name) for name in _RUN_PIECE.findall(part))
        for part in _RUN_SEPARATOR.split(found.group("body"))
    ]
    if family == "h" and marks in ([], ["|"]):
        names = tuple(lists[0].split(","))
        symbol = (
            MeasureSymbol("conditional_entropy", (lists[0], lists[1]))
            if marks
            else MeasureSymbol("joint_entropy", names)
        )
    elif family == "mi" and marks in ([";"], [";", "|"]):
        symbol = MeasureSymbol("mutual_information", tuple(lists))
    else:
        return None
    if symbol.measure == "joint_entropy" and len(set(symbol.args or ())) < 2:
        return None
    return symbol, found.end()


_VALUE_GIVEN = lazy(r"=\s*[A-Za-z0-9]{1,12}")


def _slashed(match: re.Match[str], family: str) -> bool:
    """Whether a slash conditions the measure: in ``H(X/Y)``, ``H(X,Y/Z)``, ``I(X;Y/Z)`` between random variables,
    never between distributions (``KL(P/Q)``) or after a mixture.

    >>> [read_measure(text, 0) is not None for text in ("H(X/Y)", "I(X;Y/Z)", "H(X/Y=y)", "H(P/Q)", "H(X/2)")]
    [True, True, True, False, False]
    """
    if family not in ("h", "mi") or (family == "mi" and (match.group("sep") or "").strip() != ";"):
        return False
    if match.group("value"):
        return False  # H(X/2): a variable scaled, not conditioned
    inside = _VALUE_GIVEN.sub("", _strip_delimiters(match.group("args")).replace("/", " "))
    names = _ARG_PIECES.findall(inside)
    return bool(names) and all(_RANDOM_VARIABLE.fullmatch(_normal_name(name)) for name in names)


def _conditioned_on_value(match: re.Match[str], separator: str) -> tuple[MeasureSymbol, int] | None:
    """``H(X|Y=a)`` as the arguments ``("X", "Y=a")``, ``H(Y|1)`` as ``("Y", "1")``: entropies given a value.

    >>> [read_measure(text, 0)[0].args for text in ("H(X | Y = a)", "H(Y|1)")]
    [('X', 'Y=a'), ('Y', '1')]
    """
    before = _strip_delimiters(match.group("args").split("=")[0])
    names = [_normal_name(piece) for piece in _ARG_PIECES.findall(before)]
    if (
        match.group("h") is None
        or "," in match.group("args")
        or separator.strip() not in _GIVEN
        or len(names) != 1 + bool(match.group("given"))
    ):
        return None
    args = tuple(names)
    condition = f"{args[1]}={match.group('given')}" if match.group("given") else match.group("value")
    symbol = MeasureSymbol("conditional_entropy", (args[0], condition))
    return symbol, match.end()


_FAMILY = {
    "kl": "kl",
    "d": "kl",
    "js": "jsd",
    "ce": "cross_entropy",
    "j": "jeffreys",
    "h": "entropy",
    "mi": "mutual_information",
}
#: Letters that name random variables, not distributions: ``H(X, Y)`` is a joint entropy, not a cross-entropy, and so
#: is ``H(x, y)``, as some notes write it (distributions are ``p``, ``q``; ``x``, ``y``, ``z`` are never one).
_RANDOM_VARIABLE = lazy(r"[U-Zx-z](?:_[A-Za-z0-9]{1,12})?")
#: How far around a measure conditioned with ``∣`` a ``|`` is looked for (see :func:`_rendered_twice`).
_TWICE_REACH = 300


def _rendered_twice(match: re.Match[str], text: str) -> bool:
    """Whether a measure conditioned with the divides sign ``∣`` sits beside a ``|``: a page that gives each formula
    rendered (``I(X;Y∣Z)=...``) and in its TeX (``I(X;Y|Z) = ...``), run together, is read from the TeX only.

    >>> [read_measure(text, 0) is None for text in ("H(X∣Y)=1", "H(X∣Y)=1 H(X|Y) = 1")]
    [False, True]
    """
    if "∣" not in match.group():
        return False
    return "|" in text[max(0, match.start() - _TWICE_REACH) : match.end() + _TWICE_REACH]


#: Measures of random variables that kldocs does not check (it has no joint distributions).
OUT_OF_SCOPE = frozenset({"joint_entropy", "conditional_entropy", "mutual_information"})


def _strip_delimiters(args: str) -> str:
    """The inside of ``(P \\| Q)``: drop the outer bracket pair and any ``\\left``/``\\right``."""
    inner = re.sub(r"^\s*(?:\\left|\\[bB]igg?l?)?\s*[(\[]", "", args, count=1)
    inner = re.sub(r"(?:\\right|\\[bB]igg?r?)?\s*[)\]]\s*$", "", inner, count=1)
    return re.sub(rf"{DOUBLE_BAR}|\\mid|\\vert(?![A-Za-z])", " ", inner)


def _normal_name(piece: str) -> str:
    """``Q_{1}`` -> ``Q_1``; a mixture of P and Q -> ``(P+Q)/2``."""
    names = [re.sub(r"[\s{}]", "", name) for name in _NAME_IN_MIX.findall(re.sub(r"\\[dt]?frac|\\[a-z]+", "", piece))]
    if "+" in piece:
        return f"({names[0]}+{names[1]})/2"
    name = re.sub(r"[\s{}]|\\(?:hat|tilde|bar|mathbf|boldsymbol)", "", piece)
    return name
