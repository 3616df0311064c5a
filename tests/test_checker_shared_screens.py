"""Lines that hold none of a pass's words are passed over with one look, not one a pattern.

A notebook whose cells print a thousand short values each is 50,000 lines of output, every one a paragraph of its
own: each pass that looked for a dozen sets of words in turn, or made plain text of every sentence before looking,
spent seconds on lines that hold nothing it reads. These tests count the looks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from kldocs.checker import family_claims, formula_properties, property_claims, screens, unread, worded_properties
from kldocs.checker.reading import parse_text


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[object]:
    """Replace ``module.name`` with a function that counts its calls and calls the original."""
    calls: list[object] = []
    original: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0] if args else None)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.parametrize(
    ("module", "read"),
    [
        (formula_properties, formula_properties.formula_properties),
        (property_claims, property_claims.properties),
        (worded_properties, worded_properties.worded_properties),
    ],
    ids=["formula properties", "properties", "worded properties"],
)
def test_a_paragraph_with_none_of_the_words_of_any_pattern_is_looked_at_once(
    monkeypatch: pytest.MonkeyPatch, module: Any, read: Callable[..., Any]
) -> None:
    looks = _counting(monkeypatch, module, "mentions")
    document = parse_text("0.125\n", "a.md")
    assert list(read(document, document.paragraphs[0])) == []
    assert len(looks) == 1


def test_the_properties_of_a_paragraph_with_the_words_are_still_read() -> None:
    document = parse_text("KL divergence is not symmetric.\n\n$D_{KL}(P \\| Q) = 0$ if and only if $P = Q$.\n", "a.md")
    said, written = document.paragraphs
    assert [item.property for item in property_claims.properties(document, said)] == ["symmetric"]
    assert [item.property for item in formula_properties.formula_properties(document, written)] == ["zero_iff_equal"]


def test_sentences_with_no_bracket_or_kl_words_are_not_made_plain_for_the_families(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made_plain = _counting(monkeypatch, family_claims, "plain_texts")
    text = "0.125\n\n" * 1000 + "For $P = N(0, 1)$ and $Q = N(1, 1)$, the KL divergence is 0.5 nats.\n"
    families = family_claims.family_checks(parse_text(text, "a.md"))
    assert len(made_plain) <= 2  # the sentence with the members (and its clause), not the thousand values
    assert [(claim.kind, claim.verdict) for claim in families.claims] == [("kl", "holds")]


def test_the_code_above_printed_output_is_looked_at_once_for_all_its_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = [{"output_type": "stream", "name": "stdout", "text": f"0.{j:03d}\n"} for j in range(500)]
    cell = {
        "cell_type": "code",
        "metadata": {},
        "execution_count": 1,
        "source": "print(entropy(p))",
        "outputs": outputs,
    }
    notebook = json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    document = parse_text(notebook, "a.ipynb")
    searched: list[object] = []
    monkeypatch.setattr(unread, "_MEASURE_WORD", _Searches(searched))
    listed = unread.unread_lines(document, set())
    assert len(listed) == 500  # every printed value of the entropy is listed as not read
    assert len(searched) <= 1


class _Searches:
    """Stands for a pattern and counts its searches."""

    def __init__(self, calls: list[object]) -> None:
        self.calls = calls

    def search(self, text: str) -> object:
        self.calls.append(text)
        return screens.mentions(text, ("entropy",)) or None


def test_each_line_of_printed_output_is_placed_once_for_what_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from kldocs.checker.documents import SourceText

    outputs = [{"output_type": "stream", "name": "stdout", "text": f"0.{j:03d}\n"} for j in range(500)]
    cell = {"cell_type": "code", "metadata": {}, "source": "print(entropy(p))", "outputs": outputs}
    document = parse_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), "a.ipynb")
    placed = _counting(monkeypatch, SourceText, "row")
    assert len(unread.unread_lines(document, set())) == 500
    assert len(placed) <= 3 * 500  # its row, and the first and last rows of its output for the code above it
