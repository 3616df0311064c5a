r"""Definitions written as a sum: KL divergence, cross-entropy, entropy, mutual information; is the sign right?

``D_{KL}(P \| Q) = \sum_x P(x) \log \frac{P(x)}{Q(x)}`` and
``= -\sum_x P(x) \log \frac{Q(x)}{P(x)}`` are the definition; a minus sign in
front of the first, or the ratio turned over in the second, flips the sign
of every value. Likewise ``H(P, Q) = -\sum_x P(x) \log Q(x)`` (or
``\sum_x P(x) \log \frac{1}{Q(x)}``) and ``H(P) = -\sum_x P(x) \log P(x)``.
The shape is read from the formula's text once spacing, ``\left``/``\right``,
alignment marks, arguments ``(x)`` and indices ``_i`` are dropped; in an
aligned chain, the first row that defines a measure is the one read.

>>> sign_of_definition(r"D_{KL}(P \| Q) = -\sum_x p(x) \ln \frac{p(x)}{q(x)}")
('kl', -1)
>>> sign_of_definition(r"D_{\mathrm{KL}}(P\parallel Q) = -\sum_{i} P(i)\log\left(\frac{Q(i)}{P(i)}\right)")
('kl', 1)
>>> sign_of_definition(r"D_{\mathrm{KL}}(P\parallel Q) = \sum_{x\in \chi}P(x)\log_b\left(\frac{P(x)}{Q(x)}\right)")
('kl', 1)
>>> sign_of_definition(r"KL(P,Q) = -\sum_i P(i) \log\left( \frac{P(i)}{Q(i)} \right)")
('kl', -1)
>>> sign_of_definition(r"H(p, q) &= \sum_x p(x) \log q(x) \\ &= H(p) + D_{KL}(p \| q)")
('cross_entropy', -1)
>>> sign_of_definition(r"H(P) = -\sum p \log p"), sign_of_definition(r"H(X) = \sum_x p(x) \log_2 \frac{1}{p(x)}")
(('entropy', 1), ('entropy', 1))
>>> sign_of_definition(r"H(X, Y) = \sum p(x, y) \log p(x, y)") is None
True

Another name for the same measure may stand between (``D(P\|Q) = KL(P,Q) = \sum ...``); a sum
weighted by the second distribution is the measure the other way round:

>>> sign_of_definition(r"D(P\|Q) = KL(P,Q) = -\sum_i P(i) \log {P(i) \over Q(i)}")
('kl', -1)
>>> sign_of_definition(r"D(P\|Q) = \sum_i Q(i) \log \frac{Q(i)}{P(i)}")
('kl', 0)
>>> sign_of_definition("H(P) = Σ pᵢ log₂(1/pᵢ)"), sign_of_definition("H(P) = Σ p log₂ p")
(('entropy', 1), ('entropy', -1))
>>> sign_of_definition("D_KL(p||q) = ∑ₓ p(x)·log₂(p(x)/q(x))"), sign_of_definition("H(p, q) = ∑ₓ p(x)·log₂ q(x)")
(('kl', 1), ('cross_entropy', -1))
>>> sign_of_definition(r"H(X) = \sum\limits_{i = 1}^n {{p_i}{{\log }_2}\frac{1}{{{p_i}}}}")
('entropy', 1)

A bare ``H`` is the entropy when its sum has the entropy's sign (``H = \sum p \log p`` may be Boltzmann's H),
and a sum may have its limits stacked over it as MathML exports write them:

>>> sign_of_definition(r"H=\underset{i=1}{\overset{n}{\mathop \sum }}\,{{p}_{i}}{{\log }_{2}}\frac{1}{{{p}_{i}}}")
('entropy', 1)
>>> sign_of_definition(r"H = \sum_i p_i \log p_i") is None
True

A density's definition has an integral for the sum; the distribution of a random variable may carry its
name (``p_X``); mutual information is the KL divergence of the joint from the product of the marginals:

>>> sign_of_definition(r"D_{KL}(p \| q) = \int_{-\infty}^{\infty} p(x) \log \frac{p(x)}{q(x)} \, dx")
('kl', 1)
>>> sign_of_definition(r"H(X)=-\sum_{x\in {\cal X}}p_X(x)\log{p_X(x)}")
('entropy', 1)
>>> sign_of_definition(r"h(X) = -\int_{-\infty}^{+\infty} f(x) \log f(x)dx")
('entropy', 1)
>>> sign_of_definition(r"I(X;Y) = \sum_{x,y} p(x,y) \log \frac{p(x)p(y)}{p(x,y)}")
('mutual_information', -1)

A sum may be written in words, as a translation into Chinese puts it, and its minus as a dash:

>>> sign_of_definition("KL(P | | Q)=–X 中 X 的和 P(x) * log(Q(x) / P(x))")
('kl', 1)
"""

