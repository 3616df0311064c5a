"""The measures on exact distributions: reference values, identities as exact canonical forms, breakdowns.

Identities are checked as equalities of ExactValue / LogSum objects, never
through floats; the references built here use LogSum.log term by term, a
different route from the grouped LogSum.weighted the measures use.
"""

from __future__ import annotations

import doctest
import math
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import mpmath
import numpy as np
import pytest
import sympy
from hypothesis import example, given, settings
from hypothesis import strategies as st

import kldocs
from kldocs import Base, Distribution, ExactValue, InputError, LogSum, Quantity, parse_distribution
from kldocs.measures.summary import all_measures

F = Fraction
LN2 = LogSum.log(2)

P_REF = parse_distribution("0.2, 0.5, 0.3")
Q_REF_1 = parse_distribution("0.3, 0.4, 0.3", name="Q")
Q_REF_2 = parse_distribution("0.25, 0.5, 0.25", name="Q")


# --- strategies and independent references --------------------------------------------------------------


def weights(n: int) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(min_value=0, max_value=12), min_size=n, max_size=n).filter(any)


def as_distribution(counts: list[int], name: str) -> Distribution:
    total = sum(counts)
    labels = [chr(ord("a") + i) for i in range(len(counts))]
    return parse_distribution([F(c, total) for c in counts], labels=labels, name=name)


pairs = (
    st.integers(min_value=1, max_value=6)
    .flatmap(lambda n: st.tuples(weights(n), weights(n)))
    .map(lambda wq: (as_distribution(wq[0], "P"), as_distribution(wq[1], "Q")))
)
singles = st.integers(min_value=1, max_value=8).flatmap(weights).map(lambda w: as_distribution(w, "P"))
log_bases = st.sampled_from(["2", "10", "3/2", "4", "7"])


def probabilities(d: Distribution) -> tuple[Fraction, ...]:
    assert d.probabilities is not None
    return d.probabilities


def reference_kl(P: Distribution, Q: Distribution) -> LogSum | None:
    """sum p ln(p/q), term by term with LogSum.log; None when infinite."""
    total = LogSum()
    for p, q in zip(probabilities(P), probabilities(Q), strict=True):
        if p and not q:
            return None
        if p:
            total = total + LogSum.log(p / q) * p
    return total


def reference_entropy(P: Distribution) -> LogSum:
    total = LogSum()
    for p in probabilities(P):
        if p:
            total = total - LogSum.log(p) * p
    return total


def reference_jsd(P: Distribution, Q: Distribution) -> LogSum:
    total = LogSum()
    for p, q in zip(probabilities(P), probabilities(Q), strict=True):
        m = (p + q) / 2
        if p:
            total = total + LogSum.log(p / m) * (p / 2)
        if q:
            total = total + LogSum.log(q / m) * (q / 2)
    return total


def support_failure(P: Distribution, Q: Distribution) -> bool:
    return any(p and not q for p, q in zip(probabilities(P), probabilities(Q), strict=True))


def exact(quantity: Quantity) -> ExactValue:
    assert quantity.exact is not None
    return quantity.exact


def logs(quantity: Quantity) -> LogSum:
    """The value in nats times ln(base): the LogSum of its one logarithm part."""
    return exact(quantity).logs_in(quantity.base)


def mp_kl(p: tuple[Fraction, ...], q: tuple[Fraction, ...]) -> mpmath.mpf:
    with mpmath.workdps(60):
        return sum(
            (
                mpmath.mpf(a.numerator)
                / a.denominator
                * mpmath.log(mpmath.mpf((a / b).numerator) / (a / b).denominator)
                for a, b in zip(p, q, strict=True)
                if a
            ),
            mpmath.mpf(0),
        )


