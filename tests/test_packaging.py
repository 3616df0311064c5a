"""The wheel: built from a clean copy, installed non-editable into a fresh venv, run from another folder.

The fresh venv gets only the kldocs wheel. Its dependencies (NumPy,
python-flint, SymPy) are borrowed from the environment running the tests
through a ``.pth`` line, so nothing is downloaded for them; a path added by a
``.pth`` line is not itself scanned for ``.pth`` files, so the editable
install of the working tree stays invisible to the fresh venv.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import kldocs

REPO = Path(__file__).resolve().parents[1]
IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".hypothesis"
)


def clean_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def build_wheel(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=IGNORE)
    dist = tmp_path / "dist"
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(source)]
    if importlib.util.find_spec("hatchling") is not None:
        command.insert(5, "--no-build-isolation")  # no index needed at all
    subprocess.run(command, check=True, timeout=120, cwd=tmp_path, env=clean_env())
    wheels = list(dist.glob("kldocs-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / "python"


@pytest.mark.slow
def test_wheel_installs_and_runs_from_another_folder(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "kldocs/templates/README.md" in names
    assert "kldocs/py.typed" in names  # the package ships its type hints (PEP 561)
    assert "kldocs/cli/main.py" in names
    assert not any(name.startswith(("tests/", "templates/", "benchmarks/")) for name in names)
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(wheel) as archive:
        assert "kldocs = kldocs.cli.main:run" in archive.read(entry_points).decode()

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv_python(venv)
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index"]
    subprocess.run(
        [*install, str(wheel)],
        check=True,
        timeout=120,
        env=clean_env(),
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()  # fmt: skip
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "_borrowed_dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n", encoding="utf-8")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = python.parent / "kldocs"
    version = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, cwd=elsewhere, timeout=60, env=clean_env()
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"kldocs {kldocs.__version__}"

    probe = (
        "import importlib.resources, json, kldocs; "
        "templates = importlib.resources.files('kldocs') / 'templates'; "
        "print(json.dumps({'file': kldocs.__file__, 'readme': (templates / 'README.md').is_file()}))"
    )
    located = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, cwd=elsewhere, timeout=60, env=clean_env()
    )
    assert located.returncode == 0, located.stderr
    report = json.loads(located.stdout)
    assert report["readme"] is True
    installed_file = Path(report["file"])
    assert installed_file.is_relative_to(venv)
    assert not installed_file.is_relative_to(REPO)
    assert (installed_file.parent / "templates" / "README.md").is_file()

    computed = subprocess.run(
        [str(script), "compute", "--p", "0.2 0.5 0.3", "--q", "0.3 0.4 0.3", "--json", "--digits", "9"],
        capture_output=True, text=True, cwd=elsewhere, timeout=60, env=clean_env(),
    )  # fmt: skip
    assert computed.returncode == 0, computed.stderr
    assert '"value": "0.0304787540"' in computed.stdout
    bad = subprocess.run(
        [str(script), "compute", "--p", "0.2 x", "--q", "0.5 0.5"],
        capture_output=True, text=True, cwd=elsewhere, timeout=60, env=clean_env(),
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr == "kldocs: error: P[2] 'x2': cannot read 'x' as a number\n"


def test_the_readme_installs_for_lualatex_what_ci_installs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    line = re.search(r"sudo apt-get install ([a-z0-9 -]+)\n", readme)
    packages = re.search(r'TEX_PACKAGES="([a-z0-9 -]+)"', ci)
    assert line is not None and packages is not None
    assert line.group(1).split() == packages.group(1).split()
    assert "$TEX_PACKAGES" in ci
