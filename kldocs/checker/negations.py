"""A formula the text around it denies: "it is not true that $D(P \\| Q) = D(Q \\| P)$" states no claim.

Written in the sentence before the formula ("does not always hold that",
"no siempre se cumple que", "n'est pas toujours vrai que") or after it
("... does not hold in general", "とは限らない", "不一定成立", "성립하지
않는다"), the denial turns the formula into its negation, often a "not
always" that no pair of distributions can refute. Such a formula is not
judged: judging the equation as written would call a right sentence wrong.

>>> denied("It is not true in general that ", "")
True
>>> denied("No siempre se cumple que:", ""), denied("", " とは限らない。"), denied("so ", " bits.")
(True, True, False)
>>> denied("A common slip is to write ", " here."), denied("Wrong: ", ""), denied("", " bits, which is wrong.")
(True, True, True)
>>> denied("Is KL a distance? My professor says ", "."), denied("Our TA claimed that ", "")
(True, True)

A sentence in words is refuted by what follows it in the same sentence ("..., but that is wrong", "(wrong)",
"(틀림)") or by a bracketed verdict right after it ("KL is a metric. (incorrect)"):

>>> refuted(" in every case (wrong)", ""), refuted("", " (incorrect) Next."), refuted(" here", " Wrong: x")
(True, True, False)
>>> refuted("」というものがあるが、これは誤りである。", ""), refuted(" »", ". C'est faux."), refuted("", " No one")
(True, True, False)
"""

from __future__ import annotations

import re

from kldocs.checker.lazy_patterns import lazy

