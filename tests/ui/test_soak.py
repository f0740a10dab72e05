"""A seeded storm of random input over every scene (keys, clicks, wheels, resizes, focus
loss, stalls) never raises, and the App always has a scene to show."""

from __future__ import annotations

import random

import pygame
import pytest

from game.storage.settings import Settings
from game.ui import scenes
from game.ui.app import App
from game.ui.session import new_session
from tests.ui.fakes import campaign_pack

KEYS = (
    [pygame.K_TAB, pygame.K_RETURN, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_BACKSPACE]
    + [
        pygame.K_UP,
        pygame.K_DOWN,
        pygame.K_LEFT,
        pygame.K_RIGHT,
        pygame.K_PAGEUP,
        pygame.K_PAGEDOWN,
    ]
    + [pygame.K_HOME, pygame.K_END, pygame.K_F11, pygame.K_KP_ENTER]
    + [getattr(pygame, f"K_{c}") for c in "123456abcdehmnqx0"]
)
EVENTS_PER_RUN = 2500


def random_event(rng: random.Random, size: tuple[int, int]) -> pygame.event.Event:
    w, h = size
    roll = rng.random()
    pos = (rng.randrange(-20, w + 20), rng.randrange(-20, h + 20))
    if roll < 0.5:
        k = rng.choice(KEYS)
        text = pygame.key.name(k) if len(pygame.key.name(k)) == 1 else ""
        mod = pygame.KMOD_SHIFT if rng.random() < 0.1 else 0
        return pygame.event.Event(pygame.KEYDOWN, key=k, unicode=text, mod=mod, scancode=0)
    if roll < 0.7:
        return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=rng.choice((1, 1, 1, 3)))
    if roll < 0.85:
        return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
    if roll < 0.92:
        return pygame.event.Event(
            pygame.MOUSEWHEEL, x=0, y=rng.choice((-3, -1, 1, 3)), flipped=False
        )
    if roll < 0.96:
        new = (rng.randrange(320, 2200), rng.randrange(240, 1300))
        return pygame.event.Event(pygame.VIDEORESIZE, w=new[0], h=new[1], size=new)
    kind = rng.choice((pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED, pygame.WINDOWEXPOSED))
    return pygame.event.Event(kind)


def fresh_app(rng: random.Random) -> App:
    settings = Settings(
        font_scale=rng.choice((100, 150, 200)), colour_blind_safe=rng.random() < 0.5
    )
    app = App(settings, size=(1280, 720), window=False)
    pack = campaign_pack()
    app.shared["packs"] = {pack.info.id: pack}
    app.push(scenes.open_scene(app, "title"))
    session = new_session(app, pack, rng.choice(("north", "south")), rng.randrange(1000))
    app.push(scenes.open_scene(app, "campaign", session=session))
    return app


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_input_over_every_scene_never_raises(seed: int) -> None:
    rng = random.Random(seed)
    app = fresh_app(rng)
    seen: set[str] = set()
    sent = 0
    while sent < EVENTS_PER_RUN:
        batch = [random_event(rng, app.surface.get_size()) for _ in range(rng.randrange(1, 6))]
        sent += len(batch)
        dt = rng.choice((0.0, 1 / 60, 1 / 30, 0.5, 3.0))
        app.step(batch, dt)
        if not app.running or not app.scenes:
            app = fresh_app(rng)
        seen.add(app.top.name)
        assert app.surface.get_width() >= 1
    assert len(seen) >= 5, seen
    pygame.quit()
