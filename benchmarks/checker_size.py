"""``kldocs check`` on 10 MB documents of every awkward shape, each in a new process (what a user waits for).

Budget: every shape under 5 s. The baseline in the same run is ``kldocs
check`` on a one-line document, so the ratio shows what the size adds to
start-up. Wall seconds and the child's CPU seconds are both given: on a
shared machine the CPU time is the steadier of the two.

Shapes: one 10 MB line of ``$x$``; millions of short paragraphs, list items,
quoted lines, table rows, code fences and display formulas; code fences
of calls with their values in comments (two claims a line, past the claim
cap); one display formula of 10 MB, and a hundred of 99 KB; paragraphs
that define family members; a notebook of small cells with output;
a document dense with true and false claims; 10 MB of printed output
lines; the same for LaTeX. Later: numbers with decimal commas (in prose, as formulas, after
family mentions, in sentences of six languages) and with points; eight-line paragraphs of
prose; paragraphs of 3,990 one-character lines; blocks of 3,990 lines of arithmetic. Then shapes a
hostile trial found slow: thousands of one-character sentences, or of unit words, in a paragraph; runs of
2,000 digits or emphasis marks before a sentence; lines of English about entropy; a notebook of small
Markdown cells; table cells of 20,000 digits; code fences of 3,990 short lines; comments of 20,000 spaces;
runs of spaces before a value or between two equals signs; paragraphs of hundreds of claim lines; LaTeX
paragraphs of one character, and of a recursive macro. Then shapes a third trial found slow: LaTeX paragraphs
of 8,000 formulas; one code line of 10 MB; thousands of small code blocks, and blocks of 3,990 list assignments;
output lines followed by millions of calls; notebook cells copied as text with lists nested 199 deep; sessions;
a notebook in nbformat 3; tables of 5,000 columns; lists nested 2,000 deep; LaTeX of ``\\text{$...$}`` nested 100
deep; runs of 2,000 escaped maths openings; paragraphs of 1,000 sentences that start "It is";
code fences of a list of 2,000 rows, and of 300 nested calls; claims too large to read (``10^-999999``). Then
a Python file of blank lines, and text of small blocks of code that each name new lists. Then a lecture whose
every section has its own distributions and claims (judging-bound), and a notebook whose cells carry metadata nested
200 deep. Then a notebook whose cells print a thousand outputs each, and examples whose inputs are fractions with
denominators of 400 digits, and decision-tree notes of nodes and gains, tables of training examples and sums of
branches over lines. Then plain-text answers: terms for each
probability on a line, glued bases, quiz answers, output glued under code, functions at column 0. Then Sphinx
maths with measures' macros, displays run into sentences, definitions named by the words before them, braced
displays and long chains. Then tables of losses, in Markdown and HTML (and unclosed ``<table>`` tags), and
IPython sessions of dit's measures. Then rows of a number between runs of 3,000 spaces, claims after a thousand
tabs, and displays continued after runs of spaces around ``&``; claims before 2,000 tabs and a denial, and a
label's colon before 1,000 pairs of a tab and a space.

Run: ``.venv/bin/python -m benchmarks.checker_size [NAME ...]`` (names of shapes, such as ``english``; all
when none is given)
"""

from __future__ import annotations

import itertools
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import median_seconds, row

SIZE = 9_900_000


