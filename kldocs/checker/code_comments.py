r"""Values that code states in a comment after computing a measure: ``stats.entropy(P, Q)  # 0.3195``.

A number in the comment after a call that computes a measure (see
:mod:`~kldocs.checker.code_calls`) is what the writer says it returns. So is
a comment line of its own that gives a value (``# Output: 0.0853``,
``# Expected: 0.123``): it speaks of the nearest call above it in the same
block, and when that call computes no measure the comment is not read (and
is listed as such). A number printed by a program to 16 digits is read to
10 significant digits, so that floating-point noise in its last digits is
not called a mistake.

>>> [claim.text for claim in comment_claims("print(stats.entropy(p, q, base=2))  # 0.0365 bits", 0)]
['D_KL(p||q) = 0.0365 bits']
>>> [claim.text for claim in comment_claims("entropy(P)  # 1.0549201679861442", 0)]
['H(P) = 1.054920168 nats']
>>> found = block_comments("d = kl_divergence(p, q)\n# Expected: 0.2008\nm = np.mean(p)\n# Expected: 0.33", 0)
>>> [claim.text for claim in found.claims], found.unread
(['D_KL(p||q) = 0.2008'], [59])
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kldocs.checker.code_arithmetic import Worked
from kldocs.checker.code_calls import MeasureCall, ast_expression, measure_call, unwrapped
from kldocs.checker.code_literals import LITERAL
from kldocs.checker.code_names import Earlier, Named, parsed
from kldocs.checker.code_run import formula_of
from kldocs.checker.family_calls import FamilyCall, constants, family_call
from kldocs.checker.labels_above import fits, label_above
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.library_distributions import OBJECT, made_objects, object_measure
from kldocs.checker.named_functions import Formula, is_named, resolved
from kldocs.checker.normal_calls import NormalCall, normal_call, normal_modules
from kldocs.checker.typed_values import as_computed

_KEYWORD = (
    r"(?P<keyword>=>|=|->|→|returns?:?|outputs?:?|out:?|results?:?|expected:?|prints?:?|gives?:?|"
    r"결과는?:?|출력:?|输出:?|结果:?|出力:?|結果:?|ergebnis:?|ausgabe:?|r[ée]sultat\s?:?|sortie\s?:?|"
    r"resultado:?|salida:?|результат:?|вывод:?)"
)
_ABOUT = (
    r"(?P<about>(?:~|≈|约|約|약|대략)[ \t]*|about\s+|approx(?:\.|imately)?\s+|etwa\s+|environ\s+|"
    r"aprox(?:\.|imadamente)?\s+|примерно\s+|cerca\s+de\s+)?"
)
#: A value: a decimal, or a whole number with its unit and nothing after it (``# 2 bits``; a bare ``# 2`` may count
#: anything, and ``# 8 bits max`` is a bound).
_DECIMAL = (
    r"(?P<number>-?[0-9]+\.[0-9]+(?:[eE]-?[0-9]+)?"
    r"|-?[0-9]+(?=\s*(?:nats?|bits?|비트|比特|ビット|бит|нат)[аов]{0,2}(?![A-Za-z])[\s.,;!)]*$))"
    r"(?![0-9.])(?![ \t]?%)"  # (a share in percent is a hundred times the value)
)
_UNIT = r"\s*(?P<unit>nats?|bits?|비트|比特|ビット|бит(?:а|ов)?|нат(?:а|ов)?)(?![A-Za-z])"
#: Units in other languages, by the word a claim writes.
_UNIT_WORDS = {"비트": "bits", "比特": "bits", "ビット": "bits", "бит": "bits", "нат": "nats"}
_VALUE = _ABOUT + _DECIMAL + "(?:" + _UNIT + ")?"
#: A comment after code: a value, maybe after a word that says it is the result, or a label that names the
#: measure or the name assigned (``# KL: 0.51``, ``# d ≈ 0.37``, ``# H(q) = 0.469 bits``); anything may follow.
_AFTER_CODE = lazy(
    r"\s*+(?:(?P<label>[A-Za-z_][\w()|,\s\\{}-]{0,24}?)\s*(?::|=|≈|->|→)\s*)?(?:" + _KEYWORD + r"\s*){0,2}" + _VALUE,
    re.IGNORECASE,
)
#: A label that says a value is the result: ``# Output: 0.5``, ``# Ergebnis: 0.5``, ``# résultat : 0.5``.
_RESULT_WORD = lazy(
    r"outputs?|out|results?|returns|prints|ergebnis|ausgabe|r[ée]sultat|sortie|resultado|salida|результат|вывод",
    re.IGNORECASE,
)
_MEASURE_LABEL = lazy(r"KL|JS|D_|D\(|H\(|H_|entropy|divergence|cross", re.IGNORECASE)
#: A comment on a line of its own: a value after such a word, or the value alone.
_OWN_LINE = (lazy(r"\s*+" + _KEYWORD + r"\s*+" + _VALUE, re.IGNORECASE), lazy(r"\s*+" + _VALUE + r"\s*$"))
#: A value in a library's type (``tensor(1.4189)``, ``[1.4189385] with shape: [1]``; see :mod:`.typed_values`).
_TYPED = lazy(
    r"\s*+(?:(?P<typed>tensor|tf\.Tensor|Array|np\.float(?:64|32))\(\s*|<tf\.Tensor:[^<>\n]{0,60}?numpy=|\[\s*)"
    + _DECIMAL
    + r"\s*(?:[\]>]|[,)][^\n]{0,80}?)\s*(?:with\s+shape:?\s*\[[0-9, ]{0,20}\])?\s*$"
)
#: Another value of the same call in another unit: "0.0104 nats (or ~0.015 bits if log2)".
_ALTERNATIVE = lazy(r"\s*[(,;]?\s*or\s+" + _ABOUT + _DECIMAL + _UNIT, re.IGNORECASE)
#: ``//`` that starts a comment: at the start of a line, or after code ending in ``)`` or ``;``.
_SLASHES = lazy(r"(^\s*|[);]\s*)//(?!/)")
_UNITS = {"e": "nats", "2": "bits", "10": "bans"}

#: Significant digits a value printed by a program is read to.
PRINTED_DIGITS = 10


@dataclass
class _Code:
    """What a block of code has set so far (names set to numbers), and all the document's code."""

    numbers: dict[str, str]
    document: str


