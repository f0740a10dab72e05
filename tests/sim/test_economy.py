"""Scarcity and managed risk: upkeep and its limit, tests, research, and the odds with the
factors that make them, as the player sees them before paying."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.sim import EndYear, ProposeAgreement, StartMission, Stock, apply, new_game
from game.sim.actions import FundResearch, TestMission
from game.sim.balance import (
    FIRST_OF_KIND_PENALTY,
    MAX_TESTS,
    RESEARCH_STEP,
    TEST_RELIABILITY,
    UPKEEP_PER_AGREEMENT,
)
from game.sim.codec import state_from_dict, state_to_dict
from game.sim.missions import fly, mission_reliability
from game.sim.options import legal_actions
from game.sim.outcomes import Refused
from game.sim.research import research_cost
from game.sim.testing import launch_odds
from game.sim.testing import test_cost as cost_of_a_test
from game.sim.upkeep import upkeep, upkeep_limit
from tests.sim.fakes import FixedRandom, advance_to, fake_pack, must


@pytest.fixture
def pack():
    return fake_pack()


def refusal_code(state, action) -> str:
    after, outcomes = apply(state, action)
    assert after is state
    assert isinstance(outcomes[0], Refused)
    return outcomes[0].reason.code


def codes(messages) -> list[str]:
    return [m.code for m in messages]


def test_every_agreement_in_force_costs_its_upkeep_when_the_income_arrives(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    state, _ = must(state, ProposeAgreement("gamma", "science"))
    assert upkeep(state) == UPKEEP_PER_AGREEMENT * len(state.player_agreements()) > 0
    budget, income, kept = state.stock.budget, state.stock.income, upkeep(state)
    state, _ = must(state, EndYear())
    assert state.stock.budget == budget + income - kept


def test_an_agreement_past_the_upkeep_limit_is_refused_with_the_upkeep_and_the_limit(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    poor = replace(state, stock=Stock(budget=100, income=4, prestige=0, science=0))
    state, _ = must(poor, ProposeAgreement("gamma", "science"))
    assert upkeep(state) == upkeep_limit(state)
    state = replace(state, year=2001)  # a new year: a proposal is allowed again
    after, outcomes = apply(state, ProposeAgreement("gamma", "launch"))
    assert after is state
    reason = outcomes[0].reason
    assert reason.code == "upkeep_full"
    assert (reason.get("upkeep"), reason.get("limit")) == (upkeep(state), upkeep_limit(state))


def test_a_mission_being_built_can_be_tested_for_a_share_of_its_cost(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    state, _ = must(state, StartMission("sat"))
    mission = state.index.missions["sat"]
    before, budget = mission_reliability(state, mission), state.stock.budget
    state, _ = must(state, TestMission("sat"))
    assert state.stock.budget == budget - cost_of_a_test(mission)
    assert mission_reliability(state, mission) == pytest.approx(before + TEST_RELIABILITY)
    assert state.developing[0].tests == 1


def test_a_mission_is_tested_at_most_max_tests_times(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    state, _ = must(state, StartMission("sat"))
    for _ in range(MAX_TESTS):
        state, _ = must(state, TestMission("sat"))
    assert refusal_code(state, TestMission("sat")) == "tests_done"


def test_a_mission_not_being_built_cannot_be_tested(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    assert refusal_code(state, TestMission("sat")) == "test_not_building"


def test_the_chance_a_mission_flies_with_is_the_one_shown_after_its_tests(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    state, _ = must(state, StartMission("sat"))
    state, _ = must(state, TestMission("sat"))
    shown = launch_odds(state, "sat").chance
    _, launch = fly(state, "sat", FixedRandom(0.0))
    assert launch.reliability == shown


def test_research_is_funded_once_a_turn_and_raises_every_missions_chance(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    mission = state.index.missions["probe"]
    before, budget, science = (
        mission_reliability(state, mission),
        state.stock.budget,
        state.stock.science,
    )
    state, _ = must(state, FundResearch())
    assert state.stock.budget == budget - research_cost(replace(state, research=()))
    assert state.stock.science > science
    assert mission_reliability(state, mission) == pytest.approx(before + RESEARCH_STEP)
    assert refusal_code(state, FundResearch()) == "researched_this_year"


def test_a_first_of_its_kind_mission_is_less_reliable_and_its_odds_say_why(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    mission = state.index.missions["sat"]
    odds = launch_odds(state, "sat")
    assert odds.chance == pytest.approx(mission.reliability - FIRST_OF_KIND_PENALTY)
    assert codes(odds.factors) == ["odds_base", "odds_first_of_kind"]
    assert "odds_testing_could_add" in codes(odds.raise_by)
    testing = next(m for m in odds.raise_by if m.code == "odds_testing_could_add")
    assert testing.get("cost") == cost_of_a_test(mission)
    assert testing.get("points") == round(MAX_TESTS * TEST_RELIABILITY * 100)


def test_a_kind_flown_once_is_no_longer_first_of_its_kind(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    state, _ = must(state, StartMission("sat"))
    state, launch = fly(state, "sat", FixedRandom(0.0))
    assert launch.success
    assert "odds_first_of_kind" not in codes(launch_odds(state, "probe").factors)


def with_kinds(pack, **kinds):
    """``pack`` with the missions named given (kind, experience)."""
    missions = tuple(
        replace(m, kind=kinds[m.id][0], experience=kinds[m.id][1]) if m.id in kinds else m
        for m in pack.missions
    )
    return replace(pack, missions=missions)


def test_kinds_of_one_experience_family_share_their_first_flight(pack):
    family = with_kinds(
        pack,
        sat=("earth resources satellite", "Earth observation satellite"),
        probe=("earth observation satellite", ""),
    )
    state = advance_to(new_game(family, "alpha", 1), 2000)
    first = next(f for f in launch_odds(state, "sat").factors if f.code == "odds_first_of_kind")
    assert first.get("kind") == "Earth observation satellite"
    state, _ = must(state, StartMission("sat"))
    state, launch = fly(state, "sat", FixedRandom(0.0))
    assert launch.success
    assert "odds_first_of_kind" not in codes(launch_odds(state, "probe").factors)


def test_every_option_to_test_or_research_matches_what_apply_does(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    state, _ = must(state, StartMission("sat"))
    for option in legal_actions(state):
        if option.group in ("test", "research"):
            _, outcomes = apply(state, option.action)
            assert option.allowed == (not isinstance(outcomes[0], Refused))


def test_tests_and_research_survive_a_save_and_old_saves_load_without_them(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2000)
    state, _ = must(state, StartMission("sat"))
    state, _ = must(state, TestMission("sat"))
    state, _ = must(state, FundResearch())
    data = state_to_dict(state)
    assert state_from_dict(pack, data) == state
    del data["research"]
    del data["developing"][0]["tests"]
    old = state_from_dict(pack, data)
    assert old.research == () and old.developing[0].tests == 0
