"""Numbers no reader took, matched to what their line speaks of (:mod:`kldocs.checker.resolved_values`): the
distributions read above, or a textbook case the line names, in the unit written. Each document writes its value in
a way no pattern of its own reads; the truth is worked out with mpmath in each test."""

from __future__ import annotations

from pathlib import Path

import mpmath
import pytest

from kldocs.checker import Checked, check_file, check_text

#: Two distributions, given in a formula above the sentences.
LEAD = "Let $P = (0.5, 0.25, 0.25)$ and $Q = (0.4, 0.4, 0.2)$.\n\n"


def _mp(*values: str) -> list[mpmath.mpf]:
    return [mpmath.mpf(value) for value in values]


def _entropy(values: list[mpmath.mpf], base: int | None = 2) -> mpmath.mpf:
    with mpmath.workdps(30):
        total = -mpmath.fsum(p * mpmath.log(p) for p in values if p)
        return total / mpmath.log(base) if base else total


def _kl(first: list[mpmath.mpf], second: list[mpmath.mpf], base: int | None = 2) -> mpmath.mpf:
    with mpmath.workdps(30):
        total = mpmath.fsum(p * mpmath.log(p / q) for p, q in zip(first, second, strict=True) if p)
        return total / mpmath.log(base) if base else total


def _cross(first: list[mpmath.mpf], second: list[mpmath.mpf], base: int | None = 2) -> mpmath.mpf:
    return _entropy(first, base) + _kl(first, second, base)


P, Q = _mp("0.5", "0.25", "0.25"), _mp("0.4", "0.4", "0.2")


def _read(text: str) -> list[Checked]:
    """The claims other than definitions."""
    return [claim for claim in check_text(text, "notes.md").claims if claim.kind != "definition"]


def _one(text: str) -> Checked:
    (claim,) = _read(text)
    return claim


def _close(value: str | None, truth: mpmath.mpf) -> bool:
    return value is not None and abs(mpmath.mpf(value) - truth) < mpmath.mpf("1e-9")


@pytest.mark.parametrize(
    "sentence",
    [
        "So we end up with roughly {v} bits for the entropy of Q, which is fine.",
        "Q 분포에 대해 엔트로피를 직접 더해 보니 {v} 비트 정도였다.",
        "Q について各項を足すと、エントロピーは {v} ビットくらいになった。",
        "Für Q kommt die Entropie nach dem Aufsummieren auf etwa {c} Bit heraus.",
        "Pour Q, en additionnant les termes, on trouve une entropie d'à peu près {c} bits.",
        "Para Q, sumando los términos, sale una entropía de unos {c} bits.",
        "Для Q, сложив слагаемые, получаем энтропию примерно {c} бита.",
        "Somando os termos para Q, a entropia fica em torno de {c} bits.",
    ],
)
def test_an_entropy_in_a_sentence_holds_and_names_its_distribution(sentence: str) -> None:
    truth = _entropy(Q)  # 1.5219...
    text = sentence.format(v="1.522", c="1,522")
    claim = _one(LEAD + text + "\n")
    assert claim.verdict == "holds" and _close(claim.value, truth), claim
    assert claim.unit == "bits" and "is H(Q), Q = (0.4, 0.4, 0.2) at line 1" in claim.note


def test_a_table_with_a_unit_column_holds_row_by_row() -> None:
    document = LEAD + (
        "| quantity | value (bits) |\n| --- | --- |\n| entropy of P | 1.500 |\n| cross-entropy | 1.5719 |\n"
        "| entropy of Q | 1.522 |\n"
    )
    claims = _read(document)
    assert [claim.verdict for claim in claims] == ["holds", "holds", "holds"]
    assert _close(claims[0].value, _entropy(P)) and _close(claims[2].value, _entropy(Q))
    # the row names no distribution: of the pairs above, H(P, Q) = 1.5719 bits, not H(Q, P) = 1.6
    assert claims[1].kind == "cross_entropy" and _close(claims[1].value, _cross(P, Q))


def test_a_bullet_with_the_measure_and_no_unit_is_read_in_a_usual_base() -> None:
    truth = _kl(P, Q, None)  # 0.04986 nats
    claim = _one(LEAD + f"Results:\n\n- divergence from P to Q in our run: {mpmath.nstr(truth, 4)}\n")
    assert claim.verdict == "holds" and claim.kind == "kl" and claim.unit == "nats" and _close(claim.value, truth)
    assert "D_KL(P||Q)" in claim.note


