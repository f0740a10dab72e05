"""Quiz checkpoint: the question and its answers (letter, colour and shape; keys 1-4 or
A-D, or the mouse), an optional timer, then the reveal: right, wrong or out of time (the
timer running out sends ``TimeUp``), the explanation, and each cited fact's verbatim quote
with its source, "as reported on" its date.

How an answer is given (a click or key, items picked in order, pairs matched, a number
typed) is up to the question kind's input (``game.ui.answer_inputs``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.quiz.kinds import kind_of
from game.quiz.question import Answer
from game.sim import Action, AnswerQuiz, QuizAnswered, Refused, TimeUp
from game.ui.answer_inputs import input_for
from game.ui.describe import lead_first, more_sources_label, sources_paras
from game.ui.layout import rows
from game.ui.messages import say
from game.ui.overlay import OverlayScene
from game.ui.quiz_words import explanation_text, prompt_text
from game.ui.session import Session
from game.ui.widgets import Button, Para, TextBlock

if TYPE_CHECKING:
    from game.ui.app import App


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
        self.prompt = prompt_text(self.question.item_id, self.question.prompt)
        self.input = input_for(self.question.type)(self.question, self.send, self)
        self.given = ""  # the player's answer in words, once sent
        self.reveal_text = TextBlock()
        self.done = Button("Continue", self.app.pop, primary=True)
        self.every_source = False  # the reveal shows the quote that supports the answer
        self.more = Button("", self.toggle_sources)
        self.result: QuizAnswered | None = None
        settings = app.settings
        self.time_left = float(settings.quiz_timer_seconds) if settings.quiz_timer else 0.0

    # -- layout ---------------------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        super().layout(rect)
        t = self.theme
        inner = self.box_inner
        prompt_h = self.text.height(self.prompt, t.px("large"), inner.w, bold=True) + t.space(1)
        prompt_h = min(prompt_h, inner.h // 3)
        button_h = t.line("body") + t.space(1.2)
        self.prompt_rect, body = rows(inner, [prompt_h, 1.0], t.space(1))
        if self.result is None:
            self._layout_ask(body, button_h)
        else:
            self._layout_reveal(body, button_h)

    def _layout_ask(self, body: pygame.Rect, button_h: int) -> None:
        self.message_rect, widgets = self.input.layout(body)
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
    def send(self, answer: Answer) -> None:
        self.given = kind_of(self.question.type).answer_words(self.question, answer)
        self.act(AnswerQuiz(answer))

    def act(self, action: Action) -> None:
        outcomes = self.session.send(action, queue=False)
        for outcome in outcomes:
            if isinstance(outcome, QuizAnswered):
                self.show(outcome)
            elif isinstance(outcome, Refused):
                self.input.message = say(outcome.reason)
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
        explanation = explanation_text(self.session.state.pack, reveal.item_id, reveal.explanation)
        if explanation:
            paras.append(Para(explanation, "body"))
        if result.prestige or result.science:
            paras.append(
                Para(
                    f"Bonus: +{result.prestige} prestige, +{result.science} science",
                    "body",
                    "accent",
                )
            )
        about = f"{reveal.right_answer} {explanation}"
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
        if event.type == pygame.KEYDOWN and self.result is None and self.input.key(event):
            self.invalidate()
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
                self.prompt,
                self.prompt_rect.topleft,
                "large",
                pal.text,
                self.prompt_rect.w,
                bold=True,
            )
        if self.result is None:
            message = self.input.message
            colour = pal.warn if message else pal.muted
            shown = message or self.input.hint()
            p.text(shown, self.message_rect.topleft, "body", colour, self.message_rect.w)
            self.input.draw(p)
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
