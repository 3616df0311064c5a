"""The closed forms kept as text: the same as the verified derivations', the same values as SymPy's, no SymPy.

The table is written again from the derivations and compared; every family's
closed forms are evaluated both ways on a grid of parameters (the values and
their exact text must agree, and degenerate numbers are left to SymPy); and a
document with a Gaussian claim is checked in a new process that must not
import SymPy.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from kldocs.families import FAMILIES, Family, parse_family
from kldocs.families.closed_forms import _closed_form, bindings
from kldocs.families.exact_values import exact_value
from kldocs.families.make import mvnormal
from kldocs.families.plain_form_table import CLOSED_FORMS, PARAMETERS
from kldocs.families.plain_form_writer import table
from kldocs.families.plain_forms import plain_value

#: One parameter text per family, with a place for a number.
_SPECS = {
    "bernoulli": ("p={}",),
    "binomial": ("n=4, p={}",),
    "geometric": ("p={}",),
    "poisson": ("lambda={}",),
    "exponential": ("rate={}",),
    "uniform": ("a=0, b={}", "a={}, b=6"),
    "normal": ("mu={}, sigma=2", "mu=1, sigma={}"),
}
_NUMBERS = ("0", "1", "1/3", "2", "3/4")


def _sympy_value(measure: str, P: Family, Q: Family) -> Any:
    values = bindings(measure, P, Q)
    return exact_value(_closed_form(P.derivation_of(measure)), {s: Fraction(str(v)) for s, v in values.items()})


def _pairs(key: str) -> list[tuple[Family, Family]]:
    made = []
    for first, second in itertools.product(_SPECS[key], repeat=2):
        for a, b in itertools.product(_NUMBERS, repeat=2):
            try:
                made.append((parse_family(key, first.format(a)), parse_family(key, second.format(b), name="Q")))
            except Exception:  # parameters outside the family's range
                continue
    return made[:: max(1, len(made) // 16)]


def test_the_table_is_the_verified_derivations_closed_forms() -> None:
    assert table() == (CLOSED_FORMS, PARAMETERS)


@pytest.mark.parametrize("key", sorted(_SPECS))
def test_the_text_gives_sympys_exact_values_and_leaves_it_the_degenerate_ones(key: str) -> None:
    plain = left = 0
    for measure in FAMILIES[key].derivations:
        for P, Q in _pairs(key):
            found = plain_value(measure, P, Q)
            if found is None:
                left += 1
                continue
            expected = _sympy_value(measure, P, Q)
            assert (found.text(), found) == (expected.text(), expected), (measure, P.text(), Q.text())
            plain += 1
    # only the probabilities 0 and 1 give a logarithm of 0 (a term 0 log 0), which SymPy's path reads
    assert plain >= 4 and (left == 0 or key in ("bernoulli", "binomial"))


def test_two_dimensional_normals_are_evaluated_from_the_text() -> None:
    P = mvnormal([0, 1], [[2, 1], [1, 2]])
    Q = mvnormal([1, 0], [[1, 0], [0, 3]], name="Q")
    for measure in ("kl", "cross_entropy", "entropy"):
        found = plain_value(measure, P, Q)
        assert found is not None and found == _sympy_value(measure, P, Q)


def test_a_gaussian_claim_is_judged_without_sympy(tmp_path: Path) -> None:
    document = tmp_path / "lecture.md"
    document.write_text("Let $P = N(0, 1)$ and $Q = N(1, 1)$. Then $D_{KL}(P \\| Q) = 0.5$ nats.\n", encoding="utf-8")
    program = (
        "import json, sys\n"
        "from kldocs.checker import check_file\n"
        "from kldocs.checker.report import as_json\n"
        f"claims = as_json(check_file({str(document)!r}, None))['claims']\n"
        "print(json.dumps([[c['verdict'] for c in claims], 'sympy' in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [["holds"], False]
