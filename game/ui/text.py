"""Fonts and rendered text, cached: a font per (size, bold), a surface per
(text, size, colour, width, bold, align), and the height of wrapped text.

The surfaces are bounded by count and by bytes (wrapped paragraphs are full-width 32-bit
surfaces, up to a megabyte each), least recently used going first; ``height`` keeps only a
number, so measuring a paragraph for layout does not keep a second picture of it.

Text wraps at ``width`` (pygame-ce wraps words and honours ``\\n``); nothing is re-rendered
while it stays the same. A missing or broken font file falls back to pygame's own font (a
corrupt file can open and fail only when used, so each font is tried on a sample first);
text that draws nothing at all (only zero-width characters) gives a blank line.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pygame

from game import paths

Colour = tuple[int, int, int]
ALIGNS = {"left": pygame.FONT_LEFT, "center": pygame.FONT_CENTER, "right": pygame.FONT_RIGHT}
ELLIPSIS = "…"
CAPACITY = 600  # surfaces
# One screen's text takes about one window's worth of bytes (3.6 MB at 1280x720, 32 MB at
# 3840x2160), so keep several screens' worth, and at least MAX_BYTES.
MAX_BYTES = 24 * 1024 * 1024
WINDOWS = 3
HEIGHTS = 4096  # remembered heights (a few ints each)


class Surfaces:
    """Surfaces by key, bounded by count and by bytes; the least recently used go first.

    The newest entry always stays, however big, so a caller gets back what it just made.
    """

    def __init__(self, capacity: int, max_bytes: int) -> None:
        self._items: OrderedDict[tuple[object, ...], pygame.Surface] = OrderedDict()
        self.capacity = capacity
        self.floor_bytes = self.max_bytes = max_bytes
        self.bytes = 0

    def get(self, key: tuple[object, ...]) -> pygame.Surface | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def keep(self, key: tuple[object, ...], surface: pygame.Surface) -> pygame.Surface:
        old = self._items.pop(key, None)
        if old is not None:
            self.bytes -= _bytes(old)
        self._items[key] = surface
        self.bytes += _bytes(surface)
        self._trim()
        return surface

    def fit(self, size: tuple[int, int]) -> None:
        """Allow ``WINDOWS`` windows of ``size`` worth of bytes (never below the floor)."""
        self.max_bytes = max(self.floor_bytes, WINDOWS * 4 * size[0] * size[1])
        self._trim()

    def _trim(self) -> None:
        items = self._items
        while len(items) > 1 and (len(items) > self.capacity or self.bytes > self.max_bytes):
            self.bytes -= _bytes(items.popitem(last=False)[1])

    def values(self) -> list[pygame.Surface]:
        return list(self._items.values())

    def __len__(self) -> int:
        return len(self._items)


def fonts_dir() -> Path:
    return paths.fonts_dir()


class TextCache:
    """Renders text with the game's font, keeping recent results (least recently used go)."""

    def __init__(
        self,
        regular: Path | None = None,
        bold: Path | None = None,
        *,
        capacity: int = CAPACITY,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        if not pygame.font.get_init():
            pygame.font.init()
        self._paths = {
            False: regular or fonts_dir() / "DejaVuSans.ttf",
            True: bold or fonts_dir() / "DejaVuSans-Bold.ttf",
        }
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self.surfaces = Surfaces(capacity, max_bytes)
        self._heights: OrderedDict[tuple[object, ...], int] = OrderedDict()
        self.fallback_used = False

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        key = (size, bold)
        found = self._fonts.get(key)
        if found is None:
            try:
                found = pygame.font.Font(self._paths[bold], size)
                found.size("Ag")  # a corrupt file opens, then fails here
            except (OSError, pygame.error):
                self.fallback_used = True
                found = pygame.font.Font(None, round(size * 1.25))
                found.bold = bold
            self._fonts[key] = found
        return found

    def render(
        self,
        text: str,
        size: int,
        colour: Colour,
        width: int = 0,
        *,
        bold: bool = False,
        align: str = "left",
    ) -> pygame.Surface:
        """``text`` as a surface, wrapped at ``width`` pixels when ``width`` > 0."""
        key = (text, size, colour, max(0, width), bold, align)
        found = self.surfaces.get(key)
        if found is None:
            found = self.surfaces.keep(key, self._draw(text, size, colour, width, bold, align))
        return found

    def _draw(
        self, text: str, size: int, colour: Colour, width: int, bold: bool, align: str
    ) -> pygame.Surface:
        font = self.font(size, bold)
        font.align = ALIGNS.get(align, pygame.FONT_LEFT)
        try:
            return font.render(text or " ", True, colour, None, max(0, width))
        except pygame.error:  # "Text has zero width": only zero-width characters
            return pygame.Surface((1, font.get_linesize()), pygame.SRCALPHA)

    def line_fit(self, text: str, size: int, width: int, *, bold: bool = False) -> str:
        """``text`` cut with an ellipsis so that it fits ``width`` pixels on one line."""
        font = self.font(size, bold)
        if font.size(text)[0] <= width:
            return text
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if font.size(text[:middle].rstrip() + ELLIPSIS)[0] <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + ELLIPSIS

    def height(self, text: str, size: int, width: int, *, bold: bool = False) -> int:
        """How tall ``text`` is once wrapped at ``width``."""
        key = (text, size, max(0, width), bold)
        found = self._heights.get(key)
        if found is None:
            found = self._draw(text, size, (255, 255, 255), width, bold, "left").get_height()
            self._heights[key] = found
            if len(self._heights) > HEIGHTS:
                self._heights.popitem(last=False)
        else:
            self._heights.move_to_end(key)
        return found

    def __len__(self) -> int:
        return len(self.surfaces)


def _bytes(surface: pygame.Surface) -> int:
    return surface.get_pitch() * surface.get_height()
