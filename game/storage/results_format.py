"""The layout of a classroom results file, and reading one back, however it was left.

Line 1 names the session for people, line 2 (``# session {...}``) for the game, line 3 is
the column header, then one row per line. Reading is bounded (``reading``) and forgiving
where it can be without guessing: a row cut short by a crash or a full disk is skipped
(its line number is kept) and the file's torn last line is reported as ``torn``; a file
that went through a spreadsheet (quoted comment lines, padding cells, ``\\r\\n`` line
ends, extra columns with names of their own) is read by its column names. A file whose
rows cannot be lined up with its header at all is refused rather than resumed empty.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game import limits
from game.errors import StorageError
from game.quiz.classroom import MAX_TEAMS, ClassroomSettings
from game.storage.reading import parse_json, read_text, shown
from game.textsafe import from_spreadsheet_cell

FORMAT = 1
TITLE_MARK = "# Space Accord classroom results"
SESSION_MARK = "# session "
COLUMNS = (
    "time",
    "event",
    "question",
    "item_id",
    "team",
    "answer",
    "answer_text",
    "right",
    "points",
    "seconds",
    "student",
    "key",
)
TEAM_COLUMNS = COLUMNS[:10]  # the header of files written before students had devices
MAX_RESULTS_BYTES = 16 * 1024 * 1024
MAX_ROW_CHARS = 16 * 1024  # a longer line is not a row the game wrote


class ResultsError(StorageError):
    """A results file that cannot be read back (not ours, or damaged in its header)."""


@dataclass(frozen=True)
class ResultsFile:
    """What a results file says: the session's settings and questions, and what happened."""

    path: Path
    settings: ClassroomSettings
    item_ids: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    skipped: tuple[int, ...]  # line numbers of rows too damaged to read (a crash mid-write)
    torn: str = ""  # the last line, when a crash cut it before its line end
    set_aside: Path | None = None  # where ``resume_session`` moved ``torn`` to


# (kinds, lowest, highest) of each setting; numbers outside the range are refused.
_KINDS: dict[str, tuple[tuple[type, ...], int, int]] = {
    "pack_id": ((str,), 0, limits.PATH_MAX),
    "seed": ((int,), 0, limits.SEED_MAX),
    "questions": ((int,), 1, limits.QUESTIONS_MAX),
    "teams": ((tuple,), 1, MAX_TEAMS),
    "timer": ((int, type(None)), 1, limits.TIMER_MAX),
    "difficulty": ((int, type(None)), 1, 3),
    "tags": ((tuple,), 0, limits.TAGS_MAX),
    "show_of_hands": ((bool,), 0, 1),
    "speed_bonus": ((bool,), 0, 1),
    "pack_version": ((str,), 0, 200),
    "ids": ((tuple,), 0, limits.QUESTIONS_MAX),
    "room": ((str,), 0, 200),
    "max_players": ((int,), 0, 10_000),
    "says_who": ((int,), 0, limits.QUESTIONS_MAX),
}
_NAME_MAX = {"teams": limits.TEAM_NAME_MAX, "tags": limits.TAG_MAX, "ids": 200}


def _checked(name: str, value: Any, where: str) -> Any:
    kinds, low, high = _KINDS[name]
    value = tuple(value) if isinstance(value, list) else value
    wrong_bool = isinstance(value, bool) and bool not in kinds
    if not isinstance(value, kinds) or wrong_bool:
        raise ResultsError(f"the session's {name} has the wrong type", where=where)
    if isinstance(value, int) and not isinstance(value, bool) and not low <= value <= high:
        raise ResultsError(f"the session's {name} is not from {low} to {high}", where=where)
    if isinstance(value, (str, tuple)) and len(value) > high:
        raise ResultsError(f"the session's {name} is too long", where=where)
    if isinstance(value, tuple):
        if not all(isinstance(v, str) for v in value):
            raise ResultsError(f"the session's {name} should be names", where=where)
        if any(len(v) > _NAME_MAX[name] for v in value):
            raise ResultsError(f"a name in the session's {name} is too long", where=where)
    return value


