"""The classroom service for a room of students' devices: ``DeviceRoom``.

A ``DeviceRoom`` is the classroom service (``game.services.classroom.Classroom``) shared by
two threads: the projector's (host actions) and the device server's (joins and answers).
Every change goes through the service under its one lock (``Classroom._lock``, which this
class also holds around a join or an answer's check-then-apply), so every answer is kept
exactly once and in order, with no read-modify-write between threads. The question's
clock is the service's wall clock; ``reading`` is that clock past the deadline too, so a
late answer is judged on the server's clock, never on a student's.

Writing is grouped: the results file's rows wait in a queue (``QueuedLog``) with a ticket,
and ``flush_until`` appends every waiting row with one fsync, in the order the changes
happened. The server acknowledges an answer only once its ticket is on disk, so answers
arriving together share one fsync and an acknowledged answer survives a crash; the
projector's own actions are on disk before ``apply`` returns.

A student proves who they are with a token the room hands out when they join; only its
hash (the player's ``key``) is kept in the session and the results file, so a page that
reconnects after a crash and ``--resume`` gets its student back.
"""

from __future__ import annotations

import hashlib
import math
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from game.content.model import Pack
from game.errors import SpaceAccordError
from game.quiz import classroom as rules
from game.quiz.classroom import ClassroomSession
from game.quiz.classroom_players import answer_refusal, join_refusal
from game.quiz.engine import Answer
from game.services.classroom import Classroom, Moves
from game.storage.results import ResultsLog

Listener = Callable[[ClassroomSession, ClassroomSession], None]
ROOM_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I/1 or O/0 to misread
ROOM_CODE_LENGTH = 4
CLOSED_LONG_AGO = math.inf  # seconds past the deadline of a question the class comes back to


def new_room_code() -> str:
    """A short code for the projector: four letters and digits that cannot be misread."""
    return "".join(secrets.choice(ROOM_LETTERS) for _ in range(ROOM_CODE_LENGTH))


def token_key(token: str) -> str:
    """What the session keeps of a student's token: a hash, never the token itself."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Joined:
    """A join's outcome: the student's id and token, or the refusal code."""

    player: int = -1
    token: str = ""
    refusal: str | None = None
    ticket: int = 0  # on disk once ``flush_until(ticket)`` returns


class QueuedLog:
    """A results log whose rows wait to be written together (``take`` them, then
    ``append``); ``record`` is called by the classroom service under the room's lock."""

    def __init__(self, log: ResultsLog) -> None:
        self.log = log
        self.pending: list[str] = []
        self.ticket = 0  # changes queued so far

    @property
    def path(self) -> Path:
        return self.log.path

    def record(self, before: ClassroomSession, after: ClassroomSession, when: datetime) -> None:
        rows = self.log.rows(before, after, when)
        if rows:
            self.pending.append(rows)
            self.ticket += 1

    def note_resumed(self, session: ClassroomSession, when: datetime) -> None:
        self.log.note_resumed(session, when)

    def take(self) -> tuple[str, int]:
        """Every row waiting (to ``append``, or to put back if that fails) and the ticket."""
        batch, self.pending = self.pending, []
        return "".join(batch), self.ticket

    def append(self, text: str) -> None:
        self.log.append(text)


