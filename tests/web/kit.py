"""A device room on the loopback address for the server, load and browser tests."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp

from game.content.model import Pack, QuizItem
from game.errors import StorageError
from game.quiz.classroom import ClassroomSession, ClassroomSettings, start
from game.quiz.engine import right_answer
from game.services.devices import DeviceRoom
from game.storage.results import ResultsLog
from game.web.host import DeviceHost
from game.web.server import DeviceServer
from tests.quiz.fakes import fake_items, fake_match_item, fake_pack

LOOPBACK = "127.0.0.1"
ROOM = "TEST"
WAIT = 5.0  # seconds any one message may take to arrive


@dataclass(frozen=True)
class DiskFull(ResultsLog):
    """A results log whose disk is full for its next ``failing[0]`` appends."""

    failing: list[int] = field(default_factory=lambda: [1_000_000])

    def append(self, text: str) -> None:
        if self.failing[0] > 0:
            self.failing[0] -= 1
            raise StorageError("no space left on device")
        super().append(text)


def four_kinds() -> tuple[QuizItem, ...]:
    """One item of each kind: choice, true/false, order, number."""
    wanted = ("probe-year", "moon-base-planned", "events-in-order", "base-year")
    return tuple(i for i in fake_items() if i.id in wanted)


PACK = fake_pack(items=four_kinds())
MATCH_PACK = fake_pack(items=(fake_match_item(),))  # one match-the-pairs question


def session(
    timer: int | None = 30, teams: tuple[str, ...] = (), seed: int = 5, pack: Pack = PACK
) -> ClassroomSession:
    settings = ClassroomSettings(
        pack_id="fake-pack",
        seed=seed,
        questions=len(pack.quiz),
        teams=teams,
        timer=timer,
        room=ROOM,
    )
    return start(pack, settings)


@contextmanager
def serving(
    first: ClassroomSession,
    folder: Path | None = None,
    clock: Any = None,
    tick_seconds: float = 0.2,
    pack: Pack = PACK,
    join_seconds: float = 120.0,
) -> Iterator[DeviceHost]:
    """A room of ``pack`` and its server on a free loopback port; the results file in
    ``folder``; ``clock`` in place of the monotonic one; the server moves it on every
    ``tick_seconds``."""
    log = ResultsLog.create(first, datetime.now(), folder) if folder else None
    room = DeviceRoom(pack, first, log, clock) if clock else DeviceRoom(pack, first, log)
    server = DeviceServer(room, LOOPBACK, 0, tick_seconds, join_seconds)
    port = server.start()
    host = DeviceHost(room, server, LOOPBACK, port)
    try:
        yield host
    finally:
        host.close()


def right(s: ClassroomSession) -> Any:
    good = right_answer(s.item, s.question)
    return list(good) if isinstance(good, tuple) else good


async def receive(ws: aiohttp.ClientWebSocketResponse, kind: str | None = None) -> dict[str, Any]:
    """The next message (of ``kind``, skipping others), waiting at most ``WAIT`` seconds."""
    for _ in range(50):
        msg = await ws.receive(timeout=WAIT)
        if msg.type != aiohttp.WSMsgType.TEXT:
            raise AssertionError(f"the socket closed: {msg.type} {msg.data} {msg.extra}")
        data: dict[str, Any] = json.loads(msg.data)
        if kind is None or data["type"] == kind:
            return data
    raise AssertionError(f"no {kind} message in 50")


async def receive_phase(ws: aiohttp.ClientWebSocketResponse, phase: str) -> dict[str, Any]:
    """The next state message in ``phase`` (skipping earlier ones), within 20 messages."""
    for _ in range(20):
        state = await receive(ws, "state")
        if state["phase"] == phase:
            return state
    raise AssertionError(f"no state in phase {phase}")


async def join(
    client: aiohttp.ClientSession, host: DeviceHost, name: str, team: int | None = None
) -> tuple[aiohttp.ClientWebSocketResponse, dict[str, Any]]:
    ws = await client.ws_connect(f"http://{LOOPBACK}:{host.port}/ws")
    await ws.send_str(json.dumps({"type": "join", "room": ROOM, "name": name, "team": team}))
    welcome = await receive(ws)
    return ws, welcome


def run(coroutine: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coroutine, 60))
