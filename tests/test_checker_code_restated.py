"""``kldocs check`` on values code shows where a page puts them: printed under a notebook's cell copied as text with
no blank line (``tensor(0.0201)``), and restated in the prose right after the code, in the writer's language
("结果约为 0.693", "값은 약 0.0268이 됩니다", "Das Ergebnis ist etwa ...").

Each document is written here, small, for the test; the true values are worked out here with mpmath from the numbers
the test writes into the document, never taken from kldocs.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Report, check_text

mpmath.mp.dps = 30


def _claims(report: Report) -> list[tuple[str, str]]:
    """The claims that are not definitions: (verdict, note)."""
    return [(claim.verdict, claim.note) for claim in report.claims if claim.kind != "definition"]


def _kl(p: list[str], q: list[str]) -> mpmath.mpf:
    return mpmath.fsum(mpmath.mpf(x) * mpmath.log(mpmath.mpf(x) / mpmath.mpf(y)) for x, y in zip(p, q, strict=True))


COIN, FAIR = ["0.4", "0.6"], ["0.5", "0.5"]


def _cells(shown: str) -> str:
    return (
        "KL divergence of a coin with PyTorch\n\nIn [12]:\nimport torch\nimport torch.nn.functional as F\n\n"
        "In [13]:\np = 0.4\nq = 1 - p\ncoin = torch.tensor([p, q])\nfair = torch.tensor([0.5, 0.5])\n"
        f"print(F.kl_div(fair.log(), coin, reduction='sum'))\ntensor({shown})\n\nIn [14]:\nprint('done')\n"
    )


def test_a_tensor_printed_right_under_a_cell_copied_as_text_is_the_value_of_the_print_above_it() -> None:
    truth = _kl(COIN, FAIR)
    [(verdict, note)] = _claims(check_text(_cells(mpmath.nstr(truth, 3)), "page.txt"))
    assert verdict == "holds"
    assert mpmath.nstr(truth, 10) in note
    [(verdict, note)] = _claims(check_text(_cells(mpmath.nstr(truth * 1.5, 3)), "page.txt"))
    assert verdict == "false"
    assert mpmath.nstr(truth, 10) in note


P, Q = ["0.7", "0.2", "0.1"], ["0.6", "0.3", "0.1"]
_SENTENCES = {
    "ko": "위 코드를 실행하면 값은 약 {}이 됩니다.",
    "zh": "运行后，结果约为 {}。",
    "ja": "結果は約{}です。",
    "en": "Running it, the result is about {}.",
    "de": "Das Ergebnis ist etwa {}.",
    "es": "El resultado es aproximadamente {}.",
    "fr": "Le résultat est d'environ {}.",
    "ru": "Результат примерно {}.",
}


def _restated(sentence: str, value: str) -> str:
    return (
        "# KL\n\n```python\nimport numpy as np\n"
        f"p = np.array([{', '.join(P)}])\nq = np.array([{', '.join(Q)}])\n"
        "print(np.sum(p * np.log(p / q)))\n```\n\n" + sentence.format(value) + "\n"
    )


@pytest.mark.parametrize("language", sorted(_SENTENCES))
def test_a_value_restated_in_the_prose_right_after_the_code_is_the_value_of_what_it_prints(language: str) -> None:
    truth = _kl(P, Q)
    [(verdict, note)] = _claims(check_text(_restated(_SENTENCES[language], mpmath.nstr(truth, 3)), "a.md"))
    assert verdict == "holds"
    assert mpmath.nstr(truth, 10) in note
    [(verdict, note)] = _claims(check_text(_restated(_SENTENCES[language], mpmath.nstr(truth * 2, 3)), "a.md"))
    assert verdict == "false"
    assert mpmath.nstr(truth, 10) in note


@pytest.mark.parametrize(
    "sentence",
    [
        "여기서 p의 값은 {}입니다.",
        "其中 p 的值为 {}。",
        "ここで pの値は{}です。",
        "其中概率值为 {}。",
        "Try p = {} next.",
        "The share is {} %.",
    ],
)
def test_a_number_of_something_else_after_the_code_is_not_its_value(sentence: str) -> None:
    assert _claims(check_text(_restated(sentence, "0.3"), "a.md")) == []
