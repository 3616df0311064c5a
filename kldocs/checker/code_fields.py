r"""Lesson and quiz data written as program code: the text of each string field, its escapes undone.

A course's quiz or lesson is often kept as data in a TypeScript, JavaScript or JSON file, one field a line or one
object a line: ``question: "What is $D_{KL}(P\\|Q)$ ...?"``, ``explanation: 'Since $H(P) = 1.5$ bits, ...'``,
``{ statement: "KL divergence is symmetric", correct: false }``. Read as plain text, the quotes and the escapes
(``\\`` in a JS string is one backslash of TeX) spoil the maths. Each line that holds only fields (a name, a colon,
a string or a scalar; maybe braces and commas) is written again as its fields' names and texts, the escapes undone
when the string writes ``\\`` (a string that never does wrote its TeX as it is):

- a field the object's verdict marks (``correct: false``, ``isTrue: true``, ``answer: "False — ..."``,
  ``isMyth: true``, ``type: "misconception"``) is the statement of a true/false key: the mark is written after it
  ("KL divergence is symmetric.  FALSE"), as an answer key writes it (:mod:`~kldocs.checker.answer_keys`), so a
  misconception the data marks false is not its claim;
- a field named as a mistake (``misconception``, ``myth``, ``wrongClaim``) is written under that label
  ("Misconception: KL is symmetric"), which :mod:`~kldocs.checker.quoted_mistakes` reads;
- a list of choices written one string a line (``options: [`` ...) is blanked: a choice is offered, not claimed;
- every other field keeps its name ("explanation: Since $H(P) = 1.5$ bits, ..."); a question keeps its ``?``, and
  a text that ends in no stop is given a full stop, so that each field is a sentence of its own.

Line breaks are kept, so every line number stays. Only files whose extension is a program's or JSON's are read so.

>>> print(with_string_fields('  { statement: "KL is symmetric", correct: false },'))
  statement: KL is symmetric.  FALSE
>>> print(with_string_fields('    "explanation": "$D_{KL}(P\\\\|Q) = 0.511$ nats.",'))
    explanation: $D_{KL}(P\|Q) = 0.511$ nats.
>>> print(with_string_fields('const p = [0.5, 0.5];  // not a field'))
const p = [0.5, 0.5];  // not a field
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from kldocs.checker.lazy_patterns import lazy

#: The extensions of files whose data is read field by field.
SUFFIXES = frozenset({".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".json", ".json5", ".vue", ".svelte"})
#: A string in JavaScript (or JSON, or Python): double, single or back quotes, escapes kept.
JS_STRING = r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`(?:[^`\\\n$]|\\.|\$(?!\{))*`'
_SCALAR = r"true|false|null|undefined|-?[0-9][0-9.]*(?:[eE]-?[0-9]+)?"
#: One field: a name (quoted in JSON) and its value.
_FIELD_PATTERN = (
    r"(?P<key>\"[A-Za-z_$][\w$]*\"|'[A-Za-z_$][\w$]*'|[A-Za-z_$][\w$]*)[ \t]*:[ \t]*"
    r"(?P<value>" + JS_STRING + r"|" + _SCALAR + r")"
)
_FIELD = lazy(_FIELD_PATTERN)
#: A line of fields only: maybe an object's braces (and the name it is given: ``"ja": {"myth": "..."}``), commas
#: between and after.
_FIELD_LINE = lazy(
    r"(?P<indent>[ \t]*)(?:(?:\"[A-Za-z_$][\w$]*\"|'[A-Za-z_$][\w$]*'|[A-Za-z_$][\w$]*)[ \t]*:[ \t]*)?(?:\{[ \t]*)?"
    + _FIELD_PATTERN.replace("?P<key>", "?:").replace("?P<value>", "?:")
    + r"(?:[ \t]*,[ \t]*"
    + _FIELD_PATTERN.replace("?P<key>", "?:").replace("?P<value>", "?:")
    + r")*[ \t]*,?[ \t]*(?P<close>\}[ \t]*[,;)\]]*)?[ \t]*"
)
#: Names of fields that give a statement's verdict (``correct``, ``isTrue``, ``answer``, ``verdict``).
_VERDICT_KEY = lazy(
    r"(?:is_?)?(?:correct|true|valid)|truth|true_?value|verdict|(?:correct_?)?answer|tf|true_?or_?false", re.I
)
#: A verdict written as a string: false or true first, maybe a reason after ("False — ...").
_VERDICT_TEXT = lazy(r"[ \t]*(?P<word>false|true|wrong|incorrect|correct|myth|fact)\b(?![^\W\d_])", re.IGNORECASE)
_FALSE_WORDS = frozenset({"false", "wrong", "incorrect", "myth"})
#: Names of fields that hold something other than the statement judged (its explanation, an identifier).
_OTHER_KEY = lazy(
    r"explanation|explain|reason|rationale|feedback|hint|solution|why|notes?|id|type|kind|topic|category|difficulty|"
    r"level|tags|points|source",
    re.IGNORECASE,
)
#: The marks that end a field's text as a sentence (a full stop is added to one without).
_SENTENCE_ENDS = (".", "?", "!", "。", "？", "！", ":", ";")
#: Names of fields that hold a mistake.
_MISTAKE_KEY = lazy(r"misconception|myth|mistake|fallacy|pitfall|wrong(?!answers?$)|incorrect", re.IGNORECASE)


def with_string_fields(text: str) -> str:
    """``text`` with each line of data fields written as its fields' names and texts (see the module's text)."""
    if ":" not in text:
        return text
    lines = text.split("\n")
    for start, stop in _objects(lines):
        _rewrite(lines, start, stop)
    _without_choices(lines)
    return "\n".join(lines)


#: A list of choices opened on its own line: ``options: [``, ``"choices": [``.
_CHOICES_OPEN = lazy(
    r"[ \t]*[\"']?(?:options|choices|answers|alternatives|distractors|candidates)[\"']?[ \t]*:[ \t]*\[[ \t]*",
    re.IGNORECASE,
)
#: A list of choices on one line: ``options: ["KL is symmetric.", "KL is never negative."],``.
_CHOICES_LINE = lazy(
    r"[ \t]*[\"']?(?:options|choices|answers|alternatives|distractors|candidates)[\"']?[ \t]*:[ \t]*\["
    r"(?:[ \t]*+(?:" + JS_STRING + r")[ \t]*+,?+)*+[ \t]*+\][ \t]*+,?+[ \t]*+",
    re.IGNORECASE,
)
#: A line that is one string of a list, and maybe its comma.
_LIST_STRING = lazy(r"[ \t]*(?:" + JS_STRING + r")[ \t]*,?[ \t]*")


def _without_choices(lines: list[str]) -> None:
    """Blank the strings of each list of choices, written one a line or all on one: a choice is offered, not claimed.

    >>> lines = ["  options: [", '    "KL is symmetric",', "  ],", '  "KL is a divergence",']
    >>> _without_choices(lines)
    >>> lines
    ['  options: [', '', '  ],', '  "KL is a divergence",']
    """
    inside = False
    for row, line in enumerate(lines):
        if inside and _LIST_STRING.fullmatch(line):
            lines[row] = ""
            continue
        if ":" in line and "]" in line and _CHOICES_LINE.fullmatch(line):
            lines[row] = ""  # the choices on one line
            continue
        inside = bool(_CHOICES_OPEN.fullmatch(line)) if ":" in line else False


def reads_fields(name: str) -> bool:
    """Whether a document of this name is read field by field (a program's or JSON's extension)."""
    return Path(name).suffix.lower() in SUFFIXES


def _objects(lines: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The runs of field lines, one object each: a line that closes its braces ends one, as does a line of no
    fields."""
    start = None
    for row, line in enumerate(lines):
        found = _FIELD_LINE.fullmatch(line) if ":" in line else None
        if found is None:
            if start is not None:
                yield start, row
            start = None
            continue
        if start is None or line.lstrip().startswith("{"):
            if start is not None:
                yield start, row
            start = row
        if found["close"] is not None:
            yield start, row + 1
            start = None
    if start is not None:
        yield start, len(lines)


