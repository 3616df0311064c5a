"""A value's claim is shown from a word, not from a mark left over from the number before it ("At 25% it is 0.8113
bits" is shown as "it is 0.8113 bits", not "% it is 0.8113 bits")."""

from __future__ import annotations

import pytest

from kldocs.checker import check_text


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("At 25% it is 0.8113 bits.", "it is 0.8113 bits"),
        ("At 40% it is 0.971 bits; at 30%, 0.881 bits.", "it is 0.971 bits"),
    ],
)
def test_a_claim_is_shown_from_its_first_word(line: str, shown: str) -> None:
    text = f"The probability of a defective part is 20%. What is the entropy?\n\n{line}\n"
    texts = [claim.text for claim in check_text(text, "quiz.md").claims]
    assert shown in texts, texts
    assert not any(text.startswith(("%", ")", ",")) for text in texts), texts
