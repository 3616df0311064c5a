"""``kldocs check`` on documents written the way people write them, scored against a ground truth.

Each document in ``tests/documents/wild/`` reproduces patterns met in public
notebooks, posts and answer sheets: printed output (fenced, indented, in a
code block, in notebook cells), the colon form, Python lists, tables, claims
in words, joint and conditional entropies, comments and verbatim, indented
fences, two units in two sections, two units on one line, questions and
physical constants, a leading minus in plain text, formulas copied from a web
page with their TeX, a symbol defined as the JS distance, values in comments
after ``scipy.stats.entropy`` calls, lines printed under code with no label (paired with
the prints that printed them), values whose digits are cut off
(``0.81127...``), definitions of cross-entropy and entropy as sums with
the sign flipped (alone and as the first row of a chain), ``log<sub>2</sub>``
and an escaped star in Markdown typed without maths markup, a formula with
its value in a code span, properties stated in words (English and Korean).
Later ones: a pipe table with no header separator row; ``log2 8`` and a
self-information without its minus; logarithms in an equation editor's
braces; entropy as probabilities times code lengths; an entropy expansion
without its minus (continued on the next line or list item); lines a format
string printed under a heading, a value in the sentence after code and
values printed with an exponent, or without it; a
unit with a prefix (Mbits); ``H(1/2, 1/4, 1/4)``, ``0. 25``, item labels ``(a)`` and HTML
fractions; decimal commas (with a log's value in brackets, and ``Log2`` in
Korean); a value in a ``//`` comment after a family's entropy and a comment
with values in two units; examples of a coding exercise (``Input:`` lists or
JSON, then ``Output:``), calls on lists of numbers and an interactive session. Later still: assignments
run together on one line; ``-1/4 log2 1/4`` and ``p log p/q`` without brackets; values in tests of code
(``assert abs(...) < tol``, ``approxEqual``, ``toBeCloseTo``), doctests with weights SciPy normalises, functions
written in JavaScript and R; output under labels in Italian, Spanish, German, Chinese and Korean, and after
``输出：`` on one line; properties stated in Spanish, Italian, Chinese and Korean; ``log2 n``, ``log ₂``, ``=→``;
final answers on a line of their own; a table of binary entropies; a value printed through the name it was
assigned to, of lists with long names (``[1/4] * 4`` too, in the cell or above it), and a cell's last value shown as
``np.float64(...)``; "the entropy of P is 1,5 bits" as sentences in seven languages; ``Q(A) = Q(B) = 0.5``,
``!=`` in plain text, ``≒``, "never negative"; properties stated in French, German, Portuguese, Russian and
Japanese, and of a bare "kl" in Spanish; the JSD as the average of KL with the arguments swapped; KL defined
with its arguments after a comma, ``KL(P,Q) = \\sum ...``; "It's a metric" right under a heading that names
the measure. Formulas as exported: another name for
the measure before its definition (``D(P\\|Q) = KL(P,Q) = \\sum ...``, ``\\over``), a sum weighted the wrong
way, mixed numbers (``1 ¾``, ``1\\frac{3}{4}``), escaped delimiters (``\\\\[``) and delimiters in plain text;
products with ``×``, ``·`` and `` . ``, Unicode ``Σ pᵢ log₂``, superscripts and ``\\over``; definitions
in an equation editor's doubled braces; LaTeX lines typed with no delimiters. Worked answers: terms
worked out one per line, then added (``H = 0.5288 + ...``) and totalled; ``H(S)`` set to the expansion of
numbers that sum to 1 where S is defined nowhere; the bits of entropy of one roll of a die with N sides, in words;
a value said again in a sentence after it was computed ("which gives a divergence of about 0.0258 nats", "约为
0.0253 nats 和 0.0258 nats", "cerca de 0,0253 nats"); properties said of "it" after a sentence about one
divergence, a second property after "and", and tables of properties with a column (or a row) a measure.
The truth of every claim is computed here with mpmath, never taken from kldocs;
the benchmark ``benchmarks/checker_corpus.py`` scores the same way.
"""

from __future__ import annotations

from pathlib import Path

import mpmath
import pytest

from benchmarks.checker_corpus import score
from benchmarks.checker_truth import TWO, Claim, cross, entropy, jsd, kl, step, value
from kldocs.checker import check_file

WILD = Path(__file__).parent / "documents" / "wild"
P, Q = ["0.2", "0.5", "0.3"], ["0.3", "0.4", "0.3"]
FAIR, BIASED = ["0.5", "0.5"], ["0.9", "0.1"]
TABLE_P, TABLE_Q = ["0.5", "0.25", "0.25"], ["0.25", "0.5", "0.25"]
HEADS = ["0.8", "0.2"]
SIX, THREE = ["0.6", "0.4"], ["0.3", "0.7"]
SCIPY_P, SCIPY_Q = ["0.1", "0.6", "0.3"], ["0.3", "0.3", "0.4"]
QUARTER = ["0.25", "0.75"]
EIGHTHS = ["0.5", "0.25", "0.125", "0.125"]
UNIFORM4 = ["0.25"] * 4
ONE_HOT, PREDICTED = ["1", "0"], ["0.2", "0.8"]
NP_P, NP_Q = ["0.1", "0.2", "0.7"], ["0.3", "0.3", "0.4"]
NB_P, NB_Q = ["0.5", "0.25", "0.25"], ["0.25", "0.5", "0.25"]
COIN = ["0.25", "0.75"]
CLOSE_P, CLOSE_Q = ["0.6", "0.4"], ["0.55", "0.45"]
DYADIC = ["0.5", "0.25", "0.25"]
RAIN_P, RAIN_Q = ["0.6", "0.3", "0.1"], ["0.5", "0.3", "0.2"]
SWAPPED = ["0.25", "0.5", "0.25"]
SIXTEENTHS = ["0.5", "0.25", "0.125", "0.0625", "0.0625"]
ABC = ["0.25", "0.25", "0.5"]
FORECAST, THIRDS = ["0.2", "0.5", "0.3"], [str(mpmath.mpf(1) / 3)] * 3
SOURCE = ["0.375", "0.625"]
RESTATED_P, RESTATED_Q = ["0.5", "0.3", "0.2"], ["0.4", "0.4", "0.2"]
AGAIN_P, AGAIN_Q = ["0.6", "0.3", "0.1"], ["0.3", "0.4", "0.3"]


def _sum_p_log(weights: list[str], logged: list[str], base: object = mpmath.e) -> mpmath.mpf:
    """sum_x p(x) log(r(x)): the sum a definition writes, before any sign."""
    return mpmath.fsum(
        mpmath.mpf(p) * mpmath.log(mpmath.mpf(r)) / mpmath.log(base) for p, r in zip(weights, logged, strict=True)
    )


def _sum_ratio(weights: list[str], top: list[str], bottom: list[str]) -> mpmath.mpf:
    """sum_x w(x) log(t(x) / b(x)): a KL-shaped sum as written, before any sign."""
    return mpmath.fsum(
        mpmath.mpf(w) * mpmath.log(mpmath.mpf(t) / mpmath.mpf(b)) for w, t, b in zip(weights, top, bottom, strict=True)
    )


def _expansion(weights: list[str], logged: list[str]) -> mpmath.mpf:
    """sum_x w(x) log2 l(x): an entropy written out term by term, as the document writes it."""
    return mpmath.fsum(mpmath.mpf(w) * mpmath.log(mpmath.mpf(x), 2) for w, x in zip(weights, logged, strict=True))


def _lengths(weights: list[str], lengths: list[int]) -> mpmath.mpf:
    """sum_x p(x) l(x): the average length of a code with lengths l."""
    return mpmath.fsum(mpmath.mpf(p) * length for p, length in zip(weights, lengths, strict=True))


def _jsd_of_many(distributions: list[list[str]], base: object = mpmath.e) -> mpmath.mpf:
    """The JSD of several distributions with equal weights: H(mean) - mean of H."""
    mean = [
        str(mpmath.fsum(mpmath.mpf(p) for p in column) / len(distributions))
        for column in zip(*distributions, strict=True)
    ]
    return entropy(mean, base) - mpmath.fsum(entropy(p, base) for p in distributions) / len(distributions)


def _share(p: str) -> mpmath.mpf:
    """-p log2 p: one outcome's term of an entropy in bits."""
    return -mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2)


def _same(first: mpmath.mpf, second: mpmath.mpf) -> bool:
    return bool(mpmath.almosteq(first, second, 1e-25))


def _kl_density(f: object, g: object, low: object, high: object) -> mpmath.mpf:
    """KL between two densities by quadrature: the integral of f log(f/g) over [low, high]."""
    return mpmath.quad(lambda x: f(x) * mpmath.log(f(x) / g(x)), [low, 0, high])  # type: ignore[operator]


def _exponential(rate: int) -> object:
    return lambda x: rate * mpmath.exp(-rate * x) if x >= 0 else mpmath.mpf(0)


def _normal(mean: object, variance: object) -> object:
    return lambda x: mpmath.npdf(x, mean, mpmath.sqrt(variance))


def _kl_poisson(first: int, second: int) -> mpmath.mpf:
    """KL between two Poisson distributions as the series of p(k) log(p(k)/q(k))."""

    def pmf(rate: int, k: object) -> mpmath.mpf:
        return mpmath.exp(-rate) * mpmath.mpf(rate) ** k / mpmath.factorial(k)

    return mpmath.nsum(lambda k: pmf(first, k) * mpmath.log(pmf(first, k) / pmf(second, k)), [0, mpmath.inf])


EXP_12 = _kl_density(_exponential(1), _exponential(2), 0, mpmath.inf)
EXP_21 = _kl_density(_exponential(2), _exponential(1), 0, mpmath.inf)
POISSON_23 = _kl_poisson(2, 3)
NORMAL_01_14 = _kl_density(_normal(0, 1), _normal(1, 4), -mpmath.inf, mpmath.inf)
# The VAE term: each coordinate's normal against the standard normal, summed.
VAE = _kl_density(_normal("0.5", 1), _normal(0, 1), -mpmath.inf, mpmath.inf) + _kl_density(
    _normal(-1, "0.25"), _normal(0, 1), -mpmath.inf, mpmath.inf
)
LN2 = mpmath.log(2)


