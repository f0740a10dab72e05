"""The end report's two timelines in words: *your timeline* (what happened in this game
only) and *the record* (what really happened, with its source), for the end screen and
``simulate``'s text report. Codes come from ``game.sim.timelines``; the English from the
message catalogue."""

from __future__ import annotations

from collections.abc import Mapping

from game.sim.timelines import RecordEntry, YourEntry
from game.ui.messages import words


def your_line(entry: YourEntry, names: Mapping[str, str] | None = None) -> str:
    """E.g. "2021: SMILE flew"; with the record's year when it differs from this game's."""
    line = words(
        f"yours_{entry.what}",
        names,
        year=entry.year,
        title=entry.title,
        parties=entry.partners,
        expected=entry.expected or entry.year,
    )
    if entry.real_year is not None and entry.real_year != entry.year and entry.what != "slipped":
        line += f" ({words('yours_real_year', year=entry.real_year)})"
    return line


def record_line(entry: RecordEntry) -> str:
    """E.g. "2003: Double Star, with China"."""
    return words("record_line", year=entry.year, title=entry.title)


def record_note(entry: RecordEntry) -> str:
    """How the player's game compares, and whether the record is still a plan; '' if
    there is nothing to say (a world event)."""
    notes = []
    if entry.planned:
        notes.append(words("record_plan"))
    if entry.yours:
        if entry.player_year is not None and entry.yours not in ("on time", "missed"):
            notes.append(words("record_yours_year", status=entry.yours, year=entry.player_year))
        else:
            notes.append(words("record_yours", status=entry.yours))
    return " · ".join(notes)
