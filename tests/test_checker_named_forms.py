"""Forms whose words name something other than what they seem to at first: "√JSD is a metric" (the square root),
"For one-hot $p$, $H(p) = 0$" (another p than the one given), and a script's ``main()`` or a tuple assignment that
does give ``p`` and ``q`` their values.

The documents are written here; the true values are worked out with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


@pytest.mark.parametrize(
    "line",
    [
        "- √JSD is a metric",
        "sqrt(JSD) is a metric.",
        "Note that √JS divergence is a metric on distributions.",
        "- √JSD ist eine Metrik; die JSD selbst nicht.",
        "- √JSD es una métrica.",
        "- √JSD est une métrique.",
        "- √JSD 是一个度量。",
        "- √JSD는 거리 함수이다.",
    ],
)
def test_the_root_of_the_jsd_is_a_metric(line: str) -> None:
    (claim,) = [claim for claim in check_text(line + "\n", "slides.md").claims if claim.kind == "metric"]
    assert claim.verdict == "holds" and "square root" in claim.note


@pytest.mark.parametrize(
    "line",
    [
        "- JSD is a metric",
        "The square root √ of a number is no JSD. JSD is a metric.",
        "- Die JSD ist eine Metrik.",
        "- JSD 是一个度量。",
    ],
)
def test_the_jsd_itself_is_no_metric(line: str) -> None:
    assert [claim.verdict for claim in check_text(line + "\n", "slides.md").claims if claim.kind == "metric"] == [
        "false"
    ]


def _entropy_bits(p: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(x * mpmath.log(x, 2) for x in p if x)


ABOVE = "Let $p = (0.25, 0.25, 0.5)$. Then $H(p) = 1.5$ bits.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "For one-hot $p$, $H(p) = 0$, so cross-entropy and KL coincide exactly.",
        "Für ein one-hot $p$ gilt $H(p) = 0$.",
        "Pour une loi $p$ déterministe, $H(p) = 0$.",
        "Para una $p$ degenerada, $H(p) = 0$.",
        "Для вырожденного $p$ имеем $H(p) = 0$.",
        "one-hot인 $p$에 대해 $H(p) = 0$ 이다.",
        "对于独热的 $p$，$H(p) = 0$。",
        "ワンホットの $p$ に対して $H(p) = 0$ である。",
    ],
)
def test_a_value_under_a_condition_that_names_another_distribution_is_not_false(sentence: str) -> None:
    given = [mpmath.mpf("0.25"), mpmath.mpf("0.25"), mpmath.mpf("0.5")]
    assert mpmath.almosteq(_entropy_bits(given), 1.5) and _entropy_bits([mpmath.mpf(1), mpmath.mpf(0)]) == 0
    claims = [c for c in check_text(ABOVE + sentence + "\n", "notes.md").claims if c.kind == "entropy"]
    assert [(c.verdict, c.value) for c in claims] == [("holds", "1.5"), ("unchecked", None)]
    assert "condition" in claims[1].note


@pytest.mark.parametrize(
    "sentence", ["For this $p$, $H(p) = 0$.", "With $p$ as above, $H(p) = 0$.", "Pour cette loi $p$, $H(p) = 0$."]
)
def test_a_value_said_of_the_given_distribution_is_still_judged(sentence: str) -> None:
    claims = [c for c in check_text(ABOVE + sentence + "\n", "notes.md").claims if c.kind == "entropy"]
    assert [(c.verdict, c.value) for c in claims] == [("holds", "1.5"), ("false", "1.5")]


def _kl_nats(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(x * mpmath.log(x / y) for x, y in zip(p, q, strict=True))


P = [mpmath.mpf("0.36"), mpmath.mpf("0.48"), mpmath.mpf("0.16")]
UNIFORM = [mpmath.mpf(1) / 3] * 3
BODY = (
    "    p = np.array([0.36, 0.48, 0.16])\n"
    "    q = np.array([1 / 3, 1 / 3, 1 / 3])\n"
    "    print(entropy(q, p))  # {backward}\n"
    "    print(entropy(p, q, base=2))  # {bits}\n"
)


@pytest.mark.parametrize(
    "call",
    ['\n\nif __name__ == "__main__":\n    main()\n', "\n\nmain()\n"],
)
def test_what_main_defines_is_read_when_the_script_calls_it(call: str) -> None:
    backward = mpmath.nstr(_kl_nats(UNIFORM, P), 4)
    bits = mpmath.nstr(_kl_nats(P, UNIFORM) / mpmath.log(2), 4)
    assert (backward, bits) == ("0.09746", "0.1231")
    body = BODY.format(backward="0.0975", bits=bits)
    script = f"import numpy as np\nfrom scipy.stats import entropy\n\n\ndef main():\n{body}{call}"
    claims = [(c.verdict, c.value) for c in check_text(script, "measures.py").claims if c.kind == "kl"]
    assert [verdict for verdict, _ in claims] == ["holds", "holds"]
    assert mpmath.almosteq(mpmath.mpf(claims[0][1] or "nan"), _kl_nats(UNIFORM, P), 1e-9)


@pytest.mark.parametrize(
    "tail",
    [
        "",  # never called: its body does not run
        "\n\nmain(3)\n",  # called with an argument it does not take: not run as shown
    ],
)
def test_what_a_function_not_run_as_the_script_defines_is_not_read(tail: str) -> None:
    body = BODY.format(backward="0.0975", bits="0.1231")
    script = f"import numpy as np\nfrom scipy.stats import entropy\n\n\ndef main():\n{body}{tail}"
    claims = [c.verdict for c in check_text(script, "measures.py").claims if c.kind == "kl"]
    assert claims == ["unchecked", "unchecked"]


def test_a_tuple_assignment_defines_each_distribution() -> None:
    p, q = [mpmath.mpf("0.9"), mpmath.mpf("0.1")], [mpmath.mpf("0.5"), mpmath.mpf("0.5")]
    value = mpmath.nstr(_kl_nats(p, q), 6)
    assert value == "0.368064"
    code = f"```python\np, q = np.array([0.9, 0.1]), np.array([0.5, 0.5])\nprint(kl(p, q))  # {value}\n```\n"
    claims = [(c.kind, c.verdict) for c in check_text(code, "lab.md").claims]
    assert claims == [("definition", "holds"), ("definition", "holds"), ("kl", "holds")]
    wrong = code.replace(value, "0.5108")  # the other direction's value
    assert [c.verdict for c in check_text(wrong, "lab.md").claims if c.kind == "kl"] == ["false"]


def test_a_tuple_assignment_of_other_values_changes_the_names() -> None:
    code = (
        "```python\np = np.array([0.9, 0.1])\nq = np.array([0.5, 0.5])\np, q = q, p\nprint(kl(p, q))  # 0.3681\n```\n"
    )
    assert [c.verdict for c in check_text(code, "lab.md").claims if c.kind == "kl"] == ["unchecked"]
