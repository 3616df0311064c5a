"""Words of the handout's own sections (``handout.*``), in English and Korean.

Messages may hold inline math between ``$`` signs and ``[[name]]`` fields.
"""

EN: dict[str, str] = {
    "handout.title": "KL divergence: the price of using the wrong distribution",
    "handout.subtitle": "Entropy, cross-entropy, KL divergence and Jensen-Shannon divergence, with exact numbers",
    "handout.why.heading": "Why another measure beside cross-entropy?",
    "handout.why.p1": (
        "Suppose outcomes are drawn from a distribution $P$, but we describe them with a model $Q$. "
        "Cross-entropy $H(P, Q)$ measures the average surprise of the outcomes when they are scored with $Q$. "
        "It bundles two different things: the uncertainty that $P$ has on its own, which no model can remove, "
        "and the extra cost of having chosen $Q$ instead of $P$."
    ),
    "handout.why.p2": (
        "KL divergence keeps only the second part. It is 0 when the model is perfect and grows as the model "
        "drifts away from the truth, so it answers the question \u201chow wrong is $Q$ about $P$?\u201d directly."
    ),
    "handout.why.analogy": (
        "A picture to keep in mind: a weather station sends a short code every morning, using shorter codes "
        "for more likely weather. If its code book was designed for the real climate $P$, the average code "
        "length is the entropy $H(P)$, and no code book can beat it. If the code book was designed for a "
        "mistaken climate $Q$, messages are longer on average: $H(P, Q)$. The extra length per message is "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$."
    ),
    "handout.definition.heading": "The definition, and KL = cross-entropy \u2212 entropy",
    "handout.definition.intro": (
        "For two distributions over the same $n$ categories, with probabilities $p_i$ and $q_i$, KL divergence "
        "is the average, under $P$, of the log-ratio $\\log(p_i/q_i)$. Splitting the logarithm shows that it is "
        "exactly cross-entropy minus entropy:"
    ),
    "handout.definition.after": (
        "Every line above was checked by SymPy before it was printed. A category with $p_i = 0$ adds nothing "
        "(by the convention $0 \\log 0 = 0$); a category with $p_i > 0$ but $q_i = 0$ makes the divergence infinite."
    ),
    "handout.example1.heading": "Worked example 1",
    "handout.example2.heading": "Worked example 2: a closer model",
    "handout.example2.intro": (
        "Keep the same $P$ but use a model closer to it, $Q = ([[q]])$. The divergence should shrink, and it does."
    ),
    "handout.example2.compare": (
        "$D_{\\mathrm{KL}}$ falls from $[[first]]$ to $[[second]]$ [[unit]]: the closer the model, the smaller the "
        "extra cost. The chart follows a whole path of models from the first $Q$ to $P$."
    ),
    "handout.example2.heading_other": "Worked example 2: another model",
    "handout.example2.intro_other": "Keep the same $P$ and try another model, $Q = ([[q]])$.",
    "handout.example2.compare_other": (
        "$D_{\\mathrm{KL}}$ goes from $[[first]]$ to $[[second]]$ [[unit]]: this model is not closer to $P$ than "
        "the first one. The chart follows a whole path of models from the first $Q$ to $P$, along which the "
        "divergence does fall to 0."
    ),
    "handout.asymmetry.different": "Close or not, the two directions differ.",
    "handout.asymmetry.equal": "Here the two happen to be equal; in general they are not.",
    "handout.asymmetry.infinite": "One direction is infinite and the other is not: the zeros are in different places.",
    "handout.asymmetry.both_infinite": (
        "Both directions are infinite: each distribution has a zero where the other one is positive."
    ),
    "handout.asymmetry.heading": "Asymmetry: which distribution is the truth?",
    "handout.asymmetry.intro": (
        "For the pair of example 2, swap the roles: $D_{\\mathrm{KL}}(Q \\parallel P) [[reverse]]$ [[unit]] "
        "while $D_{\\mathrm{KL}}(P \\parallel Q) [[forward]]$ [[unit]]. [[verdict]]"
    ),
    "handout.asymmetry.why": (
        "The two numbers average different things. $D_{\\mathrm{KL}}(P \\parallel Q)$ weighs each category by how "
        "often it happens under $P$; $D_{\\mathrm{KL}}(Q \\parallel P)$ weighs it by $Q$. A model that puts too "
        "little probability on something common is punished hard in the first; in the second, the roles turn "
        "around. Here are both directions for this pair, computed exactly and checked:"
    ),
    "handout.range.heading": "Between 0 and infinity",
    "handout.range.intro": (
        "KL divergence is never negative (Gibbs' inequality). The proof uses one fact about logarithms, "
        "$\\log x \\le x - 1$, applied to every term. The proof takes every $p_i$ and $q_i$ positive. A category "
        "with $p_i > 0 = q_i$ makes the divergence infinite. Categories with $p_i = 0$ add nothing; leave them out, "
        "and the $q_i$ that remain sum to at most 1, so the last line of the proof is $1 - \\sum q_i \\ge 0$ "
        "and the conclusion stands:"
    ),
    "handout.range.zero": "Equality holds only when $q_i = p_i$ for every category, that is when $Q = P$.",
    "handout.range.infinite": (
        "There is no upper bound. Take $Q = ([[q]])$, which gives probability 0 to a category that $P$ uses:"
    ),
    "handout.jsd.heading": "Jensen-Shannon divergence",
    "handout.jsd.intro": (
        "Jensen-Shannon divergence repairs both weaknesses of KL divergence. It compares $P$ and $Q$ with "
        "their average $M = (P + Q)/2$:"
    ),
    "handout.jsd.properties": (
        "It is symmetric, it is 0 only when $P = Q$, and since $M \\ge P/2$ each KL divergence to $M$ is at most "
        "$\\log 2$; so $0 \\le \\mathrm{JSD} \\le \\log 2$ ($1$ bit), finite even when the supports differ."
    ),
    "handout.jsd.compare": (
        "A common slip calls $\\tfrac{1}{2}(D_{\\mathrm{KL}}(P \\parallel Q) + D_{\\mathrm{KL}}(Q \\parallel P))$, "
        "half the Jeffreys divergence, \u201cthe Jensen-Shannon divergence\u201d. It is symmetric too, but it is "
        "a different quantity: no mixture, no upper bound, and infinite as soon as the zeros differ. "
        "The table puts the two side by side for the pairs of this handout:"
    ),
    "handout.jsd.pair": "pair",
    "handout.jsd.jsd": "JSD",
    "handout.jsd.half_jeffreys": "half Jeffreys",
    "handout.jsd.caption": "Values in [[unit]]. Only the JSD column is guaranteed to be at most $[[bound]]$ (equal only when the supports do not overlap).",
    "handout.summary.heading": "Summary",
    "handout.summary.measure": "measure",
    "handout.summary.formula": "formula",
    "handout.summary.symmetric": "symmetric",
    "handout.summary.range": "range",
    "handout.summary.value": "example 1",
    "handout.summary.yes": "yes",
    "handout.summary.no": "no",
    "handout.summary.entropy": "entropy",
    "handout.summary.cross_entropy": "cross-entropy",
    "handout.summary.kl": "KL divergence",
    "handout.summary.jeffreys": "Jeffreys divergence",
    "handout.summary.jsd": "Jensen-Shannon divergence",
    "handout.exercises.heading": "Exercises",
    "handout.answers.heading": "Answers",
}

