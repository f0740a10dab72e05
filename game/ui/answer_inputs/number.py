"""Number: typed in a field, or on an on-screen keypad so the mouse alone will do."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.quiz.question import Answer, Question
from game.ui.answer_inputs.base import AnswerInput
from game.ui.layout import columns, grid
from game.ui.widgets import Button, NumberField
from game.ui.widgets.base import Widget

if TYPE_CHECKING:
    from game.ui.scene import Scene

KEYPAD = ("7", "8", "9", "⌫", "4", "5", "6", "-", "1", "2", "3", ".", "0", "OK")


class NumberInput(AnswerInput):
    typing = "digits"
    badges = False

    def __init__(self, question: Question, send: Callable[[Answer], None], scene: Scene) -> None:
        super().__init__(question, send, scene)
        self.field = NumberField(self.send, unit=question.unit)
        self.keypad = [Button(label, self.keypad_action(label)) for label in KEYPAD]

    def layout(self, body: pygame.Rect) -> tuple[pygame.Rect, list[Widget]]:
        t = self.theme
        field_h = t.line("large") + t.space(1.5)
        left, pad = columns(body, [0.5, 0.5], t.space(2))
        self.field.place(pygame.Rect(left.x, left.y + t.space(1), left.w, field_h))
        hint = pygame.Rect(left.x, self.field.rect.bottom + t.space(1), left.w, t.line("body") * 3)
        pad.h = min(pad.h, 4 * (t.line("large") + t.space(1.2)))
        for key_button, cell in zip(
            self.keypad, grid(pad, len(KEYPAD), 4, t.space(0.6)), strict=True
        ):
            key_button.place(cell)
        return hint, [self.field, *self.keypad]

    def keypad_action(self, label: str) -> Callable[[], None]:
        return lambda: self.keypad_press(label)

    def keypad_press(self, label: str) -> None:
        if label == "OK":
            self.field.activate()
        elif label == "⌫":
            self.field.value = self.field.value[:-1]
        else:
            self.field.type(label)
        self.scene.focus.focus(self.field)

    def pick(self, index: int) -> None:
        """A number has no choices to pick."""

    def key(self, event: pygame.event.Event) -> bool:
        return False  # the field (focused) takes the keys

    def hint(self) -> str:
        return "Type a number and press Enter."
