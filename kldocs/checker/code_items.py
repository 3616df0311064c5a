"""What code and the output below it claim, as records: the distributions code defines and the names it
changes (:mod:`.code_definitions`), values in its comments (:mod:`.code_comments`) and tests
(:mod:`.code_asserts`), sessions, and the lines its prints printed (:mod:`.printed_output`)."""

from __future__ import annotations

import ast
import bisect
import string
from collections.abc import Callable, Iterable, Iterator
from fractions import Fraction

from kldocs.checker.chains import statements
from kldocs.checker.code_asserts import assert_claims
from kldocs.checker.code_calls import other_language
from kldocs.checker.code_comments import LINE, CommentClaim, block_comments
from kldocs.checker.code_definitions import Changed, block_definitions
from kldocs.checker.code_names import Earlier, parsed
from kldocs.checker.distributions import DistributionDefinition
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.found import FamilyText, Found, Unreadable
from kldocs.checker.labels_above import heading_above
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.output_places import commented_output, output_after, text_output_after
from kldocs.checker.printed_output import has_session, one_line_output, printed_claims, result_after
from kldocs.checker.r_output import knitr_claims, r_output_claims
from kldocs.checker.shown_between import last_program, shown_between
from kldocs.checker.tokens import tokenize
from kldocs.checker.unread import Unread
from kldocs.checker.vector_languages import code_above, region_language
from kldocs.checker.vector_output import any_session_claims, script_claims, vector_claims
from kldocs.checker.vector_steps import KNITR_LINE, knitr_steps

#: What a claim read from code or a printed line gives: the claim, and the lists of numbers its call takes.
Read = Found | FamilyText | DistributionDefinition | Unread | Unreadable


_PASTED_OUTPUT = lazy(
    r"^\s*[A-Za-z_ ]{1,40}\([^()]{1,30}\)(?:\s+[A-Za-z][a-z]{4,9})?\s*[:=]\s*-?[0-9.]+(?:\s*[a-z]{1,8})?\s*$"
)

_COMMENT = lazy(r"\s*#")


def code_items(
    document: SourceText,
    region: Region,
    functions: dict[str, str | None],
    all_code: str,
    earlier: Earlier,
    pasted: Callable[[Region], Iterable[Found | Unreadable]],
) -> Iterator[Read | Unreadable | Changed]:
    """From code, the distributions it assigns (``p = np.array([0.1, 0.9])``), output pasted into it,
    the values its comments give (:mod:`.code_comments`) and the output printed below it (:mod:`.printed_output`).

    A line such as ``KL(P || Q): 1.927 bits`` is not code in any language: it is
    printed output shown in a code block, read as prose by ``pasted``; so is such a line commented out in a
    block that is nothing but comments (``# KL(P || Q): 1.336 nats``).
    """
    yield from block_definitions(document, region)
    functions = other_language(functions, region.text)
    offset = region.offset
    lines = region.text.split("\n")
    commented = all(_COMMENT.match(line) for line in lines if line.strip())
    for line in lines:
        line = line.replace("#", " ", 1) if commented else line
        if _PASTED_OUTPUT.match(line):
            yield from pasted(Region("prose", line, offset))
        yield from claimed(document, assert_claims(line, offset, functions))
        offset += len(line) + 1
    if region.session or has_session(region.text):
        shown = region.session or region.text
        language = None if region.session else region_language(document, region)
        above = code_above(document, region, language) if language is not None else ""
        yield from claimed(document, any_session_claims(shown, region.offset, functions, earlier, above))
    heading = heading_above(document, region)  # a comment line of code that lost its fence, read as a heading
    code, start = (region.text, region.offset)
    if heading is not None:
        code, start = f"{heading}\n{region.text}", region.offset - len(heading) - 1
    comments = block_comments(code, start, functions, all_code, earlier)
    yield from claimed(document, _knitr(document, region, functions))
    yield from claimed(document, comments.claims)
    yield from unread_at(document, comments.unread)


def unread_at(document: SourceText, starts: Iterable[int]) -> Iterator[Unread]:
    """Values at these offsets that were not read, each listed with the rest of its line."""
    for start in starts:
        yield Unread(document.line(start), _rest_of_line(document, start), start, document.cell(start))


def _rest_of_line(document: SourceText, start: int) -> str:
    end = document.text.find("\n", start)
    return document.text[start : len(document.text) if end < 0 else end].strip()