@dataclass(frozen=True)
class CommentClaim:
    """A claim read from code or its output: its text (a formula kldocs reads) and where the number is.

    ``family``: the text is a sentence about a parametric family (see :mod:`.family_calls`);
    ``inputs``: lists of numbers the call takes, by the names the text gives them (``P_{#}``);
    ``muted``: no claim, but a line printed from a value that is not known, which is not to be read
    another way (its label could name distributions given other values since);
    ``note``: no claim to judge, but a value read and left unchecked, and why.
    """

    text: str
    offset: int
    family: bool = False
    inputs: tuple[tuple[str, tuple[str, ...]], ...] = ()
    muted: bool = False
    note: str | None = None


@dataclass
class BlockComments:
    """The claims the comments of a block make, and where comments with a value of no measure are."""

    claims: list[CommentClaim] = field(default_factory=list)
    unread: list[int] = field(default_factory=list)


def comment_claims(
    line: str,
    offset: int,
    bases: Mapping[str, str | None] | None = None,
    code: _Code | None = None,
    named: tuple[Named, int] | None = None,
) -> Iterator[CommentClaim]:
    """The claims the comment of one line of code makes about the measure computed on it, if any.

    ``code`` gives the numbers the block has set so far and the document's code (for family calls);
    ``named``, what the block's names hold, and the line's number in it (see :class:`.Named`).
    A second value "(or ~0.015 bits)" after a first one with its unit is a claim too (:func:`_claims_of`).
    """
    text, comment, start = split_comment(line)
    match = _valued(text, comment)
    if match is None:
        return
    call: MeasureCall | FamilyCall | None = _measure(ast_expression(text), bases, named)
    if call is None and code is not None:
        call = family_call(text, code.numbers, code.document)
    yield from _claims_of(call, match, offset + start)


