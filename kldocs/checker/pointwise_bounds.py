r"""A bound between the entropy of X given one value of Y and the entropy of X, said to hold for every value.

"$H(X|Y=y) \le H(X)$ for every $y$" is false: conditioning on an event can raise entropy, and only its average over
the values of Y, ``H(X|Y)``, cannot exceed ``H(X)``. When ``P(Y=0) = 3/4`` with X always 0 then, and X a fair bit
when ``Y=1``, ``H(X) = h(1/8) = 0.5436`` bits but ``H(X|Y=1) = 1`` bit. The other way round ("≥ for all y") is false
too (Y = X, a fair bit: ``H(X|Y=y) = 0``). A bound is read so only when its value is a letter (``y``, not ``0``),
and words next to it quantify that letter over every value ("for every y", "for all y", ``\forall y``, "für alle
y", "pour tout y", "per ogni y", "para todo y", "对所有 y", "모든 y에 대해", "すべての y について"); a bound about one
value, or one said to hold on average, is left alone.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> text = "H(X|Y=y) <= H(X)"
>>> (claim,) = [item for item in statements(tokenize(text), text) if not item.fallback]
>>> every_value(claim, "", " for every y.")[1], every_value(claim, "", " on average.")
('false', None)
>>> every_value(claim, "It is not true that ", " for every y.") is None
True
"""

from __future__ import annotations

import math
import re

from kldocs.checker.chains import Statement
from kldocs.checker.conditions import CONDITION_WORDS
from kldocs.checker.found import Found
from kldocs.checker.judging import Verdict
from kldocs.checker.latex_numbers import MeasureNode, Node
from kldocs.checker.lazy_patterns import lazy

_LETTER = r"\$?\s*(?P<letter>[a-z])\s*\$?"
#: "for every y" and its kin, with the letter quantified (group ``letter``).
_EVERY = (
    r"(?:(?:for|over)\s+(?:every|all|each|any)(?:\s+values?\s+(?:of\s+)?)?|\\forall|∀|f[üu]r\s+(?:alle|jedes)|"
    r"pour\s+tou[ts]|per\s+ogni|para\s+tod[oa]s?|для\s+(?:всех|любого)|对(?:所有|任意|任何|每个)的?|모든|すべての|任意の)\s*"
    + _LETTER
    + r"(?:\s*(?:에\s*대해(?:서)?|について|に対して))?"
)
_AFTER = lazy(r"[\s,$]*(?:\\quad|\\qquad|\\text\{\s*)?[\s,$]*" + _EVERY, re.IGNORECASE)
_BEFORE = lazy(
    _EVERY + r"[\s,:$，]*(?:gilt|vale|on\s+a|se\s+tiene|we\s+have|one\s+has|temos|都有|有)?[\s,:$，]*\Z", re.IGNORECASE
)
#: Words that deny or doubt the bound in its sentence, or make it another's: it is then not claimed.
_DENIED = lazy(
    r"(?<![^\W\d_])(?:not|no|never|false|wrong|incorrect|fails?|but|however|myth|misconception|mistake|might|"
    r"may|can|could|think|thought|believe|tempting|non|pas|faux|nicht|kein|falsch|aber|pero|falso|sbagliato|ma|"
    r"неверно|не)(?![^\W\d_])|n['’]t|不|错|아니|않|틀|ない|誤",
    re.IGNORECASE,
)
#: Words that put the bound under a condition ("when X is uniform", "when Y = X"): a bound of that case, not of all.
CONDITIONED = lazy(
    CONDITION_WORDS.pattern + r"|(?<![^\W\d_])(?:since|given|unless|da)(?![^\W\d_])|면\b|とき",
    re.IGNORECASE,
)
#: The entropy of the example in bits: X is 0 with probability 7/8.
_MIXED = -(7 / 8 * math.log2(7 / 8) + 1 / 8 * math.log2(1 / 8))


def every_value_at(text: str, item: Found) -> tuple[str, Verdict, str] | None:
    """:func:`every_value` on the claim of ``item``, with its line of the document (``text``) around it."""
    source = item.offset - item.statement.offset
    start = source + min(item.statement.left.start, item.statement.right.start)
    end = source + max(item.statement.left.end, item.statement.right.end)
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return every_value(item.statement, text[line_start:start], text[end : len(text) if line_end < 0 else line_end])


def every_value(statement: Statement, before: str, after: str) -> tuple[str, Verdict, str] | None:
    """The verdict on ``H(X|Y=y) <= H(X)`` (or ``>=``, either way round) said for every ``y`` by the words just
    ``before`` or ``after`` it; None for any other claim."""
    relation = statement.relation
    flipped = {"<=": ">=", ">=": "<=", "<": ">", ">": "<"}.get(relation)
    if flipped is None:
        return None
    given, plain = _sides(statement.left, statement.right)
    if given is None or plain is None:
        given, plain = _sides(statement.right, statement.left)
        relation = flipped
        if given is None or plain is None:
            return None
    variable, condition = given
    name, value = condition
    if plain != variable or value != name.lower():
        return None
    sentence = before[max(before.rfind(". "), before.rfind("。"), 0) :] + after.split(". ", 1)[0].split("。", 1)[0]
    if _DENIED.search(sentence) or CONDITIONED.search(sentence):
        return None  # "it is not true that ...", "... for every y, but this is wrong", "when X is uniform"
    quantified = _AFTER.match(after) or _BEFORE.search(before[-80:])
    if quantified is None or quantified["letter"] != value:
        return None
    shown = f"H({variable}|{name}={value})"
    if relation in ("<=", "<"):
        note = (
            f"conditioning on one value can raise entropy (only the average H({variable}|{name}) cannot exceed "
            f"H({variable})): with P({name}=0) = 3/4, {variable} = 0 when {name} = 0 and a fair bit when {name} = 1, "
            f"H({variable}) = {_MIXED:.4f} bits but H({variable}|{name}=1) = 1 bit"
        )
    else:
        note = f"for {name} = {variable}, a fair bit, {shown} = 0 for each value while H({variable}) = 1 bit"
    return "bound", "false", note


def _sides(first: Node, second: Node) -> tuple[tuple[str, tuple[str, str]] | None, str | None]:
    """``first`` as the entropy of a variable given a variable's value (``("X", ("Y", "y"))``), ``second`` as the
    entropy of one variable; None for a side that is not so."""
    given = plain = None
    if isinstance(first, MeasureNode) and first.symbol.measure == "conditional_entropy":
        args = first.symbol.args or ()
        found = re.fullmatch(r"([A-Z])=([a-z])", args[1]) if len(args) == 2 else None
        if found is not None and re.fullmatch(r"[A-Z]", args[0]):
            given = (args[0], (found[1], found[2]))
    if isinstance(second, MeasureNode) and second.symbol.measure == "entropy":
        args = second.symbol.args or ()
        plain = args[0] if len(args) == 1 and re.fullmatch(r"[A-Z]", args[0]) else None
    return given, plain
