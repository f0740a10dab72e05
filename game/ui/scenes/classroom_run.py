"""The classroom quiz on the projector: keys in, ``ClassroomSession`` actions out, results on disk.

The teacher drives everything from the keyboard (the help bar always shows the keys):

- a team's key (1-9), then its answer as its kind's input types it
  (``game.ui.answer_inputs``): a letter (choice, true/false), letters in turn then Enter
  (order; match: the partner of each row), a number then Enter (number); or Y / N to mark it right or wrong
  (the only way in show-of-hands mode); Delete takes the team's answer back;
- Space or Enter moves on: lock, reveal, standings, next question; L locks, R reveals;
- on the reveal a team's answer can still be corrected; the standings take no answers;
- P pauses a question (the clock stops), Left goes back one question, X twice ends early;
- on the podium Enter shows the per-question summary; Esc twice leaves. Both end screens
  name the results file and the gradebook written beside it; G writes the gradebook now.

Every change goes through the classroom service (``game.services.classroom``), which writes
it to the results file before the screen shows it and runs the clock on the wall clock.
When students answer on their own devices (``host``: a ``game.web.host.DeviceHost``), the
service is the host's room (``game.services.devices.DeviceRoom``), which the device server
drives too; this screen shows its session as students answer, J shows the join screen
again, and team keys are off (each student answers for themselves).
"""

from __future__ import annotations

from typing import Any

import pygame

from game.content.model import Pack
from game.quiz import classroom as cr
from game.quiz.classroom import ClassroomSession
from game.quiz.engine import LETTERS
from game.services.classroom import Classroom
from game.storage.results import ResultsLog
from game.ui.answer_inputs import input_for
from game.ui.chrome import draw_frame, frame
from game.ui.layout import rows
from game.ui.paint import Painter
from game.ui.scene import Scene
from game.ui.scenes.classroom_podium import draw_podium, summary_paras
from game.ui.scenes.classroom_texts import answer_hint, header_text
from game.ui.scenes.classroom_views import (
    draw_paused,
    draw_question,
    draw_reveal,
    draw_standings,
)
from game.ui.scenes.classroom_widgets import TEAM_KEYS, fit_path
from game.ui.widgets import TextBlock

LETTER_KEYS = {getattr(pygame, f"K_{c.lower()}"): i for i, c in enumerate(LETTERS)}
DIGIT_TEXT = "0123456789.-,"
# What a digit key types when the event carries no text (scripted keys, some keypads).
KEY_TEXT = {getattr(pygame, f"K_{n}"): str(n) for n in range(10)}
KEY_TEXT.update({getattr(pygame, f"K_KP{n}"): str(n) for n in range(10)})
KEY_TEXT.update({pygame.K_PERIOD: ".", pygame.K_MINUS: "-", pygame.K_KP_MINUS: "-"})
ADVANCE_KEYS = (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_RIGHT)
BACK_KEYS = (pygame.K_LEFT, pygame.K_PAGEUP)


