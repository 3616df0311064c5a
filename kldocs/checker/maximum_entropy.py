r"""Which distribution has the largest entropy under which constraint, said in words, in eight languages.

A sentence names one family of distributions (the normal, the exponential, the uniform, the geometric), says
it has the largest entropy ("has maximum entropy", "maximizes the entropy", "is the maximum-entropy
distribution", "tiene máxima entropía", "熵最大") and names one constraint: a given variance (or standard
deviation, second moment, covariance; the mean may be given too), a given mean on the half-line, or a bounded
interval. The pair is then true or false:

========================  ===========  ==========  ===========
family                    variance     mean        interval
========================  ===========  ==========  ===========
normal                    true         (not read)  false
exponential, geometric    (not read)   true        false
uniform                   false        (not read)  true
========================  ===========  ==========  ===========

A sentence that names two families, or another (Laplace, Poisson, ...), or two kinds of constraint, or none,
or that asks, supposes, denies or reports a mistake, is not read.

A proof of it is read for the direction it concludes: after "let $g$ be a Gaussian and $f$ any other density with
the same variance", a conclusion "hence $H(g) \leq H(f)$" puts the Gaussian's entropy below: false.

>>> from kldocs.checker.reading import parse_text
>>> text = "For a fixed variance, the Gaussian has the largest entropy. Uniform maximizes entropy on [a, b].\n"
>>> document = parse_text(text, "a.md")
>>> [(item.measure, item.property) for item in maximum_entropy(document, document.paragraphs[0])]
[('normal', 'max_entropy_variance'), ('uniform', 'max_entropy_interval')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.negations import AFTER_READ, refuted
from kldocs.checker.property_claims import Property
from kldocs.checker.screens import mentions

#: The families read, each a group: what names it in the languages read.
_FAMILY = lazy(
    r"(?P<normal>(?<![^\W\d_])(?:Gau(?:ss|s)ian\w*|Guass?ian\w*|Gau(?:ss|ß)(?:sche)?[-\s]?(?:distribution|Verteilung|law)|"
    r"normal\s+(?:distribution|density|law|random\s+variable|pdf)|multivariate\s+normal|"
    r"(?:distribuci[oó]n|distribui[çc][ãa]o|distribuzione|loi)\s+(?:normal|normale|gaussiana?|gaussienne|de\s+Gauss)|"
    r"Normalverteilung|gaussienne|gaussiana)(?![^\W\d_])|正态分布|高斯分布|正規分布|ガウス分布|정규\s*분포|가우스\s*분포|가우시안)|"
    r"(?P<exponential>(?<![^\W\d_])(?:exp[oe]n[a-z]{2,6}(?:ial|ail)|exponencial|exponentielle|esponenziale|"
    r"Exponentialverteilung)(?![^\W\d_])|指数分布|지수\s*분포)|"
    r"(?P<geometric>(?<![^\W\d_])(?:geometric|geom[ée]trica|g[ée]om[ée]trique|geometrische)(?![^\W\d_])|几何分布|幾何分布|기하\s*분포)|"
    r"(?P<uniform>(?<![^\W\d_])(?:uniform|uniforme|Gleichverteilung)(?![^\W\d_])|均匀分布|一様分布|균등\s*분포|균일\s*분포)",
    re.IGNORECASE,
)
#: Another family named: the sentence compares, and is not read.
_OTHER_FAMILY = lazy(
    r"(?<![^\W\d_])(?:Laplace|Poisson|Bernoulli|binomial|beta|gamma|Cauchy|Student|logistic|Weibull|Pareto|"
    r"log-?normal|chi|Dirichlet|Boltzmann|Gibbs|Rayleigh|Maxwell|triangular|half-normal)(?![^\W\d_])",
    re.IGNORECASE,
)
#: The largest entropy said of what is named.
_MAXIMUM = lazy(
    r"(?<![^\W\d_])(?:(?:max(?:imum|mium|imun|ium|imal)?|largest|highest|greatest|biggest|most)[-\s]+(?:differential\s+)?entropy|"
    r"entropy\s+(?:is\s+)?(?:maximal|maximi[sz]ed|largest|highest|greatest|at\s+its\s+maximum)|"
    r"maximi[sz](?:es|ing)\s+(?:the\s+)?(?:differential\s+)?entropy|"
    r"(?:m[aá]xima|massima)\s+entrop[ií]a|entrop[ií]a\s+(?:diferencial\s+|differenziale\s+)?(?:m[aá]xima|massima)|"
    r"maximiza\s+(?:la|a)\s+entrop[ií]a|massimizza\s+l['’]\s*entropia|entropie\s+(?:diff[ée]rentielle\s+)?maximale|"
    r"maximise\s+l['’]\s*entropie|(?:maximale|gr[öo](?:ß|ss)te)\s+(?:differentielle\s+)?Entropie|"
    r"maximiert\s+die\s+Entropie)(?![^\W\d_])|(?:微分)?熵(?:值)?(?:最大|取最大)|最大(?:微分)?熵|"
    r"エントロピー(?:が|を)最大|最大エントロピー|엔트로피(?:가|를)\s*최대|최대\s*엔트로피",
    re.IGNORECASE,
)
#: The constraints, each a group.
_CONSTRAINT = lazy(
    r"(?P<variance>(?<![^\W\d_])(?:variances?|standard\s+deviation|second\s+moments?|(?:first\s+)?two\s+moments|"
    r"covariance(?:\s+matrix)?|power|varianza|varianz|vari[âa]ncia|desviaci[oó]n\s+est[aá]ndar|[ée]cart[-\s]type)"
    r"(?![^\W\d_])|方差|分散|분산|标准差|標準偏差)|"
    r"(?P<mean>(?<![^\W\d_])(?:means?|expected\s+values?|expectation|media|moyenne|Mittelwert|Erwartungswert|m[ée]dia)"
    r"(?![^\W\d_])|均值|期望|平均|평균)|"
    r"(?P<interval>(?<![^\W\d_])(?:intervals?|bounded\s+(?:support|range|domain)|finite\s+interval|fixed\s+range|"
    r"compact\s+support|intervalo|intervalle|Intervall)(?![^\W\d_])|\[\s*a\s*,\s*b\s*\]|区间|区間|구간)",
    re.IGNORECASE,
)
#: Words that make a quantity a constraint, before it ("for a given variance", "under the constraint of the mean",
#: "on a bounded interval") or after it ("with the variance fixed", "方差给定", "una varianza dada").
_FIXING_BEFORE = lazy(
    r"(?<![^\W\d_])(?:fixed|given|known|specified|prescribed|constant|same|equal|finite|bounded|only|constrain\w*|"
    r"on|over|within|supported|dad[ao]|fij[ao]|fix[ée]e?|donn[ée]e?|gegeben\w*|fest\w*|feste[nr]?|sur|auf|sobre|"
    r"mesma|mismo|misma|m[êe]me)(?![^\W\d_])[^.;!?\n]{0,40}$|(?:给定|固定|一定|已知|在|同样|相同|同じ|같은|동일한)[^。；！？\n]{0,10}$",
    re.IGNORECASE,
)
_FIXING_AFTER = lazy(
    r"\s*(?:is\s+|are\s+|being\s+)?(?:fixed|given|known|specified|held\s+fixed|constrained|dad[ao]|fij[ao]|"
    r"fix[ée]e?|donn[ée]e?|gegeben|fest)(?![^\W\d_])|(?:是|为)?(?:给定|固定|一定|已知|相同)|が(?:一定|同じ|等しい)|を固定|가\s*주어진|이\s*고정",
    re.IGNORECASE,
)
#: What makes a sentence no assertion: a question, a supposition, a denial, a reported mistake.
_NOT_ASSERTED = lazy(
    r"(?<![^\W\d_])(?:if|suppose|assume|not|never|no|nor|wrong|mistake|incorrect|false|myth|whether|why|si|se|"
    r"wenn|nicht|kein\w*|pas|non|não|nunca|jamais|falso|faux|falsch)(?![^\W\d_])|n['’]t|[?？¿]|"
    r"如果|假如|若|不|并非|错误|もし|ない|誤|만약|아니|않|잘못",
    re.IGNORECASE,
)
_SENTENCE_END = lazy(r"[.!?。！？](?=\s|$)|[。！？]|\n\s*\n")
_ANCHORS = ("entrop", "熵", "エントロピー", "엔트로피")
#: Words (folded), one of which is in every match of :data:`_MAXIMUM`.
_MAXIMUM_ANCHORS = ("max", "larg", "high", "great", "bigg", "most", "máx", "massim", "grö", "grosst", "最大", "최대")
#: The pairs (family, constraint) read; their truth is :mod:`~kldocs.checker.properties`' table.
_READ = {
    ("normal", "variance"),
    ("normal", "interval"),
    ("exponential", "mean"),
    ("exponential", "interval"),
    ("geometric", "mean"),
    ("geometric", "interval"),
    ("uniform", "variance"),
    ("uniform", "interval"),
}
#: Most characters of a sentence read.
_REACH = 500


def maximum_entropy(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The maximum-entropy statements a paragraph makes, each as ``(family, "max_entropy_" + constraint)``."""
    text = paragraph.text
    if not mentions(text, _ANCHORS) or not mentions(text, _MAXIMUM_ANCHORS):
        return
    start = 0
    for stop in [*(found.end() for found in _SENTENCE_END.finditer(text)), len(text)]:
        if start < stop and stop - start <= _REACH:
            found = _read(document, paragraph, start, stop)
            if found is not None:
                yield found
        start = max(start, stop)


