"""A results file whose disk fills in the middle of a row: only the answer being written
then can be lost. The disk is made to fill at every byte of that row with the kernel's own
file-size limit (``RLIMIT_FSIZE``): the write stops there with ``EFBIG``, exactly as a full
disk stops it with ``ENOSPC``. The lesson goes on, room comes back, later answers are
appended, and resuming finds every answer but that one, the torn row set aside."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

import pytest

from game.errors import StorageError
from game.quiz.classroom import (
    ClassroomSession,
    ClassroomSettings,
    EnterAnswer,
    Next,
    Reveal,
    apply,
    start,
)
from game.quiz.engine import right_answer
from game.storage.results import ResultsLog, read_results, resume_session
from tests.hostile.kit import tally
from tests.quiz.fakes import fake_pack

if sys.platform == "win32":  # pragma: no cover - the limit is POSIX
    pytest.skip("RLIMIT_FSIZE is POSIX only", allow_module_level=True)

import resource  # noqa: E402 - POSIX only, after the skip

PACK = fake_pack()
WHEN = datetime(2025, 3, 14, 9, 30)
TEAMS = ('Red, "the first"', "Blue")  # the team cell of a row is quoted: cuts land inside


@contextmanager
def disk_full_at(size: int) -> Iterator[None]:
    """Files written in the block cannot grow past ``size`` bytes, as on a full disk."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old)


def _move(log: ResultsLog, session: ClassroomSession, action: object) -> ClassroomSession:
    """What the classroom screen does: apply, record, and go on even if recording failed."""
    after = apply(session, action)  # type: ignore[arg-type]
    with suppress(StorageError):
        log.record(session, after, WHEN)
    return after


def lesson_with_the_disk_full_at(
    cut: int, folder: Path
) -> tuple[ClassroomSession, ClassroomSession, int]:
    """The lesson, the disk filling ``cut`` bytes into team 2's first answer; returns the
    session at the end, the one resumed from the file, and the length of the torn row."""
    session = start(PACK, ClassroomSettings(pack_id=PACK.info.id, seed=4, questions=3, teams=TEAMS))
    log = ResultsLog.create(session, WHEN, folder)
    good = right_answer(session.items[0], session.questions[0])
    session = _move(log, session, EnterAnswer(0, good))
    answered = apply(session, EnterAnswer(1, good))
    row = log._entry_row(answered, answered.entries[-1], WHEN.isoformat(timespec="seconds"))
    with disk_full_at(log.path.stat().st_size + cut):
        session = _move(log, session, EnterAnswer(1, good))
    for action in (Reveal(), Next(), EnterAnswer(1, 0), EnterAnswer(0, 1), Reveal(), Next()):
        session = _move(log, session, action)
    resumed, _, _ = resume_session(PACK, log.path)
    return session, resumed, len(row.encode("utf-8"))


def _check(cut: int, folder: Path) -> None:
    tally("disk full: cut inside a row")
    session, resumed, length = lesson_with_the_disk_full_at(cut, folder)
    lost = {e for e in session.entries if (e.question, e.team) == (0, 1)}
    kept = set(resumed.entries)
    assert kept <= set(session.entries)
    assert set(session.entries) - kept <= lost, f"more than the torn answer lost at byte {cut}"
    if cut >= length:
        assert kept == set(session.entries)  # the whole row fitted
    assert (resumed.index, resumed.phase) == (session.index, session.phase)
    assert read_results(next(folder.glob("*.csv"))).torn == ""


def test_the_row_written_when_the_disk_filled_is_the_only_one_lost(tmp_path: Path) -> None:
    *_, length = lesson_with_the_disk_full_at(10**6, tmp_path / "room")
    for cut in sorted({0, 1, 2, 20, 21, 30, length // 2, length - 2, length - 1, length}):
        _check(cut, tmp_path / f"cut-{cut}")


@pytest.mark.slow
def test_wherever_the_disk_fills_in_the_row_only_that_answer_is_lost(tmp_path: Path) -> None:
    *_, length = lesson_with_the_disk_full_at(10**6, tmp_path / "room")
    for cut in range(length + 2):
        _check(cut, tmp_path / f"cut-{cut}")


def test_a_torn_row_at_the_end_is_set_aside_on_resume(tmp_path: Path) -> None:
    session = start(PACK, ClassroomSettings(pack_id=PACK.info.id, seed=4, questions=3, teams=TEAMS))
    log = ResultsLog.create(session, WHEN, tmp_path)
    good = right_answer(session.items[0], session.questions[0])
    session = _move(log, session, EnterAnswer(0, good))
    with disk_full_at(log.path.stat().st_size + 30):
        _move(log, session, EnterAnswer(1, good))
    torn = read_results(log.path).torn
    assert torn and len(torn) == 30
    _, _, results = resume_session(PACK, log.path)
    assert results.set_aside is not None and results.set_aside.read_text() == torn + "\n"
    assert log.path.read_bytes().endswith(b"\n")
