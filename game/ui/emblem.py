"""Agency emblems, drawn by the game from a pack's ``Emblem`` (a pattern and 2-3 colours).

No logos: just flag-like patterns (horizontal or vertical bands, a disc, a star in the
centre or in the upper-left quarter (the canton), a cross, a diagonal). An agency without an emblem gets bands of its map colour.
"""

from __future__ import annotations

import math

import pygame

from game.content.model import Agency
from game.ui.theme import Colour, hex_colour, mix


def emblem_colours(agency: Agency) -> list[Colour]:
    base = hex_colour(agency.colour)
    if agency.emblem is None or not agency.emblem.colours:
        return [base, mix(base, (255, 255, 255), 0.7)]
    colours = [hex_colour(c, base) for c in agency.emblem.colours]
    return colours if len(colours) > 1 else [colours[0], mix(colours[0], (255, 255, 255), 0.7)]


def star_points(
    centre: tuple[float, float], radius: float, points: int = 5
) -> list[tuple[float, float]]:
    cx, cy = centre
    out = []
    for i in range(points * 2):
        r = radius if i % 2 == 0 else radius * 0.42
        angle = -math.pi / 2 + i * math.pi / points
        out.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return out


def draw_emblem(surface: pygame.Surface, rect: pygame.Rect, agency: Agency, edge: Colour) -> None:
    """Paint ``agency``'s emblem filling ``rect``, framed with ``edge``."""
    if rect.w < 4 or rect.h < 4:
        return
    colours = emblem_colours(agency)
    pattern = agency.emblem.pattern if agency.emblem else "horizontal"
    first, second = colours[0], colours[1]
    third = colours[2] if len(colours) > 2 else first
    visible = rect.clip(surface.get_rect())
    if visible.w == 0 or visible.h == 0:  # wholly outside a tiny window: nothing to paint
        return
    canvas = surface.subsurface(visible)
    local = canvas.get_rect()
    if pattern in ("horizontal", "vertical"):
        count = len(colours)
        for i, colour in enumerate(colours):
            if pattern == "horizontal":
                band = pygame.Rect(0, local.h * i // count, local.w, local.h // count + 1)
            else:
                band = pygame.Rect(local.w * i // count, 0, local.w // count + 1, local.h)
            canvas.fill(colour, band)
    elif pattern == "disc":
        canvas.fill(first)
        pygame.draw.circle(canvas, second, local.center, min(local.w, local.h) * 0.3)
    elif pattern == "star":
        canvas.fill(first)
        pygame.draw.polygon(canvas, second, star_points(local.center, min(local.w, local.h) * 0.38))
    elif pattern == "canton-star":
        canvas.fill(first)
        quarter = (local.w / 4, local.h / 4)
        pygame.draw.polygon(canvas, second, star_points(quarter, min(local.w, local.h) * 0.2))
    elif pattern == "cross":
        canvas.fill(first)
        bar = max(2, min(local.w, local.h) // 5)
        canvas.fill(second, pygame.Rect(0, local.centery - bar // 2, local.w, bar))
        canvas.fill(second, pygame.Rect(local.w // 3 - bar // 2, 0, bar, local.h))
    else:  # diagonal
        canvas.fill(first)
        pygame.draw.polygon(canvas, second, [(local.w, 0), (local.w, local.h), (0, local.h)])
        if third is not first:
            width = max(2, min(local.w, local.h) // 6)
            pygame.draw.line(canvas, third, (0, local.h), (local.w, 0), width)
    pygame.draw.rect(surface, edge, rect, max(1, rect.h // 24))
