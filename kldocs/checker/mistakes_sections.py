r"""Sections and lists of mistakes: the heading or the line leading a list that says what follows is to be avoided.

Pages of common mistakes put them under a heading ("Common mistakes", "Pitfalls", "Häufige Fehler", "よくある誤解"),
a bold line standing for one ("**Pitfalls**"), or a line that leads a list ("Common misconceptions:"); a claim
there is shown to be avoided, not made (:mod:`~kldocs.checker.quoted_mistakes` leaves it unchecked). So is a claim
under a heading that asks which statements hold ("Which of these statements are true?"): each is posed, not made.

>>> from kldocs.checker.reading import parse_text
>>> text = "Notes\n\n**Pitfalls**\n\n- KL is symmetric.\n"
>>> mistakes_heading(parse_text(text, "notes.md"), text.index("KL"))
'Pitfalls'
"""

from __future__ import annotations

from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy

#: A line standing for a heading where a writer did not make one: bold or italic alone on its line ("**Pitfalls**").
_EMPHASIS_LINE = lazy(r"(?m)^[ \t]*(?:\*\*|__|\*|_)(?P<title>[^*_\n]{1,80}?)(?:\*\*|__|\*|_)[ \t]*:?[ \t]*$")
#: A heading's marks around its title: "## ", a setext or reST underline, "\section*{...}".
_HEADING_MARKS = lazy(r"^(?:#{1,6}[ \t]+|\\(?:sub)*section\*?\{|[ \t]+)|[ \t]*(?:\}|#+)?[ \t]*$")
_MISTAKES_TITLE = lazy(
    r"(?i)^[\W\d_]*(?:(?:common|frequent|typical|usual)\s+(?:mistakes|errors|pitfalls|misconceptions|slips)|pitfalls"
    r"|mistakes\s+to\s+avoid|misconceptions|myths|errores\s+(?:comunes|frecuentes|t[ií]picos)"
    r"|erreurs\s+(?:fréquentes|courantes|classiques|typiques|à\s+éviter)|(?:häufige|typische)\s+fehler"
    r"|errori\s+(?:comuni|frequenti|tipici)|erros\s+comuns|(?:типичные|частые)\s+ошибки|常见错误|易错点"
    r"|よくある(?:間違い|誤り)|흔한\s*(?:실수|오류)|mythen|mitos|idées\s+reçues|(?:häufige\s+|typische\s+)?(?:irrtümer|"
    r"missverständnisse)|(?:распространённые\s+|распространенные\s+|частые\s+)?заблуждения|"
    r"(?:conceptos\s+err[óo]neos|malentendus|equ[íi]vocos)(?![^\W\d_])"
    # the CJK words for misconceptions, wherever they stand in the title ("KLダイバージェンスのよくある誤解")
    r"|[^\n]{0,40}?(?:誤解|误解|误区|오해)"
    # a question that asks which statements below hold: each is posed to be judged, not claimed
    r"|[^\n]{0,60}?(?:which\s+of\s+(?:these|the\s+following)[^\n]{0,30}?(?:true|false|correct|incorrect|right|wrong)"
    r"|true\s+or\s+false|vrai\s+ou\s+faux|richtig\s+oder\s+falsch|verdadero\s+o\s+falso|"
    r"哪些[^\n]{0,10}?(?:正确|错误|对)|正しいもの|誤っているもの|옳은\s*것|틀린\s*것))"
)
#: Characters above a formula searched for a line standing for a heading.
_HEADING_REACH = 3000


def mistakes_heading(document: SourceText, start: int) -> str | None:
    r"""The title of the section holding ``document.text[start]`` when it names mistakes ("Common mistakes",
    "Pitfalls", "Häufige Fehler"): what its section shows is shown to be avoided; else None. A heading in any of
    the formats read (``##``, a setext or reST underline, ``\section*``) counts, and so does a bold or italic line
    alone standing for one, below the section's heading.

    >>> from kldocs.checker.reading import parse_text
    >>> text = "Entropy\n=======\n\nCommon mistakes\n---------------\n\n- $H = \\sum p \\log p$\n"
    >>> document = parse_text(text, "notes.md")
    >>> mistakes_heading(document, text.index("$H")), mistakes_heading(document, text.index("Entropy"))
    ('Common mistakes', None)
    >>> text = "Let $P = (1/2, 1/2)$.\n\n**Pitfalls**\n\n- $H = \\sum p \\log p$\n"
    >>> mistakes_heading(parse_text(text, "notes.md"), text.index("$H"))
    'Pitfalls'
    """
    text = document.text
    section = document.section(start)
    titles = [match["title"] for match in _EMPHASIS_LINE.finditer(text, max(section, start - _HEADING_REACH), start)]
    if not titles and section in document.sections and section < start:
        end = text.find("\n", section, start)
        heading = text[section : end if end >= 0 else start]
        titles = [_HEADING_MARKS.sub("", heading)]
    if titles and _MISTAKES_TITLE.search(titles[-1]):
        return titles[-1].strip()
    return _list_lead(text, start)


#: A list item's mark at the start of its line: ``-``, ``*``, ``1.``, ``(a)``, ``2)``.
_LIST_ITEM = lazy(r"[ \t]*+(?:[-*+•]|[0-9]{1,3}[.)]|\(?[a-z0-9]{1,3}\))[ \t]")
#: Most lines of a list read up for the line that leads it.
_LIST_REACH = 30


def _list_lead(text: str, start: int) -> str | None:
    """The line that leads the list holding ``text[start]`` ("Common misconceptions:", "よくある誤解："), when it
    ends in a colon and names mistakes; else None.

    >>> text = "Common misconceptions:\\n\\n1. KL is symmetric.\\n2. KL is a metric.\\n"
    >>> _list_lead(text, text.index("KL is a")), _list_lead("Facts:\\n- KL is symmetric.\\n", 12)
    ('Common misconceptions', None)
    """
    end = text.rfind("\n", 0, start)
    line_start = end + 1
    if not _LIST_ITEM.match(text, line_start):
        return None
    for _ in range(_LIST_REACH):
        if end < 0:
            return None
        above = text.rfind("\n", 0, end) + 1
        line = text[above:end]
        if line.strip() and not _LIST_ITEM.match(line):
            title = line.strip().strip("*_#").rstrip()
            if not title.endswith((":", "：")):
                return None
            title = title[:-1].strip(" *_")
            return title if _MISTAKES_TITLE.search(title) else None
        end = above - 1
    return None
