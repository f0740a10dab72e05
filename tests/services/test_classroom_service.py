"""The classroom service: it moves a session on, writes each change before keeping it, says
what each phase allows, runs the clock on the wall clock and resumes from the results file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from game.quiz.classroom import (
    Back,
    ClassroomError,
    Clear,
    EnterAnswer,
    Lock,
    Next,
    Reveal,
    ShowStandings,
    TogglePause,
)
from game.quiz.engine import right_answer
from game.services.classroom import Choices, Classroom, check, settings_for
from game.storage.results import read_results
from tests.fake_clock import FakeClock
from tests.quiz.fakes import fake_pack

PACK = fake_pack()


def started(tmp_path: Path, clock: FakeClock | None = None, **choices: object) -> Classroom:
    values: dict[str, object] = {"questions": 4, "teams": ("Red", "Blue"), "seed": 3}
    values.update(choices)
    settings = settings_for(PACK, Choices(**values))  # type: ignore[arg-type]
    return Classroom.start(
        PACK, settings, tmp_path, clock=clock or FakeClock(), now=lambda: datetime(2026, 5, 1)
    )


def right_of(classroom: Classroom) -> object:
    s = classroom.session
    return right_answer(s.item, s.question)


def events(classroom: Classroom) -> list[str]:
    assert classroom.log is not None
    return [row["event"] for row in read_results(classroom.log.path).rows]


def test_settings_for_carries_every_choice_and_the_pack_version() -> None:
    choices = Choices(
        questions=5, teams=("A", "B"), timer=20, seed=9, difficulty=2, tags=("moon",),
        show_of_hands=True, speed_bonus=True,
    )  # fmt: skip
    s = settings_for(PACK, choices)
    assert (s.pack_id, s.pack_version) == (PACK.info.id, PACK.info.version)
    assert (s.questions, s.teams, s.timer, s.seed, s.difficulty, s.tags) == (
        5, ("A", "B"), 20, 9, 2, ("moon",),
    )  # fmt: skip
    assert s.show_of_hands and s.speed_bonus


def test_check_refuses_settings_no_session_can_start_with() -> None:
    with pytest.raises(ClassroomError, match="same name"):
        check(PACK, settings_for(PACK, Choices(teams=("Red", "red"))))
    with pytest.raises(ClassroomError, match="difficulty"):
        check(PACK, settings_for(PACK, Choices(difficulty=3, tags=("nothing-has-this",))))


def test_every_answer_and_reveal_is_written_before_the_session_moves_on(tmp_path: Path) -> None:
    classroom = started(tmp_path)
    assert classroom.apply(EnterAnswer(0, right_of(classroom)))  # type: ignore[arg-type]
    assert events(classroom) == ["answer"]
    assert classroom.advance() and classroom.advance()  # lock, reveal
    assert events(classroom) == ["answer", "reveal"]
    assert classroom.session.entry(0, 0) is not None


def test_an_action_the_phase_does_not_allow_changes_nothing_and_writes_nothing(
    tmp_path: Path,
) -> None:
    classroom = started(tmp_path)
    assert not classroom.apply(Back())  # no question before the first
    assert not classroom.apply(ShowStandings())  # not before the reveal
    assert events(classroom) == []


def test_the_moves_follow_the_phase(tmp_path: Path) -> None:
    classroom = started(tmp_path)
    moves = classroom.moves()
    assert moves.answers and moves.pause and not moves.back and moves.end
    assert moves.advance == Lock()
    classroom.apply(Lock())
    classroom.apply(Reveal())
    moves = classroom.moves()
    assert moves.answers and not moves.pause and moves.advance == ShowStandings()
    classroom.apply(ShowStandings())
    assert not classroom.moves().answers  # the standings take no answers
    assert not classroom.apply(EnterAnswer(0, 0))
    classroom.apply(Next())
    assert classroom.moves().back


def test_a_paused_question_allows_only_un_pausing(tmp_path: Path) -> None:
    classroom = started(tmp_path)
    classroom.apply(TogglePause())
    moves = classroom.moves()
    assert moves.pause and not moves.answers and moves.advance is None


def test_the_clock_follows_the_wall_clock_however_seldom_it_is_read(tmp_path: Path) -> None:
    clock = FakeClock()
    classroom = started(tmp_path, clock, timer=10)
    clock.advance(9.5)
    classroom.tick()  # one reading after 9.5 s counts 9.5 s, not one frame's worth
    assert classroom.session.elapsed == 9.5 and classroom.session.phase == "question"
    clock.advance(0.5)
    classroom.tick()
    assert classroom.session.phase == "locked"


def test_paused_time_does_not_count(tmp_path: Path) -> None:
    clock = FakeClock()
    classroom = started(tmp_path, clock, timer=10)
    clock.advance(3)
    classroom.tick()
    classroom.apply(TogglePause())
    clock.advance(60)
    classroom.tick()
    classroom.apply(TogglePause())
    clock.advance(2)
    classroom.tick()
    assert classroom.session.elapsed == 5 and classroom.session.phase == "question"


def test_a_new_question_starts_its_clock_when_it_opens(tmp_path: Path) -> None:
    clock = FakeClock()
    classroom = started(tmp_path, clock, timer=10)
    for _ in range(3):
        classroom.advance()  # lock, reveal, standings
    clock.advance(40)  # a long talk over the standings
    classroom.advance()  # the next question
    clock.advance(4)
    classroom.tick()
    assert classroom.session.index == 1
    assert classroom.session.elapsed == 4


def test_the_seconds_written_are_wall_clock_seconds(tmp_path: Path) -> None:
    clock = FakeClock()
    classroom = started(tmp_path, clock, timer=30)
    clock.advance(12)  # no frame ran in between: the answer reads the clock itself
    classroom.apply(EnterAnswer(1, right_of(classroom)))  # type: ignore[arg-type]
    assert classroom.log is not None
    row = read_results(classroom.log.path).rows[-1]
    assert row["seconds"] == "12"


def test_resume_carries_the_session_on_from_its_results_file(tmp_path: Path) -> None:
    first = started(tmp_path)
    first.apply(EnterAnswer(0, right_of(first)))  # type: ignore[arg-type]
    for _ in range(4):
        first.advance()
    assert first.log is not None
    again = Classroom.resume(PACK, first.log.path, clock=FakeClock())
    assert (again.session.index, again.session.phase) == (1, "question")
    assert again.session.entries == first.session.entries
    assert events(again)[-1] == "resume"


def test_a_session_without_a_log_writes_nothing(tmp_path: Path) -> None:
    settings = settings_for(PACK, Choices(teams=("Solo",), seed=1))
    classroom = Classroom.start(PACK, settings, tmp_path, log=False)
    classroom.apply(EnterAnswer(0, 0))
    assert classroom.log is None and list(tmp_path.iterdir()) == []


def test_answers_from_several_threads_are_all_kept_and_all_written(tmp_path: Path) -> None:
    import threading

    settings = settings_for(PACK, Choices(teams=tuple(f"T{n}" for n in range(8)), seed=3))
    classroom = Classroom.start(PACK, settings, tmp_path, clock=FakeClock())
    good = right_of(classroom)

    def answer(team: int) -> None:
        for _ in range(25):
            classroom.apply(Clear(team))
            classroom.apply(EnterAnswer(team, good))  # type: ignore[arg-type]

    threads = [threading.Thread(target=answer, args=(team,)) for team in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(classroom.session.entries) == 8
    assert classroom.version == 8 * 25 + 8 * 24  # the first Clear of each team changes nothing
    rows = events(classroom)
    assert rows.count("answer") == 8 * 25 and rows.count("clear") == 8 * 24
