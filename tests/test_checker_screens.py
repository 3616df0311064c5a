"""The cheap tests that skip a paragraph-wide pattern never skip a paragraph the pattern would match.

Each pattern that hunts for words names anchors, words one of which is in
everything it matches (:mod:`kldocs.checker.screens`); hypothesis writes
strings each pattern matches, and every one must hold an anchor. The faster
forms of two patterns that rewrite numbers are compared with the plain forms
they replace.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kldocs.checker import (
    base_statements,
    bits_in_words,
    class_bullets,
    code_comments,
    code_definitions,
    code_functions,
    family_claims,
    iff_properties,
    labelled_lines,
    listed_entropies,
    maximum_entropy,
    named_measures,
    number_notation,
    prose_arithmetic,
    prose_claims,
    prose_rows,
    restated_values,
    restated_words,
    shannon_measures,
    sum_definitions,
    table_distributions,
    term_sums,
    unread,
    worded_definitions,
    worded_groups,
    worded_predicates,
    worded_properties,
)
from kldocs.checker.documents import Region
from kldocs.checker.measure_words import (
    LABEL_ANCHORS,
    LABEL_WORDS,
    MEASURE_ANCHORS,
    MEASURE_WORDS,
    SUBJECT_ANCHORS,
    UNIT,
)
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.reading import parse_text
from kldocs.checker.screens import mentions
from kldocs.exact.base import UNIT_WORDS


def without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the first-character test it starts with (hypothesis writes strings for this one)."""
    return re.compile(re.sub(r"^\(\?=(?:[^()\[\]]|\[[^\]]*\])*\)", "", pattern.pattern), pattern.flags)


ANCHORED = [
    ("measure words", re.compile(MEASURE_WORDS, re.IGNORECASE), MEASURE_ANCHORS),
    ("property subjects", worded_properties._SUBJECT, SUBJECT_ANCHORS),
    *(
        (f"predicate {kind}", pattern, worded_predicates.PREDICATE_ANCHORS)
        for kind, pattern, _ in worded_predicates.PREDICATE
    ),
    ("entropy bounds", worded_properties._ENTROPY_BOUNDS, worded_properties._BOUNDS_ANCHORS),
    ("unit words", base_statements.UNIT_WORD, base_statements._ANCHORS),
    ("base phrases", base_statements.BASE_PHRASE, base_statements._PHRASE_ANCHORS),
    *((f"label {name}", re.compile(words, re.IGNORECASE), LABEL_ANCHORS) for name, words in LABEL_WORDS),
    ("result sentences", prose_claims._RESULT, prose_claims._RESULT_ANCHORS),
    ("unread measure words", without_lookahead(unread._MEASURE_WORD), unread._ANCHORS),
    *((f"family measure {name}", pattern, family_claims._MEASURE_ANCHORS) for name, pattern in family_claims._MEASURES),
    *(
        (f"named symbol {name}", without_lookahead(pattern), named_measures._SYMBOL_ANCHORS)
        for name, pattern in named_measures._SYMBOLS
    ),
    ("bare divergence", without_lookahead(named_measures._BARE), named_measures._BARE_ANCHORS),
    ("zero then equal", worded_properties._ZERO_THEN_EQUAL, worded_properties._ZERO_ANCHORS),
    ("largest entropy", maximum_entropy._MAXIMUM, maximum_entropy._MAXIMUM_ANCHORS),
    ("a logarithm in words", worded_definitions._LOG, worded_definitions._ANCHORS),
    ("if and only if", iff_properties._IFF_WORD, iff_properties._IFF_ANCHORS),
    ("probabilities listed", listed_entropies._PROBABILITY, listed_entropies._PROBABILITY_ANCHORS),
    ("probabilities shared", worded_groups._SHARED, worded_groups._SHARED_ANCHORS),
    ("information in words", prose_arithmetic._INFORMATION, prose_arithmetic._ANCHORS),
    ("class bullets", class_bullets._BULLET, class_bullets._ANCHORS),
]
#: Patterns screened by characters compared as they are (not folded): every match holds one of them.
EXACT_ANCHORED = [
    ("sum marks", sum_definitions._SUM_MARK, sum_definitions._SUM_ANCHORS),
    ("definition signs", shannon_measures._DEFINED, (")",)),
]


