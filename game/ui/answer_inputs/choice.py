"""Choice and true/false: one click (or one key, 1-6 or A-F) picks the answer."""

from __future__ import annotations

import pygame

from game.ui.answer_inputs.base import AnswerInput, key_range
from game.ui.layout import rows
from game.ui.widgets.base import Widget


class OneOptionInput(AnswerInput):
    def layout(self, body: pygame.Rect) -> tuple[pygame.Rect, list[Widget]]:
        t = self.theme
        hint_h = t.line("body") + t.space(0.5)
        area, hint = rows(body, [1.0, hint_h], t.space(0.8))
        self.place_answers(area, self.columns(area))
        return hint, list(self.answers)

    def pick(self, index: int) -> None:
        self.answers[index].state = "chosen"
        self.send(index)

    def hint(self) -> str:
        numbers, letters = key_range(len(self.answers))
        return f"Press {numbers} or {letters}, or click an answer."
