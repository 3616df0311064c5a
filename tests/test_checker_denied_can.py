"""A denial of "can be" ("не может быть отрицательной", "não pode ser negativa", "ne peut pas être négative",
"음수일 수 없다", "負にはなり得ない") says the measure is never so: read as the property, never its opposite."""

from __future__ import annotations

import pytest

from kldocs.checker import check_text


def _verdicts(text: str) -> list[tuple[str, str]]:
    return [(claim.kind, claim.verdict) for claim in check_text(text + "\n", "notes.md").claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "Энтропия не может быть отрицательной.",
        "Дивергенция Кульбака-Лейблера не может быть отрицательной.",
        "Взаимная информация не может быть отрицательной.",
        "A entropia não pode ser negativa.",
        "A divergência KL nao pode ser negativa.",
        "A informação mútua não pode ser negativa.",
        "A divergência de Jensen-Shannon não pode ser infinita.",
        "L'entropie ne peut pas être négative.",
        "La divergence KL ne peut pas être négative.",
        "La divergence de Jensen-Shannon ne peut pas être infinie.",
        "엔트로피는 음수일 수 없다.",
        "エントロピーは負にはなり得ない。",
        "KLダイバージェンスは負になり得ない。",
    ],
)
def test_a_denied_can_be_holds(sentence: str) -> None:
    assert _verdicts(sentence) == [("bound", "holds")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the same words without the denial: false of these measures
        "Дивергенция Кульбака-Лейблера может быть отрицательной.",
        "A divergência KL pode ser negativa.",
        "La divergence KL peut être négative.",
        "KL 발산은 음수일 수 있다.",
        "KLダイバージェンスは負になり得る。",
        "A divergência de Jensen-Shannon pode ser infinita.",
        # a KL divergence can be infinite: denying it is false
        "A divergência KL não pode ser infinita.",
        "Дивергенция Кульбака-Лейблера не может быть бесконечной.",
        "La divergence KL ne peut pas être infinie.",
    ],
)
def test_the_opposite_stays_false(sentence: str) -> None:
    assert _verdicts(sentence) == [("bound", "false")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A divergência KL não é simétrica.", "symmetry"),
        ("Дивергенция Кульбака-Лейблера не симметрична.", "symmetry"),
        ("A divergência KL não é uma métrica.", "metric"),
        ("Дивергенция Кульбака-Лейблера не является метрикой.", "metric"),
        ("A divergência KL pode ser infinita.", "bound"),
        # "not only" adds, it does not deny
        ("Энтропия не только неотрицательна, но и ограничена сверху.", "bound"),
        ("A entropia não só é não negativa, como também é limitada.", "bound"),
        ("La entropía no solo es no negativa, sino también acotada.", "bound"),
    ],
)
def test_denials_read_before_still_hold(sentence: str, kind: str) -> None:
    assert _verdicts(sentence) == [(kind, "holds")]
