r"""Properties written with a formula in the sentence, and identities written with the measures' names.

A paragraph's inline maths is put back in place (the same length, delimiters as
spaces) and read for:

- a divergence zero exactly when its two distributions are equal:
  ``$D_{KL}(P || Q) = 0$ **if and only if** $P = Q$``, ``JSD(P||Q) = 0 iff P = Q`` (for the
  cross-entropy ``H(P, Q)`` that is false), also in words when the subject is "the divergence" and the
  sentence goes on for a while ("The divergence ..., and is zero only when the two match");
- the entropy zero exactly when one outcome is certain: ``H = 0 if and only if p_i = 1 for some i``;
- the entropy's largest value: ``H_{max} = \log_2(n)`` for ``n`` outcomes;
- a range: ``JSD(P||Q) in [0, 1]``, ``JSD ∈ [0, log 2]`` (bounded), ``D_KL ∈ [0, ∞)`` (no upper bound);
- the distribution a KL divergence is an expectation under: ``D_{KL}(p \| q)`` "is an expectation under $p$" (under
  ``q`` it is false);
- the cross-entropy smallest when Q = P ("当Pi=qi时,得到的熵最小"; "largest" there is false);
- a divergence of a distribution from itself: "If Q = P, KL = 0", "Si P = Q, alors JS = 0";
- the JSD's mixture defined by itself, ``where M = (P+M)/2`` shortly after the JSD is named (false);
- an identity between the measures' names, a line of its own: ``KL散度 = 交叉熵 - 熵``,
  ``Cross-entropy = Entropy + KL divergence``.

Each is a :class:`~kldocs.checker.property_claims.Property`, judged in general by
:mod:`~kldocs.checker.properties`. A sentence that asks or supposes is not read.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("Note that $JSD(P \\| Q) = 0$ if and only if $P = Q$.\n", "a.md")
>>> [(item.measure, item.property, item.negated) for item in formula_properties(document, document.paragraphs[0])]
[('jsd', 'zero_iff_equal', False)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kldocs.checker.definition_notation import plain_densities
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_words import LABEL_WORDS
from kldocs.checker.property_claims import Property
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.screens import either, mentions
from kldocs.checker.tokens import TooComplexError, tokenize

_BARS = r"(?:\\\||\|\||‖|\\parallel|\\Vert|\|(?!\|)|,|;)"
#: A divergence of two named distributions: ``D_{\text{KL}}(P \| Q)``, ``JSD(P||Q)``.
_SYMBOL = (
    r"(?<![A-Za-z\\])(?P<name>D_\{?\\?(?:text|mathrm|rm)?\{?(?:KL|JS)\}?\}?|D_?KL|Dₖₗ|KL|JSD|JS|D)\s*"
    r"(?:\\left)?\(\s*(?P<a>[A-Za-z])\s*" + _BARS + r"\s*(?P<b>[A-Za-z])\s*(?:\\right)?\)"
)
#: "if and only if" and its signs, in the languages read.
IFF = (
    r"(?:if\s+and\s+only\s+if|iff|only\s+(?:when|if)|exactly\s+when|precisely\s+when|⟺|⇔|\\iff|\\Leftrightarrow|"
    r"si\s+et\s+seulement\s+si|si\s+y\s+s[oó]lo\s+si|se\s+e\s+solo\s+se|se\s+e\s+somente\s+se|genau\s+dann,?\s+wenn"
    r"|当且仅当)"
)
_MARKUP = r"[\s*_$,]*"
_ZERO_IFF_EQUAL = lazy(
    _SYMBOL
    + r"\s*=\s*0(?![0-9.,])"
    + _MARKUP
    + IFF
    + _MARKUP
    + r"(?:(?P<c>[A-Za-z])\s*=\s*(?P<d>[A-Za-z])(?![A-Za-z(_])|(?:the\s+)?(?:two\s+)?distributions\s+(?:are\s+)?"
    r"(?:identical|equal|the\s+same|coincide|match))",
    re.IGNORECASE,
)
#: "The divergence ..., and is zero only when the two match": any divergence is 0 exactly when P = Q.
_DIVERGENCE_ZERO = lazy(
    r"(?<![A-Za-z])(?:the|this)\s+(?:KL\s+|Kullback[-‐ ]Leibler\s+|relative\s+)?divergence(?![A-Za-z])"
    r"(?P<middle>[^.;?!\n]{0,200}?)(?<![A-Za-z])(?:is|equals|becomes)\s+(?:zero|0)\s+" + IFF + r"\s+"
    r"(?:the\s+two(?:\s+distributions)?|the\s+distributions|[A-Za-z]\s+and\s+[A-Za-z])\s+"
    r"(?:match|coincide|agree|are\s+(?:equal|identical|the\s+same))(?![A-Za-z])",
    re.IGNORECASE,
)
_ENTROPY_ZERO = lazy(
    r"(?<![A-Za-z\\])H(?:\s*\(\s*[A-Za-z]\s*\))?\s*=\s*0(?![0-9.,])"
    + _MARKUP
    + IFF
    + _MARKUP
    + r"(?:p_\{?i\}?\s*=\s*1[\s$]*for\s+(?:some|one|a\s+single)[\s$]*i(?![A-Za-z])|one\s+(?:outcome|event|symbol)\s+"
    r"(?:is\s+certain|has\s+probability\s+(?:1|one)))",
    re.IGNORECASE,
)
_LOG_N = r"\\?log\s*(?:_?\s*\{?2?\}?|₂)\s*(?:\(\s*)?(?:n|N|K|\|[A-Za-z]\||\|\\mathcal\{[A-Za-z]\}\|)(?:\s*\))?"
#: The entropy at most the logarithm of its alphabet's size: ``H(X) \leq \log |\mathcal X|``, ``H(X) ≤ log2 |X|``
#: (true of every X; the bars hold the alphabet's size, not a value).
_ALPHABET_BOUND = lazy(
    r"(?<![A-Za-z\\])H\s*[(\[]\s*(?P<variable>[A-Z])\s*[)\]]\s*(?:\\leq?(?![A-Za-z])|≤|⩽|<=)\s*"
    r"\\?(?:log|ln|lg)\s*(?:_\s*\{?\s*(?:2|e|b|10)\s*\}?|2|₂)?\s*(?:\(\s*)?"
    r"(?:\\left)?\s*(?:\||\\vert|\\lvert)\s*(?:\\mathcal\s*\{?\s*(?P=variable)\s*\}?|(?P=variable)|(?<=\|)(?:𝒳|\\chi|χ))\s*"
    r"(?:\\right)?\s*(?:\||\\vert|\\rvert)(?!\s*[-+*/^_0-9(])"
)
#: The same bound with the number of outcomes named by a letter, in any base: ``H(X) \le \log N``,
#: ``H(X) \le \operatorname{lb} N`` (log2), ``H(X) ≤ log2 n``. Any entropy of a variable with N outcomes is at
#: most log N, and so is the entropy of a sample of N.
_COUNT_BOUND = lazy(
    r"(?<![A-Za-z\\])H\s*[(\[]\s*[A-Z]\s*[)\]]\s*(?:\\leq?(?![A-Za-z])|≤|⩽|<=)\s*"
    r"(?:\\?(?:log|ln|lg)\s*(?:_\s*\{?\s*(?:2|e|b|10)\s*\}?|2|₂)?|\\(?:operatorname|mathrm)\s*\{\s*(?:lb|ld)\s*\}|lb|ld)"
    r"\s*(?:\(\s*(?:[nNKM])\s*\)|\{\s*[nNKM]\s*\}|(?<![A-Za-z])[nNKM])(?![A-Za-z0-9_^({]|\s*[-+*/^(])"
)
_ENTROPY_MAX = lazy(r"(?<![A-Za-z\\])H_\{?(?:\\(?:text|mathrm)\{)?max\}?\}?\s*=\s*" + _LOG_N + r"(?![A-Za-z0-9(])")
_MEASURE_NAME = r"(?P<range_name>D_\{?\\?(?:text|mathrm)?\{?(?:KL|JS)\}?\}?|D_?KL|KL|JSD)"
_UPPER = r"(?P<upper>1|\\?log\s*_?\{?2?\}?\s*\(?2\)?|\\?ln\s*\(?2\)?|∞|\+∞|\\infty|inf(?:inity)?)"
_RANGE = lazy(
    r"(?:" + _SYMBOL + r"|(?<![A-Za-z\\])" + _MEASURE_NAME + r"(?![A-Za-z(]))\s*(?:∈|\\in|in|is\s+in|lies\s+in)\s*"
    r"\[\s*0\s*,\s*" + _UPPER + r"\s*[\])](?!\.?[0-9])"
)
#: "where M = (P+M)/2": the JSD's mixture defined by itself (it must be M = (P+Q)/2); read after "where" or "with".
_SELF_MIXTURE = lazy(
    r"(?<![A-Za-z])(?:where|with)\s+M\s*=\s*(?:\(\s*(?:[A-LN-Z]\s*\+\s*M|M\s*\+\s*[A-LN-Z])\s*\)\s*/\s*2|"
    r"\\frac\{\s*(?:[A-LN-Z]\s*\+\s*M|M\s*\+\s*[A-LN-Z])\s*\}\{\s*2\s*\})(?![A-Za-z0-9])"
)
#: Words (folded) that say the text is about the JSD, one of which must stand shortly before the mixture.
_JSD_WORDS = ("jensen", "jsd", "js ")
#: Characters read before the mixture for those words.
_JSD_REACH = 600
#: "The cross-entropy is smallest when q = p", "当Pi=qi时,得到的熵最小" (the entropy of one distribution has no such
#: condition: it is the cross-entropy); largest there is the opposite.
_SMALLEST_WHEN_EQUAL = lazy(
    r"当\s*(?P<a>[PpQq])_?i?\s*=\s*(?P<b>[PpQq])_?i?\s*(?:时|的时候)[,，]?[^。！？\n]{0,10}?(?:交叉)?熵(?:值)?(?:就)?"
    r"(?:最小|(?P<largest>最大))|cross[-‐ ]?entropy(?:\s+H\(\s*[PpQq]\s*,\s*[PpQq]\s*\))?\s+is\s+(?:smallest|minimal|"
    r"minimi[sz]ed|lowest|at\s+its\s+minimum|(?P<large>largest|maximal|maximi[sz]ed|highest))\s+(?:when|if|for)\s+"
    r"(?:(?P<c>[PpQq])\s*=\s*(?P<d>[PpQq])(?![A-Za-z(])|(?P<words>the\s+(?:two\s+)?distributions\s+(?:are\s+(?:equal|identical|"
    r"the\s+same)|match|coincide)(?![A-Za-z])))",
    re.IGNORECASE,
)
#: "D_KL(p || q) is an expectation under p": the KL divergence averages log(p/q) over its first distribution.
_EXPECTATION = lazy(
    _SYMBOL + r"[\s$]*(?:is|=)\s+(?:an?\s+|the\s+)?(?:expectation|expected\s+value|average)\s+(?:taken\s+)?"
    r"(?:under|over|with\s+respect\s+to|w\.r\.t\.?)\s+(?:the\s+distribution\s+)?\$?\s*(?P<under>[A-Za-z])(?![A-Za-z(_])",
    re.IGNORECASE,
)
#: "If Q = P, KL = 0", "Si P = Q, alors JS = 0", "P = Q 이면 KL = 0": a divergence named alone, of a distribution from
#: itself (written with its arguments, ``D_KL(P||Q) = 0``, it is read as an identity under a supposition).
_EQUAL_THEN = lazy(
    r"(?:(?<![A-Za-z])(?:if|when|whenever|for|si|wenn|falls|quand|lorsque|cuando|se|quando)\s+(?P<a>[PQ])\s*=\s*(?P<b>[PQ])"
    r"|(?P<c>[PQ])\s*=\s*(?P<d>[PQ])\s*(?:이면|일\s*때|なら(?:ば)?|のとき|の場合|时|时候))"
    r"\s*[,，、]?\s*(?:then\s+|alors\s+|entonces\s+|dann\s+(?:ist\s+)?|ent[ãa]o\s+|we\s+get\s+|on\s+a\s+)?"
    r"(?P<name>D_\{?\\?(?:text|mathrm|rm)?\{?(?:KL|JS)\}?\}?|D_?KL|KL|JSD|JS)(?![A-Za-z(])\s*=\s*"
    r"(?:(?P<zero>0)(?![0-9]|[.,][0-9])|(?P<other>[0-9]+(?:\.[0-9]+)?)(?![0-9]|[.,][0-9]))",
    re.IGNORECASE,
)
#: Words one of which is in every match of :data:`_COUNT_BOUND`.
_COUNT_ANCHORS = ("log", "ln", "lg", "lb", "ld")
_IFF_ANCHORS = ("iff", "only", "exactly", "precisely", "⟺", "⇔", "leftrightarrow", "seulement", "solo", "sólo", "genau")
#: Each pattern with words (folded), one of which is in every match of it (see :mod:`~kldocs.checker.screens`).
_READ = (
    (_ZERO_IFF_EQUAL, (*_IFF_ANCHORS, "当且仅当")),
    (_DIVERGENCE_ZERO, ("zero",)),
    (_ENTROPY_ZERO, _IFF_ANCHORS),
    (_ENTROPY_MAX, ("max",)),
    (_ALPHABET_BOUND, ("|", "vert")),
    (_COUNT_BOUND, _COUNT_ANCHORS),
    (_RANGE, ("[0",)),
    (_SELF_MIXTURE, ("/2", "/ 2", "{2}")),
    (_EXPECTATION, ("expectation", "expected", "average")),
    (_EQUAL_THEN, ("p =", "p=", "q =", "q=")),
    (_SMALLEST_WHEN_EQUAL, ("最小", "最大", "smallest", "minim", "lowest", "largest", "maxim", "highest")),
)
#: The anchors of every pattern of :data:`_READ`: a paragraph with none of them is passed over with one look.
_READ_ANCHORS = either(*(anchors for _, anchors in _READ))
#: What turns a sentence round or makes it a question: it is not read.
_NOT_STATED = lazy(r"(?<![A-Za-z])(?:not|never|if\s+we|suppose|whether|claim|myth|wrong)(?![A-Za-z])|如果|吗", re.I)

#: A plus or minus between names, not the hyphen inside one (``Cross-entropy``, ``Kullback-Leibler``).
_OPERATOR = lazy(r"[+−]|(?<![A-Za-z])-|-(?![A-Za-z])")
#: Most characters of a line read as an identity between names.
_IDENTITY_LINE = 120
_IDENTITY_ANCHORS = ("entrop", "熵", "エントロピー", "엔트로피", "kl", "kullback")


def formula_properties(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The properties a paragraph writes with formulas, and identities between the measures' names."""
    text = _written(document, paragraph)
    for pattern, anchors in _READ if mentions(text, _READ_ANCHORS) else ():
        if mentions(text, anchors):
            for match in pattern.finditer(text):
                found = _property(pattern, match)
                at = paragraph.offset + match.start()
                if pattern is _SELF_MIXTURE and not mentions(document.text[max(0, at - _JSD_REACH) : at], _JSD_WORDS):
                    continue  # M = (P+M)/2 far from any JSD: an update, not the mixture
                if found is not None and not _asked_or_denied(text, match):
                    yield _at(document, paragraph, match, *found)
    if "=" in text and mentions(text, _IDENTITY_ANCHORS):
        start = 0
        for line in text.split("\n"):
            said = _identity(line) if len(line) <= _IDENTITY_LINE and line.count("=") == 1 else None
            if said is not None:
                offset = paragraph.offset + start
                shown = " ".join(line.split())
                yield Property(document.line(offset), shown, said[0], "decomposition", said[1], offset)
            start += len(line) + 1


