"""A look-ahead for a pattern's first characters changes nothing it finds, for any of the checker's patterns."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import kldocs.checker
from kldocs.checker.lazy_patterns import _OnFirstUse
from kldocs.checker.pattern_leads import compile_led, lead, starts_behind

ROOT = Path(__file__).resolve().parents[1]
#: Sentences in several languages and notations, so that most alternatives of the checker's patterns have a match.
SAMPLE = """
The entropy is 1.5 bits; log base 2 throughout, or the natural log (nats). Logarithms are natural here.
We use log₂ and log₁₀; the common log gives hartleys. KL divergence $D_{KL}(P \\| Q) = 0.0305$ nats, iff P = Q.
熵为 1.75 比特，以2为底；自然对数。KL散度是非负的。log的底为e。
エントロピーは 2 ビット、2を底とする対数。e を底とする自然対数。
엔트로피는 1 비트이고 밑이 2인 로그, 자연 로그의 단위는 나트이다.
La entropía es 0,5 bits y los logaritmos naturales. L'entropie vaut 1 bit, logarithmes népériens.
Die Entropie beträgt 2 Bit. Энтропия равна 1 бит. H(X|Y) ≤ H(X), I(X;Y) = H(X) - H(X|Y).
- $H(P) = -\\sum_x p(x) \\log p(x)$, probabilities 0.5, 0.25 and 0.25; the set [1/4, 1/4, 1/2].
>>> entropy([0.5, 0.5], base=2)
1.0
| p | H(p) bits |
| - | - |
| 0.5 | 1 |
"""


def _checker_patterns() -> dict[tuple[str, int], str]:
    """Every lazy pattern of the checker's modules: (pattern, flags) -> its module and name."""
    found: dict[tuple[str, int], str] = {}
    for module in pkgutil.iter_modules(kldocs.checker.__path__):
        loaded = importlib.import_module(f"kldocs.checker.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, _OnFirstUse):
                found[(value.pattern, value._flags)] = f"{module.name}.{name}"
    return found


def test_led_patterns_find_what_plain_ones_find() -> None:
    texts = [SAMPLE, *(path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests/documents").glob("*.*")))]
    text = "\n\n".join([*texts, (ROOT / "README.md").read_text(encoding="utf-8")[:60_000]])
    patterns = _checker_patterns()
    led = [(pattern, flags, name) for (pattern, flags), name in patterns.items() if lead(pattern, flags) is not None]
    assert len(led) > 50  # the checker's long alternations are led
    moved = [(pattern, flags, name) for (pattern, flags), name in patterns.items() if starts_behind(pattern, flags)]
    assert len(moved) > 20  # and the patterns that open with a look-behind before one character
    led += moved
    starts = range(0, len(text), 41)
    for pattern, flags, name in led:
        plain, fast = re.compile(pattern, flags), compile_led(pattern, flags)
        assert [match.span() for match in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], name
        assert [match.groups() for match in fast.finditer(text)] == [m.groups() for m in plain.finditer(text)], name
        found = [(match and match.span()) for match in map(fast.match, [text] * len(starts), starts)]
        assert found == [(match and match.span()) for match in map(plain.match, [text] * len(starts), starts)], name


def test_what_is_led() -> None:
    assert lead(r"(?<![A-Za-z])(?:nats?|bits?)", re.IGNORECASE) == "nb"
    assert lead(r"\bfoo|bar", 0) == "fb"
    assert lead(r"(?:ab|c)?d|e", 0) == "acde"  # an optional start: what follows may start the match too
    assert lead(r"[0-9]+ bits", 0) is None  # no alternation: nothing to gain
    assert lead(r"(?i:a)|b", 0) is None  # a case rule within
    assert lead(r"a|b?", 0) is None  # it may match nothing
    assert lead(r"[A-Za-z]+x|y", 0) is None  # any letter: too wide to help
    assert lead(r"\s*(?:a|b)", 0) is None  # any space


def test_a_character_moved_before_look_behinds_matches_where_it_did() -> None:
    text = "Let a, let b; Outlet, 3let, é let, (let) _let\nlet"
    for pattern, flags in [
        (r"(?<![^\W\d_])[Ll]et", 0),
        (r"(?<![a-z])(?<!\()l(?P<rest>et)", re.IGNORECASE),
        (r"(?<=\s)(?<!é )let", 0),
        (r"(?<!_)(?<=[a-z\n])let", 0),
    ]:
        assert starts_behind(pattern, flags)
        plain, moved = re.compile(pattern, flags), compile_led(pattern, flags)
        assert [(m.span(), m.groups()) for m in moved.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
        assert [moved.match(text, start) is None for start in range(len(text))] == [
            plain.match(text, start) is None for start in range(len(text))
        ]
    assert compile_led(r"(?<![a-z])[Ll]et", 0).findall("let Let outlet") == ["let", "Let"]
    assert not starts_behind(r"(?<![a-z])\s*let", 0)  # not one character: left as it is
    assert not starts_behind(r"(?<=a)", 0)  # nothing after the look-behind


def test_a_start_anchor_stays_first() -> None:
    pattern = compile_led(r"^(?:entropy|KL)\b", 0)
    assert pattern.search("x" * 1000 + "entropy") is None and pattern.search("KL divergence") is not None
    assert compile_led(r"(?m)^(?:a|b)", 0).findall("a\nb\nc") == ["a", "b"]
