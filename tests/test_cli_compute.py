"""``kldocs compute``: the table, the --json contract, options, and bad input as one line with exit code 2."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import mpmath
import numpy as np
import pytest
import sympy

import kldocs
from kldocs.cli import compute, main
from kldocs.measures.summary import all_measures

REFERENCE = ["compute", "--p", "0.2 0.5 0.3", "--q", "0.3 0.4 0.3"]
KEYS = ["entropy_p", "entropy_q", "cross_entropy_pq", "cross_entropy_qp", "kl_pq", "kl_qp", "jeffreys", "jsd"]
SYMBOLS = ["H(P)", "H(Q)", "H(P,Q)", "H(Q,P)", "D_KL(P||Q)", "D_KL(Q||P)", "J(P,Q)", "JSD(P,Q)"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    assert err == ""
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def significant(text: str) -> int:
    digits = text.lstrip("-").split("e")[0].replace(".", "")
    return len(digits.lstrip("0")) or len(digits)


# --- the table ----------------------------------------------------------------------------------------------


def test_table_lists_all_eight_measures_with_units(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *REFERENCE)
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    for symbol in SYMBOLS:
        rows = [line for line in lines if line.startswith(symbol + " ")]
        assert len(rows) == 1, symbol
        assert " nats " in rows[0]
    kl_row = next(line for line in lines if line.startswith("D_KL(P||Q) "))
    assert "0.03047875404 nats" in kl_row
    assert "-4/5*log(2) - 1/5*log(3) + 1/2*log(5)" in kl_row
    assert "KL divergence" in kl_row
    assert "Jensen-Shannon" in out and "Jeffreys" in out
    assert "P = (1/5, 1/2, 3/10)" in out
    assert "Q = (3/10, 2/5, 3/10)" in out
    assert "categories: x1, x2, x3" in out
    assert "nats" in out and "10 significant digits" in out
    assert "JS distance sqrt(JSD) = 0.08841606286" in out  # sqrt(0.007817400171...)
    assert "rescaled" not in out
    assert "Traceback" not in out


def test_table_digits_and_base(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *REFERENCE, "--digits", "4", "--base", "2")
    assert code == 0
    assert "log base 2: values in bits, rounded to 4 significant digits" in out
    for symbol in SYMBOLS:
        row = next(line for line in out.splitlines() if line.startswith(symbol + " "))
        assert " bits " in row
    assert "0.04397 bits" in out  # 0.0304787540 / ln 2 = 0.043971...
    assert "log(5)/log(2)" in out


def test_table_labels_and_normalize(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "compute", "--p", "2 5 3", "--q", "3 4 3", "--normalize", "--labels", "sun,rain,snow")
    assert code == 0
    assert "categories: sun, rain, snow" in out
    assert "P = (1/5, 1/2, 3/10)" in out
    assert "P was given as weights and rescaled to sum to 1 (--normalize)" in out
    assert "Q was given as weights and rescaled to sum to 1 (--normalize)" in out
    assert "0.03047875404 nats" in out


def test_table_explains_an_infinite_value(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "compute", "--p", "0.5 0.5 0", "--q", "1 0 0", "--labels", "a,b,c")
    assert code == 0, err
    rows = {symbol: next(line for line in out.splitlines() if line.startswith(symbol + " ")) for symbol in SYMBOLS}
    for symbol in ("H(P,Q)", "D_KL(P||Q)", "J(P,Q)"):
        assert " infinite " in rows[symbol] and rows[symbol].rstrip().endswith("(see below)")
    for symbol in ("H(Q,P)", "D_KL(Q||P)", "JSD(P,Q)"):
        assert " nats " in rows[symbol]
    notes = [line for line in out.splitlines() if "is infinite" in line]
    assert len(notes) == 3
    for note in notes:
        assert "'b'" in note and "probability 1/2 in P but 0 in Q" in note
    assert any(note.startswith("D_KL(P||Q) is infinite") for note in notes)


def test_infinite_values_are_explained_without_the_per_term_breakdown(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The category that makes a value infinite is found from the weights: no term of any other category is built."""

    def refuse(quantity: kldocs.Quantity) -> None:
        raise AssertionError(f"{quantity.measure}: the whole breakdown was built")

    monkeypatch.setattr(kldocs.Quantity, "terms", refuse)
    args = ("compute", "--p", "0 1 1 0", "--q", "1 1 0 1", "--labels", "a,b,c,d", "--normalize")
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "D_KL(P||Q) is infinite: 'c' has probability 1/2 in P but 0 in Q" in out
    assert "J(P,Q) is infinite: 'a' has probability 0 in P but 1/3 in Q" in out
    measures = run_json(capsys, *args)["measures"]
    assert measures["kl_qp"]["infinite"]["label"] == "a"
    assert measures["jeffreys"]["infinite"]["label"] == "a"


