"""A claim quoted to be corrected is not the page's claim; one quoted and agreed with is still judged."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest

from kldocs.checker import check_text


def _kl(p: list[Fraction], q: list[Fraction]) -> mpmath.mpf:
    """D(p || q) in nats, each ratio taken exactly first."""
    return mpmath.fsum(
        mpmath.mpf(a.numerator) / a.denominator * mpmath.log(mpmath.mpf((a / b).numerator) / (a / b).denominator)
        for a, b in zip(p, q, strict=True)
    )


P, Q = [Fraction(3, 4), Fraction(1, 4)], [Fraction(1, 2), Fraction(1, 2)]
FORWARD = mpmath.nstr(_kl(P, Q), 4)  # 0.1308 nats
QUOTE = "> With $P = (0.75, 0.25)$ and $Q = (0.5, 0.5)$ we get $D_{KL}(P\\|Q) = 0.25$ nats.\n"


@pytest.mark.parametrize(
    "reply",
    [
        "This is not right: the divergence is {v} nats.",
        "No. The divergence is {v} nats.",
        "**That's wrong**, it is {v} nats.",
        "Unfortunately, this is incorrect; the value is {v} nats.",
        "Das ist falsch: richtig sind {v} nats.",
        "C'est faux : on trouve {v} nats.",
        "Это неверно: получается {v} нат.",
        "これは誤りです。正しくは {v} nats です。",
    ],
)
def test_a_wrong_value_in_a_quote_that_the_reply_corrects_is_not_false(reply: str) -> None:
    assert not mpmath.almosteq(_kl(P, Q), mpmath.mpf("0.25"), 1e-3)  # the quoted value is indeed wrong
    report = check_text(QUOTE + "\n" + reply.format(v=FORWARD) + "\n", "answer.md")
    quoted = [claim for claim in report.claims if claim.lines == (1,) and claim.kind == "kl"]
    assert [claim.verdict for claim in quoted] == ["unchecked"]
    assert "quoted to be corrected" in quoted[0].note
    assert not [claim for claim in report.claims if claim.verdict == "false"]


def test_a_quote_that_the_reply_agrees_with_is_still_judged() -> None:
    report = check_text(QUOTE + "\nIndeed, and the reverse direction differs.\n", "answer.md")
    assert [claim.verdict for claim in report.claims if claim.kind == "kl"] == ["false"]


def test_a_claim_the_question_reports_from_a_teacher_is_not_judged() -> None:
    text = "**Is KL a distance? My professor says $D_{KL}(P\\|Q) = D_{KL}(Q\\|P)$.**\n\nIt is not symmetric.\n"
    assert not [claim for claim in check_text(text, "question.md").claims if claim.verdict == "false"]


def test_a_line_quoted_in_a_plain_text_reply_and_corrected_is_not_false() -> None:
    value = mpmath.nstr(_kl(P, Q), 4)
    quote = "> With P = (0.75, 0.25) and Q = (0.5, 0.5) I get D(P||Q) = 0.25 nats."
    text = f"Re: homework\n\n{quote}\n\nNot quite. D(P||Q) = {value} nats.\n"
    verdicts = [(claim.lines, claim.verdict) for claim in check_text(text, "reply.txt").claims if claim.kind == "kl"]
    assert verdicts == [((3,), "unchecked"), ((5,), "holds")]


def _entropy_bits(p: list[Fraction]) -> mpmath.mpf:
    """H(p) in bits."""
    return -mpmath.fsum(
        mpmath.mpf(a.numerator) / a.denominator * mpmath.log(mpmath.mpf(a.numerator) / a.denominator, 2) for a in p
    )


LOADED = [Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)]  # 1.485 bits; a student's 1.58 is log2 3


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Many students wrote that the entropy is 1.58 bits, which is $\\log_2 3$.", "reported as someone's answer"),
        ("You wrote that the entropy is 1.58 bits; that is the uniform value.", "reported as someone's answer"),
        ("Your answer said the entropy is 1.58 bits.", "reported as someone's answer"),
        ("Un alumno escribió que la entropía es 1.58 bits.", "reported as someone's answer"),
        ("Você escreveu que a entropia é 1.58 bits.", "reported as someone's answer"),
        ("有同学认为熵是 1.58 比特。", "reported as someone's answer"),
        ("많은 학생이 엔트로피가 1.58비트라고 답했다.", "reported as someone's answer"),
        ("A student claims that the entropy of $P$ is 1.58 bits. Explain the mistake.", "reported as someone's answer"),
        ("Häufiger Fehler: Viele haben $H(P) = 1.58$ Bit angegeben.", "reported as someone's answer"),
        ("Erreur fréquente : $H(P) = 1.58$ bits, l'entropie de la loi uniforme.", "reported as someone's answer"),
        ("Common mistakes: writing H(P) = 1.58 (the uniform value).", "reported as someone's answer"),
        ("Häufige Fehler: $H(P) = 1.58$ Bit, die Entropie der Gleichverteilung.", "reported as someone's answer"),
        ("Errores frecuentes: escribir $H(P) = 1.58$ bits.", "reported as someone's answer"),
        ("Classic pitfalls: H(P) = 1.58 bits, as if the three were equally likely.", "reported as someone's answer"),
        ("Answer: 1.485 bits (students who wrote that the entropy is 1.58 bits used 3 equal outcomes).", "reported as"),
        ("The most common wrong answer was that the entropy is 1.58 bits.", "reported as someone's answer"),
        ('True or false: "the entropy of $P$ is 1.58 bits."', "posed as a statement"),
        ("T/F: the entropy $H(P)$ is 1.58 bits.", "posed as a statement"),
        ("Verdadero o falso: la entropía es 1.58 bits.", "posed as a statement"),
        ("Vrai ou faux : $H(P) = 1.58$ bits.", "posed as a statement"),
        ("Mistake: the entropy is 1.58 bits.", "shown as a mistake"),
        ("**Myth 3.** $H(P) = 1.58$ bits, since there are three outcomes.", "shown as a mistake"),
        ("A common mistake is writing $H(P) = 1.58$ bits.", "shown as a mistake"),
        ("Wrong: the entropy is 1.58 bits.", "shown as a mistake"),
        ("Don't write that the entropy is 1.58 bits: the outcomes are not equally likely.", "shown as a mistake"),
        ("*Misconception:* the entropy of $P$ is 1.58 bits.", "shown as a mistake"),
    ],
)
def test_a_wrong_answer_reported_or_posed_to_judge_is_not_false(line: str, why: str) -> None:
    truth = _entropy_bits(LOADED)
    assert mpmath.nstr(truth, 4) == "1.485" and not mpmath.almosteq(truth, mpmath.mpf("1.58"), 1e-2)
    text = f"Let $P = (0.5, 0.3, 0.2)$.\n\n{line}\n\nThe entropy is {mpmath.nstr(truth, 4)} bits.\n"
    report = check_text(text, "key.md")
    assert not [claim for claim in report.claims if claim.verdict == "false"]
    reported = [claim for claim in report.claims if claim.lines == (3,) and claim.kind == "entropy"]
    assert [claim.verdict for claim in reported] == ["unchecked"]
    assert why in reported[0].note
    assert [claim.verdict for claim in report.claims if claim.lines == (5,)] == ["holds"]


@pytest.mark.parametrize(
    "own_line",
    [
        "We find that the entropy is 1.58 bits.",
        "Hence the entropy is 1.58 bits. You wrote 1.49 earlier.",
        "That is a myth. The entropy is 1.58 bits.",
        "Mistake: none made here. Indeed the entropy is 1.58 bits.",
    ],
)
def test_the_documents_own_wrong_value_is_still_false(own_line: str) -> None:
    report = check_text(f"Let $P = (0.5, 0.3, 0.2)$.\n\n{own_line}\n", "key.md")
    assert [claim.verdict for claim in report.claims if claim.kind == "entropy"] == ["false"]


@pytest.mark.parametrize(
    "question",
    [
        "我算出 $D_{{KL}}(P\\|Q) = {v}$ 比特，对吗？",
        "I get $D(P\\|Q) = {v}$ bits, is that right?",
        "¿Es cierto que $D(P\\|Q) = {v}$ bits?",
    ],
)
def test_a_value_asked_about_in_a_question_is_not_false(question: str) -> None:
    p, q = [Fraction(1, 5), Fraction(3, 10), Fraction(1, 2)], [Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)]
    truth = _kl(p, q) / mpmath.log(2)
    assert mpmath.nstr(truth, 3) == "0.397"
    text = "$P = (0.2, 0.3, 0.5)$, $Q = (0.5, 0.3, 0.2)$.\n\n" + question.format(v="0.5") + "\n\n"
    text += f"No: $D(P\\|Q) \\approx {mpmath.nstr(truth, 3)}$ bits.\n"
    claims = check_text(text, "forum.md").claims
    assert not [claim for claim in claims if claim.verdict == "false"], claims
    asked = [claim for claim in claims if claim.kind == "kl" and claim.lines == (3,)]
    assert all(claim.verdict == "unchecked" and "asked in a question" in claim.note for claim in asked)
    assert [claim.verdict for claim in claims if claim.kind == "kl" and claim.lines == (5,)] == ["holds"]


@pytest.mark.parametrize(
    "erratum",
    [
        'p. 12, line 4: "the entropy is 1.58 bits" should read "the entropy is 1.485 bits".',
        "Page 12: $H(P) = 1.58$ bits should be $H(P) = 1.485$ bits.",
        "S. 12: „die Entropie beträgt 1.58 Bit“ sollte lauten „1.485 Bit“.",
        "p. 12: H(P) = 1.58 → H(P) = 1.485.",
    ],
)
def test_the_printed_text_an_erratum_corrects_is_not_false(erratum: str) -> None:
    truth = _entropy_bits(LOADED)
    assert mpmath.nstr(truth, 4) == "1.485"
    text = f"# Errata\n\nHere $P = (0.5, 0.3, 0.2)$.\n\n{erratum}\n"
    claims = check_text(text, "errata.md").claims
    assert not [claim for claim in claims if claim.verdict == "false"], claims
    # The book's own wrong value, with no correction after it, is still false.
    own = check_text("Here $P = (0.5, 0.3, 0.2)$.\n\nThe entropy is 1.58 bits, as it should be.\n", "book.md")
    assert [claim.verdict for claim in own.claims if claim.kind == "entropy"] == ["false"]


@pytest.mark.parametrize(("wrong", "right"), [("Printed", "Should read"), ("Wrong answer", "Correct answer")])
def test_a_cell_in_a_table_column_headed_as_wrong_is_not_false(wrong: str, right: str) -> None:
    text = (
        f"Here $P = (0.5, 0.3, 0.2)$.\n\n| Page | {wrong} | {right} |\n|---|---|---|\n"
        f"| 12 | $H(P) = 1.58$ bits | $H(P) = {mpmath.nstr(_entropy_bits(LOADED), 4)}$ bits |\n"
    )
    claims = check_text(text, "errata.md").claims
    assert [claim.verdict for claim in claims if claim.kind == "entropy"] == ["unchecked", "holds"], claims
    # Under plain headers the same cell is the document's claim.
    plain = check_text(text.replace(wrong, "Value").replace(right, "Check"), "table.md").claims
    assert [claim.verdict for claim in plain if claim.kind == "entropy"] == ["false", "holds"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ('Mistake: "KL divergence is a distance metric." Wrong: it is not symmetric.', "metric"),
        ("Misconception: the KL divergence is symmetric.", "symmetry"),
        ("Myth: KL divergence is a metric. Reality: it breaks the triangle inequality.", "metric"),
        ("A common mistake is writing $H(P,Q) = \\sum_x P(x)\\log Q(x)$ without the minus sign.", "definition"),
        ("**Mistake 3.** Writing the cross-entropy as $H(P,Q) = \\sum_x P(x)\\log Q(x)$.", "definition"),
        ("1. Incorrect claim: KL divergence is a metric.", "metric"),
    ],
)
def test_a_property_or_formula_shown_as_a_mistake_is_not_false(line: str, kind: str) -> None:
    report = check_text(f"# Common mistakes\n\n{line}\n", "mistakes.md")
    shown = [claim for claim in report.claims if claim.kind == kind]
    # A property after a label is no claim at all (see negations.py); a formula is reported, unchecked, with why.
    assert all(claim.verdict == "unchecked" and "shown as a mistake" in claim.note for claim in shown)
    assert shown or kind != "definition"
    assert all(claim.verdict != "false" for claim in report.claims)


@pytest.mark.parametrize(
    "line",
    [
        "The KL divergence is symmetric.",
        "Myth busted. The KL divergence is a metric.",
        "Mistakes aside, KL is a metric.",
    ],
)
def test_the_same_property_said_as_the_pages_own_is_still_false(line: str) -> None:
    (claim,) = [claim for claim in check_text(f"{line}\n", "notes.md").claims if claim.kind in ("metric", "symmetry")]
    assert claim.verdict == "false"


SLIP = "Forgetting the weights: $H(P) = -\\log_2 0.75 - \\log_2 0.25 \\approx 2.415$."


@pytest.mark.parametrize(
    ("name", "page"),
    [
        ("setext.md", "Let $P = (0.75, 0.25)$.\n\nCommon mistakes\n---------------\n\n{slip}\n"),
        ("notes.rst", "Let :math:`P = (0.75, 0.25)`.\n\nCommon mistakes\n---------------\n\n{rst}\n"),
        ("notes.tex", "Let $P = (0.75, 0.25)$.\n\\section*{{Common mistakes}}\n{slip}\n"),
        ("bold.md", "Let $P = (0.75, 0.25)$.\n\n**Common mistakes**\n\n{slip}\n"),
        ("italic.md", "Let $P = (0.75, 0.25)$.\n\n## Notes\n\n*Pitfalls:*\n\n{slip}\n"),
    ],
)
def test_a_slip_under_any_heading_of_mistakes_is_shown_not_claimed(name: str, page: str) -> None:
    # The unweighted sum is indeed wrong: the entropy of (3/4, 1/4) is 0.811 bits, the sum 2.415.
    assert mpmath.almosteq(-mpmath.log(0.75, 2) - mpmath.log(0.25, 2), mpmath.mpf("2.415037"), 1e-6)
    rst = SLIP.replace("$H", ":math:`H").replace("2.415$", "2.415`")
    report = check_text(page.format(slip=SLIP, rst=rst), name)
    slips = [claim for claim in report.claims if claim.kind in ("expression", "entropy")]
    assert slips and all(claim.verdict == "unchecked" for claim in slips), report.claims
    assert all("Common mistakes" in claim.note or "Pitfalls" in claim.note for claim in slips)


@pytest.mark.parametrize("name", ["notes.md", "notes.tex"])
def test_the_same_slip_under_another_heading_or_bold_line_is_false(name: str) -> None:
    heading = "\\section*{Worked example}" if name.endswith(".tex") else "**Worked example**"
    report = check_text(f"Let $P = (0.75, 0.25)$.\n\n{heading}\n\n{SLIP}\n", name)
    assert "false" in [claim.verdict for claim in report.claims if claim.kind == "entropy"]
