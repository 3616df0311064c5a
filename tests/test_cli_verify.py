"""``kldocs verify``: the table, ``--json``, ``--only``, exit codes, a wrong step, and the cold run time."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from types import MappingProxyType

import pytest
import sympy

from kldocs.cli import main
from kldocs.cli import verify as verify_command
from kldocs.derivations import registry
from kldocs.derivations.build import algebra, define, over_i, plus
from kldocs.derivations.steps import Derivation
from kldocs.derivations.symbols import H_P, H_PQ, KL_PQ, STANDARD, i, p, q
from kldocs.derivations.verify import verify

#: Seconds after which a run that should take a few is taken to hang (not a speed test).
HANG_SECONDS = 600


def broken() -> Derivation:
    """KL = H(P,Q) - H(P) with the sign flipped in step 2 (step 3 follows it) and a wrong factor in step 4."""
    return Derivation(
        "broken",
        "derivation.kl_cross_entropy.title",
        (
            define(STANDARD[KL_PQ], "step.kl_definition", (KL_PQ, STANDARD[KL_PQ])),
            algebra(over_i(p[i] * plus(sympy.log(q[i]), -sympy.log(p[i]))), "step.log_of_quotient"),
            algebra(plus(over_i(p[i] * sympy.log(q[i])), -over_i(p[i] * sympy.log(p[i]))), "step.split_sum"),
            define(plus(H_PQ, -H_P / 2), "step.name_cross_entropy_and_entropy"),
        ),
        lhs=KL_PQ,
    )


@pytest.fixture
def with_broken(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(registry, "_FACTORIES", MappingProxyType({**registry._FACTORIES, "broken": broken}))
    registry.get.cache_clear()
    yield
    registry.get.cache_clear()


def test_only_one_derivation_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--only", "gibbs"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["derivation", "step", "justification"]
    rows = [line for line in out if line.startswith("gibbs")]
    assert len(rows) == 9 and all("✓" in row for row in rows)
    assert "≥ -(sum_{i=1}^{n} (-1 + q_i/p_i)*p_i)" in rows[2]  # the signs a reader writes, not SymPy's ">="
    assert "D_KL(P||Q) = 0 ⇔ p_i = q_i for all i" in rows[8]
    assert "Apply log x ≤ x − 1 to every term" in rows[2]
    assert out[-1] == "1 derivation, 9 steps: all hold"


def test_only_takes_commas_and_repeats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--only", "gibbs,kl_cross_entropy", "--only", "asymmetry", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in report["derivations"]] == ["kl_cross_entropy", "gibbs", "asymmetry"]


def test_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--only", "kl_cross_entropy", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"holds", "derivations"} and report["holds"] is True
    (derivation,) = report["derivations"]
    assert set(derivation) == {"name", "title", "holds", "steps"}
    assert derivation["title"] == "KL divergence is cross-entropy minus entropy"
    assert derivation["holds"] is True and len(derivation["steps"]) == 4
    for step in derivation["steps"]:
        assert set(step) == {"latex", "justification", "holds", "detail"}
        assert isinstance(step["latex"], str) and step["latex"]
        assert isinstance(step["detail"], str) and step["holds"] is True
    assert derivation["steps"][0]["justification"].startswith("Definition of the KL divergence")


def test_unknown_name_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--only", "gibbs,nope"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("kldocs: error: --only: no derivation named 'nope'")
    assert "gibbs" in err and "gaussian" in err and "\n" not in err


def test_a_wrong_step_is_reported_and_exits_1(with_broken: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--only", "broken"]) == 1
    out = capsys.readouterr().out
    assert out.count("✗") == 2
    assert "FAILED: left: sum_{i=1}^{n} p_i*log(p_i/q_i); right:" in out
    assert out.rstrip().endswith("1 derivation, 4 steps: 2 steps FAILED")


def test_a_wrong_step_in_json(with_broken: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--only", "broken,gibbs", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["holds"] is False
    broken_report = next(d for d in report["derivations"] if d["name"] == "broken")
    assert [s["holds"] for s in broken_report["steps"]] == [True, False, True, False]
    assert "left:" in broken_report["steps"][1]["detail"] and "right:" in broken_report["steps"][1]["detail"]
    assert next(d for d in report["derivations"] if d["name"] == "gibbs")["holds"] is True


def test_summary_counts() -> None:
    gibbs = registry.get("gibbs")
    assert verify_command.summary([(gibbs, verify(gibbs))]) == "1 derivation, 9 steps: all hold"
    assert verify_command.selected(None, ("a", "b")) == ("a", "b")


def test_registering_verify_does_not_import_sympy() -> None:
    code = "import sys, kldocs.cli.main; print('sympy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_full_run_holds_in_a_new_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kldocs", "verify"], capture_output=True, text=True, timeout=HANG_SECONDS
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    assert result.stdout.rstrip().splitlines()[-1].endswith(": all hold")
    assert f"{len(registry.names())} derivations" in result.stdout.splitlines()[-1]


def test_the_three_dimensional_normal_derivations_are_listed_and_hold(capsys: pytest.CaptureFixture[str]) -> None:
    names = [f"multivariate_normal_3d_{measure}" for measure in ("kl", "cross_entropy", "entropy")]
    assert set(names) <= set(registry.names())
    assert main(["verify", "--only", names[-1], "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["holds"] and [item["name"] for item in found["derivations"]] == names[-1:]
    assert "three dimensions" in found["derivations"][0]["title"]


def test_the_table_shows_no_latex_commands(capsys: pytest.CaptureFixture[str]) -> None:
    only = "exponential_kl,uniform_kl,multivariate_normal_entropy"
    assert main(["verify", "--only", only]) == 0
    out = capsys.readouterr().out
    assert "Substitute x = u/λ_1" in out and "Substitute x = a_1 + u (b_1 − a_1)" in out
    assert "\\" not in out  # \frac, \left, \mathbf and their kin are all written out