def _valued(text: str, comment: str | None) -> re.Match[str] | None:
    """The value a comment after code gives (with a label that fits the code, if any), else None."""
    match = (_AFTER_CODE.match(comment) or _TYPED.match(comment)) if comment is not None else None
    return match if match is not None and _fitting_label(match.groupdict().get("label"), text) else None


def _claims_of(
    call: MeasureCall | FamilyCall | NormalCall | Worked | None, match: re.Match[str], comment_offset: int
) -> Iterator[CommentClaim]:
    """The claims a comment's value (``match``, of :func:`_valued`) makes about the call on its line.

    A second value "(or ~0.015 bits)" after a first one with its unit is a claim too.
    """
    comment = match.string
    labelled = _LABELLED.match(comment)
    if isinstance(call, MeasureCall) and labelled and labelled.group("args") and not label_fits(labelled, call):
        return  # kl = entropy(p, q)  # KL(Q||P): 0.09 names other distributions than the call's
    if call is None:
        return
    for value in (match, _ALTERNATIVE.match(comment, match.end()) if match.groupdict().get("unit") else None):
        claim = _claim(call, value, comment_offset) if value is not None else None
        if claim is not None:
            yield claim


def arrow_claims(line: str, offset: int, bases: Mapping[str, str | None] | None = None) -> Iterator[CommentClaim]:
    """``kl_divergence([0.5, 0.5], [0.4, 0.6]) → 0.0204`` in prose: what a call on lists written in it returns.

    Only a call whose arguments are all lists of numbers is read (``kl(p, q) → 0`` may be a limit).

    >>> [claim.text for claim in arrow_claims("entropy([0.5, 0.5], base=2) -> 1.0 bits", 0)]
    ['H(P_{#}) = 1.0 bits']
    >>> list(arrow_claims("kl(p, q) → 0.0 as q nears p", 0))
    []
    """
    arrow = line.find("→")
    if arrow < 0 and (arrow := line.find("->")) < 0:
        return
    call = measure_call(ast_expression(line[:arrow]), bases)
    if call is None or not all(name.startswith(LITERAL) for name in call.names):
        return
    width = 1 if line[arrow] == "→" else 2
    yield from comment_claims(line[:arrow] + " " * (width - 1) + "#" + line[arrow + width :], offset, bases)


def _fitting_label(label: str | None, code: str) -> bool:
    """A label before a comment's value must name a measure, or the name the line assigns (``d = kl(p, q)  # d: 0.5``).

    >>> _fitting_label("KL", "print(kl(p, q))"), _fitting_label("d", "d = kl(p, q)"), _fitting_label("with p", "x")
    (True, True, False)
    """
    if label is None or _RESULT_WORD.fullmatch(label.strip()):
        return True
    target = re.match(r"\s*([A-Za-z_]\w*)\s*=(?!=)", code)
    return bool(_MEASURE_LABEL.search(label)) or (target is not None and target.group(1) == label.strip())