def printed_items(
    document: SourceText,
    region: Region,
    functions: dict[str, str | None],
    earlier: Earlier,
) -> list[Read]:
    """What the output below a block of code, or pasted at its end as comments, says its prints computed
    (see :mod:`.printed_output`)."""
    output = output_after(document, region)
    between = [
        claim
        for program, line, start in shown_between(region.text)
        for claim in printed_claims(program, line, region.offset + start, functions, earlier)
    ]
    if between:  # values shown under each expression, and maybe the last one's below the block
        below = output or text_output_after(document, region)
        last = last_program(region.text) if below is not None and "\n" not in below.text.strip() else None
        if below is not None and last is not None:
            between += printed_claims(last, below.text, below.offset, functions, earlier)
        return list(claimed(document, between))
    commented = commented_output(region.text) if output is None else None
    if commented is not None:
        code, shown, start = commented
        pasted = list(claimed(document, printed_claims(code, shown, region.offset + start, functions, earlier)))
        if pasted:
            return pasted
    below = text_output_after(document, region) if output is None else None
    if below is not None and below.text.count("\n") < max(1, region.text.count("print(")):  # no more lines than prints
        for code in (region.text, *_statements_above(document, region)):
            pasted = list(claimed(document, printed_claims(code, below.text, below.offset, functions, earlier)))
            if pasted:
                return pasted
    if output is None:
        given = result_after(document, region, functions)
        found = [given] if given is not None else list(one_line_output(document, region, functions))
        return list(claimed(document, found))
    read = list(claimed(document, printed_claims(region.text, output.text, output.offset, functions, earlier)))
    language = region_language(document, region) if not read else None
    if language is not None:
        above = code_above(document, region, language)
        read = list(claimed(document, script_claims(region.text, output.text, output.offset, language, above)))
    return read or list(claimed(document, r_output_claims(region.text, output.text, output.offset, functions)))


def _knitr(document: SourceText, region: Region, functions: dict[str, str | None]) -> Iterator[CommentClaim]:
    """The values knitr pasted below a chunk's statements (``## [1] 0.0305``, a table's rows): read as R's values
    (:mod:`.vector_output`), else as :func:`~kldocs.checker.r_output.knitr_claims` reads them."""
    if "#" not in region.text or not KNITR_LINE.search(region.text) or region_language(document, region) != "r":
        yield from knitr_claims(region.text, region.offset, functions)
        return
    above = code_above(document, region, "r")
    read = list(vector_claims(knitr_steps(region.text, region.offset), "r", above))
    yield from read or knitr_claims(region.text, region.offset, functions)


#: Most paragraphs above a block of code read as code that lost its fence, and most characters of each.
MAX_PARAGRAPHS_ABOVE = 10
MAX_PARAGRAPH_ABOVE = 2000


def _statements_above(document: SourceText, region: Region) -> list[str]:
    r"""The block with the paragraphs right above it that are Python assignments and calls (``p = [0.2, 0.8]``,
    ``kl_pq = kl_divergence(p, q)``) whose fence was lost with the block's, as one program; none when there are none.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("Code:\n\np = [0.5, 0.5]\n\nh = entropy(p)\n\nprint('H:', h)\n", "a.txt")
    >>> _statements_above(document, document.code[-1])
    ["p = [0.5, 0.5]\n\nh = entropy(p)\n\nprint('H:', h)"]
    """
    end = region.offset + len(region.text)
    if document.text[region.offset : end] != region.text:
        return []
    index = bisect.bisect_left(document.paragraphs, region.offset, key=lambda paragraph: paragraph.offset)
    start = region.offset
    for paragraph in reversed(document.paragraphs[max(0, index - MAX_PARAGRAPHS_ABOVE) : index]):
        stop = paragraph.offset + len(paragraph.text)
        if len(paragraph.text) > MAX_PARAGRAPH_ABOVE or document.text[stop:start].strip():
            break
        if not _assignments_and_calls(document.text[paragraph.offset : stop]):
            break
        start = paragraph.offset
    return [document.text[start:end]] if start < region.offset else []


def _assignments_and_calls(paragraph: str) -> bool:
    tree = parsed(paragraph)
    return tree is not None and all(
        isinstance(statement, ast.Assign) or (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call))
        for statement in tree.body
    )


def claimed(document: SourceText, claims: Iterable[CommentClaim]) -> Iterator[Read]:
    """Claims read from code and printed lines, with the lists of numbers their calls take (named after the line,
    and a letter after the first on a line: ``P_{1}``, ``P_{1b}``; in a notebook, after the cell too: ``P_{c6l1}``,
    as each cell counts its lines from 1)."""
    on_line: dict[int, int] = {}
    for claim in claims:
        if claim.muted:
            yield from unread_at(document, [claim.offset])
            continue
        if claim.note is not None:
            yield Unreadable(
                document.line(claim.offset), _rest_of_line(document, claim.offset), claim.note, claim.offset, True
            )
            continue
        if claim.family:
            yield FamilyText(document.line(claim.offset), claim.text, claim.offset)
            continue
        line, row, cell = document.line(claim.offset), document.row(claim.offset), document.cell(claim.offset)
        count = on_line[row] = on_line.get(row, -1) + bool(claim.inputs)
        place = str(line) if cell is None else f"c{cell}l{line}"
        mark = f"{place}{string.ascii_lowercase[count % 26] * (count // 26 + 1)}" if count > 0 else place
        text = claim.text.replace("{" + LINE + "}", f"{{{mark}}}")
        for name, written in claim.inputs:
            values = tuple(Fraction(item) for item in written)
            plain = name.replace("{" + LINE + "}", mark)
            definition = f"{plain} = ({', '.join(written)})"
            yield DistributionDefinition(line, definition, plain, values, written, None, claim.offset)
        for statement in statements(tokenize(text), text, prose=True):
            yield Found(line, statement, (), claim.offset)
