"""Properties of the measures stated in words, in several languages and in the ways people phrase them: never
negative and maybe infinite, at most one bit or ``log2 n`` (equal for the uniform), zero for two identical
distributions, smallest for a one-point distribution, "not, in general, symmetric", "not a metric, but its square
root is", the mutual information as what two variables share; each judged, and what only mentions one left unread."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

mpmath.mp.dps = 30


def _kl(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    """D_KL(P||Q) in bits, infinite where Q gives 0 to an outcome P can produce."""
    total = mpmath.mpf(0)
    for a, b in zip(p, q, strict=True):
        if a == 0:
            continue
        if b == 0:
            return mpmath.inf
        total += a * mpmath.log(a / b, 2)
    return total


def _jsd(p: list[mpmath.mpf], q: list[mpmath.mpf]) -> mpmath.mpf:
    middle = [(a + b) / 2 for a, b in zip(p, q, strict=True)]
    return (_kl(p, middle) + _kl(q, middle)) / 2


def _entropy(p: list[mpmath.mpf]) -> mpmath.mpf:
    return -mpmath.fsum(a * mpmath.log(a, 2) for a in p if a)


HALF, ONE, ZERO = mpmath.mpf(1) / 2, mpmath.mpf(1), mpmath.mpf(0)


def test_the_ground_truth_the_sentences_below_are_judged_by() -> None:
    """The bounds the sentences state, worked out: JSD of disjoint supports is 1 bit, KL there is infinite, the
    uniform on 4 outcomes has log2 4 = 2 bits, a one-point distribution 0, and D(P||P) = 0."""
    assert _jsd([ONE, ZERO], [ZERO, ONE]) == 1
    assert _kl([HALF, HALF], [ONE, ZERO]) == mpmath.inf
    assert mpmath.almosteq(_entropy([mpmath.mpf(1) / 4] * 4), mpmath.log(4, 2))
    assert _entropy([ONE, ZERO, ZERO]) == 0
    assert _kl([HALF, HALF], [HALF, HALF]) == 0
    assert _kl([mpmath.mpf(1) / 4, 3 * mpmath.mpf(1) / 4], [HALF, HALF]) != _kl(
        [HALF, HALF], [mpmath.mpf(1) / 4, 3 * mpmath.mpf(1) / 4]
    )


#: The kinds of claim a property is reported as (a value a sentence also names, "最大为1比特", is another claim).
_PROPERTY_KINDS = ("bound", "symmetry", "metric", "identity", "definition")


def _claims(text: str, name: str = "notes.md") -> list[tuple[str, str, str]]:
    """Each property claim's verdict, kind and note."""
    claims = check_text(text, name).claims
    return [(claim.verdict, claim.kind, claim.note) for claim in claims if claim.kind in _PROPERTY_KINDS]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "L'entropie est au plus égale à log2 n, avec égalité pour la loi uniforme.",
            [("holds", "bound", "0 ≤ H(P) ≤ log n"), ("holds", "bound", "largest, log n, for the uniform")],
        ),
        (
            "La divergence KL n'est jamais négative et peut être infinie.",
            [("holds", "bound", "never negative"), ("holds", "bound", "no upper bound")],
        ),
        (
            "La divergence de Jensen-Shannon est au plus égale à 1 bit et sa racine carrée est une métrique.",
            [("holds", "bound", "0 ≤ JSD ≤ log 2 (1 bit)"), ("holds", "metric", "square root of the JSD is a metric")],
        ),
        (
            "Die KL-Divergenz ist nie negativ und kann unendlich werden.",
            [("holds", "bound", "never negative"), ("holds", "bound", "no upper bound")],
        ),
        ("Die Entropie ist höchstens log2 n.", [("holds", "bound", "0 ≤ H(P) ≤ log n")]),
        (
            "La divergencia KL nunca es negativa y puede ser infinita.",
            [("holds", "bound", "never negative"), ("holds", "bound", "no upper bound")],
        ),
        ("La divergencia de Jensen-Shannon es como máximo 1 bit.", [("holds", "bound", "0 ≤ JSD ≤ log 2 (1 bit)")]),
        ("Die JS-Divergenz ist immer endlich.", [("holds", "bound", "0 ≤ JSD ≤ log 2 (1 bit)")]),
        ("A divergência KL nunca é negativa.", [("holds", "bound", "never negative")]),
        ("Дивергенция KL никогда не бывает отрицательной.", [("holds", "bound", "never negative")]),
        ("KL散度永远不会为负。", [("holds", "bound", "never negative")]),
        ("JS散度最大为1比特。", [("holds", "bound", "0 ≤ JSD ≤ log 2 (1 bit)")]),
        ("엔트로피는 한 점에 확률이 모두 몰린 분포일 때 가장 작다.", [("holds", "bound", "H(P) = 0 exactly when")]),
        ("L'entropie est minimale pour une distribution dégénérée.", [("holds", "bound", "H(P) = 0 exactly when")]),
        (
            "- JSD는 거리 함수가 아니지만, 그 제곱근은 거리 함수이다.",
            [("holds", "metric", "the JSD is not a metric"), ("holds", "metric", "square root of the JSD is a metric")],
        ),
        (
            "La JSD n'est pas une métrique, mais sa racine carrée est une métrique.",
            [("holds", "metric", "the JSD is not a metric"), ("holds", "metric", "square root of the JSD is a metric")],
        ),
        ("KL divergence is not, in general, symmetric.", [("holds", "symmetry", "differ in general")]),
        ("Entropy is zero exactly when the outcome is certain.", [("holds", "bound", "H(P) = 0 exactly when")]),
        ("Entropy is zero if and only if the outcome is certain.", [("holds", "bound", "H(P) = 0 exactly when")]),
        (
            "Die Entropie ist genau dann null, wenn das Ergebnis sicher ist.",
            [("holds", "bound", "H(P) = 0 exactly when")],
        ),
        ("La divergencia KL tampoco es negativa.", [("holds", "bound", "never negative")]),
        ("当且仅当分布是确定性的时候熵为零。", [("holds", "bound", "H(P) = 0 exactly when")]),
        ("退化分布时熵最小。", [("holds", "bound", "H(P) = 0 exactly when")]),
        ("결정론적 분포에서 엔트로피는 최소이다.", [("holds", "bound", "H(P) = 0 exactly when")]),
        ("一点分布のとき、エントロピーは最小となる。", [("holds", "bound", "H(P) = 0 exactly when")]),
        ("엔트로피는 모든 사건의 확률이 같을 때 최대가 된다.", [("holds", "bound", "largest, log n, for the uniform")]),
    ],
)
def test_a_true_property_in_words_holds(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    claims = _claims(sentence + "\n")
    assert [(verdict, kind) for verdict, kind, _ in claims] == [(verdict, kind) for verdict, kind, _ in expected]
    assert all(fragment in note for (_, _, note), (_, _, fragment) in zip(claims, expected, strict=True))


@pytest.mark.parametrize(
    ("sentence", "kind", "fragment"),
    [
        ("La divergence KL est bornée.", "bound", "no upper bound"),
        ("La divergence KL est au plus égale à 1 bit.", "bound", "no upper bound"),
        ("La divergence KL est toujours finie.", "bound", "no upper bound"),
        ("KL散度总是有限的。", "bound", "no upper bound"),
        ("L'entropie est maximale pour une distribution dégénérée.", "bound", "a certain outcome gives the smallest"),
        ("엔트로피는 한 점에 확률이 몰린 분포일 때 가장 크다.", "bound", "a certain outcome gives the smallest"),
        ("Die JS-Divergenz kann unendlich werden.", "bound", "0 ≤ JSD ≤ log 2"),
        ("La divergencia de Jensen-Shannon no está acotada.", "bound", "0 ≤ JSD ≤ log 2"),
        ("La racine carrée de la divergence KL est une métrique.", "metric", "square root of KL is not a metric"),
        ("两个相同分布的交叉熵为零。", "identity", "H(P,P) = H(P)"),
        ("退化分布时熵最大。", "bound", "a certain outcome gives the smallest"),
        ("결정론적 분포에서 엔트로피는 최대이다.", "bound", "a certain outcome gives the smallest"),
        ("The cross-entropy of two identical distributions is zero.", "identity", "H(P,P) = H(P)"),
        ("KL divergence is, in general, symmetric.", "symmetry", "differ in general"),
        ("L'entropie d'une variable discrète peut être négative.", "bound", "never negative"),
    ],
)
def test_a_wrong_property_in_words_is_false(sentence: str, kind: str, fragment: str) -> None:
    claims = _claims(sentence + "\n")
    assert [(verdict, said) for verdict, said, _ in claims] == [("false", kind)]
    assert fragment in claims[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        "The KL divergence of two identical distributions is zero.",
        "The KL divergence between the same distribution is zero.",
        "两个相同分布的KL散度为零。",
        "같은 두 분포의 KL 발산은 0이다.",
        "同じ分布同士のKLダイバージェンスは0です。",
        "La divergence KL entre deux distributions identiques est nulle.",
        "Die KL-Divergenz zweier identischer Verteilungen ist null.",
        "La divergencia KL entre dos distribuciones idénticas es cero.",
        "A divergência KL entre duas distribuições idênticas é zero.",
        "Дивергенция KL двух одинаковых распределений равна нулю.",
        "两个相同分布的JS散度为0。",
    ],
)
def test_a_divergence_of_identical_distributions_is_zero(sentence: str) -> None:
    claims = _claims(sentence + "\n")
    assert [kind for _, kind, _ in claims] == ["identity"]
    verdict, _, note = claims[0]
    assert verdict == "holds" and ("D_KL(P||P)" in note or "JSD(P||P) = 0" in note)