TRUTH: dict[str, list[Claim]] = {
    "output_blocks.md": [
        Claim(13, "0.737", value("0.737", kl(FAIR, BIASED, TWO))),
        Claim(14, "0.531", value("0.531", kl(BIASED, FAIR, TWO))),
        Claim(19, "0.511", value("0.511", kl(FAIR, BIASED))),
        Claim(20, "1.204", value("1.204", cross(FAIR, BIASED))),
        Claim(25, "0.368", value("0.368", kl(BIASED, FAIR))),
        Claim(26, "0.5", value("0.5", entropy(BIASED))),
        Claim(30, "0.75", value("0.75", kl(FAIR, BIASED, TWO))),
    ],
    "prose_claims.md": [
        Claim(5, "0.0305", value("0.0305", kl(P, Q))),
        Claim(5, "1.0297", value("1.0297", entropy(P))),
        Claim(7, "0.0324", value("0.0324", kl(Q, P))),
        Claim(9, "1.5", value("1.5", cross(P, Q)) or value("1.5", cross(Q, P))),
        Claim(15, "can be negative", False),
        Claim(19, "0.722", value("0.722", entropy(HEADS, TWO))),
    ],
    "tables_and_units.md": [
        Claim(13, "0.25", value("0.25", kl(TABLE_P, TABLE_Q, TWO))),
        Claim(14, "1.5", value("1.5", entropy(TABLE_P, TWO))),
        Claim(15, "1.75", value("1.75", cross(TABLE_P, TABLE_Q, TWO))),
        Claim(21, "0.1733", value("0.1733", kl(TABLE_P, TABLE_Q))),
        Claim(22, "1.0397", value("1.0397", entropy(TABLE_P))),
        Claim(23, "0.25", value("0.25", kl(TABLE_Q, TABLE_P))),
    ],
    "joint_entropy.md": [
        # The sum is written out: a self-contained claim. The joint and conditional entropies are out of scope.
        Claim(7, "1.970", value("1.970", entropy(["0.2", "0.3", "0.3", "0.2"], TWO))),
    ],
    "units_per_value.txt": [
        # The prose says "bit" once; each value carries its own unit, and the steps take the unit they lead to.
        Claim(5, "0.1920", value("0.1920", kl(SIX, THREE))),
        Claim(5, "0.2771", value("0.2771", kl(SIX, THREE, TWO))),
        Claim(7, "0.1838", value("0.1838", kl(THREE, SIX))),
        Claim(7, "0.2615", value("0.2615", kl(THREE, SIX, TWO))),
    ],
    "leading_minus.txt": [
        # In plain text a line that starts with "- " and a number starts with a minus sign.
        Claim(2, "2.1610", value("2.1610", entropy(["0.5", "0.1", "0.1", "0.1", "0.1", "0.1"], TWO))),
        Claim(5, "0.8213", value("0.8213", entropy(["0.25", "0.75"], TWO))),  # forum markup after it
        Claim(8, "= 1", value("1", entropy(FAIR, TWO))),
    ],
    "js_distance_symbol.md": [
        # The document defines JS as the square root of the JSD: its values are distances.
        Claim(3, "0.2251", value("0.2251", mpmath.sqrt(jsd(FAIR, HEADS)))),
        Claim(9, "0.22510", value("0.22510", mpmath.sqrt(jsd(FAIR, HEADS)))),
        Claim(13, "0.3109", value("0.3109", mpmath.sqrt(jsd(FAIR, ["0.1", "0.9"])))),
    ],
    "copied_from_web.txt": [
        # Each formula comes twice: glyphs run together without their minus signs, then TeX; the glyphs are skipped.
        Claim(3, "0.250 + 0.361", abs(mpmath.mpf("0.611") - entropy(["0.7", "0.3"])) <= mpmath.mpf("0.001")),
        Claim(3, "= 0.611", value("0.611", entropy(["0.7", "0.3"]))),
        Claim(7, "0.694", value("0.694", cross(["0.7", "0.3"], FAIR))),
    ],
    "scipy_comments.md": [
        # scipy.stats.entropy(p) is H(p), entropy(p, q) is D_KL(p||q), in nats unless base= is given.
        # Printed to 16 digits, read to 10: the key is what both share.
        Claim(8, "0.897945724", value("0.8979457248567798", entropy(SCIPY_P))),
        Claim(9, "0.219722457", value("0.2197224577336219", kl(SCIPY_P, SCIPY_Q))),
        Claim(10, "0.3170", value("0.3170", kl(SCIPY_P, SCIPY_Q, TWO))),
        Claim(11, "0.2197", value("0.2197", kl(SCIPY_Q, SCIPY_P))),
    ],
    "truncated_values.md": [
        # Dots after the digits: the value is cut off there, so it holds when cut off or rounded to them.
        Claim(3, r"= -\frac{1}{4}\log_2", True),  # the sum as written is H(P) term by term
        Claim(3, "0.81127...", value("0.81127...", entropy(QUARTER, TWO))),
        Claim(5, "0.56233", value("0.56233...", entropy(QUARTER))),
        Claim(5, "0.1887", value("0.1887...", 1 - entropy(QUARTER, TWO))),
        Claim(7, "0.5621", value("0.5621...", entropy(QUARTER))),
        Claim(9, "0.81127...", value("0.81127...", entropy(QUARTER, TWO))),
    ],
    "sign_definitions.md": [
        # A definition holds when the sum as written gives the measure's value (tried on P and Q).
        Claim(3, r"= -\sum_x p(x) \log q(x)", _same(-_sum_p_log(P, Q), cross(P, Q))),
        Claim(5, r"= \sum_x p(x) \log q(x)", _same(_sum_p_log(P, Q), cross(P, Q))),
        Claim(7, r"\log \frac{1}{p_i}", _same(-_sum_p_log(P, P), entropy(P))),
        Claim(9, r"= \sum_i p_i \log p_i", _same(_sum_p_log(P, P), entropy(P))),
        Claim(15, r"\log_2 q_i", _same(_sum_p_log(P, Q, TWO), cross(P, Q, TWO))),
        Claim(17, "H(p) + D_{KL}", _same(cross(P, Q), entropy(P) + kl(P, Q))),
        Claim(23, r"\frac{P(i)}{Q(i)}", _same(_sum_ratio(P, P, Q), kl(P, Q))),
        Claim(25, r"\frac{q(x)}{p(x)}", _same(_sum_ratio(P, Q, P), kl(P, Q))),
    ],
    "notation_chains.md": [
        # Another name for the measure between the left side and the sum: the sum is the definition read.
        Claim(5, r"\log {P(i) \over Q(i)}", _same(_sum_ratio(P, P, Q), kl(P, Q))),
        Claim(9, r"-\sum_i P(i)", _same(-_sum_ratio(P, P, Q), kl(P, Q))),
        Claim(13, r"\sum_i Q(i)", _same(_sum_ratio(Q, Q, P), kl(P, Q))),
        Claim(17, r"-\sum_i P(i) \log P(i)", _same(-_sum_p_log(P, P), entropy(P))),
        Claim(21, r"-\sum_x Q(x) \log P(x)", _same(-_sum_p_log(Q, P), cross(P, Q))),
    ],
    "mixed_numbers.md": [
        # 1 ¾ and 1\frac{3}{4} are mixed numbers; 1/2 + 1\frac{1}{4} (line 17) could be a product: not read.
        Claim(5, "1 ¾", _same(entropy(EIGHTHS, TWO), mpmath.mpf(7) / 4)),
        Claim(5, "H(Q) = 2", _same(entropy(UNIFORM4, TWO), 2)),
        Claim(7, r"1\frac{3}{4}", _same(entropy(EIGHTHS, TWO), mpmath.mpf(7) / 4)),
        Claim(9, r"1 \tfrac{1}{2}", _same(entropy(UNIFORM4, TWO), mpmath.mpf(3) / 2)),
        Claim(11, r"\frac{7}{4}", _same(entropy(EIGHTHS, TWO), mpmath.mpf(7) / 4)),
        Claim(13, "7/4", _same(entropy(EIGHTHS, TWO), mpmath.mpf(7) / 4)),
        Claim(13, "H(P, Q) = 2", _same(cross(EIGHTHS, UNIFORM4, TWO), 2)),
        Claim(15, r"2\frac{1}{4}", _same(cross(EIGHTHS, UNIFORM4, TWO), mpmath.mpf(9) / 4)),
    ],
    "escaped_delimiters.md": [
        # \\[ ... \\] and \\( ... \\) as some exports write them, with the value in \boxed{}.
        Claim(5, "0.722", value("0.722", entropy(HEADS, TWO))),
        Claim(7, "0.75", value("0.75", entropy(HEADS, TWO))),
        Claim(10, "0.5004", value("0.5004", entropy(HEADS))),
    ],
    "plain_delimiters.txt": [
        # \( ... \) and \[ ... \] in a plain text file.
        Claim(3, "= 1", _same(entropy(FAIR, TWO), 1)),
        Claim(5, "0.469", value("0.469", entropy(BIASED, TWO))),
        Claim(7, "0.531", value("0.531", entropy(BIASED, TWO))),
    ],
    "restated_chains.txt": [
        # A chain a step a line, each restating a bare H =, as equation editors export it; \mathop \sum and
        # \underset{}{\overset{}{\sum}}. Question 3 is wrong from its first step (1/4 log2 4 is not 1/4).
        Claim(5, r"\frac{1}{{{p_k}}}", _same(-_sum_p_log(SIXTEENTHS, SIXTEENTHS, TWO), entropy(SIXTEENTHS, TWO))),
        Claim(7, r"{{\log }_2}16", _same(_expansion(SIXTEENTHS, ["2", "4", "8", "16", "16"]), mpmath.mpf(15) / 8)),
        Claim(9, "15/8", _same(entropy(SIXTEENTHS, TWO), mpmath.mpf(15) / 8)),
        Claim(13, r"\frac{1}{{{p}_{k}}}", _same(-_sum_p_log(ABC, ABC, TWO), entropy(ABC, TWO))),
        Claim(15, r"{\log _2}\left( 4 \right)", _same(_expansion(ABC, ["4", "4", "2"]), mpmath.mpf(3) / 2)),
        Claim(17, r"\frac{2}{4} + \frac{2}{{4}}", _same(entropy(ABC, TWO), mpmath.mpf(2) / 4 * 2 + mpmath.mpf(1) / 2)),
        Claim(19, "6/4", _same(entropy(ABC, TWO), mpmath.mpf(6) / 4)),
        Claim(19, "1 ½", _same(entropy(ABC, TWO), mpmath.mpf(3) / 2)),
        Claim(25, r"\frac{1}{4} + \frac{2}{{4}}", _same(entropy(ABC, TWO), mpmath.mpf(3) / 4 + mpmath.mpf(1) / 2)),
        Claim(27, "5/4", _same(entropy(ABC, TWO), mpmath.mpf(5) / 4)),
        Claim(27, "1 ¼", _same(entropy(ABC, TWO), mpmath.mpf(5) / 4)),
        Claim(41, "⅛ log₂ ⅛", _same(entropy(EIGHTHS, TWO), mpmath.mpf(1) / 2 * 2 + mpmath.mpf(3) / 8 * 2)),
        Claim(43, "½ + ½ + ⅜ + ⅜", _same(entropy(EIGHTHS, TWO), mpmath.mpf(1) / 2 * 2 + mpmath.mpf(3) / 8 * 2)),
        Claim(45, "= 1.75", value("1.75", entropy(EIGHTHS, TWO))),
    ],
    "resumed_chains.txt": [
        # A chain of H = steps resumed across lines of words and of working out the logarithms (Russian), a
        # second step on the same line, and a finished sum that is wrong; question 4's H = lines are another source.
        Claim(6, "log_2 0.6", value("-0.737", mpmath.log(mpmath.mpf("0.6"), 2))),
        Claim(7, "log_2 0.4", value("-1.322", mpmath.log(mpmath.mpf("0.4"), 2))),
        Claim(
            9,
            "(-0.737)",
            step(
                mpmath.mpf("0.6") * mpmath.mpf("0.737") + mpmath.mpf("0.4") * mpmath.mpf("1.322"),
                entropy(["0.6", "0.4"], TWO),
                3,
            ),
        ),
        Claim(10, "-0.442 - 0.529", step(mpmath.mpf("0.971"), entropy(["0.6", "0.4"], TWO), 3)),
        Claim(11, "0.971", value("0.971", entropy(["0.6", "0.4"], TWO))),
        Claim(14, "0.375", _same(mpmath.mpf("1.75"), entropy(EIGHTHS, TWO))),
        Claim(17, "1.75", value("1.75", entropy(EIGHTHS, TWO))),
        Claim(22, "1.25", value("1.25", entropy(EIGHTHS, TWO))),
    ],
    "bracketed_units.md": [
        # The same value again in brackets in another unit ((≈ x bits), (x bits), (~x bits)), and a slip in it.
        Claim(3, "(0.5, 0.5)", True),
        Claim(3, "(0.8, 0.2)", True),
        Claim(6, "0.2231", value("0.2231", kl(["0.5", "0.5"], ["0.8", "0.2"]))),
        Claim(6, "0.3219", value("0.3219", kl(["0.5", "0.5"], ["0.8", "0.2"], TWO))),
        Claim(9, "0.2231", value("0.2231", kl(["0.5", "0.5"], ["0.8", "0.2"]))),
        Claim(9, "0.3219", value("0.3219", kl(["0.5", "0.5"], ["0.8", "0.2"], TWO))),
        Claim(11, "0.1927", value("0.1927", kl(["0.8", "0.2"], ["0.5", "0.5"]))),
        Claim(11, "0.2781", value("0.2781", kl(["0.8", "0.2"], ["0.5", "0.5"], TWO))),
        Claim(13, "0.1927", value("0.1927", kl(["0.8", "0.2"], ["0.5", "0.5"]))),
        Claim(13, "0.2870", value("0.2870", kl(["0.8", "0.2"], ["0.5", "0.5"], TWO))),
        Claim(15, "0.2231", value("0.2231", kl(["0.5", "0.5"], ["0.8", "0.2"]))),
    ],
    "subjectless_bullets.md": [
        # List items with no subject under a heading that names one divergence; the JSD is symmetric.
        *(Claim(line, key, True) for line, key in ((5, "Always"), (6, "Zero only"), (7, "Not symmetric"))),
        Claim(11, "Never negative", True),
        Claim(13, "Asymmetric", False),
    ],
    "log_tables.md": [
        # A column headed by a positive log of the parameter: each row is that log of its probability. A log with no
        # base is in the unit most rows hold in (nats in the first table, in a document that names base 2).
        *(
            Claim(line, f"log({p})", value(shown, -mpmath.log(mpmath.mpf(p))))
            for line, p, shown in ((7, "0.9", "0.11"), (8, "0.6", "0.51"), (9, "0.2", "1.61"), (10, "0.05", "2.30"))
        ),
        Claim(16, "log₂(0.5)", value("1", -mpmath.log(mpmath.mpf("0.5"), 2))),
        Claim(17, "log₂(0.125)", value("3", -mpmath.log(mpmath.mpf("0.125"), 2))),
        *(
            Claim(line, f"-{p} log2 {p}", value(shown, -mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2)))
            for line, p, shown in ((23, "0.4", "0.529"), (24, "0.2", "0.464"), (25, "0.2", "0.464"))
        ),
        *(
            Claim(line, f"-{p} log2 {p} = {shown}", value(shown, -mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2)))
            for line, p, shown in ((26, "0.1", "0.332"), (27, "0.1", "0.230"))  # 0.230 is -0.1 ln 0.1
        ),
        Claim(31, r"\frac{1}{0.25}", value("1.386", mpmath.log(4))),
        Claim(32, r"\frac{1}{0.75}", value("0.288", mpmath.log(mpmath.mpf(4) / 3))),
        *(
            # A column named the surprisal or 自信息量 I(p): -log p, in bits (the heading's unit, or most rows').
            Claim(line, f"log({p})", value(shown, -mpmath.log(mpmath.mpf(p), 2)))
            for line, p, shown in (
                (43, "0.5", "1"),
                (44, "0.25", "2"),
                (50, "0.75", "0.415"),
                (51, "0.25", "2"),
                (55, "0.5", "1"),
                (56, "0.25", "2"),
                (57, "0.25", "1"),
            )
        ),
        *(
            # The parameter headed P(x) or p_i, the log of it in the heading of another column.
            Claim(line, f"log2 {p} = {shown}", value(shown, -mpmath.log(mpmath.mpf(p), 2)))
            for line, p, shown in ((61, "0.5", "1"), (62, "0.25", "2"), (63, "0.125", "3"), (64, "0.125", "2"))
        ),
        *(Claim(line, r"-0.5 \log_2 0.5", value("0.5", -mpmath.log(mpmath.mpf("0.5"), 2) / 2)) for line in (68, 69)),
        # A term of the KL divergence, and of a cross-entropy, with P and Q in two columns (natural log: most rows).
        *(
            Claim(line, f"{p} log({p}/{q})", value(shown, mpmath.mpf(p) * mpmath.log(mpmath.mpf(p) / mpmath.mpf(q))))
            for line, p, q, shown in (
                (75, "0.5", "0.25", "0.347"),
                (76, "0.25", "0.5", "-0.173"),
                (77, "0.25", "0.25", "0"),
            )
        ),
        *(
            Claim(line, f"-{p} log2 {q}", value(shown, -mpmath.mpf(p) * mpmath.log(mpmath.mpf(q), 2)))
            for line, p, q, shown in ((81, "0.5", "0.25", "1"), (82, "0.5", "0.75", "0.25"))
        ),
    ],
    "compressed_sums.txt": [
        # Probabilities times code lengths with the value first and no measure named: the entropy only when every
        # length is -log2 p (line 9 is the 3-bit code's average length, not an entropy).
        Claim(5, "1.875", value("1.875", entropy(SIXTEENTHS, TWO))),
        Claim(13, "1.75", value("1.75", entropy(SIXTEENTHS, TWO))),
        # A bare log whose base a sentence on the line below names, in a document that says nats elsewhere.
        Claim(19, "1/16log1/16×2", value("1.875", entropy(SIXTEENTHS, TWO))),
    ],
    "notebook_page.txt": [
        # A notebook's page copied as text: In [n]: prompts, lists made from names (rain, 1 - rain - sun), tensors of
        # them, torch.kl_div(log q, p, reduction='sum'), a sum written term by term with indices. Printed to 17
        # digits, read to 10. Cell 15 prints D_KL(climate||forecast) under a call of D_KL(forecast||climate).
        Claim(20, "0.0690", value("0.0690", kl(FORECAST, THIRDS))),
        Claim(21, "0.0689592746", value("0.06895927460", kl(FORECAST, THIRDS))),
        Claim(29, "1.485475297", value("1.485475297", entropy(FORECAST, TWO))),
        Claim(36, "0.07024034377", value("0.07024034377", kl(FORECAST, THIRDS))),
        Claim(50, "0.0994872", value("0.0994872", kl(FORECAST, THIRDS, TWO))),  # shown after Out[17]:
        # SciPy's element-wise rel_entr and kl_div, summed by .sum() and np.sum.
        Claim(58, "0.06895927460", value("0.06895927460", kl(FORECAST, THIRDS))),
        Claim(59, "0.07024034377", value("0.07024034377", kl(THIRDS, FORECAST))),
        Claim(66, "1.4855", value("1.4855", entropy(FORECAST, TWO))),  # printed under a label and "="
    ],
    "unicode_products.txt": [
        # × and · between a fraction and a length or a log, a third factor for outcomes that share a term
        # (1/8×3×2), Σ with pᵢ and log₂, " . " as a product, \over, superscripts. Line 13 leaves out an outcome.
        Claim(3, "1/8×3×2", _same(_lengths(EIGHTHS, [1, 2, 3, 3]), entropy(EIGHTHS, TWO))),
        Claim(3, "1.75", value("1.75", entropy(EIGHTHS, TWO))),
        Claim(4, "1.5", value("1.5", entropy(EIGHTHS, TWO))),
        Claim(5, "1/8 · log2(8)", _same(-_sum_p_log(EIGHTHS, EIGHTHS, TWO), entropy(EIGHTHS, TWO))),
        Claim(6, "Σ pᵢ log₂(1/pᵢ)", _same(-_sum_p_log(EIGHTHS, EIGHTHS), entropy(EIGHTHS))),
        Claim(7, "−Σ p log₂ p", _same(-_sum_p_log(EIGHTHS, EIGHTHS), entropy(EIGHTHS))),
        Claim(8, "= Σ p log₂ p", _same(_sum_p_log(EIGHTHS, EIGHTHS), entropy(EIGHTHS))),
        Claim(9, "0.125 . log2(8)", _same(-_sum_p_log(EIGHTHS, EIGHTHS, TWO), entropy(EIGHTHS, TWO))),
        Claim(10, "1.5", value("1.5", -_sum_p_log(["0.5", "0.25", "0.25"], ["0.5", "0.25", "0.125"], TWO))),
        Claim(11, r"{1 \over 8}", _same(-_sum_p_log(EIGHTHS, EIGHTHS, TWO), entropy(EIGHTHS, TWO))),
        Claim(11, "1.875", value("1.875", entropy(EIGHTHS, TWO))),
        # A sum with no left side, equal to a value: Σ p log(1/p) is H(P), Σ p log p is -H(P).
        Claim(14, "1.75", value("1.75", -_sum_p_log(EIGHTHS, EIGHTHS, TWO))),
        Claim(15, "1.75", value("1.75", _sum_p_log(EIGHTHS, EIGHTHS, TWO))),
    ],
    "equation_editor.md": [
        # Braces doubled as equation editors export them: {{P_i}{{\log }_2}\frac{1}{{{P_i}}}}, \sum\limits.
        Claim(5, r"\frac{1}{{{P_i}}}", _same(-_sum_p_log(EIGHTHS, EIGHTHS), entropy(EIGHTHS))),
        Claim(7, r"{{\log }_2}{P_i}}", _same(_sum_p_log(EIGHTHS, EIGHTHS), entropy(EIGHTHS))),
        Claim(9, r"\frac{1}{2}{{\log }_2}2", _same(-_sum_p_log(EIGHTHS, EIGHTHS, TWO), mpmath.mpf(7) / 4)),
        Claim(11, r"\left( {\frac{1}{2}} \right) = -1", _same(mpmath.log(0.5, 2), -1)),
        Claim(11, r"{{\log }_2}8 = 3", _same(mpmath.log(8, 2), 3)),
        Claim(11, r"{\frac{1}{{{4}}}} \right) = 2", _same(mpmath.log(0.25, 2), 2)),
        Claim(13, r"\frac{7}{4}", _same(entropy(EIGHTHS, TWO), mpmath.mpf(7) / 4)),
        Claim(15, "7/4", _same(entropy(EIGHTHS, TWO), mpmath.mpf(7) / 4)),
        Claim(15, r"1\frac{3}{4}", _same(entropy(EIGHTHS, TWO), mpmath.mpf(7) / 4)),
    ],
    "bare_latex.txt": [
        # LaTeX lines with no delimiters in plain text, an aligned chain (&=, \\) among them.
        Claim(3, r"= \sum_i P(i) \ln", _same(_sum_ratio(P, P, Q), kl(P, Q))),
        Claim(4, r"-\sum_i P(i) \ln \frac", _same(-_sum_ratio(P, P, Q), kl(P, Q))),
        Claim(5, r"0.3\ln\frac{0.3}{0.3}", _same(_sum_ratio(P, P, Q), kl(P, Q))),
        Claim(5, "0.0305", value("0.0305", kl(P, Q))),
        Claim(6, r"0.4\ln\frac{0.4}{0.5}", _same(_sum_ratio(Q[:2], Q[:2], P[:2]), kl(Q, P))),
        Claim(6, "0.0305", value("0.0305", kl(Q, P))),
        Claim(8, r"-\sum_i P(i) \ln P(i)", _same(-_sum_p_log(P, P), entropy(P))),
        Claim(9, r"0.3\ln 0.3)", _same(-_sum_p_log(P, P), entropy(P))),
        Claim(10, "1.0297", value("1.0297", entropy(P))),
        Claim(12, r"\frac{1}{2}\ln 2", value("0.3466", mpmath.log(2) / 2)),
    ],
    "bare_latex.md": [
        Claim(5, r"0.1\log_2 0.1", _same(-_sum_p_log(BIASED, BIASED, TWO), entropy(BIASED, TWO))),
        Claim(5, "0.469", value("0.469", entropy(BIASED, TWO))),
        Claim(7, r"\log_2 Q(x)", _same(-_sum_p_log(BIASED, FAIR), cross(BIASED, FAIR))),
        Claim(7, "H(P, Q) = 1", _same(cross(BIASED, FAIR, TWO), 1)),
        Claim(9, r"\log_2\frac{0.1}{0.5}", _same(_sum_ratio(BIASED, BIASED, FAIR), kl(BIASED, FAIR))),
        Claim(9, "0.469", value("0.469", kl(BIASED, FAIR, TWO))),
        Claim(11, r"H(Q) = \log_2 2", _same(entropy(FAIR, TWO), mpmath.log(2, 2))),  # words end the sum before it
        Claim(11, "H(Q) = 1", _same(entropy(FAIR, TWO), 1)),
        Claim(13, "0.531", value("0.531", -_sum_p_log(BIASED, BIASED, TWO))),  # the weights name P of P and Q
    ],
    "html_subscripts.md": [
        # log<sub>2</sub> is log base 2 and \* a product; the second sum leaves out d's term.
        Claim(5, "= 1.75", value("1.75", entropy(EIGHTHS, TWO))),
        Claim(7, "= 1.75", value("1.75", entropy(EIGHTHS, TWO) - mpmath.mpf("0.125") * mpmath.log(8, 2))),
    ],
    "worked_terms.txt": [
        # Each decimal of the sum is the value of its term, in order (from the expansion, or from the lines of
        # terms above); the total is the sum of the terms, so it inherits a wrong term.
        Claim(14, "0.5288", value("0.5288", _share("0.4"))),
        Claim(14, "0.5211", value("0.5211", _share("0.3"))),
        Claim(14, "0.4644", value("0.4644", _share("0.2"))),
        Claim(14, "0.3022", value("0.3022", _share("0.1"))),  # 0.3322
        Claim(15, "1.8165", value("1.8165", entropy(["0.4", "0.3", "0.2", "0.1"], TWO))),  # the written terms' sum
        Claim(16, "1.82", value("1.82", entropy(["0.4", "0.3", "0.2", "0.1"], TWO))),  # the total said again
        Claim(24, "log2(0.5) = 0.5", value("0.5", _share("0.5"))),
        Claim(24, "log2(0.25) = 0.5", value("0.5", _share("0.25"))),
        Claim(24, "log2(0.125) = 0.375", value("0.375", _share("0.125"))),
        Claim(25, "= 1.75", value("1.75", entropy(EIGHTHS, TWO))),
        Claim(27, "1.75", value("1.75", entropy(EIGHTHS, TWO))),
        Claim(31, "log2(0.3) = 0.5211", value("0.5211", _share("0.3"))),
        Claim(31, "log2(0.2) = 0.4644", value("0.4644", _share("0.2"))),
        Claim(31, "1.4955", value("1.4955", entropy(["0.5", "0.3", "0.2"], TWO))),  # the terms add up to 1.4855
    ],
    "undefined_variable.md": [
        # H(S) set to the expansion of numbers that sum to 1: S is those numbers, and later values are about it.
        Claim(4, r"\frac{5}{8} \log_2", _same(-_sum_p_log(SOURCE, SOURCE, TWO), entropy(SOURCE, TWO))),
        Claim(6, "0.9544", value("0.9544", entropy(SOURCE, TWO))),
        Claim(10, r"0.9 \log_2 0.9", _same(-_sum_p_log(BIASED, BIASED, TWO), entropy(BIASED, TWO))),
        Claim(12, "0.531", value("0.531", entropy(BIASED, TWO))),  # 0.469; 0.531 is 1 - H
        # The same values repeated in words, with the symbol in inline maths (escaped, boxed) or in plain text.
        Claim(20, "0.9544", value("0.9544", entropy(SOURCE, TWO))),
        Claim(22, "0.9544", value("0.9544", entropy(SOURCE, TWO))),
        Claim(22, "0.53", value("0.53", entropy(BIASED, TWO))),
        Claim(26, "0.95", value("0.95", entropy(SOURCE, TWO))),  # "the entropy of S is about 0.95 bits"
    ],
    "dice_bits.md": [
        # One roll of a fair die with N sides has log2 N bits of entropy; "i.e." gives the formula of a value.
        Claim(3, "= 3", mpmath.log(8, 2) == 3),
        Claim(5, "2.585", value("2.585", mpmath.log(6, 2))),
        Claim(7, "3.8", value("3.8", mpmath.log(12, 2))),  # 3.585
        Claim(9, "4.32", value("4.32", mpmath.log(20, 2))),
        Claim(11, "25.85", value("25.85", 10 * mpmath.log(6, 2))),
        # The die named in the sentence before ("The computed entropy is ...") or in the paragraph ("a fair die roll").
        Claim(17, "= 2", mpmath.log(4, 2) == 2),
        Claim(19, "2.9", value("2.9", mpmath.log(8, 2))),
    ],
    "code_span_formulas.md": [
        # A code span of arithmetic on numbers with a value is read; code with names is not.
        Claim(3, "1.609", value("1.609", cross(ONE_HOT, PREDICTED))),
        Claim(5, "2.32", value("2.32", cross(ONE_HOT, PREDICTED, TWO))),
        Claim(7, "1.619", value("1.619", cross(ONE_HOT, PREDICTED))),
    ],
    "notes.tex": [
        Claim(21, r"\frac{0.2}{0.3}", True),
        Claim(22, "0.0305", value("0.0305", kl(P, Q))),
        Claim(24, "0.1438", value("0.1438", kl(["0.5", "0.5"], ["0.25", "0.75"]))),
        Claim(25, r"-\sum_x", False),  # KL with its sign flipped
    ],
    "printed_output.md": [
        # Output lines under code, paired with the prints; kl_divergence takes log2, scipy's entropy ln.
        Claim(18, "0.2896596952", value("0.2896596952", kl(NP_P, NP_Q, TWO))),
        Claim(19, "0.8018185525", value("0.8018185525", entropy(NP_P))),
        Claim(25, "0.2274", value("0.2274", kl(NP_Q, NP_P))),
        Claim(27, "0.25", value("0.25", kl(NP_Q, NP_P, TWO))),
        Claim(29, "0.290", value("0.290", kl(NP_P, NP_Q, TWO))),
        Claim(42, "0.328", value("0.328", kl(NP_Q, NP_P, TWO))),
        Claim(43, "1.098", value("1.098", entropy(NP_Q))),
    ],
    "printed_output.ipynb": [
        Claim(1, "0.1732867951", value("0.1732867951", kl(NB_P, NB_Q)), cell=3),
        Claim(2, "0.1733", value("0.1733", kl(NB_Q, NB_P)), cell=3),
        Claim(1, "0.25", value("0.25", kl(NB_P, NB_Q)), cell=4),
    ],
    "named_prints.ipynb": [
        # A function with log2 in one cell; each later cell prints a value through a name, of a list with a long name.
        Claim(1, "0.7219", value("0.7219", entropy(["0.8", "0.2"], TWO)), cell=3),
        Claim(1, "2.0", value("2.0", entropy(["0.25"] * 4, TWO)), cell=4),
        Claim(1, "1.257", value("1.257", entropy(["0.7", "0.2", "0.1"], TWO)), cell=5),  # 1.1568
        Claim(1, "0.0253", value("0.0253", kl(["0.5", "0.3", "0.2"], ["0.4", "0.4", "0.2"])), cell=7),  # SciPy: nats
        # The value of the cell's last line, as NumPy 2 shows it: np.float64(...).
        Claim(1, "1.0", value("1.0", entropy(FAIR, TWO)), cell=9),
        Claim(1, "0.0401", value("0.0401", kl(RAIN_P, RAIN_Q)), cell=11),  # lists given in the cell above
        Claim(1, "1.684962501", value("1.6849625007211563", entropy([str(mpmath.mpf(1) / 3)] * 3, TWO)), cell=15),
    ],
    "value_sentences.md": [
        # "The entropy of P is ..." in seven languages; a question, a supposition and 1,500 are not read.
        Claim(5, "1.5", value("1.5", entropy(DYADIC, TWO))),
        Claim(7, "1.5", value("1.5", entropy(SWAPPED, TWO))),
        Claim(9, "1.04", value("1.04", entropy(DYADIC))),
        Claim(11, "1.2", value("1.2", entropy(SWAPPED, TWO))),
        Claim(13, "1.5", value("1.5", entropy(DYADIC, TWO))),
        Claim(15, "1.04", value("1.04", entropy(SWAPPED))),
        Claim(17, "1.6", value("1.6", entropy(DYADIC, TWO))),
        Claim(19, "0.25", value("0.25", kl(DYADIC, SWAPPED, TWO)) and value("0.25", kl(SWAPPED, DYADIC, TWO))),
        Claim(25, "1.5", value("1.5", entropy(SWAPPED, TWO))),
    ],
    "plain_relations.md": [
        # Q(A) = Q(B) = 0.5 gives two probabilities; != is a relation (not after a digit: 3!=6 is a factorial).
        Claim(5, "0.082", value("0.082", kl(["0.3", "0.7"], FAIR))),
        Claim(5, "0.097", value("0.097", kl(FAIR, ["0.3", "0.7"]))),  # 0.0872
        Claim(7, "KL(P,Q) != KL(Q,P)", not _same(kl(["0.3", "0.7"], FAIR), kl(FAIR, ["0.3", "0.7"]))),
        Claim(
            7,
            "H(P,Q) != H(P)",
            not _same(cross(["0.3", "0.7"], FAIR), entropy(["0.3", "0.7"]) + kl(["0.3", "0.7"], FAIR)),
        ),
        Claim(9, "never negative", True),  # Gibbs' inequality
        Claim(11, "never negative", True),  # each term -p log q >= 0
        Claim(15, "4.585", value("4.585", mpmath.log(24, 2))),
    ],
    "properties_more_languages.md": [
        # KL is >= 0, 0 only for P = Q, asymmetric, not a metric; cross-entropy is no distance; entropy is >= 0.
        # A supposition (line 13), a differential entropy (line 27) and a question (line 29) are not claims.
        Claim(3, "n'est pas symétrique", True),
        Claim(5, "toujours positive", True),
        Claim(5, "si et seulement si", True),
        Claim(7, "est une distance", False),
        Claim(9, "ist keine Metrik", True),
        Claim(11, "ist symmetrisch", False),
        Claim(15, "não é simétrica", True),
        Claim(17, "pode ser negativa", False),
        Claim(19, "не является метрикой", True),
        Claim(21, "неотрицательна", True),
        Claim(23, "対称ではない", True),
        Claim(25, "負になりうる", False),
        Claim(27, "kl no es simétrico", True),
        Claim(31, "moyenne des divergences KL quand on échange", False),  # that is Jeffreys / 2, not the JSD
    ],
    "properties_in_words.md": [
        # Facts, not values: KL is >= 0 and asymmetric, not a metric; 0 <= JSD <= log 2; H(P,Q) = H(P) + KL.
        # The question (line 13) and the range "0과 1 사이" (line 29) are not claims.
        Claim(3, "non-negative", True),
        Claim(5, "is symmetric", False),
        Claim(7, "not symmetric", True),
        Claim(9, "a distance", False),
        Claim(11, "can be negative", False),
        Claim(15, "bounded", True),
        Claim(17, "entropy plus KL", True),
        Claim(19, "entropy minus cross-entropy", False),
        Claim(21, "0 이상", True),
        Claim(23, "대칭이 아닙", True),
        Claim(25, "대칭적입니다", False),
        Claim(27, "음수가 될 수", False),
        # "It" under a heading that names one measure; under a heading that names two (line 41) it is not read.
        Claim(33, "It is not a metric", True),  # the JSD is not; its square root is
        Claim(37, "It's a distance metric", False),
        Claim(43, "not symmetric", True),  # the denial before "because" is of something else; line 45 reports a claim
    ],
    "exercise_pages.md": [
        # Input lines give the distributions; the output below is the measure the section's heading names.
        Claim(8, "0.5108", value("0.5108", kl(FAIR, BIASED))),
        Claim(13, "0.5108", value("0.5108", kl(BIASED, FAIR))),  # the other direction
        Claim(18, "0.1308", value("0.1308", kl(COIN, FAIR))),
        Claim(
            32, "0.1308120359", value("0.1308120359", kl(COIN, FAIR))
        ),  # a call's value in its own block, read to 10 digits
        Claim(38, "0.469", value("0.469", entropy(BIASED, TWO))),
        Claim(46, "0.3681", value("0.3681", kl(BIASED, FAIR))),  # lists without names
        Claim(49, "0.3681", value("0.3681", kl(FAIR, BIASED))),  # 0.5108: the other direction
    ],
    "bare_pipe_table.md": [
        # A pipe table with no |---| row is a paragraph to Markdown; its columns p and q are the distributions.
        Claim(8, "1.5", value("1.5", entropy(TABLE_P, TWO))),
        Claim(8, "0.25", value("0.25", kl(TABLE_P, TABLE_Q, TWO))),
        Claim(9, "1.5", value("1.5", cross(TABLE_P, TABLE_Q, TWO))),  # 1.75 bits: 1.5 is H(p)
        Claim(10, "0.1733", value("0.1733", kl(TABLE_Q, TABLE_P))),
        Claim(18, "0.1438", value("0.1438", kl(FAIR, QUARTER))),  # columns headed P(x) and Q(x)
        Claim(28, "0.1733", value("0.1733", kl(TABLE_P, TABLE_Q))),  # rows headed P and Q; the row n is no distribution
        Claim(34, "0.1438", value("0.1438", kl(QUARTER, FAIR))),  # 0.1308: the other direction
    ],
    "code_comment_values.md": [
        # A JavaScript comment after a family's entropy (its function takes log2), SciPy's binom in nats,
        # and a comment that gives the value in nats and then in bits.
        Claim(11, "0.97", value("0.97", entropy(["0.4", "0.6"], TWO))),
        Claim(12, "0.57", value("0.57", entropy(["0.1", "0.9"], TWO))),  # 0.469 bits
        Claim(19, "1.0397", value("1.0397", entropy(["0.25", "0.5", "0.25"]))),
        Claim(28, "0.0051", value("0.0051", kl(CLOSE_P, CLOSE_Q))),
        Claim(28, "0.0073", value("0.0073", kl(CLOSE_P, CLOSE_Q, TWO))),
        Claim(29, "0.0051", value("0.0051", kl(CLOSE_Q, CLOSE_P))),
        Claim(29, "0.0070", value("0.0070", kl(CLOSE_Q, CLOSE_P, TWO))),  # 0.0074 bits
    ],
    "code_lengths.md": [
        # Entropy written as probabilities times code lengths: the sum must be H, and so must the value.
        Claim(6, "0.5×1", _same(_lengths(DYADIC, [1, 2, 2]), entropy(DYADIC, TWO))),
        Claim(6, "1.5", value("1.5", entropy(DYADIC, TWO))),
        Claim(8, "0.5 × 1", _same(_lengths(DYADIC, [1, 2, 2]), entropy(DYADIC, TWO))),
        Claim(8, "1.5", value("1.5", entropy(DYADIC, TWO))),
        Claim(10, "1/2·1", _same(_lengths(DYADIC, [1, 2, 2]), entropy(DYADIC, TWO))),
        Claim(10, "1.75", value("1.75", entropy(DYADIC, TWO))),
        Claim(14, "0.4×1", _same(_lengths(["0.4", "0.3", "0.3"], [1, 2, 2]), entropy(["0.4", "0.3", "0.3"], TWO))),
        Claim(14, "1.6", value("1.6", entropy(["0.4", "0.3", "0.3"], TWO))),
    ],
    "logs_plain.md": [
        # log2 with its argument after a space, and a self-information typed without its minus (log2(1/4) is -2).
        Claim(3, "0.105", value("3.25", -mpmath.log(mpmath.mpf("0.105"), 2))),
        Claim(5, "log2 8", mpmath.log(8, 2) == 3),
        Claim(7, "log2(1/4) = 2", mpmath.log(mpmath.mpf(1) / 4, 2) == 2),
        Claim(9, "-log2(1/4) = 2", -mpmath.log(mpmath.mpf(1) / 4, 2) == 2),
        Claim(11, "2.5", value("2.5", -mpmath.log(mpmath.mpf("0.2"), 2))),
    ],
    "braced_logs.md": [
        # Logarithms in an equation editor's braces: {{\log }_{2}}, {\log _2}\left( ... \right).
        Claim(5, "0.7219", value("0.7219", entropy(HEADS, TWO))),
        Claim(7, "0.7219", value("0.7219", entropy(HEADS, TWO))),
        Claim(9, "0.75", value("0.75", entropy(HEADS, TWO))),
    ],
    "results_section.md": [
        # Lines a format string printed, under a heading; a value in the sentence right after the code.
        Claim(15, "1.295", value("1.295", entropy(RAIN_P, TWO))),
        Claim(16, "1.485", value("1.485", entropy(RAIN_Q, TWO))),
        Claim(17, "0.0401", value("0.0401", kl(RAIN_P, RAIN_Q))),
        Claim(24, "0.0401", value("0.0401", kl(RAIN_P, RAIN_Q))),
        Claim(30, "4.75", value("4.75", kl(RAIN_Q, RAIN_P))),  # 4.75e-2: the exponent is lost
        Claim(34, "0.0401", value("0.0401", kl(RAIN_P, RAIN_Q))),  # "of P from Q" is D(P||Q)
        Claim(35, "0.0401", value("0.0401", kl(RAIN_Q, RAIN_P))),
        Claim(36, "0.0108", value("0.0108", jsd(RAIN_P, RAIN_Q))),
    ],
    "missing_minus.md": [
        # An entropy expansion typed after "H =" without its minus: the sum is negative, so the value is wrong.
        # The second chain goes on across a line break, the third across a list item that starts with "=".
        Claim(3, "0.5 log2 0.5 + 0.5 log2 0.5", _same(_sum_p_log(FAIR, FAIR, TWO), mpmath.mpf(1))),
        Claim(6, "0.5 log2(0.5) + 0.5 log2(0.5)", _same(_sum_p_log(FAIR, FAIR, TWO), mpmath.mpf(1))),
        Claim(11, "0.469", value("0.469", _sum_p_log(BIASED, BIASED, TWO))),
        Claim(13, "0.469", value("0.469", -_sum_p_log(BIASED, BIASED, TWO))),
    ],
    "decimal_commas.md": [
        # Every decimal is written with a comma (0,5): read as a point. A log's value in brackets in French,
        # and Log2 with a capital L in Korean.
        Claim(5, "0.5 × log2(0.5)", _same(-_sum_p_log(FAIR, FAIR, TWO), entropy(FAIR, TWO))),
        Claim(5, "H(P) = 1", _same(entropy(FAIR, TWO), mpmath.mpf(1))),
        Claim(7, "0.9 × log2(0.9)", _same(-_sum_p_log(BIASED, BIASED, TWO), entropy(BIASED, TWO))),
        Claim(7, "0.469", value("0.469", entropy(BIASED, TWO))),
        Claim(9, "1.585", value("1.585", mpmath.log(3, 2))),
        Claim(11, "1.585", value("1.585", mpmath.log(3, 2))),
        Claim(13, "0.569", value("0.569", entropy(BIASED, TWO))),
        Claim(15, "1.585", value("1.585", -3 * mpmath.mpf(1) / 3 * mpmath.log(mpmath.mpf(1) / 3, 2))),
    ],
    "unit_prefixes.md": [
        # Mbits: a million bits.
        Claim(3, "1.75", value("1.75", entropy(EIGHTHS, TWO))),
        Claim(5, "10^6 H(P)", value("1750000", 10**6 * entropy(EIGHTHS, TWO))),
        Claim(7, "4000000 H(P)", value("7500000", 4 * 10**6 * entropy(EIGHTHS, TWO))),
    ],
    "explicit_arguments.md": [
        # H with its probabilities as arguments (in a numbered list), "0. 25" for 0.25, HTML fractions.
        Claim(3, "1.5", value("1.5", entropy(DYADIC, TWO))),
        Claim(4, "= 1", value("1", entropy(FAIR, TWO))),
        Claim(4, "0.569", value("0.569", entropy(BIASED, TWO))),  # 0.469
        Claim(5, "2.585", value("2.585", mpmath.log(6, 2))),
        Claim(7, "0.25", -mpmath.log(mpmath.mpf("0.25"), 2) == 2),
        Claim(9, "(1/2", -mpmath.log(mpmath.mpf(1) / 2, 2) == 1),
        Claim(11, "1.5", value("1.5", -mpmath.log(mpmath.mpf(1) / 3, 2))),  # 1.585
    ],
    "jsd_three.md": [
        # The JSD of three or more distributions, equal weights: the entropy of the mean less the mean entropy.
        Claim(5, "H(M) - (H(P)", True),  # the definition, for these distributions
        Claim(5, "0.4621", value("0.4621", _jsd_of_many([ONE_HOT, ["0", "1"], FAIR]))),
        Claim(7, "0.6667", value("0.6667", _jsd_of_many([ONE_HOT, ["0", "1"], FAIR], TWO))),
        Claim(9, "0.6931", value("0.6931", jsd(ONE_HOT, ["0", "1"]))),
        Claim(11, "0.30", value("0.30", _jsd_of_many([ONE_HOT, ["0", "1"], FAIR, QUARTER]))),  # 0.37
    ],
    "literal_calls.md": [
        # Calls on lists of numbers: a value shown below in an Output: block, and in comments.
        # [1, 3] does not sum to 1 (SciPy would normalise it): not read.
        Claim(11, "0.5108256238", value("0.5108256238", kl(FAIR, BIASED))),
        Claim(16, "0.811", value("0.811", entropy(QUARTER, TWO))),
        Claim(17, "0.5108", value("0.5108", kl(BIASED, FAIR))),  # 0.3681
    ],
    "lost_exponent.md": [
        # A value printed with an exponent is read to 10 significant digits; without its exponent it is wrong.
        Claim(11, "4.007821602", value("0.04007821602", kl(RAIN_P, RAIN_Q))),
        Claim(14, "4.008", value("4.008", kl(RAIN_P, RAIN_Q))),
        Claim(16, "4.0078e-02", value("0.040078", kl(RAIN_P, RAIN_Q))),
        Claim(16, "D(P || Q) = 4.0078", value("4.0078", kl(RAIN_P, RAIN_Q))),
    ],
    "exercise_function.md": [
        # No heading names the measure: the function the page asks for does.
        Claim(9, "1.2040", value("1.2040", cross(FAIR, BIASED))),
        Claim(16, "0.3251", value("0.3251", cross(BIASED, FAIR))),  # ln 2; 0.3251 is H(p)
        Claim(24, "0.6931", value("0.6931", cross(QUARTER, FAIR))),  # inputs over two lines
        Claim(29, "0.6931", value("0.6931", cross(QUARTER, FAIR, TWO))),  # base = 2: 1 bit
        Claim(39, "0.3251", value("0.3251", cross(BIASED, BIASED))),  # the value in a block below "Expected output:"
    ],
    "korean_log2.md": [
        # Korean prose with Log2 (a capital L) and ×.
        Claim(3, "= 1", value("1", entropy(FAIR, TWO))),
        Claim(5, "0.569", value("0.569", entropy(BIASED, TWO))),  # 0.469
        Claim(7, "0.47", value("0.47", entropy(BIASED, TWO))),
    ],
    "session.md": [
        # An interactive session: the value shown under each >>> call (SciPy's entropy: KL with two arguments).
        Claim(6, "0.5108256238", value("0.5108256238", kl(FAIR, BIASED))),
        Claim(8, "0.5108256238", value("0.5108256238", kl(BIASED, FAIR))),  # the same value, the other direction
        Claim(10, "0.8112781245", value("0.8112781245", entropy(QUARTER, TWO))),
        Claim(15, "1.0", value("1.0", entropy(FAIR, TWO))),  # In [3]: / Out[3]: in a block of output
    ],
    "list_labels.txt": [
        # Item labels at the start of a line, (a), b), 2., Step 3:, are not maths.
        Claim(3, "1.5", value("1.5", entropy(TABLE_P, TWO))),
        Claim(4, "0.5", value("0.5", kl(TABLE_P, TABLE_Q, TWO))),  # 0.25 bits
        Claim(6, "1.5", value("1.5", entropy(TABLE_Q, TWO))),
        Claim(8, "0.25", value("0.25", kl(TABLE_Q, TABLE_P, TWO))),
        Claim(10, "1.5", value("1.5", entropy(TABLE_P, TWO))),
    ],
    "assignment_chains.txt": [
        # Assignments run together on one line: each value is judged against its own left side.
        Claim(3, "log2(1/0.125) = 3", mpmath.log(8, 2) == 3),
        Claim(4, "log2(1/0.25) = 3", mpmath.log(4, 2) == 3),
        Claim(5, "log2(1/0.5) = 1", mpmath.log(2, 2) == 1),
    ],
    "fraction_logs.txt": [
        # -a/b log a/b: the same fraction before and after the log, so the log's argument is a/b.
        Claim(3, "1.5", value("1.5", entropy(DYADIC, TWO))),
        Claim(7, "0.71", value("0.71", entropy(QUARTER, TWO))),  # 0.81
        Claim(9, "= 1", value("1", entropy(FAIR, TWO))),
        # p log p/q with the same decimal before the log and over the bar: the terms of a KL divergence.
        Claim(13, "0.208", value("0.208", kl(FAIR, QUARTER, TWO))),
        Claim(14, "0.288", value("0.288", kl(FAIR, QUARTER, TWO))),  # 0.208
    ],
    "code_tests.md": [
        # Values in tests (assert, isclose, approx, toBeCloseTo), a JavaScript comment, and a doctest
        # whose weights SciPy normalises ([1, 2, 1] is (1/4, 1/2, 1/4)); "<...>" is no value.
        Claim(7, "0.5108", value("0.5108", kl(FAIR, BIASED))),
        Claim(8, "0.5108", value("0.5108", kl(BIASED, FAIR))),  # 0.3681
        Claim(9, "1.0", value("1.0", entropy(FAIR, TWO))),
        Claim(10, "0.325", value("0.325", entropy(BIASED))),
        Claim(11, "0.8113", value("0.8113", entropy(QUARTER, TWO))),
        Claim(19, "0.5108", value("0.5108", kl(FAIR, BIASED))),
        Claim(20, "0.3681", value("0.3681", kl(BIASED, FAIR))),
        Claim(21, "0.5108", value("0.5108", kl(FAIR, BIASED))),
        Claim(22, "0.5108", value("0.5108", kl(BIASED, FAIR))),  # 0.3681
        Claim(30, "1.039720771", value("1.0397207708", entropy(["0.25", "0.5", "0.25"]))),
        Claim(32, "0.5108256238", value("0.5108256238", kl(FAIR, BIASED))),
        Claim(34, "0.9182958341", value("0.9182958341", entropy(QUARTER, TWO))),  # 0.8113: H(1/3, 2/3)
        Claim(38, "1.5", value("1.5", entropy(DYADIC, TWO))),  # fractions in the list
    ],
    "labelled_languages.md": [
        # Output under labels in Italian, Spanish, German, Chinese and Korean; the prints' format strings
        # (% and .format) pair lines with calls. "de P a Q" is read both ways (writers use it both ways),
        # "KL-Gewicht" (a weight) is no value of KL, and the last line holds two values after 输出.
        Claim(11, "0.511", value("0.511", kl(FAIR, BIASED))),
        Claim(12, "0.335", value("0.335", entropy(BIASED))),  # 0.325
        Claim(18, "0.511", value("0.511", kl(FAIR, BIASED)) or value("0.511", kl(BIASED, FAIR))),
        Claim(19, "0.693", value("0.693", entropy(FAIR))),
        Claim(20, "1.204", value("1.204", cross(FAIR, BIASED)) or value("1.204", cross(BIASED, FAIR))),
        Claim(26, "0.368", value("0.368", kl(FAIR, BIASED)) or value("0.368", kl(BIASED, FAIR))),
        Claim(27, "0.325", value("0.325", entropy(BIASED))),
        Claim(
            34,
            "0.6",
            any(value("0.6", kl(a, b, base)) for a, b in ((FAIR, BIASED), (BIASED, FAIR)) for base in (mpmath.e, TWO)),
        ),
        Claim(35, "0.6931", value("0.6931", entropy(FAIR))),
        Claim(41, "0.5108", value("0.5108", kl(FAIR, BIASED))),
        Claim(42, "0.469", value("0.469", entropy(BIASED, TWO))),
        Claim(49, "p||q)=0.5108", value("0.5108", kl(FAIR, BIASED))),
        Claim(49, "q||p)=0.5108", value("0.5108", kl(BIASED, FAIR))),  # 0.3681
        Claim(
            59,
            "0.42",
            any(value("0.42", kl(a, b, base)) for a, b in ((FAIR, BIASED), (BIASED, FAIR)) for base in (mpmath.e, TWO)),
        ),
    ],
    "properties_languages.md": [
        # Facts in Spanish, Italian, Chinese and Korean: KL >= 0, = 0 iff P = Q, asymmetric, not a metric; the
        # entropy is largest for the uniform distribution and 0 <= H <= log n. Questions (lines 11, 29), a
        # supposition (13) and "the symmetric version of KL" (31) are not claims.
        Claim(3, "no negativa", True),
        Claim(5, "es simétrica", False),
        Claim(7, "no es simétrica", True),
        Claim(9, "cero si y sólo si", True),
        Claim(15, "máxima", True),
        Claim(17, "una distanza", False),
        Claim(19, "non è simmetrica", True),
        Claim(21, "negativa", False),
        Claim(23, "非负", True),
        Claim(25, "是对称的", False),
        Claim(27, "不是一种真正的距离", True),
        Claim(33, "거리 함수이다", False),
        Claim(35, "거리 함수가 아닙", True),
        Claim(37, "최대", True),
        Claim(39, "H(X) ≤ log2 n", True),
        Claim(41, "no es negativa", True),
        Claim(43, "es negativa", False),
        Claim(45, "nulla se e solo se", True),
        Claim(47, "不可能为负", True),
        Claim(49, "음수가 될 수 없", True),
        Claim(51, "máxima", True),
        Claim(53, "最大", True),
        Claim(55, "JS es simétrica", True),  # "la divergencia KL no lo es" names no property: not read
    ],
    "ascii_logs.txt": [
        # log2 before a number or a letter, a subscript ₂ after a space, an arrow after = or ≒.
        Claim(3, "-log2 0.25 = 2", -mpmath.log(mpmath.mpf("0.25"), 2) == 2),
        Claim(4, "log ₂ 0.5 = -1", mpmath.log(mpmath.mpf("0.5"), 2) == -1),
        Claim(5, "-log ₂ 0.125 = 4", -mpmath.log(mpmath.mpf("0.125"), 2) == 4),  # 3
        Claim(6, "0.469", value("0.469", entropy(BIASED, TWO))),
        Claim(7, "0.811", value("0.811", entropy(QUARTER, TWO))),
        # log 1/p without brackets: (log 1)/p is 0, which nobody writes, so it is log(1/p).
        Claim(9, "log2 1/0.25 = 2", mpmath.log(4, 2) == 2),
        Claim(10, "log2 1/0.125 = 2", mpmath.log(8, 2) == 2),  # 3
    ],
    "final_answers.md": [
        # An answer on a line of its own under a worked formula: "≈ 1.485 bits.", "1.295bit", "Answer: ...",
        # and under a chain continued on lines that start with "=".
        Claim(7, "1.485", value("1.485", entropy(["0.5", "0.3", "0.2"], TWO))),
        Claim(10, "1.295", value("1.295", entropy(["0.6", "0.3", "0.1"], TWO))),
        Claim(14, "0.58", value("0.58", kl(["0.6", "0.3", "0.1"], ["0.5", "0.3", "0.2"], TWO))),  # 0.058
        Claim(18, "1.395", value("1.395", entropy(["0.6", "0.3", "0.1"], TWO))),  # 1.295
        Claim(20, "1.485", value("1.485", entropy(["0.5", "0.3", "0.2"], TWO))),
        Claim(25, "1.49", value("1.49", entropy(["0.5", "0.3", "0.2"], TWO))),
        Claim(29, "0.0578", value("0.0578", kl(["0.6", "0.3", "0.1"], ["0.5", "0.3", "0.2"], TWO))),
    ],
    "binary_entropy_table.md": [
        # Columns p and H(p): each row is the entropy of (p, 1 - p), in the unit of its header or the document's.
        *(
            Claim(line, written, value(written, entropy([p, str(1 - mpmath.mpf(p))], base)))
            for line, p, written, base in (
                (5, "0", "0", TWO),
                (6, "0.1", "0.469", TWO),
                (7, "0.2", "0.722", TWO),
                (8, "0.3", "0.891", TWO),  # 0.881
                (9, "0.4", "0.971", TWO),
                (10, "0.5", "1.000", TWO),
                (16, "0.1", "0.325", mpmath.e),
                (17, "0.25", "0.562", mpmath.e),
                (18, "0.5", "0.693", mpmath.e),
                (22, "0.3", "0.611", mpmath.e),
                (23, "0.4", "0.637", mpmath.e),  # 0.673
                (29, "0.1", "0.469", TWO),  # printed by a loop, columns apart
                (30, "0.3", "0.811", TWO),  # 0.881
                (34, "0.4", "0.971", TWO),  # pipes with no |---| row
            )
        ),
    ],
    "other_languages_code.md": [
        # Functions defined in JavaScript (camelCase, Math.log2 or Math.log) and R (log2), lists in const and c().
        Claim(12, "0.811", value("0.811", entropy(QUARTER, TWO))),
        Claim(13, "0.1308", value("0.1308", kl(QUARTER, FAIR))),
        Claim(14, "0.6931", value("0.6931", cross(QUARTER, FAIR))),
        Claim(15, "0.1308", value("0.1308", kl(FAIR, QUARTER))),  # 0.1438: the other direction
        Claim(22, "0.531", value("0.531", kl(BIASED, FAIR, TWO))),
    ],
    "comment_labels.md": [
        # A comment whose value follows a label naming the measure or the name assigned; "with p = 0.5" is not one.
        Claim(7, "0.5108", value("0.5108", kl(FAIR, BIASED))),
        Claim(8, "0.5108", value("0.5108", kl(FAIR, BIASED))),
        Claim(9, "0.368", value("0.368", kl(BIASED, FAIR))),
        Claim(10, "0.469", value("0.469", entropy(BIASED, TWO))),
        Claim(11, "0.3681", value("0.3681", kl(FAIR, BIASED))),  # 0.5108; 0.3681 is the other direction
    ],
    "family_exact_forms.md": [
        # Family claims whose value is an exact expression, read whole; names defined as families, then finite.
        Claim(3, "1 - \\ln 2", _same(1 - LN2, EXP_12)),
        Claim(5, "1 - \\ln 2", _same(1 - LN2, EXP_12)),
        Claim(7, "1 - ln 2", _same(1 - LN2, EXP_12)),
        Claim(9, "1 - \\ln 2", _same(1 - LN2, EXP_12)),
        Claim(11, "2 \\ln 3", _same(1 + 2 * LN2 - 2 * mpmath.log(3), POISSON_23)),
        Claim(13, "\\ln\\frac{2}{3}", _same(1 + 2 * mpmath.log(mpmath.mpf(2) / 3), POISSON_23)),
        Claim(15, "1 - \\ln 2", _same(1 - LN2, EXP_21)),  # ln 2 - 1/2
        Claim(17, "\\frac{1}{2} + \\ln 2", _same(mpmath.mpf(1) / 2 + LN2, VAE)),  # 1/4 + ln 2
        Claim(19, "\\frac{1}{4} + \\ln 2", _same(mpmath.mpf(1) / 4 + LN2, VAE)),
        Claim(21, "\\ln 2 - \\frac{1}{4}", _same(LN2 - mpmath.mpf(1) / 4, NORMAL_01_14)),
        Claim(27, "0.0305", value("0.0305", kl(P, Q))),
        Claim(31, "\\ln 2 - \\frac{1}{4}", _same(LN2 - mpmath.mpf(1) / 4, NORMAL_01_14)),
        Claim(33, "0.443", value("0.443", NORMAL_01_14)),
        Claim(37, "0.1733", value("0.1733", kl(TABLE_P, TABLE_Q))),
    ],
    "restated_values.md": [
        # A value said again in words after it was computed, in English, Chinese, Portuguese, Korean and Japanese:
        # the measure named in the clause (or only "divergence", or none, right after the computation), the pair
        # in force; two values for the two directions in the order written.
        Claim(7, "0.0253", value("0.0253", kl(RESTATED_P, RESTATED_Q))),
        Claim(9, "0.0258 nats", value("0.0258", kl(RESTATED_Q, RESTATED_P))),
        Claim(9, "roughly 0.0285", value("0.0285", kl(RESTATED_Q, RESTATED_P))),  # 0.0258
        Claim(11, "约为 0.0253 nats", value("0.0253", kl(RESTATED_P, RESTATED_Q))),
        Claim(11, "和 0.0258", value("0.0258", kl(RESTATED_Q, RESTATED_P))),
        Claim(13, "0,0253", value("0.0253", kl(RESTATED_P, RESTATED_Q))),  # a decimal comma
        Claim(15, "0.0258", value("0.0258", kl(RESTATED_Q, RESTATED_P))),
        Claim(17, "D_KL(P||Q) ≈ 0.0258", value("0.0258", kl(RESTATED_P, RESTATED_Q))),  # the two swapped
        Claim(17, "D_KL(Q||P) ≈ 0.0253", value("0.0253", kl(RESTATED_Q, RESTATED_P))),
        Claim(19, "0.0253", value("0.0253", kl(RESTATED_P, RESTATED_Q))),
    ],
    "restated_prose.md": [
        # A value said again in a sentence that points back at the computation ("This result tells you that ...",
        # with units of information per draw; an additional number of bits per symbol under a chain of rows), two
        # values "相匹配" after their units, a JS divergence in 位 and the distance after it, Portuguese "em relação
        # à": each judged on the pair in force.
        Claim(5, "0.257", value("0.257", kl(AGAIN_P, AGAIN_Q))),  # 0.2197 nats, 0.3170 bits
        Claim(6, "0.257", value("0.257", kl(AGAIN_P, AGAIN_Q)) or value("0.257", kl(AGAIN_Q, AGAIN_P))),
        Claim(11, "0.6 \\log_2", True),
        Claim(12, "0.6 \\cdot 1", True),  # rounded steps
        Claim(13, "0.6 - 0.1245", True),
        Claim(14, "0.317", value("0.317", kl(AGAIN_P, AGAIN_Q, TWO))),
        Claim(17, "0.317", value("0.317", kl(AGAIN_P, AGAIN_Q, TWO))),
        Claim(21, "0.22", value("0.22", kl(AGAIN_P, AGAIN_Q))),
        Claim(21, "0.24", value("0.24", kl(AGAIN_Q, AGAIN_P))),
        Claim(23, "0.08", value("0.08", jsd(AGAIN_P, AGAIN_Q, TWO))),
        Claim(23, "0.28", value("0.28", mpmath.sqrt(jsd(AGAIN_P, AGAIN_Q, TWO)))),
        Claim(25, "0,237", value("0.237", kl(AGAIN_Q, AGAIN_P))),
        Claim(27, "0,25", value("0.25", kl(AGAIN_P, AGAIN_Q)) or value("0.25", kl(AGAIN_Q, AGAIN_P))),
        Claim(35, "0.08", value("0.08", jsd(AGAIN_P, AGAIN_Q, TWO))),
    ],
    "bounds_in_words.md": [
        # A value said again with the bits a code will use (the number in inline maths), and the entropy of a
        # distribution compared with a number in words: "is less than \\(1\\)", "is at least 0.9 bits".
        Claim(5, "1.2075", value("1.2075", cross(FAIR, ["0.75", "0.25"], TWO))),
        Claim(7, "1.2", value("1.2", cross(FAIR, ["0.75", "0.25"], TWO))),
        Claim(9, "H(q) < 1", entropy(["0.75", "0.25"], TWO) < 1),
        Claim(11, "H(q) ≥ 0.9", entropy(["0.75", "0.25"], TWO) >= mpmath.mpf("0.9")),  # 0.8113
    ],
    "identities_in_words.md": [
        # The two directions written to differ where the line's formula is garbled (a list flattened into it), bold
        # around a bound, the cross-entropy of a distribution with itself and as entropy plus KL, the entropy largest
        # for equally likely outcomes (English, Korean), "não é uma métrica simétrica" after "Note-se", "se ... for
        # zero, ... são idênticas"; the same inequality where its formula is read is one claim, not two.
        Claim(5, "not symmetric", kl(AGAIN_P, AGAIN_Q) != kl(AGAIN_Q, AGAIN_P)),
        Claim(7, "KL(P || Q) ≥ 0", kl(AGAIN_P, AGAIN_Q) >= 0),
        Claim(9, "with itself is the entropy", cross(AGAIN_P, AGAIN_P) == entropy(AGAIN_P)),
        Claim(11, "sum of the entropy", True),  # H(P,Q) = H(P) + D(P||Q) for every pair
        Claim(13, "itself is zero", kl(AGAIN_P, AGAIN_P) == 0),
        Claim(15, "itself is zero", cross(AGAIN_P, AGAIN_P) == 0),  # H(P,P) = H(P) = 0.8979 nats
        Claim(17, "equally likely", True),
        Claim(19, "최대", True),
        Claim(21, "simétrica", kl(AGAIN_P, AGAIN_Q) != kl(AGAIN_Q, AGAIN_P)),  # "not symmetric": true
        Claim(23, "idênticas", True),
        Claim(25, "simétrica", kl(AGAIN_P, AGAIN_Q) != kl(AGAIN_Q, AGAIN_P)),
        Claim(27, "KL(P || Q) ≠ KL(Q || P)", kl(AGAIN_P, AGAIN_Q) != kl(AGAIN_Q, AGAIN_P)),
    ],
    "properties_in_prose.md": [
        # Properties said of "it" in bullets under a paragraph about KL, a second one after "and" (", 并且"),
        # "zero only when P = Q", and cell by cell in a table with columns headed KL and JS (Yes/No).
        Claim(7, "It is not symmetric", True),
        Claim(8, "It is zero only when", True),
        Claim(9, "zero if and only if", True),
        Claim(10, "JS divergence is symmetric", True),
        Claim(10, "... bounded", True),  # 0 <= JSD <= log 2
        Claim(11, "unbounded", False),
        Claim(15, "KL: No", True),
        Claim(15, "JS: Yes", True),
        Claim(16, "KL: Yes", False),  # KL is infinite where Q is 0 and P is not
        Claim(16, "JS: Yes", True),
        Claim(17, "KL: Yes", True),
        Claim(17, "JS: Yes", True),
        Claim(20, "非负", True),
        Claim(20, "当且仅当", True),
        Claim(22, "是对称的", True),
        Claim(22, "有界", True),
        Claim(24, "无界", True),
        Claim(26, "KL散度是非负", True),
        Claim(26, "JS散度是有界", True),  # said of JS, not of KL
        # The table the other way round: a row a measure, a column a property; the entropy is neither.
        Claim(38, "Symmetric: Yes", False),
        Claim(38, "A metric: No", True),
        Claim(39, "Symmetric: Yes", True),
        Claim(39, "A metric: No", True),  # its square root is
    ],
    "notebook.ipynb": [
        Claim(1, "0.0305", value("0.0305", kl(P, Q)), cell=2),
        Claim(2, "1.20", value("1.20", entropy(Q)), cell=2),
        Claim(1, "0.0324", value("0.0324", kl(Q, P)), cell=3),
    ],
}


