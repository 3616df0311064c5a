r"""Claims quoted to be corrected: a blockquote that the paragraph right below it calls wrong, or someone's answer.

Question-and-answer pages, course forums and e-mail replies quote the claim they answer (``> KL divergence is
symmetric``) and correct it in the next paragraph ("This is not right: ...", "No.", "C'est faux.").
Answer keys and tutors' replies report a wrong answer in a sentence of its own ("You wrote that the entropy
is 1.58 bits", "Un alumno escribió que ...", "많은 학생이 0.106이라고 답했는데"), and quizzes pose statements to
judge ("True or false: the KL divergence is 0.5 bits") or ask about a value ("I get 0.5 bits, is that
right?", "对吗？"); errata give the printed text and its correction ('"the entropy is 1.58 bits" should read
"1.485 bits"', "sollte lauten", "應為"); pages of common mistakes label them ("Mistake:", "Myth 2.", "A common
mistake is writing"). None is the page's own claim, so a claim in it is not called false; the note says why.

>>> lines = ["> KL divergence is symmetric.", "", "This is not right: take P = (0.9, 0.1)."]
>>> corrected_quote(lines, 0)
'This is not right'
>>> corrected_quote(["> H(P) = 1 bit.", "", "Indeed, and more:"], 0) is None
True
>>> text = "Right. Many students wrote that the entropy is 1.58 bits."
>>> reported_by(text, text.index("1.58"))
'Many students wrote'
>>> text = "We find that the entropy is 1.58 bits. You wrote 1.49."
>>> reported_by(text, text.index("1.58")) is None, reported_by("엔트로피가 0.106이라고 답했다", 6)
(True, '0.106이라고 답')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kldocs.checker.answer_keys import key_mark
from kldocs.checker.checked import Checked
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.mistakes_sections import mistakes_heading
from kldocs.checker.negations import denial_opening, denied_after

#: A line of a Markdown blockquote (not an interactive session's ``>>>``).
_QUOTED = lazy(r"[ \t]{0,3}>(?!>)")
#: How far a quote, and the blank lines after it, are followed.
_REACH = 40
#: Someone other than the author (a student, the reader, a classmate) gave the value that follows, in the
#: languages the checker reads: the subject and a verb of writing, answering or finding.
_REPORTED = lazy(
    r"\b(?:(?:(?:a|one|some|many|several|most|other|the)\s+(?:of\s+(?:the|you|my|our)\s+)?)?(?:students?|learners?|"
    r"classmates?)|others|you|your\s+(?:answer|solution|work|sheet)|(?:my|our)\s+(?:student|classmate)s?)\s+"
    r"(?:(?:who|that)\s+)?(?:(?:often|also|mistakenly|wrongly|instead)\s+)?(?:wrote|write|writes|answered|answer|said|say|claimed|got|gave|"
    r"handed\s+in|turned\s+in|submitted|proposed|derived|tried|used|"
    r"put|computed|calculated|reported|found|obtained|thought|concluded|claims|says|thinks|believes|states|stated|"
    r"argues|argued|answers|gets|computes|finds|suggests|suggested|insists|insisted)\b"
    r"|\bif\s+(?:you|one|a\s+student)\s+(?:get|gets|obtain|obtains|see|sees|find|finds|end\s+up\s+with)\b"
    r"|\b(?:some|many|several|most)(?:\s+(?:people|authors|sources|textbooks))?\s+(?:claim|argue|assert)\b"
    r"|\b(?:alumn[oa]s?|estudiantes?|compañer[oa]s?|alun[oa]s?|colegas?|étudiant(?:e|es|s)?|élèves?|camarades?|"
    r"Student(?:in|en|innen)?|Schüler(?:in|innen)?|du|tu|vous|você|vocês)\s+(?:[\w']+\s+){0,2}?"
    r"(?:escribi[óo]|escribieron|escribiste|respondi[óo]|respondieron|respondiste|contest[óo]|contestaron|dijo|dijeron|"
    r"dijiste|afirm[óo]|afirmaron|obtuvo|obtuvieron|obtuviste|puso|pusieron|pusiste|escreveu|escreveram|respondeu|"
    r"responderam|disse|disseram|afirmou|afirmaram|obteve|obtiveram|écrit|répondu|trouvé|obtenu|affirmé|écrivent|"
    r"répondent|trouvent|schrieb(?:en|st)?|antwortete(?:n|st)?|behauptete(?:n|st)?|geschrieben|geantwortet|behauptet|"
    r"calcul[óo]|calcularon|calculou|calcularam|calculé|calculent|berechnete(?:n|st)?|berechnet|eingereicht|rendu|"
    r"entreg[óo]|entregaram|entregaron|erhielt(?:en|st)?|erhältst|erhalten|bekam(?:en|st)?|bekommst|obtenez|obtiens|"
    r"obtient|trouvez|trouves|obtiennent|obtienes|obtiene|obtienen|obtém|obtêm|obtiver(?:em)?|encontrou)\b"
    r"|\b(?:andere|d['’]autres|otr[oa]s|outr[oa]s|altri|другие|некоторые|студент(?:ы|ка|ки)?|ученик(?:и)?|вы|ты)\s+"
    r"(?:[\w']+\s+){0,2}?(?:berechneten|schrieben|erhielten|ont\s+(?:calculé|écrit|trouvé|obtenu)|calcularon|"
    r"escribieron|obtuvieron|calcularam|escreveram|obtiveram|hanno\s+(?:calcolato|scritto|ottenuto)|"
    r"вычислил[аи]?|написал[аи]?|получил[аи]?|посчитал[аи]?)\b"
    r"|\b(?:(?:häufig|typisch|klassisch|beliebt)e[rn]?\s+Fehler|erreurs?\s+(?:fréquente|courante|classique|typique)s?|"
    r"erros?\s+(?:comu(?:m|ns)|frequentes?|típicos?)|error(?:es)?\s+(?:com[uú]n(?:es)?|frecuentes?|típicos?)|"
    r"(?:common|typical|frequent|classic)\s+(?:mistakes?|errors?|slips?|pitfalls?))\s*:"
    r"|\b(?:wrong|incorrect|mistaken|erroneous|faulty)\s+(?:answers?|chains?|derivations?|solutions?|attempts?|"
    r"computations?|calculations?|steps?|workings?)\b|\brespuestas?\s+(?:incorrectas?|err[oó]neas?)|"
    r"\b(?:mauvaises?\s+réponses?|réponses?\s+fausses?)|\bfalsche\s+Antwort(?:en)?|\brespostas?\s+(?:errad|incorret)[ao]s?"
    r"|\b(?:viele|einige|manche)\s+(?:Studierende\s+|Studenten\s+)?(?:haben|hatten)\b"
    r"|\b(?:bạn|em|học\s+sinh|sinh\s+viên)\s+(?:\w+\s+){0,2}?(?:viết|trả\s+lời|cho\s+rằng|ghi)"
    r"|(?:同学|学生|你)(?:们)?(?:会)?(?:误)?(?:(?:将|把)[^。，,；：:]{0,20}?)?(?:写成|写作|写为|写了|写|认为|以为|回答|答(?!案)|算成|算出|得到|算得)"
    r"|(?:학생|수강생|다른\s*학생)들?(?:은|는|이|가)|(?:学生|生徒|受講者)(?:の中に)?(?:は|が)"
    # a mistake labelled as someone's: "A student's mistake:", "ошибка студента:", "Fehler eines Studenten:"
    r"|\b(?:a|one|another)\s+(?:student|learner)['’]s\s+(?:mistake|error|slip)\s*:|"
    r"\b(?:ошибк[аи]|заблуждени[ея])\s+(?:студент|ученик|школьник|новичк)\w*\s*:|"
    r"\bFehler\s+(?:eines|einer|des|der|von)\s+(?:Student|Schüler|Anfänger)\w*\s*:|"
    r"\berreurs?\s+(?:d['’]un(?:e)?|de\s+l['’]|des)\s*(?:étudiant|élève|débutant)\w*\s*:|"
    r"\berror(?:es)?\s+de\s+(?:un|una|el|la|los|las)\s+(?:estudiante|alumn[oa]|principiante)s?\s*:|"
    r"\berros?\s+de\s+(?:um|uma|o|a)\s+(?:estudante|alun[oa])s?\s*:|"
    r"\berror[ei]\s+d(?:i\s+uno|ello|i\s+una|ella)\s+(?:studente|studentessa|allievo)\s*:|"
    r"(?:学生|同学)的错误\s*[:：]|학생(?:의|이\s*한)\s*(?:실수|오류)\s*:|学生の(?:間違い|誤り)\s*[:：]",
    re.IGNORECASE,
)
#: A statement posed to be judged, in an exercise or a quiz: "True or false: the KL divergence is 0.5 bits."
_POSED = lazy(
    r"\b(?:true\s+or\s+false|T\s*/\s*F|verdadero\s+o\s+falso|verdadeiro\s+ou\s+falso|vrai\s+ou\s+faux|"
    r"richtig\s+oder\s+falsch|wahr\s+oder\s+falsch|vero\s+o\s+falso|đúng\s+(?:hay|hoặc)\s+sai)\b|"
    r"判断(?:正误|对错|真假)|(?:참|맞)\s*(?:또는|/|인가|이면)\s*(?:거짓|틀)|正誤",
    re.IGNORECASE,
)
#: The end of the sentence after a value: a question mark asks about the value rather than states it.
_ASKED_END = lazy(r"[.!](?=\s|$)|[。！]|(?P<asked>\?(?![\w=&%/])|？)|\n[ \t]*\n")  # not a web address's "?tex="
#: The same said after the value, as Korean and Japanese say it: "0.106이라고 답했는데", "1.58ビットと答えた".
_REPORTED_AFTER = lazy(
    r"[-−]?\d[\d.,]*\s*(?:비트|나트|ビット|ナット|bits?|nats?)?\s*(?:(?:이)?라고\s*(?:답|썼|적었|주장|계산)|と(?:答え|書い|回答|主張))"
)
#: After a claim, an erratum's correction: the text as printed, then "should read" / "is a typo" (a quote closing
#: first, or only its unit between): 'p. 40: "the cross-entropy is 1.99 bits" should read ...'.
_ERRATUM = lazy(
    r"[-−]?[0-9.,]*+(?:[^.\n\"”»“]{0,80}?[\"”»“]|[*_`$) \t]*+(?:bits?|nats?|Bits?|бита?|比特)?[*_`$) \t]*+)"
    r"[ \t]*+,?[ \t]*+"
    r"(?P<fix>should\s+(?:read|be|have\s+been)|is\s+(?:wrong|incorrect|a\s+(?:typo|misprint))|"
    r"(?:debe|debería)\s+(?:decir|ser|leerse)|sollte\s+(?:lauten|heißen)|muss\s+(?:lauten|heißen)|"
    r"doit\s+(?:se\s+lire|être)|devrait\s+être|deve\s+(?:ser|essere|leggersi)|应为|应该是|は誤り|→)",
    re.IGNORECASE,
)
#: Where a sentence ends, before a claim.
_SENTENCE_END = lazy(r"[.!?。！？]\s|\n\s*\n")
#: A label or lead-in that shows what follows as a mistake, in English ("Mistake:", "**Myth 2.**", "Wrong:", "A common
#: mistake is writing", "Don't write"): the French and German labels are among the reported answers above.
_FRAMED = lazy(
    r"(?<![\w-])(?:(?:(?:a|one|the)\s+)?(?:(?:common|typical|frequent|classic|popular|widespread)\s+)?"
    r"(?:mistake|misconception|myth|fallacy|pitfall|misunderstanding)s?(?:\s*#?\s*[0-9]{1,2})?\s*[*_]*\s*[:.)]"
    r"|(?:wrong|incorrect)(?:\s+(?:claim|statement|formula|version|answer))?\s*[*_]*\s*:"
    r"|(?:(?:a|one|the)\s+)?(?:(?:common|typical|frequent|classic|popular)\s+)?(?:mistake|misconception|error|slip|"
    r"myth|pitfall)\s+is\s+(?:to\s+)?(?:writ(?:e|ing)|say(?:ing)?|think(?:ing)?|assum(?:e|ing)|believ(?:e|ing)|"
    r"claim(?:ing)?|treat(?:ing)?|call(?:ing)?)"
    r"|(?:do\s+not|don['’]t|never)\s+(?:write|say|claim|think|assume|believe|call|treat))",
    re.IGNORECASE,
)
#: The end of a sentence between a label and a claim, which the label then does not reach (a label's own stop,
#: "Mistake 2." or "Myth.", is its part).
_STOP = lazy(r"[.!?。！？](?=\s)|\n\s*\n")


def corrected_quote(lines: Sequence[str], row: int) -> str | None:
    """The words that correct the blockquote holding ``lines[row]``, or None when it is no quote or stands."""
    if row >= len(lines) or not _QUOTED.match(lines[row]):
        return None
    end = row
    while end < len(lines) and end - row < _REACH and _QUOTED.match(lines[end]):
        end += 1
    while end < len(lines) and end - row < _REACH and not lines[end].strip():
        end += 1
    if end >= len(lines) or end - row >= _REACH or _QUOTED.match(lines[end]):
        return None
    return denial_opening(lines[end][:200])


#: A table's column header that says its cells are wrong: "Printed", "Wrong answer", "Incorrect", "Mistake",
#: "Falsch", "Incorrecto", "Faux", "错误".
_WRONG_HEADER = lazy(
    r"(?<![^\W\d_])(?:printed|misprint|wrong|incorrect|mistaken?|mistakes|erroneous|error|erratum|typo|was|"
    r"falsch|fehlerhaft|gedruckt|incorrect[oa]|err[oó]ne[oa]|impreso|faux|fausse|erron[ée]e?|imprimé|errad[oa]|"
    r"sbagliat[oa]|errat[oa]|stampato|неверн\w*|ошибк\w*)(?![^\W\d_])|错误|誤り|오답",
    re.IGNORECASE,
)


def in_wrong_column(lines: Sequence[str], row: int, column: int) -> str | None:
    """The header of the Markdown table column that holds ``lines[row][column]`` when it calls its cells wrong
    ("Printed", "Wrong answer"), else None.

    >>> table = ["| Page | Printed | Correct |", "|---|---|---|", "| 31 | H(P) = 1.36 | H(P) = 1.485 |"]
    >>> in_wrong_column(table, 2, 8), in_wrong_column(table, 2, 24)
    ('Printed', None)
    """
    line = lines[row]
    if not line.lstrip().startswith("|"):
        return None
    index = line.count("|", 0, column)
    top = row
    while top > 0 and row - top < 200 and lines[top - 1].lstrip().startswith("|"):
        top -= 1
    cells = lines[top].split("|")
    header = cells[index].strip() if index < len(cells) and top < row else ""
    return header if header and _WRONG_HEADER.search(header) else None


def sentence_lead(text: str, offset: int) -> str:
    """The sentence that holds ``offset``, up to it (at most 160 characters)."""
    head = text[max(0, offset - 160) : offset]
    ends = [match.end() for match in _SENTENCE_END.finditer(head)]
    return head[ends[-1] if ends else 0 :]


def framed_by(text: str, offset: int) -> str | None:
    """The label or lead-in that shows the claim at ``offset`` as a mistake ("Myth:", "A common mistake is writing"),
    or None; it starts the claim's sentence or line, and no sentence ends between it and the claim.

    >>> text = '**Mistake 2.** "KL divergence is a distance metric." Wrong: it is not symmetric.'
    >>> framed_by(text, text.index("KL")), framed_by("It is a myth. KL is not a metric.", 14)
    ('Mistake 2.', None)
    >>> text = "A common mistake is writing H(P,Q) = sum_x P(x) log Q(x)."
    >>> framed_by(text, text.index("H(P")), framed_by("Myth: KL is a metric. Reality: KL is not.", 6)
    ('A common mistake is writing', 'Myth:')
    """
    start = max(text.rfind("\n", 0, offset) + 1, offset - 200)
    head = text[start:offset]
    if not any(word in head.lower() for word in _FRAMING_WORDS):
        return None  # most sentences hold none of the words: known without the pattern
    for found in reversed(list(_FRAMED.finditer(head))):
        if _STOP.search(head, found.end()) is not None:
            break  # a sentence ends after it: it does not reach the claim, nor does one before it
        stops = [stop.end() for stop in _STOP.finditer(head, 0, found.start())]
        if _MARKUP.fullmatch(head, stops[-1] if stops else 0, found.start()):
            return " ".join(found.group().strip(" *_").split())
    return None


#: What may come before a label in its sentence: emphasis, a list's mark or number, a quote's mark, a tag
#: (``<Incorrect>`` in a React component).
_MARKUP = lazy(r"(?:<[A-Za-z][^<>\n]*>|[\s*_#>+\-–—•0-9.)(\[\]])*")
#: Substrings one of which every label of a mistake holds (looked for before the pattern).
_FRAMING_WORDS = (
    "mistake",
    "misconception",
    "myth",
    "fallac",
    "pitfall",
    "misunderst",
    "wrong",
    "incorrect",
    "error",
    "slip",
    "write",
    "say",
    "never",
    "not",
    "n't",
    "n’t",
)


def posed_by(text: str, offset: int) -> str | None:
    """The words that pose the claim at ``offset`` as a statement to judge ("True or false:"), or None.

    >>> text = 'Q2. True or false: "the KL divergence is 0.5 bits."'
    >>> posed_by(text, text.index("0.5")), posed_by("So the divergence is 0.5 bits.", 21)
    ('True or false', None)
    """
    found = _POSED.search(sentence_lead(text, offset))
    return None if found is None else found.group()


def asked_at(text: str, offset: int) -> bool:
    """Whether the sentence with the claim at ``offset`` is a question ("I get $D = 0.5$ bits, is that right?").

    >>> text = "我算出 $D(P||Q) = 0.5$ 比特，对吗？答：不对。"
    >>> asked_at(text, text.index("0.5")), asked_at("It is 0.5 bits. Right?", 6), asked_at("0.5](f?tex=1)", 0)
    (True, False, False)
    """
    end = _ASKED_END.search(text, offset, offset + 200)
    return end is not None and end["asked"] is not None


#: A line that opens with a question's label: "Question:", "Q:", "Frage:", "Вопрос:", "질문:", "问题：", "質問:".
_QUESTION_LABEL = lazy(
    r"[ \t>*_#-]*(?P<label>(?:Question|Q|Frage|Вопрос|Pregunta|Pergunta|Domanda|질문|문의|问题|提问|问|質問)"
    r"[ \t*_]*[:：])",
    re.IGNORECASE,
)
#: A question's end in its line, and an answer's label, which ends what the asker says.
_QUESTION_MARK = lazy(r"\?(?=\s)|？")
_ANSWER_LABEL = lazy(
    r"(?<![^\W\d_])(?:Answer|A|Antwort|Ответ|Respuesta|Resposta|Réponse|Risposta|답변|답|答|回答|解答)[ \t*_]*[:：]",
    re.IGNORECASE,
)


def in_labelled_question(text: str, offset: int) -> str | None:
    """The label of the question whose line holds the claim at ``offset`` after its question mark (the asker's
    own value: "Question: can entropy be negative? I computed H(X) = -0.47."), or None; an answer's label between
    them gives the value to the one who answers.

    >>> text = "Question: can entropy be negative? I computed H(X) = -0.47 for my data."
    >>> in_labelled_question(text, text.index("-0.47")), in_labelled_question("Q: is H = 1? A: yes, H = 1.", 24)
    ('Question:', None)
    """
    start = text.rfind("\n", 0, offset) + 1
    label = _QUESTION_LABEL.match(text, start, offset)
    if label is None or _QUESTION_MARK.search(text, label.end(), offset) is None:
        return None
    return None if _ANSWER_LABEL.search(text, label.end(), offset) else label["label"]


def reported_by(text: str, offset: int) -> str | None:
    """The words that give the claim whose value (or formula) starts at ``offset`` as someone else's answer, or None."""
    found = _REPORTED.search(sentence_lead(text, offset))
    if found is not None:
        return found.group().strip()
    after = _REPORTED_AFTER.match(text, offset, offset + 60)
    return None if after is None else after.group().rstrip()