def _read(document: SourceText, paragraph: Region, start: int, stop: int) -> Property | None:
    """The statement the sentence ``text[start:stop]`` makes, if it names one family and one constraint."""
    text = paragraph.text
    maximum = _MAXIMUM.search(text, start, stop)
    if maximum is None or _NOT_ASSERTED.search(text, start, stop) or _OTHER_FAMILY.search(text, start, stop):
        return None
    families = {found.lastgroup or "" for found in _FAMILY.finditer(text, start, stop)}
    kinds = {found.lastgroup or "" for found in _CONSTRAINT.finditer(text, start, stop) if _fixed(text, start, found)}
    if "variance" in kinds:
        kinds.discard("mean")  # "for a given mean and variance"
    if len(families) != 1 or len(kinds) != 1 or refuted(text[maximum.end() : stop], text[stop : stop + AFTER_READ]):
        return None
    family, kind = next(iter(families)), next(iter(kinds))
    if (family, kind) not in _READ:
        return None
    offset = paragraph.offset + start + len(text[start:stop]) - len(text[start:stop].lstrip())
    shown = " ".join(text[start:stop].replace("§", " ").split())
    return Property(document.line(offset), shown[:120], family, "max_entropy_" + kind, False, offset)


#: "Let $g$ be a Gaussian ... and $f$ any other distribution ... with equal variance": the family that has the largest
#: entropy (its letter ``best``), the letter of any rival (``other``), and what the two share.
_ROLES = lazy(
    r"(?<![^\W\d_])[Ll]et\s+\$?\s*(?P<best>[A-Za-z])\s*\$?\s+(?:be|denote)\s+(?:a|an|the)\s+"
    r"(?:(?P<normal>Gaussian|normal)|(?P<exponential>exponential)|(?P<uniform>uniform))(?![^\W\d_])[^.!?]{0,200}?"
    r"(?<![^\W\d_])and\s+(?:let\s+)?\$?\s*(?P<other>[A-Za-z])\s*\$?\s+(?:be\s+)?(?:any|an\s+arbitrary|some)\s+(?:other\s+)?"
    r"(?:distribution|density|pdf|probability\s+density)[^.!?]{0,200}?(?<![^\W\d_])(?:the\s+)?(?:same|equal|identical)\s+"
    r"(?:(?P<variance>variance|covariance)|(?P<mean>mean)|(?P<interval>support|interval))(?![^\W\d_])"
)
#: What a proof concludes after the roles: "which yields the result $H(g) \leq H(f)$", "hence $h(f) \le h(g)$".
_CONCLUSION = lazy(
    r"(?i)(?<![^\W\d_])(?:yields?|hence|thus|therefore|so|gives|shows|proves|follows|get|obtain|conclude|implies)"
    r"(?![^\W\d_])[^.!?\n$]{0,40}\$\s*[Hh]\s*\(\s*(?P<left>[A-Za-z])\s*\)\s*(?P<relation>\\leq?|\\geq?|≤|≥|<=|>=)"
    r"(?![A-Za-z])\s*[Hh]\s*\(\s*(?P<right>[A-Za-z])\s*\)\s*\$"
)
#: The family with the largest entropy under each constraint.
_LARGEST = {("normal", "variance"), ("exponential", "mean"), ("uniform", "interval")}
#: Most proofs read in a document, and characters read after the roles for the conclusion.
_MOST_PROOFS = 20
_PROOF_REACH = 3000