# --- reference values of DESIGN.md ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("Q", "kl_pq", "kl_qp", "jsd"),
    [
        (Q_REF_1, "0.0304788", "0.0323821", "0.0078174"),
        (Q_REF_2, "0.0100678", "0.0102055", "0.0025297"),
    ],
)
def test_reference_values(Q: Distribution, kl_pq: str, kl_qp: str, jsd: str) -> None:
    forward, backward, js = kldocs.kl(P_REF, Q), kldocs.kl(Q, P_REF), kldocs.jsd(P_REF, Q)
    assert forward.decimal(6) == kl_pq
    assert backward.decimal(6) == kl_qp
    assert js.decimal(5) == jsd
    # and to 12 digits against mpmath straight from the definitions
    for quantity, expected in [
        (forward, mp_kl(probabilities(P_REF), probabilities(Q))),
        (backward, mp_kl(probabilities(Q), probabilities(P_REF))),
    ]:
        assert Decimal(quantity.decimal(12)) == Decimal(mpmath.nstr(expected, 12, min_fixed=-99, max_fixed=99))
    m = tuple((p + q) / 2 for p, q in zip(probabilities(P_REF), probabilities(Q), strict=True))
    js_expected = (mp_kl(probabilities(P_REF), m) + mp_kl(probabilities(Q), m)) / 2
    assert Decimal(js.decimal(12)) == Decimal(mpmath.nstr(js_expected, 12, min_fixed=-99, max_fixed=99))


def test_reference_exact_form() -> None:
    value = kldocs.kl(P_REF, Q_REF_1)
    expected = LogSum({2: F(-4, 5), 3: F(-1, 5), 5: F(1, 2)})
    assert logs(value) == expected
    assert logs(value) == LogSum.log(F(2, 3)) / 5 + LogSum.log(F(5, 4)) / 2
    assert value.text() == "-4/5*log(2) - 1/5*log(3) + 1/2*log(5)"
    assert value.latex() == r"-\frac{4}{5} \ln 2 - \frac{1}{5} \ln 3 + \frac{1}{2} \ln 5"
    assert value.to_sympy() == sympy.sympify("-4/5*log(2) - 1/5*log(3) + 1/2*log(5)")
    assert value.decimal(9) == "0.0304787540"
    assert round(float(value), 10) == 0.030478754
    assert logs(kldocs.kl(P_REF, Q_REF_2)) == LogSum({2: F(7, 10), 3: F(3, 10), 5: F(-1, 2)})
    assert logs(kldocs.kl(Q_REF_2, P_REF)) == LogSum({2: F(-3, 4), 3: F(-1, 4), 5: F(1, 2)})


def test_measures_accept_text() -> None:
    assert logs(kldocs.kl("0.2 0.5 0.3", "3/10 2/5 30%")) == logs(kldocs.kl(P_REF, Q_REF_1))
    assert kldocs.entropy("0.5 0.5", base=2).text() == "1"
    assert kldocs.cross_entropy("0.5 0.5", "0.25 0.75", base=2).text() == "2 - 1/2*log(3)/log(2)"
    assert kldocs.jeffreys("0.5 0.5", "0.25 0.75").text() == "1/4*log(3)"
    assert kldocs.jsd("1 0", "0 1", base=2).text() == "1"


def test_summary_has_the_eight_measures() -> None:
    values = all_measures(P_REF, Q_REF_1)
    assert list(values) == [
        "entropy_p", "entropy_q", "cross_entropy_pq", "cross_entropy_qp", "kl_pq", "kl_qp", "jeffreys", "jsd",
    ]  # fmt: skip
    assert exact(values["kl_qp"]) == exact(kldocs.kl(Q_REF_1, P_REF))
    assert exact(values["cross_entropy_qp"]) == exact(kldocs.cross_entropy(Q_REF_1, P_REF))
    assert exact(values["entropy_q"]) == exact(kldocs.entropy(Q_REF_1))
    assert all(q.unit == "nats" for q in values.values())
    assert all(q.unit == "bits" for q in all_measures(P_REF, Q_REF_1, "2").values())


