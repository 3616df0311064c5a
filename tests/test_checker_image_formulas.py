"""A formula shown as a picture whose alt text is its LaTeX source (answer sites, wikis saved as text or Markdown)
is read like a displayed formula: its value is judged, the image's address is not prose."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

#: H(1/8, 7/8) in bits, worked out here: the value the pages below write.
ENTROPY = -(mpmath.mpf(1) / 8 * mpmath.log(mpmath.mpf(1) / 8, 2) + mpmath.mpf(7) / 8 * mpmath.log(mpmath.mpf(7) / 8, 2))

PAGES = [
    # an answer site: the source written twice in the alt text
    "A source sends x with probability 1/8 and y with probability 7/8.\n"
    "![\\displaystyle h=\\frac18\\log_2 8+\\frac78\\log_2\\frac87={v}\\text{ bit} "
    "\\displaystyle h=\\frac18\\log_2 8+\\frac78\\log_2\\frac87={v}\\text{ bit}](https://img.example/f?tex=h%3D1)\n",
    # a wiki saved as Markdown: the source wrapped in {\displaystyle ...}
    "For a source with two letters, ![{\\displaystyle H=-\\left({\\tfrac {1}{8}}\\log _{2}{\\tfrac {1}{8}}"
    "+{\\tfrac {7}{8}}\\log _{2}{\\tfrac {7}{8}}\\right)={v}}](https://img.example/math/render/9f2c) bits.\n",
]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("name", ["answer.txt", "wiki.md"])
@pytest.mark.parametrize("off", [0.0, 0.02])
def test_a_formula_in_an_images_alt_text_is_judged(page: str, name: str, off: float) -> None:
    text = page.replace("{v}", f"{float(ENTROPY) + off:.3f}")
    verdicts = [claim.verdict for claim in check_text(text, name).claims if claim.kind != "definition"]
    assert verdicts == ["false" if off else "holds"]


@pytest.mark.parametrize(
    "page",
    [
        "An arrow ![next = page 2](arrow.png) and a plot ![entropy curve, p = 0.5 at the top](curve.png).\n",
        "A plot of ![\\alpha](a.png) against the entropy, 0.7 bits.\n",
    ],
)
def test_images_that_show_no_formula_are_not_read_as_one(page: str) -> None:
    assert not check_text(page, "page.md").claims
