"""The game window's side of a campaign: opening packs once per run, and starting or
resuming a campaign with its problems told on screen.

The campaign itself (apply, autosave, outcome queue) is ``game.services.campaign``;
``Session`` is its name in the scenes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.content.model import Pack
from game.errors import SpaceAccordError
from game.quiz import pack_check
from game.services import campaign
from game.services.campaign import (
    CampaignService,
    finished_name,
    latest_save,
    list_saves,
    scan_saves,
)
from game.storage import saves

if TYPE_CHECKING:
    from game.ui.app import App

Session = CampaignService

__all__ = [
    "Session",
    "finished_name",
    "latest_save",
    "latest_save_label",
    "list_saves",
    "load_latest",
    "load_session",
    "new_session",
    "open_pack",
    "save_label",
    "scan_saves",
]


def open_pack(app: App, pack_id: str) -> Pack:
    """The pack ``pack_id``, opened (and checked) once per run of the game."""
    packs: dict[str, Pack] = app.shared.setdefault("packs", {})
    if pack_id not in packs:
        packs[pack_id] = pack_check.open_pack(pack_id)
    return packs[pack_id]


def new_session(
    app: App, pack: Pack, agency_id: str, seed: int, scenario: str | None = None
) -> Session:
    return campaign.start(pack, agency_id, seed, on_error=app.notify, scenario=scenario)


def load_session(app: App, path: Path | str) -> Session | None:
    """The campaign saved at ``path``, or None (with a message on screen) if it is unusable."""
    try:
        return campaign.resume(path, lambda pack_id: open_pack(app, pack_id), app.notify)
    except SpaceAccordError as error:
        app.notify(f"Could not load that save: {error}", 6.0)
        return None


def load_latest(app: App) -> Session | None:
    info = latest_save()
    if info is None:
        app.notify("There is no saved campaign yet.")
        return None
    return load_session(app, info.path)


def save_label(info: saves.SaveInfo) -> str:
    """'ESA · 1987 · autosave' for the load list and the title screen."""
    kind = "autosave" if info.autosave else info.name
    return f"{info.agency.upper()} · {info.year} · {kind} · {info.pack_id}"


def latest_save_label() -> str:
    info = latest_save()
    return save_label(info) if info else ""
