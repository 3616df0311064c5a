r"""Which language a block of code is, R or Julia (by its fence or its code), and the code of that language in the
blocks above it, whose names and functions hold in it.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("```r\np <- c(0.5, 0.5)\n```\n\n```r\nH(p)\n```\n", "a.md")
>>> region_language(document, document.code[1]), code_above(document, document.code[1], "r")
('r', 'p <- c(0.5, 0.5)')
"""

from __future__ import annotations

import bisect
import re

from kldocs.checker.code_names import parsed
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.vector_steps import JULIA_PROMPT, console_steps

_R_CODE = lazy(r"^[ \t]*[A-Za-z_.][\w.]*[ \t]*<-|^[ \t]*#[#>][ \t]*\[1\]", re.MULTILINE)
_JULIA_CODE = lazy(r"\bprintln\(|\.[*/^]|\b(?:log2?|exp|sqrt)\.\(|^\s*function\s+\w+\(|^\s*using\s+\w+", re.MULTILINE)
_FIRST_R_PROMPT = lazy(r"(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*> \S")
#: Most blocks above read for the code of the same language.
MAX_BLOCKS_ABOVE = 10


def block_language(code: str) -> str | None:
    r"""``"r"`` or ``"julia"`` for a block of either (a script, a chunk with knitr's output, a console), else None.

    >>> block_language("p <- c(0.5, 0.5)"), block_language("julia> kl(p, q)"), block_language("print(kl(p, q))")
    ('r', 'julia', None)
    """
    if "julia>" in code and JULIA_PROMPT.match(code.lstrip("\n")):
        return "julia"
    if _R_CODE.search(code) or ("> " in code and _FIRST_R_PROMPT.match(code)):
        return "r"
    if _JULIA_CODE.search(code) and parsed(code) is None:
        return "julia"
    return None


_FENCE = lazy(r"[ \t]*(?:`{3,}|~{3,})[ \t]*\{?[ \t]*(?P<language>[A-Za-z][\w-]*)")
_FENCED = {"r": "r", "rscript": "r", "rconsole": "r", "julia": "julia", "jl": "julia", "julia-repl": "julia"}
_FENCED |= {"jldoctest": "julia"}


def region_language(document: SourceText, region: Region) -> str | None:
    """The language of a block of code: the one its fence names (```` ```{r} ````, ```` ```julia ````; another
    language there is neither), else the one its code shows (:func:`block_language`)."""
    start = document.text.rfind("\n", 0, max(0, region.offset - 1)) + 1
    fence = _FENCE.match(document.text, start, max(start, region.offset - 1))
    if fence is not None:
        return _FENCED.get(fence.group("language").lower())
    return block_language(region.text)


def typed_code(code: str, language: str) -> str:
    """The code a block gives names and functions with: a console's statements, or the code itself."""
    steps = console_steps(code, 0, language)
    return "\n".join(step.statement for step in steps) if steps is not None else code


def code_above(document: SourceText, region: Region, language: str) -> str:
    """The code of the same language in the blocks of code above ``region`` (up to :data:`MAX_BLOCKS_ABOVE`)."""
    index = bisect.bisect_left(document.code, region.offset, key=lambda block: block.offset)
    blocks = document.code[max(0, index - MAX_BLOCKS_ABOVE) : index]
    return "\n".join(
        typed_code(block.text, language) for block in blocks if region_language(document, block) == language
    )


def output_above(document: SourceText, output: Region) -> str:
    """The code above a block of output that is an R or Julia console, in its language (else nothing)."""
    language = block_language(output.text) if ">" in output.text else None
    return code_above(document, output, language) if language is not None else ""