#: Lead-ins that deny the formula right after them, in the languages the checker reads.
_BEFORE = [
    r"\bnot\s+(?:(?:always|generally|necessarily|in\s+general)\s+)*(?:true|the\s+case|hold|valid|correct)"
    r"(?:\s+(?:in\s+general|always|generally))?\s+(?:that|whether)",
    r"\b(?:does|do|need|must)\s*(?:not|n't)\s+(?:always\s+|necessarily\s+)?(?:hold|follow)\s+that",
    r"\bnot\s+(?:always|necessarily|in\s+general)",
    r"\bnever\s+(?:the\s+case\s+|true\s+)?that",
    # "never" right before the formula negates it: "$H(P,Q) \ge H(P)$, never $H(P,Q) < H(P)$"
    r"(?<![\w-])(?:never|niemals|nie|jamais|nunca|jamás|никогда|nigdy)",
    r"\b(?:false|untrue|wrong)\s+that",  # "it is false that"
    # "it is wrong to think that", "Ошибочно считать, что", "c'est une erreur de croire que", "es un error pensar que"
    # (not after a denial of it: "it is not wrong to think that", "Не ошибочно считать", "no es un error pensar")
    r"(?<!not\s)(?<!n't\s)\b(?:wrong|a\s+mistake|an\s+error|incorrect|false|a\s+(?:common\s+)?misconception)\s+to\s+"
    r"(?:think|believe|assume|"
    r"say|claim|write|suppose)(?:\s+that)?",
    r"(?<![^\W\d_])(?<![Нн]е\s)(?:ошибочно|неверно|неправильно|ошибкой\s+было\s+бы)\s+(?:считать|думать|полагать|утверждать|"
    r"писать|говорить|предполагать)(?:\s*,?\s*что)?",
    r"(?<!pas\s)\b(?:une\s+erreur|faux|erron[ée])\s+(?:de\s+|d['’]\s*)(?:penser|croire|supposer|dire|écrire|affirmer)(?:\s+que)?",
    r"(?<!nicht\s)(?<!kein\s)\b(?:falsch|ein\s+(?:h[äa]ufiger\s+)?(?:Fehler|Irrtum)|irrig)\s*,?\s*(?:zu\s+(?:glauben|denken|meinen|schreiben|"
    r"behaupten)|anzunehmen)(?:\s*,?\s*dass)?",
    r"(?<!no\ses\s)\b(?:un\s+error|err[óo]neo|incorrecto|falso)\s+(?:pensar|creer|suponer|decir|escribir|afirmar)(?:\s+que)?",
    r"(?<!não\sé\s)\b(?:um\s+erro|err[ôo]neo|errado|incorreto|falso)\s+(?:pensar|achar|acreditar|supor|dizer|escrever|afirmar)"
    r"(?:\s+que)?",
    r"(?<!non\sè\s)\b(?:un\s+errore|sbagliato|errato|falso)\s+(?:pensare|credere|supporre|dire|scrivere|affermare)(?:\s+che)?",
    r"\b(?:es\s+falso|il\s+est\s+faux|c['’]est\s+faux|è\s+falso|é\s+falso)\s+que?\b|\bist\s+falsch,?\s+dass",
    r"\bno\s+(?:siempre|necesariamente|en\s+general)?\s*(?:se\s+cumple|es\s+(?:cierto|verdad)|ocurre|sucede)\s+que",
    r"\bno\s+siempre",
    r"\bnão\s+(?:é\s+(?:verdade|sempre\s+verdade)|se\s+verifica|vale\s+sempre|vale)\s+que",
    r"\bnem\s+sempre",
    r"\bn['’]est\s+pas\s+(?:toujours\s+|forcément\s+|nécessairement\s+)?(?:vrai\s+)?(?:que|vrai)",
    r"\bpas\s+(?:toujours|forcément|nécessairement)",
    r"\b(?:gilt|ist)\s+(?:im\s+Allgemeinen\s+|i\.\s*A\.\s+|aber\s+)?nicht(?:\s+immer|\s+unbedingt)?(?:,?\s+dass)?",
    r"\bnicht\s+(?:immer|unbedingt|notwendigerweise)",
    r"\bnon\s+(?:è\s+(?:sempre\s+)?vero|vale\s+(?:sempre\s+)?|sempre)\s*che",
    # a formula shown as a mistake: "a common slip is to write", "do not write", "Wrong:", "it is tempting to say"
    r"\b(?:(?:common|typical|frequent|classic|usual)\s+|(?:another|one)\s+(?:(?:common|typical|frequent)\s+)?)"
    r"(?:slip|mistake|error|pitfall)(?:\s+(?:in|among|of|by)(?:\s+[\w-]+){1,4}?)?"
    r"\s+(?:is\s+)?(?:to\s+)?"
    r"(?:write|say|claim|think|assume)?(?:\s+that)?",
    r"\b(?:do\s*(?:not|n't)|never|don't)\s+(?:write|say|claim|assume|define)(?:\s+that)?"
    r"(?:\s+(?:the|a|an)?\s*[\w-]+(?:\s+[\w-]+){0,3}\s+as)?",  # "do not write the cross-entropy as"
    r"(?<!ou )(?<!or )(?<!o )(?<!oder )"  # not "Vrai ou faux :", a statement posed to judge
    r"\b(?:wrong|incorrect[oa]?|false|falso|faux|falsch|sbagliato|errado|errada|mistake|неверно|ошибочно|неправильно)\s*:",
    r"\b(?:one|you|we)\s+(?:cannot|can't|can\s+not|must\s+not|mustn't|should\s+not|shouldn't)\s+"
    r"(?:write|say|claim|assume)(?:\s+that)?",
    r"\b(?:il\s+ne\s+faut\s+pas|on\s+ne\s+(?:peut|doit)\s+pas|ne\s+(?:pas|jamais))\s+écrire(?:\s+que)?",
    r"\b(?:une\s+)?erreur\s+(?:fréquente|courante|classique|typique)\s+est\s+(?:d['’]écrire|de\s+(?:dire|croire|supposer))",
    r"\b(?:ein\s+)?(?:typischer|häufiger|klassischer)\s+Fehler\s+(?:ist|wäre)\s*,?(?:\s+zu\s+schreiben)?|\bfalsch\s+wäre",
    r"\berrore\s+(?:comune|tipico|frequente)\s*:?\s*(?:[eè]\s+)?(?:scrivere|dire)?",
    r"[✗✘❌]",  # a cross before the formula, as beside a tick on the right one
    r"\btempting\s+to\s+(?:write|say|claim|think|assume)(?:\s+that)?",
    r"\b(?:a\s+student|someone|people|(?:some|many|several|other)\s+(?:students|people|learners)|others|students|"
    r"(?:my|our)\s+(?:professor|teacher|lecturer|instructor|tutor|TA|classmate|friend|colleague|boss)s?)"
    r"\s+(?:(?:often|sometimes|mistakenly|wrongly)\s+)?(?:wrote|write|writes|claimed|claims|claim|said|says|say)"
    r"(?:\s+that)?",
    # in Spanish: "Error común: escribir", "No escribas"
    r"\berror(?:es)?\s+(?:com[uú]n|t[ií]pico|frecuente)(?:es)?\s*[:*_]*\s*(?:es\s+)?(?:escribir|decir|suponer)?(?:\s+que)?",
    r"\bno\s+(?:escribas|escriba|escribir)(?:\s+que)?",
]
#: The same in Korean, Chinese and Japanese, searched apart (and only in text that is not ASCII): a pattern with no
#: word boundary in front slows the search of all the others.
_BEFORE_CJK = lazy(
    r"(?:(?:흔한|자주\s*하는)\s*(?:실수|오류)[는은]?|(?:틀린|잘못된)\s*(?:식|예|답|정의|형태|형식)|常见(?:的)?错误|错误(?:的)?写法|"
    r"错误(?:的)?(?:示例|例子)|よくある(?:間違い|誤り)|(?:誤り|間違い)(?:の)?例|"
    r"誤った式|有(?:的|些)?(?:同学|人|学生)(?:会)?(?:误)?(?:写成|写作|写为|写|认为|以为)"
    r"|(?:错误地|误)(?:认为|以为)|"
    r"(?:常见|典型)(?:的)?错误[^。]{0,20}?(?:写成|写作|写为)|(?:决|絶|绝|決)(?:不|して)(?:会)?(?:有|出现)?|절대(?:로)?|从不(?:会)?(?:有|出现)?)"
    r"\s*+[:：,，]?\s*+$"
)
#: Follow-ups that deny the formula right before them.
_AFTER = [
    r"(?:does|do|need|must)\s*(?:not|n't)\s+(?:always\s+|necessarily\s+)?hold",
    r"is\s*(?:not|n't)\s+(?:always\s+|necessarily\s+)?(?:true|the\s+case|valid)",
    r"is\s+false|fails\b|would\s+be\s+(?:wrong|incorrect|a\s+mistake)",
    r"(?:,\s*)?(?:which|that)\s+is\s+(?:wrong|incorrect|a\s+(?:mistake|slip|common\s+mistake))|\(\s*(?:wrong|incorrect)\s*\)",
    r"no\s+(?:siempre\s+)?se\s+cumple|não\s+(?:se\s+verifica|vale)|n['’]est\s+pas\s+(?:toujours\s+)?vrai|gilt\s+nicht",
    r"(?:と)?(?:は)?限らない|は成り立たない|は成立しない|が成り立つとは限らない",
    r"(?:并)?不(?:一定|总是|总|是)?成立|未必成立",
    r"[이가은는]?\s*(?:항상\s*)?성립하지\s*않",
    # a mistake named as such after it: "라고 쓰면 틀린다", "是错误的", "は誤りである", "es incorrecto"
    r"(?:이?라고|로)\s*(?:쓰|적|하)(?:면|는\s*것은)\s*(?:안\s*된다|틀)|[은는이가]\s*틀(?:린|렸|리)|"
    r"(?:[，,]\s*)?(?:这|這|此)(?:样|种写法)?(?:是)?(?:错误|錯誤|错|不对)的?|"
    r"(?:是)?(?:错误|错)的|不正确|(?:と書くの)?(?:は|が)(?:誤り|間違い)|(?:es|ser[ií]a)\s+(?:incorrect[oa]|un\s+error|fals[oa])",
    # a value turned down after it: "was rejected", "which cannot be right", "what is impossible", "kann nicht stimmen"
    r"(?:(?:was|were|is|has\s+been|got)\s+(?:rejected|discarded|thrown\s+out|flagged\s+as\s+(?:wrong|a\s+bug))"
    r"|(?:,\s*)?(?:which|that|this|and\s+(?:this|that|it))\s+(?:cannot|can't|can\s+not|could\s*(?:not|n't)|must\s*(?:not|n't))"
    r"\s+be\s+(?:right|correct|true|so)|(?:,\s*)?(?:which|that|this)\s+is\s+(?:clearly\s+|obviously\s+)?impossible"
    r"|is\s+(?:clearly\s+|obviously\s+)?(?:impossible|wrong|incorrect)|(?:cannot|can't)\s+be\s+(?:right|correct|true))",
    r"(?:,\s*)?(?:was\s+nicht\s+(?:stimmen|sein)\s+kann|(?:das|dies|es)\s+kann\s+nicht\s+(?:stimmen|sein)|"
    r"(?:wurde|wurden)\s+(?:verworfen|abgelehnt|zurückgewiesen)|ist\s+(?:unmöglich|falsch)|kann\s+nicht\s+stimmen)",
    r"(?:,\s*)?(?:ce\s+qui\s+est\s+impossible|ce\s+qui\s+ne\s+peut\s+pas\s+être\s+(?:juste|correct|vrai)|"
    r"(?:a|ont)\s+été\s+rejet[ée]e?s?|est\s+(?:impossible|faux|fausse))",
    r"(?:,\s*)?(?:lo\s+(?:cual|que)\s+(?:es\s+imposible|no\s+puede\s+ser\s+(?:correcto|cierto))|"
    r"fue(?:ron)?\s+rechazad[oa]s?|es\s+imposible|est[áa]\s+mal)",
    r"(?:,\s*)?(?:o\s+que\s+(?:[ée]\s+imposs[ií]vel|n[ãa]o\s+pode\s+estar\s+(?:certo|correto))|"
    r"foi\s+rejeitad[oa]|foram\s+rejeitad[oa]s|[ée]\s+imposs[ií]vel|est[áa]\s+errad[oa])",
    r"(?:,\s*)?(?:что\s+невозможно|что\s+не\s+может\s+быть\s+(?:верно|правдой)|был[оаи]?\s+отклонен[оаы]?|"
    r"(?:это\s+)?невозможно|неверно)",
    r"(?:[，,]\s*)?(?:这|這)?(?:是)?不可能(?:的)?|被(?:拒绝|否定|驳回)|(?:は|が)?(?:あり得ない|ありえない|不可能)"
    r"|(?:[은는이가]|라는\s*(?:값|답)은?)\s*(?:불가능|말이\s*안|기각)",
]
#: A verdict in brackets, or a cross, that marks what it follows as a mistake.
_MARKED = (
    r"\(\s*(?:wrong|incorrect|false|not\s+true|a?\s*mistake|틀림|틀린\s*(?:말|답|설명)|오답|错误|錯誤|不对|誤り|間違い|"
    r"incorrecto|falso|erróneo|faux|falsch)\s*[!.]?\s*\)|[✗✘❌]"
)
_REFUTED = lazy(
    r"(?:,\s*)?(?:ce\s+qui\s+est\s+faux|lo\s+cual\s+es\s+falso|lo\s+que\s+es\s+falso|o\s+que\s+[ée]\s+falso|"
    r"was\s+falsch\s+ist|что\s+неверно|which\s+is\s+(?:false|not\s+true)|"
    r"[;,]\s*(?:this|that|which)\s+is\s+(?:false|wrong|incorrect|not\s+true|a\s+(?:myth|misconception)))|"
    r"\bbut\s+(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:wrong|incorrect|false|not\s+true|a\s+(?:myth|mistake|"
    r"misconception))|(?:[;,]|\s[–—-])\s*(?:this|that)\s+is\s+a\s+(?:common|frequent|widespread)\s+(?:mistake|misconception|"
    r"error)|(?:[;,]|\s[–—-])\s*(?:das|dies)\s+ist\s+ein\s+(?:h[äa]ufiger\s+|verbreiteter\s+|typischer\s+)?(?:Irrtum|Fehler)|"
    r"(?:[;,]|\s[–—-])\s*(?:c['’]est|ceci\s+est)\s+une\s+(?:erreur|id[ée]e\s+re[çc]ue)|(?:[;,]|\s[–—-])\s*(?:esto|eso)\s+es\s+"
    r"un\s+error|(?:これ|それ)は(?:よくある)?(?:誤り|間違い|誤解)|(?:だ|である)?と(?:誤解|勘違い|誤認)|(?:[，,]\s*)?(?:这|这是|这个说法)(?:是)?(?:一个|一种)?(?:常见的|普遍的)?"
    r"(?:错误|不对|误解|误区)|(?:이는|이것은|그것은)\s*(?:흔한\s*)?(?:오해|착각)|" + _MARKED,
    re.IGNORECASE,
)
_MARKED_NEXT = lazy(r"\s*(?:" + _MARKED + ")", re.IGNORECASE)
#: The opening of a sentence or paragraph that calls what comes before it wrong, in the languages the checker reads.
_DENIAL_OPENING = lazy(
    r"[\s*_.!»」』”“’\"'。]*(?P<denial>(?:(?:unfortunately|sadly|actually)\s*,?\s*)?"
    r"(?:(?:this|that|it|the\s+(?:claim|statement|quote))(?:['’]s|\s+is|\s+was)\s+(?:not\s+(?:right|true|correct|quite\s+"
    r"right)|(?:wrong|incorrect|false|a\s+(?:common\s+)?(?:misconception|myth|mistake)|(?:clearly\s+|obviously\s+)?"
    r"impossible))|(?:this|that|it)\s+(?:cannot|can't|can\s+not|could\s*(?:not|n't))\s+be\s+(?:right|correct|true)"
    r"|(?:no|nope|wrong|incorrect|false|not\s+(?:quite|true|so)|falso|incorrecto|faux|falsch|неверно)(?=\s*[.,!;—–])"
    r"|(?:nein|нет)(?=\s*[.,!;:—–])"
    r"|no(?=\s*:))"  # "No: it is not symmetric" answers what came before; "Wrong:" labels what comes next
    r"|\*\*(?:false|falso|faux|falsch)\*\*(?=\s*[:—–])"  # an answer key's "**False**: ..., it is at most log 2"
    r"|(?:das|dies)\s+ist\s+(?:falsch|nicht\s+richtig|nicht\s+korrekt)|(?:c['’]est|ceci\s+est)\s+(?:faux|inexact|"
    r"incorrect)|(?:esto|eso)\s+(?:es\s+)?(?:falso|incorrecto)|(?:esto|eso)\s+est[áa]\s+mal|(?:isso|isto)\s+(?:est[áa]\s+"
    r"errad[oa]|[ée]\s+(?:falso|incorreto|errado))|(?:это|так)\s+(?:не\s*верно|неверно|неправда|ошибка)"
    r"|(?:이것은|이는|그건|그것은)\s*(?:흔한\s*)?(?:틀렸|틀린|잘못|오해|착각)|(?:これは|それは)(?:誤り|間違い|正しくない)|(?:这|这是|这个说法)(?:是)?"
    r"(?:错误|错|不对|不正确))",
    re.IGNORECASE,
)


