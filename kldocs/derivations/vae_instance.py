"""The KL term of a variational autoencoder for a diagonal Gaussian, worked out for given means and spreads.

A diagonal Gaussian has independent coordinates, so its divergence from the
standard normal is the sum of one term per coordinate (the additivity
identity), each the closed form of the ``vae_kl`` derivation:
``(sigma_j^2 + mu_j^2 - 1 - ln sigma_j^2)/2``. The chain writes that sum out
for the coordinates given, puts the numbers in, and collects the exact value;
every line after the first is checked with the exact core for these numbers.

>>> from fractions import Fraction
>>> from kldocs.derivations.verify import verify
>>> d = vae_instance((Fraction(1, 2), Fraction(-1)), (Fraction(1), Fraction(1, 2)))
>>> d.steps[2].latex, verify(d).holds
('\\\\frac{1}{4} + \\\\ln 2', True)
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from sympy import Float, IndexedBase, UnevaluatedExpr

from kldocs.derivations.bindings import Bindings
from kldocs.derivations.build import instance, plus
from kldocs.derivations.family_instance import put_in
from kldocs.derivations.identities.expectations import quantity
from kldocs.derivations.identities.normal import mu1, sigma1
from kldocs.derivations.instance import exact_expression
from kldocs.derivations.steps import Definition, Derivation, Numbers, Scope, Step
from kldocs.derivations.symbols import sympy_rational
from kldocs.exact import ExactValue

#: The means and spreads of the coordinates, ``mu_j`` and ``sigma_j``.
MU = IndexedBase("mu", real=True)
SIGMA = IndexedBase("sigma", positive=True)
KL_DIAGONAL = quantity(
    "D_KL(N(mu,diag sigma^2)||N(0,I))",
    r"D_{\mathrm{KL}}\left(\mathcal{N}(\boldsymbol{\mu}, \operatorname{diag} \boldsymbol{\sigma}^2) "
    r"\parallel \mathcal{N}(\mathbf{0}, I)\right)",
)
#: Significant digits of the decimal step.
DIGITS = 6


def vae_instance(means: Sequence[Fraction], spreads: Sequence[Fraction], *, digits: int = DIGITS) -> Derivation:
    """The VAE KL term of ``N(means, diag(spreads^2))`` against ``N(0, I)``, coordinate by coordinate."""
    from kldocs.derivations.registry import get
    from kldocs.families.closed_forms import final_expression

    per_coordinate = final_expression(get("vae_kl"))
    terms = [put_in(per_coordinate, {mu1: MU[j], sigma1: SIGMA[j]}) for j in range(1, len(means) + 1)]
    general = plus(*terms)
    bindings = Bindings(((MU, tuple(means)), (SIGMA, tuple(spreads))))
    numbers = Numbers(bindings)
    values = {MU[j]: UnevaluatedExpr(sympy_rational(m)) for j, m in enumerate(means, 1)}
    values |= {SIGMA[j]: UnevaluatedExpr(sympy_rational(s)) for j, s in enumerate(spreads, 1)}
    value = vae_value(means, spreads)
    steps: list[Step] = [
        Step("definition", general, "step.vae_sum", defines=(Definition(KL_DIAGONAL, general),)),
        instance(put_in(general, values), "step.vae_numbers", numbers, style="numbers"),
        instance(exact_expression(value), "step.collect_logs", numbers, style="values"),
    ]
    if value.rational_value() is None:
        shown = value.decimal(digits)
        steps.append(
            instance(
                Float(shown, digits), "step.vae_decimal", Numbers(bindings, decimal=shown, digits=digits), relation="≈"
            )
        )
    return Derivation("vae_instance", "derivation.vae_kl.title", tuple(steps), KL_DIAGONAL, Scope(numbers=bindings))


def vae_value(means: Sequence[Fraction], spreads: Sequence[Fraction]) -> ExactValue:
    """``sum_j (sigma_j^2 + mu_j^2 - 1 - ln sigma_j^2)/2`` in nats, exactly, from the verified closed form."""
    from kldocs.families import normal
    from kldocs.families.closed_forms import closed_form_value

    standard = normal(0, 1, name="Q")
    total = ExactValue()
    for mean, spread in zip(means, spreads, strict=True):
        total += closed_form_value("kl", normal(mean, spread), standard)
    return total
