"""Menu: a vertical list of items chosen with arrows and Enter, or the mouse.

It scrolls to keep the selected item in view, so it fits any window and font size. Disabled
items can still be selected (their ``reason`` shows instead of their detail) but not chosen.
A scene can pass ``draw_row`` to paint rows its own way (an emblem beside a name, ...).
With ``select_first``, a click on a row that is not selected only selects it (its details
show); a click on the selected row, or Enter, chooses it: for lists whose choice acts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pygame

from game.ui.paint import Painter
from game.ui.theme import Theme, mix
from game.ui.widgets.base import Widget


@dataclass(frozen=True)
class MenuItem:
    label: str
    detail: str = ""
    enabled: bool = True
    reason: str = ""
    value: Any = None


RowPainter = Callable[[Painter, pygame.Rect, MenuItem, bool], None]


class Menu(Widget):
    """A list of ``MenuItem``. ``on_choose(i)`` on Enter/click, ``on_select(i)`` as it moves."""

    focusable = True

    def __init__(
        self,
        items: Sequence[MenuItem] = (),
        *,
        on_choose: Callable[[int], object] | None = None,
        on_select: Callable[[int], object] | None = None,
        draw_row: RowPainter | None = None,
        lines: int = 0,
        wrap: bool = False,
        role: str = "body",
        select_first: bool = False,
    ) -> None:
        super().__init__()
        self.select_first = select_first
        self.items: list[MenuItem] = list(items)
        self.selected = 0
        self.top = 0
        self.on_choose = on_choose
        self.on_select = on_select
        self.draw_row = draw_row
        # Lines of text per row: 1, or 2 when any item has a detail (0 = decide from items).
        self.lines = lines
        # Wrap long labels over the row's lines (the detail keeps the last line).
        self.wrap = wrap
        self.role = role
        self.row_h = 40
        self.gap = 4

    # -- content ----------------------------------------------------------------------------
    def set_items(self, items: Sequence[MenuItem], *, keep: bool = True) -> None:
        before = self.items[self.selected].value if keep and self.items else None
        self.items = list(items)
        values = [item.value for item in self.items]
        if before is not None and before in values:
            self.selected = values.index(before)
        self.selected = max(0, min(self.selected, len(self.items) - 1))
        self._scroll_to_selected()

    @property
    def current(self) -> MenuItem | None:
        return self.items[self.selected] if self.items else None

    def place(self, rect: pygame.Rect, theme: Theme | None = None) -> None:
        super().place(rect)
        if theme is not None:
            lines = self.lines or (
                2 if any(item.detail or item.reason for item in self.items) else 1
            )
            self.gap = theme.space(0.5)
            if self.wrap:  # the label takes every line but the last
                self.row_h = (
                    (lines - 1) * theme.line(self.role) + theme.line("small") + theme.space(1)
                )
            else:
                self.row_h = (
                    theme.line(self.role) + (lines - 1) * theme.line("small") + theme.space(1)
                )
        self._scroll_to_selected()

    @property
    def visible_rows(self) -> int:
        return max(1, (self.rect.h + self.gap) // (self.row_h + self.gap))

    def row_rect(self, index: int) -> pygame.Rect:
        y = self.rect.y + (index - self.top) * (self.row_h + self.gap)
        return pygame.Rect(self.rect.x, y, self.rect.w, self.row_h)

    def index_at(self, pos: tuple[int, int]) -> int | None:
        if not self.rect.collidepoint(pos):
            return None
        index = self.top + (pos[1] - self.rect.y) // (self.row_h + self.gap)
        return (
            index if 0 <= index < len(self.items) and index < self.top + self.visible_rows else None
        )

    # -- input ------------------------------------------------------------------------------
    def select(self, index: int) -> bool:
        if not self.items:
            return False
        index = max(0, min(index, len(self.items) - 1))
        if index == self.selected:
            return False
        self.selected = index
        self._scroll_to_selected()
        if self.on_select is not None:
            self.on_select(index)
        return True

    def _scroll_to_selected(self) -> None:
        rows = self.visible_rows
        if self.selected < self.top:
            self.top = self.selected
        elif self.selected >= self.top + rows:
            self.top = self.selected - rows + 1
        self.top = max(0, min(self.top, max(0, len(self.items) - rows)))

    def key(self, event: pygame.event.Event) -> bool:
        if len(self.items) <= 1:
            return False
        moves = {
            pygame.K_UP: -1,
            pygame.K_DOWN: 1,
            pygame.K_PAGEUP: -self.visible_rows,
            pygame.K_PAGEDOWN: self.visible_rows,
            pygame.K_HOME: -len(self.items),
            pygame.K_END: len(self.items),
        }
        if event.key not in moves:
            return False
        target = self.selected + moves[event.key]
        # At either end an arrow leaves the list, so focus can move on without Tab.
        if event.key in (pygame.K_UP, pygame.K_DOWN) and not 0 <= target < len(self.items):
            return False
        self.select(target)
        return True

    def activate(self) -> None:
        item = self.current
        if item is not None and item.enabled and self.on_choose is not None:
            self.on_choose(self.selected)

    def hover(self, pos: tuple[int, int]) -> bool:
        if self.select_first:  # the pointer passing over a row must not ready it to act
            return False
        index = self.index_at(pos)
        return index is not None and self.select(index)

    def scroll(self, rows_up: int) -> None:
        """Move the view ``rows_up`` rows up (down if negative); the highlight stays in view
        and whatever follows it (a detail pane) is told when it moves."""
        rows = self.visible_rows
        self.top = max(0, min(self.top - rows_up, max(0, len(self.items) - rows)))
        before = self.selected
        self.selected = max(self.top, min(self.selected, self.top + rows - 1))
        if self.selected != before and self.on_select is not None:
            self.on_select(self.selected)

    def arrow_rects(self) -> tuple[pygame.Rect | None, pygame.Rect | None]:
        """Where the ▲ and ▼ scroll arrows are (None when the list cannot scroll that way)."""
        size = max(12, self.row_h // 2)
        x = self.rect.right - size * 2
        up = pygame.Rect(x, self.rect.y - size, size * 2, size * 2) if self.top > 0 else None
        more = self.top + self.visible_rows < len(self.items)
        down = pygame.Rect(x, self.rect.bottom - size, size * 2, size * 2) if more else None
        return up, down

    def wants(self, pos: tuple[int, int]) -> bool:
        return super().wants(pos) or any(r and r.collidepoint(pos) for r in self.arrow_rects())

    def mouse(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.MOUSEWHEEL:
            self.scroll(event.y)
            return True
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            up, down = self.arrow_rects()
            for arrow, step in ((up, 1), (down, -1)):
                if arrow is not None and arrow.collidepoint(event.pos):
                    self.scroll(step * max(1, self.visible_rows - 1))
                    return True
        if event.type == pygame.MOUSEBUTTONDOWN:
            index = self.index_at(event.pos)
            if index is None:
                return True  # a click between rows does nothing
            moved = self.select(index)
            if event.button == 1 and not (moved and self.select_first):
                self.activate()
            return True
        return False

    # -- drawing ----------------------------------------------------------------------------
    def draw(self, p: Painter, focused: bool) -> None:
        pal = p.palette
        rows = self.visible_rows
        with p.clipped(self.rect.inflate(p.theme.space(1), p.theme.space(1))):
            for index in range(self.top, min(len(self.items), self.top + rows)):
                rect = self.row_rect(index)
                chosen = index == self.selected
                if self.draw_row is not None:
                    self._frame(p, rect, chosen, focused)
                    self.draw_row(p, rect, self.items[index], chosen)
                else:
                    self._default_row(p, rect, self.items[index], chosen, focused)
        if not self.items:
            return
        marker = p.theme.space(0.8)
        if self.top > 0:
            self._arrow(p, (self.rect.right - marker, self.rect.y), marker, up=True)
        if self.top + rows < len(self.items):
            self._arrow(p, (self.rect.right - marker, self.rect.bottom), marker, up=False)
        _ = pal

    def _frame(self, p: Painter, rect: pygame.Rect, chosen: bool, focused: bool) -> None:
        pal = p.palette
        if chosen:
            fill = mix(pal.raised, pal.text, 0.14 if focused else 0.06)
            p.panel(rect, fill, pal.focus if focused else pal.accent, width=p.theme.edge + 1)
        else:
            p.panel(rect, pal.raised, mix(pal.raised, pal.panel_edge, 0.5))

    def _default_row(
        self, p: Painter, rect: pygame.Rect, item: MenuItem, chosen: bool, focused: bool
    ) -> None:
        pal = p.palette
        self._frame(p, rect, chosen, focused)
        pad = p.theme.space(0.8)
        inner = rect.inflate(-2 * pad, -p.theme.space(0.5))
        ink = pal.text if item.enabled else pal.disabled
        second = item.reason if not item.enabled and item.reason else item.detail
        if self.wrap:  # the label takes the lines it needs, the second text the rest
            low_h = p.theme.line("small") if second else 0
            label_h = p.text_height(item.label, self.role, inner.w, bold=True)
            top = pygame.Rect(inner.x, inner.y, inner.w, min(label_h, inner.h - low_h))
            label = _fit_lines(p, item.label, self.role, top)
            with p.clipped(top):
                p.text(label, top.topleft, self.role, ink, top.w, bold=True)
            if second:
                low = pygame.Rect(inner.x, top.bottom, inner.w, inner.bottom - top.bottom)
                colour = pal.warn if not item.enabled else pal.muted
                text = _fit_lines(p, second, "small", low, bold=False)
                low.y = low.bottom - p.text_height(text, "small", low.w)  # kept at the bottom
                with p.clipped(low):
                    p.text(text, low.topleft, "small", colour, low.w)
        elif second:
            top = pygame.Rect(inner.x, inner.y, inner.w, p.theme.line(self.role))
            p.line(item.label, top, self.role, ink, bold=True)
            low = pygame.Rect(inner.x, top.bottom, inner.w, inner.bottom - top.bottom)
            colour = pal.warn if not item.enabled else pal.muted
            p.line(second, low, "small", colour)
        else:
            p.line(item.label, inner, self.role, ink, bold=True)

    def _arrow(self, p: Painter, at: tuple[int, int], size: int, *, up: bool) -> None:
        x, y = at
        sign = -1 if up else 1
        points = [(x - size, y), (x + size, y), (x, y + sign * size)]
        pygame.draw.polygon(p.surface, p.palette.accent, points)


def _fit_lines(p: Painter, text: str, role: str, box: pygame.Rect, *, bold: bool = True) -> str:
    return p.fit_lines(text, role, box, bold=bold)
