"""A classroom session killed mid-quiz loses nothing: every answer entered before the kill
is in the results file, and resuming carries the lesson on from there."""

from __future__ import annotations

import functools
import os
import random
import signal
from datetime import datetime
from pathlib import Path

import pytest

from game.content.model import Pack
from game.quiz import classroom
from game.quiz.engine import Answer, Question
from game.quiz.pack_check import open_pack
from game.storage.results import ResultsLog, read_results, resume_session

TEAMS = ("Red", "Blue", "Green")
QUESTIONS = 8


@functools.cache
def pack() -> Pack:
    return open_pack("space-cooperation")


def answer_for(question: Question, rng: random.Random) -> Answer:
    if question.type in ("order", "match"):  # each item once, in some order
        order = list(range(len(question.choices)))
        rng.shuffle(order)
        return tuple(order)
    if question.type == "number":
        return float(rng.randrange(1, 3000))
    return rng.randrange(len(question.choices))


def _play(
    session: classroom.ClassroomSession, log: ResultsLog, rng: random.Random, ack: int
) -> None:
    """Answer, reveal and move on until the podium, telling ``ack`` of each answer recorded."""
    while not session.finished:
        for team in range(len(TEAMS)):
            if session.entry(session.index, team) is not None:
                continue
            answer = answer_for(session.question, rng)
            after = classroom.apply(session, classroom.EnterAnswer(team, answer))
            log.record(session, after, datetime.now())
            os.write(ack, f"{session.index},{TEAMS[team]}\n".encode())
            session = after
        for action in (classroom.Reveal(), classroom.ShowStandings(), classroom.Next()):
            after = classroom.apply(session, action)
            log.record(session, after, datetime.now())
            session = after


def _answered(path: Path) -> set[tuple[int, str]]:
    rows = read_results(path).rows
    return {(int(r["question"]) - 1, r["team"]) for r in rows if r["event"] == "answer"}


def _kill_mid_quiz(folder: Path, seed: int) -> tuple[Path, set[tuple[int, str]]]:
    """Run a session in a child, kill it after a random number of answers; what it acked."""
    rng = random.Random(seed)
    settings = classroom.ClassroomSettings(
        pack_id="space-cooperation", seed=seed, questions=QUESTIONS, teams=TEAMS
    )
    session = classroom.start(pack(), settings)
    log = ResultsLog.create(session, datetime.now(), folder)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            _play(session, log, random.Random(seed), write_end)
        finally:
            os._exit(0)
    os.close(write_end)
    wanted = rng.randrange(1, QUESTIONS * len(TEAMS) - 2)
    acked: set[tuple[int, str]] = set()
    buffer = b""
    with os.fdopen(read_end, "rb", buffering=0) as stream:
        while len(acked) < wanted:
            chunk = stream.read(64)
            assert chunk, "the session ended before the kill"
            buffer += chunk
            *done, buffer = buffer.split(b"\n")
            for line in done:
                index, team = line.decode().split(",")
                acked.add((int(index), team))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    return log.path, acked


@pytest.mark.parametrize("seed", range(1, 11))
def test_every_answer_entered_before_a_kill_is_in_the_results(seed: int, tmp_path: Path) -> None:
    path, acked = _kill_mid_quiz(tmp_path, seed)
    assert acked <= _answered(path)


@pytest.mark.parametrize("seed", range(1, 6))
def test_resuming_a_killed_session_keeps_its_answers_and_finishes(
    seed: int, tmp_path: Path
) -> None:
    path, acked = _kill_mid_quiz(tmp_path, seed)
    session, log, results = resume_session(pack(), path)
    kept = {(e.question, TEAMS[e.team]) for e in session.entries}
    assert acked <= kept
    log.note_resumed(session, datetime.now())
    sink = os.open(os.devnull, os.O_WRONLY)
    try:
        _play(session, log, random.Random(seed + 100), sink)
    finally:
        os.close(sink)
    everything = _answered(path)
    assert acked <= everything
    assert {(q, t) for q in range(QUESTIONS) for t in TEAMS} <= everything
    assert read_results(path).rows[-1]["event"] == "end"


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(100, 200))
def test_a_hundred_more_classroom_kills_lose_nothing(seed: int, tmp_path: Path) -> None:
    path, acked = _kill_mid_quiz(tmp_path, seed)
    assert acked <= _answered(path)
    session, _log, _results = resume_session(pack(), path)
    assert acked <= {(e.question, TEAMS[e.team]) for e in session.entries}
