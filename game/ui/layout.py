"""Rectangle arithmetic for layouts worked out from the window size.

``rows`` and ``columns`` cut a rectangle into parts: an ``int`` is a fixed size in pixels, a
``float`` a share of what is left once the fixed parts and gaps are taken.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

Size = int | float


def inset(rect: pygame.Rect, dx: int, dy: int | None = None) -> pygame.Rect:
    """``rect`` shrunk by ``dx`` on the left and right and ``dy`` on top and bottom."""
    dy = dx if dy is None else dy
    return pygame.Rect(rect.x + dx, rect.y + dy, max(0, rect.w - 2 * dx), max(0, rect.h - 2 * dy))


def _cut(total: int, sizes: Sequence[Size], gap: int) -> list[int]:
    fixed = sum(s for s in sizes if isinstance(s, int))
    weights = sum(s for s in sizes if isinstance(s, float))
    free = max(0, total - fixed - gap * (len(sizes) - 1))
    lengths = [
        s if isinstance(s, int) else int(free * s / weights) if weights else 0 for s in sizes
    ]
    return [max(0, n) for n in lengths]


def rows(rect: pygame.Rect, sizes: Sequence[Size], gap: int = 0) -> list[pygame.Rect]:
    """``rect`` cut top to bottom."""
    out, y = [], rect.y
    for h in _cut(rect.h, sizes, gap):
        out.append(pygame.Rect(rect.x, y, rect.w, h))
        y += h + gap
    return out


def columns(rect: pygame.Rect, sizes: Sequence[Size], gap: int = 0) -> list[pygame.Rect]:
    """``rect`` cut left to right."""
    out, x = [], rect.x
    for w in _cut(rect.w, sizes, gap):
        out.append(pygame.Rect(x, rect.y, w, rect.h))
        x += w + gap
    return out


def grid(rect: pygame.Rect, count: int, cols: int, gap: int = 0) -> list[pygame.Rect]:
    """``count`` equal cells, ``cols`` to a row, filling ``rect``."""
    cols = max(1, cols)
    lines = max(1, -(-count // cols))
    cells = []
    for row in rows(rect, [1.0] * lines, gap):
        cells.extend(columns(row, [1.0] * cols, gap))
    return cells[:count]


def centred(rect: pygame.Rect, width: int, height: int) -> pygame.Rect:
    """A ``width`` × ``height`` rectangle (clamped to ``rect``) centred in ``rect``."""
    box = pygame.Rect(0, 0, min(width, rect.w), min(height, rect.h))
    box.center = rect.center
    return box
