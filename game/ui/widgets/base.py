"""Widget, the base of every control, and FocusRing, which moves keyboard focus between them.

Keyboard: Tab / Shift+Tab go to the next / previous widget; arrow keys are offered to the
focused widget first (a list moves its selection) and otherwise move focus too; Enter,
keypad Enter and Space activate. Mouse: hovering focuses, a left click activates, the wheel
scrolls the widget under the pointer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pygame

from game.ui.paint import Painter
from game.ui.theme import Theme

ACTIVATE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
NEXT_KEYS = (pygame.K_DOWN, pygame.K_RIGHT)
PREVIOUS_KEYS = (pygame.K_UP, pygame.K_LEFT)

Callback = Callable[[], object]  # what a button runs; its result is ignored


class Widget:
    """Something placed at ``rect`` that draws itself and may take focus and input."""

    focusable = False

    def __init__(self) -> None:
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.enabled = True

    def place(self, rect: pygame.Rect, theme: Theme | None = None) -> None:
        """Put the widget at ``rect``; widgets that size rows or text from the theme use it."""
        self.rect = pygame.Rect(rect)

    def draw(self, p: Painter, focused: bool) -> None:
        """Paint the widget; ``focused`` is true when it holds keyboard focus."""

    def key(self, event: pygame.event.Event) -> bool:
        """A key press while focused; return True if the widget used it."""
        return False

    def mouse(self, event: pygame.event.Event) -> bool:
        """A click or wheel over the widget; return True if it used it."""
        return False

    def hover(self, pos: tuple[int, int]) -> bool:
        """The pointer moved over the widget; return True if what it shows changed."""
        return False

    def activate(self) -> None:
        """Enter, Space or a click."""

    def wants(self, pos: tuple[int, int]) -> bool:
        return self.rect.collidepoint(pos)


class FocusRing:
    """The focusable widgets of a scene, in Tab order, and which one holds focus."""

    def __init__(self, widgets: Iterable[Widget] = ()) -> None:
        self.widgets: list[Widget] = []
        self.index = 0
        # Where the pointer was last seen. A window that opens under a resting pointer gets
        # a motion event too; only a real move may take keyboard focus away.
        self.pointer: tuple[int, int] | None = None
        self.set(widgets)

    def set(self, widgets: Iterable[Widget], *, keep: bool = True) -> None:
        """Replace the widgets (after a layout); focus stays on the same position if it can."""
        before = self.focused
        self.widgets = list(widgets)
        if keep and before in self.widgets:
            self.index = self.widgets.index(before)
        self.index = min(self.index, max(0, len(self.widgets) - 1))
        self._skip(1)

    @property
    def focusables(self) -> list[Widget]:
        return [w for w in self.widgets if w.focusable]

    @property
    def focused(self) -> Widget | None:
        if not self.widgets:
            return None
        widget = self.widgets[self.index]
        return widget if widget.focusable else None

    def focus(self, widget: Widget) -> bool:
        """Give focus to ``widget``; True if focus moved."""
        if widget not in self.widgets or not widget.focusable:
            return False
        index = self.widgets.index(widget)
        changed = index != self.index
        self.index = index
        return changed

    def move(self, step: int) -> bool:
        if not self.focusables:
            return False
        before = self.index
        self.index = (self.index + step) % len(self.widgets)
        self._skip(step)
        return self.index != before

    def _skip(self, step: int) -> None:
        for _ in range(len(self.widgets)):
            if self.widgets[self.index].focusable:
                return
            self.index = (self.index + (1 if step >= 0 else -1)) % len(self.widgets)

    def at(self, pos: tuple[int, int]) -> Widget | None:
        for widget in reversed(self.widgets):
            if widget.wants(pos):
                return widget
        return None

    def handle(self, event: pygame.event.Event) -> bool:
        """Deal with ``event`` if it is about focus or the focused widget; True if used."""
        if event.type == pygame.KEYDOWN:
            return self._key(event)
        if event.type == pygame.MOUSEMOTION:
            before, self.pointer = self.pointer, tuple(event.pos)
            if before is None or before == self.pointer:
                return False
            widget = self.at(event.pos)
            if widget is None:
                return False
            changed = widget.hover(event.pos)
            return self.focus(widget) or changed
        if event.type == pygame.MOUSEBUTTONDOWN and event.button in (1, 3):
            widget = self.at(event.pos)
            if widget is None:
                return False
            self.focus(widget)
            if not widget.mouse(event) and event.button == 1:
                widget.activate()
            return True
        if event.type == pygame.MOUSEWHEEL:
            widget = self.at(pygame.mouse.get_pos()) or self.focused
            return widget.mouse(event) if widget else False
        return False

    def _key(self, event: pygame.event.Event) -> bool:
        focused = self.focused
        if event.key == pygame.K_TAB:
            return self.move(-1 if event.mod & pygame.KMOD_SHIFT else 1) or bool(focused)
        if focused is not None and focused.key(event):
            return True
        if event.key in ACTIVATE_KEYS and focused is not None:
            focused.activate()
            return True
        if event.key in NEXT_KEYS:
            return self.move(1)
        if event.key in PREVIOUS_KEYS:
            return self.move(-1)
        return False

    def draw(self, p: Painter) -> None:
        focused = self.focused
        for widget in self.widgets:
            widget.draw(p, widget is focused)
