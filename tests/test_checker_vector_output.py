"""``kldocs check`` on values R and Julia printed for code the document shows: R consoles (``> kl(p, q)`` and
``[1] 0.04746866``), knitr chunks (``## [1] ...``, named vectors, data frames and tibbles), Julia's REPL and
``println`` scripts; and values Python printed below a label in other languages, or in docstrings assigned to
``__doc__``.

Each document is written here; the true values are worked out here with mpmath to 30 digits from the numbers the
test writes into the document, and printed as R (7 significant digits) or Julia (17) would print them.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text

P, Q = ["0.2", "0.5", "0.3"], ["0.1", "0.6", "0.3"]
R_P, R_Q = "c(0.2, 0.5, 0.3)", "c(0.1, 0.6, 0.3)"
J_P, J_Q = "[0.2, 0.5, 0.3]", "[0.1, 0.6, 0.3]"


def _kl(p: list[str], q: list[str], base: int | None = None) -> mpmath.mpf:
    with mpmath.workdps(30):
        total = sum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b)) for a, b in zip(p, q, strict=True))
        return total / mpmath.log(base) if base else total


def _h(p: list[str], base: int | None = None) -> mpmath.mpf:
    with mpmath.workdps(30):
        total = -sum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a)) for a in p)
        return total / mpmath.log(base) if base else total


def _r(value: mpmath.mpf, shift: float = 0.0) -> str:
    """As R prints a number: 7 significant digits."""
    return mpmath.nstr(value + shift, 7)


def _julia(value: mpmath.mpf, shift: float = 0.0) -> str:
    """As Julia prints a double: its 17 significant digits."""
    return mpmath.nstr(value + shift, 17)


def _read(text: str, name: str) -> list[Checked]:
    """The claims of a document that are not definitions."""
    return [claim for claim in check_text(text, name).claims if claim.kind != "definition"]


def _values(claims: list[Checked]) -> list[tuple[str, str, float]]:
    """Each claim's kind, verdict and correct value (to 8 places)."""
    return [(claim.kind, claim.verdict, round(float(claim.value or "nan"), 8)) for claim in claims]


KL_E, KL_BACK, KL_2 = _kl(P, Q), _kl(Q, P), _kl(P, Q, 2)
H_E, H_2, HQ_2 = _h(P), _h(P, 2), _h(Q, 2)


def _console(shift: float) -> str:
    return "\n".join(
        [
            "# KL divergence in R",
            "",
            "```r",
            f"> p <- {R_P}",
            f"> q <- {R_Q}",
            "> kl <- function(p, q) {",
            "+   sum(p * log(p / q))",
            "+ }",
            "> kl(p, q)",
            f"[1] {_r(KL_E, shift)}",
            "> c(kl(p, q), kl(q, p))",
            f"[1] {_r(KL_E, shift)} {_r(KL_BACK)}",
            "> -sum(p * log(p))",
            f"[1] {_r(H_E)}",
            "> sum(p * log(p / q, base = 2))",
            f"[1] {_r(KL_2)}",
            "```",
            "",
        ]
    )


@pytest.mark.parametrize("shift", [0.0, 0.001])
def test_an_r_console_is_read_as_the_python_its_statements_stand_for(shift: float) -> None:
    claims = _read(_console(shift), "notes.md")
    verdict = "false" if shift else "holds"
    assert _values(claims) == [
        ("kl", verdict, round(float(KL_E), 8)),
        ("kl", verdict, round(float(KL_E), 8)),
        ("kl", "holds", round(float(KL_BACK), 8)),
        ("entropy", "holds", round(float(H_E), 8)),
        ("kl", "holds", round(float(KL_2), 8)),
    ]
    assert claims[-1].unit == "bits" and claims[0].unit == "nats"


