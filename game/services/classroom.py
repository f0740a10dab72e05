"""The classroom service: one classroom quiz session in play, whatever drives it.

``Classroom`` holds the session (``game.quiz.classroom``) and its results file, and is the
only code that moves the session on: ``apply`` hands an action to the rules, writes every
answer, reveal and end to the results file before anyone sees it, and keeps the new
session. ``moves`` says what the phase allows now (the projector's keys, the text quiz and
a student's device all ask it), ``tick`` runs the question clock on the wall clock (an
injected ``clock``, so tests use a fake one), ``resume`` carries a session on from its
results file, and ``write_gradebook`` writes the team-by-question gradebook beside it
(by itself when the podium shows). Changes are made one at a time under a lock, and
``version`` counts them, so a device server's threads may share a session with the
projector's loop. ``settings_for`` is the one way to turn a teacher's choices into
settings. Nothing here draws or prints.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from game.content.model import Pack
from game.errors import SpaceAccordError
from game.quiz import classroom as rules
from game.quiz import says_who
from game.quiz.classroom import ClassroomError, ClassroomSession, ClassroomSettings, default_teams
from game.quiz.gradebook import gradebook
from game.quiz.selection import UnknownItem, choose, matching
from game.storage.gradebook import write_gradebook
from game.storage.results import ResultsFile, ResultsLog, resume_session

#: What "go on" means in each phase of a question (Space on the projector).
ADVANCE: dict[str, rules.Action] = {
    "question": rules.Lock(),
    "locked": rules.Reveal(),
    "reveal": rules.ShowStandings(),
    "standings": rules.Next(),
}


@dataclass(frozen=True)
class Choices:
    """What a teacher chose (the command line's flags or the set-up screen)."""

    pack: str | None = None
    questions: int = rules.DEFAULT_QUESTIONS
    teams: tuple[str, ...] = field(default_factory=default_teams)
    timer: int | None = None
    seed: int | None = None
    difficulty: int | None = None
    tags: tuple[str, ...] = ()
    show_of_hands: bool = False
    speed_bonus: bool = False
    ids: tuple[str, ...] = ()  # exactly these items (a preview, a printed selection)
    says_who: int = 0  # generated "says who, and when?" items added to the pack's own
    devices: bool = False  # students answer on their own devices (``room`` is their code)
    room: str = ""
    listen: str = "0.0.0.0"  # where the device server listens (not a session setting)
    port: int = 8765


def settings_for(pack: Pack, choices: Choices) -> ClassroomSettings:
    """The session settings ``choices`` make for ``pack`` (a missing seed counts as 0)."""
    return ClassroomSettings(
        pack_id=pack.info.id,
        pack_version=pack.info.version,
        seed=choices.seed or 0,
        questions=choices.questions,
        teams=tuple(choices.teams),
        timer=choices.timer,
        difficulty=choices.difficulty,
        tags=tuple(choices.tags),
        show_of_hands=choices.show_of_hands and not choices.devices,
        speed_bonus=choices.speed_bonus,
        ids=tuple(choices.ids),
        says_who=choices.says_who,
        room=choices.room if choices.devices else "",
    )


def session_size(pack: Pack, settings: ClassroomSettings) -> tuple[int, int, int]:
    """What the set-up screen says of a session with ``settings``: how many questions it
    asks (the pack's, no two giving each other away, and its generated "says who, and
    when?" items), how many of the pack's questions its difficulty and topic leave, and
    how many of those asked are generated."""
    s = settings
    found = len(matching(pack.quiz, difficulty=s.difficulty, tags=s.tags))
    try:
        chosen = choose(
            pack.quiz,
            s.questions,
            random.Random(s.seed),
            difficulty=s.difficulty,
            tags=s.tags,
            ids=s.ids,
        )
    except UnknownItem:
        return 0, found, 0
    if s.ids:
        return len(chosen), found, 0
    taken = {fact for item in chosen for fact in item.facts}
    generated = len(says_who.for_session(pack, s.says_who, s.seed, taken=taken, tags=s.tags))
    return len(chosen) + generated, found, generated


def check(pack: Pack, settings: ClassroomSettings) -> None:
    """Raise ``ClassroomError`` if no session can start with ``settings`` (a dry start)."""
    problems = settings.problems()
    if problems:
        raise ClassroomError("; ".join(problems))
    rules.start(pack, settings)


@dataclass(frozen=True)
class Moves:
    """What the phase allows now."""

    answers: bool  # a team's answer may be entered, marked or taken back
    advance: rules.Action | None  # what "go on" does, if anything
    pause: bool  # the clock may be paused (or un-paused)
    back: bool  # there is a question (or standings) to go back to
    end: bool  # the quiz may end early
    summary: bool  # the podium and the per-question summary switch


class Classroom:
    """One session and its results file; every change goes through ``apply``."""

    def __init__(
        self,
        pack: Pack,
        session: ClassroomSession,
        log: ResultsLog | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.pack = pack
        self.session = session
        self.log = log
        self.clock = clock
        self.now = now
        #: The last failure to write the results file (the session goes on without it).
        self.storage_problem: SpaceAccordError | None = None
        #: The results file as read on ``resume`` (its damaged rows, its torn end set aside).
        self.resumed_from: ResultsFile | None = None
        #: The gradebook's .xlsx and CSV, once written.
        self.gradebook: tuple[Path, Path] | None = None
        self._clock_read = clock()
        #: Goes up by one with every change: a device server can tell its pages "changed".
        self.version = 0
        # One change at a time: the projector's loop and a device server's threads share it.
        self._lock = threading.RLock()

    @classmethod
    def start(
        cls,
        pack: Pack,
        settings: ClassroomSettings,
        folder: Path | None = None,
        *,
        log: bool = True,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = datetime.now,
    ) -> Classroom:
        """A new session, with a new results file in ``folder`` (the data folder's
        ``results/`` if None) unless ``log`` is False."""
        session = rules.start(pack, settings)
        results = ResultsLog.create(session, now(), folder) if log else None
        return cls(pack, session, results, clock=clock, now=now)

    @classmethod
    def resume(
        cls,
        pack: Pack,
        path: Path | str,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = datetime.now,
    ) -> Classroom:
        """The session a results file left off, writing on to the same file."""
        session, log, results = resume_session(pack, path)
        log.note_resumed(session, now())
        resumed = cls(pack, session, log, clock=clock, now=now)
        resumed.resumed_from = results  # what was damaged in the file, and set aside
        return resumed

    # -- moving on ------------------------------------------------------------------------
    def apply(self, action: rules.Action) -> bool:
        """Apply ``action`` and log what changed before keeping it; False if nothing
        changed (an action the phase does not allow). The clock is brought up to now
        first, so an answer carries the seconds it came at and a pause stops the clock
        when it is asked for, not at the last frame."""
        with self._lock:
            ticked = False if isinstance(action, rules.Tick) else self.tick()
            return self._apply(action) or ticked

    def _apply(self, action: rules.Action) -> bool:
        before = self.session
        after = rules.apply(before, action)
        if after == before:
            return False
        if self.log is not None and (
            after.entries != before.entries
            or after.phase != before.phase
            or after.players != before.players
        ):
            try:
                self.log.record(before, after, self.now())
                self.storage_problem = None
            except SpaceAccordError as error:
                self.storage_problem = error
        if (after.index, after.phase, after.paused) != (before.index, before.phase, before.paused):
            self._clock_read = self.clock()  # a clock that (re)starts counts from now
        self.session = after
        self.version += 1
        if after.finished and not before.finished:
            self.write_gradebook()
        return True

    def write_gradebook(self) -> tuple[Path, Path] | None:
        """Write the gradebook (.xlsx and CSV) beside the results file, as the session
        stands now; done by itself when the podium shows. None without a results file or
        when it cannot be written (``storage_problem`` says why)."""
        if self.log is None:
            return None
        try:
            with self._lock:
                self.gradebook = write_gradebook(gradebook(self.session), self.log.path)
        except SpaceAccordError as error:
            self.storage_problem = error
            return None
        return self.gradebook

    def advance(self) -> bool:
        """Go on to the next step of the question (lock, reveal, standings, next)."""
        with self._lock:
            step = ADVANCE.get(self.session.phase)
            return step is not None and self.apply(step)

    def tick(self) -> bool:
        """Run the question clock up to now, by the wall clock: however seldom this is
        called, the question locks when its time is up. True if the session changed."""
        with self._lock:
            reading = self.clock()
            passed, self._clock_read = reading - self._clock_read, reading
            return self._apply(rules.Tick(passed))

    def moves(self) -> Moves:
        s = self.session
        return Moves(
            answers=s.phase in rules.ANSWERING_PHASES and not s.paused,
            advance=None if s.paused else ADVANCE.get(s.phase),
            pause=s.phase in rules.PAUSING_PHASES,
            back=not s.paused and rules.apply(s, rules.Back()) != s,
            end=not s.finished,
            summary=s.finished,
        )
