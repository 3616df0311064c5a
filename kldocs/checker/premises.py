r"""An equation between Shannon's measures drawn from what is supposed just before it: "if ..., then $A$, so $B$".

"If Y tells everything about X, then $H(X|Y) = 0$, so $I(X;Y) = H(X)$": the second equation is no identity, but
it follows from the first by Shannon's identities (``I(X;Y) - H(X) = -H(X|Y)``). It holds when the difference of
its sides is a multiple of the premise's, both written as combinations of joint entropies; otherwise nothing is
said of it here. The premise must stand on the same line, right before, in a sentence that supposes ("if",
"when", "se", "si", "如果") and leads to it ("so", "thus", "hence", "quindi", "所以").

"If X and Y are independent, then $H(X|Y) = H(X)$": a claim under that supposition (in seven languages) holds
when the difference of its sides is a multiple of ``I(X;Y)``, which independence makes 0; a strict inequality
between such sides ("se X e Y sono indipendenti, H(X|Y) < H(X)") is false, the two being equal. Nothing may stand
between the supposition and the claim that turns it round ("otherwise", "but", "not", a sentence's end).

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> line = r"If $Y$ says nothing about $X$, then $H(X|Y) = H(X)$, so $I(X;Y) "
>>> text = "I(X;Y) = 0"
>>> (claim,) = [item for item in statements(tokenize(text), text) if not item.fallback]
>>> premised(line, claim)[2]
"it follows from H(X|Y) = H(X), written just before it, by Shannon's identities"
"""

from __future__ import annotations

import re
from fractions import Fraction

from kldocs.checker.chains import Statement, statements
from kldocs.checker.conditions import CONDITION_WORDS
from kldocs.checker.found import Found
from kldocs.checker.judging import Verdict
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.shannon_measures import equation_form, mutual_form
from kldocs.checker.shannon_trials import independent_gap
from kldocs.checker.tokens import TooComplexError, tokenize

#: Characters read back from a claim for its premise.
_REACH = 300
#: The premise's formula and the words that lead from it to the claim, at the end of the text before the claim.
_LEADS_TO = lazy(
    r"(?:\$|\\\()(?P<premise>[^$]{1,120}?)(?:\$|\\\))\s*,?\s*(?:(?:and\s+)?(?:so|thus|hence|therefore|then|"
    r"which\s+gives|quindi|dunque|allora|entonces|así\s+que|por\s+lo\s+tanto|portanto|então|donc|also|所以|因此|于是|"
    r"从而)\s*,?\s*)(?:\$|\\\()?\s*$",
    re.IGNORECASE,
)
#: A word that supposes, before the premise in its sentence.
_SUPPOSES = lazy(
    r"(?<![^\W\d_])(?:if|when|whenever|suppose|se|si|quando|cuando|quand|lorsque|wenn|falls)(?![^\W\d_])|如果|假如|若|当",
    re.IGNORECASE,
)
_SENTENCE_END = lazy(r"[.!?。！？](?=\s)")


def premised(before: str, claim: Statement) -> tuple[str, Verdict, str] | None:
    """The kind, verdict and note of ``claim`` judged under the premise written right before it (``before``: the text
    of its line up to a place in its formula), when it follows from it by Shannon's identities; else None."""
    opening = max(before.rfind("$"), before.rfind("\\("))  # where the claim's formula opens
    text = before[max(0, opening - _REACH) : opening + 1]
    lead = _LEADS_TO.search(text)
    if lead is None:
        return None
    sentence_start = max([0, *(end.end() for end in _SENTENCE_END.finditer(text, 0, lead.start()))])
    if _SUPPOSES.search(text, sentence_start, lead.start()) is None:
        return None
    formula = lead.group("premise")
    try:
        read = [item for item in statements(tokenize(formula), formula) if not item.fallback]
    except TooComplexError:
        return None
    if len(read) != 1 or read[0].relation != "=" or claim.relation != "=":
        return None
    wanted, given = equation_form(claim), equation_form(read[0])
    if not wanted or not given or not _multiple(wanted, given):
        return None
    return "identity", "holds", f"it follows from {read[0].text}, written just before it, by Shannon's identities"


