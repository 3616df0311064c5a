"""Right claims next to something that looks like a reason to call them false: a unit inside a name
(``D_nats(P||Q) = 0.5108`` beside values in bits), the reverse of a Shannon inequality said of the case where it
holds, and a bound on the divergence from a uniform U. None is false; the plain wrong forms still are.

Truths are worked out here with mpmath.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

_P, _Q = [mpmath.mpf(1) / 2] * 2, [mpmath.mpf(9) / 10, mpmath.mpf(1) / 10]


def _verdicts(text: str) -> dict[str, str]:
    return {claim.text: claim.verdict for claim in check_text(text, "a.md").claims if claim.kind != "definition"}


@pytest.mark.parametrize("name", ["D_nats(P||Q)", "D_KL_nats", "kl_nats"])
def test_a_unit_inside_a_name_does_not_set_the_line_s_unit(name: str) -> None:
    bits = mpmath.fsum(p * mpmath.log(p / q, 2) for p, q in zip(_P, _Q, strict=True))
    nats = bits * mpmath.log(2)
    line = f"H(P) = 1.0000   D(P||Q) = {mpmath.nstr(bits, 4)}   {name} = {mpmath.nstr(nats, 4)}"
    verdicts = _verdicts(f"P = (0.5, 0.5), Q = (0.9, 0.1), logs base 2.\n\n```\n{line}\n```\n")
    assert verdicts["H(P) = 1.0000"] == "holds" and verdicts[f"D(P||Q) = {mpmath.nstr(bits, 4)}"] == "holds"
    assert "false" not in verdicts.values()


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Its reverse, $H(X|Y) \\ge H(X)$, holds only with equality, when X and Y are independent.", "unchecked"),
        ("$H(X|Y) \\ge H(X)$ when X and Y are independent.", "unchecked"),
        ("Wenn X und Y unabhängig sind, gilt $H(X|Y) \\ge H(X)$ mit Gleichheit.", "holds"),  # supposed first
        ("Conditioning increases entropy: $H(X|Y) \\ge H(X)$.", "false"),
    ],
)
def test_the_reverse_of_a_shannon_inequality_said_of_its_case(sentence: str, verdict: str) -> None:
    verdicts = _verdicts(sentence + "\n")
    assert [value for text, value in verdicts.items() if text.startswith("H(X|Y)")] == [verdict]


def test_a_bound_on_the_divergence_from_a_uniform_u_is_not_tried_on_any_pair() -> None:
    # D(P||U) = log 3 - H(P) <= log 3 for U uniform on three outcomes: right, though false for an arbitrary U
    text = "For every $P$ on three outcomes and $U$ uniform on them, $0 \\le D(P\\|U) \\le \\log_2 3$ bits.\n"
    assert "false" not in _verdicts(text).values()
    assert "false" in _verdicts("For every $P$ and $Q$, $D(P\\|Q) \\le \\log_2 3$ bits.\n").values()


def test_a_line_of_output_labelled_by_its_unit_is_read_in_it() -> None:
    bits = mpmath.fsum(p * mpmath.log(p / q, 2) for p, q in zip(_P, _Q, strict=True))
    nats = bits * mpmath.log(2)
    block = f"bits: H(P)=1.0000  D(P||Q)={mpmath.nstr(bits, 3)}\nnats: H(P)=0.6931  D(P||Q)={mpmath.nstr(nats, 4)}\n"
    verdicts = _verdicts(f"P = (0.5, 0.5), Q = (0.9, 0.1), logs base 2.\n\n```\n{block}```\n")
    assert list(verdicts.values()) == ["holds"] * 4
    wrong = _verdicts("P = (0.5, 0.5), Q = (0.9, 0.1).\n\n```\nnats: H(P)=1.0000\n```\n")
    assert list(wrong.values()) == ["false"]  # H(P) = ln 2 nats, and 1.0000 is its value in bits


def test_a_bound_on_the_divergence_from_u_is_not_tried_on_any_pair_even_unnamed() -> None:
    text = "For every $P$ on three outcomes, $0 \\le D(P\\|U) \\le \\log_2 3$ bits.\n"
    assert "false" not in _verdicts(text).values()
