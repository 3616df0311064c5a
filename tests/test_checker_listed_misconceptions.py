"""Properties listed as items: the false ones are false, unless the list is led as misconceptions or myths."""

from __future__ import annotations

import pytest

from kldocs.checker import check_text

# The KL divergence is not symmetric (for P = (1/2, 1/2), Q = (9/10, 1/10): 0.511 nats one way, 0.368 the other),
# breaks the triangle inequality, and is never negative (Gibbs' inequality): ground truth of the items below.
ITEMS = (
    "1. KL divergence is symmetric.\n2. It satisfies the triangle inequality.\n3. It is always non-negative.\n"
    "4. Die KL-Divergenz ist symmetrisch.\n5. KLダイバージェンスは対称である。\n"
)


def _verdicts(text: str) -> list[tuple[int, str]]:
    return [(claim.lines[0], claim.verdict) for claim in check_text(text, "notes.md").claims]


def test_a_list_of_properties_has_only_its_false_items_false() -> None:
    verdicts = dict(_verdicts(f"# KL divergence\n\nProperties of the KL divergence:\n\n{ITEMS}"))
    assert verdicts == {5: "false", 6: "false", 7: "holds", 8: "false", 9: "false"}


@pytest.mark.parametrize(
    "lead",
    [
        "## Myths",
        "## よくある誤解",
        "## KLダイバージェンスに関する誤解",
        "## 常见误区",
        "## 흔한 오해",
        "## Häufige Irrtümer",
        "## Idées reçues",
        "## Распространённые заблуждения",
        "Common misconceptions:",
        "**Myths:**",
        "よくある誤解：",
    ],
)
def test_a_list_led_as_misconceptions_is_not_false(lead: str) -> None:
    verdicts = _verdicts(f"# KL divergence\n\n{lead}\n\n{ITEMS}")
    assert verdicts and all(verdict != "false" for _, verdict in verdicts)


@pytest.mark.parametrize("lead", ["Properties:", "## Properties", "Facts about KL divergence:", "Note: myths aside"])
def test_a_list_led_otherwise_keeps_its_false_items(lead: str) -> None:
    verdicts = dict(_verdicts(f"# KL divergence\n\n{lead}\n\n{ITEMS}"))
    assert verdicts.get(5) == "false" and verdicts.get(8) == "false"


def test_negated_items_hold() -> None:
    text = (
        "# KL divergence\n\nProperties of the KL divergence:\n\n1. KL divergence is not symmetric.\n"
        "2. It does not satisfy the triangle inequality.\n3. It violates the triangle inequality.\n"
    )
    assert _verdicts(text) == [(5, "holds"), (6, "holds"), (7, "holds")]


def test_a_misconceptions_lead_does_not_reach_past_a_paragraph() -> None:
    text = "Common misconceptions:\n\n- KL is a distance.\n\nIn fact KL divergence is symmetric, we find.\n"
    assert (5, "false") in _verdicts(text)  # a paragraph below the list is the document's own claim


@pytest.mark.parametrize(
    "text",
    [
        "The Jensen-Shannon distance is the square root of the JS divergence. It satisfies the triangle inequality.\n",
        "The Jensen-Shannon distance is the square root of the JS divergence. It is a metric.\n",
        "The JS distance, sqrt(JSD), is bounded. It obeys the triangle inequality.\n",
    ],
)
def test_it_after_a_sentence_naming_the_js_distance_is_not_read_as_the_jsd(text: str) -> None:
    # The JS distance is a metric (it satisfies the triangle inequality); the JSD is not: "it" may be either.
    assert all(verdict != "false" for _, verdict in _verdicts(text))


def test_it_after_a_sentence_naming_only_the_jsd_is_the_jsd() -> None:
    text = "The Jensen-Shannon divergence is symmetric. It satisfies the triangle inequality.\n"
    assert (1, "false") in _verdicts(text)  # the JSD itself breaks it: its square root does not


@pytest.mark.parametrize(
    "heading",
    [
        "# Exercise: which of these statements are true?",
        "## True or false?",
        "## 다음 중 옳은 것은?",
        "## 次のうち正しいものはどれか",
    ],
)
def test_items_under_a_heading_that_asks_which_hold_are_posed_not_claimed(heading: str) -> None:
    text = f"{heading}\n\n1. KL divergence is symmetric.\n2. KL divergence is non-negative.\n"
    assert "false" not in [verdict for _, verdict in _verdicts(text)]
    assert "false" in [verdict for _, verdict in _verdicts(text.replace(heading, "# Facts"))]