def _multiple(form: dict[frozenset[str], Fraction], other: dict[frozenset[str], Fraction]) -> bool:
    """Whether ``form`` is a non-zero multiple of ``other``.

    >>> x, xy = frozenset("X"), frozenset("XY")
    >>> _multiple({x: Fraction(2), xy: Fraction(-2)}, {x: Fraction(-1), xy: Fraction(1)})
    True
    """
    if form.keys() != other.keys():
        return False
    key = next(iter(form))
    ratio = form[key] / other[key]
    return all(form[name] == ratio * other[name] for name in form)


#: A random variable's name in a supposition: ``X``, ``X_1``, ``$Y$``.
_NAME = r"\$?\s*(?P<{}>(?![PQ])[A-Z](?:_\{{?[A-Za-z0-9]{{1,3}}\}}?|[0-9])?)\s*\$?"
_AND = r"\s*(?:and|e|y|et|und|и|&|和|与|及|跟|와|과|と)\s*"
#: "If X and Y are independent", "per X e Y indipendenti", "如果X和Y独立", "X와 Y가 독립이면", "XとYが独立なら": the two
#: names, groups ``a`` and ``b``; unnamed, "if they are independent", "독립이면".
_INDEPENDENT = lazy(
    r"(?:(?<![^\W\d_])(?:if|when|whenever|given\s+that|suppose|assume|se|si|quando|cuando|quand|lorsque|wenn|falls)\s+"
    r"(?:the\s+(?:random\s+)?variables\s+|le\s+variabili\s+|las\s+variables\s+|as\s+vari[áa]veis\s+)?"
    + _NAME.format("a")
    + _AND
    + _NAME.format("b")
    + r"\s+(?:(?:are|were|be|sono|siano|son|sean|s[ãa]o|forem|sont|sind)\s+)?(?:statistically\s+|mutually\s+|"
    r"statisticamente\s+|estad[ií]sticamente\s+|estatisticamente\s+|statistiquement\s+|stochastisch\s+)?"
    r"(?:independent|indipendenti|independientes|independentes|ind[ée]pendant[e]?s|unabh[äa]ngig)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:for|per|para|pour|f[üu]r)\s+(?:two\s+|due\s+|dos\s+|duas\s+|deux\s+|zwei\s+)?"
    r"(?:statistically\s+|mutually\s+)?(?:independent|indipendenti|independientes|independentes|ind[ée]pendantes|"
    r"unabh[äa]ngige)\s+(?:(?:random\s+)?variables|variabili(?:\s+aleatorie)?|variables\s+aleatorias|"
    r"vari[áa]veis(?:\s+aleat[óo]rias)?|variables\s+al[ée]atoires|(?:Zufalls)?variablen)?\s*(?:"
    + _NAME.format("k")
    + _AND
    + _NAME.format("l")
    + r")?"
    r"|(?<![^\W\d_])(?:if|when|whenever)\s+(?:they|both|the\s+(?:two\s+)?(?:random\s+)?variables)\s+(?:are|were|be)\s+"
    r"(?:statistically\s+|mutually\s+)?independent(?![^\W\d_])"
    r"|(?:如果|若|假如|假设|当)\s*" + _NAME.format("c") + _AND + _NAME.format("d") + r"\s*(?:相互|统计)?独立"
    r"|(?:对于|對於)\s*(?:两个)?(?:统计|相互)?独立的(?:信源|随机变量)?\s*"
    + _NAME.format("i")
    + _AND
    + _NAME.format("j")
    + r"|"
    + _NAME.format("e")
    + _AND
    + _NAME.format("f")
    + r"\s*(?:가|이)\s*(?:서로\s*)?독립(?:이면|일\s*때|인\s*경우)"
    r"|" + _NAME.format("g") + _AND + _NAME.format("h") + r"\s*が\s*独立(?:なら|のとき|の場合|であれば)"
    r"|(?<![^\W\d_])(?:두\s*(?:확률)?변수가\s*)?(?:서로\s*)?독립(?:이면|일\s*때|인\s*경우)"  # "독립이면 $I(X;Y) = 0$"
    r"|(?<![^\W\d_])(?:если|когда)\s+"
    + _NAME.format("m")
    + _AND
    + _NAME.format("n")
    + r"\s+независим[аыо]?(?![^\W\d_])"
    r")",
    re.IGNORECASE,
)
#: Text between the supposition and the claim that ends the supposition's reach or turns it round.
UNSUPPOSED = lazy(
    r"(?<![^\W\d_])(?:otherwise|unless|but|however|else|not|no|in\s+general|dependent|while|whereas|except|"
    r"altrimenti|ma|non|pero|sino|sen[ãa]o|mas|sinon|mais|ne|sonst|aber|nicht)(?![^\W\d_])|"
    r"[;.!?。；！？](?:\s|$)|[。；！？]|否则|但|不|아니|않|그러나|しかし|でない|ではない",
    re.IGNORECASE,
)