@pytest.mark.parametrize("form", ["tuple", "array"])
def test_the_table_and_json_make_only_what_they_show(form: str) -> None:
    """A table shows the first values and labels: the others are never made; JSON makes no Fraction objects."""
    counts = [(7 * i) % 11 + 1 for i in range(40)]
    data: Any = np.array(counts) if form == "array" else [str(c) for c in counts]
    P = kldocs.parse_distribution(data, normalize=True)
    Q = kldocs.parse_distribution(data[::-1], name="Q", normalize=True)
    measures = all_measures(P, Q)
    table = compute.as_table(P, Q, measures, 6)
    assert "P = (1/242, 4/121, 2/121, " in table and "categories: x1, x2, " in table
    assert "x12, ... (40 values)" in table
    data_json = compute.as_json(P, Q, measures, 6)
    assert data_json["p"] == [str(Fraction(c, 242)) for c in counts]
    assert data_json["q"] == [str(Fraction(c, 242)) for c in reversed(counts)]
    for distribution in (P, Q):
        assert "probabilities" not in vars(distribution)
    assert "labels" not in vars(Q)


def test_the_value_column_keeps_one_notation(capsys: pytest.CaptureFixture[str]) -> None:
    """Values below 1e-6 have an exponent: then every value in the column has one, with its digits."""
    code, out, err = run(capsys, "compute", "--p", "0.5 0.5", "--q", "0.5001 0.4999", "--digits", "4")
    assert code == 0, err
    values = {
        symbol: line[len(symbol) :].split("  ")[-2].strip()
        for symbol in SYMBOLS
        for line in out.splitlines()
        if line.startswith(symbol + " ")
    }
    assert values["H(P)"] == "6.931e-1 nats" and values["D_KL(P||Q)"] == "2.000e-8 nats"
    assert all(re.fullmatch(r"\d\.\d{3}e-\d+ nats", value) for value in values.values()), values
    code, out, err = run(capsys, *REFERENCE)
    assert "0.03047875404 nats" in out and "e-" not in out
    family = ("compute", "--family", "normal", "--p", "mu=0, sigma=1", "--q", "mu=0.0001, sigma=1", "--digits", "4")
    code, out, err = run(capsys, *family)
    assert code == 0, err
    assert re.search(r"^h\(P\) .* 1\.419e0 nats ", out, re.MULTILINE)
    assert re.search(r"^D_KL\(P\|\|Q\) .* 5\.000e-9 nats ", out, re.MULTILINE)