def test_an_r_console_in_a_block_of_output_with_a_function_over_a_named_list() -> None:
    text = "\n".join(
        [
            "Entropie jeder Verteilung:",
            "",
            "```",
            f"> dists <- list(a = {R_P}, b = {R_Q})",
            "> H <- function(p) {",
            "+   p <- p[p > 0]",
            "+   -sum(p * log2(p))",
            "+ }",
            "> sapply(dists, H)",
            "       a        b ",
            f"{_r(H_2)} {_r(HQ_2, 0.01)} ",
            "```",
            "",
        ]
    )
    assert _values(_read(text, "notes.md")) == [
        ("entropy", "holds", round(float(H_2), 8)),
        ("entropy", "false", round(float(HQ_2), 8)),
    ]


def _knitted(negated: bool) -> str:
    sign = "-" if negated else ""
    return "\n".join(
        [
            "---",
            'title: "Divergencias"',
            "---",
            "",
            "```{r}",
            f"p <- {R_P}",
            f"q <- {R_Q}",
            "kl <- function(p, q) sum(p * log(p / q))",
            "kl(p, q)",
            f"## [1] {_r(KL_E)}",
            "```",
            "",
            "```{r}",
            'entropy::entropy(p, unit = "log2")',
            "```",
            "",
            "```",
            f"## [1] {_r(H_2)}",
            "```",
            "",
            "```{r}",
            f'data.frame(pair = c("pq", "qp"), kl = c({sign}kl(p, q), {sign}kl(q, p)))',
            "#>   pair          kl",
            f"#> 1   pq {sign}{_r(KL_E)}",
            f"#> 2   qp {sign}{_r(KL_BACK)}",
            "```",
            "",
        ]
    )


@pytest.mark.parametrize("negated", [False, True])
def test_knitr_output_in_and_below_chunks_and_a_data_frame_column_under_a_kl_heading(negated: bool) -> None:
    claims = _read(_knitted(negated), "notes.Rmd")
    column = "false" if negated else "holds"  # minus the divergence under its heading is a mistake
    assert _values(claims) == [
        ("kl", "holds", round(float(KL_E), 8)),
        ("entropy", "holds", round(float(H_2), 8)),
        ("kl", column, round(float(KL_E), 8)),
        ("kl", column, round(float(KL_BACK), 8)),
    ]


def test_a_tibble_of_a_function_mapped_over_two_named_lists_is_read_row_by_row() -> None:
    text = "\n".join(
        [
            "```r",
            "library(purrr)",
            f"ps <- list(a = {R_P}, b = {R_Q})",
            f"qs <- list(a = {R_Q}, b = {R_P})",
            "kl2 <- function(p, q) sum(p * log(p / q))",
            'tibble::tibble(pair = c("ab", "ba"), kl = map2_dbl(ps, qs, kl2))',
            "mapply(kl2, ps, qs)",
            "```",
            "",
            "```",
            "# A tibble: 2 × 2",
            "  pair      kl",
            "  <chr>  <dbl>",
            f"1 ab    {mpmath.nstr(KL_E, 3)}",
            f"2 ba    {mpmath.nstr(KL_BACK + 0.01, 3)}",
            "         a          b ",
            f"{_r(KL_E)} {_r(KL_BACK)} ",
            "```",
            "",
        ]
    )
    assert _values(_read(text, "notes.md")) == [
        ("kl", "holds", round(float(KL_E), 8)),
        ("kl", "false", round(float(KL_BACK), 8)),
        ("kl", "holds", round(float(KL_E), 8)),
        ("kl", "holds", round(float(KL_BACK), 8)),
    ]


