"""The inputs layer: parse_distribution and read_distribution_file.

Every accepted form gives exact Fractions (or a float array for NumPy float
input); every bad input raises kldocs.InputError naming the field and the
problem.
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kldocs
from kldocs import InputError, parse_distribution, read_distribution_file
from kldocs.inputs import files as files_module

F = Fraction
FIFTH_HALF_THREE_TENTHS = (F(1, 5), F(1, 2), F(3, 10))


def raises_input_error(data: Any, **kwargs: Any) -> InputError:
    """Parse ``data`` expecting an InputError, and return it."""
    with pytest.raises(InputError) as info:
        parse_distribution(data, **kwargs)
    return info.value


# --- accepted text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "0.2, 0.5, 0.3",
        "0.2 0.5 0.3",
        "0.2;0.5;0.3",
        "0.2 ; 0.5 ;0.3",
        "0.2,0.5,0.3",
        "  0.2\t0.5\n0.3  ",
        "1/5 1/2 3/10",
        "1/5, 1/2, 3/10",
        "20% 50% 30%",
        "20%, 0.5, 3/10",
        "2e-1 5E-1 3e-1",
        ".2 .5 .3",
        "+0.2 0.5 0.3",
        "0.4/2 1/2 0.6/2",
        "[0.2, 0.5, 0.3]",
        "(0.2 0.5 0.3)",
        "{1/5; 1/2; 3/10}",
        " [ 0.2 0.5 0.3 ] ",
    ],
)
def test_text_forms_give_exact_fractions(text: str) -> None:
    P = parse_distribution(text)
    assert P.probabilities == FIFTH_HALF_THREE_TENTHS
    assert all(type(p) is Fraction for p in P.probabilities)
    assert P.labels == ("x1", "x2", "x3")
    assert P.normalized is False
    assert P.is_exact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1e-3 0.999", (F(1, 1000), F(999, 1000))),
        ("1 0", (F(1), F(0))),
        ("0 1", (F(0), F(1))),
        ("12.5% 87.5%", (F(1, 8), F(7, 8))),
        ("1/3 2/3", (F(1, 3), F(2, 3))),
        ("1", (F(1),)),
        ("0.000001 0.999999", (F(1, 10**6), F(999999, 10**6))),
        ("1e-60 " + "1" + "0" * 38 + "e-38", None),
    ],
)
def test_more_number_forms(text: str, expected: tuple[Fraction, ...] | None) -> None:
    P = parse_distribution(text, normalize=expected is None)
    if expected is None:  # the smallest magnitude accepted, beside a 39-digit number
        assert P.probabilities is not None and P.probabilities[0] > 0
        assert P.normalized
        return
    assert P.probabilities == expected


def test_one_pair_of_brackets_only() -> None:
    error = raises_input_error("((0.2 0.8))")
    assert error.field == "P[1] 'x1'"
    assert "'(0.2'" in str(error)
    assert raises_input_error("[0.2 0.8)").field == "P[1] 'x1'"


def test_labels_as_string_or_list() -> None:
    assert parse_distribution("0.5 0.5", labels="a, b").labels == ("a", "b")
    assert parse_distribution("0.5 0.5", labels=["heads", "tails"]).labels == ("heads", "tails")
    assert parse_distribution("0.5 0.5", labels=("맑음", "비")).labels == ("맑음", "비")
    assert parse_distribution("0.25 0.25 0.5").labels == ("x1", "x2", "x3")


def test_name_is_kept() -> None:
    Q = parse_distribution("0.5 0.5", name="Q")
    assert Q.name == "Q"
    assert len(Q) == 2


# --- accepted sequences -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "values",
    [
        [F(1, 5), F(1, 2), F(3, 10)],
        ["0.2", "1/2", "30%"],
        [Decimal("0.2"), Decimal("0.5"), Decimal("0.3")],
        [Decimal("0.2"), "1/2", F(3, 10)],
        [0.2, "1/2", F(3, 10)],
    ],
)
def test_sequences_give_exact_fractions(values: list[Any]) -> None:
    P = parse_distribution(values)
    assert P.probabilities == FIFTH_HALF_THREE_TENTHS
    assert P.is_exact


def test_ints_are_exact() -> None:
    assert parse_distribution([0, 1, 0]).probabilities == (F(0), F(1), F(0))
    assert parse_distribution([1, 1, 2], normalize=True).probabilities == (F(1, 4), F(1, 4), F(1, 2))


def test_float_among_exact_values_means_the_decimal_it_prints_as() -> None:
    assert parse_distribution([0.1, "9/10"]).probabilities == (F(1, 10), F(9, 10))
    # 0.1 + 0.2 prints as 0.30000000000000004, so with 7/10 the sum is not 1.
    error = raises_input_error([0.1 + 0.2, F(7, 10)])
    assert error.field == "P"
    assert "sum to 25000000000000001/25000000000000000" in str(error)


@pytest.mark.parametrize(
    "values", [[0.2, 0.5, 0.3], (0.2, 0.5, 0.3), [0, 0.5, 0.5], list(np.array([0.25, 0.75])), [np.float32(0.5), 0.5]]
)
def test_lists_and_tuples_of_floats_take_the_float_path(values: list[Any]) -> None:
    P = parse_distribution(values, name="Q")
    assert not P.is_exact and P.probabilities is None
    assert P.as_array().tolist() == [float(v) for v in values]
    assert P.name == "Q" and P.given_labels is None


def test_a_float_list_is_validated_like_an_array() -> None:
    assert raises_input_error([0.1] * 9).field == "P"  # sums to 0.9
    assert parse_distribution([0.1 + 0.2, 0.7]).normalized is False  # within rounding of 1
    assert raises_input_error([0.5, -0.5, 1.0]).field == "P[2] 'x2'"
    assert parse_distribution([1.0, 3.0], normalize=True).as_array().tolist() == [0.25, 0.75]


def test_numpy_scalars_in_a_list() -> None:
    """list(np.array(...)) gives NumPy scalars: floats take the float path, ints stay exact counts."""
    ints = parse_distribution(list(np.array([1, 3])), normalize=True)
    assert ints.probabilities == (F(1, 4), F(3, 4))
    assert not parse_distribution(list(np.array([0.25, 0.75]))).is_exact


def test_a_float_array_is_copied() -> None:
    array = np.array([0.25, 0.75])
    P = parse_distribution(array)
    array[0] = 0.5
    assert P.as_array().tolist() == [0.25, 0.75]
    assert array.flags.writeable  # the caller's array is left as it was


@pytest.mark.parametrize(
    ("data", "labels", "exact"),
    [
        ({"sun": 0.25, "rain": 0.75}, ("sun", "rain"), False),
        ({"sun": "1/4", "rain": F(3, 4)}, ("sun", "rain"), True),
        ({1: 1, 2: 3}, ("1", "2"), True),
    ],
)
def test_mappings_give_their_keys_as_labels(data: dict[Any, Any], labels: tuple[str, ...], exact: bool) -> None:
    P = parse_distribution(data, normalize=True)
    assert P.labels == labels and P.is_exact is exact
    assert float(P.as_array()[1]) == 0.75
    assert parse_distribution(data, ["a", "b"], normalize=True).labels == ("a", "b")  # given labels win
    assert raises_input_error({"a": 0.5, "a\n": 0.5}).field == "P labels[2]"


# --- NumPy arrays -----------------------------------------------------------------------------------


def test_float_array_is_a_float_distribution() -> None:
    array = np.array([0.2, 0.5, 0.3])
    P = parse_distribution(array, labels=["a", "b", "c"])
    assert P.probabilities is None
    assert not P.is_exact
    assert P.labels == ("a", "b", "c")
    assert P.normalized is False
    assert P.as_array().dtype == np.float64
    assert np.array_equal(P.as_array(), array)
    with pytest.raises(ValueError, match="read-only"):
        P.as_array()[0] = 1.0


def test_float_array_tolerates_rounding_but_not_weights() -> None:
    nearly = parse_distribution(np.array([0.1, 0.2, 0.7 + 1e-12]))
    assert nearly.normalized is False
    error = raises_input_error(np.array([1.0, 1.0]), name="Q")
    assert error.field == "Q"
    assert "2.0" in str(error) and "not 1" in str(error)
    weights = parse_distribution(np.array([1.0, 3.0]), normalize=True)
    assert weights.normalized is True
    assert np.allclose(weights.as_array(), [0.25, 0.75], rtol=0, atol=1e-16)


def test_float32_array_is_widened() -> None:
    P = parse_distribution(np.array([0.25, 0.75], dtype=np.float32))
    assert P.as_array().dtype == np.float64
    assert P.as_array().tolist() == [0.25, 0.75]


def test_integer_array_is_exact() -> None:
    P = parse_distribution(np.array([0, 1, 0]))
    assert P.probabilities == (F(0), F(1), F(0))
    weights = parse_distribution(np.array([1, 2, 3], dtype=np.int32), normalize=True)
    assert weights.probabilities == (F(1, 6), F(1, 3), F(1, 2))
    assert weights.normalized is True
    error = raises_input_error(np.array([1, 2, 3]))
    assert error.field == "P" and "6" in str(error)


@pytest.mark.parametrize(
    ("array", "field", "fragment"),
    [
        (np.array([0.2, np.nan, 0.8]), "P[2] 'x2'", "NaN"),
        (np.array([0.2, np.inf, 0.8]), "P[2] 'x2'", "infinite"),
        (np.array([0.2, 0.8, -0.5, 0.5]), "P[3] 'x3'", "negative"),
        (np.array([], dtype=np.float64), "P", "no values"),
        (np.array([0.0, 0.0]), "P", "zero"),
        (np.array([[0.5, 0.5]]), "P", "one-dimensional"),
        (np.array(["0.5", "0.5"]), "P", "dtype"),
        (np.array([10**29, 3 * 10**29], dtype=object), "P", "pass array.tolist()"),
    ],
)
def test_bad_arrays(array: np.ndarray, field: str, fragment: str) -> None:
    error = raises_input_error(array)
    assert error.field == field
    assert fragment in str(error)


def test_bad_array_names_label_and_distribution() -> None:
    error = raises_input_error(np.array([0.5, -0.5, 1.0]), labels=["a", "b", "c"], name="Q")
    assert error.field == "Q[2] 'b'"
    assert str(error).startswith("Q[2] 'b': ")


# --- bad input --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kwargs", "field", "fragments"),
    [
        ("0.2 -0.5 1.3", {}, "P[2] 'x2'", ["'-0.5'", "negative"]),
        ("0.5 -0.5 1", {"labels": "a,b,c"}, "P[2] 'b'", ["negative"]),
        ("0.2 nan 0.8", {}, "P[2] 'x2'", ["NaN"]),
        ("0.2 NaN 0.8", {"name": "Q"}, "Q[2] 'x2'", ["NaN"]),
        ("0.2 inf 0.8", {}, "P[2] 'x2'", ["infinite"]),
        ("0.2 -Infinity 0.8", {}, "P[2] 'x2'", ["infinite"]),
        ("0.2 ∞ 0.8", {}, "P[2] 'x2'", ["infinite"]),
        ("", {}, "P", ["no values"]),
        ("   ", {"name": "Q"}, "Q", ["no values"]),
        ("[]", {}, "P", ["no values"]),
        ([], {}, "P", ["no values"]),
        ((), {"name": "Q"}, "Q", ["no values"]),
        ("0 0 0", {}, "P", ["zero"]),
        ("0 0 0", {"normalize": True}, "P", ["zero"]),
        ("0.2 0.5", {}, "P", ["7/10", "(0.7)", "not 1", "normalize=True"]),
        ("0.3 0.3 0.3", {"name": "Q"}, "Q", ["9/10", "not 1"]),
        ("0.5 0.6", {}, "P", ["11/10", "1.1"]),
        ("0.2 abc 0.8", {}, "P[2] 'x2'", ["cannot read", "'abc'"]),
        ("0.2 0x10 0.8", {}, "P[2] 'x2'", ["'0x10'"]),
        ("0.2 1_0 0.8", {}, "P[2] 'x2'", ["'1_0'"]),
        ("0.2 2**3 0.8", {}, "P[2] 'x2'", ["'2**3'"]),
        ("0.2 __import__('os') 0.8", {}, "P[2] 'x2'", ["cannot read"]),
        ("0.2 1/2/2 0.8", {}, "P[2] 'x2'", ["'1/2/2'"]),
        ("0.5 1/0", {}, "P[2] 'x2'", ["divides by zero"]),
        ("0.2,,0.8", {}, "P", ["empty value"]),
        (",0.2,0.8", {}, "P", ["empty value"]),
        ("0,4 0,6", {}, "P", ["'0,4' would be read as two values", "write 0.4"]),
        ("0.4; 0,6", {"name": "Q"}, "Q", ["'0,6'", "write 0.6"]),
        ("[1,5 2,5]", {}, "P", ["'1,5'"]),
        ("0.5 0.5", {"labels": ["a", "a"]}, "P labels[2]", ["duplicate", "'a'"]),
        ("0.5 0.5", {"labels": "a, a"}, "P labels[2]", ["duplicate"]),
        ("0.5 0.5", {"labels": ["a"]}, "P labels", ["1 labels given for 2 values"]),
        ("0.5 0.5", {"labels": "a,b,c", "name": "Q"}, "Q labels", ["3 labels given for 2 values"]),
        ("0.5 0.5", {"labels": ["a", "b\nc"]}, "P labels[2]", ["control character"]),
        ("0.5 0.5", {"labels": ["a\tb", "c"]}, "P labels[1]", ["control character"]),
        ("0.5 0.5", {"labels": ["a", "b\x00"]}, "P labels[2]", ["control character"]),
        ("0.5 0.5", {"labels": ["a", "b\x1b[31m"]}, "P labels[2]", ["control character"]),
        ("0.5 0.5", {"labels": ["a", "b\u2028"]}, "P labels[2]", ["control character"]),
        ("0.5 0.5", {"labels": ["a", " "]}, "P labels[2]", ["blank"]),
        ("0.5 0.5", {"labels": ["a", "x" * 61]}, "P labels[2]", ["longer than 60"]),
        ("0.5 0.5", {"labels": ["a", 7]}, "P labels[2]", ["not text"]),
        ("1" * 100, {}, "P[1] 'x1'", ["longer than 80"]),
        ("0." + "1" * 41, {}, "P[1] 'x1'", ["significant digits"]),
        ("1e999999999", {}, "P[1] 'x1'", ["out of range"]),
        ("0.5 1e-999999999", {}, "P[2] 'x2'", ["out of range"]),
        ("1e61 1", {"normalize": True}, "P[1] 'x1'", ["out of range"]),
        ("1e-62 1", {"normalize": True}, "P[1] 'x1'", ["out of range"]),
        (" ".join(f"1/{10**39 + k}" for k in range(1, 32, 2)), {"normalize": True}, "P", ["digits, more than 602"]),
        ([10**700, 1], {"normalize": True}, "P", ["about 700 digits"]),
        ([True, False], {}, "P[1] 'x1'", ["truth value"]),
        ([0.5, None], {}, "P[2] 'x2'", ["NoneType", "not supported"]),
        ([0.5, [0.5]], {}, "P[2] 'x2'", ["list", "not supported"]),
        ([0.5, float("nan")], {}, "P[2] 'x2'", ["NaN"]),
        ([float("inf"), 0.5], {}, "P[1] 'x1'", ["infinite"]),
        ([Decimal("NaN"), 1], {}, "P[1] 'x1'", ["NaN"]),
        ([Decimal("Infinity"), 1], {}, "P[1] 'x1'", ["infinite"]),
        ([F(3, 2), F(-1, 2)], {}, "P[2] 'x2'", ["negative"]),
        ([2, -1], {"name": "Q"}, "Q[2] 'x2'", ["negative"]),
        ("1 -1 1", {"normalize": True}, "P[2] 'x2'", ["negative"]),
    ],
)
def test_bad_input_names_field_and_problem(data: Any, kwargs: dict[str, Any], field: str, fragments: list[str]) -> None:
    error = raises_input_error(data, **kwargs)
    assert isinstance(error, ValueError)
    assert error.field == field
    message = str(error)
    assert message.startswith(f"{field}: ")
    for fragment in fragments:
        assert fragment in message
    assert "\n" not in message


def test_many_small_denominators_stay_within_the_total_limit() -> None:
    """Harmonic weights 1, 1/2, ..., 1/1300 rescaled: lcm(1..1300), about 560 digits, is accepted."""
    P = parse_distribution([F(1, k) for k in range(1, 1301)], normalize=True)
    assert P.probabilities is not None
    assert P.probabilities[1] * 2 == P.probabilities[0]


@pytest.mark.parametrize("data", [0.5, None, 3])
def test_not_a_sequence_is_an_input_error(data: Any) -> None:
    error = raises_input_error(data, name="Q")
    assert error.field == "Q"


def test_sum_message_contains_the_actual_sum() -> None:
    error = raises_input_error("0.25 0.25 0.25 0.2")
    assert error.field == "P"
    assert "19/20" in str(error)
    assert "0.95" in str(error)


@pytest.mark.parametrize(
    "data",
    [
        "1e999999999",
        "1e-999999999",
        "0.5 1E+999999999",
        "1" * 10_000,
        "0." + "0" * 9_999 + "1",
        "1/" + "7" * 10_000,
        [Decimal("1e999999999")],
        ["9" * 10_000],
        [float("1e308"), 1.0],
    ],
)
def test_huge_numbers_are_refused(data: Any) -> None:
    with pytest.raises(InputError):
        parse_distribution(data)


def test_many_tokens_with_a_bad_one_at_the_end_is_quick() -> None:
    text = " ".join(["0.0001"] * 4_999 + ["1e999999999"])
    error = raises_input_error(text)
    assert error.field == "P[5000] 'x5000'"


# --- normalize ----------------------------------------------------------------------------------------


def test_normalize_rescales_and_says_so() -> None:
    P = parse_distribution("2 3 5", normalize=True)
    assert P.probabilities == (F(1, 5), F(3, 10), F(1, 2))
    assert P.normalized is True
    assert sum(P.probabilities) == 1
    counts = parse_distribution("20% 20%", normalize=True)
    assert counts.probabilities == (F(1, 2), F(1, 2))
    assert counts.normalized is True


def test_normalize_leaves_a_distribution_alone() -> None:
    P = parse_distribution("0.2 0.5 0.3", normalize=True)
    assert P.probabilities == FIFTH_HALF_THREE_TENTHS
    assert P.normalized is False


def test_integer_weights() -> None:
    P = parse_distribution("1/2 1/3 1/6")
    assert P.integer_weights == ((3, 2, 1), 6)
    counts = parse_distribution("3 0 5", normalize=True)
    assert tuple(counts.integer_weights[0]) == (3, 0, 5) and counts.integer_weights[1] == 8
    assert counts.probabilities == (Fraction(3, 8), 0, Fraction(5, 8))


def test_counts_array_stays_integers_and_labels_come_on_demand() -> None:
    P = parse_distribution(np.array([2, 0, 6]), normalize=True)
    weights, total = P.integer_weights
    assert isinstance(weights, np.ndarray) and total == 8
    assert P.given_labels is None
    assert P.labels == ("x1", "x2", "x3")
    assert P.zeros == (1,)
    with pytest.raises(InputError, match=r"P\[2\] 'x2': '-1' is negative"):
        parse_distribution(np.array([1, -1]), normalize=True)


def test_distribution_equality() -> None:
    assert parse_distribution("0.5 0.5") == parse_distribution("1/2 50%")
    assert parse_distribution("0.5 0.5") != parse_distribution("0.5 0.5", labels="a,b")
    assert parse_distribution("0.25 0.75") != parse_distribution("0.75 0.25")


# --- files ---------------------------------------------------------------------------------------------


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "content", "labels"),
    [
        ("one.csv", "0.2\n0.5\n0.3\n", ("x1", "x2", "x3")),
        ("pairs.csv", "a,0.2\nb,0.5\nc,0.3\n", ("a", "b", "c")),
        ("header.csv", "label,probability\na,1/5\nb,50%\nc,0.3\n", ("a", "b", "c")),
        ("header1.csv", "p\n0.2\n0.5\n0.3\n", ("x1", "x2", "x3")),
        ("row.csv", "0.2,0.5,0.3\n", ("x1", "x2", "x3")),
        ("blank-lines.csv", "\n0.2\n\n0.5\n0.3\n\n", ("x1", "x2", "x3")),
        ("bom.csv", b"\xef\xbb\xbf0.2\r\n0.5\r\n0.3\r\n", ("x1", "x2", "x3")),
        ("quoted.csv", '"a, first",0.2\n"b",0.5\nc,0.3\n', ("a, first", "b", "c")),
        ("list.json", "[0.2, 0.5, 0.3]", ("x1", "x2", "x3")),
        ("object.json", '{"a": 0.2, "b": 0.5, "c": 0.3}', ("a", "b", "c")),
        ("values.json", '{"values": [0.2, "1/2", 3e-1], "labels": ["u", "v", "w"]}', ("u", "v", "w")),
        ("values-only.json", '{"values": ["20%", 0.5, 0.3]}', ("x1", "x2", "x3")),
        ("upper.JSON", "[0.2, 0.5, 0.3]", ("x1", "x2", "x3")),
    ],
)
def test_files(tmp_path: Path, name: str, content: str | bytes, labels: tuple[str, ...]) -> None:
    P = read_distribution_file(write(tmp_path, name, content))
    assert P.probabilities == FIFTH_HALF_THREE_TENTHS
    assert P.labels == labels
    assert P.normalized is False


def test_json_numbers_are_read_from_their_text(tmp_path: Path) -> None:
    # 0.1 as a double is 3602879701896397/36028797018963968; the file means 1/10.
    path = write(tmp_path, "tenths.json", json.dumps([0.1] * 10))
    assert read_distribution_file(path).probabilities == (F(1, 10),) * 10
    path = write(tmp_path, "mixed.json", "[0.1, 0.2, 7E-1]")
    assert read_distribution_file(path).probabilities == (F(1, 10), F(1, 5), F(7, 10))
    path = write(tmp_path, "ints.json", "[0, 1]")
    assert read_distribution_file(path).probabilities == (F(0), F(1))


def test_file_options(tmp_path: Path) -> None:
    path = write(tmp_path, "counts.csv", "a,2\nb,3\nc,5\n")
    Q = read_distribution_file(path, name="Q", normalize=True, labels=["x", "y", "z"])
    assert Q.probabilities == (F(1, 5), F(3, 10), F(1, 2))
    assert Q.labels == ("x", "y", "z")
    assert Q.normalized is True
    assert Q.name == "Q"
    assert read_distribution_file(str(path), normalize=True).labels == ("a", "b", "c")


def test_file_values_are_validated_with_position_and_label(tmp_path: Path) -> None:
    path = write(tmp_path, "q.json", '{"a": 0.5, "b": -0.5, "c": 1}')
    with pytest.raises(InputError) as info:
        read_distribution_file(path, name="Q")
    assert info.value.field == "Q[2] 'b'"
    assert "negative" in str(info.value)
    path = write(tmp_path, "sum.csv", "0.2\n0.2\n")
    with pytest.raises(InputError, match=r"^P: values sum to 2/5"):
        read_distribution_file(path)


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("bad.json", "[0.1, ", "not valid JSON"),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "not valid JSON"),
        ("scalar.json", '"0.5 0.5"', "expected a list"),
        ("values.json", '{"values": 3}', "must be lists"),
        ("labels.json", '{"values": [1], "labels": "a"}', "must be lists"),
        ("empty.csv", "", "is empty"),
        ("blank.csv", "\n\n  \n", "is empty"),
        ("wide.csv", "1,2,3\n4,5,6\n", "one value per row"),
        ("latin1.csv", b"a\xe9,0.5\nb,0.5\n", "not UTF-8"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: str | bytes, fragment: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as info:
        read_distribution_file(path, name="Q")
    assert info.value.field == f"Q file {str(path)!r}"
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("content", "field", "fragment"),
    [
        ("[NaN, 1]", "P[1] 'x1'", "NaN"),
        ("[Infinity, 1]", "P[1] 'x1'", "infinite"),
        ("[true, false]", "P[1] 'x1'", "truth value"),
        ("[null, 1]", "P[1] 'x1'", "not supported"),
        ("[[0.5], [0.5]]", "P[1] 'x1'", "not supported"),
        ("[1e999999999, 0]", "P[1] 'x1'", "out of range"),
        ("[" + "1" * 5000 + ", 0]", "P[1] 'x1'", "longer than"),
    ],
)
def test_bad_json_values(tmp_path: Path, content: str, field: str, fragment: str) -> None:
    path = write(tmp_path, "p.json", content)
    with pytest.raises(InputError) as info:
        read_distribution_file(path)
    assert info.value.field == field
    assert fragment in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.csv"
    with pytest.raises(InputError) as info:
        read_distribution_file(path, name="Q")
    assert info.value.field == f"Q file {str(path)!r}"
    assert "no such file" in str(info.value)


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_distribution_file(tmp_path)
    assert info.value.field.startswith("P file ")


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files_module, "MAX_FILE_BYTES", 1_000)
    path = write(tmp_path, "big.csv", "0.001\n" * 1_000)
    with pytest.raises(InputError) as info:
        read_distribution_file(path)
    assert info.value.field == f"P file {str(path)!r}"
    assert "larger than" in str(info.value)


def test_the_real_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "sparse.csv"
    with path.open("wb") as handle:  # a sparse file: large, but costs no disk
        handle.truncate(files_module.MAX_FILE_BYTES + 1)
    with pytest.raises(InputError, match="larger than"):
        read_distribution_file(path)


def test_input_error_is_exported() -> None:
    assert kldocs.InputError is InputError
    assert issubclass(InputError, ValueError)
    error = InputError("P[2] 'b'", "is negative")
    assert str(error) == "P[2] 'b': is negative"
    assert (error.field, error.problem) == ("P[2] 'b'", "is negative")


def test_semicolon_csv_is_read_and_a_decimal_comma_is_explained(tmp_path: Path) -> None:
    good = tmp_path / "p.csv"
    good.write_text("sunny;0.45\ncloudy;0.35\nrain;0.2\n")
    P = read_distribution_file(good)
    assert P.labels == ("sunny", "cloudy", "rain")
    assert P.probabilities == (Fraction(9, 20), Fraction(7, 20), Fraction(1, 5))
    bad = tmp_path / "q.csv"
    bad.write_text("sunny;0,45\ncloudy;0,35\nrain;0,2\n")
    with pytest.raises(InputError, match=r"not 0,45"):
        read_distribution_file(bad)


# --- fuzz: any text gives an exact distribution or one InputError -------------------------------------------------

NUMBER_PIECES = st.sampled_from(
    ["0", "1", "5", ".", "e", "E", "-", "+", "/", "%", "1e999999999", "9" * 40, "nan", "inf", "∞", "½", "٣", "0x1", "_"]
)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(
    text=st.one_of(
        st.text(max_size=60),
        st.lists(st.lists(NUMBER_PIECES, min_size=1, max_size=6).map("".join), min_size=1, max_size=6).map(" ".join),
    ),
    normalize=st.booleans(),
)
def test_any_text_gives_an_exact_distribution_or_an_input_error(text: str, normalize: bool) -> None:
    try:
        P = parse_distribution(text, normalize=normalize)
    except InputError as error:
        assert error.field.startswith("P") and "\n" not in str(error)
    else:
        assert P.probabilities is not None and sum(P.probabilities) == 1 and min(P.probabilities) >= 0


# --- single categories without the whole distribution ------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=30).filter(any), st.booleans())
def test_parts_of_a_distribution_agree_with_the_whole(counts: list[int], as_array: bool) -> None:
    data: Any = np.array(counts, dtype=np.int64) if as_array else [str(c) for c in counts]
    P = parse_distribution(data, normalize=True)
    assert P.probability_texts() == [str(p) for p in P.probabilities or ()]
    assert P.head(5) == (P.probabilities or ())[:5]
    assert [P.probability(i) for i in range(len(P))] == list(P.probabilities or ())
    assert [P.label(i) for i in range(len(P))] == list(P.labels)
    labelled = P.relabelled([f"c{i}" for i in range(len(P))])
    assert labelled.label(len(P) - 1) == f"c{len(P) - 1}"
    with pytest.raises(IndexError):
        P.label(len(P))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=6).filter(any),
    st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=6).filter(any),
    st.integers(min_value=1, max_value=3),
)
def test_content_keys_are_equal_exactly_when_the_probabilities_are(
    first: list[int], second: list[int], scale: int
) -> None:
    """Counts given as text or as an int64 array, scaled or not: one key for one set of probabilities."""
    forms = [
        parse_distribution(np.array(first, dtype=np.int64), normalize=True),
        parse_distribution([str(c * scale) for c in first], normalize=True),
    ]
    other = parse_distribution(np.array(second, dtype=np.int64) * scale, normalize=True)
    assert forms[0].content_key == forms[1].content_key
    same = forms[0].probabilities == other.probabilities
    assert (forms[0].content_key == other.content_key) == same
    assert (forms[1].content_key == other.content_key) == same


@pytest.mark.parametrize(
    ("token", "magnitude"),
    [
        *[("1e-60", None), ("0.01e-58", None), ("9.99e60", None), ("123e58", None), ("1e60", None)],
        *[("1e-61", -61), ("1e-62", -62), ("0.001e-58", -61), ("1e61", 61), ("123e59", 61), ("1/1e61", 61)],
    ],
)
def test_numbers_are_read_from_1e_minus_60_up_to_1e61(token: str, magnitude: int | None) -> None:
    """The range the README states: the leading digit's place from 1e-60 to 1e60, and the message names it."""
    if magnitude is None:
        assert parse_distribution(f"{token} 1", normalize=True).probabilities is not None
        return
    with pytest.raises(InputError, match=rf"is out of range \(magnitude 1e{magnitude}; numbers from 1e-60 up to"):
        parse_distribution(f"{token} 1", normalize=True)


def test_a_sum_other_than_one_suggests_the_python_argument() -> None:
    with pytest.raises(InputError) as caught:
        parse_distribution("0.2 0.5")
    hint = "to rescale weights, use parse_distribution(..., normalize=True)"
    assert caught.value.problem == f"values sum to 7/10 (0.7), not 1; {hint}"
    with pytest.raises(InputError, match=r"use parse_distribution\(\.\.\., normalize=True\)$"):
        parse_distribution([0.2, 0.5])