def test_quantity_basics() -> None:
    value = kldocs.kl(P_REF, Q_REF_1, base="2")
    assert value.measure == "kl"
    assert value.unit == "bits"
    assert value.is_finite
    assert value.symbol() == r"D_{\mathrm{KL}}(P \parallel Q)"
    assert value.symbol(latex=False) == "D_KL(P||Q)"
    assert kldocs.entropy(P_REF).symbol(latex=False) == "H(P)"
    assert kldocs.jsd(P_REF, Q_REF_1).symbol(latex=False) == "JSD(P,Q)"
    assert value.p is P_REF and value.q is Q_REF_1


def test_lengths_must_match() -> None:
    with pytest.raises(InputError) as info:
        kldocs.kl(P_REF, parse_distribution("0.5 0.5", name="Q"))
    assert info.value.field == "Q"
    assert "2 values" in str(info.value) and "3" in str(info.value)


def test_labelled_distributions_pair_by_label() -> None:
    pandas = pytest.importorskip("pandas")
    scipy_stats = pytest.importorskip("scipy.stats")
    P = pandas.Series(list("aaaaabbbcc")).value_counts(normalize=True)  # a, b, c
    Q = pandas.Series(list("aabbbbcccc")).value_counts(normalize=True)  # c and b before a
    expected = scipy_stats.entropy(P.to_numpy(), Q.reindex(P.index).to_numpy())
    assert float(kldocs.kl(P, Q)) == pytest.approx(expected, rel=1e-12)
    first = kldocs.kl(P, Q).terms()[0]
    assert (first.label, first.p, first.q) == ("a", 0.5, 0.2)
    exact = kldocs.kl({"a": "1/2", "b": "1/2"}, {"b": "3/4", "a": "1/4"})
    assert exact.exact == kldocs.kl("1/2 1/2", "1/4 3/4").exact
    assert exact.q is not None
    assert exact.q.labels == ("a", "b") and exact.q.probabilities == (F(1, 4), F(3, 4))
    with pytest.raises(InputError) as info:
        kldocs.kl({"a": 0.5, "b": 0.5}, {"a": 0.5, "c": 0.5})
    assert (info.value.field, str(info.value)) == ("Q labels", "Q labels: Q has no 'b' (a label of P)")
    # Labels on one side only: by position, with P's labels.
    one_side = kldocs.kl({"a": "1/2", "b": "1/2"}, "1/4 3/4").q
    assert one_side is not None and one_side.labels == ("a", "b")


def test_two_distributions_under_one_name_are_told_apart() -> None:
    P, Q = parse_distribution("0.9 0.1"), parse_distribution("0.5 0.5")  # both named P
    assert kldocs.kl(P, Q).symbol(latex=False) == "D_KL(P||Q)"
    assert kldocs.kl(P, P).symbol(latex=False) == "D_KL(P||P)"
    assert P.name == Q.name == "P"  # the caller's objects are not changed


def test_default_labels_are_not_given_labels() -> None:
    P = parse_distribution("0.5 0.5")
    assert P.labels == ("x1", "x2")
    assert P.given_labels is None


@pytest.mark.parametrize(
    ("base", "unit"),
    [
        (2.0, "bits"),
        (np.e, "nats"),
        (math.e, "nats"),
        (np.int64(10), "bans"),
        (np.float32(2), "bits"),
        (1.5, "base-3/2 units"),
    ],
)
def test_numbers_of_any_type_are_bases(base: Any, unit: str) -> None:
    quantity = kldocs.kl("1/2 1/2", "1/4 3/4", base=base)
    assert quantity.unit == unit
    assert (
        quantity.exact == kldocs.kl("1/2 1/2", "1/4 3/4", base=Base.parse(str(base) if unit != "nats" else "e")).exact
    )


