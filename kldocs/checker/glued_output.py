r"""Code copied as text with what it printed right under it, no blank line between: ``print("H:", h)``, ``H: 1.03``.

A page that lost its code blocks' fences and the blank line after them leaves one paragraph of code and output:
the program, then its printed lines (``Entropia di p:  1.0296...``), or each ``print`` with its line right under
it. The paragraph does not parse as Python, so it is not code that lost its fence as it stands. It is split into
runs of lines: a line that is no line of code (it matches no assignment, keyword, ``print(`` or comment, and does
not parse as Python alone) is output, the rest is code. The split is used only when the first run is code that
lost its fence (:func:`~kldocs.checker.prompt_cells.is_bare_code`), every run of code parses, and there is output:
then each run of code is a block of code and each run of output the text right under it, read as its output.

>>> lines = ["import numpy as np", "p = np.array([0.5, 0.5])", "print('H(p):', -np.sum(p * np.log2(p)))", "H(p): 1.0"]
>>> code_output_runs(lines)
[(True, 0, 3), (False, 3, 4)]
>>> code_output_runs(["The entropy is", "H = 1.0 bit."]) is None
True
"""

from __future__ import annotations

from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prompt_cells import CODE_LINE, could_be_code, is_bare_code, parses

#: A label and a number, which parses as an annotation (``KL: 0.51``) but is a printed line.
_LABELLED = lazy(r"[ \t]*[A-Za-z_]\w*:[ \t]*-?[0-9][0-9.eE+-]*[ \t]*$")
#: Most lines of a paragraph split so (a page's block of code and output is short).
MAX_LINES = 200


def code_output_runs(lines: list[str]) -> list[tuple[bool, int, int]] | None:
    """The runs of code and of output of a paragraph's lines (``(is_code, first, stop)``), or None when it is not
    code with its output glued below or between."""
    if len(lines) > MAX_LINES or len(lines) < 2 or not could_be_code("\n".join(lines)):
        return None
    runs: list[tuple[bool, int, int]] = []
    for index, line in enumerate(lines):
        code = bool(CODE_LINE.match(line)) or line[:1].isspace() or (parses(line) and not _LABELLED.match(line))
        if runs and runs[-1][0] == code:
            runs[-1] = (code, runs[-1][1], index + 1)
        else:
            runs.append((code, index, index + 1))
    if len(runs) < 2 or not runs[0][0]:
        return None
    pieces = ["\n".join(lines[first:stop]) for code, first, stop in runs if code]
    if not is_bare_code(pieces[0]) or not all(parses(piece) for piece in pieces[1:]):
        return None
    return runs
