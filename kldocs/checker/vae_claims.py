r"""The KL term of a variational autoencoder: ``mu = 0.5, sigma = 0.8`` or "a mean of 0.5 and a standard deviation
of 0.8 against the standard normal", and its stated value.

Its value is ``sum_j (sigma_j^2 + mu_j^2 - 1 - ln sigma_j^2)/2`` (the derivation ``vae_kl``),
in nats or, with no unit, in nats or bits (the note says which).

>>> [claim.verdict for claim in vae_claims("The VAE KL term with mu = 0 and sigma = 1 is 0.", "", 0) or []]
['holds']
"""

from __future__ import annotations

import re
from fractions import Fraction

from kldocs.checker import family_values as values
from kldocs.checker.family_values import FamilyClaim
from kldocs.errors import InputError
from kldocs.exact import Base

_VAE = re.compile(r"\bVAE\b|variational|\bKL term\b", re.IGNORECASE)


def vae_claims(text: str, sentence: str, offset: int) -> list[FamilyClaim] | None:
    """The VAE claim of a sentence (``text``: the sentence as plain text), or None when it states none."""
    if _VAE.search(text) and re.search(r"\\?mu\b|μ", text) and re.search(r"\\?sigma\b|σ", text):
        return [claim for claim in (_vae(text, sentence, offset),) if claim is not None]
    worded = _worded_vae(text)
    if worded is not None:
        means, spreads, end = worded
        return [claim for claim in (_vae_claim(text, sentence, offset, means, spreads, end),) if claim is not None]
    return None


def _vae(text: str, sentence: str, offset: int) -> FamilyClaim | None:
    means = _assigned(text, "mu", "μ")
    spreads = _assigned(text, "sigma", "σ")
    if means is None or spreads is None:
        return None
    return _vae_claim(text, sentence, offset, means, spreads, max(text.find("sigma"), text.find("σ")))


def _vae_claim(
    text: str, sentence: str, offset: int, means: tuple[Fraction, ...], spreads: tuple[Fraction, ...], after: int
) -> FamilyClaim | None:
    """The VAE KL term for ``means`` and ``spreads`` against the value stated after position ``after``."""
    from kldocs.derivations.vae_instance import vae_value
    from kldocs.families.certified import in_base

    match = values.last_value(text, after)
    if match is None:
        return None
    if len(means) != len(spreads):
        note = f"{len(means)} means but {len(spreads)} spreads"
        return FamilyClaim(offset, sentence.strip(), "kl", "unchecked", None, note, None, None)
    if any(s <= 0 for s in spreads):
        return FamilyClaim(
            offset, sentence.strip(), "kl", "unchecked", None, "a spread sigma is not positive", None, None
        )
    nats = vae_value(means, spreads)
    if match["infinite"]:
        note = f"the VAE KL term is finite: {nats.decimal(10)} nats"
        return FamilyClaim(offset, sentence.strip(), "kl", "false", nats.decimal(10), note, "e", "nats")
    claimed, unit = match["value"], match["unit"]
    bases = [Base.parse("2" if unit and unit.startswith("bit") else "e")] if unit else [Base(), Base.parse("2")]
    for base in bases:
        value = in_base(nats, base)
        if values.same(value.decimal(values.significant(claimed)), claimed):
            note = "VAE KL term sum_j (sigma_j^2 + mu_j^2 - 1 - ln sigma_j^2)/2 (derivation vae_kl)"
            note += "" if unit else f"; holds in {base.unit}"
            return FamilyClaim(offset, sentence.strip(), "kl", "holds", value.decimal(10), note, base.name, base.unit)
    value = in_base(nats, bases[0])
    note = f"the VAE KL term is {value.decimal(10)} {bases[0].unit}: sum_j (sigma_j^2 + mu_j^2 - 1 - ln sigma_j^2)/2"
    return FamilyClaim(offset, sentence.strip(), "kl", "false", value.decimal(10), note, bases[0].name, bases[0].unit)


#: A VAE KL term in words: the KL term (of a VAE), or a KL divergence against the standard normal.
_VAE_WORDS = re.compile(r"\bVAE\b|variational|\bKL term\b", re.IGNORECASE)
_STANDARD_NORMAL = re.compile(r"standard normal|N\s*\(\s*0\s*,\s*1\s*\)", re.IGNORECASE)
_WORDED_NUMBER = r"\s*(?:of|=|is)?\s*(?P<value>-?\d+(?:\.\d+)?(?:/\d+)?)(?![\d.])"
_WORDED_MEAN = re.compile(r"\bmean" + _WORDED_NUMBER, re.IGNORECASE)
_WORDED_SPREAD = re.compile(r"\b(?:standard deviation|std|sd)" + _WORDED_NUMBER, re.IGNORECASE)
_WORDED_VARIANCE = re.compile(r"\bvariance" + _WORDED_NUMBER, re.IGNORECASE)


def _worded_vae(text: str) -> tuple[tuple[Fraction], tuple[Fraction], int] | None:
    """``(means, spreads, end)`` of a VAE KL term stated in words ("a mean of 0.5 and a standard deviation of 0.8
    against the standard normal"): one mean and one spread (or a variance with an exact square root), the
    standard normal named after them (unless the sentence says KL term or VAE), and no other distribution;
    else None (left unread rather than misjudged)."""
    standard = _STANDARD_NORMAL.search(text)
    if not (_VAE_WORDS.search(text) or (re.search(r"\bKL\b|Kullback", text) and standard)):
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
    if not _VAE_WORDS.search(text) and standard is not None and standard.start() < first:
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
