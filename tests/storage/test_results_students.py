"""Students on devices in the results file: each join and each answer, and resume."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from game.quiz.classroom import ClassroomSettings, Join, Lock, Reveal, StudentAnswer, apply, start
from game.quiz.engine import right_answer
from game.storage.results import COLUMNS, TEAM_COLUMNS, ResultsLog, read_results, resume_session
from tests.quiz.fakes import fake_pack

PACK = fake_pack()
WHEN = datetime(2026, 5, 4, 10, 30)


def logged(tmp_path: Path, *actions: object, teams: tuple[str, ...] = ("Red", "Blue")):
    settings = ClassroomSettings(pack_id="fake-pack", seed=3, questions=4, teams=teams, room="QR7Z")
    session = start(PACK, settings)
    log = ResultsLog.create(session, WHEN, tmp_path)
    for action in actions:
        before, session = session, apply(session, action)  # type: ignore[arg-type]
        log.record(before, session, WHEN)
    return session, log


def test_each_join_and_each_student_answer_is_a_row_naming_the_student(tmp_path: Path) -> None:
    session = start(PACK, ClassroomSettings(pack_id="fake-pack", seed=3, questions=4, room="QR7Z"))
    good = right_answer(session.item, session.question)
    session, log = logged(
        tmp_path,
        Join("Ada", key="k-ada"),
        Join("<b>Bo</b>", key="k-bo"),
        StudentAnswer(0, 0, good, None),
        StudentAnswer(1, 0, good, None),
        StudentAnswer(1, 0, good, None),
    )
    rows = read_results(log.path).rows
    assert [(r["event"], r["student"], r["team"], r["key"]) for r in rows] == [
        ("join", "Ada", "Red", "k-ada"),
        ("join", "<b>Bo</b>", "Blue", "k-bo"),
        ("answer", "Ada", "Red", ""),
        ("answer", "<b>Bo</b>", "Blue", ""),
    ]


def test_resume_brings_back_every_student_their_key_team_and_answers(tmp_path: Path) -> None:
    first = start(PACK, ClassroomSettings(pack_id="fake-pack", seed=3, questions=4, room="QR7Z"))
    good = right_answer(first.item, first.question)
    session, log = logged(
        tmp_path,
        *(Join(f"S{n}", key=f"key-{n}") for n in range(5)),
        *(StudentAnswer(n, 0, good, None) for n in range(0, 5, 2)),
    )
    back, _, _ = resume_session(PACK, log.path)
    assert back.players == session.players
    assert set(back.entries) == set(session.entries)
    assert back.settings.room == "QR7Z"
    assert (back.index, back.phase, back.paused) == (0, "question", True)


def test_a_revealed_question_resumes_on_the_next_with_students_scored(tmp_path: Path) -> None:
    first = start(PACK, ClassroomSettings(pack_id="fake-pack", seed=3, questions=4, room="QR7Z"))
    good = right_answer(first.item, first.question)
    session, log = logged(
        tmp_path, Join("Ada"), StudentAnswer(0, 0, good, None), Lock(), Reveal(), teams=()
    )
    back, _, _ = resume_session(PACK, log.path)
    assert back.index == 1 and back.phase == "question"
    assert [e.player for e in back.entries] == [0] and back.entries[0].right


def test_a_file_written_before_students_had_devices_still_reads(tmp_path: Path) -> None:
    session = start(PACK, ClassroomSettings(pack_id="fake-pack", seed=3, questions=4))
    log = ResultsLog.create(session, WHEN, tmp_path)
    lines = log.path.read_text(encoding="utf-8").split("\n")
    lines[2] = ",".join(TEAM_COLUMNS)
    lines.append(",".join(["t", "reveal", "1", session.items[0].id, "", "", "", "", "", ""]))
    log.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read_results(log.path)
    assert results.rows[-1]["event"] == "reveal"
    assert set(results.rows[-1]) == set(COLUMNS)


def test_a_nickname_that_starts_like_a_formula_is_written_as_text_and_read_back_whole(
    tmp_path: Path,
) -> None:
    first = start(PACK, ClassroomSettings(pack_id="fake-pack", seed=3, questions=4, room="QR7Z"))
    good = right_answer(first.item, first.question)
    names = ("=HYPERLINK(1)", "'quoted", "@sum", "Ada")
    session, log = logged(
        tmp_path,
        *(Join(name, key=f"k{n}") for n, name in enumerate(names)),
        *(StudentAnswer(n, 0, good, None) for n in range(len(names))),
    )
    text = log.path.read_text(encoding="utf-8")
    assert ",=HYPERLINK" not in text and ",@sum" not in text
    back, _, _ = resume_session(PACK, log.path)
    assert [p.name for p in back.players] == list(names)
    assert set(back.entries) == set(session.entries)
