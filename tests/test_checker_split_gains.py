"""Decision-tree lessons: the entropies of nodes written by their class counts, the weighted entropy of an attribute's
children, the information gain (the mutual information between the attribute and the class) and the split
information, judged from the counts, in the ways and languages lessons write them; and what must stay unread."""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import check_text

mpmath.mp.dps = 30


def _h(*counts: int, base: int = 2) -> mpmath.mpf:
    total = sum(counts)
    return -sum(mpmath.mpf(c) / total * mpmath.log(mpmath.mpf(c) / total, base) for c in counts if c)


def _weighted(children: list[tuple[int, int]], base: int = 2) -> mpmath.mpf:
    total = sum(sum(child) for child in children)
    return sum(mpmath.mpf(sum(child)) / total * _h(*child, base=base) for child in children)


def _gain(children: list[tuple[int, int]], base: int = 2) -> mpmath.mpf:
    parent = tuple(sum(column) for column in zip(*children, strict=True))
    return _h(*parent, base=base) - _weighted(children, base)


OUTLOOK = [(2, 3), (4, 0), (3, 2)]
WIND = [(6, 2), (3, 3)]
HUMIDITY = [(3, 4), (6, 1)]
TEMPERATURE = [(2, 2), (4, 2), (3, 1)]
COLOUR = [(3, 3), (4, 2), (1, 4)]  # 色泽 of the watermelon data: 青绿, 乌黑, 浅白


def _read(text: str, name: str = "tree.md") -> dict[int, list[tuple[str, str, str | None, str]]]:
    """The claims about nodes and splits, by line: (verdict, text, value, note)."""
    found: dict[int, list[tuple[str, str, str | None, str]]] = {}
    for claim in check_text(text, name).claims:
        ours = any(mark in claim.text for mark in ("H(P_{", "H(Q_{", "H(Z_{")) or "split" in (claim.note or "")
        if claim.kind != "definition" and ours:
            found.setdefault(claim.lines[0], []).append((claim.verdict, claim.text, claim.value, claim.note or ""))
    return found


def _holds(found: list[tuple[str, str, str | None, str]], exact: mpmath.mpf) -> None:
    [(verdict, _, value, _)] = found
    assert verdict == "holds"
    assert value is not None
    assert abs(mpmath.mpf(value) - exact) < mpmath.mpf("1e-9")


def _false(found: list[tuple[str, str, str | None, str]], exact: mpmath.mpf) -> None:
    [(verdict, _, _, note)] = found
    assert verdict == "false"
    assert mpmath.nstr(exact, 10) in note


ENGLISH = """# Playing tennis

S = [9+, 5-], so Entropy(S) = 0.940.

Outlook splits S into Sunny [2+, 3-], Overcast [4+, 0-] and Rain [3+, 2-].

E(Sunny) = 0.971, E(Overcast) = 0, E(Rain) = 0.971

H(S|Outlook) = 5/14 * 0.971 + 4/14 * 0 + 5/14 * 0.971 = 0.693

Gain(S, Outlook) = 0.940 - 0.693 = 0.247

Wind: Weak [6+, 2-], Strong [3+, 3-]

Gain(S, Wind) = 0.940 - (8/14)*0.811 - (6/14)*1.000 = 0.048

SplitInfo(Outlook) = 1.577

Information Gain(Wind) = 0.148
"""


def test_a_worked_split_in_english_is_judged_from_its_counts() -> None:
    found = _read(ENGLISH)
    _holds(found[3], _h(9, 5))
    assert [item[0] for item in found[7]] == ["holds"] * 3
    assert abs(mpmath.mpf(found[7][0][2] or "nan") - _h(2, 3)) < 1e-9
    _holds(found[9], _weighted(OUTLOOK))  # 0.6935 cut off to 0.693
    _holds(found[11], _gain(OUTLOOK))
    _holds(found[15], _gain(WIND))
    _holds(found[17], _h(5, 4, 5))
    _false(found[19], _gain(WIND))  # 0.148 for 0.0481


