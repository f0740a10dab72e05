"""The end report keeps *your timeline* (what happened in this game only) apart from *the
record* (what really happened, on its own date, with its sources)."""

from __future__ import annotations

from game.sim import (
    DeclineAgreement,
    EndYear,
    ProposeAgreement,
    SignAgreement,
    StartMission,
    new_game,
    report,
)
from game.sim.timelines import DECLINED, FLEW, PROPOSED, SIGNED
from game.ui.report_words import record_line, record_note, your_line
from tests.sim.fakes import advance_to, answered, fake_pack, must


def played_alpha():
    """Alpha signs the real pact, proposes launch services, flies its satellite."""
    state = new_game(fake_pack(), "alpha", 1)
    state, _ = must(answered(state), StartMission("sat"))  # real year 2001
    state = advance_to(state, 2002)
    state, _ = must(state, SignAgreement("pact"))
    state, _ = must(answered(state), ProposeAgreement("gamma", "launch"))
    return state


def test_your_timeline_holds_only_what_the_player_did_in_this_game():
    result = report(played_alpha())
    mine = {(e.record_id, e.what, e.year) for e in result.your_timeline}
    assert ("sat", FLEW, 2001) in mine and ("pact", SIGNED, 2002) in mine
    proposal = next(e for e in result.your_timeline if e.what == PROPOSED)
    assert proposal.partners == ("gamma",) and proposal.real_year is None
    # the world's own records (the law of 2004, gamma's orbiter) are not the player's
    assert not {"law", "orbiter", "world-deal"} & {e.record_id for e in result.your_timeline}


def test_the_record_holds_what_really_happened_with_its_sources_and_no_proposal():
    state = played_alpha()
    while not state.finished:
        state, _ = must(answered(state), EndYear())
    result = report(state)
    record = {e.record_id: e for e in result.the_record}
    assert record["sat"].year == 2001 and record["sat"].yours == "on time"
    assert record["pact"].year == 2002 and record["pact"].citations
    assert record["law"].kind == "event" and record["law"].yours == ""  # alpha took part
    assert "orbiter" not in record  # gamma's mission: not alpha's record
    assert all(
        e.year == state.index.record(f"{e.kind}:{e.record_id}").date.year for e in result.the_record
    )
    proposals = {e.record_id for e in result.your_timeline if e.what == PROPOSED}
    assert proposals and not proposals & {e.record_id for e in result.the_record}


def test_a_declined_offer_is_in_your_timeline_and_missing_in_the_record_comparison():
    state = new_game(fake_pack(), "alpha", 1)
    state = advance_to(state, 2002)
    state, _ = must(state, DeclineAgreement("pact"))
    result = report(state)
    declined = next(e for e in result.your_timeline if e.record_id == "pact")
    assert (declined.what, declined.year) == (DECLINED, 2002)
    assert next(e for e in result.the_record if e.record_id == "pact").yours == "declined"


def test_a_slipped_plan_is_in_your_timeline_never_in_the_record():
    for seed in range(1, 40):  # the first seed whose game puts a plan back
        state = new_game(fake_pack(), "beta", seed)
        while not state.finished:
            state, _ = must(answered(state), EndYear())
        result = report(state)
        slipped = [e for e in result.your_timeline if e.what == "slipped"]
        if slipped:
            break
    assert slipped
    assert len(slipped) == len([item for item in state.news if item.kind == "slip"])
    record_years = {(e.record_id, e.year) for e in result.the_record}
    for entry in slipped:
        assert entry.expected is not None and entry.expected > entry.year
        assert (entry.record_id, entry.expected) not in record_years
        assert "put back to" in your_line(entry)


def test_both_timelines_are_in_the_json_report_as_two_lists():
    data = report(played_alpha()).to_json()
    assert {e["what"] for e in data["your_timeline"]} >= {FLEW, SIGNED, PROPOSED}
    assert all("citations" in e for e in data["the_record"])


def test_the_lines_say_in_your_game_and_the_record_in_words():
    result = report(played_alpha())
    sat = next(e for e in result.your_timeline if e.record_id == "sat")
    assert your_line(sat) == "2001: Sat flew"
    proposal = next(e for e in result.your_timeline if e.what == PROPOSED)
    assert your_line(proposal, {"gamma": "GAMMA"}) == "2002: you agreed Launch services with GAMMA"
    pact = next(e for e in result.the_record if e.record_id == "pact")
    assert record_line(pact) == "2002: Pact" and record_note(pact) == "in your game: on time"