#: A condition after a claim, in its sentence: the claim is not (only) the supposition's.
_CONDITIONED = lazy(
    CONDITION_WORDS.pattern
    + r"|(?<![^\W\d_])(?:unless|otherwise|dependent|sonst|sinon)(?![^\W\d_])|除非|否则|时|때|とき",
    re.IGNORECASE,
)
#: What may stand between a supposition and a claim it leads to directly: "then", "we have", a comma.
DIRECT = lazy(
    r"[\s,:$，：]*(?:then|we\s+have|one\s+has|allora|si\s+ha|entonces|se\s+tiene|ent[ãa]o|temos|alors|on\s+a|"
    r"dann(?:\s+gilt)?|gilt|则|那么|有)?[\s,:$，：]*",
    re.IGNORECASE,
)


def independent(before: str, claim: Statement, after: str = "") -> tuple[str, Verdict, str] | None:
    """The verdict on a claim about two random variables right after the supposition that they are independent
    (``before``: its line up to the claim; ``after``: the rest of the line), or None. A claim the rest of its
    sentence puts under another condition ("..., and H(X|Y) < H(X) when they are dependent") is not judged, and
    a strict inequality, or an equation its sides differ in for independent variables ("then H(X|Y) = 0"), is called
    false only right after the supposition ("if ..., then").

    >>> from kldocs.checker.tokens import tokenize
    >>> text = "H(X|Y) < H(X)"
    >>> (claim,) = [item for item in statements(tokenize(text), text) if not item.fallback]
    >>> independent("se X e Y sono indipendenti, ", claim)[1]
    'false'
    >>> independent("If X and Y are not independent, ", claim) is None
    True
    """
    found = max(_INDEPENDENT.finditer(before, max(0, len(before) - _REACH)), key=_start, default=None)  # the last
    if found is None or UNSUPPOSED.search(before, found.end()):
        return None
    after = after.split(";", 1)[0].split("；", 1)[0]  # a clause after a semicolon has conditions of its own
    sentence_end = _SENTENCE_END.search(after)
    if _CONDITIONED.search(after[: len(after) if sentence_end is None else sentence_end.start()]):
        return None
    form = equation_form(claim)
    names = [name.replace("{", "").replace("}", "") for name in found.groups() if name is not None]
    if not names and form:  # "if they are independent", "for independent variables": the claim's two variables
        names = sorted(frozenset().union(*form))
    if len(names) != 2 or names[0] == names[1]:
        return None
    first, second = names
    pair = mutual_form(frozenset({first}), frozenset({second}), frozenset())
    supposed = f"when {first} and {second} are independent, I({first};{second}) = 0"
    if form and not _multiple(form, pair) and claim.relation == "=" and DIRECT.fullmatch(before, found.end()):
        gap = independent_gap(form, first, second)  # "if X and Y are independent, then H(X|Y) = 0"
        return None if gap is None else ("identity", "false", f"{supposed}, and the two sides still differ: {gap}")
    if not form or not _multiple(form, pair):
        return None
    if claim.relation in ("<", ">", "!="):
        if not DIRECT.fullmatch(before, found.end()):
            return None
        return "bound", "false", f"{supposed}, and the two sides are equal: the strict inequality fails"
    kind = "identity" if claim.relation in ("=", "~") else "bound"
    return kind, "holds", f"{supposed}, and the two sides are equal, as the sentence supposes"


