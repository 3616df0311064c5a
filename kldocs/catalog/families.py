"""Words about parametric families: their derivations, pages and notes, in English and Korean."""

EN: dict[str, str] = {
    # --- derivation titles ---
    "derivation.normal_cross_entropy.title": "Cross-entropy between two normal distributions",
    "derivation.normal_entropy.title": "Differential entropy of a normal distribution",
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
}

KO: dict[str, str] = {
    # --- derivation titles ---
    "derivation.normal_cross_entropy.title": "두 정규분포 사이의 교차 엔트로피",
    "derivation.normal_entropy.title": "정규분포의 미분 엔트로피",
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
}
