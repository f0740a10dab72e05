"""The player's settings: a small JSON file in the data folder, read leniently, written atomically.

A damaged or hand-edited file never stops the game: unknown keys are dropped, values of the
wrong type fall back to their defaults, and numbers are clamped into range.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from game.errors import StorageError
from game.paths import settings_file
from game.storage.files import write_atomic
from game.storage.reading import parse_json, read_text

FONT_SCALE_MIN = 100
FONT_SCALE_MAX = 200
FONT_SCALE_STEP = 25
TIMER_CHOICES = (15, 30, 45, 60, 90)
MAX_SETTINGS_BYTES = 64 * 1024


@dataclass(frozen=True)
class Settings:
    """What the player can change on the settings screen."""

    fullscreen: bool = False
    font_scale: int = 100  # per cent, FONT_SCALE_MIN..FONT_SCALE_MAX
    sound: bool = True
    quiz_timer: bool = False
    quiz_timer_seconds: int = 30
    colour_blind_safe: bool = True

    def clamped(self) -> Settings:
        scale = min(FONT_SCALE_MAX, max(FONT_SCALE_MIN, int(self.font_scale)))
        seconds = min(max(TIMER_CHOICES), max(min(TIMER_CHOICES), int(self.quiz_timer_seconds)))
        return replace(self, font_scale=scale, quiz_timer_seconds=seconds)


def from_mapping(data: Any) -> Settings:
    """Settings from parsed JSON; anything unusable is replaced by its default."""
    defaults = Settings()
    if not isinstance(data, dict):
        return defaults
    values: dict[str, Any] = {}
    for f in fields(Settings):
        wanted = type(getattr(defaults, f.name))
        value = data.get(f.name)
        # bool is a subclass of int: a "font_scale": true must not pass as 1.
        if isinstance(value, wanted) and (wanted is bool or not isinstance(value, bool)):
            values[f.name] = value
    return replace(defaults, **values).clamped()


def load(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults when there is no readable file."""
    target = path or settings_file()
    try:
        text = read_text(target, limit=MAX_SETTINGS_BYTES)
        return from_mapping(parse_json(text, where=str(target)))
    except StorageError:  # missing, not a file, too big, too deep, damaged: the defaults
        return Settings()


def save(settings: Settings, path: Path | None = None) -> None:
    """Write ``settings`` atomically; raises StorageError when the folder cannot be written."""
    text = json.dumps(asdict(settings.clamped()), indent=2, sort_keys=True) + "\n"
    write_atomic(path or settings_file(), text)