@pytest.mark.parametrize(
    "words",
    [
        restated_words._ABOUT,
        restated_words._ABOUT_JOINED,
        tuple(verb for verb in restated_words._RESULT if verb not in restated_words.USAGE),
        (*UNIT_WORDS, "位"),
    ],
    ids=["about", "about joined", "verbs of result", "units"],
)
def test_every_word_that_makes_a_number_a_restated_value_holds_an_anchor(words: tuple[str, ...]) -> None:
    """ "Is" makes a value only with "about" or a unit after it, and "use" or "need" only with a unit, so these words
    are all a line needs."""
    assert all(mentions(word, restated_values._ANCHORS) for word in words)


@pytest.mark.parametrize(("name", "pattern", "anchors"), ANCHORED, ids=[name for name, _, _ in ANCHORED])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_everything_a_pattern_matches_holds_one_of_its_anchors(
    name: str, pattern: re.Pattern[str], anchors: tuple[str, ...], data: st.DataObject
) -> None:
    compiled = re.compile(pattern.pattern, pattern.flags)  # the checker's own are compiled on first use
    matched = data.draw(st.from_regex(compiled, fullmatch=True))
    assert mentions(matched, anchors), (name, matched)


@pytest.mark.parametrize(("name", "pattern", "anchors"), EXACT_ANCHORED, ids=[name for name, _, _ in EXACT_ANCHORED])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_everything_a_pattern_matches_holds_one_of_its_characters(
    name: str, pattern: re.Pattern[str], anchors: tuple[str, ...], data: st.DataObject
) -> None:
    compiled = re.compile(pattern.pattern, pattern.flags)
    matched = data.draw(st.from_regex(compiled))  # with what stands around the match: look-behinds read it
    assert compiled.search(matched) is None or any(anchor in matched for anchor in anchors), (name, matched)


ENDS = [
    "=",
    "≈",
    "+",
    "-",
    "−",
    "*",
    "/",
    "\\approx",
    "\\cdot",
    "\\cdots",
    "x",
    "0.5",
    " ",
    "\t",
    "\n",
    "\u00a0",
    "\x1c",
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(ENDS), max_size=8).map("".join))
def test_an_open_end_is_what_the_pattern_finds(text: str) -> None:
    assert prose_rows._open_end(text) == (prose_rows._OPEN_END.search(text) is not None)


def test_a_paragraph_without_anchors_is_skipped_and_one_with_them_is_not() -> None:
    assert not mentions("0,1 0,2 0,3 " * 100, MEASURE_ANCHORS)
    assert mentions("Die relative ENTROPIE ist", MEASURE_ANCHORS)


#: The plain forms the faster patterns replace.
PLAIN_COMMA = re.compile(r"(?<![\d,.])(\d{1,6}),(\d{1,12})(?![\d,]|\.\d)")
PLAIN_PARAMETERS = re.compile(
    r"(?:\\mathcal\s*\{?\s*[NU]\s*\}?|\b(?:Normal|Gaussian|N|Uniform|U|Binomial|Bin))\s*\(\s*-?\d+\s*,\s*-?\d+\s*\)"
)
PIECES = ["0", "1", "12", "1234567", ",", ".", " ", "(", ")", "-", "a", "N", "U", "Bin", "Normal", "\\mathcal{N}", "x"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_decimal_commas_are_the_commas_the_plain_pattern_finds(text: str) -> None:
    assert number_notation._COMMA_DECIMAL.sub(".", text) == PLAIN_COMMA.sub(r"\1.\2", text)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_separators_kept_are_those_the_plain_pattern_finds(text: str) -> None:
    kept = number_notation._KEPT
    expected = PLAIN_PARAMETERS.sub(lambda match: match.group(0).replace(",", kept), text)
    assert number_notation._separators_kept(text) == expected


#: The plain form of the shape every restated value has, which tried every unit word at each digit of a run.
PLAIN_VALUE_SHAPE = re.compile(r"[0-9](?:[.,][0-9]|[ \t]?(?:" + UNIT + r"|units?))", re.IGNORECASE)
SHAPE_PIECES = ["0", "7", "123456789", ".", ",", " ", "\t", "bits", "Nat", "unit", "比特", "бит", "_", "x", "é"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(SHAPE_PIECES), max_size=14).map("".join))
def test_a_value_shape_is_found_where_the_plain_pattern_finds_one(text: str) -> None:
    assert (restated_values._VALUE_SHAPE.search(text) is None) == (PLAIN_VALUE_SHAPE.search(text) is None)


