"""``kldocs check`` on what scripts print, shown below them: loops over the dicts of distributions a script names,
measures of counts (SciPy divides them by their sum), values printed with their last digits left out
(``0.1803...``), and output under a line that says what it is (``Expected output``, ``実行結果``, ``Ausgabe``).

Each document is written here, small, for the test; the true values are worked out here with mpmath from the
numbers the test writes into the document, never taken from kldocs.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mpmath import log, mp, mpf, sqrt

from kldocs.checker import Report, check_text


@pytest.fixture(autouse=True)
def _thirty_digits() -> Iterator[None]:
    """The truth worked out to 30 digits, without changing mpmath's precision for the tests of other modules."""
    with mp.workdps(30):
        yield


def _entropy(weights: list[str], base: int | mpf = 2) -> mpf:
    """The entropy of weights (divided by their sum first), in ``base``."""
    numbers = [mpf(each) for each in weights]
    total = sum(numbers)
    return -sum(x / total * log(x / total, base) for x in numbers if x)


def _js_distance(p: list[str], q: list[str]) -> mpf:
    """SciPy's ``jensenshannon(p, q)``: the square root of the JSD in nats."""
    a, b = [mpf(x) for x in p], [mpf(x) for x in q]
    m = [(x + y) / 2 for x, y in zip(a, b, strict=True)]
    left = sum(x * log(x / z) for x, z in zip(a, m, strict=True))
    right = sum(y * log(y / z) for y, z in zip(b, m, strict=True))
    return sqrt((left + right) / 2)


def _judged(report: Report) -> list[tuple[int, str, float | None]]:
    """The claims that are not definitions: (line, verdict, correct value)."""
    return [
        (claim.lines[0], claim.verdict, float(claim.value) if claim.value is not None else None)
        for claim in report.claims
        if claim.kind != "definition"
    ]


_DICT_LOOP = """# {title}

```python
import numpy as np

def H(p):
    p = np.asarray(p, dtype=float)
    return -np.sum(p * np.log2(p))

{name} = {{
    "fair": [0.5, 0.5],
    "loaded": [0.85, 0.15],
    "three": [0.2, 0.3, 0.5],
}}
for label, p in {name}.items():
    print(f"{{label}} -> {{H(p):.4f}}")
```

{label}

```
fair -> {first}
loaded -> {second}
three -> {third}
```
"""


@pytest.mark.parametrize(
    ("title", "name", "label"),
    [
        ("Entropy of named distributions", "dists", "Expected output:"),
        ("분포별 엔트로피", "분포", "출력 예시"),
        ("Entropie benannter Verteilungen", "verteilungen", "Ausgabe:"),
        ("Энтропия распределений", "dists", "Вывод"),
    ],
)
def test_a_loop_over_a_dicts_items_prints_each_named_distributions_entropy_in_order(
    title: str, name: str, label: str
) -> None:
    values = [_entropy(["0.5", "0.5"]), _entropy(["0.85", "0.15"]), _entropy(["0.2", "0.3", "0.5"])]
    shown = [f"{float(value):.4f}" for value in values]
    text = _DICT_LOOP.format(title=title, name=name, label=label, first=shown[0], second=shown[1], third=shown[2])
    judged = _judged(check_text(text, "a.md"))
    assert [verdict for _, verdict, _ in judged] == ["holds"] * 3
    assert [correct for _, _, correct in judged] == pytest.approx([float(value) for value in values], abs=1e-9)
    assert [line for line, _, _ in judged] == [22, 23, 24]


def test_a_value_a_dict_loop_does_not_print_is_unchecked_and_a_loop_not_followed_reads_nothing() -> None:
    right = [f"{float(_entropy(each)):.4f}" for each in (["0.5", "0.5"], ["0.85", "0.15"], ["0.2", "0.3", "0.5"])]
    wrong = _DICT_LOOP.format(title="t", name="d", label="Output:", first=right[0], second="0.6500", third=right[2])
    assert [verdict for _, verdict, _ in _judged(check_text(wrong, "a.md"))] == ["holds", "unchecked", "holds"]
    # a loop over what a function not followed gives (the dict's items sorted by key): nothing certain
    unknown = wrong.replace("in d.items()", "in sorted(d.items())")
    assert _judged(check_text(unknown, "a.md")) == []
    fewer = wrong.replace("three -> " + right[2] + "\n", "")
    assert _judged(check_text(fewer, "a.md")) == []


