"""The unit a value is read in when the document names another: a sentence that says "In nats" before a plain-text
value, printed output of a library's measures (Julia's ``kldivergence`` prints nats), and a header that says
"bits unless a line says nats"."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

#: D_KL(R||S) for R = (1/4, 3/4), S = (1/2, 1/2), worked out here with mpmath, in nats and bits.
NATS = mpmath.mpf(1) / 4 * mpmath.log(mpmath.mpf(1) / 2) + mpmath.mpf(3) / 4 * mpmath.log(mpmath.mpf(3) / 2)
BITS = NATS / mpmath.log(2)
GIVEN = "R = (1/4, 3/4) and S = (1/2, 1/2), logs base 2.\n\n"


def _kl(text: str, name: str = "notes.md") -> list[tuple[str, str | None]]:
    return [(claim.verdict, claim.unit) for claim in check_text(text, name).claims if claim.kind == "kl"]


ASIDES = [
    "D(R‖S) ≈ {b} bits. In nats, D(R‖S) ≈ {n}.",
    "Bemerkung: In Nats wäre D(R‖S) ≈ {n}.",
    "Remarque : en nats, D(R‖S) ≈ {n}.",
    "Nota: em nats, D(R‖S) ≈ {n}.",
    "Замечание: в натах D(R‖S) ≈ {n}.",
    "注：以奈特为单位，D(R‖S) ≈ {n}。",
    "注：ナットでは D(R‖S) ≈ {n}。",
]


@pytest.mark.parametrize("aside", ASIDES)
@pytest.mark.parametrize("off", [0.0, 0.01])
def test_a_unit_named_before_a_plain_text_value_is_its_unit(aside: str, off: float) -> None:
    """The nats value of a bits document, said to be in nats, holds; a wrong one stays false, in nats."""
    text = GIVEN + aside.format(b=f"{float(BITS):.4f}", n=f"{float(NATS) + off:.4f}") + "\n"
    assert ("false" if off else "holds", "nats") in _kl(text)
    assert ("holds" if off else "false", "nats") not in _kl(text)


def test_a_value_said_in_bits_that_is_the_nats_value_stays_false() -> None:
    """Near miss: "In bits" before the value in nats is a mistake."""
    text = "R = (1/4, 3/4) and S = (1/2, 1/2), natural logs.\n\nIn bits, D(R‖S) ≈ " + f"{float(NATS):.4f}.\n"
    assert _kl(text) == [("false", "bits")]


def test_a_value_with_its_own_unit_keeps_it() -> None:
    """Near miss: the unit written after the value wins over the one its sentence names before it."""
    text = GIVEN + f"In nats, D(R‖S) ≈ {float(NATS):.4f} bits.\n"
    assert _kl(text) == [("false", "bits")]


JULIA = """Let p = (0.25, 0.75) and q = (0.5, 0.5). In bits, H(p) ≈ 0.8113.

```{language}
{code}
```

```
KL(p||q) = {value}
```
"""


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("julia", 'println("KL(p||q) = ", kldivergence(p, q))'),
        ("r", 'cat("KL(p||q) =", KL(rbind(p, q), unit = "log"), "\\n")'),
        ("python", 'print("KL(p||q) =", entropy(p, q))'),
    ],
)
def test_printed_output_of_a_library_measure_is_read_in_the_unit_it_holds_in(language: str, code: str) -> None:
    """The library prints nats in a document that says bits: the value holds, in nats; a wrong one is false."""
    right = JULIA.format(language=language, code=code, value=repr(float(NATS)))
    wrong = JULIA.format(language=language, code=code, value=f"{float(NATS) + 0.05:.6f}")
    assert _kl(right) == [("holds", "nats")]
    assert [verdict for verdict, _ in _kl(wrong)] == ["false"]


@pytest.mark.parametrize(
    "code",
    [
        "d = np.sum(p * np.log2(p / q))\nprint('KL(p||q) =', d)",
        "def KL(p, q):\n    return np.sum(p * np.log2(p / q))\n\nprint('KL(p||q) =', KL(p, q))",
    ],
)
def test_printed_output_of_code_with_its_own_log2_stays_in_bits(code: str) -> None:
    """Near miss: code that takes np.log2 itself (in a function named like a library's) prints bits, and the nats
    value there is false."""
    text = JULIA.format(language="python", code=code, value=repr(float(NATS)))
    assert _kl(text) == [("false", "bits")]


@pytest.mark.parametrize(
    "header",
    [
        "These notes use bits unless a line says nats.",
        "All values are in bits, except where a line says nats.",
        "Alle Werte in Bits, außer wo eine Zeile Nats nennt.",
        "Tout est en bits, sauf mention contraire en nats.",
        "本文使用 bits，除非另有说明为 nats。",
    ],
)
def test_an_exception_in_the_header_does_not_name_the_base(header: str) -> None:
    """The header names bits: a bare value is read in bits, and the nats of the exception is not counted."""
    text = f"{header}\n\nIn nats, $D(R\\|S) \\approx {float(NATS):.4f}$.\n\nR = (1/4, 3/4), S = (1/2, 1/2).\n"
    report = check_text(text, "notes.md")
    assert report.base.name == "2", report.base.detail
