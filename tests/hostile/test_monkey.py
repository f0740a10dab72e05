"""A seeded monkey over every screen of the real built-in pack: random keys, clicks, wheels,
text, resizes down to 1x1 and up to huge, focus loss and stalls, with no audio device or
with the font files missing. Nothing may raise and the App must always have a scene.

(tests/ui/test_soak.py drives a fake pack at ordinary sizes; this adds the extremes.)
"""

from __future__ import annotations

import contextlib
import functools
import random
from pathlib import Path

import pygame
import pytest

from game.content.model import Pack
from game.quiz.pack_check import open_pack
from game.storage.settings import Settings
from game.ui import scenes
from game.ui.app import App
from game.ui.session import new_session
from game.ui.sound import TUNES, Sound
from game.ui.text import TextCache

QUICK_EVENTS = 500
SLOW_EVENTS = 10_000
KEYS = [
    pygame.K_TAB, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_ESCAPE,
    pygame.K_BACKSPACE, pygame.K_DELETE, pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT,
    pygame.K_RIGHT, pygame.K_PAGEUP, pygame.K_PAGEDOWN, pygame.K_HOME, pygame.K_END,
    pygame.K_F1, pygame.K_F11, *(getattr(pygame, f"K_{c}") for c in "0123456789abcdeghlmnpqrstyz"),
]  # fmt: skip
SIZES = [(480, 320), (800, 600), (1280, 720), (1280, 720), (2560, 1440)]
HUGE = [*SIZES, (3840, 2160), (7680, 4320)]
TINY = [(1, 1), (2, 300), (300, 2), (64, 48), (320, 240)]
SCENE_NAMES = sorted(scenes.SCENES)


@functools.cache
def pack() -> Pack:
    return open_pack("space-cooperation")


def _event(
    rng: random.Random, size: tuple[int, int], sizes: list[tuple[int, int]]
) -> pygame.event.Event:
    w, h = size
    pos = (rng.randrange(-50, w + 50), rng.randrange(-50, h + 50))
    roll = rng.random()
    if roll < 0.45:
        key = rng.choice(KEYS)
        name = pygame.key.name(key)
        mod = rng.choice((0, 0, 0, pygame.KMOD_SHIFT, pygame.KMOD_CTRL, pygame.KMOD_ALT))
        kind = pygame.KEYDOWN if rng.random() < 0.85 else pygame.KEYUP
        return pygame.event.Event(
            kind, key=key, unicode=name if len(name) == 1 else "", mod=mod, scancode=0
        )
    if roll < 0.5:
        text = rng.choice(["a", "Z", "é", "日本", "🚀", "x" * 300, ""])
        return pygame.event.Event(pygame.TEXTINPUT, text=text)
    if roll < 0.68:
        kind = rng.choice((pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP))
        return pygame.event.Event(kind, pos=pos, button=rng.choice((1, 1, 2, 3, 4, 5)))
    if roll < 0.8:
        return pygame.event.Event(
            pygame.MOUSEMOTION, pos=pos, rel=(1, 1), buttons=(rng.randrange(2), 0, 0)
        )
    if roll < 0.86:
        return pygame.event.Event(
            pygame.MOUSEWHEEL, x=0, y=rng.choice((-30, -1, 1, 30)), flipped=False
        )
    if roll < 0.93:
        new = rng.choice(sizes)
        return pygame.event.Event(pygame.VIDEORESIZE, w=new[0], h=new[1], size=new)
    kind = rng.choice(
        (pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED, pygame.WINDOWMINIMIZED,
         pygame.WINDOWRESTORED, pygame.ACTIVEEVENT, pygame.WINDOWLEAVE)
    )  # fmt: skip
    return pygame.event.Event(kind, gain=0, state=2)


def _fresh_app(rng: random.Random, text: TextCache | None = None) -> App:
    app = App(
        Settings(font_scale=rng.choice((100, 200)), sound=True), size=(1280, 720), window=False
    )
    if text is not None:
        app.text = text
    app.shared["packs"] = {"space-cooperation": pack()}
    app.push(scenes.open_scene(app, "title"))
    session = new_session(app, pack(), rng.choice(("cnsa", "roscosmos", "abae")), rng.randrange(99))
    app.push(scenes.open_scene(app, "campaign", session=session))
    name = rng.choice(SCENE_NAMES)
    needs_question = name == "quiz" and session.state.checkpoint is None
    if name not in ("title", "campaign") and not needs_question and rng.random() < 0.5:
        # a scene that needs other arguments is reached by the monkey instead
        with contextlib.suppress(TypeError):
            app.push(scenes.open_scene(app, name, session=session))
    return app


def _monkey(
    seed: int, events: int, text: TextCache | None = None, sizes: list[tuple[int, int]] = SIZES
) -> set[str]:
    rng = random.Random(seed)
    app = _fresh_app(rng, text)
    seen: set[str] = set()
    sent = 0
    try:
        while sent < events:
            batch = [_event(rng, app.surface.get_size(), sizes) for _ in range(rng.randrange(1, 8))]
            sent += len(batch)
            app.step(batch, rng.choice((0.0, 1 / 60, 0.25, 5.0)))
            if not app.running or not app.scenes:
                app = _fresh_app(rng, text)
            assert app.top is not None
            seen.add(type(app.top).__name__)
    finally:
        pygame.quit()
    return seen


@pytest.mark.parametrize("seed", [11, 12])
def test_a_monkey_at_extreme_sizes_never_breaks_the_game(seed: int) -> None:
    seen = _monkey(seed, QUICK_EVENTS)
    assert len(seen) >= 3, seen


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(21, 24))
def test_ten_thousand_monkey_events_never_break_the_game(seed: int) -> None:
    seen = _monkey(seed, SLOW_EVENTS, sizes=HUGE)
    assert len(seen) >= 5, seen


def test_a_monkey_in_a_tiny_window_never_breaks_the_game() -> None:
    seen = _monkey(13, QUICK_EVENTS // 2, sizes=TINY)
    assert len(seen) >= 3, seen  # it got about, not stuck on one screen


def test_the_game_draws_with_its_font_files_missing(tmp_path: Path) -> None:
    missing = TextCache(regular=tmp_path / "gone.ttf", bold=tmp_path / "gone-bold.ttf")
    _monkey(31, 200, text=missing)
    assert missing.fallback_used


def test_the_game_draws_with_a_corrupt_font_file(tmp_path: Path) -> None:
    (tmp_path / "broken.ttf").write_bytes(b"not a font at all" * 10)
    broken = TextCache(regular=tmp_path / "broken.ttf", bold=tmp_path / "broken.ttf")
    _monkey(33, 200, text=broken)
    assert broken.fallback_used


def test_text_of_only_zero_width_characters_draws() -> None:
    pygame.font.init()
    try:
        image = TextCache().render("\u202e", 24, (255, 255, 255), 200)
        assert image.get_height() > 0
    finally:
        pygame.quit()


def test_sound_with_no_audio_device_is_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-audio-driver")
    pygame.mixer.quit()
    sound = Sound(enabled=True)
    for name in (*TUNES, "no-such-tune"):
        sound.play(name)
    assert not sound._open()
    _monkey(32, 150)