def _settings_from(data: Any, where: str) -> ClassroomSettings:
    if not isinstance(data, dict):
        raise ResultsError("the session line holds no settings", where=where)
    values = {name: _checked(name, data[name], where) for name in _KINDS if name in data}
    try:
        return ClassroomSettings(**values)
    except TypeError as error:
        raise ResultsError(f"the session line is incomplete: {error}", where=where) from None


def _cells(line: str) -> list[str] | None:
    """The cells of one line of CSV, or None when the line is not whole CSV."""
    if len(line) > MAX_ROW_CHARS:
        return None
    try:
        rows = list(csv.reader([line], strict=True))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None


def _comment(line: str) -> str:
    """A comment line as the game wrote it, also after a spreadsheet quoted it and padded
    it with empty cells (the cells are joined back with the commas they were split at)."""
    line = line.rstrip("\r")
    if line.startswith('"'):
        cells = _cells(line)
        if cells is not None:
            line = ",".join(cells)
    return line.rstrip(",")


def _trimmed(cells: list[str], width: int) -> list[str]:
    """``cells`` less the empty cells a spreadsheet pads a row with past ``width``."""
    while len(cells) > width and not cells[-1]:
        cells = cells[:-1]
    return cells


def _lines(text: str) -> tuple[list[str], str]:
    """The whole lines of ``text`` and its torn end (the text after its last line end)."""
    # Only "\n" ends a line: a universal-newline read would also split at a "\r" inside a
    # cell, and the session line may hold U+2028.
    lines = text.split("\n")
    return lines[:-1], lines[-1]


def read_results(path: Path | str) -> ResultsFile:
    """Read a results file back; rows cut short by a crash are skipped, not fatal."""
    source = Path(path)
    text = read_text(source, limit=MAX_RESULTS_BYTES, error=ResultsError)
    name = shown(source)
    lines, torn = _lines(text)
    if len(lines) < 3 or not _comment(lines[0]).startswith(TITLE_MARK):
        raise ResultsError("not a Space Accord classroom results file", where=name)
    session = _comment(lines[1])
    if not session.startswith(SESSION_MARK):
        raise ResultsError("line 2 should name the session", where=f"{name}:2")
    try:
        meta = parse_json(session[len(SESSION_MARK) :], where=f"{name}:2", error=ResultsError)
    except ResultsError:
        if not lines[1].startswith('"'):
            raise
        raise ResultsError(
            "a spreadsheet rewrote the quotes of the session line, and it cannot be read "
            "back; resume from a copy of the file saved before it was opened in one",
            where=f"{name}:2",
        ) from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ResultsError(f"results format {FORMAT} expected", where=f"{name}:2")
    settings = _settings_from(meta.get("settings"), f"{name}:2")
    items = meta.get("items")
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ResultsError("the session line lists no questions", where=f"{name}:2")
    header = _cells(lines[2].rstrip("\r"))
    header = _trimmed(header, len(COLUMNS)) if header is not None else None
    if header is None or not set(TEAM_COLUMNS) <= set(header) or len(set(header)) != len(header):
        raise ResultsError("line 3 should be the column header", where=f"{name}:3")
    at = {column: header.index(column) for column in COLUMNS if column in header}
    rows: list[dict[str, str]] = []
    skipped: list[int] = []
    widths: set[int] = set()
    for number, line in enumerate(lines[3:], start=4):
        if not line.strip():
            continue
        cells = _cells(line.rstrip("\r"))
        cells = _trimmed(cells, len(header)) if cells is not None else None
        if cells is None or len(cells) != len(header) or not cells[at["event"]]:
            skipped.append(number)
            widths.add(-1 if cells is None else len(cells))
            continue
        row = dict.fromkeys(COLUMNS, "")  # columns an older file lacks are empty
        row.update({column: from_spreadsheet_cell(cells[i]) for column, i in at.items()})
        rows.append(row)
    if skipped and not rows and len(widths) == 1 and -1 not in widths:
        raise ResultsError(
            f"every row has {widths.pop()} cells but the header names {len(header)}: the "
            "file was changed outside the game (in a spreadsheet?); use the file as the "
            "game wrote it",
            where=f"{name}:4",
        )
    return ResultsFile(source, settings, tuple(items), tuple(rows), tuple(skipped), torn)
