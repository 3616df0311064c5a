"""``python -m tests.snapshots``: rewrite the golden snapshots."""

from tests.snapshots import main

if __name__ == "__main__":
    main()