#: The end of a sentence after a claim's value: a full stop or an exclamation (not a decimal point), or a paragraph's.
_CLAIM_END = lazy(r"[.!](?=\s)|[。！]|(?P<paragraph>\n[ \t]*\n)")


def turned_down_next(text: str, offset: int) -> str | None:
    """The words that open the sentence after the claim at ``offset`` by calling it wrong ("This cannot be right.",
    "That is wrong.", "这是错误的。", "Das ist falsch."), in the same paragraph; else None.

    >>> text = "We computed H(Q) = 1.6 bits. This cannot be right, since H(Q) <= log 3."
    >>> turned_down_next(text, text.index("1.6")), turned_down_next("有人算出 H = 1.6 比特。这是错误的。", 10)
    ('This cannot be right', '这是错误')
    >>> turned_down_next("So H(Q) = 1.5 bits. No distribution on 3 outcomes has more than log 3.", 10) is None
    True
    """
    end = _CLAIM_END.search(text, offset, offset + 300)
    if end is None or end["paragraph"] is not None:
        return None
    return denial_opening(text[end.end() : end.end() + 200])


def corrected_after(text: str, offset: int) -> str | None:
    """The words of an erratum that correct the claim whose value starts at ``offset`` ("should read"), or None.

    >>> text = 'p. 40: "the cross-entropy is 1.99 bits" should read "1.88 bits".'
    >>> corrected_after(text, text.index("1.99")), corrected_after("It is 1.99 bits, as it should be.", 6)
    ('should read', None)
    """
    erratum = _ERRATUM.match(text, offset, offset + 160)
    return None if erratum is None else " ".join(erratum.group("fix").split())