def test_mutual_information_defined_in_details_blocks_is_read() -> None:
    text = (
        "<details>\n<summary>Transinformation</summary>\n\n"
        "Die Transinformation I(X;Y) ist die mittlere Information, die Sender und Empfänger gemeinsam haben.\n\n"
        "</details>\n\n<details>\n<summary>Äquivokation</summary>\n\n"
        "Die Transinformation ist die Unsicherheit über X, die nach Beobachtung von Y übrig bleibt.\n\n"
        "</details>\n\n"
        "Die Transinformation ist die Unsicherheit über X, die durch die Beobachtung von Y beseitigt wird.\n\n"
        "Mutual information is the average information that X and Y share.\n"
    )
    claims = _claims(text)
    assert [(verdict, kind) for verdict, kind, _ in claims] == [
        ("holds", "definition"),
        ("false", "definition"),
        ("holds", "definition"),
        ("holds", "definition"),
    ]
    assert all("I(X;Y) = H(X) - H(X|Y)" in note for _, _, note in claims)


def test_bullets_inside_an_html_block_are_each_read() -> None:
    text = (
        "<details>\n<summary>엔트로피의 성질</summary>\n\n"
        "- 엔트로피는 균등 분포일 때 가장 크다.\n"
        "- 엔트로피는 한 점에 확률이 모두 몰린 분포일 때 가장 작다.\n\n</details>\n"
    )
    notes = [note for verdict, _, note in _claims(text) if verdict == "holds"]
    assert len(notes) == 2
    assert "largest, log n, for the uniform" in notes[0] and "H(P) = 0 exactly when" in notes[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "La divergence KL est-elle symétrique ?",
        "Is KL symmetric? We will see whether KL is symmetric.",
        "Beaucoup croient que la divergence KL est bornée.",
        "Si la divergence KL était bornée, on pourrait la normaliser.",
        "KL散度是否有界？",
        "L'entropie est au plus égale à 1 bit.",  # true only for two outcomes: not read as the log n bound
        "La divergence de Jensen-Shannon est au plus égale à 0,5 bit.",
        "两个相同分布的KL散度为零吗？",
        "如果两个相同分布的KL散度为零，那么它们相同。",
        "Ist die Transinformation die mittlere Information, die beide gemeinsam haben?",
        "Die Transinformation ist nicht die Information, die beide gemeinsam haben.",
        "L'entropie différentielle est au plus égale à log n.",
        "Wenn die KL-Divergenz unendlich werden kann, ...",
        "Die KL-Divergenz ist beschränkt – das ist ein häufiger Irrtum.",
        "The KL divergence is symmetric; this is a common misconception.",
        "La divergence KL est bornée, c'est une erreur.",
        "退化分布时熵最小吗？",
        "만약 결정론적 분포에서 엔트로피는 최대라면, ...",
        "결정론적 분포에서 엔트로피는 0이 아니다.",
    ],
)
def test_a_property_only_mentioned_stays_unread(sentence: str) -> None:
    assert _claims(sentence + "\n") == []