from __future__ import annotations

import re

from kldocs.checker.definition_notation import plain_notation, renamed_densities
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_symbols import DOUBLE_BAR
from kldocs.checker.two_outcome_definitions import LOG_NAME, binary_entropy_shapes, binary_loss_shapes

_CLUTTER = lazy(
    r"\\left|\\right|\\[,;:! ]|\\cdot|\\times|×|\\mathrm|\\mathit|\\operatorname|\\displaystyle|\\limits|\\mathop|"
    r"\s|\*|·|&|"
    r"\((?:x|i|j|k|y|x_?\{?i\}?|x,y)\)|(?<=[PpQq])\([A-Z]\)|_\{?(?:i|j|x|k|x\\in\\mathcal\{?X\}?|x\\in\\chi|i=1)\}?(?:\^\{?[nNk]\}?)?"
)
#: Shannon's positive constant before the sum, ``H = -K \sum_i p_i \log p_i``, which no sign depends on.
_CONSTANT = r"K?"
_SUM_SIGN = rf"-?{_CONSTANT}(?:\\sum|∑|Σ)"
_SUM = rf"=(?P<sign>-?){_CONSTANT}(?:\\sum|∑|Σ)(?:_\{{?[a-z]\}}?)?(?P<weight>[PpQqf])"
_LOG = LOG_NAME + r"[\[\({]*"
_BAR = rf"(?:{DOUBLE_BAR})"
#: A single bar between a divergence's distributions, ``D(g|f)``, as some authors write it.
_ONE_BAR = r"(?:\\mid|\|)"
_KL_NAME = r"(?:D_\{?(?:\{?KL\}?)\}?|KL|D_?(?:kl|KL)|D)"
_KL_DEFINITION = lazy(
    rf"{_KL_NAME}\((?P<first>[PpQq])(?:{_BAR}|{_ONE_BAR}|[,;])(?P<second>[PpQq])\)"
    # other names for the same divergence in between: D(P||Q) = KL(P,Q) = \sum ...
    rf"(?:={_KL_NAME}\((?P=first)(?:{_BAR}|,)(?P=second)\))*"
    rf"{_SUM}{_LOG}(?:\\[dt]?frac\{{?(?P<top>[PpQq])\}}?\{{?(?P<bottom>[PpQq])\}}?|(?P<num>[PpQq])/(?P<den>[PpQq])"
    rf"|\{{?(?P<over>[PpQq])\\over(?P<under>[PpQq])\}}?)"
)
#: A KL divergence named with no arguments, ``KLD = \sum p_i \log_2(p_i/q_i)``: the divergence from the distribution
#: that weights the sum (the ratio ending the formula or its member).
_BARE_KL_DEFINITION = lazy(
    rf"(?<![A-Za-z\\])(?:KLD|DKL|Dkl|D_?KL|D_?kl|KL){_SUM}{_LOG}"
    rf"(?:\\[dt]?frac(?P<top>[PpQq])(?P<bottom>[PpQq])|(?P<num>[PpQq])/(?P<den>[PpQq])"
    rf"|(?P<over>[PpQq])\\over(?P<under>[PpQq]))[)\]]*(?=$|=|,|\.|¦|\\\\|\$)"
)
#: A KL divergence written with no logarithm: ``D(P\|Q) = \sum P \frac{P}{Q}`` or ``= \mathbb{E}_P[\frac{Q}{P}]``,
#: the ratio ending the formula (or its row), with a minus before the sum or without one (``-\int q \frac{p}{q}``).
_UNLOGGED_KL = lazy(
    rf"{_KL_NAME}\((?P<first>[PpQq])(?:{_BAR}|[,;])(?P<second>[PpQq])\)=-?"
    rf"(?:(?:\\sum|∑|Σ)(?P<weight>[PpQq])|(?:\\mathbb)?E(?:_(?:[a-z]\\sim)?(?P<expected>[PpQq]))?\[)"
    rf"\(?(?:\\[dt]?frac(?P<top>[PpQq])(?P<bottom>[PpQq])|(?P<num>[PpQq])/(?P<den>[PpQq]))[)\]]?"
    r"(?=$|=|\\\\|[,.$]|\\(?:label|tag|end|quad|qquad|nonumber)(?![a-z]))"
)
#: ``H(P,Q) = -\sum P \log Q`` or ``H(P) = -\sum P \log P``; ``inverse`` for ``\log\frac{1}{Q}``.
_ENTROPY_DEFINITION = lazy(
    rf"(?:(?:H|(?P<density>h)|CE)\((?P<first>[PpQqSU-Z])(?:[,;](?P<second>[PpQq]))?\)|(?<![A-Za-z\\])H(?=={_SUM_SIGN}))"
    rf"(?:=(?:H|CE)(?:_\{{?[0-9a-z]\}}?)?\((?P=first)(?(second)[,;](?P=second))\))*{_SUM}{_LOG}"
    rf"(?:(?P<arg>[PpQqf])|\\[dt]?frac\{{?1\}}?\{{?(?P<inverse>[PpQqf])\}}?|1/(?P<slash>[PpQqf]))(?![/A-Za-z0-9_^])"
)

