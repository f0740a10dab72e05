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


Place = dict[str, tuple[int, int]]


def positions(rect: pygame.Rect, state: GameState) -> Place:
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


def in_rows(rect: pygame.Rect, state: GameState, size: int, lead: int) -> Place:
    """For a wide, low area: the player's node at the left, the rest in two rows beside it
    (the upper row's labels above their emblems, the lower row's below); ``lead`` is the
    width kept for the player's node."""
    others = [a.id for a in state.pack.agencies if a.id != state.agency_id]
    half = -(-len(others) // 2)
    found = {state.agency_id: (rect.x + lead // 2, rect.centery)}
    span = pygame.Rect(rect.x + lead, rect.y, rect.w - lead, rect.h)
    rows_y = (rect.y + round(size * 0.4), rect.bottom - round(size * 0.4))
    for y, ids in zip(rows_y, (others[:half], others[half:]), strict=True):
        for i, agency_id in enumerate(ids):
            found[agency_id] = (span.x + round(span.w * (i + 0.5) / half), y)
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
    size = max(14, min(rect.w, rect.h) // 9)
    where = positions(area, state)
    nodes = node_rects(p, rect, state, where, size)
    if _crowded(nodes):  # too low for a ring: rows, with bigger emblems if they fit
        size = max(14, min(size * 2, (area.h - label_h) // 3, rect.w // (len(where) * 2)))
        own = p.texts.font(t.px("small"), True).size(state.agency.short)[0]
        where = in_rows(area, state, size, max(round(size * 2.2), own + t.space(1.5)))
        nodes = node_rects(p, rect, state, where, size)
    mine, world = pairs(state)
    for one, other in sorted(world):
        if one in where and other in where:
            pygame.draw.line(p.surface, pal.past, where[one], where[other], max(1, t.edge))
    for one, other in sorted(mine):
        if one in where and other in where:
            pygame.draw.line(p.surface, pal.accent, where[one], where[other], max(3, t.space(0.45)))
    for agency in state.pack.agencies:
        if agency.id not in nodes:
            continue
        box, label = nodes[agency.id]
        big = agency.id == state.agency_id
        draw_emblem(p.surface, box, agency, pal.focus if big else pal.panel_edge)
        paint_label(p, label, agency.short, big=big)


Node = tuple[pygame.Rect, pygame.Rect]  # the emblem and its label


def node_rects(
    p: Painter, rect: pygame.Rect, state: GameState, where: Place, size: int
) -> dict[str, Node]:
    """Each agency's emblem box and label box around the points ``where``."""
    top = min(where, key=lambda agency_id: where[agency_id][1])
    found: dict[str, Node] = {}
    for agency in state.pack.agencies:
        if agency.id not in where:
            continue
        big = agency.id == state.agency_id
        box = pygame.Rect(
            0, 0, round(size * (1.6 if big else 1.2)), round(size * (1.05 if big else 0.8))
        )
        box.center = where[agency.id]
        above = where[agency.id][1] == where[top][1] and not big
        found[agency.id] = (box, label_rect(p, rect, agency.short, box, big=big, above=above))
    return found


def _crowded(nodes: dict[str, Node]) -> bool:
    """True when any two nodes' emblems or labels overlap."""
    boxes = list(nodes.values())
    for index, (box, label) in enumerate(boxes):
        for other_box, other_label in boxes[index + 1 :]:
            for one in (box, label):
                if one.colliderect(other_box) or one.colliderect(other_label):
                    return True
    return False


def label_rect(
    p: Painter, rect: pygame.Rect, text: str, box: pygame.Rect, *, big: bool, above: bool
) -> pygame.Rect:
    """Where ``text`` goes: under (or ``above``) the emblem ``box``, as wide as it needs and
    moved sideways to stay inside ``rect`` (cut only when wider than ``rect`` itself)."""
    width = p.texts.font(p.theme.px("small"), big).size(text)[0] + 4
    label_h = p.theme.line("small")
    label = pygame.Rect(0, 0, min(rect.w, max(box.w, width)), label_h)
    label.midtop = box.midbottom
    if above:
        label.midbottom = box.midtop
    label.clamp_ip(pygame.Rect(rect.x, label.y, rect.w, label.h))
    return label


def draw_label(
    p: Painter, rect: pygame.Rect, text: str, box: pygame.Rect, *, big: bool, above: bool
) -> None:
    """``text`` under (or ``above``) the emblem ``box``, kept inside ``rect``."""
    paint_label(p, label_rect(p, rect, text, box, big=big, above=above), text, big=big)


def paint_label(p: Painter, label: pygame.Rect, text: str, *, big: bool) -> None:
    """The label on the panel's colour, so no agreement line runs through its letters."""
    p.surface.fill(p.palette.panel, label.inflate(-2, 0))
    colour = p.palette.text if big else p.palette.muted
    p.line(text, label, "small", colour, bold=big, align="center")
