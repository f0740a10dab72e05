"""Classroom results: every answer on disk the moment it is entered, and read back to resume."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.quiz.classroom import (
    Back,
    ClassroomSession,
    ClassroomSettings,
    Clear,
    EndEarly,
    EnterAnswer,
    Lock,
    Mark,
    Next,
    Reveal,
    ShowStandings,
    Tick,
    apply,
    start,
)
from game.quiz.engine import right_answer
from game.storage.results import (
    COLUMNS,
    ResultsError,
    ResultsLog,
    decode_answer,
    encode_answer,
    read_results,
    resume_session,
)
from tests.quiz.fakes import fake_pack

PACK = fake_pack()
WHEN = datetime(2025, 3, 14, 9, 30, 0)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    return tmp_path / "data"


def new_session(**overrides: object) -> ClassroomSession:
    values: dict[str, object] = {
        "pack_id": "fake-pack",
        "seed": 11,
        "questions": 5,
        "teams": ("Red", "Blue"),
        "pack_version": "0.1.0",
    }
    values.update(overrides)
    return start(PACK, ClassroomSettings(**values))  # type: ignore[arg-type]


def step(log: ResultsLog, session: ClassroomSession, *actions: object) -> ClassroomSession:
    for action in actions:
        after = apply(session, action)  # type: ignore[arg-type]
        log.record(session, after, WHEN)
        session = after
    return session


def data_rows(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def test_a_new_file_lives_in_the_results_folder_and_names_the_session(data_dir: Path) -> None:
    session = new_session()
    log = ResultsLog.create(session, WHEN)
    assert log.path.parent == data_dir / "results"
    assert log.path.name == "classroom-fake-pack-20250314-093000-seed11.csv"
    first = log.path.read_text(encoding="utf-8").splitlines()[0]
    assert "pack fake-pack 0.1.0" in first and "seed 11" in first and "teams Red / Blue" in first


def test_a_session_without_teams_says_no_teams_in_its_title_line() -> None:
    log = ResultsLog.create(new_session(teams=(), room="ABCD"), WHEN)
    first = log.path.read_text(encoding="utf-8").splitlines()[0]
    assert ", no teams," in first and "teams ," not in first


def test_two_sessions_started_the_same_second_get_two_files() -> None:
    session = new_session()
    assert ResultsLog.create(session, WHEN).path != ResultsLog.create(session, WHEN).path


def test_every_answer_is_on_disk_as_soon_as_it_is_entered() -> None:
    session = new_session()
    log = ResultsLog.create(session, WHEN)
    good = right_answer(session.item, session.question)
    session = step(log, session, EnterAnswer(0, good))
    rows = data_rows(log.path)
    assert len(rows) == 1
    row = rows[0]
    assert (row["event"], row["team"], row["right"], row["points"]) == ("answer", "Red", "yes", "1")
    assert row["item_id"] == session.question.item_id and row["question"] == "1"


def test_marks_clears_reveals_and_the_end_are_logged() -> None:
    session = new_session(show_of_hands=True)
    log = ResultsLog.create(session, WHEN)
    step(log, session, Mark(0, True), Mark(1, False), Clear(1), Reveal(), Next(), EndEarly())
    events = [(r["event"], r["team"], r["answer_text"]) for r in data_rows(log.path)]
    assert events == [
        ("mark", "Red", "marked right"),
        ("mark", "Blue", "marked wrong"),
        ("clear", "Blue", ""),
        ("reveal", "", ""),
        ("end-early", "", ""),
    ]


def test_the_file_is_a_plain_csv_below_its_two_comment_lines() -> None:
    log = ResultsLog.create(new_session(), WHEN)
    lines = log.path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and lines[1].startswith("# session {")
    assert tuple(next(csv.reader([lines[2]]))) == COLUMNS


def test_reading_back_gives_the_settings_and_the_questions() -> None:
    session = new_session(timer=30, tags=("moon", "probes"), difficulty=None)
    log = ResultsLog.create(session, WHEN)
    results = read_results(log.path)
    assert results.settings == session.settings
    assert results.item_ids == tuple(i.id for i in session.items)


def test_resuming_goes_on_from_the_next_question_with_every_answer_kept() -> None:
    session = new_session()
    log = ResultsLog.create(session, WHEN)
    good = right_answer(session.item, session.question)
    session = step(log, session, EnterAnswer(0, good), EnterAnswer(1, good), Reveal(), Next())
    resumed, log2, _ = resume_session(PACK, log.path)
    assert log2.path == log.path
    assert (resumed.index, resumed.phase) == (1, "question")
    assert sorted(resumed.entries, key=lambda e: e.team) == sorted(
        session.entries, key=lambda e: e.team
    )


def test_a_row_cut_short_by_a_crash_is_set_aside_on_resume_and_the_file_ends_clean() -> None:
    session = new_session()
    log = ResultsLog.create(session, WHEN)
    good = right_answer(session.item, session.question)
    session = step(log, session, EnterAnswer(0, good))
    with open(log.path, "a", encoding="utf-8") as handle:
        handle.write("2025-03-14T09:31:00,answ")  # the process died mid-write
    resumed, log2, results = resume_session(PACK, log.path)
    assert len(resumed.entries) == 1
    assert results.torn == "2025-03-14T09:31:00,answ"
    assert results.set_aside is not None
    assert results.set_aside.read_text(encoding="utf-8") == "2025-03-14T09:31:00,answ\n"
    assert log.path.read_bytes().endswith(b"\n")
    log2.note_resumed(resumed, WHEN)
    again = read_results(log.path)
    assert again.rows[-1]["event"] == "resume"
    assert (again.skipped, again.torn) == ((), "")


def test_a_row_torn_mid_file_stays_a_damaged_line_of_its_own() -> None:
    session = new_session()
    log = ResultsLog.create(session, WHEN)
    good = right_answer(session.item, session.question)
    session = step(log, session, EnterAnswer(0, good))
    with open(log.path, "a", encoding="utf-8") as handle:
        handle.write('2025-03-14T09:31:00,answer,1,q,"Red')  # cut inside a quoted cell
    session = step(log, session, EnterAnswer(1, good))
    results = read_results(log.path)
    assert len(results.skipped) == 1
    resumed, _, _ = resume_session(PACK, log.path)
    assert set(resumed.entries) == set(session.entries)


def test_a_file_from_another_pack_is_refused() -> None:
    log = ResultsLog.create(new_session(), WHEN)
    with pytest.raises(ResultsError, match="used pack 'fake-pack'"):
        resume_session(fake_pack("other-pack"), log.path)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello\n",
        "# Space Accord classroom results\n# session {oops\nx\n",
        '# Space Accord classroom results\n# session {"format": 1, "settings": '
        '{"pack_id": "p", "seed": "seven"}, "items": []}\nx\n',
        '# Space Accord classroom results\n# session {"format": 1, "settings": '
        '{"pack_id": "p", "seed": 1, "teams": [1, 2]}, "items": []}\nx\n',
    ],
)
def test_a_file_that_is_not_ours_is_refused_with_a_message(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResultsError):
        read_results(path)


def test_answers_of_every_type_survive_encoding() -> None:
    session = new_session(questions=6)
    for item, question in zip(session.items, session.questions, strict=True):
        answer = right_answer(item, question)
        assert decode_answer(question, encode_answer(question, answer)) == answer


ACTIONS = st.lists(
    st.one_of(
        st.builds(Tick, st.floats(min_value=0.1, max_value=8)),
        st.builds(EnterAnswer, st.integers(0, 1), st.integers(0, 3)),
        st.builds(EnterAnswer, st.integers(0, 1), st.floats(2025, 2035)),
        st.builds(Mark, st.integers(0, 1), st.booleans()),
        st.builds(Clear, st.integers(0, 1)),
        st.sampled_from([Lock(), Reveal(), ShowStandings(), Next(), Back(), EndEarly()]),
    ),
    max_size=30,
)


@settings(max_examples=40, deadline=None)
@given(actions=ACTIONS, bonus=st.booleans())
def test_whatever_happens_reading_the_file_back_gives_every_answer(
    actions: list[object], bonus: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    session = new_session(timer=20, speed_bonus=bonus)
    log = ResultsLog.create(session, WHEN, tmp_path_factory.mktemp("results"))
    session = step(log, session, *actions)
    resumed, _, results = resume_session(PACK, log.path)
    assert set(resumed.entries) == set(session.entries)
    assert resumed.revealed == session.revealed
    assert results.skipped == ()


@pytest.mark.parametrize(
    "teams", [("Red, Inc.", 'The "Blue" team'), ("Semi;colon", "It's \\ back"), ("Ünïcødé", "Ø")]
)
def test_team_names_with_commas_quotes_and_backslashes_come_back_with_their_answers(
    teams: tuple[str, str],
) -> None:
    session = new_session(teams=teams)
    log = ResultsLog.create(session, WHEN)
    good = right_answer(session.item, session.question)
    session = step(log, session, EnterAnswer(0, good), Mark(1, False), Reveal(), Next())
    resumed, _, results = resume_session(PACK, log.path)
    assert results.settings.teams == teams
    assert set(resumed.entries) == set(session.entries)
    assert [row["team"] for row in data_rows(log.path)[:2]] == list(teams)


def test_a_session_ended_early_resumes_on_its_podium_at_the_question_it_ended() -> None:
    session = new_session()
    log = ResultsLog.create(session, WHEN)
    good = right_answer(session.item, session.question)
    session = step(log, session, EnterAnswer(0, good), Reveal(), Next(), EndEarly())
    resumed, log2, _ = resume_session(PACK, log.path)
    assert (resumed.index, resumed.phase, resumed.ended_early) == (1, "podium", True)
    log2.note_resumed(resumed, WHEN)
    again, _, _ = resume_session(PACK, log.path)  # a second resume: still over
    assert (again.index, again.phase, again.ended_early) == (1, "podium", True)


def test_a_finished_session_resumed_twice_stays_on_its_podium() -> None:
    session = new_session(questions=2)
    log = ResultsLog.create(session, WHEN)
    session = step(log, session, Reveal(), Next(), Reveal(), Next())
    assert session.phase == "podium"
    resumed, log2, _ = resume_session(PACK, log.path)
    log2.note_resumed(resumed, WHEN)
    again, _, _ = resume_session(PACK, log.path)
    assert again.phase == "podium"


def test_going_back_from_the_podium_is_logged_and_resumes_among_the_questions() -> None:
    session = new_session()
    log = ResultsLog.create(session, WHEN)
    session = step(log, session, Reveal(), Next(), EndEarly(), Back())
    assert [row["event"] for row in data_rows(log.path)][-1] == "reopen"
    resumed, _, _ = resume_session(PACK, log.path)
    assert not resumed.finished and resumed.index == session.index


def test_a_file_from_another_version_of_the_pack_is_refused() -> None:
    log = ResultsLog.create(new_session(), WHEN)
    newer = replace(PACK, info=replace(PACK.info, version="0.2.0"))
    with pytest.raises(ResultsError, match="version 0.1.0"):
        resume_session(newer, log.path)