#: Most characters of a formula read for a property of its own.
_FORMULA_LENGTH = 200
#: The properties read in a formula of its own, and the words one of which each needs.
_LONE_PATTERNS = (_ZERO_IFF_EQUAL, _ENTROPY_ZERO, _ALPHABET_BOUND, _COUNT_BOUND)
_LONE_ANCHORS = (*_IFF_ANCHORS, "|", "vert", *_COUNT_ANCHORS)
#: A list item's mark and spacing: what may stand on a line beside a formula read on its own.
_ITEM_MARK = lazy(r"\s*(?:[-*+•]|[0-9]{1,3}[.)])?\s*")


def lone_formula_properties(document: SourceText, region: Region) -> Iterator[Property]:
    r"""The properties a formula with no prose on its line states, which no paragraph holds: a divergence zero
    exactly when its distributions are equal (``$$KL(p,q) = 0 \iff p = q$$``), the entropy zero exactly when one
    outcome is certain, the entropy at most the logarithm of its alphabet's size.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("Gibbs:\n\n- $KL(p, q) = 0 \\iff p = q$\n- $H(X) \\le \\log |\\mathcal X|$\n", "a.md")
    >>> [(item.measure, item.property) for math in document.math for item in lone_formula_properties(document, math)]
    [('kl', 'zero_iff_equal'), ('entropy', 'bounded')]
    """
    text = region.text
    if region.kind not in ("inline", "display") or len(text) > _FORMULA_LENGTH or not mentions(text, _LONE_ANCHORS):
        return
    if region.kind == "inline":
        start = document.text.rfind("\n", 0, region.offset) + 1
        end = document.text.find("\n", region.offset + len(text))
        before = document.text[start : region.offset].rstrip("$")
        after = document.text[region.offset + len(text) : len(document.text) if end < 0 else end].lstrip("$")
        if not _ITEM_MARK.fullmatch(before) or after.strip(" \t.,;:"):
            return  # a line of prose: its paragraph reads it
    plain = plain_densities(text)  # KL[p^*(x) \| p(x|\phi)] = 0 \iff p^*(x) = p(x|\phi)
    for pattern in _LONE_PATTERNS:
        for match in pattern.finditer(plain):
            found = _property(pattern, match)
            if found is not None and not _asked_or_denied(plain, match):
                shown = " ".join(text.split())
                yield Property(document.line(region.offset), shown, found[0], found[1], found[2], region.offset)


