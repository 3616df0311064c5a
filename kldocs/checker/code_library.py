r"""What the functions of Python's, NumPy's, SciPy's, pandas' and the distribution libraries' compute, on the values
:mod:`~kldocs.checker.code_run` follows: numbers worked out as formulas (:class:`~.code_arithmetic.Worked`), lists and
arrays of them, tables, dicts and distribution objects (:mod:`~kldocs.checker.code_values`).

A measure a library computes becomes the formula it is (:mod:`~kldocs.checker.library_measures`), so that
arithmetic on measures (an information gain, ``e_s - (8/14)*entropy([6/8, 2/8], base=2)``) is one formula.
A call not listed here, or with arguments not as the library takes them, gives no value (None).

>>> from kldocs.checker.code_arithmetic import number
>>> weights = Items(tuple(number(x) for x in (0.25, 0.75)), array=False)
>>> h = library_call("scipy.stats.entropy", [weights], {"base": number(2)})
>>> round(h.value, 6), h.text.startswith("-(")
(0.811278, True)
"""

from __future__ import annotations

import ast
import collections
from collections.abc import Mapping, Sequence

from kldocs.checker.code_arithmetic import Worked, as_numpy, combined, logarithm, negated, number, rounded
from kldocs.checker.code_values import (
    MAX_ITEMS,
    Categories,
    Coin,
    Items,
    Keyed,
    Labels,
    Library,
    Table,
    Value,
    array_of,
    summed,
)
from kldocs.checker.library_measures import (
    distribution_object,
    mutual_information,
    object_divergence,
    object_entropy,
    scipy_call,
)

_ARRAYS = frozenset({"numpy.array", "numpy.asarray", "torch.tensor", "torch.Tensor", "pandas.Series"})
_LOGS = {"log": "e", "log2": "2", "log10": "10"}
_BERNOULLI = frozenset(
    {"torch.distributions.Bernoulli", "torch.distributions.bernoulli.Bernoulli", "tensorflow_probability.Bernoulli"}
)
_CATEGORICAL = frozenset(
    {
        "torch.distributions.Categorical",
        "torch.distributions.categorical.Categorical",
        "tensorflow_probability.Categorical",
    }
)
_KL = frozenset({"torch.distributions.kl_divergence", "torch.distributions.kl.kl_divergence"})
_MUTUAL = frozenset({"sklearn.metrics.mutual_info_score", "sklearn.metrics.cluster.mutual_info_score"})
_SUMS = frozenset({"sum", "numpy.sum", "numpy.nansum", "math.fsum", "torch.sum"})
_PRODUCTS = frozenset({"numpy.dot", "numpy.inner", "numpy.vdot", "torch.dot"})
_ELEMENTWISE: dict[str, ast.operator] = {
    "numpy.multiply": ast.Mult(),
    "numpy.divide": ast.Div(),
    "numpy.add": ast.Add(),
    "numpy.subtract": ast.Sub(),
}


def library_call(name: str, arguments: Sequence[Value], keywords: Mapping[str, Value]) -> Value | None:
    """What the library function ``name`` (its full dotted name) returns for these values, or None."""
    module, _, function = name.rpartition(".")
    if module in ("math", "numpy") and function in _LOGS:
        return _logarithms(arguments, keywords, function, numpy=module == "numpy")
    if name in ("float", "numpy.float64", "numpy.float32") and len(arguments) == 1 and not keywords:
        value = arguments[0]
        return value if isinstance(value, Worked) else None
    if name in ("round", "numpy.round", "numpy.around"):
        return _rounded(arguments, keywords)
    if name in _SUMS and len(arguments) == 1 and not keywords:
        return summed(arguments[0], numpy=name != "sum")
    if name in _PRODUCTS and len(arguments) == 2 and not keywords:  # np.dot(p, np.log2(p))
        return _dot(arguments[0], arguments[1])
    if name in _ELEMENTWISE and len(arguments) == 2 and not keywords:  # np.multiply(p, np.log(p / q))
        return elementwise(_ELEMENTWISE[name], arguments[0], arguments[1])
    if name in ("list", "tuple", *_ARRAYS) and len(arguments) == 1 and set(keywords) <= {"dtype"}:
        return _as_items(arguments[0], array=name in _ARRAYS)
    if name == "len" and len(arguments) == 1 and isinstance(arguments[0], Items | Keyed | Labels) and not keywords:
        given = arguments[0]
        return number(
            len(given.items if isinstance(given, Items) else given.keys if isinstance(given, Keyed) else given.labels)
        )
    if name == "collections.Counter" and len(arguments) == 1 and isinstance(arguments[0], Labels) and not keywords:
        return _counted(arguments[0])
    if name == "pandas.DataFrame":
        return _table(arguments, keywords)
    if name.startswith("scipy."):
        return scipy_call(function, arguments, keywords)
    if name in _BERNOULLI or name in _CATEGORICAL:
        return distribution_object(name, arguments, keywords)
    if name in _KL and len(arguments) == 2 and not keywords:
        return object_divergence(arguments[0], arguments[1])
    if name in _MUTUAL and len(arguments) == 2 and not keywords:
        return mutual_information(arguments[0], arguments[1])
    return None


