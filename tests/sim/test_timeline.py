"""The world along its timeline: income, plans that slip, advancing, and the campaign's end."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.content.model import PackDate
from game.sim import (
    CAMPAIGN_OVER,
    AdvanceToNextEvent,
    AgreementDeclined,
    CampaignEnded,
    DeclineAgreement,
    EndYear,
    apply,
    legal_actions,
    new_game,
)
from tests.sim.fakes import advance_to, answered, fake_pack, must


@pytest.fixture
def pack():
    return fake_pack()


def test_ending_a_year_adds_the_yearly_income(pack):
    state = answered(new_game(pack, "alpha", 1))
    after, _ = must(state, EndYear())
    assert after.year == 2001
    assert after.stock.budget == state.stock.budget + state.stock.income


def test_plans_beyond_their_sources_may_slip_and_are_shown_as_slipped(pack):
    # The summit is planned for 2009; told in a source of 2005 it is still an open plan.
    early = replace(pack.sources[0], published=PackDate(2005, 1, 1))
    pack = replace(pack, sources=(early, *pack.sources[1:]))
    slipped = kept = 0
    for seed in range(40):
        state = advance_to(new_game(pack, "gamma", seed), 2012)
        summit = [h for h in state.happened if h.key == "event:summit"]
        slips = [n for n in state.news if n.record_id == "summit" and n.kind == "slip"]
        if slips:
            slipped += 1
            assert slips[0].year == 2009 and slips[0].status == "slipped"
            assert not summit or summit[0].year > 2009 and summit[0].slipped_from == 2009
        else:
            kept += 1
            assert summit[0].year == 2009 and summit[0].slipped_from is None
    assert slipped and kept


def test_done_records_never_slip(pack):
    for seed in range(20):
        state = advance_to(new_game(pack, "alpha", seed), 2007)
        years = {h.key: h.year for h in state.happened}
        assert years["agreement:moon-memo"] == 2005 and years["mission:orbiter"] == 2003


def test_records_before_the_players_start_are_history_already(pack):
    state = new_game(pack, "beta", 1)
    assert state.has_happened("agreement:pact") and state.has_happened("mission:orbiter")
    assert state.news_for(2002) == ()


def test_advancing_stops_at_the_next_year_that_concerns_the_player(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2002)
    state, _ = must(state, DeclineAgreement("pact"))
    state, outcomes = must(state, AdvanceToNextEvent())
    assert state.year == 2004  # 2003 brings nothing for alpha; 2004 brings the law
    assert any(n.record_id == "law" for n in state.news_for(2004))


@pytest.mark.parametrize("agency", ["alpha", "beta", "gamma"])
def test_advancing_stops_at_every_year_that_offers_the_player_an_agreement(pack, agency):
    state, seen = new_game(pack, agency, 1), set()
    while not state.finished:
        seen.update(state.offers)
        state, outcomes = must(answered(state), AdvanceToNextEvent())
        lapsed = [o.agreement_id for o in outcomes if isinstance(o, AgreementDeclined)]
        assert set(lapsed) <= seen, (agency, state.year, lapsed)
    assert seen  # each fake agency is offered a real agreement on the way


def test_an_offer_stops_advancing_even_when_nothing_else_happens_that_year(pack):
    state = advance_to(new_game(pack, "beta", 1), 2003)
    while state.year < 2005:
        state, _ = must(answered(state), AdvanceToNextEvent())
    assert state.year == 2005 and state.offers == ("moon-memo",)


def test_the_campaign_ends_after_the_packs_last_year(pack):
    state = advance_to(new_game(pack, "alpha", 1), 2012)
    state, outcomes = must(state, EndYear())
    assert state.finished and state.year == 2012
    assert outcomes[-1] == CampaignEnded(2012)
    assert legal_actions(state) == []
    after, outcomes = apply(state, EndYear())
    assert after is state and outcomes[0].reason == CAMPAIGN_OVER
