r"""The cross-entropy loss of a batch as a formula with two sums: ``L = -\frac{1}{N}\sum_i \sum_c y_{ic} \log p_{ic}``.

Over ``N`` samples and ``C`` classes, each term weights the log of the predicted probability ``p_{ic}`` (or
``\hat{y}_{ic}``, ``q_{ic}``) by the label ``y_{ic}`` (or ``t_{ic}``), and the whole carries a minus: the loss is
never negative. Without the minus it is the mean log-likelihood, never positive; with the label inside the
logarithm and the prediction outside it is the log of a one-hot label, not a loss: both are false. The left side
must name the loss (``L``, ``\mathcal{L}``, ``J``, ``\ell``, ``CE``, ``\text{Loss}``, with an index), and a bare
letter only where the text just before calls it a loss or a cross-entropy (see :data:`CONTEXT`).

>>> [loss_holds(text) for text in (r"L = -\frac{1}{N}\sum_{i=1}^{N}\sum_{c=1}^{C} y_{ic}\log p_{ic}",
...                                 r"L = \frac{1}{N}\sum_{i=1}^{N}\sum_{c=1}^{C} y_{ic}\log p_{ic}")]
[True, False]
>>> loss_holds(r"L = -\frac{1}{N}\sum_i\sum_c p_{ic}\log y_{ic}"), loss_holds(r"L = -\sum_i y_i \log p_i") is None
(False, True)
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_definitions import compacted

_INDEX = r"_\{?(?P<ROLE_i>[a-z]),?(?P<ROLE_c>[a-z])\}?"
_LABEL = r"(?:y|t)"
_PREDICTION = r"(?:p|q|s|\\hat\{y\}|\\hat y|\\hat\{p\}|\\tilde\{y\}|\\hat\{y\})"
_SUM = r"\\sum(?:_\{?[a-z](?:=1)?\}?)(?:\^\{?[A-Za-z0-9]+\}?)?"
_NAME = (
    r"(?:L|\\mathcal\{L\}|J|\\ell|\\mathcal\{J\}|CE|\\text\{CE\}|\\mathrm\{CE\}|Loss|\\text\{Loss\}|\\mathrm\{Loss\})"
    r"(?:_\{?(?:\\text\{CE\}|\\mathrm\{CE\}|CE|\\text\{ce\}|ce)\}?)?(?:\([^()=]{0,40}\))?"
)
_FACTOR = r"(?:\\[dt]?frac\{1\}\{N\}|\\[dt]?frac1N|1/N|\\[dt]?frac\{-1\}\{N\}(?P<inner_minus>))?"
_TERM = (
    r"(?P<outer>[A-Za-z\\{}^]+?)" + _INDEX.replace("ROLE", "outer") + r"(?:\\cdot)?\\(?:log|ln)(?:_\{?2\}?)?\(?"
    r"(?P<inner>[A-Za-z\\{}^ ]+?)" + _INDEX.replace("ROLE", "inner") + r"\)?"
)
_LOSS = lazy(
    r"(?P<name>"
    + _NAME
    + r")=(?P<minus>-)?"
    + _FACTOR
    + r"(?P<bracket_minus>-)?"
    + _SUM
    + _SUM
    + r"(?P<term_minus>-)?"
    + _TERM
    + r"[.,]?"
)
_LABEL_ONLY, _PREDICTION_ONLY = lazy(_LABEL), lazy(_PREDICTION)
#: What every formula read here holds.
ANCHORS = ("\\sum",)
#: The words before a formula that make a bare ``L`` or ``J`` a loss: a loss or a cross-entropy, in a few languages.
CONTEXT = lazy(
    r"(?i)loss|cross[- ]?entropy|entropie\s+crois|entrop[íi]a\s+cruzada|kreuzentropie|verlust|perte|p[ée]rdida|perda"
    r"|交叉熵|损失|교차\s*엔트로피|손실|クロスエントロピー|損失"
)


def loss_holds(formula: str) -> bool | None:
    """Whether a batch's cross-entropy loss with two sums is written right; None when it is not one read here."""
    found = _LOSS.fullmatch(compacted(formula))
    if found is None:
        return None
    outer, inner = found.group("outer"), found.group("inner").strip()
    indices = {found.group("outer_i"), found.group("inner_i")}, {found.group("outer_c"), found.group("inner_c")}
    if len(indices[0]) != 1 or len(indices[1]) != 1 or indices[0] == indices[1]:
        return None
    roles = (bool(_LABEL_ONLY.fullmatch(outer)), bool(_PREDICTION_ONLY.fullmatch(inner)))
    swapped = (bool(_PREDICTION_ONLY.fullmatch(outer)), bool(_LABEL_ONLY.fullmatch(inner)))
    if not all(roles) and not all(swapped):
        return None
    minuses = sum(found.group(sign) is not None for sign in ("minus", "inner_minus", "bracket_minus", "term_minus"))
    return all(roles) and minuses == 1


def loss_said(formula: str, before: str) -> bool | None:
    """:func:`loss_holds`, for a loss named by a bare letter only when the text ``before`` it calls it a loss.

    >>> loss_said(r"J = \\frac{1}{N}\\sum_i\\sum_c y_{ic}\\log p_{ic}", "the log-likelihood"), loss_said("", "")
    (None, None)
    """
    holds = loss_holds(formula)
    if holds is None or (_BARE.match(compacted(formula)) and not CONTEXT.search(before)):
        return None
    return holds


#: A loss named by a bare letter: ``L``, ``J``, ``\mathcal{L}``, with its arguments maybe.
_BARE = lazy(r"(?:L|\\mathcal\{L\}|J|\\ell|\\mathcal\{J\})(?:\([^()=]{0,40}\))?=")

#: What :mod:`~kldocs.checker.properties` says of a formula read here: ``(measure, property) -> (true?, why)``.
TRUTH = {
    ("cross_entropy", "batch_loss"): (
        True,
        "the cross-entropy loss is L = -(1/N) Σ_i Σ_c y_ic log p_ic: each label weights the log of its predicted "
        "probability, and the minus makes the loss non-negative",
    ),
}
KINDS = {"batch_loss": "definition"}
