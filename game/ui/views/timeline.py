"""The timeline bar: the campaign's years, what has happened (filled dots), this year (a
large marker), and what is announced ahead (hollow diamonds), told apart by shape as well
as colour. The player's missions in development show as triangles at their launch year."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.paint import Painter

if TYPE_CHECKING:
    from game.sim import GameState


def year_x(rect: pygame.Rect, start: int, end: int, year: int) -> int:
    span = max(1, end - start)
    return rect.x + round((year - start) / span * rect.w)


def marks(state: GameState) -> tuple[list[int], list[int], list[int]]:
    """(years with something past, years with a plan announced ahead, launch years)."""
    first, last = span(state)
    past = sorted({h.year for h in state.happened if first <= h.year < state.year})
    ahead = sorted(
        {
            year
            for key, year in state.schedule
            if state.year < year <= last and state.index.is_planned(key)
        }
    )
    launches = sorted({d.launch_year for d in state.developing})
    return past, ahead, launches


def span(state: GameState) -> tuple[int, int]:
    """The years the bar covers: the pack's history up to the campaign's end, or a
    scenario's own years (a lesson's bar is not squeezed into the pack's whole span)."""
    first = state.start_year if state.scenario else state.pack.info.timeline.start
    return first, state.end_year


def draw_timeline(p: Painter, rect: pygame.Rect, state: GameState) -> None:
    pal = p.palette
    t = p.theme
    label_h = t.line("small")
    legend_w = min(rect.w // 3, t.px("small") * 22)
    bar = pygame.Rect(rect.x + t.space(1), rect.y, rect.w - legend_w - t.space(3), rect.h - label_h)
    axis_y = bar.centery
    start, end = span(state)
    now_x = year_x(bar, start, end, state.year)
    thick = max(3, t.space(0.4))
    pygame.draw.line(p.surface, pal.past, (bar.x, axis_y), (now_x, axis_y), thick)
    _dashed(p, (now_x, axis_y), bar.right, pal.future, thick)
    dot = max(3, t.space(0.35))
    past, ahead, launches = marks(state)
    for year in past:
        pygame.draw.circle(p.surface, pal.past, (year_x(bar, start, end, year), axis_y), dot)
    for year in ahead:
        x = year_x(bar, start, end, year)
        diamond = [
            (x, axis_y - dot * 2),
            (x + dot * 2, axis_y),
            (x, axis_y + dot * 2),
            (x - dot * 2, axis_y),
        ]
        pygame.draw.polygon(p.surface, p.palette.background, diamond)
        pygame.draw.polygon(p.surface, pal.future, diamond, max(2, t.edge))
    for year in launches:
        x = year_x(bar, start, end, year)
        tri = [(x, axis_y - dot * 3), (x + dot * 2, axis_y - dot), (x - dot * 2, axis_y - dot)]
        pygame.draw.polygon(p.surface, pal.accent, tri)
    pygame.draw.circle(p.surface, pal.present, (now_x, axis_y), dot * 3)
    pygame.draw.circle(p.surface, pal.background, (now_x, axis_y), dot * 3, max(2, t.edge))
    # The first and last years always show; the current year's label stays between them
    # (moved aside from its dot near either end), or takes their place in their own year.
    box = pygame.Rect(bar.x, bar.bottom, bar.w, label_h)
    ends = {start: "left", end: "right"}
    for year, align in ends.items():
        now = year == state.year
        colour = pal.present if now else pal.muted
        p.line(str(year), box, "small", colour, bold=now, align=align)
    if state.year not in ends:
        side = t.px("small") * 3 + t.space(1)
        between = pygame.Rect(bar.x + side, bar.bottom, max(0, bar.w - 2 * side), label_h)
        now_box = pygame.Rect(0, bar.bottom, t.px("small") * 3, label_h)
        now_box.centerx = now_x
        now_box.clamp_ip(between)
        p.line(str(state.year), now_box, "small", pal.present, bold=True, align="center")
    _legend(p, pygame.Rect(bar.right + t.space(2), rect.y, legend_w, rect.h), dot)


def _dashed(
    p: Painter, start: tuple[int, int], end_x: int, colour: tuple[int, int, int], width: int
) -> None:
    x, y = start
    dash = max(6, p.theme.space(0.8))
    while x < end_x:
        pygame.draw.line(p.surface, colour, (x, y), (min(end_x, x + dash), y), width)
        x += dash * 2


def _legend(p: Painter, rect: pygame.Rect, dot: int) -> None:
    pal = p.palette
    row_h = rect.h // 2
    items = [("● past", pal.past), ("◆ announced ahead", pal.future)]
    for i, (label, colour) in enumerate(items):
        p.line(label, pygame.Rect(rect.x, rect.y + i * row_h, rect.w, row_h), "small", colour)
