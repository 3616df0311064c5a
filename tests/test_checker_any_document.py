r"""``kldocs check`` never stops with an exception, whatever numbers a document puts in the forms it reads.

Each document is put together from pieces that reach the checker's readers (densities on grids, functions of
the document's own, joint tables as matrices and as text, channel matrices, textbook notation, sample
estimates, worked chains, HTML-wrapped maths, list bullets), with numbers drawn from ordinary and extreme
values: zero, negatives, 1e308, 10**400, nan. The check must finish with a report in every format.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs.checker import check_text

NUMBERS = st.sampled_from(
    [
        "0",
        "1",
        "-1",
        "0.5",
        "2",
        "1e308",
        "1e-308",
        "10**400",
        "-0.0",
        "1/3",
        "0.25",
        "3",
        "nan",
        "2.5",
        "100",
        "1e-320",
    ]
)

Piece = Callable[[list[str]], str]

PIECES: list[Piece] = [
    lambda n: (
        f"import numpy as np\nfrom scipy.stats import norm\nx = np.linspace({n[0]}, {n[1]}, 100)\n"
        f"p = norm.pdf(x, {n[2]}, {n[3]})\nq = norm.pdf(x, {n[4]}, {n[5]})\ndx = x[1] - x[0]\n"
        f"print('KL:', np.sum(p * np.log(p / q)) * dx)\n# KL: {n[6]}\nprint(np.sum(p * np.log(p / q)))\n# {n[7]}\n"
    ),
    lambda n: (
        f"import numpy as np\nx = np.arange({n[0]}, {n[1]}, {n[2]})\n"
        "def kl_normal(mu1, s1, mu2, s2):\n"
        f"    return np.log(s2 / s1) + (s1**2 + (mu1 - mu2)**{n[3]}) / (2 * s2**2) - 0.5\n"
        f"\nprint(kl_normal({n[4]}, {n[5]}, {n[6]}, {n[7]}))\n# {n[0]}\n"
    ),
    lambda n: (
        f"$$P(X,Y) = \\left[\\begin{{array}}{{cc}} {n[0]} & {n[1]} \\\\ {n[2]} & {n[3]} \\end{{array}}\\right]$$\n\n"
        f"$H(X,Y) = {n[4]}$ bits, $H(Y|X) = {n[5]}$, $I(X;Y) = H(X) - H(X|Y) = {n[6]}$.\n"
    ),
    lambda n: (
        f"      Y=0   Y=1\nX=0   {n[0]}   {n[1]}\nX=1   {n[2]}   {n[3]}\n\n"
        f"H(X,Y) = {n[4]} bits\nI(X;Y) = 1.000 + 1.000 - {n[5]} = {n[6]} bits\n"
    ),
    lambda n: (
        f"$$P(Y|X) = \\begin{{pmatrix}} {n[0]} & {n[1]} \\\\ {n[2]} & {n[3]} \\end{{pmatrix}}$$ with "
        f"$P(X) = ({n[4]}, {n[5]})$, so $H(Y|X) = {n[6]}$ nats.\n"
    ),
    lambda n: (
        f"The KL divergence of $N({n[0]}, {n[1]}^2)$ and $N({n[2]}, {n[3]}^2)$ is {n[4]} nats (≈ {n[5]} bits).\n\n"
        "## KL divergence\n\n- Always ≥ 0\n- Zero only when P = Q\n"
    ),
    lambda n: (
        "$$D_{KL}(p\\|q) \\simeq \\sum_{i=1}^{N} \\{ -\\ln q(x_i) + \\ln p(x_i) \\}$$\n"
        f"$$H[X] = -\\sum_x \\Pr(x) \\log_2 \\Pr(x) = {n[0]}$$\n"
    ),
    lambda n: f'<div class="math">\n$$ H(P) = {n[0]} $$ for $P = ({n[1]}, {n[2]})$\n</div>\n',
    lambda n: f"P = ({n[0]}, {n[1]})\nH = -(1/4 log2 1/4 + 3/4 log2 3/4)\nH ≈ {n[2]} + {n[3]}\nH ≈ {n[4]} бита\n",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(range(len(PIECES))), st.lists(NUMBERS, min_size=8, max_size=8)), max_size=3),
    st.sampled_from(["a.md", "a.tex", "a.txt", "a.py"]),
)
def test_a_document_of_any_numbers_in_the_forms_read_gets_a_report(
    pieces: list[tuple[int, list[str]]], name: str
) -> None:
    text = "\n".join(PIECES[index](numbers) for index, numbers in pieces)
    report = check_text(text, name)
    assert all(claim.verdict in ("holds", "false", "unchecked") for claim in report.claims)
