"""Words of the exercise sheets, their answer keys and the Moodle quiz.

Messages may hold inline math between ``$`` signs (LaTeX written by
kldocs) and ``[[name]]`` fields filled by :mod:`kldocs.models.exercises`.
A prompt is also the ``prompt`` of the JSON key, so it names its unit.
"""

EN: dict[str, str] = {
    # The student sheet.
    "exercises.title": "Exercises on KL divergence and its relatives",
    "exercises.subtitle": "Seed [[seed]], [[count]] variants: every variant has numbers of its own.",
    "exercises.instructions.heading": "Instructions",
    "exercises.instructions": (
        "Each variant below gives its own distributions over the categories [[labels]]. Logarithms are "
        "[[log_name]], so the answers are in [[unit]] unless a question asks for another unit. Round every "
        "number you give to [[digits]] significant digits."
    ),
    "exercises.instructions.q2": "The column $Q_2$ is a second model, used by the question that names it.",
    "exercises.variant.heading": "Variant [[id]]",
    "exercises.data.caption": "Each column sums to 1.",
    "exercises.chart.title": "Variant [[id]]",
    "exercises.chart.alt": "Bar chart of the distributions of variant [[id]], category by category.",
    "exercises.prompt.kl": "Compute $D_{\\mathrm{KL}}(P \\parallel Q)$ in [[unit]].",
    "exercises.prompt.reverse": (
        "Compute $D_{\\mathrm{KL}}(Q \\parallel P)$ in [[unit]]. Is it larger or smaller than "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$?"
    ),
    "exercises.prompt.ce": (
        "Compute the cross-entropy $H(P, Q)$ in [[unit]], and check that $H(P, Q) - H(P)$ equals "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$."
    ),
    "exercises.prompt.entropy": "Compute the entropy $H(P)$ in [[unit]].",
    "exercises.prompt.jsd": (
        "Compute the Jensen-Shannon divergence $\\mathrm{JSD}(P, Q)$ in [[unit]], using the mixture "
        "$M = (P + Q)/2$. Give the divergence itself, not its square root."
    ),
    "exercises.prompt.closer": (
        "Which model is closer to $P$ in KL divergence, $Q$ or $Q_2$? Compare $D_{\\mathrm{KL}}(P \\parallel Q)$ "
        "with $D_{\\mathrm{KL}}(P \\parallel Q_2)$."
    ),
    "exercises.prompt.bits": "Convert $D_{\\mathrm{KL}}(P \\parallel Q)$ from [[unit]] to bits.",
    "exercises.prompt.infinite": (
        "The model $Q_2$ gives probability 0 to one category. What is $D_{\\mathrm{KL}}(P \\parallel Q_2)$, and why?"
    ),
    # The answer key.
    "answers.title": "Answer key: exercises on KL divergence and its relatives",
    "answers.custom_title": "[[title]]: answer key",
    "answers.subtitle": (
        "Seed [[seed]], [[count]] variants. Every value was computed exactly and every step below was checked by kldocs."
    ),
    "answers.variant.heading": "Variant [[id]]: answers",
    "answers.kl": "$D_{\\mathrm{KL}}(P \\parallel Q) = [[exact]] \\approx [[value]]$ [[unit]].",
    "answers.reverse.larger": (
        "$D_{\\mathrm{KL}}(Q \\parallel P) = [[exact]] \\approx [[value]]$ [[unit]]: larger than "
        "$D_{\\mathrm{KL}}(P \\parallel Q) \\approx [[forward]]$ [[unit]]."
    ),
    "answers.reverse.smaller": (
        "$D_{\\mathrm{KL}}(Q \\parallel P) = [[exact]] \\approx [[value]]$ [[unit]]: smaller than "
        "$D_{\\mathrm{KL}}(P \\parallel Q) \\approx [[forward]]$ [[unit]]."
    ),
    "answers.reverse.roles": (
        "With $Q$ as the reference the roles swap: in the formula below $p_i$ stands for the values of $Q$ "
        "and $q_i$ for those of $P$."
    ),
    "answers.ce": (
        "$H(P, Q) = [[exact]] \\approx [[value]]$ [[unit]]. With $H(P) \\approx [[entropy]]$ [[unit]], the "
        "difference $H(P, Q) - H(P) \\approx [[kl]]$ [[unit]] is $D_{\\mathrm{KL}}(P \\parallel Q)$."
    ),
    "answers.ce.check": "The difference, exactly:",
    "answers.entropy": "$H(P) = [[exact]] \\approx [[value]]$ [[unit]].",
    "answers.jsd": (
        "$\\mathrm{JSD}(P, Q) = [[exact]] \\approx [[value]]$ [[unit]]. Its square root, the Jensen-Shannon "
        "distance, is $\\approx [[distance]]$."
    ),
    "answers.closer": (
        "The closer model is $[[which]]$: $D_{\\mathrm{KL}}(P \\parallel Q) \\approx [[first]]$ and "
        "$D_{\\mathrm{KL}}(P \\parallel Q_2) \\approx [[second]]$ [[unit]]."
    ),
    "answers.closer.first": "For comparison, $D_{\\mathrm{KL}}(P \\parallel Q)$ worked out:",
    "answers.bits": (
        "$D_{\\mathrm{KL}}(P \\parallel Q) = [[exact]] \\approx [[value]]$ bits. One bit is $[[factor]] \\approx "
        "[[factor_value]]$ [[unit]], so the value in [[unit]], $\\approx [[from_value]]$, is divided by $[[factor]]$. "
        "Worked directly in bits:"
    ),
    "answers.infinite": (
        "$D_{\\mathrm{KL}}(P \\parallel Q_2) = \\infty$. Category [[label]] has $p = [[p]] > 0$ under $P$ but "
        "probability 0 under $Q_2$, so its term $p \\log(p/0)$ is infinite: a model that rules out something "
        "that does happen is infinitely surprised by it."
    ),
    # The Moodle quiz.
    "moodle.precision": "Give the answer to [[digits]] significant digits.",
    "moodle.choice.infinite": "$+\\infty$: $Q_2$ gives probability 0 to a category where $P$ is positive.",
    "moodle.choice.finite": "A finite positive number: every category with $p > 0$ adds a finite term.",
    "moodle.choice.zero": "$0$: a category with probability 0 adds nothing to the sum.",
    "moodle.choice.undefined": "It has no value at all, since $\\log 0$ is undefined.",
}

