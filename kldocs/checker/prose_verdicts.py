"""A value given in words ("the KL divergence is 0.0305 nats"), judged with what the checker knows where it stands.

The base is the one its section states, else each usual base is tried (a program's printed value keeps its own
logarithms); a value the document's float32 code printed is judged to float32's digits; a false value that the
document's own printing function may have computed, or that is said under a condition of its own, or that was
judged from another table than the one the sentence names, is left unchecked, with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction

from kldocs.checker.bases import USUAL_BASES, BaseRules
from kldocs.checker.checked import Checked
from kldocs.checker.conditions import said_under_condition
from kldocs.checker.documents import SourceText
from kldocs.checker.judge_prose import judge_prose_value, prose_kind
from kldocs.checker.measure_symbols import MeasureSymbol
from kldocs.checker.merged_claims import NO_BASE
from kldocs.checker.own_distributions import points_back
from kldocs.checker.printing_functions import defined_for
from kldocs.checker.prose_claims import ProseValue
from kldocs.checker.scope import Binding, parse_base, unit_name
from kldocs.checker.single_precision import single_verdict, widened
from kldocs.checker.table_scope import another_table


@dataclass(frozen=True)
class ProseContext:
    """What judging a value in words needs from the document's checker: its bases, its tables' labels, and (read
    only when needed) whether its code computes in float32 and which measure functions it defines."""

    document: SourceText
    bases: BaseRules
    labels: dict[str, str | None]
    single: Callable[[], bool]
    own_functions: Callable[[], dict[str, str]]


def judge_prose_claim(
    item: ProseValue,
    bindings: dict[str, Binding],
    earlier: list[dict[str, Binding]],
    above: MeasureSymbol | None,
    context: ProseContext,
) -> Checked:
    """The verdict on ``item`` with the distributions in force (``bindings``; ``earlier``: those of the versions
    just before, latest first) and the values worked above it (``above``)."""
    stated = context.bases.forced if context.bases.is_forced else context.bases.section_base(item.offset)
    printed = context.document.printed(item.offset)
    if printed and not context.bases.is_forced:
        stated = None  # the program that printed it chose its own logarithms, not the text's
    bare = not printed and stated is None and item.unit is None
    by_values = bare and context.bases.values.in_bits(item.offset)
    if by_values:  # "Its entropy is 1 bit." above: a bare value is in bits
        stated = Fraction(2)
    bases = [stated] if context.bases.is_forced or stated is not None else list(USUAL_BASES)
    others = () if context.bases.is_forced or by_values else USUAL_BASES
    text = context.document.text
    start = text.rfind("\n", 0, item.offset) + 1
    line_above = text.rfind("\n", 0, start - 1) + 1 if start > 0 else start
    if start > 0 and points_back(text[start : item.offset], text[line_above:start]):  # "... 0.1 each.\nIts entropy is"
        start = line_above
    before = text[start : item.offset].replace("\n", " ")
    verdict, value, note, named = judge_prose_value(item, bindings, bases, others, before, earlier, above)
    if by_values and verdict != "unchecked":
        note += f" (read in bits: {NO_BASE['values']})"
    widened_value = widened(item.written) if verdict != "holds" and context.single() else None
    if widened_value is not None:  # a value the document's float32 code computed, to float32's digits
        item_again = replace(item, written=widened_value)
        again = judge_prose_value(item_again, bindings, bases, others, before, earlier, above)
        single = single_verdict((value, note), again[:3], item.written)
        if single is not None and (verdict == "false" or single[0] == "holds"):
            verdict, value, note = single
            named = again[3] if verdict == "holds" else None
    printer = defined_for(context.own_functions(), item.measure) if verdict == "false" and printed else None
    if printer is not None:
        note += f"; it may be what the document's own {printer}() computes (another reading): not judged"
        verdict, value, named = "unchecked", None, None
    if verdict == "false" and said_under_condition(
        context.document.text[item.offset + len(item.written) : item.offset + len(item.written) + 80]
    ):
        note = "it is said under a condition of its own, which kldocs does not test: not judged here"
        verdict, value, named = "unchecked", None, None  # "the KL divergence is 0 only when P = Q"
    if verdict == "false" and item.unit is None and len(bases) > 1:
        value, named = None, None  # no base is decided: the note gives the value in each base tried
    unit = unit_name(parse_base(named)) if named is not None else None
    used = [text for text in context.labels if verdict != "unchecked" and text in note]  # judged from a table
    other = another_table(used, context.document.text[max(0, item.offset - 400) : item.offset], context.labels)
    if other is not None:  # "for table A, the mutual information is ...", with table B in force
        verdict, value, note, named = "unchecked", None, other, None
    kind = prose_kind(item, bindings)
    return Checked((item.line,), item.text, kind, verdict, value, note, named, unit)  # type: ignore[arg-type]
