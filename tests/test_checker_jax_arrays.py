"""Distributions written as JAX arrays (``jnp.array``) are read like NumPy's."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _kl_nats(p: list[str], q: list[str]) -> mpmath.mpf:
    return mpmath.fsum(mpmath.mpf(a) * mpmath.log(mpmath.mpf(a) / mpmath.mpf(b)) for a, b in zip(p, q, strict=True))


P, Q = ["0.6", "0.25", "0.15"], ["0.3", "0.3", "0.4"]


@pytest.mark.parametrize("array", ["jnp.array", "jnp.asarray"])
@pytest.mark.parametrize(("shown", "verdict"), [(mpmath.nstr(_kl_nats(P, Q), 6), "holds"), ("0.2811", "false")])
def test_a_kl_printed_for_jax_arrays_is_judged(array: str, shown: str, verdict: str) -> None:
    assert shown == "0.2811" or mpmath.almosteq(_kl_nats(P, Q), mpmath.mpf(shown), 1e-5)
    code = (
        "import jax.numpy as jnp\nfrom jax.scipy.special import rel_entr\n\n"
        f"p = {array}([{', '.join(P)}])\nq = {array}([{', '.join(Q)}])\nprint(jnp.sum(rel_entr(p, q)))\n"
    )
    text = f"```python\n{code}```\n\n```\n{shown}\n```\n"
    claims = [claim for claim in check_text(text, "jax.md").claims if claim.kind == "kl"]
    assert [claim.verdict for claim in claims] == [verdict]


def test_a_prose_value_after_jax_arrays_is_judged_against_them_not_the_earlier_lists() -> None:
    value = mpmath.nstr(_kl_nats(P, Q), 4)
    text = (
        "Let $p = (0.5, 0.5)$ and $q = (0.9, 0.1)$.\n\n"
        f"```python\np = jnp.array([{', '.join(P)}])\nq = jnp.array([{', '.join(Q)}])\n```\n\n"
        f"Here $D_{{KL}}(p\\|q) \\approx {value}$ nats.\n"
    )
    claims = [claim for claim in check_text(text, "jax.md").claims if claim.kind == "kl"]
    assert [claim.verdict for claim in claims] == ["holds"]
