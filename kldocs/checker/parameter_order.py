r"""Which distribution comes first when a divergence's left side names both by their parameters.

A closed form for the KL divergence of two members of a family may leave open which distribution is the
first (``KL(p, q) = ...`` under "two Gaussians"), and is then read either way. When the left side writes both
distributions with the form's own symbols (``D_{KL}(\mathrm{Ber}(p) \| \mathrm{Ber}(q))``,
``KL(\mathcal{N}(\mu_1, \sigma_1^2) \| \mathcal{N}(\mu_2, \sigma_2^2))``), the order is stated: a right side that
agrees only with the two swapped is the other divergence, a mistake.

>>> pinned_order(["p", "q"], r"\mathrm{ber}(q)\|\mathrm{ber}(p)")
['q', 'p']
>>> pinned_order(["\\mu_1", "\\sigma_1", "\\mu_2", "\\sigma_2"], r"n(\mu_1, \sigma_1^2) \| n(\mu_2, \sigma_2^2)")
['\\mu_1', '\\sigma_1', '\\mu_2', '\\sigma_2']
>>> pinned_order(["p", "q"], "p_1 \\| p_2") is None
True
"""

from __future__ import annotations

import re


def pinned_order(order: list[str], arguments: str) -> list[str] | None:
    """``order`` (the first distribution's symbols, then the second's) as the left side's ``arguments`` place the
    two distributions; None unless every symbol is there and the two distributions' symbols do not interleave."""
    half = len(order) // 2
    if half == 0 or len(order) % 2:
        return None
    places = [place for symbol in order if (place := _place(symbol, arguments)) is not None]
    if len(places) != len(order):
        return None
    first, second = places[:half], places[half:]
    if max(first) < min(second):
        return order
    if max(second) < min(first):
        return order[half:] + order[:half]
    return None


def _place(symbol: str, arguments: str) -> int | None:
    """Where ``symbol`` first stands on its own in ``arguments`` (``p`` in ``ber(p)``, not in ``\\mathrm{p}``)."""
    found = re.search(r"(?<![A-Za-z\\])" + re.escape(symbol) + r"(?![A-Za-z0-9])", arguments)
    return None if found is None else found.start()
