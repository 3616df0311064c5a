"""LaTeX maths, as kldocs writes it, in Typst's maths syntax.

Every formula kldocs shows is LaTeX: printed from checked SymPy
expressions (:mod:`kldocs.derivations.printing`) or written in the
catalogs. That is a small, known subset of LaTeX, and :func:`typst_math`
converts exactly that subset; anything else (an unknown command, a stray
brace, ``&``) raises :class:`ValueError` naming it, so a formula is never
approximated in silence.

What the conversion keeps:

- LaTeX's own meaning of letters: ``dx`` is ``d`` times ``x`` (Typst would
  read ``dx`` as one name), so letters stay apart.
- Parentheses that do not grow: plain ``(`` and ``)`` are escaped, since
  Typst would otherwise stretch every matched pair; ``\\left(...\\right)``
  becomes ``lr(...)``, which grows as in LaTeX.
- Upright words: ``\\mathrm{KL}`` and ``\\text{...}`` become Typst strings,
  escaped as strings. Pieces are joined by spaces, which Typst ignores in
  maths except beside a word, so none is written there.
- Commas, colons and semicolons are escaped, so that they never split or
  name the arguments of ``frac(...)`` and the other calls made here.

>>> typst_math(r"D_{\\mathrm{KL}}(P \\parallel Q) = \\sum_{i=1}^{n} p_{i} \\ln \\frac{p_{i}}{q_{i}}")
'D_("KL") \\\\( P parallel Q \\\\) = sum_(i = 1)^(n) p_(i) ln frac(p_(i), q_(i))'
>>> typst_math(r"\\int\\limits_{-\\infty}^{\\infty} f_{1}(x)\\, dx")
'limits(integral)_(- infinity)^(infinity) f_(1) \\\\( x \\\\) thin d x'
>>> typst_math(r"\\binom{n}{k} p^{k}")
'binom(n, k) p^(k)'
>>> typst_math(r"\\foo")
Traceback (most recent call last):
...
ValueError: maths: no Typst form for \\foo in \\foo
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# fmt: off
#: Greek letters with the same name in both (LaTeX's \epsilon and \phi are the forms Typst calls .alt).
GREEK = (
    "alpha", "beta", "gamma", "delta", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi",
    "rho", "sigma", "tau", "upsilon", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma",
    "Upsilon", "Phi", "Psi", "Omega",
)
#: Operator names set upright with operator spacing (Typst predefines each of them).
OPERATORS = frozenset((
    "ln", "log", "exp", "min", "max", "arg", "sin", "cos", "tan", "lim", "sup", "inf", "det", "dim", "gcd",
))
# fmt: on
#: Symbols and spaces: LaTeX command -> Typst name.
SYMBOLS: dict[str, str] = {
    **{name: name for name in GREEK},
    "epsilon": "epsilon.alt",
    "varepsilon": "epsilon",
    "phi": "phi.alt",
    "varphi": "phi",
    "vartheta": "theta.alt",
    # Relations, operators and other symbols.
    "parallel": "parallel",
    "approx": "approx",
    "le": "lt.eq",
    "leq": "lt.eq",
    "ge": "gt.eq",
    "geq": "gt.eq",
    "ne": "eq.not",
    "neq": "eq.not",
    "equiv": "equiv",
    "sim": "tilde.op",
    "propto": "prop",
    "iff": "arrow.l.r.double.long",
    "implies": "arrow.r.double.long",
    "Rightarrow": "arrow.r.double",
    "to": "arrow.r",
    "rightarrow": "arrow.r",
    "mid": "divides",
    "in": "in",
    "notin": "in.not",
    "forall": "forall",
    "exists": "exists",
    "infty": "infinity",
    "partial": "partial",
    "nabla": "nabla",
    "ell": "ell",
    "cdots": "dots.c",
    "ldots": "dots.h",
    "dots": "dots.h",
    "cdot": "dot.op",
    "times": "times",
    "pm": "plus.minus",
    "ast": "ast",
    "|": "bar.v.double",
    # Spaces.
    ",": "thin",
    ":": "med",
    ">": "med",
    ";": "thick",
    " ": "space",
    "quad": "quad",
    "qquad": "wide",
    "!": "#h(-0.1667em)",
    # Characters LaTeX escapes.
    "{": "\\{",
    "}": "\\}",
    "%": "\\%",
    "&": "\\&",
    "#": "\\#",
    "$": "\\$",
    "_": "\\_",
}
#: Large operators: LaTeX command -> Typst name.
LARGE = {"sum": "sum", "prod": "product", "int": "integral"}
#: Commands of one argument: LaTeX command -> Typst function.
ONE_ARGUMENT = {
    "tilde": "tilde",
    "widetilde": "tilde",
    "hat": "hat",
    "widehat": "hat",
    "bar": "macron",
    "overline": "overline",
    "vec": "arrow",
    "dot": "dot",
    "sqrt": "sqrt",
    "mathbf": "bold",
    "boldsymbol": "bold",
    "mathit": "italic",
    "mathcal": "cal",
    "mathbb": "bb",
    "mathrm": "upright",
}
#: Fractions: LaTeX command -> the style Typst sets it in (None: the surrounding one).
FRACTIONS = {"frac": None, "tfrac": "inline", "dfrac": "display"}
#: Binomial coefficients: LaTeX command -> the style Typst sets it in, as for fractions.
BINOMIALS = {"binom": None, "tbinom": "inline", "dbinom": "display"}
#: Delimiters after ``\left`` and ``\right`` (``.``: none, where a formula is cut across lines).
DELIMITERS = {".": "", "(": "(", ")": ")", "[": "[", "]": "]", "\\{": "{", "\\}": "}", "|": "|", "\\|": "bar.v.double"}
#: Characters that stand for themselves in Typst maths.
PLAIN = frozenset("+-=<>!|")
#: Characters escaped in Typst maths: Typst would group, split arguments, name an argument, or divide.
ESCAPED = {"(": "\\(", ")": "\\)", "[": "\\[", "]": "\\]", ",": "\\,", ":": "\\:", ";": "\\;", "/": "\\/", '"': '\\"'}
#: Plain text allowed inside ``\text{...}`` and ``\mathrm{...}`` (turned into a Typst string).
_PLAIN_TEXT = re.compile(r"[A-Za-z0-9 .,;:!?'\"()\-+=/]*")
_TOKEN = re.compile(r"\\([A-Za-z]+|.)|(\d+(?:\.\d+)?)|(\s+)|(.)", re.DOTALL)


@dataclass(frozen=True)
class _Token:
    kind: str  # "command", "number" or "char"
    text: str
    start: int
    end: int


def _tokens(latex: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(latex):
        command, number, space, char = match.groups()
        if command is not None:
            tokens.append(_Token("command", command, match.start(), match.end()))
        elif number is not None:
            tokens.append(_Token("number", number, match.start(), match.end()))
        elif space is None:
            tokens.append(_Token("char", char, match.start(), match.end()))
    return tokens


@lru_cache(maxsize=8192)
def typst_math(latex: str) -> str:
    """The Typst maths (without ``$``) for one LaTeX formula kldocs wrote.

    Raises
    ------
    ValueError
        When the formula uses LaTeX outside the subset kldocs writes.
    """
    return _join(_Parser(_tokens(latex), latex).row(until=None))


class _Parser:
    """A recursive-descent reader of the subset that gives Typst pieces, joined by :func:`_join`."""

    def __init__(self, tokens: list[_Token], source: str) -> None:
        self.tokens = tokens
        self.position = 0
        self.source = source

    def fail(self, problem: str) -> ValueError:
        return ValueError(f"maths: {problem} in {self.source}")

    def peek(self) -> _Token | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.peek()
        if token is None:
            raise self.fail("an argument is missing")
        self.position += 1
        return token

    def row(self, until: str | None) -> list[str]:
        """Pieces up to the closing ``}`` (``until="}"``), ``\\right`` (``until="right"``), the end of a matrix
        cell (``until="cell"``: ``&``, ``\\\\`` or ``\\end``, not taken) or the end."""
        pieces: list[str] = []
        grouped = False  # the last pieces came from a bare {...}: a script may not follow
        while (token := self.peek()) is not None:
            if until == "cell" and (token.text == "&" or (token.kind == "command" and token.text in ("\\", "end"))):
                return pieces
            if (token.kind == "char" and token.text == "}") or (token.kind == "command" and token.text == "right"):
                if until != token.text:
                    raise self.fail(f"an unbalanced {_shown(token)}")
                if until == "}":
                    self.position += 1
                return pieces
            if (token.kind == "char" and token.text in "_^'") or token.text in ("limits", "nolimits"):
                if not pieces or grouped:
                    raise self.fail(f"{_shown(token)} with no single thing before it")
                pieces[-1] = self.attach(pieces[-1])
            elif token.kind == "char" and token.text == "{":
                self.position += 1
                # An empty group is an empty atom, as in TeX: it keeps a following + or - binary.
                pieces.extend(self.row(until="}") or ['""'])
                grouped = True
                continue
            else:
                pieces.append(self.atom())
            grouped = False
        if until is not None:
            raise self.fail("an unclosed group")
        return pieces

    def attach(self, base: str) -> str:
        """``base`` with what follows it: primes, ``\\limits``, then a subscript and a superscript."""
        while (token := self.peek()) is not None and (token.text == "'" or token.text in ("limits", "nolimits")):
            self.position += 1
            if token.text == "'":
                base += "'"
            else:
                base = f"{'limits' if token.text == 'limits' else 'scripts'}({base})"
        scripts: dict[str, str] = {}
        while (token := self.peek()) is not None and token.kind == "char" and token.text in "_^":
            self.position += 1
            if token.text in scripts:
                raise self.fail(f"a double {token.text}")
            scripts[token.text] = _join(self.argument())
        return base + "".join(f"{mark}({script})" for mark, script in scripts.items())  # in the order written

    def argument(self) -> list[str]:
        """A braced group, or the one token after a command or a script mark (one digit of a number, as in TeX)."""
        token = self.take()
        if token.kind == "char" and token.text == "{":
            return self.row(until="}")
        if token.kind == "number" and len(token.text) > 1:
            self.position -= 1
            self.tokens[self.position] = _Token("number", token.text[1:], token.start + 1, token.end)
            return [token.text[0]]
        self.position -= 1
        return [self.atom()]

    def text_argument(self) -> str:
        """The text of a braced group of plain text (``\\text{...}``, an upright word)."""
        opening = self.take()
        if opening.text != "{":
            raise self.fail("text without braces")
        while (token := self.take()).text != "}":
            if token.kind == "command" or token.text == "{":
                raise self.fail("more than plain text in a text group")
        text = self.source[opening.end : token.start]
        if not _PLAIN_TEXT.fullmatch(text):
            raise self.fail("more than plain text in a text group")
        return text

    def atom(self) -> str:
        token = self.take()
        if token.kind == "number":
            return token.text
        if token.kind == "char":
            return self.character(token.text)
        return self.command(token.text)

    def character(self, char: str) -> str:
        if (char.isascii() and char.isalpha()) or char in PLAIN:
            return char
        if char in ESCAPED:
            return ESCAPED[char]
        if char == ".":
            return char
        raise self.fail(f"no Typst form for {char!r}")

    def command(self, name: str) -> str:
        if name in SYMBOLS:
            return SYMBOLS[name]
        if name in OPERATORS:
            return name
        if name in LARGE:
            return LARGE[name]
        if name in FRACTIONS or name in BINOMIALS:
            function, style = ("frac", FRACTIONS[name]) if name in FRACTIONS else ("binom", BINOMIALS[name])
            call = f"{function}({_join(self.argument())}, {_join(self.argument())})"
            return f"{style}({call})" if style else call
        if name == "text" or (name == "mathrm" and self.plain_word()):
            return _string(self.text_argument())
        if name == "operatorname":
            return f"op({_string(self.text_argument())})"
        if name in ONE_ARGUMENT:
            return f"{ONE_ARGUMENT[name]}({_join(self.argument())})"
        if name == "begin":
            return self.matrix()
        if name == "left":
            opening = self.delimiter()
            inside = self.row(until="right")
            self.take()
            closing = self.delimiter()
            if not (opening and closing):  # one side only (a formula cut across lines): Typst must not pair it
                opening, closing = ESCAPED.get(opening, opening), ESCAPED.get(closing, closing)
            return f"lr({opening} {_join(inside)} {closing})"
        raise self.fail(f"no Typst form for \\{name}")

    def matrix(self) -> str:
        r"""``\begin{pmatrix} a & b \\ c & d \end{pmatrix}`` as ``mat(a, b; c, d)`` (Typst brackets it so too)."""
        if self.text_argument() != "pmatrix":
            raise self.fail("no Typst form for an environment other than pmatrix")
        rows: list[list[str]] = [[]]
        while True:
            rows[-1].append(_join(self.row(until="cell")))
            token = self.take()
            if token.text == "\\":
                rows.append([])
            elif token.text == "end":
                if self.text_argument() != "pmatrix":
                    raise self.fail("a pmatrix closed as another environment")
                return "mat(" + "; ".join(", ".join(row) for row in rows) + ")"

    def plain_word(self) -> bool:
        """True when a braced group of ASCII letters and digits follows (an upright word)."""
        token = self.peek()
        if token is None or token.text != "{":
            return False
        for ahead in self.tokens[self.position + 1 :]:
            if ahead.text == "}":
                return True
            if ahead.kind == "command" or not (ahead.text.isascii() and ahead.text.isalnum()):
                return False
        return False

    def delimiter(self) -> str:
        token = self.take()
        text = "\\" + token.text if token.kind == "command" else token.text
        if text not in DELIMITERS:
            raise self.fail(f"no Typst form for the delimiter {text!r}")
        return DELIMITERS[text]


def _shown(token: _Token) -> str:
    return "\\" + token.text if token.kind == "command" else token.text


def _string(text: str) -> str:
    """A Typst string literal: shown upright, as it is, in maths."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _join(pieces: list[str]) -> str:
    """Pieces joined by spaces, except next to a string: Typst shows a space written beside a word."""
    out = ""
    for piece in pieces:
        if out and not out.endswith('"') and not piece.startswith('"'):
            out += " "
        out += piece
    return out
