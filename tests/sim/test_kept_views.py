"""The views kept per state for missions and opportunities (the launch record, one cost
table per state, the start plans' requirements, the rivals barred from a host and the
rival standings) give what a fresh computation gives, whatever line of play led there."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.loader import load_pack
from game.content.model import Opportunity, Pack
from game.paths import builtin_packs_dir
from game.sim import (
    Action,
    AnswerQuiz,
    EndYear,
    GameState,
    allowed_actions,
    apply,
    state_from_dict,
    state_to_dict,
)
from game.sim.balance import STANDING_CAP
from game.sim.diplomacy import ban_between
from game.sim.missions import launch_record, mission_cost, mission_reliability
from game.sim.opportunities import (
    Standing,
    bids_of,
    rival_standing,
    rival_standings,
)
from game.sim.players import known_answer
from game.sim.risk import experience_of, kinds_flown, player_successes
from game.sim.rivals import _may_exist, eligible, relations_with_host, strength
from tests.sim.fakes import fake_pack
from tests.sim.test_fast_paths import walk

PACK = fake_pack()


def counted_afresh(state: GameState) -> tuple[dict[str, tuple[int, int]], int, dict[str, set[str]]]:
    """The player's (tries, successes) per mission, its successes, and the kinds each agency
    has flown with success, counted over every launch."""
    record: dict[str, tuple[int, int]] = {}
    kinds: dict[str, set[str]] = {}
    for launch in state.launches:
        if launch.by_player:
            tries, wins = record.get(launch.mission_id, (0, 0))
            record[launch.mission_id] = (tries + 1, wins + launch.success)
        mission = state.index.missions.get(launch.mission_id)
        if launch.success and mission is not None:
            for agency in (mission.lead, *mission.partners):
                kinds.setdefault(agency, set()).add(experience_of(mission))
    successes = sum(1 for launch in state.launches if launch.by_player and launch.success)
    return record, successes, kinds


def weighed_afresh(state: GameState, opportunity: Opportunity, agency_id: str) -> Standing:
    """A rival's standing with the host, from its strength and moves now."""
    moves = bids_of(state, opportunity.id, agency_id)
    prestige, science = strength(state, agency_id)
    counts = opportunity.counts
    return Standing(
        agency_id,
        counts.relations * relations_with_host(state, opportunity, agency_id, moves),
        counts.prestige * min(prestige, STANDING_CAP),
        counts.science * min(science, STANDING_CAP),
        counts.bid * sum(move.amount for move in moves),
    )


def assert_kept_views_agree(state: GameState) -> None:
    record, successes, kinds = counted_afresh(state)
    assert dict(launch_record(state)) == record
    assert player_successes(state) == successes
    assert {agency: set(flown) for agency, flown in kinds_flown(state).items()} == kinds
    afresh = state_from_dict(state.pack, state_to_dict(state))  # no view carried over
    for mission_id in state.index.open_missions.get(state.agency_id, ()):
        mission = state.index.missions[mission_id]
        assert mission_reliability(state, mission) == mission_reliability(afresh, mission)
        assert mission_cost(state, mission) == mission_cost(afresh, mission)
    for opportunity in state.pack.opportunities:
        movers = {b.agency_id for b in state.bids if b.opportunity_id == opportunity.id}
        one_by_one = sorted(
            (rival_standing(state, opportunity, a) for a in movers - {state.agency_id}),
            key=lambda s: (-s.total, s.agency_id),
        )
        assert list(rival_standings(state, opportunity)) == one_by_one
        for standing in one_by_one:  # kept per pack: the same as weighed afresh
            assert standing == weighed_afresh(state, opportunity, standing.agency_id)
        assert all(bids_of(state, opportunity.id, a) for a in movers)
        rivals_free = [
            a
            for a in _may_exist(state, opportunity, state.year)
            if ban_between(state, a, opportunity.host, "") is None
        ]
        assert eligible(state, opportunity) == rivals_free


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(("alpha", "beta", "gamma")), st.integers(0, 2**16))
def test_kept_views_agree_with_a_fresh_count(agency: str, seed: int) -> None:
    for state in walk(PACK, agency, seed):
        assert_kept_views_agree(state)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(("alpha", "beta", "gamma")), st.integers(0, 2**16), st.data())
def test_kept_views_agree_on_two_lines_of_play_from_one_state(
    agency: str, seed: int, data: st.DataObject
) -> None:
    # Two lines of play from one earlier state share the views of the fields neither
    # changed, played in turn: neither may see a view made for the other.
    states = walk(PACK, agency, seed)
    start = states[data.draw(st.integers(0, len(states) - 1))]
    lines = [(start, random.Random(seed + 1)), (start, random.Random(seed + 2))]
    for _ in range(60):
        for n, (state, rng) in enumerate(lines):
            if not state.finished:
                state, _ = apply(state, next_action(state, rng))
                assert_kept_views_agree(state)
                lines[n] = (state, rng)


def next_action(state: GameState, rng: random.Random) -> Action:
    if state.checkpoint is not None:
        return AnswerQuiz(known_answer(state))
    return rng.choice([*allowed_actions(state), EndYear()])


def test_kept_views_agree_on_the_builtin_pack() -> None:
    builtin: Pack | None
    builtin, problems = load_pack(builtin_packs_dir() / "space-cooperation")
    assert builtin is not None, problems
    playable = [a.id for a in builtin.agencies if a.playable]
    for seed, agency in enumerate(playable[:4]):
        for state in walk(builtin, agency, seed)[::5]:
            assert_kept_views_agree(state)
