r"""Typst maths as the LaTeX the checker reads: a table of symbols and a reader of attachments and calls.

Typst writes maths without backslashes: ``sum_(i = 1)^n`` for ``\sum_{i=1}^{n}``, ``frac(a, b)`` and ``a / b``
for ``\frac{a}{b}``, ``"KL"`` for upright text, ``||`` for ``\|``. :func:`latex_from_typst` rewrites a formula
into LaTeX, line for line, so that the claim readers written for LaTeX read it; a formula with anything it does not
know (a matrix, an unknown call, a stray bracket) gives ``None`` and stays unread. It reads what the author meant
where Typst's own binding differs from it: ``D_"KL"(P || Q)`` is set by Typst as a subscript ``KL(P || Q)``, but
it is written for :math:`D_{KL}(P \| Q)`, so an attachment takes one atom and a call only of a known function.

>>> latex_from_typst('D_"KL"(P || Q) = sum_i p_i log_2 (p_i / q_i) approx 0.085 "bits"')
'D_{\\text{KL}}(P \\| Q) = \\sum_{i} p_{i} \\log_{2} (\\frac{p_{i}}{q_{i}}) \\approx 0.085 \\text{bits}'
>>> latex_from_typst("sum_(x in cal(X)) p(x) ln frac(p(x), q(x))")
'\\sum_{x \\in \\mathcal{X}} p(x) \\ln \\frac{p(x)}{q(x)}'
>>> latex_from_typst("mat(1, 2; 3, 4)") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from kldocs.checker.lazy_patterns import lazy
from kldocs.render.typst_math import LARGE, ONE_ARGUMENT, OPERATORS, SYMBOLS

#: Typst names that LaTeX writes with a command: the render's table read backwards, with Typst's other names.
NAMES: dict[str, str] = {
    **{typst: f"\\{latex}" for latex, typst in SYMBOLS.items() if re.fullmatch(r"[a-z][a-z.]*|[A-Z][a-z]+", typst)},
    **{typst: f"\\{latex}" for latex, typst in LARGE.items()},
    **{name: f"\\{name}" for name in OPERATORS},
    "dot": "\\cdot",
    "dot.op": "\\cdot",
    "dot.c": "\\cdot",
    "times": "\\times",
    "approx": "\\approx",
    "oo": "\\infty",
    "infinity": "\\infty",
    "in": "\\in",
    "lt.eq": "\\le",
    "gt.eq": "\\ge",
    "eq.not": "\\neq",
    "arrow.r": "\\to",
    "arrow.r.double": "\\Rightarrow",
    "parallel": "\\|",
    "bar.v.double": "\\|",
    "thin": "\\,",
    "med": "\\:",
    "thick": "\\;",
    "space": "\\ ",
    "quad": "\\quad",
    "wide": "\\qquad",
    "log": "\\log",
    "ln": "\\ln",
    "dots": "\\ldots",
    "dots.h": "\\ldots",
    "dots.c": "\\cdots",
    "epsilon": "\\epsilon",
    "phi": "\\phi",
}
#: Typst's shorthands and the Unicode signs met in formulas, longest first.
SHORTHANDS: tuple[tuple[str, str], ...] = (
    ("<==>", "\\iff"),
    ("==>", "\\implies"),
    ("...", "\\ldots"),
    ("||", "\\|"),
    ("<=", "\\le"),
    (">=", "\\ge"),
    ("!=", "\\neq"),
    ("->", "\\to"),
    ("=>", "\\Rightarrow"),
    ("≈", "\\approx"),
    ("≤", "\\le"),
    ("≥", "\\ge"),
    ("≠", "\\neq"),
    ("⋅", "\\cdot"),
    ("·", "\\cdot"),
    ("×", "\\times"),
    ("∑", "\\sum"),
    ("‖", "\\|"),
    ("∞", "\\infty"),
    ("∈", "\\in"),
    ("→", "\\to"),
)
#: Calls of one argument: Typst function -> LaTeX command (the render's table read backwards, and Typst's own).
CALLS: dict[str, str] = {
    **{typst: latex for latex, typst in ONE_ARGUMENT.items()},
    "upright": "mathrm",
    "bold": "mathbf",
    "cal": "mathcal",
    "bb": "mathbb",
    "italic": "mathit",
    "sqrt": "sqrt",
    "op": "operatorname",
}
#: Calls written with delimiters around their one argument.
AROUND = {
    "norm": ("\\|", "\\|"),
    "abs": ("|", "|"),
    "floor": ("\\lfloor ", "\\rfloor"),
    "ceil": ("\\lceil ", "\\rceil"),
}
_TOKEN = lazy(
    r'(?P<string>"(?:[^"\\\n]|\\.)*")|(?P<number>\d+(?:\.\d+)?)|(?P<name>[A-Za-z]{2,}(?:\.[a-z]+)*)'
    r"|(?P<letter>[^\W\d_])|(?P<space>\s+)|(?P<escape>\\.?)|(?P<other>.)",
    re.DOTALL,
)
#: Spaces after an opening parenthesis and before a closing one or a comma, which LaTeX ignores.
_TIGHT = lazy(r"(?<=\()[ \t]+|[ \t]+(?=[),])")
_OPEN = {"(": ")", "[": "]", "{": "}"}
#: A command at the end of a piece (``\\log``), which a letter after it must not run into.
_COMMAND_END = lazy(r"\\[A-Za-z]+$")


class _UnknownError(Exception):
    """The formula holds something this reader does not know."""


@lru_cache(maxsize=4096)
def latex_from_typst(maths: str) -> str | None:
    """The LaTeX for the Typst formula ``maths`` (newlines kept), or None when it holds anything not known."""
    try:
        latex = _Reader(maths).sequence(None).strip()
    except (_UnknownError, IndexError, RecursionError):
        return None
    return _TIGHT.sub("", latex)  # "( a , b )" as "(a, b)", as LaTeX sources space them


class _Reader:
    """Reads a formula token by token; each method returns the LaTeX of what it read."""

    def __init__(self, maths: str) -> None:
        self.tokens = _tokens(maths)
        self.at = 0

    def peek(self, offset: int = 0) -> tuple[str, str]:
        at = self.at + offset
        return self.tokens[at] if at < len(self.tokens) else ("end", "")

    def take(self) -> tuple[str, str]:
        token = self.peek()
        self.at += 1
        return token

    def sequence(self, closing: str | None) -> str:
        """Atoms up to ``closing`` (or the end), with ``a / b`` made fractions of the atoms beside the slash."""
        pieces: list[str] = []
        while True:
            kind, text = self.peek()
            if kind == "end":
                if closing is not None:
                    raise _UnknownError(closing)
                return _joined(pieces)
            if kind == "other" and (text == closing or (closing == "," and text == ")")):
                return _joined(pieces)
            if kind == "other" and text == "/":
                self.take()
                numerator = _last_atom(pieces)
                while self.peek()[0] == "space":
                    self.take()
                denominator = self.atom(grouped=True)
                pieces.append(f"\\frac{{{numerator}}}{{{denominator}}}")
                continue
            pieces.append(self.atom(grouped=False))

    def atom(self, grouped: bool) -> str:
        """One atom with its attachments; a group in parentheses loses them when ``grouped`` (a fraction's side)."""
        kind, text = self.take()
        if kind == "space":
            return text
        if kind == "other" and text in _OPEN:
            inner = self.sequence(_OPEN[text])
            self.take()
            body = inner if grouped and text == "(" else f"{_latex_bracket(text)}{inner}{_latex_bracket(_OPEN[text])}"
        elif kind == "other" and text in ")]}":
            raise _UnknownError(text)
        elif kind == "name" and self.peek() == ("other", "("):
            body = self.call(text)
        else:
            body = self.plain(kind, text)
        body += self.attachments()
        if kind in ("letter", "name", "string") and self.peek() == ("other", "("):  # p(x), D_"KL"(P || Q): one atom
            self.take()
            body += f"({self.sequence(')')})"
            self.take()
        return body

    def plain(self, kind: str, text: str) -> str:
        """A token that is no group and no call."""
        if kind == "string":
            return f"\\text{{{text[1:-1]}}}"
        if kind == "name":
            if text in NAMES:
                return NAMES[text]
            if "." in text:
                raise _UnknownError(text)
            return f"\\mathrm{{{text}}}"  # a word Typst does not know, as in a document never compiled: D_(KL)
        if kind == "escape":
            if text in ("\\", "\\ ", "\\\n"):  # a line break
                return "\\\\" + text[1:]
            return text if text[1:] in "{}_$#%&" else text[1:]
        if kind == "other":
            return _shorthand(text)
        return text

    def call(self, name: str) -> str:
        """``name(...)``: a known function, or an operator such as ``log`` before its parenthesised argument."""
        if name in NAMES and name not in CALLS:
            return NAMES[name]
        self.take()  # the opening parenthesis
        arguments = [self.sequence(",")]
        while self.peek() == ("other", ","):
            self.take()
            arguments.append(self.sequence(","))
        if self.take() != ("other", ")"):
            raise _UnknownError(name)
        arguments = [argument.strip() for argument in arguments]
        if name == "frac" and len(arguments) == 2:
            return f"\\frac{{{arguments[0]}}}{{{arguments[1]}}}"
        if name == "lr" and len(arguments) == 1 and arguments[0][:1] in "([|":
            return _stretched(arguments[0])
        if len(arguments) != 1:
            raise _UnknownError(name)
        if name in AROUND:
            left, right = AROUND[name]
            return f"{left}{arguments[0]}{right}"
        if name in CALLS:
            body = arguments[0]
            if name in ("upright", "op") and re.fullmatch(r"\\(?:text|mathrm)\{[^{}]*\}", body):
                body = body[body.index("{") + 1 : -1]
            return f"\\{CALLS[name]}{{{body}}}"
        raise _UnknownError(name)

    def attachments(self) -> str:
        """The ``_`` and ``^`` after an atom, each taking one atom: a group (its parentheses dropped), a string, a
        number, a letter or a name, or a call of a known function."""
        written = ""
        while self.peek()[0] == "other" and self.peek()[1] in "_^":
            mark = self.take()[1]
            kind, text = self.peek()
            if kind in ("space", "end"):
                raise _UnknownError(mark)
            if kind == "other" and text == "(":
                self.take()
                inner = self.sequence(")")
                self.take()
            elif kind == "name" and self.peek(1) == ("other", "(") and text in {*CALLS, *AROUND, "frac"}:
                self.take()
                inner = self.call(text)
            else:
                self.take()
                inner = self.plain(kind, text).strip()
            if mark in written:
                raise _UnknownError(mark)  # x^2^3: no LaTeX for it
            inner = inner.strip()
            if re.fullmatch(r"[A-Za-z](?: [A-Za-z])+", inner):
                inner = inner.replace(" ", "")  # D_(K L): Typst sets the letters side by side, as LaTeX does KL
            written += f"{mark}{{{inner}}}"
        return written


def _tokens(maths: str) -> list[tuple[str, str]]:
    """The formula's tokens, shorthands joined: ``||`` is one token, not two bars."""
    tokens: list[tuple[str, str]] = []
    at = 0
    while at < len(maths):
        for shorthand, _ in SHORTHANDS:
            if maths.startswith(shorthand, at):
                tokens.append(("other", shorthand))
                at += len(shorthand)
                break
        else:
            match = _TOKEN.match(maths, at)
            assert match is not None and match.lastgroup is not None  # the last alternative takes any character
            tokens.append((match.lastgroup, match.group()))
            at = match.end()
    return tokens


def _shorthand(text: str) -> str:
    """A sign: a shorthand's command, ``&`` and the plain signs as they are; anything else is not known."""
    for shorthand, latex in SHORTHANDS:
        if text == shorthand:
            return latex
    if text in "+-=<>:;,!|&'*.":
        return text
    raise _UnknownError(text)


def _joined(pieces: list[str]) -> str:
    """The pieces as one text, a space after a command that a letter follows (``\\log p``, not ``\\logp``)."""
    spaced, previous = list[str](), ""
    for piece in pieces:
        if piece[:1].isalpha() and _COMMAND_END.search(previous):
            spaced.append(" ")
        spaced.append(piece)
        previous = piece or previous
    return "".join(spaced)


def _last_atom(pieces: list[str]) -> str:
    """Remove and return the atom before a slash: the last piece that is not a space, its parentheses dropped."""
    while pieces and pieces[-1].isspace():
        pieces.pop()
    if not pieces:
        raise _UnknownError("/")
    last = pieces.pop()
    if last.startswith("(") and last.endswith(")") and _balanced(last[1:-1]):
        return last[1:-1]
    return last


def _balanced(text: str) -> bool:
    depth = 0
    for character in text:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth < 0:
            return False
    return depth == 0


def _latex_bracket(bracket: str) -> str:
    return {"{": "\\{", "}": "\\}"}.get(bracket, bracket)


def _stretched(group: str) -> str:
    """``lr((...))``'s group with ``\\left`` and ``\\right`` on its outer brackets."""
    return f"\\left{group[0]}{group[1:-1]}\\right{group[-1]}"
