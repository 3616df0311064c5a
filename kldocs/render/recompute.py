"""The code cells of a notebook: what computes each section of a page again, with kldocs.

The first code cell defines the page's data (:class:`~kldocs.models.source.Source`)
once; the cell after a section computes that section's values from it, and
ends with a dictionary of the values as the page rounds them (so that a
reader, and the tests, can hold them against the text). Sections are known
by their heading: the catalog key it was made from.

>>> from kldocs.inputs import parse_distribution
>>> from kldocs.models.source import Source, VariantSource
>>> print(setup_cell(Source((parse_distribution("1/2 1/2"), parse_distribution("1/4 3/4", name="Q"))), "en"))
import kldocs
<BLANKLINE>
# Change the distributions (and the log base) here, then run all cells.
P = kldocs.parse_distribution("1/2, 1/2")
Q = kldocs.parse_distribution("1/4, 3/4", name="Q")
BASE = "e"  # log base: "e" (nats), "2" (bits), "10" (bans)
DIGITS = 3  # significant digits of the rounded values, as on the page
# P and Q may also be lists or NumPy arrays of floats (the float path): read them once as distributions
P, Q = kldocs.parse_distribution(P), kldocs.parse_distribution(Q, name="Q")
OTHER = "2" if BASE == "e" else "e"
P, Q
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from kldocs.catalog import message
from kldocs.families import Family
from kldocs.inputs import Distribution
from kldocs.models.document import Document
from kldocs.models.sections import PRECISE_DIGITS
from kldocs.models.source import Source, VariantSource

#: What the notebook calls the distributions of a page, in the order the page's source gives them.
NAMES = ("P", "Q", "Q2")

_KL_IN_BOTH_UNITS = """{kl} = kldocs.kl(P, {model}, base=BASE)
display(kldocs.in_language({kl}, "{language}"))
# {values}
{{
    "D_KL(P‖{model})": {kl}.decimal(DIGITS),
    ("{in_bits}" if OTHER == "2" else "{in_nats}"): kldocs.kl(P, {model}, base=OTHER).decimal(DIGITS),
"""
_KL = (
    _KL_IN_BOTH_UNITS
    + """    "{precise}": {kl}.decimal({precise_digits}),
}}"""
)
_FAMILY_KL = _KL_IN_BOTH_UNITS + "}}"

_DECOMPOSITION = """import math

h_pq, h_p = kldocs.cross_entropy(P, Q, base=BASE), kldocs.entropy(P, base=BASE)
# {identity}
if all(value.exact is not None for value in (kl_pq, h_pq, h_p)):
    assert not kl_pq.is_finite or h_pq.exact - h_p.exact == kl_pq.exact
else:
    assert not kl_pq.is_finite or math.isclose(float(h_pq) - float(h_p), float(kl_pq), rel_tol=1e-9, abs_tol=1e-9)
# {values}
{{"H(P,Q)": h_pq.decimal(DIGITS), "{entropy}": h_p.decimal(DIGITS)}}"""

_REVERSE = """# {values}
{{"D_KL(Q‖P)": kldocs.kl(Q, P, base=BASE).decimal(DIGITS), "D_KL(P‖Q)": kldocs.kl(P, Q, base=BASE).decimal(DIGITS)}}"""

_JSD_AND_DISTANCE = """jsd = kldocs.jsd(P, Q, base=BASE)
display(kldocs.in_language(jsd, "{language}"))
# {values}
{{
    "JSD(P,Q)": jsd.decimal(DIGITS),
    "sqrt(JSD)": jsd.sqrt_decimal(DIGITS),
"""
_JSD = (
    _JSD_AND_DISTANCE
    + """    "J(P,Q)/2": kldocs.jeffreys(P, Q, base=BASE).half_decimal(DIGITS),
}}"""
)
_FAMILY_JSD = _JSD_AND_DISTANCE + "}}"

_PATH = """import matplotlib.pyplot as plt
import numpy as np

# {path}
t = np.linspace(0, 1, 41)[:, np.newaxis]
p, q = P.as_array(), Q.aligned_to(P).as_array()  # {paired}
path = (1 - t) * q + t * p
plt.plot(t, kldocs.kl(p, path, base=BASE, axis=1), label="D_KL(P‖Q_t)")
plt.plot(t, kldocs.kl(path, p, base=BASE, axis=1), label="D_KL(Q_t‖P)")
plt.xlabel("t")
plt.legend()
plt.show()"""

_FIRST_MODEL = """# {values}
{{"D_KL(P‖Q)": kldocs.kl(P, Q, base=BASE).decimal(DIGITS)}}"""

_LOSS = """# {values}
{{
    "H(P)": kldocs.entropy(P, base=BASE).decimal(DIGITS),
    "H(P,Q)": kldocs.cross_entropy(P, Q, base=BASE).decimal(DIGITS),
    "D_KL(P‖Q)": kldocs.kl(P, Q, base=BASE).decimal(DIGITS),
    "H(P,Q2)": kldocs.cross_entropy(P, Q2, base=BASE).decimal(DIGITS),
    "D_KL(P‖Q2)": kldocs.kl(P, Q2, base=BASE).decimal(DIGITS),
}}"""

_INFINITE = """from kldocs.models.lecture import support_mismatch, values_text

