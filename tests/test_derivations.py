"""The derivations layer: every identity verifies, and every kind of wrong step is caught.

A wrong step is built by replacing one step of a real derivation; the
verification must then fail at that step, with a detail that names both
sides, and never report the derivation as holding.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from fractions import Fraction

import pytest
import sympy
from sympy import Eq, Equivalent, Ge, Le, Ne, Rational, log

from kldocs.catalog import catalog
from kldocs.derivations import registry
from kldocs.derivations.bindings import Bindings
from kldocs.derivations.build import algebra, apply_lemma, conclude, constraint, define, instance, over_i, plus, series
from kldocs.derivations.identities import asymmetry, bernoulli
from kldocs.derivations.identities.examples import REFERENCE
from kldocs.derivations.normal_form import differences, normal_form
from kldocs.derivations.printing import to_text
from kldocs.derivations.steps import Derivation, Numbers, Scope, Step
from kldocs.derivations.symbols import (
    H_P,
    H_PQ,
    J_PQ,
    JSD_PQ,
    KL_PQ,
    KL_QP,
    STANDARD,
    SUPPORT,
    argmin_q,
    i,
    j,
    k,
    n,
    p,
    q,
    r,
)
from kldocs.derivations.verify import check, verify
from kldocs.measures import kl


def with_step(name: str, number: int, step: Step) -> Derivation:
    """The registered derivation ``name`` with step ``number`` (1-based) replaced."""
    original = registry.get(name)
    steps = list(original.steps)
    steps[number - 1] = step
    return replace(original, steps=tuple(steps))


def failed_at(derivation: Derivation) -> tuple[int, ...]:
    verification = verify(derivation)
    assert not verification.holds
    return verification.failures


# --- every identity -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", registry.names())
def test_each_identity_verifies(name: str) -> None:
    derivation = registry.get(name)
    verification = verify(derivation)
    assert verification.holds, [(n, c.detail) for n, c in enumerate(verification.checks, 1) if not c.holds]
    assert len(verification.checks) == len(derivation.steps) > 0


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_note_about_numbers_names_the_numbers_it_was_checked_with(language: str) -> None:
    from kldocs.catalog import message
    from kldocs.models.blocks import inline

    for derivation in registry.all_derivations():
        for row in derivation.rows():
            note = str(inline(message(row.justification, language), **dict(row.fields)))
            assert "[[" not in note, (derivation.name, row.justification)
            if row.scope.numbers is not None and "$P = " in message(row.justification, language):
                shown = dict(row.scope.numbers.fields())["P"]
                assert shown in note, (derivation.name, row.justification, note)


@pytest.mark.parametrize("name", registry.names())
def test_a_chain_that_goes_on_after_other_statements_repeats_its_left_side(name: str) -> None:
    rows = registry.get(name).rows()
    for before, row in itertools.pairwise(rows):
        if before.left and row.relation and not row.left:  # a continuation: of the row just above
            assert before.left == rows[0].left or before.relation == "", (name, row.number)
    if name == "gaussian":  # the closed form after the three integrals it uses
        assert rows[-1].left == rows[0].left != ""


def test_every_key_has_english_and_korean_text() -> None:
    english, korean = catalog("en"), catalog("ko")
    for derivation in registry.all_derivations():
        assert derivation.title in english and derivation.title in korean
        for step in derivation.steps:
            assert step.justification in english and step.justification in korean, step.justification


def test_the_issue_list_is_covered() -> None:
    assert set(registry.names()) >= {
        "kl_cross_entropy",
        "gibbs",
        "cross_entropy_loss",
        "asymmetry",
        "jeffreys",
        "jensen_shannon",
        "jsd_bounds",
        "base_change",
        "additivity",
        "bernoulli",
        "gaussian",
    }


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match="gibbs"):
        registry.get("nope")


def test_steps_have_latex_and_rows_for_aligned_environments() -> None:
    derivation = registry.get("gibbs")
    rows = derivation.rows()
    assert rows[0].left == r"D_{\mathrm{KL}}(P \parallel Q)" and rows[0].relation == "="
    assert rows[2].relation == r"\ge" and rows[1].left == ""
    assert rows[-1].right.endswith(r"\forall i") and rows[-1].relation == ""
    assert all(step.latex for step in derivation.steps)


def test_gaussian_ends_in_the_textbook_formula() -> None:
    from kldocs.derivations.identities.normal import mu1, mu2, sigma1, sigma2

    final = registry.get("gaussian").steps[-1].expression
    formula = log(sigma2 / sigma1) + (sigma1**2 + (mu1 - mu2) ** 2) / (2 * sigma2**2) - Rational(1, 2)
    assert sympy.simplify(final - formula) == 0


# --- algebra: sign flipped, factor missing, constraint not declared ---------------------------------


def test_a_flipped_sign_is_caught_with_both_sides() -> None:
    wrong = algebra(over_i(p[i] * plus(log(q[i]), -log(p[i]))), "step.log_of_quotient")
    derivation = with_step("kl_cross_entropy", 2, wrong)
    assert failed_at(derivation)[0] == 2  # and step 3 no longer follows from it
    detail = verify(derivation).checks[1].detail
    assert "left: sum_{i=1}^{n} p_i*log(p_i/q_i)" in detail and "right:" in detail and "not 0" in detail


def test_a_missing_factor_is_caught() -> None:
    wrong = algebra(over_i(plus(log(p[i]), -log(q[i]))), "step.log_of_quotient")
    assert failed_at(with_step("kl_cross_entropy", 2, wrong))[0] == 2


def test_a_missing_factor_of_one_half_is_caught() -> None:
    wrong = define(plus(H_PQ, -2 * H_P), "step.name_cross_entropy_and_entropy")
    assert failed_at(with_step("kl_cross_entropy", 4, wrong)) == (4,)


def test_an_algebra_step_may_not_use_the_constraint() -> None:
    sneaky = algebra(plus(sympy.Integer(1), sympy.Integer(-1)), "step.both_sum_to_one")
    derivation = with_step("gibbs", 6, sneaky)
    assert 6 in failed_at(derivation)
    # and the conclusions that rest on it fail too
    assert {8, 9} <= set(failed_at(derivation))


def test_a_constraint_step_may_use_only_the_distributions_it_names() -> None:
    only_p = constraint(plus(sympy.Integer(1), sympy.Integer(-1)), "step.both_sum_to_one", p)
    assert 6 in failed_at(with_step("gibbs", 6, only_p))
    nothing = Step("constraint", plus(sympy.Integer(1), sympy.Integer(-1)), "step.both_sum_to_one")
    assert 6 in failed_at(with_step("gibbs", 6, nothing))


def test_an_algebra_step_cannot_claim_an_inequality() -> None:
    wrong = Step("algebra", -over_i(p[i] * log(q[i] / p[i])), "step.flip_quotient", relation="<=")
    assert 2 in failed_at(with_step("gibbs", 2, wrong))


def test_the_normal_form_uses_the_constraint_only_when_asked() -> None:
    total = over_i(p[i] * 3) + over_i(q[i])
    assert differences(normal_form(total), normal_form(sympy.Integer(4)))
    assert not differences(normal_form(total, {p: SUPPORT[p], q: SUPPORT[q]}), normal_form(sympy.Integer(4)))
    # an index-free summand counts its terms; it is not a constraint
    assert not differences(normal_form(over_i(sympy.Integer(2))), normal_form(2 * n))


def test_the_normal_form_swaps_and_renames_indices_soundly() -> None:
    left = sympy.Sum(p[i] * r[j], (i, 1, n), (j, 1, k))
    right = sympy.Sum(p[j], (j, 1, n)) * sympy.Sum(r[i], (i, 1, k))
    assert not differences(normal_form(left), normal_form(right))
    # same ranges: sum_i sum_j a_i b_j == sum_j sum_i a_j b_i, but not a_i a_j == a_i b_j
    same = sympy.Sum(p[i] * q[j], (i, 1, n), (j, 1, n))
    swapped = sympy.Sum(p[j] * q[i], (i, 1, n), (j, 1, n))
    assert not differences(normal_form(same), normal_form(swapped))
    assert differences(normal_form(same), normal_form(sympy.Sum(p[i] * p[j], (i, 1, n), (j, 1, n))))


# --- lemma: negative weight, wrong direction, argument outside the domain ---------------------------


def test_a_lemma_applied_with_a_negative_weight_is_caught() -> None:
    wrong = apply_lemma(
        -over_i(p[i] * (q[i] / p[i] - 1)), "step.apply_log_inequality", ">=", "log_le_x_minus_1", q[i] / p[i], -p[i]
    )
    derivation = with_step("gibbs", 3, wrong)
    assert 3 in failed_at(derivation)
    assert "not provably non-negative" in verify(derivation).checks[2].detail


def test_a_lemma_in_the_wrong_direction_is_caught() -> None:
    wrong = apply_lemma(
        -over_i(p[i] * (q[i] / p[i] - 1)), "step.apply_log_inequality", "<=", "log_le_x_minus_1", q[i] / p[i], p[i]
    )
    derivation = with_step("gibbs", 3, wrong)
    assert 3 in failed_at(derivation)
    assert "gives '>='" in verify(derivation).checks[2].detail


def test_a_lemma_outside_its_domain_or_misapplied_is_caught() -> None:
    outside = apply_lemma(
        -over_i(p[i] * (q[i] / p[i] - 1)), "step.apply_log_inequality", ">=", "log_le_x_minus_1", q[i] - p[i], p[i]
    )
    assert 3 in failed_at(with_step("gibbs", 3, outside))
    misapplied = apply_lemma(
        -over_i(p[i] * (q[i] / p[i] - 2)), "step.apply_log_inequality", ">=", "log_le_x_minus_1", q[i] / p[i], p[i]
    )
    assert 3 in failed_at(with_step("gibbs", 3, misapplied))
    unknown = apply_lemma(-over_i(q[i] - p[i]), "step.apply_log_inequality", ">=", "no_such_lemma", q[i] / p[i], p[i])
    assert 3 in failed_at(with_step("gibbs", 3, unknown))


# --- definitions and conclusions ------------------------------------------------------------------


def test_the_js_slip_is_refused_as_a_definition() -> None:
    slip = define((KL_PQ + KL_QP) / 2, "step.jsd_definition", (JSD_PQ, (KL_PQ + KL_QP) / 2))
    derivation = with_step("jensen_shannon", 1, slip)
    assert 1 in failed_at(derivation)
    assert "JSD(P,Q) means" in verify(derivation).checks[0].detail


def test_a_circular_or_repeated_definition_is_refused() -> None:
    circular = define(STANDARD[KL_PQ], "step.kl_definition", (KL_PQ, KL_PQ + 1))
    assert 1 in failed_at(with_step("gibbs", 1, circular))
    c = sympy.Symbol("c")
    twice = Derivation(
        "twice",
        "derivation.gibbs.title",
        (
            define(sympy.Integer(1), "step.define_f", (c, sympy.Integer(1))),
            define(Eq(c, 2, evaluate=False), "step.define_f", (c, sympy.Integer(2))),
        ),
        lhs=c,
    )
    assert failed_at(twice) == (2,)


def test_conclusions_follow_only_by_their_rule() -> None:
    wrong_direction = conclude(Le(KL_PQ, 0, evaluate=False), "step.gibbs_conclusion", "chain", 7)
    assert 8 in failed_at(with_step("gibbs", 8, wrong_direction))
    wrong_condition = conclude(
        Equivalent(Eq(KL_PQ, 0, evaluate=False), Eq(p[i], 2 * q[i], evaluate=False)),
        "step.gibbs_equality",
        "equality_condition",
        7,
    )
    assert 9 in failed_at(with_step("gibbs", 9, wrong_condition))
    unknown_rule = conclude(Ge(KL_PQ, 0, evaluate=False), "step.gibbs_conclusion", "because_i_say_so", 7)
    assert 8 in failed_at(with_step("gibbs", 8, unknown_rule))
    reversed_kl = conclude(
        Eq(argmin_q(H_PQ), argmin_q(KL_QP), evaluate=False), "step.same_minimiser", "argmin_shift", 3, 4, variable=q
    )
    assert 5 in failed_at(with_step("cross_entropy_loss", 5, reversed_kl))


def test_a_wrong_series_coefficient_is_caught() -> None:
    theta, eta = bernoulli.theta, bernoulli.eta
    wrong = series((theta - eta) ** 2 / (eta * (1 - eta)), "step.second_order", theta, eta, 3)
    derivation = with_step("bernoulli", 3, wrong)
    assert failed_at(derivation) == (3,)
    assert "differ by" in verify(derivation).checks[2].detail


def test_a_wrong_specialisation_is_caught() -> None:
    a, b = asymmetry.a, asymmetry.b
    wrong = algebra(
        Eq(KL_PQ, (b - a) * log(a / b), evaluate=False), "step.swap_family_forward", specialise=asymmetry.SWAP
    )
    assert failed_at(with_step("asymmetry", 4, wrong)) == (4,)


# --- instance steps inside identities -------------------------------------------------------------


def test_a_wrong_instance_number_is_caught() -> None:
    P, Q = (values for _, values in REFERENCE.distributions)
    other = kl(Q, P).to_sympy()
    wrong = instance(Eq(KL_PQ, other, evaluate=False), "step.counterexample_forward", Numbers(REFERENCE))
    derivation = with_step("asymmetry", 1, wrong)
    assert failed_at(derivation) == (1,)
    detail = verify(derivation).checks[0].detail
    assert "left = -4/5*log(2) - 1/5*log(3) + 1/2*log(5)" in detail and "right = 1/2*log(2)" in detail


def test_equal_directions_are_not_a_counterexample() -> None:
    same = Bindings(((p, (Fraction(1, 2), Fraction(1, 2))), (q, (Fraction(1, 2), Fraction(1, 2)))), ((n, Fraction(2)),))
    wrong = instance(Ne(KL_PQ, KL_QP, evaluate=False), "step.directions_differ", Numbers(same))
    assert failed_at(with_step("asymmetry", 3, wrong)) == (3,)


def test_half_jeffreys_equals_jsd_is_refused() -> None:
    wrong = instance(Eq(J_PQ / 2, JSD_PQ, evaluate=False), "step.half_jeffreys_is_not_jsd", Numbers(REFERENCE))
    assert failed_at(with_step("jeffreys", 7, wrong)) == (7,)


def test_text_forms_are_short_and_readable() -> None:
    assert to_text(STANDARD[KL_PQ]) == "sum_{i=1}^{n} p_i*log(p_i/q_i)"
    assert to_text(over_i(p[i]) / log(2)) == "(sum_{i=1}^{n} p_i)/log(2)"
    x, y = sympy.symbols("x y")
    double = sympy.Integral(sympy.Function("f")(x, y), (y, -sympy.oo, sympy.oo), (x, 0, 1))
    assert to_text(double) == "int_{0}^{1} int_{-∞}^{∞} f(x, y) dy dx"  # every variable, not the first only
    assert to_text(1 / x + x**-2) == "1/x + 1/x^2"  # powers as a reader writes them, not x**(-2)
    assert to_text(sympy.Pow(2 * x, -1, evaluate=False)) == "1/(2*x)"
    assert to_text(sympy.Ge(x**2, y)) == "x^2 ≥ y"


# --- generality: a chain is only as general as its least general step ------------------------------


def test_a_step_that_holds_only_for_n_equal_1_cannot_enter_a_general_chain() -> None:
    """``D_KL(P||Q) = n * sum p log(p/q)`` holds when n = 1; as a general law it must be refused."""
    n_times = n * STANDARD[KL_PQ]
    steps = (
        define(STANDARD[KL_PQ], "step.kl_definition", (KL_PQ, STANDARD[KL_PQ])),
        algebra(n_times, "step.arithmetic", specialise=((n, 1),)),
        conclude(Eq(KL_PQ, n_times, evaluate=False), "step.gibbs_conclusion", "chain", 2),
    )
    general = Derivation("n_times", "derivation.gibbs.title", steps, lhs=KL_PQ)
    verification = verify(general)
    assert verification.failures == (2, 3)
    assert "holds only with n = 1" in verification.checks[1].detail
    # Declared as the special case it is, the chain holds; the conclusion must say so too.
    special = Scope(((n, 1),))
    declared = replace(general, scope=special)
    assert verify(declared).failures == (3,)
    assert "claims to hold in general" in verify(declared).checks[2].detail
    said = replace(declared, steps=(*steps[:2], replace(steps[2], scope=special)))
    assert verify(said).holds


def test_the_example_numbers_cannot_become_a_law_for_every_p_and_q() -> None:
    """``D_KL(P||Q) = -4/5 log 2 - 1/5 log 3 + 1/2 log 5`` for the reference pair only."""
    value = -Rational(4, 5) * log(2) - Rational(1, 5) * log(3) + Rational(1, 2) * log(5)
    steps = (
        define(STANDARD[KL_PQ], "step.kl_definition", (KL_PQ, STANDARD[KL_PQ])),
        instance(value, "step.collect_logs", Numbers(REFERENCE)),
        conclude(Eq(KL_PQ, value, evaluate=False), "step.gibbs_conclusion", "chain", 2),
    )
    general = Derivation("everywhere", "derivation.gibbs.title", steps, lhs=KL_PQ)
    assert verify(general).failures == (2, 3)
    for_the_pair = replace(general, scope=Scope(numbers=REFERENCE))
    assert verify(for_the_pair).failures == (3,)
    assert "p = (1/5, 1/2, 3/10)" in verify(for_the_pair).checks[2].detail
    stated = replace(for_the_pair, steps=(*steps[:2], replace(steps[2], scope=Scope(numbers=REFERENCE))))
    assert verify(stated).holds


def test_the_registered_special_cases_declare_their_scope() -> None:
    bernoulli_rows = registry.get("bernoulli").rows()
    assert all(not row.scope.is_general for row in bernoulli_rows)
    jsd_rows = registry.get("jensen_shannon").rows()
    assert [row.scope.is_general for row in jsd_rows] == [True, True, True, True, True, False]
    assert jsd_rows[-1].scope.numbers is not None  # "JSD = ln 2" is shown for the disjoint pair only


def test_a_bug_inside_a_check_is_raised_not_reported_as_a_failed_step(monkeypatch: pytest.MonkeyPatch) -> None:
    from kldocs.derivations import checks

    def broken(step: Step, context: object) -> None:
        raise AttributeError("a bug")

    monkeypatch.setitem(checks.CHECKERS, "algebra", broken)
    with pytest.raises(AttributeError, match="a bug"):
        check(registry.get("gibbs"))
