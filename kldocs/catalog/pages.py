"""Words of the pages and the command line (not of derivation steps).

Messages may hold inline math between ``$`` signs (LaTeX written by
kldocs) and ``[[name]]`` fields filled by the page models.
"""

EN: dict[str, str] = {
    "unit.nats": "nats",
    "sheet.name": "Name",
    "unit.bits": "bits",
    "unit.bans": "bans",
    "unit.other": "log-base-[[base]] units",
    "unit.nat": "nat",
    "unit.bit": "bit",
    "unit.ban": "ban",
    "unit.other.one": "log-base-[[base]] unit",
    # The worked example.
    "example.title": "A worked example of KL divergence",
    "example.subtitle": "Every number on this page was computed exactly and every step was checked by kldocs.",
    "example.data.heading": "The two distributions",
    "example.data.intro": (
        "We compare a distribution $P$ over [[n]] categories with a second distribution $Q$ over the same "
        "categories. Think of $P$ as how things really are and of $Q$ as the model we use in its place."
    ),
    "example.data.category": "category",
    "example.data.caption": "Both columns sum to 1.",
    "example.data.normalized": "[[name]] was given as weights and rescaled to sum to 1.",
    "example.chart.distributions.title": "P and Q side by side",
    "example.chart.distributions.alt": "Bar chart of P and Q over the categories.",
    "example.chart.distributions.caption": "$P$ and $Q$, category by category.",
    "example.chart.category": "category",
    "example.chart.probability": "probability",
    "example.kl.heading": "KL divergence, term by term",
    "example.kl.intro": (
        "KL divergence adds up, over the categories, how much $\\log(p_i/q_i)$ each one contributes, weighted "
        "by how often it happens under $P$. Logarithms here are [[log_name]], so the result is in [[unit]]."
    ),
    "example.kl.result": (
        "$D_{\\mathrm{KL}}(P \\parallel Q) = [[exact]] \\approx [[value]]$ [[unit]], that is $[[other]]$ "
        "[[other_unit]] (rounded to [[digits]] significant digits)."
    ),
    "example.kl.result_rational": (
        "$D_{\\mathrm{KL}}(P \\parallel Q) = [[exact]]$ [[unit]] exactly, that is $[[other]]$ [[other_unit]] "
        "(rounded to [[digits]] significant digits)."
    ),
    "example.kl.result_zero": (
        "$D_{\\mathrm{KL}}(P \\parallel Q) = 0$ exactly, in every unit: $P$ and $Q$ are the same distribution."
    ),
    "example.kl.precise": "To [[precise_digits]] significant digits: $[[precise]]$.",
    "example.kl.zero": (
        "Category [[label]] has $p = 0$. Its term is $0 \\cdot \\log(0/q) = 0$: by the usual convention "
        "$0 \\log 0 = 0$, an outcome that never happens under $P$ cannot add to the divergence."
    ),
    "example.kl.infinite": (
        "Category [[label]] has $p = [[p]]$ under $P$ but $q = 0$ under $Q$. The term $p \\log(p/0)$ is infinite, "
        "so $D_{\\mathrm{KL}}(P \\parallel Q) = \\infty$: a model that rules out something that does happen is "
        "infinitely surprised by it."
    ),
    "example.kl.summary": (
        "With [[n]] categories a term-by-term line would not fit; the table lists the [[shown]] categories "
        "that contribute most (in absolute value)."
    ),
    "example.kl.summary.caption": "The remaining terms together contribute [[rest]].",
    "example.terms.term": "term $p_i \\log(p_i/q_i)$",
    "example.chart.terms.title": "Contribution of each category",
    "example.chart.terms.alt": (
        "Signed bar chart of each category's term p log(p/q); negative bars are categories where Q gives "
        "more probability than P."
    ),
    "example.chart.terms.series": "$p_i \\log(p_i/q_i)$",
    "example.chart.terms.caption": (
        "Each category's term $p_i \\log(p_i/q_i)$; a negative bar is a category to which $Q$ gives more probability "
        "than $P$. The bars add up to $D_{\\mathrm{KL}}(P \\parallel Q)$."
    ),
    "example.ce.heading": "The same number from cross-entropy and entropy",
    "example.ce.intro": (
        "Cross-entropy $H(P, Q)$ is the average surprise when outcomes come from $P$ but we score them "
        "with $Q$; entropy $H(P)$ is the surprise we would have with $P$ itself. KL divergence is the "
        "difference: the extra surprise caused by using $Q$."
    ),
    "example.ce.result": ("$H(P, Q) [[ce]]$ and $H(P) [[h]]$, so $H(P, Q) - H(P) [[kl]]$ [[unit]], the same value."),
    "example.ce.infinite": "$H(P, Q)$ is infinite for the same reason as the divergence.",
    "example.chart.stack.title": "Cross-entropy = entropy + KL divergence",
    "example.chart.stack.alt": (
        "Stacked bars: for each direction, the entropy of the reference distribution with the KL divergence "
        "on top add up to the cross-entropy."
    ),
    "example.chart.stack.entropy": "entropy of the reference",
    "example.chart.stack.kl": "$D_{\\mathrm{KL}}$",
    "example.chart.stack.caption": (
        "For each direction, the entropy of the reference plus the KL divergence is the cross-entropy: "
        "$H(P, Q) = H(P) + D_{\\mathrm{KL}}(P \\parallel Q)$. The KL parts are small, so they are drawn again "
        "on their own scale on the right."
    ),
    "example.reverse.heading": "The other direction",
    "example.reverse.intro": (
        "KL divergence is not symmetric. Swap the roles, with $Q$ as the truth and $P$ as the model, and compare:"
    ),
    "example.reverse.result": (
        "$D_{\\mathrm{KL}}(Q \\parallel P) [[reverse]]$ [[unit]], against "
        "$D_{\\mathrm{KL}}(P \\parallel Q) [[forward]]$ [[unit]]."
    ),
    "example.reverse.larger": (
        "The divergence is larger when [[larger]] is the reference: the distribution we average over decides "
        "which mistakes count the most. That is why one always says which distribution is the truth."
    ),
    "example.reverse.equal": "Here the two directions happen to agree exactly; in general they do not.",
    "example.reverse.infinite": "One direction is infinite and the other is not: the zeros are not in the same places.",
    "example.reverse.both_infinite": (
        "Both directions are infinite: each distribution gives probability 0 to a category where the other one is "
        "positive, so neither can stand in for the other."
    ),
    "example.jsd.heading": "Jensen-Shannon divergence",
    "example.jsd.intro": (
        "Jensen-Shannon divergence compares both distributions with their average $M = (P + Q)/2$ and "
        "takes the mean of the two KL divergences to $M$. Because $M$ is never 0 where $P$ or $Q$ is "
        "positive, it is always finite, it is symmetric, and it never exceeds $\\log 2$."
    ),
    "example.jsd.mixture": "the mixture $M$",
    "example.jsd.result": (
        "$\\mathrm{JSD}(P, Q) [[jsd]]$ [[unit]] (at most $[[bound]]$ [[bound_unit]]). Its "
        "square root, the Jensen-Shannon distance $\\sqrt{\\mathrm{JSD}(P, Q)} [[distance]]$, is a true metric and is "
        "what scipy.spatial.distance.jensenshannon returns (with its default natural logarithm in nats, or with the "
        "matching base argument)."
    ),
    "example.jsd.not_jeffreys": (
        "Do not confuse it with $\\tfrac{1}{2}(D_{\\mathrm{KL}}(P \\parallel Q) + D_{\\mathrm{KL}}(Q \\parallel P))"
        " [[half_jeffreys]]$, half the Jeffreys divergence, which is sometimes mislabelled JSD: it has "
        "no upper bound and is infinite as soon as the zeros of $P$ and $Q$ differ."
    ),
    "example.path.heading": "Moving Q towards P",
    "example.path.intro": (
        "Slide $Q$ towards $P$ along $Q_t = (1 - t)\\,Q + t\\,P$. At $t = 0$ we have $Q$, at $t = 1$ we have $P$, "
        "and both divergences shrink to 0 as the two distributions meet."
    ),
    "example.path.infinite": (
        "One direction is not drawn: $D_{\\mathrm{KL}}(Q_t \\parallel P)$ is infinite for every $t < 1$, because $Q_t$ "
        "gives probability to a category where $P$ has none. Only at $t = 1$, where $Q_t = P$, does it drop to 0."
    ),
    "example.chart.path.title": "Both directions fall to 0 as Q approaches P",
    "example.chart.path.alt": "Line chart of D(P||Q_t) and D(Q_t||P) for t from 0 to 1; both reach 0 at t = 1.",
    "example.chart.path.x": "$t$",
    "example.chart.path.forward": "$D_{\\mathrm{KL}}(P\\,\\|\\,Q_t)$",
    "example.chart.path.backward": "$D_{\\mathrm{KL}}(Q_t\\,\\|\\,P)$",
    "example.chart.path.caption": (
        "$D_{\\mathrm{KL}}(P \\parallel Q_t)$ and $D_{\\mathrm{KL}}(Q_t \\parallel P)$ along "
        "$Q_t = (1 - t)\\,Q + t\\,P$, for $t$ from 0 to 1: both reach 0 at $t = 1$."
    ),
    "log.e": "natural (base e)",
    "log.2": "base 2",
    "log.10": "base 10",
    "log.other": "base [[base]]",
}

