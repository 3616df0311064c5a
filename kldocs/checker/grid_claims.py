r"""Values code printed for normal densities sampled on a grid, and for its own function of the KL of two normals.

The KL divergence of two densities is an integral; on a grid it is the sum of ``p log(p/q)`` times the
step ``dx``. A printed value that is the sum without the step (``np.sum(p * np.log(p / q))`` over
``np.arange(-10, 10, 0.001)`` prints 123.146 where the KL is 0.123) is false as the KL, with a note that
says so, when the sum times the step is the KL of the two normals (their closed form) to within 1 %: the
grid then samples them well. A value within the grid's own error of the closed form holds, approximately: the
error of the sum times the step, or of the KL of the grid's values each divided by their sum (what SciPy's
``entropy(p, q)`` computes), whichever is larger, both computed here. Anything else is unchecked, with the
three values in the note. The sums are computed again here with NumPy, on the grid as NumPy makes it.

A function of the document's own named for the KL of normals, called with numbers (``kl_divergence_normal(0.0,
1.0, 1.0, 1.0)`` shown as ``np.float64(0.5)``), holds when its value is the closed form in nats or bits; when it
is neither, it is false only if the function's body is that closed form (so the value shown is not what it
computes), else unchecked. Code is parsed, never run (:mod:`~kldocs.checker.code_grids`).

>>> from kldocs.checker.reading import parse_text
>>> code = ("```python\nfrom scipy.stats import norm\nx = np.arange(-8, 8, 0.01)\np = norm.pdf(x, 0, 1)\n"
...         "q = norm.pdf(x, 1, 2)\nprint(np.sum(p * np.log(p / q)))\n```\n\n```\n44.31471805599453\n```\n")
>>> [(claim.verdict, claim.value) for _, claim in grid_claims(parse_text(code, "a.md"), None)]
[('false', '0.4431471806')]
"""

from __future__ import annotations

import ast
import math
import re
from fractions import Fraction
from typing import Any

from kldocs.checker.checked import Checked
from kldocs.checker.code_comments import printed
from kldocs.checker.code_functions import document_functions
from kldocs.checker.code_grids import NORMAL_KL, Density, GridNames, NormalKL, plain
from kldocs.checker.code_names import parsed
from kldocs.checker.code_terms import dotted
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.family_values import significant, square_root
from kldocs.checker.grid_steps import without_steps
from kldocs.checker.judging import Verdict
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.output_places import output_after, text_output_after
from kldocs.checker.print_parts import one_value
from kldocs.checker.printed_output import printed_claims
from kldocs.checker.typed_values import WRAPPED, wrapped_number

