"""What judging one claim costs: work shared between the values a claim is compared with, bounded per claim."""

from __future__ import annotations

import gc
import json
from fractions import Fraction
from typing import Any

import pytest

from kldocs.checker import claims, code_names, diagnosis, notebook_reader, tokens, written_precision
from kldocs.checker.above import Above
from kldocs.checker.latex_numbers import BaseKey, Node, parse
from kldocs.checker.reading import parse_text
from kldocs.checker.scope import Binding, KnownDistributions
from kldocs.checker.tokens import MeasureSymbol, tokenize
from kldocs.exact import ExactValue
from kldocs.inputs import Distribution, parse_distribution
from kldocs.measures import Quantity


def _scope(count: int) -> KnownDistributions:
    """P and ``count`` other distributions, each of two outcomes."""
    names = ["P"] + [f"R{i}" for i in range(count)]
    bindings = {}
    for i, name in enumerate(names):
        first = Fraction(i + 1, 2 * len(names) + 2)
        distribution = parse_distribution([str(first), str(1 - first)], name=name)
        bindings[name] = Binding(name, distribution, i + 1, f"{name} = ...")
    return KnownDistributions(bindings)


def test_a_wrong_number_is_read_once_and_compared_exactly_only_with_values_near_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scope = _scope(40)
    node = parse(tokenize("7.25"))  # no entropy of two outcomes comes near it
    reads: list[object] = []
    comparisons: list[object] = []
    literal, compare = written_precision.literal, ExactValue.compare

    def counting_literal(item: Node) -> written_precision.Literal | None:
        reads.append(item)
        return literal(item)

    def counting_compare(self: ExactValue, other: ExactValue | Fraction) -> int:
        comparisons.append(other)
        return compare(self, other)

    monkeypatch.setattr(diagnosis, "literal", counting_literal)
    monkeypatch.setattr(ExactValue, "compare", counting_compare)
    claimed = ExactValue.number(Fraction(29, 4))
    slip = diagnosis.explain(MeasureSymbol("entropy", ("P",)), scope, Fraction(2), node, claimed, False)
    assert slip == ""
    assert len(reads) <= 2  # once for the precision, once for all the 120 values it is compared with
    assert comparisons == []


def test_the_estimates_of_the_distributions_in_force_are_made_once_for_all_the_claims_about_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A wrong entropy is compared with the entropy of every distribution in force, in every base: a lecture's
    # claims each estimated (and hashed the fractions of) the hundreds of distributions its sections defined.
    from kldocs.checker import float_estimates

    made: list[str] = []
    estimated = float_estimates._estimated

    def counting(measure: str, pair: tuple[tuple[Fraction, ...], ...], base: BaseKey) -> float | None:
        made.append(measure)
        return estimated(measure, pair, base)

    monkeypatch.setattr(float_estimates, "_estimated", counting)
    monkeypatch.setattr(float_estimates, "_ESTIMATES", {})
    bindings = _scope(40).bindings
    node = parse(tokenize("7.25"))
    claimed = ExactValue.number(Fraction(29, 4))
    for _ in range(5):  # each claim judged in a scope of its own, over the same distributions
        scope = KnownDistributions(bindings)
        assert diagnosis.explain(MeasureSymbol("entropy", ("P",)), scope, Fraction(2), node, claimed, False) == ""
    assert 0 < len(made) <= 41 * 3  # each distribution's entropy in each base, once