def _written(document: SourceText, paragraph: Region) -> str:
    """The paragraph with its inline maths and line breaks as written, delimiters as spaces; the same length."""
    return in_place(document, paragraph) or paragraph.text.replace(BLANK, " ")


def in_place(document: SourceText, paragraph: Region) -> str | None:
    r"""The paragraph with its inline maths and line breaks as written, delimiters as spaces; the same length. None
    when the paragraph's text does not stand where the document has it (LaTeX rewritten by its reader).

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("So $H(X) = 0$ here.\n", "a.md")
    >>> in_place(document, document.paragraphs[0])
    'So  H(X) = 0  here.'
    """
    text = paragraph.text
    written = document.text[paragraph.offset : paragraph.offset + len(text)]
    if written == text:  # no maths, and its line breaks are the document's
        return text
    if len(written) != len(text):
        return None
    characters, start = list(text), 0
    for run in [*(_BLANKS.finditer(text) if BLANK in text else ()), None]:
        end = len(text) if run is None else run.start()
        if written[start:end].replace("\n", " ") != text[start:end].replace("\n", " "):
            return None
        if run is not None:
            characters[run.start() : run.end()] = written[run.start() : run.end()].replace("$", " ")
            start = run.end()
    at = written.find("\n")
    while at >= 0:
        if characters[at] == " ":
            characters[at] = "\n"
        at = written.find("\n", at + 1)
    return "".join(characters)


