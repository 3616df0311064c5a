"""LuaLaTeX under confinement: Lua cannot touch files outside, runs are killed and cleaned up, glyph gaps are said."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kldocs.render import pdf
from kldocs.render.pdf import TexError, compile_pdf
from tests.helpers import require_tool, run_kldocs

PAIR = ["--p", "0.5 0.5", "--q", "0.25 0.75"]

pytestmark = pytest.mark.slow


def document(body: str) -> str:
    return "\\documentclass{article}\n\\begin{document}\n" + body + "\n\\end{document}\n"


def lua_results(source: str, tmp_path: Path) -> str:
    """The text of the PDF that ``source`` compiles to."""
    require_tool("pdftotext", "poppler-utils")
    (tmp_path / "out.pdf").write_bytes(compile_pdf(source, {}))
    return subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "out.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_lua_cannot_write_rename_remove_or_read_outside_the_work_folder(tmp_path: Path) -> None:
    require_tool("lualatex", "texlive-luatex")
    victim = tmp_path / "victim.txt"
    victim.write_text("secret")
    target = tmp_path / "written.txt"
    calls = {
        "write": f'io.open("{target}", "w")',
        "up": f'io.open("../{target.name}", "w")',
        "rename": f'os.rename("{victim}", "{tmp_path}/moved.txt")',
        "remove": f'os.remove("{victim}")',
        "read": f'io.open("{victim}")',
        "popen": 'io.popen("id")',
        "mkdir": f'lfs.mkdir("{tmp_path}/made")',
        "inside": 'io.type(io.open("mine.txt", "w"))',
    }
    lua = r"\directlua{" + " ".join(f'tex.print("{name}:" .. tostring(({call})))' for name, call in calls.items()) + "}"
    text = lua_results(document(lua), tmp_path)
    for check in ("write", "up", "rename", "remove", "read", "popen", "mkdir"):
        assert f"{check}:nil" in text, text
    assert "inside:file" in text
    assert victim.read_text() == "secret"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.pdf", "victim.txt"]


def test_lua_cannot_recover_the_original_functions(tmp_path: Path) -> None:
    require_tool("lualatex", "texlive-luatex")
    target = tmp_path / "escaped.txt"
    calls = {
        "upvalue": "debug.getupvalue(io.open, 2)",
        "bytecode": 'load(string.char(27) .. "Lua")',
        "loadlib": 'package.loadlib("libc.so.6", "system")',
        "after": f'io.open("{target}", "w")',
    }
    lua = r"\directlua{" + " ".join(f'tex.print("{name}:" .. tostring(({call})))' for name, call in calls.items()) + "}"
    text = lua_results(document(lua), tmp_path)
    assert "upvalue:nil" in text and "bytecode:nil" in text and "loadlib:nil" in text and "after:nil" in text, text
    assert not target.exists()


def test_the_pdf_backend_cannot_embed_a_file_from_outside(tmp_path: Path) -> None:
    require_tool("lualatex", "texlive-luatex")
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-1f2e3d")
    body = "\n".join(
        [
            rf"\immediate\pdfextension obj file {{{secret}}}",
            rf"\immediate\pdfextension obj stream file {{{secret}}}",
            rf'\directlua{{pcall(pdf.immediateobj, "file", "{secret}")}}',
            rf'\directlua{{pcall(pdf.immediateobj, "streamfile", "{secret}")}}',
            rf'\directlua{{pcall(pdf.obj, {{type = "raw", file = "{secret}", immediate = true}})}}',
            r'\directlua{luatexbase.add_to_callback("find_data_file", function(name) return name end, "mine")}',
            rf"\immediate\pdfextension obj file {{{secret}}}",
            "visible",
        ]
    )
    source = "\\pdfvariable compresslevel=0\n\\pdfvariable objcompresslevel=0\n" + document(body)
    produced = compile_pdf(source, {})
    assert b"SECRET" not in produced and produced.startswith(b"%PDF")
    image = tmp_path / "image.pdf"
    image.write_bytes(produced)
    with pytest.raises(TexError):
        compile_pdf(document(rf"\directlua{{img.write({{filename = '{image}'}})}}"), {})
    compile_pdf(document(r"\directlua{img.write({filename = 'inside.pdf'})}"), {"inside.pdf": produced})


def test_a_user_template_cannot_write_outside_through_directlua(tmp_path: Path) -> None:
    require_tool("lualatex", "texlive-luatex")
    folder = tmp_path / "mine" / "tex"
    folder.mkdir(parents=True)
    target = tmp_path / "pwned.txt"
    (folder / "page.tex.j2").write_text(
        document(rf'\directlua{{local f = io.open("{target}", "w"); if f then f:write("x"); f:close() end}} hello')
    )
    out = tmp_path / "out"
    arguments = ["example", *PAIR, "--format", "pdf", "--engine", "lualatex", "--templates", str(tmp_path / "mine")]
    result = run_kldocs(*arguments, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert not target.exists()
    assert (out / "example.pdf").read_bytes().startswith(b"%PDF")


def test_a_run_past_its_time_is_killed_with_its_group_and_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_tool("lualatex", "texlive-luatex")
    monkeypatch.setattr(pdf.tempfile, "tempdir", str(tmp_path))
    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def recording_popen(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        process = real_popen(*args, **kwargs)  # type: ignore[call-overload]
        started.append(process)
        return process

    monkeypatch.setattr(pdf.subprocess, "Popen", recording_popen)
    begin = time.monotonic()
    with pytest.raises(TexError, match="took longer than 2 s and was stopped"):
        compile_pdf(document(r"\loop\iftrue\repeat"), {}, timeout=2)
    assert time.monotonic() - begin < 20
    (process,) = started
    assert os.getpgid(os.getpid()) != process.pid  # it had a group of its own ...
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)  # ... and nothing of it is left
    assert list(tmp_path.iterdir()) == []


def tex_processes_in(folder: Path) -> list[int]:
    """Processes whose current folder lies inside ``folder``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if Path(os.readlink(entry / "cwd")).is_relative_to(folder):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_an_engine_that_starts_while_kldocs_stops_is_killed_at_once(tmp_path: Path) -> None:
    # Ctrl-C can land after a worker thread has started an engine but before the engine is in the list that
    # stop_all kills: the worker must notice and kill it, not wait for it to time out.
    pdf.stop_all()
    try:
        begin = time.monotonic()
        with pytest.raises(TexError, match="was stopped as it started"):
            pdf.run_in_group(["sleep", "60"], tmp_path, dict(os.environ), 60, "sleep")
        assert time.monotonic() - begin < 10
        assert pdf._running == set()
    finally:
        pdf.resume()
    assert pdf.run_in_group(["true"], tmp_path, dict(os.environ), 60, "true") == 0  # resumed: engines run again


