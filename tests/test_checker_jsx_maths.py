"""Lessons written as React components or MDX: the formulas given to KaTeX components, and strings in braces."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

# D_KL((0.5, 0.5) || (0.9, 0.1)) = 0.5108 nats, and the other way 0.3681 nats.
P, Q = [mpmath.mpf("0.5")] * 2, [mpmath.mpf("0.9"), mpmath.mpf("0.1")]


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    return mpmath.fsum(x * mpmath.log(x / y) for x, y in zip(p, q, strict=True))


def _claims(text: str, name: str, kind: str) -> list[tuple[int, str]]:
    return [(claim.lines[0], claim.verdict) for claim in check_text(text, name).claims if claim.kind == kind]


HEAD = 'Let <InlineMath math="P = (0.5, 0.5)" /> and <InlineMath math="Q = (0.9, 0.1)" />.\n'


@pytest.mark.parametrize("name", ["Lesson.tsx", "Lesson.jsx", "lesson.mdx"])
@pytest.mark.parametrize(
    "element",
    [
        '<BlockMath math="D_{KL}(P \\| Q) \\approx VALUE" />',
        '<BlockMath math={"D_{KL}(P \\\\| Q) \\\\approx VALUE"} />',
        "<InlineMath math={`D_{KL}(P \\\\| Q) = VALUE`} /> nats",
        '<Latex>{"$D_{KL}(P\\\\|Q) = VALUE$ nats"}</Latex>',
    ],
)
def test_a_formula_given_to_a_maths_component_is_read(name: str, element: str) -> None:
    assert abs(_kl(P, Q) - mpmath.mpf("0.511")) < mpmath.mpf("0.0005")
    text = HEAD + "<p>\n" + element + "\n</p>\n"
    assert _claims(text.replace("VALUE", "0.511"), name, "kl") == [(3, "holds")]
    assert _claims(text.replace("VALUE", "0.611"), name, "kl") == [(3, "false")]


def test_the_other_direction_in_a_braced_string() -> None:
    assert abs(_kl(Q, P) - mpmath.mpf("0.368")) < mpmath.mpf("0.0005")
    text = HEAD + '<Latex>{"$D_{KL}(Q\\\\|P) = 0.368$ nats"}</Latex>\n'
    assert _claims(text, "Lesson.tsx", "kl") == [(2, "holds")]


@pytest.mark.parametrize(
    "element",
    [
        "<Myth>KL divergence is symmetric.</Myth>",
        '<CommonMisconception title="Symmetry">{"KL divergence is symmetric."}</CommonMisconception>',
        '<Question>{"Is KL divergence symmetric?"}</Question>',
        "<Option correct={false}>KL divergence is symmetric.</Option>",  # a quiz's wrong choice
        '<Choice isCorrect="false">KL divergence is symmetric.</Choice>',
        "<Answer wrong>KL divergence is symmetric.</Answer>",
        '<Incorrect>{"$D_{KL}(P\\\\|Q) = D_{KL}(Q\\\\|P)$ for all $P, Q$"}</Incorrect>',  # a formula shown as wrong
    ],
)
def test_a_myth_or_a_question_in_a_component_is_not_false(element: str) -> None:
    text = HEAD + element + "\n"
    assert all(verdict != "false" for _, verdict in _claims(text, "Lesson.tsx", "symmetry"))


def test_the_same_words_in_a_plain_paragraph_are_read() -> None:
    assert _claims(HEAD + "<p>{'KL divergence is symmetric.'}</p>\n", "Lesson.tsx", "symmetry") == [(2, "false")]
    marked_right = "<Option correct={true}>KL divergence is symmetric.</Option>\n"  # the quiz's own mistake
    assert _claims(HEAD + marked_right, "Lesson.tsx", "symmetry") == [(2, "false")]


def test_a_markdown_file_is_not_read_for_jsx() -> None:
    # Outside React and MDX files a component is left as written: its attribute is no formula.
    text = 'Let $P = (0.5, 0.5)$ and $Q = (0.9, 0.1)$.\n\n<BlockMath math="D_{KL}(P \\| Q) = 0.611" />\n'
    assert _claims(text, "notes.md", "kl") == []
