"""Match the pairs: the rows stand on the left; the player picks, for each row in turn,
the item on the right that goes with it (a picked item shows its row's number)."""

from __future__ import annotations

from typing import ClassVar

import pygame

from game.ui.answer_inputs.base import key_range
from game.ui.answer_inputs.order import OrderInput
from game.ui.layout import columns
from game.ui.paint import Painter


class MatchInput(OrderInput):
    submit_label: ClassVar[str] = "Check my pairs"
    incomplete: ClassVar[str] = "Pick the partner of every row, in turn."

    def columns(self, area: pygame.Rect) -> int:
        return 1  # the items stand beside the rows, one under the other

    def answer_area(self, area: pygame.Rect) -> pygame.Rect:
        self.rows_rect, right = columns(area, [0.4, 0.6], self.theme.space(1.5))
        return right

    def draw(self, p: object) -> None:
        assert isinstance(p, Painter)
        t = self.theme
        y = self.rows_rect.y
        for number, row in enumerate(self.question.rows, start=1):
            ink = t.palette.accent if number == len(self.order) + 1 else t.palette.text
            picked = self.order[number - 1] if number <= len(self.order) else None
            partner = f"  →  {self.question.letter(picked)}" if picked is not None else ""
            text = f"{number}.  {row}{partner}"
            height = p.text_height(text, "body", self.rows_rect.w, bold=True)
            p.text(text, (self.rows_rect.x, y), "body", ink, self.rows_rect.w, bold=True)
            y += height + t.space(0.8)

    def hint(self) -> str:
        numbers, _letters = key_range(len(self.answers))
        return f"For each row in turn, pick the item that goes with it ({numbers} or click)."
