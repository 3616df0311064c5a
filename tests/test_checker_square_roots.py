"""The square root of the JSD said to be a metric, in the languages the checker reads: it holds (the JS distance is
a metric), while "the JSD is a metric" stays false and another measure's square root is not read."""

from __future__ import annotations

import pytest

from kldocs.checker import Checked, check_text

#: Bullets under a heading that names the JSD: (heading, the JSD's own property, its square root's).
LISTS = {
    "de": ("## Jensen-Shannon-Divergenz", "Symmetrisch", "Ihre Wurzel ist eine Metrik"),
    "es": ("## Divergencia de Jensen-Shannon", "Simétrica", "Su raíz cuadrada es una métrica"),
    "fr": ("## Divergence de Jensen-Shannon", "Symétrique", "Sa racine carrée est une métrique"),
    "zh": ("## JS 散度", "对称", "它的平方根是一个度量"),
    "pt": ("## Divergência de Jensen-Shannon", "Simétrica", "Sua raiz quadrada é uma métrica"),
}
#: Sentences that name the square root of the JSD before saying it is a metric (or a distance).
SENTENCES = [
    "Die Quadratwurzel der JS-Divergenz ist eine Metrik.",
    "Die JS-Divergenz ist symmetrisch und ihre Wurzel ist eine Metrik.",
    "La raíz cuadrada de la divergencia JS es una métrica.",
    "La racine carrée de la divergence JS est une distance.",
    "JS散度的平方根是一个度量。",
    "JS 散度是对称的，它的平方根是一个度量。",
    "A raiz quadrada da divergência JS é uma métrica.",
]
#: The JSD itself called a metric: false in every language.
FALSE = ["Die JS-Divergenz ist eine Metrik.", "La divergencia JS es una métrica.", "JS散度是一个度量。"]


def _metric_claims(text: str) -> list[Checked]:
    return [claim for claim in check_text(text, "a.md").claims if claim.kind == "metric"]


@pytest.mark.parametrize("language", sorted(LISTS))
def test_a_bullet_on_the_square_root_under_a_jsd_heading_holds(language: str) -> None:
    heading, own, root = LISTS[language]
    (claim,) = _metric_claims(f"# JSD\n\n{heading}\n\n- {own}\n- {root}\n")
    assert claim.verdict == "holds" and "square root" in claim.note, claim


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_on_the_square_root_holds(sentence: str) -> None:
    (claim,) = _metric_claims(f"# JSD\n\n{sentence}\n")
    assert claim.verdict == "holds" and "square root of the JSD is a metric" in claim.note, claim


@pytest.mark.parametrize("sentence", FALSE)
def test_the_jsd_itself_called_a_metric_is_false(sentence: str) -> None:
    (claim,) = _metric_claims(f"# JSD\n\n{sentence}\n")
    assert claim.verdict == "false", claim


def test_the_square_root_of_kl_called_a_metric_is_false() -> None:
    (root,) = _metric_claims("# KL\n\nLa raíz cuadrada de la divergencia KL es una métrica.\n")
    assert root.verdict == "false" and "square root of KL is not a metric" in root.note, root
    (claim,) = _metric_claims("# JSD\n\nLa divergencia JS no es una métrica, pero su raíz cuadrada sí lo es.\n")
    assert claim.verdict == "holds" and "not a metric" in claim.note, claim


def test_a_square_root_in_an_earlier_clause_is_not_the_subjects() -> None:
    claims = _metric_claims("# JSD\n\nJS 散度的平方根是一种度量，但 JS 散度本身不是度量。\n")
    assert [(claim.verdict, "square root of the JSD is a metric" in claim.note) for claim in claims] == [
        ("holds", True),
        ("holds", False),
    ], claims
