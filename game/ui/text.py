"""Fonts and rendered text, cached: a font per (size, bold), a surface per
(text, size, colour, width, bold, align).

Text wraps at ``width`` (pygame-ce wraps words and honours ``\\n``); nothing is re-rendered
while it stays the same. A missing or broken font file falls back to pygame's own font (a
corrupt file can open and fail only when used, so each font is tried on a sample first);
text that draws nothing at all (only zero-width characters) gives a blank line.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pygame

from game.paths import project_root

Colour = tuple[int, int, int]
ALIGNS = {"left": pygame.FONT_LEFT, "center": pygame.FONT_CENTER, "right": pygame.FONT_RIGHT}
ELLIPSIS = "…"


def fonts_dir() -> Path:
    return project_root() / "assets" / "fonts"


class TextCache:
    """Renders text with the game's font, keeping recent results (least recently used go)."""

    def __init__(
        self,
        regular: Path | None = None,
        bold: Path | None = None,
        *,
        capacity: int = 600,
    ) -> None:
        if not pygame.font.get_init():
            pygame.font.init()
        self._paths = {
            False: regular or fonts_dir() / "DejaVuSans.ttf",
            True: bold or fonts_dir() / "DejaVuSans-Bold.ttf",
        }
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._surfaces: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self._capacity = capacity
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
        found = self._surfaces.get(key)
        if found is not None:
            self._surfaces.move_to_end(key)
            return found
        font = self.font(size, bold)
        font.align = ALIGNS.get(align, pygame.FONT_LEFT)
        try:
            surface = font.render(text or " ", True, colour, None, max(0, width))
        except pygame.error:  # "Text has zero width": only zero-width characters
            surface = pygame.Surface((1, font.get_linesize()), pygame.SRCALPHA)
        self._surfaces[key] = surface
        if len(self._surfaces) > self._capacity:
            self._surfaces.popitem(last=False)
        return surface

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
        return self.render(text, size, (255, 255, 255), width, bold=bold).get_height()

    def __len__(self) -> int:
        return len(self._surfaces)
