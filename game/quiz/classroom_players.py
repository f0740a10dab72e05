"""Students who answer on their own devices: joining a room and answering, as actions.

``Join`` adds a student with a nickname (unique in the room, at most ``NAME_LIMIT``
characters, no control characters) and a team; ``StudentAnswer`` records or changes their
answer to the open question. Whether an action is refused, and why, is a code
(``join_refusal``, ``answer_refusal``) the device server turns into words for the student;
a refused action leaves the session unchanged. The deadline is judged on the clock reading
the action carries (the server's clock, never the student's), with ``GRACE`` seconds for
the network.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from game.quiz.classroom_state import (
    NAME_LIMIT,
    NO_TEAM,
    ClassroomSession,
    Entry,
    Player,
    is_valid_answer,
    points_for,
)
from game.quiz.engine import Answer, grade

GRACE = 1.0  # seconds after the deadline an answer still counts (time on the way)

JOIN_REFUSALS = (
    "no_devices",
    "name_empty",
    "name_long",
    "name_bad",
    "name_taken",
    "room_full",
    "bad_team",
)
ANSWER_REFUSALS = (
    "unknown_player",
    "finished",
    "other_question",
    "paused",
    "closed",
    "late",
    "bad_answer",
)


@dataclass(frozen=True)
class Join:
    """A student joins with a nickname; ``team`` None puts them in the smallest team."""

    name: str
    team: int | None = None
    key: str = ""  # an opaque proof of identity the device service keeps (a token's hash)


@dataclass(frozen=True)
class StudentAnswer:
    """A student's answer to question ``question``, read on the server's clock."""

    player: int
    question: int
    answer: Answer
    seconds: float | None = None  # the question's clock when it arrived (None: no timer)


def clean_name(name: str) -> str:
    """A nickname as kept: white space at the ends dropped, inner runs made one space."""
    return " ".join(name.split())


def join_refusal(session: ClassroomSession, action: Join) -> str | None:
    """Why ``action`` cannot join ``session`` (a code of ``JOIN_REFUSALS``), or None."""
    name = clean_name(action.name)
    taken = {p.name.casefold() for p in session.players}
    teams = len(session.settings.teams)
    checks = (
        (not session.settings.devices, "no_devices"),
        (not name, "name_empty"),
        (len(name) > NAME_LIMIT, "name_long"),
        (not name.isprintable(), "name_bad"),
        (name.casefold() in taken, "name_taken"),
        (len(session.players) >= session.settings.max_players, "room_full"),
        (action.team is not None and not 0 <= action.team < teams, "bad_team"),
    )
    return next((code for failed, code in checks if failed), None)


def _smallest_team(session: ClassroomSession) -> int:
    teams = len(session.settings.teams)
    if not teams:
        return NO_TEAM
    sizes = [0] * teams
    for player in session.players:
        if 0 <= player.team < teams:
            sizes[player.team] += 1
    return sizes.index(min(sizes))


def join(session: ClassroomSession, action: Join) -> ClassroomSession:
    if join_refusal(session, action) is not None:
        return session
    team = action.team if action.team is not None else _smallest_team(session)
    player = Player(len(session.players), clean_name(action.name), team, action.key)
    return replace(session, players=(*session.players, player))


def _closed(session: ClassroomSession, seconds: float | None) -> str | None:
    """Why the current question takes no answer at ``seconds`` on its clock, or None."""
    timer = session.settings.timer
    late = timer is not None and seconds is not None and seconds > timer + GRACE
    if session.phase == "question":
        return "late" if late else None
    timed_out = timer is not None and session.elapsed >= timer
    if session.phase == "locked" and timed_out:
        return "late" if late or seconds is None else None
    return "closed"


def answer_refusal(session: ClassroomSession, action: StudentAnswer) -> str | None:
    """Why ``action`` is not taken (a code of ``ANSWER_REFUSALS``), or None."""
    if not 0 <= action.player < len(session.players):
        return "unknown_player"
    if session.finished:
        return "finished"
    if action.question != session.index:
        return "other_question"
    if session.paused:
        return "paused"
    closed = _closed(session, action.seconds)
    if closed is not None:
        return closed
    answer = action.answer
    finite = not isinstance(answer, float) or math.isfinite(answer)
    if not finite or not is_valid_answer(session.question, answer):
        return "bad_answer"
    return None


def student_answer(session: ClassroomSession, action: StudentAnswer) -> ClassroomSession:
    if answer_refusal(session, action) is not None:
        return session
    player = session.players[action.player]
    right = grade(session.item, session.question, action.answer)
    seconds = None
    if session.settings.timer is not None and action.seconds is not None:
        seconds = round(min(float(session.settings.timer), max(0.0, action.seconds)), 2)
    points = points_for(session.settings, right, seconds)
    entry = Entry(session.index, player.team, action.answer, right, seconds, points, player.id)
    others = tuple(e for e in session.entries if e.key != entry.key)
    return replace(session, entries=(*others, entry))
