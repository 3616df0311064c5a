"""Ground truth for ``kldocs check`` on public documents written by others (see checker_corpus.py).

Every in-scope claim of each document is listed with its line (a notebook
claim with its cell), a key that picks it out of the line (the number as
written), and whether it is true. Truth is computed here with mpmath from
the distributions the document gives, never from kldocs:

- ``value(claimed, true)``: a decimal claim holds when the true value rounds to it
  at the claim's own precision (an integer claims exactness), or is cut off to it
  when it has three or more significant digits or dots follow its digits;
- ``step(claimed_expression, true, decimals)``: an arithmetic step with rounded
  numbers holds when it is within one unit of its last written decimal of the
  true value.

In scope: values of entropy, cross-entropy, KL divergence, JSD and the JS
distance of distributions the document gives (in prose, formulas, tables,
lists or code), their expansions and arithmetic steps, self-contained
logarithm expressions, and definitions and properties of these measures.
Out of scope (not listed): joint and conditional entropies and mutual
information without a joint distribution kldocs can read, continuous
distributions, values computed by code whose inputs are not given, numbers
in comments.
"""

from __future__ import annotations

from dataclasses import dataclass

import mpmath

mpmath.mp.dps = 40
TWO = mpmath.mpf(2)
E = mpmath.e


def _log(x: object, base: object) -> mpmath.mpf:
    return mpmath.log(mpmath.mpf(x)) / mpmath.log(base)


def entropy(p: list[str], base: object = E) -> mpmath.mpf:
    return -mpmath.fsum(mpmath.mpf(x) * _log(x, base) for x in p if mpmath.mpf(x) > 0)


def cross(p: list[str], q: list[str], base: object = E) -> mpmath.mpf:
    return -mpmath.fsum(mpmath.mpf(x) * _log(y, base) for x, y in zip(p, q, strict=True) if mpmath.mpf(x) > 0)


def kl(p: list[str], q: list[str], base: object = E) -> mpmath.mpf:
    return cross(p, q, base) - entropy(p, base)


def jsd(p: list[str], q: list[str], base: object = E) -> mpmath.mpf:
    m = [str((mpmath.mpf(x) + mpmath.mpf(y)) / 2) for x, y in zip(p, q, strict=True)]
    return (kl(p, m, base) + kl(q, m, base)) / 2


def value(claimed: str, true: mpmath.mpf) -> bool:
    """True when ``true`` rounds to ``claimed`` at its written precision (an integer is exact).

    A decimal of three or more significant digits, or one with dots after its digits (``0.81127...``),
    also holds when it is ``true`` cut off (toward zero) at its last digit: ``1.41`` for 1.4171...

    >>> value("1.41", mpmath.mpf("1.4171")), value("1.4", mpmath.mpf("1.46")), value("1.40", mpmath.mpf("1.4171"))
    (True, False, False)
    """
    digits = claimed.rstrip(".…")
    dotted = digits != claimed and "." in digits
    if "." not in digits:
        return bool(abs(true - mpmath.mpf(claimed)) < mpmath.mpf(10) ** -30)
    places = len(digits.split(".")[1])
    if abs(true - mpmath.mpf(digits)) <= mpmath.mpf(10) ** -places / 2:
        return True
    significant = len(digits.lstrip("-").replace(".", "").lstrip("0"))
    if not dotted and significant < 3:
        return False
    cut = int(mpmath.floor(abs(true) * mpmath.mpf(10) ** places))  # an integer: compared with the digits exactly
    return (true < 0) == digits.startswith("-") and cut == int(digits.lstrip("-").replace(".", ""))


def step(claimed: mpmath.mpf, true: mpmath.mpf, decimals: int) -> bool:
    """An arithmetic step with numbers rounded to ``decimals`` places: within one unit of the last place."""
    return bool(abs(claimed - true) <= mpmath.mpf(10) ** -decimals)


@dataclass(frozen=True)
class Claim:
    """One in-scope claim: where, a key found in the reported claim's text, and whether it is true."""

    line: int
    key: str
    true: bool
    cell: int | None = None


