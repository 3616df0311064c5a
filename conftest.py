"""Settings for the whole test run, doctests included.

Checked derivations are kept in a folder of the run's own (``KLDOCS_CACHE``):
every run starts with none, the processes it starts share it, and the
user's own cache is never read or written.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_FOLDER = tempfile.mkdtemp(prefix="kldocs-test-cache-")


def pytest_configure(config: pytest.Config) -> None:
    os.environ["KLDOCS_CACHE"] = _FOLDER


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_FOLDER, ignore_errors=True)