#: An entropy named by a bare ``H`` whose sum lost its weights, ``H = -K \sum_i \log p(x_i)`` (what "equiprobable
#: symbols" make of it: n K log n, not K log n), with the sign that would be right with them, at the formula's end; a
#: flipped sign (the log-likelihood) is not read. ``H(x) = -\sum_i \log p(x_i)`` is a derivation's step
#: (:mod:`~kldocs.checker.derivation_steps`).
_UNWEIGHTED_ENTROPY = lazy(
    rf"(?<![A-Za-z\\])H=(?:-{_CONSTANT}(?:\\sum|∑|Σ){_LOG}p|{_CONSTANT}(?:\\sum|∑|Σ){_LOG}"
    r"(?:\\[dt]?frac1p|1/p))[)\]]*(?=$|[=,.¦$]|\\\\)"
)
#: A classifier's loss, ``L = -Σ y log p``: the cross-entropy of the labels ``y`` and the predictions. Only its
#: right sign is read: ``L = Σ y log p`` may be the log-likelihood.
_LOSS_DEFINITION = lazy(
    rf"(?<![A-Za-z\\])(?:L|Loss|loss|ℒ|CE|L_?(?:CE|ce))=(?P<sign>-?)(?:\\sum|∑|Σ)[yt]{_LOG}"
    rf"(?:(?P<arg>p|q|ŷ|\\haty)|\\[dt]?frac1(?P<inverse>p|q|ŷ|\\haty)|1/(?P<slash>p|q|ŷ))(?![/A-Za-z0-9_^])"
)


_JOINT = r"p(?:_\{X,?Y\})?"
#: ``I(X;Y) = \sum p(x,y) \log \frac{p(x,y)}{p(x)p(y)}``, read before braces are dropped (``p(x)p(y)`` is ``pp``).
_INFORMATION_DEFINITION = lazy(
    rf"I\(X[;,]Y\)={_SUM_SIGN.replace('-?', '(?P<sign>-?)')}(?:\\sum|∑|Σ)?{_JOINT}{_LOG}"
    rf"\\[dt]?frac\{{(?:(?P<joint>{_JOINT})\}}\{{pp|pp\}}\{{{_JOINT})\}}"
)

#: A sum with its limits stacked as MathML exports write it: ``\underset{i=1}{\overset{n}{\mathop \sum }}``.
_STACKED_SUM = lazy(r"\\underset\{[^{}]*\}\{\\overset\{[^{}]*\}\{(?:\\mathop)?\\sum\}\}")


#: An integral over a density, with its limits (either first): ``\int_{-\infty}^{\infty}``, ``∫_{-∞}^∞``, read as a sum.
_INTEGRAL = lazy(r"(?:\\int(?![A-Za-z])|∫)(?:\s*\\limits)?(?:\s*[_^]\s*(?:\{[^{}]*\}|\\?\w+|[-+−]?∞)){0,2}")
#: The differential after an integrand: ``dx``, ``\,dx``, ``\mathrm{d}x``.
_DIFFERENTIAL = lazy(r"(?<![A-Za-z\\])(?:\\(?:mathrm|text|operatorname)\{d\}|d)\s*[xyztXYZ](?![A-Za-z])")
#: A random variable's name under its distribution's letter: ``p_X``, ``p_{Y}`` (not ``p_{X,Y}``).
_VARIABLE_SUBSCRIPT = lazy(r"([PpQq])_\{?(?P<variable>[U-Z])\}?(?![,U-Z])")