# {mismatch}
Q_zero = support_mismatch(P, Q)
# {values}
{{"Q_zero": values_text(Q_zero), "D_KL(P‖Q_zero)": kldocs.kl(P, Q_zero, base=BASE).decimal(DIGITS)}}"""

_TRIANGLE = """from kldocs.models.checked import triangle_pair
from kldocs.models.lecture import values_text

# {triangle}
A, B, own = triangle_pair(P, Q)
M = kldocs.mixture(A, B)
direct, first, second = (kldocs.kl(x, y, base=BASE) for x, y in ((A, B), (A, M), (M, B)))
for value in (direct, first, second):
    display(kldocs.in_language(value, "{language}"))
# {values}
{{
    "A": values_text(A),
    "B": values_text(B),
    "M": values_text(M),
    "D_KL(A‖M) + D_KL(M‖B) < D_KL(A‖B)": float(first) + float(second) < float(direct),
}}"""

_JSD_TABLE = """# {jsd_table}
{{
    f"Q = ({{values_text(model)}})": (
        kldocs.jsd(P, model, base=BASE).decimal(DIGITS),
        kldocs.jeffreys(P, model, base=BASE).half_decimal(DIGITS),
    )
    for model in (Q, Q2, Q_zero)
}}"""

_ANSWERS = """from kldocs.models.lecture import triangle_holds

