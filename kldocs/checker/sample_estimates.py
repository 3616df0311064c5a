r"""A KL divergence estimated from samples: ``D(p\|q) \approx \frac{1}{N} \sum_{i=1}^{N} \log \frac{p(x_i)}{q(x_i)}``.

With samples ``x_1, ..., x_N`` drawn from ``p``, the divergence is the average of the log-ratios; their sum,
with the ``1/N`` left out, grows like ``N`` times the divergence. A formula that sets the divergence equal (or
about equal) to such a sum over ``i = 1..N`` whose terms are logarithms alone (no weight ``p(x_i)`` before them,
which would make it the definition over ``N`` outcomes) and has no ``1/N`` anywhere is read as that mistake; the
terms must read as ``\log p - \log q`` (:mod:`~kldocs.checker.side_readings`), or nothing is claimed.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("$$KL(p\\|q) \\approx \\sum_{i=1}^{N} \\ln \\frac{p(x_i)}{q(x_i)}$$\n", "a.md")
>>> [(item.measure, item.property) for item in unaveraged_estimates(document, document.math[0])]
[('kl', 'unaveraged_estimate')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.definition_notation import plain_notation
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.measure_symbols import read_measure
from kldocs.checker.property_claims import Property, shorten
from kldocs.checker.side_readings import side_readings
from kldocs.checker.sum_definitions import MAX_FORMULA_TEXT

#: Most characters of a formula read for an estimate.
MAX_FORMULA = 600
#: A sum over N samples right after a relation: ``\simeq \sum_{i=1}^{N}``, ``≈ Σ_{i=1}^N``.
_SAMPLE_SUM = lazy(
    r"(?:=|\\approx|\\simeq|≈|≃)\s*(?:\{\}\s*)?(?:\\sum|∑|Σ)\s*(?:_\s*\{\s*i\s*=\s*1\s*\}\s*\^\s*\{?\s*[NnMm]\s*\}?"
    r"|\^\s*\{?\s*[NnMm]\s*\}?\s*_\s*\{\s*i\s*=\s*1\s*\})"
)
#: A one over the count, wherever it stands: ``\frac{1}{N}``, ``1/N``, ``\tfrac1N``, ``N^{-1}``.
_ONE_OVER = lazy(r"\\[dt]?frac\s*\{?\s*1\s*\}?\s*\{?\s*[NnMm]\s*\}?|1\s*/\s*[NnMm]|[NnMm]\s*\^\s*\{?\s*-\s*1")
#: The condition on a sample's parameters inside an argument: ``q(x_i|\theta)``, ``q(x_i; \theta)``.
_PARAMETERS = lazy(r"\(\s*(x_\{?i\}?)\s*(?:\||\\mid|;)[^()|]{0,30}\)")
#: The end of a row or of the formula.
_ROW_END = lazy(r"\\\\|\\label|\\tag|$")


def unaveraged_estimates(document: SourceText, region: Region) -> Iterator[Property]:
    """The estimates of a KL divergence from samples written as a sum with no ``1/N``."""
    text = region.text
    if len(text) > MAX_FORMULA or ("sum" not in text and "∑" not in text and "Σ" not in text):
        return
    for match in _SAMPLE_SUM.finditer(text):
        row_break = text.rfind("\\\\", 0, match.start())
        row_start = max(row_break + 2 if row_break >= 0 else 0, text.rfind("\n", 0, match.start()) + 1)
        row_end = _ROW_END.search(text, match.end())
        end = row_end.start() if row_end else len(text)
        if _ONE_OVER.search(text, row_start, end) or not _unaveraged(
            text[row_start : match.start()], text[match.end() : end]
        ):
            continue
        offset = region.offset + row_start
        shown = shorten(" ".join(text[row_start:end].split()), MAX_FORMULA_TEXT)
        yield Property(document.line(offset), shown, "kl", "unaveraged_estimate", False, offset)


def _unaveraged(left: str, body: str) -> bool:
    r"""True when ``left`` ends with ``D(p||q)`` and ``body`` holds the log-ratios ``\log p(x_i) - \log q(x_i)``
    alone, no weight before them.

    >>> _unaveraged(r"KL(p\|q) ", r"\{-\ln q(x_i|\theta) + \ln p(x_i)\}")
    True
    >>> _unaveraged(r"KL(p\|q) ", r"p(x_i) \ln \frac{p(x_i)}{q(x_i)}")
    False
    """
    symbol = _symbol_before(left.rstrip())
    if symbol is None or "x_" not in body:
        return False
    inner = _PARAMETERS.sub(r"(\1)", plain_notation(body)).strip()
    if inner[:1] in "{[(" and inner[-1:] in "}])":
        inner = inner[1:-1]
    if not re.match(r"\s*(?:[-+]\s*)?(?:\\log|\\ln|log|ln)(?![A-Za-z])", inner):
        return False  # a weight or a factor before the logarithms
    first, second = symbol
    readings = side_readings(f"\\sum_i {first}(x_i) [{inner}]", {})
    first, second = first.upper(), second.upper()
    divergence = ({f"D_KL({first}||{second})": 1}, {f"H({first},{second})": 1, f"H({first})": -1})
    return len(readings) == 1 and readings[0] in divergence


def _symbol_before(left: str) -> tuple[str, str] | None:
    r"""The two distributions of the KL divergence whose symbol is ``left`` (its relation dropped), alone: with a
    factor before it (``N \cdot D(p\|q) \approx \sum ...``) the sum is what it should be.

    >>> _symbol_before(r"D(p\|q)"), _symbol_before(r"N \cdot D(p\|q)")
    (('p', 'q'), None)
    """
    for start in range(max(0, len(left) - 40), len(left)):
        found = read_measure(left, start)
        if found is not None and found[1] == len(left):
            if left[:start].strip(" \t\n&"):
                return None
            symbol, _ = found
            if symbol.measure == "kl" and symbol.args is not None and len(symbol.args) == 2:
                return symbol.args[0], symbol.args[1]
            return None
    return None
