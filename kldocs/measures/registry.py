"""The one list of measures: names, symbols in text and LaTeX, and what they are.

The command line, the checker, the page models and the exercises read the
measures from here, so a symbol is written the same way everywhere.

>>> MEASURES["kl"].symbol("P", "Q")
'D_KL(P||Q)'
>>> MEASURES["jsd"].latex_symbol("P", "Q")
'\\\\mathrm{JSD}(P, Q)'
>>> [entry.key for entry in SUMMARY][:3]
['entropy_p', 'entropy_q', 'cross_entropy_pq']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MeasureKey = Literal["entropy", "cross_entropy", "kl", "jeffreys", "jsd"]


@dataclass(frozen=True)
class Measure:
    """One measure of information.

    Attributes
    ----------
    key
        The measure's name in code and JSON: ``"kl"``.
    title
        What it is called, in English: ``"KL divergence"`` (pages use the catalogs).
    text
        Its symbol in plain text, with ``{p}`` and ``{q}`` for the arguments.
    latex
        Its symbol in LaTeX, with the same fields and ``{b}`` where a base is marked (``D^{(2)}``).
    arguments
        1 (entropy) or 2.
    symmetric
        True when swapping P and Q never changes the value.
    bounded
        True when the value never exceeds a fixed bound (the JSD's log 2).
    """

    key: MeasureKey
    title: str
    text: str
    latex: str
    arguments: int
    symmetric: bool
    bounded: bool = False

    def symbol(self, p: str = "P", q: str = "Q") -> str:
        """The plain-text symbol with these argument names."""
        return self.text.format(p=p, q=q)

    def readable_symbol(self, p: str = "P", q: str = "Q") -> str:
        """The symbol for a person to read: ``D_KL(P‖Q)``.

        >>> MEASURES["kl"].readable_symbol("Q", "P")
        'D_KL(Q‖P)'
        """
        return self.symbol(p, q).replace("||", "‖")

    def latex_symbol(self, p: str = "P", q: str = "Q", base: str = "") -> str:
        """The LaTeX symbol with these argument names, marked with ``base`` when one is given.

        >>> MEASURES["entropy"].latex_symbol("P", base="2")
        'H^{(2)}(P)'
        """
        return self.latex.format(p=p, q=q, b=f"^{{({base})}}" if base else "")


MEASURES: dict[str, Measure] = {
    measure.key: measure
    for measure in (
        Measure("entropy", "entropy", "H({p})", "H{b}({p})", 1, True),
        Measure("cross_entropy", "cross-entropy", "H({p},{q})", "H{b}({p}, {q})", 2, False),
        Measure("kl", "KL divergence", "D_KL({p}||{q})", r"D{b}_{{\mathrm{{KL}}}}({p} \parallel {q})", 2, False),
        Measure("jeffreys", "Jeffreys divergence", "J({p},{q})", "J{b}({p}, {q})", 2, True),
        Measure("jsd", "Jensen-Shannon divergence", "JSD({p},{q})", r"\mathrm{{JSD}}{b}({p}, {q})", 2, True, True),
    )
}


@dataclass(frozen=True)
class SummaryEntry:
    """One line of ``kldocs compute``: a measure and which way round it takes P and Q.

    Attributes
    ----------
    key
        The key in ``compute --json``: ``"kl_qp"``.
    measure
        The measure's key.
    reverse
        True when the arguments are (Q, P); for entropy, True means H(Q).
    description
        How the compute table describes the line.
    """

    key: str
    measure: MeasureKey
    reverse: bool
    description: str


#: The eight measures of a pair, in the order every output uses.
SUMMARY: tuple[SummaryEntry, ...] = (
    SummaryEntry("entropy_p", "entropy", False, "entropy of P"),
    SummaryEntry("entropy_q", "entropy", True, "entropy of Q"),
    SummaryEntry("cross_entropy_pq", "cross_entropy", False, "cross-entropy"),
    SummaryEntry("cross_entropy_qp", "cross_entropy", True, "cross-entropy"),
    SummaryEntry("kl_pq", "kl", False, "KL divergence"),
    SummaryEntry("kl_qp", "kl", True, "KL divergence (reverse)"),
    SummaryEntry("jeffreys", "jeffreys", False, "Jeffreys = KL(P||Q) + KL(Q||P)"),
    SummaryEntry("jsd", "jsd", False, "Jensen-Shannon (mixture M)"),
)
