r"""Where a program's output stands: a block of output right below its code, lines of text pasted below it, or
comment lines that end the code (``# Output:``, then ``# 0.5108``).

Each only finds the text; :mod:`~kldocs.checker.printed_output` reads what the code's prints claim in it.

>>> from kldocs.checker.reading import parse_text
>>> document = parse_text("```python\nprint(kl(p, q))\n```\n\n0.5108\n", "a.md")
>>> text_output_after(document, document.code[0]).text
'0.5108'
>>> commented_output("print(kl(p, q))\n# 0.5108\n")
('print(kl(p, q))', '  0.5108', 16)
"""

from __future__ import annotations

import bisect
import re

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy

#: What may stand between code and its output: fence lines, a word that says output follows (``Expected output``,
#: ``実行結果``, ``실행 결과``, ``**출력 예시**``), or a short line of words that ends in a colon (``And the results
#: are:``).
_BETWEEN = lazy(
    r"(?:\s*(?:`{3,}|~{3,})[^\n]*|\s*[#*_]*[ \t]*(?:expected[ \t]+)?(?:output|out(?:\[[0-9]+\])?|results?|결과|출력"
    r"|실행[ \t]*결과|输出|结果|运行结果|執行結果|実行結果|出力|ausgabe|sortie|salida|saída|вывод)"
    r"(?:[ \t]*(?:예시|결과|结果|例|結果))?"
    r"[*_]*\s*[:：]?[*_]*[ \t]*"
    r"|\s*\n[^\n0-9=()\[\]{}<>#$\\`*_|]{1,40}[:：][ \t]*(?=\n))*\s*",
    re.IGNORECASE,
)


_COMMENT_LINE = lazy(r"[ \t]*#")
#: A comment line that says output follows: words and a colon, no digits (``# Output:``, ``# 出力例:``).
_OUTPUT_HEADER = lazy(r"[ \t]*#[^0-9\n]{0,40}[:：][ \t]*")


def commented_output(code: str) -> tuple[str, str, int] | None:
    r"""The comment lines that end a block, when the code above them prints: that code, those lines with their
    ``#`` blanked, and where they start in the block (a line ``# Output:`` first is left out).

    >>> commented_output("print(kl(p, q))\n# Output:\n# 0.5108\n")
    ('print(kl(p, q))', '  0.5108', 26)
    >>> commented_output("# just a note\nx = 1\n") is None
    True
    """
    lines = code.rstrip().split("\n")
    first = len(lines)
    while first > 0 and _COMMENT_LINE.match(lines[first - 1]):
        first -= 1
    above = "\n".join(lines[:first])
    if first == len(lines) or "print(" not in above:
        return None
    header = first < len(lines) - 1 and _OUTPUT_HEADER.fullmatch(lines[first]) is not None
    start = first + header
    more = len(lines) - start > above.count("print(") and "for " not in above  # (a loop prints a line a turn)
    if more or not any(char.isdigit() for line in lines[start:] for char in line):
        return None  # more lines than prints, or no value: not their output (and the code is not parsed again)
    offset = sum(len(line) + 1 for line in lines[:start])
    shown = "\n".join(line.replace("#", " ", 1) for line in lines[start:])
    return above, shown, offset


#: What may stand between code and output pasted below it as text: blank lines, and a short line with no digit
#: or code that says what follows (``・実行結果``, ``Output``).
_TEXT_GAP = lazy(r"(?:[ \t]*\n)*(?:[^\n0-9=()\[\]{}<>#$\\]{1,30}\n(?:[ \t]*\n)*)?")
#: Most lines of output read below code as text.
MAX_TEXT_OUTPUT_LINES = 50


def text_output_after(document: SourceText, code: Region) -> Region | None:
    """The lines of text right below code (after blank lines and maybe a short line that says output follows),
    up to a blank line (or, in plain text, the next block of code): its output when they fit its prints
    (:func:`printed_claims` is that strict)."""
    text = document.text
    end = code.offset + len(code.text)
    gap = _TEXT_GAP.match(text, end + 1) if text.startswith("\n", end) else None
    if gap is None or gap.end() >= len(text):
        return None
    stop = gap.end()
    # In plain text, code glued under the output (the next print, see :mod:`.glued_output`) ends it too.
    following = bisect.bisect_right(document.code, end, key=lambda block: block.offset)
    glued = document.format == "text" and following < len(document.code)
    code_start = document.code[following].offset if glued else len(text)
    for _ in range(MAX_TEXT_OUTPUT_LINES):
        line_end = text.find("\n", stop)
        line_end = len(text) if line_end < 0 else line_end
        if not text[stop:line_end].strip() or stop >= code_start:
            break
        stop = line_end + 1
        if stop >= len(text):
            break
    shown = text[gap.end() : stop].rstrip("\n")
    return Region("prose", shown, gap.end()) if shown.strip() else None


def output_after(document: SourceText, code: Region) -> Region | None:
    """The block of output right below a block of code (nothing but fences or "Output:" between), if any."""
    end = code.offset + len(code.text)
    index = bisect.bisect_left(document.output_starts, end)
    if index == len(document.outputs):
        return None
    output = document.outputs[index]
    gap = document.text[end : output.offset]
    return output if len(gap) < 200 and _BETWEEN.fullmatch(gap) else None
