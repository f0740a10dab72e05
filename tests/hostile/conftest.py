"""A data folder in a tmp dir for every hostile-input test (profiles: tests/conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every hostile test keeps its saves, settings and results in a tmp dir."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(folder))
    return folder