def test_family_claims_with_bad_parameters_are_unchecked_with_the_reason() -> None:
    report = check_file(WILD / "family_exact_forms.md")
    notes = {claim.lines[0]: claim.note for claim in report.claims if claim.verdict == "unchecked"}
    assert "rate must be positive" in notes[41] and "variance of N(0,-1) must be positive" in notes[43]


def test_a_unit_stated_on_a_vae_claim_is_the_unit_it_is_judged_in() -> None:
    report = check_file(WILD / "family_exact_forms.md")
    vae = [claim for claim in report.claims if claim.lines[0] in (17, 19)]
    assert [(claim.verdict, claim.unit) for claim in vae] == [("false", "nats"), ("holds", "nats")]
    assert vae[0].value == mpmath.nstr(VAE, 10)


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_every_claim_is_read_and_judged_right_and_nothing_else_is_false(name: str) -> None:
    result, problems = score(WILD / name, TRUTH[name])
    assert problems == []
    mistakes = sum(1 for claim in TRUTH[name] if not claim.true)
    assert (result.reported, result.agree) == (len(TRUTH[name]), len(TRUTH[name]))
    assert (result.found, result.right_false, result.false_verdicts) == (mistakes, mistakes, mistakes)


def test_a_value_a_student_wrote_is_reported_with_the_true_one_but_not_called_false() -> None:
    """ "a student wrote $H = ... = 0.75$" is the student's claim, not the page's: its note gives the true value."""
    assert not value("0.75", entropy(HEADS, TWO))
    student = [
        claim for claim in check_file(WILD / "prose_claims.md").claims if 21 in claim.lines and "0.75" in claim.text
    ]
    assert [claim.verdict for claim in student] == ["unchecked"]
    assert "reported as someone's answer" in student[0].note and "0.72" in student[0].note