def block_comments(
    code: str,
    offset: int,
    bases: Mapping[str, str | None] | None = None,
    document_code: str = "",
    earlier: Earlier | None = None,
) -> BlockComments:
    """Comments after calls and comment lines after them, through a block of code.

    ``document_code``: all the document's code, where the functions it calls may be defined;
    ``earlier``: what blocks above gave names (see :class:`.Earlier`).
    A comment line that labels its value with a measure (``# KL(P || Q): 0.51 nats``) is read right
    below the call, when the label fits it (:func:`label_fits`); one that names a measure and its value with no
    colon (``# entropy of p 1.0397``), right above the line that computes it (:mod:`.labels_above`).
    """
    found = BlockComments()
    last: MeasureCall | FamilyCall | NormalCall | None = None
    modules = normal_modules(document_code or code)
    known = _Code({}, document_code)
    tree = parsed(code)
    named = Named(tree, bases, earlier) if tree is not None else None
    objects = made_objects(tree) if tree is not None and "(" in code else {}
    follows = False  # whether the line above is the call's line, or a comment line right below it
    above: tuple[str, re.Match[str], int] | None = None  # a comment line naming a measure and its value, just above
    for number, line in enumerate(code.split("\n"), start=1):
        text, comment, start = split_comment(line)
        at = (named, number) if named is not None else None
        pending, above = above, None
        if text.strip():
            known.numbers.update(constants(text))
            expression = ast_expression(text)
            computed: MeasureCall | FamilyCall | NormalCall | None = _measure(expression, bases, at)
            # A line with no bracket has no call (its tree is not walked for one), and a line with no call computes
            # no family's entropy (family_call would parse it again to find none).
            if expression is None or ("(" in text and any(isinstance(node, ast.Call) for node in ast.walk(expression))):
                computed = object_measure(expression, objects, bases) or computed
                last = computed = computed or family_call(text, known.numbers, document_code) or _normal(text, modules)
            follows = last is not None
            match = _valued(text, comment)
            if match is not None:  # a measure's value, or one worked out by hand (H = -(0.5*log2(0.5) + ...)  # 1.0)
                values = named.values if named is not None else {}
                worked = (
                    formula_of(unwrapped(expression), values)
                    if computed is None and (values or "log" in text)
                    else None
                )
                found.claims.extend(_claims_of(computed or worked, match, offset + start))
            if pending is not None and isinstance(computed, MeasureCall) and fits(pending[0], computed):
                claim = _claim(computed, pending[1], pending[2])
                found.claims.extend([claim] if claim is not None else [])
        elif comment is not None:
            own_line = _OWN_LINE[0].match(comment)
            match = own_line or _OWN_LINE[1].match(comment) or _TYPED.match(comment)
            labelled = _LABELLED.match(comment) if match is None and follows else None
            if labelled is not None and isinstance(last, MeasureCall) and label_fits(labelled, last):
                match = labelled
            claim = _claim(last, match, offset + start) if last is not None and match is not None else None
            if claim is not None:
                found.claims.append(claim)
            elif match is not None and match is own_line:
                found.unread.append(offset + start)
            elif match is None and labelled is None and (named_value := label_above(comment)) is not None:
                above = (*named_value, offset + start)
        else:
            follows = False
        offset += len(line) + 1
    return found


def _normal(text: str, modules: dict[str, str]) -> NormalCall | None:
    """The call of a function for normals a line makes, if any (``modules``: the names given modules for normals)."""
    return normal_call(text, modules) if "(" in text else None


def _measure(
    expression: ast.expr | None, bases: Mapping[str, str | None] | None, named: tuple[Named, int] | None
) -> MeasureCall | None:
    """The measure a line computes, its long names given lists standing as those lists, or a name it shows."""
    if named is None:
        return measure_call(expression, bases)
    holder, line = named
    return holder.call(expression, line) or holder.measure(expression, line)


#: A comment line that gives a value under a label: ``# KL(P || Q): 0.5108 nats``, ``# Entropy = 1.03``.
_LABELLED = lazy(
    r"\s*+(?P<label>[A-Za-z][A-Za-z_ -]{0,30}?)\s*+(?:\((?P<args>[^()\n]{1,40})\))?\s*+(?::|=|≈|->|→)\s*+"
    + _VALUE
    + r"\s*+$",
    re.IGNORECASE,
)
#: What a label names, by the measure a call computes.
_LABEL_MEASURES = {
    "kl": lazy(r"^(?:d_?)?kl(?:d|[ _-]?div(?:ergence)?)?$|kullback|relative[ _-]entropy", re.IGNORECASE),
    "entropy": lazy(r"^(?:h|entropy|shannon[ _-]entropy)$", re.IGNORECASE),
    "cross_entropy": lazy(r"^(?:h|ce|cross[ _-]?entropy)$", re.IGNORECASE),
    "jsd": lazy(r"^(?:jsd?|js[ _-]div(?:ergence)?|jensen[ _-]shannon(?:[ _-]divergence)?)$", re.IGNORECASE),
    "js_distance": lazy(r"^(?:jsd?|js[ _-]dist(?:ance)?|jensen[ _-]shannon(?:[ _-]distance)?)$", re.IGNORECASE),
    "conditional_entropy": lazy(r"^(?:h|conditional[ _-]entropy)$", re.IGNORECASE),
    "mutual_information": lazy(r"^(?:i|mi|mutual[ _-]information)$", re.IGNORECASE),
}


