"""The window and desktop icon, drawn by the game: a planet with an orbit and two moons
that meet on it (cooperation in space), on a night-blue tile. No image file is needed;
``tools/make_icon.py`` writes the same drawing as the PNG the ``.desktop`` file uses."""

from __future__ import annotations

import math

import pygame

NIGHT = (16, 24, 48)
PLANET = (64, 140, 210)
LAND = (92, 184, 120)
ORBIT = (240, 196, 72)
MOON = (236, 236, 244)
STAR = (255, 232, 160)


def draw_icon(size: int = 64) -> pygame.Surface:
    """The icon as a ``size`` × ``size`` surface with transparent corners."""
    # Drawn four times larger and scaled down: pygame's shapes have no antialiasing.
    big = size * 4
    art = pygame.Surface((big, big), pygame.SRCALPHA)
    pygame.draw.rect(art, NIGHT, art.get_rect(), border_radius=big // 6)
    centre = (big // 2, big // 2 + big // 24)
    radius = big * 5 // 18
    orbit = pygame.Rect(0, 0, big * 17 // 20, big * 7 // 20)
    orbit.center = centre
    pygame.draw.ellipse(art, ORBIT, orbit, width=max(2, big // 40))  # the far half, hidden next
    pygame.draw.circle(art, PLANET, centre, radius)
    # Two landmasses: arcs of a larger circle clipped to the planet.
    land = pygame.Surface((big, big), pygame.SRCALPHA)
    pygame.draw.circle(land, LAND, (centre[0] - radius // 2, centre[1] - radius // 3), radius // 2)
    pygame.draw.circle(land, LAND, (centre[0] + radius // 2, centre[1] + radius // 2), radius // 3)
    mask = pygame.Surface((big, big), pygame.SRCALPHA)
    pygame.draw.circle(mask, (255, 255, 255, 255), centre, radius)
    land.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    art.blit(land, (0, 0))
    # The front half of the orbit passes over the planet.
    front = pygame.Surface((big, big), pygame.SRCALPHA)
    pygame.draw.ellipse(front, ORBIT, orbit, width=max(2, big // 40))
    front.fill((0, 0, 0, 0), pygame.Rect(0, 0, big, centre[1]))
    art.blit(front, (0, 0))
    for angle in (math.radians(200), math.radians(340)):
        x = centre[0] + orbit.w / 2 * math.cos(angle)
        y = centre[1] - orbit.h / 2 * math.sin(angle)
        pygame.draw.circle(art, MOON, (round(x), round(y)), big // 14)
    _star(art, (big * 4 // 5, big // 6), big // 14)
    _star(art, (big // 5, big // 5), big // 22)
    return pygame.transform.smoothscale(art, (size, size))


def _star(surface: pygame.Surface, centre: tuple[int, int], radius: int) -> None:
    points = []
    for i in range(8):
        r = radius if i % 2 == 0 else radius * 0.35
        angle = -math.pi / 2 + i * math.pi / 4
        points.append((centre[0] + r * math.cos(angle), centre[1] + r * math.sin(angle)))
    pygame.draw.polygon(surface, STAR, points)