def test_the_ground_truth_has_mistakes_to_find() -> None:
    """The documents are not all true: the scores above could fail both ways."""
    assert sum(not claim.true for claims in TRUTH.values() for claim in claims) >= 8
    assert sum(claim.true for claims in TRUTH.values() for claim in claims) >= 18


def test_a_question_a_supposition_and_a_thousands_comma_give_no_value() -> None:
    report = check_file(WILD / "value_sentences.md")
    lines = {line for claim in report.claims for line in claim.lines}
    assert not lines & {21, 23} and not any(
        "1,500" in claim.text or claim.text.endswith(" 1") for claim in report.claims
    )


def test_a_supposition_a_differential_entropy_and_a_question_state_no_property() -> None:
    report = check_file(WILD / "properties_more_languages.md")
    assert not any(line in (13, 29, 33) for claim in report.claims for line in claim.lines)  # 33: to the mixture
    # the differential entropy can be negative (true), not the entropy of a discrete variable
    assert [(claim.text, claim.verdict) for claim in report.claims if 27 in claim.lines] == [
        ("kl no es simétrico", "holds"),
        ("la entropía diferencial puede ser negativa", "holds"),
    ]


def test_lines_that_restate_h_are_one_chain_only_below_a_sum_of_logarithms() -> None:
    """Two sums of logarithms in a row are two sources; a bare H = sum p ln p may be Boltzmann's; a lone H = 3."""
    report = check_file(WILD / "restated_chains.txt")
    assert not {31, 33, 35, 37} & {line for claim in report.claims for line in claim.lines}