def _rewrite(lines: list[str], start: int, stop: int) -> None:
    """Write the object on ``lines[start:stop]`` again, its verdict put after its statement."""
    fields = [
        [(found["key"].strip("\"'"), found["value"]) for found in _FIELD.finditer(lines[row])]
        for row in range(start, stop)
    ]
    verdict = _verdict(field for row in fields for field in row)
    statement = None
    if verdict is not None:
        statement = next(
            (
                (index, key)
                for index, row in enumerate(fields)
                for key, value in row
                if value[0] in "\"'`" and _statement_key(key)
            ),
            None,
        )
    for index, row in enumerate(fields):
        indent = lines[start + index][: len(lines[start + index]) - len(lines[start + index].lstrip())]
        parts, last = [], []
        for key, value in row:
            shown = unescaped(value).rstrip()
            if value[0] in "\"'`" and shown and not shown.endswith(_SENTENCE_ENDS):
                shown += "."  # each field a sentence of its own: a question below is not this one's end
            if _MISTAKE_KEY.search(key) and value[0] in "\"'`":
                parts.append(f"Misconception: {shown}")
            elif statement is not None and statement[0] == index:
                if key == statement[1]:  # the statement last on its line, the mark at the line's end
                    last.append(f"{key}: {shown}  {'FALSE' if verdict else 'TRUE'}")
                elif not _VERDICT_KEY.fullmatch(key):
                    parts.append(f"{key}: {shown}")
            else:
                parts.append(f"{key}: {shown}")
        lines[start + index] = indent + "  ".join(parts + last)


def _verdict(fields: Iterable[tuple[str, str]]) -> bool | None:
    """Whether the object's verdict field says false (True), true (False), or None when it has none."""
    for key, value in fields:
        if _MISTAKE_KEY.search(key) and value in ("true", "false"):
            return value == "true"  # isMyth: true
        kind = _KIND.fullmatch(unescaped(value)) if _KIND_KEY.fullmatch(key) and value[0] in "\"'`" else None
        if kind is not None:
            return kind["false"] is not None  # type: "misconception"
        if not _VERDICT_KEY.fullmatch(key):
            continue
        if value in ("true", "false"):
            return value == "false"
        word = _VERDICT_TEXT.match(unescaped(value)) if value[0] in "\"'`" else None
        if word is not None:
            return word["word"].lower() in _FALSE_WORDS
    return None


