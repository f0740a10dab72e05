"""The real game killed with SIGKILL mid-question while 30 students (and two Chromium pages,
when Chromium is here) answer from devices: every acknowledged answer is in the results
file, and ``classroom --resume`` brings every student back by their token, answer kept (the
question waits, paused, for the teacher; the pages reconnect by themselves)."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp

from game.quiz.classroom import ClassroomSession, ClassroomSettings, start
from game.quiz.pack_check import open_pack
from game.storage.results import ResultsLog, read_results
from tests.web.browser import open_browser, require_chromium, wanted
from tests.web.kit import LOOPBACK, receive

REPO = Path(__file__).resolve().parents[2]
STUDENTS = 30
ROOM = "KILL"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def start_game(results: Path, port: int, data: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    env.update(PYGAME_HIDE_SUPPORT_PROMPT="1", SPACE_ACCORD_DATA=str(data))
    command = [sys.executable, str(REPO / "main.py"), "classroom", "--resume", str(results)]
    command += ["--listen", LOOPBACK, "--port", str(port)]
    game = subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE)
    for _ in range(300):  # up to 30 s for the window and the server
        with socket.socket() as probe:
            if probe.connect_ex((LOOPBACK, port)) == 0:
                return game
        if game.poll() is not None:
            raise AssertionError(f"the game stopped: {game.returncode}")
        time.sleep(0.1)
    game.kill()
    raise AssertionError("the game's device server did not start")


def answer_for(session: ClassroomSession, rng: random.Random) -> Any:
    question = session.question
    if question.type == "order":
        order = list(range(len(question.choices)))
        rng.shuffle(order)
        return order
    if question.type == "number":
        return rng.randrange(1900, 2100)
    return rng.randrange(len(question.choices))


async def students_answer(
    port: int, session: ClassroomSession, game: subprocess.Popen[bytes]
) -> Any:
    """Every student joins and answers; the game is killed once half the answers are in.
    Returns each student's token and their last acknowledged answer (None: none acked)."""
    rng = random.Random(5)
    url = f"http://{LOOPBACK}:{port}/ws"
    acked: dict[int, Any] = {}
    sent: dict[int, list[Any]] = {n: [] for n in range(STUDENTS)}
    tokens: dict[int, tuple[str, int]] = {}
    async with aiohttp.ClientSession() as client:
        sockets = []
        for n in range(STUDENTS):
            ws = await client.ws_connect(url)
            await ws.send_str(json.dumps({"type": "join", "room": ROOM, "name": f"Student {n}"}))
            welcome = await receive(ws, "welcome")
            tokens[n] = (welcome["token"], welcome["player"])
            sockets.append(ws)

        async def one(n: int, ws: aiohttp.ClientWebSocketResponse) -> None:
            for _ in range(3):  # answer, then change it twice
                answer = answer_for(session, rng)
                sent[n].append(answer)
                try:
                    await ws.send_str(
                        json.dumps({"type": "answer", "question": 0, "answer": answer})
                    )
                    ack = await receive(ws, "ack")
                except (TimeoutError, AssertionError, ConnectionError):
                    return  # the game is gone
                acked[n] = (ack["answer"], len(sent[n]) - 1)
                if len(acked) == STUDENTS // 2 and game.poll() is None:
                    os.kill(game.pid, signal.SIGKILL)
                await asyncio.sleep(rng.random() * 0.05)

        await asyncio.gather(*(one(n, ws) for n, ws in enumerate(sockets)))
    return tokens, acked, sent


async def students_return(port: int, tokens: dict[int, tuple[str, int]]) -> dict[int, Any]:
    """Each student's page says hello with its token; what the game says they answered."""
    found: dict[int, Any] = {}
    async with aiohttp.ClientSession() as client:
        for n, (token, player) in tokens.items():
            ws = await client.ws_connect(f"http://{LOOPBACK}:{port}/ws")
            await ws.send_str(json.dumps({"type": "hello", "room": ROOM, "token": token}))
            assert (await receive(ws, "welcome"))["player"] == player
            found[n] = (await receive(ws, "state"))["answer"]
            await ws.close()
    return found


def browsers_join(port: int, session: ClassroomSession) -> list[Any]:
    from tests.web.test_student_page import answer_right, until

    pages = []
    for name in ("Page One", "Page Two"):
        driver = open_browser()
        driver.get(f"http://{LOOPBACK}:{port}/?room={ROOM}")
        until(driver, lambda d: d.find_element("id", "name"), "the join form").send_keys(name)
        driver.find_element("css selector", "#join-form button[type=submit]").click()
        until(driver, lambda d: d.find_element("id", "play").is_displayed(), "the question")
        answer_right(driver, session)
        pages.append(driver)
    return pages


def test_a_killed_game_resumes_with_every_acknowledged_answer(tmp_path: Path) -> None:
    pack = open_pack("space-cooperation")
    settings = ClassroomSettings(
        pack_id=pack.info.id,
        pack_version=pack.info.version,
        seed=11,
        questions=3,
        teams=(),
        room=ROOM,
    )
    session = start(pack, settings)
    log = ResultsLog.create(session, datetime.now(), tmp_path)
    port = free_port()
    game = start_game(log.path, port, tmp_path / "data")
    pages: list[Any] = []
    try:
        if wanted():
            require_chromium()
            pages = browsers_join(port, session)
        tokens, acked, sent = asyncio.run(
            asyncio.wait_for(students_answer(port, session, game), 120)
        )
        game.wait(10)
        assert game.returncode == -signal.SIGKILL
        rows = read_results(log.path).rows
        written = {}
        for row in rows:
            if row["event"] == "answer":
                written[row["student"]] = row["answer"]
        assert len(acked) >= STUDENTS // 2
        assert {f"Student {n}" for n in acked} <= set(written)
        game = start_game(log.path, port, tmp_path / "data")
        back = asyncio.run(asyncio.wait_for(students_return(port, tokens), 60))
        for n, (answer, at) in acked.items():
            # their last acknowledged answer, or one they sent after it (kept, not yet acked)
            assert back[n] in sent[n][at:], f"student {n}: {back[n]} not in {sent[n][at:]}"
            assert answer == sent[n][at]
        for driver in pages:  # the pages reconnect by themselves, answer kept
            from tests.web.test_student_page import until

            until(driver, lambda d: "paused" in d.find_element("id", "q-title").text, "paused")
            assert "Page" in driver.find_element("id", "who").text
    finally:
        for driver in pages:
            driver.quit()
        if game.poll() is None:
            game.kill()
            game.wait(10)