@pytest.mark.parametrize("label", ["Output:", "Ausgabe:", "Salida:", "출력:", "実行結果", "Вывод:"])
def test_julia_scripts_and_repl_sessions_are_read_with_what_they_printed(label: str) -> None:
    text = "\n".join(
        [
            "```julia",
            "using StatsBase",
            f"p = {J_P}",
            f"q = {J_Q}",
            "kl(p, q) = sum(p .* log2.(p ./ q))",
            "println(kl(p, q))",
            'println("H(p) = ", entropy(p))',
            "```",
            "",
            label,
            "",
            "```",
            _julia(KL_2),
            f"H(p) = {_julia(H_E, 0.001)}",
            "```",
            "",
            "```julia-repl",
            "julia> H(p) = -sum(x * log(2, x) for x in p if x > 0)",
            "H (generic function with 1 method)",
            "",
            "julia> [H(p), H(q)]",
            "2-element Vector{Float64}:",
            f" {_julia(H_2)}",
            f" {_julia(HQ_2)}",
            "```",
            "",
        ]
    )
    assert _values(_read(text, "notes.md")) == [
        ("kl", "holds", round(float(KL_2), 8)),
        ("entropy", "false", round(float(H_E), 8)),
        ("entropy", "holds", round(float(H_2), 8)),
        ("entropy", "holds", round(float(HQ_2), 8)),
    ]


def test_values_of_random_code_of_inputs_not_shown_or_of_lines_that_do_not_line_up_are_not_read() -> None:
    text = "\n".join(
        [
            "```r",
            f"q <- {R_Q}",
            "kl <- function(p, q) sum(p * log(p / q))",
            "set.seed(1)",
            "x <- runif(3)",
            "x <- x / sum(x)",
            "kl(x, q)",
            "```",
            "",
            "```",
            "[1] 0.2113",
            "```",
            "",
            "```r",
            'p <- read.csv("p.csv")$p',
            "kl(p, q)",
            "## [1] 0.5",
            "```",
            "",
            "```r",
            f"r <- {R_P}",
            "kl(r, q)",
            "kl(q, r)",
            "```",
            "",
            "```",
            "[1] 0.9",
            "```",
            "",
            "```r",
            f'data.frame(pair = "rq", kl_neg = -kl({R_P}, {R_Q}))',
            "##   pair      kl_neg",
            f"## 1   rq {_r(-KL_E)}",
            "```",
            "",
        ]
    )
    claims = _read(text, "notes.md")  # values of a random list or of one read from a file: by name, unchecked
    unchecked = [("kl", "unchecked"), ("kl", "unchecked")]
    negative = [("expression", "holds")]  # the column the code made negative, as its formula, never false
    assert [(claim.kind, claim.verdict) for claim in claims] == unchecked + negative
    assert float(claims[-1].value or "0") < 0


@pytest.mark.parametrize("label", ["실행 결과", "執行結果", "运行结果", "Sortie :"])
def test_python_output_below_a_label_is_read_and_a_random_line_in_it_is_left(label: str) -> None:
    text = "\n".join(
        [
            "```python",
            "import numpy as np",
            f"p = np.array({J_P})",
            f"q = np.array({J_Q})",
            "x = np.random.rand(3)",
            "print(x / x.sum())",
            "print(np.sum(p * np.log(p / q)))",
            "```",
            "",
            label,
            "",
            "```",
            "[0.21 0.45 0.34]",
            f"{mpmath.nstr(KL_E + 0.002, 16)}",
            "```",
            "",
        ]
    )
    assert _values(_read(text, "notes.md")) == [("kl", "false", round(float(KL_E), 8))]


def test_examples_in_a_docstring_assigned_to_doc_are_read_with_the_files_functions() -> None:
    text = "\n".join(
        [
            "import numpy as np",
            "",
            "",
            "def kl(p, q):",
            "    p = np.asarray(p)",
            "    q = np.asarray(q)",
            "    return np.sum(p * np.log(p / q))",
            "",
            "",
            'kl.__doc__ = """KL divergence in nats.',
            "",
            f">>> kl({J_P}, {J_Q})",
            _julia(KL_E),
            f">>> kl({J_Q}, {J_P})",
            "0.05",
            '"""',
            "",
        ]
    )
    assert _values(_read(text, "kl.py")) == [
        ("kl", "holds", round(float(KL_E), 8)),
        ("kl", "false", round(float(KL_BACK), 8)),
    ]