def label_fits(match: re.Match[str], call: MeasureCall) -> bool:
    """True when a comment's label names the call's measure, and its arguments, if any, the call's.

    Arguments are compared by name (``KL(p||q)`` for ``kl(p, q)``, in either case); a call on lists
    (written in it, or named ``coin``) takes ``P`` and ``Q`` in that order.

    >>> call = MeasureCall("kl", ("p", "q"), "e", "kl")
    >>> [label_fits(_LABELLED.match(text), call) for text in ("KL(P || Q): 0.5", "KL(q||p): 0.5", "H(p): 0.5")]
    [True, False, False]
    """
    label = " ".join(match.group("label").split())
    if not _LABEL_MEASURES[call.measure].search(label):
        return False
    written = match.group("args")
    if written is None:
        return True
    args = [arg.strip() for arg in re.split(r"\|\||‖|\||,|;", written) if arg.strip()]
    expected = [name if not name.startswith(LITERAL) else "PQRS"[index] for index, name in enumerate(call.names)]
    return [arg.lower() for arg in args] == [name.lower() for name in expected]


def split_comment(line: str) -> tuple[str, str | None, int]:
    """The code of a line, its comment without the ``#`` or ``//`` (None when it has none), and where it starts.

    ``//`` starts a comment (JavaScript, C) at the start of a line or after code that ends in ``)`` or ``;``.

    >>> split_comment("entropy(1, 0.4); // returns ~0.97")
    ('entropy(1, 0.4); ', ' returns ~0.97', 19)
    """
    slashes = _SLASHES.search(line)
    if (
        slashes is not None
        and line[: slashes.start()].count('"') % 2 == 0
        and line[: slashes.start()].count("'") % 2 == 0
    ):
        return line[: slashes.start() + len(slashes.group(1))], line[slashes.end() :], slashes.end()
    hash_mark = line.find("#")
    if hash_mark < 0:
        return line, None, 0
    if "'" not in line[:hash_mark] and '"' not in line[:hash_mark]:  # no string before it: the comment starts here
        return line[:hash_mark], line[hash_mark + 1 :], hash_mark + 1
    try:  # a string may hold the "#": Python's tokenizer tells
        for token in tokenize.generate_tokens(io.StringIO(line.strip() + "\n").readline):
            if token.type == tokenize.COMMENT:
                column = len(line) - len(line.lstrip()) + token.start[1]
                return line[:column], line[column + 1 :], column + 1
    except (tokenize.TokenError, SyntaxError):
        pass
    return line, None, 0


def _claim(
    call: MeasureCall | FamilyCall | NormalCall | Worked, match: re.Match[str], comment_offset: int
) -> CommentClaim | None:
    """The claim a comment's value makes about ``call`` (``comment_offset``: where the comment's text starts)."""
    groups = match.groupdict()
    unit, number, about = _unit_word(groups.get("unit")), match.group("number"), bool(groups.get("about"))
    where = comment_offset + match.start("number")
    if isinstance(call, MeasureCall) and call.function == OBJECT:  # single precision, unless it says not
        number = as_computed(number, match.string, "typed" in groups)
    elif isinstance(call, NormalCall) and call.certain:
        number = call.shown(number, as_computed(number, match.string, "typed" in groups))
    if isinstance(call, NormalCall):
        return normal_claim(call, number, where, approximate=about) if unit in (None, "nats", "nat") else None
    if isinstance(call, Worked):  # typed by the writer after a formula: judged as the formula
        return CommentClaim(f"{call.text} {'≈' if about else '='} {number} {unit or ''}".rstrip(), where)
    if isinstance(call, FamilyCall):
        return CommentClaim(call.sentence(number, approximate=about, unit=unit), where, family=True)
    return call_claim(call, number, where, unit, approximate=about)


def _unit_word(unit: str | None) -> str | None:
    """A unit as claims write it: ``Bit`` is ``bit``, ``비트`` and ``бита`` are ``bits``."""
    if unit is None:
        return None
    return _UNIT_WORDS.get(unit.rstrip("аов"), unit.lower())