#: Closing quotation marks, of the languages the checker reads ("“" closes a German „quote“).
_CLOSING_MARKS = "\"”»“’'」』"
#: After a quotation's closing mark, a verdict that answers the quote: "Wrong:", "Not true:", "— false.", "Faux :",
#: "Stimmt nicht.", "틀림.", "は誤り"; not one that opens another quote, which labels that quote instead.
_QUOTE_ANSWER = lazy(
    r"[.!]?[ \u00a0\u202f]?[" + _CLOSING_MARKS + r"][\s.!]*(?:[—–-]+\s*|[:,]\s*)?"
    r"(?P<denial>(?:(?<![^\W\d_])(?:wrong|incorrect|false|untrue|not\s+(?:true|right|correct|so)|faux|fausse|"
    r"pas\s+vrai|inexact|falsch|stimmt\s+nicht|nicht\s+(?:richtig|wahr|korrekt)|falso|falsa|incorrect[oa]|"
    r"errad[oa]|err[oó]ne[oa]|no\s+es\s+(?:cierto|verdad)|não\s+é\s+verdade|sbagliat[oa]|неверно|неправда|ложь)"
    r"(?=\s*(?:[:：.,!;—–]|$)))|(?:\s*(?:는|은)?\s*)(?:틀림|틀렸|틀린\s*말|사실이\s*아니)|(?:は|が)?(?:誤り|間違い|正しくない)"
    r"|(?:是)?(?:错误|错的|不对|不正确))"
    r"(?!\s*[:：—–-]?\s*[\"“«„「『‘])",
    re.IGNORECASE,
)


