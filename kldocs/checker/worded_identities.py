r"""Identities between Shannon's measures of random variables said in words, in nine languages.

"The mutual information equals the entropy of X minus the conditional entropy of Y given X" is the equation
``I(X;Y) = H(X) - H(Y|X)``: each measure named in words (with its variables) becomes its symbol, "equals" and
"is" the equals sign, "minus" and "plus" theirs, and the equation is judged as if it had been written so
(:mod:`~kldocs.checker.shannon_measures`). Korean and Japanese take one measure from another ("A는 B에서 C를 뺀
것이다", "AはBからCを引いたもの"). A mutual information named without its variables is of the two the other
measures name. A sentence is read only when nothing but those words stands between its measures, and not when
it asks, supposes or denies.

>>> from kldocs.checker.reading import parse_text
>>> text = "Mutual information equals the entropy of X minus the conditional entropy of Y given X.\n"
>>> document = parse_text(text, "a.md")
>>> [found.statement.right.__class__.__name__ for found in worded_identities(document, document.prose[0])]
['Sum']
>>> worded_formula("La información mutua es igual a la entropía de X menos la entropía condicional de X dado Y.")
('I(X;Y) = H(X) - H(X|Y)', 20, 31)
>>> worded_formula("상호정보량은 X의 엔트로피에서 Y가 주어졌을 때 X의 조건부 엔트로피를 뺀 것이다.")
('I(X;Y) = H(X) - H(X|Y)', 5, 6)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kldocs.checker.chains import statements
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.found import Found
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.shannon_measures import equation_form
from kldocs.checker.tokens import TooComplexError, tokenize

_V = r"\$?\s*([A-Z](?:_\{?[A-Za-z0-9]{1,3}\}?)?)\s*\$?"
_AND = r"\s*(?:and|und|et|y|e|и|和|与|와|과|と|,)\s*"
_PAIR = _V + _AND + _V

#: Each measure in words: its kind, and the words in each language (the variables as groups, in the order given
#: by the kind: ``cond`` names the conditioned variable first, ``cond_given`` the one given first). Those of
#: languages written with spaces start with a word (an article before it is read between the measures), so
#: that a sentence is scanned quickly; those of Chinese, Korean and Japanese are tried only where their words are.
_WESTERN: tuple[tuple[str, str], ...] = (
    ("mi", r"[Mm]utual\s+information(?:\s+(?:between|of)\s+" + _PAIR + ")?"),
    (
        "mi",
        r"(?:Transinformation|(?:[Gg]egenseitige|[Ww]echselseitige)\s+Information)(?:\s+(?:zwischen|von)\s+"
        + _PAIR
        + ")?",
    ),
    ("mi", r"[Ii]nformation\s+mutuelle(?:\s+entre\s+" + _PAIR + ")?"),
    ("mi", r"[Ii]nformaci[óo]n\s+mutua(?:\s+entre\s+" + _PAIR + ")?"),
    ("mi", r"[Ii]nforma[çc][ãa]o\s+m[úu]tua(?:\s+entre\s+" + _PAIR + ")?"),
    ("mi", r"[Вв]заимн(?:ая|ой|ую)\s+информаци(?:я|и|ю)(?:\s+между\s+" + _PAIR + ")?"),
    ("joint", r"[Jj]oint\s+entropy\s+of\s+" + _PAIR),
    ("joint", r"(?:Verbundentropie|[Gg]emeinsamen?\s+Entropie)\s+von\s+" + _PAIR),
    ("joint", r"[Ee]ntropie\s+conjointe\s+de\s+" + _PAIR),
    ("joint", r"[Ee]ntrop[íi]a\s+conjunta\s+de\s+" + _PAIR),
    ("joint", r"[Сс]овместн(?:ая|ой|ую)\s+энтропи(?:я|и|ю)\s+" + _PAIR),
    ("cond", r"[Cc]onditional\s+entropy\s+of\s+" + _V + r"\s+given\s+" + _V),
    ("cond", r"[Bb]edingten?\s+Entropie\s+von\s+" + _V + r"\s+(?:gegeben|unter\s+der\s+Bedingung)\s+" + _V),
    ("cond", r"[Ee]ntropie\s+conditionnelle\s+de\s+" + _V + r"\s+sachant\s+" + _V),
    ("cond", r"[Ee]ntrop[íi]a\s+condicional\s+de\s+" + _V + r"\s+dad[oa]\s+" + _V),
    ("cond", r"[Уу]словн(?:ая|ой|ую)\s+энтропи(?:я|и|ю)\s+" + _V + r"\s+при\s+(?:условии|известном)\s+" + _V),
    ("h", r"(?:[Mm]arginal\s+)?[Ee]ntropy\s+of\s+" + _V),
    ("h", r"Entropie\s+von\s+" + _V),
    ("h", r"[Ee]ntropie\s+de\s+" + _V),
    ("h", r"[Ee]ntrop[íi]a\s+de\s+" + _V),
    ("h", r"[Ээ]нтропи(?:я|и|ю)\s+" + _V),
)
_EAST: tuple[tuple[str, str], ...] = (
    ("mi", r"(?:" + _PAIR + r"\s*(?:之间)?的\s*)?互信息"),
    ("mi", r"(?:" + _PAIR + r"\s*(?:사이)?의\s*)?상호\s*정보(?:량)?"),
    ("mi", r"(?:" + _PAIR + r"\s*の\s*)?相互情報量"),
    ("joint", _PAIR + r"\s*的\s*联合熵"),
    ("joint", _PAIR + r"\s*의\s*결합\s*엔트로피"),
    ("joint", _PAIR + r"\s*の\s*(?:結合|同時)エントロピー"),
    ("cond", _V + r"\s*在\s*" + _V + r"\s*条件下的\s*条件熵"),
    ("cond_given", r"(?:在\s*)?给定\s*" + _V + r"\s*(?:时|的条件下)\s*" + _V + r"\s*的\s*条件熵"),
    ("cond_given", _V + r"\s*(?:가|이)\s*주어졌을\s*때\s*" + _V + r"\s*의\s*조건부\s*엔트로피"),
    ("cond_given", _V + r"\s*が与えられたときの\s*" + _V + r"\s*の\s*条件付きエントロピー"),
    ("h", _V + r"\s*的\s*熵"),
    ("h", _V + r"\s*의\s*엔트로피"),
    ("h", _V + r"\s*のエントロピー"),
)
_TERMS = _WESTERN + _EAST
#: The first letters of the measures' words in :data:`_WESTERN` (and of a variable, for :data:`_EAST`): a quick look
#: ahead that passes over every other place.
_FIRST = {False: r"(?<![^\W\d_])(?=[MmTGgWwIiВвJjVvEeСсCcBbУуЭэ])", True: r"(?=[$A-Z给在상相互])"}
_SCANS = {
    east: lazy(
        _FIRST[east]
        + "(?:"
        + "|".join(f"(?P<t{index + offset}>{words})" for index, (_, words) in enumerate(table))
        + ")"
    )
    for east, table, offset in ((False, _WESTERN, 0), (True, _EAST, len(_WESTERN)))
}
_ONE_TERM = [lazy(words) for _, words in _TERMS]
#: A word of Chinese, Korean or Japanese for one of the measures: the sentence is scanned for their terms.
_EAST_WORDS = lazy(r"熵|互信息|엔트로피|상호|エントロピー|相互情報")
#: An article or a preposition's article, read before a measure: "the", "der", "l'", "à la".
_ARTICLE = r"(?:(?:the|die|der|den|dem|la|le|l['’]|el|a|à|à\s+la|à\s+l['’]|de\s+la|de\s+l['’])\s*)?"

#: What may stand between the measures: "equals", "minus", "plus" (and Korean and Japanese particles).
_EQUALS = lazy(
    r"\s*(?:equals|is\s+equal\s+to|is\s+the\s+same\s+as|is|ist\s+gleich|ist|entspricht|est\s+égale?\s+à|est|vaut|"
    r"es\s+igual\s+a|es|é\s+igual|é|равна|равно|равен|等于|是|은|는|は|=)(?P<article>\s*" + _ARTICLE + ")",
    re.IGNORECASE,
)
_MINUS = lazy(r"\s*(?:minus|abzüglich|moins|menos|минус|减去|减|-|−)\s*" + _ARTICLE, re.IGNORECASE)
_PLUS = lazy(r"\s*(?:plus|más|mais|плюс|加上|加|\+)\s*" + _ARTICLE, re.IGNORECASE)
#: What may come before the first measure: a label ("Note:", "中文："), a few words of lead-in and an article, but
#: no "of" (a measure of something else).
_LEAD = lazy(r"(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[:：]\s*)?(?:(?:[^\W\d_]+,?\s+){0,4})?" + _ARTICLE, re.IGNORECASE)
_OF = lazy(r"(?<![^\W\d_])(?:of|de|von|des|del|do|da)\s+" + _ARTICLE + r"$", re.IGNORECASE)
#: "A에서 B를 뺀 것", "AからBを引いたもの": B taken from A (the words between A and B, and after B).
_FROM = lazy(r"\s*(?:에서|から)\s*")
_TAKEN = lazy(
    r"\s*(?:을|를|を)\s*(?:뺀|引いた)\s*(?:것|값|もの|値)?\s*(?:이다|입니다|과\s*같다|와\s*같다|である|です|に等しい)?"
)
#: What may end the sentence after its last measure.
_END = lazy(r"\s*(?:이다|입니다|です|である)?\s*[.。!]?\s*$")
#: Words that make a sentence ask, suppose or deny: it is not read.
_NOT_SAID = lazy(
    r"\?|？|(?<![^\W\d_])(?:not|never|if|when|unless|wrong|nicht|wenn|falls|pas|si|no|nunca|não|se|не|если|когда)"
    r"(?![^\W\d_])|不|若|如果|아니|않|만약|ない|なら|誤",
    re.IGNORECASE,
)
#: One of which a sentence must hold to be read: a word that takes one measure from another or adds it.
_SCREEN = lazy(r"minus|plus|abzüglich|moins|menos|más|mais|минус|плюс|减|加|뺀|引いた", re.IGNORECASE)
#: One of which it must hold too: a word for an entropy or an information.
_MEASURE_SCREEN = lazy(
    r"entrop|informa|Transinformation|энтроп|информац|熵|互信息|엔트로피|상호|エントロピー|相互情報", re.IGNORECASE
)
#: Most characters of a sentence read.
_MAX_SENTENCE = 400
_SENTENCE = lazy(r"[^.!?。！？\n]+[.!?。！？]?")


def worded_identities(document: SourceText, region: Region) -> Iterator[Found]:
    """The equations a paragraph of prose says in words, each read as its formula."""
    if not _SCREEN.search(region.text) or not _MEASURE_SCREEN.search(region.text):
        return
    for sentence in _SENTENCE.finditer(region.text):
        if not _SCREEN.search(sentence.group()) or not _MEASURE_SCREEN.search(sentence.group()):
            continue
        read = worded_formula(sentence.group())
        if read is None:
            continue
        formula, equals_start, equals_end = read
        try:
            found = [item for item in statements(tokenize(formula), formula) if not item.fallback]
        except TooComplexError:
            continue
        if len(found) != 1 or equation_form(found[0]) is None:
            continue
        words = sentence.group()
        statement = replace(
            found[0],
            left_text=" ".join(words[:equals_start].split()),
            relation_text=" ".join(words[equals_start:equals_end].split()) or "=",
            right_text=" ".join(words[equals_end:].rstrip(" .。!").split()) + f" (read as {formula})",
            offset=0,
        )
        offset = region.offset + sentence.start() + len(words) - len(words.lstrip())
        yield Found(document.line(offset), statement, (), offset)


def worded_formula(sentence: str) -> tuple[str, int, int] | None:
    """The equation a sentence says in words, with where its word for "equals" starts and ends, or None."""
    if len(sentence) > _MAX_SENTENCE or _NOT_SAID.search(sentence):
        return None
    terms = list(_SCANS[bool(_EAST_WORDS.search(sentence))].finditer(sentence))
    if len(terms) < 3 or len(terms) > 6:
        return None
    lead = sentence[: terms[0].start()] if terms else ""
    if len(lead) > 60 or not _LEAD.fullmatch(lead) or _OF.search(lead):
        return None
    symbols = [_symbol(match) for match in terms]
    named = sorted({name for symbol in symbols for name in re.findall(r"[A-Z](?:_[A-Za-z0-9]+)?", symbol[1:])})
    if any(symbol == "I(?)" for symbol in symbols):
        if len(named) != 2:
            return None
        symbols = [f"I({named[0]};{named[1]})" if symbol == "I(?)" else symbol for symbol in symbols]
    pieces, equals = [symbols[0]], None
    taken = False  # within "A에서 B를 뺀": B is taken from A
    for index in range(1, len(terms)):
        gap = sentence[terms[index - 1].end() : terms[index].start()]
        said = _EQUALS.fullmatch(gap) if equals is None else None
        if said is not None:
            equals = (terms[index - 1].end(), terms[index - 1].end() + said.start("article"))
            pieces.append("=")
        elif _MINUS.fullmatch(gap):
            pieces.append("-")
        elif _PLUS.fullmatch(gap):
            pieces.append("+")
        elif _FROM.fullmatch(gap) and not taken:
            pieces.append("-")
            taken = True
        else:
            return None
        pieces.append(symbols[index])
    tail = sentence[terms[-1].end() :]
    if taken:  # "... B를 뺀 것이다": B must be taken
        took = _TAKEN.match(tail)
        if took is None or not re.search("뺀|引いた", took.group()):
            return None
        tail = tail[took.end() :]
    if equals is None or not _END.fullmatch(tail):
        return None
    return " ".join(pieces), *equals


def _symbol(match: re.Match[str]) -> str:
    """The symbol of one measure in words: ``H(Y|X)``, ``I(X;Y)``, ``I(?)`` for a mutual information of no variables."""
    index = next(int(name[1:]) for name, text in match.groupdict().items() if text is not None)
    kind = _TERMS[index][0]
    inner = _ONE_TERM[index].fullmatch(match.group())
    names = [name.replace("{", "").replace("}", "") for name in inner.groups() if name] if inner else []
    if kind == "mi":
        return f"I({names[0]};{names[1]})" if len(names) == 2 else "I(?)"
    if kind == "joint":
        return f"H({names[0]},{names[1]})"
    if kind == "cond":
        return f"H({names[0]}|{names[1]})"
    if kind == "cond_given":
        return f"H({names[1]}|{names[0]})"
    return f"H({names[0]})"
