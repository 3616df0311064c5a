r"""The KL term of a variational autoencoder: ``mu = 0.5, sigma = 0.8`` or "a mean of 0.5 and a standard deviation
of 0.8 against the standard normal", and its stated value.

Its value is ``sum_j (sigma_j^2 + mu_j^2 - 1 - ln sigma_j^2)/2`` (the derivation ``vae_kl``),
in the unit the claim states or, with no unit, in nats or bits (the note says which). The stated
value is read whole (``\\frac{1}{4} + \\ln 2`` nats), as :mod:`~kldocs.checker.family_stated` reads it.

>>> text = "The VAE KL term with mu = 0 and sigma = 1 is 0."
>>> [claim.verdict for claim in vae_claims(text, text, text, 0) or []]
['holds']
"""

from __future__ import annotations

import re
from fractions import Fraction

from kldocs.checker import family_values as values
from kldocs.checker.family_stated import Stated, judge_stated, reported_bases, stated_after
from kldocs.checker.family_values import FamilyClaim
from kldocs.checker.lazy_patterns import lazy
from kldocs.errors import InputError

_VAE = lazy(r"\bVAE\b|variational|\bKL term\b", re.IGNORECASE)


def _names_vae(text: str) -> bool:
    """Whether ``text`` says VAE, variational or KL term (words looked for first: a pattern over 10 MB is slow).

    >>> _names_vae("the KL term of a VAE"), _names_vae("the KL divergence")
    (True, False)
    """
    lowered = text.lower()
    return any(word in lowered for word in ("vae", "variational", "kl term")) and _VAE.search(text) is not None


def vae_claims(text: str, light: str, sentence: str, offset: int) -> list[FamilyClaim] | None:
    """The VAE claim of a sentence, or None when it states none.

    ``text`` and ``light`` are the sentence as plain text, with its fractions as ``a/b`` and as written
    (see :func:`~kldocs.checker.family_stated.plain_texts`).
    """
    named = _names_vae(text)
    if named and re.search(r"\\?mu\b|μ", text) and re.search(r"\\?sigma\b|σ", text):
        return [claim for claim in (_vae(text, light, sentence, offset),) if claim is not None]
    worded = _worded_vae(text, named)
    if worded is not None:
        means, spreads, end = worded
        stated = stated_after(text, light, end)
        return [claim for claim in (_vae_claim(stated, sentence, offset, means, spreads),) if claim is not None]
    return None


def _vae(text: str, light: str, sentence: str, offset: int) -> FamilyClaim | None:
    means = _assigned(text, "mu", "μ")
    spreads = _assigned(text, "sigma", "σ")
    if means is None or spreads is None:
        return None
    stated = stated_after(text, light, max(text.find("sigma"), text.find("σ")))
    return _vae_claim(stated, sentence, offset, means, spreads)


def _vae_claim(
    stated: Stated | None, sentence: str, offset: int, means: tuple[Fraction, ...], spreads: tuple[Fraction, ...]
) -> FamilyClaim | None:
    """The VAE KL term for ``means`` and ``spreads`` against the value a sentence states."""
    from kldocs.derivations.vae_instance import vae_value
    from kldocs.families.certified import in_base

    if stated is None:
        return None
    if len(means) != len(spreads):
        note = f"{len(means)} means but {len(spreads)} spreads"
        return FamilyClaim(offset, sentence.strip(), "kl", "unchecked", None, note, None, None)
    if any(s <= 0 for s in spreads):
        return FamilyClaim(
            offset, sentence.strip(), "kl", "unchecked", None, "a spread sigma is not positive", None, None
        )
    nats = vae_value(means, spreads)
    if stated.infinite:
        note = f"the VAE KL term is finite: {nats.decimal(10)} nats"
        return FamilyClaim(offset, sentence.strip(), "kl", "false", nats.decimal(10), note, "e", "nats")
    if stated.problem:
        return FamilyClaim(offset, sentence.strip(), "kl", "unchecked", None, f"not read: {stated.problem}", None, None)
    formula = "sum_j (sigma_j^2 + mu_j^2 - 1 - ln sigma_j^2)/2"
    judged = judge_stated(stated, lambda base: in_base(nats, base))
    base, shown = judged.base, judged.value.decimal(10)
    if judged.verdict == "holds":
        cut_off = stated.cut_off(judged.value)
        note = (
            f"VAE KL term {formula} (derivation vae_kl)"
            + (f"; {cut_off}" if cut_off else "")
            + (f"; holds in {base.unit}" if len(stated.bases()) > 1 else "")
        )
    else:
        written = "" if stated.decimal is not None else f", not {stated.written}"
        bases = reported_bases(stated, judged)
        each = " or ".join(f"{in_base(nats, other).decimal(10)} {other.unit}" for other in bases)
        note = f"the VAE KL term is {each}{written}: {formula}"
        if len(bases) > 1:
            return FamilyClaim(offset, sentence.strip(), "kl", judged.verdict, None, note, None, None)
    return FamilyClaim(offset, sentence.strip(), "kl", judged.verdict, shown, note, base.name, base.unit)