def quote_answered(text: str, start: int, end: int) -> str | None:
    """The verdict that answers a quotation closing between ``start`` and ``end`` (the end of a sentence that
    starts before ``start``) in ``text``, right after its closing mark; or None.

    >>> text = '"KL divergence is a distance." Wrong: it is not symmetric.'
    >>> quote_answered(text, 3, text.index(" Wrong")), quote_answered("'KL is symmetric' — false.", 3, 26)
    ('Wrong', 'false')
    >>> quote_answered("「KLは対称である」は誤り。", 3, 13), quote_answered('"KL is a metric." Right: it is.', 3, 18)
    ('は誤り', None)
    >>> text = '"H = 1 bit." Right. "H = 2 bits." Wrong.'
    >>> quote_answered(text, 1, 12), quote_answered(text, 21, 33), quote_answered('"H = 1." Wrong: "H = 2."', 1, 8)
    (None, 'Wrong', None)
    """
    if not any(mark in text[start : end + 1] for mark in _CLOSING_MARKS):
        return None  # most sentences quote nothing: known without the pattern
    found = _QUOTE_ANSWER.search(text, start, end + 40)
    if found is None or found.start() > end or _OPENING_MARKS.search(text, max(0, start - 160), found.start()) is None:
        return None
    return found["denial"].strip()


