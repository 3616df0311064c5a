"""The float path with ``axis=``: batches of distributions against SciPy, and what is refused."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from scipy.spatial.distance import jensenshannon

import kldocs
from kldocs import InputError

#: Each measure of a batch, and its value for one pair of 1-D arrays through SciPy (nats).
SCIPY: dict[str, Callable[[np.ndarray, np.ndarray], float]] = {
    "entropy": lambda p, q: float(scipy.stats.entropy(p)),
    "cross_entropy": lambda p, q: float(scipy.stats.entropy(p) + scipy.stats.entropy(p, q)),
    "kl": lambda p, q: float(scipy.stats.entropy(p, q)),
    "jeffreys": lambda p, q: float(scipy.stats.entropy(p, q) + scipy.stats.entropy(q, p)),
    "jsd": lambda p, q: float(scipy.stats.entropy(p, (p + q) / 2) + scipy.stats.entropy(q, (p + q) / 2)) / 2,
}


def measure(name: str, p: Any, q: Any, **options: Any) -> Any:
    if name == "entropy":
        return kldocs.entropy(p, **options)
    return getattr(kldocs, name)(p, q, **options)


def batches(rows: int, columns: int) -> st.SearchStrategy[np.ndarray]:
    """Arrays of positive weights, each row then rescaled to sum to 1 (zeros included sometimes)."""
    weights = st.one_of(st.just(0.0), st.floats(min_value=1e-6, max_value=1e3))
    return hnp.arrays(np.float64, (rows, columns), elements=weights).filter(lambda a: bool((a.sum(axis=1) > 0).all()))


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=5).flatmap(
        lambda rows: st.integers(min_value=1, max_value=7).flatmap(
            lambda columns: st.tuples(batches(rows, columns), batches(rows, columns))
        )
    ),
    st.sampled_from(sorted(SCIPY)),
    st.sampled_from([0, 1, -1]),
)
def test_axis_means_what_it_means_in_scipy(pair: tuple[np.ndarray, np.ndarray], name: str, axis: int) -> None:
    p, q = (a / a.sum(axis=1, keepdims=True) for a in pair)
    if axis == 0:  # the same distributions, laid along the first axis
        p, q = p.T.copy(), q.T.copy()
    values = measure(name, p, q, axis=axis)
    assert values.shape == (p.shape[1] if axis == 0 else p.shape[0],)
    if name == "kl":
        assert np.allclose(values, scipy.stats.entropy(p, q, axis=axis), rtol=1e-9, atol=1e-14, equal_nan=False)
    for i, value in enumerate(values):
        row_p, row_q = (p[:, i], q[:, i]) if axis == 0 else (p[i], q[i])
        expected = SCIPY[name](row_p, row_q)
        assert value >= 0.0 and not math.isnan(value)
        assert value == pytest.approx(expected, rel=1e-9, abs=1e-12) or (math.isinf(expected) and value == expected)
        assert value == pytest.approx(float(measure(name, row_p, row_q)), rel=1e-12, abs=1e-15)


def test_the_batch_is_as_scipy_broadcasts_it_and_takes_a_base() -> None:
    rng = np.random.default_rng(1)
    p = rng.dirichlet(np.ones(4), size=6)
    q = rng.dirichlet(np.ones(4))
    bits = kldocs.kl(p, q, base=2, axis=1)
    assert np.allclose(bits, scipy.stats.entropy(p, q, base=2, axis=1), rtol=1e-12)
    assert np.allclose(
        np.sqrt(kldocs.jsd(p, q, axis=1)), jensenshannon(p, np.broadcast_to(q, p.shape), axis=1), rtol=1e-9
    )
    assert np.allclose(kldocs.kl(p.T, q[:, None], axis=0), scipy.stats.entropy(p.T, q[:, None], axis=0), rtol=1e-12)
    three = rng.dirichlet(np.ones(3), size=(2, 5))  # a 2 x 5 grid of distributions over 3 categories
    assert kldocs.entropy(three, axis=-1).shape == (2, 5)
    assert np.allclose(kldocs.entropy(three, axis=2), scipy.stats.entropy(three, axis=2), rtol=1e-12)


def test_one_distribution_with_axis_gives_a_scalar_like_scipy() -> None:
    value = kldocs.jsd([0.2, 0.5, 0.3], [0.3, 0.4, 0.3], axis=0)
    assert np.ndim(value) == 0
    assert float(value) == pytest.approx(float(kldocs.jsd("0.2 0.5 0.3", "0.3 0.4 0.3")), rel=1e-12)


def test_near_identical_rows_and_support_failures_in_one_batch() -> None:
    rng = np.random.default_rng(2)
    p = rng.dirichlet(np.ones(50), size=4)
    q = p.copy()
    q[0] = q[0] * (1 + 1e-9 * rng.standard_normal(50))
    q[0] /= q[0].sum()
    q[1] = rng.dirichlet(np.ones(50))
    q[2, 3], q[2, 4] = 0.0, q[2, 4] + q[2, 3]  # p > 0 where q = 0
    values = kldocs.kl(p, q, axis=1)
    assert values[0] == pytest.approx(float(kldocs.kl(p[0], q[0])), rel=1e-12)
    assert 0 < values[0] < 1e-15  # no cancellation to a negative or zero value
    assert values[1] == pytest.approx(float(scipy.stats.entropy(p[1], q[1])), rel=1e-12)
    assert values[2] == math.inf
    assert values[3] == 0.0


@pytest.mark.parametrize(
    ("p", "q", "axis", "field", "fragment"),
    [
        ([[0.5, 0.5], [0.5, 0.4]], [0.5, 0.5], 1, "P[2, :]", "sum to 0.9"),
        ([[0.5, 0.5], [0.5, 0.5]], [[0.5, 0.6], [0.5, 0.5]], 0, "Q[:, 2]", "sum to 1.1"),
        ([[0.5, 0.5], [0.5, math.nan]], [0.5, 0.5], 1, "P[2, 2]", "NaN"),
        ([[0.5, 0.5], [1.5, -0.5]], [0.5, 0.5], 1, "P[2, 2]", "negative"),
        ([[0.5, 0.5]], [0.2, 0.3, 0.5], 1, "Q", "do not broadcast"),
        ([[0.5, 0.5]], [0.5, 0.5], 2, "axis", "out of range"),
        ("0.5 0.5", [0.5, 0.5], 0, "P", "not text"),
        ([[0.5, 0.5], [1.0]], [0.5, 0.5], 1, "P", "equal length"),
        ([[0.5, 0.5]], [0.5, 0.5], (0, 1), "axis", "not an integer"),
        ([[0.5, 0.5]], [0.5, 0.5], 1.0, "axis", "not an integer"),
        (np.array([[0.5, 0.4999]], dtype=np.float32), [0.5, 0.5], 1, "P[1, :]", "sum to 0.99"),
    ],
)
def test_bad_batches_name_the_distribution(p: Any, q: Any, axis: int, field: str, fragment: str) -> None:
    with pytest.raises(InputError) as caught:
        kldocs.kl(p, q, axis=axis)
    assert caught.value.field == field
    assert fragment in caught.value.problem


def test_a_two_dimensional_array_without_axis_is_refused_with_the_way_to_pass_axis() -> None:
    with pytest.raises(InputError, match=r"one-dimensional array, got shape \(2, 2\); .*axis=0.*axis=1"):
        kldocs.kl(np.full((2, 2), 0.5), np.full((2, 2), 0.5))
    with pytest.raises(InputError) as scalar:
        kldocs.kl(np.array(1.0), [1.0])
    assert "axis=" not in scalar.value.problem  # one number is no batch


def test_positions_count_from_one_with_and_without_axis() -> None:
    """The bad value of [1.2, -0.2] is the second, whether the array is one distribution or a row of a batch."""
    with pytest.raises(InputError) as single:
        kldocs.kl(np.array([1.2, -0.2]), [0.5, 0.5])
    with pytest.raises(InputError) as batch:
        kldocs.kl(np.array([[0.5, 0.5], [1.2, -0.2]]), [0.5, 0.5], axis=1)
    assert single.value.field == "P[2] 'x2'" and batch.value.field == "P[2, 2]"
    with pytest.raises(InputError) as total:
        kldocs.kl(np.array([[0.5, 0.5], [0.5, 0.4]]), [0.5, 0.5], axis=1)
    assert total.value.field == "P[2, :]"  # the second row, as the second value is P[2]


# --- pandas: labels from the index, without pandas being a dependency ----------------------------------------


def test_a_series_gives_its_index_as_labels() -> None:
    pd = pytest.importorskip("pandas")
    P = kldocs.parse_distribution(pd.Series({"sun": 0.25, "rain": 0.75}))
    assert P.labels == ("sun", "rain") and not P.is_exact
    counts = kldocs.parse_distribution(pd.Series([1, 3], index=["a", "b"]), normalize=True)
    assert counts.is_exact and counts.labels == ("a", "b")
    text = kldocs.parse_distribution(pd.Series(["1/4", "3/4"]))
    assert text.is_exact and text.given_labels is None  # the default 0, 1, ... index gives no labels
    value = kldocs.kl(pd.Series({"sun": 0.25, "rain": 0.75}), pd.Series({"sun": 0.5, "rain": 0.5}))
    assert [term.label for term in value.terms()] == ["sun", "rain"]
    frame = pd.DataFrame({"p": [0.2, 0.5, 0.3], "q": [0.3, 0.4, 0.3]})
    assert kldocs.entropy(frame, axis=0).shape == (2,)


def test_float32_softmax_rows_are_distributions() -> None:
    """A softmax in float32 sums to 1 only to float32 precision; float64 keeps the 1e-9 tolerance."""
    scipy_stats = pytest.importorskip("scipy.stats")
    logits = np.random.default_rng(5).normal(size=(50, 1000)).astype(np.float32)
    p = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    q = np.full(1000, 1 / 1000, dtype=np.float32)
    assert np.abs(p.astype(np.float64).sum(axis=1) - 1).max() > 1e-9  # off by more than float64's tolerance
    values = kldocs.kl(p, q, axis=1)
    assert values == pytest.approx(scipy_stats.entropy(p, q, axis=1), rel=1e-5)
    assert float(kldocs.kl(p[0], q)) == pytest.approx(float(values[0]), rel=1e-12)
    with pytest.raises(InputError, match="sum to"):
        kldocs.kl(p[0].astype(np.float64) * (1 + 1e-6), q)