def test_a_step_after_words_is_read_only_when_it_resumes_the_sum_above() -> None:
    """After a line of words, H = -[0.5 (-1) + 0.5 (-1)] has another value than the sum above (0.469 or 1.5)."""
    report = check_file(WILD / "resumed_chains.txt")
    assert not {26, 27, 28, 33, 34} & {line for claim in report.claims for line in claim.lines}


def test_a_list_item_with_no_subject_is_read_only_under_one_measure() -> None:
    """Under a line about weights, or about KL and JS together, "Always ≥ 0" and "Not symmetric" say nothing."""
    report = check_file(WILD / "subjectless_bullets.md")
    assert not {19, 23} & {line for claim in report.claims for line in claim.lines}


def test_a_column_of_logs_without_a_minus_is_not_read() -> None:
    """log(p) is negative below 1: a column of positive values under it says something else (the surprisal)."""
    report = check_file(WILD / "log_tables.md")
    assert not {38, 39} & {line for claim in report.claims for line in claim.lines}


def test_an_average_code_length_that_is_not_the_entropy_is_not_read() -> None:
    report = check_file(WILD / "compressed_sums.txt")
    assert 9 not in {line for claim in report.claims for line in claim.lines}


def test_a_mean_of_kl_terms_and_a_sum_over_some_outcomes_are_not_read() -> None:
    """reduction='mean' averages the terms; two terms of three are not the divergence."""
    report = check_file(WILD / "notebook_page.txt")
    assert not {30, 41} & {line for claim in report.claims for line in claim.lines}
    assert 30 in {entry.line for entry in report.unread}


