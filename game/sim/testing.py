"""Testing a mission while it is built, and the odds the player sees before paying.

``TestMission`` pays ``test_cost`` to raise the chance of a mission being built by
``TEST_RELIABILITY``, up to ``MAX_TESTS`` times: money spent on certainty instead of on
more. ``launch_odds`` is what the missions screen shows before the player starts or tests
a mission: the chance, what makes it (coded factors from ``game.sim.risk``) and what
would raise it, with what that costs. All game balance.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.content.model import Mission
from game.sim import risk
from game.sim.balance import (
    MAX_PARTNER_RELIABILITY,
    MAX_RELIABILITY,
    MAX_TESTS,
    MIN_TEST_COST,
    TEST_COST_SHARE,
    TEST_RELIABILITY,
)
from game.sim.diplomacy import partner_terms
from game.sim.effects import with_budget
from game.sim.messages import CAMPAIGN_OVER, Message, cannot_pay, message
from game.sim.missions import (
    mission_reliability,
    tests_done,
    working_partners,
)
from game.sim.state import GameState, evolve


def test_cost(mission: Mission) -> int:
    """What one test of ``mission`` costs (a share of its full cost)."""
    return max(MIN_TEST_COST, round(mission.cost * TEST_COST_SHARE))


def test_refusal(state: GameState, mission_id: str) -> Message | None:
    """Why the player cannot test ``mission_id`` now, or None."""
    if state.finished:
        return CAMPAIGN_OVER
    mission = state.index.missions.get(mission_id)
    if mission is None:
        return message("no_such_mission", id=mission_id)
    if not any(d.mission_id == mission_id for d in state.developing):
        return message("test_not_building", mission=mission.name)
    if tests_done(state, mission_id) >= MAX_TESTS:
        return message("tests_done", mission=mission.name, most=MAX_TESTS)
    if mission_reliability(state, mission) >= MAX_RELIABILITY:
        return message("test_no_gain", mission=mission.name)
    return cannot_pay(state.stock.budget, test_cost(mission))


def testable(state: GameState) -> list[Mission]:
    """Missions being built that the player may test now, in building order."""
    return [mission for mission, _ in testable_chances(state)]


def testable_chances(state: GameState) -> list[tuple[Mission, float]]:
    """``testable``, each with its chance now (``mission_reliability``): the questions of
    ``test_refusal`` asked of what is being built, cheapest first."""
    if state.finished:
        return []
    budget, missions = state.stock.budget, state.index.missions
    found = []
    for development in state.developing:
        if development.tests < MAX_TESTS:
            mission = missions[development.mission_id]
            if test_cost(mission) <= budget:
                chance = mission_reliability(state, mission)
                if chance < MAX_RELIABILITY:
                    found.append((mission, chance))
    return found


def run_test(state: GameState, mission_id: str) -> GameState:
    """The state after paying for one test of ``mission_id`` (the caller checked it may)."""
    cost = test_cost(state.index.missions[mission_id])
    developing = tuple(
        replace(d, tests=d.tests + 1) if d.mission_id == mission_id else d for d in state.developing
    )
    return evolve(
        state, stock=with_budget(state.stock, state.stock.budget - cost), developing=developing
    )


@dataclass(frozen=True)
class Odds:
    """A mission's chance of success now, what makes it, and what would raise it.

    ``factors`` and ``raise_by`` are codes with parameters (``odds_*``); the UI words them.
    """

    mission_id: str
    chance: float
    factors: tuple[Message, ...]
    raise_by: tuple[Message, ...]


def launch_odds(state: GameState, mission_id: str) -> Odds:
    """The odds of ``mission_id`` as the player would fly it now (with its tests so far)."""
    mission = state.index.missions[mission_id]
    partners = working_partners(state, mission)
    tests = tests_done(state, mission_id)
    chance = mission_reliability(state, mission)
    room = max(0.0, MAX_RELIABILITY - chance)
    could: list[Message] = []
    left = MAX_TESTS - tests
    if left and room > 0:
        could.append(
            message(
                "odds_testing_could_add",
                points=risk.points(min(room, left * TEST_RELIABILITY)),
                tests=left,
                cost=test_cost(mission),
            )
        )
    _, bonus = partner_terms(state, partners)
    if partners and bonus < MAX_PARTNER_RELIABILITY and room > 0:
        could.append(
            message(
                "odds_agreements_could_add",
                points=risk.points(min(room, MAX_PARTNER_RELIABILITY - bonus)),
            )
        )
    if risk.first_of_kind(state, mission) and not risk.experienced_partner(
        state, mission, partners
    ):
        could.append(message("odds_no_experienced_partner", kind=risk.experience_name(mission)))
    return Odds(
        mission_id=mission_id,
        chance=chance,
        factors=risk.factors(state, mission, partners, tests),
        raise_by=tuple(could),
    )