def test_a_number_in_a_paragraph_matches_the_distributions_above_when_written_to_enough_digits() -> None:
    truth = _kl(Q, P)  # the line names neither P nor Q: the pairs above are tried, and 5 digits make it unlikely
    claim = _one(LEAD + f"Our script gave a divergence near {mpmath.nstr(truth, 5)} bits in the end.\n")
    assert claim.verdict == "holds" and _close(claim.value, truth) and "D_KL(Q||P)" in claim.note


def test_printed_output_under_code_it_cannot_follow() -> None:
    truth = _entropy(Q, None)
    document = (
        LEAD + "```python\nimport scipy.stats as st\nh = st.entropy(weights_from_somewhere())\nprint(h)\n```\n\n"
        f"```\n{mpmath.nstr(truth, 6)}\n```\n"
    )
    claim = _one(document)
    assert claim.verdict == "holds" and _close(claim.value, truth) and claim.unit == "nats"


@pytest.mark.parametrize(
    ("sentence", "truth"),
    [
        ("A uniform distribution over 8 outcomes has 3 bits of entropy in this case.", mpmath.mpf(3)),
        ("In this case a biased coin with p = 0.9 has 0.469 bits of entropy.", _entropy(_mp("0.9", "0.1"))),
        ("For a fair die, the entropy comes to about 1.792 nats here.", mpmath.log(6)),
    ],
)
def test_textbook_cases_the_line_names(sentence: str, truth: mpmath.mpf) -> None:
    claim = _one(LEAD + sentence + "\n")
    assert claim.verdict == "holds" and _close(claim.value, truth), claim


@pytest.mark.parametrize(
    ("sentence", "truth", "wrong"),
    [
        ("The entropy of Q in our run: {w} bits", _entropy(Q), "1.61"),
        ("The cross-entropy of P and Q in our table: {w} bits", _cross(P, Q), "1.6219"),
        ("Die Entropie von Q in unserem Lauf: {w} Bit", _entropy(Q), "1,61"),
        ("Q의 엔트로피 (실험값): {w} 비트", _entropy(Q), "1.61"),
    ],
)
def test_a_number_no_reading_fits_stays_unread_even_where_its_line_names_all(
    sentence: str, truth: mpmath.mpf, wrong: str
) -> None:
    """The line names the measure, the distributions and the unit, and the number is not the measure's value: it
    may still be another quantity the words name (twice it, a bound, someone's wrong answer), so it is not false."""
    right = mpmath.nstr(truth, 4)
    assert _one(LEAD + sentence.format(w=right) + "\n").verdict == "holds"
    report = check_text(LEAD + sentence.format(w=wrong) + "\n", "notes.md")
    assert [claim.kind for claim in report.claims] == ["definition", "definition"], report.claims
    assert [entry.line for entry in report.unread] == [3]


@pytest.mark.parametrize(
    "sentence",
    [
        "The entropy of Q in our run: 1.61",  # no unit, and the document names no base
        "The entropy of Q is below 1.61 bits in our run.",  # a comparison
        "Is the entropy of Q in our run 1.61 bits?",  # a question
        "Someone claims the entropy of Q in our run: 1.61 bits",  # quoted
        "The entropy of P or Q in our run: 1.61 bits",  # two candidates
        "The entropy in our run: 1.61 bits",  # no distribution named
        "The entropy of Q is about twice 0.81 bits.",  # a multiple
        "The conditional entropy of Q in our run: 1.61 bits",  # another measure
        "The entropy of Q and its KL in our run: 1.61 bits",  # two measures
        "The entropy of Q, estimated from 100 samples: 1.61 bits",  # an estimate from data
        "The entropy of Q in our run: 1.5220 bits",  # a unit off (1.52193): rounded twice, as some authors do
        "The maximum entropy of Q in our run: 1.61 bits",  # a bound
    ],
)
def test_near_misses_stay_unread(sentence: str) -> None:
    report = check_text(LEAD + sentence + "\n", "notes.md")
    assert [claim.kind for claim in report.claims] == ["definition", "definition"], report.claims
    assert [entry.line for entry in report.unread] == [3]


def test_a_table_row_naming_its_distribution_is_false_in_its_headers_unit() -> None:
    header = "| measure | value in bits |\n| --- | --- |\n"
    report = check_text(LEAD + header + "| H(P) | 1.47 |\n| H(Q) | 1.52 |\n", "notes.md")
    claims = [claim for claim in report.claims if claim.kind != "definition"]
    assert [(claim.lines, claim.verdict) for claim in claims] == [((5,), "false"), ((6,), "holds")]
    assert _close(claims[0].value, _entropy(P)) and _close(claims[1].value, _entropy(Q))
    assert [claim.unit for claim in claims] == ["bits", "bits"]


