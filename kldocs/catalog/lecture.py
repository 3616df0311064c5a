"""Words of the lecture's own sections and of its slides (``lecture.*``, ``slides.*``).

Messages may hold inline math between ``$`` signs and ``[[name]]`` fields.
Chart texts that hold math hold no Hangul (a chart sets math in its own font).
"""

EN: dict[str, str] = {
    "lecture.date": "[[year]]-[[month]]-[[day]]",
    "lecture.fixed": (
        "A fixed example, the same on every handout: it needs more categories than your data has, so it is not "
        "built from it."
    ),
    "lecture.base.intro": (
        "This page measures in [[unit]]: every logarithm is to base $[[b]]$. The identities are written with the "
        "natural logarithm $\\ln$; changing the base divides both sides by $\\ln [[b]]$ and changes no identity:"
    ),
    "lecture.loss.heading": "Cross-entropy as a training loss",
    "lecture.loss.intro": (
        "A classifier is trained by minimising the cross-entropy $H(P, Q)$ between the data $P$ and the model $Q$. "
        "Why not the KL divergence? Because it makes no difference:"
    ),
    "lecture.loss.numbers": (
        "With the $P$ of this handout, no model can go below $H(P) \\approx [[h]]$ [[unit]]. The first model has "
        "$H(P, Q_1) [[ce1]]$ with $D_{\\mathrm{KL}}(P \\parallel Q_1) [[kl1]]$, the second $H(P, Q_2) [[ce2]]$ "
        "with $D_{\\mathrm{KL}}(P \\parallel Q_2) [[kl2]]$: model [[better]] has the lower loss and the smaller "
        "divergence."
    ),
    "lecture.loss.training": (
        "In training, $P$ is the data and stays fixed, so $H(P)$ is a constant: every step that lowers the "
        "cross-entropy lowers the KL divergence by exactly as much. Cross-entropy is cheaper to compute, since it "
        "needs no $\\log p_i$."
    ),
    "lecture.asymmetry.family": (
        "A special case, not a general identity: on two categories, with $P = (a, b)$ and $Q = (b, a)$ for "
        "$a, b > 0$ and $a + b = 1$, swapping $P$ and $Q$ only swaps the categories, so the two directions agree:"
    ),
    "lecture.fits.heading": "Forward and reverse KL: fitting a model",
    "lecture.fits.intro": (
        "Asymmetry matters most when we fit a model. Take a $\\tilde P$ with two peaks and a model $\\tilde Q$ with only one "
        "(a bell curve with centre $\\mu$ and spread $\\sigma$), and choose $\\mu$ and $\\sigma$ by minimising "
        "either $D_{\\mathrm{KL}}(\\tilde P \\parallel \\tilde Q)$ (forward) or $D_{\\mathrm{KL}}(\\tilde Q \\parallel \\tilde P)$ (reverse)."
    ),
    "lecture.chart.fits.forward": "$\\min_{\\tilde Q}\\, D_{\\mathrm{KL}}(\\tilde P\\,\\|\\,\\tilde Q)$",
    "lecture.chart.fits.reverse": "$\\min_{\\tilde Q}\\, D_{\\mathrm{KL}}(\\tilde Q\\,\\|\\,\\tilde P)$",
    "lecture.chart.fits.title": "One peak fitted to two",
    "lecture.chart.fits.alt": (
        "Bars of a two-peaked P over 30 categories, with the best one-peaked model by forward KL spread over both "
        "peaks and the best by reverse KL sitting on the taller peak."
    ),
    "lecture.chart.fits.caption": (
        "The two-peaked $\\tilde P$ (bars), the model that minimises $D_{\\mathrm{KL}}(\\tilde P \\parallel \\tilde Q)$ (solid) and the "
        "one that minimises $D_{\\mathrm{KL}}(\\tilde Q \\parallel \\tilde P)$ (dashed)."
    ),
    "lecture.fits.numbers": (
        "Minimised numerically over $\\mu$ and $\\sigma$ ([[n]] categories): the forward fit has $\\mu \\approx [[mu_f]]$, "
        "$\\sigma \\approx [[sigma_f]]$ and $D_{\\mathrm{KL}}(\\tilde P \\parallel \\tilde Q) \\approx [[d_f]]$ [[unit]]; the reverse fit has "
        "$\\mu \\approx [[mu_r]]$, $\\sigma \\approx [[sigma_r]]$ and $D_{\\mathrm{KL}}(\\tilde Q \\parallel \\tilde P) \\approx [[d_r]]$ [[unit]]. "
        "Each minimum was checked: no neighbouring $(\\mu, \\sigma)$ gives a smaller divergence."
    ),
    "lecture.fits.lesson": (
        "The forward divergence averages over $\\tilde P$: wherever $\\tilde P$ has mass and $\\tilde Q$ has little, it pays a lot, so the "
        "fit covers both peaks and puts mass between them (mass-covering). The reverse divergence averages over "
        "$\\tilde Q$: wherever $\\tilde Q$ puts mass that $\\tilde P$ lacks, it pays a lot, so the fit sits on one peak and ignores the "
        "other (mode-seeking). Maximum likelihood is the forward direction; variational inference uses the reverse one."
    ),
    "lecture.metric.heading": "KL divergence is not a metric",
    "lecture.metric.intro": (
        "A distance must be symmetric and obey the triangle inequality: going through a third point is never "
        "shorter. KL divergence fails both. For the triangle take $P = ([[p]])$ and $Q = ([[q]])$ and, halfway "
        "between them, their mixture $M = (P + Q)/2 = ([[m]])$:"
    ),
    "lecture.metric.fixed": (
        "Your $P$ and $Q$ cannot show it (they are equal, or a divergence is infinite), so this is a fixed example."
    ),
    "lecture.metric.after": (
        "The detour through $M$ is shorter than the direct way. Near $P$, KL divergence grows like the square of the "
        "distance, and squares of halves add up to less than the square of the whole."
    ),
    "lecture.jeffreys.intro": (
        "Adding both directions repairs the symmetry. The Jeffreys divergence is "
        "$J(P, Q) = D_{\\mathrm{KL}}(P \\parallel Q) + D_{\\mathrm{KL}}(Q \\parallel P)$:"
    ),
    "lecture.jeffreys.after": (
        "It is symmetric and never negative, but, like KL divergence, it has no upper bound and is infinite as soon "
        "as one distribution has a zero where the other does not."
    ),
    "lecture.jsd.disjoint": (
        "The bound is reached. A fixed example, since your data overlap: $P = (1, 0)$ and $Q = (0, 1)$ share no "
        "category, and their JSD is exactly $\\log 2$, in [[unit]]:"
    ),
    "lecture.gaussian.heading": "Two normal distributions",
    "lecture.gaussian.intro": (
        "For continuous distributions the sum becomes an integral. Between two normal distributions the integral "
        "has a closed form, which SymPy checks line by line:"
    ),
    "lecture.gaussian.after": (
        "The divergence is 0 only when both means and both spreads agree. It is not symmetric either: swapping "
        "$\\sigma_1$ and $\\sigma_2$ changes it."
    ),
    "lecture.exercise.models": (
        "Compute $D_{\\mathrm{KL}}(Q_1 \\parallel Q_2)$, in [[unit]], for the two models $Q_1 = ([[q1]])$ of "
        "example 1 and $Q_2 = ([[q2]])$ of example 2."
    ),
    "lecture.exercise.jsd_models": (
        "Compute $\\mathrm{JSD}(Q_1, Q_2)$ for the same two models, in [[unit]], and check it against the bound."
    ),
    "lecture.exercise.triangle": (
        "For $P$, $Q_1$ and $Q_2$ of this handout, does "
        "$D_{\\mathrm{KL}}(P \\parallel Q_2) \\le D_{\\mathrm{KL}}(P \\parallel Q_1) + D_{\\mathrm{KL}}(Q_1 \\parallel Q_2)$ hold?"
    ),
    "lecture.exercise.additivity": (
        "Show that for independent pairs "
        "$D_{\\mathrm{KL}}(P_1 \\times P_2 \\parallel Q_1 \\times Q_2) = "
        "D_{\\mathrm{KL}}(P_1 \\parallel Q_1) + D_{\\mathrm{KL}}(P_2 \\parallel Q_2)$."
    ),
    "lecture.answer.models": "$D_{\\mathrm{KL}}(Q_1 \\parallel Q_2) = [[value]]$ [[unit]].",
    "lecture.answer.jsd_models": ("$\\mathrm{JSD}(Q_1, Q_2) [[value]]$ [[unit]], well below the bound $[[bound]]$."),
    "lecture.answer.triangle.holds": (
        "Yes, here it holds: $[[direct]] \\le [[first]] + [[second]]$ [[unit]]. But it does not hold in general "
        "(see the section on metrics)."
    ),
    "lecture.answer.triangle.fails": (
        "No: $[[direct]] > [[first]] + [[second]]$ [[unit]]; KL divergence is not a metric."
    ),
    "lecture.answer.additivity": "Split the logarithm of the product and sum each part over its own index:",
    "handout.summary.caption": "Values in [[unit]] for example 1.",
    # --- slides ---
    "slides.why.1": "$H(P, Q)$: average surprise when outcomes from $P$ are scored with a model $Q$",
    "slides.why.2": "It mixes $P$'s own uncertainty $H(P)$ with the cost of using $Q$",
    "slides.why.3": "$D_{\\mathrm{KL}}(P \\parallel Q)$ keeps only the cost: 0 for a perfect model",
    "slides.code.title": "A picture: code lengths",
    "slides.code.1": "A code book made for the true climate $P$: average length $H(P)$, the best possible",
    "slides.code.2": "A code book made for a wrong climate $Q$: average length $H(P, Q)$",
    "slides.code.3": "Extra length per message: $H(P, Q) - H(P) = D_{\\mathrm{KL}}(P \\parallel Q)$",
    "slides.conventions.title": "Zeros",
    "slides.conventions.1": "$p_i = 0$: the term is 0, by the convention $0 \\log 0 = 0$",
    "slides.conventions.2": "$p_i > 0$ but $q_i = 0$: the divergence is infinite",
    "slides.base.title": "Units",
    "slides.base.1": "This deck is in [[unit]]: logarithms to base $[[b]]$",
    "slides.data.title": "the data",
    "slides.data.1": "$P$: how things are. $Q$: the model we use instead",
    "slides.terms.title": "term by term",
    "slides.parts.title": "cross-entropy minus entropy",
    "slides.example2.title": "Example 2: a closer model",
    "slides.example2.1": "Same $P$, model $Q = ([[q]])$: $D_{\\mathrm{KL}}$ goes from $[[first]]$ to $[[second]]$ [[unit]]",
    "slides.path.1": "Slide $Q$ towards $P$: $Q_t = (1 - t)\\,Q + t\\,P$",
    "slides.loss.numbers.title": "The loss, with numbers",
    "slides.loss.1": "Floor: $H(P) \\approx [[h]]$ [[unit]], whatever the model",
    "slides.loss.2": "Model 1: $H(P, Q_1) [[ce1]]$, $D_{\\mathrm{KL}} [[kl1]]$",
    "slides.loss.3": "Model 2: $H(P, Q_2) [[ce2]]$, $D_{\\mathrm{KL}} [[kl2]]$",
    "slides.asymmetry.1": "Example 2 with the roles swapped, exactly:",
    "slides.family.title": "A family where both directions agree",
    "slides.family.1": "Special case: $P = (a, b)$, $Q = (b, a)$ with $a, b > 0$, $a + b = 1$",
    "slides.fits.1": "Fixed example: two peaks, a model with one",
    "slides.fits.title": "Mass-covering against mode-seeking",
    "slides.fits.2": "Forward, $\\min D_{\\mathrm{KL}}(\\tilde P \\parallel \\tilde Q)$: $\\mu \\approx [[mu_f]]$, $\\sigma \\approx [[sigma_f]]$, covers both peaks",
    "slides.fits.3": "Reverse, $\\min D_{\\mathrm{KL}}(\\tilde Q \\parallel \\tilde P)$: $\\mu \\approx [[mu_r]]$, $\\sigma \\approx [[sigma_r]]$, sits on one peak",
    "slides.fits.4": "Both minima found numerically and checked against their neighbours",
    "slides.infinite.title": "No upper bound",
    "slides.infinite.1": "$Q = ([[q]])$ gives probability 0 to a category that $P$ uses",
    "slides.metric.1": "Triangle through the midpoint $M = (P + Q)/2$ of example 1:",
    "slides.metric.fixed": "Fixed example $P = (0.5, 0.5)$, $Q = (0.1, 0.9)$, through $M = (P + Q)/2$:",
    "slides.jeffreys.title": "Jeffreys divergence",
    "slides.jeffreys.1": "Both directions added: symmetric, never negative, still unbounded",
    "slides.jsd.1": "$0 \\le \\mathrm{JSD} \\le [[bound]]$ [[unit]], finite for every pair",
    "slides.jsd.2": "Fixed example: no common category, the bound is reached",
    "slides.jsd.bound.title": "JSD at its bound",
    "slides.jsd.table.title": "JSD is not half the Jeffreys divergence",
    "slides.jsd.3": "Half Jeffreys: no mixture, no bound, infinite when the zeros differ",
}

