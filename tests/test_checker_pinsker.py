"""``kldocs check`` on Pinsker's inequality written as a formula, in notes of several languages and notations.

Whether a constant holds is worked out here with mpmath, never with kldocs: for two coins of biases ``p`` and
``q`` the total variation is ``|p - q|`` and the KL divergence a sum over the two outcomes; near-equal coins
bring ``KL / TV²`` as close to 2 as one likes, so any constant above 2 (in nats) fails for some pair, and a
pair with disjoint supports makes KL infinite while TV is 1, so no bound of KL from above by TV holds.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _coins(p: mpmath.mpf, q: mpmath.mpf) -> tuple[mpmath.mpf, mpmath.mpf]:
    """(TV, KL in nats) of two coins: TV is half the L1 distance of the two mass functions."""
    first, second = (p, 1 - p), (q, 1 - q)
    tv = mpmath.fsum(abs(a - b) for a, b in zip(first, second, strict=True)) / 2
    return tv, mpmath.fsum(a * mpmath.log(a / b) for a, b in zip(first, second, strict=True))


def _smallest_ratio() -> mpmath.mpf:
    """The smallest KL / TV² over a few pairs of coins near p = 1/2: just above 2."""
    half = mpmath.mpf(1) / 2
    ratios = []
    for step in ("0.001", "0.01", "0.1"):
        tv, kl = _coins(half, half + mpmath.mpf(step))
        ratios.append(kl / tv**2)
    return min(ratios)


def test_the_truth_the_cases_rest_on() -> None:
    ratio = _smallest_ratio()
    assert 2 < ratio < mpmath.mpf("2.001")  # 2 holds, and anything above 2.001 already fails
    assert ratio < 2 / mpmath.log(2)  # in bits the ratio is larger: 2.5 fails in nats, holds in bits
    tv, kl = _coins(mpmath.mpf("0.3"), mpmath.mpf("0.6"))
    assert tv <= mpmath.sqrt(kl / 2) and not tv <= mpmath.sqrt(kl / 4)


def _bounds(page: str) -> list[tuple[str, str]]:
    claims = check_text(page, "notes.md").claims
    return [(claim.verdict, claim.text) for claim in claims if claim.kind == "bound"]


@pytest.mark.parametrize(
    ("formula", "verdict"),
    [
        (r"\mathrm{TV}(P,Q) \le \sqrt{D_{KL}(P\|Q)/2}", "holds"),
        (r"D_{KL}(P\|Q) \ge 2\,\mathrm{TV}(P,Q)^2", "holds"),
        (r"\delta(P, Q) \leq \sqrt{\frac{1}{2} D(P \| Q)}", "holds"),
        (r"\|P - Q\|_1 \le \sqrt{2\, D_{KL}(P\|Q)}", "holds"),  # the L1 norm is twice TV
        (r"KL(P||Q) >= 0.5 * TV(P, Q)^2", "holds"),  # weaker than Pinsker's, still true
        (r"D_{\mathrm{KL}}(P\|Q) \geq \frac{1}{2}\|P-Q\|_1^2", "holds"),  # never "KL >= 1/2"
        (r"D_{KL}(P\|Q) \ge 4\,\mathrm{TV}(P,Q)^2", "false"),
        (r"\mathrm{TV}(P,Q) \le \sqrt{D_{KL}(P\|Q)/4}", "false"),
        (r"\mathrm{TV}(P,Q) \le \frac{1}{2} D_{KL}(P\|Q)", "false"),  # no square root: fails for near-equal coins
        (r"D_{KL}(P\|Q) \le 2\,\mathrm{TV}(P,Q)^2", "false"),  # KL is not bounded above by TV
        (r"\|P - Q\|_1 \le \sqrt{D_{KL}(P\|Q)/2}", "false"),
    ],
)
def test_pinsker_in_a_french_list(formula: str, verdict: str) -> None:
    page = "# Propriétés\n\n- Elle est définie pour P absolument continue par rapport à Q.\n"
    page += f"- Inégalité de Pinsker (en nats) : ${formula}$\n"
    assert _bounds(page) == [(verdict, formula)]


def test_a_constant_true_of_kl_in_bits_only_is_left_unjudged() -> None:
    ratio = _smallest_ratio()
    assert ratio < mpmath.mpf("2.5") < ratio / mpmath.log(2)
    page = "Pinsker-Ungleichung:\n\n$$D_{KL}(P\\|Q) \\ge 2.5\\,\\mathrm{TV}(P,Q)^2$$\n"
    assert _bounds(page) == []


@pytest.mark.parametrize(
    "formula",
    [
        r"D_{KL}(P\|Q) \ge 2\,\mathrm{TV}(P,Q)^2 - \epsilon",  # another term: not read
        r"\mathrm{TV}(P,Q) \le \sqrt{D_{KL}(P\|Q)/2} \le 1",  # two relations
        r"H(P) \ge 2\,\mathrm{TV}(P,Q)^2",  # not a KL divergence
        r"D_{KL}(P\|Q) \ge 2\,\mathrm{TV}^2",  # TV without its distributions: not read, and never "KL >= 2"
    ],
)
def test_formulas_that_are_not_pinsker_are_not_judged(formula: str) -> None:
    page = f"Notes.\n\n$${formula}$$\n"
    assert [verdict for verdict, _ in _bounds(page)] in ([], ["unchecked"])


@pytest.mark.parametrize(
    "line",
    ["KL(P||Q) >= 2 TV(P,Q)^2", "KL(P||Q) >= 2 TV^2", "D(P||Q) >= 2 TV(P, Q)^2 in nats", "KL(P||Q) >= 0.5 ||P-Q||_1^2"],
)
def test_pinsker_in_plain_text_is_never_read_as_kl_at_least_two(line: str) -> None:
    tv, kl = _coins(mpmath.mpf("0.5"), mpmath.mpf("0.6"))
    assert kl < 2 and kl >= 2 * tv**2  # "KL >= 2" would fail here though Pinsker's inequality holds
    claims = check_text(f"Slide 5 - Pinsker\n\n  {line}\n", "slides.txt").claims
    assert [claim.verdict for claim in claims if claim.verdict == "false"] == []