class DeviceRoom(Classroom):
    """A classroom session driven by the projector and by students' devices."""

    def __init__(
        self,
        pack: Pack,
        session: ClassroomSession,
        log: ResultsLog | None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._flush_lock = threading.Lock()
        self._durable = 0  # changes on disk
        self._over = 0.0  # seconds past the deadline, while the timer has locked it
        self._last = clock()
        self._keys = {p.key: p.id for p in session.players if p.key}
        self._listeners: list[Listener] = []
        self.queue = QueuedLog(log) if log is not None else None
        super().__init__(pack, session, self.queue, clock=clock, now=now)  # type: ignore[arg-type]

    @classmethod
    def of(cls, classroom: Classroom) -> DeviceRoom:
        """The room for a session the classroom service started or resumed."""
        log = classroom.log
        assert log is None or isinstance(log, ResultsLog)
        return cls(classroom.pack, classroom.session, log, classroom.clock, classroom.now)

    def listen(self, listener: Listener) -> None:
        """Call ``listener(before, after)`` after every change (under the room's lock).

        Added under the lock too: another thread may be walking the list in ``_apply``."""
        with self._lock:
            self._listeners.append(listener)

    @property
    def problem(self) -> str:
        """The last failure to write the results file, in words ("" when none)."""
        return f"Results NOT saved: {self.storage_problem}" if self.storage_problem else ""

    # -- every change -------------------------------------------------------------------------
    def _apply(self, action: rules.Action) -> bool:
        with self._lock:
            before = self.session
            changed = super()._apply(action)
            if not changed:
                return False
            after = self.session
            if (after.index, after.phase, after.paused) != (
                before.index,
                before.phase,
                before.paused,
            ):
                self._last = self.clock()
                if after.phase == "question":
                    self._over = 0.0
                elif after.index != before.index:
                    self._over = CLOSED_LONG_AGO  # its grace was given when its time ran out
            for listener in self._listeners:
                listener(before, after)
            return True

    def tick(self) -> bool:
        """Run the question's clock to now; the timer locks the question when it ends."""
        with self._lock:
            now = self.clock()
            dt, self._last = max(0.0, now - self._last), now
            before = self.session
            timer = before.settings.timer
            if timer is not None and not before.paused:
                if before.phase == "question":
                    self._over = max(0.0, before.elapsed + dt - timer)
                elif before.phase == "locked" and before.elapsed >= timer:
                    self._over += dt
            return super().tick()

    def sync(self) -> ClassroomSession:
        """``tick``, and the session it leaves (the server's clock task calls this)."""
        with self._lock:
            self.tick()
            return self.session

    def reading(self) -> float | None:
        """The question's clock now (past the deadline too), or None without a timer."""
        if self.session.settings.timer is None:
            return None
        return self.session.elapsed + self._over

    # -- the projector ------------------------------------------------------------------------
    def apply(self, action: rules.Action) -> bool:
        """A host action (lock, reveal, next, pause, ...), on disk (with every answer taken
        before it) when this returns."""
        with self._lock:
            changed = super().apply(action)
        self.flush()
        return changed

    def act(self, action: rules.Action) -> ClassroomSession:
        """``apply``, and the session it leaves."""
        self.apply(action)
        return self.session

    def moves(self) -> Moves:
        """As the service's, but no team answers: each student answers for themselves."""
        return replace(super().moves(), answers=False)

    # -- the disk -----------------------------------------------------------------------------
    def flush_until(self, ticket: int) -> bool:
        """Write what waits in one append until change ``ticket`` is on disk; whether it is.

        When the write fails, ``storage_problem`` says why and the rows wait for the next
        write; False tells the caller not to promise anyone their change is kept."""
        queue = self.queue
        if queue is None or self._durable >= ticket:
            return True
        with self._flush_lock:
            if self._durable >= ticket:
                return True
            with self._lock:
                text, upto = queue.take()
            try:
                if text:
                    queue.append(text)
            except SpaceAccordError as error:
                self.storage_problem = error
                with self._lock:  # kept for the next write: a resume must not lose them
                    queue.pending.insert(0, text)
                return False
            self._durable = upto
            return True

    def flush(self) -> bool:
        """Write every change made so far; whether they are all on disk."""
        return self.queue is None or self.flush_until(self.queue.ticket)

    def _ticket(self) -> int:
        return self.queue.ticket if self.queue is not None else 0

    # -- the students -------------------------------------------------------------------------
    def join(self, name: str, team: int | None = None) -> Joined:
        """A new student: their id and a fresh token, or why they cannot join."""
        token = secrets.token_urlsafe(18)
        action = rules.Join(name, team, token_key(token))
        with self._lock:
            refusal = join_refusal(self.session, action)
            if refusal is not None:
                return Joined(refusal=refusal)
            player = len(self.session.players)
            self._apply(action)
            self._keys[action.key] = player
            return Joined(player, token, ticket=self._ticket())

    def rejoin(self, token: str) -> int | None:
        """The student a token belongs to (a reload, another tab, after a resume), or None."""
        with self._lock:
            return self._keys.get(token_key(token))

    def answer(self, player: int, question: int, answer: Answer) -> tuple[str | None, int]:
        """Take a student's answer now: the refusal code (None if taken) and the ticket
        to wait for (``flush_until``) before telling the student it is kept."""
        with self._lock:
            self.tick()
            action = rules.StudentAnswer(player, question, answer, self.reading())
            refusal = answer_refusal(self.session, action)
            if refusal is None:
                self._apply(action)
            return refusal, self._ticket()