#: An opening quotation mark, which a quote answered after its closing mark must have before it.
_OPENING_MARKS = lazy(r"[\"“«„「『‘]|(?<![^\W\d_])'")
#: Where a claim's sentence ends: a stop before the closing marks of a quote that holds it, or a paragraph's end.
_QUOTE_END = lazy(r"[.!?](?:[ \u00a0\u202f]?[" + _CLOSING_MARKS + r"])*+(?=\s|$)|[。！？]|\n")


def quoted_as_wrong(text: str, offset: int) -> str | None:
    r"""The verdict that answers the quotation holding the claim at ``offset`` after its closing mark, or None.

    >>> text = '# KL facts\n\n"KL divergence is a distance." Wrong: it is not symmetric.'
    >>> quoted_as_wrong(text, text.index("KL d")), quoted_as_wrong('Wrong: "KL is a distance".', 8)
    ('Wrong', None)
    """
    end = _QUOTE_END.search(text, offset, offset + 300)
    return None if end is None else quote_answered(text, offset, end.end())


def unless_quoted(document: SourceText, results: list[tuple[int, Checked]]) -> list[tuple[int, Checked]]:
    """``results`` with each false claim of a blockquote that the next paragraph corrects, of a sentence that
    reports someone's answer, or of printed text that an erratum corrects, left unchecked."""
    if not any(checked.verdict == "false" for _, checked in results):
        return results
    lines = document.text.split("\n")
    kept = []
    for offset, checked in results:
        mark = key_mark(document.text, offset) if checked.verdict == "false" else None
        if mark is not None and not mark[1]:
            note = f"the answer key marks it false (“{mark[0]}”), rightly: {checked.note}"
            kept.append((offset, replace(checked, verdict="holds", note=note)))
            continue
        why = _not_its_claim(document, lines, offset, mark is None) if checked.verdict == "false" else None
        if why is not None:
            note = why if why.startswith("quoted") else f"{why}, not the document's claim; {checked.note}"
            checked = replace(checked, verdict="unchecked", value=None, note=note)
        kept.append((offset, checked))
    return kept


