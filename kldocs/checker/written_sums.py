r"""Measures written out as sums in code: ``np.sum(p * np.log(p / q))``, ``(p * np.log2(p)).sum()``,
``sum(pi * math.log(pi / qi) for pi, qi in zip(p, q))``, ``sum(p[i] * np.log(p[i] / q[i]) for i in range(len(p)))``,
``np.sum(np.where(p > 0, p * np.log(p / q), 0))``.

Code is parsed with :mod:`ast`, never run. A sum over a loop is read as the
sum of the lists it walks through (``pi`` and ``p[i]`` stand for ``p``); a
mask may leave out only the terms whose weight is 0, which are 0.

>>> from kldocs.checker.code_calls import ast_expression
>>> written_sum(ast_expression("-sum(x * math.log(x, 2) for x in p if x > 0)"))
MeasureCall(measure='entropy', names=('p',), base='2', function='sum')
>>> written_sum(ast_expression("(q * np.log(q / p)).sum()")).text()
'D_KL(q||p)'
>>> written_sum(ast_expression("-(p * q.log()).sum()")).text()
'H(p, q)'
"""

from __future__ import annotations

import ast
import copy

from kldocs.checker.code_terms import MeasureCall, dotted, is_log, log_base

_SUMS = frozenset({"sum", "np.sum", "numpy.sum", "torch.sum", "jnp.sum"})


def written_sum(node: ast.expr) -> MeasureCall | None:
    """The measure a sum written out computes, in any of the forms above; else None."""
    return inline_sum(_summed(node))


def inline_sum(node: ast.expr) -> MeasureCall | None:
    """A measure written out: ``np.sum(p * np.log(p / q))``, ``-np.sum(p * np.log2(p))``, ``-np.sum(p * np.log(q))``.

    >>> from kldocs.checker.code_calls import ast_expression
    >>> inline_sum(ast_expression("-np.sum(p * np.log2(p))"))
    MeasureCall(measure='entropy', names=('p',), base='2', function='sum')
    """
    negated = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
    total = node.operand if isinstance(node, ast.UnaryOp) else node
    if not isinstance(total, ast.Call) or dotted(total.func) not in _SUMS or len(total.args) != 1 or total.keywords:
        return None
    product = total.args[0]
    if not isinstance(product, ast.BinOp) or not isinstance(product.op, ast.Mult):
        return None
    for weight, log in ((product.left, product.right), (product.right, product.left)):
        if not isinstance(weight, ast.Name) or not isinstance(log, ast.Call) or log.keywords:
            continue
        base, argument = _logarithm(log)
        if isinstance(argument, ast.Name) and negated:
            names = (weight.id,) if argument.id == weight.id else (weight.id, argument.id)
            return MeasureCall("entropy" if len(names) == 1 else "cross_entropy", names, base, "sum")
        if isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Div):
            top, bottom = argument.left, argument.right
            names = (top.id, bottom.id) if isinstance(top, ast.Name) and isinstance(bottom, ast.Name) else ("", "")
            if names[0] != names[1] and ((names[0] == weight.id) != negated) and weight.id in names:
                return MeasureCall("kl", (weight.id, names[1] if names[0] == weight.id else names[0]), base, "sum")
    return None


#: A tensor's own logarithms (``q.log()``, ``(p / q).log2()``), by their base.
_METHODS = {"log": "e", "log2": "2", "log10": "10"}


def _logarithm(call: ast.Call) -> tuple[str | None, ast.expr | None]:
    """The base and the argument of a log: ``np.log2(x)``, or a tensor's method ``x.log2()``; Nones for another call.

    >>> from kldocs.checker.code_calls import ast_expression
    >>> [(base, ast.unparse(x)) for base, x in (_logarithm(ast_expression(t)) for t in ("np.log2(p)", "(p / q).log()"))]
    [('2', 'p'), ('e', 'p / q')]
    """
    if call.args:
        return (log_base(call), call.args[0]) if is_log(call) else (None, None)
    method = call.func.attr if isinstance(call.func, ast.Attribute) else ""
    return (
        (_METHODS[method], call.func.value)
        if method in _METHODS and isinstance(call.func, ast.Attribute)
        else (None, None)
    )


def _summed(node: ast.expr) -> ast.expr:
    """A sum written another way, as ``np.sum(w * log(...))`` (negated as it was); else the node as it is."""
    negated = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
    total = node.operand if isinstance(node, ast.UnaryOp) and negated else node
    terms: ast.expr | None = None
    if isinstance(total, ast.Call) and dotted(total.func) in _SUMS and len(total.args) == 1 and not total.keywords:
        terms = total.args[0]
    elif isinstance(total, ast.Call) and isinstance(total.func, ast.Attribute) and total.func.attr == "sum":
        terms = total.func.value if not total.args and not total.keywords else None  # (p * np.log(p / q)).sum()
    if isinstance(terms, ast.GeneratorExp | ast.ListComp):
        terms = _comprehension(terms)
    terms = _unmasked(terms) if terms is not None else None
    if terms is None:
        return node
    call = ast.Call(ast.Name("np.sum", ast.Load()), [terms], [])
    return ast.UnaryOp(ast.USub(), call) if negated else call


