"""Scenarios of several years a turn (``years_per_turn``): fewer turns for a long span,
with income, build years, offers, checkpoints and history as right as with one year."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from game.content.model import Resources, Scenario
from game.quiz.pack_check import check_pack
from game.sim import (
    EndYear,
    SignAgreement,
    StartMission,
    missions,
    new_game,
    play_campaign,
    report,
    state_from_dict,
    state_to_dict,
)
from game.sim.invariants import state_problems
from game.sim.metrics import measured_campaign
from game.sim.survey import campaigns
from game.sim.world import scenarios_for
from tests.content.fakes import FakePack
from tests.sim.fakes import answered, fake_pack, mission, must, with_missions
from tests.sim.test_balance import built_in_packs
from tests.sim.test_history import shown_on_its_own_date

TWO_YEARS = Scenario(
    id="long",
    title="Alpha in long turns",
    agencies=("alpha",),
    start=2001,
    end=2012,
    years_per_turn=2,
    resources=Resources(budget=100, income=10),
)


@pytest.fixture
def pack():
    return replace(fake_pack(), scenarios=(TWO_YEARS,))


def end_turn(state):
    state, _ = must(answered(state), EndYear())
    return state


def test_a_turn_covers_several_years_so_a_long_span_takes_fewer_turns(pack):
    state = new_game(pack, "alpha", 1, "long")
    assert (state.turn, state.turns, state.turn_end) == (1, 6, 2002)
    state = end_turn(state)
    assert (state.year, state.turn, state.turn_end) == (2003, 2, 2004)
    for _ in range(4):
        state = end_turn(state)
    assert (state.year, state.turn_end, state.finished) == (2011, 2012, False)
    state = end_turn(state)
    assert state.finished and report(state).turns == 6


def test_income_is_paid_for_every_year_of_the_next_turn(pack):
    state = answered(new_game(pack, "alpha", 1, "long"))
    budget, income = state.stock.budget, state.stock.income
    after = end_turn(state)  # alpha's records of 2003-2004 bring it no money
    assert after.stock.budget - budget == 2 * income


def test_an_agreement_due_in_the_second_year_of_a_turn_is_offered_then_and_kept_on_its_date(
    pack,
):
    state = new_game(pack, "alpha", 1, "long")  # the pact with gamma is dated 2002
    assert "pact" in state.offers
    offer = next(item for item in state.news if item.kind == "offer")
    assert offer.year == 2002
    state, _ = must(answered(state), SignAgreement("pact"))
    signed = next(s for s in state.signed if s.id == "pact")
    assert signed.year == 2002
    entry = next(e for e in report(state).timeline if e.record_id == "pact")
    assert (entry.player_year, entry.status) == (2002, "on time")


def test_the_worlds_records_happen_in_their_own_year_within_a_turn(pack):
    state = end_turn(new_game(pack, "alpha", 1, "long"))  # 2003-2004
    happened = {h.key: h.year for h in state.happened}
    assert happened["mission:orbiter"] == 2003 and happened["event:law"] == 2004
    assert shown_on_its_own_date(state) == []


def test_a_mission_launches_when_the_turn_after_its_build_years_begins(pack):
    state = answered(new_game(pack, "alpha", 1, "long"))
    state, _ = must(state, StartMission("sat"))  # one build year: ready in 2002
    development = state.developing[0]
    assert development.launch_year == 2003  # the next turn's first year
    state = end_turn(state)
    launch = state.player_launches()[0]
    assert launch.year == 2003 and not state.developing


def test_a_mission_that_could_not_launch_before_the_last_turn_ends_is_refused(pack):
    pack = with_missions(pack, mission("spare", "alpha", None, cost=10))
    state = new_game(pack, "alpha", 1, "long")
    assert missions.launch_year(state, state.index.missions["spare"]) == 2003
    while state.year < 2011:
        state = end_turn(state)
    assert state.turn_end == 2012  # one build year: ready in 2012, but no turn begins then
    refusal = missions.mission_refusal(state, "spare")
    assert refusal is not None and refusal.code == "mission_too_late"


def test_questions_may_ask_about_the_facts_of_any_year_of_the_turn(pack):
    state = new_game(pack, "alpha", 3, "long")
    years = {state.index.quiz_years.get(r.item_id, 0) for r in state.quiz_log}
    assert all(year <= state.turn_end for year in years)
    if state.checkpoint is not None:
        assert state.index.quiz_years.get(state.checkpoint.item_id, 0) <= state.turn_end


def test_a_game_of_long_turns_survives_the_trip_to_a_save_and_back(pack):
    state = end_turn(new_game(pack, "alpha", 1, "long"))
    assert state_problems(state) == []
    assert state_from_dict(pack, state_to_dict(state)) == state
    other = replace(pack, scenarios=(replace(TWO_YEARS, years_per_turn=3),))
    with pytest.raises(ValueError, match="turns do not match"):
        state_from_dict(other, state_to_dict(state))


def test_an_old_save_without_a_turn_length_loads_as_one_year_a_turn():
    state = new_game(fake_pack(), "alpha", 1)
    data = state_to_dict(state)
    del data["years_per_turn"]
    assert state_from_dict(fake_pack(), data).years_per_turn == 1


@pytest.mark.parametrize("player", ["historical", "greedy", "random"])
def test_no_record_that_happened_is_shown_on_another_date_in_any_scenario(player):
    for pack in built_in_packs():
        for scenario in pack.scenarios:
            for agency in scenario.agencies:
                for seed in range(2):
                    state = play_campaign(pack, agency, seed, player, scenario.id)
                    assert shown_on_its_own_date(state) == [], (scenario.id, seed)
                    assert state_problems(state) == [], (scenario.id, seed)


def test_checkpoint_turns_count_turns_not_years(pack):
    state, metrics = measured_campaign(pack, "alpha", 2, "learner", "long")
    assert all(1 <= c.asked <= state.turns for c in metrics.checkpoints)
    assert metrics.turns == 6


def _codes(fake: FakePack, tmp_path: Path) -> list[str]:
    _pack, problems = check_pack(fake.write(tmp_path / "pack"))
    return [p.code for p in problems]


@pytest.mark.parametrize("years", [0, 6])
def test_a_turn_length_out_of_range_is_reported(tmp_path, years):
    fake = FakePack()
    fake.files["scenarios.yaml"][0]["years_per_turn"] = years
    assert "out-of-range" in _codes(fake, tmp_path)


def test_an_agency_played_only_through_scenarios_needs_one(tmp_path):
    fake = FakePack()
    scenario = fake.files["scenarios.yaml"][0]
    agency = next(a for a in fake.files["agencies.yaml"] if a["id"] in scenario["agencies"])
    agency["full_campaign"] = False
    assert "no-scenario" not in _codes(fake, tmp_path)
    del fake.files["scenarios.yaml"][0]
    assert "no-scenario" in _codes(fake, tmp_path / "second")


def test_an_agency_played_only_through_scenarios_plays_its_first_when_none_is_named(pack):
    alpha = replace(pack.agencies[0], full_campaign=False)
    only = replace(pack, agencies=(alpha, *pack.agencies[1:]))
    state = new_game(only, "alpha", 1)
    assert state.scenario == "long" and scenarios_for(only, "alpha") == (TWO_YEARS,)


def test_the_survey_has_no_full_campaign_row_for_an_agency_played_only_through_scenarios():
    pack = next(p for p in built_in_packs() if p.info.id == "space-cooperation")
    assert campaigns(pack, "esa") == ("esa-science-with-china",)
    assert campaigns(pack, "cnsa")[0] == ""
