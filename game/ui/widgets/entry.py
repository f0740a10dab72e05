"""NumberField: a box the player types a number into (digits, one point, a leading minus)."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.paint import Painter
from game.ui.widgets.base import Widget

ALLOWED = "0123456789.-"


class NumberField(Widget):
    """Typing edits ``value``; Enter calls ``on_submit(number)`` when it reads as a number."""

    focusable = True

    def __init__(
        self, on_submit: Callable[[float], None], *, unit: str = "", limit: int = 12
    ) -> None:
        super().__init__()
        self.value = ""
        self.on_submit = on_submit
        self.unit = unit
        self.limit = limit

    @property
    def number(self) -> float | None:
        try:
            return float(self.value)
        except ValueError:
            return None

    def type(self, text: str) -> bool:
        changed = False
        for char in text:
            if char not in ALLOWED or len(self.value) >= self.limit:
                continue
            if char == "-" and self.value:
                continue
            if char == "." and "." in self.value:
                continue
            self.value += char
            changed = True
        return changed

    def key(self, event: pygame.event.Event) -> bool:
        if event.key == pygame.K_BACKSPACE:
            self.value = self.value[:-1]
            return True
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.activate()
            return True
        text = getattr(event, "unicode", "") or ""
        return self.type(text)

    def activate(self) -> None:
        number = self.number
        if number is not None and self.enabled:
            self.on_submit(number)

    def draw(self, p: Painter, focused: bool) -> None:
        pal = p.palette
        p.panel(
            self.rect,
            pal.background,
            pal.focus if focused else pal.panel_edge,
            width=p.theme.edge * 2,
        )
        if focused:
            p.focus_ring(self.rect)
        pad = p.theme.space(1)
        inner = self.rect.inflate(-2 * pad, 0)
        shown = self.value or "?"
        colour = pal.text if self.value else pal.muted
        cursor = "▏" if focused and self.enabled else ""
        p.line(
            f"{shown}{cursor if self.value else ''}", inner, "large", colour, bold=bool(self.value)
        )
        if self.unit:
            p.line(self.unit, inner, "large", pal.muted, align="right")
