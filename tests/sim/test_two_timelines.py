"""The end report keeps *your timeline* (what happened in this game only) apart from *the
record* (what really happened, on its own date, with its sources)."""

from __future__ import annotations

from dataclasses import replace

from game.sim import (
    ChooseDilemmaOption,
    DeclineAgreement,
    EndYear,
    ProposeAgreement,
    SignAgreement,
    StartMission,
    new_game,
    report,
)
from game.sim.state import OpportunityResult, evolve
from game.sim.timelines import CHOSE, DECLINED, FLEW, LOST, PROPOSED, SIGNED, WON
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


def _fork_and_seat_pack():
    from tests.sim.test_dilemmas import FORK
    from tests.sim.test_opportunities import SEAT

    return replace(fake_pack(), dilemmas=(FORK,), opportunities=(SEAT,))


def test_opportunities_won_and_lost_are_in_your_timeline_with_their_year_and_host():
    state = new_game(_fork_and_seat_pack(), "alpha", 1)
    state = evolve(
        state,
        opportunity_results=(
            OpportunityResult("seat", 2007, ("alpha",), (("alpha", 30),), True),
            OpportunityResult("seat", 2008, ("gamma",), (("gamma", 40), ("alpha", 30)), True),
            OpportunityResult("seat", 2009, ("gamma",), (("gamma", 40),), False),  # no bid
        ),
    )
    mine = [e for e in report(state).your_timeline if e.kind == "opportunity"]
    assert [(e.year, e.what, e.partners, e.winners) for e in mine] == [
        (2007, WON, ("beta",), ()),
        (2008, LOST, ("beta",), ("gamma",)),
    ]
    names = {"beta": "BETA", "gamma": "GAMMA"}
    assert (
        your_line(mine[0], names)
        == "2007: you won “A seat on Beta's probe” from BETA, in your game"
    )
    assert your_line(mine[1], names) == (
        "2008: you lost “A seat on Beta's probe” to GAMMA, in your game"
    )


def test_dilemma_choices_are_in_your_timeline_beside_what_the_record_chose():
    state = new_game(_fork_and_seat_pack(), "alpha", 1)
    state = advance_to(state, 2002)
    assert state.dilemma == "fork"
    chosen, _ = must(state, ChooseDilemmaOption("fork", "rich"))
    [entry] = [e for e in report(chosen).your_timeline if e.kind == "dilemma"]
    assert (entry.year, entry.what, entry.option, entry.record_option) == (
        2002,
        CHOSE,
        "Rich",
        "Friends",
    )
    assert your_line(entry) == (
        "2002: A fork — you chose “Rich” in your game; the record: “Friends”"
    )
    same, _ = must(state, ChooseDilemmaOption("fork", "friends"))
    [entry] = [e for e in report(same).your_timeline if e.kind == "dilemma"]
    assert your_line(entry) == "2002: A fork — you chose “Friends”, as the record did"
    data = report(same).to_json()["your_timeline"]
    assert {"kind": "dilemma", "option": "Friends", "year": 2002}.items() <= next(
        e for e in data if e["kind"] == "dilemma"
    ).items()


def test_a_launch_in_the_same_turn_as_the_record_is_on_time_on_both_sides_and_says_why():
    from tests.sim.test_turn_length import TWO_YEARS

    pack = replace(fake_pack(), scenarios=(TWO_YEARS,))
    state = answered(new_game(pack, "alpha", 1, "long"))  # turns 2001-02, 2003-04, ...
    state, _ = must(state, SignAgreement("pact"))
    state, _ = must(state, StartMission("probe"))  # two build years: flies in 2003
    while not state.finished:
        state, _ = must(answered(state), EndYear())
    result = report(state)
    probe = next(e for e in result.your_timeline if e.record_id == "probe")
    record = next(e for e in result.the_record if e.record_id == "probe")
    assert (probe.year, probe.real_year, probe.compared) == (2003, 2004, "on time")
    assert (record.year, record.player_year, record.yours) == (2004, 2003, "on time")
    assert your_line(probe, years_per_turn=2) == (
        "2003: Probe flew (the record: 2004, in the same turn of 2 years: on time)"
    )
    assert record_note(record, 2) == "in your game: on time, 2003, in the same turn of 2 years"
    late = replace(record, yours="late", player_year=2007)
    assert record_note(late, 2) == "in your game: late, 2007"
