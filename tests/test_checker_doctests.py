"""``kldocs check`` on doctests: ``>>> f(...)`` in a docstring, then the value the function returns.

A docstring's examples are a session, run with the functions the file defines: a function whose body is
assignments and a ``return`` is followed to the formula of its value, one with a measure's name and a
body not read is matched against that measure. A value may end in dots for the digits left out
(doctest's ``0.7219...``, byexample's ``0.7219<...>``). The true values below were worked out with mpmath.
"""

from __future__ import annotations

import pytest

from kldocs.checker import check_text
from kldocs.checker.checked import Checked

#: A function of the file's own that normalises its weights and takes a base (2 unless given).
ENTROPY = '''
import math


def entropy(p, base=2):
    """Entropy of the weights p, normalised, in the given base.

    {examples}
    """
    s = sum(p)
    return -sum(x / s * math.log(x / s, base) for x in p if x > 0)
'''


def claims(examples: str, name: str = "info.py", source: str = ENTROPY) -> list[Checked]:
    text = source.format(examples=examples.replace("\n", "\n    "))
    return [item for item in check_text(text, name).claims if item.kind != "definition"]


@pytest.mark.parametrize(
    ("example", "value"),
    [
        (">>> entropy([1, 1])\n1.0", "1"),
        (">>> entropy([0.5, 0.25, 0.25])\n1.5", "1.5"),
        (">>> entropy([1, 2, 1])\n1.5", "1.5"),  # weights normalised by the function
        (">>> entropy([1, 1, 1, 1], base=4)\n1.0", "1"),
        (">>> entropy([1, 1, 1], 7)\n0.5646", "0.5645750341"),
        (">>> entropy([0.5, 0.5], base=7)\n0.35620718710802", "0.3562071871"),
        (">>> entropy([0.5, 0.5], base=math.e)\n0.6931471805599453", "0.6931471806"),
        (">>> entropy([0.2, 0.8])  # doctest: +ELLIPSIS\n0.7219...", "0.7219280949"),
        (">>> entropy([0.2, 0.8])\n0.7219<...>", "0.7219280949"),
    ],
)
def test_a_doctest_of_the_file_s_own_function_holds(example: str, value: str) -> None:
    found = claims(example)
    assert [(item.verdict, item.value) for item in found] == [("holds", value)]
    assert found[0].lines == (9,)  # the line of the value shown


def test_a_value_the_function_does_not_return_is_not_called_false() -> None:
    # 1.6 for 1.5, and dots after a rounded 0.7220 (a doctest that fails): never false, the output may be another code's
    found = claims(">>> entropy([0.5, 0.25, 0.25])\n1.6\n>>> entropy([0.2, 0.8])\n0.7220...")
    assert [item.verdict for item in found] != [] and all(item.verdict != "false" for item in found)


KL = '''
import math


def kl(p, q):
    """KL divergence of p from q, in nats.

    {examples}
    """
    return sum(a * math.log(a / b) for a, b in zip(p, q) if a > 0)
'''


def test_a_doctest_of_a_divergence_the_body_computes_is_judged() -> None:
    examples = ">>> kl([0.3, 0.5, 0.2], [0.1, 0.1, 0.8])\n0.8570...\n>>> kl([0.3, 0.7], [0.5, 0.5])\n0.0900"
    found = claims(examples, source=KL)
    assert [(item.kind, item.verdict, item.value, item.lines) for item in found] == [
        ("kl", "holds", "0.8570437706", (9,)),
        ("kl", "false", "0.08228287851", (11,)),
    ]


def test_a_cut_off_value_is_not_read_as_rounded() -> None:
    # 0.08228... cut to 0.0822 holds; written rounded, 0.0823..., it holds too; 0.0821... is false
    found = claims(">>> kl([0.3, 0.7], [0.5, 0.5])\n0.0822...\n>>> kl([0.3, 0.7], [0.5, 0.5])\n0.0821...", "kl.py", KL)
    assert [(item.verdict, item.lines) for item in found] == [("holds", (9,)), ("false", (11,))]


SCIPY_LIKE = '''
import numpy as np


def entropy(pk, qk=None, base=None):
    """Entropy of pk, or the KL divergence of pk from qk when qk is given.

    {examples}
    """
    pk = np.asarray(pk, dtype=float)
    pk = pk / pk.sum()
    if qk is None:
        vec = -pk * np.log(pk)
    else:
        qk = np.asarray(qk, dtype=float)
        vec = pk * np.log(pk / (qk / qk.sum()))
    s = vec.sum()
    if base is not None:
        s /= np.log(base)
    return s
'''


def test_an_entropy_given_two_lists_is_their_divergence() -> None:
    found = claims(">>> entropy([0.3, 0.7], [0.5, 0.5])\n0.0822...", source=SCIPY_LIKE)
    assert [(item.kind, item.verdict, item.value) for item in found] == [("kl", "holds", "0.08228287851")]
    found = claims(">>> entropy([0.3, 0.7], [0.5, 0.5], base=2)\n0.1187", source=SCIPY_LIKE)
    assert [(item.kind, item.verdict, item.value) for item in found] == [("kl", "holds", "0.1187091008")]


@pytest.mark.parametrize(
    "example",
    [
        ">>> entropy([0.3, 0.7], [0.5, 0.5])\n0.0900",  # a body not read: a value that fits no reading is not judged
        ">>> entropy([0.3, 0.7], [0.5, 0.5], base=2)\n0.08228",  # nats, where the call asks for bits
        ">>> entropy([0.3, 0.7], [0.5, 0.5], base=3)\n0.0749",  # a base not read
    ],
)
def test_a_value_of_a_body_not_read_that_fits_no_reading_stays_unchecked(example: str) -> None:
    assert all(item.verdict == "unchecked" for item in claims(example, source=SCIPY_LIKE))


def test_a_session_in_markdown_may_show_a_value_cut_off() -> None:
    text = "```python\n>>> from scipy.stats import entropy\n>>> entropy([0.3, 0.7], base=2)\n0.8812...\n```\n"
    found = [item for item in check_text(text, "notes.md").claims if item.kind == "entropy"]
    assert [(item.verdict, item.value) for item in found] == [("holds", "0.8812908992")]
    found = [item for item in check_text(text.replace("0.8812", "0.8830"), "notes.md").claims if item.kind == "entropy"]
    assert [(item.verdict, item.value) for item in found] == [("false", "0.8812908992")]


def test_a_doctest_in_a_file_that_does_not_parse_is_not_read_as_scipy_s_entropy() -> None:
    # the file stops inside a docstring; its own entropy is in bits, SciPy's would be in nats (1.0397)
    text = ENTROPY.format(examples=">>> entropy([1, 1, 2])\n1.5") + '\n\ndef later():\n    """Cut here.\n'
    assert [item.verdict for item in check_text(text, "cut.py").claims if item.verdict == "false"] == []


def test_a_function_that_skips_zeros_by_their_truth_is_followed() -> None:
    found = claims(">>> entropy([0, 1, 1, 2])\n1.5", source=ENTROPY.replace("if x > 0", "if x"))
    assert [(item.verdict, item.value) for item in found] == [("holds", "1.5")]
