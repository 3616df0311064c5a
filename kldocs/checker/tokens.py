r"""Split the maths of a document (LaTeX, Unicode or plain text) into tokens.

One tokenizer serves ``$...$`` LaTeX (``D_{\mathrm{KL}}(P \parallel Q)``,
``\frac{0.5}{0.4}``), Unicode exported from slides (``D_KL(P‖Q) ≈ 0.0305``,
``0.2 × log(0.2/0.3)``) and plain text (``KL(P||Q) = 0.03``). A measure symbol
with its arguments is a single token, so the parser never has to guess what
``(P \| Q)`` means. Nothing is evaluated here.

Every pattern is anchored at the current position and has bounded repetition
(possessive where it matters), so tokenizing takes time linear in the text;
the token count and the bracket depth are capped.

>>> [t.kind for t in tokenize(r"D_{KL}(P \| Q) \approx 0.2 \ln \frac{0.2}{0.3}")]
['measure', 'relation', 'number', 'log', 'frac', 'lbrace', 'number', 'rbrace', 'lbrace', 'number', 'rbrace']
>>> tokenize("KL(P||Q) = 0.03")[0].symbol
MeasureSymbol(measure='kl', args=('P', 'Q'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_symbols import MeasureSymbol, read_measure

#: Most tokens read from one region of maths.
MAX_TOKENS = 2000
#: Deepest nesting of brackets and braces.
MAX_DEPTH = 50


class TooComplexError(ValueError):
    """A region over the token or nesting limit; the message says which."""


@dataclass(frozen=True)
class Token:
    """One token: its kind, its text, where it sits in the region, and a detail for some kinds.

    Kinds: ``number``, ``infinity``, ``op`` (detail ``+ - * /``), ``open``, ``close``,
    ``lbrace``, ``rbrace``, ``frac``, ``log`` (detail: the base ``doc``, ``e``, ``2``, ``10``...),
    ``measure``, ``caret``, ``relation`` (detail ``= ~ != <= >= < >``), ``break``
    (a logical connective or wide space), ``text`` (detail: the words inside),
    ``word``, ``ident``, ``punct``, ``align``, ``row``, ``command`` (any other LaTeX command),
    ``sub`` (a subscript mark), ``vulgar`` (a fraction glyph such as ``¾``),
    ``superscript`` (an exponent in superscript digits, ``²``) and ``other``.
    """

    kind: str
    text: str
    start: int
    end: int
    detail: str = ""
    symbol: MeasureSymbol | None = None


#: A logarithm and its base (``\mbox{log}_2`` as well; ``lb`` and German ``ld(...)``, the logarithmus dualis, are
#: log2). An unbraced base takes one digit in TeX (``\log_20.5`` is
#: log2 0.5); typed without the backslash, ``log_20.5`` and ``log_100.25`` are read so too, and ``log_10 x`` as
#: base 10.
_LOG = lazy(
    r"\\(?:operatorname\{(?P<named>log|ln|lg|lb)\}|(?:mathrm|mbox|textrm|text)\{(?P<roman>log|ln|lg|lb)\}|"
    r"(?P<cmd>log|ln|lg|lb)(?![A-Za-z]))"
    r"(?:\s*_\s*(?:\{\s*(?P<braced>[0-9]{1,3}|e)\s*\}|(?P<single>[0-9e])))?"
    r"|(?<![A-Za-z])(?P<plain>log|ln|lg|lb|ld(?=\s?\()|Log(?=_|₂|₁₀|(?:2|10)?\s*\())(?:_\{?(?P<pbase>(?:2|10)(?=0\.[0-9])|[0-9]{1,3}|e)\}?|\s?(?P<sub>₂|₁₀)|(?P<glued>2|10)(?=\s*\(|\s*(?:\||\\[lv]?vert|\\left|#)|\s+[0-9.]|\s+[^\W\d_](?![A-Za-z])))?"
    r"(?![A-Za-z])"
)

_RELATIONS = {
    "=": "=",
    ":=": "def",
    "≈": "~",
    "≃": "~",
    "≒": "~",
    "≠": "!=",
    "≤": "<=",
    "≥": ">=",
    "<": "<",
    ">": ">",
    "⩽": "<=",
    "⩾": ">=",
    "&lt;": "<",
    "&gt;": ">",
    ">=": ">=",  # typed in ASCII
    "<=": "<=",
    "!=": "!=",
    "&gt;=": ">=",
    "&lt;=": "<=",
    "\\approx": "~",
    "\\simeq": "~",
    "\\approxeq": "~",
    "\\doteq": "~",
    "\\sim": "~",
    "\\ne": "!=",
    "\\neq": "!=",
    "\\le": "<=",
    "\\leq": "<=",
    "\\leqslant": "<=",
    "\\lt": "<",
    "\\ge": ">=",
    "\\geq": ">=",
    "\\geqslant": ">=",
    "\\gt": ">",
    "\\coloneqq": "def",
    "\\equiv": "def",
    "\\triangleq": "def",
}
_BREAKS = (
    "iff|implies|impliedby|Rightarrow|Leftarrow|Leftrightarrow|Longrightarrow|Longleftarrow|Longleftrightarrow"
    "|rightarrow|to|mapsto|quad|qquad|therefore|because|forall|exists|in|notin|subset|cup|cap"
)
_OPS = {
    "+": "+",
    "-": "-",
    "−": "-",
    "–": "-",
    "—": "-",  # an em dash between two measures, as a minus: H(X)— H(X|Y)
    "*": "*",
    "×": "*",
    "·": "*",
    "⋅": "*",
    "/": "/",
    "÷": "/",
    "\\times": "*",
    "\\cdot": "*",
    "\\div": "/",
    "\\pm": "?",
}

#: Dots right after a decimal's digits: the digits are cut off, not rounded (``0.81127...``, ``0.562\\ldots``).
_TRUNCATED = r"(?:\.\.\.|…|⋯|\\[lc]?dots(?![A-Za-z]))"
_TRUNCATION = lazy(rf"{_TRUNCATED}$")


def truncated(text: str) -> tuple[str, bool]:
    """A number's digits without the dots that say they are cut off, and whether there were any.

    >>> truncated("0.81127..."), truncated("0.8113")
    (('0.81127', True), ('0.8113', False))
    """
    digits = _TRUNCATION.sub("", text)
    return digits, digits != text


_TOKEN = lazy(
    r"(?P<space>(?:\s|\\[,;:! ]|~|\\(?:displaystyle|textstyle|limits|nolimits|nonumber|notag)(?![A-Za-z])"
    r"|\\(?:begin|end)\{[A-Za-z*]{1,20}\}|\\(?:tag|label)\*?\{[^{}\n]{0,60}\})++)"
    r"|(?P<row>\\\\|\\cr(?![A-Za-z]))"
    r"|(?P<align>&(?!(?:lt|gt|amp);))"
    r"|(?P<relation>:=|>=|<=|(?<![0-9])!=|&gt;=|&lt;=|=|≈|≃|≒|≠|≤|≥|⩽|⩾|<|>|&lt;|&gt;|\\(?:approxeq|approx|simeq|doteq|sim|neq|ne|leqslant|leq|le|lt"
    r"|geqslant|geq|ge|gt|coloneqq|equiv|triangleq)(?![A-Za-z]))"
    rf"|(?P<break>\\(?:{_BREAKS})(?![A-Za-z])|⇒|⇔|⟺|⟹|→|∀|∈)"
    r"|(?P<text>\\(?:text|textrm|textit|textbf|mathrm|mbox|emph|mathit|mathsf|mathbf|operatorname)\s*\{(?P<inner>[^{}]{0,200})\})"
    r"|(?P<frac>\\[dtc]?frac(?![A-Za-z]))"
    rf"|(?P<number>[0-9]*+\.[0-9]++{_TRUNCATED}|(?:[0-9]++(?:\.[0-9]*+)?|\.[0-9]++)(?:[eE][+-]?[0-9]++)?(?:\\?%)?)"
    r"|(?P<infinity>\\infty(?![A-Za-z])|∞|(?<![A-Za-z])(?:inf|infinity)(?![A-Za-z]))"
    r"|(?P<op>[+\-−–*×·⋅/÷]|\\(?:times|cdot|div|pm)(?![A-Za-z])|(?:(?<=\))|(?<=\)\s))—(?=\s?[A-Z][A-Za-z_{}]{0,6}\())"
    r"|(?P<open>\\left\s*(?:[(\[.|]|\\\{|\\lbrace|\\langle|\\vert|\\lvert)|\\[bB]igg?l?\s*(?:[(\[|]|\\\{)|[(\[]|\\\{|\\lbrace)"
    r"|(?P<close>\\right\s*(?:[)\].|]|\\\}|\\rbrace|\\rangle|\\vert|\\rvert)|\\[bB]igg?r?\s*(?:[)\]|]|\\\})|[)\]]|\\\}"
    r"|\\rbrace)"
    r"|(?P<lbrace>\{)|(?P<rbrace>\})|(?P<caret>\^)"
    r"|(?P<punct>[,;:!?]|\.(?![0-9]))"
    r"|(?P<word>[A-Za-z]{2,}+)"
    r"|(?P<ident>[A-Za-z](?:_(?:\{[^{}]{0,20}\}|[A-Za-z0-9]))?'?|\\(?:alpha|beta|gamma|delta|epsilon|theta|lambda|mu"
    r"|pi|sigma|tau|phi|varphi|psi|omega)(?![A-Za-z]))"
    r"|(?P<superscript>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}+)"
    r"|(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒])"
    r"|(?P<uword>[^\W\d_]++)"
    r"|(?P<command>\\[A-Za-z]++)|(?P<sub>_)"
    r"|(?P<other>\\.|.)",
    re.DOTALL,
)


def tokenize(text: str, max_tokens: int = MAX_TOKENS) -> list[Token]:
    """The tokens of ``text``; spaces are dropped.

    A short text is tokenized once (its tokens depend on it alone): documents write the same formulas again and
    again (``$P$``, ``$D_{KL}(P \\| Q)$``, a lecture's every section).

    Raises
    ------
    TooComplexError
        With more than ``max_tokens`` tokens or brackets nested deeper than :data:`MAX_DEPTH`.
    """
    if len(text) <= REMEMBERED_LENGTH:
        return list(_remembered(text, max_tokens))
    return _tokens(text, max_tokens)


#: The longest text whose tokens are kept for when it comes again (of at most 4,096 texts).
REMEMBERED_LENGTH = 200


@lru_cache(maxsize=4096)
def _remembered(text: str, max_tokens: int) -> tuple[Token, ...]:
    return tuple(_tokens(text, max_tokens))


def _tokens(text: str, max_tokens: int) -> list[Token]:
    tokens: list[Token] = []
    position, depth = 0, 0
    length = len(text)
    if "\\log" in text and "{\\log" in text.replace("{{", "{"):
        text = _BRACED_LOG.sub(_unbraced_log, text)
    if "\\hspace" in text:  # D(P_X \hspace{0.05cm}|| \hspace{0.05cm} Q_X): thin spaces, as blanks of their width
        text = _THIN_SPACE.sub(lambda match: " " * len(match.group()), text)
    if "∣" in text and "|" not in text and "\\mid" not in text:
        # a web page's divides sign as the bar of H(Y∣X); not beside the page's own TeX copy, which KaTeX text repeats
        text = text.replace("∣", "|")
    while position < length:
        token = _next(text, position)
        position = token.end
        if token.kind == "space":
            continue
        if token.kind in ("open", "lbrace"):
            depth += 1
            if depth > MAX_DEPTH:
                raise TooComplexError(f"brackets nested more than {MAX_DEPTH} deep")
        elif token.kind in ("close", "rbrace"):
            depth -= 1
        elif token.text == "→" and tokens and tokens[-1].kind == "relation":
            continue  # "=→ 1.5": an arrow after a relation points at the value, it implies nothing
        elif token.text == "→" and _arrow_to_value(text, token.end, tokens):
            token = Token("relation", token.text, token.start, token.end, "~")  # "... log2 0.9 → 0.469 bits"
        elif token.kind in _FACTOR_STARTS and len(tokens) > 1 and _spaced_dot(text, tokens[-1], tokens[-2]):
            tokens[-1] = Token("op", ".", tokens[-1].start, tokens[-1].end, "*")
        if token.kind == "rbrace" and _square_root_of_jsd(tokens):
            root, _, jsd = tokens[-3:]
            assert jsd.symbol is not None
            symbol = MeasureSymbol("js_distance", jsd.symbol.args)
            token = Token("measure", text[root.start : token.end], root.start, token.end, symbol=symbol)
            del tokens[-3:]
        tokens.append(token)
        if len(tokens) > max_tokens:
            raise TooComplexError(f"more than {max_tokens} symbols in one formula")
    return tokens


#: A thin space a wiki's formulas put between symbols: ``\hspace{0.05cm}``, ``\hspace{0.15cm}``, ``\hspace{3pt}`` (a
#: wide one may part two claims, as ``\quad`` does, and stays).
_THIN_SPACE = lazy(r"\\hspace\*?\{\s*+(?:0?\.[0-4][0-9]*+\s*+(?:cm|em|ex)|[0-9](?:\.[0-9]++)?\s*+pt)\s*+\}")


#: What may follow an arrow that points at a worked value: a decimal with a digit other than 0 after its point
#: (``0.469``; not the ``0`` or ``1`` of a limit), a unit, a full stop, and nothing else.
_ARROW_VALUE = lazy(
    r"[ \t]*\$?[ \t]*[0-9]*\.[0-9]*[1-9][0-9]*[ \t]*\$?[ \t]*(?:bits?|nats?|比特|비트)?[ \t]*[.。]?[ \t]*$"
)


def _arrow_to_value(text: str, end: int, tokens: list[Token]) -> bool:
    """Whether an arrow ending at ``end`` points at the value the logarithms of numbers before it work out to: a
    decimal ends the text, and the tokens before the arrow hold a logarithm and no other arrow.

    >>> [token.kind for token in tokenize("-0.1 log2 0.1 - 0.9 log2 0.9 → 0.469 bits")][-3:]
    ['relation', 'number', 'word']
    >>> [token.kind for token in tokenize("D(P_n || Q) → 0")][-2:], tokenize("x → 0.5")[1].kind
    (['break', 'number'], 'break')
    """
    return (
        _ARROW_VALUE.match(text, end) is not None
        and any(token.kind == "log" for token in tokens)
        and not any(token.kind == "break" for token in tokens)
    )


def _square_root_of_jsd(tokens: list[Token]) -> bool:
    r"""Whether the tokens end in ``\sqrt{\mathrm{JSD}(P\|Q)`` (the brace about to close): the JS distance.

    >>> [token.symbol for token in tokenize(r"\sqrt{\mathrm{JSD}(P\|Q)}")]
    [MeasureSymbol(measure='js_distance', args=('P', 'Q'))]
    """
    if len(tokens) < 3:
        return False
    root, brace, measure = tokens[-3:]
    return (
        root.text == "\\sqrt"
        and brace.kind == "lbrace"
        and measure.symbol is not None
        and measure.symbol.measure == "jsd"
    )


#: Tokens a factor starts with, and tokens a factor ends with.
_FACTOR_STARTS = frozenset({"log", "number", "open", "frac", "ident"})
_FACTOR_ENDS = frozenset({"number", "ident", "close"})


def _spaced_dot(text: str, dot: Token, before: Token) -> bool:
    """True for a full stop with a space on each side between two factors: ``0.5 . log2(2)`` multiplies.

    >>> [token.detail for token in tokenize("0.5 . log2(2)")], [token.kind for token in tokenize("0.5. Then")]
    (['', '*', '2', '', '', ''], ['number', 'punct', 'word'])
    """
    return (
        dot.text == "."
        and dot.kind == "punct"
        and before.kind in _FACTOR_ENDS
        and text[dot.start - 1 : dot.start].isspace()
        and text[dot.end : dot.end + 1].isspace()
    )


#: A logarithm in the braces equation editors write: ``{{\log }_{2}}``, ``{\log _2}``, ``{\log }_{2}``.
_BRACED_LOG = lazy(
    r"\{\s*(?:\{\s*\\log\s*\}|\\log)\s*_\s*(?:\{\s*(?P<braced>[0-9]{1,3}|e)\s*\}|(?P<single>[0-9e]))\s*\}"
    r"|\{\s*\\log\s*\}\s*_\s*(?:\{\s*(?P<braced2>[0-9]{1,3}|e)\s*\}|(?P<single2>[0-9e]))"
)


def _unbraced_log(match: re.Match[str]) -> str:
    r"""``\log_{2}`` in place of the braces, padded with spaces so that every later position stays.

    >>> _BRACED_LOG.sub(_unbraced_log, "0.8{{\\log }_{2}}0.8")
    '0.8\\log_{2}     0.8'
    """
    base = next(group for group in match.groups() if group is not None)
    return f"\\log_{{{base}}}".ljust(len(match.group()))


def _next(text: str, position: int) -> Token:
    """The token that starts at ``position``."""
    char = text[position]
    if char in "DHJKCI\\" or text.startswith("{\\rm", position):
        found = read_measure(text, position)
        if found is not None:
            symbol, end = found
            return Token("measure", text[position:end], position, end, symbol=symbol)
    if char in "\\lL":
        log = _LOG.match(text, position)
        if log is not None and _LOST_SUBSCRIPT.match(text, log.end()) and log.group() in ("log", "Log"):
            return Token("other", log.group(), position, log.end())  # log23: log₂ 3 or log 23? Not read
        if log is not None:
            return Token("log", log.group(), position, log.end(), _log_base(log))
    match = _TOKEN.match(text, position)
    assert match is not None  # the last alternative takes any character
    kind = match.lastgroup or "other"
    value = match.group()
    detail = ""
    if kind == "relation":
        detail = _RELATIONS[value]
        if detail == "def":
            kind, detail = "break", "definition"
    elif kind == "op":
        detail = _OPS[value]
    elif kind == "text":
        detail = match.group("inner").strip()
    elif kind == "break":
        detail = value.lstrip("\\")
    elif kind == "uword":
        kind = "word"
    return Token(kind, value, position, match.end(), detail)


#: Digits glued to a plain ``log`` that begin with a usual base: a subscript lost in a copy (``log23`` for
#: ``log₂ 3``) or a number (``log 23``); no one can tell which.
_LOST_SUBSCRIPT = lazy(r"(?:2|10)[0-9]")


def _log_base(match: re.Match[str]) -> str:
    name = match.group("named") or match.group("roman") or match.group("cmd") or match.group("plain")
    base = match.group("braced") or match.group("single") or match.group("pbase") or match.group("glued")
    if match.group("sub"):
        base = "2" if match.group("sub") == "₂" else "10"
    if base:
        return base
    return {"ln": "e", "lb": "2", "ld": "2"}.get(name, "doc")


def unboxed(text: str) -> str:
    """``\\boxed{1.322 \\text{ bits}}`` read as ``1.322 \\text{ bits}`` (so too a result underlined once or twice,
    ``\\underline{\\underline{H = 0.722}}``, or framed, ``\\fbox{...}``), and a number set in bold (``\\textbf{1.85}``,
    ``\\mathbf{1.85}``) as the number: the box becomes spaces, offsets unchanged.

    >>> unboxed("H = \\\\boxed{1.5}")
    'H =        1.5 '
    >>> unboxed("\\\\underline{\\\\underline{H = 0.72}}")
    '                      H = 0.72  '
    >>> unboxed("H = \\\\textbf{1.85} bits")
    'H =         1.85  bits'
    >>> unboxed("D = \\\\mathbf{0.37\\\\text{ nats}}")
    'D =         0.37\\\\text{ nats} '
    """
    if "bf{" in text:
        text = _BOLD_NUMBER.sub(lambda match: " " * (match.start(1) - match.start()) + match.group(1) + " ", text)
    boxes = [box for box in _BOXES if box in text]
    if not boxes:
        return text
    characters = list(text)
    for box in boxes:
        start = text.find(box)
        while start >= 0:
            depth, index = 0, start + len(box) - 1
            while index < len(text):
                depth += {"{": 1, "}": -1}.get(text[index], 0)
                if depth == 0:
                    break
                index += 1
            if index < len(text):
                characters[start : start + len(box)] = " " * len(box)
                characters[index] = " "
            start = text.find(box, start + 1)
    return "".join(characters)


#: Commands that box, frame or underline a result without changing what it says.
_BOXES = ("\\boxed{", "\\underline{", "\\fbox{", "\\framebox{")


#: A number set in bold, maybe with its unit: ``\\textbf{1.85}``, ``\\mathbf{ 2 }``, ``\\mathbf{0.37\\text{ nats}}``.
_BOLD_NUMBER = lazy(
    r"\\(?:textbf|mathbf)\{([ \t]{0,3}-?[0-9]{1,12}(?:\.[0-9]{1,20})?"
    r"(?:[ \t]{0,3}(?:\\[,;:!])?[ \t]{0,3}\\(?:text|mathrm)\{[ \t]{0,3}[A-Za-z]{1,8}[ \t]{0,3}\})?[ \t]{0,3})\}"
)