def named_in_place(document: SourceText, paragraph: Region) -> Region:
    r"""The paragraph with each inline formula that is one divergence's symbol named in words (``KL``, ``JSD``) and
    any other measure's symbol as spaces, so that "La divergenza $D_{KL}(P \\| Q)$ è sempre ..." has its subject.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("The divergence $D_{KL}(P \\| Q)$ is asymmetric.\n", "a.md")
    >>> named_in_place(document, document.paragraphs[0]).text
    'The divergence  KL              is asymmetric.'
    """
    text = paragraph.text
    if BLANK not in text:
        return paragraph
    written = in_place(document, paragraph)
    if written is None:
        return paragraph
    characters = list(text)
    for run in _BLANKS.finditer(text):
        maths = written[run.start() : run.end()].strip()
        try:
            tokens = tokenize(maths) if len(maths) <= _SYMBOL_LENGTH else []
        except TooComplexError:
            tokens = []
        if len(tokens) == 1 and tokens[0].symbol is not None:
            name = _NAMES.get(tokens[0].symbol.measure, "")
            characters[run.start() : run.end()] = (" " + name).ljust(run.end() - run.start())[: run.end() - run.start()]
    return replace(paragraph, text="".join(characters))


#: The words put in place of a divergence's symbol; other measures' symbols become spaces.
_NAMES = {"kl": "KL", "jsd": "JSD"}
#: Most characters of a formula read as one symbol.
_SYMBOL_LENGTH = 60


