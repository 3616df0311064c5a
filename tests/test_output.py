"""Writing into --out: all files or none, every failure one line, the folder left as it was."""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kldocs.errors import InputError
from kldocs.render import output
from kldocs.render.output import write_all
from tests.helpers import run_kldocs

REPORT = Path(__file__).parent / "documents" / "lecture_true.md"
#: ``kldocs check --format md`` writes one file through write_all, and needs no charts: the quickest writer.
CHECK = ["check", str(REPORT), "--format", "md"]


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path under ``folder`` with its content (None for a folder)."""
    if not folder.exists():
        return {}
    return {str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes() for path in folder.rglob("*")}


def one_out_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kldocs: error: --out: "), result.stderr
    return lines[0]


def test_writes_every_file_and_replaces_old_ones(tmp_path: Path) -> None:
    out = tmp_path / "new" / "deeper"
    (tmp_path / "new").mkdir()
    written = write_all(out, {"a.md": b"A", "en/b.md": b"B"})
    assert written == [out / "a.md", out / "en" / "b.md"]
    assert snapshot(out) == {"a.md": b"A", "en": None, "en/b.md": b"B"}
    write_all(out, {"a.md": b"A2"})
    assert (out / "a.md").read_bytes() == b"A2" and (out / "en" / "b.md").read_bytes() == b"B"


def test_a_folder_where_a_file_goes_is_found_before_anything_moves(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "b.md").mkdir(parents=True)
    (out / "a.md").write_bytes(b"old")
    before = snapshot(out)
    with pytest.raises(InputError, match=r"--out: cannot write 'b.md': .* is a folder"):
        write_all(out, {"a.md": b"new", "b.md": b"B"})
    assert snapshot(out) == before


def test_a_file_where_a_folder_goes_is_found_before_anything_moves(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "en").write_bytes(b"a file")
    with pytest.raises(InputError, match=r"cannot write 'en/a.md': .* is a file, not a folder"):
        write_all(out, {"top.md": b"T", "en/a.md": b"A"})
    assert snapshot(out) == {"en": b"a file"}


def test_an_out_that_is_a_file_or_under_a_file_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_bytes(b"x")
    for out in (file, file / "sub"):
        with pytest.raises(InputError, match="is a file, not a folder"):
            write_all(out, {"a.md": b""})
    assert file.read_bytes() == b"x" and sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_a_failing_move_puts_every_replaced_file_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.md").write_bytes(b"old a")
    (out / "b.md").write_bytes(b"old b")
    before = snapshot(out)
    real_replace = os.replace
    calls = []

    def failing_replace(source: Path, target: Path) -> None:
        calls.append(target)
        if Path(target).name == "c.md":
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(output.os, "replace", failing_replace)
    with pytest.raises(InputError, match=r"--out: cannot write into .*: No space left on device"):
        write_all(out, {"a.md": b"new a", "b.md": b"new b", "sub/c.md": b"new c"})
    assert len(calls) > 3  # a.md and b.md had moved before c.md failed
    assert snapshot(out) == before


def test_a_new_out_is_removed_again_when_writing_fails(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b"
    with pytest.raises(ValueError, match="null"):
        write_all(out, {"fine.md": b"x", "bad\x00name": b"y"})
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["", "/abs.md", "../up.md", "a/../b.md", "a//b.md"])
def test_names_that_leave_the_folder_are_a_programming_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="not a file name inside the output folder"):
        write_all(tmp_path, {name: b""})


# --- the operating system says no: one line, exit 2, nothing changed ---------------------------------------


def test_a_read_only_out_is_one_line_and_stays_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "read-only"
    out.mkdir()
    (out / "keep.txt").write_bytes(b"keep")
    out.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    try:
        line = one_out_error(run_kldocs(*CHECK, "--out", str(out), unprivileged=True))
    finally:
        out.chmod(0o755)
    assert line.endswith("Permission denied")
    assert snapshot(out) == {"keep.txt": b"keep"}


def test_an_out_whose_parent_is_not_writable_is_one_line(tmp_path: Path) -> None:
    parent = tmp_path / "parent"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        line = one_out_error(run_kldocs(*CHECK, "--out", str(parent / "new"), unprivileged=True))
    finally:
        parent.chmod(0o755)
    assert "Permission denied" in line and list(parent.iterdir()) == []


def test_an_out_inside_an_existing_writable_folder_with_a_read_only_parent_is_written(tmp_path: Path) -> None:
    parent = tmp_path / "parent"
    (parent / "out").mkdir(parents=True)
    parent.chmod(0o555)  # staging happens inside out, so the parent need not be writable
    try:
        result = run_kldocs(*CHECK, "--out", str(parent / "out"), unprivileged=True)
    finally:
        parent.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (parent / "out").iterdir()] == ["lecture_true.check.md"]


@pytest.mark.parametrize("out", ["/proc/kldocs-out", "/proc/self/status/x", "/dev/null/x"])
def test_impossible_places_are_one_line(out: str) -> None:
    one_out_error(run_kldocs(*CHECK, "--out", out))


@pytest.mark.parametrize("out", ["/proc/self", "/proc/self/x", "/sys/kldocs"])
def test_virtual_file_systems_are_named_in_the_message(out: str) -> None:
    assert one_out_error(run_kldocs(*CHECK, "--out", out)).endswith("a virtual file system; choose a folder on disk")


@pytest.mark.parametrize("command", [CHECK, ["example", "--p", "0.5 0.5", "--q", "0.25 0.75", "--format", "md"]])
@pytest.mark.parametrize("out", ["", "  "])
def test_an_empty_out_is_refused_not_taken_as_the_current_folder(
    command: list[str], out: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert "is empty" in one_out_error(run_kldocs(*command, "--out", out))
    assert list(tmp_path.iterdir()) == []


def test_the_root_folder_is_one_line_for_a_user_who_cannot_write_there() -> None:
    if os.geteuid() == 0:
        try:
            probe = subprocess.run(
                [sys.executable, "-c", "import kldocs"], user=65534, group=65534, capture_output=True, check=False
            )
        except PermissionError:
            probe = None
        if probe is None or probe.returncode != 0:
            pytest.skip("the unprivileged user cannot run this checkout's Python")
        result = subprocess.run(
            [sys.executable, "-m", "kldocs", *CHECK, "--out", "/"],
            user=65534,
            group=65534,
            extra_groups=[],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "HOME": "/nonexistent"},
        )
    else:
        result = run_kldocs(*CHECK, "--out", "/")
    assert one_out_error(result) == "kldocs: error: --out: cannot write into '/': Permission denied"
    assert not Path("/lecture_true.check.md").exists()


def _file_size_limit() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (2_000, 2_000))


def test_a_file_size_limit_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_bytes(b"old")
    result = subprocess.run(
        [sys.executable, "-m", "kldocs", *CHECK, "--out", str(out)],
        preexec_fn=_file_size_limit,
        capture_output=True,
        text=True,
        check=False,
    )
    assert one_out_error(result).endswith("File too large")
    assert snapshot(out) == {"old.txt": b"old"}


# --- property: whatever is in the way, all or nothing --------------------------------------------------------

NAMES = st.lists(
    st.lists(st.sampled_from(["a", "b", "c.md", "d.png"]), min_size=1, max_size=3).map("/".join),
    min_size=1,
    max_size=5,
    unique=True,
)
EXISTING = st.lists(
    st.tuples(
        st.lists(st.sampled_from(["a", "b", "c.md", "d.png"]), min_size=1, max_size=3).map("/".join), st.booleans()
    ),
    max_size=5,
)


@settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(names=NAMES, existing=EXISTING, contents=st.binary(max_size=20))
def test_write_all_writes_everything_or_changes_nothing(
    tmp_path_factory: pytest.TempPathFactory, names: list[str], existing: list[tuple[str, bool]], contents: bytes
) -> None:
    out = tmp_path_factory.mktemp("out")
    for path, is_folder in existing:
        target = out / path
        try:
            if is_folder:
                target.mkdir(parents=True, exist_ok=True)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(b"old")
        except OSError:
            continue  # an earlier entry made this one impossible; the folder is what it is
    before = snapshot(out)
    files = {name: contents + name.encode() for name in names}
    try:
        written = write_all(out, files)
    except InputError as error:
        assert error.field == "--out"
        assert snapshot(out) == before
        return
    assert written == [out / name for name in names]
    for name, content in files.items():
        assert (out / name).read_bytes() == content
    assert not [path for path in out.iterdir() if path.name.startswith(".kldocs-")]


@pytest.mark.parametrize(("clash", "folder"), [("en", "en"), ("example.md", "")])
def test_a_clash_with_a_pages_own_file_is_found_before_rendering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clash: str, folder: str
) -> None:
    from kldocs.inputs import parse_distribution
    from kldocs.models.example import worked_example
    from kldocs.render import publish as publish_module
    from kldocs.render.publish import Output, Page, publish

    def rendered(*args: object, **kwargs: object) -> dict[str, bytes]:
        raise AssertionError("rendered before the names were checked")

    monkeypatch.setattr(publish_module, "render_files", rendered)
    out = tmp_path / "o"
    out.mkdir()
    if folder:
        (out / clash).write_text("a file where the page's folder goes")
    else:
        (out / clash).mkdir()  # a folder where the page goes
    example = worked_example(parse_distribution("0.5 0.5"), parse_distribution("0.25 0.75", name="Q"))
    with pytest.raises(InputError, match=r"--out: cannot write '(en/)?example\.md'"):
        publish([Page(example, "example", folder)], Output(("md", "pdf"), out))
