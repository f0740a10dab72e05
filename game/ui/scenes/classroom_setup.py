"""Classroom set-up: pack, questions, teams, timer, difficulty, topic, generated "says who,
and when?" questions added, answer mode, speed bonus and seed, pre-filled from the command
line, so Enter alone starts the quiz.

With "Students' devices" on, starting also opens the room for students' own phones and
laptops (through the opener the command puts in ``app.shared[DEVICES_OPENER]``: the UI does
not import the web layer) and shows the join screen before question 1, with the clock
stopped; teams are then optional (none: every student for themselves).

The screen shows the folder results go to. Starting hands the choices to the classroom
service (``game.services.classroom``), which checks them and opens the results file (every
answer is written there as it is entered); ``on_start`` is told its path, and the quiz
replaces this screen.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pygame

from game.content.model import Pack
from game.content.packs import discover_packs
from game.errors import SpaceAccordError
from game.paths import results_dir
from game.quiz.classroom import ClassroomSettings, TogglePause
from game.quiz.pack_check import open_pack
from game.services.classroom import Choices, Classroom, session_size, settings_for
from game.services.devices import new_room_code
from game.ui.chrome import draw_frame, frame
from game.ui.layout import columns, rows
from game.ui.paint import Painter
from game.ui.scene import Scene
from game.ui.scenes.classroom_widgets import TextField, fit_path
from game.ui.widgets import Button, Stepper

QUESTION_CHOICES = (5, 10, 15, 20, 30)
TIMER_CHOICES = (10, 15, 20, 30, 45, 60, 90)
SAYS_WHO_CHOICES = (0, 2, 3, 5)  # generated questions added to the pack's own
MODES = ("Team keys", "Show of hands")
SEED_LIMIT = 1_000_000
DEVICES_OPENER = "open-devices"  # app.shared key: starts students' devices (set by commands)


SetupChoices = Choices  # what the set-up screen starts with: the flags, or defaults


def _with(values: tuple[Any, ...], wanted: Any) -> list[Any]:
    """``values`` sorted, with ``wanted`` added if the flags asked for one not listed."""
    found = set(values)
    if wanted is not None:
        found.add(wanted)
    return sorted(found)


class ClassroomSetupScene(Scene):
    name = "classroom-setup"

    def __init__(
        self,
        app: Any,
        choices: SetupChoices | None = None,
        *,
        folder: Path | None = None,
        on_start: Callable[[Path], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(app)
        self.choices = choices or SetupChoices()
        self.folder = folder  # where results go (None: the data folder's results/)
        self.on_start = on_start  # told the results file's path when a session starts
        self.clock = clock  # the question clock's seconds (a fake one in the tour)
        self.message = ""
        self.pack: Pack | None = None
        # (pack, settings, (asking, matching)) last shown: see ``sizes``
        self._sized: tuple[Pack | None, ClassroomSettings, tuple[int, int, int]] | None = None
        entries, _ = discover_packs()
        self.pack_ids = [e.id for e in entries if not e.problem]
        wanted = self.choices.pack
        if wanted and wanted not in self.pack_ids:
            self.pack_ids.insert(0, wanted)
        if not wanted and self.pack_ids:
            wanted = self.pack_ids[0]
        self.pack_index = self.pack_ids.index(wanted) if wanted else 0
        seed = self.choices.seed
        if seed is None:
            seed = random.SystemRandom().randrange(SEED_LIMIT)
        self.question_values = _with(QUESTION_CHOICES, self.choices.questions)
        self.timer_values: list[int | None] = [None, *_with(TIMER_CHOICES, self.choices.timer)]
        self.difficulty_values: list[int | None] = [None, 1, 2, 3]
        self.says_who_values = _with(SAYS_WHO_CHOICES, self.choices.says_who)
        self.controls = self._controls(seed)
        self._show_answer_mode()
        self.room_code = self.choices.room or new_room_code()
        self.placed = False
        self._load_pack()

    # -- the controls ---------------------------------------------------------------------
    def _controls(self, seed: int) -> dict[str, Any]:
        c = self.choices
        pack_names = self.pack_ids or ["(no pack found)"]
        return {
            "pack": Stepper("Pack", pack_names, self.pack_index, self._pack_changed),
            "questions": Stepper(
                "Questions",
                [str(n) for n in self.question_values],
                self.question_values.index(c.questions),
                self._changed,
            ),
            "teams": TextField(
                "Teams", ", ".join(c.teams), on_change=self._text_changed, on_enter=self.begin
            ),
            "timer": Stepper(
                "Timer",
                ["No timer" if t is None else f"{t} s" for t in self.timer_values],
                self.timer_values.index(c.timer),
                self._changed,
            ),
            "difficulty": Stepper(
                "Difficulty",
                ["Any", "1 (easy)", "2", "3 (hard)"],
                self.difficulty_values.index(c.difficulty),
                self._changed,
            ),
            "topic": Stepper("Topic", ["Any"], 0, self._changed),
            "says_who": Stepper(
                "Says who?",
                [f"+{n} (who reported it)" if n else "None" for n in self.says_who_values],
                self.says_who_values.index(c.says_who),
                self._changed,
            ),
            "mode": Stepper("Answers", list(MODES), int(c.show_of_hands), self._changed),
            "speed": Stepper("Speed bonus", ["Off", "On"], int(c.speed_bonus), self._changed),
            "devices": Stepper("Students' devices", ["Off", "On"], int(c.devices), self._changed),
            "seed": TextField(
                "Seed",
                str(seed),
                allowed="0123456789",
                limit=9,
                on_change=self._text_changed,
                on_enter=self.begin,
            ),
            "start": Button("Start the quiz", self.begin, primary=True),
            "back": Button("Back", self.app.pop),
        }

    def _topics(self) -> list[str]:
        tags = sorted({t for item in self.pack.quiz for t in item.tags}) if self.pack else []
        wanted = ", ".join(self.choices.tags)
        return ["Any", *([wanted] if wanted and wanted not in tags else []), *tags]

    def _load_pack(self) -> None:
        self.pack = None
        self.message = ""
        if not self.pack_ids:
            self.message = "No pack was found: run `space-accord packs` to see where packs go."
            return
        pack_id = self.pack_ids[self.controls["pack"].index]
        cache: dict[str, Pack] = self.app.shared.setdefault("classroom-packs", {})
        try:
            self.pack = cache.get(pack_id) or open_pack(pack_id)
        except SpaceAccordError as error:
            self.message = str(error)
            return
        cache[pack_id] = self.pack
        topic = self.controls["topic"]
        topic.values = self._topics()
        wanted = ", ".join(self.choices.tags)
        topic.index = topic.values.index(wanted) if wanted in topic.values else 0

    def _pack_changed(self, _index: int) -> None:
        self._load_pack()
        self.invalidate()

    def _changed(self, _index: int) -> None:
        self.message = ""
        self._show_answer_mode()
        self.invalidate()

    def _show_answer_mode(self) -> None:
        """With devices each student answers on their own: no team keys, no show of hands."""
        devices = self.controls["devices"].index == 1
        self.controls["mode"].fixed = "Each on their own device" if devices else ""

    def _text_changed(self, _text: str) -> None:
        self.message = ""
        self.invalidate()

    # -- the settings they make -------------------------------------------------------------
    def choices_now(self) -> Choices:
        """What the controls show now."""
        c = self.controls
        teams = tuple(t.strip() for t in c["teams"].value.split(",") if t.strip())
        topic = c["topic"].values[c["topic"].index]
        seed_text = c["seed"].value
        return Choices(
            pack=self.pack.info.id if self.pack else None,
            seed=int(seed_text) if seed_text else 0,
            questions=self.question_values[c["questions"].index],
            teams=teams,
            timer=self.timer_values[c["timer"].index],
            difficulty=self.difficulty_values[c["difficulty"].index],
            tags=() if topic == "Any" else tuple(t.strip() for t in topic.split(",")),
            show_of_hands=c["mode"].index == 1 and c["devices"].index == 0,
            speed_bonus=c["speed"].index == 1,
            ids=self.choices.ids,  # from --ids: no control changes them
            says_who=self.says_who_values[c["says_who"].index],
            devices=c["devices"].index == 1,
            room=self.room_code,
            listen=self.choices.listen,
            port=self.choices.port,
        )

    def settings(self) -> ClassroomSettings:
        """The session settings the controls show now (``settings_for`` makes them)."""
        if self.pack is None:
            return ClassroomSettings(pack_id="", seed=0)
        return settings_for(self.pack, self.choices_now())

    def matching(self) -> int:
        """How many of the pack's questions the difficulty and topic leave."""
        return self.sizes(self.settings())[1]

    def asking(self) -> int:
        """How many questions the session will ask (no two that give each other away)."""
        return self.sizes(self.settings())[0]

    def sizes(self, settings: ClassroomSettings) -> tuple[int, int, int]:
        """``session_size`` for ``settings``, worked out again only when the pack or the
        settings change: the status line is drawn every frame, and choosing a session's
        questions (no two that give each other away) takes milliseconds."""
        kept = self._sized
        if kept is None or kept[0] is not self.pack or kept[1] != settings:
            size = session_size(self.pack, settings) if self.pack is not None else (0, 0, 0)
            kept = self._sized = (self.pack, settings, size)
        return kept[2]

    def begin(self) -> None:
        """Start the quiz: check the choices, open the results file, show question 1."""
        if self.pack is None:
            self.message = self.message or "Choose a pack first."
            self.invalidate()
            return
        try:
            classroom = Classroom.start(self.pack, self.settings(), self.folder, clock=self.clock)
        except SpaceAccordError as error:
            self.message = str(error)
            self.invalidate()
            return
        if self.on_start is not None and classroom.log is not None:
            self.on_start(classroom.log.path)
        from game.ui.scenes.classroom_run import ClassroomScene

        if classroom.session.settings.devices:
            self._open_room(classroom)
            return
        self.app.replace(ClassroomScene(self.app, classroom))

    def _open_room(self, classroom: Classroom) -> None:
        """Start the device server and show the join screen; Enter there starts question 1."""
        host = open_devices(self.app, classroom, self.choices.listen, self.choices.port)
        if isinstance(host, str):
            self.message = host
            self.invalidate()
            return
        from game.ui.scenes.classroom_join import ClassroomJoinScene
        from game.ui.scenes.classroom_run import ClassroomScene

        app = self.app
        host.room.apply(TogglePause())  # the clock waits while students join

        def first_question() -> None:
            if host.room.session.paused:
                host.room.apply(TogglePause())
            app.replace(ClassroomScene(app, host.room, host))

        self.app.replace(ClassroomJoinScene(self.app, host, on_start=first_question))

    # -- screen -----------------------------------------------------------------------------
    def layout(self, rect: pygame.Rect) -> None:
        t = self.theme
        self.header, body, self.footer = frame(rect, t)
        row_h = t.line("body") + t.space(1.2)
        gap = t.space(0.8)
        top, self.status_rect, foot = rows(body, [1.0, t.line("body") * 2, row_h], gap)
        left, right = columns(top, [0.5, 0.5], t.space(2))
        below = left.y + 6 * (row_h + gap)
        self.results_rect = pygame.Rect(left.x, below, left.w, max(0, left.bottom - below))
        self.keys_rect = pygame.Rect(
            right.x, right.y + 5 * (row_h + gap), right.w, right.h - 5 * (row_h + gap)
        )
        c = self.controls
        placing = (
            (left, ("pack", "questions", "says_who", "teams", "timer", "seed")),
            (right, ("difficulty", "topic", "mode", "speed", "devices")),
        )
        for column, names in placing:
            for i, key in enumerate(names):
                c[key].place(pygame.Rect(column.x, column.y + i * (row_h + gap), column.w, row_h))
        start_w, back_w = t.px("body") * 11, t.px("body") * 6
        c["start"].place(pygame.Rect(foot.right - start_w, foot.y, start_w, row_h))
        c["back"].place(pygame.Rect(foot.right - start_w - gap - back_w, foot.y, back_w, row_h))
        order: tuple[str, ...] = ("start", "pack", "questions", "says_who", "teams", "timer")
        order += ("seed", "difficulty", "topic", "mode", "speed", "devices", "back")
        self.focus.set([c[k] for k in order], keep=self.placed)
        if not self.placed:
            self.focus.focus(c["start"])  # Enter alone starts the quiz
        self.placed = True

    def draw(self, surface: pygame.Surface) -> None:
        p = self.painter(surface)
        pal = self.theme.palette
        title = self.pack.info.title if self.pack else "no pack"
        hints = (
            "Enter: start   ·   Tab / Up / Down: move   ·   Left / Right: change   ·   Esc: back"
        )
        draw_frame(p, self.header, self.footer, "Classroom quiz: set-up", right=title, hints=hints)
        self.focus.draw(p)
        keys = (
            "During the quiz: a team's number key, then its answer (A-D; an order as letters "
            "then Enter; a number then Enter), or Y / N to mark it right or wrong. Space moves "
            "on: lock, reveal, standings, next. P pauses, Left goes back, X X ends early."
        )
        if self.controls["devices"].index == 1:
            keys = (
                "Students join on their own phones or laptops at the address the next screen "
                "shows. Teams are optional: leave Teams empty and every student plays for "
                "themselves. Space moves on: lock, reveal, standings, next. P pauses, J shows "
                "the join screen, X X ends early."
            )
        box = self.keys_rect.inflate(0, -self.theme.space(1))  # whole lines, clear of the status
        p.text(p.fit_lines(keys, "small", box), box.topleft, "small", pal.muted, box.w)
        if self.message:
            text, colour = self.message, pal.warn
        else:
            s = self.settings()
            asking, found, generated = self.sizes(s)
            text = f"{quiz_size(asking, len(s.teams), found, generated)} "
            if s.devices and not s.teams:
                text = text.replace(" for 0 teams", " for students' devices")
            text += "Same seed, same questions in the same order."
            colour = pal.muted
        p.text(text, self.status_rect.topleft, "body", colour, self.status_rect.w)
        self._draw_results_folder(p)

    def _draw_results_folder(self, p: Painter) -> None:
        """Where the results file of the session will be written (it is named at the start)."""
        pal = self.theme.palette
        rect = self.results_rect
        folder = self.folder if self.folder is not None else results_dir()
        if rect.h < self.theme.line("small") + self.theme.line("body"):
            return
        y = p.text("Results: a CSV file per session, in", rect.topleft, "small", pal.muted).bottom
        shown = fit_path(p, folder, "body", rect.w)
        p.text(shown, (rect.x, y), "body", pal.text)


def open_devices(app: Any, classroom: Classroom, listen: str, port: int) -> Any:
    """Start the room and its server with the opener the command put in ``app.shared``
    (``game.web.host.open_devices``); the running ``DeviceHost``, or a sentence saying why
    not."""
    from game.ui.scenes.classroom_join import wake_on_change

    opener: Callable[[Classroom, str, int], Any] | None = app.shared.get(DEVICES_OPENER)
    if opener is None:
        return "Students' devices cannot be used from here: start `classroom --devices`."
    host = opener(classroom, listen, port)
    if not isinstance(host, str):
        wake_on_change(host)
    return host


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def quiz_size(asked: int, teams: int, matching: int, generated: int = 0) -> str:
    """The set-up screen's count: ``asked`` questions, ``generated`` of them "says who"
    items made from the sources (they are not among the pack's ``matching`` questions)."""
    head = f"{_plural(asked, 'question')} for {_plural(teams, 'team')}"
    if not generated:
        return f"{head}, from {matching} that match."
    said = f"{generated} on who reported it."
    if not matching:
        return f"{head}: no question of the pack matches; {said}"
    return f"{head}: {asked - generated} of {matching} that match, {said}"
