"""A scripted walk through every classroom screen, for ``tour`` and the README pictures.

``tour_classroom(app, shot)`` pushes the set-up screen (three teams, a 30-second timer,
seed 7), starts the quiz, enters a few answers, and calls ``shot(name)`` on each screen:
set-up, question, reveal, standings, podium and summary. ``tour_devices`` does the same with
students' devices on: the join screen with a few students joined, then a question and its
reveal with their answers. Both leave the app where they found it (the scenes popped).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pygame

from game.quiz.engine import LETTERS, right_answer
from game.quiz.says_who import is_generated
from game.ui.answer_inputs import input_for
from game.ui.scenes.classroom_run import ClassroomScene
from game.ui.scenes.classroom_setup import ClassroomSetupScene, SetupChoices

TOUR_TEAMS = ("Comets", "Nebulas", "Quasars")
TOUR_SEED = 7
TOUR_QUESTIONS = 4
TOUR_STUDENTS = ("Amara", "Ben", "Chen Li", "Dana", "<script>Eve</script>", "Farid", "Gosia")
TOUR_PORT = 8765  # a free port is taken instead when this one is busy


class _TourClock:
    """A question clock that moves only when the tour says, so its pictures never change."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


def _press(app: Any, key: int, text: str = "") -> None:
    app.step([pygame.event.Event(pygame.KEYDOWN, key=key, unicode=text, mod=0, scancode=0)])
    app.step([], 1 / 30)


def _answer(app: Any, scene: ClassroomScene, team: int, right: bool) -> None:
    """Type team ``team``'s answer: right, or the first wrong one."""
    s = scene.session
    good = right_answer(s.item, s.question)
    _press(app, pygame.K_1 + team, str(team + 1))
    if isinstance(good, tuple):
        order = good if right else tuple(reversed(good))
        for index in order:
            letter = LETTERS[index].lower()
            _press(app, getattr(pygame, f"K_{letter}"), letter)
        _press(app, pygame.K_RETURN)
    elif input_for(s.question.type).typing == "digits":
        value = float(s.item.answer) + (0 if right else 5)
        for char in f"{value:g}":
            _press(app, pygame.K_0, char)
        _press(app, pygame.K_RETURN)
    else:
        index = int(good) if right else (int(good) + 1) % len(s.question.choices)
        letter = LETTERS[int(index)].lower()
        _press(app, getattr(pygame, f"K_{letter}"), letter)


def tour_classroom(app: Any, shot: Callable[[str], None], pack_id: str | None = None) -> None:
    """Walk the classroom screens of ``app`` (an off-screen App), calling ``shot`` on each."""
    choices = SetupChoices(
        pack=pack_id,
        questions=TOUR_QUESTIONS,
        teams=TOUR_TEAMS,
        timer=30,
        seed=TOUR_SEED,
        says_who=1,  # one generated "says who, and when?" question among the pack's own
    )
    depth = len(app.scenes)
    clock = _TourClock()
    app.push(ClassroomSetupScene(app, choices, clock=clock))
    app.step([], 1 / 30)
    shot("classroom-setup")
    _press(app, pygame.K_RETURN)
    scene = app.top
    if not isinstance(scene, ClassroomScene):  # no pack could be opened: nothing more to see
        while len(app.scenes) > depth:
            app.pop()
        return
    clock.seconds += 4  # let the clock run a little
    app.step([], 0.1)
    _answer(app, scene, 0, True)
    _answer(app, scene, 1, False)
    _press(app, pygame.K_3, "3")
    shot("classroom-question")
    _answer(app, scene, 2, True)
    _press(app, pygame.K_SPACE)
    _press(app, pygame.K_SPACE)
    shot("classroom-reveal")
    _press(app, pygame.K_SPACE)
    for number in range(1, len(scene.session.items)):
        _press(app, pygame.K_SPACE)
        for team in range(len(TOUR_TEAMS)):
            _answer(app, scene, team, (team + number) % 3 != 1)
        _press(app, pygame.K_SPACE)
        _press(app, pygame.K_SPACE)
        if is_generated(scene.session.item.id):
            shot("classroom-says-who-reveal")
        _press(app, pygame.K_SPACE)
    shot("classroom-standings")
    _press(app, pygame.K_SPACE)
    shot("classroom-podium")
    _press(app, pygame.K_RETURN)
    shot("classroom-summary")
    while len(app.scenes) > depth:
        app.pop()


def tour_devices(app: Any, shot: Callable[[str], None], pack_id: str | None = None) -> None:
    """The join screen and a question answered from devices, on the loopback address."""
    depth = len(app.scenes)
    for port in (TOUR_PORT, 0):
        choices = SetupChoices(
            pack=pack_id,
            questions=TOUR_QUESTIONS,
            teams=(),
            timer=None,
            seed=TOUR_SEED,
            devices=True,
            listen="127.0.0.1",
            port=port,
            room="STAR",
        )
        app.push(ClassroomSetupScene(app, choices))
        app.step([], 1 / 30)
        _press(app, pygame.K_RETURN)
        host = getattr(app.top, "host", None)
        if host is not None:
            break
        app.pop()
    if host is None:
        return
    room = host.room
    joined = [room.join(name) for name in TOUR_STUDENTS]
    app.step([], 1 / 30)
    shot("classroom-join")
    _press(app, pygame.K_RETURN)
    s = room.session
    good = right_answer(s.item, s.question)
    for n, student in enumerate(joined):
        wrong = (int(good) + 1) % len(s.question.choices) if isinstance(good, int) else good
        room.answer(student.player, 0, good if n % 3 else wrong)
    room.flush()
    app.step([], 1 / 30)
    shot("classroom-devices-question")
    _press(app, pygame.K_SPACE)
    _press(app, pygame.K_SPACE)
    shot("classroom-devices-reveal")
    while len(app.scenes) > depth:
        app.pop()
    host.close()