#: A label that calls what follows it wrong: "Wrong:", "Myth:", "**Common misconception:**", "Falso:", "误区：".
_WRONG_LABEL = (
    r"(?:(?<![^\W\d_])(?:wrong|incorrect|false|myth|misconception|mistake|not\s+true|falso|incorrecto|faux|falsch|"
    r"irrtum|mythe|mito|erreur|error|неверно|ошибочно|неправильно|миф|ошибка)(?:\s*#?\s*[0-9]{1,2})?|错误(?:示例|的例子)?|误区|"
    r"(?:誤り|間違い)(?:の)?例?|틀림|오해|(?:틀린|잘못된)\s*(?:예|식|형태))[\s*_]*[:：]"
)
_LABELLED_WRONG = lazy(_WRONG_LABEL + r"[\s*_]*$", re.IGNORECASE)
_WRONG_LABEL_WITHIN = lazy(_WRONG_LABEL, re.IGNORECASE)


def labelled_wrong(before: str) -> bool:
    """True when ``before`` (the text up to a sentence) ends with a label that calls what follows wrong.

    >>> labelled_wrong("**Common misconception:** "), labelled_wrong("Myth #2:"), labelled_wrong("Properties:")
    (True, True, False)
    """
    return _LABELLED_WRONG.search(before[-60:]) is not None


