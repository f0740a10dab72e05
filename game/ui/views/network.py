"""The network of agencies: one node per agency of the pack, a line for every pair bound by
an agreement in force. The player's agency sits in the middle; its own agreements are thick
accent lines, the world's thin ones, so the web visibly grows as the player signs."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.ui.emblem import draw_emblem
from game.ui.paint import Painter

if TYPE_CHECKING:
    from game.sim import GameState


def positions(rect: pygame.Rect, state: GameState) -> dict[str, tuple[int, int]]:
    """Where each agency's node goes: the player's at the centre, the rest on an ellipse."""
    others = [a.id for a in state.pack.agencies if a.id != state.agency_id]
    centre = rect.center
    found = {state.agency_id: centre}
    rx, ry = rect.w * 0.40, rect.h * 0.38
    for i, agency_id in enumerate(others):
        angle = -math.pi / 2 + i * 2 * math.pi / max(1, len(others))
        found[agency_id] = (
            round(centre[0] + rx * math.cos(angle)),
            round(centre[1] + ry * math.sin(angle)),
        )
    return found


def pairs(state: GameState) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(pairs bound by the player's agreements, pairs bound by the world's)."""
    mine: set[tuple[str, str]] = set()
    world: set[tuple[str, str]] = set()
    for signed in state.signed:
        parties = sorted(set(signed.parties))
        for i, one in enumerate(parties):
            for other in parties[i + 1 :]:
                (mine if state.agency_id in signed.parties else world).add((one, other))
    return mine, world - mine


def draw_network(p: Painter, rect: pygame.Rect, state: GameState) -> None:
    pal = p.palette
    t = p.theme
    label_h = t.line("small")
    area = pygame.Rect(rect.x, rect.y + label_h, rect.w, rect.h - label_h * 2)
    where = positions(area, state)
    # The top node's label goes above it: below, it would run into its two neighbours.
    top = min(where, key=lambda agency_id: where[agency_id][1])
    mine, world = pairs(state)
    for one, other in sorted(world):
        if one in where and other in where:
            pygame.draw.line(p.surface, pal.past, where[one], where[other], max(1, t.edge))
    for one, other in sorted(mine):
        if one in where and other in where:
            pygame.draw.line(p.surface, pal.accent, where[one], where[other], max(3, t.space(0.45)))
    size = max(14, min(rect.w, rect.h) // 9)
    for agency in state.pack.agencies:
        if agency.id not in where:
            continue
        x, y = where[agency.id]
        big = agency.id == state.agency_id
        w = round(size * (1.6 if big else 1.2))
        h = round(size * (1.05 if big else 0.8))
        box = pygame.Rect(0, 0, w, h)
        box.center = (x, y)
        draw_emblem(p.surface, box, agency, pal.focus if big else pal.panel_edge)
        draw_label(p, rect, agency.short, box, big=big, above=agency.id == top and not big)


def draw_label(
    p: Painter, rect: pygame.Rect, text: str, box: pygame.Rect, *, big: bool, above: bool
) -> None:
    """``text`` under (or ``above``) the emblem ``box``, as wide as it needs and moved
    sideways to stay inside ``rect`` (it is cut only when wider than ``rect`` itself)."""
    width = p.texts.font(p.theme.px("small"), big).size(text)[0] + 2
    label_h = p.theme.line("small")
    label = pygame.Rect(0, 0, min(rect.w, max(box.w, width)), label_h)
    label.midtop = box.midbottom
    if above:
        label.midbottom = box.midtop
    label.clamp_ip(pygame.Rect(rect.x, label.y, rect.w, label.h))
    colour = p.palette.text if big else p.palette.muted
    p.line(text, label, "small", colour, bold=big, align="center")
