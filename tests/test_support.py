"""The first infinite term, found from the weights: the same term the full breakdown gives, on every path."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from kldocs import Distribution, Quantity
from kldocs.measures.support import first_infinite_term, first_support_failure

MEASURES: dict[str, Callable[[Distribution, Distribution], Quantity]] = {
    "entropy": lambda P, Q: kldocs.entropy(P),
    "cross_entropy": kldocs.cross_entropy,
    "kl": kldocs.kl,
    "jeffreys": kldocs.jeffreys,
    "jsd": kldocs.jsd,
}

counts = st.integers(min_value=1, max_value=8).flatmap(
    lambda n: st.tuples(*(st.lists(st.integers(0, 3), min_size=n, max_size=n).filter(any) for _ in range(2)))
)


def made(weights: list[int], form: str, name: str) -> Distribution:
    """One distribution from counts: a tuple of ints, an int64 array (exact) or a float array."""
    if form == "tuple":
        return kldocs.parse_distribution([str(w) for w in weights], name=name, normalize=True)
    array = np.array(weights, dtype=np.int64)
    return kldocs.parse_distribution(array if form == "array" else array / array.sum(), name=name, normalize=True)


@settings(max_examples=150, deadline=None)
@given(
    counts,
    st.sampled_from(["tuple", "array", "floats"]),
    st.sampled_from(["tuple", "array", "floats"]),
    st.sampled_from(sorted(MEASURES)),
)
def test_first_infinite_term_is_the_first_infinite_of_the_breakdown(
    pair: tuple[list[int], list[int]], form_p: str, form_q: str, measure: str
) -> None:
    P, Q = made(pair[0], form_p, "P"), made(pair[1], form_q, "Q")
    quantity = MEASURES[measure](P, Q)
    expected = next((term for term in quantity.terms() if term.status == "infinite"), None)
    assert first_infinite_term(quantity) == expected
    assert (expected is None) == quantity.is_finite


@given(counts)
def test_first_support_failure_agrees_on_tuples_and_arrays(pair: tuple[list[int], list[int]]) -> None:
    p, q = pair
    expected = next((i for i, (a, b) in enumerate(zip(p, q, strict=True)) if a and not b), None)
    for form in ("tuple", "array", "floats"):
        assert first_support_failure(made(p, form, "P"), made(q, form, "Q")) == expected
