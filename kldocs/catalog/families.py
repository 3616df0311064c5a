"""Words about parametric families, in English and Korean: their derivations' titles and steps.

``EN`` and ``KO`` also hold the words of the families' pages, lecture sections and exercise sheets,
kept in :mod:`kldocs.catalog.family_pages`.
"""

from kldocs.catalog import family_pages

__all__ = ["EN", "KO"]

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
}

EN.update(family_pages.EN)
KO.update(family_pages.KO)
