"""Scenarios: lesson-length campaigns a pack defines (their years and money are game
balance); the pack's records before the first year are history, the player's included."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from game.content.model import Resources, Scenario
from game.errors import UnknownScenario
from game.quiz.pack_check import check_pack
from game.sim import EndYear, StartMission, legal_actions, new_game, scenarios_for
from game.sim.metrics import measured_campaign
from game.sim.missions import mission_status
from game.sim.survey import playable
from tests.content.fakes import FakePack
from tests.sim.fakes import answered, fake_pack, must
from tests.sim.test_balance import built_in_packs

LESSON = Scenario(
    id="lesson",
    title="Alpha's middle years",
    agencies=("alpha",),
    start=2003,
    end=2008,
    resources=Resources(budget=77, income=11),
)


@pytest.fixture
def pack():
    return replace(fake_pack(), scenarios=(LESSON,))


def test_a_scenario_sets_the_years_and_starting_resources(pack):
    state = new_game(pack, "alpha", 1, "lesson")
    assert (state.year, state.start_year, state.end_year) == (2003, 2003, 2008)
    assert (state.stock.budget, state.stock.income) == (77, 11)
    assert state.scenario == "lesson" and state.turns == 6


def test_without_a_scenario_the_whole_campaign_is_played(pack):
    state = new_game(pack, "alpha", 1)
    assert state.start_year == pack.by_id("agencies")["alpha"].start
    assert state.end_year == pack.info.timeline.end and state.scenario == ""


def test_the_players_own_missions_before_the_first_year_are_history(pack):
    state = new_game(pack, "alpha", 1, "lesson")
    assert state.has_happened("mission:sat")  # flew in 2001, before the lesson starts
    assert mission_status(state, "sat") == "succeeded"
    assert StartMission("sat") not in [o.action for o in legal_actions(state) if o.allowed]


def test_a_scenario_ends_in_its_last_year(pack):
    state = new_game(pack, "alpha", 1, "lesson")
    while not state.finished:
        if state.checkpoint is not None:
            state = answered(state)
        state, _ = must(state, EndYear())
    assert state.year == 2008


def test_an_unknown_scenario_or_one_for_another_agency_is_refused_with_the_choices(pack):
    with pytest.raises(UnknownScenario, match="Scenarios for it: lesson"):
        new_game(pack, "alpha", 1, "lessen")
    with pytest.raises(UnknownScenario, match="Scenarios for it: none"):
        new_game(pack, "beta", 1, "lesson")
    assert scenarios_for(pack, "alpha") == (LESSON,) and scenarios_for(pack, "beta") == ()


def _codes(fake: FakePack, tmp_path: Path) -> list[str]:
    _pack, problems = check_pack(fake.write(tmp_path / "pack"))
    return [p.code for p in problems]


def test_a_scenario_out_of_order_or_outside_the_timeline_is_reported(tmp_path):
    fake = FakePack()
    fake.files["scenarios.yaml"][0].update(start=2031, end=2029)  # the timeline ends in 2030
    assert _codes(fake, tmp_path).count("scenario-years") == 2  # out of order; 2031 outside


def test_a_scenario_for_an_agency_that_is_not_playable_is_reported(tmp_path):
    fake = FakePack()
    fake.files["scenarios.yaml"][0]["agencies"] = ["gamma"]
    assert "scenario-agency" in _codes(fake, tmp_path)


def test_a_pack_without_scenarios_yaml_loads_with_none(tmp_path):
    fake = FakePack()
    del fake.files["scenarios.yaml"]
    folder = fake.write(tmp_path / "pack")
    pack, problems = check_pack(folder)
    assert pack is not None and pack.scenarios == () and not problems


def test_every_playable_agency_of_the_built_in_packs_has_a_lesson_length_scenario():
    for pack in built_in_packs():
        for agency in playable(pack):
            lengths = [
                -(-(s.end - s.start + 1) // s.years_per_turn) for s in scenarios_for(pack, agency)
            ]
            assert any(12 <= n <= 20 for n in lengths), (pack.info.id, agency, lengths)


def test_a_scenario_of_the_default_pack_offers_a_choice_in_at_least_four_turns_of_five():
    # The second built-in pack (venezuela-moon) is too small for it yet: see the survey.
    for pack in [p for p in built_in_packs() if p.info.id == "space-cooperation"]:
        for agency in playable(pack):
            for scenario in scenarios_for(pack, agency):
                for player in ("greedy", "random"):
                    _state, metrics = measured_campaign(pack, agency, 1, player, scenario.id)
                    assert metrics.idle_turns <= 0.2 * metrics.turns, (scenario.id, player)


def test_a_scenario_campaign_survives_the_trip_to_a_save_and_back(pack):
    from game.sim import state_from_dict, state_to_dict
    from game.sim.invariants import state_problems

    state = new_game(pack, "alpha", 1, "lesson")
    state, _ = must(answered(state), EndYear())
    assert state_problems(state) == []
    assert state_from_dict(pack, state_to_dict(state)) == state
    other = replace(pack, scenarios=())
    with pytest.raises(ValueError, match="scenario 'lesson'"):
        state_from_dict(other, state_to_dict(state))
