"""Many raw websocket clients through one question: answers kept, answers/s, ack latency.

Used by the quick load test (``test_load.py``, 100 clients) and by ``make bench``
(``tests/perf/fig_devices.py``: 100 and 300 clients). Loopback only; every wait is bounded.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import aiohttp

from game.storage.results import read_results
from tests.web.kit import LOOPBACK, ROOM, receive, right, serving, session


@dataclass(frozen=True)
class LoadResult:
    clients: int
    sent: int
    acked: int
    kept: int  # answers in the session afterwards
    logged: int  # answer rows in the results file
    seconds: float  # from the first answer sent to the last ack
    latencies_ms: tuple[float, ...]

    @property
    def answers_per_second(self) -> float:
        return self.acked / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def _one(
    client: aiohttp.ClientSession, port: int, n: int, ready: asyncio.Event, answer: object
) -> tuple[bool, float]:
    ws = await client.ws_connect(f"http://{LOOPBACK}:{port}/ws", max_msg_size=1 << 20)
    try:
        await ws.send_str(json.dumps({"type": "join", "room": ROOM, "name": f"Student {n}"}))
        await receive(ws, "welcome")
        await receive(ws, "state")
        await ready.wait()
        sent = time.perf_counter()
        await ws.send_str(json.dumps({"type": "answer", "question": 0, "answer": answer}))
        ack = await receive(ws, "ack")
        return ack["question"] == 0, (time.perf_counter() - sent) * 1000
    finally:
        await ws.close()


async def _drive(
    port: int, clients: int, answer: object, joined: list[int]
) -> tuple[list[tuple[bool, float]], float]:
    ready = asyncio.Event()
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as client:
        tasks = [
            asyncio.ensure_future(_one(client, port, n, ready, answer)) for n in range(clients)
        ]
        for _ in range(600):  # everyone joined (at most 60 s)
            if any(t.done() for t in tasks) or joined[0] >= clients:
                break
            await asyncio.sleep(0.1)
        start = time.perf_counter()
        ready.set()
        results = await asyncio.gather(*tasks)
        return list(results), time.perf_counter() - start


def run_load(clients: int = 100, folder: Path | None = None) -> LoadResult:
    """``clients`` students join, then all answer question 1 at the same moment."""
    first = session(timer=None)
    first = replace(first, settings=replace(first.settings, max_players=max(200, clients)))
    joined = [0]
    with tempfile.TemporaryDirectory() as scratch:
        where = folder or Path(scratch)
        with serving(first, where) as host:
            host.room.listen(lambda _b, after: joined.__setitem__(0, len(after.players)))
            outcome, seconds = asyncio.run(
                asyncio.wait_for(_drive(host.port, clients, right(first), joined), 120)
            )
            kept = len(host.room.session.entries_for(0))
            log = host.room.log
        assert log is not None
        logged = sum(1 for row in read_results(log.path).rows if row["event"] == "answer")
    return LoadResult(
        clients=clients,
        sent=clients,
        acked=sum(1 for ok, _ in outcome if ok),
        kept=kept,
        logged=logged,
        seconds=seconds,
        latencies_ms=tuple(ms for _, ms in outcome),
    )
