"""The campaign being played, as the UI sees it: the current state, the options the rules
allow, and the outcomes of the last action, queued for the scenes that show them.

This is the only module of the UI that calls the simulation and the saves. It decides
nothing: ``send`` hands an action to ``game.sim.apply``, keeps the new state, autosaves it,
and returns the outcomes; "can I do this?" is always ``option(action)`` from the rules'
``legal_actions``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import game.sim as sim
from game.content.model import Pack
from game.errors import SpaceAccordError
from game.quiz import pack_check
from game.sim import Action, Option
from game.storage import saves

if TYPE_CHECKING:
    from game.sim import GameState
    from game.ui.app import App


@dataclass
class Session:
    """One campaign in play. ``pending`` holds outcomes waiting to be shown, oldest first."""

    state: GameState
    on_error: Callable[[str], None] = print
    pending: deque[Any] = field(default_factory=deque)
    #: A checkpoint the player put off (Esc): not opened again until they ask for it.
    deferred: object = None
    _options: list[Option] | None = None
    _options_for: object = None

    @property
    def pack(self) -> Pack:
        return self.state.pack

    def options(self) -> list[Option]:
        """Every option now (from the rules), computed once per state."""
        if self._options_for is not self.state or self._options is None:
            self._options = sim.legal_actions(self.state)
            self._options_for = self.state
        return self._options

    def option(self, action: object) -> Option | None:
        """The rules' verdict on ``action``, or None if it is not on offer at all."""
        for option in self.options():
            if option.action == action:
                return option
        return None

    def group(self, name: str) -> list[Option]:
        return [option for option in self.options() if option.group == name]

    def send(self, action: Action, *, queue: bool = True) -> list[Any]:
        """Apply ``action``; the new state is kept and autosaved. Returns the outcomes.

        With ``queue`` the outcomes also wait in ``pending`` for the campaign view to show;
        a scene that shows them itself passes ``queue=False``.
        """
        state, outcomes = sim.apply(self.state, action)
        changed = state is not self.state
        self.state = state
        if queue:
            self.pending.extend(outcomes)
        if changed:
            self.autosave()
        return list(outcomes)

    def autosave(self) -> None:
        """Autosave; a finished campaign is also kept under its own name, so that starting
        a new campaign of the same agency (which reuses the autosave) cannot lose it."""
        try:
            saves.autosave(self.state)
            if self.state.finished:
                saves.save(self.state, finished_name(self.state))
        except SpaceAccordError as error:
            self.on_error(f"Could not save: {error}")

    def next_pending(self) -> Any | None:
        return self.pending.popleft() if self.pending else None


def finished_name(state: GameState) -> str:
    """'esa finished 1975-2035 seed 7': the save a finished campaign is kept under."""
    return f"{state.agency_id} finished {state.start_year}-{state.year} seed {state.seed}"


def open_pack(app: App, pack_id: str) -> Pack:
    """The pack ``pack_id``, opened (and checked) once per run of the game."""
    packs: dict[str, Pack] = app.shared.setdefault("packs", {})
    if pack_id not in packs:
        packs[pack_id] = pack_check.open_pack(pack_id)
    return packs[pack_id]


def new_session(app: App, pack: Pack, agency_id: str, seed: int) -> Session:
    session = Session(sim.new_game(pack, agency_id, seed), on_error=app.notify)
    session.autosave()
    return session


def load_session(app: App, path: Path | str) -> Session | None:
    """The campaign saved at ``path``, or None (with a message on screen) if it is unusable."""
    try:
        state = saves.open_save(path, lambda pack_id: open_pack(app, pack_id))
    except SpaceAccordError as error:
        app.notify(f"Could not load that save: {error}", 6.0)
        return None
    return Session(state, on_error=app.notify)


def list_saves() -> list[saves.SaveInfo]:
    try:
        return saves.list_saves()
    except (SpaceAccordError, OSError):
        return []


def latest_save() -> saves.SaveInfo | None:
    try:
        return saves.latest_autosave()
    except (SpaceAccordError, OSError):
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