def wrong_label_within(text: str) -> bool:
    """True when ``text`` (a sentence up to a formula in it) holds a label that calls what follows wrong.

    >>> wrong_label_within("誤り例: エントロピー H = "), wrong_label_within("The entropy H = ")
    (True, False)
    """
    return _WRONG_LABEL_WITHIN.search(text) is not None


def denial_opening(text: str) -> str | None:
    """The words that open ``text`` by calling what came before it wrong ("This is not right", "C'est faux"), or None.

    >>> denial_opening(" C'est faux : elle n'est pas symétrique."), denial_opening("No distribution is negative.")
    ("C'est faux", None)
    >>> denial_opening("» No: no es simétrica."), denial_opening(" Falsch — sie ist nicht symmetrisch.")
    ('No', 'Falsch')
    >>> denial_opening(" Das ist falsch, sagen manche, aber nur, weil sie in Nats rechnen.") is None
    True
    """
    head = text[:200]
    if head.lstrip(_OPENING_MARKS)[:1].lower() not in _DENIAL_INITIALS:
        return None  # most text after a sentence opens otherwise: known without the pattern
    match = _DENIAL_OPENING.match(head)
    if match is None or _SAID_BY_OTHERS.match(head, match.end()) is not None:
        return None  # "Das ist falsch, sagen manche, aber ...": others' words, which the author goes on to answer
    return match["denial"].strip()


