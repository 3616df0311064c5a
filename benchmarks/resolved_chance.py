"""How often the reading of numbers no reader took (:mod:`kldocs.checker.resolved_values`) holds by chance.

For each document: the lines no reader takes (found with the reading of leftover numbers turned off), and what
that reading makes of them (claims that hold, claims found false, lines still not read). Then, several times, every
number on those lines is replaced by a random number of the same decade written to the same digits (``0.469`` by
one of ``0.100`` to ``0.999``), the document checked again, and the claims the reading makes of the random numbers
counted: a random number that "holds" is a coincidence the rule let through.

Run: ``.venv/bin/python -m benchmarks.resolved_chance [FOLDER ...]`` (default: the test documents).
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kldocs.checker import Checked, check_text, verdicts
from kldocs.checker.line_words import Written, spoken
from kldocs.checker.reading import read_document

#: Random replacements of each document's numbers.
TRIALS = 10
_SUFFIXES = {".md", ".txt", ".tex", ".ipynb", ".py"}


@dataclass
class Tally:
    """What the reading made of a set of documents: counts of the lines and numbers it looked at and of its claims
    (``lines``, ``numbers``, ``holds``, ``false``; of random numbers, ``chance numbers``, ``chance holds``, ``chance
    false``), and each claim it found false."""

    counts: Counter[str] = field(default_factory=Counter)
    falses: list[str] = field(default_factory=list)


@contextmanager
def _without_reading() -> Iterator[None]:
    """Check documents with the leftover numbers left not read (as before the reading existed)."""
    kept = verdicts.resolved
    verdicts.resolved = lambda document, unread, history, section_base, following=None: ([], tuple(unread))
    try:
        yield
    finally:
        verdicts.resolved = kept


def _added(text: str, name: str) -> list[Checked]:
    """The claims the reading adds to a document's."""
    with _without_reading():
        before = {(claim.lines, claim.text, claim.verdict) for claim in check_text(text, name).claims}
    return [claim for claim in check_text(text, name).claims if (claim.lines, claim.text, claim.verdict) not in before]


def _random_like(number: Written, chance: random.Random) -> str:
    """A number of the same decade and digits as ``number``, written the same way (decimal point or comma)."""
    body = number.text.lstrip("-−")
    digits = [character for character in body if character.isdigit()]
    leading = next((index for index, character in enumerate(digits) if character != "0"), len(digits) - 1)
    drawn = [*digits[:leading], str(chance.randint(1, 9)), *(str(chance.randint(0, 9)) for _ in digits[leading + 1 :])]
    out, taken = [], iter(drawn)
    for character in body:
        out.append(next(taken) if character.isdigit() else character)
    return number.text[: len(number.text) - len(body)] + "".join(out)


def _replaced(text: str, rows: set[int], chance: random.Random) -> tuple[str, int]:
    """``text`` with every number on the lines ``rows`` (numbered from 1) replaced, and how many were."""
    lines = text.split("\n")
    count = 0
    for row in rows:
        line = lines[row - 1]
        for number in reversed(spoken(line).numbers):
            line = line[: number.start] + _random_like(number, chance) + line[number.end :]
            count += 1
        lines[row - 1] = line
    return "\n".join(lines), count


def measure(path: Path, tally: Tally, chance: random.Random) -> None:
    """Add ``path``'s figures to ``tally``."""
    document = read_document(path)
    if document.cells:  # a notebook's lines are counted within its cells: its text is not the file's
        return
    text = path.read_text(encoding="utf-8")
    with _without_reading():
        unread = check_text(text, path.name).unread
    rows = {entry.line for entry in unread}
    tally.counts["lines"] += len(rows)
    tally.counts["numbers"] += sum(len(spoken(text.split("\n")[row - 1]).numbers) for row in rows)
    for claim in _added(text, path.name):
        tally.counts["holds"] += claim.verdict == "holds"
        if claim.verdict == "false":
            tally.counts["false"] += 1
            tally.falses.append(f"{path.name}:{claim.lines[0]}: {claim.text} -- {claim.note}")
    for _ in range(TRIALS if rows else 0):
        changed, count = _replaced(text, rows, chance)
        tally.counts["chance numbers"] += count
        for claim in _added(changed, path.name):
            tally.counts["chance holds"] += claim.verdict == "holds"
            tally.counts["chance false"] += claim.verdict == "false"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[Path("tests/documents")])
    arguments = parser.parse_args()
    tally, chance = Tally(), random.Random(23)
    for folder in arguments.folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix in _SUFFIXES:
                measure(path, tally, chance)
    counts = tally.counts
    print(f"lines not read before: {counts['lines']} ({counts['numbers']} numbers)")
    print(f"read now: {counts['holds']} hold, {counts['false']} false")
    for line in tally.falses:
        print("  FALSE", line)
    share = counts["chance holds"] / counts["chance numbers"] if counts["chance numbers"] else 0.0
    print(
        f"random numbers in their place: {counts['chance numbers']}, of which {counts['chance holds']} hold "
        f"({share:.2%}) and {counts['chance false']} are found false"
    )


if __name__ == "__main__":
    main()