def test_a_factorial_is_not_an_inequality() -> None:
    report = check_file(WILD / "plain_relations.md")
    assert not any(13 in claim.lines for claim in report.claims)


def test_a_printed_name_is_read_only_when_it_holds_one_measure_given_before_the_print() -> None:
    report = check_file(WILD / "named_prints.ipynb")
    # Not h_late (given after) nor the list "changing", given twice; h_half, halved on the next line, is followed.
    assert {claim.cell for claim in report.claims} == {3, 4, 5, 6, 7, 9, 11, 15}


def test_comments_verbatim_and_code_are_not_read() -> None:
    latex = check_file(WILD / "notes.tex")
    assert not any(number in claim.text for claim in latex.claims for number in ("0.9", "= 7", "= 8", "= 5"))
    output = check_file(WILD / "output_blocks.md")
    assert not any("9.999" in claim.text for claim in output.claims)


def test_units_and_corrections_stay_in_the_claims_own_unit() -> None:
    report = check_file(WILD / "tables_and_units.md")
    by_line = {claim.lines[0]: claim for claim in report.claims if claim.kind != "definition"}
    assert {line: by_line[line].unit for line in (13, 14, 15)} == {13: "bits", 14: "bits", 15: "bits"}
    wrong = by_line[23]
    assert (wrong.verdict, wrong.unit, wrong.value) == ("false", "nats", mpmath.nstr(kl(TABLE_Q, TABLE_P), 10))


