"""Ending an agreement: the player's own agreements can be ended to make room under the
upkeep limit, at a cost in relations; the record's agreements stay in force."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.sim import (
    AgreementEnded,
    EndAgreement,
    ProposeAgreement,
    Refused,
    SignAgreement,
    Stock,
    apply,
    ending_options,
    legal_actions,
    new_game,
    proposal_view,
    report,
    state_from_dict,
    state_to_dict,
)
from game.sim.balance import END_AGREEMENT_RELATIONS, UPKEEP_PER_AGREEMENT
from game.sim.timelines import ENDED, PROPOSED, your_timeline
from game.sim.upkeep import upkeep, upkeep_refusal
from tests.sim.fakes import advance_to, fake_pack, must

PACK = fake_pack()
OWN = "science-gamma"  # the id of alpha's proposal of a science agreement to gamma


@pytest.fixture
def proposed():
    """Alpha proposed a science agreement to gamma in 2000; it is now 2001."""
    state = advance_to(new_game(PACK, "alpha", 1), 2000)
    state, _ = must(state, ProposeAgreement("gamma", "science"))
    return advance_to(state, 2001)


def test_ending_your_own_agreement_frees_its_upkeep_and_costs_relations(proposed):
    kept, relations = upkeep(proposed), proposed.relation("gamma")
    state, outcomes = must(proposed, EndAgreement(OWN))
    assert upkeep(state) == kept - UPKEEP_PER_AGREEMENT
    assert state.relation("gamma") == relations - END_AGREEMENT_RELATIONS
    assert OWN not in {a.id for a in state.player_agreements()}
    assert outcomes == [
        AgreementEnded(OWN, "Science exchange", ("gamma",), END_AGREEMENT_RELATIONS)
    ]
    assert outcomes[0].message.code == "agreement_ended"


def test_a_player_whose_upkeep_is_full_makes_room_by_ending_one(proposed):
    full = replace(proposed, stock=Stock(budget=100, income=4, prestige=0, science=0))
    assert proposal_view(full, "gamma", "launch").reason.code == "upkeep_full"
    state, _ = must(full, EndAgreement(OWN))
    assert upkeep_refusal(state) is None
    assert proposal_view(state, "gamma", "launch").reason is None


def test_an_agreement_of_the_record_stays_in_force():
    state = advance_to(new_game(PACK, "alpha", 1), 2002)
    state, _ = must(state, SignAgreement("pact"))
    state = advance_to(state, 2003)
    after, outcomes = apply(state, EndAgreement("pact"))
    assert after is state
    assert isinstance(outcomes[0], Refused)
    assert outcomes[0].reason.code == "agreement_on_record"
    assert "pact" in {a.id for a in state.player_agreements()}


def test_an_agreement_made_this_turn_can_be_ended_from_the_next():
    state = advance_to(new_game(PACK, "alpha", 1), 2000)
    state, _ = must(state, ProposeAgreement("gamma", "science"))
    after, outcomes = apply(state, EndAgreement(OWN))
    assert after is state and outcomes[0].reason.code == "agreement_too_new"


def test_an_agreement_not_in_force_cannot_be_ended(proposed):
    after, outcomes = apply(proposed, EndAgreement("no-such-deal"))
    assert after is proposed
    assert outcomes[0].reason.code == "not_in_force"
    ended, _ = must(proposed, EndAgreement(OWN))
    assert apply(ended, EndAgreement(OWN))[1][0].reason.code == "not_in_force"


def test_your_timeline_shows_the_agreement_proposed_then_ended(proposed):
    state, _ = must(proposed, EndAgreement(OWN))
    mine = [(e.year, e.what) for e in your_timeline(state) if e.record_id == OWN]
    assert mine == [(2000, PROPOSED), (2001, ENDED)]
    assert report(state).agreements_signed == report(proposed).agreements_signed


def test_an_ended_agreement_is_kept_in_a_save(proposed):
    state, _ = must(proposed, EndAgreement(OWN))
    assert state_from_dict(PACK, state_to_dict(state)) == state


def test_ending_options_say_what_apply_would_and_scripted_players_never_see_them(proposed):
    options = ending_options(proposed)
    assert [o.action for o in options] == [EndAgreement(OWN)]
    for option in options:
        refused = any(isinstance(o, Refused) for o in apply(proposed, option.action)[1])
        assert option.allowed is not refused
    assert not any(isinstance(o.action, EndAgreement) for o in legal_actions(proposed))