def test_a_loop_over_a_dicts_values_and_a_comprehension_over_them_are_followed() -> None:
    text = """```python
import math

def entropy(p):
    return -sum(x * math.log(x) for x in p if x > 0)

coins = {"a": [0.5, 0.5], "b": [0.9, 0.1]}
for p in coins.values():
    print("H =", round(entropy(p), 5))
print(f"total: {sum([entropy(p) for p in coins.values()]):.6f}")
```

```
H = 0.69315
H = 0.32508
total: {total:.6f}
```
"""
    a, b = _entropy(["0.5", "0.5"], mp.e), _entropy(["0.9", "0.1"], mp.e)
    judged = _judged(check_text(text.replace("{total:.6f}", f"{float(a + b):.6f}"), "a.md"))
    assert [verdict for _, verdict, _ in judged] == ["holds"] * 3
    assert [correct for _, _, correct in judged] == pytest.approx([float(a), float(b), float(a + b)], abs=1e-9)


_COUNTS = """```python
from scipy.stats import entropy
counts = [{counts}]
print(f"{label} {{entropy(counts, base=2):.6f}}")
```

```
{label} {shown}
```
"""


@pytest.mark.parametrize(
    ("counts", "label"),
    [("3, 1, 4, 0", "H(counts) ="), ("12, 7, 7, 2, 1", "熵:"), ("5, 5", "Entropía:"), ("40, 10, 25", "Entropie :")],
)
def test_scipy_divides_counts_by_their_sum_and_the_entropy_printed_is_judged_on_that(counts: str, label: str) -> None:
    truth = _entropy(counts.split(", "))
    judged = _judged(check_text(_COUNTS.format(counts=counts, label=label, shown=f"{float(truth):.6f}"), "a.md"))
    assert [verdict for _, verdict, _ in judged] == ["holds"]
    assert judged[0][2] == pytest.approx(float(truth), abs=1e-9)
    off = _COUNTS.format(counts=counts, label=label, shown=f"{float(truth) + 0.01:.6f}")
    assert [verdict for _, verdict, _ in _judged(check_text(off, "a.md"))] == ["unchecked"]


def test_counts_changed_before_the_print_are_not_read() -> None:
    text = _COUNTS.format(counts="3, 1, 4", label="H:", shown="1.405639").replace("print(", "counts.append(2)\nprint(")
    assert _judged(check_text(text, "a.md")) == []


_DOTS = """```python
import numpy as np
from scipy.spatial.distance import jensenshannon

p = np.array([{p}])
q = np.array([{q}])
print("JS distance:", jensenshannon(p, q))
print("ln 2 =", np.log(2))
```

{label}

```
JS distance: {shown}
ln 2 = {ln2}
```
"""


@pytest.mark.parametrize(
    ("p", "q", "label"),
    [
        ("0.1, 0.4, 0.5", "0.3, 0.3, 0.4", "実行結果"),
        ("0.25, 0.75", "0.5, 0.5", "**Output**"),
        ("0.6, 0.3, 0.1", "0.2, 0.2, 0.6", "输出结果"),
        ("0.7, 0.2, 0.1", "0.1, 0.2, 0.7", "Saída:"),
    ],
)
def test_values_printed_with_their_last_digits_left_out_are_judged_to_the_digits_shown(
    p: str, q: str, label: str
) -> None:
    truth = _js_distance(p.split(", "), q.split(", "))
    shown = f"{float(truth):.5f}"[:-1] + "..."
    text = _DOTS.format(p=p, q=q, label=label, shown=shown, ln2=f"{float(log(2)):.4f}...")
    judged = _judged(check_text(text, "a.md"))
    assert [verdict for _, verdict, _ in judged] == ["holds", "holds"]
    assert [correct for _, _, correct in judged] == pytest.approx([float(truth), float(log(2))], abs=1e-9)
    digits = shown[:-3]
    wrong = digits[:-1] + str((int(digits[-1]) + 5) % 10) + "..."
    judged = _judged(check_text(_DOTS.format(p=p, q=q, label=label, shown=wrong, ln2="0.6931..."), "a.md"))
    assert [verdict for _, verdict, _ in judged] == ["false", "holds"]
    assert judged[0][2] == pytest.approx(float(truth), abs=1e-9)


