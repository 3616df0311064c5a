"""Distributions a line gives as labelled outcomes after a name ("la ville A : sec 0,9 / pluvieux 0,1")."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text


def _bits(values: list[str]) -> list[mpmath.mpf]:
    return [mpmath.mpf(value) for value in values]


def entropy(p: list[str]) -> mpmath.mpf:
    return -sum(x * mpmath.log(x, 2) for x in _bits(p))


def kl(p: list[str], q: list[str]) -> mpmath.mpf:
    return sum(x * mpmath.log(x / y, 2) for x, y in zip(_bits(p), _bits(q), strict=True))


def judged(text: str) -> dict[str, tuple[str, str | None]]:
    return {claim.text: (claim.verdict, claim.value) for claim in check_text(text, "weather.md").claims}


def _value(value: mpmath.mpf, places: int, comma: bool = False) -> str:
    written = mpmath.nstr(value, places + 1) if value < 1 else mpmath.nstr(value, places + 2)
    return written.replace(".", "{,}") if comma else written


def test_a_french_list_of_two_towns_with_decimal_commas() -> None:
    a, b = ["0.9", "0.1"], ["0.5", "0.5"]
    text = (
        "- la ville A : sec 0,9 / pluvieux 0,1\n- la ville B : sec 0,5 / pluvieux 0,5\n\n"
        f"On a $H(A) \\approx {_value(entropy(a), 3, True)}$ bit, $D(A\\|B) \\approx {_value(kl(a, b), 3, True)}$ bit "
        f"et $D(B\\|A) \\approx {_value(kl(a, b), 3, True)}$ bit.\n"  # the second direction given the first's value
    )
    found = judged(text)
    assert found["A = (0.9, 0.1)"] == ("holds", None) and found["B = (0.5, 0.5)"] == ("holds", None)
    assert found["H(A) \\approx 0.469"][0] == "holds"
    assert found["D(A\\|B) \\approx 0.531"][0] == "holds"
    verdict, value = found["D(B\\|A) \\approx 0.531"]
    assert verdict == "false" and value is not None
    assert mpmath.almosteq(mpmath.mpf(value), kl(b, a), 1e-9)


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        ("* Stadt P: sonnig 0,7 / bewölkt 0,2 / Regen 0,1\n* Stadt Q: sonnig 0,4 / bewölkt 0,4 / Regen 0,2\n", "PQ"),
        ("- 도시 P: 맑음 0.7 / 흐림 0.2 / 비 0.1\n- 도시 Q: 맑음 0.4 / 흐림 0.4 / 비 0.2\n", "PQ"),
        ("ciudad P: soleado 0,7; nublado 0,2; lluvia 0,1\n\nciudad Q: soleado 0,4; nublado 0,4; lluvia 0,2\n", "PQ"),
        ("Source P: a 7/10 | b 1/5 | c 1/10\n\nSource Q: a 2/5 | b 2/5 | c 1/5\n", "PQ"),
    ],
)
def test_labelled_outcomes_in_several_languages_bind_their_names(lines: str, names: str) -> None:
    p, q = ["0.7", "0.2", "0.1"], ["0.4", "0.4", "0.2"]
    first, second = names[0], names[1]
    right = mpmath.nstr(kl(p, q), 3)  # 0.265
    wrong = mpmath.nstr(kl(q, p) + mpmath.mpf("0.1"), 3)  # 0.377, not the other direction's 0.277 either
    claims = f"$D_{{KL}}({first}\\|{second}) = {right}$ bits and $D_{{KL}}({second}\\|{first}) = {wrong}$ bits."
    text = f"{lines}\n{claims}\n"
    found = [(claim.verdict, claim.value) for claim in check_text(text, "weather.md").claims if claim.kind == "kl"]
    assert [verdict for verdict, _ in found] == ["holds", "false"], found
    assert mpmath.almosteq(mpmath.mpf(found[1][1]), kl(q, p), 1e-9)


@pytest.mark.parametrize(
    "line",
    [
        "- Team A: wins 3, losses 1",  # counts, not probabilities
        "- Team A: heads 0.6, tails 0.3",  # they do not sum to 1
        "- Item A: heads 0.5, heads 0.5",  # one outcome twice
        "- Step H: yes 0.5 / no 0.5",  # a measure's letter
    ],
)
def test_lists_that_are_no_distribution_bind_nothing(line: str) -> None:
    text = f"{line}\n\n$H(A) = 1$ bit.\n"
    found = check_text(text, "teams.md").claims
    assert [claim.verdict for claim in found] == ["unchecked"], found


@pytest.mark.parametrize(
    ("second", "swapped"),
    [("B: rain 0.2 / dry 0.8", False), ("B: Rain 0.2 / Dry 0.8", False), ("B: rain 0.9 / dry 0.1", True)],
)
def test_a_later_line_is_compared_outcome_by_outcome_in_any_order(second: str, swapped: bool) -> None:
    """A = (dry 0.9, rain 0.1): B's outcomes are matched by name, not by place."""
    b = ["0.1", "0.9"] if swapped else ["0.8", "0.2"]
    right = kl(["0.9", "0.1"], b)
    verdicts = judged(f"A: dry 0.9 / rain 0.1\n{second}\n\nD(A||B) = {_value(right, 3)} bits and D(A||B) = 0 bits.\n")
    assert verdicts[f"D(A||B) = {_value(right, 3)}"][0] == "holds"
    assert verdicts["D(A||B) = 0"][0] == "false"
    assert float(verdicts["D(A||B) = 0"][1] or "nan") == pytest.approx(float(right), rel=1e-9)


@pytest.mark.parametrize("end", [",", ".", ""])
def test_a_sentence_of_two_towns_may_end_in_a_comma(end: str) -> None:
    """A town's outcomes before a comma ("... pluvieux 0,5,"), then the claims as list items."""
    a, b = ["0.6", "0.4"], ["0.5", "0.5"]
    right, wrong = _value(kl(a, b), 3), _value(kl(b, a) + mpmath.mpf("0.01"), 3)
    text = (
        f"Pour la ville A : sec 0,6 / pluvieux 0,4 et la ville B : sec 0,5 / pluvieux 0,5{end}\n\n"
        f"- D(A ‖ B) = {right} bit\n- D(B ‖ A) = {wrong} bit\n"
    )
    found = judged(text)
    assert found["B = (0.5, 0.5)"] == ("holds", None)
    assert found[f"D(A ‖ B) = {right}"][0] == "holds"
    verdict, value = found[f"D(B ‖ A) = {wrong}"]
    assert verdict == "false" and mpmath.almosteq(mpmath.mpf(value or "nan"), kl(b, a), 1e-9)


@pytest.mark.parametrize(
    "line",
    [
        "Pour la ville A : sec 0,6 / pluvieux 0,3,",  # a trailing comma, but no distribution
        "Pour la ville A : sec 0,6 / pluvieux 0,4, neige 0,2",  # the comma led to a third outcome: sums to 1.2
    ],
)
def test_a_trailing_comma_does_not_make_a_list_a_distribution(line: str) -> None:
    found = check_text(f"{line}\n\n- H(A) = 0,971 bit\n", "ville.md").claims
    assert [claim.verdict for claim in found] == ["unchecked"], found