@pytest.mark.parametrize("base", [True, 1.0, 0.5, math.nan, math.inf, -2.0])
def test_numbers_that_are_no_base_are_one_error(base: Any) -> None:
    with pytest.raises(InputError) as caught:
        kldocs.kl("1/2 1/2", "1/4 3/4", base=base)
    assert caught.value.field == "base"


def test_a_quantity_formats_and_rounds_as_its_value() -> None:
    r = kldocs.kl("1/2 1/2", "1/4 3/4")
    assert (f"{r:.4f}", f"{r:.2e}", round(r, 3)) == ("0.1438", "1.44e-01", 0.144)
    assert f"{r}" == str(r) == "D_KL(P‖Q) = ln 2 − 1/2 ln 3 ≈ 0.143841 nats"


def test_counts_say_how_to_rescale_them_in_python() -> None:
    with pytest.raises(InputError) as caught:
        kldocs.kl([1, 2, 3], [2, 2, 2])
    assert "parse_distribution(..., normalize=True)" in caught.value.problem
    counts = parse_distribution([1, 2, 3], normalize=True)
    assert (
        kldocs.kl(counts, parse_distribution([2, 2, 2], normalize=True)).exact
        == kldocs.kl("1/6 1/3 1/2", "1/3 1/3 1/3").exact
    )


def test_mixture() -> None:
    M = kldocs.mixture(P_REF, Q_REF_1)
    assert M.probabilities == (F(1, 4), F(9, 20), F(3, 10))
    assert M.name == "M"
    assert M.labels == P_REF.labels


# --- properties on exact rational distributions -------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(singles)
def test_kl_of_p_with_itself_is_exactly_zero(P: Distribution) -> None:
    same = P.renamed("Q")
    for quantity in (kldocs.kl(P, P), kldocs.kl(P, same), kldocs.jeffreys(P, same), kldocs.jsd(P, same)):
        assert exact(quantity).is_zero()
        assert exact(quantity).sign() == 0
        assert float(quantity) == 0.0
        assert quantity.text() == "0"
    assert exact(kldocs.cross_entropy(P, P)) == exact(kldocs.entropy(P))


@settings(max_examples=60, deadline=None)
@given(pairs)
def test_kl_is_non_negative_and_zero_only_for_p_equal_q(pair: tuple[Distribution, Distribution]) -> None:
    P, Q = pair
    value = kldocs.kl(P, Q)
    assert exact(value).sign() >= 0
    assert (exact(value).sign() == 0) == (probabilities(P) == probabilities(Q))
    assert value.is_finite == (not support_failure(P, Q))
    if value.is_finite:
        assert logs(value) == reference_kl(P, Q)
        assert float(value) >= 0.0
    else:
        assert reference_kl(P, Q) is None
        assert exact(value) == ExactValue.infinity()
        assert float(value) == math.inf
        assert value.decimal(5) == "inf"


@settings(max_examples=60, deadline=None)
@given(pairs)
def test_cross_entropy_is_entropy_plus_kl(pair: tuple[Distribution, Distribution]) -> None:
    P, Q = pair
    cross, H, D = kldocs.cross_entropy(P, Q), kldocs.entropy(P), kldocs.kl(P, Q)
    assert logs(H) == reference_entropy(P)
    assert H.is_finite
    assert cross.is_finite == D.is_finite == (not support_failure(P, Q))
    if D.is_finite:
        assert exact(cross) == exact(H) + exact(D)
        independent = reference_kl(P, Q)
        assert independent is not None
        assert logs(cross) == reference_entropy(P) + independent
        assert exact(cross) - exact(H) == exact(D)
    else:
        assert not cross.is_finite
        assert exact(cross) == ExactValue.infinity()