def test_dots_that_are_no_digits_left_out_and_output_under_other_words_are_not_read() -> None:
    base = _DOTS.format(p="0.1, 0.4, 0.5", q="0.3, 0.3, 0.4", label="Output", shown="0.18036...", ln2="0.6931...")
    assert len(_judged(check_text(base, "a.md"))) == 2
    spaced = base.replace("0.18036...", "0.18036 ...")
    assert [line for line, _, _ in _judged(check_text(spaced, "a.md"))] == [15]  # the distance's line is not read
    prose = base.replace("\nOutput\n", "\nThe distance below was computed on another machine with other inputs\n")
    assert 14 not in [line for line, _, _ in _judged(check_text(prose, "a.md"))]  # ("ln 2 = 0.6931..." is read alone)


_LOOPED_FUNCTIONS = """## {title}

```python
import math

def entropy(p):
    h = 0.0
    for x in p:
        if x > 0:
            h -= x * math.log2(x)
    return h

def kl(p, q):
    total = 0
    for i in range(len(p)):
        if p[i] > 0 and q[i] > 0:
            total += p[i] * math.log(p[i] / q[i])
    return total

def cross_entropy(p, q):
    s = 0
    for a, b in zip(p, q):
        s = s - a * math.log2(b)
    return s

print("H(P) =", round(entropy([{p}]), 6))
print(f"KL = {{kl([{p}], [{q}]):.6f}}")
print("CE:", cross_entropy([{p}], [{q}]))
```

{label}

```
H(P) = {h}
KL = {d}
CE: {ce}
```
"""


def _looped(title: str, label: str, p: str, q: str, shift: float = 0.0) -> tuple[str, list[mpf]]:
    """A page whose functions loop over the cells of their lists, and the values its three prints show."""
    a, b = [mpf(x) for x in p.split(", ")], [mpf(x) for x in q.split(", ")]
    h = -sum(x * log(x, 2) for x in a if x)
    d = sum(x * log(x / y) for x, y in zip(a, b, strict=True) if x and y)
    ce = -sum(x * log(y, 2) for x, y in zip(a, b, strict=True))
    text = _LOOPED_FUNCTIONS.format(
        title=title, label=label, p=p, q=q, h=round(float(h), 6), d=f"{float(d) + shift:.6f}", ce=repr(float(ce))
    )
    return text, [h, d, ce]


@pytest.mark.parametrize(
    ("title", "label", "p", "q"),
    [
        ("ループで書いたエントロピー", "実行結果:", "0.5, 0.25, 0.25, 0.0", "0.4, 0.3, 0.2, 0.1"),
        ("Entropía con bucles", "Salida", "0.1, 0.2, 0.7", "0.3, 0.3, 0.4"),
        ("Entropia com laços", "Saída:", "0.6, 0.4", "0.5, 0.5"),
        ("Entropie avec des boucles", "Sortie :", "0.05, 0.15, 0.3, 0.5", "0.25, 0.25, 0.25, 0.25"),
    ],
)
def test_functions_that_loop_over_their_lists_cells_are_followed_to_what_the_prints_show(
    title: str, label: str, p: str, q: str
) -> None:
    text, values = _looped(title, label, p, q)
    judged = _judged(check_text(text, "a.md"))
    assert [verdict for _, verdict, _ in judged] == ["holds"] * 3
    assert [correct for _, _, correct in judged] == pytest.approx([float(value) for value in values], abs=1e-9)


def test_a_value_a_looping_function_does_not_give_is_unchecked_and_loops_not_sure_are_not_followed() -> None:
    text, _ = _looped("t", "Output:", "0.1, 0.2, 0.7", "0.3, 0.3, 0.4", shift=0.002)
    assert [verdict for _, verdict, _ in _judged(check_text(text, "a.md"))] == ["holds", "unchecked", "holds"]
    right, _ = _looped("t", "Output:", "0.1, 0.2, 0.7", "0.3, 0.3, 0.4")
    stopped = right.replace("h -= x * math.log2(x)", "h -= x * math.log2(x)\n            break")
    early = right.replace("for x in p:", "for x in p[:2]:")  # a slice is not followed
    drawn = right.replace("for x in p:", "for x in np.random.rand(3):")
    kinds = [claim.kind for claim in check_text(right, "a.md").claims if claim.kind != "definition"]
    assert kinds == ["expression"] * 3  # the three functions' bodies followed
    for changed in (stopped, early, drawn):  # entropy's body not followed: read by its name alone, never false
        claims = [claim for claim in check_text(changed, "a.md").claims if claim.kind != "definition"]
        assert [(claim.kind, claim.verdict) for claim in claims] == [
            ("entropy", "holds"),
            ("expression", "holds"),
            ("expression", "holds"),
        ]


