"""Event makers and small scenes for the UI tests."""

from __future__ import annotations

import pygame

from game.sim import EndYear
from game.ui.app import App
from game.ui.scene import Scene
from game.ui.session import Session


def key(k: int, text: str = "", mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, unicode=text, mod=mod, scancode=0)


def click(pos: tuple[int, int], button: int = 1) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button)


def move(pos: tuple[int, int]) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))


def press(app: App, *keys: int) -> None:
    for k in keys:
        app.step([key(k)])


class Recorder(Scene):
    """A scene that writes down every hook the App calls."""

    def __init__(self, app: App, name: str, log: list[str], *, opaque: bool = True) -> None:
        super().__init__(app)
        self.name = name
        self.log = log
        self.opaque = opaque
        self.draws = 0

    def enter(self) -> None:
        self.log.append(f"{self.name}.enter")

    def exit(self) -> None:
        self.log.append(f"{self.name}.exit")

    def pause(self) -> None:
        self.log.append(f"{self.name}.pause")

    def resume(self) -> None:
        self.log.append(f"{self.name}.resume")

    def layout(self, rect: pygame.Rect) -> None:
        self.log.append(f"{self.name}.layout {rect.w}x{rect.h}")

    def draw(self, surface: pygame.Surface) -> None:
        self.draws += 1
        super().draw(surface)


def until_question(session: Session) -> Session:
    """End years until a quiz checkpoint is open (none opens before something is lived)."""
    for _ in range(session.state.end_year - session.state.year):
        if session.state.checkpoint is not None:
            break
        session.send(EndYear(), queue=False)
    assert session.state.checkpoint is not None, "the fake pack asks nothing"
    return session
