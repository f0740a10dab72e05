"""The end report, the scripted players, and the ``simulate`` command on the fake pack."""

from __future__ import annotations

import argparse
import json
from statistics import mean

import pytest

from game.commands import simulate
from game.commands.simulate import missed_words
from game.sim import (
    DeclineAgreement,
    EndYear,
    UnknownAgency,
    apply,
    new_game,
    play_campaign,
    report,
)
from tests.sim.fakes import answered, fake_pack, mission, with_missions

PACK = fake_pack()


def test_the_historical_player_follows_the_real_timeline_exactly():
    # A seed whose launches all succeed: a probe that fails on time and flies again later
    # is bad luck, which the history score counts as late.
    result = report(play_campaign(PACK, "alpha", 3, "historical"))
    assert result.finished and result.turns == 13
    assert result.score.history == 100
    years = {(e.record_id, e.real_year, e.player_year) for e in result.timeline}
    assert ("pact", 2002, 2002) in years
    assert all(e.citations for e in result.timeline if e.real_year and e.record_id == "pact")


def test_a_player_who_does_nothing_has_no_history_and_no_partnerships():
    state = new_game(PACK, "alpha", 1)
    result = report(state)
    assert result.score.history == 0 and result.score.partnerships == 0
    assert {e.status for e in result.timeline} == {"missed"}


def test_the_score_is_the_sum_of_its_parts():
    result = report(play_campaign(PACK, "gamma", 4, "greedy"))
    parts = result.score
    assert parts.total == parts.prestige + parts.partnerships + parts.knowledge + parts.history
    data = result.to_json()
    assert data["score"]["total"] == parts.total
    for key in (
        "agency", "seed", "start_year", "end_year", "turns", "missions_launched",
        "missions_succeeded", "agreements_signed", "quiz_asked", "quiz_right", "timeline",
    ):  # fmt: skip
        assert key in data


@pytest.mark.parametrize("agency", ["alpha", "beta", "gamma"])
def test_greedy_beats_random_on_average(agency):
    seeds = range(20)
    greedy = mean(report(play_campaign(PACK, agency, s, "greedy")).score.total for s in seeds)
    chance = mean(report(play_campaign(PACK, agency, s, "random")).score.total for s in seeds)
    assert greedy > chance


def run_simulate(capsys, **overrides) -> str:
    args = argparse.Namespace(pack="fake", agency="beta", seed=3, player="greedy", json=True)
    for key, value in overrides.items():
        setattr(args, key, value)
    assert simulate.run(args, load=lambda _: PACK) == 0
    return capsys.readouterr().out


def test_simulate_prints_the_same_json_bytes_every_time(capsys):
    first = run_simulate(capsys)
    second = run_simulate(capsys)
    assert first == second
    data = json.loads(first)
    assert (data["agency"], data["seed"], data["player"]) == ("beta", 3, "greedy")
    assert (data["start_year"], data["end_year"]) == (2003, 2012)


def test_simulate_without_json_prints_a_readable_summary(capsys):
    out = run_simulate(capsys, json=False, player="historical")
    assert out.startswith("Beta Space Agency (beta), 2003-2012, seed 3, historical player")
    yours = out.index("your timeline (in your game only, not history):")
    record = out.index("the record (what really happened, with sources):")
    assert yours < record  # two lists, never one mixed list


def test_simulate_refuses_an_unknown_agency_with_a_hint(capsys):
    with pytest.raises(UnknownAgency) as caught:
        run_simulate(capsys, agency="gama")
    assert caught.value.exit_code == 2
    assert "Did you mean 'gamma'?" in str(caught.value)


def test_an_unknown_agency_is_one_of_the_projects_own_errors():
    from game import errors

    assert UnknownAgency is errors.UnknownAgency
    assert issubclass(UnknownAgency, errors.SpaceAccordError)


def with_beacon(partners: tuple[str, ...]):
    """Beta (no launcher) has a satellite due in 2004 and no real agreement to launch it."""
    beacon = mission("beacon", "beta", 2004, partners=partners, reliability=0.99)
    return with_missions(PACK, beacon)


def test_the_historical_player_proposes_an_agreement_to_launch_a_mission_on_time():
    state = play_campaign(with_beacon(("gamma",)), "beta", 1, "historical")
    proposed = [s for s in state.player_agreements() if not s.real]
    assert [(s.parties, s.kind, s.year) for s in proposed] == [(("beta", "gamma"), "science", 2003)]
    (entry,) = [e for e in report(state).timeline if e.record_id == "beacon"]
    assert (entry.real_year, entry.player_year) == (2004, 2004)


def test_without_a_partner_with_a_launcher_the_historical_player_asks_another_agency():
    state = play_campaign(with_beacon(()), "beta", 1, "historical")
    proposed = [s for s in state.player_agreements() if not s.real]
    assert [(s.parties, s.year) for s in proposed] == [(("beta", "alpha"), 2003)]


def test_a_missed_mission_says_which_rule_blocked_it():
    state = new_game(with_beacon(("gamma",)), "beta", 1)
    while not state.finished:  # declines every offer, proposes and starts nothing
        state = answered(state)
        action = DeclineAgreement(state.offers[0]) if state.offers else EndYear()
        state, _ = apply(state, action)
    result = report(state)
    why = {e.record_id: (e.why, e.needs) for e in result.timeline}
    assert why["beacon"] == ("launcher", ())
    assert why["relay"] == ("needs", ("Moon Memo",))
    beacon = next(e for e in result.to_json()["timeline"] if e["record_id"] == "beacon")
    assert beacon["why"] == "launcher"
    relay = next(e for e in result.timeline if e.record_id == "relay")
    assert missed_words(relay) == "needs Moon Memo"


def test_a_report_before_the_end_gives_no_reason_for_what_is_still_ahead():
    result = report(new_game(with_beacon(("gamma",)), "beta", 1))
    assert {e.why for e in result.timeline} == {""}
