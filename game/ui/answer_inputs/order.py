"""Order: the items are picked one by one, earliest first; Backspace or Undo takes the
last one back, and "Check my order" (or Enter) sends them once every item is placed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

import pygame

from game.quiz.question import Answer, Question
from game.ui.answer_inputs.base import AnswerInput, key_range
from game.ui.layout import rows
from game.ui.widgets import Button
from game.ui.widgets.base import Widget

if TYPE_CHECKING:
    from game.ui.scene import Scene


class OrderInput(AnswerInput):
    typing = "letters"
    one_column = True
    badges = False
    submit_label: ClassVar[str] = "Check my order"
    incomplete: ClassVar[str] = "Pick every item, earliest first."

    def __init__(self, question: Question, send: Callable[[Answer], None], scene: Scene) -> None:
        super().__init__(question, send, scene)
        self.order: list[int] = []
        self.submit = Button(self.submit_label, self.send_order, primary=True)
        self.undo = Button("Undo", self.undo_last)

    def layout(self, body: pygame.Rect) -> tuple[pygame.Rect, list[Widget]]:
        t = self.theme
        hint_h = t.line("body") + t.space(0.5)
        button_h = t.line("body") + t.space(1.2)
        area, hint, controls = rows(body, [1.0, hint_h, button_h], t.space(0.8))
        answers = self.answer_area(area)
        self.place_answers(answers, self.columns(answers))
        width = min(controls.w // 2, t.px("body") * 11)
        self.submit.place(pygame.Rect(controls.right - width, controls.y, width, button_h))
        undo_w = min(controls.w // 3, t.px("body") * 6)
        self.undo.place(pygame.Rect(controls.x, controls.y, undo_w, button_h))
        return hint, [*self.answers, self.undo, self.submit]

    def answer_area(self, area: pygame.Rect) -> pygame.Rect:
        return area

    def pick(self, index: int) -> None:
        if index not in self.order:
            self.order.append(index)
            self.answers[index].state = "chosen"
            self.answers[index].text = f"{len(self.order)}.  {self.question.choices[index]}"
        if self.placed:
            self.scene.focus.focus(self.submit)

    @property
    def placed(self) -> bool:
        return len(self.order) == len(self.answers)

    def undo_last(self) -> None:
        if self.order:
            index = self.order.pop()
            self.answers[index].state = "idle"
            self.answers[index].text = self.question.choices[index]

    def send_order(self) -> None:
        if not self.placed:
            self.message = self.incomplete
            return
        answer: Answer = tuple(self.order)
        self.send(answer)

    def key(self, event: pygame.event.Event) -> bool:
        if super().key(event):
            return True
        if event.key == pygame.K_BACKSPACE:
            self.undo_last()
            return True
        if self.placed and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.send_order()
            return True
        return False

    def hint(self) -> str:
        numbers, _letters = key_range(len(self.answers))
        return f"Pick the items in order, earliest first ({numbers} or click), then check."