def test_two_units_on_one_line_are_two_claims_each_in_its_own_unit() -> None:
    report = check_file(WILD / "units_per_value.txt")
    units = {claim.text.split()[-1]: claim.unit for claim in report.claims if claim.kind != "definition"}
    assert units == {"0.1920": "nats", "0.2771": "bits", "0.1838": "nats", "0.2615": "bits"}
    (wrong,) = [claim for claim in report.claims if claim.verdict == "false"]
    assert (wrong.unit, wrong.value) == ("bits", mpmath.nstr(kl(THREE, SIX, TWO), 10))


def test_out_of_scope_measures_are_said_to_be_so() -> None:
    report = check_file(WILD / "joint_entropy.md")
    notes = [claim.note for claim in report.claims if claim.verdict == "unchecked"]
    assert notes and all("does not check" in note for note in notes)
    assert report.false_count == 0  # the sum written out is 1.9709... bits, given as 1.970: cut off, not rounded


def test_printed_lines_are_read_only_where_each_print_has_its_line() -> None:
    """A loop's prints, a print of no measure, and a comment after a call of no measure are not read."""
    report = check_file(WILD / "printed_output.md")
    # the loop's first line, 0.2897, is D(p||q) in bits to four digits: matched to it as a number, not as the print's
    matched = [claim for claim in report.claims if claim.lines == (55,)]
    assert [(claim.verdict, claim.note.split(":")[0]) for claim in matched] == [
        ("holds", "0.2897 is D_KL(p||q), p = (0.1, 0.2, 0.7) at line 7 and q = (0.3, 0.3, 0.4) at line 8")
    ]
    assert not any(line > 43 for claim in report.claims if claim not in matched for line in claim.lines)
    assert [entry.line for entry in report.unread] == [31, 56, 57]  # the rest of the loop's output is listed


