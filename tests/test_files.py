"""Files a user names: regular files only, bounded, and any bytes give a distribution or one InputError."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kldocs.cli import main
from kldocs.errors import InputError
from kldocs.inputs import files as files_module
from kldocs.inputs import parse_distribution
from kldocs.inputs.files import read_distribution_file, read_text

NOT_REGULAR = "is not a regular file (a pipe, a device or a socket); only files are read"


def fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


def test_a_fifo_is_refused_at_once_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = fifo(tmp_path, "p.csv")
    raised: list[BaseException] = []
    finished = threading.Event()

    def read() -> None:
        try:
            read_text(path, "P file")
        except InputError as error:
            raised.append(error)
        finished.set()

    threading.Thread(target=read, daemon=True).start()
    assert finished.wait(5), "reading a FIFO blocked"
    assert [str(error) for error in raised] == [f"P file: {NOT_REGULAR}"]


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_before_reading(path: str) -> None:
    with pytest.raises(InputError, match=re.escape(NOT_REGULAR)):
        read_distribution_file(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder, not a file"):
        read_text(tmp_path, "P file")


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(b"1\n" * 10)
    monkeypatch.setattr(files_module, "_read_at_most", lambda descriptor, size: b"1" * size)  # it grew after fstat
    with pytest.raises(InputError, match="is larger than 20 bytes; it is not read"):
        read_text(path, "P file", limit=20)


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"0.5\x000.5", "looks like a binary file"), (b"0.5,\xff0.5", r"not UTF-8 text \(byte 0xff at offset 4\)")],
)
def test_binary_and_non_utf8_files_are_one_line(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        read_distribution_file(path)


def test_a_csv_field_over_the_csv_limit_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("a," + "1" * 140_000 + "\n")
    with pytest.raises(InputError, match=r"is not valid CSV \(field larger than field limit"):
        read_distribution_file(path)


@pytest.mark.parametrize("command", [["compute", "--q", "1", "--p-file"], ["check"]])
def test_the_command_line_refuses_a_fifo_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = fifo(tmp_path, "in.md")
    assert main([*command, str(path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("kldocs: error: ") and NOT_REGULAR in error


def test_check_reads_through_the_same_reader(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "/dev/zero"]) == 2
    assert capsys.readouterr().err == f"kldocs: error: /dev/zero: {NOT_REGULAR}\n"


# --- fuzz: any bytes in a file give a distribution or one InputError -------------------------------------------

CSV_PIECES = st.sampled_from(
    ["0.5", "1/2", "50%", "1e-3", "-1", "nan", "a", ",", ";", "\t", "\n", '"', " ", "0,5", "x,1"]
)
JSON_PIECES = st.sampled_from(["[", "]", "{", "}", '"a"', ":", ",", "0.5", "1/2", "null", "true", '"values"', "1e999"])


@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    suffix=st.sampled_from([".csv", ".json", ".txt"]),
    content=st.one_of(
        st.binary(max_size=200),
        st.lists(CSV_PIECES, max_size=30).map("".join).map(str.encode),
        st.lists(JSON_PIECES, max_size=30).map("".join).map(str.encode),
    ),
    normalize=st.booleans(),
)
def test_any_file_gives_a_distribution_or_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, suffix: str, content: bytes, normalize: bool
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"p{suffix}"
    path.write_bytes(content)
    try:
        distribution = read_distribution_file(path, normalize=normalize)
    except InputError as error:
        assert error.field.startswith("P") and "\n" not in error.problem.strip()
        return
    assert distribution.probabilities is not None and sum(distribution.probabilities) == 1
    assert all(p >= 0 for p in distribution.probabilities)


def test_a_long_file_of_counts_is_read_in_one_pass_and_means_the_same(tmp_path: Path) -> None:
    import numpy as np

    counts = np.random.default_rng(3).integers(0, 10**6, 120_000)
    path = tmp_path / "counts.csv"
    for largest in (None, 10**17):  # the second total no longer fits 64 bits: the weights become Python integers
        if largest is not None:
            counts[7] = largest
        path.write_text("\n".join(str(c) for c in counts.tolist()) + "\n", encoding="utf-8")
        fast = read_distribution_file(path, normalize=True)
        assert isinstance(fast.integer_weights[0], np.ndarray) == (largest is None)
        slow = parse_distribution([str(c) for c in counts.tolist()], normalize=True)
        assert fast.integer_weights[1] == slow.integer_weights[1] == sum(counts.tolist())
        assert fast.content_key == slow.content_key
    path.write_text("\n".join(["1"] * 60_000 + ["10000000000000000000"]) + "\n", encoding="utf-8")
    assert (
        read_distribution_file(path, normalize=True).integer_weights[1] == 60_000 + 10**19
    )  # past int64: cell by cell


@pytest.mark.parametrize("separator", ["\n", "\r\n", "\n\n", " \t\n", "\u00a0\n"])
def test_counts_read_in_one_pass_whatever_the_white_space(tmp_path: Path, separator: str) -> None:
    """Line endings, blank lines and spaces around counts do not change them; other white space takes the slow path."""
    import numpy as np

    counts = np.random.default_rng(4).integers(0, 10**6, 110_000).tolist()
    path = tmp_path / "counts.csv"
    path.write_text(separator.join(str(c) for c in counts) + separator, encoding="utf-8")
    read = read_distribution_file(path, normalize=True)
    weights = read.integer_weights[0]
    assert isinstance(weights, np.ndarray) != separator.startswith("\u00a0")
    assert list(weights) == counts


def test_a_json_object_with_a_key_twice_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"a": 0.5, "b": 0.25, "a": 0.25}')
    with pytest.raises(InputError, match="the key 'a' appears twice"):
        read_distribution_file(path)
    path.write_text('{"values": [0.5, 0.5], "values": [1]}')
    with pytest.raises(InputError, match="the key 'values' appears twice"):
        read_distribution_file(path)
