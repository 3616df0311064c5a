r"""The unit a section gives its values in, for a value it writes without one.

A section that writes "bits" after one of its values, or gives a fair coin's entropy as a bare 1 (which only bits
make true; in a claim read, or in words: "A fair coin has entropy 1.", "公平硬币的熵为 1"), gives its other entropies in
bits too: "Its entropy is 1 bit. ... A coin with heads 20 %: its entropy is 0.5" means 0.5 bits, and is false (0.722
bits), though 0.500 nats would fit. This holds only where the document is of one mind: every value it writes with a
unit is in bits, and it names no other base in words; a document that writes nats anywhere keeps reading a bare
value in the base in which it holds. A bare value on a line that names a cross-entropy, a loss or a divergence is
not read so (a model's loss is most often in nats, whatever the entropies above it are in).

>>> from kldocs.checker.claims import find_claims
>>> from kldocs.checker.reading import parse_text
>>> page = "# A\n\nA coin lands 50 % heads. Its entropy is 1 bit.\n\nAnother: 20 % heads. Its entropy is 0.5.\n"
>>> document = parse_text(page, "a.md")
>>> units = ValueUnits(document, find_claims(document))
>>> units.in_bits(document.text.index("0.5.")), units.in_bits(document.text.index("1 bit"))
(True, False)
>>> page = "# A\n\nUne pièce équilibrée a une entropie de 1.\n\nUne autre : 20 % pile. Son entropie vaut 0,5.\n"
>>> document = parse_text(page, "b.md")
>>> ValueUnits(document, find_claims(document)).in_bits(document.text.index("0,5"))
True
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kldocs.checker.claims import BaseStatement, Found, Item
from kldocs.checker.documents import SourceText
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.prose_claims import ProseValue

#: A fair coin's entropy as kldocs writes it for a list or a sentence's groups, given as a bare 1.
_FAIR_COIN = lazy(r"-\((?:0\.50*|1/2) \\log\((?:0\.50*|1/2)\) \+ (?:0\.50*|1/2) \\log\((?:0\.50*|1/2)\)\) = 1(?:\.0+)?")
_HALVES = lazy(r"-\(2 \\cdot (?:0\.50*|1/2) \\log\((?:0\.50*|1/2)\)\) = 1(?:\.0+)?")
#: Words on a value's line that make it a loss or a divergence, which may be in nats whatever the entropies are in.
_OTHER_MEASURE = lazy(
    r"(?i:cross|loss|diverg|\bKL\b|D_?\{?KL|relative|perplex|kreuz|crois|cruzad|verlust|perte|pérdida|перекр|кросс|"
    r"дивергенц|потер)|交叉|损失|散度|교차|손실|발산|クロス|交差|損失|ダイバージェンス"
    # or another base named on the line: "using ln", "in natural units", "np.log", "Napierian", "base e"
    r"|(?i:\bln\b|\\ln|natural|naturel|natürlich|napier|\bnats?\b|np\.log\(|math\.log\(|base\s+e\b|\be-base)"
    r"|自然対数|自然对数|자연\s*로그|натуральн"
)

#: Words for a fair coin, and a line that gives its entropy as a bare 1 (or 1 in bits), in either order.
_COINS = tuple(
    variant
    for word in ("coin", "münze", "pièce", "moneda", "moeda", "монет", "硬币", "硬幣", "동전", "コイン")
    for variant in dict.fromkeys((word, word.capitalize(), word.upper()))
)
_FAIR = (
    r"(?i:(?:fair|unbiased)\s+coin|fair\w*\s+münze|pièce\s+(?:équilibrée|non\s+truquée|honnête)|"
    r"moneda\s+(?:justa|equilibrada|no\s+trucada)|moeda\s+(?:justa|honesta|equilibrada|não\s+viciada)|"
    r"(?:честн|симметричн|правильн)\w*\s+монет)|(?:均匀|公平|均勻)的?硬[币幣]|공정한\s*동전|(?:公平な|公正な|歪みのない)コイン"
)
#: Most lines naming a coin looked at for a fair coin's entropy (a lesson gives it early).
_COIN_LINES = 200
_ENTROPY = r"(?i:entrop|энтроп)|熵|엔트로피|エントロピー"
_FAIR_ONE = lazy(
    rf"(?:(?:{_FAIR})[^\n]{{0,60}}?(?:{_ENTROPY})|(?:{_ENTROPY})[^\n]{{0,40}}?(?:{_FAIR}))[^\d\n]{{0,30}}?"
    r"(?<![\d.,/])1(?:[.,]0+)?(?![\d/]|[.,]\d)(?:\s*\(?(?:in\s+)?bits?\)?|\s*(?:비트|比特|ビット|бит))?"
    r"(?!\s*(?:nats?\b|нат|奈特|ナット|내트|[-+*/^×·]|log|ln))"
)


class ValueUnits:
    """The sections whose values are written in bits, in a document that writes no value in another unit."""

    def __init__(self, document: SourceText, items: Sequence[Item]):
        self.document = document
        self.sections: dict[int, int] = {}  # section -> the line of its first value in bits
        units: set[str] = set()
        for item in items:
            unit = _unit(item)
            if isinstance(item, BaseStatement):
                units.add(str(item.base))  # a base named in words: the sections' own rules decide
            elif unit is not None:
                units.add(unit)
                if unit == "2":
                    self.sections.setdefault(document.section(item.offset), document.line(item.offset))
        for offset in _fair_coins(document.text):
            units.add("2")
            self.sections.setdefault(document.section(offset), document.line(offset))
        if units - {"2"}:
            self.sections = {}  # a document of two minds: each bare value is read in the base in which it holds

    def in_bits(self, offset: int) -> bool:
        """Whether a bare value at ``offset`` is in bits: its section gives its values in bits (on another line)."""
        line = self.sections.get(self.document.section(offset))
        if line is None or line == self.document.line(offset):
            return False
        text = self.document.text
        return not _OTHER_MEASURE.search(text, text.rfind("\n", 0, offset) + 1, offset)


def _fair_coins(text: str) -> list[int]:
    """Where the text gives a fair coin's entropy as a bare 1 in words, on the first :data:`_COIN_LINES` lines that
    name a coin.

    >>> _fair_coins("# A\\n\\nA fair coin has entropy 1.\\nA fair coin has entropy 1 nat.\\n")
    [7]
    """
    starts = sorted({text.rfind("\n", 0, at) + 1 for word in _COINS for at in _places(text, word)})
    found: list[int] = []
    for start in starts[:_COIN_LINES]:
        end = text.find("\n", start)
        match = _FAIR_ONE.search(text, start, len(text) if end < 0 else end)
        if match is not None:
            found.append(match.start())
    return found


def _places(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text``, the first :data:`_COIN_LINES` times.

    >>> list(_places("coin, coin", "coin"))
    [0, 6]
    """
    at = text.find(word)
    for _ in range(_COIN_LINES):
        if at < 0:
            return
        yield at
        at = text.find(word, at + 1)


def _unit(item: Item) -> str | None:
    """The unit a claim writes with its value (``"2"`` for bits), a fair coin's bare 1 counting as bits."""
    if isinstance(item, ProseValue):
        return item.unit
    if not isinstance(item, Found):
        return None
    statement = item.statement
    if statement.unit is not None:
        return statement.unit
    fair = _FAIR_COIN.fullmatch(statement.text) or _HALVES.fullmatch(statement.text)
    return "2" if fair else None
