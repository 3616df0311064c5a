r"""Values shown for calls of library functions named for the KL divergence or the entropy of normal distributions.

``kld_gaussian(mu1 = 1, sigma1 = 1, mu2 = 1, sigma2 = 2^2)`` (R, shown as ``#> [1] 0.3181472``) and
``entropy(2.0, 1.0)`` of a module for the normal distribution (``require('.../normal/entropy')``, shown as
``// returns ~1.419``): the function's name (or the module it comes from) says the measure and the family;
its arguments are numbers. Which argument is which is read from the parameters' names (``mu1``, ``sigma2``,
``var_q``), or, for an entropy of two arguments, from the usual order (mean, then spread). Whether a spread
named ``sigma`` is a standard deviation or a variance (or covariance) is not certain from a name, so both are
tried: the value that fits one becomes a sentence about that normal, which the family judge then confirms
(:mod:`~kldocs.checker.family_claims`, ``N(a, b)`` with ``b`` the variance); a value that fits neither is left
unchecked with both values in its note, never called false (the body is not the document's, and is not read).
R's ``^`` is a power. Code is parsed with :mod:`ast`, never run.

>>> call = normal_call("kld_gaussian(mu1 = 1, sigma1 = 1, mu2 = 1, sigma2 = 2^2)")
>>> call.sentence("0.3181472")
'the KL divergence of N(1, 1) from N(1, 4) is 0.3181472 nats'
>>> normal_call("h(2.0, 1.0)", {"h": "@stdlib/stats/base/dists/normal/entropy"}).sentence("1.419", approximate=True)
'the entropy of N(2, 1) is about 1.419 nats'
"""

from __future__ import annotations

import ast
import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from kldocs.checker.code_calls import ast_expression, dotted
from kldocs.checker.code_grids import normal_kl, parameter_roles, plain
from kldocs.checker.family_calls import WRAPPERS
from kldocs.checker.lazy_patterns import lazy

#: A function's name (its words parted by ``_``, ``.`` or case) that says the normal family.
_NORMAL = lazy(r"(?i)(?<![a-z])norm(?:al)?(?![a-z])|gauss")
#: A module imported under a name: ``var entropy = require( '@stdlib/.../normal/entropy' );``, ``import h from '...'``.
_IMPORTED = lazy(
    r"""(?:\b(?:var|const|let)\s+(?P<name>[A-Za-z_$][\w$]{0,40})\s*=\s*require\(\s*|\bimport\s+(?P<default>[A-Za-z_$][\w$]{0,40})\s+from\s+)"""
    r"""['"](?P<path>[^'"\n]{1,200})['"]"""
)
#: A function's name that says the KL divergence.
_KL = lazy(r"(?i)kl|kullback")
#: The entropy of a normal in nats, from its standard deviation.
_LOG_2_PI_E = math.log(2 * math.pi * math.e)


@dataclass(frozen=True)
class NormalCall:
    """A call of a library function for the KL divergence (two normals) or the entropy (one) of normals.

    ``values``: the means and spreads, first normal first (mean, spread[, mean, spread]); ``readings``: whether
    the spreads are tried as standard deviations (True), as variances (False), or both; ``certain``: the one
    reading is what the library defines (a distribution object's scale), so a value that does not fit it is a
    claim about those normals all the same.
    """

    measure: str
    values: tuple[Fraction, ...]
    readings: tuple[bool, ...] = (True, False)
    certain: bool = False

    def sentence(self, written: str, *, approximate: bool = False) -> str | None:
        """The claim that the call gives ``written`` (in nats), about the normals of the reading the value fits;
        None when it fits neither the spreads read as standard deviations nor as variances."""
        for squared in self.readings:  # standard deviations (written squared), or variances
            if self.certain or self._fits(written, squared):
                about = "about " if approximate else ""
                normals = [self._normal(index, squared) for index in range(0, len(self.values), 2)]
                if self.measure == "kl":
                    return f"the KL divergence of {normals[0]} from {normals[1]} is {about}{written} nats"
                return f"the entropy of {normals[0]} is {about}{written} nats"
        return None

    def shown(self, written: str, single: str) -> str:
        """A value computed in single precision as it is judged: as written when it is the value rounded to its
        digits, else to the digits single precision is good for (``single``, see :mod:`.typed_values`)."""
        return written if self._fits(written, self.readings[0]) else single

    def _fits(self, written: str, squared: bool) -> bool:
        value = self._nats(squared)
        half = 0.5 * 10.0 ** -len(written.partition(".")[2]) * 1.001 + 1e-12
        return value is not None and "." in written and abs(value - float(written)) <= half

    def note(self, written: str) -> str:
        """Why a value that fits no reading is left unchecked, with what each reading gives."""
        values = [self._nats(squared) for squared in (True, False)]
        sd, variance = (f"{value:.6g}" if value is not None else "undefined" for value in values)
        return (
            f"{written} is neither the {'KL divergence' if self.measure == 'kl' else 'entropy'} of the normals with "
            f"the spreads read as standard deviations ({sd} nats) nor as variances ({variance} nats); the "
            "function's body is not in the document"
        )

    def _normal(self, index: int, squared: bool) -> str:
        mean, spread = self.values[index], self.values[index + 1]
        return f"N({plain(mean)}, {plain(spread * spread if squared else spread)})"

    def _nats(self, squared: bool) -> float | None:
        scales = [float(spread) if squared else math.sqrt(spread) for spread in self.values[1::2]]
        means = [float(mean) for mean in self.values[0::2]]
        if any(scale <= 0 for scale in scales):
            return None
        if self.measure == "kl":
            return normal_kl(means[0], scales[0], means[1], scales[1])
        return 0.5 * _LOG_2_PI_E + math.log(scales[0])


