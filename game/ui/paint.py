"""The Painter: drawing helpers bound to one surface, theme and text cache.

Scenes and widgets draw through it so that colours, sizes and the text cache are used the
same way everywhere: ``p.panel(rect)``, ``p.text("Hello", rect.topleft, width=rect.w)``.

``ShapeCache`` keeps what is costly to draw afresh every frame and rarely changes: the
full-window dimming layer behind an overlay (one per size, colour and alpha; a hole is cut
by blitting the parts around it), anything a caller asks it to keep by key (``kept``: the
starry backdrop) and the corners of rounded panels. A panel is four
corner pieces blitted plus solid fills for its straight edges and inside, so what is kept
does not grow with the panel's size. The App owns one; a Painter made without it draws
everything directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.ui.text import Surfaces, TextCache
from game.ui.theme import Colour, Theme

if TYPE_CHECKING:
    from game.ui.audit import LayoutAudit
    from game.ui.theme import Palette


# Candidate colour keys for a panel's transparent corners (one differs from fill and edge).
CORNER_KEYS: tuple[Colour, ...] = ((255, 0, 255), (0, 255, 0), (0, 0, 255))
MAX_BYTES = 16 * 1024 * 1024  # a few full-window dimming layers (3.6 MB at 1280x720)


class ShapeCache:
    """Ready-made surfaces by what they look like; least recently used go first."""

    def __init__(self, capacity: int = 96, max_bytes: int = MAX_BYTES) -> None:
        self.surfaces = Surfaces(capacity, max_bytes)

    def __len__(self) -> int:
        return len(self.surfaces)

    def kept(self, key: tuple[object, ...], make: Callable[[], pygame.Surface]) -> pygame.Surface:
        """The surface kept under ``key``, made by ``make()`` the first time it is asked for."""
        found = self.surfaces.get(key)
        if found is None:
            found = self.surfaces.keep(key, make())
        return found

    def shade(self, size: tuple[int, int], colour: Colour, alpha: int) -> pygame.Surface:
        """A ``size`` layer of ``colour`` at ``alpha``."""
        key = ("shade", size, colour, alpha)
        found = self.surfaces.get(key)
        if found is None:
            found = pygame.Surface(size, pygame.SRCALPHA)
            found.fill((*colour, alpha))
            found = self.surfaces.keep(key, found)
        return found

    def panel(
        self, size: tuple[int, int], colour: Colour, edge: Colour, width: int, radius: int
    ) -> pygame.Surface:
        """A whole rounded panel, its corners see-through (a colour key: blits fast)."""
        key = ("panel", size, colour, edge, width, radius)
        found = self.surfaces.get(key)
        if found is None:
            found = self.surfaces.keep(key, _rounded(size, colour, edge, width, radius))
        return found

    def draw_panel(
        self,
        target: pygame.Surface,
        rect: pygame.Rect,
        colour: Colour,
        edge: Colour,
        width: int,
        radius: int,
    ) -> None:
        """Draw a rounded panel on ``target``: the same pixels as ``panel``, any size."""
        corner = max(radius, width) + 1
        if rect.w < 2 * corner + 1 or rect.h < 2 * corner + 1:
            target.blit(self.panel(rect.size, colour, edge, width, radius), rect.topleft)
            return
        side = 2 * corner + 1  # a small panel whose corners are those of every bigger one
        model = self.panel((side, side), colour, edge, width, radius)
        x, y, w, h = rect
        inner_w, inner_h = w - 2 * corner, h - 2 * corner
        right, bottom = x + w - corner, y + h - corner
        # Each pixel outside the corners is filled once (filling is most of a frame's cost):
        # the edge's four strips, then the inside as a top band, a middle and a bottom band.
        target.fill(edge, (x + corner, y, inner_w, width))
        target.fill(edge, (x + corner, y + h - width, inner_w, width))
        target.fill(edge, (x, y + corner, width, inner_h))
        target.fill(edge, (x + w - width, y + corner, width, inner_h))
        target.fill(colour, (x + corner, y + width, inner_w, corner - width))
        target.fill(colour, (x + width, y + corner, w - 2 * width, inner_h))
        target.fill(colour, (x + corner, bottom, inner_w, corner - width))
        far = side - corner
        target.blit(model, (x, y), (0, 0, corner, corner))
        target.blit(model, (right, y), (far, 0, corner, corner))
        target.blit(model, (x, bottom), (0, far, corner, corner))
        target.blit(model, (right, bottom), (far, far, corner, corner))


def _rounded(
    size: tuple[int, int], colour: Colour, edge: Colour, width: int, radius: int
) -> pygame.Surface:
    corner = next(c for c in CORNER_KEYS if c not in (colour, edge))
    surface = pygame.Surface(size)
    surface.fill(corner)
    rect = surface.get_rect()
    pygame.draw.rect(surface, colour, rect, 0, radius)
    pygame.draw.rect(surface, edge, rect, width, radius)
    if pygame.display.get_surface() is not None:
        surface = surface.convert()
    surface.set_colorkey(corner, pygame.RLEACCEL)
    return surface


class Painter:
    """Draws on ``surface`` with ``theme`` and ``text`` (and ``shapes``, if given)."""

    def __init__(
        self,
        surface: pygame.Surface,
        theme: Theme,
        text: TextCache,
        shapes: ShapeCache | None = None,
        audit: LayoutAudit | None = None,
    ) -> None:
        self.surface = surface
        self.theme = theme
        self.texts = text
        self.shapes = shapes
        self.audit = audit  # records panels and text when a layout check is running

    @property
    def palette(self) -> Palette:
        return self.theme.palette

    def fill(self, colour: Colour) -> None:
        self.surface.fill(colour)

    def shade(self, alpha: int = 170, hole: pygame.Rect | None = None) -> None:
        """Dim everything drawn so far (behind an overlay), except inside ``hole``."""
        shapes = self.shapes or ShapeCache(1)
        layer = shapes.shade(self.surface.get_size(), self.palette.backdrop, alpha)
        if hole is None:
            self.surface.blit(layer, (0, 0))
            return
        full = layer.get_rect()
        hole = hole.clip(full)
        for part in (
            pygame.Rect(0, 0, full.w, hole.top),
            pygame.Rect(0, hole.bottom, full.w, full.h - hole.bottom),
            pygame.Rect(0, hole.top, hole.left, hole.h),
            pygame.Rect(hole.right, hole.top, full.w - hole.right, hole.h),
        ):
            if part.w > 0 and part.h > 0:
                self.surface.blit(layer, part.topleft, part)

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
        if self.audit is not None:
            self.audit.panel(rect, self.surface.get_clip())
        if self.shapes is None or rect.w <= 0 or rect.h <= 0:
            pygame.draw.rect(self.surface, fill, rect, 0, radius)
            pygame.draw.rect(self.surface, edge, rect, width, radius)
            return
        self.shapes.draw_panel(self.surface, rect, fill, edge, width, radius)

    def focus_ring(self, rect: pygame.Rect) -> None:
        """A thick double ring that shows keyboard focus (drawn outside ``rect``): a dark
        line inside one in the text colour, so it never looks like a coloured border (such as
        answer C's yellow)."""
        grow = self.theme.space(0.35)
        width = max(3, self.theme.edge + 1)
        outer = rect.inflate((grow + width) * 2, (grow + width) * 2)
        radius = self.theme.radius + grow + width
        pygame.draw.rect(self.surface, self.palette.text, outer, width + 1, radius)
        inner = outer.inflate(-(width + 1) * 2, -(width + 1) * 2)
        pygame.draw.rect(self.surface, self.palette.background, inner, width, radius - width)

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
        return self.blit_text(text, image, (x, y))

    def blit_text(
        self,
        text: str,
        image: pygame.Surface,
        pos: tuple[int, int],
        area: pygame.Rect | None = None,
    ) -> pygame.Rect:
        """Blit ``image``, the rendered ``text`` (or the ``area`` of it), at ``pos``."""
        if self.audit is not None:
            shown = image.subsurface(area) if area is not None else image
            self.audit.text(text, shown, pos, self.surface.get_clip())
        return self.surface.blit(image, pos, area)

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
        return self.blit_text(fitted, image, (x, y))

    def text_height(self, text: str, role: str, width: int, *, bold: bool = False) -> int:
        return self.texts.height(text, self.theme.px(role), width, bold=bold)

    def fit_lines(self, text: str, role: str, box: pygame.Rect, *, bold: bool = False) -> str:
        """``text`` as it wraps in ``box``, cut at a word with an ellipsis so that only whole
        lines show (a half-clipped last line reads as a rendering fault)."""
        if self.text_height(text, role, box.w, bold=bold) <= box.h:
            return text
        words = text.split()
        while len(words) > 1:
            words.pop()
            shorter = " ".join(words).rstrip(",:;·-–") + "…"
            if self.text_height(shorter, role, box.w, bold=bold) <= box.h:
                return shorter
        return text

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