@settings(max_examples=60, deadline=None)
@given(pairs)
def test_jsd_is_symmetric_finite_and_bounded(pair: tuple[Distribution, Distribution]) -> None:
    P, Q = pair
    forward = kldocs.jsd(P, Q)
    backward = kldocs.jsd(Q.renamed("P"), P.renamed("Q"))
    assert forward.is_finite
    assert exact(forward) == exact(backward)
    assert logs(forward) == reference_jsd(P, Q)
    assert logs(forward).sign() >= 0
    assert (logs(forward).is_zero()) == (probabilities(P) == probabilities(Q))
    room = LN2 - logs(forward)
    assert room.sign() >= 0
    disjoint = all(not (p and q) for p, q in zip(probabilities(P), probabilities(Q), strict=True))
    assert room.is_zero() == disjoint
    assert float(forward) <= math.log(2) + 1e-15
    assert float(kldocs.jsd(P, Q, base=2)) <= 1.0


@settings(max_examples=60, deadline=None)
@given(pairs)
def test_jeffreys_is_the_sum_of_both_kl(pair: tuple[Distribution, Distribution]) -> None:
    P, Q = pair
    J = kldocs.jeffreys(P, Q)
    forward, backward = kldocs.kl(P, Q), kldocs.kl(Q, P)
    assert J.is_finite == (forward.is_finite and backward.is_finite)
    if J.is_finite:
        assert exact(J) == exact(forward) + exact(backward)
        reference = LogSum()
        for p, q in zip(probabilities(P), probabilities(Q), strict=True):
            if p:
                reference = reference + LogSum.log(p / q) * (p - q)
        assert logs(J) == reference
        assert exact(J) == exact(kldocs.jeffreys(Q, P))
    else:
        assert exact(J) == ExactValue.infinity()


MEASURES: dict[str, Callable[[Distribution, Distribution, str], Quantity]] = {
    "entropy": lambda P, Q, b: kldocs.entropy(P, base=b),
    "cross_entropy": lambda P, Q, b: kldocs.cross_entropy(P, Q, base=b),
    "kl": lambda P, Q, b: kldocs.kl(P, Q, base=b),
    "jeffreys": lambda P, Q, b: kldocs.jeffreys(P, Q, base=b),
    "jsd": lambda P, Q, b: kldocs.jsd(P, Q, base=b),
}


@settings(max_examples=40, deadline=None)
@given(pairs, log_bases, st.sampled_from(sorted(MEASURES)))
def test_base_change(pair: tuple[Distribution, Distribution], base: str, measure: str) -> None:
    P, Q = pair
    nats, other = MEASURES[measure](P, Q, "e"), MEASURES[measure](P, Q, base)
    assert other.base == Base.parse(base)
    assert other.is_finite == nats.is_finite
    if nats.is_finite:
        assert exact(other) == exact(nats).in_units(Base.parse(base))
    if not nats.is_finite:
        assert float(other) == math.inf
        return
    b = Fraction(base)
    assert math.isclose(float(other), float(nats) / math.log(b), rel_tol=1e-14, abs_tol=1e-300)
    with mpmath.workdps(80):
        expected = mpmath.mpf(0)
        for prime, c in logs(nats).coefficients.items():
            expected += mpmath.mpf(c.numerator) / c.denominator * mpmath.log(prime)
        expected /= mpmath.log(mpmath.mpf(b.numerator) / b.denominator)
        if expected != 0:
            assert abs(Decimal(other.decimal(25)) - Decimal(mpmath.nstr(expected, 40))) <= abs(
                Decimal(mpmath.nstr(expected, 40))
            ) * Decimal("1e-24")
    difference = other.to_sympy() - nats.to_sympy() / sympy.log(sympy.Rational(b.numerator, b.denominator))
    assert abs(sympy.N(difference, 50)) < 1e-40