#: After a denial, words that give it to others ("..., some say", "..., sagen manche", "..., disent certains"):
#: the author reports the verdict, and keeps the value (often "but only because they count in nats").
_SAID_BY_OTHERS = lazy(
    r"\s*[,—–]\s*(?:(?:say|claim|think|argue)s?\s+(?:some|many|others|critics|people|[A-Z]\w+)|"
    r"(?:some|many|others|people|critics)\s+(?:say|claim|think|argue)|"
    r"(?:sagen|meinen|behaupten|glauben|finden)\s+(?:manche|einige|viele|andere|Kritiker)|"
    r"(?:disent|pensent|prétendent|affirment)\s+(?:certains|d['’]autres|beaucoup)|"
    r"(?:dicen|piensan|afirman)\s+(?:algunos|otros|muchos)|(?:dizem|acham|afirmam)\s+(?:alguns|outros|muitos)|"
    r"(?:dicono|pensano|sostengono)\s+(?:alcuni|altri|molti)|говорят\s+(?:некоторые|многие|другие))(?![^\W\d_])"
)


#: What may stand before a denial's first word, and the letters its words begin with.
_OPENING_MARKS = " \t\n*_.!»」』”“’\"'。"
_DENIAL_INITIALS = frozenset("tiusanwfdceэтн이그こそ这")