#: The sign given for a sum weighted by the other distribution: the measure the other way round.
SWAPPED = 0
#: The sign given for an entropy whose sum has no weights (``H = -\sum_i \log p_i``).
UNWEIGHTED = 4
#: The sign given for a KL divergence written with no logarithm (``\sum p \frac{p}{q}``), and with no logarithm and
#: the ratio turned over (``\mathbb{E}_p[\frac{q}{p}]``, which is 1 for every pair).
UNLOGGED, UNLOGGED_INVERTED = 2, -2


#: Text typed with Unicode maths: the minus sign, subscript digits (``log₂``), a subscript index (``pᵢ``).
_PLAIN = str.maketrans({"−": "-", "–": "-", "₂": "2", "₁": "1", "₀": "0", **dict.fromkeys("ᵢⱼₓₖₙₘ", "")})
#: A sum in words: "sum over x of", as plain text types it, and as a translation into Chinese writes "the sum over
#: x in X": ``X 中 X 的和``.
_SUM_WORDS = lazy(
    r"[Xx]\s{0,3}中\s{0,3}[Xx]\s{0,3}的和"
    r"|(?<![A-Za-z])[Ss]um\s{1,3}over\s{1,3}(?:all\s{1,3})?[a-z](?:\s{0,3}(?:∈|in)\s{0,3}[A-Za-z𝒳]{1,3})?\s{1,3}of(?![A-Za-z])"
)
#: Signs that define the left side by the right: ``\equiv``, ``:=``, ``\triangleq``, ``\stackrel{def}{=}``.
DEFINED_AS = lazy(
    r"\\(?:equiv|coloneqq|triangleq|doteq)(?![A-Za-z])|\\(?:stackrel|overset)\{(?:[^{}]|\{[^{}]{0,8}\}){0,16}\}\{=\}|≡|≜|≝|:=|≔"
)
#: A bare ``H`` that the words right before it name the entropy ("the entropy H = ...", "平均情報量 H ="), which a
#: flipped sign does not make Boltzmann's H.
_NAMED_H = lazy(
    r"(?P<word>(?i:entrop(?:y|ie|ía|ia)|энтропи[яию])|엔트로피|熵|エントロピー|平均情報量)[ \t,:：]{0,3}H(?=\s*=)"
)
#: Words before "entropy" that make the H another quantity: "the negative entropy H = Σ p log p" (negentropy).
_NEGATED_ENTROPY = lazy(
    r"(?i:neg|minus|moins|menos|минус|отрицательн|негэнтроп|负|負|음의|네겐트로피)[^\W\d_]*[\s-]{0,3}$"
)


def _named_entropy(match: re.Match[str]) -> str:
    """The entropy's word and ``H(X)`` for its bare ``H``, unless words before it make it the negative entropy.

    >>> sign_of_definition("the entropy H = Σ p log p"), sign_of_definition("the negative entropy H = Σ p log p")
    (('entropy', -1), None)
    """
    before = match.string[max(0, match.start() - 16) : match.start()]
    if _NEGATED_ENTROPY.search(before):
        return match.group()
    return f"{match.group('word')} H(X)"


#: A word of prose around a formula typed in a sentence ("the entropy H = ...", "... misst die Unsicherheit"):
#: three letters or more, not a command's name, a function's or an index's, nor one a formula writes (``log``).
_PROSE_WORD = lazy(
    r"(?<![\\\w])(?!(?:exp|sum|Sum|SUM|over|all|KLD|Loss|loss|LOSS|BCE|mean|max|min|lim)(?![A-Za-z]))(?![A-Za-z]*(?:log|Log))"
    r"(?:[^\W\d_]{3,}|is|as|by|to|we|it|an|at|on|or|if|be|es|et|la|le|de|du|um|da|se|si|il|ce|un)(?![\w(\[{^])"
)
#: What a word of prose is written as: a mark no pattern reads, that keeps a measure's letter from the words before
#: it and a formula's last letter from the words after it once spaces are dropped.
_WORD_MARK = "¦"


def _apart(formula: str) -> str:
    """``formula`` with the words of prose around it written as :data:`_WORD_MARK`.

    >>> _apart("the entropy H = -Σ p log p misst")
    '¦ ¦ H = -Σ p log p ¦'
    """
    return _PROSE_WORD.sub(_WORD_MARK, formula) if " " in formula else formula


