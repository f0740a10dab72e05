"""The quiz checkpoint's answer inputs: hints that name the real keys, the reveal saying
what the student answered, an order checked with Enter, the pairs of a match."""

from __future__ import annotations

import dataclasses
import random

import pygame

from game.content.model import Pack, Pair, QuizItem
from game.quiz.engine import make_question, right_answer, right_answer_text
from game.quiz.question import Question
from game.sim import EndYear
from game.sim.state import Checkpoint, evolve
from game.ui.answer_inputs import input_for
from game.ui.answer_inputs.order import OrderInput
from game.ui.app import App
from game.ui.scenes.quiz import QuizScene
from game.ui.session import Session, new_session
from tests import fakes as make
from tests.ui.helpers import key, press


def ask_hint(kind: str, count: int) -> str:
    question = Question("q", kind, "Which?", tuple(f"Choice {n}" for n in range(count)))
    return input_for(kind)(question, lambda _answer: None, None).hint()  # type: ignore[arg-type]


def test_the_order_hint_names_the_keys_of_as_many_items_as_there_are() -> None:
    assert "(1-3 or click)" in ask_hint("order", 3)
    assert "(1-4 or click)" in ask_hint("order", 4)
    assert "Press 1-2 or A-B" in ask_hint("true_false", 2)
    assert "Press 1-4 or A-D" in ask_hint("choice", 4)


def open_quiz(app: App, session: Session) -> QuizScene:
    for _ in range(10):  # years until a question opens
        if session.state.checkpoint is not None:
            break
        session.send(EndYear(), queue=False)
    assert session.state.checkpoint is not None
    scene = QuizScene(app, session)
    app.push(scene)
    app.render()
    return scene


def test_the_reveal_says_what_the_student_answered(app: App, session: Session) -> None:
    scene = open_quiz(app, session)
    kind = scene.question.type
    if kind == "number":
        scene.send(25.0)
        expected = f"You answered: 25 {scene.question.unit}".strip()
    elif kind == "order":
        press(app, *[pygame.K_1 + i for i in range(len(scene.question.choices))])
        expected = "You answered: " + " → ".join(scene.question.choices)
        press(app, pygame.K_RETURN)
    else:
        press(app, pygame.K_1)
        expected = f"You answered: {scene.question.choices[0]}"
    assert scene.result is not None
    assert scene.reveal_text.paras[0].text == expected


def test_enter_checks_an_order_once_every_item_is_placed(app: App, session: Session) -> None:
    scene = open_quiz(app, session)
    sent: list[object] = []
    question = dataclasses.replace(scene.question, type="order")
    scene.input = OrderInput(question, sent.append, scene)
    scene.input.order = list(range(len(scene.input.answers)))
    scene.focus.focus(scene.input.answers[0])
    scene.handle(key(pygame.K_RETURN))
    assert sent == [tuple(range(len(scene.input.answers)))]


def match_session(app: App, pack: Pack) -> tuple[Session, QuizItem]:
    """A campaign whose pending checkpoint is a match of three pairs."""
    pairs = (Pair(left="North", right="Rockets"), Pair(left="South", right="Cameras"))
    item = make.quiz_item(
        "who-builds-what",
        (pack.facts[0].id,),
        "match",
        pairs=(*pairs, Pair(left="East", right="Ground stations")),
    )
    with_match = dataclasses.replace(pack, quiz=(*pack.quiz, item))
    app.shared["packs"] = {pack.info.id: with_match}
    session = new_session(app, with_match, "north", seed=7)
    question = make_question(item, random.Random(4))
    checkpoint = Checkpoint(item.id, question, session.state.year, "test")
    session.state = evolve(session.state, checkpoint=checkpoint)
    return session, item


def test_a_match_is_answered_by_picking_the_partner_of_each_row_in_turn(
    app: App, pack: Pack
) -> None:
    session, item = match_session(app, pack)
    scene = QuizScene(app, session)
    app.push(scene)
    app.render()
    assert "For each row in turn" in scene.input.hint()
    good = right_answer(item, scene.question)
    assert isinstance(good, tuple)
    press(app, *[pygame.K_1 + index for index in good])
    press(app, pygame.K_RETURN)
    assert scene.result is not None and scene.result.reveal.correct
    assert scene.reveal_text.paras[0].text == "You answered: " + right_answer_text(item)


def test_a_match_left_half_done_is_not_sent(app: App, pack: Pack) -> None:
    session, _item = match_session(app, pack)
    scene = QuizScene(app, session)
    app.push(scene)
    app.render()
    press(app, pygame.K_1, pygame.K_RETURN)
    assert scene.result is None
    scene.input.send_order()
    assert scene.result is None and "every row" in scene.input.message