#: A VAE KL term in words: the KL term (of a VAE), or a KL divergence against the standard normal.
_STANDARD_NORMAL = lazy(r"standard normal|N\s*\(\s*0\s*,\s*1\s*\)", re.IGNORECASE)
_WORDED_NUMBER = r"\s*(?:of|=|is)?\s*(?P<value>-?\d+(?:\.\d+)?(?:/\d+)?)(?![\d.])"
_WORDED_MEAN = lazy(r"\bmean" + _WORDED_NUMBER, re.IGNORECASE)
_WORDED_SPREAD = lazy(r"\b(?:standard deviation|std|sd)" + _WORDED_NUMBER, re.IGNORECASE)
_WORDED_VARIANCE = lazy(r"\bvariance" + _WORDED_NUMBER, re.IGNORECASE)


def _worded_vae(text: str, named: bool) -> tuple[tuple[Fraction], tuple[Fraction], int] | None:
    """``(means, spreads, end)`` of a VAE KL term stated in words ("a mean of 0.5 and a standard deviation of 0.8
    against the standard normal"): one mean and one spread (or a variance with an exact square root), the
    standard normal named after them (unless the sentence says KL term or VAE), and no other distribution;
    else None (left unread rather than misjudged). ``named``: the sentence says VAE, variational or KL term."""
    says_kl = ("KL" in text or "Kullback" in text) and re.search(r"\bKL\b|Kullback", text)
    standard = None if named or not says_kl else _STANDARD_NORMAL.search(text)
    if not named and standard is None:
        return None
    others = [
        match
        for match in values.FAMILY.finditer(text)
        if re.sub(r"\s", "", match["args"]) != "0,1" or values.FAMILY_NAMES.get(match["name"].lower()) != "normal"
    ]
    means, spreads, variances = (list(p.finditer(text)) for p in (_WORDED_MEAN, _WORDED_SPREAD, _WORDED_VARIANCE))
    if others or len(means) != 1 or len(spreads) + len(variances) != 1:
        return None
    first = min(match.start() for match in (*means, *spreads, *variances))
    if standard is not None and standard.start() < first:
        return None  # the standard normal named first: which direction is meant is not said the usual way
    try:
        mean = values.number(means[0]["value"])
        if spreads:
            spread: Fraction | None = values.number(spreads[0]["value"])
            end = spreads[0].end()
        else:
            variance, end = values.number(variances[0]["value"]), variances[0].end()
            spread = values.square_root(variance) if variance > 0 else None
    except InputError:
        return None
    return None if spread is None else ((mean,), (spread,), max(end, means[0].end()))


def _assigned(text: str, *names: str) -> tuple[Fraction, ...] | None:
    for name in names:
        pattern = rf"(?:\\{name}|{name})(?:_\{{?j\}}?)?\s*=\s*(?P<values>\(?\[?\s*-?\d[\d./\s,\-]*\]?\)?)"
        match = re.search(pattern, text)
        if match:
            items = [item for item in re.split(r"[,\s]+", match["values"].strip("()[] ")) if item]
            try:
                return tuple(values.number(item) for item in items)
            except InputError:
                return None
    return None
