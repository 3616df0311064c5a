"""A kind of distribution named on the spot ("une pièce équilibrée $U = (0{,}5 ; 0{,}5)$") is the one in force
under that name: a wrong value about it is false, not left unchecked as a distribution of the sentence's own."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def kl_bits(p: list[str], q: list[str]) -> mpmath.mpf:
    return sum(mpmath.mpf(x) * mpmath.log(mpmath.mpf(x) / mpmath.mpf(y), 2) for x, y in zip(p, q, strict=True))


P, U = ["0.9", "0.1"], ["0.5", "0.5"]


def verdicts(text: str) -> dict[str, tuple[str, str | None]]:
    return {claim.text: (claim.verdict, claim.value) for claim in check_text(text, "td.md").claims}


@pytest.mark.parametrize(
    ("lead", "claim"),
    [
        ("Par rapport à une pièce équilibrée $U = (0{,}5 ; 0{,}5)$, la divergence", "$D_{KL}(U\\|P) = {v}$ bit"),
        ("Compared with a fair coin $U = (0.5, 0.5)$, the divergence", "$D_{KL}(U\\|P) = {v}$ bits"),
        ("Verglichen mit einer fairen Münze U = (0,5; 0,5) ist", "D(U‖P) = {v} Bit"),
    ],
)
def test_a_kind_named_on_the_spot_is_judged(lead: str, claim: str) -> None:
    p_line = "On a P = (0,9 ; 0,1).\n\n" if "0{,}5" in lead or "0,5" in lead else "Let P = (0.9, 0.1).\n\n"
    right = mpmath.nstr(kl_bits(U, P), 3)  # 0.737
    wrong = mpmath.nstr(kl_bits(P, U), 3)  # 0.531, the other direction
    comma = "{,}" if "{,}" in lead else ("," if "0,5" in lead else ".")
    for value, verdict in ((right, "holds"), (wrong, "false")):
        shown = value.replace(".", comma)
        found = verdicts(f"{p_line}{lead} {claim.replace('{v}', shown)}.\n")
        key = next(text for text in found if "(U" in text)
        assert found[key][0] == verdict, (value, found)
        if verdict == "false":
            assert mpmath.almosteq(mpmath.mpf(found[key][1] or "nan"), kl_bits(U, P), 1e-9)


def test_a_kind_not_named_still_speaks_of_its_own() -> None:
    """U in force is (0.6, 0.4); the sentence speaks of a fair coin it does not name: not judged against U."""
    text = "Let P = (0.9, 0.1) and U = (0.6, 0.4).\n\nFor a fair coin, $D_{KL}(U\\|P) = 0.737$ bits.\n"
    found = verdicts(text)
    assert found["D_{KL}(U\\|P) = 0.737"][0] == "unchecked"
