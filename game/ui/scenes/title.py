"""Title screen: new game, continue the latest autosave, load, classroom mode, settings,
help and quit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui import scenes
from game.ui.chrome import backdrop
from game.ui.layout import centred, inset, rows
from game.ui.scene import Scene
from game.ui.session import latest_save_label, load_latest
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.ui.app import App

TAGLINE = "Space diplomacy, every fact quoted from its source"


class TitleScene(Scene):
    name = "title"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.continue_label = ""
        self.buttons: list[Button] = []

    def enter(self) -> None:
        self.refresh()

    def resume(self) -> None:
        self.refresh()
        self.layout_key = None

    def refresh(self) -> None:
        self.continue_label = latest_save_label()

    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        classroom = scenes.available("classroom")
        entries = [
            Button("New game", self.new_game, primary=True),
            Button(
                "Continue",
                self.continue_game,
                enabled=bool(self.continue_label),
                reason="No saved campaign yet",
            ),
            Button("Load a save", lambda: self.open("load")),
            Button(
                "Classroom quiz",
                lambda: self.open("classroom"),
                enabled=classroom,
                reason="Classroom mode is not installed",
            ),
            Button("Settings", lambda: self.open("settings")),
            Button("How to play", lambda: self.open("help")),
            Button("Quit", self.app.quit),
        ]
        area = inset(rect, t.space(2))
        title_h = t.line("huge") + t.line("large") + t.space(2)
        head, body = rows(area, [title_h, 1.0], t.space(1))
        self.head = head
        button_h = t.line("body") + t.space(1.2)
        gap = t.space(0.8)
        column_w = min(area.w, max(t.px("body") * 16, area.w // 3))
        needed = len(entries) * button_h + (len(entries) - 1) * gap
        if needed > body.h:  # a small window or a big font: two columns
            half = (len(entries) + 1) // 2
            column_w = min(area.w // 2 - gap, column_w)
            box = centred(body, 2 * column_w + gap, half * (button_h + gap))
            for i, button in enumerate(entries):
                col, row = divmod(i, half)
                button.place(
                    pygame.Rect(
                        box.x + col * (column_w + gap),
                        box.y + row * (button_h + gap),
                        column_w,
                        button_h,
                    )
                )
        else:
            box = centred(body, column_w, needed)
            for i, button in enumerate(entries):
                button.place(pygame.Rect(box.x, box.y + i * (button_h + gap), column_w, button_h))
        self.buttons = entries
        self.focus.set(entries)

    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        backdrop(p)
        pal = self.theme.palette
        title = p.render("Space Accord", "huge", pal.accent, self.head.w, bold=True, align="center")
        p.blit_text(
            "Space Accord", title, title.get_rect(midtop=(self.head.centerx, self.head.y)).topleft
        )
        p.text(
            TAGLINE,
            (self.head.x, self.head.y + title.get_height()),
            "large",
            pal.muted,
            self.head.w,
            align="center",
        )
        self.focus.draw(p)
        focused = self.focus.focused
        note = ""
        if isinstance(focused, Button):
            if not focused.enabled:
                note = focused.reason
            elif focused.label == "Continue":
                note = self.continue_label
        if note:
            low = self.buttons[-1].rect.bottom + self.theme.space(1)
            p.text(note, (self.head.x, low), "body", pal.muted, self.head.w, align="center")

    def back(self) -> None:
        self.focus.focus(self.buttons[-1])

    # -- actions --------------------------------------------------------------------------
    def open(self, name: str) -> None:
        try:
            self.app.push(scenes.open_scene(self.app, name))
        except scenes.SceneMissing:
            self.app.notify("That part of the game is not installed.")

    def new_game(self) -> None:
        self.open("choose")

    def continue_game(self) -> None:
        session = load_latest(self.app)
        if session is not None:
            self.app.push(scenes.open_scene(self.app, "campaign", session=session))