KOREAN = """# 의사결정나무

전체 데이터 S는 예 9개, 아니오 5개이며 Entropy(S) = 0.940 이다.

Humidity 속성:
- High: 3 yes, 4 no
- Normal: 6 yes, 1 no

Humidity의 정보 이득은 0.152이다.

Gain(S, Humidity) = 0.940 - 7/14 × 0.985 - 7/14 × 0.592 = 0.151
"""

CHINESE = """# 西瓜数据集

数据集 D 中好瓜 8 个，坏瓜 9 个，Ent(D) = 0.998。

属性“色泽”：青绿 [3+, 3-]，乌黑 [4+, 2-]，浅白 [1+, 4-]

Ent(青绿) = 1.000, Ent(乌黑) = 0.918, Ent(浅白) = 0.722

Gain(D, 色泽) = 0.998 - (6/17 × 1.000 + 6/17 × 0.918 + 5/17 × 0.722) = 0.109

色泽的信息增益为0.208。
"""

JAPANESE = """# 決定木

全体: はい 9 件、いいえ 5 件。I(9, 5) = 0.940

Temperature: Hot [2+, 2-], Mild [4+, 2-], Cool [3+, 1-]

I(2, 2) = 1.000, I(4, 2) = 0.918, I(3, 1) = 0.811

Temperatureの情報利得は0.029です。
"""

SPANISH_GERMAN = """# Ganancia de información

Viento: Débil (6 sí, 2 no), Fuerte (3 sí, 3 no)

La ganancia de información de Viento es 0,048.

Der Informationsgewinn von Viento beträgt 0.480.
"""


def test_korean_notes_judge_the_root_and_the_gain_of_a_listed_split() -> None:
    found = _read(KOREAN)
    _holds(found[3], _h(9, 5))
    _holds(found[9], _gain(HUMIDITY))  # 0.1518 rounded
    _holds(found[11], _gain(HUMIDITY))  # 0.1518 cut off after 0.940 - 0.4925 - 0.296


def test_chinese_notes_carry_their_rounding_and_a_wrong_gain_is_false() -> None:
    found = _read(CHINESE)
    _holds(found[3], _h(8, 9))
    assert [item[0] for item in found[7]] == ["holds"] * 3
    [(verdict, _, _, note)] = found[9]  # 0.109 for 0.1081: the book's rounding, carried from 0.998
    assert verdict == "unchecked"
    assert f"is {mpmath.nstr(_gain(COLOUR), 3)} bits" in note.replace("0.1081", "0.108")
    assert "not called false" in note
    _false(found[11], _gain(COLOUR))


def test_japanese_notes_read_entropies_written_as_i_of_counts() -> None:
    found = _read(JAPANESE)
    _holds(found[3], _h(9, 5))
    assert [item[0] for item in found[7]] == ["holds"] * 3
    _holds(found[9], _gain(TEMPERATURE))


def test_spanish_and_german_gains_in_words() -> None:
    found = _read(SPANISH_GERMAN)
    _holds(found[5], _gain(WIND))  # a decimal comma at the line's end
    _false(found[7], _gain(WIND))


WEKA = """Weka's notation, bits:

info([2,3]) = 0.971 bits
info([4,0]) = 0.0 bits
info([2,3],[4,0],[3,2]) = 0.693 bits
info([2,3],[4,0],[3,2]) = 0.793 bits
Entropy([3+, 3-]) = 0.9
"""


def test_entropies_of_counts_written_in_place() -> None:
    found = _read(WEKA)
    _holds(found[3], _h(2, 3))
    _holds(found[4], mpmath.mpf(0))
    _holds(found[5], _weighted(OUTLOOK))
    _false(found[6], _weighted(OUTLOOK))
    [(verdict, _, _, note)] = found[7]
    assert verdict == "false"
    assert "1 bit exactly" in note


TABLE = """# Split on Outlook

| Outlook  | Yes | No | Entropy |
|----------|-----|----|---------|
| Sunny    | 2   | 3  | 0.971   |
| Overcast | 4   | 0  | 0.000   |
| Rain     | 3   | 2  | 0.871   |
| Total    | 9   | 5  |         |

| Attribute   | Information Gain |
|-------------|------------------|
| Outlook     | 0.247            |
| Temperature | 0.029            |
"""


