r"""A measure defined as a sum, an integral or an expectation, its sign and weights right or not.

``H(P) = -\sum p \log p`` is the definition; ``D(P||Q) = -\sum p \log(p/q)`` has its sign flipped,
``H(P, Q) = -\sum q \log p`` is weighted by the other distribution, ``D = \sum p \cdot p/q`` lost its
logarithm (the shapes are :mod:`~kldocs.checker.formula_shapes`'); an integral from +∞ (``\int_{\infty}^{\infty}``)
or up to -∞ is not the measure whatever its integrand. A definition shown as a mistake ("do not
write ... as") is not one, and a right cross-entropy under the relative entropy's name is mislabelled.

>>> from kldocs.checker.reading import parse_text
>>> doc = parse_text("$$D(P||Q) = -\\sum_x P(x) \\log \\frac{P(x)}{Q(x)}$$\n", "a.md")
>>> [(found.measure, found.property, found.negated) for found in sum_definitions(doc, doc.math[0])]
[('kl', 'sum_definition', True)]
>>> doc = parse_text("$$KL(p||q) = \\int_{\\infty}^{\\infty} p(x) \\ln \\frac{p(x)}{q(x)} dx$$\n", "a.md")
>>> [(found.measure, found.property, found.negated) for found in sum_definitions(doc, doc.math[0])]
[('kl', 'limits_definition', False)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kldocs.checker.argument_roles import roles_reversed
from kldocs.checker.collision_bounds import collision_link
from kldocs.checker.definition_labels import label_before
from kldocs.checker.documents import Region, SourceText
from kldocs.checker.formula_shapes import (
    SIGMA_SUM,
    SWAPPED,
    UNLOGGED,
    UNLOGGED_INVERTED,
    UNWEIGHTED,
    sign_of_definition,
)
from kldocs.checker.information_terms import information_defined, with_information
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.negations import denied_at, wrong_label_within
from kldocs.checker.property_claims import Property, shorten
from kldocs.checker.prose_rows import BLANK
from kldocs.checker.two_outcome_definitions import WRONG_TERM


def sum_definitions(document: SourceText, region: Region) -> Iterator[Property]:
    """A definition of KL, cross-entropy, entropy or mutual information as a sum (or integral), its sign right or not.

    See :mod:`~kldocs.checker.formula_shapes`.
    """
    text = region.text
    if len(text) > 2000 or not any(mark in text for mark in _SUM_ANCHORS) or _SUM_MARK.search(text) is None:
        return
    breaks = [match.end() for match in _ROW_BREAK.finditer(text)]
    # In an aligned chain the first row that defines a measure is the claim; else the whole formula is.
    rows = list(zip([0, *breaks], [*breaks, len(text)], strict=True)) if breaks else []
    lefts = [0, *breaks]
    # I(S_k) = -\log_2 p_k above, then H(S) = -\sum_k p_k I(S_k): the sum read with that definition put in
    defined = information_defined(document.text, region.offset) if "I" in text else None

    def shape_of(formula: str) -> tuple[str, int] | None:
        return sign_of_definition(with_information(formula, defined))

    for start, end in [*rows, (0, len(text))]:
        shape = shape_of(text[start:end])
        above = _left_above(document, region, text, lefts, start) if shape is None else None
        if above is not None:  # H(p,q) on the line above, then "= -\sum_x p(x) \log q(x)"
            shape = shape_of(f"{above} {text[start:end]}")
        members = _later_members(text, start, end, shape, shape_of)
        if shape is None and members:  # H(X) = E[I(X)] = -\sum_x P(x) \log P(x): the whole chain is the claim
            shape = members.pop(0)[0]
        if shape is not None:
            measure, sign = shape
            lead = _ROW_LEAD.match(text, start)
            start = lead.end() if lead else start
            if not rows and region.kind == "prose" and len(text) > _LONG_PROSE:  # the sentence with the sum
                start, end = _sentence_around(text, _SUM_MARK.search(text).start())  # type: ignore[union-attr]
            written = text[start:end]
            if not rows and region.kind != "prose":  # H = -\sum p \log p = H(P,Q) + D(P||Q): the links after it are
                written = _definition_part(written)  # claims of their own
            shown = (
                _ALIGNMENT.sub("", written.strip()) if rows or region.kind != "prose" else written.replace(BLANK, " ")
            )
            offset = region.offset + start
            mark = _SUM_MARK.search(text, start, end)
            if denied_at(document.text, region.offset + start, region.offset + end) or (
                region.kind == "prose" and wrong_label_within(text[start : mark.start() if mark else end])
            ):
                return  # "Do not write the cross-entropy as ...", "誤り例: H = ...": a mistake shown as such
            if sign == SWAPPED and roles_reversed(
                document.text[max(0, offset - _ROLES) : offset + len(written) + _ROLES]
            ):
                return  # "p is the approximation, q the true distribution": weighted by q by its own convention
            if sign == UNWEIGHTED and not _EQUIPROBABLE.search(document.text, max(0, offset - _CASE_REACH), offset):
                return  # -\sum_i \log p(x_i) may be a message's information, not the entropy, unless said of its case
            kind, negated = defined_kind(sign)
            if sign == 1 and _wrong_limits(written):
                kind = "limits_definition"
            named = label_before(document.text[max(0, region.offset - 120) : region.offset]) if sign == 1 else None
            if named is not None and named != measure and measure in ("kl", "cross_entropy"):
                measure, kind = named, "mislabelled_definition"  # a right cross-entropy called the relative entropy
            # The whole formula (the report shortens it for the terminal; the JSON keeps what was written).
            yield Property(document.line(offset), shorten(shown, MAX_FORMULA_TEXT), measure, kind, negated, offset)
            bound = collision_link(text[start:end]) if (measure, sign) == ("entropy", 1) else None
            if bound is not None:  # H = -\sum p \log p \le -\log \sum p^2: a link past the definition
                at, link, holds = bound
                offset = region.offset + start + at
                yield Property(document.line(offset), link, "entropy", "collision_bound", not holds, offset)
            if (start, end) in rows:  # H(S) = -\sum_k p_k I(S_k) \\ = \sum_k p_k \log p_k: each row after it
                members += _continued_rows(text, rows[rows.index((start, end)) + 1 :], start, shape_of)
            for (measure, sign), member, at in members:  # a later member of the chain, or a row after it
                kind, negated = defined_kind(sign)
                offset = region.offset + at
                yield Property(document.line(offset), member, measure, kind, negated, offset)
            return


#: A measure's name alone, the left side of a definition whose right side is on the next line: ``H(p,q)``,
#: ``D_{KL}(p||q)``.
_LEFT_ALONE = lazy(
    r"\s*(?P<left>(?:[A-Za-z]|\\mathrm\{[A-Za-z]{1,3}\})(?:_\{?[A-Za-z]{1,4}\}?)?\s?\([^()=$\n]{1,24}\))\s*"
)
#: The same as an inline formula of its own on the line above: ``$D_{KL}(p||q)$`` then a line break and ``$``.
_INLINE_ABOVE = lazy(r"\$(?P<left>[^$\n]{1,40})\$[ \t]*\n[ \t]*\$$")


def _left_above(document: SourceText, region: Region, text: str, lefts: list[int], start: int) -> str | None:
    r"""The measure's name a row starting with ``=`` goes on from: the row above when it holds only that name, or
    an inline formula of its own on the line above (``$H(p,q)$`` then ``$= -\sum_x ...$``); else None.

    >>> from kldocs.checker.reading import parse_text
    >>> document = parse_text("$D_{KL}(p||q)$\n$= \\sum_x p(x)\\log\\frac{p(x)}{q(x)}$\n", "a.md")
    >>> region = document.math[1]
    >>> _left_above(document, region, region.text, [0], 0)
    'D_{KL}(p||q)'
    """
    if not text[start:].lstrip().startswith("="):
        return None
    if start > 0:
        row = lefts.index(start) - 1
        previous = text[lefts[row] : start].removesuffix("\\\\").removesuffix("\\\\")
        alone = _LEFT_ALONE.fullmatch(previous)
        return alone.group("left") if alone and row == 0 else None
    inline = _INLINE_ABOVE.search(document.text, max(0, region.offset - 60), region.offset)
    alone = _LEFT_ALONE.fullmatch(inline.group("left")) if inline else None
    return alone.group("left") if alone else None


def _later_members(
    text: str,
    start: int,
    end: int,
    shape: tuple[str, int] | None,
    read: Callable[[str], tuple[str, int] | None] = sign_of_definition,
) -> list[tuple[tuple[str, int], str, int]]:
    r"""The second and later members of a chain ``L = M1 = M2 = ...`` in ``text[start:end]`` that define ``L`` as a
    sum of another shape than ``shape`` (the first member's; each read by ``read``): each shape, ``L = Mk`` and
    where ``Mk`` starts.

    >>> text = r"H(P,Q) = H(P) + D(P\|Q) = -\sum_x p(x) \log q(x)"
    >>> _later_members(text, 0, len(text), None)
    [(('cross_entropy', 1), 'H(P,Q) = -\\sum_x p(x) \\log q(x)', 25)]
    >>> text = r"KL(p||q) = \sum p \log(p/q). Since \ln x \le x - 1, -KL(p||q) = \sum p \ln(q/p) \le 0"
    >>> _later_members(text, 0, len(text), ("kl", 1))
    []
    """
    cuts = _top_equals(text, start, end)
    if not 2 <= len(cuts) <= _MAX_MEMBERS:
        return []
    left = text[start : cuts[0]].strip()
    members = []
    for before, at, following in zip(cuts, cuts[1:], [*cuts[2:], end], strict=False):
        if _CHAIN_END.search(text, before + 1, at):
            break  # "... . Then −KL(p‖q) = ...", "≤": what follows is not this measure's chain
        stop = _CHAIN_END.search(text, at + 1, following)
        following = following if stop is None else stop.start()
        if _SUM_MARK.search(text, at, following) is not None:  # E[I(X)], \sum_x P(x) I(x): no other shape
            member = f"{left} = {text[at + 1 : following].strip()}"
            found = read(member)
            if found is not None and found != shape and found[1] in (1, -1, SWAPPED, WRONG_TERM):
                members.append((found, shorten(_ALIGNMENT.sub("", member), MAX_FORMULA_TEXT), at + 1))
        if stop is not None:
            break
    return members


def _continued_rows(
    text: str, rows: list[tuple[int, int]], start: int, read: Callable[[str], tuple[str, int] | None]
) -> list[tuple[tuple[str, int], str, int]]:
    r"""The rows after a defining row (at ``start``) that go on with its chain (each opens with ``=``) and define its
    left side as a sum: each shape (by ``read``), ``L = row`` and where the row starts.

    >>> text = r"H(S) = -\sum_k p_k \log_2 p_k \\ = \sum_k p_k \log_2 \frac{1}{p_k} \\ = 1.5"
    >>> rows = [(0, 32), (32, 69), (69, len(text))]
    >>> _continued_rows(text, rows[1:], 0, sign_of_definition)
    [(('entropy', 1), 'H(S) = \\sum_k p_k \\log_2 \\frac{1}{p_k}', 33)]
    """
    equals = text.find("=", start, rows[0][0] if rows else start)
    left = _ALIGNMENT.sub("", text[start:equals]).strip() if equals > start else ""
    found = []
    for row_start, row_end in rows:
        row = _ALIGNMENT.sub("", text[row_start:row_end]).strip()
        if not left or not row.startswith("="):
            break
        shape = read(f"{left} {row}") if _SUM_MARK.search(row) else None
        if shape is not None and shape[1] in (1, -1, SWAPPED, WRONG_TERM):
            at = text.index("=", row_start)
            found.append((shape, shorten(f"{left} {row}", MAX_FORMULA_TEXT), at))
    return found


#: Where a chain of equal members ends: a sentence's end, or another relation (``≤``, ``\approx``).
_CHAIN_END = lazy(r"[.。!?](?:\s|$)|[≤≥<>≠≈]|\\(?:le|ge|leq|geq|neq|approx|lt|gt)(?![A-Za-z])")


#: What before an equals sign makes another relation: ``<=``, ``>=``, ``!=``, ``:=``, ``==``, ``\=``.
_NOT_EQUALS = frozenset("<>!:=\\")
#: Most members of a chain read one by one.
_MAX_MEMBERS = 12
#: Characters a chain may span to be split into its members.
_MAX_CHAIN = 600


def _top_equals(text: str, start: int, end: int) -> list[int]:
    """Where ``text[start:end]`` has an equals sign outside brackets (not ``<=``, ``>=``, ``!=``, ``:=``, ``==``)."""
    if end - start > _MAX_CHAIN or text.count("=", start, end) < 2:
        return []
    depth, found = 0, []
    for index in range(start, end):
        char = text[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
        elif (
            char == "="
            and depth == 0
            and text[index - 1 : index] not in _NOT_EQUALS
            and text[index + 1 : index + 2] != "="
        ):
            found.append(index)
    return found


def _definition_part(formula: str) -> str:
    r"""``formula`` up to the first relation after the sum it defines by, when what follows names another measure or
    logarithm (a link of its own); else all of it.

    >>> _definition_part(r"H = -\sum_{i=1}^n p_i \log p_i \le -\log \sum_i p_i^2")
    'H = -\\sum_{i=1}^n p_i \\log p_i'
    >>> _definition_part(r"H(P) = -\sum_x p(x) \log p(x) = 1.5")
    'H(P) = -\\sum_x p(x) \\log p(x) = 1.5'
    """
    mark = _SUM_MARK.search(formula)
    if mark is None:
        return formula
    depth = 0
    for index in range(mark.end(), len(formula)):
        char = formula[index]
        depth += (char in "([{") - (char in ")]}")
        if depth <= 0 and _LINK_START.match(formula, index) and _LINKED.search(formula, index):
            return formula[:index].rstrip()
    return formula


#: A relation that starts another link of a chain: ``=``, ``\le``, ``\geq``, ``≤``.
_LINK_START = lazy(r"(?<![<>!:=\\])=(?!=)|\\(?:le|ge|leq|geq)(?![A-Za-z])|[≤≥]")
#: What makes the part after a relation a link of its own: a measure or a logarithm.
_LINKED = lazy(r"[A-Z](?:_\{?[A-Za-z]{1,4}\}?)?\s?\(|\\log|\\ln")


#: Words for outcomes of equal probability, the case an entropy's sum without weights is written for ("for
#: equiprobable symbols, H = -K \sum_i \log p(x_i)").
_EQUIPROBABLE = lazy(
    r"(?i:equi-?probab|equiprov[áa]ve|equally\s+(?:likely|probable)|same\s+probabilit|[ée]quiprobab|gleich\s*wahrscheinlich"
    r"|igualmente\s+prov[áa]ve|равновероятн|одинаков\w*\s+вероятност)|等概率|等確率|同じ確率|같은\s*확률|동일한?\s*확률"
)
#: How far before such a sum the words for its case are looked for.
_CASE_REACH = 300
#: The kinds of definition told by their sign: weighted by the other distribution, the logarithm missing.
_KINDS = {
    SWAPPED: "swapped_definition",
    WRONG_TERM: "wrong_term",
    UNLOGGED: "unlogged_definition",
    UNWEIGHTED: "unweighted_definition",
    UNLOGGED_INVERTED: "inverted_unlogged_definition",
}


def defined_kind(sign: int) -> tuple[str, bool]:
    """The property a definition's shape (a sign from :func:`~kldocs.checker.formula_shapes.sign_of_definition`)
    claims, and whether it is negated (the sign flipped, the weights swapped).

    >>> defined_kind(1), defined_kind(-1), defined_kind(SWAPPED)
    (('sum_definition', False), ('sum_definition', True), ('swapped_definition', True))
    """
    return _KINDS.get(sign, "sum_definition"), sign in (-1, SWAPPED)


#: An integral's limits, the lower first or the upper first: ``\int_{-\infty}^{\infty}``, ``∫^∞_{-∞}``.
_LIMIT = r"(?:\{[^{}]{0,20}\}|\\?\w+|[-+−]?∞)"
_LIMITS = lazy(
    rf"(?:\\int(?![A-Za-z])|∫)\s*(?:\\limits\s*)?(?:_\s*(?P<lower>{_LIMIT})\s*\^\s*(?P<upper>{_LIMIT})"
    rf"|\^\s*(?P<upper_first>{_LIMIT})\s*_\s*(?P<lower_second>{_LIMIT}))"
)
_INFINITY = frozenset({"\\infty", "∞", "+\\infty", "+∞"})
_MINUS_INFINITY = frozenset({"-\\infty", "-∞", "−∞", "−\\infty"})


def _wrong_limits(formula: str) -> bool:
    r"""True when an integral in ``formula`` runs from +∞ or up to -∞ (it is 0 or has its sign flipped).

    >>> _wrong_limits(r"\int_{\infty}^{\infty} p \log p"), _wrong_limits(r"\int_{-\infty}^{+\infty} p \log p")
    (True, False)
    """
    for match in _LIMITS.finditer(formula):
        lower = _bare(match.group("lower") or match.group("lower_second"))
        upper = _bare(match.group("upper") or match.group("upper_first"))
        if lower in _INFINITY or upper in _MINUS_INFINITY:
            return True
    return False


def _bare(limit: str) -> str:
    return "".join(limit.split()).removeprefix("{").removesuffix("}")


#: Characters before and after a definition searched for the roles the text gives its letters.
_ROLES = 600
#: Characters of a line of prose past which a definition in it is shown as the sentence that holds its sum.
_LONG_PROSE = 160


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding ``text[at]`` starts and ends (its mark kept).

    >>> text = "평균 정보량. 정의는 H = Σ p log(1/p) 이다. 다음 문장."
    >>> start, end = _sentence_around(text, text.index("Σ"))
    >>> text[start:end]
    '정의는 H = Σ p log(1/p) 이다.'
    """
    start = max(
        [0, *(found + len(mark) for mark in (". ", "。", "\n", "! ", "? ") if (found := text.rfind(mark, 0, at)) >= 0)]
    )
    ends = [found + 1 for mark in (". ", "。", "\n", "! ", "? ") if (found := text.find(mark, at)) >= 0]
    return start, min(ends, default=len(text))


#: A sum, an integral or an expectation, as a definition writes it (also in words: ``X 中 X 的和``, or typed:
#: ``Sum(``), or the second term of the entropy of two outcomes, ``(1-p) log(1-p)`` (or ``(1-p(x_i))``, ``(1-\mu)``).
_SUM_MARK = lazy(
    r"\\sum|∑|Σ|" + SIGMA_SUM + r"|\\int|∫|\\mathbb\s*\{?\s*E(?![A-Za-z])|(?<![A-Za-z\\])E(?:_|\s*\[)|的和"
    r"|(?<![A-Za-z\\])(?:Sum|sum|SUM)(?:\(|\s{1,3}over\s)|"
    r"\(\s*1\s*[-−–]\s*(?:[a-z]|\\mu|\\theta)(?:\([^()]{1,8}\))?\s*\)"
)
#: What every match of :data:`_SUM_MARK` holds one of (a typed ``sum`` is followed by ``(`` or ``over``).
_SUM_ANCHORS = ("\\", "∑", "Σ", "∫", "E", "的和", "(", "over")
#: Most characters of a definition kept as its claim's text.
MAX_FORMULA_TEXT = 300
_ROW_BREAK = lazy(r"\\\\(?:\\\\)?")
#: Environment and alignment marks around a row of an aligned chain.
_ALIGNMENT = lazy(r"\\(?:begin|end)\{[A-Za-z*]{1,20}\}|&|\\\\(?:\\\\)?$")
#: Spacing, environments and font sizes before a row's formula: ``\huge \begin{align}``.
_ROW_LEAD = lazy(
    r"(?:\s|\\begin\{[A-Za-z*]{1,20}\}|\\(?:tiny|small|normalsize|large|Large|LARGE|huge|Huge)(?![A-Za-z]))*"
)
