"""How the scripted players spend money no mission needs yet: what they save for first
(the real missions due soon, or the cheapest mission only money stops), and research with
what is left, rather than hoarding it (money left at the end scores nothing).
"""

from __future__ import annotations

from game.sim.actions import FundResearch, TestMission
from game.sim.mission_starts import priced_this_year
from game.sim.missions import (
    candidates,
    developing_ids,
    mission_cost,
    mission_reliability,
    mission_status,
)
from game.sim.research import research_cost, research_refusal
from game.sim.state import GameState
from game.sim.testing import test_cost, testable

HISTORICAL_TEST_BELOW = 0.85  # real programmes test a risky mission before it flies
HISTORICAL_SAVES_YEARS = 8  # and keep the money for the missions due this soon


def may_start(state: GameState, mission_id: str) -> bool:
    """Whether the historical player starts ``mission_id`` now: a first try always; a try
    again after a failure only with the money of the real missions due soon left over."""
    if mission_status(state, mission_id) != "failed":
        return True
    cost = mission_cost(state, state.index.missions[mission_id])
    return state.stock.budget - cost >= coming_costs(state, HISTORICAL_SAVES_YEARS)


def historical_spending(state: GameState) -> TestMission | FundResearch | None:
    """The historical player's spare money: the real missions due soon come first; what is
    left may test a risky mission being built, else fund research."""
    spare = state.stock.budget - coming_costs(state, HISTORICAL_SAVES_YEARS)
    for mission in testable(state):
        risky = mission_reliability(state, mission) < HISTORICAL_TEST_BELOW
        if risky and test_cost(mission) <= spare:
            return TestMission(mission.id)
    return spare_research(state, spare)


def coming_costs(state: GameState, years: int) -> int:
    """What the player's real missions that must start within ``years`` years would cost."""
    total = 0
    for mission_id in candidates(state):
        mission = state.index.missions[mission_id]
        if (
            mission.date is not None
            and mission_status(state, mission_id) == "available"
            and mission.date.year - max(1, mission.build_years) <= state.year + years
        ):
            total += mission_cost(state, mission)
    return total


def saving_for(state: GameState) -> int:
    """The cost of the cheapest mission that only the budget stops now (``blocker`` says
    budget; 0 for none): what a player saves for before it buys anything less."""
    budget, building = state.stock.budget, developing_ids(state)
    costs = [
        cost
        for mission, cost in priced_this_year(state)
        if cost > budget
        and mission.id not in building
        and state.year + max(1, mission.build_years) <= state.end_year  # ready in time
    ]
    return min(costs, default=0)


def spare_research(state: GameState, spare: int | None = None) -> FundResearch | None:
    """Research, when ``spare`` money (the budget less what the player saves for) would
    still hold half a year's income after paying for it (on the last turn, just pays for
    it): money with nothing to buy is better spent on reliability than hoarded."""
    last_turn = state.turn_end >= state.end_year  # no year after it to keep money for
    reserve = research_cost(state) + (0 if last_turn else state.stock.income // 2)
    if state.stock.budget < reserve or research_refusal(state) is not None:
        return None  # the cheap questions first: this is asked on most quiet turns
    if spare is None:
        spare = state.stock.budget - saving_for(state)
    return FundResearch() if spare >= reserve else None
