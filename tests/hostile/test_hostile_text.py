"""Text from a pack or a user that would drive a terminal or a spreadsheet: escape codes in
a prompt or a key are a validation problem and are shown escaped, every problem stays one
line, and CSV cells a spreadsheet would run as formulas are neutralised (and read back)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.problems import Problem
from game.quiz.classroom import ClassroomSettings, EnterAnswer, apply, start
from game.quiz.engine import right_answer
from game.quiz.export.table import to_csv
from game.storage.results import ResultsLog, resume_session
from game.textsafe import escaped, from_spreadsheet_cell, spreadsheet_cell
from tests.hostile.kit import copy_pack, run_cli, tally
from tests.quiz.fakes import fake_pack

ESCAPES = "\x1b]0;owned\x07\x1b[2J"
PROMPT = "prompt: By April 2018, how many space cooperation agreements had China signed?"
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _pack_with(tmp_path: Path, old: str, new: str) -> Path:
    pack = copy_pack(tmp_path)
    quiz = pack / "quiz.yaml"
    text = quiz.read_text(encoding="utf-8")
    assert old in text
    quiz.write_text(text.replace(old, new, 1), encoding="utf-8")
    return pack


def test_escape_codes_in_a_prompt_are_a_problem_shown_escaped(tmp_path: Path) -> None:
    pack = _pack_with(tmp_path, PROMPT, 'prompt: "How many?\\e]0;owned\\a\\e[2J"')
    run = run_cli(["pack", "validate", str(pack)])
    assert run.code == 1, run.text
    assert "control-character" in run.out and "U+001B" in run.out
    assert "\x1b" not in run.text and "\x07" not in run.text
    quiz = run_cli(["quiz", "--text", "--pack", str(pack), "--seed", "1"])
    assert quiz.code == 1 and "\x1b" not in quiz.text


def test_a_key_with_a_line_break_and_an_escape_code_stays_on_one_line(tmp_path: Path) -> None:
    pack = _pack_with(tmp_path, "  tolerance: 0\n", '  tolerance: 0\n  "bad\\nkey\\e[31m": 1\n')
    run = run_cli(["pack", "validate", str(pack)])
    assert run.code == 1, run.text
    lines = run.out.strip().splitlines()
    assert any("control-character" in line for line in lines), run.out
    assert any(": unknown-key: " in line for line in lines), run.out
    assert all(line.startswith(str(pack)) for line in lines[:-1]), run.out
    assert "\x1b" not in run.text
    problem = Problem("quiz.yaml", 3, 1, "unknown-key", "unknown key 'bad\nkey\x1b[31m'")
    assert "\n" not in problem.format() and "\x1b" not in problem.format()
    json_run = run_cli(["pack", "validate", str(pack), "--format", "json"])
    assert "\x1b" not in json_run.out


def test_the_quiz_in_a_terminal_never_prints_escape_codes() -> None:
    from game.commands.quiz_text import run_quiz

    base = fake_pack()
    item = replace(base.quiz[0], prompt=f"Which year?{ESCAPES}")
    pack = replace(base, quiz=(item,))
    out = io.StringIO()
    run_quiz(pack, 1, 1, io.StringIO("A\n"), out)
    assert "\x1b" not in out.getvalue() and "\\x1b]0;owned" in out.getvalue()


@settings(max_examples=200)
@given(text=st.text())
def test_escaped_text_is_one_inert_line(text: str) -> None:
    tally("text: escaped for a terminal")
    assert not RAW_CONTROL.search(escaped(text)) and "\n" not in escaped(text)


@settings(max_examples=200)
@given(text=st.one_of(st.text(), st.from_regex(r"\A['=+\-@\t\r].*", fullmatch=True)))
def test_a_neutralised_cell_never_starts_a_formula_and_reads_back(text: str) -> None:
    tally("text: spreadsheet cell")
    cell = spreadsheet_cell(text)
    assert not cell.startswith(FORMULA) or re.fullmatch(r"[-+][\d.eE+-]+", cell)
    assert from_spreadsheet_cell(cell) == text


def test_a_pack_export_neutralises_formulas() -> None:
    base = fake_pack()
    item = replace(base.quiz[0], prompt='=HYPERLINK("http://evil.example","click")')
    rows = list(csv.reader(io.StringIO(to_csv(replace(base, quiz=(item,))).lstrip("\ufeff"))))
    header, first = rows[0], rows[1]
    assert first[header.index("prompt")].startswith("'=HYPERLINK")


def test_team_names_that_look_like_formulas_are_neutralised_and_come_back(tmp_path: Path) -> None:
    pack = fake_pack()
    teams = ("=cmd|' /C calc'!A0", "@SUM(1+1)", "+Blue", "-Red", "'quoted")
    session = start(pack, ClassroomSettings(pack_id=pack.info.id, seed=2, questions=2, teams=teams))
    log = ResultsLog.create(session, datetime(2025, 1, 1), tmp_path)
    good = right_answer(session.items[0], session.questions[0])
    for team in range(len(teams)):
        after = apply(session, EnterAnswer(team, good))
        log.record(session, after, datetime(2025, 1, 1))
        session = after
    rows = list(csv.reader(io.StringIO(log.path.read_text(encoding="utf-8").split("\n", 2)[2])))
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "@", "+")) and not re.match(r"-[^\d]", cell), row
    resumed, _, _ = resume_session(pack, log.path)
    assert set(resumed.entries) == set(session.entries)


def test_a_gradebook_keeps_a_formula_like_team_name_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from game.quiz.gradebook import gradebook
    from game.storage.gradebook import write_gradebook

    pack = fake_pack()
    teams = ("=1+2", "@SUM(A1)")
    session = start(pack, ClassroomSettings(pack_id=pack.info.id, seed=2, questions=2, teams=teams))
    session = apply(session, EnterAnswer(0, right_answer(session.items[0], session.questions[0])))
    xlsx, csv_path = write_gradebook(gradebook(session), tmp_path / "results.csv")
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["'=1+2", "'@SUM(A1)"]
    sheet = load_workbook(xlsx)["Gradebook"]
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("=1+2", "s")
