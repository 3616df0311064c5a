"""A value given again in another unit in the next sentence ("... es 0.0797 bits. En nats sería 0.0552.") is the
same measure's value in that unit."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

LEAD = "p = (0.1, 0.6, 0.3)\nq = (0.3, 0.3, 0.4)\n\n"


def kl(a: list[mpmath.mpf], b: list[mpmath.mpf], base: float) -> mpmath.mpf:
    return sum(x * mpmath.log(x / y, base) for x, y in zip(a, b, strict=True))


def jsd(base: float) -> mpmath.mpf:
    p = [mpmath.mpf(x) for x in ("0.1", "0.6", "0.3")]
    q = [mpmath.mpf(x) for x in ("0.3", "0.3", "0.4")]
    m = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    return (kl(p, m, base) + kl(q, m, base)) / 2


def restated(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.verdict, c.value)
        for c in check_text(LEAD + text, "blog.md").claims
        if c.text.lower().startswith(("en ", "in "))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Así que la divergencia JS es {bits} bits.\nEn nats sería {nats}.\n",
        "The Jensen-Shannon divergence is {bits} bits. In nats it would be {nats}.\n",
    ],
)
def test_the_next_sentence_gives_the_value_in_another_unit(text: str) -> None:
    bits, nats = mpmath.nstr(jsd(2), 3), mpmath.nstr(jsd(mpmath.e), 3)  # 0.0797, 0.0552
    assert [verdict for verdict, _ in restated(text.format(bits=bits, nats=nats))] == ["holds"]
    found = restated(text.format(bits=bits, nats=bits))  # the value in bits said to be in nats
    assert [verdict for verdict, _ in found] == ["false"]
    assert mpmath.almosteq(mpmath.mpf(found[0][1] or "nan"), jsd(mpmath.e), 1e-9)


@pytest.mark.parametrize(
    "text",
    [
        "The Jensen-Shannon divergence is 0.0797 bits. In bits it would be 0.2.\n",  # the same unit: another value
        "The Jensen-Shannon divergence is 0.0797 bits, the loss 0.9. In nats it would be 0.2.\n",  # a number between
        "The Jensen-Shannon divergence is 0.0797 bits. In nats it would be 0.2 for the other pair.\n",  # says more
        "The Jensen-Shannon divergence is 0.0797 bits.\n\nIn nats it would be 0.2.\n",  # not the next line
    ],
)
def test_other_sentences_in_a_unit_are_not_read(text: str) -> None:
    assert restated(text) == []
