"""The in-campaign menu (Esc): resume, save, settings, help, back to the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui import scenes
from game.ui.layout import centred
from game.ui.overlay import OverlayScene
from game.ui.session import Session
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.ui.app import App


class PauseScene(OverlayScene):
    name = "pause"
    title = "Menu"
    size = (0.5, 0.8)

    def __init__(self, app: App, session: Session) -> None:
        super().__init__(app)
        self.session = session
        self.buttons = [
            Button("Resume", self.app.pop, primary=True),
            Button("Save now", self.save),
            Button("Settings", lambda: self.app.push(scenes.open_scene(self.app, "settings"))),
            Button("Save and go to title", self.to_title),
        ]

    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        button_h = t.line("body") + t.space(1.2)
        gap = t.space(1)
        needed = t.line("heading") + len(self.buttons) * (button_h + gap) + t.space(4)
        self.size = (min(0.9, max(0.4, t.px("body") * 16 / rect.w)), min(0.95, needed / rect.h))
        super().layout(rect)
        box = centred(self.box_inner, self.box_inner.w, len(self.buttons) * (button_h + gap))
        for i, button in enumerate(self.buttons):
            button.place(pygame.Rect(box.x, box.y + i * (button_h + gap), box.w, button_h))
        self.focus.set(self.buttons)

    def save(self) -> None:
        self.session.autosave()
        self.app.notify("Saved.")

    def to_title(self) -> None:
        self.session.autosave()
        self.app.reset(scenes.open_scene(self.app, "title"))

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        self.focus.draw(self.painter(surface))
