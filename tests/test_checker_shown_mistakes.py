"""Mistakes the text itself shows as mistakes (someone's wrong answer, a formula after "never") are not false
claims of the document; the same formula stated as the document's own still is."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

P = [mpmath.mpf(1) / 2, mpmath.mpf(1) / 4, mpmath.mpf(1) / 4]
Q = [mpmath.mpf(1) / 4, mpmath.mpf(1) / 4, mpmath.mpf(1) / 2]
HEAD = "Let $P = (1/2, 1/4, 1/4)$ and $Q = (1/4, 1/4, 1/2)$, logs base 2.\n\n"
WRONG = r"$H(P,Q) = H(P) - D(P\|Q)$"


def _bits(values: list[mpmath.mpf], weights: list[mpmath.mpf]) -> mpmath.mpf:
    """-sum w log2 v: the entropy when ``values`` is ``weights``, else the cross-entropy."""
    return -mpmath.fsum(w * mpmath.log(v, 2) for v, w in zip(values, weights, strict=True))


def _identity_claims(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.verdict, c.note, c.value) for c in check_text(text, "notes.md").claims if c.kind == "identity"]


def test_the_identity_shown_as_a_mistake_is_indeed_false() -> None:
    cross, entropy = _bits(Q, P), _bits(P, P)
    kl = cross - entropy
    assert mpmath.almosteq(cross, 1.75) and not mpmath.almosteq(cross, entropy - kl)  # 1.75 against 1.25
    ((verdict, _, value),) = _identity_claims(HEAD + f"So {WRONG}.\n")
    assert verdict == "false" and value is not None and mpmath.almosteq(mpmath.mpf(value), cross, 1e-9)


@pytest.mark.parametrize(
    "sentence",
    [
        f"Common errors: many students wrote $H(P) = 2$. Others computed {WRONG}, which has the wrong sign.",
        "Finally, a wrong chain a student handed in, for the record: $H(P,Q) = H(P) - D(P\\|Q) = 1.25$ bits. "
        "The sign is wrong.",
        "评分说明：若学生将答案写成 $H(P,Q) = H(P) - D(P\\|Q) \\approx 1.25$ 比特，扣 5 分。",
        f"Häufige Fehler: viele schrieben $H(P) = 2$. Andere berechneten {WRONG}, mit falschem Vorzeichen.",
        f"Erreurs fréquentes : certains écrivent $H(P) = 2$. D'autres ont calculé {WRONG}, avec le mauvais signe.",
        f"Errores comunes: algunos escribieron $H(P) = 2$. Otros calcularon {WRONG}, con el signo cambiado.",
        f"Erros comuns: alguns escreveram $H(P) = 2$. Outros alunos calcularam {WRONG}, com o sinal trocado.",
        f"Типичные ошибки: другие студенты написали {WRONG}, перепутав знак.",
        f"다른 학생들은 {WRONG} 라고 썼는데, 부호가 틀렸다.",
        f"他の学生は {WRONG} と書いたが、符号が逆である。",
    ],
)
def test_a_formula_reported_as_someones_wrong_answer_is_not_false(sentence: str) -> None:
    claims = _identity_claims(HEAD + sentence + "\n")
    assert claims and all(verdict == "unchecked" for verdict, _, _ in claims)
    assert all("someone's answer" in note or "mistake" in note for _, note, _ in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        f"We computed {WRONG} for this pair.",
        f"Many students wrote $H(P) = 1.5$, and that is right. Hence {WRONG}.",
        f"The other terms cancel, and {WRONG}.",
    ],
)
def test_the_same_formula_as_the_documents_own_claim_stays_false(sentence: str) -> None:
    assert [verdict for verdict, _, _ in _identity_claims(HEAD + sentence + "\n")] == ["false"]


@pytest.mark.parametrize(
    "sentence",
    [
        r"The cross-entropy is never smaller than the entropy: $H(P,Q) \ge H(P)$, never $H(P,Q) < H(P)$.",
        r"Es gilt $H(P,Q) \ge H(P)$, aber nie $H(P,Q) < H(P)$.",
        r"On a toujours $H(P,Q) \ge H(P)$ et jamais $H(P,Q) < H(P)$.",
        r"Siempre $H(P,Q) \ge H(P)$, nunca $H(P,Q) < H(P)$.",
        r"Всегда $H(P,Q) \ge H(P)$, никогда $H(P,Q) < H(P)$.",
        r"교차 엔트로피는 $H(P,Q) \ge H(P)$ 이고, 절대 $H(P,Q) < H(P)$ 가 아니다.",
        r"交叉熵满足 $H(P,Q) \ge H(P)$，决不会有 $H(P,Q) < H(P)$。",
    ],
)
def test_a_formula_after_never_is_denied(sentence: str) -> None:
    bounds = [(c.text, c.verdict) for c in check_text(sentence + "\n", "notes.md").claims if c.kind == "bound"]
    assert ("H(P,Q) \\ge H(P)", "holds") in bounds
    assert not [text for text, verdict in bounds if verdict == "false"]


@pytest.mark.parametrize(
    "sentence",
    [
        r"It is never negative: $H(P,Q) < H(P)$.",  # "never" of another clause, not before the formula
        r"The cross-entropy is never smaller than the entropy, so $H(P,Q) < H(P)$.",
    ],
)
def test_a_never_that_does_not_stand_before_the_formula_denies_nothing(sentence: str) -> None:
    bounds = [(c.text, c.verdict) for c in check_text(sentence + "\n", "notes.md").claims if c.kind == "bound"]
    assert ("H(P,Q) < H(P)", "false") in bounds