#: Most values judged on grids in one document.
MAX_GRID_CLAIMS = 40
#: Most points summed again in one document (a grid summed once for each pair of densities on it).
MAX_SUMMED_POINTS = 4_000_000
#: How far the sum times the step may be from the closed form for the grid to sample the densities well.
GRID_TOLERANCE = 0.01
_PRINTED_KL = lazy(r"D_KL\((?P<first>\w+)\|\|(?P<second>\w+)\) [=≈] \S+(?: (?P<unit>nats|bits|bans))?")
_DEFINED = lazy(r"\bdef\s+(\w{1,80})")
_NUMBER = lazy(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_UNIT_BASES = {"nats": "e", "bits": "2", "bans": "10"}
_UNITS = {"e": "nats", "2": "bits", "10": "bans"}
_LOGS = {"e": 1.0, "2": math.log(2), "10": math.log(10)}


def grid_claims(document: SourceText, until: int | None) -> list[tuple[int, Checked]]:
    """The printed values of KL divergences of normals on grids, and of the document's KL-of-normals functions."""
    code = "\n".join(region.text for region in document.code)
    grids = "arange" in code or "linspace" in code
    if not grids and not any(NORMAL_KL.search(match[1]) for match in _DEFINED.finditer(code)):
        return []
    names = GridNames()
    functions = None
    found: list[tuple[int, Checked]] = []
    sums = _Sums()
    for region in document.code:
        if until is not None and region.offset >= until:
            break
        names.read(region.text)
        output = output_after(document, region) or text_output_after(document, region)
        if output is None or len(found) >= MAX_GRID_CLAIMS:
            continue
        if names.densities:
            functions = functions or document_functions(block.text for block in document.code)
            code, stepped = without_steps(region.text, names)
            for claim in printed_claims(code, output.text, output.offset, functions):
                match = _PRINTED_KL.fullmatch(claim.text)
                first = names.densities.get(match["first"]) if match else None
                second = names.densities.get(match["second"]) if match else None
                written = _NUMBER.match(document.text, claim.offset)
                label = document.text[document.text.rfind("\n", 0, claim.offset) + 1 : claim.offset]
                if match and first and second and written and first.grid == second.grid:
                    totals = sums.total(first, second)
                    if totals is None:
                        continue
                    with_step = _printed_with_step(output, claim.offset, stepped)
                    if with_step is None:
                        continue
                    judged = _on_grid(first, second, totals, written.group(), match["unit"], with_step=with_step)
                    if _NOT_THE_KL.search(label) or (any(stepped) and _A_SUM.search(label)):  # "KL sum:" beside "* dx"
                        judged = ("unchecked", None, _as_labelled(first, totals[0], written.group()), None)
                    text = f"D_KL({match['first']}||{match['second']}) = {written.group()}"
                    found.append((claim.offset, _checked(document, claim.offset, text, judged)))
        if names.normal_kl or names.normal_values:
            found.extend(_normal_calls(document, region, output, names))
    if names.normal_kl:
        read = {offset for offset, _ in found}
        found += [item for item in _examples(document, names.normal_kl) if item[0] not in read]
    return found


#: A printed label that says the value is not the KL: "raw sum", "no dx", "without the step", "not a KL".
_NOT_THE_KL = lazy(
    r"(?i)\braw\b|\bno\s+dx\b|\bwithout\s+(?:the\s+)?(?:dx|step|\*\s*dx)\b|\bnot\s+(?:a|the)\s+(?:KL|divergence)\b"
)
#: A label that calls the value a sum ("KL sum:", "Summe", "suma", "somma", "somme", 总和, 합계): printed beside the
#: sum times the step, it is the sum as what it is (printed alone, it may be taken for the KL, and is judged so).
_A_SUM = lazy(r"(?i)\b(?:sum|summe|suma|somma|soma|somme)\b|总和|求和|합계|合計")
#: A label that says a call's output follows (an exercise's example: ``Input: ...``, the call, ``Output:``).
_OUTPUT_LABEL = r"(?:Output|Expected output|Result|输出|結果|结果|出力|출력|결과|Salida|Sortie|Ausgabe|Вывод)"
#: Most characters above an example's call searched for the values of its names.
_EXAMPLE_ABOVE = 1000


def _examples(document: SourceText, functions: dict[str, NormalKL]) -> list[tuple[int, Checked]]:
    """Calls written with their output below a label, as exercises give examples: ``print(kl_normal(mu_p, ...))``,
    ``Output:``, ``0.5``; the names' values from lines ``mu_p = 0.0`` above."""
    found = []
    for name, function in functions.items():
        example = re.compile(
            rf"(?m)^[ \t]*(?:print\(\s*)?{re.escape(name)}\((?P<arguments>[^()\n]{{1,200}})\)\s*\)?[ \t]*\n"
            rf"(?:[ \t]*\n)?[ \t]*{_OUTPUT_LABEL}[ \t]*[:：]?[ \t]*\n?[ \t]*(?P<number>-?[0-9]+(?:\.[0-9]+)?)[ \t]*$"
        )
        for match in example.finditer(document.text):
            above = document.text[max(0, match.start() - _EXAMPLE_ABOVE) : match.start()]
            arguments = [argument.strip() for argument in match["arguments"].split(",")]
            values = [_example_value(argument, above) for argument in arguments]
            if len(values) != 4 or any(value is None for value in values):
                continue
            judged = _normal_call(function, values, match["number"])  # type: ignore[arg-type]
            if judged is not None:
                offset = match.start("number")
                text = f"{name}({', '.join(arguments)}) = {match['number']}"
                found.append((offset, _checked(document, offset, text, judged)))
    return found


def _example_value(argument: str, above: str) -> Fraction | None:
    """A number written as an argument, or the last value a line above gives its name (``mu_p = 0.0``)."""
    if _NUMBER.fullmatch(argument):
        return Fraction(argument)
    if not re.fullmatch(r"[A-Za-z_]\w{0,40}", argument):
        return None
    given = re.findall(rf"(?m)^[ \t]*{argument}[ \t]*=[ \t]*(-?[0-9]+(?:\.[0-9]+)?)[ \t]*$", above)
    return Fraction(given[-1]) if given else None


_Judged = tuple[Verdict, str | None, str, str | None]


def _as_labelled(density: Density, total: float, written: str) -> str:
    """Why a value printed under a label that calls it a sum, or says it is not the KL, is not judged as the KL."""
    step = density.grid.step
    return (
        f"its label says {written} is not the KL but the sum of p·log(p/q) over the grid, without the step "
        f"(that sum is {total:.10g} nats, times dx = {step:.6g} it is {total * step:.10g}): not judged as the KL"
    )


def _checked(document: SourceText, offset: int, text: str, judged: _Judged) -> Checked:
    verdict, value, note, base = judged
    return Checked((document.line(offset),), text, "kl", verdict, value, note, base, _UNITS.get(base or ""))


class _Sums:
    """The sums of ``p log(p/q)`` over grids, each computed once, up to :data:`MAX_SUMMED_POINTS` in all."""

    def __init__(self) -> None:
        self.known: dict[tuple[Density, Density], tuple[float, float]] = {}
        self.left = MAX_SUMMED_POINTS

    def total(self, first: Density, second: Density) -> tuple[float, float] | None:
        """The sum over the grid, and the KL of the grid's values each divided by their sum (SciPy's ``entropy``)."""
        key = (first, second)
        if key not in self.known:
            if first.grid.count > self.left:
                return None
            self.left -= first.grid.count
            import numpy as np

            points = first.grid.points()
            p, q = _pdf(np, points, first), _pdf(np, points, second)
            with np.errstate(all="ignore"):
                raw = float(np.sum(np.where(p > 0, p * np.log(p / q), 0.0)))
                p, q = p / np.sum(p), q / np.sum(q)
                self.known[key] = (raw, float(np.sum(np.where(p > 0, p * np.log(p / q), 0.0))))
        return self.known[key]


def _printed_with_step(output: Region, offset: int, stepped: list[bool]) -> bool | None:
    """Whether the value at ``offset`` of the output was printed times the grid's step (see :mod:`.grid_steps`);
    None when which print printed it cannot be told (values run together on a line, some with the step)."""
    if not any(stepped):
        return False
    lines = [index for index, line in enumerate(output.text.split("\n")) if line.strip()]
    if len(lines) != len(stepped):
        return stepped[0] if len(set(stepped)) == 1 else None
    return stepped[lines.index(output.text.count("\n", 0, offset - output.offset))]


def _on_grid(
    first: Density,
    second: Density,
    totals: tuple[float, float],
    written: str,
    unit: str | None,
    *,
    with_step: bool = False,
) -> _Judged:
    """A printed value of ``sum p log(p/q)`` over a grid (times its step, when ``with_step``), judged against the KL
    of the normals. ``totals``, in nats: the sum, and the same of the grid's values divided by their sums (an
    estimate of the KL with no step)."""
    total, normalised = totals
    shown = float(written)
    step = first.grid.step
    pair = f"{first.mention()} and {second.mention()}"
    if not math.isfinite(total) or not math.isfinite(normalised):
        return "unchecked", None, f"the sum over the grid is not finite (q is 0 where p is not): {pair}", None
    notes = []
    for base in [_UNIT_BASES[unit]] if unit else ["e", "2", "10"]:
        exact = _closed_form(first.mean, first.scale, second.mean, second.scale, base)
        if exact is None:
            continue
        closed, decimal = exact
        grid_sum = total / _LOGS[base]
        integral = grid_sum * step
        errors = [abs(integral - closed), abs(normalised / _LOGS[base] - closed)]
        good = [error for error in errors if closed > 0 and error <= GRID_TOLERANCE * closed]  # estimates that fit
        error = max(good, default=0.0)
        half = _half_unit(written)
        in_unit = _UNITS[base]
        where = f"over the {first.grid.count} points of {first.grid.text}"
        if not good:
            notes.append(
                f"in {in_unit}: the sum {where} is {grid_sum:.10g}, times dx = {step:.6g} it is {integral:.10g}"
            )
            continue
        if abs(shown - closed) <= error + half * 1.001:
            how = f"{abs(shown - closed) / closed:.2%}" if shown != closed else "exactly"
            return (
                "holds",
                decimal,
                (
                    f"approximately: the KL of {pair} is {decimal} {in_unit} (closed form), and {written} is "
                    f"within the grid's error of it ({how} off; the sum {where} times dx = {step:.6g} is "
                    f"{integral:.10g})"
                ),
                base,
            )
        sum_fits = errors[0] <= GRID_TOLERANCE * closed and abs(shown - grid_sum) <= half * 1.001 + 1e-9 * abs(grid_sum)
        if sum_fits and not with_step and abs(shown - closed) > 10 * (error + half):
            return (
                "false",
                decimal,
                (
                    f"{written} is the sum of p·log(p/q) {where} without the step: the integral needs dx = {step:.6g}; "
                    f"times dx it is {integral:.10g}, and the KL of {pair} is {decimal} {in_unit} (closed form)"
                ),
                base,
            )
        notes.append(f"in {in_unit}, the KL of {pair} is {decimal} (closed form), the sum times dx {integral:.10g}")
    return (
        "unchecked",
        None,
        "the value is neither the KL on the grid nor the sum without the step: " + "; ".join(notes),
        None,
    )


def _pdf(np: Any, points: Any, density: Density) -> Any:
    mean, scale = float(density.mean), float(density.scale)
    return np.exp(-((points - mean) ** 2) / (2 * scale**2)) / (math.sqrt(2 * math.pi) * scale)


def _closed_form(
    mean1: Fraction, scale1: Fraction, mean2: Fraction, scale2: Fraction, base: str
) -> tuple[float, str] | None:
    """The KL divergence of N(mean1, scale1²) from N(mean2, scale2²) in ``base``, from the family's closed form."""
    from kldocs.exact import Base
    from kldocs.families import Normal
    from kldocs.families.measures import family_measure

    found = family_measure(
        "kl", Normal(mean1, scale1), Normal(mean2, scale2), Base(None if base == "e" else Fraction(base))
    )
    return (float(found), found.decimal(10)) if found.available else None


def _shows(value: float, written: str) -> bool:
    """True when ``written`` is ``value`` rounded, or (at three significant digits or more) cut off, to its digits.

    A float a program prints to 16 or 17 digits is read to 10, so that its last digits' rounding noise is no mistake.

    >>> _shows(0.44314, "0.4431"), _shows(0.44316, "0.4431"), _shows(0.44316, "0.44"), _shows(0.4456, "0.44")
    (True, True, True, False)
    >>> _shows(0.18324288588594215, "0.18324288588594217")
    True
    """
    written = printed(written)
    shown, half = float(written), _half_unit(written) * 1.001
    cut = significant(written) >= 3 and shown * value >= 0 and 0 <= abs(value) - abs(shown) < 2 * half
    return abs(shown - value) <= half or cut


def _half_unit(written: str) -> float:
    mantissa, _, exponent = written.lower().partition("e")
    places = len(mantissa.partition(".")[2])
    return 0.5 * 10.0 ** (int(exponent or 0) - places)


def _normal_calls(
    document: SourceText, code: Region, output: Region | None, names: GridNames
) -> list[tuple[int, Checked]]:
    """The values shown for calls of the document's own KL-of-normals functions with numbers."""
    tree = parsed(code.text)
    if tree is None or output is None:
        return []
    shown = [statement.value for statement in tree.body if isinstance(statement, ast.Expr)]
    prints = [node for node in shown if isinstance(node, ast.Call) and dotted(node.func) == "print"]
    patterns = [one_value(node) for node in prints]
    if not prints and tree.body and isinstance(tree.body[-1], ast.Expr):
        patterns = [(_SHOWN, tree.body[-1].value)]  # the last expression, as a notebook shows it
    lines = [(index, line) for index, line in enumerate(output.text.split("\n")) if line.strip()]
    if len(patterns) != len(lines) or len(patterns) != sum(isinstance(node, ast.Call) for node in shown):
        return []
    starts = [0]
    for line in output.text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    found = []
    for pattern, (index, line) in zip(patterns, lines, strict=True):
        wrapped = WRAPPED.fullmatch(line)
        number = pattern[0].fullmatch(wrapped_number(wrapped)[0] if wrapped else line.strip()) if pattern else None
        given = _normal_values(pattern[1], names) if pattern else None
        if number is None or given is None:
            continue
        (function, values), call = given, ast.unparse(pattern[1])  # type: ignore[index]
        offset = output.offset + starts[index] + line.index(number["number"], number.start("number"))
        judged = _normal_call(function, values, number["number"])
        if judged is not None:
            found.append((offset, _checked(document, offset, f"{call} = {number['number']}", judged)))
    return found


#: A value shown alone.
_SHOWN = lazy(r"\s*(?P<number>-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\s*")


def _normal_values(value: ast.expr, names: GridNames) -> tuple[NormalKL, list[Fraction]] | None:
    """The KL-of-normals function a shown value calls with numbers, or the closed form a name was given, and the
    values of its parameters."""
    if isinstance(value, ast.Name):
        return names.normal_values.get(value.id)
    function = names.normal_kl.get(dotted(value.func)) if isinstance(value, ast.Call) else None
    if function is None or not isinstance(value, ast.Call) or value.keywords or len(value.args) != 4:
        return None
    values = [names.number(argument) for argument in value.args]
    return None if any(number is None for number in values) else (function, values)  # type: ignore[return-value]


def _normal_call(function: NormalKL, values: list[Fraction], written: str) -> _Judged | None:
    mean1, spread1, mean2, spread2 = (values[role] for role in function.roles)
    scales = [square_root(spread) if function.variance else spread for spread in (spread1, spread2)]
    if scales[0] is None or scales[1] is None or scales[0] <= 0 or scales[1] <= 0:
        return None
    pair = f"N({plain(mean1)}, {plain(scales[0])}²) and N({plain(mean2)}, {plain(scales[1])}²)"
    computed = {base: _closed_form(mean1, scales[0], mean2, scales[1], base) for base in ("e", "2")}
    for base, exact in computed.items():
        if exact is not None and _shows(exact[0], written):
            return "holds", exact[1], f"the KL of {pair} is {exact[1]} {_UNITS[base]} (closed form)", base
    values_in = "; ".join(f"{exact[1]} {_UNITS[base]}" for base, exact in computed.items() if exact is not None)
    if function.exact and computed["e"] is not None:
        note = f"{function.name} computes the closed form, and the KL of {pair} is {values_in}, not {written}"
        return "false", computed["e"][1], note, "e"
    return (
        "unchecked",
        None,
        f"{written} is not the KL of {pair} in nats or bits ({values_in}), and the body of {function.name} is not "
        "read as its closed form",
        None,
    )
