"""A results file a teacher opened and saved in a spreadsheet: quoted comment lines, rows
padded with empty cells, ``\\r\\n`` line ends, a column of notes added. It is read by its
column names and resumes with every answer; rows that no longer line up with the header
are refused in one line, never resumed as an empty session."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from game.quiz.classroom import (
    ClassroomSession,
    ClassroomSettings,
    EnterAnswer,
    Mark,
    Next,
    Reveal,
    apply,
    start,
)
from game.quiz.engine import right_answer
from game.storage.results import ResultsError, ResultsLog, resume_session
from tests.external import program
from tests.quiz.fakes import fake_pack

PACK = fake_pack()
WHEN = datetime(2025, 3, 14, 9, 30)


def lesson(folder: Path) -> tuple[ClassroomSession, Path]:
    teams = ("Red, Inc.", '"Blue"', "=Green")
    session = start(PACK, ClassroomSettings(pack_id=PACK.info.id, seed=4, questions=3, teams=teams))
    log = ResultsLog.create(session, WHEN, folder)
    good = right_answer(session.items[0], session.questions[0])
    for action in (EnterAnswer(0, good), Mark(1, False), EnterAnswer(2, good), Reveal(), Next()):
        after = apply(session, action)
        log.record(session, after, WHEN)
        session = after
    return session, log.path


def through_a_spreadsheet(path: Path, *, notes: bool) -> None:
    """Open every line as cells, pad to one width (plus a notes column), save as CSV."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    width = max(len(row) for row in rows) + (1 if notes else 0)
    if notes:
        rows[2] = [*rows[2], "notes"]
        rows[3] = [*rows[3], "great answer"]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(
        row + [""] * (width - len(row)) for row in rows
    )
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


@pytest.mark.parametrize("notes", [False, True], ids=["padded", "with a notes column"])
def test_a_file_saved_by_a_spreadsheet_resumes_with_every_answer(
    notes: bool, tmp_path: Path
) -> None:
    session, path = lesson(tmp_path)
    through_a_spreadsheet(path, notes=notes)
    assert path.read_bytes().decode().split("\r\n")[1].startswith('"# session {""')
    resumed, _, results = resume_session(PACK, path)
    assert set(resumed.entries) == set(session.entries) and len(resumed.entries) == 3
    assert (resumed.index, resumed.phase) == (session.index, session.phase)
    assert results.skipped == ()


def test_an_extra_filled_cell_on_every_row_is_refused_not_resumed_empty(tmp_path: Path) -> None:
    _, path = lesson(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    edited = lines[:3] + [line + ",extra" for line in lines[3:]]
    path.write_text("\n".join(edited) + "\n", encoding="utf-8")
    with pytest.raises(ResultsError, match=r"every row has \d+ cells but the header names \d+"):
        resume_session(PACK, path)


def test_an_extra_column_on_every_row_and_the_header_is_read_by_name(tmp_path: Path) -> None:
    session, path = lesson(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    edited = [*lines[:2], "class," + lines[2]] + ["7b," + line for line in lines[3:]]
    path.write_text("\n".join(edited) + "\n", encoding="utf-8")
    resumed, _, _ = resume_session(PACK, path)
    assert set(resumed.entries) == set(session.entries)


def test_a_file_saved_by_libreoffice_is_read_or_refused_never_resumed_empty(
    tmp_path: Path,
) -> None:
    soffice = program("soffice")  # CI requires it; elsewhere the test is skipped without it
    session, path = lesson(tmp_path)
    (tmp_path / "out").mkdir()
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(tmp_path / "out"),
            str(path),
        ],
        capture_output=True,
        timeout=300,
    )
    saved = tmp_path / "out" / path.name
    assert done.returncode == 0 and saved.exists(), done.stderr
    try:
        resumed, _, _ = resume_session(PACK, saved)
    except ResultsError as refused:
        assert "spreadsheet" in str(refused) and "\n" not in str(refused)
        return
    assert set(resumed.entries) == set(session.entries)
