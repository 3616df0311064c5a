"""Test helpers: tools that some tests need (TeX, a browser).

Locally a missing tool skips those tests with a reason; under CI=true they
must run, so a missing tool fails them instead.
"""

from __future__ import annotations

import os
import shutil

import pytest


def require_tool(name: str, package: str) -> str:
    """The path of executable ``name``; skip (or fail under CI) when it is missing."""
    path = shutil.which(name)
    if path is not None:
        return path
    message = f"{name} is not installed (Debian package {package})"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}, but CI=true requires it")
    pytest.skip(message)