def _quiz7() -> list[Claim]:
    p, q = ["0.7", "0.3"], ["0.6", "0.4"]
    ce, h, d = cross(p, q, TWO), entropy(p, TWO), kl(p, q, TWO)
    m = mpmath.mpf
    return [
        Claim(16, "0.912454", value("0.912454", ce)),
        Claim(17, "0.881291", value("0.881291", h)),
        Claim(18, "0.031163", value("0.031163", d)),
        Claim(19, "0.881291 + 0.031163", step(m("0.881291") + m("0.031163"), ce, 6)),
        Claim(45, r"\log_2(0.6)", True),  # the expansion of H(P,Q), term for term
        Claim(46, "-0.736966", step(-(m("0.7") * m("-0.736966") + m("0.3") * m("-1.321928")), ce, 6)),
        Claim(47, "-0.515876", step(m("0.515876") + m("0.396578"), ce, 6)),
        Claim(48, "-(-0.912454)", value("0.912454", ce)),
        Claim(49, "0.912454", value("0.912454", ce)),
        Claim(63, r"\log_2(0.7)", True),
        Claim(64, "-0.514573", step(-(m("0.7") * m("-0.514573") + m("0.3") * m("-1.736966")), h, 6)),
        Claim(65, "-0.360201", step(m("0.360201") + m("0.521090"), h, 6)),
        Claim(66, "-(-0.881291)", value("0.881291", h)),
        Claim(67, "0.881291", value("0.881291", h)),
        Claim(81, r"\frac{0.7}{0.6}", True),
        Claim(82, "1.1667", step(m("0.7") * _log("1.1667", TWO) + m("0.3") * _log("0.75", TWO), d, 4)),
        Claim(83, "0.222392", step(m("0.7") * m("0.222392") - m("0.3") * m("0.415037"), d, 6)),
        Claim(84, "0.155675", step(m("0.155675") - m("0.124511"), d, 6)),
        Claim(85, "0.031163", value("0.031163", d)),
        Claim(91, "0.912454", value("0.912454", ce)),
        Claim(93, "0.912454", value("0.912454", ce)),
        Claim(114, "0.881291", value("0.881291", h)),
        Claim(116, "0.912454", value("0.912454", ce)),
        Claim(118, "0.031163", value("0.031163", d)),
        Claim(130, "0.031163", value("0.031163", d)),
    ]


def _ml_entropy() -> list[Claim]:
    p, q = ["0.5", "0.5"], ["0.8", "0.2"]
    m = mpmath.mpf
    hp, ce, d, back = entropy(p, TWO), cross(p, q, TWO), kl(p, q, TWO), kl(q, p, TWO)
    one = ["1", "0", "0"]
    perfect, terrible = cross(one, ["0.99", "0.005", "0.005"], TWO), cross(one, ["0.1", "0.5", "0.4"], TWO)
    return [
        Claim(12, r"D_{KL}(P || Q) = H(P, Q) - H(P)", True),  # the identity
        Claim(16, r"H(P, Q) = H(P) + D_{KL}(P || Q)", True),
        Claim(26, "H(P) = 1", value("1", hp)),
        Claim(29, "1.322", value("1.322", ce)),
        Claim(29, "-0.161 - 1.161", step(m("0.161") + m("1.161"), ce, 3)),
        Claim(33, "0.322", value("0.322", d)),
        Claim(33, "-0.339 + 0.661", step(m("0.661") - m("0.339"), d, 3)),
        Claim(36, "1 + 0.322", step(1 + m("0.322"), ce, 3)),
        Claim(43, "= 0", value("0", entropy(one, TWO))),
        Claim(47, "0.014", value("0.014", perfect)),
        Claim(51, "3.32", value("3.32", terrible)),
        Claim(58, "0.278", value("0.278", back)),
        Claim(58, "0.542 - 0.264", step(m("0.542") - m("0.264"), back, 3)),
        Claim(59, "0.322", value("0.322", d)),
    ]