@settings(max_examples=40, deadline=None)
@given(pairs, st.sampled_from(["e", "2", "10", "3/2"]), st.sampled_from(sorted(MEASURES)))
@example((as_distribution([1, 1, 0], "P"), as_distribution([1, 0, 1], "Q")), "e", "jeffreys")
@example((as_distribution([1, 1, 0], "P"), as_distribution([1, 0, 1], "Q")), "2", "kl")
@example((as_distribution([1, 1], "P"), as_distribution([1, 1], "Q")), "e", "jeffreys")
def test_terms_add_up_to_the_value(pair: tuple[Distribution, Distribution], base: str, measure: str) -> None:
    P, Q = pair
    quantity = MEASURES[measure](P, Q, base)
    terms = quantity.terms()
    assert [t.index for t in terms] == list(range(len(P)))
    assert [t.label for t in terms] == list(P.labels)
    infinite = [t for t in terms if t.status == "infinite"]
    assert bool(infinite) == (not quantity.is_finite)
    if quantity.is_finite:
        total = ExactValue()
        for term in terms:
            assert isinstance(term.value, ExactValue)
            total = total + term.value
            if term.status == "zero":  # only the 0 log 0 convention makes a term "zero"
                assert term.p == 0
                assert term.value.is_zero()
                assert term.text() == "0"
                assert "0 log 0" in term.reason()
        assert total == exact(quantity)
        # each term's text is SymPy-parsable and they add up to the value too (in nats)
        parsed = sum((sympy.sympify(term.text()) for term in terms), sympy.Integer(0))
        assert abs(sympy.N(parsed - ExactValue.from_logs(logs(quantity)).to_sympy(), 40)) < 1e-35
    for term in infinite:  # a positive probability against a zero (either way round for Jeffreys)
        assert (term.q == 0 and term.p != 0) or (measure == "jeffreys" and term.p == 0 and term.q != 0)
        assert repr(term.label) in term.reason()
        assert "infinite" in term.reason()
        assert term.text() == "oo"
        assert term.latex() == r"\infty"


def test_infinite_term_names_the_category() -> None:
    P = parse_distribution("0.5 0.5 0", labels=["sun", "rain", "snow"])
    Q = parse_distribution("0.5 0 0.5", labels=["sun", "rain", "snow"], name="Q")
    value = kldocs.kl(P, Q)
    assert not value.is_finite
    statuses = [t.status for t in value.terms()]
    assert statuses == ["finite", "infinite", "zero"]
    infinite = value.terms()[1]
    assert infinite.label == "rain"
    assert "'rain'" in infinite.reason()
    assert "p = 1/2" in infinite.reason() and "q = 0" in infinite.reason()
    assert value.terms()[0].text() == "0"
    assert "p = 0 for 'snow'" in value.terms()[2].reason()
    # Jeffreys fails on both sides; its first term is (p - q) log(p/q) = 0 with p = 1/2, not a 0 log 0 term.
    jeffreys_terms = kldocs.jeffreys(P, Q).terms()
    assert [t.status for t in jeffreys_terms] == ["finite", "infinite", "infinite"]
    assert isinstance(jeffreys_terms[0].value, ExactValue) and jeffreys_terms[0].value.is_zero()
    assert "p = 0" not in jeffreys_terms[0].reason()
    assert kldocs.jsd(P, Q).is_finite
    assert all(t.status != "infinite" for t in kldocs.jsd(P, Q).terms())


