r"""Macros a document writes its measures with: ``\newcommand{\KL}[2]{D_{KL}(#1 \| #2)}``, or ``\DKL{p || q}``.

Macros the document defines with ``\newcommand``, ``\renewcommand``, ``\def`` or ``\DeclareMathOperator`` (in
its preamble, a Markdown header's ``header-includes``, a MathJax ``$$\newcommand...$$`` block or the
``macros`` of a MathJax or KaTeX configuration), with at
most nine arguments (the first optional when the definition gives its default: ``\newcommand{\mid}[1][]{\:#1\:}``)
and a short body, are expanded in its formulas, a few times over for macros that use macros, and never
beyond a bounded length (a document can define macros that grow without end: those formulas are left as
written). In a formula of several lines, a line is expanded only where it does not grow (``\num{0.72}``),
blanks making up the difference: every line keeps its place in the file; the last line with maths grows, as only
blank lines follow it. A macro the document uses without
defining it is read only when it names a measure: ``\DKL{p || q}`` or ``\KL{p || q}`` is D_KL(p||q),
``\H{p}`` is H(p); ``\xH{p || q}`` is the cross-entropy where the document itself defines it as the
cross-entropy's sum (``\xH{p || q} = -\sum_x p(x) \log q(x)``). siunitx's numbers and quantities are
written out: ``\num{0.72}`` is 0.72, ``\SI{1.5}{bits}`` and ``\qty{1.5}{bits}`` are 1.5 bits; the binary
logarithm written ``\operatorname{lb}``, ``\mathrm{ld}`` or ``\lb`` is ``\log_2``.

>>> from kldocs.checker.reading import parse_text
>>> text = "$$\\xH{p || q} = -\\sum_x p(x) \\log q(x)$$\n\n$$\\xH{p || q} = \\H{p} + \\DKL{p || q}$$\n"
>>> [region.text for region in with_user_macros(parse_text(text, "a.md")).math]
['CE(p, q) = -\\sum_x p(x) \\log q(x)', 'CE(p, q) = H(p) + D_{KL}(p || q)']
>>> text = "\\newcommand{\\kl}[2]{D_{\\mathrm{KL}}(#1 \\| #2)}\n\n$\\kl{P}{Q} = 0.5$\n"
>>> [region.text for region in with_user_macros(parse_text(text, "a.md")).math]
['D_{\\mathrm{KL}}(P \\| Q) = 0.5']
>>> text = "\\DeclareMathOperator{\\opMI}{I}\n\\newcommand{\\MIof}[1]{\\opMI[#1]}\n\n"
>>> text += "$\\MIof{X;Y} = \\num[round-precision=2]{0.25}$\n"
>>> [region.text for region in with_user_macros(parse_text(text, "a.md")).math]
['I[X;Y] = 0.25']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.formula_shapes import sign_of_definition
from kldocs.checker.lazy_patterns import lazy

#: Definitions read, characters of a body, rounds of expansion, and how much longer a formula may grow.
MAX_DEFINITIONS = 200
MAX_BODY = 300
MAX_ROUNDS = 6
MAX_GROWTH = 2000
#: Formulas expanded in one document, and formulas tried as the definition of an undefined macro.
MAX_EXPANDED = 5000
MAX_TRIED = 50
#: Characters of a document searched for definitions.
MAX_SEARCHED = 200_000

_DEFINITION = lazy(
    r"\\(?:re)?newcommand\*?\s*+\{?+\s*+\\(?P<name>[A-Za-z]{1,30})\s*+\}?+\s*+(?:\[(?P<arity>[1-9])\])?+\s*+"
    r"(?:\[(?P<default>[^\]\n]{0,40})\])?+\s*+\{"
    r"|\\def\s*+\\(?P<plain>[A-Za-z]{1,30})\s*+(?P<parameters>(?:#[1-9]){0,9})\s*+\{"
    r"|\\DeclareMathOperator\*?\s*+\{?+\s*+\\(?P<operator>[A-Za-z]{1,30})\s*+\}?+\s*+\{"
)
#: A MathJax or KaTeX configuration's macros (``macros: {KL: ["D_{KL}(#1 \\\\| #2)", 2], RR: "\\\\mathbb{R}"}``),
#: read up to :data:`MAX_SCRIPT` characters after ``macros: {``; each entry a JavaScript string (backslashes doubled).
_SCRIPT_MACROS = lazy(r"\b[Mm]acros[\"']?\s*:\s*\{")
_SCRIPT_ENTRY = lazy(
    r"[\s,]*[\"']?(?:\\\\)?(?P<name>[A-Za-z]{1,30})[\"']?\s*:\s*"
    r"(?:\"(?P<body>[^\"\n]{0,300})\"|\[\s*\"(?P<listed>[^\"\n]{0,300})\"\s*,\s*(?P<arity>[0-9])\s*\])"
)
MAX_SCRIPT = 5000
_PAIR = lazy(r"\s*(?:\|\||\\\||\\parallel)\s*")
_USE = lazy(r"\\(?P<name>[A-Za-z]{1,30})")
#: Measures named by an undefined macro of one argument, and how they are written out.
_BY_NAME = {
    "DKL": "D_{KL}(#1)",
    "KL": "D_{KL}(#1)",
    "Dkl": "D_{KL}(#1)",
    "H": "H(#1)",
    "JSD": "JSD(#1)",
    "CE": "CE(#1)",
    "I": "I(#1)",
    "xH": "CE(#1)",
}
#: What the argument of such a macro must hold to be read as the measure's: two distributions for a divergence
#: (``X || Y``), two variables for the mutual information (``X:Y``, ``X;Y|Z``); an undefined ``\I`` otherwise
#: stays as written.
_PAIRED = r"[^\[\]{}=]{1,30}?\s*(?:\|\||\\\||\\parallel(?![A-Za-z])|,)\s*[^\[\]{}=]{1,30}"
_ARGUMENTS = {
    **dict.fromkeys(("DKL", "KL", "Dkl", "JSD", "CE", "xH"), lazy(_PAIRED)),
    "I": lazy(r"\s*[A-Z](?:_\{?\w{1,3}\}?)?\s*[:;]\s*[A-Z](?:_\{?\w{1,3}\}?)?\s*(?:\|\s*[A-Z][^\[\]{}=]{0,20})?"),
    "H": lazy(r"[^\[\]=]{1,40}"),
}
#: Written out, a macro that a definition in the document shows to be the cross-entropy.
_CROSS_ENTROPY = "H(#1)"
#: siunitx's number and quantities (their options, the optional first argument, dropped).
_SIUNITX = {"num": ("#2", 2), "SI": ("#2 #3", 3), "qty": ("#2 #3", 3)}
_OPTION_END = 100
#: The binary logarithm as German and Chinese notes write it (lb, ld: logarithmus dualis), read as ``\log_2``.
_BINARY_LOGS = ("lb", "ld")
_BINARY_LOG = lazy(r"\\(?:operatorname|mathrm|text|rm)\s*\{\s*l[bd]\s*\}")


@dataclass(frozen=True)
class _Macro:
    """``pair``: the one argument is two distributions (``p || q``), written out with a comma between;
    ``default``: the first argument is optional (``[...]``) and this is its value when left out."""

    arity: int
    body: str
    pair: bool = False
    default: str | None = None
    #: For a measure's undefined macro, what its argument must hold (in braces or square brackets) to be read.
    holds: re.Pattern[str] | None = None


def with_user_macros(document: SourceText) -> SourceText:
    """The document with the user macros of its one-line formulas expanded (see the module's description)."""
    if "\\" not in document.text:
        return document
    macros = _defined(document.text[:MAX_SEARCHED])
    formulas = [region for region in document.math if "\\" in region.text]
    for name, body in _BY_NAME.items():
        macros.setdefault(name, _Macro(1, body, pair=name in ("CE", "xH"), holds=_ARGUMENTS.get(name)))
    for name, (body, arity) in _SIUNITX.items():
        macros.setdefault(name, _Macro(arity, body, default=""))
    for name in _BINARY_LOGS:
        macros.setdefault(name, _Macro(0, "\\log_2"))
    for name in _cross_entropies([region for region in formulas if "\n" not in region.text], macros):
        macros.setdefault(name, _Macro(1, _CROSS_ENTROPY, pair=True))
    used = re.compile(r"\\(?:" + "|".join(sorted(macros, key=len, reverse=True)) + r")(?![A-Za-z])")
    changed = {}
    written = [region for region in formulas if used.search(region.text) or _BINARY_LOG.search(region.text)]
    for region in written[:MAX_EXPANDED]:
        expanded = _expanded(region.text, macros) if "\n" not in region.text else _in_place(region.text, macros)
        if "l" in expanded:  # padded in a formula of several lines, whose later lines keep their places
            expanded = _BINARY_LOG.sub(_as_log2 if "\n" in expanded else "\\\\log_2", expanded)
        if expanded != region.text:  # a longer formula's places past its end as written stay in it
            changed[region.offset] = replace(region, text=expanded, written=region.written or len(region.text))
    if not changed:
        return document
    return replace(document, math=tuple(changed.get(region.offset, region) for region in document.math))


def _defined(text: str) -> dict[str, _Macro]:
    """The macros defined in ``text`` with their bodies (a body over :data:`MAX_BODY` characters is skipped)."""
    macros: dict[str, _Macro] = {}
    for match in _DEFINITION.finditer(text):
        if len(macros) >= MAX_DEFINITIONS:
            break
        body = _group(text, match.end() - 1)
        if body is None:
            continue
        body = body.replace("\n", " ")  # a formula keeps its lines
        if match.group("operator"):
            macros[match.group("operator")] = _Macro(0, body)
        elif match.group("name"):
            arity = int(match.group("arity") or 0)
            macros[match.group("name")] = _Macro(arity, body, default=match.group("default") if arity else None)
        else:
            macros[match.group("plain")] = _Macro(len(match.group("parameters")) // 2, body)
    for block in _SCRIPT_MACROS.finditer(text):
        position, end = block.end(), min(len(text), block.end() + MAX_SCRIPT)
        while len(macros) < MAX_DEFINITIONS and (entry := _SCRIPT_ENTRY.match(text, position, end)) is not None:
            body = (entry["body"] if entry["body"] is not None else entry["listed"]).replace("\\\\", "\\")
            macros.setdefault(entry["name"], _Macro(int(entry["arity"] or 0), body))
            position = entry.end()
    return macros


def _group(text: str, start: int) -> str | None:
    """The inside of the brace group opening at ``start``, if it closes within :data:`MAX_BODY` characters."""
    depth = 0
    for index in range(start, min(len(text), start + MAX_BODY + 2)):
        char = text[index]
        if char == "\\":
            continue
        if char == "{" and text[index - 1] != "\\":
            depth += 1
        elif char == "}" and text[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[start + 1 : index]
    return None


def _as_log2(match: re.Match[str]) -> str:
    """``\\log_2`` in place of a binary logarithm's name, padded to its length (later characters keep their place)."""
    return "\\log_2".rjust(len(match.group()))


def _in_place(text: str, macros: dict[str, _Macro]) -> str:
    r"""``text`` of several lines with each line expanded where that does not make it longer, padded to its length,
    and the last line with maths expanded in any case (only the blank lines after it move).

    >>> _in_place("H = 0.5\n= \\num{0.72}.", {"num": _Macro(2, "#2", default="")})
    'H = 0.5\n= 0.72.      '
    >>> _in_place("\nJ = \\K{p},\n", {"K": _Macro(1, "D_{KL}(#1)")})
    '\nJ = D_{KL}(p),\n'
    """
    lines = text.split("\n")
    last = max((index for index, line in enumerate(lines) if line.strip()), default=0)
    for index, line in enumerate(lines):
        if "\\" in line:
            expanded = _expanded(line, macros)
            if len(expanded) <= len(line) or index == last:  # after the last line with maths, only blanks move
                lines[index] = expanded.ljust(len(line))
    return "\n".join(lines)


def _option(text: str, start: int) -> str | None:
    """The inside of the ``[...]`` opening at ``start`` (no nesting, at most :data:`_OPTION_END` characters)."""
    if not text.startswith("[", start):
        return None
    end = text.find("]", start, start + _OPTION_END)
    return None if end < 0 else text[start + 1 : end]


def _expanded(text: str, macros: dict[str, _Macro]) -> str:
    """``text`` with the macros expanded, or as written when expanding does not end within the bounds."""
    limit = len(text) + MAX_GROWTH
    current = text
    for _ in range(MAX_ROUNDS):
        following = _once(current, macros, limit)
        if following is None:
            return text
        if following == current:
            return current
        current = following
    return text


def _once(text: str, macros: dict[str, _Macro], limit: int) -> str | None:
    """One pass of expansion; None when the result would pass ``limit`` characters."""
    pieces: list[str] = []
    position = 0
    length = 0
    for match in _USE.finditer(text):
        if match.start() < position:
            continue
        macro = macros.get(match.group("name"))
        if macro is None or (match.end() < len(text) and text[match.end()].isalpha()):
            continue
        arguments, end = [], match.end()
        if macro.default is not None:
            option = _option(text, end)
            arguments.append(macro.default if option is None else option)
            end += 0 if option is None else len(option) + 2
        for _ in range(macro.arity - len(arguments)):
            while end < len(text) and text[end] == " ":
                end += 1
            argument = _argument(text, end, macro)
            if argument is None:
                break
            arguments.append(argument)
            end += len(argument) + 2
        if len(arguments) < macro.arity:
            continue  # written without its arguments (\KL(P \| Q)): left as it is
        body = macro.body
        for number, argument in enumerate(arguments, 1):
            written = _PAIR.sub(", ", argument) if macro.pair else argument
            body = body.replace(f"#{number}", written.replace(":", ";") if macro.body == "I(#1)" else written)
        pieces += [text[position : match.start()], body]
        length += match.start() - position + len(body)
        if length > limit:
            return None
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _argument(text: str, start: int, macro: _Macro) -> str | None:
    r"""The argument in braces at ``start``, or for a measure's macro in square brackets (``\H[X|Y]``), when it holds
    what the measure takes; else None.

    >>> _argument("\\I[X:Y] + 1", 2, _Macro(1, "I(#1)", holds=_ARGUMENTS["I"]))
    'X:Y'
    >>> _argument("\\I[3]", 2, _Macro(1, "I(#1)", holds=_ARGUMENTS["I"])) is None
    True
    """
    if start >= len(text) or text[start] not in "{[" or (text[start] == "[" and macro.holds is None):
        return None
    argument = _group(text, start) if text[start] == "{" else _option(text, start)
    if argument is None or macro.holds is None or (text[start] == "{" and macro.body in _BRACED):
        return argument  # \DKL{p || q} and \H{p} are read as they always were
    return argument if macro.holds.fullmatch(argument) else None


#: The measures' macros read in braces with any argument, as before square brackets were read.
_BRACED = frozenset({"D_{KL}(#1)", "H(#1)"})


def _cross_entropies(formulas: list[Region], macros: dict[str, _Macro]) -> list[str]:
    """Undefined macros of one argument that a formula defines as the cross-entropy's sum: ``\\xH{p || q} = ...``."""
    names: list[str] = []
    tried = 0
    for region in formulas:
        use = _USE.match(region.text.lstrip())
        if use is None or use.group("name") in macros or "=" not in region.text:
            continue
        tried += 1
        if tried > MAX_TRIED:
            break
        trial = _expanded(region.text, {use.group("name"): _Macro(1, _CROSS_ENTROPY, pair=True)})
        if sign_of_definition(trial) == ("cross_entropy", 1):
            names.append(use.group("name"))
    return names
