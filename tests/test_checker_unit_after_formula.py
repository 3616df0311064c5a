"""The unit written after a formula's value is the claim's unit: ``$\\log_2 6 \\approx 2.585$ nats`` is false (log₂ 6
counts bits; in nats a fair die's entropy is ln 6 ≈ 1.792), and ``$\\ln 2$ ≈ 1 bit`` holds (ln 2 nats is 1 bit).
A unit that belongs to another value on the line, or a formula whose logarithms are not a sum of amounts of
information (a ratio of logs), is not read this way.
"""

from __future__ import annotations

import math

import pytest

from kldocs.checker import check_text


def _verdicts(text: str) -> list[str]:
    return [claim.verdict for claim in check_text(text + "\n", "a.md").claims if claim.kind != "definition"]


def test_the_values_used_below() -> None:
    assert round(math.log2(6), 3) == 2.585 and round(math.log(6), 3) == 1.792
    assert round(math.log(2), 3) == 0.693 and math.log(2) / math.log(2) == 1.0


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (r"A fair six-sided die has entropy $\log_2 6 \approx 2.585$ nats.", "false"),
        (r"A fair six-sided die has entropy $\log_2 6 \approx 2.585$ bits.", "holds"),
        (r"A fair six-sided die has entropy $\ln 6 \approx 1.792$ nats.", "holds"),
        (r"A fair six-sided die has entropy $\ln 6 \approx 1.792$ bits.", "false"),
        (r"A fair six-sided die has entropy $\ln 6 \approx 2.585$ bits.", "holds"),
        (r"A fair coin has entropy $H = \ln 2 \approx 0.693$ bits.", "false"),
        (r"A fair coin has entropy $H = \ln 2 \approx 0.693$ nats.", "holds"),
        (r"A fair coin has entropy $H = \log_2 2 = 1$ bit.", "holds"),
        (r"A fair coin has entropy $\ln 2 \approx 1$ bit.", "holds"),
        (r"$-0.5\log_2 0.5 - 0.5\log_2 0.5 = 1$ nat.", "false"),
        (r"The entropy is $\log_{10} 6 \approx 0.778$ bits.", "false"),
        (r"The entropy is $\log_{10} 6 \approx 0.778$ hartleys.", "holds"),
        (r"Ein fairer Würfel hat die Entropie $\log_2 6 \approx 2{,}585$ Nats.", "false"),
        (r"Ein fairer Würfel hat die Entropie $\ln 6 \approx 1{,}792$ Nats.", "holds"),
        (r"公平骰子的熵为 $\log_2 6 \approx 2.585$ 奈特。", "false"),
        (r"公平骰子的熵为 $\log_2 6 \approx 2.585$ 比特。", "holds"),
        (r"L'entropie vaut $\ln 2 \approx 0{,}693$ bit.", "false"),
    ],
)
def test_the_unit_after_the_value_is_the_claims(text: str, verdict: str) -> None:
    assert _verdicts(text) == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        r"The entropy of a die is $\log_2 6 \approx 2.585$, about 1.792 nats.",
        r"The entropy of a die is $\log_2 6 \approx 2.585$ (in nats: 1.792).",
        r"The entropy of a die is $\log_2 6 \approx 2.585$ bits, versus 1.792 nats.",
        r"One bit is $\ln 2 \approx 0.693$ nats.",
        r"$\ln 2 \approx 0.693$ nats per bit.",
    ],
)
def test_a_unit_of_another_value_or_the_formulas_own_leaves_it_holding(text: str) -> None:
    assert "false" not in _verdicts(text) and "holds" in _verdicts(text)


def test_a_ratio_of_logarithms_is_not_converted() -> None:
    assert "false" not in _verdicts(r"One nat is $1/\ln 2 \approx 1.443$ bits.")
    assert "false" not in _verdicts(r"The ratio $\ln 6 / \ln 2 \approx 2.585$ bits.")


@pytest.mark.parametrize(
    "text",
    [
        r"Converting bits to nats: $\log_2 8 \times 0.6931 \approx 2.079$ nats.",  # 3 bits times ln 2
        r"In nats: $\log_2 8 / 1.4427 \approx 2.079$ nats.",
    ],
)
def test_a_conversion_written_out_by_hand_holds(text: str) -> None:
    assert round(3 * 0.6931, 3) == 2.079 and round(3 / 1.4427, 3) == 2.079
    assert "false" not in _verdicts(text)


@pytest.mark.parametrize("above", ["D(P||Q) = 0.7370 bits", "The divergence is given in bits."])
def test_a_column_of_terms_that_writes_its_log_keeps_its_unit(above: str) -> None:
    assert round(0.5 * math.log(0.5 / 0.9), 4) == -0.2939 and round(0.5 * math.log(0.5 / 0.1), 4) == 0.8047
    table = (
        "| x | P(x) | Q(x) | P(x) ln(P(x)/Q(x)) |\n|---|---|---|---|\n"
        "| a | 0.5 | 0.9 | -0.2939 |\n| b | 0.5 | 0.1 | 0.8047 |"
    )
    assert "false" not in _verdicts(f"# Results\n\n{above}\n\n{table}")
    assert "false" in _verdicts(f"# Results\n\n{above}\n\n{table.replace('0.8047', '0.8074')}")
