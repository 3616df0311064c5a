"""A second symbol of the same measure later on a line ("La divergence D(A‖B) vaut 0,531 bit. Dans l'autre sens,
D(B‖A) vaut 0,737 bit.") is read as the first; and a bracketed list of probabilities with decimal commas parted by
", " (``(0,7, 0,2, 0,1)``) is read as the distribution it is."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

LEAD = "- la ville A : sec 0,9 / pluvieux 0,1\n- la ville B : sec 0,5 / pluvieux 0,5\n\n"


def _kl(p: list[str], q: list[str]) -> mpmath.mpf:
    return mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b), 2) for a, b in zip(p, q, strict=True))


#: D(A||B) = 0.531 and D(B||A) = 0.737 bits, worked out here with mpmath.
FORWARD, BACKWARD = _kl(["0.9", "0.1"], ["0.5", "0.5"]), _kl(["0.5", "0.5"], ["0.9", "0.1"])


def _judged(line: str) -> list[tuple[str, str, str | None]]:
    report = check_text(LEAD + line + "\n", "notes.md")
    return [(claim.text, claim.verdict, claim.value) for claim in report.claims if claim.kind != "definition"]


@pytest.mark.parametrize(
    ("line", "second"),
    [
        ("La divergence $D(A \\| B)$ vaut 0,531 bit. Dans l'autre sens, $D(B \\| A)$ vaut {v} bit aussi.", "0,531"),
        ("La divergence $D(A \\| B)$ vaut 0,531 bit. Dans l'autre sens, $D(B \\| A)$ vaut {v} bit.", "0,737"),
        ("La divergence $D(A \\| B)$ vaut 0,531 bit, et $D(B \\| A)$ vaut {v} bit.", "0,9"),
        ("Die KL-Divergenz $D(A \\| B)$ beträgt 0,531 Bit, und umgekehrt $D(B \\| A)$ beträgt {v} Bit.", "0,737"),
        ("Дивергенция $D(A \\| B)$ равна 0,531 бит, а $D(B \\| A)$ равна {v} бит.", "0,9"),
    ],
)
def test_the_second_symbol_on_a_line_is_read(line: str, second: str) -> None:
    first, other = _judged(line.format(v=second))
    assert first[1] == "holds" and mpmath.nstr(FORWARD, 3) == "0.531"
    right = mpmath.nstr(BACKWARD, 3) == second.replace(",", ".")
    assert "D(B" in other[0] and other[1] == ("holds" if right else "false")
    assert mpmath.almosteq(mpmath.mpf(other[2] or "nan"), BACKWARD, 1e-9) or right


@pytest.mark.parametrize(
    "line",
    [
        "La divergence $D(A \\| B)$ vaut 0,531 bit. Si on change B, $D(A \\| B)$ vaut 0,2 bit.",
        "La divergence $D(A \\| B)$ vaut 0,531 bit, et $H(A)$ vaut 0,2 bit.",
    ],
)
def test_a_supposition_or_another_measure_is_not_read_again(line: str) -> None:
    assert [verdict for _, verdict, _ in _judged(line)] == ["holds"]


@pytest.mark.parametrize("stated", ["1,157", "1,257"])
def test_a_list_with_decimal_commas_and_comma_separators_is_the_distribution(stated: str) -> None:
    shares = [mpmath.mpf("0.7"), mpmath.mpf("0.2"), mpmath.mpf("0.1")]
    bits = -mpmath.fsum(share * mpmath.log(share, 2) for share in shares)
    report = check_text(f"Seja P = (0,7, 0,2, 0,1). A entropia é H(P) ≈ {stated} bits.\n", "notas.md")
    definition, claim = report.claims
    assert definition.text == "P = (0.7, 0.2, 0.1)" and definition.verdict == "holds"
    assert claim.verdict == ("holds" if mpmath.nstr(bits, 4) == stated.replace(",", ".") else "false")
    assert mpmath.almosteq(mpmath.mpf(claim.value or "nan"), bits, 1e-9)


def test_an_interval_in_a_document_with_decimal_points_keeps_its_commas() -> None:
    report = check_text("Seja P = (0.7, 0.2, 0.1) e o intervalo (0,1, 0,2).\n", "notas.md")
    assert [claim.text for claim in report.claims] == ["P = (0.7, 0.2, 0.1)"]