models = kldocs.kl(Q, Q2, base=BASE)
display(kldocs.in_language(models, "{language}"))
direct, first = kldocs.kl(P, Q2, base=BASE), kldocs.kl(P, Q, base=BASE)
# {values}
{{
    "D_KL(Q‖Q2)": models.decimal(DIGITS),
    "JSD(Q,Q2)": kldocs.jsd(Q, Q2, base=BASE).decimal(DIGITS),
    "D_KL(P‖Q2)": direct.decimal(DIGITS),
    "D_KL(P‖Q)": first.decimal(DIGITS),
    "D_KL(P‖Q2) ≤ D_KL(P‖Q) + D_KL(Q‖Q2)": triangle_holds(direct, first, models),
}}"""

_ASYMMETRY = """# {values}
{{
    "D_KL(P‖Q2)": kldocs.kl(P, Q2, base=BASE).decimal(DIGITS),
    "D_KL(Q2‖P)": kldocs.kl(Q2, P, base=BASE).decimal(DIGITS),
}}"""

_SUMMARY = """# {values}
{{
    "H(P)": kldocs.entropy(P, base=BASE).decimal(DIGITS),
    "H(P,Q)": kldocs.cross_entropy(P, Q, base=BASE).decimal(DIGITS),
    "D_KL(P‖Q)": kldocs.kl(P, Q, base=BASE).decimal(DIGITS),
    "J(P,Q)": kldocs.jeffreys(P, Q, base=BASE).decimal(DIGITS),
    "JSD(P,Q)": kldocs.jsd(P, Q, base=BASE).decimal(DIGITS),
}}"""

_DERIVATION = """# {derivation}
kldocs.derivation("{name}", language="{language}")"""

#: The cells after each section, by the catalog key of the section's heading, for each kind of page (a page
#: about parametric families: ``family`` and its kind).
SECTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "example": {
        "example.kl.heading": (_KL,),
        "example.ce.heading": (_DECOMPOSITION,),
        "example.reverse.heading": (_REVERSE,),
        "example.jsd.heading": (_JSD,),
        "example.path.heading": (_PATH,),
    },
    "family example": {
        "family.kl.heading": (_FAMILY_KL,),
        "family.ce.heading": (_DECOMPOSITION,),
        "family.reverse.heading": (_REVERSE,),
        "family.jsd.heading": (_FAMILY_JSD,),
    },
    "handout": {
        "handout.definition.heading": (_DERIVATION.replace("{name}", "kl_cross_entropy"),),
        "handout.example1.heading": (_KL, _DECOMPOSITION),
        "handout.example2.heading": (_KL, _FIRST_MODEL, _PATH),
        "handout.example2.heading_other": (_KL, _FIRST_MODEL, _PATH),
        "lecture.loss.heading": (_DERIVATION.replace("{name}", "cross_entropy_loss"), _LOSS),
        "handout.asymmetry.heading": (_ASYMMETRY,),
        "handout.range.heading": (_DERIVATION.replace("{name}", "gibbs"), _INFINITE),
        "lecture.metric.heading": (_TRIANGLE, _DERIVATION.replace("{name}", "jeffreys")),
        "handout.jsd.heading": (_DERIVATION.replace("{name}", "jensen_shannon"), _JSD_TABLE),
        "lecture.gaussian.heading": (_DERIVATION.replace("{name}", "gaussian"),),
        "handout.summary.heading": (_SUMMARY,),
        "handout.answers.heading": (_ANSWERS,),
    },
}
#: The model that a section's KL cell compares P with, where it is not Q: example 2 is about Q2.
MODELS = {"handout.example2.heading": "Q2", "handout.example2.heading_other": "Q2"}

#: Each question kind's answer, as the answer key rounds it and key.json gives it (``closer`` and
#: ``infinite``: the value behind it, ``inf`` for an infinite one).
ANSWERS: dict[str, str] = {
    "kl": "kldocs.kl(P, Q, base=BASE).decimal(DIGITS)",
    "reverse": "kldocs.kl(Q, P, base=BASE).decimal(DIGITS)",
    "ce": "kldocs.cross_entropy(P, Q, base=BASE).decimal(DIGITS)",
    "entropy": "kldocs.entropy(P, base=BASE).decimal(DIGITS)",
    "jsd": "kldocs.jsd(P, Q, base=BASE).decimal(DIGITS)",
    "bits": 'kldocs.kl(P, Q, base="2").decimal(DIGITS)',
    "closer": "kldocs.kl(P, Q2, base=BASE).decimal(DIGITS)",
    "infinite": "kldocs.kl(P, Q2, base=BASE).decimal(DIGITS)",
}


def setup_cell(source: Source, language: str) -> str:
    """The first code cell: kldocs, the page's data, its base and its precision."""
    lines = ["import kldocs", ""]
    if source.variants:
        lines += _variants(source.variants, language)
    elif source.families:
        lines.append(f"# {message('notebook.setup', language)}")
        lines += [f"{family.name} = {family_code(family)}" for family in source.families]
    else:
        lines.append(f"# {message('notebook.setup', language)}")
        lines += [
            _definition(name, distribution) for name, distribution in zip(NAMES, source.distributions, strict=False)
        ]
    lines += [
        f'BASE = "{source.base.name}"  # {message("notebook.base", language)}',
        f"DIGITS = {source.digits}  # {message('notebook.digits', language)}",
    ]
    if source.families:
        lines += ['OTHER = "2" if BASE == "e" else "e"', ", ".join(family.name for family in source.families)]
    elif not source.variants:
        names = NAMES[: len(source.distributions)]
        read = [f'kldocs.parse_distribution({name}, name="{name}")' for name in names[1:]]
        lines += [
            f"# {message('notebook.convert', language)}",
            f"{', '.join(names)} = {', '.join(['kldocs.parse_distribution(P)', *read])}",
            'OTHER = "2" if BASE == "e" else "e"',
            ", ".join(names),
        ]
    return "\n".join(lines)


def section_cells(document: Document, index: int, heading_key: str | None) -> tuple[str, ...]:
    """The code cells that follow section ``index`` of the document (none for a section without values)."""
    source, language = document.source, document.language
    if source is None:
        return ()
    if source.variants:
        variants = source.variants if document.kind == "answers" else (None, *source.variants)
        variant = variants[index] if index < len(variants) else None
        return () if variant is None else (_variant_cell(variant, document.kind == "answers", language),)
    cells = cells_by_heading(document).get(heading_key or "", ())
    density = bool(source.families) and not source.families[0].discrete
    fields = {**_fields(language, MODELS.get(heading_key or "", "Q")), "entropy": "h(P)" if density else "H(P)"}
    return tuple(cell.format(**fields) for cell in cells)


def cells_by_heading(document: Document) -> dict[str, tuple[str, ...]]:
    """The code cells after each section of the document, by the catalog key of the section's heading (a page
    about families has headings of its own, some worded as the finite page's)."""
    families = document.source is not None and bool(document.source.families)
    return SECTIONS.get(f"family {document.kind}" if families else document.kind, {})


