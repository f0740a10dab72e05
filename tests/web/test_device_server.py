"""The device server over loopback: joining, answering, and every kind of bad message."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest

from game.quiz.classroom import MAX_PLAYERS, Join, Lock, Reveal, TogglePause
from game.storage.results import read_results
from game.web.messages import MAX_MESSAGE_BYTES
from game.web.server import BURST, headers_for
from tests.web.kit import (
    LOOPBACK,
    MATCH_PACK,
    ROOM,
    WAIT,
    DiskFull,
    join,
    receive,
    receive_phase,
    right,
    run,
    serving,
    session,
)


def test_the_page_and_its_files_are_served_with_a_strict_policy() -> None:
    async def scenario(port: int) -> None:
        async with aiohttp.ClientSession() as client:
            async with client.get(f"http://{LOOPBACK}:{port}/") as page:
                assert page.status == 200
                assert "aria-live" in await page.text()
                policy = page.headers["Content-Security-Policy"]
                assert "script-src 'self'" in policy
                assert (
                    f"connect-src 'self' ws://{LOOPBACK}:{port} wss://{LOOPBACK}:{port};" in policy
                )
            async with client.get(f"http://{LOOPBACK}:{port}/static/app.js") as script:
                assert script.status == 200
            async with client.get(f"http://{LOOPBACK}:{port}/static/../server.py") as sneaky:
                assert sneaky.status == 404
            async with client.get(f"http://{LOOPBACK}:{port}/room.json") as info:
                assert await info.json() == {"teams": []}

    with serving(session()) as host:
        run(scenario(host.port))


def test_a_student_joins_answers_and_is_told_it_was_received(tmp_path: Path) -> None:
    first = session()

    async def scenario(port: int) -> None:
        async with aiohttp.ClientSession() as client:
            ws, welcome = await join(client, host, "Ada")
            assert welcome["type"] == "welcome" and welcome["player"] == 0
            state = await receive(ws, "state")
            assert state["question"]["prompt"] == first.question.prompt
            assert state["you"]["name"] == "Ada"
            await ws.send_str(json.dumps({"type": "answer", "question": 0, "answer": right(first)}))
            ack = await receive(ws, "ack")
            assert ack["answer"] == right(first) and ack["saved"] is True
            tab = await client.ws_connect(f"http://{LOOPBACK}:{host.port}/ws")
            await tab.send_str(
                json.dumps({"type": "hello", "room": ROOM, "token": welcome["token"]})
            )
            again = await receive(tab, "state")
            assert again["answer"] == right(first)
            assert again["you"]["points"] == 0  # not before the reveal

    with serving(first, tmp_path) as host:
        run(scenario(host.port))
        assert [e.player for e in host.room.session.entries] == [0]
        log = host.room.log
    assert log is not None
    events = [(r["event"], r["student"]) for r in read_results(log.path).rows]
    assert events == [("join", "Ada"), ("answer", "Ada")]


def test_a_host_header_of_any_odd_shape_opens_no_socket_to_anywhere() -> None:
    assert "ws:" not in headers_for("evil.example; script-src *")["Content-Security-Policy"]
    assert "ws:" not in headers_for("a b")["Content-Security-Policy"]
    assert "ws://[::1]:8080 " in headers_for("[::1]:8080")["Content-Security-Policy"]


def test_an_answer_the_teacher_cannot_write_down_is_acknowledged_as_not_saved(
    tmp_path: Path,
) -> None:
    first = session()

    async def scenario(port: int) -> None:
        async with aiohttp.ClientSession() as client:
            ws, _ = await join(client, host, "Ada")
            await receive(ws, "state")
            assert host.room.queue is not None
            host.room.queue.log = DiskFull(host.room.queue.log.path)
            await ws.send_str(json.dumps({"type": "answer", "question": 0, "answer": right(first)}))
            ack = await receive(ws, "ack")
            assert ack["saved"] is False
            assert host.room.problem.startswith("Results NOT saved")

    with serving(first, tmp_path) as host:
        run(scenario(host.port))


def test_a_reload_or_a_second_tab_is_the_same_student_and_a_stale_token_is_refused() -> None:
    first = session()

    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            ws, welcome = await join(client, host, "Ada")
            await ws.send_str(json.dumps({"type": "answer", "question": 0, "answer": right(first)}))
            await receive(ws, "ack")
            await ws.close()
            tab = await client.ws_connect(f"http://{LOOPBACK}:{host.port}/ws")
            hello = {"type": "hello", "room": ROOM, "token": welcome["token"]}
            await tab.send_str(json.dumps(hello))
            assert (await receive(tab))["player"] == 0
            assert (await receive(tab, "state"))["answer"] == right(first)
            other = await client.ws_connect(f"http://{LOOPBACK}:{host.port}/ws")
            await other.send_str(json.dumps(hello))
            await receive(other, "state")
            answer = {"type": "answer", "question": 0, "answer": right(first)}
            await other.send_str(json.dumps(answer))
            await receive(other, "ack")
            told = await receive(tab, "state")  # the other tab is told of the change
            assert told["answer"] == right(first)
            stale = dict(hello, token="not-a-token")
            await tab.send_str(json.dumps(stale))
            assert await receive(tab) == {"type": "error", "code": "stale_token"}

    with serving(first) as host:
        run(scenario())
        assert len(host.room.session.players) == 1


def test_a_nickname_is_kept_as_text_and_a_taken_one_is_refused() -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            ws, _ = await join(client, host, "<script>x</script>")
            state = await receive(ws, "state")
            assert state["you"]["name"] == "<script>x</script>"
            _, refused = await join(client, host, "<SCRIPT>x</script>")
            assert refused == {"type": "error", "code": "name_taken"}
            _, wrong_room = await join(client, host, "Bo")
            assert wrong_room["type"] == "welcome"

    with serving(session()) as host:
        run(scenario())


def test_messages_that_do_not_fit_get_a_clear_error_and_change_nothing() -> None:
    first = session()

    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            ws = await client.ws_connect(f"http://{LOOPBACK}:{host.port}/ws")
            cases = [
                ("{not json", "bad_json"),
                ("[1, 2]", "bad_message"),
                (json.dumps({"type": "reveal"}), "unknown_type"),
                (json.dumps({"type": "next"}), "unknown_type"),
                (json.dumps({"type": "answer", "question": 0, "answer": 1}), "not_joined"),
                (json.dumps({"type": "join", "room": "NOPE", "name": "Ada"}), "wrong_room"),
                (json.dumps({"type": "join", "room": ROOM, "name": 5}), "bad_message"),
                (json.dumps({"type": "answer", "question": "0", "answer": 1}), "bad_message"),
            ]
            for text, code in cases:
                await ws.send_str(text)
                assert await receive(ws) == {"type": "error", "code": code}, text
            await ws.send_bytes(b"\x00\x01")
            assert await receive(ws) == {"type": "error", "code": "bad_message"}
            joined, _ = await join(client, host, "Ada")
            other = {"type": "answer", "question": 3, "answer": 0}
            await joined.send_str(json.dumps(other))
            refused = await receive(joined, "refused")
            assert refused["code"] == "other_question"
            await joined.send_str(json.dumps({"type": "answer", "question": 0, "answer": 1e309}))
            assert (await receive(joined))["code"] == "bad_message"

    with serving(first) as host:
        run(scenario())
        assert host.room.session.entries == ()
        assert host.room.session.phase == "question" and host.room.session.index == 0


def test_an_oversized_message_closes_the_socket_with_a_reason() -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            ws = await client.ws_connect(f"http://{LOOPBACK}:{host.port}/ws")
            await ws.send_str("x" * (MAX_MESSAGE_BYTES * 4))
            msg = await ws.receive(timeout=5)
            assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
            assert ws.close_code == 1009  # message too big

    with serving(session()) as host:
        run(scenario())


def test_a_page_that_floods_is_slowed_down() -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            ws, _ = await join(client, host, "Ada")
            for _ in range(BURST + 5):
                await ws.send_str(json.dumps({"type": "answer", "question": 9, "answer": 0}))
            await receive(ws, "state")
            codes = [(await receive(ws))["code"] for _ in range(BURST + 5)]
            assert "slow_down" in codes
            assert codes.count("other_question") <= BURST

    with serving(session()) as host:
        run(scenario())


def test_a_page_that_floods_with_binary_frames_is_slowed_down_too() -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            ws, _ = await join(client, host, "Ada")
            await receive(ws, "state")
            for _ in range(BURST + 5):
                await ws.send_bytes(b"\x00")
            codes = [(await receive(ws))["code"] for _ in range(BURST + 5)]
            assert "slow_down" in codes
            assert codes.count("bad_message") <= BURST

    with serving(session()) as host:
        run(scenario())


def test_the_room_caps_its_players_with_a_clear_message() -> None:
    first = session()
    with serving(first) as host:
        for n in range(MAX_PLAYERS):
            host.room.join(f"S{n}")

        async def scenario() -> None:
            async with aiohttp.ClientSession() as client:
                _, refused = await join(client, host, "One more")
                assert refused == {"type": "error", "code": "room_full"}

        run(scenario())
        assert len(host.room.session.players) == MAX_PLAYERS


def test_a_page_that_never_joins_is_closed_and_one_that_joins_is_kept() -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            idle = await client.ws_connect(f"http://{LOOPBACK}:{host.port}/ws")
            ws, _ = await join(client, host, "Ada")
            closing = await asyncio.wait_for(idle.receive(), WAIT)
            assert closing.type == aiohttp.WSMsgType.CLOSE and closing.data == 1008
            await asyncio.sleep(0.4)
            assert not ws.closed

    with serving(session(), join_seconds=0.3) as host:
        run(scenario())


def test_pages_waiting_to_join_may_not_take_every_place() -> None:
    first = replace(session(), settings=replace(session().settings, max_players=2))

    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            url = f"http://{LOOPBACK}:{host.port}/ws"
            waiting = [await client.ws_connect(url) for _ in range(2)]
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await client.ws_connect(url)
            assert refused.value.status == 503
            for ws in waiting:
                await ws.close()

    with serving(first) as host:
        run(scenario())


def test_the_projector_moves_every_page_on_and_late_or_locked_answers_are_refused() -> None:
    clock = [0.0]
    first = session(timer=10)

    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            ws, _ = await join(client, host, "Ada")
            await receive(ws, "state")
            clock[0] = 10 + 5.0  # far past the deadline and its grace
            await ws.send_str(json.dumps({"type": "answer", "question": 0, "answer": right(first)}))
            assert (await receive(ws, "refused"))["code"] == "late"
            host.room.act(Reveal())
            revealed = await receive_phase(ws, "reveal")
            quotes = [c["quote"] for c in revealed["reveal"]["citations"]]
            assert quotes and all(q in {f.quote for f in host.room.pack.facts} for q in quotes)
            assert revealed["reveal"]["citations"][0]["as_reported"].startswith("as reported")
            assert revealed["reveal"]["you_right"] is None

    with serving(first, clock=lambda: clock[0]) as host:
        run(scenario())
        assert host.room.session.entries == ()


def test_a_match_question_is_sent_with_its_rows_and_only_every_row_once_is_taken() -> None:
    first = session(timer=None, pack=MATCH_PACK)
    rows = [pair.left for pair in first.item.pairs]
    malformed = [
        [0, 0, 1],  # one item picked for two rows
        [0, 1],  # a row left without an item
        [0, 1, 2, 0],  # more picks than rows
        [0, 1, 3],  # a letter that is not shown
        1,  # one pick, as for a multiple choice
        2.5,  # a number
    ]

    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            ws, _ = await join(client, host, "Ada")
            question = (await receive(ws, "state"))["question"]
            assert question["type"] == "match"
            assert question["rows"] == rows
            assert question["letters"] == ["A", "B", "C"]
            assert sorted(question["choices"]) == sorted(p.right for p in first.item.pairs)
            for answer in malformed:
                await ws.send_str(json.dumps({"type": "answer", "question": 0, "answer": answer}))
                refused = await receive(ws, "refused")
                assert refused == {"type": "refused", "code": "bad_answer", "question": 0}, answer
            await ws.send_str(json.dumps({"type": "answer", "question": 0, "answer": right(first)}))
            assert (await receive(ws, "ack"))["answer"] == right(first)
            host.room.act(Lock())
            host.room.act(Reveal())
            revealed = (await receive_phase(ws, "reveal"))["reveal"]
            assert revealed["right"] == right(first)
            assert revealed["you_right"] is True
            assert revealed["citations"]

    with serving(first, pack=MATCH_PACK) as host:
        run(scenario())
        assert [e.answer for e in host.room.session.entries] == [tuple(right(first))]


def test_a_locked_or_paused_question_takes_no_answer() -> None:
    first = session(timer=None)
    with serving(first) as host:
        joined = host.room.join("Ada")
        host.room.act(TogglePause())
        assert host.room.answer(joined.player, 0, right(first))[0] == "paused"
        host.room.act(TogglePause())
        host.room.act(Lock())
        assert host.room.answer(joined.player, 0, right(first))[0] == "closed"
        assert host.room.session.entries == ()
        assert host.room.rejoin(joined.token) == joined.player
        assert joined.token not in repr(host.room.session)  # only its hash is kept


def test_a_student_picks_a_team_from_those_the_teacher_named() -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            async with client.get(f"http://{LOOPBACK}:{host.port}/room.json") as info:
                assert await info.json() == {"teams": ["Red", "Blue"]}
            ws, _ = await join(client, host, "Ada", team=1)
            assert (await receive(ws, "state"))["you"]["team"] == "Blue"

    with serving(session(teams=("Red", "Blue"))) as host:
        run(scenario())
        assert host.room.session.players[0].team == 1
        assert Join  # the same action the room applies


def test_a_page_joins_once_and_other_sites_cannot_open_a_socket() -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as client:
            ws, _ = await join(client, host, "Ada")
            await receive(ws, "state")
            again = {"type": "join", "room": ROOM, "name": "Ada's twin"}
            await ws.send_str(json.dumps(again))
            assert await receive(ws) == {"type": "error", "code": "already_joined"}
            url = f"http://{LOOPBACK}:{host.port}/ws"
            try:
                await client.ws_connect(url, headers={"Origin": "http://evil.example"})
            except aiohttp.WSServerHandshakeError as error:
                assert error.status == 403
            else:
                raise AssertionError("a page of another site opened a socket")

    with serving(session()) as host:
        run(scenario())
        assert [p.name for p in host.room.session.players] == ["Ada"]