def test_a_random_variable_of_an_earlier_exercise_is_not_enough_for_false() -> None:
    # X is a fair coin above; the next exercise's X is described in words no reader takes
    document = "Let $X = (0.5, 0.5)$.\n\nWork out H(X) for the game: tedious, but close to 2.12 bits.\n"
    report = check_text(document, "notes.md")
    assert all(claim.verdict != "false" for claim in report.claims) and [e.line for e in report.unread] == [3]


def test_a_number_of_points_or_seconds_is_not_a_value() -> None:
    for line in ("Entropy of Q (question two): 1.52 pts", "Entropy of Q, worked out by the script in 1.52 s"):
        report = check_text(LEAD + line + "\n", "notes.md")
        assert [claim.kind for claim in report.claims] == ["definition", "definition"], line


def test_a_distribution_of_another_section_is_not_enough_for_false() -> None:
    document = "# One\n\n" + LEAD + "# Two\n\nThe entropy of Q in our run: 1.61 bits\n"
    report = check_text(document, "notes.md")
    assert all(claim.verdict != "false" for claim in report.claims) and [e.line for e in report.unread] == [7]


@pytest.mark.parametrize("number", ["0.5", "1", "2"])
def test_a_small_number_of_the_wider_scope_stays_unread(number: str) -> None:
    # H(P) = 1.5 bits, D(P||Q) and more: a one-digit number matches something by chance
    report = check_text(LEAD + f"Our divergence run gave {number} bits after a while.\n", "notes.md")
    assert [claim.kind for claim in report.claims] == ["definition", "definition"]


def test_readings_that_disagree_leave_the_number_unread() -> None:
    # H(P, Q) = 1.5719 and H(Q, P) = 1.6 bits both round to 1.6: which one is meant is not known
    report = check_text(LEAD + "The cross-entropy of P and Q in our table is 1.6 bits.\n", "notes.md")
    assert [claim.kind for claim in report.claims] == ["definition", "definition"] and report.unread


_A, _B, _C = _mp("0.125", "0.375", "0.5"), [mpmath.mpf(1) / 3] * 3, _mp("0.7", "0.2", "0.1")
_DOCUMENTS = Path(__file__).parent / "documents" / "resolved"
#: For each document of its own: every claim read from a line no other reader takes (line, verdict, true value),
#: and the lines left not read.
_EXPECTED: dict[str, tuple[list[tuple[int, str, mpmath.mpf]], list[int]]] = {
    "blog_post.md": (
        [
            (6, "holds", _entropy(_A)),
            (7, "holds", _entropy(_B)),
            (9, "holds", _kl(_A, _B)),
            (13, "holds", _kl(_A, _B, None)),
            (14, "holds", _kl(_B, _A, None)),
        ],
        [18, 20],  # "was printed as 1.46 bits" (1.4056), "Some readers guessed the divergence would be 0.5 bits"
    ),
    "lab_ko.md": (
        [(5, "holds", _entropy(_C, None)), (7, "holds", _kl(_C, _B, None))],
        [9, 11],  # 1.25 bits for H(C) = 1.1568: not the measure's value, but not read as a claim
    ),
    "notes_zh.md": ([(7, "holds", _kl(_C, _B, None))], [9]),
    "notes_ja.md": ([(5, "holds", _entropy(_C)), (7, "holds", mpmath.mpf(1))], []),
    "notizen_de.md": ([(5, "holds", _entropy(_C, None)), (7, "holds", _kl(_C, _B, None))], []),
    "notes_fr_es_ru.md": (
        [
            (5, "holds", _entropy(_C)),
            (7, "holds", _entropy(_C, None)),
            (9, "holds", _entropy(_C)),
            (11, "holds", _entropy(_C, None)),
        ],
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(_EXPECTED))
def test_documents_of_its_own(name: str) -> None:
    report = check_file(_DOCUMENTS / name)
    claims, unread = _EXPECTED[name]
    resolved = [claim for claim in report.claims if claim.kind != "definition" and " is " in claim.note[:40]]
    resolved += [claim for claim in report.claims if claim.verdict == "false"]
    found = sorted({(claim.lines[0], claim.verdict, claim.value) for claim in resolved})
    assert [(line, verdict) for line, verdict, _ in found] == [(line, verdict) for line, verdict, _ in claims]
    assert all(_close(value, truth) for (_, _, value), (_, _, truth) in zip(found, claims, strict=True))
    assert [entry.line for entry in report.unread] == unread