#: "such that $X=Y$", "if Y = X", "when $X = Y$ with probability 1": two variables supposed to be the same one; groups
#: ``a`` and ``b``.
_SAME = lazy(
    r"(?<![^\W\d_])(?:if|when|where|such\s+that|suppose|assume|so\s+that)\s+"
    + _NAME.format("a")
    + r"\s*=\s*"
    + _NAME.format("b")
    + r"(?![\w(])",
    re.IGNORECASE,
)
#: How far back, in the claim's section, a supposition that two variables are the same one reaches.
_SAME_REACH = 400


def the_same(before: str, claim: Statement) -> tuple[str, Verdict, str] | None:
    """The verdict on a claim about two variables that the text just before it (``before``: at most a few sentences,
    in the claim's section) supposes to be the same one ("such that $X=Y$ with probability 1"): it holds when its two
    sides are equal once the one is put for the other; otherwise nothing is said here (None), nor when the text
    supposes nothing so.

    >>> from kldocs.checker.tokens import tokenize
    >>> text = "H(X,Y) = H(Y)"
    >>> (claim,) = [item for item in statements(tokenize(text), text) if not item.fallback]
    >>> the_same("Suppose the two sensors agree, such that $X=Y$ always. Then:", claim)[1]
    'holds'
    """
    found = max(_SAME.finditer(before, max(0, len(before) - _SAME_REACH)), key=_start, default=None)
    form = equation_form(claim) if found is not None else None
    if found is None or not form:
        return None
    first, second = (name.replace("{", "").replace("}", "") for name in (found["a"], found["b"]))
    merged: dict[frozenset[str], Fraction] = {}
    for names, weight in form.items():
        key = frozenset(first if name == second else name for name in names)
        merged[key] = merged.get(key, Fraction(0)) + weight
    if second not in frozenset().union(*form) or any(merged.values()) or claim.relation not in ("=", "~"):
        return None
    kind = "identity"
    return kind, "holds", f"when {first} = {second}, the two sides are equal, as the text supposes just before it"


def _start(match: re.Match[str]) -> int:
    return match.start()


#: What may stand between a formula and the independence it is said under: "$...$ when X and Y are independent".
_OPENS_CONDITION = lazy(r"[\s,$(]*(?:\\\)|\\\])?[\s,$(]*(?:(?:only|just)\s+)?")
#: The end of the condition: its sentence or clause ends (a German or French verb may come first).
_CONDITION_ENDS = lazy(r"\s*(?:sind|sont|son|sean|s[ãa]o|sono|时|時)?\s*\$?\s*(?:[).,;:!。；，、]|$)")


def independence_after(after: str) -> tuple[str, str] | None:
    """The two variables the words right after a formula say are independent, and nothing more ("when X and Y are
    independent.", "X와 Y가 독립일 때", "если X и Y независимы"), else None; ``("", "")`` when they are not named
    ("if they are independent").

    >>> independence_after(" when $X$ and $Y$ are independent."), independence_after(", wenn X und Y unabhängig sind")
    (('X', 'Y'), ('X', 'Y'))
    >>> independence_after(" when X and Y are independent of Z."), independence_after(" if X and Y are not independent")
    (None, None)
    """
    start = _OPENS_CONDITION.match(after)
    found = _INDEPENDENT.match(after, start.end() if start else 0)
    if found is None or _CONDITION_ENDS.match(after, found.end()) is None:
        return None
    names = [name.replace("{", "").replace("}", "") for name in found.groups() if name is not None]
    if not names:
        return "", ""
    return (names[0], names[1]) if len(names) == 2 and names[0] != names[1] else None


