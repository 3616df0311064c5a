"""Judge a value given in words ("the KL divergence is 1.336 nats") on the distributions in force.

The sentence names no distributions, so every reading is tried: both
directions of KL and cross-entropy for the pair in force (P and Q, or p and
q, or the only two distributions defined), the entropy of each distribution,
and, when nothing states the base, both usual bases. The claim holds when
one reading matches and the note says which; it is false when none does,
and the note gives the reading the sentence most likely means.

>>> from kldocs.checker.scope import Binding
>>> from kldocs.inputs import parse_distribution
>>> from kldocs.checker.prose_claims import ProseValue
>>> bindings = {"P": Binding("P", parse_distribution("0.5 0.5"), 1, "P"),
...             "Q": Binding("Q", parse_distribution("0.9 0.1"), 1, "Q")}
>>> claim = ProseValue(2, "the KL divergence is 0.737 bits", "kl", "0.737", "2", False)
>>> judge_prose_value(claim, bindings, [None])
... # doctest: +ELLIPSIS
('holds', '0.7369655942', 'D_KL(P||Q) = 0.7369655942 bits, which rounds to 0.737 (the sentence ... fits)', '2')
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence

from kldocs.checker.claims import Found
from kldocs.checker.diagnosis import matches, rounds_to
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.documents import SourceText
from kldocs.checker.impossible_values import impossible_value
from kldocs.checker.joint_names import is_table_copy, joint_name
from kldocs.checker.latex_numbers import BaseKey, Node, parse
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.own_distributions import OWN_DISTRIBUTION, OWN_KIND
from kldocs.checker.own_objects import OwnObject, own_object
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.scope import (
    Binding,
    KnownDistributions,
    base_name,
    parse_base,
    unit_name,
)
from kldocs.checker.tokens import MeasureSymbol, tokenize
from kldocs.checker.trees import measures_in
from kldocs.checker.written_precision import literal
from kldocs.errors import EvaluationError
from kldocs.exact import Base, ExactValue
from kldocs.inputs import parse_distribution


def judge_prose_value(
    item: ProseValue,
    bindings: Mapping[str, Binding],
    bases: Sequence[BaseKey],
    others: Sequence[BaseKey] = (),
    before: str = "",
    earlier: Sequence[Mapping[str, Binding]] = (),
    above: MeasureSymbol | None = None,
) -> tuple[str, str | None, str, str | None]:
    """``(verdict, correct value, note, base)`` for a value given in words; the base is None when unchecked.

    ``bases`` are the bases to try when the sentence gives no unit. A value with no unit that fails in them but
    holds in one of ``others`` (the document says "bits" elsewhere, the sentence means nats) is left unchecked,
    and so is one that fails where the text on its line ``before`` it describes a distribution of its own
    ("For the distribution (1/2, 1/4, 1/4) the entropy is ...", "a coin with heads probability 0.6"), or
    that holds for the distributions ``earlier`` in force, latest first, which a later definition replaced ("For
    the first example, the divergence was 0.223 nats"), or that names no distribution where the one named last
    is not read ("Let p now be a coin with heads probability 0.45. Its entropy is 0.993 bits"). A value that fits
    only a reading other than ``above``, the one a formula just above works out (see :class:`WorkedAbove`),
    restates that one wrongly: it is false,
    unless the sentence says it is the other direction ("the reverse divergence is ...").
    """
    if item.measure == "entropy" and _QUALIFIED.search(item.text):
        note = "it names a joint, conditional or differential entropy in words, which no distribution in force gives"
        return "unchecked", None, note, None
    if item.unit is not None:
        bases, others = [parse_base(item.unit)], ()
    described = own_object(before, item.text, bindings) if item.measure == "entropy" and not item.names else None
    if described is not None:  # "a 52-card deck has 5.7 bits", "once it has landed, 0 bits": not the one in force
        return _judged_own(item, described, bases)
    fair = _fair(item, before)
    if fair is not None:  # "for a fair coin the entropy is 1 bit": it holds of the coin, whatever is in force
        coin = _judged(item, fair, bases)
        if coin[0] == "holds":
            return coin
    judged = _judged(item, bindings, bases)
    if above is not None and judged[0] == "holds" and not item.names:
        worked = _judged(item, bindings, bases, above)
        if worked[0] == "false":
            fits = judged[2].split(", which")[0]
            if _OTHER_WAY.search(before[-200:] + item.text):
                return judged  # "the reverse direction is 0.193": the reading that fits is the one meant
            note = f"{worked[2]}, the measure the formula above works out ({item.written} fits {fits} instead)"
            return "false", worked[1], note, worked[3]
    latest = _named_last(bindings)
    if judged[0] == "false" and not item.names and latest is not None and latest.distribution is None:
        last = f"{latest.name}, named last ({latest.where()}), is not read"
        note = f"{judged[2]}; but {last}, and the sentence may speak of it"
        return "unchecked", None, note, None
    own = OWN_DISTRIBUTION.search(before[-300:]) or (not item.names and OWN_KIND.search(before[-300:]))
    if judged[0] == "false" and own:
        note = f"{judged[2]}; the sentence describes a distribution of its own, which may be the one it means"
        return "unchecked", None, note, None
    for old in earlier if judged[0] == "false" else ():
        then = _judged(item, old, bases)
        if then[0] == "holds":
            gone = [name for name, binding in old.items() if bindings.get(name) is not binding]
            lines = ", ".join(sorted({old[name].where() for name in gone}))
            note = f"{judged[2].split(' (nor')[0]}, but {then[2].split(', which')[0]} for the {' and '.join(gone)} "
            return "unchecked", None, note + f"of {lines}, replaced since, which it may speak of: not judged", None
    if judged[0] == "false" and any(base not in bases for base in others):
        elsewhere = _judged(item, bindings, [base for base in others if base not in bases])
        if elsewhere[0] == "holds":
            note = f"{elsewhere[2]}; the sentence gives no unit and the document's base is another, so it is not judged"
            return "unchecked", None, note, None
    return judged


#: A fair coin or die named in words, and the number of its outcomes (a coin when a named group matched).
_FAIR = lazy(
    r"(?i:\b(?:fair|unbiased)\s+(?:(?P<coin>coin)|die|dice)\b|"
    r"\b(?:(?P<moneda>mone[dt]a|moeda)|dado)\s+(?:just[ao]|equilibrad[oa]|honest[ao]|equ[ao]|bilanciat[ao]|no\s+trucad[ao]|"
    r"n[ãa]o\s+viciad[ao]|non\s+truccat[ao])\b|\b(?:(?P<piece>pi[èe]ce)|d[ée])\s+(?:[ée]quilibr[ée]e?|non\s+truqu[ée]e?|"
    r"honn[êe]te)\b|\bfaire[nrsm]?\s+(?:(?P<Muenze>M[üu]nze)|W[üu]rfel)|"
    r"(?<![^\W\d_])(?:честн|симметричн|правильн)\w*\s+(?:(?P<moneta>монет)\w*|кубик\w*|игральн\w+\s+кост\w*|кост\w*))|"
    r"(?:공정한|공평한)\s*(?:(?P<동전>동전)|주사위)|(?:均匀|公平|公正)的?(?:(?P<硬币>硬币)|骰子)|"
    r"(?:公平な|歪みのない)(?:(?P<コイン>コイン)|サイコロ)"
)


def _fair(item: ProseValue, before: str) -> dict[str, Binding] | None:
    """A fair coin (or die) the words before a value of entropy name ("For a fair coin", "Энтропия честной монеты
    равна"), as the distribution it stands for.

    >>> _fair(ProseValue(3, "the entropy is 1 bit", "entropy", "1", "2", False), "For a fair coin")["fair coin"].text
    'fair coin'
    """
    found = _FAIR.search(before[-300:] + " " + item.text) if item.measure == "entropy" and not item.names else None
    if found is None:
        return None
    name = "fair coin" if found.lastgroup is not None else "fair die"
    weights = " ".join(["1/2"] * 2 if name == "fair coin" else ["1/6"] * 6)
    return {name: Binding(name, parse_distribution(weights, name=name), item.line, found.group())}


#: An entropy named with a qualifier that makes it another measure than a distribution's entropy.
_QUALIFIED = lazy(r"(?i)\b(?:joint|conditional|differential)\s+entropy")
#: Words of a JSD of more than two distributions, or weighted: its bound is not log 2.
_MANY = lazy(r"(?i)three|four|several|multiple|weight|tres|drei|trois|三|세")


def _named_last(bindings: Mapping[str, Binding]) -> Binding | None:
    """The distribution named last, by a name the document writes (not a table's own copy of a marginal)."""
    named = (binding for name, binding in bindings.items() if not is_table_copy(name))
    return max(named, key=lambda binding: binding.line, default=None)


def _nothing_read(bindings: Mapping[str, Binding]) -> str:
    """Why no distribution in force is read: none is defined, or the latest is one that is not read (code changed
    it, a sentence redefined it in words, it is a normal) and why.

    >>> _nothing_read({}), _nothing_read({"p": Binding("p", None, 3, "p = N(0, 1)")})
    ('no distribution kldocs reads is given before or in this sentence', 'no distribution kldocs reads is given \
before or in this sentence: p (line 3) is p = N(0, 1), not a finite distribution')
    """
    latest = _named_last(bindings)
    if latest is None or latest.distribution is not None:
        return "no distribution kldocs reads is given before or in this sentence"
    try:
        KnownDistributions(bindings).distribution(latest.name)
    except EvaluationError as error:
        return f"no distribution kldocs reads is given before or in this sentence: {error}"
    return "no distribution kldocs reads is given before or in this sentence"


def _judged_own(item: ProseValue, own: OwnObject, bases: Sequence[BaseKey]) -> tuple[str, str | None, str, str | None]:
    """:func:`judge_prose_value` for a sentence that describes its own object (see :func:`own_object`): N outcomes
    alike give log N, an outcome known gives 0; an object the checker cannot value is not judged, nor a value that
    misses what the sentence was told (it may speak of the next roll).

    >>> _judged_own(ProseValue(3, "entropy is 0", "entropy", "0", None, False), OwnObject(1, told=True), [None])[:2]
    ('holds', '0')
    """
    outcomes = own.outcomes
    if outcomes == 0:
        return "unchecked", None, "the sentence gives the entropy of an object of its own, not read: not judged", None
    what = "a known outcome" if outcomes == 1 else f"{outcomes} outcomes alike"
    node = parse(tokenize(item.written))
    written = literal(node)
    assert written is not None
    values = [(base, ExactValue.log(outcomes, Base(base) if base is not None else None)) for base in bases]
    for base, value in values:
        if matches(value, node, ExactValue.number(written.value), item.approximate):
            note = f"the sentence speaks of {what}: log {outcomes} = {value.decimal(10)} {unit_name(base)}"
            verb = rounds_to(value, written)
            return "holds", value.decimal(10), f"{note}, which {verb} {item.written}", base_name(base)
    base, value = values[0]
    note = f"the sentence speaks of {what}: log {outcomes} = {value.decimal(10)} {unit_name(base)}, not {item.written}"
    if own.told:
        return "unchecked", None, f"{note}; it may speak of something else than what it was told: not judged", None
    return "false", value.decimal(10), note, base_name(base)


def _judged(
    item: ProseValue, bindings: Mapping[str, Binding], bases: Sequence[BaseKey], only: MeasureSymbol | None = None
) -> tuple[str, str | None, str, str | None]:
    """:func:`judge_prose_value` in the given bases only (and on the reading ``only``, when it is one)."""
    readings = _readings(item.measure, bindings, item.names)
    readings = [only] if only in readings else readings
    if not readings and item.names and any(binding.distribution is not None for binding in bindings.values()):
        note = f"the distributions it names ({', '.join(item.names)}) are not defined before this sentence"
        return "unchecked", None, note + ", so it cannot be checked", None
    node = parse(tokenize(item.written))
    written = literal(node)
    assert written is not None
    if not readings:
        many = item.measure == "jsd" and _MANY.search(item.text)  # the JSD of three distributions may exceed log 2
        measure = "jsd_of_many" if many else item.measure
        why = impossible_value(measure, float(written.value), item.written, item.unit, None)
        if why is not None:  # "the KL divergence is -0.3 nats": no pair of distributions gives it
            return "false", None, why, item.unit
        return "unchecked", None, _nothing_read(bindings) + ", so it cannot be checked", None
    scope = KnownDistributions(bindings, mixture_pair=_pair(bindings))
    root = item.measure == "js_distance"  # compared through its square, the JSD
    tried: list[tuple[MeasureSymbol, BaseKey, ExactValue]] = []
    for base in bases:
        for symbol in readings:
            try:
                value = scope.value(symbol, base)
            except EvaluationError:
                continue
            tried.append((symbol, base, value))
            if matches(value, node, ExactValue.number(written.value), item.approximate, square_root=root):
                if root:
                    shown = value.sqrt_decimal(10)
                    verb = rounds_to(value, written, square_root=True)
                    note = f"the JS distance is sqrt({symbol.text()}) = {shown} ({unit_name(base)}), which {verb} "
                    return "holds", shown, note + item.written, base_name(base)
                shown = value.decimal(10)
                note = f"{symbol.text()} = {shown} {unit_name(base)}, which {rounds_to(value, written)} {item.written}"
                other = _other_direction(item, readings, symbol, scope, base, node)
                if other is not None:  # "from Q to P": which comes first, authors write both ways
                    return "unchecked", None, f"{note}, but {other}", None
                if len(readings) > 1:
                    missing = "which comes first" if item.names else "the distributions"
                    note += f" (the sentence does not name {missing}; this reading fits)"
                return "holds", shown, note, base_name(base)
    if not tried:
        return "unchecked", None, "the distributions in force do not fit this measure", None
    symbol, base, value = tried[0]
    if root:
        shown = value.sqrt_decimal(10)
        note = f"the JS distance is sqrt({symbol.text()}) = {shown} ({unit_name(base)}), not {item.written}"
        return "false", shown, note, base_name(base)
    others = "; ".join(f"{s.text()} = {v.decimal(4)} {unit_name(b)}" for s, b, v in tried[1:6])
    note = f"{symbol.text()} = {value.decimal(10)} {unit_name(base)}, not {item.written}"
    return (
        "false",
        value.decimal(10),
        note + (f" (nor does any other reading: {others})" if others else ""),
        base_name(base),
    )


def _other_direction(
    item: ProseValue,
    readings: Sequence[MeasureSymbol],
    symbol: MeasureSymbol,
    scope: KnownDistributions,
    base: BaseKey,
    node: Node,
) -> str | None:
    """Why a value that fits only the reversed direction of the two distributions its words name is not judged:
    authors order them in words both ways ("from Q to P" is D(Q||P) to some, D(P||Q) to others), so it may be right,
    and the usual order (the first named first, "of Q relative to P", "de P para Q"; the approximated first, "using Q
    to approximate P") is not what it fits. None when the words name no two distributions or no order ("between P
    and Q"), or the value fits the usual order, or both.
    """
    if not item.names or len(readings) != 2 or len(item.names) != 2 or symbol.args is None:
        return None
    if _BETWEEN.search(item.text):
        return None  # "between P and Q" gives no order to read
    first, second = item.names[::-1] if _APPROXIMATES.search(item.text) else item.names
    if symbol.args[0] in (first, first.swapcase()) and symbol.args[1] in (second, second.swapcase()):
        return None
    (other,) = [reading for reading in readings if reading != symbol]
    try:
        value = scope.value(other, base)
    except EvaluationError:
        return None
    written = literal(node)
    if written is None or matches(value, node, ExactValue.number(written.value), item.approximate):
        return None
    shown = f"{other.text()} = {value.decimal(10)} {unit_name(base)} does not"
    return f"{shown}, and the words name {first} and {second} in an order authors read both ways: not judged"


#: "Between" two distributions, which orders neither first.
_BETWEEN = lazy(r"(?i)\b(?:between|entre|zwischen|между|tra|fra)\b|사이|之间|之間|の間")
#: Words that name the approximation before what it approximates: "using Q to approximate P", "Q in place of P".
_APPROXIMATES = lazy(r"(?i)\b(?:to\s+approximate|instead\s+of|in\s+place\s+of|as\s+an\s+approximation\s+(?:of|to))\b")


def prose_kind(item: ProseValue, bindings: Mapping[str, Binding]) -> str:
    """The measure a value in words is judged as: the one its words name, except ``H(X,Y)`` of two random
    variables a joint table gives, which is their joint entropy, not a cross-entropy."""
    readings = _readings(item.measure, bindings, item.names)
    return readings[0].measure if len(readings) == 1 and readings[0].measure == "joint_entropy" else item.measure


def _pair(bindings: Mapping[str, Binding]) -> tuple[str, str] | None:
    defined = [name for name, binding in bindings.items() if binding.distribution is not None]
    for first, second in (("P", "Q"), ("p", "q")):
        if first in defined and second in defined:
            return first, second
    return (defined[-2], defined[-1]) if len(defined) == 2 else None


def _readings(measure: str, bindings: Mapping[str, Binding], names: tuple[str, ...] = ()) -> list[MeasureSymbol]:
    if measure == "entropy":
        # A table's own copy of a marginal (``X@X,Y``) or a row by its label alone (``Y|0``, beside ``Y|X=0``: see
        # joint_tables) is no reading of its own.
        return [
            MeasureSymbol("entropy", (name,))
            for name, b in bindings.items()
            if b.distribution is not None and not is_table_copy(name) and ("|" not in name or "=" in name)
        ]
    names = tuple(_bound(name, bindings) or name for name in names)
    named = len(names) == 2 and all(name in bindings and bindings[name].distribution is not None for name in names)
    in_force = _pair(bindings)
    pair = (names[0], names[1]) if named else None if names else in_force
    if named and in_force is not None and set(in_force) == set(names):
        pair = in_force  # "using q to approximate p": the document's own order first
    if pair is None:
        return []
    first, second = pair
    if measure == "cross_entropy" and joint_name(first, second) in bindings:
        return [MeasureSymbol("joint_entropy", pair)]  # H(X,Y) of two random variables a table gives: their joint
    if measure in ("jsd", "js_distance"):
        return [MeasureSymbol("jsd", pair)]
    return [MeasureSymbol(measure, pair), MeasureSymbol(measure, (second, first))]


def _bound(name: str, bindings: Mapping[str, Binding]) -> str | None:
    """The name a distribution the words name is bound under: ``P`` in words is the ``p`` of the code when no
    ``P`` is given and only one name folds to it."""
    if name in bindings:
        return name
    folded = [
        key for key, binding in bindings.items() if key.lower() == name.lower() and binding.distribution is not None
    ]
    return folded[0] if len(folded) == 1 else None


#: Words that say a value is of the direction other than the one worked out above.
_OTHER_WAY = lazy(
    r"(?i:reverse|other\s+(?:way|direction|order)|opposite|swapp|backward|inverse|invers[ao]|inverti)|반대|역방향|反向|逆",
)
#: A formula claim this many lines above a value in words, in its section, is what the value may restate.
WORKED_REACH = 6
#: Most formula claims looked at above a value in words; more than these near it say too much to tell which it means.
_MOST_NEAR = 8
#: The measures whose value in words may be of either direction of the pair in force.
_DIRECTED = frozenset({"kl", "cross_entropy"})


class WorkedAbove:
    r"""The KL or cross-entropy each formula claim works out, to tell which direction a value in words just below
    it restates, with no distribution defined between the two.

    >>> from kldocs.checker.claims import find_claims
    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("$$D(P\\|Q) = 0.22$$\n\nSo the KL divergence is 0.19.\n", "a.md")
    >>> worked = WorkedAbove(document, find_claims(document))
    >>> claim = ProseValue(3, "KL divergence is 0.19", "kl", "0.19", None, False, document.text.index("0.19"))
    >>> worked.above(claim)
    MeasureSymbol(measure='kl', args=('P', 'Q'))
    """

    def __init__(self, document: SourceText, items: Iterable[object]) -> None:
        self.document = document
        self.offsets: dict[str, list[int]] = {}
        self.symbols: dict[str, list[MeasureSymbol | None]] = {}
        self.definitions: list[int] = []
        for item in items:
            if isinstance(item, DistributionDefinition):
                self.definitions.append(item.offset)
            if isinstance(item, Found):
                written = measures_in(item.statement.left) + measures_in(item.statement.right)
                for measure in {symbol.measure for symbol in written if symbol.args and symbol.measure in _DIRECTED}:
                    named = {symbol for symbol in written if symbol.measure == measure}
                    self.offsets.setdefault(measure, []).append(item.offset)
                    self.symbols.setdefault(measure, []).append(named.pop() if len(named) == 1 else None)

    def above(self, item: ProseValue) -> MeasureSymbol | None:
        """The one measure the formula claims just above ``item`` work out, if they work out one only (of the item's
        measure): none when they give both directions, or a distribution is defined after them."""
        offsets = self.offsets.get(item.measure, [])
        index = bisect.bisect_left(offsets, item.offset) - 1
        if index < 0 or self.document.section(offsets[index]) != self.document.section(item.offset):
            return None
        if bisect.bisect_left(self.definitions, item.offset) != bisect.bisect_left(self.definitions, offsets[index]):
            return None  # a distribution defined between the two: the value may be about it
        row = self.document.row(item.offset)
        near = [
            i
            for i in range(index, max(-1, index - _MOST_NEAR), -1)
            if row - self.document.row(offsets[i]) <= WORKED_REACH
        ]
        if not near or len(near) == _MOST_NEAR or len({self.symbols[item.measure][i] for i in near}) != 1:
            return None  # none near, too many to tell, or both directions worked out
        return self.symbols[item.measure][index]
