"""Messages from a student's page, checked before anything acts on them.

A page may send only three things, each a small JSON object:

- ``{"type": "join", "room": CODE, "name": NICKNAME, "team": INDEX | null}``
- ``{"type": "hello", "room": CODE, "token": TOKEN}`` (coming back: reload, Wi-Fi, resume)
- ``{"type": "answer", "question": INDEX, "answer": INDEX | [INDEX, ...] | NUMBER}``

Nothing a page sends can lock, reveal, move on or touch another student's answer: the
projector alone does that, in the game's own process. ``parse`` returns the message as a
value, or a ``BadMessage`` with the code the page shows in words.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from typing import Any

from game.quiz.engine import Answer

MAX_MESSAGE_BYTES = 2048
MAX_TOKEN = 64


@dataclass(frozen=True)
class JoinMessage:
    room: str
    name: str
    team: int | None


@dataclass(frozen=True)
class HelloMessage:
    room: str
    token: str


@dataclass(frozen=True)
class AnswerMessage:
    question: int
    answer: Answer


@dataclass(frozen=True)
class BadMessage:
    code: str  # bad_json | bad_message | unknown_type


Message = JoinMessage | HelloMessage | AnswerMessage


def _int(value: Any) -> bool:
    return type(value) is int


def _fits_a_float(value: int) -> bool:
    """Whether ``value`` can be graded (``float(10**400)`` raises ``OverflowError``)."""
    return abs(value) <= sys.float_info.max


def _answer(value: Any) -> Answer | None:
    if _int(value):
        return int(value) if _fits_a_float(value) else None
    if type(value) is float and math.isfinite(value):
        return float(value)
    if isinstance(value, list) and 0 < len(value) <= 12 and all(_int(v) for v in value):
        return tuple(value)
    return None


def _join(data: dict[str, Any]) -> Message | BadMessage:
    room, name, team = data.get("room"), data.get("name"), data.get("team")
    if not isinstance(room, str) or not isinstance(name, str) or len(name) > 200:
        return BadMessage("bad_message")
    if team is not None and not _int(team):
        return BadMessage("bad_message")
    return JoinMessage(room, name, team)


def _hello(data: dict[str, Any]) -> Message | BadMessage:
    room, token = data.get("room"), data.get("token")
    if not isinstance(room, str) or not isinstance(token, str) or len(token) > MAX_TOKEN:
        return BadMessage("bad_message")
    return HelloMessage(room, token)


def _answer_message(data: dict[str, Any]) -> Message | BadMessage:
    question, answer = data.get("question"), _answer(data.get("answer"))
    if type(question) is not int or answer is None:
        return BadMessage("bad_message")
    return AnswerMessage(question, answer)


PARSERS = {"join": _join, "hello": _hello, "answer": _answer_message}


def parse(text: str) -> Message | BadMessage:
    """The message ``text`` holds, or why it is not one."""
    if len(text) > MAX_MESSAGE_BYTES:
        return BadMessage("too_big")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return BadMessage("bad_json")
    if not isinstance(data, dict):
        return BadMessage("bad_message")
    parser = PARSERS.get(data.get("type"))  # type: ignore[arg-type]
    if parser is None:
        return BadMessage("unknown_type")
    return parser(data)
