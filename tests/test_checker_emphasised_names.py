"""A measure's name with emphasis inside it ("The JS *divergence*", "*Jensen-Shannon* divergence") names that
measure, not a bare "divergence" read as the KL divergence the line named before; a bare emphasised "*divergence*"
still takes the context's measure.
"""

from __future__ import annotations

import math

import pytest

from kldocs.checker import check_text

_P, _Q = (0.7, 0.2, 0.1), (0.4, 0.4, 0.2)
_HEAD = "P = (0.7, 0.2, 0.1), Q = (0.4, 0.4, 0.2).\n\nThe KL divergence is 0.2651 bits. "


def _kl(p: tuple[float, ...], q: tuple[float, ...]) -> float:
    return sum(a * math.log2(a / b) for a, b in zip(p, q, strict=True))


def _verdicts(sentence: str) -> list[tuple[str, str]]:
    claims = check_text(_HEAD + sentence + "\n", "a.md").claims
    return [(claim.kind, claim.verdict) for claim in claims if claim.kind != "definition"]


def test_the_values_used_below() -> None:
    middle = tuple((a + b) / 2 for a, b in zip(_P, _Q, strict=True))
    assert round(_kl(_P, _Q), 4) == 0.2651
    assert round((_kl(_P, middle) + _kl(_Q, middle)) / 2, 4) == 0.0667


@pytest.mark.parametrize(
    "sentence",
    [
        "The JS *divergence* is about 0.0667 bits.",
        "The *JS* divergence is about 0.0667 bits.",
        "The JS _divergence_ is about 0.0667 bits.",
        "The *Jensen-Shannon* divergence is about 0.0667 bits.",
        "The **JS** divergence is about 0.0667 bits.",
    ],
)
def test_an_emphasised_name_is_its_measures(sentence: str) -> None:
    assert _verdicts(sentence) == [("kl", "holds"), ("jsd", "holds")]


def test_a_wrong_value_under_an_emphasised_name_is_judged_as_its_measure() -> None:
    assert _verdicts("The JS *divergence* is about 0.2651 bits.") == [("kl", "holds"), ("jsd", "false")]


def test_a_bare_emphasised_divergence_still_takes_the_context() -> None:
    assert _verdicts("The *divergence* is about 0.2651 bits.") == [("kl", "holds"), ("kl", "holds")]