def _module5() -> list[Claim]:
    m = mpmath.mpf
    fair, biased, die = entropy(["0.5", "0.5"], TWO), entropy(["0.8", "0.2"], TWO), _log(6, TWO)
    joint = entropy(["0.2", "0.3", "0.3", "0.2"], TWO)
    p, q = ["0.5", "0.5"], ["0.7", "0.3"]
    ce, d, back = cross(p, q, TWO), kl(p, q, TWO), kl(q, p, TWO)
    mix = ["0.6", "0.4"]
    return [
        Claim(21, "= 1", value("1", fair)),
        Claim(55, "0.722", value("0.722", biased)),
        Claim(54, "-0.258 - 0.464", step(m("0.258") + m("0.464"), biased, 3)),
        Claim(89, "2.585", value("2.585", die)),
        Claim(95, "2.585", value("2.585", die)),
        Claim(121, "1.970", value("1.970", joint)),  # -[0.2 log 0.2 + ...] written out: a self-contained sum
        Claim(129, "= 1", value("1", fair)),
        Claim(173, "0.971", value("0.971", entropy(["0.4", "0.6"], TWO))),
        Claim(221, "1.126", value("1.126", ce)),
        Claim(220, "-0.258 - 0.868", step(m("0.258") + m("0.868"), ce, 3)),
        Claim(226, "1.000", value("1.000", entropy(p, TWO))),
        Claim(268, "0.714", step(m("0.5") * _log("0.714", TWO) + m("0.5") * _log("1.667", TWO), d, 3)),
        Claim(270, "-0.243 + 0.368", step(m("0.368") - m("0.243"), d, 3)),
        Claim(271, "0.126", value("0.126", d)),
        Claim(278, "0.126", value("0.126", d)),
        Claim(286, "0.340 - 0.221", step(m("0.340") - m("0.221"), back, 3)),
        Claim(287, "0.119", value("0.119", back)),
        Claim(308, "0.126", value("0.126", d)),
        Claim(331, "0.030", value("0.030", kl(p, mix, TWO))),
        Claim(339, "0.030", value("0.030", kl(q, mix, TWO))),
    ]


def _junxiao() -> list[Claim]:
    p, q = ["0.10", "0.40", "0.50"], ["0.80", "0.15", "0.05"]
    return [
        Claim(129, "1.927", value("1.927", kl(p, q, TWO))),
        Claim(130, "2.022", value("2.022", kl(q, p, TWO))),
    ]


def _mlm_zh() -> list[Claim]:
    p, q = ["0.10", "0.40", "0.50"], ["0.80", "0.15", "0.05"]
    js = jsd(p, q, TWO)
    return [
        Claim(17, "log(Q(x) / P(x))", True),  # the definition written as -sum p log(q/p)
        Claim(23, "log(P(x) / Q(x))", True),  # and as sum p log(p/q)
        Claim(77, "1.927", value("1.927", kl(p, q, TWO))),
        Claim(78, "2.022", value("2.022", kl(q, p, TWO))),
        Claim(107, "1.336", value("1.336", kl(p, q))),
        Claim(108, "1.401", value("1.401", kl(q, p))),
        Claim(140, "0.420", value("0.420", js)),
        Claim(141, "0.648", value("0.648", mpmath.sqrt(js))),
        Claim(142, "0.420", value("0.420", js)),
        Claim(143, "0.648", value("0.648", mpmath.sqrt(js))),
    ]


def _die() -> list[Claim]:
    sixths = [mpmath.mpf(1) / 6] * 6
    model = [mpmath.mpf(1) / d for d in (2, 6, 12, 12, 12, 12)]
    nats = mpmath.fsum(x * mpmath.log(x / y) for x, y in zip(sixths, model, strict=True))
    bits = nats / mpmath.log(2)
    return [
        Claim(16, "(1/6) * log((1/6) / (1/2))", True),  # the expansion term for term
        Claim(17, "0.386", value("0.386", nats) or value("0.386", bits)),  # no base stated: wrong in e and in 2
    ]


def _russian() -> list[Claim]:
    m = mpmath.mpf
    h = entropy(["0.7", "0.3"], TWO)
    return [
        Claim(10, "-0.514", value("-0.514", _log("0.7", TWO))),
        Claim(11, "-1.737", value("-1.737", _log("0.3", TWO))),
        Claim(13, "-0.514", step(-(m("0.7") * m("-0.514") + m("0.3") * m("-1.737")), h, 3)),
        Claim(14, "-0.36 - 0.521", step(m("0.36") + m("0.521"), h, 2)),
        Claim(15, "0.881", value("0.881", h)),
    ]