# --- the JSON contract --------------------------------------------------------------------------------------


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, *REFERENCE, "--digits", "9")
    assert list(data)[:6] == ["base", "p", "q", "labels", "normalized", "measures"]  # the contract, unchanged
    assert data["base"] == "e"
    assert data["p"] == ["1/5", "1/2", "3/10"]
    assert data["q"] == ["3/10", "2/5", "3/10"]
    assert data["labels"] == ["x1", "x2", "x3"]
    assert data["normalized"] is False
    assert list(data["measures"]) == KEYS
    for key, measure in data["measures"].items():
        assert list(measure)[:4] == ["value", "exact", "latex", "finite"], key
        assert isinstance(measure["value"], str)
        assert isinstance(measure["exact"], str)
        assert isinstance(measure["latex"], str)
        assert measure["finite"] is True
        assert significant(measure["value"]) == 9, measure["value"]
        exact = sympy.sympify(measure["exact"])
        value = Decimal(measure["value"])
        ulp = Decimal(10) ** (value.adjusted() - 8)
        assert abs(Decimal(str(sympy.N(exact, 30))) - value) <= ulp / 2, key
        assert "\\" in measure["latex"] and "log(" not in measure["latex"]
    kl = data["measures"]["kl_pq"]
    assert kl["value"] == "0.0304787540"
    assert kl["exact"] == "-4/5*log(2) - 1/5*log(3) + 1/2*log(5)"
    assert kl["latex"] == r"-\frac{4}{5} \ln 2 - \frac{1}{5} \ln 3 + \frac{1}{2} \ln 5"
    assert data["measures"]["kl_qp"]["value"] == "0.0323821119"
    assert data["measures"]["jsd"]["value"] == "0.00781740017"


def test_json_digits(capsys: pytest.CaptureFixture[str]) -> None:
    for digits in (1, 4, 30):
        data = run_json(capsys, *REFERENCE, "--digits", str(digits))
        for measure in data["measures"].values():
            assert significant(measure["value"]) == digits
    assert run_json(capsys, *REFERENCE, "--digits", "4")["measures"]["kl_pq"]["value"] == "0.03048"
    long = run_json(capsys, *REFERENCE, "--digits", "30")["measures"]["kl_pq"]["value"]
    with mpmath.workdps(60):
        reference = -mpmath.mpf(4) / 5 * mpmath.log(2) - mpmath.log(3) / 5 + mpmath.log(5) / 2
        assert long == mpmath.nstr(reference, 30, min_fixed=-99, max_fixed=99, strip_zeros=False)
    assert long == "0.0304787540354720014875449220620"


def test_json_base_two(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, *REFERENCE, "--base", "2", "--digits", "12")
    assert data["base"] == "2"
    kl = data["measures"]["kl_pq"]
    assert float(kl["value"]) == pytest.approx(0.030478754035472001 / math.log(2), rel=1e-11)
    assert sympy.N(sympy.sympify(kl["exact"]), 20) == pytest.approx(float(kl["value"]), rel=1e-11)
    assert "\\log_{2}" in kl["latex"]
    one_bit = run_json(capsys, "compute", "--p", "0.5 0.5", "--q", "0.5 0.5", "--base", "bits", "--digits", "3")
    assert one_bit["measures"]["entropy_p"] == {
        "value": "1.00", "exact": "1", "latex": "1", "finite": True, "unit": "bits", "infinite": None,
    }  # fmt: skip
    assert one_bit["measures"]["kl_pq"]["exact"] == "0"


def test_json_labels_and_normalize(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "compute", "--p", "1 1 2", "--q", "0.25 0.25 0.5", "--normalize", "--labels", "a,b,c")
    assert data["labels"] == ["a", "b", "c"]
    assert data["normalized"] is True
    assert data["p"] == ["1/4", "1/4", "1/2"]
    assert data["measures"]["kl_pq"]["exact"] == "0"
    assert data["measures"]["kl_pq"]["value"] == "0"  # exactly zero
    plain = run_json(capsys, "compute", "--p", "0.25 0.25 0.5", "--q", "0.25 0.25 0.5", "--normalize")
    assert plain["normalized"] is False