def _fixed(text: str, start: int, found: re.Match[str]) -> bool:
    """Whether the quantity ``found`` is said to be fixed: a constraint, not a property mentioned in passing.

    >>> text = "uniform has the highest entropy, though its variance is not the largest; for a given variance"
    >>> [_fixed(text, 0, found) for found in _CONSTRAINT.finditer(text)]
    [False, True]
    """
    return bool(
        _FIXING_BEFORE.search(text, max(start, found.start() - 40), found.start())
        or _FIXING_AFTER.match(text, found.end())
    )


def maximum_entropy_proofs(document: SourceText, stop_at: int | None = None) -> Iterator[Property]:
    r"""The conclusion of a proof that one family has the largest entropy, as the direction it states.

    >>> from kldocs.checker.reading import parse_text
    >>> text = "Let $g$ be a Gaussian and $f$ any other density with the same variance.\n\n$$0 \\le D(f||g)$$\n\n"
    >>> document = parse_text(text + "which yields $H(g) \\leq H(f)$.\n", "a.md")
    >>> [(item.measure, item.property, item.negated) for item in maximum_entropy_proofs(document)]
    [('normal', 'max_entropy_variance', True)]
    """
    text = document.text
    end = len(text) if stop_at is None else stop_at
    for number, roles in enumerate(_ROLES.finditer(text, 0, end)):
        if number >= _MOST_PROOFS:
            return
        family = next(name for name in ("normal", "exponential", "uniform") if roles.group(name))
        kind = next(name for name in ("variance", "mean", "interval") if roles.group(name))
        letters = {roles.group("best"), roles.group("other")}
        conclusion = next(
            (
                found
                for found in _CONCLUSION.finditer(text, roles.end(), min(end, roles.end() + _PROOF_REACH))
                if {found.group("left"), found.group("right")} == letters and len(letters) == 2
            ),
            None,
        )
        if conclusion is None or (family, kind) not in _LARGEST:
            continue  # no conclusion, or a proof of what is not so
        below = conclusion.group(
            "left" if conclusion.group("relation").lstrip("\\").startswith(("le", "≤", "<")) else "right"
        )
        offset = conclusion.start()
        shown = " ".join(text[offset : conclusion.end()].split())
        yield Property(
            document.line(offset), shown, family, "max_entropy_" + kind, below == roles.group("best"), offset
        )
