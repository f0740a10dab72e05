"""Quiz answers that never rely on colour alone: each has a letter, a colour AND a shape.

``draw_badge`` paints answer ``index`` as a shape (triangle, diamond, circle, square, ...)
in its palette colour with its letter inside; ``AnswerButton`` is a whole answer row. After
the reveal a right answer gets a tick and a wrong choice a cross, drawn as shapes too.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from game.ui.paint import Painter
from game.ui.theme import ink_on, mix
from game.ui.widgets.base import Widget

LETTERS = "ABCDEF"
SHAPES = ("triangle", "diamond", "circle", "square", "hexagon", "star")
STATES = ("idle", "chosen", "right", "wrong", "dim")


def answer_colour(p: Painter, index: int) -> tuple[int, int, int]:
    colours = p.palette.answers
    return colours[index % len(colours)]


def shape_points(shape: str, rect: pygame.Rect) -> list[tuple[float, float]]:
    cx, cy = rect.center
    r = min(rect.w, rect.h) / 2
    if shape == "triangle":
        return [(cx, cy - r), (cx + r * 0.95, cy + r * 0.8), (cx - r * 0.95, cy + r * 0.8)]
    if shape == "diamond":
        return [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]
    if shape == "square":
        s = r * 0.85
        return [(cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + s), (cx - s, cy + s)]
    corners = 6 if shape == "hexagon" else 10
    points = []
    for i in range(corners):
        radius = r if shape == "hexagon" or i % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + i * 2 * math.pi / corners
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def draw_badge(p: Painter, rect: pygame.Rect, index: int, *, dim: bool = False) -> None:
    """Answer ``index``'s shape in its colour with its letter inside, filling ``rect``."""
    colour = answer_colour(p, index)
    if dim:
        colour = mix(colour, p.palette.panel, 0.6)
    shape = SHAPES[index % len(SHAPES)]
    if shape == "circle":
        pygame.draw.circle(p.surface, colour, rect.center, min(rect.w, rect.h) // 2)
    else:
        pygame.draw.polygon(p.surface, colour, shape_points(shape, rect))
    letter = p.render(LETTERS[index % len(LETTERS)], "large", ink_on(colour), bold=True)
    centre = (rect.centerx, rect.centery + (rect.h // 10 if shape == "triangle" else 0))
    p.surface.blit(letter, letter.get_rect(center=centre))


class AnswerButton(Widget):
    """One answer: badge, wrapped text, and after the reveal a tick or a cross."""

    focusable = True

    def __init__(self, index: int, text: str, on_choose: Callable[[int], None]) -> None:
        super().__init__()
        self.index = index
        self.text = text
        self.on_choose = on_choose
        self.state = "idle"
        self.role = "large"  # the scene sets "body" when long answers would not fit

    def activate(self) -> None:
        if self.enabled:
            self.on_choose(self.index)

    def _badge_size(self, p: Painter) -> int:
        pad = p.theme.space(0.8)
        return min(self.rect.h - 2 * pad, p.theme.line("large") + p.theme.space(1.5))

    def _text_width(self, p: Painter) -> int:
        """The width the text wraps in (room for a tick or cross is kept after a reveal)."""
        pad = p.theme.space(0.8)
        badge = self._badge_size(p)
        mark = badge + pad if self.state in ("right", "wrong") else 0
        return self.rect.w - 3 * pad - badge - mark

    def fits(self, p: Painter, role: str) -> bool:
        """Whether the whole text fits the placed button in ``role``."""
        height = p.text_height(self.text, role, self._text_width(p), bold=True)
        return height <= self.rect.h - p.theme.space(0.8)

    def draw(self, p: Painter, focused: bool) -> None:
        pal = p.palette
        colour = answer_colour(p, self.index)
        edge = colour  # focus is the white double ring, never a yellow edge like C's
        fill = pal.raised
        if self.state == "right":
            fill, edge = mix(pal.raised, pal.good, 0.35), pal.good
        elif self.state == "wrong":
            fill, edge = mix(pal.raised, pal.bad, 0.35), pal.bad
        elif self.state == "chosen":
            fill = mix(pal.raised, colour, 0.3)
        p.panel(self.rect, fill, edge, width=p.theme.edge * 2)
        if focused and self.enabled:
            p.focus_ring(self.rect)
        pad = p.theme.space(0.8)
        badge_size = self._badge_size(p)
        badge = pygame.Rect(self.rect.x + pad, 0, badge_size, badge_size)
        badge.centery = self.rect.centery
        draw_badge(p, badge, self.index, dim=self.state == "dim")
        mark = badge_size if self.state in ("right", "wrong") else 0
        text_x = badge.right + pad
        width = self._text_width(p)
        ink = pal.muted if self.state == "dim" else pal.text
        image = p.render(self.text, self.role, ink, width, bold=True)
        if image.get_height() > self.rect.h - pad and self.role == "large":
            image = p.render(self.text, "body", ink, width, bold=True)
        with p.clipped(self.rect):
            p.blit_text(
                self.text, image, image.get_rect(midleft=(text_x, self.rect.centery)).topleft
            )
        if mark:
            box = pygame.Rect(self.rect.right - pad - mark, 0, mark, mark)
            box.centery = self.rect.centery
            if self.state == "right":
                p.tick(box, pal.good)
            else:
                p.cross(box, pal.bad)