def _not_its_claim(document: SourceText, lines: Sequence[str], offset: int, posed: bool = True) -> str | None:
    """Why the claim at ``offset`` is someone else's or is not asserted (the first reason that applies), else None;
    a statement posed to judge counts only when ``posed`` (no answer key marks it true)."""
    denial = None if document.format == "latex" else corrected_quote(lines, document.row(offset))
    if denial is not None:
        return f"quoted to be corrected (the paragraph below opens “{denial}”): not the document's claim"
    text = document.text
    reasons = (
        ("reported as someone's answer (“{}”)", reported_by(text, offset)),
        ("shown as a mistake (“{}”)", framed_by(text, offset)),
        ("in a section headed “{}”", mistakes_heading(document, offset)),
        ("posed as a statement to judge (“{}”)", posed_by(text, offset) if posed else None),
        ("printed text that an erratum corrects (“{}”)", corrected_after(text, offset)),
        ("turned down right after it (“{}”)", denied_after(_after_value(text, offset))),
        ("turned down in the next sentence (“{}”)", turned_down_next(text, offset)),
        ("quoted as wrong (“{}” after it): not the document's claim", quoted_as_wrong(text, offset)),
        (
            "in a table column headed “{}”",
            in_wrong_column(lines, document.row(offset), offset - text.rfind("\n", 0, offset) - 1),
        ),
        ("asked in a question{}", "" if asked_at(text, offset) else None),
        ("in a question that a label opens (“{}”)", in_labelled_question(text, offset)),
    )
    return next((form.format(words) for form, words in reasons if words is not None), None)


#: A value at the start of a claim's right side, and the markup that closes its formula (``-0.3$``, ``2.5**``).
_VALUE = lazy(r"[-−]?[ \t]*[0-9][0-9.,]*(?:[ \t]*(?:\$|\\\)|\*\*|`|_|\}))*")


def _after_value(text: str, offset: int) -> str:
    """The text after the value that starts at ``offset``, and after the markup that closes its formula.

    >>> text = "A reported $I(X;Y) = -0.3$ was rejected."
    >>> _after_value(text, text.index("-0.3"))
    ' was rejected.'
    """
    found = _VALUE.match(text, offset, offset + 40)
    return "" if found is None else text[found.end() : found.end() + 80]