#: A sum with its upper limit written before its range, ``\sum^{K}_{k=1}`` (spaces dropped): the limits.
_UPPER_FIRST = lazy(r"(\\sum|∑|Σ)\^(?:\{[^{}]*\}|\w)_(?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z])")
#: A sum typed as a word, ``Sum(p * log2(p))``, read as the sign.
_TYPED_SUM = lazy(r"(?<![A-Za-z\\])(?:Sum|sum|SUM)(?=\()")
#: What may follow the sign before the first factor: the outcomes it runs over as typed (``∀x``, ``x∈X``), or its
#: index glued on as a flattened page leaves it (``∑ipi``, ``∑ilog2``), and a bracket around the terms
#: (``Σ(P(x) * log(...))``, ``∑[ Pn × Log(1/Pn) ]``).
_TYPED_RANGE = lazy(r"(\\sum|∑|Σ)(?:∀[a-z]|[a-z]∈[A-Za-z𝒳χ]{1,3}|[ijkn](?=[PpQq][ijkn]|[Ll]og|ln))?[(\[]?")
#: An index typed glued to its letter after the brackets around an argument went: ``pi``, ``Pn``, ``qk``.
_GLUED_INDEX = lazy(r"(?<![A-Za-z\\])([PpQqy])[ijkn](?:(?![A-Za-z])|(?=[Ll]og|ln))")
#: A sum whose weight is written after its logarithm, as a translation orders the factors: ``∑log2(p/q)p`` (group
#: ``weight``), at the end of the formula or before its next ``=`` or sign; read with the weight first.
_TRAILING_WEIGHT = lazy(
    rf"(?P<sum>\\sum|∑|Σ)(?P<log>{LOG_NAME}\((?:[PpQq]|1)/?[PpQq]?\))(?P<weight>[PpQq])(?=$|[-+=,.¦$]|\\\\)"
)


def sign_of_definition(formula: str) -> tuple[str, int] | None:
    r"""For a formula defining a measure as a sum: the measure and +1 (the right sign), -1 (flipped) or
    :data:`SWAPPED` (weighted by the second distribution); else None.

    >>> sign_of_definition(r"H(p) = -\mathbb{E}_{x \sim p} \log p(x)")
    ('entropy', 1)

    An expectation of a random variable's probability is weighted by it, and a definition may be written from
    right to left:

    >>> sign_of_definition(r"H(X) = \mathbb{E}[\log p(X)]"), sign_of_definition(r"E[-\log p(X)] = H(X)")
    (('entropy', -1), ('entropy', 1))
    """
    formula = _SMALL_VARIABLES.sub(lambda match: match.group().upper(), formula)  # H(y|x) as some notes write H(Y|X)
    formula = _EXPECTED.sub(_expected_sum, _VARIABLE_EXPECTATION.sub(_variable_sum, plain_notation(formula)))
    backward = _BACKWARD.fullmatch(formula)
    if backward is not None:
        formula = f"{backward.group('name')} = {backward.group('body')}"
    formula = renamed_densities(DEFINED_AS.sub("=", formula))
    if "frac" in formula:  # -\sum_i \frac{n_i}{N} \log \frac{n_i}{N}: counts over their total as the probability
        formula = _frequencies(formula)
    if "\\Sigma" in formula:  # E = - \Sigma f_i \log_2 (f_i): the capital sigma as the sum's sign
        formula = _SIGMA_SUM.sub(r"\\sum", formula)
    if "H" in formula:  # "the entropy H = ...": the words name the bare H
        formula = _NAMED_H.sub(_named_entropy, formula)
    if "\\int" in formula or "∫" in formula:  # a density's definition: the integral is read as the sum
        formula = _INTEGRAL.sub(r"\\sum", _DIFFERENTIAL.sub("", formula))
    flat = re.sub(r"\s+|\\limits(?![A-Za-z])", "", _apart(_SUM_WORDS.sub("Σ", formula))).translate(_PLAIN)
    flat = _STACKED_SUM.sub(r"\\sum", flat)
    flat = re.sub(r"(\\sum|∑|Σ)_(?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z])(?:\^(?:\{[^{}]*\}|\w))?", r"\1", flat)
    flat = _UPPER_FIRST.sub(r"\1", flat)  # \sum^{K}_{k=1}: its upper limit written first
    flat = _TYPED_RANGE.sub(r"\1", _TYPED_SUM.sub("Σ", flat))
    flat = _GLUED_INDEX.sub(r"\1", _CLUTTER.sub("", flat))
    if ")" in flat:
        flat = _TRAILING_WEIGHT.sub(r"\g<sum>\g<weight>\g<log>", flat)
    named = {match.group("variable") for match in _VARIABLE_SUBSCRIPT.finditer(flat)}
    if len(named) == 1 or flat.startswith("I("):  # p_X(x), the distribution of X, is its p (not beside p_Y)
        flat = _VARIABLE_SUBSCRIPT.sub(r"\1", flat)
    found: list[tuple[int, tuple[str, int] | None]] = [
        (match.start(), _negated(flat, match, _information_sign(match)))
        for match in _INFORMATION_DEFINITION.finditer(flat)
    ]
    flat = flat.replace("{", "").replace("}", "")  # braces as equation editors double them: {{p_i}{{\log }_2}{p_i}}
    found += [(match.start(), _negated(flat, match, _kl_sign(match))) for match in _KL_DEFINITION.finditer(flat)]
    found += [
        (match.start(), None if _within(flat, match.start()) else _negated(flat, match, _entropy_sign(match)))
        for match in _ENTROPY_DEFINITION.finditer(flat)
    ]
    found += [(match.start(), _bare_kl_sign(match)) for match in _BARE_KL_DEFINITION.finditer(flat)]
    found += binary_loss_shapes(flat)
    found += [(match.start(), _unlogged_sign(match)) for match in _UNLOGGED_KL.finditer(flat)]
    found += [(match.start(), _loss_sign(match)) for match in _LOSS_DEFINITION.finditer(flat)]
    found += binary_entropy_shapes(flat)
    if "(" not in formula.partition("=")[0]:  # H(x) with its (x) dropped above is a derivation's, not this
        found += [(match.start(), ("entropy", UNWEIGHTED)) for match in _UNWEIGHTED_ENTROPY.finditer(flat)]
    shapes = [shape for _, shape in sorted(found, key=lambda pair: pair[0]) if shape is not None]
    return shapes[0] if shapes else None


