"""The mutual information's shape in its input distribution and in its channel, said in words.

For a fixed channel I(X;Y) is concave in p(x), and for a fixed input convex in p(y|x). Both facts, and that
neither holds the other way round, are worked out here with mpmath on channels and inputs of our own: at the
midpoint of two inputs (or two channels) I(X;Y) lies above (or below) the average of its two values, strictly.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

Channel = list[list[mpmath.mpf]]


def _mutual(p: list[mpmath.mpf], channel: Channel) -> mpmath.mpf:
    """I(X;Y) in bits for the input ``p`` and the channel's rows p(y|x)."""
    q = [mpmath.fsum(p[x] * channel[x][y] for x in range(len(p))) for y in range(len(channel[0]))]
    return mpmath.fsum(
        p[x] * channel[x][y] * mpmath.log(channel[x][y] / q[y], 2)
        for x in range(len(p))
        for y in range(len(q))
        if p[x] * channel[x][y] > 0
    )


def _mix(a: list[mpmath.mpf], b: list[mpmath.mpf]) -> list[mpmath.mpf]:
    return [(u + v) / 2 for u, v in zip(a, b, strict=True)]


_FIFTH = mpmath.mpf(1) / 5
_INPUTS = ([mpmath.mpf(9) / 10, mpmath.mpf(1) / 10], [mpmath.mpf(1) / 5, mpmath.mpf(4) / 5])
_CHANNELS: tuple[Channel, Channel] = (
    [[1 - _FIFTH, _FIFTH], [_FIFTH, 1 - _FIFTH]],  # a symmetric channel
    [[_FIFTH, 1 - _FIFTH], [1 - _FIFTH, _FIFTH]],  # the same with its outputs swapped
)


def test_the_facts_hold_on_our_own_inputs_and_channels() -> None:
    channel, p = _CHANNELS[0], _INPUTS[0]
    at_mid_input = _mutual(_mix(*_INPUTS), channel)
    assert at_mid_input > (_mutual(_INPUTS[0], channel) + _mutual(_INPUTS[1], channel)) / 2  # concave, not convex
    mid_channel = [_mix(a, b) for a, b in zip(*_CHANNELS, strict=True)]
    assert abs(_mutual(p, mid_channel)) < 1e-12  # the mixed channel's rows are equal: no information passes
    assert _mutual(p, mid_channel) < (_mutual(p, _CHANNELS[0]) + _mutual(p, _CHANNELS[1])) / 2  # convex, not concave


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("互信息 $I(X;Y)$ 是 $p(x)$ 的上凸函数，是 $p(y|x)$ 的下凸函数。", ["holds", "holds"]),
        ("对于固定的信道，互信息是输入分布 $p(x)$ 的上凸函数。", ["holds"]),
        ("互信息是信道转移概率 $p(y|x)$ 的上凸函数。", ["false"]),
        ("相互情報量 $I(X;Y)$ は $p(x)$ について凹関数であり、$p(y|x)$ について凸関数である。", ["holds", "holds"]),
        ("相互情報量は入力分布について下に凸である。", ["false"]),
        (
            "Mutual information is concave in $p(x)$ for a fixed channel, and convex in $p(y|x)$ for a fixed input.",
            ["holds", "holds"],
        ),
        ("The mutual information is a convex function of the input distribution.", ["false"]),
        ("For a fixed input, $I(X;Y)$ is a convex function of $p(y|x)$.", ["holds"]),
    ],
)
def test_a_shape_said_of_the_input_or_the_channel_is_judged(text: str, verdicts: list[str]) -> None:
    claims = [claim for claim in check_text(f"{text}\n", "a.md").claims if claim.kind == "bound"]
    assert [claim.verdict for claim in claims] == verdicts
    for claim in claims:
        assert claim.note.startswith("for a fixed ")


@pytest.mark.parametrize(
    "text",
    [
        "互信息是 $p(x)$ 的凸函数。",  # Chinese 凸 alone: textbooks use it both ways round
        "The mutual information is convex ∩ in p(x).",  # Gallager's name for concave
        "Mutual information is not convex in p(x).",
        "If the mutual information were convex in p(x), the capacity would be easy to find.",
        "对于固定的 $p(x)$，互信息是上凸函数。",  # its argument not beside its shape
        "The entropy is a concave function of p(x).",  # another measure
        "互信息是输入分布 $p(x)$ 的严格上凸函数。",  # strictly: not for a useless channel
        "Mutual information is strictly concave in p(y|x).",
    ],
)
def test_other_shapes_are_never_false(text: str) -> None:
    assert all(claim.verdict != "false" for claim in check_text(f"{text}\n", "a.md").claims)