KO: dict[str, str] = {
    "handout.title": "KL 발산: 잘못된 분포를 쓸 때 치르는 대가",
    "handout.subtitle": "엔트로피, 교차 엔트로피, KL 발산, 젠슨-섀넌 발산을 정확한 수치와 함께",
    "handout.why.heading": "교차 엔트로피가 있는데 왜 또 다른 척도가 필요할까?",
    "handout.why.p1": (
        "결과가 분포 $P$에서 나오는데 우리는 모델 $Q$로 그 결과를 설명한다고 합시다. 교차 엔트로피 "
        "$H(P, Q)$는 결과를 $Q$로 평가할 때의 평균 놀라움입니다. 여기에는 서로 다른 두 가지가 섞여 있습니다. "
        "하나는 어떤 모델로도 없앨 수 없는 $P$ 자체의 불확실성이고, 다른 하나는 $P$ 대신 $Q$를 고른 데서 "
        "생기는 추가 비용입니다."
    ),
    "handout.why.p2": (
        "KL 발산은 두 번째 부분만 남깁니다. 모델이 완벽하면 0이고, 모델이 참 분포에서 멀어질수록 커집니다. "
        "그래서 \u201c$Q$는 $P$에 대해 얼마나 틀렸는가?\u201d라는 질문에 바로 답합니다."
    ),
    "handout.why.analogy": (
        "이렇게 떠올려 보세요. 기상대가 매일 아침 짧은 부호를 보내는데, 자주 오는 날씨일수록 짧은 부호를 "
        "씁니다. 부호표를 실제 기후 $P$에 맞춰 만들었다면 평균 부호 길이는 엔트로피 $H(P)$이고, 어떤 "
        "부호표도 이보다 짧을 수 없습니다. 잘못 알고 있는 기후 $Q$에 맞춰 만들었다면 평균 길이는 "
        "$H(P, Q)$로 늘어납니다. 메시지 하나당 늘어난 길이가 바로 $D_{\\mathrm{KL}}(P \\parallel Q)$입니다."
    ),
    "handout.definition.heading": "정의, 그리고 KL = 교차 엔트로피 \u2212 엔트로피",
    "handout.definition.intro": (
        "같은 $n$개의 범주 위에서 확률이 $p_i$와 $q_i$인 두 분포에 대해, KL 발산은 로그 비율 "
        "$\\log(p_i/q_i)$의 $P$에 대한 평균입니다. 로그를 두 항으로 나누어 보면 정확히 교차 엔트로피에서 "
        "엔트로피를 뺀 값이 됩니다."
    ),
    "handout.definition.after": (
        "위의 모든 줄은 출력하기 전에 SymPy로 검증했습니다. $p_i = 0$인 범주는 기여하지 않고"
        "($0 \\log 0 = 0$이라는 관례), $p_i > 0$인데 $q_i = 0$인 범주가 있으면 발산은 무한대가 됩니다."
    ),
    "handout.example1.heading": "풀이 예제 1",
    "handout.example2.heading": "풀이 예제 2: 더 가까운 모델",
    "handout.example2.intro": (
        "$P$는 그대로 두고, $P$에 더 가까운 모델 $Q = ([[q]])$에 대해 같은 계산을 해 봅시다. "
        "발산이 줄어들어야 하고, 실제로 줄어듭니다."
    ),
    "handout.example2.compare": (
        "$D_{\\mathrm{KL}}$이 $[[first]]$에서 $[[second]]$ [[unit]]까지 줄었습니다. 모델이 가까울수록 추가 "
        "비용이 작습니다. 아래 그래프는 처음의 $Q$에서 $P$까지 이어지는 모델들의 경로 전체를 따라갑니다."
    ),
    "handout.example2.heading_other": "풀이 예제 2: 다른 모델",
    "handout.example2.intro_other": "$P$는 그대로 두고 다른 모델 $Q = ([[q]])$에 대해 같은 계산을 해 봅시다.",
    "handout.example2.compare_other": (
        "$D_{\\mathrm{KL}}$ 값은 처음 모델이 $[[first]]$, 이 모델이 $[[second]]$입니다(단위: [[unit]]). 이 모델은 "
        "첫 번째 모델보다 $P$에 가깝지 않습니다. 아래 그래프는 처음의 $Q$에서 $P$까지 이어지는 모델들의 경로를 "
        "따라가며, 그 경로에서는 발산이 0까지 줄어듭니다."
    ),
    "handout.asymmetry.different": "가깝든 멀든 두 방향의 값은 다릅니다.",
    "handout.asymmetry.equal": "이 경우에는 두 값이 우연히 같지만, 일반적으로는 다릅니다.",
    "handout.asymmetry.infinite": "한 방향은 무한대이고 다른 방향은 유한합니다. 두 분포의 0의 위치가 다르기 때문입니다.",
    "handout.asymmetry.both_infinite": (
        "두 방향 모두 무한대입니다. 각 분포가 상대 분포에서는 확률이 양수인 곳에 0을 두기 때문입니다."
    ),
    "handout.asymmetry.heading": "비대칭성: 어느 쪽이 참 분포인가?",
    "handout.asymmetry.intro": (
        "예제 2의 두 분포에서 역할을 바꾸면 $D_{\\mathrm{KL}}(Q \\parallel P) [[reverse]]$ [[unit]]이고, "
        "$D_{\\mathrm{KL}}(P \\parallel Q) [[forward]]$ [[unit]]입니다. [[verdict]]"
    ),
    "handout.asymmetry.why": (
        "두 값은 서로 다른 것을 평균합니다. $D_{\\mathrm{KL}}(P \\parallel Q)$는 각 범주를 $P$에서의 빈도로, "
        "$D_{\\mathrm{KL}}(Q \\parallel P)$는 $Q$에서의 빈도로 가중합니다. 자주 일어나는 일에 너무 작은 "
        "확률을 준 모델은 앞의 값에서 크게 벌을 받고, 뒤의 값에서는 역할이 뒤바뀝니다. "
        "이 분포 쌍에서 두 방향의 값을 정확히 계산하고 검증하면 다음과 같습니다."
    ),
    "handout.range.heading": "0과 무한대 사이",
    "handout.range.intro": (
        "KL 발산은 절대 음수가 되지 않습니다(깁스 부등식). 증명에 필요한 것은 로그에 관한 사실 하나, "
        "$\\log x \\le x - 1$뿐이며, 이를 모든 항에 적용합니다. 증명에서는 모든 $p_i$와 $q_i$가 양수라고 "
        "둡니다. $p_i > 0 = q_i$인 범주가 있으면 발산은 무한대입니다. $p_i = 0$인 범주는 기여하지 않으므로 빼면, "
        "남은 $q_i$의 합은 1 이하이고 증명의 마지막 줄은 $1 - \\sum q_i \\ge 0$이 되어 결론은 그대로입니다."
    ),
    "handout.range.zero": "등호는 모든 범주에서 $q_i = p_i$일 때, 즉 $Q = P$일 때만 성립합니다.",
    "handout.range.infinite": (
        "상한은 없습니다. $Q = ([[q]])$처럼 $P$에서는 확률이 양수인 범주에 확률 0을 주는 모델을 생각해 봅시다."
    ),
    "handout.jsd.heading": "젠슨-섀넌 발산",
    "handout.jsd.intro": (
        "젠슨-섀넌 발산은 KL 발산의 두 약점을 모두 고칩니다. $P$와 $Q$를 둘의 평균 $M = (P + Q)/2$와 비교합니다."
    ),
    "handout.jsd.properties": (
        "JSD는 대칭이고, $P = Q$일 때만 0이며, $M \\ge P/2$이므로 $M$에 대한 각 KL 발산은 $\\log 2$ "
        "이하입니다. 따라서 $0 \\le \\mathrm{JSD} \\le \\log 2$($1$ 비트)이고, 두 분포의 지지집합(support)이 "
        "달라도 유한합니다."
    ),
    "handout.jsd.compare": (
        "흔한 실수는 제프리스 발산의 절반인 $\\tfrac{1}{2}(D_{\\mathrm{KL}}(P \\parallel Q) + "
        "D_{\\mathrm{KL}}(Q \\parallel P))$를 \u201c젠슨-섀넌 발산\u201d이라고 부르는 것입니다. 이 값도 대칭이지만 "
        "전혀 다른 양입니다. 혼합 분포가 없고, 상한도 없으며, 0의 위치가 다르면 바로 무한대가 됩니다. "
        "아래 표는 이 자료에 나온 분포 쌍들에 대해 두 값을 나란히 보여 줍니다."
    ),
    "handout.jsd.pair": "분포 쌍",
    "handout.jsd.jsd": "JSD",
    "handout.jsd.half_jeffreys": "제프리스 발산의 절반",
    "handout.jsd.caption": "단위: [[unit]]. $[[bound]]$ 이하임이 보장되는 것은 JSD 열뿐입니다(같아지는 것은 지지집합이 겹치지 않을 때뿐).",
    "handout.summary.heading": "정리",
    "handout.summary.measure": "척도",
    "handout.summary.formula": "식",
    "handout.summary.symmetric": "대칭",
    "handout.summary.range": "범위",
    "handout.summary.value": "예제 1",
    "handout.summary.yes": "예",
    "handout.summary.no": "아니요",
    "handout.summary.entropy": "엔트로피",
    "handout.summary.cross_entropy": "교차 엔트로피",
    "handout.summary.kl": "KL 발산",
    "handout.summary.jeffreys": "제프리스 발산",
    "handout.summary.jsd": "젠슨-섀넌 발산",
    "handout.exercises.heading": "연습 문제",
    "handout.answers.heading": "정답",
}
