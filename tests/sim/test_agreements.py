"""Agreements: real ones offered in their year, proposals of the pack's kinds, and bans."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.sim import (
    AgreementDeclined,
    DeclineAgreement,
    EndYear,
    ProposeAgreement,
    Refused,
    SignAgreement,
    StartMission,
    Stock,
    UnknownAgency,
    allowed_actions,
    apply,
    message,
    mission_view,
    new_game,
    proposal_view,
)
from tests import fakes as make
from tests.sim.fakes import START, advance_to, fake_pack, must


@pytest.fixture
def pack():
    return fake_pack()


def test_a_new_game_starts_in_the_agencys_first_year_with_its_resources(pack):
    state = new_game(pack, "beta", 7)
    assert (state.year, state.start_year, state.end_year) == (2003, 2003, 2012)
    assert (state.stock.budget, state.stock.income, state.stock.prestige) == (60, 25, 1)
    assert state.relation("gamma") == 65  # gamma's view of beta, beta states none
    assert state.relation("delta") == 50  # nobody states one: the default


def test_an_unknown_agency_is_refused_with_a_did_you_mean(pack):
    with pytest.raises(UnknownAgency, match="Did you mean 'alpha'"):
        new_game(pack, "alpah", 1)


def test_a_non_playable_agency_cannot_be_chosen(pack):
    with pytest.raises(UnknownAgency, match="not playable"):
        new_game(pack, "delta", 1)


def test_a_real_agreement_of_the_player_is_offered_in_its_year(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2001)
    assert state.offers == ()
    state = advance_to(state, 2002)
    assert state.offers == ("pact",)
    assert any(item.kind == "offer" and item.record_id == "pact" for item in state.news_for(2002))


def test_signing_an_agreement_unlocks_its_missions(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2002)
    assert mission_view(state, "probe").reason == message("needs_first", needs=("Pact",))
    state, outcomes = must(state, SignAgreement("pact"))
    assert state.offers == ()
    assert "pact" in {a.id for a in state.player_agreements()}
    assert mission_view(state, "probe").allowed
    must(state, StartMission("probe"))


def test_declining_an_offer_keeps_its_missions_locked(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2002)
    state, outcomes = must(state, DeclineAgreement("pact"))
    assert outcomes == [AgreementDeclined("pact", "Pact", lapsed=False)]
    assert state.declined == ("pact",)
    assert not mission_view(state, "probe").allowed


def test_an_offer_left_unanswered_lapses_at_the_end_of_the_year(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2002)
    state, outcomes = must(state, EndYear())
    assert AgreementDeclined("pact", "Pact", lapsed=True) in outcomes
    assert state.declined == ("pact",)
    after, outcomes = apply(state, SignAgreement("pact"))
    assert after is state and isinstance(outcomes[0], Refused)


def test_a_ban_from_an_event_refuses_the_proposal(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2003)
    assert proposal_view(state, "gamma", "science").allowed
    state = advance_to(state, 2004)
    after, outcomes = apply(state, ProposeAgreement("gamma", "science"))
    assert after is state
    assert outcomes == [
        Refused(
            ProposeAgreement("gamma", "science"),
            message("banned", reason="A law forbids ALPHA to make agreements with GAMMA."),
        )
    ]


def test_a_ban_binds_the_other_side_too(pack):
    state = advance_to(new_game(pack, "gamma", 1), 2004)
    reason = proposal_view(state, "alpha", "science").reason
    assert reason is not None and reason.code == "banned"
    assert reason.get("reason").startswith("A law forbids")


def test_a_proposal_below_the_kinds_min_relations_is_refused(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2003)
    view = proposal_view(state, "beta", "launch")
    assert not view.allowed
    assert view.reason == message(
        "relations_too_low", kind="Launch services", partner="BETA", wanted=60, relations=45
    )


def test_a_proposal_to_an_agency_not_founded_yet_is_refused(pack):
    state = new_game(pack, "alpha", 1)
    assert proposal_view(state, "beta", "science").reason == message(
        "partner_not_active", partner="BETA", year=2003
    )


def test_an_accepted_proposal_costs_the_kind_and_gives_its_effects(pack):
    state = advance_to(new_game(pack, "beta", 1), 2003)
    before = state
    state, _ = must(state, ProposeAgreement("gamma", "science"))
    assert state.stock.budget == before.stock.budget - 10
    assert state.stock.science == before.stock.science + 4
    assert state.relation("gamma") == before.relation("gamma") + 5
    signed = state.player_agreements()[-1]
    assert (signed.parties, signed.year, signed.real) == (("beta", "gamma"), 2003, False)


def test_the_same_proposal_cannot_be_signed_twice(pack):
    state = advance_to(new_game(pack, "beta", 1), 2003)
    state, _ = must(state, ProposeAgreement("gamma", "science"))
    reason = proposal_view(state, "gamma", "science").reason
    assert reason is not None and reason.code == "already_agreed"


def test_a_proposal_that_cannot_be_paid_is_refused(pack):
    state = advance_to(new_game(pack, "beta", 1), 2003)
    poor = replace(state, stock=Stock(budget=5, income=0, prestige=0, science=0))
    after, outcomes = apply(poor, ProposeAgreement("gamma", "science"))
    assert after is poor
    assert outcomes[0].reason == message("cost_over_budget", cost=10, budget=5)


def test_the_world_signs_other_agencies_agreements_in_their_year(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2006)
    world = {a.id: a for a in state.signed if not a.by_player}
    assert world["world-deal"].year == 2006
    assert world["moon-memo"].parties == ("beta", "gamma")
    assert state.news_for(2006)[0].citations[0].source_title == "The Paper"


def test_an_event_applies_its_effects_to_the_agencies_it_concerns(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2003)
    before = state.relation("gamma")
    state = advance_to(state, 2004)
    assert state.relation("gamma") == before - 10


def test_a_player_may_propose_only_one_agreement_a_year(pack):
    state = advance_to(new_game(pack, "beta", 1), 2003)
    state, _ = must(state, ProposeAgreement("gamma", "science"))
    assert proposal_view(state, "alpha", "science").reason == message("proposed_this_year", most=1)
    state = advance_to(state, 2004)
    assert proposal_view(state, "alpha", "science").allowed


def with_science_since(pack, year: int):
    science, launch = pack.info.agreement_kinds
    kinds = (replace(science, since=year), launch)
    return replace(pack, info=replace(pack.info, agreement_kinds=kinds))


def test_a_kind_cannot_be_proposed_before_its_first_year(pack):
    state = advance_to(new_game(with_science_since(pack, 2005), "beta", 1), 2003)
    after, outcomes = apply(state, ProposeAgreement("gamma", "science"))
    assert after is state
    assert outcomes == [
        Refused(
            ProposeAgreement("gamma", "science"),
            message("kind_not_yet", kind="Science exchange", year=2005),
        )
    ]
    assert ProposeAgreement("gamma", "science") not in allowed_actions(state)
    later = advance_to(state, 2005)
    assert proposal_view(later, "gamma", "science").allowed
    assert ProposeAgreement("gamma", "science") in allowed_actions(later)


def test_a_kind_with_no_first_year_may_be_proposed_from_the_start(pack):
    assert all(kind.since == 0 for kind in pack.info.agreement_kinds)
    state = advance_to(new_game(pack, "beta", 1), 2003)
    assert proposal_view(state, "gamma", "science").allowed


def test_a_mistyped_agency_is_matched_to_a_playable_one_first(pack):
    extra = (make.agency("cnsa", START), make.agency("nasa", START, playable=False))
    bigger = replace(pack, agencies=pack.agencies + extra)
    with pytest.raises(UnknownAgency, match="Did you mean 'cnsa'"):
        new_game(bigger, "cnas", 1)
