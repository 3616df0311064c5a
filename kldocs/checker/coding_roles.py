r"""The cross-entropy told as a code length, checked against its own formula: which distribution the samples come
from and which one the code is made for.

``H(p, q) = -\sum_x p(x) \log q(x)`` is the average length of the code words when samples of ``p`` (the weights of
the sum) are coded with a code made for ``q`` (the one in the logarithm). A paragraph that writes such a sum and
tells it in words ("coding samples of q with a code made for p", "des échantillons de q avec un code conçu pour
p", "muestras de p con un código diseñado para q", "Stichproben aus p mit einem für q optimierten Code") says it
rightly when the samples' letter is the weights' and the code's the logarithm's, and swaps the two roles when it
is the other way round. Only a paragraph with one such sum and one such sentence, each letter a single one, is
read.

>>> from kldocs.checker.reading import parse_text
>>> text = "The cross-entropy $H(p,q) = -\\sum_x p(x)\\log q(x)$ is the average length when coding samples of $q$ "
>>> text += "with a code made for $p$.\n"
>>> document = parse_text(text, "a.md")
>>> [(item.measure, item.property, item.negated) for item in coding_roles(document, document.paragraphs[0])]
[('cross_entropy', 'coding_roles', True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kldocs.checker.documents import Region, SourceText
from kldocs.checker.formula_properties import in_place
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.negations import AFTER_READ, refuted, wrong_label_within
from kldocs.checker.property_claims import Property
from kldocs.checker.screens import mentions

#: A distribution's letter as prose writes it: ``q``, ``$q$``, ``q(x)``, ``$\mathbf{q}$``.
_LETTER = r"\s*(?:the\s+distribution\s+|la\s+(?:loi|distribution)\s+|la\s+distribuci[oó]n\s+|der\s+Verteilung\s+)?"
_LETTER += r"(?P<{}>[A-Za-z])(?:\s*\(\s*x\s*\))?(?![A-Za-z])"
#: The samples' distribution: "samples of q", "data drawn from p", "des échantillons de q", "Stichproben aus p".
_SAMPLES = (
    r"(?:(?:samples?|draws?|data|symbols?|events?|outcomes?)\s+(?:(?:drawn|coming|generated)\s+)?(?:from|of|under)"
    r"|(?:[ée]chantillons?|tirages?|donn[ée]es|symboles?)\s+(?:(?:tir[ée]e?s?|issue?s?)\s+)?(?:de|d['’]|selon|suivant)"
    r"|(?:muestras?|datos|s[ií]mbolos?|amostras?|dados)\s+(?:(?:extra[ií]d[ao]s?|generad[ao]s?|tirad[ao]s?)\s+)?"
    r"(?:de|según|segundo)|(?:Stichproben|Samples?|Daten|Symbole|Ereignisse)\s+(?:aus|von|nach|gemäß))"
    + _LETTER.format("sample")
)
#: The code's distribution: "a code made for p", "un code conçu pour p", "un código diseñado para q",
#: "einem für q optimierten Code".
_CODE = (
    r"(?:(?:code|coding\s+scheme)\s+(?:(?:that\s+is\s+)?(?:made|built|designed|optimi[sz]ed|constructed|intended|meant"
    r"|tailored)\s+)?for|(?:code|codage)\s+(?:(?:con[çc]u|construit|optimis[ée]|fait|pr[ée]vu|adapt[ée])\s+)?pour"
    r"|c[óo]digo\s+(?:(?:dise[ñn]ado|constru[ií]do|optimizado|hecho|pensado|projetado|otimizado|feito)\s+)?para"
    r"|(?:Code|Kodierung)\s+(?:(?:optimiert|entworfen|gebaut|gemacht)\s+)?für)" + _LETTER.format("code")
)
_CODE_FIRST = r"f[üu]r" + _LETTER.format("code") + r"\s+(?:optimierten|entworfenen|gebauten|gemachten)\s+Code"
#: One sentence telling both roles, in either order, with at most 160 characters between them.
_TOLD = lazy(
    r"(?:" + _SAMPLES + r"[^.;\n]{0,160}?(?:" + _CODE + r"|" + _CODE_FIRST.replace("code>", "code2>") + r")"
    r"|" + _CODE.replace("code>", "code3>") + r"[^.;\n]{0,160}?" + _SAMPLES.replace("sample>", "sample2>") + r")",
    re.IGNORECASE,
)
#: The cross-entropy's sum, its weights' letter and its logarithm's: ``-\sum_x p(x) \log q(x)``.
_SUM = lazy(
    r"[-−]\s*\\sum(?:_\{?[^{}\s]{1,12}\}?)?\s*(?P<weight>[A-Za-z])\s*\(\s*x\s*\)\s*\\?(?:log|ln)(?:_\{?\d+\}?|_\d)?\s*"
    r"(?:\\left)?\s*[({]?\s*(?P<log>[A-Za-z])\s*\(\s*x\s*\)"
)
_ANCHORS = ("code", "codage", "código", "codigo", "kodier")
#: A plain denial in the clause before the roles: "is not the average length when coding ...", "n'est pas".
_NOT = lazy(r"\b(?:is|are)\s+not\b|\bisn['’]t\b|n['’]est\s+pas\b|\bno\s+es\b|\bnão\s+é\b|\bist\s+(?:nicht|kein)", re.I)


def coding_roles(document: SourceText, paragraph: Region) -> Iterator[Property]:
    """The sentence of a paragraph that tells its cross-entropy sum as a code length (see the module's docstring)."""
    if not mentions(paragraph.text, _ANCHORS):
        return
    text = in_place(document, paragraph) or paragraph.text
    sums = {(found.group("weight"), found.group("log")) for found in _SUM.finditer(text)}
    told = list(_TOLD.finditer(text)) if len(sums) == 1 else []
    if len(told) != 1:
        return
    ((weight, log),) = sums
    found = told[0]
    sample = found.group("sample") or found.group("sample2")
    code = found.group("code") or found.group("code2") or found.group("code3")
    if weight == log or {sample, code} != {weight, log}:
        return
    before, after = text[: found.start()], text[found.end() :]
    clause = re.split(r"[.;!?]\s", before[-120:])[-1]
    if wrong_label_within(before[-80:]) or _NOT.search(clause) or refuted(after[:60].split(".")[0], after[:AFTER_READ]):
        return
    offset = paragraph.offset + found.start()
    yield Property(document.line(offset), found.group(), "cross_entropy", "coding_roles", sample != weight, offset)


#: What :mod:`~kldocs.checker.properties` says of a sentence read here: ``(measure, property) -> (true?, why)``.
TRUTH = {
    ("cross_entropy", "coding_roles"): (
        True,
        "H(p,q) = -Σ p log q is the average code length when samples of p (the weights) are coded with a code made "
        "for q (the distribution in the logarithm)",
    ),
}
KINDS = {"coding_roles": "definition"}