def test_a_table_of_counts_gives_nodes_and_its_attribute_split() -> None:
    found = _read(TABLE)
    _holds(found[5], _h(2, 3))
    _holds(found[6], mpmath.mpf(0))
    _false(found[7], _h(3, 2))
    _holds(found[12], _gain(OUTLOOK))
    assert 13 not in found  # no counts of Temperature: not read


def test_rounding_carried_through_three_decimal_steps_is_not_called_false() -> None:
    text = (
        "S_sunny = [2+, 3-]\n\nWind: Weak [1+, 2-], Strong [1+, 1-]\n\n"
        "Gain(S_sunny, Wind) = .970 - (2/5)1.0 - (3/5).918 = .019\n\n"
        "Gain(S_sunny, Wind) = .970 - (2/5)1.0 - (3/5).918 = .029\n"
    )
    found = _read(text)
    [(verdict, _, _, note)] = found[5]
    assert verdict == "unchecked"
    assert "0.0200 bits" in note  # the exact gain, 0.01997
    _false(found[7], _gain([(1, 2), (1, 1)]))


@pytest.mark.parametrize(
    "text",
    [
        # the Gini impurity's gain, in its own section
        "# Gini\n\nHumidity: High [3+, 4-], Normal [6+, 1-]\n\nGain(S, Humidity) = 0.459 - 0.367 = 0.092\n",
        # a Gini gain without the word, told by its value
        "Humidity: High [3+, 4-], Normal [6+, 1-]\n\nGain(S, Humidity) = 0.092\n",
        # the second level of the tree: the subset's gain, whose split of the subset is not written
        "S = [9+, 5-]\n\nTemperature: Hot [2+, 2-], Mild [4+, 2-], Cool [3+, 1-]\n\n## Sunny\n\nS_sunny = [2+, 3-]\n\n"
        "Gain(S_sunny, Temperature) = .970 - (2/5)0.0 - (2/5)1.0 - (1/5)0.0 = .570\n\nGain(Temperature) = 0.570\n",
        # a name given counts in another node: High in the sunny subset
        "Humidity: High [3+, 4-], Normal [6+, 1-]\n\nS_sunny = [2+, 3-]\n\nE(High) = 0.0\n",
        # a working whose weights are of other counts
        "Wind: Weak [6+, 2-], Strong [3+, 3-]\n\nGain(S, Wind) = 0.940 - (7/15)*0.811 - (8/15)*1.000 = 0.028\n",
        # no counts for the attribute
        "Gain(S, Outlook) = 0.940 - 0.593 = 0.347\n",
        # whole numbers in brackets after a letter that may stand for another thing (an expectation, an energy)
        "Sunny [2+, 3-]\n\nE(2, 3) = 5 and H(1, 2) = 0.5\n",
        # a gain ratio: a ratio of logarithms is not judged
        "Outlook: Sunny [2+, 3-], Overcast [4+, 0-], Rain [3+, 2-]\n\nGainRatio(S, Outlook) = 0.256\n",
    ],
)
def test_near_misses_are_never_false(text: str) -> None:
    report = check_text(text, "near.md")
    assert [claim.text for claim in report.claims if claim.verdict == "false"] == []


def test_a_gain_ratio_is_left_unchecked_with_its_value() -> None:
    text = "Outlook: Sunny [2+, 3-], Overcast [4+, 0-], Rain [3+, 2-]\n\nGainRatio(S, Outlook) = 0.256\n"
    [(verdict, _, _, note)] = _read(text)[3]
    ratio = _gain(OUTLOOK) / _h(5, 4, 5)
    assert verdict == "unchecked"
    assert f"is {mpmath.nstr(ratio, 4)}" in note and "does not fit it" in note


