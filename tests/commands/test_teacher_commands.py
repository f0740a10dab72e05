"""The teacher's commands end to end: `pack export`, `classroom` argument errors, `--resume`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from game.cli import build_parser, main
from game.commands.classroom import announce_results
from game.paths import builtin_packs_dir

PACK = builtin_packs_dir() / "space-cooperation"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    return tmp_path / "data"


@pytest.mark.parametrize("fmt", ["gift", "csv", "html"])
def test_pack_export_writes_every_question_of_the_built_in_pack(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"quiz.{fmt}"
    assert main(["pack", "export", str(PACK), "--format", fmt, "-o", str(target)]) == 0
    said = capsys.readouterr().out
    count = int(said.split()[1])
    assert count > 0 and str(target) in said
    text = target.read_text(encoding="utf-8-sig")
    if fmt == "gift":
        assert text.count("\n::") == count
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(text)))) == count
    else:
        assert text.count('<li id="q-') == count and text.count('<li id="a-') == count


def test_pack_export_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pack", "export", str(PACK), "--format", "gift", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("// ")


def test_exporting_something_that_is_not_a_pack_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["pack", "export", str(tmp_path), "--format", "csv", "-o", str(tmp_path / "x")])
    assert code == 2
    assert "space-accord:" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_classroom_with_an_unknown_pack_says_so_before_opening_a_window(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["classroom", "--pack", "space-cooperatoin"]) == 2
    assert "did you mean 'space-cooperation'" in capsys.readouterr().err


def test_classroom_with_a_mistyped_item_id_says_so_before_opening_a_window(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from game.quiz.pack_check import open_pack

    known = open_pack(PACK).quiz[0].id
    assert main(["classroom", "--ids", known + "x"]) == 2
    assert f"did you mean '{known}'" in capsys.readouterr().err


@pytest.mark.parametrize("text", [None, "not, a, results, file\n"])
def test_classroom_resume_of_a_missing_or_foreign_file_is_refused(
    text: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "results.csv"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    assert main(["classroom", "--resume", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("space-accord: ") and str(path) in err


@pytest.mark.parametrize("flags", [["--text"], []])
def test_quiz_with_or_without_text_runs_the_terminal_quiz(
    flags: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    assert main(["quiz", *flags, "--pack", str(PACK), "--questions", "2", "--seed", "4"]) == 0
    said = capsys.readouterr().out
    assert "Question 1 of 2." in said and "Quiz stopped." in said


def test_a_starting_classroom_session_prints_its_results_file_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "results" / "classroom-x-20250101-090000-seed4.csv"
    announce_results(path)
    said = capsys.readouterr().out
    assert said.count("\n") == 1 and str(path) in said


def test_classroom_gradebook_writes_the_gradebook_of_a_results_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from game.quiz.classroom import Mark, Reveal
    from game.quiz.pack_check import open_pack
    from game.services.classroom import Choices, Classroom, settings_for

    pack = open_pack(PACK)
    settings = settings_for(pack, Choices(questions=3, teams=("Red", "Blue"), seed=8))
    classroom = Classroom.start(pack, settings, tmp_path)
    classroom.apply(Mark(1, True))
    classroom.apply(Reveal())
    assert classroom.log is not None and classroom.gradebook is None  # not over yet
    assert main(["classroom", "--gradebook", str(classroom.log.path)]) == 0
    said = capsys.readouterr().out
    xlsx = classroom.log.path.with_name(classroom.log.path.stem + "-gradebook.xlsx")
    assert said.startswith("gradebook written: ") and str(xlsx) in said
    rows = xlsx.with_suffix(".csv").read_text(encoding="utf-8-sig").splitlines()
    assert [row.split(",")[0] for row in rows[1:]] == ["Red", "Blue"]


def test_pack_export_with_the_classroom_flags_exports_that_sessions_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from game.quiz.classroom import start
    from game.quiz.pack_check import open_pack
    from game.services.classroom import Choices, settings_for

    pack = open_pack(PACK)
    session = start(pack, settings_for(pack, Choices(questions=10, seed=42, difficulty=None)))
    target = tmp_path / "quiz.csv"
    flags = ["--questions", "10", "--seed", "42"]
    assert main(["pack", "export", str(PACK), "--format", "csv", "-o", str(target), *flags]) == 0
    assert "wrote 10 CSV rows of pack space-cooperation (seed 42)" in capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [row["id"] for row in rows] == [item.id for item in session.items]


def test_pack_export_ids_picks_those_items_and_names_a_mistyped_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "quiz.gift"
    from game.quiz.pack_check import open_pack

    first, second = (item.id for item in open_pack(PACK).quiz[:2])
    argv = ["pack", "export", str(PACK), "--format", "gift", "-o", str(target)]
    assert main([*argv, "--ids", f"{second},{first}"]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.index(f"::{second}") < text.index(f"::{first}") and text.count("\n::") == 2
    assert main([*argv, "--ids", first + "x"]) == 2
    assert f"did you mean '{first}'" in capsys.readouterr().err


def test_classroom_and_pack_export_read_the_selection_flags_alike() -> None:
    flags = ["--seed", "7", "--difficulty", "2", "--tags", "moon,mars", "--ids", "a,b"]
    parser = build_parser()
    room = parser.parse_args(["classroom", *flags])
    export = parser.parse_args(["pack", "export", "p", "--format", "csv", "-o", "x", *flags])
    picked = ("seed", "difficulty", "tags", "ids")
    assert [getattr(room, n) for n in picked] == [getattr(export, n) for n in picked]
    assert [getattr(room, n) for n in picked] == [7, 2, ["moon", "mars"], ["a", "b"]]