KO: dict[str, str] = {
    "lecture.date": "[[year]]년 [[month]]월 [[day]]일",
    "lecture.fixed": (
        "고정된 예제로, 모든 자료에서 같습니다. 주어진 자료보다 많은 범주가 필요하므로 그 자료로 만들지 않았습니다."
    ),
    "lecture.base.intro": (
        "이 자료는 [[unit]] 단위로 잽니다. 모든 로그의 밑은 $[[b]]$입니다. 아래 항등식은 자연로그 $\\ln$으로 "
        "적었습니다. 밑을 바꾸면 양변이 모두 $\\ln [[b]]$로 나누어질 뿐이므로 항등식은 그대로 성립합니다."
    ),
    "lecture.loss.heading": "학습 손실로서의 교차 엔트로피",
    "lecture.loss.intro": (
        "분류기는 데이터 $P$와 모델 $Q$ 사이의 교차 엔트로피 $H(P, Q)$를 최소화하도록 학습합니다. 왜 KL 발산이 "
        "아닐까요? 결과가 같기 때문입니다."
    ),
    "lecture.loss.numbers": (
        "이 자료의 $P$에서는 어떤 모델도 $H(P) \\approx [[h]]$ [[unit]]보다 낮아질 수 없습니다. 첫 번째 모델은 "
        "$H(P, Q_1) [[ce1]]$, $D_{\\mathrm{KL}}(P \\parallel Q_1) [[kl1]]$이고, 두 번째 모델은 $H(P, Q_2) [[ce2]]$, "
        "$D_{\\mathrm{KL}}(P \\parallel Q_2) [[kl2]]$입니다. 손실이 더 낮은 [[better]]번 모델이 발산도 더 작습니다."
    ),
    "lecture.loss.training": (
        "학습에서 $P$는 데이터이므로 고정되어 있고, $H(P)$는 상수입니다. 교차 엔트로피를 낮추는 모든 단계는 KL "
        "발산을 정확히 같은 만큼 낮춥니다. 교차 엔트로피는 $\\log p_i$가 필요 없어 계산이 더 간단합니다."
    ),
    "lecture.asymmetry.family": (
        "일반 항등식이 아닌 특수한 경우입니다. 범주가 두 개이고 $a, b > 0$, $a + b = 1$일 때 $P = (a, b)$, "
        "$Q = (b, a)$로 두면, $P$와 $Q$를 바꾸는 것은 범주의 순서를 바꾸는 것일 뿐이므로 두 방향의 값이 같습니다."
    ),
    "lecture.fits.heading": "정방향 KL과 역방향 KL: 모델 맞추기",
    "lecture.fits.intro": (
        "비대칭성은 모델을 맞출 때 가장 크게 드러납니다. 봉우리가 둘인 $\\tilde P$에 봉우리가 하나뿐인 모델 $\\tilde Q$(중심 "
        "$\\mu$, 퍼짐 $\\sigma$인 종 모양)를 맞춰 봅시다. $D_{\\mathrm{KL}}(\\tilde P \\parallel \\tilde Q)$(정방향)나 "
        "$D_{\\mathrm{KL}}(\\tilde Q \\parallel \\tilde P)$(역방향)를 최소화하도록 $\\mu$와 $\\sigma$를 고릅니다."
    ),
    "lecture.chart.fits.forward": "$\\min_{\\tilde Q}\\, D_{\\mathrm{KL}}(\\tilde P\\,\\|\\,\\tilde Q)$",
    "lecture.chart.fits.reverse": "$\\min_{\\tilde Q}\\, D_{\\mathrm{KL}}(\\tilde Q\\,\\|\\,\\tilde P)$",
    "lecture.chart.fits.title": "봉우리 둘에 봉우리 하나 맞추기",
    "lecture.chart.fits.alt": (
        "범주 30개 위의 봉우리가 둘인 P의 막대그래프. 정방향 KL로 맞춘 모델은 두 봉우리에 걸쳐 퍼지고, "
        "역방향 KL로 맞춘 모델은 더 높은 봉우리에 놓입니다."
    ),
    "lecture.chart.fits.caption": (
        "봉우리가 둘인 $\\tilde P$(막대), $D_{\\mathrm{KL}}(\\tilde P \\parallel \\tilde Q)$를 최소화한 모델(실선), "
        "$D_{\\mathrm{KL}}(\\tilde Q \\parallel \\tilde P)$를 최소화한 모델(점선)."
    ),
    "lecture.fits.numbers": (
        "$\\mu$와 $\\sigma$에 대해 수치적으로 최소화했습니다(범주 [[n]]개). 정방향 적합은 $\\mu \\approx [[mu_f]]$, "
        "$\\sigma \\approx [[sigma_f]]$, $D_{\\mathrm{KL}}(\\tilde P \\parallel \\tilde Q) \\approx [[d_f]]$ [[unit]]이고, 역방향 적합은 "
        "$\\mu \\approx [[mu_r]]$, $\\sigma \\approx [[sigma_r]]$, $D_{\\mathrm{KL}}(\\tilde Q \\parallel \\tilde P) \\approx [[d_r]]$ [[unit]]입니다. "
        "두 최솟값 모두 검증했습니다. 이웃한 어떤 $(\\mu, \\sigma)$도 더 작은 발산을 주지 않습니다."
    ),
    "lecture.fits.lesson": (
        "정방향 발산은 $\\tilde P$로 평균합니다. $\\tilde P$에는 확률이 있는데 $\\tilde Q$에는 거의 없는 곳에서 큰 값을 치르므로, 적합한 "
        "모델은 두 봉우리를 모두 덮고 그 사이에도 확률을 둡니다(질량 덮기). 역방향 발산은 $\\tilde Q$로 평균합니다. $\\tilde P$에 "
        "없는 곳에 $\\tilde Q$가 확률을 두면 큰 값을 치르므로, 적합한 모델은 한 봉우리에 자리 잡고 다른 봉우리는 무시합니다"
        "(최빈값 찾기). 최대가능도 추정은 정방향이고, 변분 추론은 역방향을 씁니다."
    ),
    "lecture.metric.heading": "KL 발산은 거리가 아니다",
    "lecture.metric.intro": (
        "거리는 대칭이어야 하고 삼각 부등식을 만족해야 합니다. 즉 세 번째 점을 거쳐 가는 길이 더 짧을 수 없습니다. "
        "KL 발산은 둘 다 만족하지 않습니다. 삼각형을 위해 $P = ([[p]])$, $Q = ([[q]])$와 그 한가운데에 있는 "
        "혼합 분포 $M = (P + Q)/2 = ([[m]])$를 잡아 봅시다."
    ),
    "lecture.metric.fixed": (
        "주어진 $P$와 $Q$로는 보일 수 없으므로(두 분포가 같거나 발산이 무한대) 고정된 예제를 씁니다."
    ),
    "lecture.metric.after": (
        "$M$을 거쳐 가는 길이 곧장 가는 길보다 짧습니다. $P$ 근처에서 KL 발산은 거리의 제곱처럼 커지는데, 절반 "
        "길이의 제곱 둘을 더하면 전체 길이의 제곱보다 작기 때문입니다."
    ),
    "lecture.jeffreys.intro": (
        "두 방향을 더하면 대칭성은 회복됩니다. 제프리스 발산은 "
        "$J(P, Q) = D_{\\mathrm{KL}}(P \\parallel Q) + D_{\\mathrm{KL}}(Q \\parallel P)$입니다."
    ),
    "lecture.jeffreys.after": (
        "제프리스 발산은 대칭이고 음수가 되지 않지만, KL 발산처럼 상한이 없고 한 분포에만 0이 있는 범주가 생기면 "
        "바로 무한대가 됩니다."
    ),
    "lecture.jsd.disjoint": (
        "상한에 도달하는 경우도 있습니다. 주어진 자료는 서로 겹치므로 고정된 예제를 씁니다. $P = (1, 0)$과 "
        "$Q = (0, 1)$은 공통 범주가 없고, 두 분포의 JSD는 정확히 $\\log 2$입니다(단위: [[unit]])."
    ),
    "lecture.gaussian.heading": "두 정규분포",
    "lecture.gaussian.intro": (
        "연속 분포에서는 합이 적분이 됩니다. 두 정규분포 사이에서는 이 적분이 닫힌 형태로 나오며, SymPy가 한 줄씩 "
        "검증합니다."
    ),
    "lecture.gaussian.after": (
        "두 평균과 두 퍼짐이 모두 같을 때만 발산이 0입니다. 이 경우에도 대칭이 아니어서, $\\sigma_1$과 "
        "$\\sigma_2$를 바꾸면 값이 달라집니다."
    ),
    "lecture.exercise.models": (
        "예제 1의 모델 $Q_1 = ([[q1]])$과 예제 2의 모델 $Q_2 = ([[q2]])$에 대해 "
        "$D_{\\mathrm{KL}}(Q_1 \\parallel Q_2)$를 구하세요(단위: [[unit]])."
    ),
    "lecture.exercise.jsd_models": "같은 두 모델의 $\\mathrm{JSD}(Q_1, Q_2)$를 구하고(단위: [[unit]]) 상한과 비교하세요.",
    "lecture.exercise.triangle": (
        "이 자료의 $P$, $Q_1$, $Q_2$에 대해 "
        "$D_{\\mathrm{KL}}(P \\parallel Q_2) \\le D_{\\mathrm{KL}}(P \\parallel Q_1) + D_{\\mathrm{KL}}(Q_1 \\parallel Q_2)$가 "
        "성립할까요?"
    ),
    "lecture.exercise.additivity": (
        "독립인 쌍에 대해 $D_{\\mathrm{KL}}(P_1 \\times P_2 \\parallel Q_1 \\times Q_2) = "
        "D_{\\mathrm{KL}}(P_1 \\parallel Q_1) + D_{\\mathrm{KL}}(P_2 \\parallel Q_2)$임을 보이세요."
    ),
    "lecture.answer.models": "$D_{\\mathrm{KL}}(Q_1 \\parallel Q_2) = [[value]]$입니다(단위: [[unit]]).",
    "lecture.answer.jsd_models": (
        "$\\mathrm{JSD}(Q_1, Q_2) [[value]]$이며(단위: [[unit]]), 상한 $[[bound]]$보다 훨씬 작습니다."
    ),
    "lecture.answer.triangle.holds": (
        "예, 여기서는 성립합니다. $[[direct]] \\le [[first]] + [[second]]$입니다(단위: [[unit]]). 하지만 일반적으로는 "
        "성립하지 않습니다(거리에 관한 절 참고)."
    ),
    "lecture.answer.triangle.fails": (
        "아니요. $[[direct]] > [[first]] + [[second]]$입니다(단위: [[unit]]). KL 발산은 거리가 아닙니다."
    ),
    "lecture.answer.additivity": "곱의 로그를 나누고, 각 부분을 자기 첨자에 대해 더합니다.",
    "handout.summary.caption": "단위: [[unit]]. 값은 예제 1의 것입니다.",
    # --- slides ---
    "slides.why.1": "$H(P, Q)$: $P$에서 나온 결과를 모델 $Q$로 평가할 때의 평균 놀라움",
    "slides.why.2": "$P$ 자체의 불확실성 $H(P)$와 $Q$를 쓴 비용이 섞여 있음",
    "slides.why.3": "$D_{\\mathrm{KL}}(P \\parallel Q)$는 비용만 남김: 완벽한 모델이면 0",
    "slides.code.title": "부호 길이로 보는 그림",
    "slides.code.1": "실제 기후 $P$에 맞춘 부호표: 평균 길이 $H(P)$, 가장 짧음",
    "slides.code.2": "잘못된 기후 $Q$에 맞춘 부호표: 평균 길이 $H(P, Q)$",
    "slides.code.3": "메시지당 늘어난 길이: $H(P, Q) - H(P) = D_{\\mathrm{KL}}(P \\parallel Q)$",
    "slides.conventions.title": "0의 처리",
    "slides.conventions.1": "$p_i = 0$: 관례 $0 \\log 0 = 0$에 따라 그 항은 0",
    "slides.conventions.2": "$p_i > 0$인데 $q_i = 0$: 발산은 무한대",
    "slides.base.title": "단위",
    "slides.base.1": "이 슬라이드의 단위는 [[unit]]: 로그의 밑은 $[[b]]$",
    "slides.data.title": "자료",
    "slides.data.1": "$P$: 실제 분포. $Q$: 대신 쓰는 모델",
    "slides.terms.title": "항별 계산",
    "slides.parts.title": "교차 엔트로피 빼기 엔트로피",
    "slides.example2.title": "예제 2: 더 가까운 모델",
    "slides.example2.1": "같은 $P$, 모델 $Q = ([[q]])$: $D_{\\mathrm{KL}}$이 $[[first]]$에서 $[[second]]$로 (단위: [[unit]])",
    "slides.path.1": "$Q$를 $P$ 쪽으로 옮기기: $Q_t = (1 - t)\\,Q + t\\,P$",
    "slides.loss.numbers.title": "수치로 보는 손실",
    "slides.loss.1": "하한: 어떤 모델이든 $H(P) \\approx [[h]]$ [[unit]]",
    "slides.loss.2": "모델 1: $H(P, Q_1) [[ce1]]$, $D_{\\mathrm{KL}} [[kl1]]$",
    "slides.loss.3": "모델 2: $H(P, Q_2) [[ce2]]$, $D_{\\mathrm{KL}} [[kl2]]$",
    "slides.asymmetry.1": "예제 2에서 역할을 바꾸어 정확히 계산하면:",
    "slides.family.title": "두 방향이 같아지는 분포족",
    "slides.family.1": "특수한 경우: $a, b > 0$, $a + b = 1$일 때 $P = (a, b)$, $Q = (b, a)$",
    "slides.fits.1": "고정된 예제: 봉우리 둘, 봉우리 하나인 모델",
    "slides.fits.title": "질량 덮기와 최빈값 찾기",
    "slides.fits.2": "정방향 $\\min D_{\\mathrm{KL}}(\\tilde P \\parallel \\tilde Q)$: $\\mu \\approx [[mu_f]]$, $\\sigma \\approx [[sigma_f]]$, 두 봉우리를 덮음",
    "slides.fits.3": "역방향 $\\min D_{\\mathrm{KL}}(\\tilde Q \\parallel \\tilde P)$: $\\mu \\approx [[mu_r]]$, $\\sigma \\approx [[sigma_r]]$, 한 봉우리에 놓임",
    "slides.fits.4": "두 최솟값 모두 수치로 찾고 이웃한 값들과 비교해 검증",
    "slides.infinite.title": "상한이 없다",
    "slides.infinite.1": "$Q = ([[q]])$는 $P$가 쓰는 범주에 확률 0을 줌",
    "slides.metric.1": "예제 1의 중점 $M = (P + Q)/2$를 거치는 삼각형:",
    "slides.metric.fixed": "고정된 예제 $P = (0.5, 0.5)$, $Q = (0.1, 0.9)$와 중점 $M = (P + Q)/2$:",
    "slides.jeffreys.title": "제프리스 발산",
    "slides.jeffreys.1": "두 방향을 더함: 대칭이고 음수가 아니지만 여전히 상한이 없음",
    "slides.jsd.1": "$0 \\le \\mathrm{JSD} \\le [[bound]]$ [[unit]], 어떤 쌍에서도 유한",
    "slides.jsd.2": "고정된 예제: 공통 범주가 없으면 상한에 도달",
    "slides.jsd.bound.title": "상한에 도달한 JSD",
    "slides.jsd.table.title": "JSD는 제프리스 발산의 절반이 아니다",
    "slides.jsd.3": "제프리스 발산의 절반: 혼합 분포도, 상한도 없고, 0의 위치가 다르면 무한대",
}
