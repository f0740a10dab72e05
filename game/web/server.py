"""The device server: aiohttp beside the pygame loop, turning students' messages into the
room's actions and the room's changes into each student's screen.

``DeviceServer(room).start()`` runs an asyncio loop in a background thread with the page
(``/``, ``/static/...``) and one websocket per page (``/ws``). Every page sees only its own
student's view (``game.web.views``). The projector acts on the room directly, so no message
can drive the quiz. Each connection is rate-limited (``RATE``, ``BURST``), messages are
capped at ``MAX_MESSAGE_BYTES``, and a refusal is sent back as a code the page puts in words.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from aiohttp import WSMsgType, web

from game.quiz.classroom import ClassroomSession
from game.services.devices import DeviceRoom
from game.web.messages import (
    MAX_MESSAGE_BYTES,
    AnswerMessage,
    BadMessage,
    HelloMessage,
    JoinMessage,
    parse,
)
from game.web.views import encode_answer, student_view

DEFAULT_PORT = 8765
RATE = 5.0  # messages a second a page may send, on average
BURST = 20  # messages a page may send at once
ABUSE_LIMIT = 200  # messages over the rate before the connection is closed
TICK_SECONDS = 0.2  # how often the clock is moved on (the timer locks on time)
PAGES_PER_PLAYER = 3  # open pages a room takes per student it takes (tabs, reconnects)
JOIN_SECONDS = 120.0  # a page that has not joined (or come back) by then is closed
STATIC_FILES = {"app.js": "text/javascript", "style.css": "text/css"}
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
# A host as a page may name it: a name or IPv4 address, or a bracketed IPv6 one, and a port.
PLAIN_HOST = re.compile(r"(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")


def headers_for(host: str) -> dict[str, str]:
    """The headers of every page and file: its socket may connect to this server only.

    ('self' alone does not cover ws: in every browser a phone may still run, so the
    server's own address is named; a Host header of any other shape names nothing.)"""
    sockets = f" ws://{host} wss://{host}" if PLAIN_HOST.fullmatch(host) else ""
    policy = (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        f"connect-src 'self'{sockets}; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )
    return {"Content-Security-Policy": policy, **HEADERS}


def lan_address() -> str:
    """This computer's address on the local network (no packet is sent), or loopback."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        address = str(probe.getsockname()[0])
    except OSError:
        address = "127.0.0.1"
    finally:
        probe.close()
    return address


def _static(name: str) -> bytes:
    return resources.files("game.web").joinpath("static", name).read_bytes()


@dataclass(eq=False)
class Page:
    """One open websocket: whose it is and how fast it has been sending."""

    ws: web.WebSocketResponse
    player: int | None = None
    allowance: float = BURST
    checked: float = field(default_factory=time.monotonic)
    over: int = 0

    def allowed(self, now: float) -> bool:
        self.allowance = min(BURST, self.allowance + (now - self.checked) * RATE)
        self.checked = now
        if self.allowance < 1:
            self.over += 1
            return False
        self.allowance -= 1
        return True


class DeviceServer:
    """The local web server of one room; ``start`` and ``stop`` it from any thread."""

    def __init__(
        self,
        room: DeviceRoom,
        host: str = "0.0.0.0",
        port: int = DEFAULT_PORT,
        tick_seconds: float = TICK_SECONDS,
        join_seconds: float = JOIN_SECONDS,
    ) -> None:
        self.room = room
        self.tick_seconds = tick_seconds
        self.join_seconds = join_seconds
        self.host = host
        self.port = port
        self.pages: set[Page] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._stopping: asyncio.Event | None = None
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="results-writer")
        room.listen(self._changed)

    # -- life -------------------------------------------------------------------------------
    def start(self, timeout: float = 10.0) -> int:
        """Serve in a background thread; the port it listens on (``port`` 0: any free)."""
        self._thread = threading.Thread(target=self._serve, name="device-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise OSError("the device server did not start in time")
        if self._error is not None:
            raise OSError(f"the device server could not start: {self._error}")
        return self.port

    def stop(self, timeout: float = 5.0) -> None:
        loop, stopping = self.loop, self._stopping
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopping.set)
        if self._thread is not None:
            self._thread.join(timeout)
        self._writer.shutdown(wait=True)
        self.room.flush()

    def _serve(self) -> None:
        self.loop = asyncio.new_event_loop()
        try:
            self.loop.run_until_complete(self._main())
        finally:
            self.loop.close()

    async def _main(self) -> None:
        self._stopping = asyncio.Event()
        app = web.Application(client_max_size=MAX_MESSAGE_BYTES)
        app.router.add_get("/", self._index)
        app.router.add_get("/static/{name}", self._file)
        app.router.add_get("/room.json", self._room_info)
        app.router.add_get("/ws", self._socket)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        try:
            await self._runner.setup()
            site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
            await site.start()
            if self._runner.addresses:
                self.port = int(self._runner.addresses[0][1])
        except OSError as error:
            self._error = error
            self._ready.set()
            await self._runner.cleanup()
            return
        self._ready.set()
        ticking = asyncio.ensure_future(self._tick())
        await self._stopping.wait()
        ticking.cancel()
        for page in list(self.pages):
            await page.ws.close(code=1001, message=b"the quiz has ended")
        await self._runner.cleanup()

    async def _tick(self) -> None:
        while True:  # cancelled by _main when the server stops
            self.room.sync()
            await asyncio.sleep(self.tick_seconds)

    # -- HTTP -------------------------------------------------------------------------------
    async def _index(self, request: web.Request) -> web.Response:
        return web.Response(
            body=_static("index.html"),
            content_type="text/html",
            charset="utf-8",
            headers=headers_for(request.host),
        )

    async def _room_info(self, request: web.Request) -> web.Response:
        """What the join form needs before a student has joined: the teams to pick from."""
        teams = list(self.room.session.settings.teams)
        return web.json_response({"teams": teams}, headers=headers_for(request.host))

    async def _file(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in STATIC_FILES:
            raise web.HTTPNotFound()
        return web.Response(
            body=_static(name),
            content_type=STATIC_FILES[name],
            charset="utf-8",
            headers=headers_for(request.host),
        )

    # -- the websocket ------------------------------------------------------------------------
    async def _socket(self, request: web.Request) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if origin is not None and origin.split("://", 1)[-1] != request.host:
            raise web.HTTPForbidden(text="this quiz takes answers only from its own page")
        max_players = self.room.session.settings.max_players
        waiting = sum(1 for page in self.pages if page.player is None)
        if len(self.pages) >= PAGES_PER_PLAYER * max_players or waiting >= max_players:
            raise web.HTTPServiceUnavailable(text="too many pages are open: try again soon")
        ws = web.WebSocketResponse(max_msg_size=MAX_MESSAGE_BYTES, heartbeat=20)
        await ws.prepare(request)
        page = Page(ws)
        self.pages.add(page)
        # Pages that never join must not hold the places of students who would.
        loop = asyncio.get_running_loop()
        timeout = loop.call_later(self.join_seconds, self._close_if_unjoined, page)
        try:
            async for msg in ws:
                if not page.allowed(time.monotonic()):  # every frame counts, text or not
                    if page.over > ABUSE_LIMIT:
                        await ws.close(code=1008, message=b"too many messages")
                        break
                    await self._send(page, {"type": "error", "code": "slow_down"})
                    continue
                if msg.type != WSMsgType.TEXT:
                    await self._send(page, {"type": "error", "code": "bad_message"})
                    continue
                await self._handle(page, parse(msg.data))
        finally:
            timeout.cancel()
            self.pages.discard(page)
        return ws

    def _close_if_unjoined(self, page: Page) -> None:
        if page.player is None and not page.ws.closed:
            reason = f"join within {round(self.join_seconds)} seconds of opening the page"
            asyncio.ensure_future(page.ws.close(code=1008, message=reason.encode()))

    async def _handle(self, page: Page, message: Any) -> None:
        if isinstance(message, BadMessage):
            await self._send(page, {"type": "error", "code": message.code})
        elif isinstance(message, (JoinMessage, HelloMessage)):
            await self._enter(page, message)
        elif isinstance(message, AnswerMessage):
            await self._answer(page, message)

    def _wrong_room(self, room: str) -> bool:
        return room.strip().upper() != self.room.session.settings.room

    async def _enter(self, page: Page, message: JoinMessage | HelloMessage) -> None:
        if self._wrong_room(message.room):
            await self._send(page, {"type": "error", "code": "wrong_room"})
            return
        if isinstance(message, JoinMessage) and page.player is not None:
            await self._send(page, {"type": "error", "code": "already_joined"})
            return
        if isinstance(message, HelloMessage):
            player = self.room.rejoin(message.token)
            if player is None:
                await self._send(page, {"type": "error", "code": "stale_token"})
                return
            token = message.token
        else:
            joined = self.room.join(message.name, message.team)
            if joined.refusal is not None:
                await self._send(page, {"type": "error", "code": joined.refusal})
                return
            player, token = joined.player, joined.token
            await self._on_disk(joined.ticket)  # a token that a crash forgets is no use
        page.player = player
        await self._send(page, {"type": "welcome", "token": token, "player": player})
        await self._send(page, self._view(player))

    async def _answer(self, page: Page, message: AnswerMessage) -> None:
        if page.player is None:
            await self._send(page, {"type": "error", "code": "not_joined"})
            return
        refusal, ticket = self.room.answer(page.player, message.question, message.answer)
        if refusal is not None:
            await self._send(
                page, {"type": "refused", "code": refusal, "question": message.question}
            )
            return
        saved = await self._on_disk(ticket)
        ack = {
            "type": "ack",
            "question": message.question,
            "answer": encode_answer(message.answer),
            "saved": saved,  # False: taken, but the teacher's computer could not write it yet
        }
        await self._send(page, ack)  # the page shows the answer as its own from the ack
        await self._tell({page.player}, but=page)  # the student's other tabs, if any

    async def _on_disk(self, ticket: int) -> bool:
        """Wait until change ``ticket`` is in the results file (answers arriving together
        share one write and one fsync); False when that write failed."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, self.room.flush_until, ticket)

    # -- telling pages ------------------------------------------------------------------------
    def _view(self, player: int) -> dict[str, Any]:
        session = self.room.session
        timer = session.settings.timer
        reading = self.room.reading()
        left = None if timer is None or reading is None else max(0.0, timer - reading)
        return student_view(self.room.pack, session, player, left)

    @staticmethod
    async def _send(page: Page, data: dict[str, Any]) -> None:
        if not page.ws.closed:
            with contextlib.suppress(ConnectionError, RuntimeError):
                await page.ws.send_str(json.dumps(data, ensure_ascii=False))

    def _changed(self, before: ClassroomSession, after: ClassroomSession) -> None:
        """Called by the room (any thread): when the class moves on, tell every page. (A
        student's own answer is told to their pages once it is on disk, by ``_answer``.)"""
        moved = (before.phase, before.index, before.paused) != (
            after.phase,
            after.index,
            after.paused,
        )
        loop = self.loop
        if moved and loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(lambda: asyncio.ensure_future(self._tell(None)))

    async def _tell(self, who: set[int] | None, but: Page | None = None) -> None:
        # A student's view is made once per change of the room (their tabs share it): a
        # view made before a send waited is stale once the room has changed meanwhile.
        views: dict[tuple[int, int], str] = {}
        for page in list(self.pages):
            if page.player is None or (who is not None and page.player not in who):
                continue
            if page is but:
                continue
            key = (page.player, self.room.version)
            if key not in views:
                views[key] = json.dumps(self._view(page.player), ensure_ascii=False)
            if not page.ws.closed:
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await page.ws.send_str(views[key])
