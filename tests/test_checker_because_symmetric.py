"""That KL is symmetric, given as a reason in Japanese ("KLは対称なので"), German ("da KL symmetrisch ist") and Korean
("KL은 대칭이므로"), or stated in Vietnamese ("KL là đối xứng", "0.343 nats (KL đối xứng)"): false, as the English
"since KL is symmetric" is; denials hold; glosses, suppositions and reported beliefs are not read."""

from __future__ import annotations

import pytest

from kldocs.checker import check_text

LEAD = "P = (0.7, 0.3), Q = (0.5, 0.5)\n\n"


def symmetry(line: str) -> list[str]:
    return [claim.verdict for claim in check_text(LEAD + line + "\n", "hw.md").claims if claim.kind == "symmetry"]


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("$D(Q\\|P) = 0.126$ ビット（KLは対称なので同じ値）", "false"),
        ("KLダイバージェンスは対称なので、向きを変えても同じ値になる。", "false"),
        ("KLダイバージェンスは対称ではないので、向きで値が変わる。", "holds"),
        ("3. D(Q‖P) = 0.126 bits (KL đối xứng)", "false"),
        ("3. D(Q‖P) = 0.087 nats (KL đối xứng)", "false"),
        ("Phân kỳ KL là đối xứng.", "false"),
        ("Phân kỳ KL không đối xứng.", "holds"),
        ("Phân kỳ KL không phải là đối xứng.", "holds"),
        ("Phân kỳ JSD là đối xứng.", "holds"),
        ("D(Q‖P) = 0,126 Bit (da KL symmetrisch ist)", "false"),
        ("Da die KL-Divergenz nicht symmetrisch ist, unterscheiden sich die Werte.", "holds"),
        ("D(Q‖P) = 0.126 비트 (KL은 대칭이므로)", "false"),
        ("KL은 대칭이 아니므로 값이 다르다.", "holds"),
    ],
)
def test_symmetry_said_in_japanese_and_vietnamese(line: str, verdict: str) -> None:
    assert symmetry(line) == [verdict]


@pytest.mark.parametrize(
    "line",
    [
        "Phân kỳ Jensen-Shannon (KL đối xứng) bằng 0.1 bit.",  # a gloss: "the JSD (a symmetric KL)"
        "Phân kỳ Jensen-Shannon là một dạng KL đối xứng.",  # "a kind of symmetric KL"
        "Phân kỳ KL đối xứng được định nghĩa là trung bình của hai chiều.",  # "the symmetric KL is defined as"
        "KL đối xứng hóa là trung bình của hai chiều.",  # symmetrised KL
        "Nếu KL đối xứng thì hai giá trị bằng nhau.",  # "if KL were symmetric"
        "Nhiều người nghĩ rằng KL là đối xứng, nhưng không phải.",  # "many people think"
        "Phân kỳ KL có đối xứng không?",  # a question
        "KLダイバージェンスは対称なのでしょうか。",  # a question
        "Wir prüfen, ob die KL-Divergenz symmetrisch ist.",  # "whether"
    ],
)
def test_glosses_suppositions_and_questions_are_not_read(line: str) -> None:
    assert symmetry(line) == []
