"""Words of the pages about parametric families: the worked example for two families, the lecture's
Gaussian case and VAE term, and exercise sheets for a family, in English and Korean."""

EN: dict[str, str] = {
    # --- the worked example for two families ---
    "family.title": "A worked example of KL divergence between two [[family]] distributions",
    "family.title.mixed": "A worked example of KL divergence between P ([[p]]) and Q ([[q]])",
    "family.name.bernoulli": "Bernoulli",
    "family.name.categorical": "categorical",
    "family.name.binomial": "binomial",
    "family.name.geometric": "geometric",
    "family.name.poisson": "Poisson",
    "family.name.exponential": "exponential",
    "family.name.uniform": "uniform",
    "family.name.normal": "normal",
    "family.name.mvnormal": "multivariate normal",
    "family.data.heading": "The two distributions",
    "family.data.intro": "$P = [[p]]$ is how things really are, and $Q = [[q]]$ is the model we use in its place.",
    "family.data.density": "[[name]] has the density $[[formula]]$ on $[[support]]$.",
    "family.data.probability": "[[name]] gives $k$ the probability $[[formula]]$ for $k \\in [[support]]$.",
    "family.data.bernoulli": (
        "[[name]] gives $k$ the probability $[[formula]]$ for $k \\in [[support]]$: $[[one]]$ for a success "
        "and $[[zero]]$ for a failure."
    ),
    "family.data.outcomes": "[[name]] gives the outcomes $k \\in [[support]]$ the probabilities $[[formula]]$.",
    "family.data.parameter": "parameter",
    "family.data.caption": "The parameters of both distributions, exactly as given.",
    "family.chart.densities.title": "The two densities",
    "family.chart.densities.alt": "Line chart of the densities (or bar chart of the probabilities) of P and Q.",
    "family.chart.densities.caption": "The densities of $P$ and $Q$.",
    "family.chart.probabilities.caption": "The probabilities of $P$ and $Q$.",
    "family.chart.probabilities.title": "The two distributions",
    "family.chart.value": "density",
    "family.kl.heading": "KL divergence, from the definition to the number",
    "family.kl.intro": (
        "For densities the sum of the definition becomes an integral. The derivation below writes the "
        "log-ratio out, substitutes so that the first density becomes a standard one, and integrates what is "
        "left against that standard density; every line was checked by SymPy."
    ),
    "family.kl.intro_discrete": (
        "The definition is a sum over every whole number $k$. The derivation below writes the log-ratio out and "
        "uses the mass and the mean of $P$; every line was checked by SymPy."
    ),
    "family.kl.numbers": "With the parameters of $P$ and $Q$, the closed form gives an exact value:",
    "family.kl.coordinates": (
        "Both covariances are diagonal, so the coordinates are independent and the divergence is the sum, over "
        "the coordinates, of the divergence between two normal distributions (derivation gaussian), each exact."
    ),
    "family.kl.finite": "With numbers for its parameters, $P$ is a finite distribution: the definition is a finite sum.",
    "family.kl.infinite": (
        "So $D_{\\mathrm{KL}}(P \\parallel Q) = \\infty$. As with a zero in a finite $Q$, a model that rules out "
        "something that does happen is infinitely surprised by it."
    ),
    "family.chart.integrand.title": "What the integral adds up",
    "family.chart.integrand.alt": (
        "Line chart of p(x) log(p(x)/q(x)) with the area between the curve and zero shaded; the shaded area above "
        "zero minus the area below it is the KL divergence."
    ),
    "family.chart.integrand.caption": (
        "The integrand $p(x) \\ln(p(x)/q(x))$. The shaded area above the axis minus the area below it is "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$: where $Q$ gives more density than $P$ the integrand is negative."
    ),
    "family.chart.terms.caption": (
        "Each term $p(k) \\ln(p(k)/q(k))$; the bars add up to $D_{\\mathrm{KL}}(P \\parallel Q)$."
    ),
    "family.chart.integrand.series": "$p(x) \\ln(p(x)/q(x))$",
    "family.chart.joint.title": "The two densities over the plane",
    "family.chart.joint.alt": (
        "Contour lines of the densities of P (solid) and Q (dashed) over the plane of x1 and x2; from the outside in, "
        "each distribution's lines enclose 90 percent, half and 10 percent of its probability."
    ),
    "family.chart.joint.caption": (
        "Contour lines of the densities of $P$ (solid) and $Q$ (dashed). From the outside in, each distribution's "
        "lines enclose 90 percent, half and 10 percent of its probability."
    ),
    "family.chart.marginals.title": "The density of each coordinate",
    "family.chart.marginals.alt": (
        "Line charts, one for each coordinate, of the density of that coordinate alone under P (solid) and "
        "under Q (dashed)."
    ),
    "family.chart.marginals.caption": (
        "The density of each coordinate alone (its marginal density) under $P$ (solid) and under $Q$ (dashed), "
        "one panel for each coordinate."
    ),
    "family.chart.plane.title": "What the integral over the plane adds up",
    "family.chart.plane.alt": (
        "Heat map of p(x) log(p(x)/q(x)) over the plane of x1 and x2: blue where it is positive, orange where it "
        "is negative; its integral over the plane is the KL divergence."
    ),
    "family.chart.plane.caption": (
        "The integrand $p(\\mathbf{x}) \\ln(p(\\mathbf{x})/q(\\mathbf{x}))$ over the plane: its integral is "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$. Blue where it is positive, orange where $Q$ gives more density than $P$."
    ),
    "family.chart.plane.series": "$p \\ln(p/q)$",
    "family.ce.heading": "Cross-entropy and entropy",
    "family.ce.result": (
        "$H(P, Q) [[ce]]$ and $[[h_symbol]] [[h]]$ [[unit]], so $H(P, Q) - [[h_symbol]] [[kl]]$ [[unit]]: the same "
        "divergence."
    ),
    "family.ce.differential": (
        "For a density, $h(P) = -\\int p \\ln p \\, dx$ is the differential entropy. It is not the entropy of a "
        "discrete distribution: it can be negative (a normal density with $\\sigma < 1/\\sqrt{2 \\pi e}$, a uniform one "
        "on an interval shorter than 1), and it changes when $x$ changes units. Differences such as the KL "
        "divergence do not: they are never negative."
    ),
    "family.ce.infinite": (
        "$H(P, Q)$ is infinite for the same reason as the divergence, while $[[h_symbol]] [[h]]$ [[unit]] is finite."
    ),
    "family.reverse.heading": "The other direction",
    "family.jsd.heading": "Jensen-Shannon divergence",
    "family.jsd.method.integral": (
        "No closed form exists for two [[family]] densities: this value comes from certified numerical "
        "integration (every digit shown is proven by interval arithmetic), not from an exact formula."
    ),
    "family.jsd.method.series": (
        "No closed form exists here: this value is a certified series (terms added exactly, the tail bounded), "
        "so every digit shown is proven, but it has no exact formula."
    ),
    "family.jsd.method.cells": (
        "Both densities are constant on the pieces their ends cut, so the JSD is a finite sum over those pieces, "
        "exactly: $[[exact]]$."
    ),
    "family.jsd.method.exact": "Exactly: $[[exact]]$.",
    "family.function.heading": "The divergence as a function of [[variable]]",
    "family.function.formula": (
        "With $[[variable]]$ left free ($[[domain]]$, where every parameter is in its range), the closed form "
        "is a function of it: $[[formula]]$."
    ),
    "family.function.derivative": "Its derivative is $[[derivative]]$.",
    "family.function.minimum": (
        "The derivative vanishes only at $[[variable]] = [[point]]$, where the function is smallest on "
        "$[[range]]$: $[[value]]$."
    ),
    "family.function.no_minimum": "Its derivative does not vanish at exactly one point of $[[range]]$.",
    "family.function.minimum_equal": (
        "At $[[variable]] = [[point]]$ the two distributions are the same, so the divergence is $[[value]]$ there: "
        "its smallest value on $[[range]]$, since a divergence is never negative."
    ),
    "family.chart.function.title": "KL divergence as a function of the parameter",
    "family.chart.function.alt": "Line chart of the KL divergence against the free parameter.",
    "family.chart.function.caption": "$D_{\\mathrm{KL}}(P \\parallel Q)$ as $[[variable]]$ varies.",
    "family.unavailable": "[[what]] is not computed here: [[reason]].",
    "family.support.discrete": (
        "$P$ gives $k = [[k]]$ a positive probability, but $Q$ gives it none, so $\\ln q([[k]]) = -\\infty$ and "
        "the sum is infinite."
    ),
    "family.support.continuous": (
        "$P$ has density on $[[support_p]]$, but $Q$ has none outside $[[support_q]]$: there "
        "$\\ln q(x) = -\\infty$, and the integral is infinite."
    ),
    # --- the Gaussian case and the VAE term in the lecture ---
    "lecture.vae.heading": "The KL term of a variational autoencoder",
    "lecture.vae.intro": (
        "A variational autoencoder adds to its loss the divergence of the encoder's distribution "
        "$\\mathcal{N}(\\mu, \\sigma^2)$ from the standard normal prior $\\mathcal{N}(0, 1)$. It is the closed form above "
        "with $\\mu_2 = 0$ and $\\sigma_2 = 1$, derived again from the definition and checked:"
    ),
    "lecture.vae.diagonal": (
        "The encoder gives one mean and one spread per coordinate, independently (a diagonal covariance), so the "
        "term of the loss is the sum over the coordinates: "
        "$\\tfrac{1}{2} \\sum_j (\\sigma_j^2 + \\mu_j^2 - 1 - \\ln \\sigma_j^2)$. It is 0 only when every "
        "$\\mu_j = 0$ and every $\\sigma_j = 1$."
    ),
    "lecture.vae.example": (
        "A fixed example (not built from your data): an encoder's output with means $\\mu = ([[means]])$ and "
        "spreads $\\sigma = ([[spreads]])$."
    ),
    "lecture.vae.result": "The KL term of this example is $[[value]]$ [[unit]].",
    "lecture.vae.result.converted": "The KL term of this example is $[[nats]]$ [[nats_unit]], that is $[[value]]$ [[unit]].",
    "lecture.vae.chart.title": "One coordinate's KL term",
    "lecture.vae.chart.alt": "Line chart of (sigma^2 + mu^2 - 1 - ln sigma^2)/2 against sigma for mu = 0 and mu = 1.",
    "lecture.vae.chart.caption": (
        "One coordinate's term against $\\sigma$: smallest, 0, at $\\sigma = 1$ with $\\mu = 0$. A mean away from 0 "
        "lifts the whole curve by $\\mu^2/2$."
    ),
    "slides.vae.1": "The encoder's $\\mathcal{N}(\\mu, \\sigma^2)$ against the prior $\\mathcal{N}(0, 1)$:",
    "slides.vae.2": "A fixed example: $\\mu = ([[means]])$, $\\sigma = ([[spreads]])$; the coordinates add up.",
    "slides.vae.3": "Smallest, 0, at $\\sigma = 1$, $\\mu = 0$: the term pulls the encoder toward the prior.",
    # --- exercise sheets for a family ---
    "family.exercise.instructions": (
        "Each variant gives two [[family]] distributions $P$ and $Q$. Use [[log_name]] logarithms, so that "
        "answers are in [[unit]], and give them to [[digits]] significant digits."
    ),
    "family.exercise.data": "$P = [[p]]$ and $Q = [[q]]$.",
    "family.exercise.differential_entropy": (
        "Compute the differential entropy $h(P) = -\\int p \\ln p \\, dx$ in [[unit]] (it may be negative)."
    ),
    "family.exercise.exact": "$[[symbol]] = [[exact]] \\approx [[value]]$ [[unit]].",
    "family.exercise.certified": "$[[symbol]] \\approx [[value]]$ [[unit]] ([[method]]: no exact form).",
    "family.exercise.infinite": (
        "$[[symbol]] = \\infty$: $[[first]]$ is positive where $[[second]]$ is 0, so the log of 0 enters the "
        "average (the supports differ)."
    ),
}

