r"""Values R shows for the calls of a block of R code: ``entropy(p)`` and, below it, ``[1] 1.029653``.

R prints the value of every call written alone at the top level of a script, after the index of its first
item (``[1] 1.029653``); knitr pastes that output into the document as comments below each call
(``## [1] 1.029653``). Calls are read as the Python readers read them (R's ``entropy(p)`` and
``kl(p, q)`` are Python too; the functions an R script defines give the base of their logs, see
:func:`~kldocs.checker.code_functions.other_languages`). A block of output below R code is read when each of
its lines is a value after ``[1]`` and they are exactly as many as the calls that print; functions that
print nothing (``library``, ``plot``...) do not count; a line that is not read as R or Python leaves the block
unread. Code is never run.

>>> code = "p <- c(0.5, 0.5)\nentropy <- function(p) -sum(p * log2(p))\nentropy(p)"
>>> [claim.text for claim in r_output_claims(code, "[1] 1", 0, {"entropy": "2"})]
[]
>>> [claim.text for claim in r_output_claims(code, "[1] 1.0", 0, {"entropy": "2"})]
['H(p) = 1.0 bits']
>>> [claim.text for claim in knitr_claims("kl(p, q)\n## [1] 0.0305", 0, {"kl": "e"})]
['D_KL(p||q) = 0.0305 nats']
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping

from kldocs.checker.code_calls import ast_expression, dotted, measure_call
from kldocs.checker.code_comments import CommentClaim, call_claim, normal_claim
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.normal_calls import normal_call
from kldocs.checker.vector_code import SILENT

_NUMBER = r"(?P<number>-?[0-9]+\.[0-9]+(?:[eE][-+]?[0-9]+)?)"
#: A value R shows, after the index of its first item.
_SHOWN = lazy(r"[ \t]*\[1\][ \t]+" + _NUMBER + r"[ \t]*")
#: The same as knitr pastes it below the call (``##``), or reprex and pkgdown (``#>``).
_KNITR = lazy(r"[ \t]*#[#>][ \t]*\[1\][ \t]+" + _NUMBER + r"[ \t]*")
#: R functions whose calls print no value after an index (``cat`` prints its own text).
_SILENT = SILENT | {"cat"}


def r_output_claims(
    code: str, output: str, output_offset: int, bases: Mapping[str, str | None] | None = None
) -> Iterator[CommentClaim]:
    """The claims a block of output below R code makes: the n-th value is what the n-th printing call shows."""
    shown = [(index, _SHOWN.fullmatch(line)) for index, line in enumerate(output.split("\n")) if line.strip()]
    calls = _printing_calls(code) if shown and all(match for _, match in shown) else None
    if calls is None or len(calls) != len(shown):
        return
    starts = [0]
    for line in output.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    for call, (index, match) in zip(calls, shown, strict=True):
        measure = measure_call(call, bases)
        claim = (
            call_claim(measure, match.group("number"), output_offset + starts[index] + match.start("number"))
            if measure is not None and match is not None
            else None
        )
        if claim is not None:
            yield claim


def knitr_claims(code: str, offset: int, bases: Mapping[str, str | None] | None = None) -> Iterator[CommentClaim]:
    """``## [1] 0.0305`` right below a call alone on its line: the value knitr shows for it."""
    if not any(mark in code for mark in ("## [1]", "##[1]", "#> [1]", "#>[1]")):
        return
    lines = code.split("\n")
    for index, line in enumerate(lines[:-1]):
        offset += len(line) + 1  # where the line below starts
        shown = _KNITR.fullmatch(lines[index + 1])
        if shown is None:
            continue
        call = _alone(line)
        measure = measure_call(call, bases) if call is not None else None
        where = offset + shown.start("number")
        claim = call_claim(measure, shown.group("number"), where) if measure else _normal(line, shown["number"], where)
        if claim is not None:
            yield claim


def _normal(line: str, written: str, where: int) -> CommentClaim | None:
    """The claim a value shown below a call of a function for normals makes (see :mod:`.normal_calls`)."""
    call = normal_call(line)
    return normal_claim(call, written, where) if call is not None else None


def _printing_calls(code: str) -> list[ast.expr] | None:
    """The calls written alone at the top level of R code, which R prints; None when a line is not read."""
    calls: list[ast.expr] = []
    depth = 0
    for line in code.split("\n"):
        text = line.split("#", 1)[0].strip()
        top = depth == 0
        depth += text.count("{") + text.count("(") - text.count("}") - text.count(")")
        if not top or not text or "<-" in text or "{" in text or "}" in text:
            continue
        if depth != 0:
            return None  # a call over several lines
        call = _alone(text)
        if call is None:
            return None
        name = dotted(call.func) if isinstance(call, ast.Call) else ""
        if name not in _SILENT:
            calls.append(call)
    return calls


def _alone(line: str) -> ast.expr | None:
    """A call alone on its line (no assignment), as Python reads it."""
    if "<-" in line or "=" in line.split("(", 1)[0]:
        return None
    expression = ast_expression(line)
    return expression if isinstance(expression, ast.Call) else None
