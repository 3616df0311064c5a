r"""Values no distribution can give a measure: a negative divergence or mutual information, a JSD above ``log 2``.

A claim ``H(Y|X) = -0.5`` needs no joint distribution to be judged: a conditional entropy of discrete random
variables is never negative. The same holds, whatever the distributions, for the KL divergence, the Jeffreys
divergence, the JSD (also at most ``log 2``: 1 bit) and the mutual information (also of continuous variables);
entropies and the cross-entropy are never negative for discrete variables only (a differential entropy can be),
so those are judged only in a document that never speaks of densities or continuous variables.

>>> from kldocs.checker.chains import statements
>>> from kldocs.checker.tokens import tokenize
>>> (claim,) = [s for s in statements(tokenize("I(X;Y) = -0.2"), "I(X;Y) = -0.2") if not s.fallback]
>>> impossible(claim, "")
'a mutual information is never negative: I(X;Y) = D(p(x,y)||p(x)p(y)) >= 0, so it cannot be -0.2'
"""

from __future__ import annotations

import functools
import re

from kldocs.checker.chains import Statement
from kldocs.checker.latex_numbers import Environment, MeasureNode, evaluate
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.shannon_measures import symbol_form
from kldocs.checker.summed_arguments import summed_in
from kldocs.checker.trees import measures_in
from kldocs.errors import EvaluationError

#: Why each measure is never negative: ``measure -> (reason, discrete variables only)``.
_NEVER_NEGATIVE = {
    "kl": ("a KL divergence is never negative (Gibbs' inequality)", False),
    "jeffreys": ("the Jeffreys divergence is a sum of two KL divergences, never negative", False),
    "jsd": ("the JSD is an average of two KL divergences, never negative", False),
    "jsd_of_many": ("the JSD is an average of KL divergences, never negative", False),
    "mutual_information": ("a mutual information is never negative: I(X;Y) = D(p(x,y)||p(x)p(y)) >= 0", False),
    "conditional_entropy": ("a conditional entropy of discrete random variables is never negative", True),
    "joint_entropy": ("a joint entropy of discrete random variables is never negative", True),
    "entropy": ("the entropy of a discrete distribution is never negative", True),
    "cross_entropy": ("a cross-entropy of discrete distributions is never negative: each -p log q is at least 0", True),
}
#: Measures of random variables: a pointwise mutual information ``I(x;y)`` can be negative.
_OF_VARIABLES = frozenset({"mutual_information", "conditional_entropy", "joint_entropy"})
#: Words of a document about densities (or quantum states): there an entropy or a cross-entropy may be negative.
_CONTINUOUS = lazy(
    r"differential|continuous|densit|\\int(?![A-Za-z])|∫|gaussian|normal\s+distribution|\bpdf\b|"
    r"diferencial|continu[ao]|differenziale|kontinuierlich|stetig|微分|连续|連続|연속|미분|"
    r"quantum|qubit|von\s+neumann|density\s+matri|bell\s+state|量子|양자",
    re.IGNORECASE,
)
#: Units of the JSD's upper bound, ``log 2``, by the unit written after the value (1 bit in any usual base).
_LOG2 = {"e": 0.6931471805599453, "2": 1.0, "10": 0.3010299956639812}


def impossible(statement: Statement, text: str | None) -> str | None:
    """Why ``measure = value`` is false whatever the distributions, or None (``text``: the document, read for
    words of densities only when the measure is an entropy and its value negative; None when it is not known, and
    then entropies are not judged).

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> (claim,) = [s for s in statements(tokenize("H(Y|X) = -0.5"), "H(Y|X) = -0.5") if not s.fallback]
    >>> impossible(claim, "the differential entropy of a density"), impossible(claim, "")[:52]
    (None, 'a conditional entropy of discrete random variables i')
    """
    if statement.relation not in ("=", "~") or not isinstance(statement.left, MeasureNode):
        return None
    symbol = statement.left.symbol
    if measures_in(statement.right) or symbol.measure not in _NEVER_NEGATIVE:
        return None
    if symbol.measure in _OF_VARIABLES and symbol_form(symbol) is None:
        return None  # a pointwise I(x;y), or H(X|Y=a): only measures of random variables are read
    if summed_in([symbol]) is not None:
        return None  # D(p || p+q): from a sum that is no distribution, a sum of p log(p/(p+q)) that may be negative
    try:
        value = evaluate(statement.right, Environment())
    except EvaluationError:
        return None
    measure = symbol.measure if symbol.measure != "jsd" or len(symbol.args or "PQ") == 2 else "jsd_of_many"
    return impossible_value(measure, float(value), statement.right_text.strip(), statement.unit, text)


def impossible_value(measure: str, value: float, written: str, unit: str | None, text: str | None) -> str | None:
    """Why a measure cannot have the value ``value`` (``written`` so; ``unit``: ``"e"``, ``"2"``, ``"10"`` or None,
    then any of them), or None; ``text`` as for :func:`impossible`.

    >>> impossible_value("jsd", 0.8, "0.8", "e", None)
    'the JSD is at most log 2 (ln 2 = 0.6931 nats), reached for disjoint supports, so it cannot be 0.8'
    >>> impossible_value("jsd", 0.8, "0.8", None, None) is None  # 0.8 bits may be
    True
    """
    if value != value or value in (float("inf"), float("-inf")):
        return None
    if value < 0 and measure in _NEVER_NEGATIVE:
        reason, discrete = _NEVER_NEGATIVE[measure]
        if discrete and (text is None or continuous(text)):
            return None
        return f"{reason}, so it cannot be {written}"
    if measure == "jsd" and value > _LOG2.get(unit or "2", 1.0) + 1e-12:
        bound = {"e": "ln 2 = 0.6931 nats", "10": "log10 2 = 0.3010 bans"}.get(unit or "", "log2 2 = 1 bit")
        return f"the JSD is at most log 2 ({bound}), reached for disjoint supports, so it cannot be {written}"
    return None


@functools.lru_cache(maxsize=4)
def continuous(text: str) -> bool:
    """Whether a document speaks of densities, differential entropy or continuous variables (once per document).

    >>> continuous("the differential entropy h(X)"), continuous("a fair die")
    (True, False)
    """
    return _CONTINUOUS.search(text) is not None