KO: dict[str, str] = {
    # --- the worked example for two families ---
    "family.title": "두 [[family]] 분포 사이의 KL 발산 풀이",
    "family.title.mixed": "P([[p]])와 Q([[q]]) 사이의 KL 발산 풀이",
    "family.name.bernoulli": "베르누이",
    "family.name.categorical": "범주형",
    "family.name.binomial": "이항",
    "family.name.geometric": "기하",
    "family.name.poisson": "푸아송",
    "family.name.exponential": "지수",
    "family.name.uniform": "균등",
    "family.name.normal": "정규",
    "family.name.mvnormal": "다변량 정규",
    "family.data.heading": "두 분포",
    "family.data.intro": "$P = [[p]]$는 실제 분포이고, $Q = [[q]]$는 그 대신 쓰는 모형입니다.",
    "family.data.density": "[[name]]의 밀도함수는 $[[support]]$에서 $[[formula]]$입니다.",
    "family.data.probability": "[[name]]는 $k \\in [[support]]$에 확률 $[[formula]]$를 줍니다.",
    "family.data.bernoulli": (
        "[[name]]는 $k \\in [[support]]$에 확률 $[[formula]]$를 줍니다. 성공의 확률은 $[[one]]$, "
        "실패의 확률은 $[[zero]]$입니다."
    ),
    "family.data.outcomes": "[[name]]는 결과 $k \\in [[support]]$에 확률 $[[formula]]$를 줍니다.",
    "family.data.parameter": "모수",
    "family.data.caption": "두 분포의 모수를 주어진 그대로 적었습니다.",
    "family.chart.densities.title": "두 밀도함수",
    "family.chart.densities.alt": "P와 Q의 밀도함수(또는 확률)를 나타낸 그래프.",
    "family.chart.densities.caption": "$P$와 $Q$의 밀도함수.",
    "family.chart.probabilities.caption": "$P$와 $Q$의 확률.",
    "family.chart.probabilities.title": "두 분포",
    "family.chart.value": "밀도",
    "family.kl.heading": "KL 발산: 정의에서 수치까지",
    "family.kl.intro": (
        "밀도함수에서는 정의의 합이 적분이 됩니다. 아래 유도는 로그비를 풀어 쓰고, 첫 번째 밀도함수가 표준 "
        "밀도함수가 되도록 치환한 뒤 남은 식을 그 표준 밀도함수에 대해 적분합니다. 모든 줄은 SymPy로 검증했습니다."
    ),
    "family.kl.intro_discrete": (
        "정의는 모든 정수 $k$에 대한 합입니다. 아래 유도는 로그비를 풀어 쓰고 $P$의 전체 확률과 평균을 씁니다. "
        "모든 줄은 SymPy로 검증했습니다."
    ),
    "family.kl.numbers": "$P$와 $Q$의 모수를 넣으면 닫힌 형태에서 정확한 값이 나옵니다:",
    "family.kl.coordinates": (
        "두 공분산이 모두 대각이므로 좌표들은 서로 독립이고, 발산은 각 좌표의 두 정규 분포 사이의 발산"
        "(유도 gaussian)을 모든 좌표에 대해 더한 값이며 각각 정확합니다."
    ),
    "family.kl.finite": "모수가 수로 주어지면 $P$는 유한 분포이므로 정의는 유한합입니다.",
    "family.kl.infinite": (
        "따라서 $D_{\\mathrm{KL}}(P \\parallel Q) = \\infty$입니다. 유한한 $Q$에 0이 있을 때와 마찬가지로, "
        "실제로 일어나는 일을 불가능하다고 보는 모형은 그 일에 무한히 놀랍니다."
    ),
    "family.chart.integrand.title": "적분이 더하는 것",
    "family.chart.integrand.alt": (
        "p(x) log(p(x)/q(x))의 그래프와 곡선과 0 사이의 넓이. 0 위의 넓이에서 아래의 넓이를 뺀 값이 KL 발산이다."
    ),
    "family.chart.integrand.caption": (
        "피적분함수 $p(x) \\ln(p(x)/q(x))$. 축 위의 색칠한 넓이에서 아래의 넓이를 뺀 값이 "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$입니다. $Q$의 밀도가 $P$보다 큰 곳에서는 피적분함수가 음수입니다."
    ),
    "family.chart.terms.caption": (
        "각 항 $p(k) \\ln(p(k)/q(k))$; 막대를 모두 더하면 $D_{\\mathrm{KL}}(P \\parallel Q)$입니다."
    ),
    "family.chart.integrand.series": "$p(x) \\ln(p(x)/q(x))$",
    "family.chart.joint.title": "평면 위의 두 밀도함수",
    "family.chart.joint.alt": (
        "x1과 x2의 평면 위에 P(실선)와 Q(점선)의 밀도함수를 나타낸 등고선. 바깥에서 안쪽으로, 각 분포의 선은 "
        "그 확률의 90퍼센트, 절반, 10퍼센트를 둘러쌉니다."
    ),
    "family.chart.joint.caption": (
        "$P$(실선)와 $Q$(점선)의 밀도함수의 등고선. 바깥에서 안쪽으로, 각 분포의 선은 그 확률의 90퍼센트, "
        "절반, 10퍼센트를 둘러쌉니다."
    ),
    "family.chart.marginals.title": "각 좌표의 밀도함수",
    "family.chart.marginals.alt": "좌표마다 한 칸씩, P(실선)와 Q(점선)에서 그 좌표 하나만의 밀도함수를 나타낸 그래프.",
    "family.chart.marginals.caption": (
        "$P$(실선)와 $Q$(점선)에서 각 좌표 하나만의 밀도함수(주변 밀도함수). 좌표마다 한 칸입니다."
    ),
    "family.chart.plane.title": "평면 위의 적분이 더하는 것",
    "family.chart.plane.alt": (
        "x1과 x2의 평면 위에서 p(x) log(p(x)/q(x))를 색으로 나타낸 그림. 양수는 파란색, 음수는 주황색이며 "
        "평면 전체의 적분이 KL 발산이다."
    ),
    "family.chart.plane.caption": (
        "평면 위의 피적분함수 $p(\\mathbf{x}) \\ln(p(\\mathbf{x})/q(\\mathbf{x}))$. 그 적분이 "
        "$D_{\\mathrm{KL}}(P \\parallel Q)$입니다. 양수인 곳은 파란색, $Q$의 밀도가 $P$보다 큰 곳은 주황색입니다."
    ),
    "family.chart.plane.series": "$p \\ln(p/q)$",
    "family.ce.heading": "교차 엔트로피와 엔트로피",
    "family.ce.result": (
        "$H(P, Q) [[ce]]$, $[[h_symbol]] [[h]]$ [[unit]]이므로 $H(P, Q) - [[h_symbol]] [[kl]]$ [[unit]]로 "
        "같은 발산입니다."
    ),
    "family.ce.differential": (
        "밀도함수에서 $h(P) = -\\int p \\ln p \\, dx$는 미분 엔트로피입니다. 이산 분포의 엔트로피와 다릅니다: "
        "음수일 수 있고($\\sigma < 1/\\sqrt{2 \\pi e}$인 정규분포, 길이가 1보다 짧은 구간의 균등분포), $x$의 "
        "단위를 바꾸면 값이 바뀝니다. KL 발산 같은 차이는 그렇지 않으며 음수가 되지 않습니다."
    ),
    "family.ce.infinite": "같은 이유로 $H(P, Q)$도 무한대이고, $[[h_symbol]] [[h]]$ [[unit]]는 유한합니다.",
    "family.reverse.heading": "반대 방향",
    "family.jsd.heading": "젠슨-섀넌 발산",
    "family.jsd.method.integral": (
        "두 [[family]] 밀도함수에 대해서는 닫힌 형태가 없습니다. 이 값은 검증된 수치적분으로 얻은 것으로, "
        "보이는 모든 자릿수는 구간 연산으로 증명되었지만 정확한 공식은 아닙니다."
    ),
    "family.jsd.method.series": (
        "여기에는 닫힌 형태가 없습니다. 이 값은 항을 정확히 더하고 꼬리를 한정한 검증된 급수로 얻었으며, "
        "보이는 모든 자릿수는 증명되었지만 정확한 공식은 없습니다."
    ),
    "family.jsd.method.cells": (
        "두 밀도함수는 양 끝점이 나누는 조각마다 상수이므로, JSD는 그 조각들에 대한 유한합이며 정확히 "
        "$[[exact]]$입니다."
    ),
    "family.jsd.method.exact": "정확한 값은 $[[exact]]$입니다.",
    "family.function.heading": "[[variable]]의 함수로서의 발산",
    "family.function.formula": (
        "$[[variable]]$를 남겨 두면($[[domain]]$, 모든 모수가 제 범위에 있는 곳) 닫힌 형태는 그 함수입니다: "
        "$[[formula]]$."
    ),
    "family.function.derivative": "도함수는 $[[derivative]]$입니다.",
    "family.function.minimum": (
        "도함수는 $[[variable]] = [[point]]$에서만 0이 되며, 거기서 함수는 $[[range]]$ 위의 최솟값 "
        "$[[value]]$를 가집니다."
    ),
    "family.function.no_minimum": "도함수가 $[[range]]$의 한 점에서만 0이 되지는 않습니다.",
    "family.function.minimum_equal": (
        "$[[variable]] = [[point]]$에서 두 분포가 같으므로 발산은 거기서 $[[value]]$입니다. 발산은 음수가 되지 "
        "않으므로 이것이 $[[range]]$ 위의 최솟값입니다."
    ),
    "family.chart.function.title": "모수의 함수로 본 KL 발산",
    "family.chart.function.alt": "자유 모수에 따른 KL 발산의 그래프.",
    "family.chart.function.caption": "$[[variable]]$가 변할 때의 $D_{\\mathrm{KL}}(P \\parallel Q)$.",
    "family.unavailable": "[[what]]는 여기서 계산하지 않습니다: [[reason]].",
    "family.support.discrete": (
        "$P$는 $k = [[k]]$에 양의 확률을 주지만 $Q$는 0을 주므로 $\\ln q([[k]]) = -\\infty$이고 합은 무한대입니다."
    ),
    "family.support.continuous": (
        "$P$는 $[[support_p]]$에서 밀도가 있지만 $Q$는 $[[support_q]]$ 밖에서 밀도가 0이므로 그곳에서 "
        "$\\ln q(x) = -\\infty$이고 적분은 무한대입니다."
    ),
    # --- the Gaussian case and the VAE term in the lecture ---
    "lecture.vae.heading": "변분 오토인코더의 KL 항",
    "lecture.vae.intro": (
        "변분 오토인코더는 손실에 인코더의 분포 $\\mathcal{N}(\\mu, \\sigma^2)$가 표준정규 사전분포 "
        "$\\mathcal{N}(0, 1)$에서 벗어난 정도인 발산을 더합니다. 위 닫힌 형태에서 $\\mu_2 = 0$, $\\sigma_2 = 1$로 둔 "
        "것이며, 정의에서 다시 유도하고 검증했습니다:"
    ),
    "lecture.vae.diagonal": (
        "인코더는 좌표마다 평균과 퍼짐을 서로 독립으로 하나씩 내놓으므로(대각 공분산), 손실의 이 항은 좌표에 대한 "
        "합 $\\tfrac{1}{2} \\sum_j (\\sigma_j^2 + \\mu_j^2 - 1 - \\ln \\sigma_j^2)$입니다. 모든 $\\mu_j = 0$이고 "
        "모든 $\\sigma_j = 1$일 때만 0입니다."
    ),
    "lecture.vae.example": (
        "고정된 예(입력 데이터로 만든 것이 아님): 평균 $\\mu = ([[means]])$, 퍼짐 $\\sigma = ([[spreads]])$인 "
        "인코더 출력."
    ),
    "lecture.vae.result": "이 예의 KL 항은 $[[value]]$ [[unit]]입니다.",
    "lecture.vae.result.converted": "이 예의 KL 항은 $[[nats]]$ [[nats_unit]], 곧 $[[value]]$ [[unit]]입니다.",
    "lecture.vae.chart.title": "한 좌표의 KL 항",
    "lecture.vae.chart.alt": "mu = 0과 mu = 1일 때 sigma에 따른 (sigma^2 + mu^2 - 1 - ln sigma^2)/2의 그래프.",
    "lecture.vae.chart.caption": (
        "$\\sigma$에 따른 한 좌표의 항: $\\mu = 0$, $\\sigma = 1$에서 가장 작은 값 0을 가집니다. 평균이 0에서 "
        "벗어나면 곡선 전체가 $\\mu^2/2$만큼 올라갑니다."
    ),
    "slides.vae.1": "인코더의 $\\mathcal{N}(\\mu, \\sigma^2)$와 사전분포 $\\mathcal{N}(0, 1)$:",
    "slides.vae.2": "고정된 예: $\\mu = ([[means]])$, $\\sigma = ([[spreads]])$; 좌표별 항을 더합니다.",
    "slides.vae.3": "$\\sigma = 1$, $\\mu = 0$에서 최솟값 0: 인코더를 사전분포 쪽으로 끌어당기는 항",
    # --- exercise sheets for a family ---
    "family.exercise.instructions": (
        "각 변형은 두 [[family]] 분포 $P$와 $Q$를 줍니다. [[log_name]] 로그를 써서 답을 [[unit]] 단위로, "
        "유효숫자 [[digits]]자리까지 구하세요."
    ),
    "family.exercise.data": "$P = [[p]]$, $Q = [[q]]$.",
    "family.exercise.differential_entropy": (
        "미분 엔트로피 $h(P) = -\\int p \\ln p \\, dx$를 [[unit]] 단위로 구하세요(음수일 수 있습니다)."
    ),
    "family.exercise.exact": "$[[symbol]] = [[exact]] \\approx [[value]]$ [[unit]].",
    "family.exercise.certified": "$[[symbol]] \\approx [[value]]$ [[unit]] ([[method]]: 정확한 형태 없음).",
    "family.exercise.infinite": (
        "$[[symbol]] = \\infty$: $[[second]]$가 0인 곳에서 $[[first]]$가 양수이므로 0의 로그가 평균에 들어갑니다"
        "(지지집합이 다름)."
    ),
}
