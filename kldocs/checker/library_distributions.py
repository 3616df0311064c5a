r"""Distributions made as objects of a library, and the measures their methods compute.

PyTorch (``torch.distributions``), TensorFlow Probability (``tfd``) and Paddle (``paddle.distribution``) make a
distribution an object: ``a = Normal(loc=0., scale=1.)`` (a mean and a standard deviation, as numbers, one-item
lists ``Normal([0.], [1.])`` or tensors of them), ``c = Categorical(probs=torch.tensor([0.2, 0.8]))``. Its
``entropy()`` is its entropy in nats, ``a.kl_divergence(b)`` and ``kl_divergence(a, b)`` the KL divergence of
``b`` from ``a`` in nats. A name counts when the block gives it such an object once (and nothing else); a
``Categorical`` by its logits, a batch of several distributions, and a ``kl_divergence`` the document defines
itself are not read. Code is parsed with :mod:`ast`, never run.

>>> tree = ast.parse("a = Normal([0.], [1.])\nb = Normal(loc=0.5, scale=2.)")
>>> objects = made_objects(tree)
>>> object_measure(ast.parse("a.kl_divergence(b)", mode="eval").body, objects).sentence("0.3493972")
'the KL divergence of N(0, 1) from N(0.5, 4) is 0.3493972 nats'
>>> object_measure(ast.parse("Categorical(probs=[0.5, 0.5]).entropy()", mode="eval").body, {}).text()
'H(=0.5, 0.5)'
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from kldocs.checker.code_calls import FOREIGN, unwrapped
from kldocs.checker.code_literals import ARRAYS, LITERAL, literal_numbers
from kldocs.checker.code_numbers import stored_names
from kldocs.checker.code_terms import MeasureCall, dotted
from kldocs.checker.normal_calls import NormalCall, arithmetic_number

#: The libraries' modules of distributions, as code names them (``kl_divergence`` after one of them, or alone).
_MODULES = frozenset(
    {
        "",
        "torch.distributions",
        "torch.distributions.kl",
        "distributions",
        "dist",
        "td",
        "D",
        "tfd",
        "tfp.distributions",
        "paddle.distribution",
        "paddle.distributions",
    }
)
_KL_CALLS = frozenset((module, "kl_divergence") for module in _MODULES)
#: The "function" of a measure computed by a distribution object's method.
OBJECT = "distribution object"
#: Calls that make a tensor of numbers (PyTorch's, TensorFlow's, NumPy's, Paddle's).
_TENSORS = ARRAYS | {"paddle.to_tensor", "tf.convert_to_tensor"}


@dataclass(frozen=True)
class Made:
    """A distribution object: a normal (``values``: mean and standard deviation) or a categorical one (``values``:
    its probabilities as written)."""

    family: str
    values: tuple[str, ...]


@lru_cache(maxsize=16)
def made_objects(tree: ast.Module) -> dict[str, Made]:
    """The names the block's top-level statements give a distribution object, once and never anything else (each
    print of a block asks: the tree, shared and never changed, is read once)."""
    found = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            made = _made(statement.value)
            if isinstance(target, ast.Name) and made is not None:
                found[target.id] = made
    stored = stored_names(tree) if found else {}  # (the whole tree is walked only for a block that makes one)
    return {name: made for name, made in found.items() if stored.get(name) == 1}


def object_measure(
    node: ast.expr | None, objects: Mapping[str, Made], bases: Mapping[str, str | None] | None = None
) -> NormalCall | MeasureCall | None:
    """The measure a method of distribution objects (or ``kl_divergence`` of two) computes, in nats; else None.

    ``bases``: the measure functions the document defines or imports (see :class:`~.code_calls.Functions`): a
    ``kl_divergence`` of its own, not imported from a library, is not the library's.
    """
    node = unwrapped(node)
    if not isinstance(node, ast.Call) or node.keywords:
        return None
    method = node.func.attr if isinstance(node.func, ast.Attribute) else ""
    owner = node.func.value if isinstance(node.func, ast.Attribute) else None
    if method == "entropy" and not node.args and owner is not None:
        given = [_object(owner, objects)]
    elif method == "kl_divergence" and len(node.args) == 1 and owner is not None and _object(owner, objects):
        given = [_object(owner, objects), _object(node.args[0], objects)]
    elif dotted(node.func).rpartition(".")[::2] in _KL_CALLS and (
        dotted(node.func) != "kl_divergence" or (bases or {}).get("kl_divergence", FOREIGN) == FOREIGN
    ):
        given = [_object(argument, objects) for argument in node.args] if len(node.args) == 2 else []
    else:
        return None
    made = [item for item in given if item is not None]
    if not made or len(made) != len(given) or len({item.family for item in made}) != 1:
        return None
    measure = "entropy" if len(made) == 1 else "kl"
    if made[0].family == "normal":
        values = tuple(Fraction(value) for item in made for value in item.values)
        return NormalCall(measure, values, (True,), certain=True)
    names = tuple(LITERAL + ", ".join(item.values) for item in made)
    return MeasureCall(measure, names, "e", OBJECT)


def _object(node: ast.expr, objects: Mapping[str, Made]) -> Made | None:
    return objects.get(node.id) if isinstance(node, ast.Name) else _made(node)


def _made(node: ast.expr) -> Made | None:
    """The distribution a constructor call makes: ``Normal(0., 1.)``, ``Categorical(probs=[0.2, 0.8])``."""
    if not isinstance(node, ast.Call):
        return None
    family = dotted(node.func).rpartition(".")[2]
    keywords = {keyword.arg: keyword.value for keyword in node.keywords}
    if family == "Normal" and None not in keywords and len(node.args) + len(keywords) == 2:
        given = dict(zip(("loc", "scale"), node.args, strict=False)) | keywords
        values = [_scalar(given[key]) if key in given else None for key in ("loc", "scale")]
        mean, scale = values
        return Made("normal", (str(mean), str(scale))) if mean is not None and scale is not None and scale > 0 else None
    if family == "Categorical" and not node.args and set(keywords) == {"probs"}:
        numbers = literal_numbers(keywords["probs"])
        return Made("categorical", tuple(numbers)) if numbers is not None else None
    return None


def _scalar(node: ast.expr) -> Fraction | None:
    """A number, maybe as a list of one or a tensor of one (``[0.5]``, ``torch.tensor(0.5)``)."""
    for _ in range(3):
        if isinstance(node, ast.Call) and dotted(node.func) in _TENSORS and len(node.args) == 1:
            node = node.args[0]
        elif isinstance(node, ast.List | ast.Tuple) and len(node.elts) == 1:
            node = node.elts[0]
    return arithmetic_number(node)
