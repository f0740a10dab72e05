"""Drives a classroom session headless with scripted keys, for the tests (not a test itself).

``python -m tests.ui.classroom_driver FOLDER QUESTIONS`` starts a quiz on the fake pack with
results in FOLDER, answers QUESTIONS questions in full (team 1 right, team 2 wrong, reveal,
standings, next), enters team 1's answer to the next one, prints READY and waits to be
killed: the test sends SIGKILL and checks that nothing entered was lost.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pygame

from game.quiz.engine import LETTERS, right_answer
from game.ui.app import App
from game.ui.scenes.classroom_run import ClassroomScene
from game.ui.scenes.classroom_setup import ClassroomSetupScene, SetupChoices
from tests.fake_clock import FakeClock
from tests.quiz.fakes import fake_pack

KEY_OF_LETTER = {c: getattr(pygame, f"K_{c.lower()}") for c in LETTERS}


def key(k: int, text: str = "") -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, unicode=text, mod=0)


def answer_keys(scene: ClassroomScene, team: int, right: bool) -> list[pygame.event.Event]:
    """The keys a teacher presses to enter team ``team``'s right (or a wrong) answer."""
    s = scene.session
    good = right_answer(s.item, s.question)
    events = [key(getattr(pygame, f"K_{team + 1}"))]
    if s.question.type == "number":
        value = float(s.item.answer) + (0 if right else 100)
        events += [key(pygame.K_0, ch) for ch in f"{value:g}"] + [key(pygame.K_RETURN)]
    elif isinstance(good, tuple):  # an order, or a match's partners row by row
        order = good if right else tuple(reversed(good))
        events += [key(KEY_OF_LETTER[LETTERS[i]]) for i in order] + [key(pygame.K_RETURN)]
    else:
        assert isinstance(good, int)
        index = good if right else (good + 1) % len(s.question.choices)
        events.append(key(KEY_OF_LETTER[LETTERS[index]]))
    return events


def start_app(folder: Path, clock: FakeClock | None = None, **choices: object) -> App:
    """An off-screen app on the set-up screen for the fake pack, then Enter. The question
    clock is ``clock`` (a stopped one if None): it moves only when the test moves it."""
    app = App(window=False, size=(1280, 720))
    pack = fake_pack()
    app.shared["classroom-packs"] = {pack.info.id: pack}
    values: dict[str, object] = {"pack": pack.info.id, "questions": 6, "teams": ("Red", "Blue")}
    values["seed"] = 21
    values.update(choices)
    scene = ClassroomSetupScene(
        app,
        SetupChoices(**values),  # type: ignore[arg-type]
        folder=folder,
        clock=clock if clock is not None else FakeClock(),
    )
    app.push(scene)
    app.step([key(pygame.K_RETURN)])
    return app


def play_questions(app: App, count: int) -> None:
    """Answer ``count`` questions in full: Red right, Blue wrong, then move on."""
    for _ in range(count):
        scene = app.top
        assert isinstance(scene, ClassroomScene)
        app.step(answer_keys(scene, 0, True))
        app.step(answer_keys(scene, 1, False))
        app.step([key(pygame.K_SPACE), key(pygame.K_SPACE), key(pygame.K_SPACE)])
        app.step([key(pygame.K_SPACE)])


def main() -> int:
    folder, count = Path(sys.argv[1]), int(sys.argv[2])
    app = start_app(folder)
    play_questions(app, count)
    scene = app.top
    assert isinstance(scene, ClassroomScene)
    app.step(answer_keys(scene, 0, True))
    print("READY", scene.log.path if scene.log else "", flush=True)
    time.sleep(120)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    raise SystemExit(main())
