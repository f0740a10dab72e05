"""Classroom results: one CSV per session in ``game.paths.results_dir()``, never lost.

The file opens with two comment lines naming the session (pack, seed, every setting and
the ids of the questions the seed picked), then a column header, then one row per thing
that happened: an ``answer`` or ``mark`` the moment the teacher enters it, a ``clear`` when
one is taken back, a ``reveal`` when a question is shown answered, ``end`` (or
``end-early``) when the podium shows, ``reopen`` when the teacher goes back from it, and
``resume``. With students on devices, a ``join`` row names each student (nickname, team and
the key their page proves itself with) and each answer row names its student.
Every row is appended and fsynced before the screen moves on, so pulling the plug loses
nothing entered, and ``read_results`` + ``resume_session`` carry the lesson on from there.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from game.content.model import Pack
from game.errors import StorageError
from game.paths import results_dir
from game.quiz.classroom import (
    NO_TEAM,
    ClassroomSession,
    Entry,
    Player,
    points_for,
    resume,
)
from game.quiz.engine import Answer, Question
from game.quiz.kinds import kind_of
from game.storage.files import append_durably
from game.storage.results_format import (
    COLUMNS,
    FORMAT,
    SESSION_MARK,
    TEAM_COLUMNS,
    TITLE_MARK,
    ResultsError,
    ResultsFile,
    read_results,
)
from game.textsafe import escaped, spreadsheet_cell

__all__ = [
    "COLUMNS",
    "FORMAT",
    "SESSION_MARK",
    "TEAM_COLUMNS",
    "TITLE_MARK",
    "ResultsError",
    "ResultsFile",
    "ResultsLog",
    "answer_words",
    "decode_answer",
    "encode_answer",
    "read_results",
    "resume_session",
]

# --- answers as text ------------------------------------------------------------------


def encode_answer(question: Question, answer: Answer | None) -> str:
    """An answer as the CSV keeps it (its kind's encoding: letters or a number)."""
    if answer is None:
        return ""
    return kind_of(question.type).encode(question, answer)


def decode_answer(question: Question, text: str) -> Answer | None:
    """The answer ``encode_answer`` wrote; ``None`` for a show-of-hands mark."""
    text = text.strip()
    if not text:
        return None
    return kind_of(question.type).decode(question, text)


def answer_words(question: Question, entry: Entry) -> str:
    """The answer in words, for whoever opens the file in a spreadsheet."""
    answer = entry.answer
    if answer is None:
        return "marked right" if entry.right else "marked wrong"
    return kind_of(question.type).answer_words(question, answer)


# --- writing --------------------------------------------------------------------------


def _row(values: dict[str, Any]) -> str:
    """One row on one line: control characters escaped (a line break would cut the row in
    two), and no cell a spreadsheet would run as a formula (a team or a student named
    "=HYPERLINK(...)" included; ``read_results`` takes the mark off again)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([spreadsheet_cell(escaped(str(values.get(name, "")))) for name in COLUMNS])
    return buffer.getvalue()


def _header(session: ClassroomSession, started: datetime) -> str:
    s = session.settings
    timer = f"timer {s.timer} s" if s.timer else "no timer"
    named = " ".join(" / ".join(s.teams).split())  # the title stays one line whatever
    teams = f"teams {named}" if named else "no teams"
    title = (
        f"{TITLE_MARK}, format {FORMAT}: pack {s.pack_id} {s.pack_version}".rstrip()
        + f", seed {s.seed}, {len(session.questions)} questions, {teams}"
        + f", {timer}, started {started.isoformat(timespec='seconds')}"
    )
    meta = {
        "format": FORMAT,
        "settings": asdict(s),
        "items": [item.id for item in session.items],
        "started": started.isoformat(timespec="seconds"),
    }
    return f"{title}\n{SESSION_MARK}{json.dumps(meta, ensure_ascii=False)}\n" + _row(
        {name: name for name in COLUMNS}
    )


@dataclass(frozen=True)
class ResultsLog:
    """The results file of one session; ``record`` appends what changed, durably."""

    path: Path

    @classmethod
    def create(
        cls, session: ClassroomSession, started: datetime, folder: Path | None = None
    ) -> ResultsLog:
        """A new file named after the pack, the start time and the seed."""
        base = folder if folder is not None else results_dir()
        s = session.settings
        stem = f"classroom-{s.pack_id}-{started.strftime('%Y%m%d-%H%M%S')}-seed{s.seed}"
        path = base / f"{stem}.csv"
        counter = 2
        while path.exists():
            path = base / f"{stem}-{counter}.csv"
            counter += 1
        append_durably(path, _header(session, started))
        return cls(path)

    def record(self, before: ClassroomSession, after: ClassroomSession, when: datetime) -> None:
        """Append a row for every answer entered or taken back and every reveal or end."""
        text = self.rows(before, after, when)
        if text:
            append_durably(self.path, text)

    def append(self, text: str) -> None:
        """Append rows made by ``rows`` (several changes at once: one fsync for them all)."""
        if text:
            append_durably(self.path, text)

    def rows(self, before: ClassroomSession, after: ClassroomSession, when: datetime) -> str:
        """The rows ``record`` appends for the change from ``before`` to ``after``."""
        stamp = when.isoformat(timespec="seconds")
        lines = [self._join_row(after, p, stamp) for p in after.players[len(before.players) :]]
        old = set(before.entries)
        new = set(after.entries)
        for entry in sorted(new - old, key=_order):
            lines.append(self._entry_row(after, entry, stamp))
        kept = {e.key for e in new}
        for entry in sorted(old - new, key=_order):
            if entry.key not in kept:
                lines.append(self._event_row(after, "clear", entry.question, stamp, entry.team))
        for index in sorted(after.revealed - before.revealed):
            lines.append(self._event_row(after, "reveal", index, stamp))
        if after.finished and not before.finished:
            event = "end-early" if after.ended_early else "end"
            lines.append(self._event_row(after, event, after.index, stamp))
        elif before.finished and not after.finished:
            lines.append(self._event_row(after, "reopen", after.index, stamp))
        return "".join(lines)

    def note_resumed(self, session: ClassroomSession, when: datetime) -> None:
        append_durably(
            self.path,
            self._event_row(session, "resume", session.index, when.isoformat(timespec="seconds")),
        )

    def set_aside_torn_end(self, torn: str) -> Path:
        """Move ``torn``, the end of the file after its last line end (a row a crash or a
        full disk cut short), into ``<file>.torn`` and cut it off the file, so the file
        ends with a whole row again. Nothing is thrown away."""
        side = self.path.with_name(self.path.name + ".torn")
        data = torn.encode("utf-8")
        try:
            with open(self.path, "r+b") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size < len(data) or (handle.seek(size - len(data)), handle.read())[1] != data:
                    raise ResultsError("the file changed while it was being resumed")
                append_durably(side, torn)
                handle.truncate(size - len(data))
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise StorageError(f"cannot repair {self.path}: {error.strerror}") from None
        return side

    @staticmethod
    def _join_row(session: ClassroomSession, player: Player, stamp: str) -> str:
        return _row(
            {
                "time": stamp,
                "event": "join",
                "team": _team_name(session, player.team),
                "student": player.name,
                "key": player.key,
            }
        )

    @staticmethod
    def _entry_row(session: ClassroomSession, entry: Entry, stamp: str) -> str:
        question = session.questions[entry.question]
        student = "" if entry.player is None else session.players[entry.player].name
        return _row(
            {
                "time": stamp,
                "event": "answer" if entry.answer is not None else "mark",
                "question": entry.question + 1,
                "item_id": question.item_id,
                "team": _team_name(session, entry.team),
                "student": student,
                "answer": encode_answer(question, entry.answer),
                "answer_text": answer_words(question, entry),
                "right": "yes" if entry.right else "no",
                "points": f"{entry.points:g}",
                "seconds": "" if entry.seconds is None else f"{entry.seconds:g}",
            }
        )

    @staticmethod
    def _event_row(
        session: ClassroomSession, event: str, index: int, stamp: str, team: int | None = None
    ) -> str:
        return _row(
            {
                "time": stamp,
                "event": event,
                "question": index + 1,
                "item_id": session.questions[index].item_id,
                "team": "" if team is None else session.settings.teams[team],
            }
        )


def _order(entry: Entry) -> tuple[int, int, int]:
    return (entry.question, entry.team, -1 if entry.player is None else entry.player)


def _team_name(session: ClassroomSession, team: int) -> str:
    return "" if team == NO_TEAM else session.settings.teams[team]


# --- resuming -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Replayed:
    """What the rows of a results file add up to."""

    entries: list[Entry]
    players: list[Player]
    revealed: set[int]
    finished: bool
    ended_early_at: int | None


def _entries(session: ClassroomSession, results: ResultsFile) -> _Replayed:
    """Replay the rows. The session is finished if its last end is not followed by a
    ``reopen`` or by anything the class did; a ``resume`` alone changes nothing (a
    session resumed on its podium is still over)."""
    teams = {name: i for i, name in enumerate(session.settings.teams)}
    players: dict[str, Player] = {}
    latest: dict[tuple[int, int, int | None], Entry] = {}
    revealed: set[int] = set()
    finished = False
    ended_early_at: int | None = None
    for row in results.rows:
        if row["event"] == "join":
            _replay_join(row, teams, players)
            continue
        try:
            index = int(row["question"]) - 1
            question = session.questions[index]
        except (ValueError, IndexError):
            continue
        event = row["event"]
        if event in ("reveal", "reopen", "answer", "mark", "clear"):
            finished, ended_early_at = False, None
        if event == "reveal":
            revealed.add(index)
        elif event in ("end", "end-early"):
            finished = True
            ended_early_at = index if event == "end-early" else None
        elif event in ("answer", "mark", "clear"):
            student = players.get(row["student"]) if row["student"] else None
            if student is None and row["team"] not in teams:
                continue
            team = student.team if student is not None else teams[row["team"]]
            player = student.id if student is not None else None
            if event == "clear":
                latest.pop((index, team, player), None)
                continue
            try:
                answer = decode_answer(question, row["answer"])
                seconds = float(row["seconds"]) if row["seconds"] else None
            except ValueError:
                continue
            right = row["right"] == "yes"
            points = points_for(session.settings, right, seconds)
            entry = Entry(index, team, answer, right, seconds, points, player)
            latest[entry.key] = entry
    roster = list(players.values())
    return _Replayed(list(latest.values()), roster, revealed, finished, ended_early_at)


def _replay_join(row: dict[str, str], teams: dict[str, int], players: dict[str, Player]) -> None:
    """A ``join`` row: a student, once (a second row with their name is ignored)."""
    name = row["student"]
    if not name or name in players:
        return
    team = teams.get(row["team"], NO_TEAM) if row["team"] else NO_TEAM
    players[name] = Player(len(players), name, team, row["key"])


def resume_session(
    pack: Pack, path: Path | str
) -> tuple[ClassroomSession, ResultsLog, ResultsFile]:
    """The session a results file left off, and a log that goes on appending to that file."""
    results = read_results(path)
    settings = results.settings
    if settings.pack_id != pack.info.id:
        raise ResultsError(
            f"this session used pack {settings.pack_id!r}, not {pack.info.id!r}",
            where=str(results.path),
        )
    if settings.pack_version and settings.pack_version != pack.info.version:
        raise ResultsError(
            f"this session used version {settings.pack_version} of pack {pack.info.id!r}, "
            f"and this is version {pack.info.version}: its questions may have changed; "
            "start a new session",
            where=str(results.path),
        )
    if results.torn:
        side = ResultsLog(results.path).set_aside_torn_end(results.torn)
        results = replace(results, set_aside=side)
    fresh = resume(pack, settings, results.item_ids, (), ())
    replayed = _entries(fresh, results)
    session = resume(
        pack,
        settings,
        results.item_ids,
        replayed.entries,
        replayed.revealed,
        replayed.finished,
        replayed.ended_early_at,
        replayed.players,
    )
    return session, ResultsLog(results.path), results
