"""Scarce opportunities: the player's bids, seeded rivals, the host's decision and why a
place was lost, and the history rule (the real winners always hold their places in the
record; the game's places are decided "in your game")."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.model import Effects, Opportunity, Weights
from game.sim import BidForPlace, Refused, apply, new_game, state_from_dict, state_to_dict
from game.sim.opportunities import player_standing, rival_standings, threshold
from game.sim.options import legal_actions
from game.sim.outcomes import BidPlaced
from game.sim.players import play_campaign
from game.sim.rivals import eligible
from game.sim.state import GameState, evolve
from tests.sim.fakes import advance_to, fake_pack, must

SEAT = Opportunity(
    id="seat",
    title="A seat on Beta's probe",
    kind="payload",
    host="beta",
    open=2005,
    decide=2007,
    places=1,
    bid=10,
    counts=Weights(relations=1, prestige=0, science=0, bid=2),
    rewards=Effects(prestige=5, science=4, relations=6),
    facts=("f-moon",),
    winners=("Gamma",),
    winner_agencies=("gamma",),
    record_facts=("f-deal",),  # undated: the record shows its source's year, 2010
)
LAW_BOUND = replace(SEAT, id="gamma-seat", host="gamma", title="A seat with Gamma", open=2005)


def _pack(*opportunities: Opportunity):
    return replace(fake_pack(), opportunities=opportunities or (SEAT,))


def _in(year: int, seed: int = 1, *opportunities: Opportunity) -> GameState:
    return advance_to(new_game(_pack(*opportunities), "alpha", seed), year)


def _refusal(state: GameState, opportunity_id: str) -> str:
    after, outcomes = apply(state, BidForPlace(opportunity_id))
    assert after is state and isinstance(outcomes[0], Refused)
    return outcomes[0].reason.code


def test_a_bid_costs_its_price_and_counts_in_the_players_standing():
    state = _in(2005)
    before = player_standing(state, SEAT).total
    after, outcomes = must(state, BidForPlace("seat"))
    assert after.budget == state.budget - 10
    assert player_standing(after, SEAT).total == before + 2 * 10
    assert isinstance(outcomes[0], BidPlaced) and outcomes[0].standing == before + 20


def test_one_bid_a_year_for_each_opportunity():
    state, _ = must(_in(2005), BidForPlace("seat"))
    assert _refusal(state, "seat") == "bid_this_year"
    state = advance_to(state, 2006)
    assert must(state, BidForPlace("seat"))


def test_bids_are_taken_only_from_the_opening_year_to_the_year_before_the_decision():
    assert _refusal(_in(2004), "seat") == "opportunity_closed"
    assert _refusal(_in(2007), "seat") == "opportunity_closed"


def test_a_bid_that_the_budget_cannot_pay_is_refused():
    state = _in(2005)
    broke = evolve(state, stock=replace(state.stock, budget=9))
    assert _refusal(broke, "seat") == "cost_over_budget"


def test_a_ban_in_force_between_the_player_and_the_host_refuses_the_bid():
    state = _in(2005, 1, LAW_BOUND)  # the fake law of 2004 binds alpha and gamma
    assert _refusal(state, "gamma-seat") == "banned"


def test_a_player_does_not_bid_for_its_own_places():
    own = replace(SEAT, id="own", host="alpha")
    state = _in(2005, 1, own)
    assert _refusal(state, "own") == "own_opportunity"
    assert not [o for o in legal_actions(state) if o.group == "opportunity"]


def test_the_bid_option_is_offered_while_the_window_is_open():
    options = [o for o in legal_actions(_in(2005)) if o.group == "opportunity"]
    assert [(o.action, o.allowed, o.cost) for o in options] == [(BidForPlace("seat"), True, 10)]


def test_rivals_are_never_the_host_the_player_an_agency_not_yet_started_or_one_banned():
    state = _in(2005, 1, LAW_BOUND)
    assert eligible(state, SEAT) == ["delta", "gamma"]
    # gamma hosts; alpha plays; beta is bound by no ban, delta started in 2005.
    assert eligible(state, LAW_BOUND) == ["beta", "delta"]
    assert eligible(advance_to(new_game(_pack(), "alpha", 1), 2003), SEAT) == ["gamma"]


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_rivals_move_on_the_states_seed_alone(seed):
    one, two = _in(2007, seed), _in(2007, seed)
    assert one.bids == two.bids and one.rng_state == two.rng_state
    assert all(b.agency_id not in ("alpha", "beta") for b in one.bids)


def _with_rival_bids(state: GameState, *bids: int) -> GameState:
    """``state`` where gamma made bids of these amounts (a fixed rival, not the dice)."""
    from game.sim.state import Bid

    moves = tuple(Bid("seat", "gamma", 2005, amount) for amount in bids)
    return evolve(state, bids=tuple(b for b in state.bids if b.agency_id == "alpha") + moves)


def test_the_best_standing_wins_the_place_and_its_rewards():
    state, _ = must(_in(2006), BidForPlace("seat"))
    state = _with_rival_bids(state)  # no rival bid at all
    ended = advance_to(state, 2007)
    [result] = ended.opportunity_results
    assert result.winners == ("alpha",) and result.player_bid
    [news] = [n for n in ended.news_for(2007) if n.kind == "opportunity"]
    assert news.status == "won" and news.message is not None
    assert news.message.code == "opportunity_won_alone"  # no rival was left out
    assert (news.message.get("prestige"), news.message.get("science")) == (5, 4)
    assert ended.relation("beta") == min(100, state.relation("beta") + 6)


def test_a_won_place_names_the_best_standing_left_out():
    state, _ = must(_in(2005), BidForPlace("seat"))
    state, _ = must(advance_to(state, 2006), BidForPlace("seat"))
    state = _with_rival_bids(state, 5)
    mine = player_standing(state, SEAT).total
    theirs = rival_standings(state, SEAT)[0].total
    assert mine > theirs
    [news] = [n for n in advance_to(state, 2007).news_for(2007) if n.kind == "opportunity"]
    assert news.message is not None and news.message.code == "opportunity_won"
    assert (news.message.get("yours"), news.message.get("theirs")) == (mine, theirs)


def test_a_lost_place_says_who_won_both_standings_and_how_many_more_bids_would_have_won():
    state, _ = must(_in(2006), BidForPlace("seat"))
    state = _with_rival_bids(state, 10, 10, 10)
    mine = player_standing(state, SEAT).total
    theirs = rival_standings(state, SEAT)[0].total
    assert threshold(state, SEAT) == theirs > mine
    ended = advance_to(state, 2007)
    [news] = [n for n in ended.news_for(2007) if n.kind == "opportunity"]
    said = news.message
    assert news.status == "lost" and news.big and news.concerns_player
    assert said is not None and said.code.startswith("opportunity_lost_")
    assert said.get("winners") == ("gamma",)
    assert (said.get("yours"), said.get("theirs")) == (mine, theirs)
    bids = said.get("bids")
    assert mine + bids * 20 > theirs >= mine + (bids - 1) * 20  # exactly enough bids


def test_the_real_winners_hold_their_places_in_the_record_on_its_date_whatever_the_game():
    for seed in range(6):
        for bid in (False, True):
            state = _in(2005, seed)
            if bid:
                state, _ = must(state, BidForPlace("seat"))
            state = advance_to(state, 2011)
            record = [n for n in state.news if n.kind == "opportunity" and n.status == "done"]
            assert [(n.year, n.record_id) for n in record] == [(2010, "seat")]
            assert record[0].message is not None
            assert record[0].message.get("winners") == ("Gamma",)
            assert [c.fact_id for c in record[0].citations] == ["f-deal"]
            in_game = [n for n in state.news if n.kind in ("opportunity", "rival")]
            assert all(n.status != "done" for n in in_game if n is not record[0])


def test_a_campaign_with_bids_saves_and_loads_and_an_older_save_without_them_loads():
    state, _ = must(_in(2006), BidForPlace("seat"))
    state = advance_to(state, 2008)
    data = json.loads(json.dumps(state_to_dict(state)))
    assert state_from_dict(_pack(), data) == state
    for name in ("bids", "opportunity_results"):
        del data[name]
    for item in data["news"]:
        del item["message"]
    older = state_from_dict(_pack(), data)
    assert older.bids == () and older.opportunity_results == ()


def test_a_save_with_a_bid_for_no_opportunity_of_the_pack_is_refused():
    state, _ = must(_in(2006), BidForPlace("seat"))
    data = state_to_dict(state)
    data["bids"][0]["opportunity_id"] = "nowhere"
    try:
        state_from_dict(_pack(), data)
    except ValueError as error:
        assert "unknown opportunity" in str(error)
    else:
        raise AssertionError("the edited save loaded")


def test_the_historical_player_bids_only_where_its_agency_really_won_a_place():
    won = replace(SEAT, winner_agencies=("alpha",))
    bidder = play_campaign(_pack(won), "alpha", 3, "historical")
    assert {b.year for b in bidder.bids if b.agency_id == "alpha"} == {2005, 2006}
    stranger = play_campaign(_pack(), "alpha", 3, "historical")
    assert not [b for b in stranger.bids if b.agency_id == "alpha"]


def test_the_greedy_player_bids_for_a_place_it_is_not_sure_of():
    state = play_campaign(_pack(), "alpha", 3, "greedy")
    assert [b for b in state.bids if b.agency_id == "alpha"]
    assert state.opportunity_results and state.opportunity_results[0].player_bid


def test_in_the_built_in_packs_the_real_winners_show_on_their_record_year_in_every_game():
    from game.quiz.pack_check import open_pack
    from game.sim.opportunities import record_year

    for pack_id in ("space-cooperation", "venezuela-moon"):
        pack = open_pack(pack_id)
        for agency in (a.id for a in pack.agencies if a.playable):
            for player in ("greedy", "historical"):
                state = play_campaign(pack, agency, 2, player)
                for opportunity in pack.opportunities:
                    year = record_year(state, opportunity)
                    assert year is not None
                    shown = [
                        n
                        for n in state.news
                        if n.record_id == opportunity.id and n.status == "done"
                    ]
                    if state.start_year <= year <= state.end_year:
                        assert [n.year for n in shown] == [year], (pack_id, agency, opportunity.id)
                        cited = {c.fact_id for c in shown[0].citations}
                        assert cited == set(opportunity.record_facts)
                    else:
                        assert shown == []


def test_the_metrics_of_simulate_json_count_the_places_won_and_lost():
    from game.sim.metrics import measured_campaign

    state, metrics = measured_campaign(_pack(), "alpha", 3, "greedy")
    bid_for = [r for r in state.opportunity_results if r.player_bid]
    assert metrics.opportunities_won + metrics.opportunities_lost == len(bid_for) == 1
    data = metrics.to_json()
    [told] = data["opportunities"]
    assert told["opportunity_id"] == "seat" and told["won"] == ("alpha" in bid_for[0].winners)
    assert {"opportunities_won", "opportunities_lost"} <= data.keys()


def test_with_two_years_a_turn_a_place_is_decided_once_in_its_own_year():
    from game.content.model import Scenario

    two = Scenario(
        id="two",
        title="Two years a turn",
        agencies=("alpha",),
        start=2000,
        end=2012,
        years_per_turn=2,
    )
    pack = replace(_pack(), scenarios=(two,))
    state = advance_to(new_game(pack, "alpha", 4, "two"), 2004)  # the turn 2004-2005
    state, _ = must(state, BidForPlace("seat"))  # the window opens in 2005, within the turn
    state = advance_to(state, 2006)  # 2006-2007: the host decides in 2007
    assert _refusal(state, "seat") == "opportunity_closed"
    state = advance_to(state, 2011)
    assert [(r.opportunity_id, r.year) for r in state.opportunity_results] == [("seat", 2007)]
    record = [n for n in state.news if n.kind == "opportunity" and n.status == "done"]
    assert [n.year for n in record] == [2010]
