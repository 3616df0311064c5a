"""``python -m kldocs`` runs the command line."""

from kldocs.cli.main import run

if __name__ == "__main__":
    run()
