"""The campaign service: one campaign in play, its options, autosave and outcome queue.

``CampaignService.send`` hands an action to ``game.sim.apply``, keeps the new state,
autosaves it, and queues the outcomes for whatever shows them (the pygame scenes today).
It decides nothing: "can I do this?" is always ``option(action)`` from the rules'
``legal_actions``. No pygame here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import game.sim as sim
from game.content.model import Pack
from game.errors import SpaceAccordError
from game.sim import Action, GameState, Option, Outcome
from game.storage import saves


def _print(text: str) -> None:
    print(text)


@dataclass
class CampaignService:
    """One campaign in play. ``pending`` holds outcomes waiting to be shown, oldest first;
    ``on_error`` is told (in words) when a save could not be written."""

    state: GameState
    on_error: Callable[[str], None] = _print
    pending: deque[Outcome] = field(default_factory=deque)
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

    def send(self, action: Action, *, queue: bool = True) -> list[Outcome]:
        """Apply ``action``; the new state is kept and autosaved. Returns the outcomes.

        With ``queue`` the outcomes also wait in ``pending`` for the campaign view to show;
        a screen that shows them itself passes ``queue=False``.
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

    def next_pending(self) -> Outcome | None:
        return self.pending.popleft() if self.pending else None


def finished_name(state: GameState) -> str:
    """'esa finished 1975-2035 seed 7': the save a finished campaign is kept under."""
    return f"{state.agency_id} finished {state.start_year}-{state.year} seed {state.seed}"


def start(
    pack: Pack,
    agency_id: str,
    seed: int,
    on_error: Callable[[str], None] = _print,
    scenario: str | None = None,
) -> CampaignService:
    """A new campaign (or the pack's ``scenario``), saved at once (raises
    ``UnknownAgency``, ``UnknownScenario``)."""
    game = sim.new_game(pack, agency_id, seed, scenario)
    service = CampaignService(game, on_error=on_error)
    service.autosave()
    return service


def resume(
    path: Path | str, open_pack: Callable[[str], Pack], on_error: Callable[[str], None] = _print
) -> CampaignService:
    """The campaign saved at ``path`` (raises ``SaveError`` if it is unusable)."""
    return CampaignService(saves.open_save(path, open_pack), on_error=on_error)


def scan_saves() -> tuple[list[saves.SaveInfo], list[saves.Unreadable]]:
    """The saves that read, and the files in the saves folder that do not (with why)."""
    try:
        return saves.scan_saves()
    except (SpaceAccordError, OSError):
        return [], []


def list_saves() -> list[saves.SaveInfo]:
    """Every save found, newest first; none when the folder cannot be read."""
    try:
        return saves.list_saves()
    except (SpaceAccordError, OSError):
        return []


def latest_save() -> saves.SaveInfo | None:
    try:
        return saves.latest_autosave()
    except (SpaceAccordError, OSError):
        return None