def test_reference_terms() -> None:
    terms = kldocs.kl(P_REF, Q_REF_1).terms()
    assert [t.text() for t in terms] == ["1/5*log(2/3)", "1/2*log(5/4)", "0"]
    assert terms[0].latex() == r"\frac{1}{5} \ln \frac{2}{3}"
    assert [t.status for t in terms] == ["finite", "finite", "finite"]  # p = q = 3/10: log 1, p is not 0
    assert terms[2].value == ExactValue()
    values = [t.value for t in terms]
    assert all(isinstance(v, ExactValue) for v in values)
    assert sum(values[1:], values[0]) == exact(kldocs.kl(P_REF, Q_REF_1))


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=4).flatmap(lambda n: st.tuples(weights(n), weights(n))))
def test_canonical_form_agrees_with_sympy(counts: tuple[list[int], list[int]]) -> None:
    P, Q = as_distribution(counts[0], "P"), as_distribution(counts[1], "Q")
    value = kldocs.kl(P, Q)
    if not value.is_finite:
        return
    expression = sum(
        (
            sympy.Rational(p.numerator, p.denominator)
            * sympy.log(sympy.Rational((p / q).numerator, (p / q).denominator))
            for p, q in zip(probabilities(P), probabilities(Q), strict=True)
            if p
        ),
        sympy.Integer(0),
    )
    reference = sympy.N(expression, 45)
    shown = value.decimal(30)
    if exact(value).is_zero():
        assert abs(reference) < 1e-40
        return
    ulp = Decimal(10) ** (Decimal(shown).copy_abs().adjusted() - 29)
    assert abs(Decimal(shown) - Decimal(str(reference))) <= ulp / 2
    assert sympy.simplify(sympy.expand_log(expression - value.to_sympy(), force=True)) == 0


def test_large_inputs_take_the_grouped_route_and_agree() -> None:
    """n above the NumPy threshold: the same canonical value as the term-by-term reference on a subset."""
    from kldocs.exact import factor

    n = factor.NUMPY_THRESHOLD + 10
    P = parse_distribution([i % 7 + 1 for i in range(n)], normalize=True)
    Q = parse_distribution([i % 5 + 1 for i in range(n)], name="Q", normalize=True)
    value = kldocs.kl(P, Q)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(factor, "NUMPY_THRESHOLD", 10**12)
        P2 = parse_distribution([i % 7 + 1 for i in range(n)], normalize=True)
        Q2 = parse_distribution([i % 5 + 1 for i in range(n)], name="Q", normalize=True)
        slow = kldocs.kl(P2, Q2)
    assert exact(value) == exact(slow)
    assert exact(kldocs.cross_entropy(P, Q)) == exact(kldocs.entropy(P)) + exact(value)
    assert exact(value).sign() == 1


def test_renamed_and_rebuilt_distributions_get_fresh_values() -> None:
    """A Distribution derived from another must not reuse the original's computed values."""
    P = parse_distribution("0.5 0.5")
    Q = parse_distribution("0.25 0.75", name="Q")
    assert kldocs.entropy(P).text() == "log(2)"
    assert kldocs.cross_entropy(P, Q).is_finite
    changed = Distribution((F(1, 4), F(3, 4)), P.labels, P.name)
    assert exact(kldocs.entropy(changed)) == exact(kldocs.entropy(parse_distribution("0.25 0.75")))
    assert kldocs.kl(changed, Q).text() == "0"
    assert kldocs.kl(P.renamed("R"), P).text() == "0"


# --- the Python API refuses what the command line refuses ------------------------------------------------------


@pytest.mark.parametrize("digits", [0, -3, 1001, 2.5, "5", True, None])
def test_decimal_digits_are_checked_as_the_command_line_checks_them(digits: Any) -> None:
    """One maximum (1000) and one message for ``Quantity.decimal``, ``ExactValue.decimal`` and ``--digits``."""
    r = kldocs.kl("0.2 0.5 0.3", "0.3 0.4 0.3")
    assert r.exact is not None
    for call in (r.decimal, r.sqrt_decimal, r.exact.decimal, r.exact.sqrt_decimal):
        with pytest.raises(kldocs.InputError) as caught:
            call(digits)
        assert caught.value.field == "digits"
        assert "1 to 1000" in str(caught.value) or "between 1 and 1000" in str(caught.value)
    float_path = kldocs.kl(np.array([0.2, 0.5, 0.3]), np.array([0.3, 0.4, 0.3]))
    with pytest.raises(kldocs.InputError):
        float_path.decimal(digits)