class ClassroomScene(Scene):
    name = "classroom"

    def __init__(self, app: Any, classroom: Classroom, host: Any = None) -> None:
        super().__init__(app)
        self.host = host
        self.classroom = classroom if host is None else host.room
        self.seen = self.classroom.session  # the session last drawn
        self.pending: int | None = None  # the team whose answer is being typed
        self.typed = ""  # letters of an order, digits of a number
        self.confirm = ""  # "leave" or "end" after a first Esc or X
        self.summary = TextBlock()
        self.shown_second = -1

    @property
    def pack(self) -> Pack:
        return self.classroom.pack

    @property
    def session(self) -> ClassroomSession:
        return self.classroom.session

    @property
    def log(self) -> ResultsLog | None:
        return self.classroom.log

    @property
    def storage_problem(self) -> str:
        problem = self.classroom.storage_problem
        return f"Results NOT saved: {problem}" if problem is not None else ""

    # -- acting -------------------------------------------------------------------------------
    def act(self, action: cr.Action) -> None:
        """Hand ``action`` to the classroom service (which writes it down) and show it."""
        before = self.session
        self._show(before, self.classroom.apply(action))

    def _show(self, before: ClassroomSession, changed: bool) -> None:
        """Redraw after a change; a new question or phase drops a half-typed answer."""
        if not changed:
            return
        after = self.session
        if after.index != before.index or after.phase != before.phase:
            self.pending, self.typed = None, ""
            if after.phase == "summary":
                self.summary.set(summary_paras(after, self.pack))
        self.invalidate()

    # -- input ----------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        if event.type != pygame.KEYDOWN:
            wheel = event.type == pygame.MOUSEWHEEL and self.session.phase == "summary"
            if wheel and self.summary.mouse(event):
                self.invalidate()
            return
        key = event.key
        confirm, self.confirm = self.confirm, ""
        if key == pygame.K_ESCAPE:
            if self.pending is not None:
                self.pending, self.typed = None, ""
            elif confirm == "leave":
                self.app.pop()
            else:
                self.confirm = "leave"
            return
        s = self.session
        if key == pygame.K_g and self.log is not None:
            self.save_gradebook()
            return
        if s.finished:
            self._finished_key(event)
            return
        moves = self.classroom.moves()
        if key == pygame.K_j and self.host is not None:
            from game.ui.scenes.classroom_join import ClassroomJoinScene

            self.app.push(ClassroomJoinScene(self.app, self.host))
            return
        if key == pygame.K_p and moves.pause:
            self.act(cr.TogglePause())
            return
        if s.paused:
            return
        if self.pending is not None and self._answer_key(event):
            return
        if key in TEAM_KEYS and TEAM_KEYS[key] < len(s.settings.teams) and moves.answers:
            self.pending, self.typed = TEAM_KEYS[key], ""
        elif key in ADVANCE_KEYS:
            self.advance()
        elif key == pygame.K_l:
            self.act(cr.Lock())
        elif key == pygame.K_r:
            self.act(cr.Reveal())
        elif key in BACK_KEYS:
            self.act(cr.Back())
        elif key == pygame.K_x:
            if confirm == "end":
                self.act(cr.EndEarly())
            else:
                self.confirm = "end"

    def save_gradebook(self) -> None:
        """G: write the gradebook now (it is written by itself when the podium shows)."""
        written = self.classroom.write_gradebook()
        if written is not None:
            self.app.notify(f"Gradebook saved: {written[0].name} and {written[1].name}")
        self.invalidate()

    def _finished_key(self, event: pygame.event.Event) -> None:
        key = event.key
        if key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_s):
            if self.session.phase == "podium":
                self.act(cr.ShowSummary())
        elif key in BACK_KEYS or key == pygame.K_BACKSPACE:
            self.act(cr.Back())
        elif self.session.phase == "summary" and self.summary.key(event):
            self.invalidate()

    def _answer_key(self, event: pygame.event.Event) -> bool:
        """A key while a team is chosen; True if it was part of that team's answer."""
        s = self.session
        team = self.pending
        assert team is not None
        key = event.key
        typing = input_for(s.question.type).typing
        if key in (pygame.K_DELETE, pygame.K_KP_PERIOD) and not self.typed:
            self.act(cr.Clear(team))
        elif key in (pygame.K_y, pygame.K_n):
            self.act(cr.Mark(team, key == pygame.K_y))
        elif s.settings.show_of_hands:
            return False
        elif typing == "letter" and key in LETTER_KEYS:
            index = LETTER_KEYS[key]
            if index >= len(s.question.choices):
                return True
            self.act(cr.EnterAnswer(team, index))
        elif typing == "letters":
            return self._letters_key(event, team)
        elif typing == "digits":
            return self._number_key(event, team)
        else:
            return False
        self.pending, self.typed = None, ""
        return True

    def _letters_key(self, event: pygame.event.Event, team: int) -> bool:
        count = len(self.session.question.choices)
        if event.key in LETTER_KEYS and LETTER_KEYS[event.key] < count:
            letter = LETTERS[LETTER_KEYS[event.key]]
            if letter not in self.typed and len(self.typed) < count:
                self.typed += letter
        elif event.key == pygame.K_BACKSPACE:
            self.typed = self.typed[:-1]
        elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and len(self.typed) == count:
            self.act(cr.EnterAnswer(team, tuple(LETTERS.index(c) for c in self.typed)))
            self.pending, self.typed = None, ""
        else:
            return False
        return True

    def _number_key(self, event: pygame.event.Event, team: int) -> bool:
        text = getattr(event, "unicode", "") or KEY_TEXT.get(event.key, "")
        if event.key == pygame.K_BACKSPACE:
            self.typed = self.typed[:-1]
        elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            try:
                value = float(self.typed.replace(",", "."))
            except ValueError:
                return True
            self.act(cr.EnterAnswer(team, value))
            self.pending, self.typed = None, ""
        elif text and text in DIGIT_TEXT and len(self.typed) < 12:
            self.typed += text
        else:
            return False
        return True

    @property
    def takes_answers(self) -> bool:
        """Teams' answers are entered until the reveal (to correct one); not on the standings."""
        return self.classroom.moves().answers

    def advance(self) -> None:
        """Space / Enter: the next step of the flow."""
        before = self.session
        self._show(before, self.classroom.advance())

    # -- time -----------------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        """The clock follows the wall clock (the service reads it), not the frames' ``dt``."""
        before = self.seen
        if self.session is not before:  # students answered (the device server's thread)
            self.seen = self.session
            self.invalidate()
        if self.classroom.tick():
            if self.session.phase != before.phase:
                self._show(before, True)
            left = self.session.time_left
            second = int(left) if left is not None else -1
            if second != self.shown_second:
                self.shown_second = second
                self.invalidate()

    @property
    def animating(self) -> bool:
        return False  # the clock invalidates once a second; nothing else moves

    def wake_after(self) -> float | None:
        """While the clock runs: the seconds until its shown second changes."""
        s = self.session
        left = s.time_left
        if s.phase != "question" or s.paused or left is None or left <= 0:
            return None
        return left - int(left) or 1.0

    # -- drawing --------------------------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        self.header, self.body, self.footer = frame(rect, t)
        self.end_body, self.results_line = rows(self.body, [1.0, 2 * t.line("body")], t.space(0.5))
        self.summary.place(self.end_body, t)
        self.focus.set([])

    def title(self) -> tuple[str, str]:
        return header_text(self.session)

    def typing_line(self) -> str:
        s = self.session
        if self.host is not None:
            return f"Join at {self.host.short_url}   ·   room {s.settings.room}"
        if self.pending is None:
            waiting = len(s.waiting_for())
            return (
                f"{waiting} team{'s' if waiting != 1 else ''} to answer"
                if waiting
                else "Every team has answered"
            )
        name = f"Team {self.pending + 1}, {s.settings.teams[self.pending]}"
        if s.settings.show_of_hands:
            return f"{name}: Y right, N wrong"
        typing = input_for(s.question.type).typing
        if typing == "letters":
            count = len(s.question.choices)
            shown = " ".join(self.typed.ljust(count, "_"))
            return f"{name}: {shown}  (letters in order, then Enter)"
        if typing == "digits":
            return f"{name}: {self.typed or '_'}  (a number, then Enter)"
        return f"{name}: which answer? {LETTERS[0]}-{LETTERS[len(s.question.choices) - 1]}"

    def hints(self) -> str:
        s = self.session
        if self.confirm == "leave":
            return "Press Esc again to leave the quiz (every answer so far is saved)."
        if self.confirm == "end":
            return "Press X again to end the quiz now and show the podium."
        if self.storage_problem:
            return self.storage_problem
        if s.paused:
            return "Paused: the clock is stopped   ·   P: go on   ·   Esc Esc: leave"
        if s.phase == "podium":
            return "Enter: summary   ·   Left: back   ·   G: gradebook   ·   Esc Esc: leave"
        if s.phase == "summary":
            return "Up / Down: scroll   ·   Left: podium   ·   G: gradebook   ·   Esc Esc: leave"
        if s.phase == "reveal" and self.pending is not None:
            return self.typing_line() + "   ·   Esc: cancel"
        last = s.index + 1 >= len(s.questions)
        step = {
            "question": "Space: lock",
            "locked": "Space: reveal",
            "reveal": "Space: standings",
            "standings": "Space: the podium" if last else "Space: next question",
        }[s.phase]
        keys = [step]
        if self.classroom.moves().pause:
            keys.append("P pause")
        if self.host is not None:
            keys.append("J join screen")
        if s.index > 0:
            keys.append("Left: previous")
        keys.append("X end")
        if s.phase == "standings":
            keys.append("G gradebook")
        if self.takes_answers:
            keys.insert(0, self.answer_hint())
        return "   ·   ".join(keys)

    def answer_hint(self) -> str:
        """How to enter a team's answer now (on the reveal: to correct one)."""
        return answer_hint(self.session)

    def draw_results_line(self, p: Painter) -> None:
        """Where every answer of this session was written (the file name always whole)."""
        if self.log is None:
            return
        pal = self.theme.palette
        first, second = rows(self.results_line, [1.0, 1.0])
        lead = "Results saved in "
        lead_w = p.render(lead, "body").get_width()
        shown = fit_path(p, self.log.path, "body", first.w - lead_w)
        p.line(lead + shown, first, "body", pal.muted, align="center")
        book = self.classroom.gradebook
        if book is not None:
            line = f"Gradebook beside it: {book[0].name} and .csv"
            p.line(line, second, "body", pal.muted, align="center")

    def exit(self) -> None:
        if self.host is not None:
            self.host.close()

    def draw(self, surface: pygame.Surface) -> None:
        self.seen = self.session
        p = self.painter(surface)
        left, right = self.title()
        draw_frame(p, self.header, self.footer, left, right=right, hints=self.hints())
        s = self.session
        if self.storage_problem or self.confirm:
            pygame.draw.rect(
                surface,
                self.theme.palette.bad if self.storage_problem else self.theme.palette.warn,
                self.footer,
                self.theme.edge,
            )
        if s.paused:  # the question is hidden: no one reads ahead while the clock stops
            draw_paused(p, self.body)
        elif s.phase in ("question", "locked"):
            draw_question(p, self.body, s, self.typing_line(), self.pending)
        elif s.phase == "reveal":
            draw_reveal(p, self.body, s, self.pack)
        elif s.phase == "standings":
            draw_standings(p, self.body, s)
        elif s.phase == "podium":
            draw_podium(p, self.end_body, s)
        else:
            self.summary.draw(p, True)
        if s.finished:
            self.draw_results_line(p)