def test_json_infinite(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "compute", "--p", "0.5 0.5 0", "--q", "1 0 0")
    measures = data["measures"]
    for key in ("cross_entropy_pq", "kl_pq", "jeffreys"):
        shown = {k: measures[key][k] for k in ("value", "exact", "latex", "finite")}
        assert shown == {"value": "inf", "exact": "oo", "latex": r"\infty", "finite": False}
        infinite = measures[key]["infinite"]
        assert (infinite["label"], infinite["p"], infinite["q"]) == ("x2", "1/2", "0")
        assert "'x2' has probability 1/2 in P but 0 in Q" in infinite["reason"]
        assert sympy.sympify(measures[key]["exact"]) == sympy.oo
    assert measures["jsd"]["finite"] is True
    assert measures["kl_qp"]["exact"] == "log(2)"
    assert measures["kl_qp"]["infinite"] is None


def test_json_gives_units_digits_and_the_js_distance(capsys: pytest.CaptureFixture[str]) -> None:
    """What a script needs beside the values: the unit of each, the digits used, sqrt(JSD)."""
    data = run_json(capsys, *REFERENCE, "--digits", "9", "--base", "2")
    assert data["unit"] == "bits" and data["digits"] == 9
    assert {measure["unit"] for measure in data["measures"].values()} == {"bits"}
    jsd_bits = Decimal(data["measures"]["jsd"]["value"])
    assert significant(data["js_distance"]) == 9
    assert abs(Decimal(data["js_distance"]) ** 2 - jsd_bits) < Decimal("1e-9")
    assert run_json(capsys, *REFERENCE, "--base", "10")["measures"]["kl_pq"]["unit"] == "bans"


def test_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p_file = tmp_path / "p.csv"
    p_file.write_text("label,p\nsun,0.2\nrain,0.5\nsnow,0.3\n", encoding="utf-8")
    q_file = tmp_path / "q.json"
    q_file.write_text('{"values": [0.3, 0.4, 0.3]}', encoding="utf-8")
    code, out, err = run(capsys, "compute", "--p-file", str(p_file), "--q-file", str(q_file), "--digits", "9", "--json")
    assert code == 0
    assert err == f"kldocs: note: P file {str(p_file)!r}: line 1 ('label,p') is a header, not values; it is skipped\n"
    data = json.loads(out)
    assert data["labels"] == ["sun", "rain", "snow"]
    assert data["q"] == ["3/10", "2/5", "3/10"]
    assert data["measures"]["kl_pq"]["value"] == "0.0304787540"
    mixed = run_json(capsys, "compute", "--p", "0.2 0.5 0.3", "--q-file", str(q_file), "--labels", "a,b,c")
    assert mixed["labels"] == ["a", "b", "c"]
    counts = tmp_path / "counts.json"
    counts.write_text('{"a": 2, "b": 5, "c": 3}', encoding="utf-8")
    normalized = run_json(capsys, "compute", "--p-file", str(counts), "--q", "0.3 0.4 0.3", "--normalize")
    assert normalized["normalized"] is True
    assert normalized["p"] == ["1/5", "1/2", "3/10"]


def test_files_with_labels_in_another_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Q's file names its categories in another order: they pair by label, never by position."""
    p_file, q_file, other = tmp_path / "p.json", tmp_path / "q.json", tmp_path / "other.json"
    p_file.write_text('{"a": 0.2, "b": 0.8}', encoding="utf-8")
    q_file.write_text('{"b": 0.8, "a": 0.2}', encoding="utf-8")
    data = run_json(capsys, "compute", "--p-file", str(p_file), "--q-file", str(q_file))
    assert (data["labels"], data["q"], data["measures"]["kl_pq"]["exact"]) == (["a", "b"], ["1/5", "4/5"], "0")
    other.write_text('{"a": 0.5, "c": 0.5}', encoding="utf-8")
    code, out, err = run(capsys, "compute", "--p-file", str(p_file), "--q-file", str(other))
    assert (code, out) == (2, "")
    assert err == "kldocs: error: Q labels: Q has no 'b' (a label of P)\n"
    other.write_text('{"and": 0.5, "or": 0.5}', encoding="utf-8")
    code, out, err = run(capsys, "compute", "--p-file", str(other), "--q-file", str(p_file))
    assert err == "kldocs: error: Q labels: Q has no 'and', 'or' (2 labels of P)\n"


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"kldocs {kldocs.__version__}"
    with pytest.raises(SystemExit) as info:
        main(["compute", "--help"])
    assert info.value.code == 0
    assert "--normalize" in capsys.readouterr().out


