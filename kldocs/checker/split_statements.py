r"""What a value written for a decision tree's node or split claims: a formula on the distributions of its counts
(the node ``P``, the children ``Q``, ``R``, ...), or a note when it is left unjudged.

A split is the children an attribute cuts a node into; a node among them that is the sum of the others is their
parent, left out. A gain is claimed as the parent's entropy less the children's weighted entropies; a gain ratio, a
ratio of logarithms, is never judged exactly, only noted.

>>> split = split_of([(2, 3), (4, 0), (3, 2), (9, 5)])
>>> split.children
((2, 3), (4, 0), (3, 2))
>>> from kldocs.checker.split_forms import line_forms
>>> form = next(iter(line_forms("Gain(S, Outlook) = 0.247")))
>>> split_claim(gain, split, form, 0, "the gain").text
'H(P_{#}) - 5/14 H(Q_{#}) - 2/7 H(R_{#}) - 5/14 H(S_{#}) = 0.247'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.split_forms import Form
from kldocs.checker.split_values import BASES, Split, carried, fits, gain, split_information, weighted

#: A measure of a split in a base.
Measure = Callable[[Split, float], float]
#: Names given to the distributions of a claim: the parent (or the node), the children, the children's sizes.
_CHILDREN = "QRSTUVW"


def split_of(counts: Sequence[tuple[int, ...]]) -> Split | None:
    """The split the nodes make, the node that is the sum of the others (their parent) left out; None when fewer
    than two children are left, or when they count different classes."""
    children = list(counts)
    if len({len(child) for child in children}) != 1 or any(sum(child) == 0 for child in children):
        return None
    parent = sum_node(children) if len(children) >= 3 else None
    if parent is not None:
        children.remove(parent)
    if not 2 <= len(children) <= len(_CHILDREN):
        return None
    return Split(tuple(children))


def sum_node(counts: Sequence[tuple[int, ...]]) -> tuple[int, ...] | None:
    """The node whose counts are the sum of the others' (their parent), if any."""
    for index, node in enumerate(counts):
        others = [*counts[:index], *counts[index + 1 :]]
        if tuple(sum(column) for column in zip(*others, strict=True)) == node:
            return node
    return None


def gain_ratio(split: Split, base: float) -> float:
    return gain(split, base) / split_information(split, base)


def _shares(counts: tuple[int, ...]) -> tuple[str, ...]:
    return tuple(str(Fraction(count, sum(counts))) for count in counts)


def node_claim(counts: tuple[int, ...], form: Form, where: int) -> CommentClaim | None:
    """The claim that a node of these counts has the written entropy."""
    if sum(counts) == 0:
        return None
    return _claim(f"H(P_{{#}}) = {form.value}", form, where, (("P_{#}", _shares(counts)),))


def split_claim(measure: Measure, split: Split, form: Form, where: int, name: str) -> CommentClaim | None:
    """The claim that the split's measure has the written value; when the value fits in no base but is within
    the rounding carried through the steps, a value left unchecked, and why."""
    if measure is gain_ratio:
        return _ratio_note(split, form, where)
    bases = [(base, unit) for base, unit in BASES if form.unit in (None, unit)]
    if not any(fits(measure(split, base), form.value) for base, _ in bases):
        near = [(base, unit) for base, unit in bases if carried(measure(split, base), form.value, form.working)]
        if near:
            base, unit = near[0]
            exact = measure(split, base)
            return CommentClaim(
                "",
                where,
                note=f"{name} of the split {_shown(split)} is {exact:.4f} {unit}; {form.value} is within the rounding "
                "carried through steps rounded as the text writes them: the rounding is the author's, not called false",
            )
    inputs = [("P_{#}", _shares(split.parent))]
    inputs += [(f"{letter}_{{#}}", _shares(child)) for letter, child in zip(_CHILDREN, split.children, strict=False)]
    terms = " ".join(
        f"{'+' if index else ''} {weight} H({letter}_{{#}})".strip()
        for index, (weight, letter) in enumerate(zip(split.weights(), _CHILDREN, strict=False))
    )
    if measure is weighted:
        return _claim(f"{terms} = {form.value}", form, where, tuple(inputs[1:]))
    sizes = ("Z_{#}", _shares(tuple(sum(child) for child in split.children)))
    if measure is split_information:
        return _claim(f"H(Z_{{#}}) = {form.value}", form, where, (sizes,))
    difference = "H(P_{#}) - " + terms.replace("+ ", "- ")
    if measure is gain:
        return _claim(f"{difference} = {form.value}", form, where, tuple(inputs))
    return None


def _ratio_note(split: Split, form: Form, where: int) -> CommentClaim:
    """A gain ratio, left unchecked: a ratio of logarithms is not computed exactly; the note says what it is."""
    ratio = gain_ratio(split, 2.0)
    said = (
        "fits it"
        if fits(ratio, form.value)
        else "is within the rounding carried through the steps"
        if carried(ratio, form.value, form.working)
        else f"does not fit it ({ratio:.3f} to three decimals)"
    )
    return CommentClaim(
        "",
        where,
        note=f"the gain ratio of the split {_shown(split)} is {ratio:.4f} (a gain of {gain(split, 2.0):.4f} bits "
        f"over a split information of {split_information(split, 2.0):.4f} bits): {form.value} {said}; a ratio of "
        "logarithms is not computed exactly, so it is not judged",
    )


def _claim(text: str, form: Form, where: int, inputs: tuple[tuple[str, tuple[str, ...]], ...]) -> CommentClaim:
    return CommentClaim(f"{text} {form.unit}" if form.unit else text, where, inputs=inputs)


def _shown(split: Split) -> str:
    """``[2, 3] + [4, 0] + [3, 2]``."""
    return " + ".join("[" + ", ".join(str(count) for count in child) + "]" for child in split.children)