def normal_call(code: str, modules: Mapping[str, str] | None = None) -> NormalCall | None:
    """The call ``code`` makes (maybe assigned, shown or rounded: ``var y = entropy(2.0, 1.0);``), if it is of a
    function named for the KL divergence or the entropy of normals, or of a module whose path names them
    (``modules``: the paths of the modules the code names, see :func:`normal_modules`)."""
    named_module = any(name in code for name in modules or {})
    if "orm" not in code and "auss" not in code and not named_module:
        return None  # nothing on the line names normals: it is not parsed
    code = re.sub(r"^\s*(?:(?:const|let|var)\s+)?[A-Za-z_]\w{0,30}\s*(?:=|<-)\s*(?!=)", "", code, count=1)
    expression = ast_expression(code.strip().rstrip(";").replace("^", "**"))
    while isinstance(expression, ast.Call) and dotted(expression.func) in WRAPPERS and expression.args:
        expression = expression.args[0]
    if not isinstance(expression, ast.Call):
        return None
    function = dotted(expression.func)
    words = re.sub(r"([a-z])([A-Z])", r"\1_\2", function) + "/" + (modules or {}).get(function, "")
    if not _NORMAL.search(words):
        return None
    name = words.lower()
    named = [keyword.arg for keyword in expression.keywords]
    given = [*expression.args, *(keyword.value for keyword in expression.keywords)]
    if None in named or (named and expression.args):
        return None  # all by position or all by name
    numbers = [arithmetic_number(argument) for argument in given]
    if any(number is None for number in numbers):
        return None
    means, spreads, variance = parameter_roles([str(argument) for argument in named]) if named else ([0], [1], False)
    order: tuple[int, ...]
    if _KL.search(name) and len(given) == 4 and len(means) == len(spreads) == 2:
        order = (means[0], spreads[0], means[1], spreads[1])
    elif "entropy" in name and "cross" not in name and len(given) == 2 and len(means) == len(spreads) == 1:
        order = (means[0], spreads[0])
    else:
        return None
    measure = "kl" if len(order) == 4 else "entropy"
    return NormalCall(measure, tuple(numbers[at] for at in order), (False,) if variance else (True, False))  # type: ignore[misc]


def arithmetic_number(node: ast.expr) -> Fraction | None:
    """A number written with arithmetic of numbers (``2**2``, ``-1.0``, ``1/2``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
        return Fraction(repr(node.value)) if math.isfinite(node.value) else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = arithmetic_number(node.operand)
        return None if inner is None else -inner
    if isinstance(node, ast.BinOp):
        left, right = arithmetic_number(node.left), arithmetic_number(node.right)
        if left is None or right is None:
            return None
        if isinstance(node.op, ast.Pow) and right.denominator == 1 and 0 <= right <= 8:
            return left ** int(right)
        if isinstance(node.op, ast.Div) and right:
            return left / right
        if isinstance(node.op, ast.Mult):
            return left * right
    return None


@functools.lru_cache(maxsize=4)
def normal_modules(code: str) -> dict[str, str]:
    """The names code gives modules of the normal distribution, each with the module's path
    (``@stdlib/stats/base/dists/normal/entropy``); a document's code is read once (every block of it asks).

    >>> normal_modules("var entropy = require( '@stdlib/stats/base/dists/normal/entropy' );")
    {'entropy': '@stdlib/stats/base/dists/normal/entropy'}
    """
    if "require" not in code and "import" not in code:
        return {}
    return {
        match["name"] or match["default"]: match["path"]
        for match in _IMPORTED.finditer(code)
        if any(_NORMAL.fullmatch(part) for part in re.split(r"[/._-]", match["path"]))
    }
