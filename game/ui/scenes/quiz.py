"""Quiz checkpoint: the question and its answers (letter, colour and shape; keys 1-4 or
A-D, or the mouse), an optional timer, then the reveal: right, wrong or out of time (the
timer running out sends ``TimeUp``), the explanation, and each cited fact's verbatim quote
with its source, "as reported on" its date.

Order questions are answered by picking the items in order; number questions by typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.quiz.engine import LETTERS
from game.sim import Action, AnswerQuiz, QuizAnswered, Refused, TimeUp
from game.ui.describe import lead_first, more_sources_label, sources_paras
from game.ui.layout import columns, grid, rows
from game.ui.overlay import OverlayScene
from game.ui.session import Session
from game.ui.widgets import AnswerButton, Button, NumberField, Para, TextBlock

if TYPE_CHECKING:
    from game.ui.app import App

KEYED = 6  # choices that have a number key and a letter key
NUMBER_KEYS = {getattr(pygame, f"K_{n}"): n - 1 for n in range(1, KEYED + 1)}
NUMBER_KEYS.update({getattr(pygame, f"K_KP{n}"): n - 1 for n in range(1, KEYED + 1)})
KEYPAD = ("7", "8", "9", "⌫", "4", "5", "6", "-", "1", "2", "3", ".", "0", "OK")
LETTER_KEYS = {getattr(pygame, f"K_{c.lower()}"): i for i, c in enumerate(LETTERS[:KEYED])}


def ask_hint(kind: str, count: int) -> str:
    """How to answer a question of type ``kind`` with ``count`` choices: the keys it has."""
    if kind == "number":
        return "Type a number and press Enter."
    count = max(1, min(count, KEYED, len(LETTERS)))
    numbers = f"1-{count}" if count > 1 else "1"
    if kind == "order":
        return f"Pick the items in order, earliest first ({numbers} or click), then check."
    letters = f"{LETTERS[0]}-{LETTERS[count - 1]}" if count > 1 else LETTERS[0]
    return f"Press {numbers} or {letters}, or click an answer."


class QuizScene(OverlayScene):
    name = "quiz"
    title = "Quiz checkpoint"
    size = (0.92, 0.92)

    def __init__(self, app: App, session: Session) -> None:
        super().__init__(app)
        self.session = session
        checkpoint = session.state.checkpoint
        assert checkpoint is not None, "the quiz scene opens only on a pending checkpoint"
        self.question = checkpoint.question
        self.answers = [
            AnswerButton(i, text, self.pick) for i, text in enumerate(self.question.choices)
        ]
        self.order: list[int] = []
        self.given = ""  # the player's answer in words, once sent
        self.field = NumberField(self.submit_number, unit=self.question.unit)
        # An on-screen keypad, so number questions work with the mouse alone too.
        self.keypad = [Button(label, self.keypad_action(label)) for label in KEYPAD]
        self.submit = Button("Check my order", self.submit_order, primary=True)
        self.undo = Button("Undo", self.undo_last)
        self.reveal_text = TextBlock()
        self.done = Button("Continue", self.app.pop, primary=True)
        self.every_source = False  # the reveal shows the quote that supports the answer
        self.more = Button("", self.toggle_sources)
        self.result: QuizAnswered | None = None
        self.message = ""
        settings = app.settings
        self.time_left = float(settings.quiz_timer_seconds) if settings.quiz_timer else 0.0

    # -- layout ---------------------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        super().layout(rect)
        t = self.theme
        inner = self.box_inner
        prompt_h = self.text.height(
            self.question.prompt, t.px("large"), inner.w, bold=True
        ) + t.space(1)
        prompt_h = min(prompt_h, inner.h // 3)
        button_h = t.line("body") + t.space(1.2)
        self.prompt_rect, body = rows(inner, [prompt_h, 1.0], t.space(1))
        if self.result is None:
            self._layout_ask(body, button_h)
        else:
            self._layout_reveal(body, button_h)

    def _layout_ask(self, body: pygame.Rect, button_h: int) -> None:
        t = self.theme
        kind = self.question.type
        if kind == "number":
            field_h = t.line("large") + t.space(1.5)
            left, pad = columns(body, [0.5, 0.5], t.space(2))
            self.field.place(pygame.Rect(left.x, left.y + t.space(1), left.w, field_h))
            self.message_rect = pygame.Rect(
                left.x, self.field.rect.bottom + t.space(1), left.w, t.line("body") * 3
            )
            pad.h = min(pad.h, 4 * (t.line("large") + t.space(1.2)))
            for key_button, cell in zip(
                self.keypad, grid(pad, len(KEYPAD), 4, t.space(0.6)), strict=True
            ):
                key_button.place(cell)
            self.focus.set([self.field, *self.keypad])
            return
        hint_h = t.line("body") + t.space(0.5)
        if kind == "order":
            answers_area, hint, controls = rows(body, [1.0, hint_h, button_h], t.space(0.8))
        else:
            answers_area, hint = rows(body, [1.0, hint_h], t.space(0.8))
        self.message_rect = hint
        count = len(self.answers)
        cols = 2 if count in (2, 4) and answers_area.w / t.px("large") > 30 else 1
        count_rows = -(-count // cols)
        most = count_rows * t.line("large") * 3 + (count_rows - 1) * t.space(1)
        answers_area.h = min(answers_area.h, most)
        cells = grid(answers_area, count, cols, t.space(1))
        margin = 2 * t.space(0.8) + t.line("large") + t.space(1.5)
        fits = all(
            self.text.height(b.text, t.px("large"), cell.w - margin, bold=True)
            <= cell.h - t.space(1)
            for b, cell in zip(self.answers, cells, strict=True)
        )
        for button, cell in zip(self.answers, cells, strict=True):
            button.place(cell)
            button.role = "large" if fits else "body"
        widgets: list = list(self.answers)
        if kind == "order":
            width = min(controls.w // 2, t.px("body") * 11)
            self.submit.place(pygame.Rect(controls.right - width, controls.y, width, button_h))
            self.undo.place(
                pygame.Rect(
                    controls.x, controls.y, min(controls.w // 3, t.px("body") * 6), button_h
                )
            )
            widgets += [self.undo, self.submit]
        self.focus.set(widgets)

    def _layout_reveal(self, body: pygame.Rect, button_h: int) -> None:
        t = self.theme
        verdict_h = t.line("heading") + t.space(0.5)
        self.verdict_rect, text, foot = rows(body, [verdict_h, 1.0, button_h], t.space(1))
        self.reveal_text.place(text, t)
        done_w = t.px("body") * 9
        self.done.place(pygame.Rect(foot.right - done_w, foot.y, done_w, button_h))
        widgets = [self.done]
        if self.more.label:
            more_w = min(foot.w - done_w - t.space(1), t.px("body") * 13)
            self.more.place(pygame.Rect(foot.x, foot.y, more_w, button_h))
            widgets.append(self.more)
        self.focus.set([*widgets, self.reveal_text], keep=True)
        if self.focus.focused not in widgets:
            self.focus.focus(self.done)

    # -- answering ------------------------------------------------------------------------
    def pick(self, index: int) -> None:
        if self.result is not None:
            return
        if self.question.type == "order":
            if index not in self.order:
                self.order.append(index)
                self.answers[index].state = "chosen"
                self.answers[index].text = f"{len(self.order)}.  {self.question.choices[index]}"
            if len(self.order) == len(self.answers):
                self.focus.focus(self.submit)
            return
        self.answers[index].state = "chosen"
        self.send(index)

    def undo_last(self) -> None:
        if self.order:
            index = self.order.pop()
            self.answers[index].state = "idle"
            self.answers[index].text = self.question.choices[index]

    def submit_order(self) -> None:
        if len(self.order) < len(self.question.choices):
            self.message = "Pick every item, earliest first."
            return
        self.send(tuple(self.order))

    def keypad_action(self, label: str) -> Callable[[], None]:
        return lambda: self.keypad_press(label)

    def keypad_press(self, label: str) -> None:
        if label == "OK":
            self.field.activate()
        elif label == "⌫":
            self.field.value = self.field.value[:-1]
        else:
            self.field.type(label)
        self.focus.focus(self.field)

    def submit_number(self, value: float) -> None:
        self.send(value)

    def send(self, answer: object) -> None:
        self.given = self.answer_text(answer)
        self.act(AnswerQuiz(answer))  # type: ignore[arg-type]

    def answer_text(self, answer: object) -> str:
        """The player's answer in words, for the reveal ('25', 'B. Mars', 'A → C → B')."""
        choices = self.question.choices
        if isinstance(answer, tuple):
            return " → ".join(str(choices[i]) for i in answer if 0 <= i < len(choices))
        if isinstance(answer, int) and self.question.type != "number":
            return str(choices[answer]) if 0 <= answer < len(choices) else str(answer)
        if isinstance(answer, float) and answer.is_integer():
            return str(int(answer))
        return str(answer)

    def act(self, action: Action) -> None:
        outcomes = self.session.send(action, queue=False)
        for outcome in outcomes:
            if isinstance(outcome, QuizAnswered):
                self.show(outcome)
            elif isinstance(outcome, Refused):
                self.message = outcome.reason
        self.invalidate()

    def show(self, result: QuizAnswered, *, sound: bool = True) -> None:
        self.result = result
        if sound:
            self.app.sound.play("right" if result.reveal.correct else "wrong")
        reveal = result.reveal
        paras = []
        if self.given:
            paras.append(Para(f"You answered: {self.given}", "body", "muted", gap=0.2))
        paras.append(Para(f"Answer: {reveal.right_answer}", "large", "text", bold=True))
        if reveal.explanation:
            paras.append(Para(reveal.explanation, "body"))
        if result.prestige or result.science:
            paras.append(
                Para(
                    f"Bonus: +{result.prestige} prestige, +{result.science} science",
                    "body",
                    "accent",
                )
            )
        about = f"{reveal.right_answer} {reveal.explanation}"
        paras += sources_paras(reveal.citations, about, every=self.every_source)
        self.reveal_text.set(paras)
        hidden = len(lead_first(reveal.citations, about)) - 1
        self.more.label = (
            "Fewer sources (S)" if self.every_source and hidden else more_sources_label(hidden)
        )
        self.layout_key = None  # lay out the reveal

    def toggle_sources(self) -> None:
        """Show every quote behind the answer, or only the one that supports it again."""
        if self.result is not None:
            self.every_source = not self.every_source
            self.show(self.result, sound=False)
            self.invalidate()

    # -- input ----------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and self.result is None and self.question.type != "number":
            index = NUMBER_KEYS.get(event.key, LETTER_KEYS.get(event.key))
            if index is not None and index < len(self.answers):
                self.pick(index)
                return
            if event.key == pygame.K_BACKSPACE and self.question.type == "order":
                self.undo_last()
                return
            placed = self.question.type == "order" and len(self.order) == len(self.answers)
            if placed and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
                self.submit_order()
                return
        revealed = self.result is not None and bool(self.more.label)
        if revealed and event.type == pygame.KEYDOWN and event.key == pygame.K_s:
            self.toggle_sources()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            if self.result is None:  # put off: the campaign's menu offers it again
                self.session.deferred = self.session.state.checkpoint
            self.app.pop()
            return
        if self.focus.handle(event):
            self.invalidate()

    def update(self, dt: float) -> None:
        if self.result is None and self.time_left > 0:
            before = int(self.time_left)
            self.time_left = max(0.0, self.time_left - dt)
            if self.time_left == 0:
                self.times_up()
            elif int(self.time_left) != before:
                self.invalidate()

    def times_up(self) -> None:
        """The timer ran out: the rules grade it as a wrong answer and reveal the answer."""
        self.act(TimeUp())

    @property
    def verdict(self) -> str:
        """The reveal's heading: right, out of time, or wrong."""
        if self.result is None:
            return ""
        if self.result.reveal.correct:
            return "Right!"
        return "Time is up." if self.result.timed_out else "Not quite."

    @property
    def animating(self) -> bool:
        return self.result is None and self.time_left > 0

    # -- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        p = self.painter(surface)
        t = self.theme
        pal = t.palette
        if self.time_left > 0:
            p.line(
                f"{int(self.time_left + 0.99)} s",
                self.head,
                "heading",
                pal.warn,
                bold=True,
                align="right",
            )
        with p.clipped(self.prompt_rect):
            p.text(
                self.question.prompt,
                self.prompt_rect.topleft,
                "large",
                pal.text,
                self.prompt_rect.w,
                bold=True,
            )
        if self.result is None:
            hint = ask_hint(self.question.type, len(self.answers))
            colour = pal.warn if self.message else pal.muted
            p.text(
                self.message or hint, self.message_rect.topleft, "body", colour, self.message_rect.w
            )
        else:
            correct = self.result.reveal.correct
            mark = pygame.Rect(
                self.verdict_rect.x, self.verdict_rect.y, self.verdict_rect.h, self.verdict_rect.h
            )
            (p.tick if correct else p.cross)(mark, pal.good if correct else pal.bad)
            verdict = self.verdict
            text_rect = pygame.Rect(
                mark.right + t.space(1),
                self.verdict_rect.y,
                self.verdict_rect.w - mark.w,
                self.verdict_rect.h,
            )
            p.line(verdict, text_rect, "heading", pal.good if correct else pal.bad, bold=True)
        self.focus.draw(p)
