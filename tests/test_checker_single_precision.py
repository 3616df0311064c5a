"""Values a document's float32 code computed, restated in prose, comments and formulas with float32's noisy digits.

The float32 values are computed here with NumPy in single precision, the exact ones with mpmath; the documents
are written for the test in the ways code says float32 (a dtype, ``.astype``, the libraries whose arrays are
float32 unless told otherwise) and in several languages. A value wrong in its first digits stays false, and a
document whose code computes in double precision is judged to every digit as before.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest

from kldocs.checker import Checked, check_text

P, Q = (0.2, 0.5, 0.3), (0.3, 0.4, 0.3)

#: Code that computes the KL divergence of P and Q in single precision, in the ways documents write it.
SINGLE_CODE = {
    "dtype": "import numpy as np\np = np.array({p}, dtype=np.float32)\nq = np.array({q}, dtype=np.float32)\n"
    "print(np.sum(p * np.log(p / q)))",
    "dtype string": "import numpy as np\np = np.array({p}, dtype='float32')\nq = np.array({q}, dtype='float32')\n"
    "kl = (p * np.log(p / q)).sum()\nprint(kl)",
    "astype": "import numpy as np\np = np.array({p}).astype('float32')\nq = np.array({q}).astype(np.float32)\n"
    "print(np.sum(p * np.log(p / q)))",
    "torch": "import torch\np = torch.tensor({p})\nq = torch.tensor({q})\n"
    "print(torch.sum(p * torch.log(p / q)).item())",
    "tensorflow": "import tensorflow as tf\np = tf.constant({p})\nq = tf.constant({q})\n"
    "print(tf.reduce_sum(p * tf.math.log(p / q)).numpy())",
    "jax": "import jax.numpy as jnp\np = jnp.array({p})\nq = jnp.array({q})\nprint(jnp.sum(p * jnp.log(p / q)))",
}
DOUBLE_CODE = {
    "numpy": "import numpy as np\np = np.array({p})\nq = np.array({q})\nprint(np.sum(p * np.log(p / q)))",
    "torch float64": "import torch\ntorch.set_default_dtype(torch.float64)\np = torch.tensor({p})\n"
    "q = torch.tensor({q})\nprint(torch.sum(p * torch.log(p / q)).item())",
}
#: A sentence restating the value, in the languages the checker reads.
SENTENCES = {
    "en": "The KL divergence is {v} nats.",
    "de": "Die KL-Divergenz beträgt {v} nats.",
    "es": "La divergencia KL es {v} nats.",
    "fr": "La divergence KL vaut {v} nats.",
    "zh": "KL 散度为 {v} nats。",
    "ko": "KL 발산은 {v} nats이다.",
    "ja": "KLダイバージェンスは {v} nats です。",
    "ru": "KL-дивергенция равна {v} нат.",
    "pt": "A divergência KL é {v} nats.",
}


def _exact_kl(p: tuple[float, ...], q: tuple[float, ...]) -> mpmath.mpf:
    with mpmath.workdps(30):
        pairs = [(mpmath.mpf(str(a)), mpmath.mpf(str(b))) for a, b in zip(p, q, strict=True)]
        return mpmath.fsum(a * mpmath.log(a / b) for a, b in pairs)


def _single_kl(p: tuple[float, ...], q: tuple[float, ...]) -> np.float32:
    a, b = np.array(p, dtype=np.float32), np.array(q, dtype=np.float32)
    return np.float32(np.sum(a * np.log(a / b)))


def _shown(value: np.float32) -> str:
    """A float32 as NumPy prints it: its shortest digits."""
    return str(value)


def _document(code: str, value: str, sentence: str) -> str:
    program = code.format(p=list(P), q=list(Q))
    return f"# KL\n\n```python\n{program}\n```\n\n{sentence.format(v=value)}\n"


def _sentence_claim(text: str) -> Checked:
    (claim,) = [claim for claim in check_text(text, "a.md").claims if claim.lines == (text.count("\n"),)]
    return claim


def test_the_float32_value_differs_from_the_exact_one_past_its_sixth_digit() -> None:
    single, exact = _single_kl(P, Q), _exact_kl(P, Q)
    assert _shown(single) != mpmath.nstr(exact, 8)  # judged to every digit, it would be false
    assert abs(float(single) - float(exact)) < 2e-6 * float(exact)


@pytest.mark.parametrize("language", sorted(SENTENCES))
@pytest.mark.parametrize("how", sorted(SINGLE_CODE))
def test_a_float32_value_restated_in_prose_holds(how: str, language: str) -> None:
    claim = _sentence_claim(_document(SINGLE_CODE[how], _shown(_single_kl(P, Q)), SENTENCES[language]))
    assert claim.verdict == "holds", claim
    assert claim.value == mpmath.nstr(_exact_kl(P, Q), 10), claim
    assert "float32" in claim.note


@pytest.mark.parametrize("language", ["en", "de", "zh", "ko"])
@pytest.mark.parametrize("how", sorted(SINGLE_CODE))
def test_a_value_wrong_in_its_first_digits_stays_false(how: str, language: str) -> None:
    wrong = _shown(np.float32(_single_kl(P, Q) * np.float32(1.08)))  # 8 % off, with a float32's digits
    claim = _sentence_claim(_document(SINGLE_CODE[how], wrong, SENTENCES[language]))
    assert claim.verdict == "false", claim


@pytest.mark.parametrize("how", sorted(DOUBLE_CODE))
def test_double_precision_is_judged_to_every_digit(how: str) -> None:
    claim = _sentence_claim(_document(DOUBLE_CODE[how], _shown(_single_kl(P, Q)), SENTENCES["en"]))
    assert claim.verdict == "false", claim
    exact = mpmath.nstr(_exact_kl(P, Q), 16)
    assert _sentence_claim(_document(DOUBLE_CODE[how], exact, SENTENCES["en"])).verdict == "holds"


def test_a_float32_turned_into_a_double_holds_and_a_double_of_the_same_digits_does_not() -> None:
    as_double = repr(float(_single_kl(P, Q)))  # .item(): the float32's value with a double's 16-17 digits
    assert len(as_double.lstrip("0.")) >= 15
    formula = "So $D_{{KL}}(P \\| Q) = {v}$ nats."
    claim = _sentence_claim(_document(SINGLE_CODE["torch"], as_double, formula))
    assert (claim.verdict, claim.value) == ("holds", mpmath.nstr(_exact_kl(P, Q), 10)), claim
    near = repr(float(_single_kl(P, Q)) + 1e-17)  # as many digits, but no float32: a double's own noise is not read
    assert near != as_double
    assert _sentence_claim(_document(SINGLE_CODE["torch"], near, formula)).verdict == "false"


@pytest.mark.parametrize(
    "shown",
    ["np.float32({v})", "{v}", "tf.Tensor({v}, shape=(), dtype=float32)", "Array({v}, dtype=float32)"],
)
def test_a_comment_and_a_formula_after_float32_output_hold(shown: str) -> None:
    value = _shown(_single_kl(P, Q))
    reverse = _shown(_single_kl(Q, P))
    code = SINGLE_CODE["dtype"].format(p=list(P), q=list(Q)).replace("print(", "kl = (")
    text = (
        f"```python\n{code}  # {value}\nkl\n```\n\n```\n{shown.format(v=value)}\n```\n\n"
        f"$D_{{KL}}(P \\| Q) \\approx {value}$ and $D_{{KL}}(Q \\| P) \\approx {reverse}$ nats.\n"
    )
    claims = [claim for claim in check_text(text, "a.md").claims if claim.kind == "kl"]
    assert claims and all(claim.verdict == "holds" for claim in claims), claims
    assert {claim.value for claim in claims} == {mpmath.nstr(_exact_kl(P, Q), 10), mpmath.nstr(_exact_kl(Q, P), 10)}


def test_the_other_direction_stays_false() -> None:
    reverse = _shown(_single_kl(Q, P))
    text = _document(SINGLE_CODE["dtype"], reverse, "So $D_{{KL}}(P \\| Q) = {v}$ nats.")
    claim = _sentence_claim(text)
    assert (claim.verdict, claim.value) == ("false", mpmath.nstr(_exact_kl(P, Q), 10)), claim


def test_noise_of_terms_that_cancel_is_not_called_false() -> None:
    """Two nearly equal coins: the float32 KL divergence is 1 % off the exact 2.000004e-06 nats, all noise."""
    p, q = (0.5, 0.5), (0.501, 0.499)
    single, exact = _single_kl(p, q), _exact_kl(p, q)
    assert abs(float(single) / float(exact) - 1) > 1e-3
    code = SINGLE_CODE["dtype"].replace("{p}", str(list(p))).replace("{q}", str(list(q)))
    claim = _sentence_claim(_document(code, _shown(single), SENTENCES["en"]))
    assert claim.verdict == "unchecked" and "float32" in claim.note, claim
    wrong = _shown(np.float32(float(single) * 3))
    assert _sentence_claim(_document(code, wrong, SENTENCES["en"])).verdict == "false"


def test_a_list_made_float32_is_read_as_the_distribution() -> None:
    text = _document(SINGLE_CODE["astype"], "0.0305", "So $D_{{KL}}(P \\| Q) \\approx {v}$ nats.")
    claims = check_text(text, "a.md").claims
    assert [(claim.kind, claim.verdict) for claim in claims[:2]] == [("definition", "holds")] * 2
    assert claims[-1].verdict == "holds" and claims[-1].value == mpmath.nstr(_exact_kl(P, Q), 10)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_value_with_a_power_of_ten_is_read_whole(language: str) -> None:
    """``2.000004e-06`` is the value, never 2.000004 (in any document)."""
    exact = _exact_kl((0.5, 0.5), (0.501, 0.499))
    head = "P = (0.5, 0.5) and Q = (0.501, 0.499).\n\n"
    right = SENTENCES[language].format(v=mpmath.nstr(exact, 7, min_fixed=0, max_fixed=0))
    claim = _sentence_claim(head + right + "\n")
    assert claim.verdict == "holds" and float(claim.value or "nan") == pytest.approx(float(exact), rel=1e-9), claim
    wrong = SENTENCES[language].format(v="2.0e-05")
    assert _sentence_claim(head + wrong + "\n").verdict == "false"


def test_a_float32_value_unchecked_for_a_later_name_holds_on_its_float32_digits() -> None:
    """Code that names one more value it does not read (``h``) leaves a value in words open to it; the float32
    digits of the KL divergence still fit, so it holds."""
    code = SINGLE_CODE["jax"] + "\nh = -jnp.sum(p * jnp.log(p))"
    claim = _sentence_claim(_document(code, _shown(_single_kl(P, Q)), SENTENCES["es"]))
    assert (claim.verdict, claim.value) == ("holds", mpmath.nstr(_exact_kl(P, Q), 10)), claim
    wrong = _sentence_claim(_document(code, _shown(_single_kl(P, Q) * np.float32(1.08)), SENTENCES["es"]))
    assert wrong.verdict != "holds", wrong