def family_code(family: Family) -> str | None:
    """The call that makes ``family`` again (``kldocs.normal(0, "1/2", name="Q")``); None when a parameter is
    not a number (a variable) or the family has no such call.

    >>> from kldocs.families import binomial
    >>> family_code(binomial(6, "1/4", name="Q"))
    'kldocs.binomial(6, "1/4", name="Q")'
    """
    from kldocs import families

    if family.key not in families.__all__:  # each family's maker is exported under its key, as kldocs.<key>
        return None
    arguments = [_literal(value) for _, value in family.values()]
    if None in arguments:
        return None
    named = [] if family.name == "P" else [f'name="{family.name}"']
    return f"kldocs.{family.key}({', '.join([*map(str, arguments), *named])})"


def _literal(value: object) -> str | None:
    """An exact number as Python source (``3``, ``"1/4"``), a sequence as a list of them; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, Fraction) and value.denominator == 1):
        return str(int(value))
    if isinstance(value, Fraction):
        return f'"{value}"'
    if isinstance(value, (tuple, list)):
        items = [_literal(item) for item in value]
        return None if None in items else f"[{', '.join(map(str, items))}]"
    return None


#: The catalog keys of the comments in the cells, filled in by their last part (``{values}``).
_COMMENTS = (
    "notebook.values",
    "notebook.identity",
    "notebook.path",
    "notebook.paired",
    "notebook.derivation",
    "notebook.mismatch",
    "notebook.triangle",
    "notebook.jsd_table",
)


def _fields(language: str, model: str = "Q") -> dict[str, str]:
    """The words of the cells in ``language``: their comments, and the keys that say what a value is.

    ``model`` is the distribution a KL cell compares P with (and names its variable).

    >>> _fields("en")["in_bits"], _fields("en")["precise"], _fields("en", "Q2")["kl"]
    ('D_KL(P‖Q) in bits', 'D_KL(P‖Q), 10 significant digits', 'kl_pq2')
    """
    fields = {key.rpartition(".")[2]: message(key, language) for key in _COMMENTS}
    symbol = f"D_KL(P‖{model})"
    for unit in ("bits", "nats"):
        fields[f"in_{unit}"] = message(
            "notebook.in_unit", language, symbol=symbol, unit=message(f"unit.{unit}", language)
        )
    fields["precise"] = message("notebook.precise", language, symbol=symbol, digits=PRECISE_DIGITS)
    extra = {"precise_digits": str(PRECISE_DIGITS), "language": language, "model": model, "kl": f"kl_p{model.lower()}"}
    return {**fields, **extra}


def _definition(name: str, distribution: Distribution) -> str:
    """``Q = kldocs.parse_distribution("3/10, 2/5, 3/10", labels=[...], name="Q")``: exact, as the page has it."""
    assert distribution.probabilities is not None
    arguments = [f'"{", ".join(str(p) for p in distribution.probabilities)}"']
    labels = [str(label) for label in distribution.given_labels or ()]
    if labels and labels != [f"x{i}" for i in range(1, len(labels) + 1)]:
        arguments.append(f"labels={labels!r}")
    if name != "P":
        arguments.append(f'name="{name}"')
    return f"{name} = kldocs.parse_distribution({', '.join(arguments)})"


def _variants(variants: Sequence[VariantSource], language: str) -> list[str]:
    """The exercises' data: every variant's P, Q and Q2 as exact text, and a function that reads one."""
    lines = [f"LABELS = {list(variants[0].labels)!r}", f"# {message('notebook.variants', language)}", "VARIANTS = {"]
    for variant in variants:
        values = [None if v is None else ", ".join(str(x) for x in v) for v in (variant.p, variant.q, variant.q2)]
        lines.append(f"    {variant.id!r}: ({', '.join('None' if v is None else repr(v) for v in values)}),")
    lines += [
        "}",
        "",
        "",
        "def variant(name):",
        f'    """{message("notebook.variant", language)}"""',
        "    return tuple(",
        "        None if values is None else kldocs.parse_distribution(values, labels=LABELS, name=letter)",
        '        for values, letter in zip(VARIANTS[name], ("P", "Q", "Q2"))',
        "    )",
        "",
        "",
    ]
    return lines


def _variant_cell(variant: VariantSource, answers: bool, language: str) -> str:
    """One variant's cell: its distributions and, in the answer key, every answer computed again."""
    lines = [f"P, Q, Q2 = variant({variant.id!r})"]
    if not answers:
        return "\n".join([*lines, f"# {message('notebook.exercise', language)}", "P, Q"])
    lines += [f"# {message('notebook.values', language)}", "{"]
    for number, kind in enumerate(variant.kinds, 1):
        lines.append(f'    "{number}. {kind}": {ANSWERS[kind]},')
    return "\n".join([*lines, "}"])
