"""Checks of scenarios.yaml: years in order, inside the pack's timeline and not before an
agency's start; a turn length in range; agencies that a player may choose; and an agency
played only through scenarios has one. (Ids and references are checked with every other
file's.)"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from game.content.model import Pack
from game.content.problems import Problem, at

MAX_YEARS_PER_TURN = 5  # a turn longer than this skips too much for a player to follow


def check_scenarios(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    agencies = pack.by_id("agencies")
    for scenario in pack.scenarios:
        if scenario.end < scenario.start:
            message = (
                f"{scenario.id!r} ends in {scenario.end}, before it starts in {scenario.start}"
            )
            problems.append(at(pack.where_of(scenario, "end"), "scenario-years", message))
        problems += years_off_timeline(pack, scenario, ("start", "end"), "scenario-years")
        if not 1 <= scenario.years_per_turn <= MAX_YEARS_PER_TURN:
            message = (
                f"{scenario.id!r}: years_per_turn {scenario.years_per_turn} must be 1 to "
                f"{MAX_YEARS_PER_TURN}"
            )
            problems.append(at(pack.where_of(scenario, "years_per_turn"), "out-of-range", message))
        for position, agency_id in enumerate(scenario.agencies):
            agency = agencies.get(agency_id)
            where = pack.where_of(scenario, f"agencies.{position}")
            if agency is None:
                continue  # an unknown id is reported by the reference check
            if not agency.playable:
                message = f"{scenario.id!r}: {agency_id!r} is not playable"
                problems.append(at(where, "scenario-agency", message))
            elif scenario.start < agency.start:
                message = (
                    f"{scenario.id!r} starts in {scenario.start}, before {agency_id!r} "
                    f"starts in {agency.start}"
                )
                problems.append(at(where, "scenario-years", message))
    return problems + _scenario_only_without_one(pack)


def _scenario_only_without_one(pack: Pack) -> list[Problem]:
    """A playable agency with ``full_campaign: false`` that no scenario names."""
    named = {agency_id for scenario in pack.scenarios for agency_id in scenario.agencies}
    problems = []
    for agency in pack.agencies:
        if agency.playable and not agency.full_campaign and agency.id not in named:
            message = (
                f"{agency.id!r} is played only through scenarios (full_campaign: false), but "
                "no scenario names it: add one to scenarios.yaml, or drop full_campaign"
            )
            problems.append(at(pack.where_of(agency, "full_campaign"), "no-scenario", message))
    return problems


def years_off_timeline(pack: Pack, record: Any, names: Iterable[str], code: str) -> list[Problem]:
    """A problem ``code`` for each year field of ``record`` in ``names`` that lies outside
    the pack's timeline (a field left at 0 is not set, and not checked)."""
    timeline = pack.info.timeline
    found = []
    for name in names:
        year = getattr(record, name)
        if year and not timeline.start <= year <= timeline.end:
            message = (
                f"{record.id!r}: {name} {year} lies outside the pack's timeline "
                f"{timeline.start}-{timeline.end}"
            )
            found.append(at(pack.where_of(record, name), code, message))
    return found