KO: dict[str, str] = {
    "exercises.title": "KL 발산과 관련 척도 연습 문제",
    "exercises.subtitle": "시드 [[seed]], 변형 [[count]]개: 변형마다 수치가 다릅니다.",
    "exercises.instructions.heading": "안내",
    "exercises.instructions": (
        "아래의 변형마다 범주 [[labels]] 위의 분포가 따로 주어집니다. 로그는 [[log_name]]이므로, "
        "문제에서 다른 단위를 묻지 않는 한 답의 단위는 [[unit]]입니다. 모든 수치는 유효숫자 [[digits]]자리로 "
        "반올림하세요."
    ),
    "exercises.instructions.q2": "$Q_2$ 열은 두 번째 모델이며, 이 모델을 명시한 문제에서만 씁니다.",
    "exercises.variant.heading": "변형 [[id]]",
    "exercises.data.caption": "각 열의 합은 1입니다.",
    "exercises.chart.title": "변형 [[id]]",
    "exercises.chart.alt": "변형 [[id]]의 분포를 범주별로 나타낸 막대그래프.",
    "exercises.prompt.kl": "$D_{\\mathrm{KL}}(P \\parallel Q)$를 구하세요(단위: [[unit]]).",
    "exercises.prompt.reverse": (
        "$D_{\\mathrm{KL}}(Q \\parallel P)$를 구하세요(단위: [[unit]]). 이 값은 "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$보다 큰가요, 작은가요?"
    ),
    "exercises.prompt.ce": (
        "교차 엔트로피 $H(P, Q)$를 구하고(단위: [[unit]]), $H(P, Q) - H(P)$가 "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$와 같은지 확인하세요."
    ),
    "exercises.prompt.entropy": "엔트로피 $H(P)$를 구하세요(단위: [[unit]]).",
    "exercises.prompt.jsd": (
        "혼합 분포 $M = (P + Q)/2$를 이용해 젠슨-섀넌 발산 $\\mathrm{JSD}(P, Q)$를 구하세요(단위: [[unit]]). "
        "제곱근이 아니라 발산 값 자체를 답하세요."
    ),
    "exercises.prompt.closer": (
        "KL 발산으로 볼 때 $Q$와 $Q_2$ 중 어느 모델이 $P$에 더 가까울까요? "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$와 $D_{\\mathrm{KL}}(P \\parallel Q_2)$를 비교하세요."
    ),
    "exercises.prompt.bits": "$D_{\\mathrm{KL}}(P \\parallel Q)$를 [[unit]]에서 비트 단위로 바꾸세요.",
    "exercises.prompt.infinite": (
        "모델 $Q_2$는 한 범주에 확률 0을 줍니다. $D_{\\mathrm{KL}}(P \\parallel Q_2)$는 얼마이며, 왜 그럴까요?"
    ),
    "answers.title": "정답과 풀이: KL 발산과 관련 척도 연습 문제",
    "answers.custom_title": "[[title]]: 정답과 풀이",
    "answers.subtitle": "시드 [[seed]], 변형 [[count]]개. 모든 값은 정확히 계산했고, 아래의 모든 단계는 kldocs가 검증했습니다.",
    "answers.variant.heading": "변형 [[id]]: 정답",
    "answers.kl": "$D_{\\mathrm{KL}}(P \\parallel Q) = [[exact]] \\approx [[value]]$ [[unit]]입니다.",
    "answers.reverse.larger": (
        "$D_{\\mathrm{KL}}(Q \\parallel P) = [[exact]] \\approx [[value]]$ [[unit]]이며, "
        "$D_{\\mathrm{KL}}(P \\parallel Q) \\approx [[forward]]$ [[unit]]보다 큽니다."
    ),
    "answers.reverse.smaller": (
        "$D_{\\mathrm{KL}}(Q \\parallel P) = [[exact]] \\approx [[value]]$ [[unit]]이며, "
        "$D_{\\mathrm{KL}}(P \\parallel Q) \\approx [[forward]]$ [[unit]]보다 작습니다."
    ),
    "answers.reverse.roles": (
        "$Q$를 기준 분포로 삼으면 역할이 바뀝니다. 아래 식에서 $p_i$는 $Q$의 값을, $q_i$는 $P$의 값을 나타냅니다."
    ),
    "answers.ce": (
        "$H(P, Q) = [[exact]] \\approx [[value]]$ [[unit]]입니다. $H(P) \\approx [[entropy]]$ [[unit]]이므로 "
        "차 $H(P, Q) - H(P)$는 $D_{\\mathrm{KL}}(P \\parallel Q) \\approx [[kl]]$ [[unit]]입니다."
    ),
    "answers.ce.check": "그 차를 정확히 계산하면:",
    "answers.entropy": "$H(P) = [[exact]] \\approx [[value]]$ [[unit]]입니다.",
    "answers.jsd": (
        "$\\mathrm{JSD}(P, Q) = [[exact]] \\approx [[value]]$ [[unit]]이고, 그 제곱근인 젠슨-섀넌 거리는 "
        "$\\approx [[distance]]$입니다."
    ),
    "answers.closer": (
        "더 가까운 모델은 $[[which]]$입니다. KL 발산은 각각 $D_{\\mathrm{KL}}(P \\parallel Q) \\approx [[first]]$, "
        "$D_{\\mathrm{KL}}(P \\parallel Q_2) \\approx [[second]]$ [[unit]]입니다."
    ),
    "answers.closer.first": "비교를 위해 $D_{\\mathrm{KL}}(P \\parallel Q)$도 계산하면:",
    "answers.bits": (
        "$D_{\\mathrm{KL}}(P \\parallel Q) = [[exact]] \\approx [[value]]$ 비트입니다. 1비트는 $[[factor]] \\approx "
        "[[factor_value]]$ [[unit]]이므로, [[unit]] 값($\\approx [[from_value]]$)을 $[[factor]]$로 나눕니다. "
        "처음부터 비트 단위로 계산하면:"
    ),
    "answers.infinite": (
        "$D_{\\mathrm{KL}}(P \\parallel Q_2) = \\infty$입니다. 범주 [[label]]에서 $P$의 확률은 $p = [[p]] > 0$이지만 "
        "$Q_2$의 확률은 0이므로, 그 항 $p \\log(p/0)$이 무한대입니다. 실제로 일어나는 일을 불가능하다고 본 모델은 "
        "그 일이 일어나면 무한히 놀라게 됩니다."
    ),
    "moodle.precision": "유효숫자 [[digits]]자리로 답하세요.",
    "moodle.choice.infinite": "$+\\infty$: $Q_2$가 $P$의 확률이 양수인 범주에 확률 0을 줍니다.",
    "moodle.choice.finite": "유한한 양수: $p > 0$인 범주마다 유한한 항이 더해집니다.",
    "moodle.choice.zero": "$0$: 확률이 0인 범주는 합에 아무것도 더하지 않습니다.",
    "moodle.choice.undefined": "$\\log 0$이 정의되지 않으므로 값이 아예 없습니다.",
}
