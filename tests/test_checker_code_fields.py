"""Quiz and lesson data kept as TypeScript, JavaScript or JSON: the strings of its fields are read, escapes undone."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

HALF, SKEWED = [mpmath.mpf("0.5")] * 2, [mpmath.mpf("0.9"), mpmath.mpf("0.1")]


def _kl_nats(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(x * mpmath.log(x / y) for x, y in zip(p, q, strict=True))


def _claims(text: str, name: str, kind: str) -> list[tuple[int, str]]:
    return [(claim.lines[0], claim.verdict) for claim in check_text(text, name).claims if claim.kind == kind]


LESSON = """export const lesson = [
  {
    id: 1,
    question: "What is $D_{KL}(P\\\\|Q)$ for $P=(0.5,0.5)$, $Q=(0.9,0.1)$?",
    explanation: "$D_{KL}(P\\\\|Q) = 0.5\\\\ln\\\\frac{0.5}{0.9} + 0.5\\\\ln\\\\frac{0.5}{0.1} = VALUE$ nats.",
  },
];
"""


@pytest.mark.parametrize("name", ["lesson.ts", "lesson.js", "lesson.tsx"])
def test_an_explanation_string_is_read_with_its_escapes_undone(name: str) -> None:
    kl = _kl_nats(HALF, SKEWED)  # 0.5108256238 nats
    assert abs(kl - mpmath.mpf("0.511")) < mpmath.mpf("0.0005")
    assert (5, "holds") in _claims(LESSON.replace("VALUE", "0.511"), name, "kl")
    assert abs(kl - mpmath.mpf("0.611")) > mpmath.mpf("0.05")
    assert (5, "false") in _claims(LESSON.replace("VALUE", "0.611"), name, "kl")


def test_a_json_lesson_is_read_field_by_field() -> None:
    text = (
        '{\n  "title": "Entropy",\n  "items": [\n'
        '    {"prompt": "Entropy of $P=(0.5,0.25,0.25)$?", "explanation": "Here $H(P) = VALUE$ bits."}\n  ]\n}\n'
    )
    # -(0.5 log2 0.5 + 2 * 0.25 log2 0.25) = 0.5 + 1 = 1.5 bits
    assert (4, "holds") in _claims(text.replace("VALUE", "1.5"), "lesson.json", "entropy")
    assert (4, "false") in _claims(text.replace("VALUE", "1.25"), "lesson.json", "entropy")


def test_a_single_quoted_string_with_a_wrong_entropy_is_false() -> None:
    text = "const P = [0.5, 0.25, 0.25];\nconst card = {\n  explanation: 'Since $H(P) = 1.75$ bits, ...',\n};\n"
    assert _claims(text, "card.ts", "entropy") == [(3, "false")]  # H(P) is 1.5 bits


@pytest.mark.parametrize(
    "fields",
    [
        "{ statement: 'KL divergence is symmetric', correct: false },",
        "{ claim: \"KL divergence is symmetric\", isTrue: false, explanation: 'The two directions differ.' },",
        '{\n    statement: "\'KL is symmetric\'",\n    verdict: "false — the two directions differ in general",\n  },',
        '{\n    text: "KL divergence is symmetric.",\n    answer: false,\n  },',
    ],
)
def test_a_misconception_the_data_marks_false_is_not_false(fields: str) -> None:
    text = f"export const cards = [\n  {fields}\n];\n"
    claims = _claims(text, "cards.ts", "symmetry")
    assert claims and all(verdict != "false" for _, verdict in claims)


@pytest.mark.parametrize(
    "fields",
    ["{ misconception: 'KL divergence is symmetric' },", "{ myth: 'The KL divergence is symmetric.', fact: 'No.' },"],
)
def test_a_field_named_as_a_mistake_is_not_false(fields: str) -> None:
    text = f"export const cards = [\n  {fields}\n];\n"
    assert all(verdict != "false" for _, verdict in _claims(text, "cards.ts", "symmetry"))
    bare = f"export const cards = [\n  {fields.replace('misconception', 'point').replace('myth', 'point')}\n];\n"
    assert (2, "false") in _claims(bare, "cards.ts", "symmetry")  # the same words under another name are read


def test_a_statement_the_data_marks_true_is_the_datas_claim() -> None:
    text = "export const cards = [\n  { statement: 'KL divergence is symmetric', correct: true },\n];\n"
    assert _claims(text, "cards.ts", "symmetry") == [(2, "false")]
    right = "export const cards = [\n  { statement: 'KL divergence is never negative', correct: true },\n];\n"
    assert [verdict for _, verdict in _claims(right, "cards.ts", "bound")] == ["holds"]


def test_a_question_string_is_not_a_claim() -> None:
    text = (
        'const P = [0.5, 0.25, 0.25];\nexport const q = {\n  question: "Is $H(P) = 2$ bits?",\n'
        '  choices: ["yes", "no"],\n};\n'
    )
    assert all(verdict != "false" for _, verdict in _claims(text, "q.ts", "entropy"))


@pytest.mark.parametrize("name", ["notes.md", "notes.txt"])
def test_prose_that_looks_like_fields_is_not_rewritten(name: str) -> None:
    # Outside program and JSON files a "name: value" line is prose: the quotes and the escapes stay as written.
    text = 'Let P = (0.5, 0.5) and Q = (0.9, 0.1).\n\nnote: "$D_{KL}(P\\\\|Q) = 0.611$ nats"\n'
    assert (3, "false") not in _claims(text, name, "kl")


def test_code_lines_that_are_not_fields_are_left_alone() -> None:
    text = "const P = [0.5, 0.5];\nconst Q = [0.9, 0.1];\nconst label = 'KL is symmetric' + suffix;\n"
    from kldocs.checker.code_fields import with_string_fields

    assert with_string_fields(text) == text


PYTHON_LESSON = '''"""Quiz data."""

QUESTIONS = [
    {
        "question": "What is $D_{KL}(P\\\\|Q)$ for $P=(0.5,0.5)$, $Q=(0.9,0.1)$?",
        "explanation": "$D_{KL}(P\\\\|Q) = 0.5\\\\ln\\\\frac{0.5}{0.9} + 0.5\\\\ln\\\\frac{0.5}{0.1} = VALUE$ nats.",
    },
]
'''


def test_a_python_dictionarys_strings_are_read_with_their_escapes_undone() -> None:
    # 0.5 ln(0.5/0.9) + 0.5 ln(0.5/0.1) = 0.5108 nats
    assert (6, "holds") in _claims(PYTHON_LESSON.replace("VALUE", "0.511"), "quiz.py", "kl")
    assert (6, "false") in _claims(PYTHON_LESSON.replace("VALUE", "0.611"), "quiz.py", "kl")


def test_a_raw_python_string_keeps_its_backslashes() -> None:
    code = 'CARDS = [{"explanation": r"Here $H(P) = VALUE$ bits, with $P = (\\tfrac12, \\tfrac14, \\tfrac14)$."}]\n'
    assert _claims(code.replace("VALUE", "1.5"), "cards.py", "entropy") == [(1, "holds")]
    assert _claims(code.replace("VALUE", "1.25"), "cards.py", "entropy") == [(1, "false")]


@pytest.mark.parametrize(
    "entry",
    [
        '{"statement": "KL divergence is symmetric", "correct": False}',
        '{"claim": "KL divergence is symmetric", "answer": "False: the two directions differ"}',
        '{"myth": "KL divergence is symmetric"}',
    ],
)
def test_a_python_statement_marked_false_or_named_a_myth_is_not_read(entry: str) -> None:
    code = f"CARDS = [\n    {entry},\n]\n"
    assert all(verdict != "false" for _, verdict in _claims(code, "cards.py", "symmetry"))


def test_a_python_statement_marked_true_is_read() -> None:
    code = 'CARDS = [\n    {"statement": "KL divergence is symmetric", "correct": True},\n]\n'
    assert _claims(code, "cards.py", "symmetry") == [(2, "false")]


def test_python_strings_outside_dictionaries_stay_code() -> None:
    code = 'import math\n\nLABEL = "KL divergence is symmetric"\nprint(f"{LABEL}")\n'
    assert _claims(code, "labels.py", "symmetry") == []


QUIZ = """export const quiz = [
  {
    question: "What is $D_{KL}(P\\\\|Q)$ for $P=(0.5,0.5)$, $Q=(0.9,0.1)$?",
    answer: "$VALUE$ nats",
  },
  {
    question: "What is $I(X;Y)$ if X and Y are independent?",
    answer: "0",
  },
];
"""


def test_an_answer_field_is_the_value_its_question_asks_for() -> None:
    # D_KL((0.5, 0.5) || (0.9, 0.1)) = 0.5108 nats
    assert abs(_kl_nats(HALF, SKEWED) - mpmath.mpf("0.511")) < mpmath.mpf("0.0005")
    assert _claims(QUIZ.replace("VALUE", "0.511"), "quiz.ts", "kl") == [(4, "holds")]
    assert _claims(QUIZ.replace("VALUE", "0.611"), "quiz.ts", "kl") == [(4, "false")]


def test_an_answer_to_a_question_under_a_condition_is_not_read() -> None:
    # "if X and Y are independent" supposes what the document's X and Y need not be: the 0 is not read.
    assert _claims(QUIZ.replace("VALUE", "0.511"), "quiz.ts", "mutual_information") == []


def test_a_markdown_quiz_writes_its_symbol_and_answer_in_dollar_maths() -> None:
    text = "Let $P = (0.5, 0.25, 0.25)$.\n\nWhat is $H(P)$ in bits?\n\nCorrect answer: $VALUE$\n"
    assert _claims(text.replace("VALUE", "1.5"), "quiz.md", "entropy") == [(5, "holds")]  # 0.5 + 0.5 + 0.5 bits
    assert _claims(text.replace("VALUE", "1.25"), "quiz.md", "entropy") == [(5, "false")]


@pytest.mark.parametrize(
    "entry",
    [
        '{ text: "KL divergence is symmetric", isMyth: true },',
        '{ claim: "The KL divergence is symmetric", type: "misconception" },',
        '{ label: "Myth", statement: "The KL divergence is symmetric" },',
        "{ explanation: \"'KL is symmetric' — false. The two directions differ.\" },",
    ],
)
def test_a_statement_the_data_calls_a_myth_is_not_false(entry: str) -> None:
    text = f"export const cards = [\n  {entry}\n];\n"
    claims = _claims(text, "cards.ts", "symmetry")
    assert claims and all(verdict != "false" for _, verdict in claims)


@pytest.mark.parametrize(
    "entry",
    [
        '{ text: "KL divergence is symmetric", isMyth: false },',
        '{ claim: "The KL divergence is symmetric", type: "fact" },',
        "{ explanation: \"'KL is symmetric' — true, for all P and Q.\" },",
    ],
)
def test_a_statement_the_data_calls_a_fact_is_judged(entry: str) -> None:
    text = f"export const cards = [\n  {entry}\n];\n"
    assert (2, "false") in _claims(text, "cards.ts", "symmetry")


def test_a_quotation_answered_false_in_prose() -> None:
    text = "Beware of one misreading: 'KL is symmetric' — false, as the two directions differ.\n"
    assert [verdict for _, verdict in _claims(text, "notes.md", "symmetry")] == ["unchecked"]
    unquoted = "Beware: KL is symmetric — false positives aside.\n"
    assert (1, "false") in _claims(unquoted, "notes.md", "symmetry")  # no quotation closes before the dash


def test_choices_written_one_a_line_are_not_claims() -> None:
    text = (
        "export const quiz = [\n  {\n    prompt: 'Which is false?',\n    choices: [\n"
        '      "KL divergence is symmetric",\n      "KL divergence is never negative",\n    ],\n  },\n];\n'
    )
    assert _claims(text, "quiz.ts", "symmetry") == []
    listed = text.replace("choices: [", "paragraphs: [")  # a list of paragraphs is the lesson's text
    assert (5, "false") in _claims(listed, "quiz.ts", "symmetry")


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ('{ question: "For $P=(0.5,0.5)$, $Q=(0.9,0.1)$, is $D_{KL}(P\\\\|Q) = 0.368$ nats?", answer: "No" },', "kl"),
        ('{ question: "True or false: KL divergence is symmetric." },', "symmetry"),
    ],
)
def test_a_value_or_property_asked_in_a_question_field_is_not_false(entry: str, kind: str) -> None:
    # D_KL(P||Q) is 0.511 nats here (0.368 is the other direction), and KL is not symmetric: both asked, not said.
    text = f"export const quiz = [\n  {entry}\n];\n"
    assert all(verdict != "false" for _, verdict in _claims(text, "quiz.ts", kind))


def test_a_field_named_as_a_mistake_inside_a_named_object_is_labelled() -> None:
    text = (
        '{\n  "en": {"fact": "KL divergence is never negative."},\n'
        '  "ja": {"myth": "KL ダイバージェンスは対称である。"}\n}\n'
    )
    assert _claims(text, "i18n.json", "symmetry") == [(3, "unchecked")]
    assert _claims(text.replace('"myth"', '"fact"'), "i18n.json", "symmetry") == [(3, "false")]


def test_choices_on_one_line_are_offered_not_claimed() -> None:
    text = (
        'export const q = {\n  question: "Which is true?",\n'
        '  options: ["KL divergence is symmetric.", "KL is a metric."],\n};\n'
    )
    assert _claims(text, "quiz.ts", "symmetry") == []
    assert _claims(text.replace("options: [", "note: (").replace("],", "),"), "quiz.ts", "symmetry") != []
