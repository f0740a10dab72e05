"""Checks of scenarios.yaml: years in order, inside the pack's timeline and not before an
agency's start; agencies that a player may choose. (Ids and references are checked with
every other file's.)"""

from __future__ import annotations

from game.content.model import Pack
from game.content.problems import Problem, at


def check_scenarios(pack: Pack) -> list[Problem]:
    problems: list[Problem] = []
    agencies = pack.by_id("agencies")
    timeline = pack.info.timeline
    for scenario in pack.scenarios:
        if scenario.end < scenario.start:
            message = (
                f"{scenario.id!r} ends in {scenario.end}, before it starts in {scenario.start}"
            )
            problems.append(at(pack.where_of(scenario, "end"), "scenario-years", message))
        for name in ("start", "end"):
            year = getattr(scenario, name)
            if not timeline.start <= year <= timeline.end:
                message = (
                    f"{scenario.id!r}: {name} {year} lies outside the pack's timeline "
                    f"{timeline.start}-{timeline.end}"
                )
                problems.append(at(pack.where_of(scenario, name), "scenario-years", message))
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
    return problems
