"""A classroom session as a gradebook: one row per team (with students' devices: one row per
student, their team beside their nickname), one column per question asked,
each cell the points of the team's final answer (a corrected answer replaces the first,
a cleared one leaves the cell empty), then the team's points, right answers and percent.

Pure: ``gradebook(session)`` reads a ``ClassroomSession``; ``game.storage.gradebook`` writes it as
a spreadsheet and a CSV.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.quiz.classroom import ClassroomSession
from game.quiz.engine import right_answer_text


@dataclass(frozen=True)
class Column:
    """One question of the session, as a column heading and its key."""

    number: int  # 1-based, as the projector numbered it
    item_id: str
    prompt: str
    right_answer: str

    @property
    def heading(self) -> str:
        return f"Q{self.number}: {' '.join(self.prompt.split())}"


@dataclass(frozen=True)
class Row:
    """One team: its points per question (None: no answer) and its totals."""

    name: str
    cells: tuple[float | None, ...]
    points: float
    right: int
    asked: int

    @property
    def percent(self) -> float:
        """Right answers as a share of the questions asked, in percent."""
        return round(100 * self.right / self.asked, 1) if self.asked else 0.0


@dataclass(frozen=True)
class Gradebook:
    pack_id: str
    seed: int
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    answerer: str = "team"  # what a row is: "team", or "student" with devices


def gradebook(session: ClassroomSession) -> Gradebook:
    """The gradebook of ``session``: every team (answered or not), every question asked."""
    asked = session.asked()
    columns = tuple(
        Column(
            number=index + 1,
            item_id=session.items[index].id,
            prompt=session.questions[index].prompt,
            right_answer=right_answer_text(session.items[index]),
        )
        for index in asked
    )
    rows = []
    teams = session.settings.teams
    if session.settings.devices:
        answerers = [
            (
                f"{p.name} ({teams[p.team]})" if 0 <= p.team < len(teams) else p.name,
                [session.player_entry(index, p.id) for index in asked],
            )
            for p in sorted(session.players, key=lambda p: (p.name.casefold(), p.id))
        ]  # by name, as a class list runs (join order means nothing to a register)
    else:
        answerers = [
            (name, [session.entry(index, team) for index in asked])
            for team, name in enumerate(teams)
        ]
    for name, entries in answerers:
        cells = tuple(None if e is None else e.points for e in entries)
        rows.append(
            Row(
                name=name,
                cells=cells,
                points=round(sum(c for c in cells if c is not None), 2),
                right=sum(1 for e in entries if e is not None and e.right),
                asked=len(asked),
            )
        )
    s = session.settings
    return Gradebook(s.pack_id, s.seed, columns, tuple(rows), "student" if s.devices else "team")
