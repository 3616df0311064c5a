"""The rendered handout and deck against their reviewed snapshots (see :mod:`tests.snapshots`)."""

from __future__ import annotations

import difflib

import pytest

from tests.snapshots import COMMAND, FOLDER, LANGUAGES, RENDERINGS, render_all

CURRENT = render_all()


@pytest.mark.parametrize("name", [f"{language}/{name}" for language in LANGUAGES for name, _, _ in RENDERINGS])
def test_rendering_matches_its_snapshot(name: str) -> None:
    path = FOLDER / name
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    if CURRENT[name] != expected:
        diff = "".join(
            list(
                difflib.unified_diff(
                    expected.splitlines(keepends=True), CURRENT[name].splitlines(keepends=True), "snapshot", "now"
                )
            )[:60]
        )
        pytest.fail(f"{name} differs from its snapshot; look at the change, then regenerate with `{COMMAND}`\n{diff}")