def _statorials() -> list[Claim]:
    p = [".05", ".1", ".2", ".05", ".15", ".25", ".08", ".12"]
    q = [".3", ".1", ".2", ".1", ".1", ".02", ".08", ".1"]
    forward, backward = kl(p, q), kl(q, p)
    return [
        Claim(37, "0.589", value("0.589", forward) or value("0.589", backward)),  # cut off, not rounded: holds
        Claim(41, "0.589", value("0.589", forward)),
        Claim(52, "0.497", value("0.497", backward)),
    ]


def _analysis() -> list[Claim]:
    p = ["0.01", "0.02", "0.03", "0.04", "0.05", "0.06", "0.07", "0.08", "0.64"]
    q = ["0.002", "0.004", "0.006", "0.008", "0.01", "0.012", "0.014", "0.016", "0.928"]
    return [
        Claim(23, "0.492820258", value("0.492820258", kl(p, q, TWO))),
        Claim(29, r"\ne", True),  # D(P||Q) != D(Q||P): not symmetric
        Claim(31, "0.49282", value("0.49282", kl(p, q, TWO))),
        Claim(33, "1.9486", value("1.9486", entropy(p, TWO))),
        Claim(33, "0.5745", value("0.5745", entropy(q, TWO))),
        Claim(33, "2.44142", value("2.44142", cross(p, q, TWO))),
    ]


def _tck() -> list[Claim]:
    return [
        Claim(15, "0.693", value("0.693", entropy(["0.5", "0.5"]))),
        Claim(23, "1.79", value("1.79", mpmath.log(6))),
        Claim(47, "0.63", value("0.63", entropy(["0.8", "0.1", "0.1"]))),
        Claim(53, "1.50", value("1.50", cross(["0.8", "0.1", "0.1"], ["0.2", "0.2", "0.6"]))),
        Claim(59, "0.68", value("0.68", cross(["0.8", "0.1", "0.1"], ["0.7", "0.1", "0.2"]))),
    ]


def _maizer() -> list[Claim]:
    return [Claim(25, "0.08", value("0.08", -mpmath.log(mpmath.mpf("0.92"))))]


def _mayub() -> list[Claim]:
    # KL of the rounded P and Q as printed (Q = 0.333 each, not renormalised), in nats (np.log).
    p, q = ["0.357", "0.479", "0.164"], ["0.333"] * 3
    forward = mpmath.fsum(mpmath.mpf(x) * mpmath.log(mpmath.mpf(x) / mpmath.mpf(y)) for x, y in zip(p, q, strict=True))
    backward = mpmath.fsum(mpmath.mpf(y) * mpmath.log(mpmath.mpf(y) / mpmath.mpf(x)) for x, y in zip(p, q, strict=True))
    return [
        Claim(1, "0.082832", value("0.082832", forward), cell=7),
        Claim(2, "0.091617", value("0.091617", backward), cell=7),
        Claim(1, "0.082832", value("0.082832", forward), cell=8),
        Claim(2, "0.091617", value("0.091617", backward), cell=8),
    ]


def _codebean() -> list[Claim]:
    return [
        Claim(15, "log(\\frac{P(i)}{Q(i)})", True),  # the definition, sign right
        Claim(19, "-H(P)+H(P, Q)", True),  # the identity D = H(P,Q) - H(P)
    ]


def _markbyun() -> list[Claim]:
    return [Claim(9, r"\neq", True)]  # KL(P||Q) != KL(Q||P)


#: File name -> its claims.
TRUTH: dict[str, list[Claim]] = {
    "quiz7_ce_kl.md": _quiz7(),
    "ml_entropy_solutions.md": _ml_entropy(),
    "it_module5_solutions.md": _module5(),
    "junxiao_kl_divergence.md": _junxiao(),
    "mlm_kl_divergence_zh.md": _mlm_zh(),
    "die_kl_page.txt": _die(),
    "entropy_ru_answer.txt": _russian(),
    "kl_statorials_ko.txt": _statorials(),
    "kl_analysis_qa.md": _analysis(),
    "entropy_all_tck.md": _tck(),
    "cross_entropy_maizer_ko.md": _maizer(),
    "mayub_kl_divergence.ipynb": _mayub(),
    "kl_codebean_ko.md": _codebean(),
    "kl_markbyun_ko.md": _markbyun(),
    "kl_codelab_page.txt": [],
    "kld_coins_page.md": [],
}
