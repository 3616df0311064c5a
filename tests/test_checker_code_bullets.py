"""Bullets in a docstring or a comment (``- H(P) = 1.5 bits``) are list items, as in Markdown, not minus signs."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

#: H(P) of P = (1/2, 1/4, 1/4) in bits, and D_KL(P||U) against the uniform U on three outcomes, with mpmath.
ENTROPY = -sum(p * mpmath.log(p, 2) for p in (mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 4))
KL = mpmath.log(3, 2) - ENTROPY


def _claims(text: str, name: str) -> list[tuple[str, str, str]]:
    report = check_text(text, name)
    return [(claim.kind, claim.verdict, claim.text) for claim in report.claims if claim.kind != "definition"]


BULLETS = [
    "- H(P) = {h} bits\n- D(P||U) = {k} bits",
    "* H(P) = {h} bits\n* D(P||U) = {k} bits",
    "  - Entropie H(P) = {h} Bit\n  - KL-Divergenz D(P||U) = {k} Bit",
    "- 엔트로피 H(P) = {h} 비트\n- 발산 D(P||U) = {k} 비트",
    "• H(P) = {h} bits\n• D(P||U) = {k} bits",
]


@pytest.mark.parametrize("bullets", BULLETS)
@pytest.mark.parametrize("off", [0.0, 0.1])
def test_bullets_in_a_docstring_are_not_minus_signs(bullets: str, off: float) -> None:
    """In a .py docstring and in a docstring in a Markdown fence: each value holds, or a wrong one is false."""
    said = bullets.format(h=f"{float(ENTROPY) + off:g}", k=f"{float(KL):.4f}")
    module = f'"""Measures of P = [0.5, 0.25, 0.25] and U = [1/3, 1/3, 1/3].\n\n{said}\n"""\n'
    for text, name in ((module, "measures.py"), (f"```python\n{module}```\n", "notes.md")):
        verdicts = {kind: verdict for kind, verdict, _ in _claims(text, name)}
        assert verdicts == {"entropy": "false" if off else "holds", "kl": "holds"}, (name, _claims(text, name))


def test_bullets_in_comment_lines_are_not_minus_signs() -> None:
    """A .py file's comment lines: ``# - H(P) = 1.5 bits`` holds."""
    text = f"# P = [0.5, 0.25, 0.25]\n# - H(P) = {float(ENTROPY):g} bits\nimport numpy as np\n"
    assert _claims(text, "measures.py") == [("entropy", "holds", "H(P) = 1.5")]


@pytest.mark.parametrize("line", ["- 0.5 * log2(0.5) - 0.5 * log2(0.5) = 1", "- log2(0.5) = 1"])
def test_a_dash_before_a_number_or_a_log_stays_a_minus(line: str) -> None:
    """Near miss: a line of a docstring that starts with a number or a logarithm after its dash is maths."""
    text = f'"""Entropy of a fair coin, worked:\n\n{line}\n"""\n'
    assert [verdict for _, verdict, _ in _claims(text, "coin.py")] == ["holds"]
