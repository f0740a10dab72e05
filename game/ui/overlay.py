"""OverlayScene: a scene drawn over the one beneath it (dimmed), inside a framed box.

Subclasses set ``size`` (share of the window's width and height), lay out their widgets in
``self.box_inner`` from ``layout`` (after calling ``super().layout(rect)``) and call
``super().draw(surface)`` before drawing their own content. The dimming of what is beneath
is ``shade_beneath``: the App applies it once and keeps the dimmed picture.
"""

from __future__ import annotations

import pygame

from game.ui.layout import centred, inset
from game.ui.paint import Painter
from game.ui.scene import Scene


class OverlayScene(Scene):
    opaque = False
    size = (0.86, 0.88)
    title = ""

    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        self.box = centred(rect, round(rect.w * self.size[0]), round(rect.h * self.size[1]))
        inner = inset(self.box, t.space(2), t.space(1.5))
        head_h = t.line("heading") if self.title else 0
        self.head = pygame.Rect(inner.x, inner.y, inner.w, head_h)
        self.box_inner = pygame.Rect(inner.x, inner.y + head_h, inner.w, inner.h - head_h)

    def title_areas(self) -> list[pygame.Rect]:
        """The top of the box, where its heading goes (``title``, or a dialog's first line)."""
        box = getattr(self, "box", None)
        if box is None:
            return []
        t = self.theme
        heading = self.head.bottom if self.title else self.box_inner.y + t.line("large")
        return [pygame.Rect(box.x, box.y, box.w, heading - box.y)]

    def shade_beneath(self, p: Painter) -> None:
        p.shade()

    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        p.panel(self.box, self.theme.palette.panel, self.theme.palette.accent)
        if self.title:
            p.line(self.title, self.head, "heading", self.theme.palette.accent, bold=True)
