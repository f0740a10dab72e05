"""The projector with students' devices: the join screen, the quiz on the room's session,
J for latecomers, and the server stopped when the teacher leaves."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.quiz.engine import right_answer
from game.ui.app import App
from game.ui.scenes.classroom_join import ClassroomJoinScene
from game.ui.scenes.classroom_run import ClassroomScene
from game.ui.scenes.classroom_setup import DEVICES_OPENER, ClassroomSetupScene, SetupChoices
from game.web.host import open_devices
from tests.quiz.fakes import fake_pack
from tests.ui.classroom_driver import key


def devices_app(folder: Path, opener: object = open_devices) -> App:
    app = App(window=False, size=(1280, 720))
    pack = fake_pack()
    app.shared["classroom-packs"] = {pack.info.id: pack}
    if opener is not None:
        app.shared[DEVICES_OPENER] = opener
    choices = SetupChoices(
        pack=pack.info.id,
        questions=4,
        teams=(),
        timer=20,
        seed=3,
        devices=True,
        listen="127.0.0.1",
        port=0,
        room="TEST",
    )
    app.push(ClassroomSetupScene(app, choices, folder=folder))
    app.step([key(pygame.K_RETURN)])
    return app


def test_starting_with_devices_shows_the_join_screen_with_the_clock_stopped(tmp_path: Path):
    app = devices_app(tmp_path)
    join = app.top
    assert isinstance(join, ClassroomJoinScene)
    room = join.host.room
    try:
        assert room.session.paused and room.session.settings.room == "TEST"
        assert join.host.url.endswith("/?room=TEST") and "127.0.0.1" in join.host.url
        room.join("Ada")
        app.step([], 0.1)
        app.render()
        app.step([key(pygame.K_RETURN)])
        quiz = app.top
        assert isinstance(quiz, ClassroomScene)
        assert not room.session.paused
        assert "Join at http://127.0.0.1" in quiz.typing_line()
    finally:
        join.host.close()


def test_the_projector_shows_students_answers_and_drives_the_room(tmp_path: Path) -> None:
    app = devices_app(tmp_path)
    host = app.top.host  # type: ignore[union-attr]
    try:
        app.step([key(pygame.K_RETURN)])
        quiz = app.top
        assert isinstance(quiz, ClassroomScene)
        ada = host.room.join("Ada")
        s = host.room.session
        good = right_answer(s.item, s.question)
        assert host.room.answer(ada.player, 0, good)[0] is None
        app.step([], 0.1)  # the scene picks up the room's session
        assert len(quiz.session.entries) == 1
        app.step([key(pygame.K_1), key(pygame.K_a)])  # team keys do nothing with devices
        assert len(host.room.session.entries) == 1
        app.step([key(pygame.K_SPACE)])
        assert host.room.session.phase == "locked"
        app.step([key(pygame.K_j)])
        assert isinstance(app.top, ClassroomJoinScene)
        app.render()
        app.step([key(pygame.K_ESCAPE)])
        assert app.top is quiz
        app.step([key(pygame.K_SPACE)])
        assert host.room.session.phase == "reveal"
        app.render()
        app.step([key(pygame.K_ESCAPE)])
        app.step([key(pygame.K_ESCAPE)])  # leaving the quiz stops the server
        assert not app.scenes or app.top is not quiz
        assert host.server.loop is not None and host.server.loop.is_closed()
    finally:
        host.close()


def test_without_an_opener_the_set_up_screen_says_why(tmp_path: Path) -> None:
    app = devices_app(tmp_path, opener=None)
    setup = app.top
    assert isinstance(setup, ClassroomSetupScene)
    assert "cannot be used from here" in setup.message


def test_with_devices_on_the_answer_mode_is_each_student_on_their_own() -> None:
    app = App(window=False, size=(1280, 720))
    pack = fake_pack()
    app.shared["classroom-packs"] = {pack.info.id: pack}
    choices = SetupChoices(pack=pack.info.id, questions=4, show_of_hands=True, devices=True)
    setup = ClassroomSetupScene(app, choices)
    mode, devices = setup.controls["mode"], setup.controls["devices"]
    assert mode.fixed == "Each on their own device"
    assert not setup.choices_now().show_of_hands
    mode.step(1)  # a fixed mode does not change
    assert mode.index == 1
    devices.step(1)  # devices off: the teacher picks team keys or a show of hands again
    assert mode.fixed == "" and setup.choices_now().show_of_hands
