"""Interface layer: the ``kldocs`` command line.

``main(["compute", "--p", "0.2 0.5 0.3", "--q", "0.3 0.4 0.3"])`` runs a
command and returns its exit code; tests call it directly.
"""

from kldocs.cli.main import main

__all__ = ["main"]