def normal_claim(call: NormalCall, written: str, where: int, *, approximate: bool = False) -> CommentClaim:
    """The claim that a call of a library function for normals gives ``written`` nats: about the normals whose
    spreads the value fits as standard deviations or as variances, else a value left unchecked, and why."""
    sentence = call.sentence(written, approximate=approximate)
    return CommentClaim(sentence, where, family=True) if sentence else CommentClaim("", where, note=call.note(written))


def call_claim(
    call: MeasureCall, written: str, where: int, unit: str | None = None, *, approximate: bool = False
) -> CommentClaim | None:
    """The claim that ``call`` gives ``written`` (its number at ``where``), with the lists the call takes; for a
    function known only by its name (:mod:`.named_functions`), a value that fits none of its readings is an
    unchecked claim with what they give in its note.

    >>> from kldocs.checker.code_calls import MeasureCall
    >>> call_claim(MeasureCall("kl", ("p", "q"), "2", "kl"), "0.2282", 7)
    CommentClaim(text='D_KL(p||q) = 0.2282 bits', offset=7, family=False, inputs=(), muted=False, note=None)
    """
    reading = resolved(call, printed(written), unit) if is_named(call) else None
    if isinstance(reading, str):
        return CommentClaim("", where, note=reading)
    if isinstance(reading, Formula):
        return CommentClaim(f"{reading.text} = {printed(written)}", where)
    text = claim_text(call, written, unit, approximate=approximate)
    return None if text is None else CommentClaim(text, where, inputs=literal_inputs(call))


def claim_text(call: MeasureCall, written: str, unit: str | None = None, *, approximate: bool = False) -> str | None:
    """The claim "``call`` gives ``written``" as a formula kldocs reads; None when the base cannot be told.

    >>> from kldocs.checker.code_calls import MeasureCall
    >>> claim_text(MeasureCall("js_distance", ("p", "q"), "2", "jensenshannon"), "0.2282")
    'JS(p||q) distance: 0.2282 bits'
    """
    if is_named(call):
        reading = resolved(call, printed(written), unit)
        if not isinstance(reading, MeasureCall):
            return None
        call = reading
    if call.base == "unknown":
        return None
    unit = unit or (_UNITS[call.base] if call.base is not None else "")
    number = printed(written)
    call = replace(call, names=tuple(_placeholder(name, index) for index, name in enumerate(call.names)))
    if call.measure == "js_distance":
        pair = "||".join(call.names) if len(call.names) == 2 else ", ".join(call.names)
        return f"JS({pair}) distance: {number} {unit}".rstrip()
    return f"{call.text()} {'≈' if approximate else '='} {number} {unit}".rstrip()


#: The line of a claim, in the names of lists given as arguments (``P_{#}``), filled in where the line is known.
LINE = "#"


def _placeholder(name: str, index: int) -> str:
    """A list of numbers given as an argument is named after its place and the claim's line: ``P_{#}``, ``Q_{#}``."""
    return f"{'PQRS'[index]}_{{{LINE}}}" if name.startswith(LITERAL) else name


def literal_inputs(call: MeasureCall) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The lists of numbers a call takes, each with its placeholder name."""
    return tuple(
        (_placeholder(name, index), tuple(name[len(LITERAL) :].split(", ")))
        for index, name in enumerate(call.names)
        if name.startswith(LITERAL)
    )


def printed(written: str) -> str:
    """A float as a program prints it, cut to :data:`PRINTED_DIGITS` significant digits when longer.

    >>> printed("0.04007821602037821"), printed("4.007821602037821e-02")
    ('0.04007821602', '4.007821602e-02')
    """
    if written.endswith("..."):  # judged to the digits a single-precision value is good for
        return written
    mantissa, mark, exponent = written.partition("e") if "e" in written else written.partition("E")
    if mark:  # 4.007821602037821e-02: the digits of the mantissa count
        return printed(mantissa) + mark + exponent
    value = Decimal(written)
    digits = len(value.as_tuple().digits)
    if digits <= PRINTED_DIGITS:
        return written
    return format(round(value, PRINTED_DIGITS - value.adjusted() - 1), "f")