_TEXT = """# {title}

```python
import math
from collections import Counter

def text_entropy(text):
    counts = Counter(text)
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in counts.values())

word = {word!r}
freq = Counter(word)
probabilities = [count / len(word) for count in freq.values()]
print("{label}", round(-sum(p * math.log2(p) for p in probabilities), 4))
print(f"{{text_entropy({other!r}):.5f}}")
```

{heading}

```
{label} {first}
{second}
```
"""


def _characters(text: str) -> mpf:
    """The entropy, in bits, of the frequencies of a text's characters."""
    counts: dict[str, int] = {}
    for each in text:
        counts[each] = counts.get(each, 0) + 1
    return _entropy([str(count) for count in counts.values()])


@pytest.mark.parametrize(
    ("title", "word", "other", "label", "heading"),
    [
        ("Entropy of a string", "abracadabra", "hello world", "H(word) =", "Expected output:"),
        ("字符串的熵", "mississippi", "banana", "熵：", "输出"),
        ("Entropie d'un texte", "entropie", "aaaaabbbc", "H =", "Sortie :"),
        ("Entropia de um texto", "paralelepipedo", "arara", "H:", "Saída"),
    ],
)
def test_the_entropy_of_a_strings_character_counts_is_followed_through_counter(
    title: str, word: str, other: str, label: str, heading: str
) -> None:
    values = [_characters(word), _characters(other)]
    text = _TEXT.format(
        title=title,
        word=word,
        other=other,
        label=label,
        heading=heading,
        first=round(float(values[0]), 4),
        second=f"{float(values[1]):.5f}",
    )
    judged = _judged(check_text(text, "a.md"))
    assert [verdict for _, verdict, _ in judged] == ["holds", "holds"]
    assert [correct for _, _, correct in judged] == pytest.approx([float(value) for value in values], abs=1e-9)


def test_a_string_not_written_in_the_code_or_changed_is_not_read_and_strings_are_no_labellings() -> None:
    first = f"{float(_characters('abracadabra')):.4f}"
    text = _TEXT.format(
        title="t", word="abracadabra", other="ab", label="H =", heading="Output:", first=first, second="1.00000"
    )
    assert len(_judged(check_text(text, "a.md"))) == 2
    typed = text.replace("word = 'abracadabra'", "word = input()")
    assert [line for line, _, _ in _judged(check_text(typed, "a.md"))] == [23]  # only the function's line
    grown = text.replace("freq = Counter(word)", "word += 'x'\nfreq = Counter(word)")
    assert [line for line, _, _ in _judged(check_text(grown, "a.md"))] == [24]
    labels = "```python\nfrom sklearn.metrics import mutual_info_score\nprint(mutual_info_score('aab', 'abb'))\n```\n"
    assert _judged(check_text(labels + "\n```\n0.17441604792151594\n```\n", "a.md")) == []


_LABELLED_JSD = """```python
import numpy as np

def kl(a, b, eps=1e-12):
    return np.sum(a * (np.log(a + eps) - np.log(b + eps)))

def jsd(a, b):
    m = 0.5 * (a + b)
    return 0.5 * kl(a, m) + 0.5 * kl(b, m)

p = np.array([0.5, 0.25, 0.25])
q = np.array([0.25, 0.25, 0.5])
print("JSD(p||q) =", jsd(p, q))
print("JSD(q||p) =", jsd(q, p))
```
Output:
```
JSD(p||q) = {first}
JSD(q||p) = {second}
```
"""


def test_a_printed_line_that_names_its_measure_is_judged_as_that_measure_when_the_function_is_known_by_name() -> None:
    """The line says JSD(p||q): a wrong value of it is false, though the function's own body is not read."""
    jsd = float(_js_distance(["0.5", "0.25", "0.25"], ["0.25", "0.25", "0.5"]) ** 2)
    text = _LABELLED_JSD.format(first=f"{jsd:.5f}...", second="0.0433...")
    claims = [claim for claim in check_text(text, "a.md").claims if claim.kind != "definition"]
    assert [claim.verdict for claim in claims] == ["holds", "false"]
    assert f"JSD(q,p) = {jsd:.10f}"[:20] in claims[1].note
