"""What is true of each measure: the table :mod:`~kldocs.checker.properties` judges a property by.

Each ``(measure, property)`` a :class:`~kldocs.checker.property_claims.Property` may name maps to whether it holds
in general and why (:data:`TRUTH`, with the truths of the formula readers of
:mod:`~kldocs.checker.formula_truths`); each property to the kind of claim it makes (:data:`KINDS`); and
:data:`SPECIAL_CASES` are what may hold of some pairs though it fails in general.

>>> TRUTH[("kl", "symmetric")][0], KINDS["symmetric"], ("kl", "symmetric") in SPECIAL_CASES
(False, 'symmetry', True)
"""

from __future__ import annotations

from kldocs.checker.formula_truths import KINDS as FORMULA_KINDS
from kldocs.checker.formula_truths import TRUTH as FORMULA_TRUTH

#: ``(measure, property) -> (whether it is true, why)``.
TRUTH = {
    ("kl", "symmetric"): (False, "D_KL(P||Q) and D_KL(Q||P) differ in general"),
    ("kl", "bounded"): (
        False,
        "KL divergence has no upper bound: it is infinite when Q gives 0 to an outcome P can produce",
    ),
    ("kl", "metric"): (False, "KL divergence is not a metric: it is not symmetric and breaks the triangle inequality"),
    ("cross_entropy", "symmetric"): (False, "H(P,Q) and H(Q,P) differ in general"),
    ("cross_entropy", "bounded"): (False, "cross-entropy is infinite when Q gives 0 to an outcome P can produce"),
    ("cross_entropy", "metric"): (False, "cross-entropy is not a metric: H(P,P) = H(P) is not 0"),
    ("jsd", "symmetric"): (True, "the JSD is symmetric: the mixture M = (P+Q)/2 is the same when P and Q swap"),
    ("jsd", "bounded"): (True, "0 ≤ JSD ≤ log 2 (1 bit), with log 2 exactly for disjoint supports"),
    ("jsd", "bound_too_low"): (
        False,
        "the JSD reaches log 2 for disjoint supports: 1 bit, or ln 2 ≈ 0.693 nats; an upper bound below that fails",
    ),
    ("jsd", "metric"): (False, "the JSD is not a metric; its square root, the Jensen-Shannon distance, is"),
    ("jsd", "mixture_average"): (
        True,
        "JSD(P||Q) = ½ D_KL(P||M) + ½ D_KL(Q||M), the average of the KL divergences of P and Q from their mixture "
        "M = (P+Q)/2",
    ),
    ("jsd", "jsd_average"): (
        False,
        "averaging D_KL(P||Q) and D_KL(Q||P) gives half the Jeffreys divergence; the JSD averages the KL "
        "divergences of P and Q from their mixture M = (P+Q)/2",
    ),
    ("js_distance", "symmetric"): (True, "the Jensen-Shannon distance is symmetric"),
    ("kl_root", "symmetric"): (False, "sqrt(D_KL(P||Q)) and sqrt(D_KL(Q||P)) differ in general, as the two KL do"),
    ("kl_root", "metric"): (
        False,
        "the square root of KL is not a metric: it is not symmetric (the JSD's square root is one)",
    ),
    ("js_distance", "bounded"): (True, "the Jensen-Shannon distance is at most sqrt(log 2)"),
    ("js_distance", "metric"): (True, "the square root of the JSD is a metric"),
    ("jeffreys", "symmetric"): (True, "J(P,Q) = D_KL(P||Q) + D_KL(Q||P) is symmetric by construction"),
    ("jeffreys", "bounded"): (False, "the Jeffreys divergence is infinite as soon as the supports differ"),
    ("jeffreys", "metric"): (False, "the Jeffreys divergence breaks the triangle inequality, so it is not a metric"),
    ("kl", "sum_definition"): (
        True,
        "D_KL(P||Q) = sum p log(p/q) = -sum p log(q/p): with the sign and the ratio as written, the sign is flipped",
    ),
    ("binary_cross_entropy", "sum_definition"): (
        True,
        "BCE(y, p) = -[y log p + (1-y) log(1-p)] = y log(1/p) + (1-y) log(1/(1-p)): with the signs as written, the "
        "sign is flipped (that is the log-likelihood, which the loss is minus)",
    ),
    ("binary_cross_entropy", "wrong_term"): (
        False,
        "BCE(y, p) = -[y log p + (1-y) log(1-p)]: each term is minus the log of the probability given to its own "
        "label (p for y = 1, 1 - p for y = 0); as written a term has the other sign or the other probability in its "
        "logarithm, so it is not the loss for one of the two labels",
    ),
    ("cross_entropy", "sum_definition"): (
        True,
        "H(P,Q) = -sum p log q = sum p log(1/q): with the sign and the logarithm as written, the sign is flipped",
    ),
    ("entropy", "sum_definition"): (
        True,
        "H(P) = -sum p log p = sum p log(1/p): with the sign and the logarithm as written, the sign is flipped",
    ),
    ("mutual_information", "sum_definition"): (
        True,
        "I(X;Y) = sum p(x,y) log(p(x,y)/(p(x)p(y))) = -sum p(x,y) log(p(x)p(y)/p(x,y)): with the sign and the ratio "
        "as written, the sign is flipped",
    ),
    ("joint_entropy", "sum_definition"): (
        True,
        "H(X,Y) = -sum p(x,y) log p(x,y) = sum p(x,y) log(1/p(x,y)): with the sign and the logarithm as written, "
        "the sign is flipped",
    ),
    ("conditional_entropy", "sum_definition"): (
        True,
        "H(Y|X) = sum p(x) H(Y|X=x) = -sum p(x,y) log p(y|x), and H(Y|X=x) = -sum p(y|x) log p(y|x): with the sign "
        "and the logarithm as written, the sign is flipped",
    ),
    ("conditional_entropy", "reversed_conditional"): (
        False,
        "H(X|Y) = -sum p(x,y) log p(x|y): the logarithm holds X's probability given Y; with p(y|x) there the sum is "
        "H(Y|X), the conditional entropy the other way round",
    ),
    ("conditional_entropy", "condition_logged"): (
        False,
        "H(X|Y) = -sum p(x,y) log p(x|y): with the marginal p(y) of the condition in the logarithm the sum is "
        "-sum p(y) log p(y) = H(Y), the entropy of the variable conditioned on",
    ),
    ("conditional_entropy", "marginal_logged"): (
        False,
        "H(X|Y) = -sum p(x,y) log p(x|y): with the marginal p(x) in the logarithm the sum is -sum p(x) log p(x) = "
        "H(X), the entropy with no conditioning",
    ),
    ("conditional_entropy", "joint_logged"): (
        False,
        "H(X|Y) = -sum p(x,y) log p(x|y): with the joint p(x,y) in the logarithm the sum is the joint entropy "
        "H(X,Y) = H(Y) + H(X|Y)",
    ),
    ("conditional_entropy", "unlogged_expectation"): (
        False,
        "H(Y|X) = E[log 1/p(Y|X)] = -sum p(x,y) log p(y|x): the logarithm is missing; E[1/p(Y|X)] = sum_x p(x) "
        "times the number of values y that x allows, a count, not an entropy",
    ),
    ("conditional_entropy", "value_misread"): (
        False,
        "H(X|Y=y) = -sum_x p(x|y) log p(x|y), the entropy of X's distribution given Y = y: both the weight and the "
        "logarithm are the conditional probabilities p(x|y); a joint p(x,y) or a marginal p(x) in either place "
        "gives another quantity",
    ),
    ("conditional_entropy", "equal_iff_independent"): (
        True,
        "H(Y) - H(Y|X) = I(X;Y) = D(p(x,y)||p(x)p(y)), which is 0 exactly when p(x,y) = p(x)p(y): conditioning "
        "leaves the entropy unchanged exactly for independent variables",
    ),
    ("mutual_information", "zero_iff_independent"): (
        True,
        "I(X;Y) = D(p(x,y)||p(x)p(y)) is 0 exactly when p(x,y) = p(x)p(y), that is when X and Y are independent",
    ),
    ("conditional_entropy", "zero_iff_function"): (
        True,
        "a conditional entropy H(A|B) = sum p(b) H(A|B=b) is 0 exactly when each H(A|B=b) is 0, that is when each "
        "value of B leaves one value of A possible: A is a function of B",
    ),
    ("mutual_information", "kl_definition"): (
        True,
        "I(X;Y) = D(p(x,y)||p(x)p(y)), the KL divergence of the joint from the product of the marginals: "
        "taken the other way round it is another quantity",
    ),
    ("conditional_kl", "sum_definition"): (
        True,
        "D(p(y|x)||q(y|x)) = sum p(x) sum p(y|x) log(p(y|x)/q(y|x)) = sum p(x,y) log(p(y|x)/q(y|x)): with the sign "
        "and the ratio as written, the sign is flipped",
    ),
    ("conditional_kl", "nonnegative"): (
        True,
        "D(p(y|x)||q(y|x)) = sum p(x) D(p(y|x)||q(y|x)) is an average of KL divergences, each non-negative",
    ),
    ("kl", "chain_rule"): (
        True,
        "D(p(x,y)||q(x,y)) = D(p(x)||q(x)) + D(p(y|x)||q(y|x)): the chain rule of the KL divergence",
    ),
    ("variables", "chain_identity"): (
        True,
        "an identity of Shannon's measures (a chain rule): written out for 2, 3, 4 and 5 variables, both sides are "
        "the same combination of joint entropies",
    ),
    ("variables", "chain_bound"): (
        True,
        "a Shannon inequality: written out for 2 and 3 variables, the difference is a sum of conditional entropies "
        "and mutual informations, never negative",
    ),
    ("variables", "minimum_bound"): (
        True,
        "a bound by the smaller (or larger) of two measures is two inequalities, each one of Shannon's (as "
        "I(X;Y) <= min{H(X), H(Y)} is I(X;Y) <= H(X) and I(X;Y) <= H(Y), by H(X|Y) >= 0 and H(Y|X) >= 0)",
    ),
    ("kl", "swapped_definition"): (
        True,
        "D_KL(P||Q) = sum p log(p/q) weighs each term by P: weighted by Q the sum is D_KL(Q||P), the other direction",
    ),
    ("cross_entropy", "swapped_definition"): (
        True,
        "H(P,Q) = -sum p log q weighs each term by P: weighted by Q the sum is H(Q,P), the other direction",
    ),
    ("kl", "unlogged_definition"): (
        False,
        "D_KL(P||Q) = sum p log(p/q): the logarithm of the ratio is missing; without it sum p (p/q) is another "
        "quantity, at least 1 and 1 only when P = Q",
    ),
    ("entropy", "unweighted_definition"): (
        False,
        "H = -K sum p log p weighs each log by its probability; without the weights the sum is another quantity: for n "
        "equiprobable outcomes -K sum log(1/n) = n K log n, not the entropy K log n",
    ),
    ("kl", "inverted_unlogged_definition"): (
        False,
        "D_KL(P||Q) = sum p log(p/q) = E_p[log(p/q)]: the logarithm is missing and the ratio turned over; "
        "E_p[q/p] = sum q = 1 for every pair of distributions",
    ),
    ("kl", "unaveraged_estimate"): (
        False,
        "from samples x_1..x_N of P, D_KL(P||Q) is about the average (1/N) sum log(p(x_i)/q(x_i)); the sum without "
        "the 1/N grows like N times the divergence",
    ),
    ("kl", "mislabelled_definition"): (
        False,
        "the formula defines the cross-entropy H(P,Q) = -sum p log q; the relative entropy (KL divergence) is "
        "D_KL(P||Q) = sum p log(p/q)",
    ),
    ("cross_entropy", "relative_alias"): (
        False,
        "the relative entropy is the KL divergence D_KL(P||Q) = H(P,Q) - H(P), not the cross-entropy H(P,Q)",
    ),
    ("cross_entropy", "mislabelled_definition"): (
        False,
        "the formula defines the relative entropy (KL divergence) D_KL(P||Q) = sum p log(p/q); the cross-entropy "
        "is H(P,Q) = -sum p log q",
    ),
    ("cross_entropy", "decomposition"): (True, "H(P,Q) = H(P) + D_KL(P||Q): cross-entropy is entropy plus KL"),
    ("kl", "decomposition"): (True, "D_KL(P||Q) = H(P,Q) - H(P): KL is cross-entropy minus entropy"),
    ("kl", "negative"): (False, "KL divergence is never negative (Gibbs' inequality), and 0 only when P = Q"),
    ("cross_entropy", "negative"): (False, "cross-entropy is never negative: every term -p log q is at least 0"),
    ("entropy", "negative"): (False, "the entropy of a discrete distribution is never negative"),
    ("differential_entropy", "negative"): (
        True,
        "a differential entropy can be negative: the uniform density on [0, 1/2] has log(1/2) < 0",
    ),
    ("mutual_information", "negative"): (
        False,
        "I(X;Y) = D(p(x,y)||p(x)p(y)) is never negative, and 0 exactly when X and Y are independent (only the "
        "pointwise I(x;y) of two outcomes can be negative)",
    ),
    ("mutual_information", "symmetric"): (True, "I(X;Y) = I(Y;X): the mutual information is symmetric"),
    ("jsd", "negative"): (False, "the JSD is an average of two KL divergences, so it is never negative"),
    ("js_distance", "negative"): (False, "the Jensen-Shannon distance is a square root, never negative"),
    ("jeffreys", "negative"): (False, "the Jeffreys divergence is a sum of two KL divergences, never negative"),
    ("kl", "zero_iff_equal"): (True, "D_KL(P||Q) = 0 exactly when P = Q (Gibbs' inequality)"),
    ("jsd", "zero_iff_equal"): (True, "JSD(P||Q) = 0 exactly when P = Q"),
    ("jeffreys", "zero_iff_equal"): (True, "J(P,Q) = 0 exactly when P = Q"),
    ("cross_entropy", "zero_iff_equal"): (False, "H(P,P) = H(P), which is 0 only for a certain outcome"),
    ("cross_entropy", "self_entropy"): (True, "H(P,P) = -sum p log p = H(P): the cross-entropy of P with itself"),
    ("kl", "self_entropy"): (False, "D_KL(P||P) = 0, not the entropy of P"),
    ("jsd", "self_entropy"): (False, "JSD(P||P) = 0, not the entropy of P"),
    ("js_distance", "self_entropy"): (False, "the JS distance of P from itself is 0, not the entropy of P"),
    ("jeffreys", "self_entropy"): (False, "J(P,P) = 0, not the entropy of P"),
    ("cross_entropy", "self_zero"): (False, "H(P,P) = H(P), which is 0 only for a certain outcome"),
    ("kl", "self_zero"): (True, "D_KL(P||P) = sum p log(p/p) = 0"),
    ("jsd", "self_zero"): (True, "JSD(P||P) = 0: P is its own mixture"),
    ("js_distance", "self_zero"): (True, "the JS distance of P from itself is 0"),
    ("jeffreys", "self_zero"): (True, "J(P,P) = 2 D_KL(P||P) = 0"),
    ("kl", "swapped_unequal"): (True, "D_KL(P||Q) and D_KL(Q||P) differ in general"),
    ("entropy", "max_uniform"): (True, "the entropy of n outcomes is largest, log n, for the uniform distribution"),
    ("entropy", "max_log_n"): (True, "the largest entropy of n outcomes is log n, the uniform distribution's (< n)"),
    ("entropy", "bounded"): (True, "0 ≤ H(P) ≤ log n for n outcomes, with log n for the uniform distribution"),
    ("cross_entropy", "min_at_equal"): (
        True,
        "H(P,Q) = H(P) + D_KL(P||Q) is smallest, H(P), when Q = P (Gibbs' inequality)",
    ),
    ("jsd", "mixture"): (True, "the JSD's mixture is M = (P+Q)/2, the average of the two distributions"),
    ("entropy", "zero_iff_certain"): (True, "H(P) = 0 exactly when one outcome has probability 1"),
    ("entropy", "max_certain"): (
        False,
        "a certain outcome gives the smallest entropy, 0; the largest, log n, is for the uniform distribution",
    ),
    ("mutual_information", "entropy_bound"): (
        True,
        "I(X;Y) = H(X) - H(X|Y) = H(Y) - H(Y|X), so I(X;Y) <= min(H(X), H(Y))",
    ),
    ("joint_entropy", "subadditive"): (
        True,
        "H(X,Y) = H(X) + H(Y) - I(X;Y) <= H(X) + H(Y), with equality exactly when X and Y are independent",
    ),
    ("entropy", "function_bound"): (
        True,
        "a function of X carries no more information than X: H(f(X)) <= H(X), equal only when f is one to one on "
        "X's values (a constant f gives 0)",
    ),
    ("entropy", "collision_bound"): (
        True,
        "H(P) >= -log sum p^2, the collision (order-2 Rényi) entropy, by Jensen's inequality; equal only for a "
        "uniform P",
    ),
    ("entropy", "decomposition"): (True, "H(P) = H(P,Q) - D_KL(P||Q): entropy is cross-entropy minus KL"),
    ("kl", "expectation_under"): (
        True,
        "D_KL(P||Q) = E_P[log(P/Q)], an expectation under P, its first distribution: the average of log(P/Q) "
        "under Q is -D_KL(Q||P)",
    ),
    ("mutual_information", "uncertainty_reduction"): (
        True,
        "I(X;Y) = H(X) - H(X|Y): the uncertainty about X that knowing Y removes; what remains of it is the "
        "conditional entropy H(X|Y)",
    ),
    ("mutual_information", "concave_input"): (
        True,
        "for a fixed channel p(y|x), I(X;Y) is a concave function of the input distribution p(x)",
    ),
    ("mutual_information", "convex_channel"): (
        True,
        "for a fixed input distribution p(x), I(X;Y) is a convex function of the channel p(y|x)",
    ),
    ("cross_entropy", "entropy_bound"): (
        True,
        "H(P,Q) = H(P) + D_KL(P||Q) >= H(P): the cross-entropy is never below the entropy, and equal to it when Q = P",
    ),
    ("cross_entropy", "strict_entropy_bound"): (
        False,
        "H(P,Q) >= H(P), not >: H(P,Q) = H(P) + D_KL(P||Q), and the two are equal when Q = P",
    ),
    ("conditional_entropy", "entropy_bound"): (
        True,
        "H(X|Y) <= H(X): conditioning never increases entropy, with equality exactly when X and Y are independent",
    ),
    ("distributions", "pointwise_above"): (
        False,
        "two probability distributions each sum to 1, so q(x) >= p(x) at every x forces q = p: one cannot lie above "
        "the other everywhere",
    ),
    ("conditional_entropy", "value_entropy_bound"): (
        False,
        "H(X|Y=y) can exceed H(X) for a particular y; only the average over y, H(X|Y), is never above H(X)",
    ),
    ("conditional_entropy", "entropy_raise"): (
        False,
        "H(X|Y) <= H(X): conditioning never increases entropy on average, with equality exactly when X and Y are "
        "independent (only H(X|Y=y) for one value y may exceed H(X))",
    ),
    ("conditional_entropy", "strict_entropy_bound"): (
        False,
        "H(X|Y) <= H(X), not <: the two are equal when X and Y are independent, so conditioning need not lower "
        "the entropy",
    ),
    ("normal", "max_entropy_variance"): (
        True,
        "among densities on the real line with a given variance σ², the normal has the largest differential "
        "entropy, ½ log(2πeσ²)",
    ),
    ("normal", "max_entropy_interval"): (
        False,
        "on a bounded interval the uniform distribution has the largest entropy, log(b - a); the normal is not "
        "confined to an interval",
    ),
    ("exponential", "max_entropy_mean"): (
        True,
        "among densities on [0, ∞) with a given mean μ, the exponential has the largest differential entropy, "
        "1 + log μ",
    ),
    ("exponential", "max_entropy_interval"): (
        False,
        "on a bounded interval the uniform distribution has the largest entropy; the exponential's largest is for a "
        "given mean on [0, ∞)",
    ),
    ("geometric", "max_entropy_mean"): (
        True,
        "among distributions on the non-negative integers with a given mean, the geometric has the largest entropy",
    ),
    ("geometric", "max_entropy_interval"): (
        False,
        "on a bounded range the uniform distribution has the largest entropy; the geometric's largest is for a "
        "given mean on the non-negative integers",
    ),
    ("uniform", "max_entropy_variance"): (
        False,
        "for a given variance σ² the normal has the largest entropy, ½ log(2πeσ²); a uniform with that variance "
        "has ½ log(12σ²), less",
    ),
    ("uniform", "max_entropy_interval"): (
        True,
        "on a bounded interval [a, b] the uniform distribution has the largest differential entropy, log(b - a)",
    ),
}
#: A measure defined as an integral whose limits run from +∞ or up to -∞.
_LIMITS_TRUTH = (
    False,
    "an integral from +∞, or up to -∞, is zero or has its sign flipped: the measure's integral runs over the "
    "whole line, from -∞ to +∞",
)
TRUTH.update(
    dict.fromkeys(
        ((measure, "limits_definition") for measure in ("kl", "cross_entropy", "entropy", "mutual_information")),
        _LIMITS_TRUTH,
    )
)
TRUTH.update(FORMULA_TRUTH)
KINDS = {
    "symmetric": "symmetry",
    "bounded": "bound",
    "metric": "metric",
    "jsd_average": "jsd_definition",
    "mixture_average": "jsd_definition",
    "negative": "bound",
    "bound_too_low": "bound",
    "sum_definition": "definition",
    "limits_definition": "definition",
    "kl_definition": "definition",
    "chain_identity": "identity",
    "chain_rule": "identity",
    "nonnegative": "bound",
    "chain_bound": "bound",
    "minimum_bound": "bound",
    "swapped_definition": "definition",
    "wrong_term": "definition",
    "reversed_conditional": "definition",
    "condition_logged": "definition",
    "marginal_logged": "definition",
    "joint_logged": "definition",
    "value_misread": "definition",
    "unlogged_expectation": "definition",
    "mislabelled_definition": "definition",
    "relative_alias": "definition",
    "unlogged_definition": "definition",
    "unweighted_definition": "definition",
    "unaveraged_estimate": "definition",
    "inverted_unlogged_definition": "definition",
    "decomposition": "identity",
    "collision_bound": "bound",
    "function_bound": "bound",
    "zero_iff_equal": "bound",
    "max_uniform": "bound",
    "max_log_n": "bound",
    "zero_iff_certain": "bound",
    "max_certain": "bound",
    "subadditive": "bound",
    "equal_iff_independent": "identity",
    "zero_iff_independent": "bound",
    "zero_iff_function": "bound",
    "mixture": "jsd_definition",
    "min_at_equal": "bound",
    "swapped_unequal": "symmetry",
    "self_entropy": "identity",
    "self_zero": "identity",
    "uncertainty_reduction": "definition",
    "expectation_under": "definition",
    "concave_input": "bound",
    "convex_channel": "bound",
    "entropy_bound": "bound",
    "strict_entropy_bound": "bound",
    "entropy_raise": "bound",
    "value_entropy_bound": "bound",
    "pointwise_above": "bound",
    "max_entropy_variance": "bound",
    "max_entropy_mean": "bound",
    "max_entropy_interval": "bound",
}
KINDS.update(FORMULA_KINDS)


#: What may hold of some pairs though it fails in general: said under a condition, such a claim is not called false.
SPECIAL_CASES = frozenset(
    {
        *((measure, kind) for measure in ("kl", "cross_entropy", "jeffreys") for kind in ("symmetric", "bounded")),
        ("cross_entropy", "strict_entropy_bound"),
        ("conditional_entropy", "strict_entropy_bound"),
        ("conditional_entropy", "value_entropy_bound"),
    }
)
