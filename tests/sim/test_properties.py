"""Invariants under any sequence of actions: nothing negative, no unsound state, no
exception; refused actions change nothing; allowed options are never refused; the same
seed and actions give the same campaign; a state survives the trip to JSON and back.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.sim import (
    Action,
    AdvanceToNextEvent,
    AnswerQuiz,
    DeclineAgreement,
    EndYear,
    GameState,
    ProposeAgreement,
    Refused,
    SignAgreement,
    StartMission,
    apply,
    legal_actions,
    new_game,
    report,
    state_from_dict,
    state_to_dict,
)
from game.sim.invariants import state_problems
from game.sim.players import known_answer
from tests.sim.fakes import fake_pack

PACK = fake_pack()
AGENCIES = ("alpha", "beta", "gamma")

# Actions that are usually refused: unknown ids, wrong offers, silly answers.
ODD_ACTIONS: tuple[Action, ...] = (
    SignAgreement("world-deal"),
    SignAgreement("nope"),
    DeclineAgreement("pact"),
    ProposeAgreement("alpha", "science"),
    ProposeAgreement("nobody", "launch"),
    ProposeAgreement("gamma", "nonsense"),
    StartMission("orbiter"),
    StartMission("missing"),
    AnswerQuiz(99),
    AnswerQuiz(float("nan")),
    AnswerQuiz((2, 2, 2)),
    AdvanceToNextEvent(),
)


def candidates(state: GameState) -> list[Action]:
    found = [option.action for option in legal_actions(state)]
    if state.checkpoint is not None:
        found.append(AnswerQuiz(known_answer(state)))
    return found + list(ODD_ACTIONS) + [EndYear()] * 3


def play(agency: str, seed: int, choices: list[int]) -> tuple[GameState, list[Action]]:
    state = new_game(PACK, agency, seed)
    taken = []
    for choice in choices:
        if state.finished:
            break
        options = candidates(state)
        action = options[choice % len(options)]
        allowed = {o.action for o in legal_actions(state) if o.allowed}
        after, outcomes = apply(state, action)
        refused = [o for o in outcomes if isinstance(o, Refused)]
        if refused:
            assert after is state, "a refused action changed the state"
            assert action not in allowed, f"allowed option refused: {refused[0].reason}"
        else:
            assert state_problems(after) == []
        state = after
        taken.append(action)
    return state, taken


campaigns = st.tuples(
    st.sampled_from(AGENCIES),
    st.integers(min_value=0, max_value=2**32),
    st.lists(st.integers(min_value=0, max_value=1000), max_size=80),
)


@settings(max_examples=60, deadline=None)
@given(campaigns)
def test_any_sequence_of_actions_keeps_the_state_sound(campaign):
    agency, seed, choices = campaign
    state, _ = play(agency, seed, choices)
    assert (
        min(state.stock.budget, state.stock.income, state.stock.prestige, state.stock.science) >= 0
    )
    assert state_problems(state) == []


@settings(max_examples=25, deadline=None)
@given(campaigns)
def test_the_same_seed_and_actions_give_the_same_campaign(campaign):
    agency, seed, choices = campaign
    first, actions = play(agency, seed, choices)
    again = new_game(PACK, agency, seed)
    for action in actions:
        again, _ = apply(again, action)
    assert again == first
    assert report(again) == report(first)


@settings(max_examples=25, deadline=None)
@given(campaigns)
def test_a_state_survives_the_trip_to_json_and_back(campaign):
    agency, seed, choices = campaign
    state, _ = play(agency, seed, choices)
    text = json.dumps(state_to_dict(state), sort_keys=True)
    loaded = state_from_dict(PACK, json.loads(text))
    assert loaded == state
    # and it plays on identically: the generator's state came back too
    assert apply(loaded, EndYear()) == apply(state, EndYear())


@pytest.mark.slow
@settings(max_examples=600, deadline=None)
@given(campaigns)
def test_any_long_sequence_of_actions_keeps_the_state_sound(campaign):
    agency, seed, choices = campaign
    state, _ = play(agency, seed, choices * 4)
    assert state_problems(state) == []
