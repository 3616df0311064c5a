r"""The measures of decision-tree nodes a line names, each with the value it gives: ``Gain(S, Outlook) = ... = 0.247``.

A measure is named by a word or a letter (:data:`_FORM`: ``Entropy``, ``E``, ``Info``, ``I``, ``Gain``, ``IG``, ``g``,
``SplitInfo``, ``GainRatio``, and their names in other languages), maybe with a subscript (``Info_{Outlook}``) and
its arguments in brackets, or in words (:data:`_WORDED`: "the information gain of Outlook", ``色泽的信息增益``). Its
value is the first number after an ``=`` (or ``≈``, a colon, "is") that ends a sentence, so that a chain's last step
is the value (``= 0.940 - 0.693 = 0.247``). A name that stands inside another's formula (``= H(D) - H(D|A) = ...``)
is a term of it, not a claim. LaTeX's ``\text{...}`` and dollars are read through.

>>> def read(line):
...     return [(form.kind, form.args, form.value) for form in line_forms(line)]
>>> read(r"$\text{Gain}(S, \text{Wind}) = 0.940 - 0.892 = 0.048$")
[('gain', 'S, Wind', '0.048')]
>>> read("g(D, A) = H(D) - H(D|A) = 0.971 - 0.888 = 0.083")
[('gain', 'D, A', '0.083')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.split_values import unit_of

_RATIO = (
    r"Gain[\s_]*Ratio|Gain_?\{?ratio\}?|GR|信息增益(?:比|率)|增益率|ゲイン比|이득\s*비율?|"
    r"Raz[oó]n\s+de\s+ganancia|Gewinnverh[äa]ltnis|Taux\s+de\s+gain"
)
_SPLIT = r"Split[\s_]*Info(?:rmation)?|IV|SI|分裂信息|固有值|분할\s*정보"
_GAIN = (
    r"Information[\s_]*Gain|Info(?:rmation)?[\s_]*Gain|InfoGain|Gain|IG|Ganancia(?:\s+de\s+informaci[oó]n)?|"
    r"Informationsgewinn|Gain\s+d['’]information|Ganho(?:\s+de\s+informa[çc][ãa]o)?|信息增益|情報利得|정보\s*이득|"
    r"Прирост\s+информации|(?-i:g)"
)
_ENTROPY = r"Entrop(?:y|ie|ía|ia)|Ent|Info|(?-i:E|H|I)|熵|엔트로피|エントロピー|Энтропия|энтропия"
#: A measure's name, maybe a subscript (``Info_{Outlook}``), maybe its arguments in brackets.
_FORM = lazy(
    rf"(?<![A-Za-z])(?:(?P<ratio>{_RATIO})|(?P<split>{_SPLIT})|(?P<gain>{_GAIN})|(?P<entropy>{_ENTROPY}))"
    r"(?![A-Za-z])(?:_\s*\{?\s*(?P<sub>[^\W\d][\w]*)\s*\}?)?\s*(?:\(\s*(?P<args>(?:[^()=\n]|=(?!\s*\d)){1,80}?)\s*\))?",
    re.IGNORECASE,
)
_WORD = r"[\"'“「]?(?P<{}>[^\W\d_][\w]*)"
_CJK = r"(?P<{}>[^\W\d_][\w]*?)[\"'”」]?"
#: A gain or an entropy of a named attribute or node in words, up to the verb: "the information gain of Outlook",
#: "色泽的信息增益", "Outlook의 정보 이득", "Outlookの情報利得", "la ganancia de información de Outlook".
_WORDED = lazy(
    r"(?<![A-Za-z])(?:(?:information\s+)?gain\s+(?:of|for)\s+(?:the\s+)?(?:attribute\s+|feature\s+)?"
    + _WORD.format("g1")
    + r"|ganancia(?:\s+de\s+informaci[oó]n)?\s+(?:de|para|del)\s+(?:la\s+|el\s+)?(?:atributo\s+)?"
    + _WORD.format("g2")
    + r"|Informationsgewinn\s+(?:von|für|des)\s+(?:(?:dem|das)\s+)?(?:Attributs?\s+|Merkmals?\s+)?"
    + _WORD.format("g3")
    + r"|gain\s+d['’]information\s+(?:de|pour|du)\s+(?:l['’]attribut\s+)?"
    + _WORD.format("g4")
    + r"|ganho\s+de\s+informa[çc][ãa]o\s+(?:de|para|do)\s+(?:atributo\s+)?"
    + _WORD.format("g5")
    + r"|entropy\s+of\s+(?:the\s+)?(?:node\s+|subset\s+|branch\s+)?"
    + _WORD.format("e1")
    + r"|entrop[ií]a\s+(?:de|del)\s+(?:la\s+|el\s+)?(?:nodo\s+|subconjunto\s+|rama\s+)?"
    + _WORD.format("e2")
    + r"|Entropie\s+(?:von|des|der)\s+(?:Knotens\s+|Teilmenge\s+)?"
    + _WORD.format("e3")
    + r")|"
    + _CJK.format("g6")
    + r"(?:的信息增益|(?:\s*속성)?의\s*정보\s*이득|の情報利得)"
    + "|"
    + _CJK.format("e4")
    + r"(?:的(?:信息)?熵|의\s*엔트로피|のエントロピー)",
    re.IGNORECASE,
)
#: The value a segment gives: after an ``=`` (or ``≈``, a colon, "is"), with its unit and a short tail of words to
#: the end of its sentence (the last step of a chain, ``= 0.940 - 0.693 = 0.247``).
_VALUE = lazy(
    r"(?:=|≈|~|:|：|\b(?:is|ist|es|est|equals|beträgt|vaut|é)\b|为|為|是|은|는|は|约|約)\s*(?:about|approximately|approx\.?|약|"
    r"约|約|≈)?\s*[*_]{0,2}(?P<value>\d*\.\d+|\d+,\d+(?=\s*(?:bits?|nats?)?\s*(?:[(（][^()（）]{1,80}[)）])?\s*[.;。]?\s*$)"
    r"|\d+)(?!\d|\.\d)[*_]{0,2}\s*(?P<unit>bits?|nats?|비트|比特|ビット)?"
    r"(?P<tail>[^\d=≈+\-−*/×。；;！!？?]{0,40}?)(?:[。；;！!？?]|\.(?=\s|$)|$|"
    r"(?<=[\d\w])(?=\s*[(（][^()（）]{1,80}[)）]\s*(?:[.;,，。]|(?:and|et|y|und|e)\s|$)|,?\s*(?:because|since|da|weil|car|porque|pois|因为|因為)\b))",
    re.IGNORECASE,
)
#: LaTeX's text commands, whose argument is read as it is.
_TEXT = lazy(r"\\(?:text|mathrm|operatorname|mathit|textit|textbf|mathbf|rm)\s*\{([^{}]*)\}|\\left|\\right|\\[,;!]|\$")


@dataclass(frozen=True)
class Form:
    """A measure named on a line: which, of what, where its value is and what works it out."""

    kind: str  # "entropy", "gain", "split" or "ratio"
    sub: str | None
    args: str | None
    start: int  # where the name starts in the line as written
    value: str
    unit: str | None
    at: int  # where the value starts in the line as written
    working: str
    letter: bool = False  # named by a letter that may stand for other things (``E``, ``H``)


def line_forms(written: str) -> list[Form]:
    """The measures a line names, each with the value it is given (see the module)."""
    line, where = _plain(written)
    worded = list(_WORDED.finditer(line))
    mutual = _MUTUAL.search(line) is not None  # I(1, 2) of a line about mutual information names two variables
    named = [
        match
        for match in _FORM.finditer(line)
        if _named(match)
        and not any(w.start() <= match.start() < w.end() for w in worded)
        and not (mutual and match.group("entropy") == "I")
    ]
    ordered = sorted([*worded, *named], key=lambda match: match.start())
    matches = [match for match in ordered if _opens(line, match.start())]
    found = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        segment = line[match.end() : end]
        value = _VALUE.search(segment)
        kind, sub, args = _read_name(match)
        if value is None or kind is None:
            continue
        number = value.group("value").replace(",", ".")  # a decimal comma, at the end of its line
        working = segment[: value.start("value")]
        unit = unit_of(value.group("unit") or "") or unit_of(working)  # "H(Weak) in nats = 0.562": the unit before
        at = where[match.end() + value.start("value")]
        letter = match.groupdict().get("entropy") in ("E", "H")
        found.append(Form(kind, sub, args, where[match.start()], number, unit, at, working, letter))
    return found


#: The mutual information named in words, in the languages the checker reads.
_MUTUAL = lazy(r"mutual|mutuelle|mutua|Transinformation|взаимн|互信息|相互情報|상호\s*정보", re.IGNORECASE)
#: What separates one claim from the next on a line, and what shows that a name stands inside a formula.
_SEPARATOR = lazy(r"[,;，；。、:：]|(?<![A-Za-z])(?:and|und|et|y|so|then|thus|hence|while|whereas)(?![A-Za-z])")
#: A list item's mark, which is no minus: ``- Entropy(Sunny) = 0.971``.
_BULLET = lazy(r"\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_OPERATOR = lazy(r"[=≈+\-−*/×·]|\\(?:approx|times|cdot|frac)")


def _opens(line: str, start: int) -> bool:
    """Whether a measure's name at ``start`` opens a claim: nothing but words stands between it and the separator
    before it (``E(Sunny) = 0.971, E(Rain) = ...``), not a formula it is a term of (``= H(D) - H(D|A) = ...``).

    >>> line = "g(D, A) = H(D) - H(D|A) = 0.971 - 0.888 = 0.083, so Gain(A) = 0.083"
    >>> [_opens(line, line.index(name)) for name in ("g(", "H(D)", "H(D|", "Gain")]
    [True, False, False, True]
    >>> _opens("- Entropy(young) = 1.0", 2), _opens("x - Entropy(young) = 1.0", 4), _opens("**So** E(S) = 1", 7)
    (True, False, True)
    """
    prefix = line[:start].replace("**", "  ")  # bold marks (``**Lösung.** ... Entropie(S) = ...``) are no product
    bullet = _BULLET.match(prefix)
    cut = max((match.end() for match in _SEPARATOR.finditer(prefix)), default=bullet.end() if bullet else 0)
    return _OPERATOR.search(prefix, cut) is None


def _read_name(match: re.Match[str]) -> tuple[str | None, str | None, str | None]:
    """The measure a name stands for, its subscript and its arguments; no measure for a name read of nothing."""
    groups = match.groupdict()
    if "g1" in groups:  # a gain or an entropy in words
        named = next((name for name, value in groups.items() if value is not None), "")
        return ("gain" if named.startswith("g") else "entropy"), None, groups[named]
    if match.group("args") is None and match.group("sub") is None and not _bare(match):
        return None, None, None
    kind = next(name for name in ("ratio", "split", "gain", "entropy") if match.group(name))
    return kind, match.group("sub"), match.group("args")


def _named(match: re.Match[str]) -> bool:
    """Whether a measure's name is read: a letter alone (``E``, ``H``, ``I``) only with brackets or a subscript."""
    name = match.group("entropy")
    return not (name and len(name) == 1 and match.group("args") is None and match.group("sub") is None) or _bare(match)


def _bare(match: re.Match[str]) -> bool:
    """A measure's name without arguments, read of the node before it on its line: a word, not a letter."""
    name = match.group("entropy")
    return bool(name) and (len(name) > 1 or name == "熵")


def key_text(line: str) -> str:
    """A line as names are compared in it (see :func:`~.class_counts.key`), for finding an attribute's name."""
    return _TEXT.sub(lambda match: match.group(1) or "", line).casefold()


def _plain(line: str) -> tuple[str, list[int]]:
    """The line with LaTeX's text commands and dollars taken out, and where each of its characters was written."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for match in _TEXT.finditer(line):
        out.append(line[last : match.start()])
        where.extend(range(last, match.start()))
        if match.group(1) is not None:
            out.append(match.group(1))
            where.extend(range(match.start(1), match.end(1)))
        last = match.end()
    out.append(line[last:])
    where.extend(range(last, len(line) + 1))
    return "".join(out), where
