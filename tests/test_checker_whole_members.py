"""``kldocs check`` judges whole members of a chain, whole sums set out over rows, and rounded inputs as rounded.

Each document is written for the test:

- a member is the whole text between two relations: ``\\log|X| - H(X) \\ge 0`` is never judged as ``-H(X) \\ge 0``,
  nor ``H(p,q) ‑ H(p)`` (a copied hyphen for the minus) as ``H(p,q)``; a wrong chain is false only as a whole;
- a sum set out one term a row (``&+ 0.4 \\cdot (...)``, a plain line opening with ``+``) is one sum, judged against
  the value at its end;
- a value worked from inputs written rounded (``0.56`` for 51/91) is judged against what the inputs' rounding
  allows, and a value quoted to be turned down ("was rejected", "kann nicht stimmen") is not the document's claim;
- links of a chain that no claim covers are listed as not read, in the terminal report and the JSON.

The truth is worked out with mpmath to 30 digits inside each test.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Checked, check_text
from kldocs.checker.report import as_json, terminal


def _claims(text: str, name: str = "a.md") -> list[Checked]:
    return list(check_text(text, name).claims)


def _entropy_bits(*probabilities: str | mpmath.mpf) -> mpmath.mpf:
    with mpmath.workdps(30):
        return -mpmath.fsum(mpmath.mpf(p) * mpmath.log(mpmath.mpf(p), 2) for p in probabilities)


# --- whole members ---------------------------------------------------------------------------------------------

_RIGHT_CHAINS = [
    ("a.md", "For every $X$ on a finite alphabet, $\\log|X| - H(X) \\ge 0$."),
    ("a.md", "The gap $\\log_2 |\\mathcal{X}| - H(X) = D(p \\| u) \\ge 0$ measures how far from uniform."),
    ("notes.txt", "Bound: log|X| - H(X) >= 0, with equality for the uniform law."),
    ("a.tex", "Hence $\\log|\\mathcal{X}| - H(X) \\geq 0$ for every distribution.\n"),
    ("a.md", "$$H(X) + H(Y) - H(X,Y) = I(X;Y) \\ge 0$$"),
    ("notes.txt", "H(X) + H(Y) - H(X,Y) = I(X;Y) >= 0"),
    ("a.md", "$H(p,q) - H(p) = D(p\\|q) \\ge 0$"),
    ("a.md", "La brecha $H(p,q) \u2011 H(p) = D(p\\|q)$ nunca es negativa."),
    ("a.md", "$$D = H(p,q) - H(p) = \\sum_x p(x) \\log \\frac{p(x)}{q(x)} \\ge 0$$"),
    ("a.md", "所以 $\\log|X| - H(X) \\ge 0$，等号在均匀分布时成立。"),
]


@pytest.mark.parametrize(("name", "text"), _RIGHT_CHAINS)
def test_a_right_chain_with_sums_in_its_members_is_never_false(name: str, text: str) -> None:
    claims = _claims(text, name)
    assert not [c for c in claims if c.verdict == "false"], claims
    assert not [c for c in claims if c.text.lstrip().startswith("-") and "H(X)" in c.text], claims  # no "- H(X) >= 0"
    assert not [c for c in claims if c.text.startswith("H(p,q) =")], claims  # the middle member is read whole


def test_the_parts_of_a_chain_that_hold_are_still_judged_whole() -> None:
    claims = _claims("$$H(X) + H(Y) - H(X,Y) = I(X;Y) \\ge 0$$")
    assert [(c.text, c.verdict) for c in claims] == [
        ("H(X) + H(Y) - H(X,Y) = I(X;Y)", "holds"),
        ("I(X;Y) \\ge 0", "holds"),
    ]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("For a binary $p$, $2 - H(p) \\le 1$.", "2 - H(p) \\le 1"),  # H(p) <= 1 bit, so 2 - H(p) >= 1
        ("$H(p,q) - H(p) = D(p\\|q) \\le 0$", "D(p\\|q) \\le 0"),
        ("$$D(p\\|q) = H(p,q) - H(p) < 0$$", "H(p,q) - H(p) < 0"),
    ],
)
def test_a_wrong_chain_is_false_as_a_whole_member(text: str, wrong: str) -> None:
    false = [c for c in _claims(text) if c.verdict == "false"]
    assert [c.text for c in false] == [wrong]


def test_prose_still_cuts_a_claim_out_of_its_words() -> None:
    text = "Let P = (0.5, 0.5) and Q = (0.9, 0.1).\n\nSo we get D(P||Q) = 0.9 nats here.\n"
    with mpmath.workdps(30):
        kl = 0.5 * mpmath.log(mpmath.mpf(5) / 9) + 0.5 * mpmath.log(5)
    (claim,) = [c for c in _claims(text, "notes.txt") if "D(P||Q)" in c.text]
    assert (claim.text, claim.verdict) == ("D(P||Q) = 0.9", "false")
    assert claim.value is not None and abs(float(claim.value) - float(kl)) < 1e-9


@pytest.mark.parametrize(
    ("line", "written", "verdict"),
    [
        ("So H(Q) = {value} bits — quite small.", "H(Q) = {value}", "{verdict}"),
        ("H(P) = 1 bit | H(Q) = {value} bits", "H(Q) = {value}", "{verdict}"),
    ],
)
@pytest.mark.parametrize(("value", "expected"), [("0.469", "holds"), ("0.52", "false")])
def test_a_dash_or_a_spaced_bar_in_prose_still_ends_a_value(
    line: str, written: str, verdict: str, value: str, expected: str
) -> None:
    text = "Let P = (0.5, 0.5) and Q = (0.9, 0.1), in bits.\n\n" + line.format(value=value) + "\n"
    (claim,) = [c for c in _claims(text, "notes.txt") if "H(Q)" in c.text]
    assert (claim.text, claim.verdict) == (written.format(value=value), verdict.format(verdict=expected))
    assert claim.value is not None and abs(float(claim.value) - float(_entropy_bits("0.9", "0.1"))) < 1e-9


@pytest.mark.parametrize(("value", "expected"), [("0.51", "holds"), ("0.61", "false")])
def test_a_dash_after_a_kl_value_in_prose_ends_it(value: str, expected: str) -> None:
    text = f"Let P = (0.5, 0.5) and Q = (0.9, 0.1).\n\nSo D(P||Q) = {value} nats — quite small.\n"
    with mpmath.workdps(30):
        kl = 0.5 * mpmath.log(mpmath.mpf(5) / 9) + 0.5 * mpmath.log(5)
    (claim,) = [c for c in _claims(text) if "D(P||Q)" in c.text]
    assert (claim.text, claim.verdict) == (f"D(P||Q) = {value}", expected)
    assert claim.value is not None and abs(float(claim.value) - float(kl)) < 1e-9


# --- sums over rows ---------------------------------------------------------------------------------------------

_WEIGHTED = _entropy_bits("0.5", "0.5") * mpmath.mpf("0.6") + _entropy_bits("0.25", "0.75") * mpmath.mpf("0.4")

_ROW_SUMS = [
    (
        "a.md",
        "$$\n\\begin{aligned}\nH_{\\text{split}} &= 0.6\\cdot(-0.5\\log_2 0.5 - 0.5\\log_2 0.5) \\\\\n"
        "&+ 0.4\\cdot(-0.25\\log_2 0.25 - 0.75\\log_2 0.75) \\\\\n&\\approx {value}\n\\end{aligned}\n$$\n",
    ),
    (
        "a.tex",
        "\\begin{align*}\nH_w &= 0.6 \\times (-0.5\\log_2 0.5 - 0.5\\log_2 0.5) \\\\\n"
        "&\\quad + 0.4 \\times (-0.25\\log_2 0.25 - 0.75\\log_2 0.75) \\\\\n&\\approx {value}\n\\end{align*}\n",
    ),
    (
        "a.tex",
        "\\begin{eqnarray}\nH_w &=& 0.6 \\cdot (-0.5\\log_2 0.5 - 0.5\\log_2 0.5) \\nonumber\\\\\n"
        "&& + 0.4 \\cdot (-0.25\\log_2 0.25 - 0.75\\log_2 0.75) \\approx {value}\n\\end{eqnarray}\n",
    ),
    (
        "notes.txt",
        "Weighted entropy:\nH = 0.6 * (-0.5 log2 0.5 - 0.5 log2 0.5)\n"
        "  + 0.4 * (-0.25 log2 0.25 - 0.75 log2 0.75) ≈ {value} bits\n",
    ),
    (
        "a.md",
        "Gewichtete Entropie:\n\nH = 0.6 * (-0.5 log2 0.5 - 0.5 log2 0.5)\n"
        "+ 0.4 * (-0.25 log2 0.25 - 0.75 log2 0.75) ≈ {value} Bit\n",
    ),
    (
        "a.md",
        "$$\nH = 0.6 \\cdot (-0.5 \\log_2 0.5 - 0.5 \\log_2 0.5)\n"
        "+ 0.4 \\cdot (-0.25 \\log_2 0.25 - 0.75 \\log_2 0.75)\n\\approx {value}\n$$\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), _ROW_SUMS)
def test_a_sum_set_out_one_term_a_row_is_judged_whole(name: str, text: str) -> None:
    claims = _claims(text.replace("{value}", mpmath.nstr(_WEIGHTED, 4)), name)
    assert [c.verdict for c in claims if "0.4" in c.text] == ["holds"], claims
    (claim,) = [c for c in claims if "0.4" in c.text]
    assert "0.6" in claim.text and claim.value is not None
    assert abs(float(claim.value) - float(_WEIGHTED)) < 1e-9


@pytest.mark.parametrize(("name", "text"), _ROW_SUMS)
def test_a_wrong_total_of_a_sum_over_rows_stays_false(name: str, text: str) -> None:
    claims = _claims(text.replace("{value}", "0.9345"), name)
    false = [c for c in claims if c.verdict == "false"]
    assert len(false) == 1 and "0.6" in false[0].text and "0.4" in false[0].text, claims
    assert false[0].value is not None and abs(float(false[0].value) - float(_WEIGHTED)) < 1e-9


def test_a_list_below_a_sentence_is_still_a_list() -> None:
    text = "We found $H(P) = 1.5$ bits.\n\n+ 0.5 bits come from the first outcome\n+ 1 bit from the rest\n"
    claims = _claims("Let $P = (0.5, 0.25, 0.25)$.\n\n" + text)
    assert [(c.text, c.verdict) for c in claims if "H(P)" in c.text] == [("H(P) = 1.5", "holds")]


# --- rounded inputs -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.md", "Of 91 customers, 51 left.\n\n$$H = -(0.56 \\log_2 0.56 + 0.44 \\log_2 0.44) \\approx {value}$$\n"),
        ("notes.txt", "51 of 91 churned: H = -(0.56 log2 0.56 + 0.44 log2 0.44) = {value} bits\n"),
        ("a.tex", "Von 91 Kunden gingen 51: $H = -(0.56 \\log_2 0.56 + 0.44 \\log_2 0.44) \\approx {value}$ Bit.\n"),
    ],
)
def test_a_value_from_the_exact_shares_is_not_false_beside_their_rounded_inputs(name: str, text: str) -> None:
    with mpmath.workdps(30):
        exact = _entropy_bits(mpmath.mpf(51) / 91, mpmath.mpf(40) / 91)
        written = _entropy_bits("0.56", "0.44")
    assert mpmath.nstr(exact, 4) != mpmath.nstr(written, 4)  # 0.9894 and 0.9896
    (claim,) = _claims(text.replace("{value}", mpmath.nstr(exact, 4)), name)
    assert claim.verdict == "unchecked" and "rounded" in claim.note, claim
    (claim,) = _claims(text.replace("{value}", mpmath.nstr(written, 4)), name)
    assert claim.verdict == "holds" and claim.value is not None and abs(float(claim.value) - float(written)) < 1e-9


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$$H = -(0.56 \\log_2 0.56 + 0.44 \\log_2 0.44) \\approx 0.98$$", ("0.56", "0.44")),  # outside the rounding
        ("H = -(0.7 log2 0.7 + 0.3 log2 0.3) = 0.86 bits", ("0.7", "0.3")),  # one digit: exact, as given
        ("H = -(0.25 log2 0.25 + 0.75 log2 0.75) = 0.82 bits", ("0.25", "0.75")),  # quarters: exact, as given
        # 0.92 beside 0.05 and a one-digit input: all given as written (true 0.33170; 0.92 read as rounded allows 0.334)
        ("H = -(0.92 ln 0.92 + 0.03 ln 0.03 + 0.05 ln 0.05) = 0.334 nats", None),
    ],
)
def test_a_value_outside_what_the_inputs_allow_stays_false(text: str, value: tuple[str, str] | None) -> None:
    (claim,) = _claims(text, "notes.txt")
    assert claim.verdict == "false", claim
    with mpmath.workdps(30):
        truth = (
            _entropy_bits(*value)
            if value is not None
            else -mpmath.fsum(mpmath.mpf(p) * mpmath.log(mpmath.mpf(p)) for p in ("0.92", "0.03", "0.05"))
        )
    assert claim.value is not None and abs(float(claim.value) - float(truth)) < 1e-9


def test_inputs_given_as_a_distribution_are_exact_not_rounded() -> None:
    text = "Let $P = (0.56, 0.44)$.\n\n$$H(P) = -(0.56 \\log_2 0.56 + 0.44 \\log_2 0.44) \\approx 0.9894$$\n"
    false = [c for c in _claims(text) if c.verdict == "false"]
    assert false and all(c.value is not None for c in false)
    assert {round(float(c.value or 0), 9) for c in false} == {round(float(_entropy_bits("0.56", "0.44")), 9)}


# --- values turned down ---------------------------------------------------------------------------------------

_PAIR = "Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "A reported $I(X;Y) = -0.3$ was rejected.",
        "One student got $H(P) = 2.5$ bits, which cannot be right.",
        "If you got $D(P\\|Q) = -0.1$, check your code.",
        "If you get $D(P\\|Q) = 0.21$ nats, you took the logarithm of the wrong ratio.",
        "A common wrong answer is $D(P\\|Q) = 0.47$.",
        "Ein Student erhielt $H(P) = 2.5$ Bit, was nicht stimmen kann.",
        "Si vous obtenez $D(P\\|Q) = -0.1$, vérifiez votre code.",
        "El valor $D(P\\|Q) = 0.21$ fue rechazado por el revisor.",
        "O valor $H(P) = 2.5$ bits foi rejeitado.",
        "Значение $D(P\\|Q) = -0.1$ было отклонено.",
        "有人算出 $D(P\\|Q) = -0.1$，这是不可能的。",
        "$D(P\\|Q) = -0.1$ はありえない。",
        "$D(P\\|Q) = -0.1$ 라는 값은 불가능하다.",
        "Le résultat $H(P) = 2.5$ bits est impossible ici.",
    ],
)
def test_a_value_quoted_to_be_turned_down_is_not_the_documents_claim(sentence: str) -> None:
    claims = _claims(_PAIR + sentence + "\n")
    assert not [c for c in claims if c.verdict == "false"], claims


@pytest.mark.parametrize(
    "sentence",
    [
        "We get $H(P) = 2.5$ bits.",
        "As you can see, $H(P) = 2.5$ bits.",
        "$H(P) = 2.5$ bits, which is the largest value here.",
        "So $D(P\\|Q) = 0.21$ nats, and a negative value would be impossible.",
    ],
)
def test_the_documents_own_wrong_value_stays_false(sentence: str) -> None:
    with mpmath.workdps(30):
        truth = {"H(P)": mpmath.mpf(1), "D(P\\|Q)": 0.5 * mpmath.log(mpmath.mpf(5) / 9) + 0.5 * mpmath.log(5)}
    claims = _claims(_PAIR + sentence + "\n")
    (false,) = [c for c in claims if c.verdict == "false"]
    symbol = "H(P)" if "H(P)" in false.text else "D(P\\|Q)"
    assert false.value is not None and abs(float(false.value) - float(truth[symbol])) < 1e-9


# --- links not read ---------------------------------------------------------------------------------------------


def test_the_links_of_a_chain_that_no_claim_covers_are_listed_as_not_read() -> None:
    text = "$$H(X) = -\\sum_x p(x)\\log p(x) = \\mathbb{E}[-\\log p(X)] = \\mathbb{E}[\\log 1/p(X)]$$\n"
    report = check_text(text, "a.md")
    assert [c.text for c in report.claims] == ["H(X) = -\\sum_x p(x)\\log p(x)"]
    links = [(entry.line, entry.text) for entry in report.unread if entry.link]
    assert links == [
        (1, "-\\sum_x p(x)\\log p(x) = \\mathbb{E}[-\\log p(X)]"),
        (1, "\\mathbb{E}[-\\log p(X)] = \\mathbb{E}[\\log 1/p(X)]"),
    ]
    assert [entry for entry in as_json(report)["unread"] if entry.get("link")] == [
        {"lines": [1], "text": text, "link": True} for _, text in links
    ]
    assert "2 links of chains were not read: line 1 (" in terminal(report)


@pytest.mark.parametrize(
    "text",
    [
        "$$H(p) = -\\sum_x p(x) \\log q(x) - D(p\\|q) \\le H(p, q)$$",  # every link read
        "$$D(p\\|q) = \\sum_x p(x)\\log\\frac{p(x)}{q(x)}$$",  # one link
        "$$A = \\sum_i a_i = \\sum_j b_j = B$$",  # nothing read from it at all
    ],
)
def test_a_chain_read_in_full_or_not_at_all_lists_no_link(text: str) -> None:
    report = check_text(text, "a.md")
    assert not [entry for entry in report.unread if entry.link]