#: A count over a total, ``\frac{n_i}{N}``, ``\frac {count_i} {N}``: not a fraction of two distributions' letters.
_FREQUENCY = lazy(
    r"\\[dt]?frac\s*\{\s*(?P<top>(?![PpQq]\s*[_}(])[A-Za-z]\w{0,10}(?:_\{?\w{1,3}\}?)?)\s*\}"
    r"\s*\{\s*(?P<bottom>(?![PpQq]\s*[_}(])[A-Za-z]\w{0,10}(?:_\{?\w{1,3}\}?)?)\s*\}"
)


def _frequencies(formula: str) -> str:
    r"""``formula`` with a count over its total written as ``p`` when it stands twice (or its inverse once, as
    ``\frac{1}{p}``): the probability a sum over frequencies weights and takes the log of; else as written.

    >>> _frequencies(r"H = -\sum_i \frac{n_i}{N} \log_2 \frac{n_i}{N}")
    'H = -\\sum_i p \\log_2 p'
    >>> _frequencies(r"H = \sum_i \frac{n_i}{N} \log \frac{N}{n_i}"), _frequencies(r"\frac{a}{b} + \frac{c}{d}")
    ('H = \\sum_i p \\log \\frac{1}{p}', '\\frac{a}{b} + \\frac{c}{d}')
    """
    found = [(match.group("top"), match.group("bottom")) for match in _FREQUENCY.finditer(formula)]
    if len(found) < 2 or found.count(found[0]) + found.count(found[0][::-1]) < 2 or found[0][0] == found[0][1]:
        return formula

    def written(match: re.Match[str]) -> str:
        pair = (match.group("top"), match.group("bottom"))
        return "p" if pair == found[0] else r"\frac{1}{p}" if pair == found[0][::-1] else match.group()

    return _FREQUENCY.sub(written, formula)


