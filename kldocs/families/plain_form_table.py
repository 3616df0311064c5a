"""The families' verified closed forms as text (written by ``python -m kldocs.families.plain_form_writer``).

See :mod:`kldocs.families.plain_forms`; a test writes this table again from the derivations and compares.
"""

#: The closed form of each derivation, as SymPy prints it.
CLOSED_FORMS: dict[str, str] = {
    "bernoulli": "p*log(p/q) + (1 - p)*log((1 - p)/(1 - q))",
    "bernoulli_cross_entropy": "-p*log(q) + (p - 1)*log(1 - q)",
    "bernoulli_entropy": "-p*log(p) + (p - 1)*log(1 - p)",
    "binomial_kl": "n*(p_1*log(p_1/p_2) + (1 - p_1)*log((1 - p_1)/(1 - p_2)))",
    "geometric_kl": "log(p_1/p_2) + (1 - p_1)*log((1 - p_1)/(1 - p_2))/p_1",
    "geometric_cross_entropy": "-log(p_2) - (1 - p_1)*log(1 - p_2)/p_1",
    "geometric_entropy": "-log(p_1) - (1 - p_1)*log(1 - p_1)/p_1",
    "poisson_kl": "lambda_1*log(lambda_1/lambda_2) - lambda_1 + lambda_2",
    "exponential_kl": "log(lambda_1/lambda_2) - 1 + lambda_2/lambda_1",
    "exponential_cross_entropy": "-log(lambda_2) + lambda_2/lambda_1",
    "exponential_entropy": "1 - log(lambda_1)",
    "uniform_kl": "log((-a_2 + b_2)/(-a_1 + b_1))",
    "uniform_cross_entropy": "log(-a_2 + b_2)",
    "uniform_entropy": "log(-a_1 + b_1)",
    "gaussian": "log(sigma_2/sigma_1) - 1/2 + (sigma_1**2 + (mu_1 - mu_2)**2)/(2*sigma_2**2)",
    "normal_cross_entropy": "log(2*pi*sigma_2**2)/2 + (sigma_1**2 + (mu_1 - mu_2)**2)/(2*sigma_2**2)",
    "normal_entropy": "log(2*E*pi*sigma_1**2)/2",
    "multivariate_normal_kl": (
        "(log((t_11*t_22 - t_12**2)/(s_11*s_22 - s_12**2)) - 2 + (s_11*t_22 - 2*s_12*t_12 + "
        "s_22*t_11)/(t_11*t_22 - t_12**2) + (t_11*(-m_2 + n_2)**2 - 2*t_12*(-m_1 + n_1)*(-m_2 + "
        "n_2) + t_22*(-m_1 + n_1)**2)/(t_11*t_22 - t_12**2))/2"
    ),
    "multivariate_normal_cross_entropy": (
        "((s_11*t_22 - 2*s_12*t_12 + s_22*t_11)/(t_11*t_22 - t_12**2) + (t_11*(-m_2 + n_2)**2 - "
        "2*t_12*(-m_1 + n_1)*(-m_2 + n_2) + t_22*(-m_1 + n_1)**2)/(t_11*t_22 - t_12**2))/2 + "
        "log(t_11*t_22 - t_12**2)/2 + log(2*pi)"
    ),
    "multivariate_normal_entropy": "log(s_11*s_22 - s_12**2)/2 + log(2*E*pi)",
}
#: The derivations' parameter names for P and for Q, by where their symbols live.
PARAMETERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "kldocs.derivations.identities.bernoulli:PARAMETERS": (("p",), ("q",)),
    "kldocs.derivations.identities.binomial:BINOMIAL": (("n", "p_1"), ("n", "p_2")),
    "kldocs.derivations.identities.geometric:GEOMETRIC": (("p_1",), ("p_2",)),
    "kldocs.derivations.identities.poisson:POISSON": (("lambda_1",), ("lambda_2",)),
    "kldocs.derivations.identities.exponential:EXPONENTIAL": (("lambda_1",), ("lambda_2",)),
    "kldocs.derivations.identities.uniform:UNIFORM": (("a_1", "b_1"), ("a_2", "b_2")),
    "kldocs.derivations.identities.normal:NORMAL": (("mu_1", "sigma_1"), ("mu_2", "sigma_2")),
    "kldocs.derivations.identities.multivariate_normal:PARAMETERS": (
        ("m_1", "m_2", "s_11", "s_12", "s_22"),
        ("n_1", "n_2", "t_11", "t_12", "t_22"),
    ),
}
