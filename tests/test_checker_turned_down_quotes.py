"""A wrong property quoted, then turned down in the next words: the quote is not the document's claim.

Lists of misconceptions quote the wrong statement in quotation marks of their language and answer it right after
(«La KL es una distancia.» No: ...; „KL ist symmetrisch.“ Falsch — ...). The sentence ends inside the closing
mark, and "No:" answers what came before it (where "Wrong:" labels what comes next). A quote the next words
endorse, or that nothing answers, is still judged.
"""

from __future__ import annotations

import pytest

from kldocs.checker import check_text

_TURNED_DOWN = [
    "- «La KL es una distancia entre distribuciones.» No: no es simétrica.",
    "- „Die KL-Divergenz ist symmetrisch.“ Falsch — vertauscht man P und Q, ändert sich der Wert.",
    "- « La divergence KL est une distance. » Faux, elle n'est pas symétrique.",
    "- «KL-дивергенция симметрична.» Нет: при перестановке P и Q значение меняется.",
    "- “A divergência KL é simétrica.” Falso; basta trocar P e Q.",
]


@pytest.mark.parametrize("line", _TURNED_DOWN)
def test_a_quoted_misconception_answered_right_after_is_not_called_false(line: str) -> None:
    claims = check_text(f"Errores y mitos frecuentes:\n\n{line}\n", "a.md").claims
    assert [claim.verdict for claim in claims if claim.verdict == "false"] == []


@pytest.mark.parametrize(
    "line",
    [
        "- «La KL es una distancia entre distribuciones.» Correcto: así se mide lo lejos que están.",
        "- «La KL es una distancia entre distribuciones.»",
        "- „Die KL-Divergenz ist symmetrisch.“ Das steht so im Skript.",
    ],
)
def test_a_quote_endorsed_or_left_unanswered_is_still_judged(line: str) -> None:
    claims = check_text(f"Notas:\n\n{line}\n", "a.md").claims
    assert [claim.verdict for claim in claims] == ["false"]


def test_a_true_quote_still_holds() -> None:
    claims = check_text("Del libro: «La divergencia KL no es simétrica.» Y es cierto.\n", "a.md").claims
    assert [(claim.kind, claim.verdict) for claim in claims] == [("symmetry", "holds")]
