"""A layout audit: what one frame drew, and where text went wrong.

When the App has an ``audit``, every Painter records each panel it draws and the inked part
of each piece of text (the rectangle of its visible pixels, before and after clipping).
``problems()`` then names each piece of text that

- runs out of the window (``off-screen``),
- runs out of the panel it starts in (``overflow``): the panel is the last one drawn
  beneath the text's first ink, as a dialog is drawn over the screen behind it,
- overlaps the ink of another piece of text (``overlap``).

Text a scene clips on purpose (a scrolling list or paragraph) is judged by the part that
shows. The tour and the tests run it on every screen at every window size they try.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

TOLERANCE = 1  # pixels of anti-aliasing a glyph may spill over an edge


@dataclass(frozen=True)
class Inked:
    """One piece of text as drawn: what it says and the visible part of its ink."""

    text: str
    rect: pygame.Rect  # the ink that shows
    whole: pygame.Rect  # all of the ink, where no clip was set on purpose


@dataclass
class LayoutAudit:
    size: tuple[int, int] = (0, 0)
    panels: list[pygame.Rect] = field(default_factory=list)
    texts: list[tuple[Inked, int]] = field(default_factory=list)  # with the panels beneath

    def clear(self, size: tuple[int, int]) -> None:
        self.size = size
        self.panels.clear()
        self.texts.clear()

    def panel(self, rect: pygame.Rect, clip: pygame.Rect) -> None:
        shown = rect.clip(clip)
        if shown.w > 0 and shown.h > 0:
            self.panels.append(pygame.Rect(rect))

    def text(
        self, text: str, image: pygame.Surface, at: tuple[int, int], clip: pygame.Rect
    ) -> None:
        ink = image.get_bounding_rect().move(at)
        shown = ink.clip(clip)
        if not text.strip() or shown.w <= 0 or shown.h <= 0:
            return
        on_purpose = clip != pygame.Rect((0, 0), self.size)
        self.texts.append((Inked(text, shown, shown if on_purpose else ink), len(self.panels)))

    def problems(self) -> list[str]:
        """One line per fault found: ``code: "text" at x,y wxh (why)``."""
        found: list[str] = []
        window = pygame.Rect((0, 0), self.size)
        for inked, beneath in self.texts:
            rect = inked.rect
            if not window.inflate(TOLERANCE * 2, TOLERANCE * 2).contains(inked.whole):
                found.append(_line("off-screen", inked, f"window {self.size[0]}x{self.size[1]}"))
                continue
            home = self._home(rect, beneath)
            if home is not None and not home.inflate(TOLERANCE * 2, TOLERANCE * 2).contains(rect):
                found.append(_line("overflow", inked, f"panel {_box(home)}"))
        for index, (first, _) in enumerate(self.texts):
            for second, _ in self.texts[index + 1 :]:
                both = first.rect.clip(second.rect)
                if both.w > TOLERANCE and both.h > TOLERANCE:
                    found.append(_line("overlap", first, f'"{_short(second.text)}"'))
        return found

    def _home(self, rect: pygame.Rect, beneath: int) -> pygame.Rect | None:
        """The last panel drawn before the text that holds the text's first ink."""
        start = rect.topleft
        for panel in reversed(self.panels[:beneath]):
            if panel.collidepoint(start):
                return panel
        return None


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _box(rect: pygame.Rect) -> str:
    return f"{rect.x},{rect.y} {rect.w}x{rect.h}"


def _line(code: str, inked: Inked, why: str) -> str:
    return f'{code}: "{_short(inked.text)}" at {_box(inked.rect)} ({why})'
