"""Score ``kldocs check`` on public documents written by others, against an independent ground truth.

The documents are not in the repository (the project holds only what it
wrote): each is a stored copy of a public page or GitHub file listed in
:data:`SOURCES`, saved under the file name given there in one folder. The
ground truth (every in-scope claim, its line and whether it is true,
computed with mpmath) is in ``benchmarks/checker_truth.py``.

Figures, per document and in total:

- reported: in-scope claims that got a verdict (holds or false);
- agree: reported claims whose verdict is right;
- FALSE precision: FALSE verdicts that point at a real mistake, over all FALSE verdicts;
- recall: real mistakes that got FALSE, over all real mistakes;
- time: ``check_file`` in this process, median of three runs.

Goals: FALSE precision at least 90 %, recall at least 80 %, at least 80 % of
the in-scope claims reported, each document under 2 s.

Run: ``.venv/bin/python -m benchmarks.checker_corpus FOLDER``

Last run (16 documents, 4 languages; see the README for the table):
see the README's "How well check does on documents written by others".
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

from benchmarks.checker_truth import TRUTH, Claim
from benchmarks.common import median_seconds, row
from kldocs.checker import Checked, check_file

#: File name -> (where it comes from, language, what it is). Stored copies; excerpts say which part.
SOURCES: dict[str, tuple[str, str, str]] = {
    "quiz7_ce_kl.md": (
        "GitHub course notes, file opening '# Question 7: Cross-Entropy, Entropy, and KL Divergence "
        "Relationship' (L2_2_Quiz_7), whole file",
        "en",
        "worked answer sheet, Markdown",
    ),
    "ml_entropy_solutions.md": (
        "github.com/ml-entropy/ml-entropy.github.io tutorials/14_entropy_connections/solutions.md "
        "(7701a13), Parts A and B1",
        "en",
        "homework solutions, Markdown",
    ),
    "it_module5_solutions.md": (
        "GitHub course notes, file opening '# Information Theory Solutions - Module 5', Parts 1-4.4 "
        "(two long NumPy blocks left out)",
        "en",
        "homework solutions in code fences, Markdown",
    ),
    "junxiao_kl_divergence.md": (
        "GitHub notes by Junxiao Guo, 'KL Divergence' (2023-01-29), notebook exported to Markdown, whole file",
        "en",
        "exported notebook with printed output, Markdown",
    ),
    "mlm_kl_divergence_zh.md": (
        "GitHub Chinese translation of machinelearningmastery.com/divergence-between-probability-distributions/, "
        "sections on KL and JS divergence",
        "zh",
        "blog post with code and output, Markdown",
    ),
    "die_kl_page.txt": (
        "https://www.lephongphu.me/ai-expert-roadmap/bag-of-freebies-bof/02_loss-functions/01_classification-loss "
        "(stored text, the die example)",
        "en",
        "web page, plain text",
    ),
    "entropy_ru_answer.txt": ("https://otvet.mail.ru/question/239727870 (an answer)", "ru", "Q&A answer, plain text"),
    "kl_statorials_ko.txt": (
        "https://statorials.org/ko/ (Python에서 kl 발산을 계산하는 방법, stored text, first part)",
        "ko",
        "tutorial with code and output, plain text",
    ),
    "kl_analysis_qa.md": (
        "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 ('Analysis of Kullback-Leibler Divergence', "
        "Q&A with a LaTeX array)",
        "en",
        "Q&A, Markdown with LaTeX",
    ),
    "entropy_all_tck.md": (
        "github.com/TCK2001/Machine_Learning Logistic_Regression/entropy_all.md (4dcf1d0), whole file",
        "en",
        "notes, Markdown",
    ),
    "cross_entropy_maizer_ko.md": (
        "github.com/maizer2/maizer2.github.io _posts/2022-05-15-Cross-Entropy.md (6300c2d), whole file",
        "ko",
        "blog post, Markdown",
    ),
    "mayub_kl_divergence.ipynb": (
        "github.com/MAyub114/Kullback_Leibler KL_divergence.ipynb (4442d0c), the HTML table's style block left out",
        "en",
        "notebook with outputs",
    ),
    "kl_codebean_ko.md": ("https://code-bean.tistory.com/69 (stored text, sections 1-3)", "ko", "blog post, Markdown"),
    "kl_markbyun_ko.md": ("https://markbyun.tistory.com/24 (stored text, first part)", "ko", "blog post, Markdown"),
    "kl_codelab_page.txt": ("https://www.amanailab.com/code-lab/kl-divergence (stored text)", "en", "exercise page"),
    "kld_coins_page.md": ("http://bayesjumping.net/page3/index.html (stored text)", "en", "blog post, Markdown"),
}


@dataclass
class Score:
    """Counts for one document (or the total)."""

    claims: int = 0
    reported: int = 0
    agree: int = 0
    mistakes: int = 0
    found: int = 0
    false_verdicts: int = 0
    right_false: int = 0
    seconds: float = 0.0

    def add(self, other: Score) -> None:
        for name in ("claims", "reported", "agree", "mistakes", "found", "false_verdicts", "right_false"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.seconds = max(self.seconds, other.seconds)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _on(claim: Checked, truth: Claim) -> bool:
    return truth.line in claim.lines and (truth.cell is None or claim.cell == truth.cell)


def _matches(claim: Checked, truth: Claim) -> bool:
    return _on(claim, truth) and _flat(truth.key) in _flat(claim.text)


def score(path: Path, truths: list[Claim]) -> tuple[Score, list[str]]:
    """Check one document and compare with its ground truth; return the counts and the disagreements."""
    report = check_file(path)
    result = Score(claims=len(truths), seconds=median_seconds(lambda: check_file(path), 3))
    problems: list[str] = []
    for truth in truths:
        verdicts = {claim.verdict for claim in report.claims if _matches(claim, truth)} - {"unchecked"}
        result.mistakes += not truth.true
        if verdicts:
            result.reported += 1
            right = "holds" if truth.true else "false"
            if verdicts == {right}:
                result.agree += 1
            else:
                problems.append(f"line {truth.line} {truth.key!r}: {sorted(verdicts)}, truth {right}")
            result.found += (not truth.true) and "false" in verdicts
        else:
            problems.append(f"line {truth.line} {truth.key!r}: not reported")
    for claim in report.claims:
        if claim.verdict != "false":
            continue
        result.false_verdicts += 1
        if any(_matches(claim, truth) and not truth.true for truth in truths):
            result.right_false += 1
        else:
            problems.append(f"false alarm, lines {list(claim.lines)}: {claim.text[:70]!r}")
    return result, problems


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the folder holding the documents listed in SOURCES")
    parser.add_argument("--details", action="store_true", help="list every disagreement")
    arguments = parser.parse_args()
    total = Score()
    print(row("document", "language", "in-scope claims", "reported", "agree", "mistakes found", "FALSE right", "time"))
    print(row(*["---"] * 8))
    for name, (_, language, _) in SOURCES.items():
        result, problems = score(arguments.folder / name, TRUTH[name])
        total.add(result)
        print(
            row(
                name,
                language,
                result.claims,
                result.reported,
                result.agree,
                f"{result.found} / {result.mistakes}",
                f"{result.right_false} / {result.false_verdicts}",
                f"{result.seconds:.2f} s",
            )
        )
        if arguments.details:
            for problem in problems:
                print(f"    {problem}")
    print()
    precision = _percent(total.right_false, total.false_verdicts)
    print(f"FALSE precision: {precision} ({total.right_false}/{total.false_verdicts})")
    print(f"recall of real mistakes: {_percent(total.found, total.mistakes)} ({total.found}/{total.mistakes})")
    print(f"in-scope claims reported: {_percent(total.reported, total.claims)} ({total.reported}/{total.claims})")
    print(
        f"verdicts that agree with the truth: {_percent(total.agree, total.reported)} ({total.agree}/{total.reported})"
    )
    print(f"slowest document: {total.seconds:.2f} s")


if __name__ == "__main__":
    main()