# --- bad input -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["compute", "--p", "0.2 0.5 x", "--q", "0.3 0.4 0.3"], ["P[3] 'x3'", "'x'"]),
        (["compute", "--p", "0.2 -0.5 1.3", "--q", "0.3 0.4 0.3"], ["P[2] 'x2'", "negative"]),
        (["compute", "--p", "0.2 0.5 0.3", "--q", "0.3 nan 0.3"], ["Q[2] 'x2'", "NaN"]),
        (["compute", "--p", "1 inf 0", "--q", "0.3 0.4 0.3", "--labels", "a,b,c"], ["P[2] 'b'", "infinite"]),
        (["compute", "--p", "0.2 0.5 0.2", "--q", "0.3 0.4 0.3"], ["P:", "9/10", "not 1", "--normalize"]),
        (["compute", "--p", "0 0 0", "--q", "0.3 0.4 0.3", "--normalize"], ["P:", "zero"]),
        (["compute", "--p", "", "--q", "0.3 0.4 0.3"], ["P:", "no values"]),
        (["compute", "--p", "0.2 0.5 0.3"], ["--q", "required"]),
        (["compute", "--q", "0.2 0.5 0.3"], ["--p", "required"]),
        (["compute", "--p", "0.2 0.5 0.3", "--q", "0.5 0.5"], ["Q:", "2 values", "P has 3"]),
        ([*REFERENCE, "--base", "1"], ["--base", "not a logarithm base"]),
        ([*REFERENCE, "--base", "x"], ["--base"]),
        ([*REFERENCE, "--digits", "0"], ["--digits", "between 1 and"]),
        ([*REFERENCE, "--digits", "100000"], ["--digits"]),
        ([*REFERENCE, "--digits", "abc"], ["--digits", "'abc'"]),
        ([*REFERENCE, "--labels", "a,b"], ["P labels", "2 labels given for 3 values"]),
        ([*REFERENCE, "--labels", "a,b,a"], ["P labels[3]", "duplicate"]),
        ([*REFERENCE, "--labels", "a,b\x1b[2J,c"], ["P labels[2]", "control character"]),
        ([*REFERENCE, "--p-file", "p.csv"], ["--p", "not both"]),
        (["compute", "--p-file", "/nonexistent/p.csv", "--q", "0.5 0.5"], ["P file '/nonexistent/p.csv'", "no such"]),
        (["compute", "--p", "1e999999999 1", "--q", "0.5 0.5"], ["P[1] 'x1'", "out of range"]),
        (["compute", "--p", "1" * 10_000, "--q", "1"], ["P[1] 'x1'", "longer than"]),
        (["compute", "--p", "0.5 0.5\n0", "--q", "0.5 0.5 0\nx"], ["Q[4] 'x4'"]),
        (["compute", "--bogus"], ["--bogus"]),
        (["bogus"], ["bogus"]),
    ],
)
def test_bad_input_is_one_line_and_exit_code_two(
    capsys: pytest.CaptureFixture[str], args: list[str], fragments: list[str]
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert err.endswith("\n")
    assert len(err.splitlines()) == 1, err
    assert err.startswith("kldocs: error: ")
    for fragment in fragments:
        assert fragment in err
    assert "Traceback" not in err


def test_bad_files_through_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad_json = tmp_path / "q.json"
    bad_json.write_text("[0.5, 0.5", encoding="utf-8")
    code, out, err = run(capsys, "compute", "--p", "0.5 0.5", "--q-file", str(bad_json))
    assert code == 2 and out == ""
    assert err.startswith(f"kldocs: error: Q file {str(bad_json)!r}: is not valid JSON")
    assert len(err.splitlines()) == 1
    bad_value = tmp_path / "p.csv"
    bad_value.write_text("a,0.5\nb,-0.5\nc,1\n", encoding="utf-8")
    code, out, err = run(capsys, "compute", "--p-file", str(bad_value), "--q", "0.2 0.3 0.5")
    assert code == 2 and out == ""
    assert err == f"kldocs: error: P file {str(bad_value)!r} line 2 (P[2] 'b'): '-0.5' is negative\n"


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("O.2\n0.5\n0.3\n", ["line 1: cannot read 'O.2' as a number", "a header row is words without digits"]),
        ("a,0.5\nb,O.5\n", ["line 2 (P[2] 'b'): cannot read 'O.5'"]),
        ('"1,500"\n"2,000"\n', ["line 1: cannot read '1,500' as a number (write 1500 without a thousands separator"]),
        ('count\n\n"1,500"\n"2,000"\n', ["line 3 (P[1] 'x1'): cannot read '1,500'"]),
        ("nan\n0.5\n0.5\n", ["line 1: 'nan' is not a number (NaN)"]),
    ],
)
def test_a_file_value_error_names_the_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, fragments: list[str]
) -> None:
    """A first row that is neither values nor a header of words is refused, not skipped; every error names its line."""
    path = tmp_path / "p.csv"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "compute", "--p-file", str(path), "--q", "1 1 1", "--normalize")
    assert (code, out) == (2, "")
    assert err.startswith(f"kldocs: error: P file {str(path)!r} ") and len(err.splitlines()) == 1
    for fragment in fragments:
        assert fragment in err