_BLANKS = lazy(BLANK + "+")


def _property(pattern: re.Pattern[str], match: re.Match[str]) -> tuple[str, str, bool] | None:
    """The measure, the property and whether ``pattern``'s match says the opposite; None when it is not one."""
    if pattern is _ZERO_IFF_EQUAL:
        pair = {match.group("a").upper(), match.group("b").upper()}
        if match.group("c") is not None and {match.group("c").upper(), match.group("d").upper()} != pair:
            return None
        measure = _symbol_measure(match.group("name"))
        return None if measure is None or len(pair) != 2 else (measure, "zero_iff_equal", False)
    if pattern is _DIVERGENCE_ZERO:
        return None if _NOT_STATED.search(match.group("middle")) else ("kl", "zero_iff_equal", False)
    if pattern is _ENTROPY_ZERO:
        return "entropy", "zero_iff_certain", False
    if pattern in (_ENTROPY_MAX, _ALPHABET_BOUND, _COUNT_BOUND):
        return "entropy", "bounded", False
    if pattern is _SELF_MIXTURE:
        return "jsd", "mixture", True
    if pattern is _EXPECTATION:
        first, second, under = (match.group(name) for name in ("a", "b", "under"))
        if _symbol_measure(match.group("name")) != "kl" or first == second or under not in (first, second):
            return None
        after = match.string[match.end() : match.end() + 12]
        if under != first and not re.match(r"[\s$]*(?:[.,;:!—–]|$|so\s|and\s|but\s)", after):
            return None  # "under q of (p/q) log(p/q)": what it averages may be weighted
        return "kl", "expectation_under", under != first
    if pattern is _EQUAL_THEN:
        pair = {(match.group("a") or match.group("c")).upper(), (match.group("b") or match.group("d")).upper()}
        measure = _symbol_measure(match.group("name"))
        if measure is None or len(pair) != 2:
            return None
        return measure, "self_zero", match.group("zero") is None  # "If P = Q, KL = 1": not zero
    if pattern is _SMALLEST_WHEN_EQUAL:
        letters = {(match.group(name) or "").lower() for name in ("a", "b", "c", "d")} - {""}
        largest = bool(match.group("largest") or match.group("large"))
        equal = letters == {"p", "q"} or match.group("words") is not None  # "when the two distributions match"
        return ("cross_entropy", "min_at_equal", largest) if equal else None
    measure = _symbol_measure(match.group("name") or match.group("range_name"))
    if measure is None:
        return None
    upper = match.group("upper").lower()
    unbounded = upper.strip("+") in ("∞", "\\infty", "inf", "infinity")
    return measure, "bounded", unbounded


