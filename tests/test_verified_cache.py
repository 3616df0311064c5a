"""Checked derivations kept between runs: reused only for the very check that produced them."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import sympy

from kldocs.derivations import registry, verified_cache
from kldocs.derivations.steps import Derivation, StepCheck, Verification
from kldocs.derivations.verify import verify
from tests.helpers import run_kldocs


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KLDOCS_CACHE", str(tmp_path))
    return tmp_path / "verified"


def _plant(derivation_name: str, holds: bool) -> Path:
    """A stored check of the named derivation that says ``holds`` for every step, whatever the truth."""
    derivation = registry.get(derivation_name)
    checks = tuple(StepCheck(holds, "planted") for _ in derivation.steps)
    verified_cache.remember(derivation, Verification(derivation.name, checks))
    name = verified_cache.key(derivation)
    assert name is not None
    return verified_cache.folder() / "verified" / f"{name}.json"


def _third_step_plus(term: object) -> Derivation:
    """Gibbs' inequality with ``term`` added to its third step's expression."""
    derivation = registry.get("gibbs")
    step = derivation.steps[2]
    return replace(derivation, steps=(*derivation.steps[:2], replace(step, expression=step.expression + term)))


def test_a_stored_check_is_what_a_later_run_gets(folder: Path) -> None:
    derivation = registry.get("gibbs")
    assert verified_cache.recall(derivation) is None
    checked = verify.__wrapped__(derivation)
    assert checked.holds and verified_cache.recall(derivation) == checked
    _plant("gibbs", holds=False)
    assert verify.__wrapped__(derivation).failures == tuple(range(1, len(derivation.steps) + 1))


def test_any_change_to_a_derivation_changes_its_key() -> None:
    derivation = registry.get("gibbs")
    changed = [
        replace(derivation, name="other"),
        replace(derivation, steps=derivation.steps[:-1]),
        _third_step_plus(sympy.Symbol("x")),
        replace(derivation, steps=(replace(derivation.steps[0], justification="step.other"), *derivation.steps[1:])),
    ]
    keys = {verified_cache.key(derivation), *(verified_cache.key(other) for other in changed)}
    assert None not in keys and len(keys) == 1 + len(changed)


def test_a_symbol_s_assumptions_are_part_of_the_key() -> None:
    general, positive = sympy.Symbol("t"), sympy.Symbol("t", positive=True)
    assert verified_cache.key(_third_step_plus(general)) != verified_cache.key(_third_step_plus(positive))


def test_a_derivation_with_a_dummy_symbol_has_no_key_and_is_never_stored(folder: Path) -> None:
    derivation = registry.get("gibbs")
    step = derivation.steps[2]
    dummy = replace(
        derivation, steps=(*derivation.steps[:2], replace(step, expression=step.expression + sympy.Dummy()))
    )
    assert verified_cache.key(dummy) is None
    verified_cache.remember(dummy, Verification(dummy.name, ()))
    assert not folder.exists() or not any(folder.iterdir())


def test_the_key_covers_the_checker_s_source(tmp_path: Path) -> None:
    package = Path(verified_cache.__file__).resolve().parent.parent
    copy = tmp_path / "kldocs"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert verified_cache._code.__wrapped__(copy) == verified_cache._code()
    checks = copy / "derivations" / "checks.py"
    checks.write_text(checks.read_text() + "\n# changed\n")
    assert verified_cache._code.__wrapped__(copy) != verified_cache._code()


def test_a_damaged_or_unreadable_store_only_means_checking_again(folder: Path) -> None:
    path = _plant("gibbs", holds=True)
    path.write_text('{"name": "gibbs", "checks": [[true', encoding="utf-8")
    assert verified_cache.recall(registry.get("gibbs")) is None
    path.write_text(json.dumps({"name": "gibbs"}), encoding="utf-8")
    assert verified_cache.recall(registry.get("gibbs")) is None


def test_a_folder_that_cannot_be_made_leaves_nothing_behind(folder: Path) -> None:
    folder.write_text("a file where the folder goes")  # refused even to root
    verified_cache.remember(registry.get("gibbs"), verify(registry.get("gibbs")))
    assert [path.name for path in folder.parent.iterdir()] == ["verified"]
    assert verified_cache.recall(registry.get("gibbs")) is None


def test_kldocs_verify_checks_afresh_whatever_is_stored(folder: Path) -> None:
    planted = _plant("gibbs", holds=False)
    result = run_kldocs("verify", "--only", "gibbs")  # the same KLDOCS_CACHE
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].endswith("all hold")
    stored = json.loads(planted.read_text(encoding="utf-8"))["checks"]  # and it stores what it found
    assert all(holds and detail != "planted" for holds, detail in stored)
