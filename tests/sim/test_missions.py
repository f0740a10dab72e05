"""Missions: when they open, cost and reliability with partners, launches and their results."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.content.model import Effects
from game.sim import (
    EndYear,
    MissionLaunched,
    ProposeAgreement,
    SignAgreement,
    StartMission,
    Stock,
    apply,
    message,
    mission_view,
    new_game,
)
from game.sim.missions import fly
from tests.sim.fakes import FixedRandom, advance_to, fake_pack, must

SUCCESS = FixedRandom(0.0)
FAILURE = FixedRandom(0.999)


@pytest.fixture
def pack():
    return fake_pack()


def test_a_started_mission_is_paid_for_and_launches_after_its_build_years(pack):
    state = advance_to(new_game(pack, "alpha", 3), 2000)
    state, outcomes = must(state, StartMission("sat"))
    assert state.stock.budget == 100 - 30
    assert state.developing[0].launch_year == 2001
    assert mission_view(state, "sat").status == "developing"
    state, outcomes = must(state, EndYear())
    launched = [o for o in outcomes if isinstance(o, MissionLaunched)]
    assert [(o.mission_id, o.year) for o in launched] == [("sat", 2001)]
    assert state.developing == ()
    assert state.news_for(2001)[0].kind == "launch"


def test_a_mission_launched_in_its_real_year_is_told_once_not_also_as_history(pack):
    state = advance_to(new_game(pack, "alpha", 3), 2000)
    state, _ = must(state, StartMission("sat"))
    state, _ = must(state, EndYear())
    about_sat = [n.kind for n in state.news_for(2001) if n.record_id == "sat"]
    assert about_sat == ["launch"]


def test_a_mission_not_launched_in_its_real_year_is_hinted_as_history(pack):
    state = advance_to(new_game(pack, "alpha", 3), 2001)
    about_sat = [n.kind for n in state.news_for(2001) if n.record_id == "sat"]
    assert about_sat == ["history"]


def test_a_mission_that_cannot_be_paid_is_refused_and_changes_nothing(pack):
    state = replace(new_game(pack, "alpha", 1), stock=Stock(10, 40, 0, 0))
    after, outcomes = apply(state, StartMission("sat"))
    assert after is state
    assert outcomes[0].reason == message("cost_over_budget", cost=30, budget=10)


def test_a_mission_success_raises_prestige_and_science(pack):
    state = new_game(pack, "alpha", 1)
    after, launch = fly(state, "sat", SUCCESS)
    assert launch.success
    assert after.stock.prestige == state.stock.prestige + 10
    assert after.stock.science == state.stock.science + 6


def test_a_failed_mission_costs_prestige_but_teaches_some_science(pack):
    state = new_game(pack, "alpha", 1)
    after, launch = fly(state, "sat", FAILURE)
    assert not launch.success
    assert after.stock.prestige == max(0, state.stock.prestige - 5)
    assert after.stock.science == state.stock.science + 2
    assert mission_view(after, "sat").status == "failed"
    assert mission_view(after, "sat").allowed  # a one-off may be tried again


def test_a_one_off_mission_cannot_fly_again_after_a_success(pack):
    state, _ = fly(new_game(pack, "alpha", 1), "sat", SUCCESS)
    assert mission_view(state, "sat").reason == message("mission_flown", mission="Sat")


def test_a_repeatable_mission_brings_less_each_time(pack):
    state = advance_to(new_game(pack, "beta", 1), 2003)
    once, _ = fly(state, "commsat", SUCCESS)
    twice, _ = fly(once, "commsat", SUCCESS)
    assert once.stock.prestige - state.stock.prestige == 4
    assert twice.stock.prestige - once.stock.prestige == 2
    assert mission_view(twice, "commsat").reward_scale == pytest.approx(1 / 3)


def test_a_small_agency_without_a_launcher_needs_a_launch_partner(pack):
    state = advance_to(new_game(pack, "beta", 1), 2003)
    view = mission_view(state, "commsat")
    assert view.reason == (message("no_launcher", mission="Commsat", able=("GAMMA",)))
    state, _ = must(state, ProposeAgreement("gamma", "launch"))
    view = mission_view(state, "commsat")
    assert view.allowed and view.launch_partners == ("gamma",) and view.launch == "partner"
    assert view.cost == 14  # the launch agreement carries 30% of the cost


def test_an_agency_with_its_own_launcher_launches_on_its_own_rockets(pack):
    state = advance_to(new_game(pack, "gamma", 1), 2003)
    launched = [mission_view(state, m) for m in state.index.open_missions["gamma"]]
    flying = [v for v in launched if state.index.missions[v.mission_id].needs_launcher]
    assert flying and all(v.launch == "own" and v.launch_partners == () for v in flying)


def test_agreements_with_partners_share_the_cost_and_raise_reliability(pack):
    state = advance_to(new_game(pack, "beta", 1), 2005)
    before = mission_view(state, "relay")
    assert before.reason == message("needs_first", needs=("Moon Memo",))
    state, _ = must(state, SignAgreement("moon-memo"))
    after = mission_view(state, "relay")
    assert after.allowed
    assert (before.cost, after.cost) == (40, 20)
    assert after.reliability == pytest.approx(before.reliability + 0.1)


def test_earlier_successes_raise_reliability_up_to_a_cap(pack):
    state = new_game(pack, "alpha", 1)
    base = mission_view(state, "probe").reliability
    for _ in range(20):
        state, _ = fly(state, "sat", SUCCESS)
    assert base < mission_view(state, "probe").reliability <= 0.97


def test_a_dated_mission_cannot_start_long_before_its_real_year(pack):
    state = advance_to(new_game(pack, "gamma", 1), 2003)
    late = replace(pack.missions[4], id="far", date=replace(pack.missions[4].date, year=2011))
    state = new_game(replace(pack, missions=pack.missions + (late,)), "gamma", 1)
    assert mission_view(state, "far").reason == message(
        "mission_too_early", mission="Lander", year=2008
    )


def test_a_mission_that_could_not_launch_before_the_end_is_refused(pack):
    state = advance_to(new_game(pack, "beta", 1), 2012)
    state, _ = must(state, ProposeAgreement("gamma", "launch"))
    reason = mission_view(state, "commsat").reason
    assert reason is not None and reason.code == "mission_too_late"


def test_a_world_mission_with_the_player_as_partner_brings_its_rewards(pack):
    lander = replace(pack.missions[4], status="done", rewards=Effects(budget=777))
    pack = replace(pack, missions=pack.missions[:4] + (lander,) + pack.missions[5:])
    state = advance_to(new_game(pack, "beta", 1), 2006)
    before = state.stock.budget
    state, _ = must(state, EndYear())
    assert state.stock.budget == before + state.stock.income + 777
    assert any(n.record_id == "lander" and n.concerns_player for n in state.news_for(2007))


def test_missions_led_by_others_are_not_the_players_to_start(pack):
    state = new_game(pack, "alpha", 1)
    assert mission_view(state, "orbiter").reason == message("not_your_mission", mission="Orbiter")


def test_a_repeatable_mission_flies_at_most_three_times(pack):
    state = advance_to(new_game(pack, "beta", 1), 2003)
    for _ in range(3):
        state, _ = fly(state, "commsat", SUCCESS)
    view = mission_view(state, "commsat")
    assert view.status == "succeeded"
    assert view.reason == message("mission_flown_enough", mission="Commsat", times=3)


def test_an_undated_mission_not_marked_repeatable_is_a_one_off(pack):
    plan = replace(pack.missions[2], id="plan", repeatable=False)
    state = new_game(replace(pack, missions=pack.missions + (plan,)), "beta", 1)
    state, _ = fly(state, "plan", SUCCESS)
    assert not mission_view(state, "plan").repeatable
    assert mission_view(state, "plan").reason == message("mission_flown", mission="Commsat")


def test_an_undated_plan_cannot_start_before_its_source_first_reported_it(pack):
    # The fake pack's only source was published in 2010; the campaign starts in 2000.
    plan = replace(pack.missions[2], id="plan", status="planned", facts=("f-sat",))
    pack = replace(pack, missions=pack.missions + (plan,))
    state = advance_to(new_game(pack, "beta", 1), 2003)
    assert mission_view(state, "plan").reason == message(
        "mission_announced_later", mission="Commsat", year=2010
    )
    state = advance_to(state, 2010)
    reason = mission_view(state, "plan").reason
    assert reason is None or reason.code != "mission_announced_later"


def test_a_proposal_named_like_a_real_agreement_does_not_meet_a_requirement_on_it(pack):
    # The player's proposals are named "<kind>-<partner>"; a pack may name a real
    # agreement the same way, and a mission requiring that agreement still waits for it.
    pact = replace(pack.agreements[0], id="science-gamma", unlocks=())
    probe = replace(pack.by_id("missions")["probe"], requires=("science-gamma",))
    pack = replace(
        pack,
        agreements=(pact, *pack.agreements[1:]),
        missions=tuple(probe if m.id == "probe" else m for m in pack.missions),
    )
    state = advance_to(new_game(pack, "alpha", 1), 2001)
    state, _ = must(state, ProposeAgreement("gamma", "science"))
    assert any(s.id == "science-gamma" and not s.real for s in state.signed)
    after, outcomes = apply(state, StartMission("probe"))
    assert after is state and outcomes[0].reason.code == "needs_first"


def test_a_mission_flown_with_success_before_its_real_year_is_no_news_in_that_year(pack):
    from game.sim.state import Launch

    state = advance_to(new_game(pack, "alpha", 3), 2000)
    state = replace(state, launches=(*state.launches, Launch("sat", 2000, True, True)))
    state = advance_to(state, 2001)
    assert [n for n in state.news_for(2001) if n.record_id == "sat"] == []


def test_launch_services_need_rockets_on_one_side():
    from game.quiz.pack_check import open_pack
    from game.sim.diplomacy import proposal_refusal

    real = open_pack("space-cooperation")
    state = new_game(real, "abae", 1)  # Venezuela's agency has no rockets of its own
    kinds = [k.id for k in real.info.agreement_kinds if k.launch]
    assert kinds
    for kind in kinds:
        refused = proposal_refusal(state, "aeb", kind)
        assert refused is not None and refused.code == "no_rockets"
        allowed = proposal_refusal(state, "cnsa", kind)
        assert allowed is None or allowed.code != "no_rockets"


def test_a_mission_view_names_only_the_requirements_still_missing(pack):
    state = advance_to(new_game(pack, "alpha", 3), 2002)
    before = mission_view(state, "probe")
    assert before.missing == before.requires == ("Pact",) and before.met == ()
    state, _ = must(state, SignAgreement("pact"))
    after = mission_view(state, "probe")
    assert after.requires == after.met == ("Pact",) and after.missing == ()
