"""Values that straight-line code shows, followed through the code as the formulas they are: functions of the
document's own, rounding, DataFrames, SciPy's entropy with a base in arithmetic, distribution objects, sessions in
fences, and values glued to a closing fence; and what is not followed (loops, random arrays, lists changed in
place). The documents are written for these tests; each true value is computed here by other means."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from fractions import Fraction

from kldocs.checker import check_text
from kldocs.checker.checked import Checked


def _notebook(*cells: tuple[str, str | None, str]) -> str:
    """A notebook of code cells run in order: each with what it printed (``"stream"``) or showed (``"result"``)."""
    made: list[dict[str, object]] = [{"cell_type": "markdown", "metadata": {}, "source": ["# Entropy"]}]
    for count, (source, shown, how) in enumerate(cells, start=1):
        outputs: list[dict[str, object]] = []
        if shown is not None and how == "stream":
            outputs.append({"output_type": "stream", "name": "stdout", "text": [shown + "\n"]})
        elif shown is not None:
            outputs.append(
                {
                    "output_type": "execute_result",
                    "data": {"text/plain": [shown]},
                    "metadata": {},
                    "execution_count": count,
                }
            )
        made.append(
            {"cell_type": "code", "metadata": {}, "execution_count": count, "outputs": outputs, "source": source}
        )
    return json.dumps({"cells": made, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def _bits(*weights: float) -> float:
    total = sum(weights)
    return -sum(w / total * math.log2(w / total) for w in weights if w)


def _shown(claims: Sequence[Checked], value: str) -> list[Checked]:
    return [claim for claim in claims if value in claim.text]


def test_a_function_of_the_documents_own_rounded_and_printed_in_an_f_string_holds() -> None:
    h = _bits(6, 3, 1)
    text = _notebook(
        ("import numpy as np", None, ""),
        (
            "def counts_entropy(counts):\n    probs = counts / np.sum(counts)\n    surprise = -np.log2(probs)\n"
            "    return np.sum(probs * surprise)",
            None,
            "",
        ),
        (
            "tally = [6, 3, 1]\nh = counts_entropy(tally)\nh = np.round(h, decimals=3)\n"
            'print(f"H of the tally = {h}")\nprint(f"Whole bits: {np.ceil(h)}")',
            f"H of the tally = {round(h, 3)}\nWhole bits: 2.0",
            "stream",
        ),
    )
    claims = check_text(text, "a.ipynb").claims
    assert [claim.verdict for claim in _shown(claims, str(round(h, 3)))] == ["holds"]
    wrong = text.replace(str(round(h, 3)), str(round(h + 0.01, 3)))
    assert all(claim.verdict != "false" for claim in check_text(wrong, "a.ipynb").claims)


def test_a_sum_over_a_dataframes_row_and_the_same_sum_scaled_hold_and_a_name_given_twice_is_followed() -> None:
    rain, dry = Fraction(3, 5), Fraction(2, 5)
    h = float(-(rain * Fraction(math.log2(rain)) + dry * Fraction(math.log2(dry))))
    total = sum(p * math.log2(1 / p) * 40 for p in (0.6, 0.4))
    text = _notebook(
        (
            "import math\nimport pandas as pd\nsky = {'Rain': 0.6, 'Dry': 0.4}\nframe = pd.DataFrame(sky, index=[0])",
            None,
            "",
        ),
        ("info = [math.log2(1/frame.iloc[0, i]) for i in range(len(frame.iloc[0]))]", None, ""),
        ("days = sum(p*s*40 for p, s in zip(frame.iloc[0], info))", None, ""),
        ("days", repr(total), "result"),
        ("H = days/40", None, ""),
        ("H", repr(total / 40), "result"),
        ("H = sum(p*math.log2(1/p) for p in frame.iloc[0])", None, ""),
        ("H", repr(h), "result"),
    )
    claims = check_text(text, "b.ipynb").claims
    assert abs(total - 40 * h) < 1e-9
    assert [claim.verdict for claim in _shown(claims, f"{total:.6f}"[:8])] == ["holds"]
    assert [claim.verdict for claim in claims if claim.cell in (7, 9)] == ["holds", "holds"]  # (cell 1: its title)


def test_an_information_gain_of_scipy_entropies_with_a_base_holds() -> None:
    def h(*p: float) -> float:
        return -sum(x * math.log2(x) for x in p)

    root = h(7 / 12, 5 / 12)
    gain = root - 5 / 12 * h(4 / 5, 1 / 5) - 7 / 12 * h(3 / 7, 4 / 7)
    text = _notebook(
        ("from scipy.stats import entropy", None, ""),
        ("root = entropy([7/12, 5/12], base=2)\nprint(root)", repr(root), "stream"),
        (
            "gain = root - (5/12)*entropy([4/5, 1/5], base=2) - (7/12)*entropy([3/7, 4/7], base = 2)\nprint(gain)",
            repr(gain),
            "stream",
        ),
    )
    claims = check_text(text, "c.ipynb").claims
    assert [claim.verdict for claim in _shown(claims, f"{gain:.8f}")] == ["holds"]


def test_distribution_objects_entropy_and_kl_divergence_hold_in_their_libraries_precision() -> None:
    h = -(0.2 * math.log(0.2) + 0.8 * math.log(0.8))
    kl = 0.2 * math.log(0.2 / 0.5) + 0.8 * math.log(0.8 / 0.5)
    text = _notebook(
        (
            "from torch.distributions import Bernoulli, kl_divergence\n"
            "coin = Bernoulli(probs=0.2)\nprint(coin.entropy())",
            f"tensor({h:.4f})",
            "stream",
        ),
        ("fair = Bernoulli(probs=0.5)\nprint(kl_divergence(coin, fair))", f"tensor({kl:.4f})", "stream"),
        (
            "import tensorflow_probability as tfp\ntfd = tfp.distributions\nprint(tfd.Bernoulli(probs=0.2).entropy())",
            f"tf.Tensor({h:.7f}, shape=(), dtype=float32)",
            "stream",
        ),
        ("print(tfd.Bernoulli(0.2).entropy())", "tf.Tensor(0.9, shape=(), dtype=float32)", "stream"),
    )
    claims = check_text(text, "d.ipynb").claims
    assert [claim.verdict for claim in claims if claim.cell in (2, 3, 4)] == ["holds"] * 3
    assert not [claim for claim in claims if claim.cell == 5]  # TFP's first parameter is the logits


def test_values_made_in_loops_at_random_or_changed_in_place_are_not_read_as_formulas() -> None:
    text = _notebook(
        (
            "import numpy as np\nfrom scipy.stats import entropy\nw = np.random.rand(3)\nprint(entropy(w, base=2))",
            "1.2",
            "stream",
        ),
        (
            "v = [0.5, 0.5]\nfor k in range(n):\n    v = [0.9, 0.1]\nh = -sum(x*np.log2(x) for x in v)\nprint(h)",
            "0.469",
            "stream",
        ),
        ("u = [0.25, 0.75]\nu.append(0.0)\ng = -sum(x*np.log2(x) for x in u if x > 0)\nprint(g)", "0.811", "stream"),
    )
    claims = check_text(text, "e.ipynb").claims
    assert not [claim for claim in claims if claim.kind == "expression"]
    assert all(claim.verdict != "false" for claim in claims)
    known = text.replace("range(n)", "range(2)")  # a loop over a range written out is followed: v is [0.9, 0.1]
    assert [claim.verdict for claim in check_text(known, "e.ipynb").claims if claim.kind == "expression"] == ["holds"]


def test_a_session_in_a_fence_after_a_comment_line_shows_its_arithmetics_value() -> None:
    nats = 4 * 0.5 * math.log(2)
    text = (
        "# The word ABBA\n\nEach letter is half of it.\n\n```\n# natural log\n"
        ">>> float(1/2)*- math.log(float(1)/2) * 2 + float(1/2)* -math.log(float(1)/2) * 2\n"
        f"{nats!r}\n\n# base 2\n>>> -(0.5 * math.log2(0.5)) * 2\n1.0\n```\n"
    )
    claims = check_text(text, "f.md").claims
    assert [claim.verdict for claim in claims if claim.kind == "expression"] == ["holds", "holds"]


def test_a_value_glued_to_the_closing_fence_of_a_page_copied_as_text_is_the_codes_output() -> None:
    p, q = (0.2, 0.3, 0.5), (0.4, 0.4, 0.2)
    kl = sum(a * math.log(a / b) for a, b in zip(p, q, strict=True))
    text = (
        "Two distributions\n\n```#define them\nP = [.2, .3, .5]\nQ = [.4, .4, .2]\n```\n\nThen:\n\n"
        f"```from scipy.special import rel_entr\n\n#KL (P || Q)\nsum(rel_entr(P, Q))\n\n{kl!r}```\n\n"
        "So the KL divergence is about 0.233 nats.\n"
    )
    claims = check_text(text, "g.txt").claims
    assert [claim.verdict for claim in claims if claim.kind == "kl"] == ["holds", "holds"]
    wrong = check_text(text.replace(repr(kl), "0.4332113080895542"), "g.txt").claims
    assert [(claim.lines, claim.verdict) for claim in wrong if claim.kind == "kl"] == [
        ((15,), "false"),
        ((17,), "holds"),
    ]


def test_a_python_file_that_prints_arithmetic_on_scipy_entropies_holds() -> None:
    gain = _bits(1, 1) - 0.5 * _bits(3, 1) - 0.5 * _bits(1, 3)
    text = (
        "from scipy.stats import entropy\n\nparent = entropy([0.5, 0.5], base=2)\n"
        "children = 0.5 * entropy([0.75, 0.25], base=2) + 0.5 * entropy([0.25, 0.75], base=2)\n"
        f"print(parent - children)  # {gain:.4f}\n"
    )
    claims = check_text(text, "h.py").claims
    assert [claim.verdict for claim in claims if claim.kind == "expression"] == ["holds"]


def test_numpys_dot_products_matrix_products_and_named_operations_are_sums_written_out() -> None:
    p, q = (0.5, 0.25, 0.25), (0.25, 0.5, 0.25)
    kl_bits = sum(a * math.log2(a / b) for a, b in zip(p, q, strict=True))
    kl_nats = sum(a * math.log(a / b) for a, b in zip(p, q, strict=True))
    text = (
        "```python\nimport numpy as np\np = np.array([0.5, 0.25, 0.25])\nq = np.array([0.25, 0.5, 0.25])\n"
        "h = -np.dot(p, np.log2(p))\nkl = p @ np.log2(p / q)\nprint('H:', h)\nprint('KL:', kl)\n"
        "print(np.nansum(np.multiply(p, np.log(p / q))))\n```\n\n"
        f"```\nH: {_bits(2, 1, 1)!r}\nKL: {kl_bits!r}\n{kl_nats!r}\n```\n"
    )
    claims = check_text(text, "i.md").claims
    assert [claim.verdict for claim in claims if claim.kind == "expression"] == ["holds"] * 3


def test_a_loop_over_a_list_that_prints_a_line_a_turn_is_read_line_by_line() -> None:
    shown = "\n".join(f"# {p} {_bits(p, 1 - p)!r}" for p in (0.1, 0.3, 0.5))
    text = (
        "import numpy as np\n\n\ndef coin(p):\n    return -p * np.log2(p) - (1 - p) * np.log2(1 - p)\n\n\n"
        f"for p in [0.1, 0.3, 0.5]:\n    print(p, coin(p))\n\n{shown}\n"
    )
    claims = check_text(text, "j.py").claims
    assert [claim.verdict for claim in claims if claim.kind == "expression"] == ["holds"] * 3
    other = check_text(text.replace("[0.1, 0.3, 0.5]", "np.random.rand(3)"), "j.py").claims
    assert not [claim for claim in other if claim.kind == "expression"]


def test_a_list_changed_by_a_function_or_through_a_name_that_shares_it_is_no_longer_the_distribution_given() -> None:
    fair, skewed = _bits(1, 1), _bits(9, 1)
    by_function = (
        "```python\nimport math\np = [0.5, 0.5]\n\ndef skew():\n    p[0] = 0.9\n    p[1] = 0.1\n\nskew()\n"
        f"h = -sum(x * math.log2(x) for x in p)\nprint(h)\n```\n\n```\n{skewed!r}\n```\n"
    )
    through = (
        "```python\nimport numpy as np\nt = [0.5, 0.5]\ns = t\ns[0] = 0.9\ns[1] = 0.1\n"
        f"print(-sum(x * np.log2(x) for x in t))\n```\n\n```\n{skewed!r}\n```\n"
    )
    for text in (by_function, through):
        claims = check_text(text, "k.md").claims
        assert all(claim.verdict != "false" for claim in claims)
        assert all(claim.verdict == "unchecked" for claim in claims if claim.kind == "entropy")
    assert fair == 1.0


def test_a_call_under_a_comment_of_code_that_lost_its_fences_shows_the_value_below_it() -> None:
    p, q = (0.1, 0.6, 0.3), (0.2, 0.5, 0.3)
    kl = sum(a * math.log(a / b) for a, b in zip(p, q, strict=True))
    text = (
        "Deux distributions :\n\n#two distributions\nP = [.1, .6, .3]\nQ = [.2, .5, .3]\n\n"
        f"from scipy.special import rel_entr\n\n#KL (P || Q)\nsum(rel_entr(P, Q))\n\n{kl!r}\n\nVoilà.\n"
    )
    claims = check_text(text, "l.txt").claims
    assert [(claim.lines, claim.verdict) for claim in claims if claim.kind == "kl"] == [((12,), "holds")]
