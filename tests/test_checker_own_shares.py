"""A sentence that gives its own distribution in words ("each half the time", "a quarter each", "je zur Hälfte",
"各占一半") is judged against that distribution, or left unread, and never against a list set in code or in a
formula under an earlier heading.
"""

from __future__ import annotations

import pytest

from kldocs.checker import check_text

#: The same three-outcome distribution set in code of several languages and in a formula, under its own heading.
_SETTINGS = [
    "```cpp\ndouble p[3] = {0.2, 0.5, 0.3};\n```\n",
    "```python\np = [0.2, 0.5, 0.3]\n```\n",
    "```js\nconst p = [0.2, 0.5, 0.3];\n```\n",
    "Let $p = (0.2, 0.5, 0.3)$.\n",
]


def _verdicts(setting: str, sentence: str) -> list[str]:
    document = f"# Code\n\n{setting}\n# Weather\n\n{sentence}\n"
    return [claim.verdict for claim in check_text(document, "a.md").claims if claim.kind != "definition"]


# The entropy of k outcomes alike is log2 k bits: 1 bit for two, 2 bits for four; H(0.2, 0.5, 0.3) = 1.485 bits.
@pytest.mark.parametrize("setting", _SETTINGS)
@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The weather is sunny or rainy, each half the time. Its entropy is 1 bit.", "holds"),
        ("The weather is sunny or rainy, each half the time. Its entropy is 2 bits.", "false"),
        ("A spinner lands on one of four colours, a quarter each. Its entropy is 2 bits.", "holds"),
        ("Das Wetter ist je zur Hälfte sonnig oder regnerisch. Seine Entropie ist 1 Bit.", "holds"),
        ("Le temps est ensoleillé ou pluvieux, chacun la moitié du temps. Son entropie est de 1 bit.", "holds"),
        ("El tiempo es soleado o lluvioso, cada uno la mitad del tiempo. Su entropía es 1 bit.", "holds"),
        ("天气晴或雨，各占一半。其熵为 1 比特。", "holds"),
        ("晴れと雨がそれぞれ半分の確率で起こる。エントロピーは 1 ビットである。", "holds"),
        ("晴れと雨がそれぞれ半分の確率で起こる。エントロピーは 2 ビットである。", "false"),
    ],
)
def test_a_distribution_given_in_words_is_judged_against_itself(setting: str, sentence: str, verdict: str) -> None:
    assert _verdicts(setting, sentence) == [verdict]


@pytest.mark.parametrize("setting", _SETTINGS)
@pytest.mark.parametrize(
    "sentence",
    [
        "The weather is sunny, cloudy or rainy, equally likely. Its entropy is 1 bit.",
        "El tiempo es soleado o lluvioso con la misma probabilidad. Su entropía es 2 bits.",
        "A loaded die shows a six half the time. Its entropy is 1 bit.",  # one share: not outcomes alike
        "Sunny half the time, rainy a quarter of the time, cloudy a quarter. Its entropy is 1 bit.",
        "Die beiden Wetterlagen sind gleich wahrscheinlich. Seine Entropie ist 2 Bit.",
        # several draws at once: the share is one draw's, the entropy of more (two fair coins have 2 bits)
        "For two coins, each heads half the time, the entropy of both is 2 bits.",
        "Two coins land heads half the time each. Their entropy is 2 bits.",
        "A pair of spinners, a quarter each. Its entropy is 4 bits.",
        "날씨는 맑음과 비가 각각 절반의 확률로 나타난다. 엔트로피는 1비트이다.",
        # a share of some outcomes only: the other shares are in the sentence before, or "the rest"
        "The weather is sunny half of the time. The other two, rain and snow, a quarter each: the entropy is 1.5 bits.",
        "Sunny for most days; the remaining outcomes a quarter each, and the entropy is 1.2 bits.",
    ],
)
def test_a_distribution_in_words_that_is_not_read_leaves_the_claim_unread(setting: str, sentence: str) -> None:
    assert _verdicts(setting, sentence) in ([], ["unchecked"])


@pytest.mark.parametrize("setting", _SETTINGS)
def test_a_sentence_without_its_own_distribution_is_still_judged_against_the_list(setting: str) -> None:
    assert _verdicts(setting, "The entropy is 1 bit.") == ["false"]
    assert _verdicts(setting, "Its entropy is 1.485 bits.") == ["holds"]


def test_a_sentence_that_names_the_list_is_judged_against_it() -> None:
    sentence = "The weather is sunny or rainy, each half the time, unlike p. The entropy of p is 1 bit."
    assert _verdicts(_SETTINGS[1], sentence) == ["false"]
