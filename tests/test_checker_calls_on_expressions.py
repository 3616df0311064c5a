"""A call whose argument is an expression of a name (``sum(p * log(p / q))``) leaves the name as it was; a call on
the name itself (``normalize(p);``) may change it."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

P = ["0.36", "0.48", "0.16"]


def h_bits() -> mpmath.mpf:
    return -sum(mpmath.mpf(v) * mpmath.log(mpmath.mpf(v), 2) for v in P)


def prose_verdicts(code: str, value: str, language: str) -> list[tuple[str, str | None]]:
    text = f"```{language}\n{code}\n```\n\nSo H(p) = {value} bits.\n"
    return [(c.verdict, c.value) for c in check_text(text, "blog.md").claims if c.text.startswith("H(p)")]


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("p <- c(0.36, 0.48, 0.16)\nq <- rep(1/3, 3)\nsum(p * log(p / q))", "r"),
        ("double p[3] = {0.36, 0.48, 0.16};\ncheck(p * 2.0, 3);", "c"),
    ],
)
def test_a_call_on_an_expression_leaves_the_name_read(code: str, language: str) -> None:
    right = mpmath.nstr(h_bits(), 4)  # 1.462
    assert [verdict for verdict, _ in prose_verdicts(code, right, language)] == ["holds"]
    found = prose_verdicts(code, "1.585", language)
    assert [verdict for verdict, _ in found] == ["false"]
    assert mpmath.almosteq(mpmath.mpf(found[0][1] or "nan"), h_bits(), 1e-9)


@pytest.mark.parametrize("call", ["normalize(p);", "smooth(p, 0.1);", "scale(&mut p);"])
def test_a_call_on_the_name_itself_may_change_it(call: str) -> None:
    code = f"double p[3] = {{0.36, 0.48, 0.16}};\n{call}"
    assert [verdict for verdict, _ in prose_verdicts(code, "1.585", "c")] == ["unchecked"]
