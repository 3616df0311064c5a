"""Words of notebooks and of pages shown inline in Jupyter (text cells and code comments).

Code comments hold no math and no ``[[fields]]``: they stand in Python source as they are.
"""

EN: dict[str, str] = {
    "notebook.intro": (
        "Every value on this page is computed again by the code cells below, with kldocs, from the "
        "distributions defined in the first code cell. The text shows the values for those distributions: "
        "change them, choose Run All, and the code cells give the values for yours."
    ),
    "notebook.handout_intro": (
        "Every value this page builds from P, Q and Q2 is computed again by the code cells below, with kldocs, "
        "from the distributions defined in the first code cell; the examples the page calls fixed are the same on "
        "every handout and do not depend on them. The text shows the values for those distributions: change them, "
        "choose Run All, and the code cells give the values for yours."
    ),
    "notebook.sheet_intro": (
        "The first code cell below holds the distributions of every variant, and the cell after each variant "
        "loads its P, Q and Q2 with kldocs. Nothing here computes an answer for you: work each one out in that "
        "cell, for example with kldocs.kl(P, Q, base=BASE), then compare with the answer key."
    ),
    "notebook.setup": "Change the distributions (and the log base) here, then run all cells.",
    "notebook.base": 'log base: "e" (nats), "2" (bits), "10" (bans)',
    "notebook.digits": "significant digits of the rounded values, as on the page",
    "notebook.values": "the values on the page, computed again",
    "notebook.in_unit": "{symbol} in {unit}",
    "notebook.precise": "{symbol}, {digits} significant digits",
    "notebook.convert": "P and Q may also be lists or NumPy arrays of floats (the float path): read them once as distributions",
    "notebook.identity": "KL divergence is cross-entropy minus entropy: exactly on exact values, to rounding error on floats",
    "notebook.path": "both directions along Q_t = (1 - t) Q + t P: 41 distributions in one call with axis=1",
    "notebook.paired": "Q's categories in P's order: paired by label, as kldocs.kl pairs them",
    "notebook.derivation": "the identity, every step checked",
    "notebook.mismatch": "Q with the probability of P's most likely category moved to the next one: a zero where P is positive",
    "notebook.triangle": "A, B: P and Q when their midpoint M breaks the triangle inequality, else the fixed pair the page names",
    "notebook.jsd_table": "the table: JSD and half the Jeffreys divergence of P and each model",
    "notebook.variants": "the distributions of every variant: P, Q and, where a question needs it, Q2",
    "notebook.variant": "P, Q and Q2 (None when the variant has no Q2) of one variant.",
    "notebook.exercise": "work the answers out here, for example with kldocs.kl(P, Q, base=BASE)",
    "display.steps": "Every step, checked",
    "display.first": "The first [[shown]] of [[count]] categories.",
}

KO: dict[str, str] = {
    "notebook.intro": (
        "아래 코드 셀은 이 페이지의 모든 값을 첫 코드 셀에서 정의한 분포로부터 kldocs로 다시 계산합니다. "
        "본문의 값은 그 분포에 대한 값입니다. 분포를 바꾸고 모두 실행하면 코드 셀이 새 분포의 값을 보여 줍니다."
    ),
    "notebook.handout_intro": (
        "아래 코드 셀은 이 페이지가 P, Q, Q2로 만든 모든 값을 첫 코드 셀에서 정의한 분포로부터 kldocs로 다시 "
        "계산합니다. 페이지가 고정된 예제라고 밝힌 것은 모든 핸드아웃에서 같으며 이 분포와 관계없습니다. 본문의 값은 "
        "그 분포에 대한 값입니다. 분포를 바꾸고 모두 실행하면 코드 셀이 새 분포의 값을 보여 줍니다."
    ),
    "notebook.sheet_intro": (
        "아래 첫 코드 셀에는 모든 변형의 분포가 들어 있고, 각 변형 다음 셀은 그 변형의 P, Q, Q2를 kldocs로 "
        "불러옵니다. 이 노트북은 답을 대신 계산해 주지 않습니다. 그 셀에서 직접 답을 구해 보고(예: "
        "kldocs.kl(P, Q, base=BASE)) 정답과 풀이에 있는 값과 비교해 보세요."
    ),
    "notebook.setup": "여기서 분포(와 로그 밑)를 바꾼 뒤 모든 셀을 실행하세요.",
    "notebook.base": '로그 밑: "e"(내트), "2"(비트), "10"(반)',
    "notebook.digits": "반올림한 값의 유효숫자 개수(페이지와 같음)",
    "notebook.values": "페이지의 값을 다시 계산한 것",
    "notebook.in_unit": "{symbol}, {unit} 단위",
    "notebook.precise": "{symbol}, 유효숫자 {digits}자리",
    "notebook.convert": "P와 Q에는 실수(float) 리스트나 NumPy 배열을 넣어도 됩니다(부동소수점 경로). 여기서 한 번 분포로 읽습니다",
    "notebook.identity": "KL 발산은 교차 엔트로피에서 엔트로피를 뺀 값입니다. 정확한 값이면 정확히, 실수면 반올림 오차 안에서 같습니다",
    "notebook.path": "Q_t = (1 - t) Q + t P를 따라 두 방향 모두: axis=1로 분포 41개를 한 번에",
    "notebook.paired": "Q의 범주를 P의 순서로: kldocs.kl처럼 레이블로 짝짓습니다",
    "notebook.derivation": "항등식과 검증된 모든 단계",
    "notebook.mismatch": "P에서 가장 확률이 큰 범주의 확률을 다음 범주로 옮긴 Q: P가 양수인 곳에 0이 생깁니다",
    "notebook.triangle": "A, B: 중점 M이 삼각 부등식을 깨면 P와 Q, 아니면 페이지가 밝힌 고정된 쌍",
    "notebook.jsd_table": "표: P와 각 모델의 JSD와 제프리스 발산의 절반",
    "notebook.variants": "각 변형의 분포: P, Q, 그리고 문제에 필요하면 Q2",
    "notebook.variant": "변형 하나의 P, Q, Q2(Q2가 없는 변형이면 None)를 돌려줍니다.",
    "notebook.exercise": "여기서 답을 구해 보세요. 예: kldocs.kl(P, Q, base=BASE)",
    "display.steps": "검증된 모든 단계",
    "display.first": "범주 [[count]]개 중 처음 [[shown]]개입니다.",
}