def test_the_largest_digits_is_the_same_for_python_and_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from kldocs.cli import main

    r = kldocs.kl("0.5 0.5", "0.25 0.75")
    assert len(r.decimal(1000).replace("0.", "", 1).lstrip("0")) == 1000
    assert main(["compute", "--p", "0.5 0.5", "--q", "0.25 0.75", "--digits", "1001"]) == 2
    assert "--digits: must be between 1 and 1000, got 1001" in capsys.readouterr().err


@pytest.mark.parametrize("name", [3, b"P", None, ["P"]])
def test_a_distribution_name_must_be_text(name: Any) -> None:
    with pytest.raises(kldocs.InputError, match="name: must be text"):
        kldocs.parse_distribution("0.5 0.5", name=name)
    with pytest.raises(kldocs.InputError, match="name: must be text"):
        kldocs.parse_distribution("0.5 0.5").renamed(name)


@pytest.mark.parametrize("data", [b"0.5 0.5", bytearray(b"0.5 0.5"), memoryview(b"1 1")])
def test_bytes_are_refused_not_read_as_a_sequence_of_byte_values(data: Any) -> None:
    for normalize in (False, True):
        with pytest.raises(kldocs.InputError, match="decode it to text first"):
            kldocs.parse_distribution(data, normalize=normalize)
    with pytest.raises(kldocs.InputError, match=r"^Q: bytes"):
        kldocs.kl("0.5 0.5", b"0.5 0.5")


def test_quantities_hash_consistently_with_equality() -> None:
    a = kldocs.kl("1/2 1/2", "1/4 3/4")
    b = kldocs.kl(kldocs.parse_distribution("0.5 0.5"), kldocs.parse_distribution("25% 75%", name="Q"))
    assert a == b and hash(a) == hash(b)
    assert {a: "kl"}[b] == "kl"
    assert len({a, b, kldocs.kl("1/4 3/4", "1/2 1/2")}) == 2
    floats = kldocs.kl(np.array([0.5, 0.5]), np.array([0.25, 0.75]))
    assert hash(floats) == hash(kldocs.kl(np.array([0.5, 0.5]), np.array([0.25, 0.75])))


@pytest.mark.parametrize("function", [kldocs.entropy, kldocs.cross_entropy, kldocs.kl, kldocs.jeffreys, kldocs.jsd])
def test_measure_docstrings_document_axis_and_the_float_path(function: Callable[..., Any]) -> None:
    """help() lists every parameter, and says which inputs take the float path (lists of floats do)."""
    doc = function.__doc__ or ""
    assert "axis : int, optional" in doc
    assert "a list or tuple of floats, or a NumPy float array" in " ".join(doc.split())
    P = [0.5, 0.25, 0.25]
    result = function(P) if function is kldocs.entropy else function(P, [0.25, 0.5, 0.25])
    assert result.exact is None


def test_float_of_a_quantity_is_documented() -> None:
    assert Quantity.__float__.__doc__ and "inf" in Quantity.__float__.__doc__


def _public_with_examples() -> list[str]:
    return [name for name in kldocs.__all__ if ">>>" in (getattr(getattr(kldocs, name), "__doc__", None) or "")]


@pytest.mark.parametrize("name", _public_with_examples())
def test_public_docstring_examples_run_as_pasted_into_a_new_interpreter(name: str) -> None:
    # Each example imports what it uses: nothing comes from the module it is written in.
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    failures: list[str] = []
    for test in doctest.DocTestFinder(recurse=False).find(getattr(kldocs, name), name, globs={}):
        runner.run(test, out=failures.append)
    assert not failures, "".join(failures)


def test_a_quantity_works_out_its_terms_once() -> None:
    # The checker matches a document's expansions with the same measure's terms again and again; each exact term
    # keeps its double and canonical form only if the same term objects come back.
    quantity = kldocs.kl(P_REF, Q_REF_1)
    first = quantity.terms()
    assert quantity.terms() is first
    assert sum((term.value for term in first), ExactValue.number(0)) == quantity.exact
