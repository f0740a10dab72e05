"""A quick load test: 100 raw websocket clients answer the same question at once."""

from __future__ import annotations

from tests.web.load import run_load


def test_a_hundred_students_answering_at_once_lose_no_answer() -> None:
    result = run_load(100)
    assert result.acked == result.sent == 100
    assert result.kept == 100
    assert result.logged == 100  # each answer on disk once
