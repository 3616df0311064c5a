r"""Definitions of the measures of two outcomes written term by term: the binary entropy
``H(p) = -p \log p - (1-p) \log(1-p)`` and the binary cross-entropy ``BCE = -(y \log p + (1-y) \log(1-p))``; is
each term's sign right?

Each finds the definitions in a formula flattened as :func:`~kldocs.checker.formula_shapes.sign_of_definition`
flattens it (spaces, ``\left``/``\right`` and indices dropped), with where each starts and its shape: the measure
and +1 (the right sign), -1 (flipped) or :data:`WRONG_TERM` (one term wrong); None for a formula that is not one.

>>> binary_entropy_shapes("H(p)=-plogp-(1-p)log(1-p)")
[(0, ('entropy', 1))]
>>> binary_loss_shapes("BCE=-(ylogp+(1-y)log(1-p))"), binary_loss_shapes("BCE=-(ylogp+(1-y)logp)")
([(0, ('binary_cross_entropy', 1))], [(0, ('binary_cross_entropy', 3))])
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

#: A logarithm's name and base, ``\log_2``, ``\ln``, ``log``: a formula's logarithm before its argument.
LOG_NAME = r"(?:\\log(?:_\{?(?:2|e|10|b)\}?)?|\\ln|[Ll]og|ln)(?:_?\{?[0-9e]*\}?)?"
#: ``p``, ``(p)``, ``(1/p)``, ``1/p`` or ``\frac1p`` after a logarithm (the group ``over`` for the inverse).
_ONE_ARG = r"(?:\((?P<inverse>1/)?(?P=v)\)|(?P<over>1/|\\[dt]?frac1)?(?P=v))"
_OTHER_ARG = r"(?:\((?P<inverse2>1/)?\(1-(?P=v)\)\)|\(1-(?P=v)\)|(?P<over2>1/|\\[dt]?frac1)\(?1-(?P=v)\)?)"
#: The left side of the entropy of two outcomes: ``H(X)``, ``H_b(p)``, ``h(\mu)``, ``\phi(p,1-p)`` or a bare ``H``.
_BINARY_NAME = (
    r"(?:(?P<named>H|H_?b|H_?2|h)\((?:X|[a-z]|\\mu|\\theta)\)|(?P<pair>\\phi)\([a-z],1-[a-z]\)|(?<![A-Za-z\\])H)="
)
#: The probability of the entropy of two outcomes: a letter, ``\mu`` or ``\theta``.
_BINARY_VARIABLE = r"(?P<v>[a-z]|\\(?:mu|theta)(?![A-Za-z]))"
#: The entropy of two outcomes, ``H(X) = -p log p - (1-p) log(1-p)`` (or with ``log(1/p)``), each term's sign read.
_BINARY_DEFINITION = lazy(
    rf"{_BINARY_NAME}(?P<first>[-+]?){_BINARY_VARIABLE}{LOG_NAME}{_ONE_ARG}"
    rf"(?P<second>[-+])\(1-(?P=v)\){LOG_NAME}{_OTHER_ARG}(?![-+*/(^A-Za-z0-9)])"
)
#: The same with the term of ``1-p`` first: ``H(\mu) = -(1-\mu)\log(1-\mu) - \mu\log\mu``.
_BINARY_REVERSED = lazy(
    rf"{_BINARY_NAME}(?P<second>[-+]?)\(1-{_BINARY_VARIABLE}\){LOG_NAME}{_OTHER_ARG}"
    rf"(?P<first>[-+])(?P=v){LOG_NAME}{_ONE_ARG}(?![-+*/(^A-Za-z0-9)])"
)

#: The binary cross-entropy's name on its left: one that says the formula is the loss whatever its sign (``BCE``,
#: ``Loss``, ``H(y, ŷ)``), or a letter that names it only with the loss's own sign (``L``, ``J``: ``L`` may be a
#: log-likelihood).
_BCE_NAME = (
    r"(?:(?P<loss>(?:\\text)?(?:BCE|Loss|loss|LOSS|L_?(?:BCE|CE|bce)|CE|logloss|LogLoss)(?:\([yt],[^,()=]{1,8}\))?"
    r"|(?:H|BCE|L|CE|ℓ)\([yt],[^,()=]{1,8}\))|(?P<letter>L|ℒ|\\mathcalL|J))="
)
#: The label, the predicted probability, a logarithm's name and base (its argument follows).
_BCE_LABEL = r"(?P<label>y|t)"
_BCE_PREDICTION = r"(?P<prediction>p|q|ŷ|\\haty|\\hatp|a)"
_BCE_LOG = r"(?:\\log|\\ln|[Ll]og|ln)(?:_?(?:2|e|10))?"
#: A term's logarithm: of the prediction or of one minus it, in brackets or not.
_BCE_ARGUMENT = r"(?P<open{n}>\()?(?P<minus{n}>1-)?{prediction}(?(open{n})\))"


def _binary_loss(label_first: bool) -> re.Pattern[str]:
    r"""The binary cross-entropy with the term of the label ``y`` first, or the term of ``1 - y`` first: a name,
    an outer sign, a mean and brackets (``-\frac1N\sum[...]``), each term's sign and logarithm read; with no name
    the formula must start there."""
    label, prediction = (_BCE_LABEL, _BCE_PREDICTION) if label_first else ("(?P=label)", "(?P=prediction)")
    other_label, other_prediction = ("(?P=label)", "(?P=prediction)") if label_first else (_BCE_LABEL, _BCE_PREDICTION)
    label_term = rf"(?P<sign1>[-+]?){label}{_BCE_LOG}" + _BCE_ARGUMENT.format(n=1, prediction=prediction)
    other_term = rf"(?P<sign2>[-+]?)\(1-{other_label}\){_BCE_LOG}" + _BCE_ARGUMENT.format(
        n=2, prediction=other_prediction
    )
    terms = label_term + other_term if label_first else other_term + label_term
    return lazy(
        rf"(?:(?<![A-Za-z\\]){_BCE_NAME}|(?<![^¦$]))(?:(?P<sign>-?)(?:\\frac1[Nn]|1/[Nn])?(?:\\sum|∑|Σ)?"
        rf"(?P<bracket>[\[(]|(?<=\\sum)|(?<=[∑Σ])))?{terms}(?(bracket)[\])])"
        r"(?=$|[=,.;¦$]|\\\\|\\(?:quad|qquad|text|label|tag)(?![a-z]))"
    )


_BINARY_LOSSES = (_binary_loss(True), _binary_loss(False))
#: The sign given for a binary cross-entropy whose terms are not both the log of their own label's probability
#: with a minus sign (one sign flipped, ``log(p)`` for ``log(1-p)``).
WRONG_TERM = 3


def _bce_sign(match: re.Match[str]) -> tuple[str, int] | None:
    r"""The binary cross-entropy's shape: the right sign (+1) when each term is minus the log of its own label's
    probability, -1 when both signs are flipped (the log-likelihood), :data:`WRONG_TERM` otherwise; a flipped or
    wrong formula is read only under a name that makes it the loss.

    >>> from kldocs.checker.formula_shapes import sign_of_definition
    >>> sign_of_definition(r"BCE = -(y \log p + (1-y) \log(1-p))")
    ('binary_cross_entropy', 1)
    >>> sign_of_definition("Loss = y log p + (1-y) log(1-p)"), sign_of_definition("L = y log p + (1-y) log(1-p)")
    (('binary_cross_entropy', -1), None)
    >>> sign_of_definition(r"-y \log(\hat{y}) - (1-y) \log(1-\hat{y})")
    ('binary_cross_entropy', 1)
    >>> sign_of_definition("BCE = -[y log(p) + (1-y) log(p)]"), sign_of_definition("BCE = -y log p + (1-y) log(1-p)")
    (('binary_cross_entropy', 3), ('binary_cross_entropy', 3))
    """
    outer = -1 if match.group("sign") else 1
    first = outer * (-1 if match.group("sign1") == "-" else 1)
    second = outer * (-1 if match.group("sign2") == "-" else 1)
    logs_right = match.group("minus1") is None and match.group("minus2") is not None
    if logs_right and first == second:
        sign = -first
    elif match.group("minus1") is not None and match.group("minus2") is None:
        return None  # log(1-p) for y and log(p) for 1-y: the loss of the other class's probability, a convention
    else:
        sign = WRONG_TERM
    if sign != 1 and match.group("loss") is None:
        return None
    return "binary_cross_entropy", sign


def _binary_sign(match: re.Match[str]) -> tuple[str, int] | None:
    r"""The entropy of two outcomes, term by term: right when each term is ``-p log p`` (or ``+p log(1/p)``).

    >>> from kldocs.checker.formula_shapes import sign_of_definition
    >>> sign_of_definition("H(X)=-plog p-(1-p)log (1-p)"), sign_of_definition("H(p) = p log2 p + (1-p) log2(1-p)")
    (('entropy', 1), ('entropy', -1))
    >>> sign_of_definition("H = p log p - (1-p) log(1-p)") is None
    True

    The term of ``1-p`` may come first, the probability may be ``\mu``, and the function may be named for its two
    outcomes, ``\phi(p, 1-p)``:

    >>> sign_of_definition(r"H(\mu) = -(1-\mu)\log(1-\mu) - \mu\log\mu")
    ('entropy', 1)
    >>> sign_of_definition(r"\phi(p, 1-p) = p\log_2 p + (1-p)\log_2(1-p)")
    ('entropy', -1)
    """
    signs = {
        (-1 if match.group(sign) == "-" else 1) * (-1 if match.group(inverse) or match.group(over) else 1)
        for sign, inverse, over in (("first", "inverse", "over"), ("second", "inverse2", "over2"))
    }
    if len(signs) != 1 or (match.group("named") is None and match.group("pair") is None and signs == {1}):
        return None  # terms of both signs; a bare H = p log p + ... may be Boltzmann's H
    return "entropy", -signs.pop()


def binary_loss_shapes(flat: str) -> list[tuple[int, tuple[str, int] | None]]:
    """Where each binary cross-entropy in ``flat`` starts, and its shape (see :func:`_bce_sign`)."""
    if "1-" not in flat:  # -y log(ŷ) - (1-y) log(1-ŷ)
        return []
    return [(match.start(), _bce_sign(match)) for loss in _BINARY_LOSSES for match in loss.finditer(flat)]


def binary_entropy_shapes(flat: str) -> list[tuple[int, tuple[str, int] | None]]:
    """Where each entropy of two outcomes in ``flat`` starts, and its shape (see :func:`_binary_sign`)."""
    return [
        (match.start(), _binary_sign(match))
        for binary in (_BINARY_DEFINITION, _BINARY_REVERSED)
        for match in binary.finditer(flat)
    ]