def test_an_expansion_is_matched_term_by_term_only_with_measures_enough_of_whose_terms_it_has(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scope = _scope(5)
    text = r"0.5 \log_2 \frac{0.5}{0.25} + 0.5 \log_2 \frac{0.5}{0.75}"  # D_KL((1/2, 1/2) || (1/4, 3/4)): none here
    checked: list[MeasureSymbol] = []
    term_check = diagnosis.term_check

    def counting(quantity: Quantity, *arguments: Any, **named: Any) -> tuple[bool, str]:
        checked.append(MeasureSymbol(quantity.measure, (quantity.p.name, quantity.q.name if quantity.q else "")))
        return term_check(quantity, *arguments, **named)

    quantities: list[MeasureSymbol] = []
    quantity = KnownDistributions.quantity

    def worked_out(self: KnownDistributions, symbol: MeasureSymbol, base: BaseKey = None) -> Quantity:
        quantities.append(symbol)
        return quantity(self, symbol, base)

    monkeypatch.setattr(diagnosis, "term_check", counting)
    monkeypatch.setattr(KnownDistributions, "quantity", worked_out)
    assert diagnosis.nearest_terms(parse(tokenize(text)), text, scope, Fraction(2)) is None
    assert checked == [] and quantities == []  # 60 measures of 6 distributions, none with a term near one written
    one_off = r"0.5 \log_2 \frac{0.5}{0.25} + \frac{13}{14} \log_2 \frac{13/14}{12/14}"  # D_KL(P || R0), one term off
    found = diagnosis.nearest_terms(parse(tokenize(one_off)), one_off, scope, Fraction(2))
    assert found is not None and found[0] == MeasureSymbol("kl", ("P", "R0"))
    assert found[1].startswith("the term 0.5 \\log_2 \\frac{0.5}{0.25} matches no category; 1/14 log_2(1/14/(1/7))")


def test_values_far_from_a_claim_in_floating_point_are_not_worked_out_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    scope = _scope(40)
    worked_out: list[MeasureSymbol] = []
    value = KnownDistributions.value

    def counting(self: KnownDistributions, symbol: MeasureSymbol, base: BaseKey = None) -> ExactValue:
        worked_out.append(symbol)
        return value(self, symbol, base)

    monkeypatch.setattr(KnownDistributions, "value", counting)
    claimed = ExactValue.number(Fraction(29, 4))
    node = parse(tokenize("7.25"))
    assert diagnosis.explain(MeasureSymbol("entropy", ("P",)), scope, Fraction(2), node, claimed, False) == ""
    assert diagnosis.identify(claimed, scope, Fraction(2)) is None  # 96 measures of the first 6 distributions
    assert worked_out == []
    near = scope.value(MeasureSymbol("entropy", ("R3",)), Fraction(2))
    assert diagnosis.identify(near, scope, Fraction(2)) == "H(R3)"
    assert worked_out[-1] == MeasureSymbol("entropy", ("R3",))


def test_an_estimate_is_none_where_doubles_may_be_far_from_the_exact_value() -> None:
    tiny = Fraction(1, 10**400)
    bindings = {
        "P": Binding("P", Distribution((tiny, 1 - tiny), None, "P"), 1, "P"),  # made, as a mixture's are, not read
        "Q": Binding("Q", Distribution((Fraction(0), Fraction(1)), None, "Q"), 2, "Q"),
    }
    scope = KnownDistributions(bindings)
    assert scope.estimate(MeasureSymbol("kl", ("P", "Q"))) is None  # infinite, though P's first double is 0
    assert scope.estimate(MeasureSymbol("kl", ("Q", "P"))) is None  # 1 * log(1 / (1 - tiny)): P's doubles lose it
    assert scope.estimate(MeasureSymbol("entropy", ("Q",))) == 0


class _Counted(dict[str, Any]):
    """A dict that counts the entries walked over."""

    walked = 0

    def items(self) -> Any:
        for entry in super().items():
            _Counted.walked += 1
            yield entry


def test_each_block_of_code_looks_up_the_lists_above_it_without_walking_them_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocks = 300
    text = "".join(
        f"```python\nlist{i} = [0.{i % 9 + 1}, 0.{9 - i % 9}]\nprint(entropy(list{i}))\n```\n\n" for i in range(blocks)
    )
    code_lists = claims.code_lists

    def counted(*arguments: Any) -> dict[str, Any]:
        return _Counted(code_lists(*arguments))

    monkeypatch.setattr(claims, "code_lists", counted)
    monkeypatch.setattr(code_names, "code_lists", counted)
    _Counted.walked = 0
    document = parse_text(text, "lists.md")
    claims.find_claims(document)
    assert _Counted.walked <= 5 * blocks  # walking all the lists above each block: 180,000
    above = Above({"a": (0, [1]), "b": (50, [2])}, 10)
    assert "a" in above and "b" not in above and above["a"] == [1] and list(above) == ["a"] and len(above) == 1


def test_a_notebook_is_loaded_with_the_cycle_collector_paused_and_keeps_only_what_is_read_of_its_cells(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    collecting: list[bool] = []
    loads = json.loads

    def watched(raw: str) -> Any:
        collecting.append(gc.isenabled())
        return loads(raw)

    deep = loads("[" * 200 + "1" + "]" * 200)
    cell = {"cell_type": "markdown", "metadata": {"a": deep}, "source": "$H(P) = 1$"}
    raw = json.dumps({"cells": [cell] * 3, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    monkeypatch.setattr(notebook_reader.json, "loads", watched)
    cells = notebook_reader._cells(raw, "n.ipynb")
    assert collecting == [False] and gc.isenabled()
    assert cells == [{"cell_type": "markdown", "source": "$H(P) = 1$"}] * 3  # the metadata is freed at once


def test_a_formula_written_again_is_tokenized_once(monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[int] = []
    step = tokens._next

    def counting(text: str, position: int) -> tokens.Token:
        steps.append(position)
        return step(text, position)

    monkeypatch.setattr(tokens, "_next", counting)
    tokens._remembered.cache_clear()
    formula = r"H(P) = \log \binom{100000}{50000}"
    first = tokenize(formula)
    once = len(steps)
    for _ in range(1000):
        assert tokenize(formula) == first
    assert len(steps) == once
    tokenize(formula * 10)  # longer than is kept: tokenized each time
    tokenize(formula * 10)
    assert len(steps) > 3 * once
