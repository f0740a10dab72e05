"""Sound effects made by the game itself (short synthesised tones): no files, no licences.

The mixer is opened lazily inside try/except: a machine with no audio device simply plays
nothing. ``Sound.play(name)`` is always safe to call.
"""

from __future__ import annotations

import contextlib
import math
from array import array

import pygame

# name -> notes (frequency in Hz, seconds); 0 Hz is a rest.
TUNES: dict[str, tuple[tuple[float, float], ...]] = {
    "click": ((660, 0.04),),
    "right": ((523, 0.09), (659, 0.09), (784, 0.16)),
    "wrong": ((330, 0.12), (247, 0.22)),
    "launch": ((196, 0.1), (262, 0.1), (392, 0.1), (523, 0.3)),
    "fail": ((392, 0.12), (311, 0.12), (233, 0.3)),
    "sign": ((440, 0.08), (554, 0.14)),
}


class Sound:
    def __init__(self, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self._ready: bool | None = None  # None: not tried yet
        self._sounds: dict[str, pygame.mixer.Sound] = {}

    def _open(self) -> bool:
        if self._ready is None:
            try:
                pygame.mixer.init(frequency=22050, size=-16, channels=1)
                self._ready = pygame.mixer.get_init() is not None
            except (pygame.error, OSError):
                self._ready = False
        return bool(self._ready)

    def play(self, name: str) -> None:
        if not self.enabled or name not in TUNES or not self._open():
            return
        try:
            sound = self._sounds.get(name)
            if sound is None:
                sound = self._sounds[name] = self._make(TUNES[name])
            sound.play()
        except (pygame.error, ValueError):
            self._ready = False

    def _make(self, notes: tuple[tuple[float, float], ...]) -> pygame.mixer.Sound:
        init = pygame.mixer.get_init()
        rate, _, channels = init if init else (22050, -16, 1)
        samples = array("h")
        for frequency, seconds in notes:
            count = int(rate * seconds)
            for i in range(count):
                fade = min(1.0, (count - i) / (rate * 0.02), i / (rate * 0.005) + 0.01)
                value = math.sin(2 * math.pi * frequency * i / rate) if frequency else 0.0
                sample = int(6000 * value * fade)
                for _ in range(channels):
                    samples.append(sample)
        return pygame.mixer.Sound(buffer=samples.tobytes())

    def close(self) -> None:
        if self._ready:
            with contextlib.suppress(pygame.error):
                pygame.mixer.quit()
        self._ready = None
