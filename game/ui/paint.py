"""The Painter: drawing helpers bound to one surface, theme and text cache.

Scenes and widgets draw through it so that colours, sizes and the text cache are used the
same way everywhere: ``p.panel(rect)``, ``p.text("Hello", rect.topleft, width=rect.w)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.text import TextCache
from game.ui.theme import Colour, Theme

if TYPE_CHECKING:
    from game.ui.theme import Palette


class Painter:
    """Draws on ``surface`` with ``theme`` and ``text``."""

    def __init__(self, surface: pygame.Surface, theme: Theme, text: TextCache) -> None:
        self.surface = surface
        self.theme = theme
        self.texts = text

    @property
    def palette(self) -> Palette:
        return self.theme.palette

    def fill(self, colour: Colour) -> None:
        self.surface.fill(colour)

    def shade(self, alpha: int = 170) -> None:
        """Dim everything drawn so far (behind an overlay)."""
        layer = pygame.Surface(self.surface.get_size(), pygame.SRCALPHA)
        layer.fill((*self.palette.backdrop, alpha))
        self.surface.blit(layer, (0, 0))

    def panel(
        self,
        rect: pygame.Rect,
        colour: Colour | None = None,
        edge: Colour | None = None,
        *,
        width: int | None = None,
    ) -> None:
        radius = self.theme.radius
        pygame.draw.rect(self.surface, colour or self.palette.panel, rect, 0, radius)
        pygame.draw.rect(
            self.surface, edge or self.palette.panel_edge, rect, width or self.theme.edge, radius
        )

    def focus_ring(self, rect: pygame.Rect) -> None:
        """A thick ring that shows keyboard focus (drawn outside ``rect``)."""
        grow = self.theme.space(0.35)
        pygame.draw.rect(
            self.surface,
            self.palette.focus,
            rect.inflate(grow * 2, grow * 2),
            max(3, self.theme.edge + 1),
            self.theme.radius + grow,
        )

    def render(
        self,
        text: str,
        role: str = "body",
        colour: Colour | None = None,
        width: int = 0,
        *,
        bold: bool = False,
        align: str = "left",
    ) -> pygame.Surface:
        return self.texts.render(
            text, self.theme.px(role), colour or self.palette.text, width, bold=bold, align=align
        )

    def text(
        self,
        text: str,
        pos: tuple[int, int],
        role: str = "body",
        colour: Colour | None = None,
        width: int = 0,
        *,
        bold: bool = False,
        align: str = "left",
    ) -> pygame.Rect:
        """Blit ``text`` (wrapped at ``width``) with its top-left at ``pos``; returns its rect.

        With ``align='center'`` or ``'right'`` and a ``width``, the text is placed inside the
        column ``pos[0] .. pos[0] + width``.
        """
        image = self.render(text, role, colour, width, bold=bold, align=align)
        x, y = pos
        if width and align == "center":
            x += (width - image.get_width()) // 2
        elif width and align == "right":
            x += width - image.get_width()
        return self.surface.blit(image, (x, y))

    def line(
        self,
        text: str,
        rect: pygame.Rect,
        role: str = "body",
        colour: Colour | None = None,
        *,
        bold: bool = False,
        align: str = "left",
    ) -> pygame.Rect:
        """One line of ``text`` cut with an ellipsis to fit ``rect``, centred vertically."""
        fitted = self.texts.line_fit(text, self.theme.px(role), rect.w, bold=bold)
        image = self.render(fitted, role, colour, bold=bold)
        y = rect.y + (rect.h - image.get_height()) // 2
        x = rect.x
        if align == "center":
            x += (rect.w - image.get_width()) // 2
        elif align == "right":
            x += rect.w - image.get_width()
        return self.surface.blit(image, (x, y))

    def text_height(self, text: str, role: str, width: int, *, bold: bool = False) -> int:
        return self.texts.height(text, self.theme.px(role), width, bold=bold)

    def clipped(self, rect: pygame.Rect) -> _Clip:
        """``with p.clipped(rect):`` limits drawing to ``rect``."""
        return _Clip(self.surface, rect)

    def tick(self, rect: pygame.Rect, colour: Colour) -> None:
        """A check mark inside ``rect`` (shape, so right answers never rely on colour)."""
        w = max(3, rect.w // 6)
        points = [
            (rect.x + rect.w * 0.15, rect.y + rect.h * 0.55),
            (rect.x + rect.w * 0.42, rect.y + rect.h * 0.8),
            (rect.x + rect.w * 0.85, rect.y + rect.h * 0.22),
        ]
        pygame.draw.lines(self.surface, colour, False, points, w)

    def cross(self, rect: pygame.Rect, colour: Colour) -> None:
        """An X inside ``rect``."""
        w = max(3, rect.w // 6)
        inner = rect.inflate(-rect.w // 4, -rect.h // 4)
        pygame.draw.line(self.surface, colour, inner.topleft, inner.bottomright, w)
        pygame.draw.line(self.surface, colour, inner.topright, inner.bottomleft, w)


class _Clip:
    def __init__(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        self.surface = surface
        self.rect = rect
        self.before: pygame.Rect | None = None

    def __enter__(self) -> None:
        self.before = self.surface.get_clip()
        self.surface.set_clip(self.rect.clip(self.before))

    def __exit__(self, *exc: object) -> None:
        self.surface.set_clip(self.before)
