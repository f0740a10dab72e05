"""Buttons and simple controls: Button, Stepper (a value picked with Left/Right), Panel, and
``draw_labelled_row`` (the label-and-value row a Stepper or a text field draws)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pygame

from game.ui.paint import Painter
from game.ui.theme import Theme, ink_on, mix
from game.ui.widgets.base import Callback, Widget


class Button(Widget):
    """A labelled button. ``on_click`` runs on Enter/Space/click while it is enabled.

    A disabled button still takes focus, so keyboard players can read ``reason`` (why it is
    disabled), which the scene shows wherever it likes.
    """

    focusable = True

    def __init__(
        self,
        label: str,
        on_click: Callback | None = None,
        *,
        enabled: bool = True,
        reason: str = "",
        role: str = "body",
        primary: bool = False,
    ) -> None:
        super().__init__()
        self.label = label
        self.on_click = on_click
        self.enabled = enabled
        self.reason = reason
        self.role = role
        self.primary = primary

    def activate(self) -> None:
        if self.enabled and self.on_click is not None:
            self.on_click()

    def draw(self, p: Painter, focused: bool) -> None:
        pal = p.palette
        if not self.enabled:
            fill, ink = mix(pal.raised, pal.background, 0.5), pal.disabled
        elif self.primary:
            fill = pal.accent
            ink = ink_on(fill)
        else:
            fill, ink = (mix(pal.raised, pal.text, 0.12) if focused else pal.raised), pal.text
        p.panel(self.rect, fill, pal.focus if focused else pal.panel_edge)
        if focused:
            p.focus_ring(self.rect)
        pad = p.theme.space(0.6)
        inner = self.rect.inflate(-2 * pad, -pad)
        image = p.render(self.label, self.role, ink, inner.w, bold=True, align="center")
        if image.get_height() > inner.h:
            p.line(self.label, inner, self.role, ink, bold=True, align="center")
            return
        p.blit_text(self.label, image, image.get_rect(center=self.rect.center).topleft)


class Stepper(Widget):
    """``label: value`` with arrows; Left/Right (or a click on either half) change the value."""

    focusable = True

    def __init__(
        self,
        label: str,
        values: Sequence[str],
        index: int,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__()
        self.label = label
        self.values = list(values)
        self.index = max(0, min(index, len(self.values) - 1))
        self.on_change = on_change
        self.fixed = ""  # when set, shown instead of the values, which then cannot change

    def step(self, by: int) -> None:
        if self.fixed:
            return
        self.index = (self.index + by) % len(self.values)
        self.on_change(self.index)

    def key(self, event: pygame.event.Event) -> bool:
        if event.key == pygame.K_LEFT:
            self.step(-1)
            return True
        if event.key == pygame.K_RIGHT:
            self.step(1)
            return True
        return False

    def activate(self) -> None:
        self.step(1)

    def mouse(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.step(-1 if event.pos[0] < self.rect.x + self.rect.w // 3 else 1)
            return True
        return False

    def draw(self, p: Painter, focused: bool) -> None:
        right = draw_labelled_row(p, self.rect, self.label, focused)
        if self.fixed:
            p.line(self.fixed, right, "body", p.palette.muted, align="right")
            return
        value = f"◀  {self.values[self.index]}  ▶"
        p.line(value, right, "body", p.palette.accent, bold=True, align="right")


def draw_labelled_row(p: Painter, rect: pygame.Rect, label: str, focused: bool) -> pygame.Rect:
    """A raised row with ``label`` on its left two fifths (and the focus ring when
    ``focused``); returns the rest of the row, where the caller draws the value."""
    pal = p.palette
    p.panel(rect, pal.raised, pal.focus if focused else pal.panel_edge)
    if focused:
        p.focus_ring(rect)
    pad = p.theme.space(1)
    inner = rect.inflate(-2 * pad, 0)
    split = inner.w * 2 // 5
    p.line(label, pygame.Rect(inner.x, inner.y, split, inner.h), "body", pal.text)
    return pygame.Rect(inner.x + split, inner.y, inner.w - split, inner.h)


class Panel(Widget):
    """A framed box with an optional heading; ``inner`` is the space left for its content."""

    def __init__(self, title: str = "", *, role: str = "large") -> None:
        super().__init__()
        self.title = title
        self.role = role
        self.inner = pygame.Rect(0, 0, 0, 0)
        self._heading = 0

    def place(self, rect: pygame.Rect, theme: Theme | None = None) -> None:
        super().place(rect)
        if theme is not None:
            self.layout(rect, theme)

    def layout(self, rect: pygame.Rect, theme: Theme) -> pygame.Rect:
        """Place the panel at ``rect``; returns (and keeps as ``inner``) its content area."""
        super().place(rect)
        pad = theme.space(1)
        self._heading = theme.line(self.role) if self.title else 0
        self.inner = pygame.Rect(
            rect.x + pad,
            rect.y + pad + self._heading,
            max(0, rect.w - 2 * pad),
            max(0, rect.h - 2 * pad - self._heading),
        )
        return self.inner

    def draw(self, p: Painter, focused: bool = False) -> None:
        p.panel(self.rect)
        if self.title:
            pad = p.theme.space(1)
            head = pygame.Rect(
                self.rect.x + pad, self.rect.y + pad // 2, self.rect.w - 2 * pad, self._heading
            )
            p.line(self.title, head, self.role, p.palette.accent, bold=True)