#: The capital sigma typed for the sum's sign, right before a probability (not a covariance matrix, ``\Sigma^{-1}``).
SIGMA_SUM = r"\\Sigma(?=\s*(?:_\{[^{}]{0,12}\}|_\w)?\s*[PpQqf](?![A-Za-z]))"
_SIGMA_SUM = lazy(SIGMA_SUM)
#: A joint or conditional entropy or a mutual information of random variables written in small letters: ``H(x,y)``,
#: ``H(y|x)``, ``I(x;y)`` (a single ``H(x)`` stays as written: it may be a distribution's).
_SMALL_VARIABLES = lazy(r"(?<![A-Za-z\\])[HI]\(\s*[x-z]\s*(?:[,;|]|\\mid)\s*[x-z]\s*\)")
#: An expectation over a distribution it names, which is a sum weighted by it: ``\mathbb{E}_{x \sim p}[...]``,
#: ``E_{p(x)}[...]``, ``E_p``.
_EXPECTED = lazy(
    r"(?:\\mathbb\{E\}|\\mathbb ?E|(?<![A-Za-z\\])E)_"
    r"(?:\{ ?(?:[a-z] ?(?:\\sim|~|∼) ?)?(?P<weight>[PpQq])(?:\([a-z]\))? ?\}|"
    r"(?P<letter>[PpQq]))(?: ?\\left)? ?\[?"
)
#: An expectation with nothing under it of a random variable's probability, ``\mathbb{E}[-\log p(X)]``: a sum
#: weighted by ``p`` (its minus taken out in front).
_VARIABLE_EXPECTATION = lazy(
    r"(?:\\mathbb\s*\{\s*E\s*\}|\\mathbb\s*E|\\operatorname\{E\}|(?<![A-Za-z\\])E)\s*(?:\\left\s*)?\[\s*(?P<minus>-?)"
    r"(?=[^\[\]pq]{0,80}?(?<![A-Za-z])p\s*\(\s*[U-Z]\s*\)[^\[\]q]{0,40}\])"
)
#: A definition written from right to left: a sum, then ``=`` and the measure's name alone.
_BACKWARD = lazy(r"\s*(?P<body>[^=]{1,300}?)\s*=\s*(?P<name>(?:H|D|KL|D_\{?KL\}?)\s*\([^()=]{1,20}\))\s*[,.]?\s*")


def _variable_sum(match: re.Match[str]) -> str:
    return f"{match.group('minus')}\\sum p "


def _expected_sum(match: re.Match[str]) -> str:
    return f"\\sum {match.group('weight') or match.group('letter')} "


def _within(flat: str, at: int) -> bool:
    """Whether the entropy at ``at`` is one term of a longer left side (``H(X,Y)-H(Y) = ...``), not defined by itself.

    >>> sign_of_definition(r"H(X,Y)-H(Y)=-\\sum_{x,y}p(x,y)\\log p(x,y)+\\sum_y p(y)\\log p(y)") is None
    True
    >>> sign_of_definition("the mean information (entropy) H = ∑[ p × log(1/p) ]")
    ('entropy', 1)
    """
    before = flat[:at]
    return before.endswith(("-", "−", "+")) and before.rstrip("-−+").endswith((")", "]"))


def _negated(flat: str, match: re.Match[str], shape: tuple[str, int] | None) -> tuple[str, int] | None:
    """The shape of a definition whose left side has a minus before it (``-D(p||q) = sum p log(q/p)``): its sign
    turned round.

    >>> sign_of_definition(r"-D(p\\|q)=\\sum_x p(x)\\ln\\frac{q(x)}{p(x)}")
    ('kl', 1)
    >>> sign_of_definition(r"- \\mathbb{KL} (p||q) = \\sum p(x) \\log \\frac{q(x)}{p(x)}")
    ('kl', 1)
    """
    if shape is None or shape[1] == SWAPPED or not _FONT_OPENED.sub("", flat[: match.start()]).endswith(("-", "−")):
        return shape
    return shape[0], -shape[1]


#: A font command opened before a measure's name: ``-\mathbb{KL}(p||q)`` has its minus before the ``\mathbb{``.
_FONT_OPENED = lazy(r"\\(?:mathbb|mathrm|mathcal|mathsf|operatorname|text|rm)\s*\{?\s*$")


def _kl_sign(match: re.Match[str]) -> tuple[str, int] | None:
    first, second = match.group("first").upper(), match.group("second").upper()
    top = (match.group("top") or match.group("num") or match.group("over")).upper()
    bottom = (match.group("bottom") or match.group("den") or match.group("under")).upper()
    weight = match.group("weight").upper()
    if {top, bottom} != {first, second} or first == second or weight not in (first, second):
        return None
    # Weighted by either distribution, the sum is the divergence from that one when its ratio has that one on top,
    # and that divergence with its sign flipped (never positive) when it has it below.
    sign = (1 if top == weight else -1) * (-1 if match.group("sign") else 1)
    return "kl", SWAPPED if sign == 1 and weight != first else sign


