"""The readers of one shape of formula or sentence each (Pinsker's inequality, the measure-theoretic definition of
KL, the KL divergence from the uniform, the information gain, the cross-entropy loss of a batch, the cross-entropy as
a code length): the formulas
they read in a maths region, and what is true of what they find, gathered for :mod:`~kldocs.checker.property_truths`
(each reader holds the truth of what it reads, ``TRUTH``, and the kind of claim it makes, ``KINDS``).

>>> TRUTH[("kl", "pinsker")][0], KINDS["gain_definition"]
(True, 'definition')
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kldocs.checker import coding_roles, gain_formulas, loss_formulas, measure_definitions, pinsker, uniform_divergence
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.negations import wrong_label_within
from kldocs.checker.property_claims import Property
from kldocs.checker.screens import mentions

_READERS = (pinsker, coding_roles, measure_definitions, uniform_divergence, gain_formulas, loss_formulas)
#: ``(measure, property) -> (whether it is true, why)``.
TRUTH: dict[tuple[str, str], tuple[bool, str]] = {
    key: value for reader in _READERS for key, value in reader.TRUTH.items()
}
#: ``property -> kind of claim``.
KINDS: dict[str, str] = {key: value for reader in _READERS for key, value in reader.KINDS.items()}


def formula_forms(document: SourceText, region: Region) -> Iterator[Property]:
    r"""What the formula readers find in a maths region: each one's property, denied when the formula is wrong.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("$$D_{KL}(P\\|Q) \\ge 4\\,\\mathrm{TV}(P,Q)^2$$\n", "a.md")
    >>> [(item.property, item.negated) for math in document.math for item in formula_forms(document, math)]
    [('pinsker', True)]
    """
    text = region.text
    if region.kind not in ("inline", "display") or len(text) > _LONGEST:
        return
    line_start = document.text.rfind("\n", 0, region.offset) + 1
    before = document.text[max(0, region.offset - _BEFORE) : region.offset]
    for judge, anchors, measure, kind in _FORMS:
        holds = judge(text, before) if mentions(text, anchors) else None
        if holds is None:
            continue
        if not wrong_label_within(document.text[line_start : region.offset]):
            shown = " ".join(text.split())
            yield Property(document.line(region.offset), shown, measure, kind, not holds, region.offset)
        return


def _alone(judge: Callable[[str], bool | None]) -> Callable[[str, str], bool | None]:
    """A judge of the formula alone, taking the text before it too."""
    return lambda formula, _: judge(formula)


#: Each formula reader: its judge (of the formula and the text before it), the words one of which its formulas
#: hold, the measure and property it reads.
_FORMS: tuple[tuple[Callable[[str, str], bool | None], tuple[str, ...], str, str], ...] = (
    (_alone(pinsker.pinsker_holds), pinsker.ANCHORS, "kl", "pinsker"),
    (_alone(measure_definitions.definition_holds), measure_definitions.ANCHORS, "kl", "density_ratio_definition"),
    (_alone(uniform_divergence.uniform_gap_holds), uniform_divergence.ANCHORS, "kl", "uniform_gap"),
    (_alone(gain_formulas.gain_holds), gain_formulas.ANCHORS, "information_gain", "gain_definition"),
    (loss_formulas.loss_said, loss_formulas.ANCHORS, "cross_entropy", "batch_loss"),
)
#: Characters before a formula where the words that name it are looked for.
_BEFORE = 300
#: Most characters of a formula read.
_LONGEST = 200