_DENIED_BEFORE = lazy(r"(?:" + "|".join(_BEFORE) + r")\s*+[:,]?\s*+$", re.IGNORECASE)
#: Possessive runs of spaces: no word of a denial opens with one, and trying each split of a run of tabs after a
#: formula between its three places was cubic in the run's length.
_DENIED_AFTER = lazy(r"^\s*+(?:(?:bits?|nats?)\b)?\s*+[,.]?\s*+(?P<denial>" + "|".join(_AFTER) + r")", re.IGNORECASE)


def denied(before: str, after: str) -> bool:
    """True when the prose right before a formula, or right after it, denies it; or it is struck through.

    >>> denied("It is *not* true that ", ""), denied('The claim "', '" is false.'), denied("~~", "~~ (fixed)")
    (True, True, True)
    """
    if before.rstrip().endswith("~~") and after.lstrip().startswith("~~"):
        return True  # ~~H = sum p log p~~: struck through
    lead = re.split(r"[.!?。！？]\s", before)[-1]
    lead = lead[-160:].replace("*", "")
    cjk = not lead.isascii() and bool(_BEFORE_CJK.search(lead))
    return cjk or bool(_DENIED_BEFORE.search(lead)) or denied_after(after) is not None


#: How much of the text after a sentence :func:`refuted` reads: callers pass no more (a copy of the rest of a long
#: paragraph for each sentence would cost time in its square).
AFTER_READ = 200