def test_a_header_row_is_skipped_with_a_note(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("\nword,count\nthe,10\nof,5\nand,5\n", encoding="utf-8")
    code, out, err = run(capsys, "compute", "--p-file", str(path), "--q", "1 1 2", "--normalize", "--json")
    assert code == 0
    assert err == f"kldocs: note: P file {str(path)!r}: line 2 ('word,count') is a header, not values; it is skipped\n"
    assert json.loads(out)["p"] == ["1/2", "1/4", "1/4"]


# --- as a program ---------------------------------------------------------------------------------------------


def console_scripts() -> list[list[str]]:
    commands = [[sys.executable, "-m", "kldocs"]]
    script = Path(sys.executable).parent / "kldocs"
    if script.exists():
        commands.append([str(script)])
    return commands


@pytest.mark.parametrize("command", console_scripts(), ids=lambda c: Path(c[-1]).name)
def test_console_script_bad_input(command: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [*command, "compute", "--p", "0.2 0.5 0.2", "--q", "0.3 0.4 0.3"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    hint = "to rescale weights, give --normalize"
    assert result.stderr == f"kldocs: error: P: values sum to 9/10 (0.9), not 1; {hint}\n"


@pytest.mark.parametrize("command", console_scripts(), ids=lambda c: Path(c[-1]).name)
def test_console_script_output(command: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [*command, "compute", "--p", "0.2, 0.5, 0.3", "--q", "0.3, 0.4, 0.3", "--json", "--digits", "9"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["measures"]["kl_pq"]["value"] == "0.0304787540"


CHECK_IMPORTS = """
import contextlib, io, json, sys
from kldocs.cli import main
codes = []
for extra in (["--json"], [], ["--base", "2", "--digits", "40"]):
    with contextlib.redirect_stdout(io.StringIO()):
        codes.append(main(["compute", "--p", "0.5 0.5 0", "--q", "1/3 1/3 1/3"] + extra))
heavy = sorted(name for name in ("sympy", "scipy", "matplotlib") if name in sys.modules)
print(json.dumps({"codes": codes, "heavy": heavy}))
"""


def test_compute_imports_no_sympy_scipy_or_matplotlib(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK_IMPORTS], capture_output=True, text=True, cwd=tmp_path, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["codes"] == [0, 0, 0]
    assert report["heavy"] == []
