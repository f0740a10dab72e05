"""The device room: a write that fails keeps its rows for the next one, and the timer's
grace for the network is given once, when the question's time runs out."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from game.quiz.classroom import Back, Next, Reveal, ShowStandings
from game.services.devices import DeviceRoom
from game.storage.results import ResultsLog, read_results
from tests.fake_clock import FakeClock
from tests.web.kit import PACK, DiskFull, right, session


def test_rows_a_failed_write_held_are_written_by_the_next_one(tmp_path: Path) -> None:
    first = session()
    created = ResultsLog.create(first, datetime.now(), tmp_path)
    room = DeviceRoom(PACK, first, DiskFull(created.path, [1]))
    ada = room.join("Ada")
    assert room.flush_until(ada.ticket) is False  # nobody may be told it is kept
    assert room.problem.startswith("Results NOT saved")
    refusal, ticket = room.answer(ada.player, 0, right(first))
    assert refusal is None
    assert room.flush_until(ticket) is True
    events = [(r["event"], r["student"]) for r in read_results(created.path).rows]
    assert events == [("join", "Ada"), ("answer", "Ada")]


def test_a_timed_out_question_come_back_to_takes_no_answer_even_within_the_grace() -> None:
    clock = FakeClock()
    room = DeviceRoom(PACK, session(timer=10), None, clock)
    ada = room.join("Ada").player
    clock.advance(11)
    room.tick()  # the first question's time runs out
    for action in (Reveal(), ShowStandings(), Next()):
        room.apply(action)
    second = room.session
    assert room.answer(ada, 1, right(second))[0] is None
    clock.advance(12)
    room.tick()  # the second question's time runs out too
    for action in (Back(), ShowStandings(), Next()):
        room.apply(action)
    assert (room.session.index, room.session.phase) == (1, "locked")
    assert room.answer(ada, 1, 0)[0] == "late"