#: The exit code of a stopped kldocs and its one line.
STOPPED = {130: "kldocs: interrupted\n", 143: "kldocs: terminated\n", 129: "kldocs: hung up\n"}


@pytest.mark.parametrize(
    ("stops", "gap", "codes"),
    [
        ((signal.SIGTERM,), 0, {143}),
        ((signal.SIGHUP,), 0, {129}),  # the terminal closed
        ((signal.SIGINT,), 0, {130}),
        ((signal.SIGINT, signal.SIGINT), 0.002, {130}),  # an impatient double Ctrl-C
        # 2 ms apart, the two may land on different threads, whose handlers then run in either order: either
        # signal may decide, but with one line and no engine or folder left behind all the same.
        ((signal.SIGINT, signal.SIGTERM), 0.002, {130, 143}),
        # The second signal while kldocs exits, once Python has put the default handlers back: no effect.
        ((signal.SIGINT, signal.SIGTERM), 0.3, {130}),
    ],
)
def test_stopping_kldocs_kills_lualatex_and_removes_its_folder(
    tmp_path: Path, stops: tuple[signal.Signals, ...], gap: float, codes: set[int]
) -> None:
    require_tool("lualatex", "texlive-luatex")
    temp = tmp_path / "tmp"
    temp.mkdir()
    # A document that would run for the whole time limit once LuaLaTeX starts.
    folder = tmp_path / "mine" / "tex"
    folder.mkdir(parents=True)
    (folder / "page.tex.j2").write_text(document(r"\loop\iftrue\repeat"))
    command = ["example", *PAIR, "--format", "pdf", "--engine", "lualatex", "--templates", str(tmp_path / "mine")]
    command += ["--out", str(tmp_path / "o")]
    process = subprocess.Popen(
        [sys.executable, "-m", "kldocs", *command],
        env={**os.environ, "TMPDIR": str(temp)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not tex_processes_in(temp) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert tex_processes_in(temp), "LuaLaTeX never started"
    for stop in stops:
        if stop == signal.SIGINT:
            os.killpg(process.pid, stop)  # Ctrl-C reaches the terminal's whole process group
        else:
            process.send_signal(stop)
        time.sleep(gap)  # the second signal arrives while the first is being handled, or later
    try:
        _, error = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # hung: leave nothing running behind the failure
        raise
    assert process.returncode in codes and error == STOPPED[process.returncode]
    assert tex_processes_in(temp) == []
    assert list(temp.iterdir()) == []
    assert not (tmp_path / "o").exists()


def test_characters_the_fonts_lack_are_one_warning(tmp_path: Path) -> None:
    require_tool("lualatex", "texlive-luatex")
    result = run_kldocs(
        "example",
        *PAIR,
        "--labels",
        "가,α😀",
        "--format",
        "pdf",
        "--lang",
        "en",
        "--engine",
        "lualatex",
        "--out",
        str(tmp_path / "out"),
    )
    assert result.returncode == 0
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("kldocs: warning: pdf: the fonts have no glyph for '가' (U+AC00), 'α' (U+03B1)")
    assert "'😀' (U+1F600)" in warning


def test_a_label_in_brackets_keeps_its_brackets_in_the_pdf(tmp_path: Path) -> None:
    require_tool("lualatex", "texlive-luatex")
    require_tool("pdftotext", "poppler-utils")
    out = tmp_path / "out"
    result = run_kldocs(
        "example", *PAIR, "--labels", "[a],[b]", "--format", "pdf", "--engine", "lualatex", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out / "example.pdf"), "-"], capture_output=True, text=True).stdout
    assert "[a]" in text and "[b]" in text


@pytest.mark.parametrize(
    ("missing", "hint"),
    [
        ("booktabs.sty", "(Debian package: texlive-latex-recommended)"),  # loaded by kldocs' own templates
        ("siunitx.sty", "(on Debian, apt-file search siunitx.sty names its package; texlive-full has every"),
        ("beamerthemeMine.sty", "apt-file search beamerthemeMine.sty"),
        ("Some Font", None),  # a font: no TeX package to name
    ],
)
def test_a_missing_file_names_its_package_or_how_to_find_it(missing: str, hint: str | None) -> None:
    message = str(pdf.MissingToolError(missing))
    assert message.startswith(f"pdf: needs {missing}, which is not installed")
    if hint is None:
        assert message.endswith("not installed")
    else:
        assert hint in message
