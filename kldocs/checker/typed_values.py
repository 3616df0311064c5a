r"""A number shown in its type by an array library, and the precision it was computed with.

Notebooks print a value in the type that holds it: NumPy 2's ``np.float64(0.51)``, PyTorch's ``tensor(0.6931)`` (or
``tensor(0.6931, dtype=torch.float64)``, ``tensor(0.6931, grad_fn=<SumBackward0>)``), TensorFlow's
``tf.Tensor(0.6931472, shape=(), dtype=float32)`` or ``<tf.Tensor: shape=(), dtype=float32, numpy=0.6931472>``,
JAX's ``Array(0.6931472, dtype=float32)``, an array of one value ``[0.6931472]`` (or ``tensor([1.4189])``), and
MXNet's ``[0.6931472]`` over a line ``<NDArray 1 @cpu(0)>``. :data:`WRAPPED` finds the number inside.

Most of these libraries compute in single precision (float32) unless told otherwise: the digits printed past
the sixth are rounding noise, a few units of the seventh significant digit off the exact value. Such a value is
judged to five significant digits (:func:`single_precision`), cut off or rounded, so that noise never makes it
false, and a value wrong in its first five digits still is.

>>> [WRAPPED.fullmatch(line)["inner"] for line in ("tensor(0.6931)", "tf.Tensor(0.6931472, shape=(), dtype=float32)")]
['0.6931', '0.6931472']
>>> single_precision("0.69314724")
'0.69314...'
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal

from kldocs.checker.lazy_patterns import lazy

_FLOAT_TYPE = r"(?:torch\.|tf\.|np\.|jnp\.)?(?:float|bfloat)(?:64|32|16)"
_KEYWORDS = rf"(?:,\s*(?:dtype={_FLOAT_TYPE}|shape=\(\)|grad_fn=<\w{{1,40}}>|device='?[\w:]{{1,20}}'?|weak_type=True))*"
#: A value shown in its type (see above), the number as ``inner``.
WRAPPED = lazy(
    rf"\s*(?:(?:np\.float(?:64|32)|tensor|tf\.Tensor|Array|array)\((?P<bracket>\[)?(?P<inner>[^(),\[\]]*)"
    rf"(?(bracket)\]){_KEYWORDS}\)"
    rf"|<tf\.Tensor:\s*shape=\(\),\s*dtype={_FLOAT_TYPE},\s*numpy=(?P<numpy>[^<>,\s]*)>"
    r"|\[\s*(?P<single>[^\[\](),\s]*)\s*\])\s*"
)
#: The significant digits a single-precision value is judged to.
SINGLE_DIGITS = 5
#: How far from the exact value a single-precision result may be, as a share of it (some 16 units of its last bit).
SINGLE_SLACK = Decimal("2e-6")

#: MXNet's line under an array it shows: ``<NDArray 1 @cpu(0)>``.
NDARRAY_TAG = lazy(r"\s*<NDArray\s[0-9x ]{1,20}@\w{1,10}\([0-9]{1,3}\)>\s*")
#: What says a value is in double precision: NumPy's float64, a tensor made float64.
_DOUBLE = lazy(r"float64|\bnp\.float64\(|\barray\(")


def wrapped_number(match: re.Match[str]) -> tuple[str, int]:
    """The number inside a :data:`WRAPPED` match, and where it starts in the line."""
    group = next(name for name in ("inner", "numpy", "single") if match.group(name) is not None)
    return match.group(group), match.start(group)


def as_computed(number: str, line: str, wrapped: bool) -> str:
    """The printed number as it is judged: to :data:`SINGLE_DIGITS` digits (:func:`single_precision`) when it may be
    in single precision, else as printed. It may be when it is shown in a library's type that does not say float64
    (``wrapped``), or alone with 7 to 9 significant digits, as single-precision floats are printed (the
    shortest digits that give the float back; a double has up to 17).

    >>> as_computed("0.6931472", "0.6931472", False), as_computed("0.6931471805599453", "0.69...", False)
    ('0.69314...', '0.6931471805599453')
    """
    if wrapped:
        return number if _DOUBLE.search(line) else single_precision(number)
    return single_precision(number) if "." in number and _significant(number) <= _SINGLE_PRINTED else number


#: The most significant digits a single-precision float is printed with.
_SINGLE_PRINTED = 9


def _significant(number: str) -> int:
    """The significant digits of a decimal as written (0 when it is no plain decimal)."""
    try:
        value = Decimal(number)
    except ArithmeticError:
        return 0
    if not value.is_finite() or value == 0:
        return 0
    return len(str(int("".join(map(str, value.as_tuple().digits)))))


def single_precision(number: str) -> str:
    """The number to :data:`SINGLE_DIGITS` significant digits, with dots: its digits cut off there, or the next digits
    up when it lies within :data:`SINGLE_SLACK` below them, so that every value within that slack of it is one its
    digits stand for; a number of fewer digits as it is.

    >>> single_precision("1.6854753"), single_precision("0.34999992"), single_precision("0.3465")
    ('1.6854...', '0.35000...', '0.3465')
    """
    if _significant(number) <= SINGLE_DIGITS + 1:
        return number
    value = Decimal(number)
    unit = Decimal(1).scaleb(value.copy_abs().adjusted() - SINGLE_DIGITS + 1)
    shifted = value.copy_abs() * (1 + SINGLE_SLACK)
    cut = (shifted / unit).to_integral_value(rounding=ROUND_FLOOR) * unit
    shown = f"{cut:f}"
    return ("-" if value < 0 else "") + shown + "..."
