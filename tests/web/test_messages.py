"""A page's messages are checked before anything acts on them."""

from __future__ import annotations

import json

from game.web.messages import AnswerMessage, BadMessage, parse


def answer(value: object) -> str:
    return json.dumps({"type": "answer", "question": 0, "answer": value})


def test_a_number_answer_must_fit_a_float() -> None:
    assert parse(answer(2030)) == AnswerMessage(0, 2030)
    assert parse(answer(10**15)) == AnswerMessage(0, 10**15)
    assert parse(answer(2.5)) == AnswerMessage(0, 2.5)
    assert parse('{"type": "answer", "question": 0, "answer": 1' + "0" * 400 + "}") == (
        BadMessage("bad_message")
    )