def _counted(labels: Labels) -> Keyed | None:
    """``Counter(text)`` of a string's characters or a list of labels: each label's count, in the order they first
    come (as a ``Counter`` keeps them).

    >>> counted = _counted(Labels(tuple("abca"), text=True))
    >>> counted.keys, [each.value for each in counted.values]
    (('a', 'b', 'c'), [2.0, 1.0, 1.0])
    """
    counts = collections.Counter(labels.labels)
    values = [number(count) for count in counts.values()]
    known = [each for each in values if each is not None]
    return Keyed(tuple(counts), tuple(known)) if len(known) == len(values) else None


def method_call(value: Value, method: str, arguments: Sequence[Value], keywords: Mapping[str, Value]) -> Value | None:
    """What ``value.method(...)`` returns: an array's ``sum()`` and ``round(n)``, a dict's ``values()``, a tensor's
    ``item()``, a distribution object's ``entropy()`` and ``kl_divergence(other)``."""
    if isinstance(value, Items) and method == "sum" and not arguments and not keywords and value.array:
        return summed(value, numpy=True)
    if isinstance(value, Worked) and method in ("item", "numpy") and not arguments and not keywords:
        return value
    if isinstance(value, Items) and value.array and method in ("log", "log2", "log10") and not arguments:
        return _logarithms([value], keywords, method, numpy=True)  # a tensor's own logarithm
    if isinstance(value, Worked | Items) and method == "round":
        return _rounded([value, *arguments], keywords)
    if isinstance(value, Keyed) and method == "values" and not arguments and not keywords:
        numbers = tuple(v for v in value.values if isinstance(v, Worked))
        return _as_items(Items(numbers, False), array=False) if len(numbers) == len(value.values) else None
    if isinstance(value, Coin | Categories) and method == "entropy" and not arguments and not keywords:
        return object_entropy(value)
    if isinstance(value, Coin | Categories) and method == "kl_divergence" and len(arguments) == 1 and not keywords:
        return object_divergence(value, arguments[0])
    return None


def attribute(value: Value, name: str) -> Value | None:
    """``value.name``: a module's member, a DataFrame's ``iloc`` (the table itself) or ``values``."""
    if isinstance(value, Library):
        return Library(f"{value.name}.{name}")
    if isinstance(value, Table) and name == "iloc" and not value.located:
        return Table(value.columns, value.rows, located=True)
    return None


def item(value: Value, key: Value | tuple[Worked, ...] | str) -> Value | None:
    """``value[key]``: an item of a list by a whole number (from the end when negative), a dict's value by its key,
    a DataFrame's row by ``iloc[r]``, its cell by ``iloc[r, c]``, its column by name."""
    if isinstance(value, Table):
        return _table_item(value, key)
    if isinstance(value, Items) and isinstance(key, Worked):
        index = _whole(key)
        return value.items[index] if index is not None and -len(value.items) <= index < len(value.items) else None
    if isinstance(value, Keyed) and isinstance(key, str) and key in value.keys:
        return value.values[value.keys.index(key)]
    return None


def elementwise(operator: ast.operator, left: Value, right: Value) -> Value | None:
    """``left`` and ``right`` combined by ``+ - * /``: numbers, arrays item by item (a number with each item), lists
    joined (``+``) or repeated (``* 3``)."""
    if isinstance(left, Worked) and isinstance(right, Worked):
        return combined(operator, left, right)
    if isinstance(operator, ast.MatMult):
        arrays = isinstance(left, Items) and isinstance(right, Items) and (left.array or right.array)
        return _dot(left, right) if arrays else None
    if isinstance(left, Items) and isinstance(right, Items):
        if not left.array and not right.array:
            joined = left.items + right.items
            return Items(joined, False) if isinstance(operator, ast.Add) and len(joined) <= MAX_ITEMS else None
        if len(left.items) != len(right.items):
            return None
        return array_of([combined(operator, a, b) for a, b in zip(left.items, right.items, strict=True)])
    if isinstance(left, Items) != isinstance(right, Items) and isinstance(left, Items | Worked):
        return _with_number(operator, left, right)
    return None


def _with_number(operator: ast.operator, left: Value, right: Value) -> Value | None:
    """A list or array combined with a number: an array's items each with it, a list repeated by a whole number, or
    (as NumPy does) a list's items each with a number NumPy made."""
    items, scalar = (left, right) if isinstance(left, Items) else (right, left)
    if not isinstance(items, Items) or not isinstance(scalar, Worked):
        return None
    if not items.array and not scalar.numpy:
        times = _whole(scalar) if isinstance(operator, ast.Mult) and "." not in scalar.text else None
        fits = times is not None and times >= 0 and len(items.items) * times <= MAX_ITEMS
        return Items(items.items * times, False) if fits and times is not None else None
    pairs = [(each, scalar) if items is left else (scalar, each) for each in items.items]
    return array_of([combined(operator, a, b) for a, b in pairs])


