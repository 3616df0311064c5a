"""Options every page command shares: text that keeps its shape, bounded sizes, fuzzed user text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kldocs.cli import main
from kldocs.cli.options import MAX_PAGE_CATEGORIES, MAX_TITLE_LENGTH
from kldocs.errors import InputError
from kldocs.exercises import draw_exercises
from kldocs.exercises.draw import MAX_SEED
from kldocs.inputs import parse_distribution
from kldocs.render.filters import escape_markdown, escape_tex
from kldocs.render.pool import worker_count

PAIR = ["--p", "0.5 0.5", "--q", "0.25 0.75"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
BREAKS = ["\n", "\r", "\t", "\x00", "\x1b", "\x85", "\u2028", "\u2029", "\udcff"]  # the last: a byte not UTF-8


def error_of(capsys: pytest.CaptureFixture[str], args: list[str], out: Path) -> str:
    assert main([*args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kldocs: error: "), err
    assert not out.exists()
    return err


@pytest.mark.parametrize("option", ["--title", "--author"])
@pytest.mark.parametrize("bad", [*BREAKS, *BIDI])
def test_titles_and_authors_are_one_plain_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, bad: str
) -> None:
    err = error_of(capsys, ["example", *PAIR, option, f"Week 3{bad}# Heading"], tmp_path / "out")
    assert err.startswith(f"kldocs: error: {option}: ") and "bidirectional override" in err


@pytest.mark.parametrize("bad", ["\n", "\u202e", "\udc85"])
def test_the_handouts_date_is_one_plain_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str) -> None:
    err = error_of(capsys, ["handout", "--date", f"2026{bad}# x"], tmp_path / "out")
    assert err.startswith("kldocs: error: --date: ") and "bidirectional override" in err


def test_a_title_may_not_be_longer_than_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = error_of(capsys, ["example", *PAIR, "--title", "x" * (MAX_TITLE_LENGTH + 1)], tmp_path / "out")
    assert err == f"kldocs: error: --title: is longer than {MAX_TITLE_LENGTH} characters\n"


@pytest.mark.parametrize("bad", BIDI)
def test_labels_with_a_bidirectional_override_are_refused(bad: str) -> None:
    with pytest.raises(InputError, match=r"P labels\[2\]: .* bidirectional override"):
        parse_distribution("0.5 0.5", labels=["a", f"txt.{bad}exe"])


def test_pages_take_at_most_the_documented_number_of_categories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = MAX_PAGE_CATEGORIES + 1
    weights = " ".join(["1"] * n)
    for command in (["example"], ["handout", "--q2", weights]):
        args = [*command, "--p", weights, "--q", weights, "--normalize"]
        err = error_of(capsys, args, tmp_path / "out")
        assert err == f"kldocs: error: P: has {n:,} categories; pages take at most {MAX_PAGE_CATEGORIES:,}\n"


def test_compute_has_no_category_cap(capsys: pytest.CaptureFixture[str]) -> None:
    weights = " ".join(["1"] * (MAX_PAGE_CATEGORIES + 1))
    assert main(["compute", "--p", weights, "--q", weights, "--normalize", "--json"]) == 0
    assert '"kl_pq": {"value": "0"' in capsys.readouterr().out


def test_the_seed_is_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert draw_exercises(MAX_SEED, 1).seed == MAX_SEED
    with pytest.raises(InputError, match=rf"--seed: must be between 0 and {MAX_SEED}"):
        draw_exercises(MAX_SEED + 1, 1)
    err = error_of(capsys, ["exercises", "--seed", "1" + "0" * 300, "--count", "1", "--format", "md"], tmp_path / "o")
    assert err.startswith("kldocs: error: --seed: must be between 0 and")
    assert err.rstrip().endswith("got 10000000000000000000... (301 digits)")  # not the 301 digits again


@pytest.mark.parametrize("seed", ["\u0663", "\uff13", "1_000", " 3", "3.0"])
def test_numbers_on_the_command_line_are_ascii_digits(
    seed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # int() reads an Arabic-Indic or full-width 3, underscores and spaces; a seed names files, so it is refused.
    err = error_of(capsys, ["exercises", "--seed", seed, "--count", "1", "--format", "md"], tmp_path / "o")
    assert err == f"kldocs: error: --seed: expected a whole number in the digits 0-9, got {seed!r}\n"


@settings(max_examples=200, deadline=None, derandomize=True)
@given(jobs=st.one_of(st.none(), st.integers(1, 10_000)), work=st.integers(1, 10_000))
def test_workers_never_exceed_the_cores_or_the_work(jobs: int | None, work: int) -> None:
    import os

    cores = len(os.sched_getaffinity(0))
    workers = worker_count(jobs, work)
    assert 1 <= workers <= min(cores, work)
    if jobs is not None:
        assert workers <= jobs
    else:
        assert workers == min(cores, work)


# --- fuzz: labels are refused or escaped, never structure --------------------------------------------------------

LABEL_ALPHABET = st.characters(codec="utf-8") | st.sampled_from([*BIDI, *BREAKS, "[", "]", "\\", "%", "&", "$", "#"])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(label=st.text(LABEL_ALPHABET, min_size=1, max_size=80))
def test_any_label_is_refused_or_kept_as_one_literal_line(label: str) -> None:
    try:
        P = parse_distribution("0.5 0.5", labels=[label, "other"] if label != "other" else [label, "x"])
    except InputError as error:
        assert error.field.startswith("P labels[") and "\n" not in str(error)
        return
    kept = P.labels[0]
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", kept)
    tex = escape_tex(kept)
    # Every bracket is braced (no optional argument after \\ or \midrule), every special escaped.
    assert not re.search(r"(?<!\{)\[|\[(?!\})", tex) and not re.search(r"(?<![\\{])[%&$#]", tex)
    assert "\n" not in escape_markdown(kept)


def test_kldocs_with_no_arguments_prints_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    printed = capsys.readouterr()
    assert printed.out.startswith("usage: kldocs") and "compute" in printed.out and printed.err == ""
