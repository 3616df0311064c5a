r"""Values a document computed in single precision, judged to the digits single precision is good for.

Code that computes in float32 (NumPy arrays made ``dtype=np.float32`` or ``.astype('float32')``, PyTorch's
``torch.tensor([...])``, TensorFlow's and JAX's arrays, which are float32 unless told otherwise; NumPy 2's
``np.float32(0.0304592)`` in the output) prints values whose digits past the sixth or seventh are rounding noise:
``0.036452785`` for a KL divergence of 0.0364527977 bits, or ``0.03645278513431549`` when the float32 is turned
into a Python float. In a document with such code (:func:`computes_in_single`), a value written with 7 to 9
significant digits, or with a double's digits that are exactly a float32 (:func:`widened`), is judged to five
significant digits as :func:`~kldocs.checker.typed_values.single_precision` gives them, and one still off only by
what a float32 sum may lose to cancelling terms (:func:`within_noise`) is left unchecked. Nothing else is loosened:
a double's own digits, and values in documents with no single-precision code, are judged as before.

>>> widened("0.036452785"), widened("0.03645278513431549"), widened("0.0364527977660028"), widened("0.0365")
('0.036452...', '0.036452...', None, None)
>>> within_noise("0.036452785", "0.03645279766"), within_noise("0.0364", "0.03645279766")
(True, False)
"""

from __future__ import annotations

import struct
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from kldocs.checker.chains import Statement
from kldocs.checker.documents import SourceText
from kldocs.checker.judging import Verdict
from kldocs.checker.latex_numbers import Number
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.tokens import truncated
from kldocs.checker.typed_values import single_precision

#: Code or output that says float32: the type's name, NumPy's ``'f4'`` and ``np.single``, PyTorch's ``.float()``.
_SINGLE = lazy(r"float32|\bnp\.single\b|dtype\s*=\s*['\"]f4?['\"]|\bFloatTensor\b|\.float\(\)")
#: Libraries whose arrays are float32 unless told otherwise: PyTorch, TensorFlow, JAX, MXNet.
_SINGLE_DEFAULT = lazy(r"\btorch\.|\btf\.|\bjnp\.|\bjax\.|\bmx\.nd\b|<NDArray\s")
#: Code that makes those libraries compute in double precision.
_DOUBLE_DEFAULT = lazy(
    r"set_default_dtype\(\s*torch\.float64|set_default_dtype\(\s*torch\.double|DoubleTensor|jax_enable_x64"
    r"|dtype\s*=\s*(?:torch|tf|jnp)\.float64|\.double\(\)"
)
#: Significant digits of a float32 printed in its shortest form (7 to 9), and of a double's (15 to 17).
_SINGLE_DIGITS = range(7, 10)
_DOUBLE_DIGITS = range(15, 18)
#: How far a value computed in float32 may be from the exact one when its terms cancel: a share of it, or (for a
#: value near 0) an amount in its unit; no slip anyone makes is that small.
_NOISE_SHARE = Decimal("1e-5")
_NOISE_ABSOLUTE = Decimal("1e-6")


def computes_in_single(document: SourceText) -> bool:
    r"""Whether the document's code or output says float32, or uses a library that computes in float32 unless told
    otherwise and never tells it to compute in double precision.

    >>> from kldocs.checker.reading import parse_text
    >>> code = "```python\nimport torch\np = torch.tensor([0.5, 0.5])\n```\n"
    >>> computes_in_single(parse_text(code, "a.md")), computes_in_single(parse_text("H = 1.0000001\n", "a.md"))
    (True, False)
    >>> computes_in_single(parse_text(code.replace("])", "], dtype=torch.float64)"), "a.md"))
    False
    """
    texts = [region.text for region in (*document.code, *document.outputs)]
    if any(_SINGLE.search(text) for text in texts):
        return True
    return any(_SINGLE_DEFAULT.search(text) for text in texts) and not any(
        _DOUBLE_DEFAULT.search(text) for text in texts
    )


def widened(number: str) -> str | None:
    """A number as a float32 computation's value is judged (its first digits, with dots: see
    :func:`~kldocs.checker.typed_values.single_precision`), or None when it cannot be such a value as printed: one
    of 7 to 9 significant digits (a float32 printed whole, or formatted with its noise), or of 15 to 17 that is
    exactly a float32 (one turned into a double: ``.item()``, ``float(x)``)."""
    try:
        value = Decimal(number)
    except InvalidOperation:
        return None
    if not value.is_finite() or value == 0 or "." not in number:
        return None
    digits = len(str(int("".join(map(str, value.as_tuple().digits)))))
    if digits in _SINGLE_DIGITS or (digits in _DOUBLE_DIGITS and _is_single(float(number))):
        return single_precision(number)
    return None


def widened_statement(statement: Statement) -> Statement | None:
    """The statement with its written value :func:`widened`, or None when that value is no bare number of the
    digits a float32 computation prints.

    >>> from kldocs.checker.chains import statements
    >>> from kldocs.checker.tokens import tokenize
    >>> (statement,) = statements(tokenize("H(P) = 1.4854753"), "H(P) = 1.4854753")
    >>> widened_statement(statement).right_text
    '1.4854...'
    """
    if statement.relation not in ("=", "~") or not isinstance(statement.right, Number):
        return None
    shown = widened(statement.right.text)
    if shown is None:
        return None
    number = replace(statement.right, text=shown, value=Fraction(truncated(shown)[0]))
    return replace(statement, right=number, right_text=shown)


def single_verdict(
    first: tuple[str | None, str], again: tuple[str, str | None, str], written: str
) -> tuple[Verdict, str | None, str] | None:
    """The verdict, value and note of a false value (its true value and note ``first``) that a float32 computation
    may have given, judged ``again`` on its :func:`widened` digits: it holds when that holds, is unchecked when it
    is within float32's noise of the true value (:func:`within_noise`), else stays false (None).

    >>> single_verdict(("0.03645279766", "not 0.036452785"), ("holds", "0.03645279766", "cut off"), "0.036452785")[0]
    'holds'
    >>> single_verdict(("1.4", "not 1.3000001"), ("false", "1.4", "not 1.3000..."), "1.3000001") is None
    True
    """
    value, note = first
    if again[0] == "holds":
        return "holds", again[1], f"{again[2]}; {written} {_READ}"
    if value is not None and within_noise(written, value):
        return "unchecked", None, f"{note}; {_NOISE}"
    return None


#: What the notes say of a value read to float32's digits, and of one within its noise.
_READ = (
    "is read to the five significant digits single precision is good for, as the document's code computes in float32"
)
_NOISE = (
    "the document's code computes in float32, and a float32 sum of terms that cancel may come this far from the "
    "exact value: not judged"
)


def _is_single(value: float) -> bool:
    """Whether a double is exactly a float32 (one in float32's range)."""
    try:
        return struct.unpack("f", struct.pack("f", value))[0] == value
    except OverflowError:
        return False


def within_noise(written: str, true: str) -> bool:
    """Whether a written value is as near the true one as a float32 computation may come when terms cancel."""
    try:
        off = abs(Decimal(written) - Decimal(true))
        return off <= max(_NOISE_SHARE * abs(Decimal(true)), _NOISE_ABSOLUTE)
    except InvalidOperation:
        return False
