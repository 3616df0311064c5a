r"""Calls that compute the entropy of a parametric family: ``binom.entropy(10, 0.5)``, ``bernoulliEntropy(0.4)``.

The function's name (or the object it is called on) names both the family
(Bernoulli, binomial, Poisson, geometric) and the entropy; its arguments are
numbers, or names the same block of code sets to numbers (``const n = 1;``).
SciPy's ``binom``, ``bernoulli``, ``poisson`` and ``geom`` compute in nats; a
function the document defines takes the base of the logarithms in its body
(``Math.log2`` gives bits), and when none says, the value may be in either
base. The call becomes a sentence that :mod:`~kldocs.checker.family_claims`
judges: "the entropy of Bin(10, 1/2) is 0.97". A frozen normal's entropy (SciPy's ``norm(loc, scale)``,
PyTorch's ``Normal(loc, scale)``, both a mean and a standard deviation) is written
``N(mean, sd^2)``. Code is parsed with :mod:`ast`
(JavaScript calls and numbers read the same), never run.

>>> call = family_call("console.log(bernoulliEntropy(p));", {"p": "0.4"}, "")
>>> call.mention, call.unit
('Bern(0.4)', None)
>>> family_call("binom.entropy(n, 0.5)", {"n": "10"}, "").sentence("2.1", approximate=True)
'the entropy of Bin(10, 0.5) is about 2.1 nats'
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kldocs.checker.code_calls import ast_expression, dotted
from kldocs.checker.lazy_patterns import lazy

#: A family word in a function's name -> how the family is written, and how many parameters it takes.
_FAMILIES = {
    "bernoulli": ("Bern", 1),
    "binomial": ("Bin", 2),
    "binom": ("Bin", 2),
    "poisson": ("Poisson", 1),
    "geometric": ("Geom", 1),
    "geom": ("Geom", 1),
}
#: SciPy's distribution objects, whose ``entropy`` is in nats.
_SCIPY = frozenset({"binom", "bernoulli", "poisson", "geom"})
#: Calls that show or round the value of the call inside them.
WRAPPERS = frozenset({"print", "console.log", "round", "float", "np.round", "Number"})
_UNITS = {"e": "nats", "2": "bits", "10": "bans"}
_CONSTANT = lazy(
    r"(?:^|,)\s*(?:(?:const|let|var)\s+)?(?P<name>[A-Za-z_]\w{0,20})\s*=\s*(?P<value>[0-9]+(?:\.[0-9]+)?)\s*(?=,|;|$)"
)
_LOG_CALL = lazy(r"\b(?:Math\.|np\.|numpy\.|math\.)?(?P<function>log2|log10|log|ln)\s*\(")


@dataclass(frozen=True)
class FamilyCall:
    """The entropy of one family member (``mention`` as family claims write it), in a unit or either."""

    mention: str
    unit: str | None

    def sentence(self, written: str, *, approximate: bool = False, unit: str | None = None) -> str:
        """The claim "the call gives ``written``" as a sentence family claims read."""
        shown = unit or self.unit
        about = "about " if approximate else ""
        return f"the entropy of {self.mention} is {about}{written}" + (f" {shown}" if shown else "")


def constants(line: str) -> Iterator[tuple[str, str]]:
    """Names a line of code sets to plain numbers: ``const n = 10, p = 0.4;`` gives n and p.

    >>> dict(constants("let n = 10, p = 0.4;"))
    {'n': '10', 'p': '0.4'}
    """
    code = line.split("//")[0].split("#")[0].strip().rstrip(";")
    pieces = list(_CONSTANT.finditer(code))
    if pieces and "".join(piece.group() for piece in pieces).strip() == code.strip():
        for piece in pieces:
            yield piece.group("name"), piece.group("value")


def family_call(code: str, numbers: dict[str, str], document_code: str) -> FamilyCall | None:
    """The family entropy a line of code computes, if it computes one with numbers it knows."""
    expression = ast_expression(re.sub(r"^\s*(?:const|let|var)\s+", "", code).rstrip().rstrip(";"))
    while isinstance(expression, ast.Call) and dotted(expression.func) in WRAPPERS and expression.args:
        expression = expression.args[0]
    if not isinstance(expression, ast.Call):
        return None
    normal = _normal_call(expression, numbers)
    if normal is not None or expression.keywords:
        return normal
    name = dotted(expression.func)
    words = re.sub(r"[^a-z]", "", name.lower())
    if "entropy" not in words or "cross" in words:
        return None
    found = [key for key in _FAMILIES if key in words.replace("entropy", "")]
    if not found:
        return None
    family, count = _FAMILIES[max(found, key=len)]
    arguments = [_number(argument, numbers) for argument in expression.args]
    if len(arguments) != count or any(argument is None for argument in arguments):
        return None
    receiver = name.rpartition(".")[0].rpartition(".")[2]
    base = "e" if receiver in _SCIPY else _defined_base(name.rpartition(".")[2], document_code)
    return FamilyCall(f"{family}({', '.join(str(argument) for argument in arguments)})", _UNITS.get(base or ""))


def _normal_call(call: ast.Call, numbers: dict[str, str]) -> FamilyCall | None:
    """The entropy of a frozen normal, which libraries define by a mean and a standard deviation, in nats:
    SciPy's ``norm(loc, scale).entropy()`` and PyTorch's ``Normal(loc, scale).entropy()`` (a function of the
    normal's entropy called with numbers is :mod:`~kldocs.checker.normal_calls`' to read)."""
    function = call.func
    if isinstance(function, ast.Attribute) and function.attr == "entropy" and isinstance(function.value, ast.Call):
        inner = function.value
        if call.args or call.keywords or dotted(inner.func).rpartition(".")[2] not in ("norm", "Normal"):
            return None
        return _normal(inner, numbers)
    return None


def _normal(call: ast.Call, numbers: dict[str, str]) -> FamilyCall | None:
    """``N(mean, sd^2)`` from a library call's location and scale (positional, or ``loc=`` and ``scale=``)."""
    given: list[str | None] = [_number(argument, numbers) for argument in call.args]
    if len(given) > 2 or any(keyword.arg not in ("loc", "scale") for keyword in call.keywords):
        return None
    values = dict(zip(("loc", "scale"), given, strict=False))
    values |= {str(keyword.arg): _number(keyword.value, numbers) for keyword in call.keywords}
    mean, scale = values.get("loc", "0"), values.get("scale", "1")
    if mean is None or scale is None or float(scale) <= 0:
        return None
    return FamilyCall(f"N({mean}, {scale}^2)", "nats")


def _number(argument: ast.expr, numbers: dict[str, str]) -> str | None:
    if isinstance(argument, ast.Constant) and isinstance(argument.value, int | float):
        return repr(argument.value)
    if isinstance(argument, ast.UnaryOp) and isinstance(argument.op, ast.USub):
        inner = _number(argument.operand, numbers)
        return None if inner is None or inner.startswith("-") else f"-{inner}"
    if isinstance(argument, ast.Name):
        return numbers.get(argument.id)
    return None


def _defined_base(function: str, code: str) -> str | None:
    """The base of the logarithms in the body of the document's own ``function``/``def`` of that name."""
    start = re.search(rf"(?:\bfunction\s+|\bdef\s+|\b(?:const|let|var)\s+){re.escape(function)}\b", code)
    if start is None:
        return None
    following = re.search(r"\n(?=\S)(?!\})", code[start.end() :])
    body = code[start.end() : start.end() + following.start() if following else len(code)]
    logs = {{"log2": "2", "log10": "10"}.get(match.group("function"), "e") for match in _LOG_CALL.finditer(body)}
    return logs.pop() if len(logs) == 1 else None