def independent_after(after: str, claim: Statement) -> tuple[str, Verdict, str] | None:
    """The verdict on an equation of Shannon's measures said to hold when its two variables are independent (``after``:
    the words after it): it holds when its sides differ by a multiple of ``I(X;Y)``, and it is false when, of those
    two variables only, the sides differ for independent ones (:func:`~.shannon_trials.independent_gap`).

    >>> text = "H(X,Y) = H(X) + H(Y)"
    >>> (claim,) = [item for item in statements(tokenize(text), text) if not item.fallback]
    >>> independent_after(" when X and Y are independent.", claim)[1]
    'holds'
    """
    named = independence_after(after)
    form = equation_form(claim)
    if named is None or not form or claim.relation not in ("=", "~"):
        return None
    variables = sorted(frozenset().union(*form))
    first, second = named if named[0] else [*variables, "", ""][:2]
    if not first or sorted((first, second)) != variables:
        return None
    supposed = f"when {first} and {second} are independent, I({first};{second}) = 0"
    if _multiple(form, mutual_form(frozenset({first}), frozenset({second}), frozenset())):
        return "identity", "holds", f"{supposed}, and the two sides are equal, as the sentence says"
    gap = independent_gap(form, first, second)
    if gap is None:
        return None
    return "identity", "false", f"{supposed}, and the two sides still differ: {gap}"


def supposed_before(text: str, item: Found) -> tuple[str, Verdict, str] | None:
    """The kind, verdict and note of a claim of Shannon's measures judged under what its line supposes just
    before it (``text``: the document's): independence (:func:`independent`), or an equation it follows from
    (:func:`premised`); None when it supposes neither."""
    line_start = text.rfind("\n", 0, item.offset) + 1
    source = item.offset - item.statement.offset
    start = source + min(item.statement.left.start, item.statement.right.start)
    end = source + max(item.statement.left.end, item.statement.right.end)
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end]
    supposed = independent(text[line_start : max(line_start, start)], item.statement, after)
    if not _SENTENCE_CLOSED.match(text, end) and not item.statement.text.rstrip().endswith((".", "。")):
        supposed = supposed or independent_after(text[end : end + _REACH], item.statement)
    supposed = supposed or premised(text[line_start : item.offset], item.statement)
    return None if supposed is not None and supposed[1] == "false" and not written_together(text, item) else supposed


#: A paragraph's end right after a claim: what follows is not its condition.
_SENTENCE_CLOSED = lazy(r"[ \t]*\n[ \t]*\n")
#: What stands between the two sides of a claim written as one relation: ``H(X|Y) = 0``, ``I(X;Z) \le I(X;Y)``.
_RELATION = lazy(
    r"\s*\$?\s*(?:=|<=|>=|<|>|≤|≥|≠|!=|\\(?:le|leq|ge|geq|lt|gt|leqslant|geqslant|neq|ne)(?![A-Za-z]))\s*\$?\s*"
)


def written_together(text: str, item: Found) -> bool:
    """Whether the two sides of ``item``'s claim stand in the document (``text``) with only their relation between
    them, not at the two ends of a longer chain ("H(Y|X) = 0 e I(X;Y) = H(Y)" read as ``H(Y|X) = H(Y)``), and the
    rest of its sentence does not deny it ("..., then I(X;Y) = H(X) is wrong in general")."""
    source = item.offset - item.statement.offset
    left, right = sorted((item.statement.left, item.statement.right), key=lambda side: side.start)
    line_end = text.find("\n", source + right.end)
    rest = text[source + right.end : len(text) if line_end < 0 else line_end]
    sentence = re.split(r"[.!?;](?:\s|$)|[。！？；]", rest, maxsplit=1)[0]
    together = _RELATION.fullmatch(text, source + left.end, source + right.start) is not None
    return together and _DENIED.search(sentence) is None


#: Words after a claim in its sentence that deny it or doubt it.
_DENIED = lazy(
    r"(?<![^\W\d_])(?:not|no|never|wrong|false|incorrect|fails?|mistaken|mistake|error|but|may|might|need|"
    r"non|pas|faux|fausse|nicht|falsch|kein|falso|falsa|sbagliat[oa]|err[óo]ne[oa]|не|неверно)(?![^\W\d_])|"
    r"n['’]t|不|错|誤|間違|ない|아니|않|틀",
    re.IGNORECASE,
)