def _repeat(piece: str) -> str:
    return piece * (SIZE // len(piece.encode("utf-8")))


def shapes() -> dict[str, str]:
    """File name -> content, each just under the 10 MB limit."""
    dense = (
        "Let $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$; $D_{KL}(P \\| Q) \\approx 0.0315$.\n"
        "$$D_{KL}(P \\| Q) = 0.2 \\ln \\frac{0.2}{0.3} + 0.5 \\ln \\frac{0.5}{0.4}$$\n\n"
    )
    return {
        "one_line.md": _repeat("$x$ "),
        "paragraphs.md": _repeat("x\n\n"),
        "list.md": _repeat("- a\n"),
        "quote.md": _repeat("> a\n"),
        "table.md": "| a | b |\n| - | - |\n" + _repeat("| 1 | 2 |\n"),
        "fences.md": _repeat("```\nx\n```\n"),
        "displays.md": _repeat("$$\nx\n$$\n"),
        "calls.md": _repeat("```python\n" + "entropy([0.25, 0.75], base=2)  # 0.811\n" * 100 + "```\n\n"),
        "formula.md": "$$" + _repeat("\\frac{1}{2}\\log_2 \\frac{1}{2} + ") + "0 = 1$$\n",
        "formulas.md": _repeat("$$" + "\\frac{1}{2}\\log_2 \\frac{1}{2} + " * 3000 + "0 = 1$$\n\n"),
        "families.md": _repeat("P = N(0, 1) and Q = N(1, 1).\n\n"),
        "notebook.ipynb": _notebook(),
        "claims.md": _repeat(dense),
        "output.txt": _repeat("KL(P || Q): 1.927 bits\n"),
        "one_line.tex": _repeat("$x$ "),
        "prose.tex": _repeat("The KL divergence is 0.5 nats and $H(P)=1$ bit. % a comment\n"),
        "false_notebook.ipynb": _false_notebook(),
        "nested_quotes.md": _lines(
            lambda i: ">" * (i % 60) + " " + "  " * (i % 30) + f"- $H(P) = -\\sum_x p(x)\\log p(x) = 0.{i % 1000}$\n"
        ),
        "paragraphs.tex": _lines(
            lambda i: (
                f"Let $P=(\\frac{{{i % 9 + 1}}}{{10}}, \\frac{{{9 - i % 9}}}{{10}})$ and $Q=(\\frac12, \\frac12)$. "
                f"Then \\[D_{{KL}}(P\\|Q) = \\frac{{{i % 9 + 1}}}{{10}}\\log\\frac{{{i % 9 + 1}/10}}{{1/2}}"
                f" = 0.{i % 1000:03d}\\]\n\n"
            )
        ),
        "definitions.md": _lines(lambda i: f"P{i} = ({(i % 9 + 1) / 10}, {(9 - i % 9) / 10})\nQ{i} = [0.5, 0.5]\n\n"),
        "commas.txt": _lines(lambda i: f"0,{i % 10} " + ("\n\n" if i % 5000 == 4999 else "")),
        "points.txt": _lines(lambda i: f"0.{i % 10} " + ("\n\n" if i % 5000 == 4999 else "")),
        "comma_formulas.md": _lines(lambda i: f"$0,{i % 10}$ " + ("\n\n" if i % 4000 == 3999 else "")),
        "normals.txt": _lines(lambda i: f"N(0,{i % 10}) 0,5 " + ("\n\n" if i % 3000 == 2999 else "")),
        "languages.txt": _lines(lambda i: _SENTENCES[i % 6].format(f"0,{i % 1000:03d}", f"{i % 9},{i % 97}")),
        "prose.md": _prose(),
        "short_lines.md": _repeat("x\n" * 3990 + "\n"),
        "sums.md": _lines(
            lambda i: f"x{i} = 0.{i % 1000} + 0.{i % 777} * 0.{i % 555} / 0.{i % 333}\n" + "\n" * (i % 3990 == 3989)
        ),
        # Shapes a hostile trial found slow.
        "sentences.md": _repeat("a. " * 3000 + "The entropy is 1 bit.\n\n"),
        "unit_words.md": _repeat("a bit. " * 1000 + "\n\n"),
        "digit_runs.md": _repeat("7" * 2000 + " The KL divergence is 0.5 nats.\n\n"),
        "mark_runs.md": _repeat("*_" * 1000 + " The KL divergence is 0.5 nats.\n\n"),
        "english.md": _english(),
        "markdown_cells.ipynb": _markdown_cells(),
        "long_cells.md": _repeat("| p | H(p) bits |\n| - | - |\n| " + "7" * 20000 + " | 0.5 |\n\n"),
        "code_fences.md": _repeat("```\n" + "x = 1\n" * 3990 + "```\n\n"),
        "spaced_comments.md": _repeat("```python\nkl = entropy(p, q)  #" + " " * 20000 + "!\n```\n\n"),
        "spaced_sentences.md": _repeat("The KL divergence is " + " " * 8000 + " 0.5 nats, and more.\n\n"),
        "spaced_display.md": _repeat("$$D_{KL}(P\\|Q) = " + " " * 10000 + " = 0.5$$\n\n"),
        "claim_lines.md": _repeat(_OPENING + "H(P) = 1 bit\n" * 615 + " 0.5 nats.\n\n"),
        "equals_lines.md": _repeat(_OPENING + "= 0.5\n" * 1333 + " 0.5 nats.\n\n"),
        "short_paragraphs.tex": _repeat("x\n\n"),
        "macros.tex": "\\def\\a{\\a\\a}\n" + _repeat("$\\a H(P) = 1$ bit.\n\n"),
        # Shapes a third hostile trial found slow.
        "formula_paragraphs.tex": _repeat(("$x=1$ " * 8400)[:49_900] + "\n\n"),
        "code_line.md": "```python\n" + _repeat("q = [0.9, 0.1]; ")[: SIZE - 20] + "\n```\n",
        "walrus_fences.md": _repeat("```python\nif (p := [0.5, 0.5]): print(entropy(p))  # 0.693\n```\n\n"),
        "list_blocks.md": _repeat("```python\n" + "".join(f"p{i} = [0.5, 0.5]\n" for i in range(3990)) + "```\n\n"),
        "outputs_and_calls.md": "Output: 0.5\n\n" * 2000 + "ab(" * ((SIZE - 26_000) // 3),
        "deep_cells.txt": _repeat("In [1]:\nx = " + "[" * 199 + "]" * 199 + "\n\n0.5\n\n\n"),
        "sessions.md": _repeat("```\n>>> entropy([0.5, 0.5], base=2)\n1.0\nIn [3]: entropy(p)\nOut[3]: 0.69\n```\n\n"),
        "old_notebook.ipynb": _old_notebook(),
        "wide_tables.md": _repeat("|" + "a|" * 5000 + "\n|" + "-|" * 5000 + "\n|" + "1|" * 5000 + "\n\n"),
        "deep_lists.md": _lines(lambda i: "  " * (i % 2000) + "- a $H(P)=1$ bit\n"),
        "text_in_maths.tex": _repeat("$\\text{" * 100 + "a" + "}" * 100 + " = 1$\n\n"),
        "escaped_openings.md": _repeat("\\\\(" * 2000 + "H = 1\\\\) bit\n\n"),
        "pronouns.md": _repeat(_KL_DEFINED + "It is symmetric. It is not negative. " * 500 + "\n\n"),
        "code_rows.md": _repeat(
            "```python\nP = np.array([[0.5, 0.5]" + ", [0.5, 0.5]" * 2000 + "])\nprint(entropy(P))  # 0.69\n```\n\n"
        ),
        "deep_calls.md": _repeat("```python\nx = " + "entropy(" * 300 + "p" + ")" * 300 + "  # 0.5\n```\n\n"),
        "huge_exponents.md": _lines(lambda _: "H(P) = 1.2 × 10^-999999 bits.\n\n"),  # × is two bytes
        # Shapes a fourth hostile trial found slow.
        "blank_lines.py": "import math\n" + "\n" * (SIZE - 40) + "p = [0.5, 0.5]  # 1 bit\n",
        "list_names.txt": _lines(
            lambda i: (
                f"p{i} = np.array([0.{i % 9 + 1}, 0.{9 - i % 9}])\nq{i} = np.array(p{i})\n"
                f"print(entropy(p{i}, q{i}))\n\n"
            )
        ),
        # Shapes of the fifth trial: a lecture with its own distributions in every section, and notebook metadata.
        "lectures.md": _lines(_lecture),
        "deep_metadata.ipynb": _deep_metadata(),
        # Shapes of the sixth trial: a notebook whose cells print a thousand outputs each.
        "many_outputs.ipynb": _many_outputs(),
        # Examples whose inputs are fractions with denominators of 400 digits.
        "long_denominators.md": _repeat("Input: P = [1/" + "9" * 400 + ", 0.5]\nOutput: 0.5\n\n"),
        # Decision-tree notes: nodes by their class counts, each split with its gain.
        "splits.md": _repeat(
            "Outlook: Sunny [2+, 3-], Rain (3 yes, 2 no)\n\nGain(S, Outlook) = 0.940 - 0.693 = 0.247\n\n"
        ),
        # Tables of training examples, each with entropies and gains below it; sums of branches over lines.
        "record_tables.md": _repeat(
            "| Sky | Wind | Play |\n|---|---|---|\n"
            + "| sun | weak | yes |\n| rain | strong | no |\n" * 10
            + "\nEntropy(S) = 1\n\n- Entropy(sun) = 0\n- Gain(Wind) = 0,8\n\n"
        ),
        "wrapped_sums.md": _repeat("= 4/10 · 0,811 +\n6/10 · 0,918 +\n" * 5 + "= 0,876\n\n"),
        # Steps of a derivation, each padded with a run of spaces before a comment.
        "padded_steps.txt": _repeat("H = -0.5*log2(0.5) - 0.5*log2(0.5) = 1" + " " * 3000 + "# c\n\n"),
        # Plain-text answers: terms for each probability on a line, glued bases, quiz answers, output glued
        # under code, numbers shown under expressions, and functions at column 0.
        "plain_answers.txt": _repeat(
            "p=0,4 (-p*log_2 p)=0,5288 p=0,3 (-p*log_2 p)=0,5211 p=0,3 (-p*log_2 p)=0,5211\n"
            "I= - (0,5 · log20,5+0,5 · log20,5) = 1 бит\n\n"
            "What is I(X;Y) in bits?\nA. 0\nB. 1\nCorrect Answer: A\n\n"
            "import numpy as np\np = np.array([0.5, 0.5])\nnp.sum(p * np.log(p))\n-0.6931471805599453\n"
            'print("Entropia di p: ", -np.sum(p * np.log(p)))\nEntropia di p:  0.6931471805599453\n\n'
            "def kld(p, q):\ntotal = 0\nfor a, b in zip(p, q):\ntotal += a * np.log(a / b)\nreturn total\n\n"
        ),
        # Notations of documentation sites and notebooks: Sphinx maths with measures' macros, displays run into
        # sentences, definitions named by the words before them, braced displays, chains of many members.
        "directives.rst": _repeat(
            ".. math::\n   :label: h\n\n   \\H[X] = -\\sum_x p(x) \\log p(x)\n\n"
            "The role :math:`\\I[X:Y] = \\H[X] - \\H[X|Y]` here.\n\n"
        ),
        "run_in_displays.md": _repeat(
            "We write \\[ I(X;Y) = \\sum_x \\sum_y p(x,y) \\log \\frac{p(x,y)}{p(x)p(y)} \\] and go on. " * 20 + "\n\n"
        ),
        "worded_definitions.md": _repeat(
            "The entropy H = -\\sum p(x) log p(x) measures it, and BCE = -(y log p + (1-y) log(1-p)) is the loss.\n\n"
        ),
        "braced_chains.md": _repeat("$${KLD = crossentropy - entropy = H(p,q) - H(p)}$$\n\n"),
        "long_chains.md": _repeat("$$H(X) = " + "\\sum a = " * 60 + "-\\sum_x p(x) \\log p(x)$$\n\n"),
        "open_brackets.md": _repeat("\\[ a " * 3000 + "\n\n"),
        # Tables of losses, and sessions of dit's measures.
        "bce_tables.md": _repeat(
            "| y | ŷ | loss |\n|---|---|---|\n" + "| 1 | 0.7 | 0.357 |\n" * 199 + "| mean | | 0.357 |\n\n"
        ),
        "html_tables.md": _repeat(
            "<table><tr><th>y</th><th>ŷ</th><th>cost</th></tr>"
            + "<tr><td>1</td><td>0.7</td><td>- log(0.7) = 0.357</td></tr>\n" * 100
            + "</table>\n\n"
        ),
        "unclosed_tables.md": _repeat("<table><tr><td>1\n"),
        "ipython_sessions.md": _repeat(
            "```ipython\nIn [1]: import dit\n\nIn [2]: d = dit.Distribution(['HH', 'TT'], [1/2, 1/2])\n\n"
            "In [3]: dit.shannon.mutual_information(d, [0], [1])\nOut[3]: 1.0\n```\n\n"
        ),
        # Shapes of the seventh trial: runs of thousands of spaces or tabs where a line's pattern allows spaces twice.
        "padded_rows.txt": _repeat("p   H(p)\n" + (" " * 3000 + "0.5" + " " * 3000 + "1.0\n") * 3 + "\n"),
        "tabbed_claims.md": _repeat("\t" * 1000 + "H(P) = 1 bit\n"),
        "padded_columns.md": _repeat("$$H(P) = 0.5 + 0.5$$\n" + " " * 3000 + "& " + " " * 3000 + "= 1\n\n"),
        "denied_after_tabs.md": _repeat("H(P) = 1 bit" + "\t" * 2000 + "is not true.\n\n"),
        "label_before_run.md": _repeat("Entropy:" + "\t " * 1000 + "H(P) = 1 bit\n\n"),
        # Code that loops: nested loops followed turn by turn in every block, and a dict of lists looped over.
        "nested_loops.md": _repeat(
            "```python\ns = 0\nfor i in range(30):\n    for j in range(2):\n        s += 1\nprint(s)\n```\n\n"
            "Expected output:\n\n```\n60\n```\n\n"
        ),
        # Formats read since round twenty-five: Typst (prose with code spans and formulas, one long formula), React
        # and MDX components, quiz data in TypeScript, and values given before their distributions.
        "typst_prose.typ": _repeat('A line of `code` and $D_"KL"(P || Q) approx 0.0305$ nats, with 0.25.\n'),
        "typst_formula.typ": ("$ " + "log a + " * 25_000 + "1 $\n" + _repeat("= Notes\n\n$H(P) = 1.5$ bits.\n\n"))[
            :SIZE
        ],
        "jsx_tags.mdx": _repeat("<" + "Myth" * 5_000 + "\n" + "<Option correct={false}>KL is symmetric.</Option>\n"),
        "quiz_fields.ts": _repeat(
            '  { statement: "KL divergence is symmetric", correct: false, options: ["a", "b"] },\n'
            '  { explanation: "$D_{KL}(P\\\\|Q) = 0.0305$ nats for $P=(0.2,0.5,0.3)$, $Q=(0.3,0.4,0.3)$" },\n'
        ),
        "values_before_data.md": _repeat(
            "**Result:** $D(P\\|Q) = 0.0305$ nats\n\nwhere $P = (0.2, 0.5, 0.3)$ and $Q = (0.3, 0.4, 0.3)$.\n\n"
            "KL divergence: 0.0853" + " " * 2_000 + "\n\n| x | P | Q |\n|---|---|---|\n| a | 0.5 | 0.9 |\n\n"
        ),
        "dict_loops.md": _repeat(
            "```python\nimport math\nd = {'a': [0.5, 0.5], 'b': [0.9, 0.1]}\nfor k, p in d.items():\n"
            "    print(k, -sum(x * math.log2(x) for x in p))\n```\n\n```\na 1.0\nb 0.4689955935892812\n```\n\n"
        ),
    }


def _lecture(index: int) -> str:
    """A section of a lecture on its own P and Q: their measures (two of them wrong), an expansion with a term off,
    code with printed values, and a claim about two normal distributions."""
    p = (index % 7 + 1, index % 5 + 2, 20 - index % 7 - index % 5 - 3)
    q = (index % 3 + 5, 10 - index % 3, 5)
    P, Q = [a / 20 for a in p], [b / 20 for b in q]
    entropy = -sum(a * math.log2(a) for a in P)
    cross = -sum(a * math.log2(b) for a, b in zip(P, Q, strict=True))
    shown = ", ".join(f"{a:g}" for a in P), ", ".join(f"{b:g}" for b in Q)
    terms = " + ".join(f"{a:g} \\log_2 \\frac{{{a:g}}}{{{b:g}}}" for a, b in zip(P, Q, strict=True))
    return (
        f"## Section {index}\n\nLet $P = ({shown[0]})$ and $Q = ({shown[1]})$.\n\n"
        f"$$H(P) = {entropy:.4f}$$ bits, and $H(P, Q) = {cross:.4f}$ bits, so "
        f"$D_{{KL}}(P \\| Q) = {cross - entropy + 0.01 * (index % 2):.4f}$ bits and "
        f"$D_{{KL}}(Q \\| P) = {cross - entropy:.3f}$ bits.\n\n"
        f"$$ {terms.replace('log_2', 'log_{10}', 1)} = {cross - entropy:.4f}$$\n\n"
        f"```python\np = [{shown[0]}]\nq = [{shown[1]}]\nprint(entropy(p, base=2))  # {entropy:.4f}\n```\n\n"
        "For two Gaussians, $D_{KL}(\\mathcal{N}(0,1) \\| \\mathcal{N}(1,1)) = 0.5$ nats.\n\n"
    )


def _many_outputs() -> str:
    """A notebook of code cells that each print a thousand short lines, each line an output of its own."""
    outputs = [{"output_type": "stream", "name": "stdout", "text": f"0.{j:03d}\n"} for j in range(1000)]
    source = "print(entropy(p{}, q))  # 0.5"
    cells = [
        {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": source.format(k), "outputs": outputs}
        for k in range(SIZE // 80_000)
    ]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def _deep_metadata() -> str:
    """A notebook of small Markdown cells, each with metadata of lists nested 200 deep."""
    cell = {"cell_type": "markdown", "metadata": {"a": json.loads("[" * 200 + "1" + "]" * 200)}, "source": "x"}
    count = (SIZE - 100) // (len(json.dumps(cell)) + 2)
    return json.dumps({"cells": [cell] * count, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def _old_notebook() -> str:
    """A notebook in nbformat 3 (cells in a worksheet) of small Markdown cells that each give an entropy."""
    cell = {"cell_type": "markdown", "metadata": {}, "source": "$H(P)=1$ bit"}
    count = (SIZE - 100) // (len(json.dumps(cell)) + 2)
    return json.dumps({"worksheets": [{"cells": [cell] * count}], "metadata": {}, "nbformat": 3, "nbformat_minor": 0})


def _english() -> str:
    """Sentences of six to twenty words about entropy (seeded), three in ten with a value in bits, a line each."""
    draw = random.Random(1)
    words = [*_WORDS, "KL", "bits", "nats", "cross-entropy", "information", "distribution", "probability", "log"]

    def sentence(index: int) -> str:
        text = " ".join(draw.choice(words) for _ in range(draw.randint(6, 20)))
        value = f" is {draw.random():.4f} bits" if draw.random() < 0.3 else ""
        return f"{text[0].upper()}{text[1:]}{value}." + ("\n\n" if index % 10 == 9 else "\n")

    return _lines(sentence)


def _markdown_cells() -> str:
    """A notebook of small Markdown cells that each give an entropy."""
    cell = {"cell_type": "markdown", "metadata": {}, "source": "The entropy is 0.5 bits."}
    count = (SIZE - 100) // (len(json.dumps(cell)) + 2)
    return json.dumps({"cells": [cell] * count, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


#: A sentence that names the KL divergence, before sentences that start "It is".
_KL_DEFINED = "The KL divergence is defined. "
#: A paragraph that defines P and starts a sentence about the KL divergence, before lines of claims.
_OPENING = "Let $P = (0.5, 0.5)$. The KL divergence is "
#: Sentences that give an entropy and a divergence in six languages, with decimal commas.
_SENTENCES = (
    "엔트로피는 {} 비트이고 KL 발산은 {} 나트이다. ",
    "Die Entropie beträgt {} Bit, die KL-Divergenz {} Nat. ",
    "熵为 {} 比特，KL散度为 {} 奈特。",
    "L'entropie vaut {} bits et la divergence de KL {} nats. ",
    "Энтропия равна {} бит, расхождение КЛ {} нат.\n\n",
    "La entropía es {} bits y la divergencia KL {} nats. ",
)
_WORDS = (
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "entropy",
    "that",
    "it",
    "for",
    "as",
    "with",
    "was",
    "on",
    "be",
    "by",
    "this",
    "from",
    "are",
    "or",
    "which",
    "divergence",
    "measure",
)


def _prose() -> str:
    """Paragraphs of eight lines of thirteen words drawn at random (seeded) from :data:`_WORDS`."""
    draw = random.Random(0).choice
    return _lines(lambda i: " ".join(draw(_WORDS) for _ in range(13)) + ("\n\n" if i % 8 == 7 else "\n"))


def _lines(line: Callable[[int], str]) -> str:
    """``line(0) + line(1) + ...`` up to :data:`SIZE` bytes of UTF-8."""
    pieces: list[str] = []
    size = 0
    for index in itertools.count():
        piece = line(index)
        length = len(piece.encode())
        if size + length > SIZE:
            return "".join(pieces)
        pieces.append(piece)
        size += length
    raise AssertionError("unreachable")


def _false_notebook() -> str:
    """Cells that each define a different p, print its KL from uniform and claim a value that is mostly false."""
    cells = []
    for index in itertools.count():
        weights = [index % 9 + 1, (index * 7) % 9 + 1, (index * 5) % 9 + 1, 3]
        total = sum(weights)
        source = (
            f"p = np.array([{', '.join(f'{w}/{total}' for w in weights)}])\nq = np.array([0.25, 0.25, 0.25, 0.25])\n"
            f"print('KL(P || Q):', entropy(p, q, base=2))  # 0.{index % 1000:03d}\n"
        )
        printed = {"output_type": "stream", "name": "stdout", "text": f"KL(P || Q): 0.{index % 997:03d} bits\n"}
        cells.append(
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": source, "outputs": [printed]}
        )
        cells.append(
            {
                "cell_type": "markdown",
                "metadata": {},
                "source": f"So $D_{{KL}}(P\\|Q) \\approx 0.{index % 1000:03d}$ bits.",
            }
        )
        if len(cells) % 1000 == 0 and len(json.dumps(cells)) > SIZE - 100_000:
            return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    raise AssertionError("unreachable")


def _notebook() -> str:
    """Cells that define p and q and print an entropy with its value in a comment, each with its output."""
    cell = {
        "cell_type": "code",
        "execution_count": 1,
        "metadata": {},
        "source": "p=[0.5,0.5]\nq=[0.9,0.1]\nprint(entropy(p, q))  # 0.51\n",
        "outputs": [{"output_type": "stream", "name": "stdout", "text": "0.5108256237659907\n"}],
    }
    count = SIZE // len(json.dumps(cell))
    return json.dumps({"cells": [cell] * count, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def check(path: Path) -> float:
    """One cold ``kldocs check --json`` (exit 0 or 1: the document may hold false claims); its CPU seconds.

    CPU time (user and system, of the child) moves less than wall time when other work shares the machine.
    The child may write its bytecode, as an installed kldocs has (the first run of the baseline writes it):
    compiling every module again would add half a second to each run.
    """
    command = [sys.executable, "-m", "kldocs", "check", str(path), "--json"]
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, stdout=subprocess.DEVNULL, env=environment)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"kldocs check {path} failed with exit code {done.returncode}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> None:
    wanted = set(sys.argv[1:] if argv is None else argv)
    chosen = {name: content for name, content in shapes().items() if not wanted or name.split(".")[0] in wanted}
    unknown = wanted - {name.split(".")[0] for name in chosen}
    if unknown:
        raise SystemExit(f"unknown shapes: {sorted(unknown)}")
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.md"
        small.write_text("$P = (0.5, 0.5)$, $H(P) = 1$ bit.\n", encoding="utf-8")
        baseline = median_seconds(lambda: check(small), 3)
        base_cpu = statistics.median(check(small) for _ in range(3))
        print(row("document", "bytes", "seconds", "x one-line document", "CPU seconds", "x one-line document"))
        print(row("---", "---:", "---:", "---:", "---:", "---:"))
        print(row("one line (baseline)", small.stat().st_size, f"{baseline:.2f}", "1.0", f"{base_cpu:.2f}", "1.0"))
        for name, content in chosen.items():
            path = Path(folder) / name
            path.write_text(content, encoding="utf-8")
            start = time.perf_counter()
            cpu = check(path)
            seconds = time.perf_counter() - start
            cells = (f"{seconds:.2f}", f"{seconds / baseline:.1f}", f"{cpu:.2f}", f"{cpu / base_cpu:.1f}")
            print(row(name, path.stat().st_size, *cells))


if __name__ == "__main__":
    main()
