"""A classroom quiz session as a value: its settings, questions, answers and phase.

A session holds its settings, the questions one seed picks (same seed, same questions in
the same order, options shuffled the same way), every team's answer, and where the class is
in the flow of each question (``PHASES``). ``start`` makes one, ``resume`` rebuilds one from
a results file, ``points_for`` scores an answer. The actions that move a session on are in
``game.quiz.classroom``, which also re-exports every name here.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from game.content.model import Pack, QuizItem
from game.errors import SpaceAccordError
from game.quiz import says_who
from game.quiz.engine import Answer, Question, grade, make_question
from game.quiz.kinds import kind_of
from game.quiz.selection import UnknownItem, choose

T = TypeVar("T")

MAX_TEAMS = 9  # one number key per team
MAX_PLAYERS = 200  # students joining from their own devices, per room
NAME_LIMIT = 20  # characters of a student's nickname
NO_TEAM = -1  # the team of a student's entry when the class plays without teams
DEFAULT_QUESTIONS = 10
SPEED_BONUS_MAX = 0.5  # extra points for a right answer given the moment the question opens

PHASES = ("question", "locked", "reveal", "standings", "podium", "summary")
ANSWERING_PHASES = ("question", "locked", "reveal")  # on the reveal: to correct one
PAUSING_PHASES = ("question", "locked")  # a pause stops the clock and hides the question


class ClassroomError(SpaceAccordError):
    """ClassroomSettings a teacher gave that cannot make a session (no questions match, bad teams)."""


def default_teams(count: int = 3) -> tuple[str, ...]:
    return tuple(f"Team {n}" for n in range(1, count + 1))


@dataclass(frozen=True)
class ClassroomSettings:
    """What the teacher chose on the set-up screen (or with flags)."""

    pack_id: str
    seed: int
    questions: int = DEFAULT_QUESTIONS
    teams: tuple[str, ...] = field(default_factory=default_teams)
    timer: int | None = None  # seconds per question; None means no timer
    difficulty: int | None = None
    tags: tuple[str, ...] = ()
    show_of_hands: bool = False
    speed_bonus: bool = False
    pack_version: str = ""
    ids: tuple[str, ...] = ()  # exactly these items, in this order (seed and filters unused)
    room: str = ""  # the room code when students answer on their own devices
    max_players: int = MAX_PLAYERS  # students a room takes
    says_who: int = 0  # generated "says who, and when?" items added to ``questions``

    @property
    def devices(self) -> bool:
        """Whether students answer on their own devices (then teams are optional)."""
        return bool(self.room)

    def problems(self) -> list[str]:
        """Why these settings cannot start a session (empty when they can)."""
        found = []
        if self.questions < 1:
            found.append("ask at least one question")
        if not self.teams and not self.devices:
            found.append("name at least one team")
        if len(self.teams) > MAX_TEAMS:
            found.append(f"at most {MAX_TEAMS} teams (one number key each)")
        if len({t.casefold() for t in self.teams}) != len(self.teams):
            found.append("two teams have the same name")
        if any(not t.strip() for t in self.teams):
            found.append("a team has an empty name")
        # A line break would cut the team's row of the results file in two.
        if any(not t.isprintable() for t in self.teams):
            found.append("a team name has a line break or a control character")
        if self.timer is not None and self.timer < 1:
            found.append("the timer must be at least one second")
        if self.says_who < 0:
            found.append("the says-who items added cannot be fewer than none")
        if self.difficulty is not None and self.difficulty not in (1, 2, 3):
            found.append("difficulty is 1, 2 or 3")
        return found


@dataclass(frozen=True)
class Entry:
    """One team's answer to one question, or the teacher's mark in show-of-hands mode."""

    question: int  # index into the session's questions
    team: int  # index into the settings' teams
    answer: Answer | None  # None: marked right or wrong by show of hands
    right: bool
    seconds: float | None = None  # time on the clock when entered; None if no clock ran
    points: float = 0.0
    player: int | None = None  # the student who answered on a device (None: a team's entry)

    @property
    def key(self) -> tuple[int, int, int | None]:
        """One entry per question and answerer: a team, or a student on a device."""
        return (self.question, self.team, self.player)


@dataclass(frozen=True)
class Player:
    """A student who joined from a device: a nickname, a team (``NO_TEAM``: none) and the
    key that proves a returning page is theirs (made and checked by the device service)."""

    id: int  # the order they joined in, from 0
    name: str
    team: int = NO_TEAM
    key: str = ""


@dataclass(frozen=True)
class ClassroomSession:
    """Where a classroom quiz is: the questions, the current one, the phase and the answers."""

    settings: ClassroomSettings
    items: tuple[QuizItem, ...]
    questions: tuple[Question, ...]
    index: int = 0
    phase: str = "question"
    elapsed: float = 0.0  # seconds the current question has been open
    paused: bool = False
    entries: tuple[Entry, ...] = ()
    revealed: frozenset[int] = frozenset()
    ended_early: bool = False
    players: tuple[Player, ...] = ()

    @property
    def item(self) -> QuizItem:
        return self.items[self.index]

    @property
    def question(self) -> Question:
        return self.questions[self.index]

    @property
    def finished(self) -> bool:
        return self.phase in ("podium", "summary")

    @property
    def time_left(self) -> float | None:
        if self.settings.timer is None:
            return None
        return max(0.0, self.settings.timer - self.elapsed)

    def entry(self, question: int, team: int) -> Entry | None:
        """The answer a team gave (with devices: the first of its students' answers)."""
        for entry in self.entries:
            if entry.question == question and entry.team == team:
                return entry
        return None

    def player_entry(self, question: int, player: int) -> Entry | None:
        """The answer a student gave on a device to ``question``, if any."""
        for entry in self.entries:
            if entry.question == question and entry.player == player:
                return entry
        return None

    def entries_for(self, question: int) -> tuple[Entry, ...]:
        return tuple(sorted((e for e in self.entries if e.question == question), key=_team_of))

    def asked(self) -> tuple[int, ...]:
        """Indices of the questions that count: revealed, or answered by any team."""
        answered = {e.question for e in self.entries}
        return tuple(sorted(self.revealed | answered))

    def waiting_for(self) -> tuple[int, ...]:
        """Teams with no answer yet to the current question (with devices: students)."""
        if self.settings.devices:
            done = {e.player for e in self.entries if e.question == self.index}
            return tuple(p.id for p in self.players if p.id not in done)
        done = {e.team for e in self.entries if e.question == self.index}
        return tuple(t for t in range(len(self.settings.teams)) if t not in done)

    def answerers(self) -> int:
        """How many can answer each question: the students with devices, else the teams."""
        return len(self.players) if self.settings.devices else len(self.settings.teams)

    def answerer_name(self, entry: Entry) -> str:
        """Who gave ``entry``: the student's nickname, or the team's name."""
        if entry.player is not None:
            return self.players[entry.player].name
        return self.settings.teams[entry.team]


def _team_of(entry: Entry) -> tuple[int, int]:
    return (entry.team, -1 if entry.player is None else entry.player)


# --- starting -------------------------------------------------------------------------


def start(
    pack: Pack, settings: ClassroomSettings, item_ids: Sequence[str] | None = None
) -> ClassroomSession:
    """A new session: the seed picks the items and shuffles their options.

    ``item_ids`` (from a results file being resumed) must be the ids the seed picks from
    this pack; if the pack changed since, the old answers would not mean the same thing.
    """
    problems = settings.problems()
    if problems:
        raise ClassroomError("; ".join(problems))
    rng = random.Random(settings.seed)
    generated = any(says_who.is_generated(i) for i in settings.ids)
    try:
        items = choose(
            (*pack.quiz, *says_who.says_who_items(pack)) if generated else pack.quiz,
            settings.questions,
            rng,
            difficulty=settings.difficulty,
            tags=settings.tags,
            ids=settings.ids,
        )
    except UnknownItem as error:
        raise ClassroomError(str(error)) from None
    if not items:
        raise ClassroomError(_nothing_matches(pack, settings))
    questions = [make_question(item, rng) for item in items]
    if settings.says_who and not settings.ids:
        taken = {fact for item in items for fact in item.facts}
        extra = says_who.for_session(
            pack, settings.says_who, settings.seed, taken=taken, tags=settings.tags
        )
        extra_questions = [make_question(item, rng) for item in extra]
        items, questions = spread(items, extra), spread(questions, extra_questions)
    if item_ids is not None and tuple(item_ids) != tuple(i.id for i in items):
        raise ClassroomError(
            f"pack {pack.info.id!r} no longer gives the questions this session was started "
            "with (its quiz changed); start a new session instead of resuming"
        )
    return ClassroomSession(settings=settings, items=tuple(items), questions=tuple(questions))


def spread(first: Sequence[T], extra: Sequence[T]) -> list[T]:
    """``extra`` spread evenly among ``first``, which keeps its order and opens the list
    (while ``extra`` is no longer than ``first``)."""
    n, k = len(first), len(extra)
    placed = [(i + 1.0, 0, i) for i in range(n)] + [
        ((j + 1) * (n + 1) / (k + 1), 1, j) for j in range(k)
    ]
    return [first[i] if kind == 0 else extra[i] for _, kind, i in sorted(placed)]


def _nothing_matches(pack: Pack, settings: ClassroomSettings) -> str:
    wanted = []
    if settings.difficulty is not None:
        wanted.append(f"difficulty {settings.difficulty}")
    if settings.tags:
        wanted.append("tags " + ", ".join(settings.tags))
    if not wanted:
        return f"pack {pack.info.id!r} has no quiz questions"
    known = sorted({t for item in pack.quiz for t in item.tags})
    hint = f" (its tags: {', '.join(known)})" if known else ""
    return f"no question of pack {pack.info.id!r} has {' and '.join(wanted)}{hint}"


def resume(
    pack: Pack,
    settings: ClassroomSettings,
    item_ids: Sequence[str],
    entries: Iterable[Entry],
    revealed: Iterable[int],
    finished: bool = False,
    ended_early_at: int | None = None,
    players: Sequence[Player] = (),
) -> ClassroomSession:
    """The session a results file describes, at the first question not yet finished.

    A question that was revealed is done, so the class goes on with the next one; a
    question with some answers but no reveal reopens, locked, with those answers in place.
    A session that ended early (``ended_early_at``: the question it ended on) is back on
    its podium at that question, as ``EndEarly`` left it. An answer is graded again on
    the question as this pack makes it, and one that does not fit the question is dropped.
    """
    session = replace(start(pack, settings, item_ids), players=tuple(players))
    count = len(session.questions)
    kept: dict[tuple[int, int, int | None], Entry] = {}
    for entry in entries:
        if not (0 <= entry.question < count and _answerer_known(session, entry)):
            continue
        if entry.answer is not None:
            item, question = session.items[entry.question], session.questions[entry.question]
            if not is_valid_answer(question, entry.answer):
                continue
            right = grade(item, question, entry.answer)
            points = points_for(settings, right, entry.seconds)
            entry = replace(entry, right=right, points=points)
        kept[entry.key] = entry
    shown = {q for q in revealed if 0 <= q < count}
    furthest = max(shown, default=-1) + 1
    answered = [q for q, _, _ in kept if q not in shown]
    index = max([furthest, *answered])
    session = replace(session, entries=tuple(kept.values()), revealed=frozenset(shown))
    if finished and ended_early_at is not None and 0 <= ended_early_at < count:
        return replace(session, index=ended_early_at, phase="podium", ended_early=True)
    if finished or index >= count:
        return replace(session, index=count - 1, phase="podium")
    has_answers = any(q == index for q, _, _ in kept)
    if settings.devices:
        # Paused while the students' pages reconnect; the teacher goes on with P.
        return replace(session, index=index, phase="question", paused=bool(players))
    return replace(session, index=index, phase="locked" if has_answers else "question")


def _answerer_known(session: ClassroomSession, entry: Entry) -> bool:
    teams = len(session.settings.teams)
    if entry.player is None:
        return 0 <= entry.team < teams
    if not 0 <= entry.player < len(session.players):
        return False
    return entry.team == session.players[entry.player].team


def points_for(settings: ClassroomSettings, right: bool, seconds: float | None) -> float:
    """One point for a right answer, plus the speed bonus only if the teacher turned it on."""
    if not right:
        return 0.0
    if not settings.speed_bonus or settings.timer is None or seconds is None:
        return 1.0
    share_left = max(0.0, 1.0 - seconds / settings.timer)
    return 1.0 + round(SPEED_BONUS_MAX * share_left, 2)


def is_valid_answer(question: Question, answer: Answer) -> bool:
    """Whether ``answer`` has the form ``question`` takes (not whether it is right)."""
    return kind_of(question.type).shape_problem(question, answer) is None