def _unmasked(node: ast.expr) -> ast.expr | None:
    """``np.where(p != 0, p * np.log(p / q), 0)`` as ``p * np.log(p / q)``: the terms where the weight is 0 are 0."""
    if not (isinstance(node, ast.Call) and dotted(node.func) in ("np.where", "numpy.where") and len(node.args) == 3):
        return node
    condition, terms, otherwise = node.args
    if not (isinstance(otherwise, ast.Constant) and otherwise.value == 0 and _weight_positive(condition, terms)):
        return None
    return terms


def _weight_positive(condition: ast.expr, terms: ast.expr) -> bool:
    """True for ``w > 0`` or ``w != 0`` where ``w`` is a factor of the terms (``w * log(...)``)."""
    if not (isinstance(condition, ast.Compare) and len(condition.ops) == 1 and isinstance(condition.left, ast.Name)):
        return False
    zero = condition.comparators[0]
    if not (isinstance(condition.ops[0], ast.Gt | ast.NotEq) and isinstance(zero, ast.Constant) and zero.value == 0):
        return False
    factors = (terms.left, terms.right) if isinstance(terms, ast.BinOp) and isinstance(terms.op, ast.Mult) else ()
    return any(isinstance(factor, ast.Name) and factor.id == condition.left.id for factor in factors)


def _comprehension(node: ast.GeneratorExp | ast.ListComp) -> ast.expr | None:
    """The terms of ``sum(pi * log(pi / qi) for pi, qi in zip(p, q))`` or ``... for i in range(len(p))``,
    written with the lists' names (``p * log(p / q)``); None for any other loop."""
    if len(node.generators) != 1 or node.generators[0].is_async:
        return None
    loop = node.generators[0]
    renamed: dict[str, str] = {}
    index = None
    if isinstance(loop.iter, ast.Call) and dotted(loop.iter.func) == "zip" and not loop.iter.keywords:
        items = loop.target.elts if isinstance(loop.target, ast.Tuple) else []
        pairs = list(zip(items, loop.iter.args, strict=False))
        if len(items) != len(loop.iter.args) or not all(
            isinstance(item, ast.Name) and isinstance(listed, ast.Name) for item, listed in pairs
        ):
            return None
        renamed = {
            item.id: listed.id for item, listed in pairs if isinstance(item, ast.Name) and isinstance(listed, ast.Name)
        }
    elif _range_of_length(loop.iter) and isinstance(loop.target, ast.Name):
        index = loop.target.id
    elif isinstance(loop.iter, ast.Name) and isinstance(loop.target, ast.Name) and _keys_of_other(node, loop):
        index = loop.target.id  # p[x] for x in xs: the outcomes xs lists, each a key of p
    elif isinstance(loop.iter, ast.Name) and isinstance(loop.target, ast.Name):
        renamed = {loop.target.id: loop.iter.id}  # for x in p: one list
    else:
        return None
    terms = _Renamed(renamed, index).visit(copy.deepcopy(node.elt))  # the tree is shared: it is not changed
    for condition in loop.ifs:
        if not _weight_positive(_Renamed(renamed, index).visit(copy.deepcopy(condition)), terms):
            return None
    loose = set(renamed) | ({index} if index else set())  # the loop's own names, which must all be gone
    if any(isinstance(name, ast.Name) and name.id in loose for name in ast.walk(terms)):
        return None
    return terms


def _keys_of_other(node: ast.GeneratorExp | ast.ListComp, loop: ast.comprehension) -> bool:
    """Whether a loop's item is used only as the key of other lists (``p[x] * log2(p[x]) for x in xs``): the loop
    walks the outcomes, listed apart (as a function of ``xs`` and ``p`` takes them), not the probabilities.

    >>> from kldocs.checker.code_calls import ast_expression
    >>> loops = [ast_expression(f"[{loop}]") for loop in ("p[x] * f(p[x]) for x in xs", "p[x] for x in p")]
    >>> [_keys_of_other(loop, loop.generators[0]) for loop in loops]
    [True, False]
    """
    assert isinstance(loop.target, ast.Name) and isinstance(loop.iter, ast.Name)
    item, listed = loop.target.id, loop.iter.id
    keyed = [
        sub
        for sub in ast.walk(node.elt)
        if isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Name) and sub.slice.id == item
    ]
    bare = sum(isinstance(sub, ast.Name) and sub.id == item for sub in ast.walk(node.elt))
    named = [sub.value.id for sub in keyed if isinstance(sub.value, ast.Name)]
    return bool(keyed) and bare == len(keyed) == len(named) and listed not in named


def _range_of_length(node: ast.expr) -> bool:
    """``range(len(p))``."""
    if not (isinstance(node, ast.Call) and dotted(node.func) == "range" and len(node.args) == 1):
        return False
    inner = node.args[0]
    return isinstance(inner, ast.Call) and dotted(inner.func) == "len" and len(inner.args) == 1


class _Renamed(ast.NodeTransformer):
    """An expression with a loop's items as the lists they come from: ``pi`` and ``p[i]`` as ``p``."""

    def __init__(self, renamed: dict[str, str], index: str | None) -> None:
        self.renamed, self.index = renamed, index

    def visit_Name(self, node: ast.Name) -> ast.expr:
        return ast.Name(self.renamed.get(node.id, node.id), node.ctx)

    def visit_Subscript(self, node: ast.Subscript) -> ast.expr:
        listed, place = node.value, node.slice
        if self.index and isinstance(listed, ast.Name) and isinstance(place, ast.Name) and place.id == self.index:
            return ast.Name(listed.id, ast.Load())
        return self.generic_visit(node)  # type: ignore[return-value]
