r"""What the ``ent`` tool prints for bytes whose entropy the command line itself shows: ``Entropy = 0.000000 bits
per byte.``

Books on reverse engineering pipe data into ``ent``, which prints the entropy of its byte frequencies in bits.
The data is known exactly in two cases only: a string ``echo -n`` writes (each byte's share of the string is
its probability) and the zero bytes of ``/dev/zero`` (entropy 0). Random data (``/dev/urandom``), files,
programs and longer pipelines give sample values that are not read. The command and the line ``ent`` printed
must be next to each other, each alone on its line. A value the bytes do not give is left unchecked: the
tool printed what it was given, which may not be what the command line seems to say.

>>> text = '% echo -n "abab" | ent\nEntropy = 1.000000 bits per byte.\n'
>>> [claim.text for claim in ent_claims(text)]
['-(2/4 \\log(2/4) + 2/4 \\log(2/4)) = 1.000000 bits']
>>> list(ent_claims('% dd if=/dev/urandom | ent\nEntropy = 7.999803 bits per byte.\n'))
[]
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator

from kldocs.checker.code_comments import CommentClaim
from kldocs.checker.lazy_patterns import lazy
from kldocs.checker.named_functions import rounds_to
from kldocs.checker.string_entropy import written_out

#: The command: a prompt maybe, then ``echo -n "..."`` or ``dd ... if=/dev/zero ...``, piped into ``ent`` alone.
_COMMAND = lazy(
    r"[ \t]*(?:[%$#>][ \t]*)?(?:echo[ \t]+-n[ \t]+(?P<quote>[\"'])(?P<string>[^\"'\n\\$`]{1,200})(?P=quote)"
    r"|(?P<zero>dd\b[^|\n]{0,100}\bif=/dev/zero\b[^|\n]{0,100}))[ \t]*\|[ \t]*ent[ \t]*"
)
_RESULT = lazy(r"[ \t]*Entropy = (?P<value>[0-9]+\.[0-9]+) bits per byte\.?[ \t]*")
#: Longest command line looked at.
_MAX_LINE = 400


def ent_claims(text: str) -> Iterator[CommentClaim]:
    """The entropy of the bytes each such command gives, with the value ``ent`` printed below it."""
    found = text.find("| ent")
    while found >= 0:
        start = text.rfind("\n", 0, found) + 1
        end = text.find("\n", found)
        below = text.find("\n", end + 1) if end >= 0 else -1
        if end >= 0 and end - start <= _MAX_LINE:
            command = _COMMAND.fullmatch(text, start, end)
            result = _RESULT.fullmatch(text, end + 1, len(text) if below < 0 else below) if command else None
            if command is not None and result is not None:
                data = "\0" if command.group("zero") else command.group("string")
                if data.isascii():
                    yield _claim(data, result.group("value"), result.start("value"))
        found = text.find("| ent", found + 5)


def _claim(data: str, value: str, where: int) -> CommentClaim:
    """The claim that the bytes' entropy is ``value`` bits; unchecked when it is not (``echo`` may not know ``-n``
    and write it with a line break: the tool saw other bytes)."""
    bits = -sum(count / len(data) * math.log2(count / len(data)) for count in Counter(data).values())
    if rounds_to(bits, value, least=1):
        return CommentClaim(f"{written_out(data)} = {value} bits", where)
    note = f"the bytes the command writes have an entropy of {bits:.6f} bits, not {value}"
    return CommentClaim("", where, note=f"{note}: the tool may have been given others")
