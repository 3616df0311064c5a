"""The KL divergence of two normal distributions in two or three dimensions worked out in matrix form.

The closed form that ends the verified derivation is first written with
matrices, ``(tr(Sigma_2^-1 Sigma_1) + (n - m)^T Sigma_2^-1 (n - m) - d +
log(det Sigma_2 / det Sigma_1)) / 2`` (checked against it symbolically);
then each piece is computed on its own short line with the matrices shown
(the trace of a product, a quadratic form, two determinants), and the
pieces are put together, summed exactly and rounded. Each numeric line is
checked with exact rational arithmetic for these numbers only.

>>> from kldocs.families import mvnormal
>>> from kldocs.derivations.verify import verify
>>> d = mvn_instance(mvnormal([0, 0], [[1, "1/2"], ["1/2", 2]]), mvnormal([1, 0], var=[1, 1], name="Q"))
>>> verify(d).holds, d.steps[-2].latex
(True, '1 + \\\\ln 2 - \\\\frac{1}{2} \\\\ln 7')
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from sympy import Determinant, Eq, ImmutableMatrix, Inverse, MatMul, Mul, Rational, Trace, Transpose, log

from kldocs.derivations.bindings import Bindings
from kldocs.derivations.build import instance, plus
from kldocs.derivations.family_instance import DIGITS, closed_form_step, value_steps
from kldocs.derivations.steps import Derivation, Numbers, Scope, Step

if TYPE_CHECKING:
    from kldocs.families.family import Family


def mvn_instance(P: Family, Q: Family, *, digits: int = DIGITS) -> Derivation:
    """``D_KL(P || Q)`` of two normal distributions (two or three dimensions), piece by piece with matrices, in nats."""
    from kldocs.derivations.identities.multivariate_normal import (
        DET_P,
        DET_Q,
        QUADRATIC,
        TRACE,
        matrix_form,
        shape,
        symmetric,
    )
    from kldocs.families.closed_forms import bindings, closed_form_value, derivation_for

    general = derivation_for("kl", P, Q)
    symbol = general.lhs
    found = shape(len(P.mean))  # type: ignore[attr-defined]
    form, pieces = matrix_form(found.d)
    values = bindings("kl", P, Q, shown=True)
    numbers = Numbers(Bindings((), tuple((name, Fraction(str(v.args[0]))) for name, v in values.items())))
    first, second = (
        symmetric({pair: values[entry] for pair, entry in side.items()}, found.d) for side in (found.s, found.t)
    )
    gap = ImmutableMatrix([[plus(values[n], -values[m])] for m, n in zip(found.m, found.n, strict=True)])
    determinant = "step.mvn_determinant_value" if found.d == 2 else f"step.mvn_determinant_value_{found.d}d"
    product = (second.inv() * first).applyfunc(_exact)
    trace = Trace(MatMul(Inverse(second), first, evaluate=False))
    quadratic = MatMul(Transpose(gap), Inverse(second), gap, evaluate=False)
    opening = closed_form_step(general)
    # Outside two dimensions the derived closed form is already the matrix form: it only needs its pieces named.
    written = (Step("definition", form, "step.mvn_matrix_form", defines=pieces),) if found.d == 2 else ()
    steps: list[Step] = [
        opening if written else replace(opening, defines=(*opening.defines, *pieces)),
        *written,
        _line(Eq(TRACE, trace, evaluate=False), "step.mvn_trace", numbers),
        _line(Trace(product), "step.mvn_product", numbers),
        _line(Trace(product).doit(), "step.mvn_trace_sum", numbers),
        _line(Eq(QUADRATIC, quadratic, evaluate=False), "step.mvn_quadratic", numbers),
        _line(quadratic.doit()[0, 0], "step.mvn_quadratic_value", numbers),
    ]
    for name, matrix in ((DET_P, first), (DET_Q, second)):
        steps.append(_line(Eq(name, Determinant(matrix), evaluate=False), "step.mvn_determinant", numbers))
        steps.append(_line(_exact(matrix.det()), determinant, numbers))
    ratio = _exact(second.det()) / _exact(first.det())
    together = Mul(
        Rational(1, 2), plus(_exact(trace), _exact(quadratic.doit()[0, 0]), -found.d, log(ratio)), evaluate=False
    )
    value = closed_form_value("kl", P, Q)
    steps.append(_line(Eq(symbol, together, evaluate=False), "step.mvn_pieces", numbers))
    steps.extend(value_steps(value, numbers, digits))
    return Derivation(f"{general.name}_matrices", general.title, tuple(steps), symbol, Scope(numbers=numbers.bindings))


def _line(expression: Any, key: str, numbers: Numbers) -> Step:
    return instance(expression, key, numbers, style="values")


def _exact(value: Any) -> Any:
    """A number worked out by SymPy (from numbers put in as written) as a plain rational."""
    return Rational(value.doit())
