"""The Painter: drawing helpers bound to one surface, theme and text cache.

Scenes and widgets draw through it so that colours, sizes and the text cache are used the
same way everywhere: ``p.panel(rect)``, ``p.text("Hello", rect.topleft, width=rect.w)``.

``ShapeCache`` keeps what is costly to draw afresh every frame and rarely changes: the
full-window dimming layer behind an overlay and the rounded panel backgrounds. The App owns
one; a Painter made without it draws everything directly.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

import pygame

from game.ui.text import TextCache
from game.ui.theme import Colour, Theme

if TYPE_CHECKING:
    from game.ui.theme import Palette


# Candidate colour keys for a panel's transparent corners (one differs from fill and edge).
CORNER_KEYS: tuple[Colour, ...] = ((255, 0, 255), (0, 255, 0), (0, 0, 255))


class ShapeCache:
    """Ready-made surfaces by what they look like; least recently used go first."""

    def __init__(self, capacity: int = 96) -> None:
        self._surfaces: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self._capacity = capacity

    def _get(self, key: tuple) -> pygame.Surface | None:
        found = self._surfaces.get(key)
        if found is not None:
            self._surfaces.move_to_end(key)
        return found

    def _keep(self, key: tuple, surface: pygame.Surface) -> pygame.Surface:
        self._surfaces[key] = surface
        while len(self._surfaces) > self._capacity:
            self._surfaces.popitem(last=False)
        return surface

    def shade(
        self, size: tuple[int, int], colour: Colour, alpha: int, hole: tuple | None = None
    ) -> pygame.Surface:
        """A ``size`` layer of ``colour`` at ``alpha``, clear inside ``hole`` (x, y, w, h)."""
        key = ("shade", size, colour, alpha, hole)
        found = self._get(key)
        if found is None:
            found = pygame.Surface(size, pygame.SRCALPHA)
            found.fill((*colour, alpha))
            if hole is not None:
                found.fill((0, 0, 0, 0), hole)
            found = self._keep(key, found)
        return found

    def panel(
        self, size: tuple[int, int], colour: Colour, edge: Colour, width: int, radius: int
    ) -> pygame.Surface:
        """A rounded panel, its corners see-through (a colour key: blits fast, no blending)."""
        key = ("panel", size, colour, edge, width, radius)
        found = self._get(key)
        if found is None:
            corner = next(c for c in CORNER_KEYS if c not in (colour, edge))
            found = pygame.Surface(size)
            found.fill(corner)
            rect = found.get_rect()
            pygame.draw.rect(found, colour, rect, 0, radius)
            pygame.draw.rect(found, edge, rect, width, radius)
            if pygame.display.get_surface() is not None:
                found = found.convert()
            found.set_colorkey(corner, pygame.RLEACCEL)
            found = self._keep(key, found)
        return found


class Painter:
    """Draws on ``surface`` with ``theme`` and ``text`` (and ``shapes``, if given)."""

    def __init__(
        self,
        surface: pygame.Surface,
        theme: Theme,
        text: TextCache,
        shapes: ShapeCache | None = None,
    ) -> None:
        self.surface = surface
        self.theme = theme
        self.texts = text
        self.shapes = shapes

    @property
    def palette(self) -> Palette:
        return self.theme.palette

    def fill(self, colour: Colour) -> None:
        self.surface.fill(colour)

    def shade(self, alpha: int = 170, hole: pygame.Rect | None = None) -> None:
        """Dim everything drawn so far (behind an overlay), except inside ``hole``."""
        shapes = self.shapes or ShapeCache(1)
        hole_key = tuple(hole) if hole is not None else None
        layer = shapes.shade(self.surface.get_size(), self.palette.backdrop, alpha, hole_key)
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
        fill = colour or self.palette.panel
        edge = edge or self.palette.panel_edge
        width = width or self.theme.edge
        if self.shapes is None or rect.w <= 0 or rect.h <= 0:
            pygame.draw.rect(self.surface, fill, rect, 0, radius)
            pygame.draw.rect(self.surface, edge, rect, width, radius)
            return
        self.surface.blit(self.shapes.panel(rect.size, fill, edge, width, radius), rect.topleft)

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