def denied_after(after: str) -> str | None:
    """The words right after a formula or value that deny it ("was rejected", "which cannot be right", "ist falsch"),
    or None; a unit or a comma may come first.

    >>> denied_after(" bits, which cannot be right."), denied_after(" was rejected."), denied_after(" bits here")
    ('which cannot be right', 'was rejected', None)
    """
    found = _DENIED_AFTER.match(after[:80].lstrip("\"”'»*"))
    return None if found is None else found["denial"].lstrip(", ，")


def refuted(rest: str, after: str) -> bool:
    """True when the rest of a sentence in words (``rest``) says it is wrong, or the text right ``after`` the
    sentence (its first :data:`AFTER_READ` characters) opens with a bracketed verdict or a sentence that denies it
    ("Это неверно.")."""
    found = _REFUTED.search(rest)
    if found is not None and _CONTRARY.search(rest, 0, found.start()) is None:
        return True
    return bool(_MARKED_NEXT.match(after[:40])) or denial_opening(after) is not None


#: "The contrary" before a verdict: what it calls wrong is the opposite of the sentence ("penser le contraire, c'est
#: une erreur"), which stands.
_CONTRARY = lazy(
    r"contraire|contrario|contr[áa]rio|Gegenteil|opposite|contrary|обратное|противное|相反|반대",
    re.IGNORECASE,
)


#: A verdict written inside the formula itself: ``... \quad \text{(wrong)}``, ``\text{wrong: no log}``.
_MARKED_INSIDE = lazy(
    r"\\(?:text|textrm|mathrm|textit|mbox)\s*\{\s*\(?\s*(?:wrong|incorrect|false|a\s+mistake|not\s+true|틀림|오답|错误|誤り)\b",
    re.IGNORECASE,
)


def denied_at(text: str, start: int, end: int) -> bool:
    r"""True when the prose just before ``text[start:end]`` or just after it denies it ("it is not true that"),
    formula delimiters left out: the sentence a display completes often ends on the line above it.

    >>> text = "Do not write the entropy as $$H = \\sum p \\log p$$ here."
    >>> denied_at(text, text.index("H ="), text.index("$$ here"))
    True
    """
    before = _without_opening(text[max(0, start - 200) : start])
    after = _CLOSING.sub("", text[end : end + 200], count=1)
    return denied(before[-160:], after) or _MARKED_INSIDE.search(text, start, min(end + 60, len(text))) is not None


#: A formula's opening delimiter at the end of the text before it (``$${`` of a braced display, spaces after it).
_OPENING = lazy(r"(?:\$\$?|\\[(\[]|\\begin\{[A-Za-z*]{1,20}\})$")


def _without_opening(before: str) -> str:
    r"""``before`` without the delimiter, spaces and brace that open the formula after it (a brace also before a
    last line break): the spaces are stripped once, where a pattern searched from each of a run of tabs read the
    rest of the run from each.

    >>> _without_opening("It is not true that $$  {"), _without_opening("wrong:\t\t{\n")
    ('It is not true that ', 'wrong:')
    """
    head = before[:-1] if before.endswith("\n") else before
    head = (head[:-1] if head.endswith("{") else before).rstrip()
    opening = _OPENING.search(head, max(0, len(head) - 30))
    return head[: opening.start()] if opening is not None else head


_CLOSING = lazy(r"^\s*(?:\$\$?|\\[)\]]|\\end\{[A-Za-z*]{1,20}\})?")
