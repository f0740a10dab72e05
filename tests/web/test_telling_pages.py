"""Telling pages: a page is never sent a view older than the state it was sent in."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

from game.services.devices import DeviceRoom
from game.web.server import DeviceServer, Page
from tests.web.kit import PACK, right, session


class FakeSocket:
    """A page's websocket that writes what it is sent to ``wire``; ``first_send`` runs on
    the first send to any of them, as if other work ran while that send waited."""

    def __init__(self, wire: list[tuple[FakeSocket, dict[str, Any]]], first_send: list) -> None:
        self.wire = wire
        self.first_send = first_send
        self.closed = False

    async def send_str(self, text: str) -> None:
        self.wire.append((self, json.loads(text)))
        if self.first_send:
            self.first_send.pop()()
            await asyncio.sleep(0)


def test_a_second_tab_is_told_the_answer_given_while_the_first_was_being_told() -> None:
    first = session()
    room = DeviceRoom(PACK, first, None)
    ada = room.join("Ada").player
    server = DeviceServer(room, "127.0.0.1", 0)
    wire: list[tuple[FakeSocket, dict[str, Any]]] = []
    answers: list[Callable[[], object]] = [lambda: room.answer(ada, 0, right(first))]
    tabs = [FakeSocket(wire, answers), FakeSocket(wire, answers)]
    server.pages = {Page(tab, ada) for tab in tabs}  # type: ignore[arg-type]
    asyncio.run(server._tell(None))
    assert [sent["answer"] for _, sent in wire] == [None, right(first)]
