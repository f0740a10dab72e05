"""What a classroom session shows between questions: standings, the podium, how the room
answered one question, and the per-question summary at the end. Pure reads of a ClassroomSession.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.content.citations import Citation, citations
from game.content.model import Pack
from game.quiz.classroom import ClassroomSession
from game.quiz.engine import accuracy, right_answer, right_answer_text


@dataclass(frozen=True)
class Standing:
    """One team's place: ties share a rank (1, 1, 3)."""

    rank: int
    team: int
    name: str
    points: float
    right: int
    asked: int

    @property
    def accuracy(self) -> float:
        return accuracy(self.right, self.asked)


@dataclass(frozen=True)
class Bar:
    """One bar of the answer distribution, as a code the screen puts in words: ``option``
    (the teams that chose ``option``), ``marked-right`` / ``marked-wrong`` (show of
    hands), ``right`` / ``wrong`` (typed answers), ``no-answer``."""

    code: str
    count: int
    right: bool
    option: int = -1


@dataclass(frozen=True)
class QuestionSummary:
    """One line of the end-of-quiz summary."""

    number: int  # 1-based
    item_id: str
    prompt: str
    right_answer: str
    teams_right: tuple[str, ...]
    teams_answered: int
    teams: int
    citation: Citation | None


def standings(session: ClassroomSession) -> tuple[Standing, ...]:
    """Teams by points (then by the order they were named), with shared ranks for ties.

    With students on devices a team's points are its students' average (a big team has
    no head start), its right answers are counted out of its students' answers (3 students,
    2 questions: out of 6), and a class that plays without teams is ranked student by student.
    """
    if session.settings.devices and not session.settings.teams:
        return player_standings(session)
    asked = len(session.asked())
    rows = []
    for team, name in enumerate(session.settings.teams):
        mine = [e for e in session.entries if e.team == team]
        points = round(sum(e.points for e in mine), 2)
        out_of = asked
        if session.settings.devices:
            members = sum(1 for p in session.players if p.team == team)
            points = round(points / max(1, members), 2)
            out_of = asked * max(1, members)
        rows.append((points, team, name, sum(1 for e in mine if e.right), out_of))
    return _ranked(rows)


def player_standings(session: ClassroomSession) -> tuple[Standing, ...]:
    """Students on devices by points (then by the order they joined); ``team`` holds the
    student's id."""
    asked = len(session.asked())
    rows = []
    for player in session.players:
        mine = [e for e in session.entries if e.player == player.id]
        points = round(sum(e.points for e in mine), 2)
        rows.append((points, player.id, player.name, sum(1 for e in mine if e.right), asked))
    return _ranked(rows)


def _ranked(rows: list[tuple[float, int, str, int, int]]) -> tuple[Standing, ...]:
    rows.sort(key=lambda row: (-row[0], row[1]))
    result: list[Standing] = []
    for position, (points, team, name, right, asked) in enumerate(rows, start=1):
        rank = result[-1].rank if result and result[-1].points == points else position
        result.append(Standing(rank, team, name, points, right, asked))
    return tuple(result)


def podium(session: ClassroomSession) -> tuple[Standing, ...]:
    """The teams on the podium: every team ranked 1 to 3."""
    return tuple(s for s in standings(session) if s.rank <= 3)


PODIUM_ORDER = (2, 1, 3)  # silver on the left, gold in the middle, bronze on the right


def podium_steps(session: ClassroomSession) -> tuple[int, ...]:
    """The podium's steps left to right: only the ranks some team holds (2 teams, 2 steps)."""
    held = {row.rank for row in podium(session)}
    return tuple(rank for rank in PODIUM_ORDER if rank in held)


def distribution(session: ClassroomSession, question: int | None = None) -> tuple[Bar, ...]:
    """How the teams answered: a bar per option (choice, true/false), else right and wrong.

    On a choice, marks from a show of hands get bars of their own; so do silent teams.
    """
    index = session.index if question is None else question
    q = session.questions[index]
    entries = session.entries_for(index)
    answered = [e for e in entries if e.answer is not None]
    marked = [e for e in entries if e.answer is None]
    bars: list[Bar] = []
    right = right_answer(session.items[index], q)
    if type(right) is int:  # one option is right: a bar for each
        for i in range(len(q.choices)):
            count = sum(1 for e in answered if e.answer == i)
            bars.append(Bar("option", count, i == right, option=i))
        if marked:
            bars.append(Bar("marked-right", sum(1 for e in marked if e.right), True))
            bars.append(Bar("marked-wrong", sum(1 for e in marked if not e.right), False))
    else:
        bars.append(Bar("right", sum(1 for e in entries if e.right), True))
        bars.append(Bar("wrong", sum(1 for e in entries if not e.right), False))
    missing = session.answerers() - len(entries)
    if missing:
        bars.append(Bar("no-answer", missing, False))
    return tuple(bars)


def summary(session: ClassroomSession, pack: Pack) -> tuple[QuestionSummary, ...]:
    """A line per question asked: the right answer, who got it, and its first source."""
    lines = []
    for index in session.asked():
        item = session.items[index]
        entries = session.entries_for(index)
        cited = citations(pack, item.facts)
        lines.append(
            QuestionSummary(
                number=index + 1,
                item_id=item.id,
                prompt=item.prompt,
                right_answer=right_answer_text(item),
                teams_right=tuple(session.answerer_name(e) for e in entries if e.right),
                teams_answered=len(entries),
                teams=session.answerers(),
                citation=cited[0] if cited else None,
            )
        )
    return tuple(lines)


def format_points(points: float) -> str:
    """Points as a teacher reads them: "3", or "3.25" when a speed bonus made a fraction."""
    return f"{points:g}" if points == int(points) else f"{points:.2f}".rstrip("0")