def test_every_unit_word_starts_with_a_letter_as_the_value_shape_looks_ahead_for() -> None:
    assert all(re.match(r"[^\W\d_]", word) for word in (*UNIT_WORDS, "unit"))


#: Patterns that test a first character in a lookahead before their lookbehinds and alternatives.
LOOKAHEAD_FIRST = [unread._DECIMAL, unread._MEASURE_WORD, prose_claims._VALUE]
WORDS = ["0", "12", ".5", ",", "/", "-", " ", "Step ", "\\frac{1", "½", "a", "h(", "h =", "bits", "KL", "entropy"]
WORDS += [
    "The KL divergence is ",
    "Shannon entropy was ",
    "the entropy is ",
    "cross-entropy of ",
    "relative entropy of ",
    "엔트로피는 ",
    "about ",
    "0.25",
]


@pytest.mark.parametrize("pattern", LOOKAHEAD_FIRST, ids=["decimal", "measure word", "value sentence"])
@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(WORDS), max_size=12).map("".join))
def test_a_first_character_lookahead_changes_no_match(pattern: re.Pattern[str], text: str) -> None:
    plain = without_lookahead(pattern)
    assert plain.pattern != pattern.pattern
    sample = text.lower() if pattern is unread._MEASURE_WORD else text  # that one is searched in lower case
    assert [match.span() for match in pattern.finditer(sample)] == [match.span() for match in plain.finditer(sample)]


def _sentence_by_sentence(text: str) -> list[tuple[int, str, str]]:
    """Base statements found one sentence at a time, as they were before sentences were looked up by position."""
    found = []
    start = 0
    for end in [match.end() for match in base_statements._SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        if sentence.strip() and not base_statements._VALUE_WITH_UNIT.search(sentence.replace(BLANK, "")):
            for match in base_statements.UNIT_WORD.finditer(sentence):
                before = sentence[max(0, match.start() - 12) : match.start()].rstrip(" ~*_(")
                line = sentence[match.end() :].partition("\n")[0]
                if re.search(r"(?i)\b(?:in|en|em)\s*\Z", before) and re.search("[0-9]", line):
                    continue  # "in nats the value is 1.04": that value's unit
                if not (before and (before[-1].isdigit() or before[-1] in "§}$")):
                    found.append((start + match.start(), base_statements.base_name(match["unit"]), match.group()))
            for match in base_statements.BASE_PHRASE.finditer(sentence):
                found.append((start + match.start(), base_statements.phrase_base(match), match.group()))
        start = end
    return sorted(found)


SENTENCE_PIECES = [
    "bits",
    "nats",
    " in bits",
    "0.5 bits",
    "0.5",
    ". ",
    "! ",
    "? ",
    ".",
    " ",
    "log base 2",
    "natural log",
]
SENTENCE_PIECES += ["H = 1", "$", "~", "(", "Entropy", "base-10", "1 nat.", "x"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=14).map("".join))
def test_base_statements_are_those_read_one_sentence_at_a_time(text: str) -> None:
    document = parse_text(text + "\n", "a.md")
    paragraph = Region("prose", text, 0)
    found = sorted((item.offset, item.base, item.text) for item in base_statements.prose_bases(document, paragraph))
    assert found == _sentence_by_sentence(text)


def _plain_label(pattern: str) -> str:
    """A labelled line's pattern in its plain form: a label of 2 to 60 characters that may end in a space, and
    runs of spaces that give characters back."""
    plain = pattern.replace(r"\s*+", r"\s*").replace(r"\s++", r"\s+")
    start = plain.index("(?P<label>[^") + len("(?P<label>[^")
    excluded = plain[start : plain.index("]{1,59}?", start)]
    return plain.replace(f"[^{excluded}]{{1,59}}?[^\\s{excluded}]", f"[^{excluded}]{{2,60}}?", 1)


