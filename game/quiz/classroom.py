"""The small actions that move a classroom quiz session on, and ``apply``.

The flow of each question::

    question (timer running) -> locked -> reveal -> standings -> next question ... -> podium

``apply(session, action)`` returns the next session; an action that makes no sense where
the session is (revealing twice, going back from the first question) returns it unchanged,
so a stray key on the projector never breaks a lesson. Scores count right answers; a speed
bonus exists but is off unless the teacher turns it on. Nothing here draws or writes files.
Students answering on their own devices join and answer through the actions of
``game.quiz.classroom_players``, applied here like the others.
The session itself (settings, entries, ``start``, ``resume``) is in
``game.quiz.classroom_state``; every name of it is importable from here too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from game.quiz.classroom_players import Join, StudentAnswer, join, student_answer
from game.quiz.classroom_state import (
    ANSWERING_PHASES,
    DEFAULT_QUESTIONS,
    MAX_PLAYERS,
    MAX_TEAMS,
    NAME_LIMIT,
    NO_TEAM,
    PAUSING_PHASES,
    PHASES,
    SPEED_BONUS_MAX,
    ClassroomError,
    ClassroomSession,
    ClassroomSettings,
    Entry,
    Player,
    default_teams,
    is_valid_answer,
    points_for,
    resume,
    start,
)
from game.quiz.engine import Answer, grade

__all__ = [
    "ANSWERING_PHASES",
    "DEFAULT_QUESTIONS",
    "MAX_PLAYERS",
    "MAX_TEAMS",
    "NAME_LIMIT",
    "NO_TEAM",
    "PAUSING_PHASES",
    "PHASES",
    "SPEED_BONUS_MAX",
    "Action",
    "Back",
    "ClassroomError",
    "Clear",
    "EndEarly",
    "EnterAnswer",
    "Entry",
    "Join",
    "Lock",
    "Mark",
    "Next",
    "Player",
    "Reveal",
    "ClassroomSession",
    "ClassroomSettings",
    "ShowStandings",
    "ShowSummary",
    "StudentAnswer",
    "Tick",
    "TogglePause",
    "apply",
    "default_teams",
    "is_valid_answer",
    "points_for",
    "resume",
    "start",
]


# --- actions --------------------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    """Time passing on the projector clock."""

    seconds: float


@dataclass(frozen=True)
class Lock:
    """Stop taking answers from the room: the clock stops."""


@dataclass(frozen=True)
class EnterAnswer:
    """The teacher types the answer a team gave (an option index, an order, a number)."""

    team: int
    answer: Answer


@dataclass(frozen=True)
class Mark:
    """Show of hands: the teacher marks a team right or wrong without its answer."""

    team: int
    right: bool


@dataclass(frozen=True)
class Clear:
    """Take back a team's answer to the current question (a slip of the finger)."""

    team: int


@dataclass(frozen=True)
class Reveal:
    """Show the right answer, its quote and source, and how the room answered."""


@dataclass(frozen=True)
class ShowStandings:
    """Show the scores so far."""


@dataclass(frozen=True)
class Next:
    """Go on to the next question, or to the podium after the last."""


@dataclass(frozen=True)
class Back:
    """Go back one question (to its reveal), or from the podium to the last standings."""


@dataclass(frozen=True)
class TogglePause:
    """Pause or resume: the clock stops while paused."""


@dataclass(frozen=True)
class EndEarly:
    """Finish now and show the podium for the questions asked so far."""


@dataclass(frozen=True)
class ShowSummary:
    """From the podium, the per-question summary (and back with the same action)."""


Action = (
    Tick
    | Lock
    | EnterAnswer
    | Mark
    | Clear
    | Reveal
    | ShowStandings
    | Next
    | Back
    | TogglePause
    | EndEarly
    | ShowSummary
    | Join
    | StudentAnswer
)


def _tick(s: ClassroomSession, a: Tick) -> ClassroomSession:
    if s.phase != "question" or s.paused or s.settings.timer is None or a.seconds <= 0:
        return s
    elapsed = min(float(s.settings.timer), s.elapsed + a.seconds)
    if elapsed >= s.settings.timer:
        return replace(s, elapsed=elapsed, phase="locked")
    return replace(s, elapsed=elapsed)


def _lock(s: ClassroomSession, a: Lock) -> ClassroomSession:
    return replace(s, phase="locked", paused=False) if s.phase == "question" else s


