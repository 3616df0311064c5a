"""A node's entropy written before its class counts: in brackets after the value (``H(left) = 0.918 (4 yes, 2
no)``, ``entropie = 0,971 (3 oui / 2 non)``, ``熵为 0.971（正例3个、负例2个）``) or later in the sentence
("because there are 5 successes and 5 failures"), judged from those counts; shorter words ("2 of each", "2
failures", "3개 중 2개") only held, never called false; and what must stay unread."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

mpmath.mp.dps = 30


def _h(*counts: int) -> mpmath.mpf:
    total = sum(counts)
    return -sum(mpmath.mpf(c) / total * mpmath.log(mpmath.mpf(c) / total, 2) for c in counts if c)


def _verdicts(text: str) -> list[tuple[str, str | None, str]]:
    """The entropy claims of the document (not the definitions of the counts' distributions): verdict, value, note."""
    return [
        (claim.verdict, claim.value, claim.note or "")
        for claim in check_text(text, "node.md").claims
        if claim.kind != "definition"
    ]


HOLDING = [
    ("H(left) = 0.918 (4 yes, 2 no)", (4, 2)),
    ("Entropy(Europe) = 1.0 (2 yes, 2 no)", (2, 2)),
    ("La entropie du nœud vaut H(gauche) = 0,971 (3 oui / 2 non)", (3, 2)),
    ("The entropy is 1.0, because there are 5 successes and 5 failures.", (5, 5)),
    ("Die Entropie ist 0.811 (6 ja, 2 nein).", (6, 2)),
    ("熵为 0.971（正例3个、负例2个）。", (3, 2)),
    ("엔트로피는 0.722 이다 (예 4개, 아니오 1개).", (4, 1)),
    ("エントロピーは 0.918（はい 4 件、いいえ 2 件）", (4, 2)),
    ("E(Sunny) = 0.971 bits (2 yes, 3 no)", (2, 3)),
    ("Entropy(Europe) = 1.0 (2 of each)", (2, 2)),
    ("Entropy(Other) = 0.0 (2 Failures)", (2, 0)),
    ("H(left) = 0.918 (4 of 6 positive)", (4, 2)),
    ("엔트로피는 0.918 이다 (3개 중 2개가 양성).", (2, 1)),
]


@pytest.mark.parametrize(("line", "counts"), HOLDING)
def test_a_value_its_counts_give_holds(line: str, counts: tuple[int, ...]) -> None:
    [(verdict, value, _)] = _verdicts(f"# The entropy of a node\n\n{line}\n")
    assert verdict == "holds"
    assert value is not None
    assert abs(mpmath.mpf(value) - _h(*counts)) < mpmath.mpf("1e-9")


FALSE = [
    ("H(left) = 0.95 (4 yes, 2 no)", (4, 2)),
    ("Entropía(Europa) = 0.8 (4 sí, 2 no)", (4, 2)),
    ("The entropy is 0.5, because there are 5 successes and 3 failures.", (5, 3)),
    ("熵为 0.918（正例3个、负例2个）。", (3, 2)),
    ("Entropie(droite) = 0,881 (3 oui / 2 non)", (3, 2)),
]


@pytest.mark.parametrize(("line", "counts"), FALSE)
def test_a_value_its_counts_do_not_give_is_false(line: str, counts: tuple[int, ...]) -> None:
    [(verdict, _, note)] = _verdicts(f"# The entropy of a node\n\n{line}\n")
    assert verdict == "false"
    assert mpmath.nstr(_h(*counts), 10) in note


UNREAD = [
    "Entropy(Europe) = 1.58 (3 of each)",  # three classes, perhaps: the counts say too little
    "Entropy(Other) = 0.5 (2 Failures)",
    "H(left) = 0.5 (2 of 6 were red)",
    "H(S) = 0.94 (rounded to 2 decimals)",
    "Entropy = 1.2 (3 yes, 2 no, 1 maybe)",
    "H(left) = 0.8 (see 4 yes, 2 no above)",
    "H(left) = 0.7 (2 out of 5 were tall)",  # 0.673 nats: held in nats, if at all, never false in bits
    "The weighted entropy is 0.6*0.918 + 0.4*1.0 = 0.951, with Left (4 yes, 2 no) and Right (2 yes, 2 no).",
]


def test_two_nodes_on_a_line_each_with_its_own_counts() -> None:
    text = "# The entropy of the star split\n\nH(star=yes) = 0.72 (4 yes, 1 no) and H(star=no) = 0.8 (2 yes, 3 no).\n"
    [(first, value, _), (second, _, note)] = _verdicts(text)
    assert first == "holds"
    assert value is not None
    assert abs(mpmath.mpf(value) - _h(4, 1)) < mpmath.mpf("1e-9")
    assert second == "false"
    assert mpmath.nstr(_h(2, 3), 10) in note


@pytest.mark.parametrize("line", UNREAD)
def test_counts_that_say_too_little_leave_the_value_unread(line: str) -> None:
    assert all(verdict != "false" for verdict, _, _ in _verdicts(f"# The entropy of a node\n\n{line}\n"))
