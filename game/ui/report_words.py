"""The end report's two timelines in words: *your timeline* (what happened in this game
only) and *the record* (what really happened, with its source), for the end screen and
``simulate``'s text report. Codes come from ``game.sim.timelines``; the English from the
message catalogue.

Both sides word the same comparison (``game.sim.timelines.compare``): a year of the
player's in the same turn as the record's is on time, and where the two years differ the
line says so, with the turn's length, so "2023" beside "the record: 2024" never reads as
a contradiction."""

from __future__ import annotations

from collections.abc import Mapping

from game.sim.timelines import CHOSE, ON_TIME, SLIPPED, RecordEntry, YourEntry
from game.ui.messages import words


def your_line(
    entry: YourEntry, names: Mapping[str, str] | None = None, years_per_turn: int = 1
) -> str:
    """E.g. "2021: SMILE flew"; with the record's year when it differs from this game's."""
    line = words(
        _your_code(entry),
        names,
        year=entry.year,
        title=entry.title,
        parties=entry.partners,
        host=entry.partners,
        winners=entry.winners,
        option=entry.option,
        record=entry.record_option,
        expected=entry.expected or entry.year,
    )
    if entry.real_year is not None and entry.real_year != entry.year and entry.what != SLIPPED:
        if entry.compared == ON_TIME:
            note = words("yours_same_turn", year=entry.real_year, span=years_per_turn)
        else:
            note = words("yours_real_year", year=entry.real_year)
        line += f" ({note})"
    return line


def _your_code(entry: YourEntry) -> str:
    if entry.what != CHOSE:
        return f"yours_{entry.what}"
    if not entry.record_option:
        return "yours_chose_open"
    return "yours_chose_as_record" if entry.record_option == entry.option else "yours_chose"


def record_line(entry: RecordEntry) -> str:
    """E.g. "2003: Double Star, with China"."""
    return words("record_line", year=entry.year, title=entry.title)


def record_note(entry: RecordEntry, years_per_turn: int = 1) -> str:
    """How the player's game compares, and whether the record is still a plan; '' if
    there is nothing to say (a world event)."""
    notes = []
    if entry.planned:
        notes.append(words("record_plan"))
    if entry.yours:
        year = entry.player_year
        if entry.yours == ON_TIME and year is not None and year != entry.year:
            notes.append(words("record_yours_same_turn", year=year, span=years_per_turn))
        elif year is not None and entry.yours not in (ON_TIME, "missed"):
            notes.append(words("record_yours_year", status=entry.yours, year=year))
        else:
            notes.append(words("record_yours", status=entry.yours))
    return " · ".join(notes)
