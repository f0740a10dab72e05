"""The device room's grouped writes: a write that fails keeps its rows for the next one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from game.errors import StorageError
from game.services.devices import DeviceRoom
from game.storage.results import ResultsLog, read_results
from tests.web.kit import PACK, right, session


@dataclass(frozen=True)
class DiskFullOnce(ResultsLog):
    """A results log whose disk is full for its first ``append`` only."""

    failures: list[bool] = None  # type: ignore[assignment]

    def append(self, text: str) -> None:
        if self.failures:
            self.failures.pop()
            raise StorageError("no space left on device")
        super().append(text)


def test_rows_a_failed_write_held_are_written_by_the_next_one(tmp_path: Path) -> None:
    first = session()
    created = ResultsLog.create(first, datetime.now(), tmp_path)
    room = DeviceRoom(PACK, first, DiskFullOnce(created.path, [True]))
    ada = room.join("Ada")
    room.flush_until(ada.ticket)
    assert room.problem.startswith("Results NOT saved")
    refusal, ticket = room.answer(ada.player, 0, right(first))
    assert refusal is None
    room.flush_until(ticket)
    events = [(r["event"], r["student"]) for r in read_results(created.path).rows]
    assert events == [("join", "Ada"), ("answer", "Ada")]
