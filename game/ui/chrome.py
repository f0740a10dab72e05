"""What every full screen shares: a starry backdrop, a header, and a footer of key hints.

``frame(rect, theme)`` cuts the window into (header, body, footer); ``draw_frame`` paints
the backdrop, the title on the left of the header, optional text on its right, and the
hints. Scenes lay out their own content inside ``body``.
"""

from __future__ import annotations

import random

import pygame

from game.ui.layout import inset, rows
from game.ui.paint import Painter
from game.ui.theme import Colour, Theme, mix

STAR_SEED = 1977  # the backdrop looks the same every time; it is decoration, not game state


def frame(rect: pygame.Rect, theme: Theme) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
    """(header, body, footer) of a full screen."""
    outer = inset(rect, theme.space(1.5), theme.space(1))
    header_h = theme.line("heading") + theme.space(0.5)
    footer_h = theme.line("small") + theme.space(0.5)
    header, body, footer = rows(outer, [header_h, 1.0, footer_h], theme.space(1))
    return header, body, footer


def _stars(size: tuple[int, int], background: Colour, ink: Colour) -> pygame.Surface:
    surface = pygame.Surface(size)
    surface.fill(background)
    rng = random.Random(STAR_SEED)
    width, height = size
    for _ in range(width * height // 5000):
        x, y = rng.randrange(width), rng.randrange(height)
        shade = mix(background, ink, rng.uniform(0.15, 0.6))
        radius = 1 if rng.random() < 0.85 else 2
        pygame.draw.circle(surface, shade, (x, y), radius)
    return surface


def backdrop(p: Painter) -> None:
    """The starry background, made once per window size and palette and kept in the App's
    shape cache (a Painter without one draws it afresh)."""
    size, background, ink = p.surface.get_size(), p.palette.background, p.palette.text
    if p.shapes is None:
        stars = _stars(size, background, ink)
    else:
        stars = p.shapes.kept(
            ("stars", size, background, ink), lambda: _stars(size, background, ink)
        )
    p.surface.blit(stars, (0, 0))


def draw_frame(
    p: Painter,
    header: pygame.Rect,
    footer: pygame.Rect,
    title: str,
    *,
    right: str = "",
    hints: str = "",
) -> None:
    backdrop(p)
    pal = p.palette
    # The right-hand text takes half the header, or all the title leaves free if more.
    title_w = p.texts.font(p.theme.px("heading"), True).size(title)[0] if title else 0
    right_w = max(header.w // 2, header.w - title_w - p.theme.space(2)) if right else 0
    left = pygame.Rect(header.x, header.y, header.w - right_w, header.h)
    p.line(title, left, "heading", pal.accent, bold=True)
    if right:
        p.line(
            right,
            pygame.Rect(left.right, header.y, right_w, header.h),
            "large",
            pal.text,
            bold=True,
            align="right",
        )
    pygame.draw.line(
        p.surface,
        pal.panel_edge,
        (header.x, header.bottom),
        (header.right, header.bottom),
        p.theme.edge,
    )
    if hints:
        p.line(hints, footer, "small", pal.muted)
