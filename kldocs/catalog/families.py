"""Words about parametric families: their derivations, pages and notes, in English and Korean."""

EN: dict[str, str] = {
    # --- derivation titles ---
    "derivation.normal_cross_entropy.title": "Cross-entropy between two normal distributions",
    "derivation.normal_entropy.title": "Differential entropy of a normal distribution",
    "derivation.vae_kl.title": "The KL term of a variational autoencoder: a normal distribution against the standard normal",
    "derivation.multivariate_normal_kl.title": "KL divergence between two normal distributions in two dimensions",
    "derivation.multivariate_normal_cross_entropy.title": "Cross-entropy between two normal distributions in two dimensions",
    "derivation.multivariate_normal_entropy.title": "Differential entropy of a normal distribution in two dimensions",
    "derivation.multivariate_normal_3d_kl.title": "KL divergence between two normal distributions in three dimensions",
    "derivation.multivariate_normal_3d_cross_entropy.title": (
        "Cross-entropy between two normal distributions in three dimensions"
    ),
    "derivation.multivariate_normal_3d_entropy.title": "Differential entropy of a normal distribution in three dimensions",
    "derivation.exponential_kl.title": "KL divergence between two exponential distributions",
    "derivation.exponential_cross_entropy.title": "Cross-entropy between two exponential distributions",
    "derivation.exponential_entropy.title": "Differential entropy of an exponential distribution",
    "derivation.uniform_kl.title": "KL divergence between two uniform distributions (nested intervals)",
    "derivation.uniform_cross_entropy.title": "Cross-entropy between two uniform distributions (nested intervals)",
    "derivation.uniform_entropy.title": "Differential entropy of a uniform distribution",
    "derivation.poisson_kl.title": "KL divergence between two Poisson distributions",
    "derivation.geometric_kl.title": "KL divergence between two geometric distributions",
    "derivation.geometric_cross_entropy.title": "Cross-entropy between two geometric distributions",
    "derivation.geometric_entropy.title": "Entropy of a geometric distribution",
    "derivation.binomial_kl.title": "KL divergence between two binomial distributions with the same n",
    "derivation.bernoulli_cross_entropy.title": "Cross-entropy between two Bernoulli distributions",
    "derivation.bernoulli_entropy.title": "Entropy of a Bernoulli distribution",
    "derivation.categorical_kl.title": "KL divergence between two categorical distributions with parameters",
    "derivation.categorical_cross_entropy.title": "Cross-entropy between two categorical distributions with parameters",
    "derivation.categorical_entropy.title": "Entropy of a categorical distribution with parameters",
    # --- derivation steps ---
    "step.family_kl_definition": (
        "Definition of the KL divergence: the average of $\\log(f_1/f_2)$ under $f_1$, a sum or an integral; "
        "$f_1$ and $f_2$ are the two densities (or probabilities)."
    ),
    "step.family_cross_entropy_definition": ("Definition of cross-entropy: the average of $-\\log f_2$ under $f_1$."),
    "step.family_entropy_definition": (
        "Definition of entropy: the average of $-\\log f_1$ under $f_1$ (for a density, the differential entropy)."
    ),
    "step.standardise": (
        "Substitute $[[change]]$: the first density becomes a standard one, with no parameters left in it."
    ),
    "step.sum_linearity": "Split the sum: one sum per power of $k$, with the constants in front.",
    "step.sum_constant_factor": "Take the constant factor out of the sum.",
    "step.constant_factor": "Take the constant factor out of the integral.",
    "step.substitute_sums": "Put the values of the sums in: the closed form.",
    "step.normal_minus_log_density": "Minus the log of a normal density: a constant plus a quadratic in $x$.",
    "step.normal_mass": "The standard normal density integrates to 1 (SymPy integration).",
    "step.normal_mean": "Its mean is 0: the density is symmetric about 0 (SymPy integration).",
    "step.normal_variance": "Its variance is 1 (SymPy integration).",
    "step.exponential_log_density": "The log of an exponential density is linear in $x$.",
    "step.exponential_mass": "The standard exponential density $e^{-u}$ integrates to 1 (SymPy integration).",
    "step.exponential_mean": "Its mean is 1 (SymPy integration).",
    "step.uniform_inside": (
        "On $[a_1, b_1]$, which lies inside $[a_2, b_2]$, both densities are constant: "
        "$f_1 = 1/(b_1 - a_1)$ and $f_2 = 1/(b_2 - a_2)$."
    ),
    "step.uniform_log_density": "A uniform density is the constant $1/(b_1 - a_1)$ on its interval.",
    "step.uniform_mass": "The uniform density on $[0, 1]$ integrates to 1.",
    "step.uniform_closed_form": "So the integral is the constant itself: the closed form.",
    "step.poisson_log_ratio": "The $k!$ cancel: the log-ratio of two Poisson probabilities is linear in $k$.",
    "step.mass_is_one": "The probabilities add up to 1 (SymPy summation).",
    "step.poisson_mean": "The mean of a Poisson distribution is its rate (SymPy summation).",
    "step.geometric_log_probability": "The log of a geometric probability is linear in $k$.",
    "step.geometric_mean": "The mean number of trials up to the first success is $1/p_1$ (SymPy summation).",
    "step.binomial_log_ratio": "The binomial coefficients cancel: the log-ratio is linear in $k$.",
    "step.binomial_mass": "The binomial theorem: the probabilities add up to $(p_1 + 1 - p_1)^n = 1$ (SymPy summation).",
    "step.binomial_mean": "The mean number of successes is $n p_1$ (SymPy summation).",
    "step.bernoulli_cross_entropy": "A Bernoulli distribution has two categories: put in $p, 1 - p$ and $q, 1 - q$.",
    "step.bernoulli_entropy": "A Bernoulli distribution has two categories, with probabilities $p$ and $1 - p$.",
    "step.categorical_parameters": "Put in the parameters of each category.",
    "step.mvn_log_density": (
        "Here $\\mathcal{N}_1 = \\mathcal{N}(\\mathbf{m}, \\Sigma_1)$ and $\\mathcal{N}_2 = \\mathcal{N}(\\mathbf{n}, "
        "\\Sigma_2)$. With $\\Sigma_1 = L L^{T}$, the log of the densities is a constant plus quadratics in $x$ and $y$; "
        "$r_{ij}$ are the entries of $\\Sigma_2^{-1}$, through its adjugate: $r_{11} = t_{22}/D$, $r_{12} = -t_{12}/D$, "
        "$r_{22} = t_{11}/D$, $D = \\det \\Sigma_2$."
    ),
    "step.mvn_log_density_3d": (
        "Here $\\mathcal{N}_1 = \\mathcal{N}(\\mathbf{m}, \\Sigma_1)$ and $\\mathcal{N}_2 = \\mathcal{N}(\\mathbf{n}, "
        "\\Sigma_2)$. With $\\Sigma_1 = L L^{T}$, the log of the densities is a constant plus quadratics in "
        "$[[variables]]$; $r_{ij}$ are the entries of $\\Sigma_2^{-1}$, through its adjugate: $[[precision]]$, "
        "$D = \\det \\Sigma_2$."
    ),
    "step.put_in_log_density": "Put the log written out into the integral.",
    "step.mvn_matrix_form": (
        "The same closed form with matrices: a trace, a quadratic form of the difference of the means, and the "
        "log of a ratio of determinants."
    ),
    "step.mvn_trace": "Put in the covariance matrices of $P$ and $Q$.",
    "step.mvn_product": "Invert $\\Sigma_2$ and multiply (exact fractions).",
    "step.mvn_trace_sum": "The trace is the sum of the diagonal.",
    "step.mvn_quadratic": "Put in the difference of the means and $\\Sigma_2$.",
    "step.mvn_quadratic_value": "Multiply out (exact fractions).",
    "step.mvn_determinant": "Put in the covariance matrix.",
    "step.mvn_determinant_value": "A $2 \\times 2$ determinant: $ad - bc$.",
    "step.mvn_determinant_value_3d": "A $3 \\times 3$ determinant, expanded along the first row (exact fractions).",
    "step.mvn_pieces": "Put the three pieces together.",
    "step.mvn_covariance_entries": (
        "Write the closed form with the entries of $\\Sigma_1 = L L^{T}$: $s_{11} = l_{11}^2$, "
        "$s_{12} = l_{11} l_{21}$, $s_{22} = l_{21}^2 + l_{22}^2$, and $\\det \\Sigma_1 = l_{11}^2 l_{22}^2$."
    ),
    "step.mvn_covariance_entries_3d": (
        "Write the closed form with matrices: the trace, the quadratic form and the determinants are computed "
        "from the entries $s_{ij}$ of $\\Sigma_1 = L L^{T}$ and $t_{ij}$ of $\\Sigma_2$, where $[[entries]]$, and "
        "$\\det \\Sigma_1 = [[determinant]]$."
    ),
    "step.family_closed_form": "The closed form, derived and checked step by step (derivation [[derivation]]).",
    "step.family_numbers": "Put in the parameters of $P$ and $Q$.",
    "step.vae_sum": (
        "The coordinates of a diagonal Gaussian are independent, so the divergence is the sum of one term per "
        "coordinate (additivity), each the closed form derived above."
    ),
    "step.vae_numbers": "Put in each coordinate's mean $\\mu_j$ and spread $\\sigma_j$.",
    "step.vae_decimal": "The decimal value in nats, correctly rounded.",
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
    # --- derivation titles ---
    "derivation.normal_cross_entropy.title": "두 정규분포 사이의 교차 엔트로피",
    "derivation.normal_entropy.title": "정규분포의 미분 엔트로피",
    "derivation.vae_kl.title": "변분 오토인코더의 KL 항: 표준정규분포에 대한 정규분포",
    "derivation.multivariate_normal_kl.title": "2차원 정규분포 사이의 KL 발산",
    "derivation.multivariate_normal_cross_entropy.title": "2차원 정규분포 사이의 교차 엔트로피",
    "derivation.multivariate_normal_entropy.title": "2차원 정규분포의 미분 엔트로피",
    "derivation.multivariate_normal_3d_kl.title": "3차원 정규분포 사이의 KL 발산",
    "derivation.multivariate_normal_3d_cross_entropy.title": "3차원 정규분포 사이의 교차 엔트로피",
    "derivation.multivariate_normal_3d_entropy.title": "3차원 정규분포의 미분 엔트로피",
    "derivation.exponential_kl.title": "두 지수분포 사이의 KL 발산",
    "derivation.exponential_cross_entropy.title": "두 지수분포 사이의 교차 엔트로피",
    "derivation.exponential_entropy.title": "지수분포의 미분 엔트로피",
    "derivation.uniform_kl.title": "두 균등분포 사이의 KL 발산 (구간이 포함될 때)",
    "derivation.uniform_cross_entropy.title": "두 균등분포 사이의 교차 엔트로피 (구간이 포함될 때)",
    "derivation.uniform_entropy.title": "균등분포의 미분 엔트로피",
    "derivation.poisson_kl.title": "두 푸아송 분포 사이의 KL 발산",
    "derivation.geometric_kl.title": "두 기하분포 사이의 KL 발산",
    "derivation.geometric_cross_entropy.title": "두 기하분포 사이의 교차 엔트로피",
    "derivation.geometric_entropy.title": "기하분포의 엔트로피",
    "derivation.binomial_kl.title": "시행 횟수 n이 같은 두 이항분포 사이의 KL 발산",
    "derivation.bernoulli_cross_entropy.title": "두 베르누이 분포 사이의 교차 엔트로피",
    "derivation.bernoulli_entropy.title": "베르누이 분포의 엔트로피",
    "derivation.categorical_kl.title": "모수가 있는 두 범주형 분포 사이의 KL 발산",
    "derivation.categorical_cross_entropy.title": "모수가 있는 두 범주형 분포 사이의 교차 엔트로피",
    "derivation.categorical_entropy.title": "모수가 있는 범주형 분포의 엔트로피",
    # --- derivation steps ---
    "step.family_kl_definition": (
        "KL 발산의 정의: $f_1$ 아래에서 $\\log(f_1/f_2)$의 평균으로, 합 또는 적분이다. "
        "$f_1$과 $f_2$는 두 밀도함수(또는 확률)이다."
    ),
    "step.family_cross_entropy_definition": "교차 엔트로피의 정의: $f_1$ 아래에서 $-\\log f_2$의 평균이다.",
    "step.family_entropy_definition": (
        "엔트로피의 정의: $f_1$ 아래에서 $-\\log f_1$의 평균이다 (밀도함수라면 미분 엔트로피)."
    ),
    "step.standardise": "$[[change]]$로 치환하면 첫 번째 밀도함수가 모수 없는 표준 밀도함수가 된다.",
    "step.sum_linearity": "합을 나눈다: $k$의 거듭제곱마다 합이 하나씩 생기고 상수는 앞으로 나온다.",
    "step.sum_constant_factor": "상수 인수를 합 밖으로 꺼낸다.",
    "step.constant_factor": "상수 인수를 적분 밖으로 꺼낸다.",
    "step.substitute_sums": "합의 값을 넣으면 닫힌 형태가 나온다.",
    "step.normal_minus_log_density": "정규분포 밀도함수에 로그를 취해 부호를 바꾸면 상수와 $x$에 대한 이차식의 합이다.",
    "step.normal_mass": "표준정규분포의 밀도함수를 적분하면 1이다 (SymPy 적분).",
    "step.normal_mean": "평균은 0이다: 밀도함수가 0을 중심으로 대칭이다 (SymPy 적분).",
    "step.normal_variance": "분산은 1이다 (SymPy 적분).",
    "step.exponential_log_density": "지수분포 밀도함수의 로그는 $x$에 대한 일차식이다.",
    "step.exponential_mass": "표준 지수분포의 밀도함수 $e^{-u}$를 적분하면 1이다 (SymPy 적분).",
    "step.exponential_mean": "평균은 1이다 (SymPy 적분).",
    "step.uniform_inside": (
        "$[a_2, b_2]$ 안에 놓인 $[a_1, b_1]$ 위에서는 두 밀도함수가 모두 상수이다: "
        "$f_1 = 1/(b_1 - a_1)$, $f_2 = 1/(b_2 - a_2)$."
    ),
    "step.uniform_log_density": "균등분포의 밀도함수는 그 구간에서 상수 $1/(b_1 - a_1)$이다.",
    "step.uniform_mass": "$[0, 1]$ 위의 균등분포 밀도함수를 적분하면 1이다.",
    "step.uniform_closed_form": "따라서 적분값은 그 상수 자체이다: 닫힌 형태.",
    "step.poisson_log_ratio": "$k!$가 약분되어 두 푸아송 확률의 로그비는 $k$에 대한 일차식이다.",
    "step.mass_is_one": "확률을 모두 더하면 1이다 (SymPy 합).",
    "step.poisson_mean": "푸아송 분포의 평균은 그 비율 모수이다 (SymPy 합).",
    "step.geometric_log_probability": "기하분포 확률의 로그는 $k$에 대한 일차식이다.",
    "step.geometric_mean": "첫 성공까지의 평균 시행 횟수는 $1/p_1$이다 (SymPy 합).",
    "step.binomial_log_ratio": "이항계수가 약분되어 로그비는 $k$에 대한 일차식이다.",
    "step.binomial_mass": "이항정리: 확률을 모두 더하면 $(p_1 + 1 - p_1)^n = 1$이다 (SymPy 합).",
    "step.binomial_mean": "평균 성공 횟수는 $n p_1$이다 (SymPy 합).",
    "step.bernoulli_cross_entropy": "베르누이 분포는 두 범주로 이루어진다: $p, 1 - p$와 $q, 1 - q$를 넣는다.",
    "step.bernoulli_entropy": "베르누이 분포는 확률이 $p$와 $1 - p$인 두 범주로 이루어진다.",
    "step.categorical_parameters": "각 범주의 모수를 넣는다.",
    "step.mvn_log_density": (
        "여기서 $\\mathcal{N}_1 = \\mathcal{N}(\\mathbf{m}, \\Sigma_1)$, $\\mathcal{N}_2 = \\mathcal{N}(\\mathbf{n}, "
        "\\Sigma_2)$이다. $\\Sigma_1 = L L^{T}$로 두면 밀도함수의 로그는 상수와 $x$, $y$에 대한 이차식의 합이다. "
        "$r_{ij}$는 수반행렬로 구한 $\\Sigma_2^{-1}$의 성분이다: $r_{11} = t_{22}/D$, $r_{12} = -t_{12}/D$, "
        "$r_{22} = t_{11}/D$, $D = \\det \\Sigma_2$."
    ),
    "step.mvn_log_density_3d": (
        "여기서 $\\mathcal{N}_1 = \\mathcal{N}(\\mathbf{m}, \\Sigma_1)$, $\\mathcal{N}_2 = \\mathcal{N}(\\mathbf{n}, "
        "\\Sigma_2)$이다. $\\Sigma_1 = L L^{T}$로 두면 밀도함수의 로그는 상수와 $[[variables]]$에 대한 이차식의 합이다. "
        "$r_{ij}$는 수반행렬로 구한 $\\Sigma_2^{-1}$의 성분이다: $[[precision]]$, $D = \\det \\Sigma_2$."
    ),
    "step.put_in_log_density": "풀어 쓴 로그를 적분에 넣는다.",
    "step.mvn_matrix_form": "같은 닫힌 형태를 행렬로 쓴다: 대각합, 평균 차이의 이차형식, 행렬식 비의 로그.",
    "step.mvn_trace": "$P$와 $Q$의 공분산행렬을 넣는다.",
    "step.mvn_product": "$\\Sigma_2$의 역행렬을 구해 곱한다 (정확한 분수).",
    "step.mvn_trace_sum": "대각합은 대각성분의 합이다.",
    "step.mvn_quadratic": "평균의 차이와 $\\Sigma_2$를 넣는다.",
    "step.mvn_quadratic_value": "곱을 계산한다 (정확한 분수).",
    "step.mvn_determinant": "공분산행렬을 넣는다.",
    "step.mvn_determinant_value": "$2 \\times 2$ 행렬식: $ad - bc$.",
    "step.mvn_determinant_value_3d": "$3 \\times 3$ 행렬식을 첫째 행을 따라 전개한다 (정확한 분수).",
    "step.mvn_pieces": "세 조각을 합친다.",
    "step.mvn_covariance_entries": (
        "닫힌 형태를 $\\Sigma_1 = L L^{T}$의 성분으로 쓴다: $s_{11} = l_{11}^2$, $s_{12} = l_{11} l_{21}$, "
        "$s_{22} = l_{21}^2 + l_{22}^2$, 그리고 $\\det \\Sigma_1 = l_{11}^2 l_{22}^2$."
    ),
    "step.mvn_covariance_entries_3d": (
        "닫힌 형태를 행렬로 쓴다: 대각합, 이차형식, 행렬식은 $\\Sigma_1 = L L^{T}$의 성분 $s_{ij}$와 $\\Sigma_2$의 성분 "
        "$t_{ij}$로 계산한다. 여기서 $[[entries]]$, 그리고 $\\det \\Sigma_1 = [[determinant]]$."
    ),
    "step.family_closed_form": "한 단계씩 유도하고 검증한 닫힌 형태이다 (유도 [[derivation]]).",
    "step.family_numbers": "$P$와 $Q$의 모수를 넣는다.",
    "step.vae_sum": (
        "대각 가우시안의 좌표들은 서로 독립이므로, 발산은 좌표마다 하나씩인 항의 합이다(가법성). 각 항은 위에서 "
        "유도한 닫힌 형태이다."
    ),
    "step.vae_numbers": "각 좌표의 평균 $\\mu_j$와 퍼짐 $\\sigma_j$를 넣는다.",
    "step.vae_decimal": "내트 단위로 올바르게 반올림한 십진 근삿값.",
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
