"""Settings: window or full screen, text size (100-200 %), sound, quiz timer, and the
colour-blind-safe palette (on by default). Changes apply at once and are saved; a text
size the window cannot lay out is shown with the size that is used instead."""

from __future__ import annotations

from dataclasses import replace

import pygame

from game.storage.settings import (
    FONT_SCALE_MAX,
    FONT_SCALE_MIN,
    FONT_SCALE_STEP,
    TIMER_CHOICES,
)
from game.ui.chrome import draw_frame, frame
from game.ui.layout import columns, rows
from game.ui.scene import Scene
from game.ui.theme import fitting_scale
from game.ui.widgets import Button, Panel, Stepper, draw_badge

HINTS = "Up/Down: choose · Left/Right: change · Esc: back"
SCALES = list(range(FONT_SCALE_MIN, FONT_SCALE_MAX + 1, FONT_SCALE_STEP))
SAMPLE = "Body text looks like this. Tab moves between controls; Enter chooses."


class SettingsScene(Scene):
    name = "settings"

    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        s = self.app.settings
        self.header, body, self.footer = frame(rect, t)
        left, right = columns(body, [0.58, 0.42], t.space(1.5))
        timer_values = ["Off", *(f"{n} s" for n in TIMER_CHOICES)]
        timer_index = (
            TIMER_CHOICES.index(s.quiz_timer_seconds) + 1
            if s.quiz_timer and s.quiz_timer_seconds in TIMER_CHOICES
            else 0
        )
        self.controls = [
            Stepper(
                "Display",
                ["Window", "Full screen"],
                int(s.fullscreen),
                lambda i: self.change(fullscreen=bool(i)),
            ),
            Stepper(
                "Text size",
                [self.scale_label(n) for n in SCALES],
                SCALES.index(s.font_scale) if s.font_scale in SCALES else 0,
                lambda i: self.change(font_scale=SCALES[i]),
            ),
            Stepper(
                "Sound", ["On", "Off"], 0 if s.sound else 1, lambda i: self.change(sound=i == 0)
            ),
            Stepper("Quiz timer", timer_values, timer_index, self.change_timer),
            Stepper(
                "Colours",
                ["Colour-blind safe", "Standard"],
                0 if s.colour_blind_safe else 1,
                lambda i: self.change(colour_blind_safe=i == 0),
            ),
            Button("Back", self.app.pop, primary=True),
        ]
        row_h = t.line("body") + t.space(1.4)
        gap = t.space(0.8)
        for i, control in enumerate(self.controls):
            control.place(pygame.Rect(left.x, left.y + i * (row_h + gap), left.w, row_h))
        self.controls[-1].rect.w = min(left.w, t.px("body") * 8)
        self.preview = Panel("Preview")
        inner = self.preview.layout(right, t)
        self.sample_rect, self.badges_rect = rows(inner, [0.6, 0.4], t.space(1))
        keep = self.focus.index
        self.focus.set(self.controls, keep=False)
        self.focus.index = min(keep, len(self.controls) - 1)

    def scale_label(self, percent: int) -> str:
        """'200 % (125 % fits)' when this window cannot lay out the chosen size."""
        fits = round(fitting_scale(self.app.surface.get_size()) * 100)
        return f"{percent} % ({fits} % fits)" if percent > fits else f"{percent} %"

    def change(self, **values: object) -> None:
        self.app.apply_settings(replace(self.app.settings, **values))  # type: ignore[arg-type]

    def change_timer(self, index: int) -> None:
        if index == 0:
            self.change(quiz_timer=False)
        else:
            self.change(quiz_timer=True, quiz_timer_seconds=TIMER_CHOICES[index - 1])

    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        t = self.theme
        draw_frame(p, self.header, self.footer, "Settings", hints=HINTS)
        self.preview.draw(p)
        with p.clipped(self.sample_rect):
            p.text(SAMPLE, self.sample_rect.topleft, "body", t.palette.text, self.sample_rect.w)
        size = min(self.badges_rect.h, (self.badges_rect.w - 3 * t.space(1)) // 4)
        for i in range(4):
            badge = pygame.Rect(
                self.badges_rect.x + i * (size + t.space(1)), self.badges_rect.y, size, size
            )
            draw_badge(p, badge, i)
        self.focus.draw(p)
