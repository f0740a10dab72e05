"""Every UI test runs headless, in an off-screen App, with its data folder in a tmp dir."""

from __future__ import annotations

import os

# Set before pygame is imported below: SDL reads them when it starts.
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.content.model import Pack
from game.content.packs import PackEntry
from game.storage.settings import Settings
from game.ui.app import App
from game.ui.session import Session, new_session
from tests.ui.fakes import campaign_pack


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def app() -> Iterator[App]:
    made = App(Settings(), size=(1280, 720), window=False)
    yield made
    pygame.quit()


@pytest.fixture(scope="session")
def pack() -> Pack:
    return campaign_pack()


@pytest.fixture
def shelf(app: App, pack: Pack) -> list[PackEntry]:
    """The fake pack, opened in the app's cache, as the pack list the choose screen shows."""
    app.shared["packs"] = {pack.info.id: pack}
    return [
        PackEntry(pack.info.id, pack.info.title, pack.info.version, Path(pack.root), "built-in")
    ]


@pytest.fixture
def session(app: App, pack: Pack) -> Session:
    app.shared["packs"] = {pack.info.id: pack}
    return new_session(app, pack, "north", seed=7)
