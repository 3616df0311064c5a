"""Checked derivations kept between runs: a page shows a derivation checked once, not checked again each time.

A result is stored under a key that covers everything it depends on: the
derivation itself (every expression written out as its tree, each symbol
with its assumptions), the source of every kldocs module, and the
versions of Python and SymPy. Any change to any of these gives another key,
so a stored result is reused only for the very check that produced it. A
derivation that cannot be written out the same way in every process (one
with a ``Dummy`` symbol, say) is simply checked each time. ``kldocs verify``
checks afresh (:func:`afresh`).

The folder is ``$KLDOCS_CACHE``, else ``$XDG_CACHE_HOME/kldocs``, else
``~/.cache/kldocs``; one that cannot be read or written only means
checking again.

>>> from kldocs.derivations.registry import get
>>> len(key(get("gibbs"))) == 64 and key(get("gibbs")) != key(get("jeffreys"))
True
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextvars import ContextVar
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

import sympy
from sympy.core.function import AppliedUndef

from kldocs.derivations.steps import Derivation, StepCheck, Verification

#: True inside :func:`afresh`.
_AFRESH: ContextVar[bool] = ContextVar("afresh", default=False)
#: The kldocs package folder: the source whose every byte the key covers.
_PACKAGE = Path(__file__).resolve().parent.parent


class _NotWritableError(TypeError):
    """A value with no written form that is the same in every process."""


def folder() -> Path:
    """Where checked results are kept."""
    chosen = os.environ.get("KLDOCS_CACHE")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kldocs"


@cache
def _code(package: Path = _PACKAGE) -> str:
    """A digest of every module's source in ``package``, with the Python and SymPy versions."""
    digest = hashlib.sha256(f"{sys.version}\n{sympy.__version__}\n".encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _written(value: Any) -> str:
    """``value`` written out in full, the same in every process; raises :class:`_NotWritableError` otherwise."""
    if isinstance(value, sympy.Basic):
        return _expression(value)
    if isinstance(value, (str, int, float, bool, Fraction, enum.Enum)) or value is None:
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "(" + ", ".join(_written(item) for item in value) + ")"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(_written(item) for item in value)) + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(sorted(f"{_written(k)}: {_written(v)}" for k, v in value.items())) + "}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = (f"{field.name}={_written(getattr(value, field.name))}" for field in dataclasses.fields(value))
        return f"{type(value).__qualname__}({', '.join(fields)})"
    raise _NotWritableError(f"{type(value).__name__} has no written form")


def _expression(node: sympy.Basic) -> str:
    """A SymPy expression written out as its tree, with every symbol's assumptions.

    ``sympy.srepr`` says the same, but it orders the terms of a sum for
    printing, which asks SymPy about each term (seconds for a long chain);
    the tree's own order is already the same in every process.
    """
    if isinstance(node, sympy.Dummy):
        raise _NotWritableError("a Dummy symbol is numbered differently in each process")
    if isinstance(node, sympy.Symbol):
        return f"Symbol({node.name!r}, {sorted(node.assumptions0.items())})"
    if isinstance(node, AppliedUndef):
        head = sympy.srepr(node.func)  # an undefined function's name and its own assumptions
    elif not node.args:
        return sympy.srepr(node)  # numbers and constants: short
    else:
        head = type(node).__name__
    return f"{head}({', '.join(_expression(argument) for argument in node.args)})"


@cache
def key(derivation: Derivation) -> str | None:
    """The name a check of ``derivation`` is stored under, or None when it cannot have one (worked out once:
    :func:`recall` and then :func:`remember` both need it)."""
    try:
        written = _written(derivation)
    except _NotWritableError:
        return None
    return hashlib.sha256(f"{_code()}\n{written}".encode()).hexdigest()


@contextlib.contextmanager
def afresh() -> Iterator[None]:
    """Within this block nothing stored is recalled: every check is done again (and stored)."""
    token = _AFRESH.set(True)
    try:
        yield
    finally:
        _AFRESH.reset(token)


def recall(derivation: Derivation) -> Verification | None:
    """The stored check of ``derivation``, or None when there is none (or it cannot be read)."""
    name = None if _AFRESH.get() else key(derivation)
    if name is None:
        return None
    try:
        stored = json.loads((folder() / "verified" / f"{name}.json").read_text(encoding="utf-8"))
        checks = tuple(StepCheck(bool(holds), str(detail)) for holds, detail in stored["checks"])
        return Verification(str(stored["name"]), checks)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(derivation: Derivation, verification: Verification) -> None:
    """Store ``verification``, the check of ``derivation``, written whole or not at all."""
    name = key(derivation)
    if name is None:
        return
    text = json.dumps({"name": verification.name, "checks": [[c.holds, c.detail] for c in verification.checks]})
    place = folder() / "verified"
    try:
        place.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=place, suffix=".part")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, place / f"{name}.json")
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
