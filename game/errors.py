"""The project's own exception types: errors a user can cause, each with a readable message.

The CLI turns them into one line on stderr and an exit code; nothing a user can cause
should ever reach them as a traceback.
"""

from __future__ import annotations


class SpaceAccordError(Exception):
    """Base of every error a user can cause. ``exit_code`` is one of the exit codes in README.md."""

    exit_code = 2

    def __init__(self, message: str, *, where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class PackNotFound(SpaceAccordError):
    """A pack id or path that names no pack."""


class PackError(SpaceAccordError):
    """A pack that could not be read at all (validation problems are values, not this)."""

    exit_code = 1


class SaveError(SpaceAccordError):
    """A save that is missing, damaged, from another pack version, or cannot be written."""


class StorageError(SpaceAccordError):
    """A data folder that cannot be written (read-only, full)."""


class UnknownAgency(SpaceAccordError):
    """An agency id the pack does not have, or one a player may not choose.

    Raised by the rules with the facts only (``game.sim`` writes no sentences); the
    message is made here, at the edge where the CLI and the game print it."""

    def __init__(
        self,
        pack_id: str,
        agency_id: str,
        playable: tuple[str, ...],
        *,
        exists: bool = False,
        suggestion: str = "",
    ) -> None:
        self.pack_id = pack_id
        self.agency_id = agency_id
        self.playable = playable
        self.exists = exists
        self.suggestion = suggestion
        choose = f" Playable: {', '.join(playable) or 'none'}."
        if exists:
            text = f"agency '{agency_id}' is not playable in pack '{pack_id}'.{choose}"
        else:
            hint = f" Did you mean '{suggestion}'?" if suggestion else ""
            text = f"pack '{pack_id}' has no agency '{agency_id}'.{hint}{choose}"
        super().__init__(text)


class UnknownScenario(SpaceAccordError):
    """A scenario id the pack does not have, or one the chosen agency may not play."""

    def __init__(self, pack_id: str, scenario_id: str, agency_id: str, choices: tuple[str, ...]):
        self.pack_id = pack_id
        self.scenario_id = scenario_id
        self.agency_id = agency_id
        self.choices = choices
        listed = ", ".join(choices) or "none"
        super().__init__(
            f"pack '{pack_id}' has no scenario '{scenario_id}' for agency '{agency_id}'."
            f" Scenarios for it: {listed}."
        )
