"""Every UI test runs headless, in an off-screen App, with its data folder in a tmp dir."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.content.model import Pack  # noqa: E402
from game.content.packs import PackEntry  # noqa: E402
from game.storage.settings import Settings  # noqa: E402
from game.ui.app import App  # noqa: E402
from game.ui.session import Session, new_session  # noqa: E402
from tests.ui.fakes import campaign_pack  # noqa: E402


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