def _symbol_measure(name: str) -> str | None:
    """``kl`` or ``jsd`` for a symbol's name (``D_{\\text{KL}}``, ``JSD``), or None."""
    flat = re.sub(r"text|mathrm|rm|[^A-Za-zₖₗ]", "", name).upper()
    return {
        "DKL": "kl",
        "DₖₗKL": "kl",
        "Dₖₗ": "kl",
        "KL": "kl",
        "D": "kl",
        "DJS": "jsd",
        "JS": "jsd",
        "JSD": "jsd",
    }.get(flat)


def _asked_or_denied(text: str, match: re.Match[str]) -> bool:
    """True when the sentence holding the match asks, supposes or denies."""
    start = max(text.rfind(mark, 0, match.start()) for mark in (". ", "! ", "? ", "\n", "。")) + 1
    end_match = re.compile(r"[.?!。？](?:\s|$)|\n").search(text, match.end())
    end = len(text) if end_match is None else end_match.end()
    return (
        "?" in text[match.end() : end]
        or "？" in text[match.end() : end]
        or bool(_NOT_STATED.search(text, start, match.start()))
    )


def _identity(line: str) -> tuple[str, bool] | None:
    """``KL = cross-entropy - entropy`` in names: the measure on the left and whether the decomposition is wrong.

    >>> _identity("KL散度 = 交叉熵 - 熵"), _identity("Entropy = Cross-entropy + KL divergence")
    (('kl', False), ('entropy', True))
    """
    left, right = line.split("=")
    signs = _OPERATOR.findall(right)
    if len(signs) != 1 or any(character.isdigit() for character in line):
        return None
    first, second = _OPERATOR.split(right)
    names = [_word_measure(part) for part in (left, first, second)]
    if None in names or len(set(names)) != 3:
        return None
    measure, first_name, second_name = (str(name) for name in names)
    plus = signs[0] == "+"
    right_ones = {
        "cross_entropy": plus and {first_name, second_name} == {"entropy", "kl"},
        "kl": not plus and (first_name, second_name) == ("cross_entropy", "entropy"),
        "entropy": not plus and (first_name, second_name) == ("cross_entropy", "kl"),
    }
    return measure, not right_ones[measure]


def _word_measure(words: str) -> str | None:
    """The measure a name is, in any language read, when it is that name and nothing else."""
    cleaned = words.strip(" *_`")
    for measure, pattern in LABEL_WORDS:
        if re.fullmatch(pattern, cleaned, re.IGNORECASE):
            return measure if measure in ("entropy", "cross_entropy", "kl") else None
    return None


def _at(
    document: SourceText, paragraph: Region, match: re.Match[str], measure: str, kind: str, negated: bool
) -> Property:
    offset = paragraph.offset + match.start()
    return Property(document.line(offset), " ".join(match.group().split()), measure, kind, negated, offset)