def test_items_of_named_lists_statements_on_one_line_and_consoles_below_code_are_read() -> None:
    text = "\n".join(
        [
            "```r",
            f"d <- list(p = {R_P}, q = {R_Q})",
            "kl <- function(a, b) sum(a * log(a / b))",
            "```",
            "",
            "```",
            "> kl(d$p, d$q)",
            f"[1] {_r(KL_E)}",
            "```",
            "",
            "```r",
            'res <- data.frame(pair = c("pq", "qp"), kl = c(kl(d$p, d$q), kl(d$q, d$p)))',
            "res",
            "##   pair         kl",
            f"## 1   pq {_r(KL_E)}",
            f"## 2   qp {_r(KL_BACK, 0.01)}",
            "```",
            "",
            "```julia-repl",
            f"julia> a = {J_P}; b = {J_Q};",
            "",
            "julia> sum(a .* log.(a ./ b))",
            _julia(KL_E),
            "```",
            "",
        ]
    )
    assert _values(_read(text, "notes.md")) == [
        ("kl", "holds", round(float(KL_E), 8)),
        ("kl", "holds", round(float(KL_E), 8)),
        ("kl", "false", round(float(KL_BACK), 8)),
        ("kl", "holds", round(float(KL_E), 8)),
    ]


_CHANGED_IN_PLACE = [
    # R: items assigned, then the KL of the changed p (0.3, 0.4, 0.3) printed
    "```r\n> p <- c(0.2, 0.5, 0.3)\n> q <- c(0.1, 0.6, 0.3)\n> kl <- function(p, q) sum(p * log(p / q))\n"
    "> p[1] <- 0.3; p[2] <- 0.4\n> kl(p, q)\n[1] {changed_r}\n```\n",
    # Julia: q sorted in place, then the KL to the sorted q printed
    "```julia-repl\njulia> p = [0.2, 0.5, 0.3]; q = [0.1, 0.6, 0.3];\n\njulia> kl(p, q) = sum(p .* log.(p ./ q))\n"
    "kl (generic function with 1 method)\n\njulia> sort!(q);\n\njulia> kl(p, q)\n{sorted_julia}\n```\n",
]


@pytest.mark.parametrize("console", _CHANGED_IN_PLACE)
def test_a_vector_changed_in_place_is_not_judged_with_its_old_values(console: str) -> None:
    """``p[1] <- 0.3`` and ``sort!(q)`` change what the later call prints: its value is not judged with the
    vectors as first written (it would be a false alarm), though right for the changed ones."""
    changed = _kl(["0.3", "0.4", "0.3"], ["0.1", "0.6", "0.3"])
    sorted_q = _kl(["0.2", "0.5", "0.3"], ["0.1", "0.3", "0.6"])
    assert abs(changed - _kl(["0.2", "0.5", "0.3"], ["0.1", "0.6", "0.3"])) > mpmath.mpf("0.01")
    text = console.format(changed_r=_r(changed), sorted_julia=_julia(sorted_q))
    assert [claim.verdict for claim in _read(text, "a.md") if claim.kind == "kl"] in ([], ["unchecked"])


def test_statsbase_entropy_of_unscaled_counts_is_not_read() -> None:
    """StatsBase's ``entropy([2, 1, 1])`` sums ``-p log p`` over the numbers as given (``-2 log 2``), where SciPy's
    would scale them first: the value shown is not judged as the entropy of (1/2, 1/4, 1/4)."""
    shown = -2 * mpmath.log(2)
    text = f"```julia-repl\njulia> using StatsBase\n\njulia> entropy([2, 1, 1])\n{_julia(shown)}\n```\n"
    assert [claim.verdict for claim in _read(text, "a.md")] == []
