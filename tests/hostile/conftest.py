"""Hypothesis profiles for the hostile-input tests, and a data folder in a tmp dir.

``make fuzz`` sets ``HYPOTHESIS_PROFILE=slow`` and runs ``pytest -m slow``: the long fuzz
tests then draw thousands of examples. Without the variable nothing is loaded, so other
test folders keep hypothesis's defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

settings.register_profile(
    "slow",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_PROFILE = os.environ.get("HYPOTHESIS_PROFILE")
if _PROFILE:
    settings.load_profile(_PROFILE)


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every hostile test keeps its saves, settings and results in a tmp dir."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(folder))
    return folder
