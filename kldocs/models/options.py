"""What every page builder shares: language, log base, header and precision.

>>> options = PageOptions(language="ko", base=Base.parse("2"), title="Week 3")
>>> options.language, options.base.unit, options.digits
('ko', 'bits', 3)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kldocs.exact import Base


@dataclass(frozen=True)
class PageOptions:
    """The settings of a page that are not its data.

    Attributes
    ----------
    language
        ``"en"`` or ``"ko"``.
    base
        Logarithm base of the values on the page.
    title, author
        The header (user text); the title defaults to the catalog's.
    date
        A date to print (the title slide); default today, or ``SOURCE_DATE_EPOCH``.
    digits
        Significant digits of rounded values.
    """

    language: str = "en"
    base: Base = field(default_factory=Base)
    title: str | None = None
    author: str = ""
    date: str | None = None
    digits: int = 3
