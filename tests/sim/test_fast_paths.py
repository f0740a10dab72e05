"""The cheap paths scripted players take, and the views derived from a state, give the
same answers as the rules asked one option at a time on a state seen afresh."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.citations import citations
from game.content.loader import load_pack
from game.content.model import Pack
from game.paths import builtin_packs_dir
from game.quiz.engine import reveal
from game.sim import (
    Action,
    AnswerQuiz,
    EndYear,
    GameState,
    ProposeAgreement,
    QuizAnswered,
    allowed_actions,
    allowed_options,
    apply,
    legal_actions,
    new_game,
    state_from_dict,
    state_to_dict,
)
from game.sim.diplomacy import proposal_refusal
from game.sim.missions import blocker, candidates, mission_cost, mission_status
from game.sim.options import open_proposals
from game.sim.players import GreedyPlayer, known_answer
from game.sim.spending import saving_for, spare_research
from game.sim.state import derived, evolve
from tests.sim.fakes import advance_to, fake_pack

PACK = fake_pack()


@pytest.fixture(scope="module")
def builtin() -> Pack:
    loaded, problems = load_pack(builtin_packs_dir() / "space-cooperation")
    assert loaded is not None, problems
    return loaded


def walk(
    pack: Pack, agency: str, seed: int, steps: int = 400, scenario: str | None = None
) -> list[GameState]:
    """The states of a campaign played by a random (seeded) hand, answering every question."""
    rng = random.Random(seed)
    state = new_game(pack, agency, seed, scenario)
    states = [state]
    while not state.finished and len(states) < steps:
        if state.checkpoint is not None:
            action: Action = AnswerQuiz(known_answer(state))
        else:
            action = rng.choice(allowed_actions(state) + [EndYear()])
        state, _ = apply(state, action)
        states.append(state)
    return states


def greedy_option_by_option(state: GameState) -> Action:
    """The greedy player's choice, weighing every allowed option of ``legal_actions`` (with
    nothing worth buying, research with money to spare)."""
    player = GreedyPlayer()
    best: tuple[float, Action] | None = None
    for option in legal_actions(state):
        worth = player.value(state, option.action, option.cost) if option.allowed else 0.0
        if worth > 0 and (best is None or worth > best[0]):
            best = (worth, option.action)
    return best[1] if best else (spare_research(state) or EndYear())


def saving_for_rule_by_rule(state: GameState) -> int:
    """``saving_for`` as ``blocker`` tells it, one candidate mission at a time."""
    costs = [
        mission_cost(state, mission)
        for mission_id in candidates(state)
        for mission in (state.index.missions[mission_id],)
        if blocker(state, mission, mission_status(state, mission_id)) == "budget"
        and state.year + max(1, mission.build_years) <= state.end_year
    ]
    return min(costs, default=0)


def assert_fast_paths_agree(state: GameState) -> None:
    options = legal_actions(state)
    if not state.finished:
        assert saving_for(state) == saving_for_rule_by_rule(state)
    assert allowed_options(state) == [o for o in options if o.allowed]
    pairs = [
        (o.action.partner, o.action.kind)
        for o in options
        if isinstance(o.action, ProposeAgreement)
        and not proposal_refusal(state, o.action.partner, o.action.kind)
    ]
    assert [(partner, kind.id) for partner, kind in open_proposals(state)] == pairs
    if state.checkpoint is None and not state.finished:
        assert GreedyPlayer().choose(state) == greedy_option_by_option(state)
    afresh = state_from_dict(state.pack, state_to_dict(state))  # no view carried over
    assert legal_actions(afresh) == options


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(("alpha", "beta", "gamma")), st.integers(0, 2**16))
def test_cheap_paths_and_carried_views_agree_with_the_rules(agency: str, seed: int) -> None:
    for state in walk(PACK, agency, seed):
        assert_fast_paths_agree(state)


def test_cheap_paths_agree_on_the_builtin_pack(builtin: Pack) -> None:
    playable = [a.id for a in builtin.agencies if a.playable]
    for seed, agency in enumerate(playable):
        for state in walk(builtin, agency, seed)[::3]:
            assert_fast_paths_agree(state)


def test_cheap_paths_agree_in_every_scenario_of_the_builtin_pack(builtin: Pack) -> None:
    # A scenario has its own years and turn length: the start tables are kept per both.
    for seed, scenario in enumerate(builtin.scenarios):
        for state in walk(builtin, scenario.agencies[0], seed, steps=120, scenario=scenario.id)[
            ::4
        ]:
            assert_fast_paths_agree(state)


def test_evolve_is_replace_and_refuses_unknown_fields() -> None:
    state = new_game(PACK, "alpha", 1)
    assert evolve(state, year=state.year + 1) == replace(state, year=state.year + 1)
    with pytest.raises(TypeError, match="GameState.yeer"):
        evolve(state, yeer=2001)


def test_views_read_only_the_fields_evolve_watches_and_survive_other_changes() -> None:
    state = new_game(PACK, "alpha", 1)
    with pytest.raises(ValueError, match="stock"):
        derived(state, ("signed", "stock"), "budget_view", lambda: state.stock.budget)
    made = derived(state, ("signed",), "count", lambda: len(state.signed))
    # A change of fields no view reads keeps every table; one a view reads drops its own.
    kept = evolve(state, stock=replace(state.stock, budget=0), news=())
    assert derived(kept, ("signed",), "count", lambda: -1) == made
    dropped = evolve(state, signed=())
    assert derived(dropped, ("signed",), "count", lambda: -1) == -1


def test_a_checkpoint_reveals_what_the_quiz_engine_reveals(builtin: Pack) -> None:
    state = new_game(builtin, "cnsa", 1)
    while state.checkpoint is None:
        state, _ = apply(state, EndYear())
    item = state.index.quiz[state.checkpoint.item_id]
    _, outcomes = apply(state, AnswerQuiz(known_answer(state)))
    answered = [o for o in outcomes if isinstance(o, QuizAnswered)]
    assert answered[0].reveal == reveal(builtin, item, True)


def test_the_index_cites_every_record_as_the_quiz_engine_does(builtin: Pack) -> None:
    index = new_game(builtin, "cnsa", 1).index
    cited = [e.facts for e in builtin.events] + [a.facts for a in builtin.agreements]
    for facts in cited + [m.facts for m in builtin.missions]:
        assert index.citations(facts) == citations(builtin, facts)
    assert index.citations(("no-such-fact",)) == ()


def test_of_kinds_worth_the_same_the_greedy_player_takes_the_first_option() -> None:
    first, second = PACK.info.agreement_kinds[:2]
    # The same worth for both; in 2003 only gamma (relations 70) meets the first kind's bar,
    # while beta (relations 45) takes the second: beta's option comes first (sorted).
    twins = (
        replace(first, cost=0, effects=second.effects, min_relations=60),
        replace(second, cost=0, min_relations=0),
    )
    pack = replace(PACK, info=replace(PACK.info, agreement_kinds=twins))
    state = advance_to(new_game(pack, "alpha", 1), 2003)
    choice = GreedyPlayer().choose(state)
    assert choice == greedy_option_by_option(state)
    assert isinstance(choice, ProposeAgreement) and choice.partner == "beta"
