"""``kldocs check`` on the measures of the ``dit`` library, in IPython and ``>>>`` sessions, comments and notebooks.

dit's ``Distribution`` takes outcomes as strings, each character one variable (``['HH', 'TT']``), and
``ScalarDistribution`` outcomes of one variable; its measures are in bits, and two distributions are paired by
their outcomes' names. Every value here is worked out with mpmath from the distributions the pages write.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import mpmath
import pytest

from kldocs.checker import check_text
from kldocs.checker.checked import Checked

mpmath.mp.dps = 30


def _h(probabilities: Sequence[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(p * mpmath.log(p, 2) for p in probabilities if p)


def _claims(page: str, name: str) -> list[Checked]:
    return [claim for claim in check_text(page, name).claims if claim.kind != "definition"]


def _verdicts(page: str, name: str) -> list[tuple[int, str]]:
    return [(claim.lines[0], claim.verdict) for claim in _claims(page, name)]


#: A fair coin; two coins always equal; JSD of {red, blue} and {blue, green}, half each.
_HALF = [mpmath.mpf(1) / 2] * 2
_MIXTURE = [mpmath.mpf(1) / 4, mpmath.mpf(1) / 2, mpmath.mpf(1) / 4]
_JSD = _h(_MIXTURE) - _h(_HALF)


def test_the_values_the_pages_show() -> None:
    assert _h(_HALF) == 1 and mpmath.almosteq(_JSD, mpmath.mpf("0.5"))


def _ipython(entropy: str, conditional: str, mutual: str, jsd: str) -> str:
    return (
        "Quickstart\n==========\n\n.. ipython::\n\n"
        "   In [1]: import dit\n\n"
        "   In [2]: d = dit.Distribution(['H', 'T'], [1/2, 1/2])\n\n"
        f"   In [3]: dit.shannon.entropy(d)\n   Out[3]: {entropy}\n\n"
        "   In [4]: d = dit.Distribution(['HH', 'TT'], [1/2, 1/2])\n\n"
        f"   In [5]: dit.shannon.conditional_entropy(d, [0], [1])\n   Out[5]: {conditional}\n\n"
        f"   In [6]: dit.shannon.mutual_information(d, [0], [1])\n   Out[6]: {mutual}\n\n"
        "   In [7]: X = dit.ScalarDistribution(['red', 'blue'], [1/2, 1/2])\n\n"
        "   In [8]: Y = dit.ScalarDistribution(['blue', 'green'], [1/2, 1/2])\n\n"
        f"   In [9]: dit.divergences.jensen_shannon_divergence([X, Y])\n   Out[9]: {jsd}\n"
    )


def test_an_ipython_directive_in_rest_is_read_with_each_name_as_it_stands_at_its_prompt() -> None:
    claims = _claims(_ipython("1.0", "0.0", "1.0", "0.5"), "quickstart.rst")
    assert [(claim.lines[0], claim.verdict) for claim in claims] == [
        (11, "holds"),
        (16, "holds"),
        (19, "holds"),
        (26, "holds"),
    ]
    assert [claim.value for claim in claims] == ["1", "0", "1", "0.5"]


def test_wrong_values_in_an_ipython_session_are_false_with_the_right_ones() -> None:
    # the entropy of the joint for the conditional one, the JSD taken by position (red with blue: 0 bits)
    claims = _claims(_ipython("1.0", "1.0", "1.0", "0.0"), "quickstart.rst")
    assert [claim.verdict for claim in claims] == ["holds", "false", "holds", "false"]
    assert [claim.value for claim in claims if claim.verdict == "false"] == ["0", "0.5"]


def test_a_pycon_block_in_markdown_and_an_entropy_imported_by_name() -> None:
    shares = [mpmath.mpf("0.25"), mpmath.mpf("0.75")]
    page = (
        "# Entropie einer unfairen Münze\n\n```pycon\n>>> import dit\n"
        ">>> d = dit.Distribution(['K', 'Z'], [0.25, 0.75])\n>>> from dit.shannon import entropy\n"
        f">>> entropy(d)\n{mpmath.nstr(_h(shares), 16)}\n>>> entropy(d)\n0.75\n```\n"
    )
    assert _verdicts(page, "muenze.md") == [(8, "holds"), (10, "false")]


def test_an_ipython_fence_in_markdown_with_margins_of_three_variables() -> None:
    # 'xyz' with z = x XOR y, x and y fair and independent: I(X;Y) = 0, I(XY;Z) = 1, H(XY) = 2, H(Z|X) = 1
    page = (
        "## 异或分布\n\n```ipython\nIn [1]: import dit\n\n"
        "In [2]: xor = dit.Distribution(['000', '011', '101', '110'], [1/4] * 4)\n\n"
        "In [3]: dit.shannon.mutual_information(xor, [0], [1])\nOut[3]: 0.0\n\n"
        "In [4]: dit.shannon.mutual_information(xor, [0, 1], [2])\nOut[4]: 1.0\n\n"
        "In [5]: dit.shannon.entropy(xor, [0, 1])\nOut[5]: 2.0\n\n"
        "In [6]: dit.shannon.conditional_entropy(xor, [2], [0])\nOut[6]: 0.0\n```\n"
    )
    assert _verdicts(page, "xor.md") == [(9, "holds"), (12, "holds"), (15, "holds"), (18, "false")]


def test_values_in_comments_of_a_script_and_divergences_paired_by_outcome() -> None:
    p = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 4]  # a, b, c
    q = [mpmath.mpf(1) / 4, mpmath.mpf(1) / 4, mpmath.mpf(1) / 2]  # q as listed below: c, a, b = 1/2, 1/4, 1/4
    kl = mpmath.fsum(a * mpmath.log(a / b, 2) for a, b in zip(p, q, strict=True))
    mixture = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    jsd = _h(mixture) - (_h(p) + _h(q)) / 2
    assert (mpmath.nstr(kl, 3), mpmath.nstr(jsd, 3)) == ("0.25", "0.0613")
    page = (
        "```python\nimport dit\nfrom dit.divergences import jensen_shannon_divergence as jsd\n\n"
        "p = dit.ScalarDistribution(['a', 'b', 'c'], [0.5, 0.25, 0.25])\n"
        "q = dit.ScalarDistribution(['c', 'a', 'b'], [0.5, 0.25, 0.25])\n"
        "print(dit.divergences.kullback_leibler_divergence(p, q))  # 0.25 bits\n"
        "print(jsd([p, q]))  # ≈ 0.0613\n"
        "print(jsd([p, q]))  # ≈ 0.1226\n"
        "print(dit.divergences.kullback_leibler_divergence(p, q))  # 0.0\n```\n"
    )
    assert _verdicts(page, "paired.md") == [(7, "holds"), (8, "holds"), (9, "false"), (10, "false")]


def test_a_notebook_whose_distribution_is_made_in_a_cell_above() -> None:
    joint = [mpmath.mpf(each) for each in ("0.4", "0.1", "0.1", "0.4")]
    mutual = 2 * _h([mpmath.mpf("0.5")] * 2) - _h(joint)
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# 상호정보량\n"]},
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": 1,
            "outputs": [],
            "source": ["import dit\n", "d = dit.Distribution(['00', '01', '10', '11'], [0.4, 0.1, 0.1, 0.4])"],
        },
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": 2,
            "outputs": [
                {
                    "output_type": "execute_result",
                    "execution_count": 2,
                    "metadata": {},
                    "data": {"text/plain": [mpmath.nstr(mutual, 16)]},
                }
            ],
            "source": ["dit.shannon.mutual_information(d, [0], [1])"],
        },
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": 3,
            "outputs": [{"output_type": "stream", "name": "stdout", "text": ["0.2781\n"]}],
            "source": ["print(dit.shannon.entropy(d, [0]) - 0.7219)"],
        },
    ]
    page = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    claims = _claims(page, "mi.ipynb")
    assert [(claim.verdict, claim.value) for claim in claims] == [("holds", mpmath.nstr(mutual, 10))]


@pytest.mark.parametrize(
    "code",
    [
        # variables given by name once the distribution names them
        "d = dit.Distribution(['00', '11'], [0.5, 0.5])\nd.set_rv_names('XY')\n"
        "dit.shannon.mutual_information(d, ['X'], ['Y'])  # 0.0",
        # a name given a distribution in a loop: which one is not followed
        "for w in (0.1, 0.2):\n    d = dit.Distribution(['0', '1'], [w, 1 - w])\ndit.shannon.entropy(d)  # 0.0",
        # outcomes of different lengths, probabilities that do not sum to 1, weights given to the JSD
        "d = dit.Distribution(['0', '11'], [0.5, 0.5])\ndit.shannon.entropy(d)  # 0.0",
        "d = dit.Distribution(['0', '1'], [0.5, 0.6])\ndit.shannon.entropy(d)  # 0.0",
        "a = dit.ScalarDistribution(['x', 'y'], [0.5, 0.5])\nb = dit.ScalarDistribution(['y', 'z'], [0.5, 0.5])\n"
        "dit.divergences.jensen_shannon_divergence([a, b], [0.9, 0.1])  # 0.0",
        # another of dit's measures
        "d = dit.Distribution(['00', '11'], [0.5, 0.5])\ndit.multivariate.coinformation(d)  # 0.0",
    ],
)
def test_near_misses_are_not_called_false(code: str) -> None:
    page = f"```python\nimport dit\n{code}\n```\n"
    assert [claim for claim in _claims(page, "a.md") if claim.verdict == "false"] == []