def _bare_kl_sign(match: re.Match[str]) -> tuple[str, int] | None:
    """A KL divergence named without arguments: the right sign when the ratio has the weight on top.

    >>> sign_of_definition(r"KLD = \\sum p_i \\log_2(p_i/q_i)"), sign_of_definition("KL = -Σ q log(q/p)")
    (('kl', 1), ('kl', -1))
    """
    top = (match.group("top") or match.group("num") or match.group("over")).upper()
    bottom = (match.group("bottom") or match.group("den") or match.group("under")).upper()
    weight = match.group("weight").upper()
    if top == bottom or weight not in (top, bottom):
        return None
    return "kl", (1 if top == weight else -1) * (-1 if match.group("sign") else 1)


def _unlogged_sign(match: re.Match[str]) -> tuple[str, int] | None:
    r"""A KL divergence with its logarithm missing, weighted by its first distribution: :data:`UNLOGGED` for the
    ratio ``p/q``, :data:`UNLOGGED_INVERTED` for ``q/p``.

    >>> sign_of_definition(r"D_{KL}(P \parallel Q) = \sum_i P(i) \frac{P(i)}{Q(i)}")
    ('kl', 2)
    >>> sign_of_definition(r"KL(p\|q) = \mathbb{E}_{p(x)}\left[\frac{q(x)}{p(x)}\right]")
    ('kl', -2)
    >>> sign_of_definition(r"D(P\|Q) = \sum_x P(x) \frac{P(x)}{Q(x)} - 1") is None
    True
    """
    first, second = match.group("first").upper(), match.group("second").upper()
    top = (match.group("top") or match.group("num")).upper()
    bottom = (match.group("bottom") or match.group("den")).upper()
    weight = (match.group("weight") or match.group("expected") or first).upper()
    if first == second or {top, bottom} != {first, second} or weight != first:
        return None
    return "kl", UNLOGGED if top == first else UNLOGGED_INVERTED


def _information_sign(match: re.Match[str]) -> tuple[str, int]:
    orientation = 1 if match.group("joint") is not None else -1
    return "mutual_information", orientation * (-1 if match.group("sign") else 1)


#: The letters of random variables: ``H(Y) = -\sum p(y) \log p(y)`` is the entropy of Y's distribution; ``S`` is a
#: source of symbols, as texts on coding write it: ``H(S) = -\sum_k p_k \log_2 p_k``.
_RANDOM_VARIABLES = frozenset("SUVWXYZ")


def _entropy_sign(match: re.Match[str]) -> tuple[str, int] | None:
    first, second = (match.group("first") or "X").upper(), (match.group("second") or "").upper()
    weight = match.group("weight").upper()
    logged = (match.group("arg") or match.group("inverse") or match.group("slash")).upper()
    if second:
        if first in _RANDOM_VARIABLES or first == second or {weight, logged} != {first, second}:
            return None
        if weight != first:
            return "cross_entropy", SWAPPED
        measure = "cross_entropy"
    elif logged != weight or (first != weight and first not in _RANDOM_VARIABLES):
        return None
    elif (match.group("density") or weight == "F") and first not in _RANDOM_VARIABLES:
        return None  # h(X) = -\int f \log f, the differential entropy of a random variable's density f
    else:
        measure = "entropy"
    inverted = match.group("arg") is None
    sign = (1 if inverted else -1) * (-1 if match.group("sign") else 1)
    # A bare H with the sign flipped may be Boltzmann's H = sum p log p, which is not the entropy.
    return None if match.group("first") is None and sign != 1 else (measure, sign)


def _loss_sign(match: re.Match[str]) -> tuple[str, int] | None:
    """``L = -Σ y log p`` is the cross-entropy; with its sign flipped it is not read (the log-likelihood).

    >>> sign_of_definition("L = - Σᵢ yᵢ * log₂(pᵢ)"), sign_of_definition("L = Σ y log p")
    (('cross_entropy', 1), None)
    """
    inverted = match.group("arg") is None
    return ("cross_entropy", 1) if inverted != bool(match.group("sign")) else None


#: Most characters of a code span read as a definition.
_MAX_TYPED = 300


def typed_definition(code: str) -> bool:
    """True when a code span is a definition typed as text (read like prose), not code.

    >>> typed_definition("H(p,q)=−∑∀xp(x)log(q(x))"), typed_definition("kl = np.sum(p * np.log(p / q))")
    (True, False)
    """
    return len(code) <= _MAX_TYPED and any(sign in code for sign in "∑Σ") and sign_of_definition(code) is not None
