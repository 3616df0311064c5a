"""Words of the pages and the command line (not of derivation steps).

Messages may hold inline math between ``$`` signs (LaTeX written by
kldocs) and ``[[name]]`` fields filled by the page models. ``EN`` and ``KO``
also hold the handout's words, kept in :mod:`kldocs.catalog.handout`.
"""

from kldocs.catalog import handout

__all__ = ["EN", "KO"]

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

EN.update(handout.EN)
KO.update(handout.KO)
