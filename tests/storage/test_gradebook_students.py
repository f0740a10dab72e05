"""The gradebook of a session with students' devices: a row per student (their team beside
their nickname), and nicknames that look like formulas kept as text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from game.quiz.classroom import ClassroomSettings, start
from game.quiz.engine import right_answer
from game.quiz.gradebook import gradebook
from game.services.devices import DeviceRoom
from game.storage.gradebook import csv_text, write_gradebook
from tests.quiz.fakes import fake_pack

PACK = fake_pack()
SNEAKY = "=HYPERLINK(1)"


def room(teams: tuple[str, ...] = ("Red", "Blue")) -> DeviceRoom:
    settings = ClassroomSettings(pack_id="fake-pack", seed=3, questions=4, teams=teams, room="BOOK")
    return DeviceRoom(PACK, start(PACK, settings), None)


def test_a_row_per_student_by_name_with_their_team_and_points() -> None:
    r = room()
    ada, sneaky = r.join("Ada"), r.join(SNEAKY)
    s = r.session
    r.answer(ada.player, 0, right_answer(s.item, s.question))
    r.join("Silent")
    r.join("bea")  # joined last, listed by name
    book = gradebook(r.session)
    assert book.answerer == "student"
    assert [(row.name, row.cells, row.points) for row in book.rows] == [
        (f"{SNEAKY} (Blue)", (None,), 0.0),
        ("Ada (Red)", (1.0,), 1.0),
        ("bea (Blue)", (None,), 0.0),
        ("Silent (Red)", (None,), 0.0),
    ]
    assert sneaky.refusal is None


def test_a_nickname_like_a_formula_stays_text_in_the_csv_and_the_spreadsheet(
    tmp_path: Path,
) -> None:
    r = room(teams=())
    r.join(SNEAKY)
    book = gradebook(r.session)
    rows = list(csv.reader(io.StringIO(csv_text(book))))
    assert rows[0][0] == "Student"
    assert rows[1][0] == "'" + SNEAKY
    results = tmp_path / "results.csv"
    xlsx, _ = write_gradebook(book, results)
    cell = load_workbook(xlsx).active.cell(2, 1)
    assert cell.value == SNEAKY and cell.data_type == "s"
