r"""Every distribution of random variables a document writes as a table, a list of events or a matrix, each with
the offset from which it is in force.

A joint table binds its marginals, its joint and its conditionals (:mod:`~kldocs.checker.joint_tables`, Markdown
and LaTeX tables; :mod:`~kldocs.checker.text_tables`, plain text; :mod:`~kldocs.checker.latex_matrices`, matrices;
:mod:`~kldocs.checker.event_tables`, ``P(X=0, Y=1) = 1/4`` one event after another;
:mod:`~kldocs.checker.tuple_outcomes`, "the outcomes (0,0), (0,1), (1,1) have probabilities 1/2, 1/4, 1/4";
:mod:`~kldocs.checker.event_rows`, a Markdown table headed ``| x | y | z | p |``). An input written on its own
(``P(X) = (1/2, 1/4, 1/4)``, or ``P(X=0) = 3/4, P(X=1) = 1/4``) binds its variable, and a channel ``P(Y|X)``
after it the joint of the two (:mod:`~kldocs.checker.channels`; a binary symmetric or erasure channel named in words,
:mod:`~kldocs.checker.channel_words`). Variables built in prose ("X, Y independent fair bits, Z = X + Y") bind their
joint (:mod:`~kldocs.checker.constructed_joints`). An entropy expanded in the symbols of probabilities given above it
binds its variable (:mod:`~kldocs.checker.symbol_expansions`).

>>> from kldocs.checker.reading import parse_text
>>> text = "- P(X=0, Y=0) = 1/2\n- P(X=1, Y=1) = 1/2\n"
>>> sorted({binding.name for _, binding in written_distributions(parse_text(text, "a.md"))})[:4]
['X', 'X,Y', 'X@X,Y', 'X@Y,X']
"""

from __future__ import annotations

from kldocs.checker.channel_words import worded_channels
from kldocs.checker.channels import channel_event_bindings, channel_table_bindings, input_distributions
from kldocs.checker.constructed_joints import constructed_bindings
from kldocs.checker.documents import SourceText
from kldocs.checker.event_rows import event_rows
from kldocs.checker.event_tables import event_lists
from kldocs.checker.joint_tables import joint_bindings
from kldocs.checker.latex_matrices import matrix_bindings
from kldocs.checker.scope import Binding
from kldocs.checker.symbol_expansions import expansion_bindings
from kldocs.checker.text_tables import text_table_bindings
from kldocs.checker.tuple_outcomes import tuple_joints


def written_distributions(document: SourceText, built: bool = True) -> list[tuple[int, Binding]]:
    """The names the document's tables, lists of events, matrices and channels bind, each with its offset; and,
    when ``built``, those of the random variables built in its prose."""
    alone, joints = event_lists(document)
    inputs = sorted(input_distributions(document) + alone, key=lambda entry: entry[0])
    return [
        *joint_bindings(document),
        *matrix_bindings(document, inputs),
        *text_table_bindings(document),
        *joints,
        *tuple_joints(document),
        *event_rows(document),
        *inputs,
        *channel_table_bindings(document, inputs),
        *channel_event_bindings(document, inputs),
        *worded_channels(document, inputs),
        *(constructed_bindings(document) if built else ()),
        *expansion_bindings(document),
    ]
