"""``python -m kldocs`` runs the command line."""

import sys

from kldocs.cli import main

if __name__ == "__main__":
    sys.exit(main())
