"""What blocks of code above a point gave: a view of the names given so far, looked up, never walked whole.

A document may give thousands of names, block by block; each block reads only the few it names, so a copy of all
those given above it for each block made reading quadratic.

>>> given = {"coin": (0, ["0.5", "0.5"]), "die": (120, ["1/6"] * 6)}
>>> above = Above(given, 100)
>>> "coin" in above, "die" in above, above["coin"]
(True, False, ['0.5', '0.5'])
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TypeVar

_V = TypeVar("_V")


class Above(Mapping[str, _V]):
    """The names of ``given`` (name -> (offset, value)) given before ``offset``, with their values: a view, not a
    copy, so that each of thousands of blocks does not walk every name the blocks before it gave.

    >>> above = Above({"a": (0, [1]), "b": (50, [2])}, 10)
    >>> "a" in above, "b" in above, bool(above), dict(above)
    (True, False, True, {'a': [1]})
    """

    def __init__(self, given: Mapping[str, tuple[int, _V]], offset: int) -> None:
        self._given, self._offset = given, offset

    def __getitem__(self, name: str) -> _V:
        start, value = self._given[name]
        if start >= self._offset:
            raise KeyError(name)
        return value

    def __contains__(self, name: object) -> bool:
        found = self._given.get(name) if isinstance(name, str) else None
        return found is not None and found[0] < self._offset

    def __iter__(self) -> Iterator[str]:
        return (name for name, (start, _) in self._given.items() if start < self._offset)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        return any(True for _ in self)  # the names are given in document order: the first one settles it
