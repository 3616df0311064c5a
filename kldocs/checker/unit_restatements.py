r"""A value given again in another unit, in the sentence right after the one that gave it: "... so the JS
divergence is 0.0797 bits. En nats sería 0.0552.", "In nats it would be 0.0552."

The sentence opens with the unit ("In nats", "En nats", "Em nats", "In Nats", "В натах"), then maybe "it" or
"this", a verb ("would be", "is", "sería", "serait", "wäre", "será") and the value, and nothing after it but a
stop. It names no measure, so it speaks of the measure the value just before it was given to in words (a
:class:`~kldocs.checker.prose_claims.ProseValue`, on the same line or the line above), with no other number
between them; it is that measure's value in the sentence's unit, judged as the first one is. A unit the first value
already had is no restatement ("In bits it would be 0.2" after "0.0797 bits"), and neither is a sentence that
says more ("In nats it would be 0.0552 for the other pair").

>>> from kldocs.checker.prose_claims import ProseValue
>>> said = ProseValue(1, "the JS divergence is 0.0797 bits", "jsd", "0.0797", "2", False, 21)
>>> text = "the JS divergence is 0.0797 bits. En nats sería 0.0552."
>>> [(value.measure, value.written, value.unit) for value in restated_in_unit(text, 0, 1, [said])]
[('jsd', '0.0552', 'e')]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_claims import ProseValue

_RESTATED = lazy(
    r"(?:^|(?<=[.!?;])\s+)(?P<said>(?i:in|en|em|dans|на|в)\s+(?P<unit>(?i:nats?|bits?|натах|битах))\s*,?\s*"
    r"(?:(?i:it|this|that|cela|ça|esto|eso|isso|das|es|это)\s+)?"
    r"(?i:would\s+be|is|comes\s+to|ser[íi]a|es|serait|est|fait|w[äa]re|ist|ergibt|seria|ser[áa]|[ée]|составит|будет)\s+"
    r"(?:(?i:about|approximately|roughly|environ|aproximadamente|cerca\s+de|etwa|ca\.|около|примерно)\s+)?"
    r"(?P<number>[0-9]+(?:[.,][0-9]+)?))(?:\s*(?i:nats?|bits?))?\s*[.;]?\s*$",
)
#: The unit words, as their bases.
_BASES = {"nat": "e", "nats": "e", "натах": "e", "bit": "2", "bits": "2", "битах": "2"}
#: A digit: another number between the first value and the sentence that restates it.
_DIGIT = lazy(r"[0-9]")


def restated_in_unit(text: str, offset: int, line: int, earlier: Sequence[ProseValue]) -> Iterator[ProseValue]:
    """The value a line (``text``, at ``offset`` in the document, on ``line``) gives again in another unit to the
    last of the values given in words ``earlier`` (on this line or the one above, in document order)."""
    if not earlier or ("nat" not in text.lower() and "bit" not in text.lower() and "нат" not in text):
        return
    match = _RESTATED.search(text)
    if match is None:
        return
    first = earlier[-1]
    if first.offset >= offset + match.start("said"):
        return  # a value after the sentence: not the one it restates
    since = max(0, first.offset - offset + len(first.written))  # the first value's end, or this line's start
    unit = _BASES[match.group("unit").lower()]
    if _DIGIT.search(text, since, match.start("said")) or first.unit == unit:
        return  # another number between, or the unit the first value had
    number = match.group("number").replace(",", ".")
    shown = " ".join(match.group("said").split())
    yield ProseValue(line, shown, first.measure, number, unit, False, offset + match.start("number"), first.names)
