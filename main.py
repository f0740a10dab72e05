"""Thin entry point: `python main.py ARGS` is the same program as `space-accord ARGS`."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