KO: dict[str, str] = {
    "unit.nats": "내트",
    "sheet.name": "이름",
    "unit.bits": "비트",
    "unit.bans": "밴",
    "unit.other": "밑이 [[base]]인 로그 단위",
    "unit.nat": "내트",
    "unit.bit": "비트",
    "unit.ban": "밴",
    "unit.other.one": "밑이 [[base]]인 로그 단위",
    "example.title": "KL 발산 풀이 예제",
    "example.subtitle": "이 페이지의 모든 수치는 정확히 계산한 값이며, 모든 단계는 kldocs가 검증했습니다.",
    "example.data.heading": "두 분포",
    "example.data.intro": (
        "[[n]]개의 범주 위의 분포 $P$를 같은 범주 위의 두 번째 분포 $Q$와 비교합니다. $P$는 실제 세계의 "
        "분포, $Q$는 그 대신 사용하는 모델이라고 생각하면 됩니다."
    ),
    "example.data.category": "범주",
    "example.data.caption": "두 열 모두 합이 1입니다.",
    "example.data.normalized": "[[name]] 분포는 가중치로 주어져서 합이 1이 되도록 정규화했습니다.",
    "example.chart.distributions.title": "P와 Q 비교",
    "example.chart.distributions.alt": "범주별 P와 Q의 막대그래프.",
    "example.chart.distributions.caption": "범주별 $P$와 $Q$.",
    "example.chart.category": "범주",
    "example.chart.probability": "확률",
    "example.kl.heading": "항별로 계산한 KL 발산",
    "example.kl.intro": (
        "KL 발산은 범주마다 $\\log(p_i/q_i)$를 구하고, $P$에서 그 범주가 나타나는 빈도로 가중하여 모두 "
        "더한 값입니다. 여기서 로그는 [[log_name]]이므로 결과의 단위는 [[unit]]입니다."
    ),
    "example.kl.result": (
        "$D_{\\mathrm{KL}}(P \\parallel Q) = [[exact]] \\approx [[value]]$ [[unit]], 즉 $[[other]]$ "
        "[[other_unit]]입니다(유효숫자 [[digits]]자리로 반올림)."
    ),
    "example.kl.result_rational": (
        "$D_{\\mathrm{KL}}(P \\parallel Q) = [[exact]]$ [[unit]](정확한 값), 즉 $[[other]]$ "
        "[[other_unit]]입니다(유효숫자 [[digits]]자리로 반올림)."
    ),
    "example.kl.result_zero": (
        "$D_{\\mathrm{KL}}(P \\parallel Q) = 0$입니다. $P$와 $Q$가 같은 분포이므로 어떤 단위로도 정확히 0입니다."
    ),
    "example.kl.precise": "유효숫자 [[precise_digits]]자리로는 $[[precise]]$입니다.",
    "example.kl.zero": (
        "범주 [[label]]에서는 $p = 0$입니다. 통상적인 관례 $0 \\log 0 = 0$에 따라 이 항은 "
        "$0 \\cdot \\log(0/q) = 0$입니다. $P$에서 결코 일어나지 않는 결과는 발산을 키울 수 없습니다."
    ),
    "example.kl.infinite": (
        "범주 [[label]]에서 $P$의 확률은 $p = [[p]]$이지만 $Q$의 확률은 $q = 0$입니다. 항 $p \\log(p/0)$이 "
        "무한대이므로 $D_{\\mathrm{KL}}(P \\parallel Q) = \\infty$입니다. 실제로 일어나는 일을 불가능하다고 보는 "
        "모델은 그 일이 일어나면 무한히 놀라게 됩니다."
    ),
    "example.kl.summary": (
        "범주가 [[n]]개나 되어 항별 전개를 한 줄에 담을 수 없으므로, 표에는 기여의 절댓값이 가장 큰 "
        "[[shown]]개 범주만 싣습니다."
    ),
    "example.kl.summary.caption": "나머지 항들의 기여를 모두 더하면 [[rest]]입니다.",
    "example.terms.term": "항 $p_i \\log(p_i/q_i)$",
    "example.chart.terms.title": "범주별 기여",
    "example.chart.terms.alt": (
        "각 범주의 항 p log(p/q)를 부호와 함께 나타낸 막대그래프. 음수 막대는 Q가 P보다 큰 확률을 준 범주입니다."
    ),
    "example.chart.terms.series": "$p_i \\log(p_i/q_i)$",
    "example.chart.terms.caption": (
        "범주별 항 $p_i \\log(p_i/q_i)$. 음수 막대는 $Q$가 $P$보다 큰 확률을 준 범주입니다. 막대를 모두 더하면 "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$입니다."
    ),
    "example.ce.heading": "교차 엔트로피와 엔트로피로 얻는 같은 값",
    "example.ce.intro": (
        "교차 엔트로피 $H(P, Q)$는 결과가 $P$에서 나오는데 $Q$로 평가할 때의 평균 놀라움이고, 엔트로피 "
        "$H(P)$는 $P$ 자신으로 평가할 때의 평균 놀라움입니다. KL 발산은 그 차이, 즉 $Q$를 썼기 때문에 생긴 "
        "추가 놀라움입니다."
    ),
    "example.ce.result": (
        "$H(P, Q) [[ce]]$, $H(P) [[h]]$이므로 $H(P, Q) - H(P) [[kl]]$ [[unit]]이며, 앞에서 구한 값과 같습니다."
    ),
    "example.ce.infinite": "같은 이유로 $H(P, Q)$도 무한대입니다.",
    "example.chart.stack.title": "교차 엔트로피 = 엔트로피 + KL 발산",
    "example.chart.stack.alt": (
        "누적 막대그래프: 각 방향에서 기준 분포의 엔트로피 위에 KL 발산을 쌓으면 교차 엔트로피가 됩니다."
    ),
    "example.chart.stack.entropy": "기준 분포의 엔트로피",
    "example.chart.stack.kl": "$D_{\\mathrm{KL}}$",
    "example.chart.stack.caption": (
        "각 방향에서 기준 분포의 엔트로피에 KL 발산을 더하면 교차 엔트로피입니다: "
        "$H(P, Q) = H(P) + D_{\\mathrm{KL}}(P \\parallel Q)$. KL 부분은 작아서 오른쪽에 따로 확대해 그렸습니다."
    ),
    "example.reverse.heading": "반대 방향",
    "example.reverse.intro": (
        "KL 발산은 대칭이 아닙니다. 역할을 바꾸어 $Q$를 참 분포로, $P$를 모델로 두고 비교해 봅시다."
    ),
    "example.reverse.result": (
        "$D_{\\mathrm{KL}}(Q \\parallel P) [[reverse]]$ [[unit]]이고, "
        "$D_{\\mathrm{KL}}(P \\parallel Q) [[forward]]$ [[unit]]입니다."
    ),
    "example.reverse.larger": (
        "기준 분포가 [[larger]]일 때 발산이 더 큽니다. 어느 분포로 평균을 내느냐에 따라 어떤 실수가 가장 "
        "크게 반영되는지가 달라지기 때문입니다. 그래서 어느 분포를 참 분포로 보는지 항상 밝혀야 합니다."
    ),
    "example.reverse.equal": "이 경우에는 두 방향의 값이 정확히 같지만, 일반적으로는 다릅니다.",
    "example.reverse.infinite": "한 방향은 무한대이고 다른 방향은 유한합니다. 두 분포의 0의 위치가 다르기 때문입니다.",
    "example.reverse.both_infinite": (
        "두 방향 모두 무한대입니다. 각 분포가 상대 분포에서는 확률이 양수인 범주에 확률 0을 주므로, "
        "어느 쪽도 다른 쪽을 대신할 수 없습니다."
    ),
    "example.jsd.heading": "젠슨-섀넌 발산",
    "example.jsd.intro": (
        "젠슨-섀넌 발산은 두 분포를 각각 평균 분포 $M = (P + Q)/2$와 비교하여, $M$에 대한 두 KL 발산의 "
        "평균을 취합니다. $P$나 $Q$가 양수인 곳에서는 $M$도 0이 아니므로 이 값은 항상 유한합니다. 또한 "
        "대칭이고, $\\log 2$를 넘지 않습니다."
    ),
    "example.jsd.mixture": "혼합 분포 $M$",
    "example.jsd.result": (
        "$\\mathrm{JSD}(P, Q) [[jsd]]$ [[unit]]이며, 상한은 $[[bound]]$ [[bound_unit]]입니다. "
        "그 제곱근인 젠슨-섀넌 거리는 $\\sqrt{\\mathrm{JSD}(P, Q)} [[distance]]$입니다. 젠슨-섀넌 거리는 거리 공리를 만족하는 "
        "진짜 거리(metric)이며, scipy.spatial.distance.jensenshannon이 돌려주는 값도 이것입니다(기본값인 자연로그, "
        "곧 내트 기준이며, 다른 밑은 base 인자로 맞춥니다)."
    ),
    "example.jsd.not_jeffreys": (
        "이 값을 제프리스 발산의 절반과 혼동하지 마세요. 제프리스 발산의 절반은 "
        "$\\tfrac{1}{2}(D_{\\mathrm{KL}}(P \\parallel Q) + D_{\\mathrm{KL}}(Q \\parallel P)) [[half_jeffreys]]$"
        "이며, 종종 JSD로 잘못 불리지만 상한이 없고, $P$와 $Q$의 0의 위치가 다르면 바로 무한대가 됩니다."
    ),
    "example.path.heading": "Q를 P 쪽으로 옮기기",
    "example.path.intro": (
        "$Q_t = (1 - t)\\,Q + t\\,P$를 따라 $Q$를 $P$ 쪽으로 옮겨 봅시다. $t = 0$이면 $Q$, $t = 1$이면 $P$이고, "
        "두 분포가 만나면서 두 방향의 발산 모두 0으로 줄어듭니다."
    ),
    "example.path.infinite": (
        "한 방향은 그리지 않았습니다. $Q_t$가 $P$에서 확률이 0인 범주에 확률을 주기 때문에 $t < 1$인 모든 $t$에서 "
        "$D_{\\mathrm{KL}}(Q_t \\parallel P)$는 무한대입니다. $Q_t = P$가 되는 $t = 1$에서만 0으로 떨어집니다."
    ),
    "example.chart.path.title": "Q가 P에 다가갈수록 두 방향 모두 0으로",
    "example.chart.path.alt": "t가 0에서 1로 갈 때 D(P||Q_t)와 D(Q_t||P)의 꺾은선그래프. t = 1에서 둘 다 0.",
    "example.chart.path.x": "$t$",
    "example.chart.path.forward": "$D_{\\mathrm{KL}}(P\\,\\|\\,Q_t)$",
    "example.chart.path.backward": "$D_{\\mathrm{KL}}(Q_t\\,\\|\\,P)$",
    "example.chart.path.caption": (
        "$Q_t = (1 - t)\\,Q + t\\,P$를 따라 $t$가 0에서 1로 갈 때의 $D_{\\mathrm{KL}}(P \\parallel Q_t)$와 "
        "$D_{\\mathrm{KL}}(Q_t \\parallel P)$. $t = 1$에서 둘 다 0입니다."
    ),
    "log.e": "자연로그(밑 e)",
    "log.2": "밑이 2인 로그",
    "log.10": "밑이 10인 로그(상용로그)",
    "log.other": "밑이 [[base]]인 로그",
}

EN.update(
    {
        # The handout.
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
)

KO.update(
    {
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
)