_OUTLOOK_LABELS = ["sunny"] * 5 + ["overcast"] * 4 + ["rain"] * 5
_PLAY_LABELS = ["yes", "yes", "no", "no", "no"] + ["yes"] * 4 + ["yes", "yes", "yes", "no", "no"]


def _labelled(shown: str, second: str = "_PLAY_LABELS") -> str:
    """A notebook page that prints scikit-learn's mutual information of two labellings, with what it printed."""
    labels = {"_OUTLOOK_LABELS": _OUTLOOK_LABELS, "_PLAY_LABELS": _PLAY_LABELS}
    return (
        "# Outlook and play\n\n```python\nfrom sklearn.metrics import mutual_info_score\n\n"
        f"outlook = {_OUTLOOK_LABELS!r}\nplay = {labels[second]!r}\n"
        "print(mutual_info_score(outlook, play))\n```\n\n```\n" + shown + "\n```\n"
    )


def test_scikit_learn_mutual_information_of_label_lists_is_the_gain_in_nats() -> None:
    exact = _gain(OUTLOOK, base=mpmath.e)  # the labels pair up as the Outlook split: 0.1710 nats
    shown = mpmath.nstr(exact, 17)
    [claim] = [claim for claim in check_text(_labelled(shown), "mi.md").claims if "ln" in claim.text]
    assert claim.verdict == "holds"
    assert abs(mpmath.mpf(claim.value or "nan") - exact) < mpmath.mpf("1e-9")


def test_a_mutual_information_printed_that_the_labels_do_not_give_is_unchecked() -> None:
    in_bits = mpmath.nstr(_gain(OUTLOOK), 17)  # what other code (base 2) printed: not this call's value
    [claim] = [claim for claim in check_text(_labelled(in_bits), "mi.md").claims if claim.lines[0] == 12]
    assert claim.verdict == "unchecked"
    assert mpmath.nstr(_gain(OUTLOOK, base=mpmath.e), 10) in claim.note
    independent = mpmath.nstr(mpmath.mpf(0), 5)  # the labels against themselves are not independent: not read so
    report = check_text(_labelled(independent, "_OUTLOOK_LABELS"), "mi.md")
    assert [claim.verdict for claim in report.claims if claim.verdict == "false"] == []


LOANS = """# 贷款申请

数据集 D 有 15 个样本：9 个是，6 个否，H(D) = 0.971。

特征 A2（有工作）：
- 是：5 个是，0 个否
- 否：4 个是，6 个否

g(D, A2) = H(D) - H(D|A2) = 0.971 - 0.647 = 0.324

A2的信息增益为0.324。For the record, Job: yes [5+, 0-], no [4+, 6-], so Gain(D, Job) = 0.424.
"""


def test_a_gain_in_a_chain_of_measures_is_its_last_value_and_the_terms_are_not_claims() -> None:
    job = [(5, 0), (4, 6)]
    found = _read(LOANS)
    _holds(found[3], _h(9, 6))
    report = check_text(LOANS, "loans.md")
    assert not [claim for claim in report.claims if claim.lines == (3,) and "not defined" in (claim.note or "")]
    _holds(found[9], _gain(job))  # g(D, A2): 0.3237, the weighted entropy H(D|A2) only a term of the chain
    [first, second] = found[11]  # the attribute's name with a digit; the split written on the claim's own line
    _holds([first], _gain(job))
    _false([second], _gain(job))


def test_looking_for_splits_stops_after_its_share_of_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of gains of an attribute no line splits: each would look 80 lines up; reading stops at the budget."""
    from kldocs.checker import split_claims, split_forms

    looked: list[str] = []
    original = split_forms.key_text

    def counted(line: str) -> str:
        looked.append(line)
        return original(line)

    monkeypatch.setattr(split_claims, "MAX_WORK", 1000)
    monkeypatch.setattr(split_claims, "key_text", counted)
    lines = [(0, "Sunny [2+, 3-]"), *((30 * row, "Gain(S, Outlook) = 0.247") for row in range(1, 5000))]
    assert list(split_claims.split_claims(lines)) == []
    assert 1000 <= len(looked) <= 1000 + 2 * 80
