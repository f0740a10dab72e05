"""Thin entry point: `python main.py ARGS` is the same program as `space-accord ARGS`."""

import os
import sys

# Keep the pygame-ce banner off stdout: `--json` output must stand alone.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from game.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