def _clock_reading(s: ClassroomSession) -> float | None:
    return round(s.elapsed, 2) if s.phase == "question" and s.settings.timer else None


def _put(s: ClassroomSession, entry: Entry) -> ClassroomSession:
    others = tuple(e for e in s.entries if e.key != entry.key)
    return replace(s, entries=(*others, entry))


def _check_team(s: ClassroomSession, team: int) -> bool:
    """Whether the teacher may enter ``team``'s answer now (never when students have
    devices: then each student answers for themselves)."""
    if s.settings.devices:
        return False
    return 0 <= team < len(s.settings.teams) and s.phase in ANSWERING_PHASES and not s.paused


def _enter(s: ClassroomSession, a: EnterAnswer) -> ClassroomSession:
    if not _check_team(s, a.team) or not is_valid_answer(s.question, a.answer):
        return s
    right = grade(s.item, s.question, a.answer)
    seconds = _clock_reading(s)
    points = points_for(s.settings, right, seconds)
    return _put(s, Entry(s.index, a.team, a.answer, right, seconds, points))


def _mark(s: ClassroomSession, a: Mark) -> ClassroomSession:
    if not _check_team(s, a.team):
        return s
    seconds = _clock_reading(s)
    points = points_for(s.settings, a.right, seconds)
    return _put(s, Entry(s.index, a.team, None, a.right, seconds, points))


def _clear(s: ClassroomSession, a: Clear) -> ClassroomSession:
    if not _check_team(s, a.team) or s.entry(s.index, a.team) is None:
        return s
    kept = tuple(
        e
        for e in s.entries
        if not (e.question == s.index and e.team == a.team and e.player is None)
    )
    return replace(s, entries=kept)


def _reveal(s: ClassroomSession, a: Reveal) -> ClassroomSession:
    if s.phase not in ("question", "locked"):
        return s
    return replace(s, phase="reveal", paused=False, revealed=s.revealed | {s.index})


def _standings(s: ClassroomSession, a: ShowStandings) -> ClassroomSession:
    return replace(s, phase="standings") if s.phase == "reveal" else s


def _next(s: ClassroomSession, a: Next) -> ClassroomSession:
    if s.phase not in ("reveal", "standings"):
        return s
    if s.index + 1 >= len(s.questions):
        return replace(s, phase="podium")
    return _open(s, s.index + 1)


def _open(s: ClassroomSession, index: int) -> ClassroomSession:
    """Question ``index`` as the class left it: a revealed one shows its reveal again, one
    with answers but no reveal comes back locked, only a new one opens with a fresh clock."""
    if index in s.revealed:
        return replace(s, index=index, phase="reveal", paused=False)
    if any(e.question == index for e in s.entries):
        return replace(s, index=index, phase="locked", paused=False)
    return replace(s, index=index, phase="question", elapsed=0.0, paused=False)


def _back(s: ClassroomSession, a: Back) -> ClassroomSession:
    if s.phase == "summary":
        return replace(s, phase="podium")
    if s.phase == "podium":
        phase = "standings" if s.index in s.revealed else "locked"
        return replace(s, phase=phase, ended_early=False)
    if s.index == 0:
        return s
    return replace(s, index=s.index - 1, phase="reveal", paused=False)


def _pause(s: ClassroomSession, a: TogglePause) -> ClassroomSession:
    return replace(s, paused=not s.paused) if s.phase in PAUSING_PHASES else s


def _end(s: ClassroomSession, a: EndEarly) -> ClassroomSession:
    if s.finished:
        return s
    return replace(s, phase="podium", paused=False, ended_early=True)


def _summary(s: ClassroomSession, a: ShowSummary) -> ClassroomSession:
    if s.phase == "podium":
        return replace(s, phase="summary")
    if s.phase == "summary":
        return replace(s, phase="podium")
    return s


HANDLERS: dict[type, Callable[[ClassroomSession, Any], ClassroomSession]] = {
    Tick: _tick,
    Lock: _lock,
    EnterAnswer: _enter,
    Mark: _mark,
    Clear: _clear,
    Reveal: _reveal,
    ShowStandings: _standings,
    Next: _next,
    Back: _back,
    TogglePause: _pause,
    EndEarly: _end,
    ShowSummary: _summary,
    Join: join,
    StudentAnswer: student_answer,
}


def apply(session: ClassroomSession, action: Action) -> ClassroomSession:
    """The session after ``action``; unchanged if the action does not fit where it is."""
    return HANDLERS[type(action)](session, action)