def test_an_example_whose_inputs_do_not_fit_the_measure_is_listed_not_read() -> None:
    """Two inputs under an entropy heading: which entropy is meant is not said."""
    report = check_file(WILD / "exercise_pages.md")
    assert [entry.line for entry in report.unread] == [41]
    assert not any(41 in claim.lines for claim in report.claims)


def test_questions_and_ranges_in_words_are_not_claims() -> None:
    report = check_file(WILD / "properties_in_words.md")
    assert not any(line in (13, 29, 41, 45) for claim in report.claims for line in claim.lines)


def test_a_comment_label_that_names_something_else_is_not_read() -> None:
    report = check_file(WILD / "comment_labels.md")
    assert not any(12 in claim.lines for claim in report.claims)


def test_labels_with_other_words_are_not_values_of_the_measure() -> None:
    """ "Training KL", "entropy of the data", "KL-Gewicht": the number is something else; listed, not judged."""
    report = check_file(WILD / "labelled_languages.md")
    assert not any(line in (28, 54, 55, 56) for claim in report.claims for line in claim.lines)
    assert {28, 54, 55, 56} <= {entry.line for entry in report.unread}


def test_questions_suppositions_and_other_subjects_in_other_languages_are_not_claims() -> None:
    report = check_file(WILD / "properties_languages.md")
    assert not any(line in (11, 13, 29, 31, 57) for claim in report.claims for line in claim.lines)


def test_a_whole_number_before_a_fraction_inside_a_sum_is_listed_not_read() -> None:
    """1\\frac{1}{4} after other terms: a mixed number or a product; neither reading is certain."""
    report = check_file(WILD / "mixed_numbers.md")
    assert not any(17 in claim.lines for claim in report.claims)
    assert 17 in {entry.line for entry in report.unread}


def test_an_expansion_whose_weights_do_not_sum_to_one_names_no_distribution() -> None:
    """H(U) = -(0.3 log 0.3 + 0.6 log 0.6): U is not (0.3, 0.6), so neither it nor H(U) ≈ 0.97 is judged;
    a value in words under a condition is no claim."""
    report = check_file(WILD / "undefined_variable.md")
    assert {claim.verdict for claim in report.claims if claim.lines[0] in (16, 18)} == {"unchecked"}
    assert not any(24 in claim.lines for claim in report.claims)  # "H(T) is 1 bit when the coin is fair"


def test_bits_of_several_dice_or_of_a_loaded_die_are_not_read() -> None:
    """The sum of two dice and a loaded die have other entropies than log2 of the sides; a bound is no value;
    "the die" among two kinds of dice names none, and a coin after a die is not the die: its 1 bit is the coin's."""
    report = check_file(WILD / "dice_bits.md")
    assert not any(line in (13, 15, 21, 25, 27) for claim in report.claims for line in claim.lines)
    assert [(claim.verdict, claim.value) for claim in report.claims if 23 in claim.lines] == [("holds", "1")]


def test_numbers_near_a_divergence_that_are_other_quantities_are_not_values() -> None:
    """A probability, epochs, a weight, a supposition, a question, a bound, other distributions, a percentage."""
    report = check_file(WILD / "restated_values.md")
    assert not any(line > 20 for claim in report.claims for line in claim.lines)


@pytest.mark.parametrize(
    "sentence",
    [
        "The JS divergence is about 0.42 bits, and the distance about 0.65.",
        "分布之间的 JS 散度约为 0.42 比特，距离约为 0.65。",  # a translated post: the false alarm this guards against
    ],
)
def test_a_distance_said_after_a_divergence_is_the_js_distance(sentence: str, tmp_path: Path) -> None:
    document = tmp_path / "a.md"
    document.write_text(f"Let $P = (0.10, 0.40, 0.50)$ and $Q = (0.80, 0.15, 0.05)$.\n\n{sentence}\n", encoding="utf-8")
    report = check_file(document)
    # JSD = 0.42020 bits, which holds; 0.65 is the JS distance (0.64823), the square root, not the divergence.
    divergence = jsd(["0.10", "0.40", "0.50"], ["0.80", "0.15", "0.05"], TWO)
    assert value("0.42", divergence) and value("0.65", mpmath.sqrt(divergence))
    assert [(claim.kind, claim.verdict) for claim in report.claims if "0.42" in claim.text] == [("jsd", "holds")]
    assert report.false_count == 0
    assert [(claim.kind, claim.verdict) for claim in report.claims if "0.65" in claim.text] == [
        ("js_distance", "holds")
    ]


def test_a_share_a_code_length_and_values_compared_with_others_are_not_values() -> None:
    """ "We use about 0.5 of the samples", "we use 2 bits per symbol" (a code's length), "0.3 bits compared with",
    "0.5 bits away from"."""
    report = check_file(WILD / "bounds_in_words.md")
    assert not any(line > 12 for claim in report.claims for line in claim.lines)


def test_a_denied_or_asked_property_and_a_power_are_not_claims() -> None:
    """A myth, a question, "não indica que", ``2**3``; the inequality read as a formula is not read again in words."""
    report = check_file(WILD / "identities_in_words.md")
    assert not any(line > 28 for claim in report.claims for line in claim.lines)
    assert len([claim for claim in report.claims if 27 in claim.lines]) == 1


def test_a_comparison_digits_a_distance_of_means_and_hours_are_not_values() -> None:
    """ "0.1 bits more than", "3 位" (three digits), the distance between two means after a JS divergence, hours."""
    report = check_file(WILD / "restated_prose.md")
    assert [claim.text for claim in report.claims if claim.lines[0] > 30] == ["JS divergence is about 0.08 bits"]


def test_a_value_without_a_unit_that_holds_in_another_base_than_the_documents_is_not_judged(tmp_path: Path) -> None:
    """The document works in bits, but a sentence with no unit may mean nats (the next one says so)."""
    document = tmp_path / "a.txt"
    text = "Let P = [0.6, 0.3, 0.1] and Q = [0.3, 0.4, 0.3], logs in base 2.\n\n"
    text += "A divergência KL da distribuição P em relação à distribuição Q é de cerca de 0,22 .\n"
    document.write_text(text, encoding="utf-8")
    assert value("0.22", kl(AGAIN_P, AGAIN_Q)) and not value("0.22", kl(AGAIN_P, AGAIN_Q, TWO))
    assert not value("0.22", kl(AGAIN_Q, AGAIN_P, TWO))
    report = check_file(document)
    assert [claim.verdict for claim in report.claims if "0,22" in claim.text] == ["unchecked"]


def test_a_refuted_property_and_it_after_two_measures_are_not_claims() -> None:
    """ "Some people say ..., but that is wrong"; "It" after a sentence that names KL and JS stands for neither."""
    report = check_file(WILD / "properties_in_prose.md")
    assert not any(27 < line < 36 or line in (1, 40) for claim in report.claims for line in claim.lines)
    # the row of ranges: [0, ∞) for KL, [0, log 2] for JS, each end right
    assert [claim.verdict for claim in report.claims if 18 in claim.lines] == ["holds"] * 4
