"""The gradebook: one row per team (even a silent one), one column per question asked with
its text, only the final answer counted, totals that match the podium, and files that
spreadsheet programs open (an .xlsx with formula totals, a CSV with a byte-order mark)."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from game.quiz.classroom import Clear, EnterAnswer, Mark, Next, Reveal
from game.quiz.engine import right_answer
from game.quiz.gradebook import gradebook
from game.quiz.scoreboard import standings
from game.services.classroom import Choices, Classroom, settings_for
from game.storage.gradebook import csv_text, gradebook_paths, write_gradebook
from tests.external import program
from tests.fake_clock import FakeClock
from tests.quiz.fakes import fake_pack

PACK = fake_pack()
TEAMS = ("Zoë's team", "Blue", "Silent")


def wrong_of(classroom: Classroom) -> object:
    s = classroom.session
    good = right_answer(s.item, s.question)
    if s.question.type == "number":
        return float(s.item.answer) + 100
    if isinstance(good, tuple):
        return tuple(reversed(good))
    return (int(good) + 1) % len(s.question.choices)


def played(tmp_path: Path) -> Classroom:
    """Three questions: team 0 right, corrected from wrong on the first; team 1 right once
    by show of hands; the third team never answers; then the podium."""
    settings = settings_for(PACK, Choices(questions=3, teams=TEAMS, seed=5))
    classroom = Classroom.start(PACK, settings, tmp_path, clock=FakeClock())
    for number in range(3):
        s = classroom.session
        good = right_answer(s.item, s.question)
        if number == 0:
            classroom.apply(EnterAnswer(0, wrong_of(classroom)))  # type: ignore[arg-type]
            classroom.apply(EnterAnswer(1, good))
            classroom.apply(Clear(1))  # taken back: no answer
        classroom.apply(EnterAnswer(0, good))  # the correction replaces the wrong answer
        if number == 1:
            classroom.apply(Mark(1, True))
        classroom.apply(Reveal())
        classroom.apply(Next())
    assert classroom.session.phase == "podium"
    return classroom


def test_a_row_per_team_a_column_per_question_and_only_final_answers_count(
    tmp_path: Path,
) -> None:
    book = gradebook(played(tmp_path).session)
    assert [r.name for r in book.rows] == list(TEAMS)
    assert [c.number for c in book.columns] == [1, 2, 3]
    first, second, silent = book.rows
    assert first.cells == (1.0, 1.0, 1.0) and first.points == 3 and first.percent == 100
    assert second.cells == (None, 1.0, None) and second.right == 1
    assert silent.cells == (None, None, None) and silent.percent == 0


def test_the_totals_agree_with_the_standings(tmp_path: Path) -> None:
    session = played(tmp_path).session
    book = {r.name: (r.points, r.right) for r in gradebook(session).rows}
    assert book == {r.name: (r.points, r.right) for r in standings(session)}


def test_the_csv_has_a_bom_the_question_texts_and_totals(tmp_path: Path) -> None:
    classroom = played(tmp_path)
    assert classroom.gradebook is not None  # written by itself on reaching the podium
    xlsx, csv_path = classroom.gradebook
    assert (xlsx, csv_path) == gradebook_paths(classroom.log.path)  # type: ignore[union-attr]
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    session = classroom.session
    assert rows[0][0] == "Team" and rows[0][-3:] == ["Points", "Right", "Percent"]
    assert rows[0][1] == "Q1: " + " ".join(session.questions[0].prompt.split())
    assert rows[1] == ["Zoë's team", "1", "1", "1", "3", "3", "100"]
    assert rows[3] == ["Silent", "", "", "", "0", "0", "0"]


def test_the_spreadsheet_totals_are_formulas_over_the_cells(tmp_path: Path) -> None:
    xlsx, _ = write_gradebook(gradebook(played(tmp_path).session), tmp_path / "r.csv")
    sheet = load_workbook(xlsx)["Gradebook"]
    assert sheet["A2"].value == "Zoë's team" and sheet["B2"].value == 1
    assert sheet["E2"].value == "=SUM(B2:D2)"
    assert sheet["F3"].value == '=COUNTIF(B3:D3,">0")'
    answers = load_workbook(xlsx)["Answers"]
    assert answers["A2"].value == 1 and answers["D2"].value


def test_an_empty_session_still_lists_its_teams() -> None:
    settings = settings_for(PACK, Choices(questions=2, teams=("A", "B"), seed=1))
    classroom = Classroom.start(PACK, settings, log=False)
    text = csv_text(gradebook(classroom.session))
    assert text.splitlines() == ["Team,Points,Right,Percent", "A,0,0,0", "B,0,0,0"]


def test_libreoffice_opens_the_spreadsheet_and_computes_the_same_totals(tmp_path: Path) -> None:
    soffice = program("soffice")
    session = played(tmp_path).session
    xlsx, _ = write_gradebook(gradebook(session), tmp_path / "lesson.csv")
    out = tmp_path / "converted"
    utf8_csv = "csv:Text - txt - csv (StarCalc):44,34,76"  # commas, quotes, UTF-8
    subprocess.run(
        [soffice, "--headless", "--convert-to", utf8_csv, "--outdir", str(out), str(xlsx)],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    rows = list(csv.reader(io.StringIO((out / f"{xlsx.stem}.csv").read_text("utf-8"))))
    totals = {
        row[0]: (float(row[4]), int(row[5]), round(float(row[6].rstrip("%")))) for row in rows[1:]
    }
    assert totals == {"Zoë's team": (3.0, 3, 100), "Blue": (1.0, 1, 33), "Silent": (0.0, 0, 0)}
    assert {
        r.name: (r.points, r.right, round(r.percent)) for r in gradebook(session).rows
    } == totals
