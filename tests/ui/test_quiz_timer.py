"""The quiz timer: when it runs out the question is answered as out of time (``TimeUp``),
graded wrong at no cost, and the reveal shows the sourced answer under "Time is up"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pygame
import pytest

from game.content.model import Pack
from game.quiz.engine import right_answer
from game.storage.settings import Settings
from game.ui import scenes
from game.ui.app import MAX_DT, App
from game.ui.scenes.quiz import QuizScene
from game.ui.session import Session, new_session
from tests.ui.helpers import press, until_question

SECONDS = 15


@pytest.fixture
def timed_app() -> Iterator[App]:
    made = App(
        Settings(quiz_timer=True, quiz_timer_seconds=SECONDS), size=(1280, 720), window=False
    )
    yield made
    pygame.quit()


@pytest.fixture
def timed_session(timed_app: App, pack: Pack) -> Session:
    timed_app.shared["packs"] = {pack.info.id: pack}
    return until_question(new_session(timed_app, pack, "north", seed=7))


def open_quiz(app: App, session: Session) -> QuizScene:
    app.push(scenes.open_scene(app, "title"))
    app.push(scenes.open_scene(app, "campaign", session=session))
    app.step([])
    assert isinstance(app.top, QuizScene)
    return app.top


def wait(app: App, seconds: float) -> None:
    """Let ``seconds`` of game time pass, one clamped frame at a time (a fake clock)."""
    steps = round(seconds / MAX_DT)
    for _ in range(steps):
        app.step([], dt=MAX_DT)


def test_the_question_stays_open_while_time_is_left(timed_app: App, timed_session: Session):
    quiz = open_quiz(timed_app, timed_session)
    wait(timed_app, SECONDS - 1)
    assert quiz.result is None
    assert timed_session.state.checkpoint is not None
    assert timed_session.state.quiz_log == ()
    assert 0 < quiz.time_left <= 1.0 + 1e-6


def test_running_out_of_time_answers_the_question_as_timed_out(
    timed_app: App, timed_session: Session
):
    quiz = open_quiz(timed_app, timed_session)
    stock = timed_session.state.stock
    wait(timed_app, SECONDS + 1)
    state = timed_session.state
    assert state.checkpoint is None
    (record,) = state.quiz_log
    assert record.timed_out and not record.correct
    assert state.stock == stock  # no bonus, and no cost
    assert quiz.result is not None and quiz.result.timed_out
    assert not quiz.result.reveal.correct


def test_the_reveal_after_time_runs_out_says_time_is_up_and_shows_the_source(
    timed_app: App, timed_session: Session
):
    quiz = open_quiz(timed_app, timed_session)
    wait(timed_app, SECONDS + 1)
    assert quiz.verdict == "Time is up."
    reveal = quiz.result.reveal
    assert reveal.right_answer and reveal.citations
    assert reveal.citations[0].as_reported.startswith("as reported on")
    assert not quiz.animating  # the timer stops once the answer is shown
    press(timed_app, pygame.K_RETURN)
    assert timed_app.top is not None and timed_app.top.name == "campaign"


def test_a_wrong_answer_in_time_still_says_not_quite(timed_app: App, timed_session: Session):
    quiz = open_quiz(timed_app, timed_session)
    checkpoint = timed_session.state.checkpoint
    item = timed_session.state.index.quiz[checkpoint.item_id]
    assert checkpoint.question.type in ("choice", "true_false")
    wrong = (right_answer(item, checkpoint.question) + 1) % len(checkpoint.question.choices)
    press(timed_app, pygame.K_1 + wrong)
    wait(timed_app, SECONDS + 1)
    assert quiz.verdict == "Not quite."
    assert timed_session.state.quiz_log[0].timed_out is False


def test_with_the_timer_off_time_never_runs_out(app: App, session: Session):
    app.settings = replace(app.settings, quiz_timer=False)
    quiz = open_quiz(app, until_question(session))
    wait(app, 120)
    assert quiz.result is None and session.state.checkpoint is not None
