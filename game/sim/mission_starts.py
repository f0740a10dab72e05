"""Which of the player's missions may start now, found without asking ``blocker`` one
mission at a time: what the scripted players and the unexplained options list ask at
every choice.

Two tables make it, each kept as long as what it reads holds:
- ``_start_plans``: per agency and campaign shape (last year, years a turn), what never
  changes in a campaign about each open mission: its first and last year to start (not
  early, not too late to launch by the end), whether it repeats, whether it needs a
  launch partner. Made once for every campaign of the agency (``index.agency_view``), and
  those of them neither early nor too late, per year (``_plans_this_year``).
- ``priced_this_year``: the missions whose year and record allow a start now (not flown
  enough, not early, not too late), whose requirements and launcher are met, with their
  cost, and the least of those costs; reads ``launches``, ``happened``, ``signed`` and
  ``year``.
Only being built and the budget are left to ask per choice (``startable``; most choices
find the budget below the least cost and ask nothing more). The rules
are ``game.sim.missions``' (``blocker``); ``tests/sim/test_fast_paths.py`` holds the two
to the same answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from game.content import reach
from game.content.model import Mission
from game.sim.balance import MAX_REPEATS
from game.sim.index import earliest_starts, record_key
from game.sim.missions import (
    developing_ids,
    launch_partners,
    launch_record,
    launch_year,
    mission_cost,
)
from game.sim.state import GameState, derived

_ANY_YEAR = -(10**9)  # a first year to start that every year is past
_NO_TRIES = (0, 0)


class _StartPlan(NamedTuple):
    """What a campaign never changes about starting one of the player's open missions."""

    mission: Mission
    first: int  # the first year it may start (``_ANY_YEAR``: any)
    last: int  # the last year it may start and still launch by the campaign's end
    repeatable: bool
    happened_key: str  # its record key: flown in history before a scenario's first year
    needs_partner: bool  # it needs a launcher and the agency has none (``reach``)
    # Each of ``mission.requires``: its id, and its record key when it is a mission ('' for
    # an agreement): what ``missions.requirement_met`` asks.
    requires: tuple[tuple[str, str], ...]


def _start_plans(state: GameState) -> tuple[_StartPlan, ...]:
    """A plan for each mission open to the player, in pack order. Right for every campaign
    of the agency with the same last year and turn length: nothing else goes in."""
    return state.index.agency_view(
        state.agency_id,
        ("start_plans", state.end_year, state.years_per_turn),
        lambda: tuple(_plan(state, state.index.missions[m]) for m in _open_missions(state)),
    )


def _open_missions(state: GameState) -> tuple[str, ...]:
    return state.index.open_missions.get(state.agency_id, ())


def _plan(state: GameState, mission: Mission) -> _StartPlan:
    first = earliest_starts(state.pack)[mission.id]
    # ``launch_year`` less the year is the same every year: how long it takes to fly.
    takes = launch_year(state, mission) - state.year
    return _StartPlan(
        mission=mission,
        first=_ANY_YEAR if first is None else first,
        last=state.end_year - takes,
        repeatable=mission.repeatable,
        happened_key=record_key("mission", mission.id),
        needs_partner=reach.needs_launch_partner(mission, state.agency),
        requires=tuple(
            (r, record_key("mission", r) if r in state.index.missions else "")
            for r in mission.requires
        ),
    )


def priced_this_year(state: GameState) -> tuple[tuple[Mission, int], ...]:
    """The missions only being built or the budget may stop the player starting now, with
    their cost, in pack order: one table for the year's actions that sign nothing."""
    return _priced_view(state).priced


class _Priced(NamedTuple):
    priced: tuple[tuple[Mission, int], ...]  # ``priced_this_year``
    cheapest: int  # the least of their costs (no mission: more than any budget)


def _priced_view(state: GameState) -> _Priced:
    return derived(
        state,
        ("launches", "happened", "signed", "year"),
        "priced_this_year",
        lambda: _priced(state),
    )


def _plans_this_year(state: GameState) -> tuple[_StartPlan, ...]:
    """The plans neither early nor too late to launch by the end this year, in pack order
    (for every campaign of the agency with the same shape, like ``_start_plans``)."""
    year = state.year
    return state.index.agency_view(
        state.agency_id,
        ("start_plans", state.end_year, state.years_per_turn, year),
        lambda: tuple(plan for plan in _start_plans(state) if plan.first <= year <= plan.last),
    )


def _priced(state: GameState) -> _Priced:
    record = launch_record(state)
    found = []
    for mission, _, _, repeatable, happened_key, needs_partner, requires in _plans_this_year(state):
        # ``mission_status`` (being built aside) is available or failed, not succeeded:
        tries, wins = record.get(mission.id, _NO_TRIES)
        if repeatable:
            if wins >= MAX_REPEATS:
                continue
        elif wins or (not tries and state.has_happened(happened_key)):
            continue
        if requires and not _requirements_met(state, requires, record):
            continue
        if needs_partner and not launch_partners(state):
            continue
        found.append((mission, mission_cost(state, mission)))
    return _Priced(tuple(found), min((cost for _, cost in found), default=_NEVER))


_NEVER = 2**62  # a cost no budget reaches


def _requirements_met(
    state: GameState, requires: tuple[tuple[str, str], ...], record: Mapping[str, tuple[int, int]]
) -> bool:
    """Whether ``missing_requirements`` is empty: each required mission succeeded for the
    player or in history, each required agreement is signed."""
    for record_id, key in requires:
        if key:
            if not record.get(record_id, _NO_TRIES)[1] and not state.has_happened(key):
                return False
        elif record_id not in state.signed_ids():
            return False
    return True


def startable(state: GameState) -> list[tuple[Mission, int]]:
    """The missions the player may start now (``mission_refusal`` is None), in pack order,
    with their cost."""
    if state.finished:
        return []
    priced, budget = _priced_view(state), state.stock.budget
    if budget < priced.cheapest:
        return []  # most choices: nothing the budget reaches
    building = developing_ids(state)
    return [(m, cost) for m, cost in priced.priced if cost <= budget and m.id not in building]