#: Patterns rewritten so that a long run of one character costs one pass (possessive quantifiers, a lookbehind
#: that starts a run of digits once), each with the plain form it replaces and how it is used.
REWRITTEN = [
    (
        table_distributions._NUMBER_ROW,
        r"^\s*(?:\S+\s+)?(?:-?[0-9]*\.?[0-9]+\s+)*-?[0-9]*\.?[0-9]+\s*$",
        "match",
    ),
    (bits_in_words._MEANING, bits_in_words._MEANING.pattern.replace("(?<![0-9])", ""), "finditer"),
    (bits_in_words._OTHER, bits_in_words._OTHER.pattern.replace("(?<![0-9])", ""), "search"),
    (code_comments._AFTER_CODE, code_comments._AFTER_CODE.pattern.replace(r"\s*+", r"\s*"), "match"),
    (code_comments._OWN_LINE[0], code_comments._OWN_LINE[0].pattern.replace(r"\s*+", r"\s*"), "match"),
    (code_comments._OWN_LINE[1], code_comments._OWN_LINE[1].pattern.replace(r"\s*+", r"\s*"), "match"),
    (code_functions._IMPORT, code_functions._IMPORT.pattern.replace(r"^[ \t]*", r"^\s*"), "finditer"),
    (
        code_functions._DEFINITION,
        code_functions._DEFINITION.pattern.replace(r"(?<![\w.])", "").replace("*+", "*"),
        "finditer",
    ),
    (code_comments._LABELLED, code_comments._LABELLED.pattern.replace(r"\s*+", r"\s*"), "match"),
    (
        code_definitions._DEFINITION_END,
        code_definitions._DEFINITION_END.pattern.replace("++", "+").replace("*+", "*"),
        "match",
    ),
    (term_sums._LAST_SIDE, term_sums._LAST_SIDE.pattern.replace(r"\s*+", r"\s*"), "search"),
    (labelled_lines._LINE, _plain_label(labelled_lines._LINE.pattern), "match"),
    (labelled_lines._SENTENCE, _plain_label(labelled_lines._SENTENCE.pattern), "match"),
]
RUN_PIECES = ["7", "77", ".", "0.5", "-", " ", "  ", "\t", "\n", "e", "x", "ab", "bits", "bit", " i.e. ", "log2(8)"]
RUN_PIECES += ["The KL divergence", " is ", "H(P)", ": ", " 0.25", "ist", "是", "P", "約"]
RUN_PIECES += ["twice", " times", " dice", "import ", "from ", "np", "<-", "function", "(", "# ", "= ", "≈ ", "nats"]


def _matches(pattern: re.Pattern[str], text: str, use: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    """What ``use`` finds: every match's span and groups (``finditer``), or the one match of ``match``/``search``."""
    found = list(pattern.finditer(text)) if use == "finditer" else [getattr(pattern, use)(text)]
    return [(match.span(), match.groupdict()) for match in found if match is not None]


@pytest.mark.parametrize(("pattern", "plain", "use"), REWRITTEN, ids=[f"{p.pattern[:24]}" for p, _, _ in REWRITTEN])
@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(RUN_PIECES), max_size=14).map("".join))
def test_a_pattern_rewritten_for_long_runs_finds_what_its_plain_form_finds(
    pattern: re.Pattern[str], plain: str, use: str, text: str
) -> None:
    assert plain != pattern.pattern
    if pattern is bits_in_words._OTHER:  # "e77 times" matched from its second digit; digits after a letter
        assume(re.search("[A-Za-z][0-9]", text) is None)  # are no count of throws, and skipping them is linear
    found = _matches(pattern, text, use)
    expected = _matches(re.compile(plain, pattern.flags), text, use)
    if pattern is code_functions._DEFINITION:  # an R name never starts right after a letter, a digit or a dot
        expected = [
            (span, groups) for span, groups in expected if not (groups["r_name"] and _after_name(text, span[0]))
        ]
    if pattern is term_sums._LAST_SIDE:  # a side of spaces alone is no term: its reader wants a logarithm there
        expected = [(span, groups) for span, groups in expected if (groups["rest"] or "").strip()]
    if pattern in (labelled_lines._LINE, labelled_lines._SENTENCE):  # a label of spaces alone ("   is 7"), or of one
        # character and spaces ("# : 0.5"), is none: the rewritten form wants two characters, the last not a space
        expected = [(span, groups) for span, groups in expected if len((groups["label"] or "").strip()) > 1]
    spans = pattern is not code_functions._IMPORT  # an import's match no longer takes in the blank lines before it
    assert [(span if spans else None, groups) for span, groups in found] == [
        (span if spans else None, groups) for span, groups in expected
    ]


def _after_name(text: str, start: int) -> bool:
    return start > 0 and re.match(r"[\w.]", text[start - 1]) is not None
