"""``kldocs check`` on values shown for calls of library functions for normal distributions: R examples with
their output pasted as ``#> [1] 0.318`` (reprex, pkgdown) or ``## [1]`` (knitr), JavaScript examples with
``// returns ~1.419``, in fenced blocks and in pages copied as plain text.

Each document is written here, small, for the test. The true values come from the closed forms written out
here with mpmath (the differential entropy ``ln(2 pi e sigma^2) / 2``, and the KL divergence of two normals).
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text


def _entropy(sd: float) -> mpmath.mpf:
    return mpmath.log(2 * mpmath.pi * mpmath.e * mpmath.mpf(str(sd)) ** 2) / 2


def _kl(mean1: float, sd1: float, mean2: float, sd2: float) -> mpmath.mpf:
    m1, s1, m2, s2 = (mpmath.mpf(str(value)) for value in (mean1, sd1, mean2, sd2))
    return mpmath.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - mpmath.mpf(1) / 2


def _claims(text: str, name: str) -> list[Checked]:
    return [claim for claim in check_text(text, name).claims if claim.kind in ("kl", "entropy")]


def _shown(value: mpmath.mpf, digits: int) -> str:
    return mpmath.nstr(value, digits, strip_zeros=False)


R_PAGE = """Reference

Computes the KL divergence between two univariate normal distributions.

Examples

kl_normal(mean_p = 0, sd_p = 1.5, mean_q = 2, sd_q = 3)
#> [1] {first}
kl_normal(mean_p = 1, sd_p = 2^2, mean_q = 1, sd_q = 4^2)
#> [1] {second}
"""


@pytest.mark.parametrize("name", ["reference.txt", "reference.md"])
def test_r_output_of_a_normal_kl_call_is_checked(name: str) -> None:
    first, second = _shown(_kl(0, 1.5, 2, 3), 7), _shown(_kl(1, 4, 1, 16), 7)
    claims = _claims(R_PAGE.format(first=first, second=second), name)
    assert [claim.verdict for claim in claims] == ["holds", "holds"]


def test_a_spread_that_fits_as_a_variance_holds_read_so() -> None:
    variance_reading = _kl(1, 1, 1, 2)  # sigma2 = 2^2 = 4 read as a variance: a standard deviation of 2
    text = f"```r\nkld_norm(mu1 = 1, sigma1 = 1, mu2 = 1, sigma2 = 2^2)\n#> [1] {_shown(variance_reading, 7)}\n```\n"
    [claim] = _claims(text, "page.md")
    assert claim.verdict == "holds"
    assert "N(1, 4)" in claim.text  # the variance, as N(a, b) writes it


def test_a_value_that_fits_no_reading_is_left_unchecked_never_false() -> None:
    text = "```r\nkld_norm(mu1 = 0, sigma1 = 1, mu2 = 1, sigma2 = 2)\n## [1] 0.7777\n```\n"
    report = check_text(text, "page.md")
    assert [claim.verdict for claim in report.claims] == ["unchecked"]
    assert "standard deviations" in (report.claims[0].note or "")


JS_PAGE = """Differential entropy

Usage

var h = require( '@scope/dists/normal/entropy' );

h( mu, sigma )

Returns the differential entropy (in nats).

var v = h( 0.5, 2.5 );
// returns ~{first}

v = h( 3.0, 0.25 );
// returns ~{second}

v = h( 1.0, 1.0 );
// returns ~9.9
"""


@pytest.mark.parametrize("name", ["api.txt", "api.md"])
def test_javascript_returns_comments_of_a_normal_entropy_module_are_checked(name: str) -> None:
    text = JS_PAGE.format(first=_shown(_entropy(2.5), 4), second=_shown(_entropy(0.25), 4))
    claims = check_text(text, name).claims
    assert [claim.verdict for claim in claims] == ["holds", "holds", "unchecked"]


def test_a_module_of_another_family_is_not_read_as_normal() -> None:
    text = "var h = require( '@scope/dists/gamma/entropy' );\n\nvar v = h( 2.0, 1.0 );\n// returns ~1.0\n"
    assert [claim.verdict for claim in check_text(text, "api.txt").claims if claim.verdict != "unchecked"] == []


def test_prose_lines_with_semicolons_are_not_code() -> None:
    text = "First, compute the entropy(p);\nthen compare it with the KL divergence of 0.5;\n"
    assert all(claim.verdict != "false" for claim in check_text(text, "notes.txt").claims)


def test_python_and_javascript_calls_shown_or_named_are_read() -> None:
    value = _shown(_entropy(0.5), 4)
    text = (
        "```python\nfrom scipy.stats import norm\n"
        f"print(norm.entropy(1, 0.5))  # {value}\nh = norm.entropy(loc=1, scale=0.5)  # {value}\n```\n\n"
        f"```js\nconst h = require('@scope/dists-normal-entropy');\nconsole.log( h( 1.0, 0.5 ) );\n// => {value}\n```\n"
    )
    claims = check_text(text, "page.md").claims
    assert [claim.verdict for claim in claims] == ["holds"]
    assert len(claims[0].lines) == 3  # the same claim, on three lines
