"""Write the desktop icon (``packaging/space-accord.png``) from ``game.ui.icon``.

Run ``python tools/make_icon.py`` after changing the drawing; the PNG is committed so the
``.desktop`` file works without running the game first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pygame  # noqa: E402

from game.ui.icon import draw_icon  # noqa: E402


def main() -> int:
    target = Path(__file__).resolve().parent.parent / "packaging" / "space-accord.png"
    pygame.image.save(draw_icon(256), str(target))
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