def _statement_key(key: str) -> bool:
    """Whether a field of this name may hold the statement an object's verdict judges (not the verdict, its
    explanation, an identifier or its kind)."""
    return not (_VERDICT_KEY.fullmatch(key) or _OTHER_KEY.fullmatch(key) or _KIND_KEY.fullmatch(key))


#: Names of fields that say what kind of statement an object holds, and the kinds that say false or true.
_KIND_KEY = lazy(r"type|kind|category|label|tag|status|class", re.IGNORECASE)
_KIND = lazy(
    r"[ \t]*(?:(?P<false>misconceptions?|myths?|mistakes?|fallac(?:y|ies)|false|wrong)|fact|facts|true|truth)"
    r"[ \t]*",
    re.IGNORECASE,
)


#: An escape in a string: the character it stands for (line breaks and tabs become spaces).
_ESCAPES = {"n": " ", "t": " ", "r": " "}
_ESCAPE = lazy(r"\\(.)")


def unescaped(value: str) -> str:
    r"""The text of a field's value: a string without its quotes, its escapes undone when it writes ``\\``; a scalar
    as it is.

    >>> unescaped(r'"D(P\\|Q)"'), unescaped(r"'D(P\|Q)'"), unescaped("false")
    ('D(P\\|Q)', 'D(P\\|Q)', 'false')
    """
    if value[0] not in "\"'`":
        return value
    inside = value[1:-1]
    if "\\\\" not in inside:
        return re.sub(r"\\([\"'`])", r"\1", inside)
    return _ESCAPE.sub(lambda found: _ESCAPES.get(found[1], found[1]), inside)


def python_fields(code: str, tree: ast.Module) -> list[tuple[int, int, str]]:
    r"""The strings of a Python file's dictionaries that are its prose (quiz and lesson data: ``{"explanation":
    "..."}``), as ``(start, end, text)``: where the text inside the quotes is, and that text with its escapes undone
    in as many characters (``\\`` as `` \``), for a string that writes ``\\``. A dictionary whose verdict says false
    (``"correct": False``) shows none of its statements, and a field named as a mistake (``"myth"``) is not shown.

    >>> code = 'Q = [{"explanation": "$D(P\\\\|Q) = 0.5$ nats"}, {"claim": "KL is symmetric", "correct": False}]\n'
    >>> [(code[start:end], text) for start, end, text in python_fields(code, ast.parse(code))]
    [('$D(P\\\\|Q) = 0.5$ nats', '$D(P \\|Q) = 0.5$ nats')]
    """
    from kldocs.checker.code_prose import Columns

    columns = Columns(code)
    found: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        if len(found) >= MOST_PYTHON_FIELDS:
            break
        fields = [
            (key.value, value)
            for key, value in zip(node.keys, node.values, strict=True)
            if isinstance(key, ast.Constant) and isinstance(key.value, str) and isinstance(value, ast.Constant)
        ]
        verdict = _verdict((key, _scalar(value.value)) for key, value in fields)
        for key, value in fields:
            if not isinstance(value.value, str) or " " not in value.value or _MISTAKE_KEY.search(key):
                continue
            if verdict and _statement_key(key):
                continue  # the statement a false verdict marks: not the document's claim
            if value.end_lineno is None or value.end_col_offset is None:
                continue
            begin = columns.offset(value.lineno, value.col_offset)
            stop = columns.offset(value.end_lineno, value.end_col_offset)
            opening = _OPENING.match(code, begin, stop)
            if opening is None or stop - opening.end() < len(opening["quote"]):
                continue
            start, end = opening.end(), stop - len(opening["quote"])
            inside = code[start:end]
            raw = "r" in opening["prefix"].lower()
            shown = inside if raw or "\\\\" not in inside else _SPACED_ESCAPE.sub(_spaced, inside)
            found.append((start, end, shown))
    return found


#: Most strings of a Python file's dictionaries read as prose (a table of words is no lesson).
MOST_PYTHON_FIELDS = 2_000
#: A Python string's prefix and opening quotes.
_OPENING = lazy(r"(?P<prefix>[rRuU]{0,2})(?P<quote>\"\"\"|'''|\"|')")
_SPACED_ESCAPE = lazy(r"\\(.)", re.DOTALL)


def _spaced(found: re.Match[str]) -> str:
    """An escape undone in as many characters: a space, then the character it stands for."""
    return " " + _ESCAPES.get(found[1], found[1])


def _scalar(value: object) -> str:
    """A Python constant as :func:`_verdict` reads field values: ``false``, ``true``, or a quoted string."""
    if isinstance(value, bool):
        return str(value).lower()
    return f'"{value}"' if isinstance(value, str) else str(value)