def unary_minus(value: Value) -> Value | None:
    """``-value``, of a number or an array."""
    if isinstance(value, Worked):
        return None if value.rounded else negated(value)
    if isinstance(value, Items) and value.array:
        return array_of([None if each.rounded else negated(each) for each in value.items])
    return None


def _dot(left: Value, right: Value) -> Worked | None:
    """The sum of the products of two lists' items, item by item (``np.dot``, ``@``)."""
    products = elementwise(ast.Mult(), left, right) if isinstance(left, Items) and isinstance(right, Items) else None
    return summed(products, numpy=True) if isinstance(products, Items) else None


def _whole(value: Worked) -> int | None:
    """A whole number, as an index or a count."""
    return int(value.value) if value.value.is_integer() and not value.logs and abs(value.value) < 1e9 else None


def _as_items(value: Value, *, array: bool) -> Items | None:
    if isinstance(value, Items) and len(value.items) <= MAX_ITEMS:
        return Items(tuple(as_numpy(each) for each in value.items) if array else value.items, array)
    return None  # a single number (np.array(0.3), torch.tensor(0.3)) or a longer list is no list read here


def _given_base(given: Value) -> str:
    """The base given to ``math.log(x, base)``: ``"e"`` for ``math.e``, a whole number's digits, else ``""``."""
    if isinstance(given, Library):
        return "e" if given.name in ("math.e", "numpy.e") else ""
    whole = isinstance(given, Worked) and not given.logs and _whole(given) is not None
    return given.text if whole and isinstance(given, Worked) and given.text.isdigit() else ""


def _logarithms(
    arguments: Sequence[Value], keywords: Mapping[str, Value], function: str, *, numpy: bool
) -> Value | None:
    """``math.log(x)``, ``math.log(x, 2)``, ``np.log2(array)``."""
    base = _LOGS[function]
    if keywords or not 1 <= len(arguments) <= 2 or (len(arguments) == 2 and (numpy or function != "log")):
        return None
    if len(arguments) == 2:
        base = _given_base(arguments[1])
    value = arguments[0]
    if isinstance(value, Worked):
        return logarithm(value, base, numpy=numpy)
    if isinstance(value, Items) and numpy:
        return array_of([logarithm(each, base) for each in value.items])
    return None


def _rounded(arguments: Sequence[Value], keywords: Mapping[str, Value]) -> Value | None:
    """``round(x, 3)``, ``np.round(x, decimals=3)``: a number shown as it is, never computed with again."""
    if not arguments or set(keywords) - {"decimals", "ndigits"} or len(arguments) + len(keywords) > 2:
        return None
    value = arguments[0]
    return rounded(value) if isinstance(value, Worked) else None


def _table(arguments: Sequence[Value], keywords: Mapping[str, Value]) -> Table | None:
    """``pd.DataFrame({'Head': 0.9, 'Tail': 0.1}, index=[0])`` (one row) or ``pd.DataFrame({'p': [...], ...})``."""
    if len(arguments) != 1 or not isinstance(arguments[0], Keyed) or set(keywords) - {"index"}:
        return None
    given = arguments[0]
    if all(isinstance(value, Worked) for value in given.values):
        index = keywords.get("index")
        one_row = isinstance(index, Items) and len(index.items) == 1
        return Table(given.keys, (tuple(v for v in given.values if isinstance(v, Worked)),)) if one_row else None
    columns = [value.items for value in given.values if isinstance(value, Items)]
    if len(columns) != len(given.values) or len({len(column) for column in columns}) != 1 or "index" in keywords:
        return None
    return Table(given.keys, tuple(zip(*columns, strict=True)))


def _table_item(table: Table, key: Value | tuple[Worked, ...] | str) -> Value | None:
    """``iloc[r]`` (a row), ``iloc[r, c]`` (a cell) or ``df['name']`` (a column, by its name)."""
    if isinstance(key, str):
        found = key in table.columns and not table.located
        return Items(tuple(row[table.columns.index(key)] for row in table.rows), True) if found else None
    if not table.located:
        return None
    indices = [
        _whole(each) if isinstance(each, Worked) else None for each in (key if isinstance(key, tuple) else (key,))
    ]
    if None in indices or not 1 <= len(indices) <= 2:
        return None
    row_index = indices[0]
    if row_index is None or not 0 <= row_index < len(table.rows):
        return None
    row = table.rows[row_index]
    if len(indices) == 1:
        return Items(row, True)
    column_index = indices[1]
    return row[column_index] if column_index is not None and 0 <= column_index < len(row) else None
