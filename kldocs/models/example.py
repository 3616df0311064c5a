"""The worked-example page for a pair P, Q, as plain data.

Every number comes from the exact core (through the measures), every chain
of equalities from the derivations layer; this module only decides which
sections the page has and in which order.

>>> from kldocs.inputs import parse_distribution
>>> P = parse_distribution("0.2 0.5 0.3")
>>> Q = parse_distribution("0.3 0.4 0.3", name="Q")
>>> page = worked_example(P, Q)
>>> [section.heading for section in page.sections][:2]
['The two distributions', 'KL divergence, term by term']
"""

from __future__ import annotations

from kldocs.inputs import Distribution
from kldocs.models.blocks import Label, Section
from kldocs.models.document import Document
from kldocs.models.options import PageOptions
from kldocs.models.sections import (
    Pair,
    data_blocks,
    decomposition_blocks,
    jsd_blocks,
    kl_blocks,
    path_blocks,
    reverse_blocks,
)
from kldocs.models.source import Source
from kldocs.models.words import Words

#: The page's sections: heading key and the blocks under it.
SECTIONS = (
    ("example.data.heading", data_blocks),
    ("example.kl.heading", kl_blocks),
    ("example.ce.heading", decomposition_blocks),
    ("example.reverse.heading", reverse_blocks),
    ("example.jsd.heading", jsd_blocks),
    ("example.path.heading", path_blocks),
)


def worked_example(P: Distribution, Q: Distribution, options: PageOptions | None = None) -> Document:
    """The worked-example page for P and Q.

    Parameters
    ----------
    P, Q
        Exact distributions of the same length (P is the reference).
    options
        Language, base, header and digits. The page gives its values in
        ``options.base`` and also in the other common unit (bits when the
        base is e, nats otherwise).
    """
    options = options or PageOptions()
    words = Words(options.language)
    pair = Pair(P, Q, options.base, words, options.digits)
    sections = tuple(Section(words(heading), tuple(blocks(pair))) for heading, blocks in SECTIONS)
    return Document(
        "example",
        options.language,
        Label(options.title) if options.title is not None else words("example.title"),
        Label(options.author),
        sections,
        words("example.subtitle"),
        source=Source((P, Q), options.base, options.digits),
    )
