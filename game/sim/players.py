"""Scripted players for ``simulate``, the balance tests and the benchmarks.

- historical: does what the agency really did, when it did it: signs every offer, starts
  each real mission so it launches in its real year; proposes an agreement only when a
  mission falling due lacks a launcher (``launcher_proposal``); bids for an opportunity
  only where its agency really won a place; tests a mission being built while its chance
  is below ``HISTORICAL_TEST_BELOW``; knows every answer.
- greedy: takes whatever brings the most score per unit of budget now (a bid while it is
  not yet safely ahead of the rivals; a test by the chance it adds times what the mission
  is worth; an agreement net of its upkeep); knows every answer (``game.sim.greedy``).
- random: picks any allowed action at random; guesses answers.
- learner: answers every question right, otherwise plays at random (what learning is
  worth on its own).
- spammer: proposes every agreement it can, signs every offer, answers every question
  wrong (what signatures alone are worth).

A dilemma waiting is decided before the year ends: historical takes the option the pack
marks ``historical`` (else the first); greedy the one whose effects are worth most;
random (and learner) any option, when its turn comes to pick one; spammer the first.

A player is the person at the keyboard: its own randomness (seeded) lives in the player,
never in the game state, so it cannot change the world's dice.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from game.content import reach
from game.content.model import Mission, Pack
from game.quiz.engine import Answer
from game.sim.actions import (
    Action,
    AnswerQuiz,
    BidForPlace,
    EndYear,
    ProposeAgreement,
    SignAgreement,
    StartMission,
)
from game.sim.diplomacy import proposal_cost
from game.sim.greedy import GreedyPlayer as GreedyPlayer
from game.sim.missions import blocker, candidates, launch_year, mission_status
from game.sim.opportunities import opportunities_of
from game.sim.options import allowed_actions, proposal_partners
from game.sim.rules import apply
from game.sim.scripted import Player as Player
from game.sim.scripted import dilemma_action
from game.sim.scripted import known_answer as known_answer
from game.sim.spending import historical_spending, may_start
from game.sim.state import GameState
from game.sim.world import new_game

MAX_ACTIONS_PER_YEAR = 200  # a safety net: no scripted player may stall a campaign


def guessed_answer(state: GameState, rng: random.Random) -> Answer:
    checkpoint = state.checkpoint
    assert checkpoint is not None
    question = checkpoint.question
    right = known_answer(state)  # a guess has the shape of the right answer
    if isinstance(right, tuple):
        order = list(range(len(question.choices)))
        rng.shuffle(order)
        return tuple(order)
    if type(right) is int:
        return rng.randrange(len(question.choices))
    return float(rng.randint(0, 100))


def falls_due(state: GameState, mission: Mission) -> bool:
    """Whether a dated ``mission`` must start now to launch in its real year (or is late)."""
    # It would launch in (or after) the turn that covers its real year.
    return mission.date is not None and (
        launch_year(state, mission) + state.years_per_turn - 1 >= mission.date.year
    )


def launcher_proposal(state: GameState) -> ProposeAgreement | None:
    """An agreement that lets a mission falling due fly, when the launcher rule is all that
    stops it: to the first of the mission's partners with a launcher that would accept one
    now (else the first other agency with a launcher, by id), of the cheapest kind it would
    accept (of equals, the first in pack order)."""
    accepting = proposal_partners(state)
    if not accepting:
        return None
    index = state.index
    for mission_id in candidates(state):
        mission = index.missions[mission_id]
        if not falls_due(state, mission) or launch_year(state, mission) > state.end_year:
            continue
        if blocker(state, mission, mission_status(state, mission_id)) != "launcher":
            continue
        others = [a for a in index.agency_ids if a not in mission.partners]
        for partner in reach.launch_partners(index.agencies, (*mission.partners, *others)):
            kinds = [kind for kind, partners in accepting if partner in partners]
            if kinds:
                return ProposeAgreement(partner, min(kinds, key=proposal_cost).id)
    return None


def when_stalled(state: GameState) -> Action:
    """What the safety net does for a player that took too many actions in a year: end
    it, or first decide the dilemma that keeps it from ending."""
    return dilemma_action(state, lambda options: options[0]) or EndYear()


@dataclass
class HistoricalPlayer:
    name: str = "historical"

    def choose(self, state: GameState) -> Action:
        if state.checkpoint is not None:
            return AnswerQuiz(known_answer(state))
        real = dilemma_action(
            state, lambda options: next((o for o in options if o.historical), options[0])
        )
        if real is not None:
            return real
        for action in allowed_actions(state):
            if isinstance(action, SignAgreement):
                return action
            if (
                isinstance(action, StartMission)
                and falls_due(state, state.index.missions[action.mission_id])
                and may_start(state, action.mission_id)
            ):
                return action
            if (
                isinstance(action, BidForPlace)
                and state.agency_id
                in opportunities_of(state)[action.opportunity_id].winner_agencies
            ):
                return action
        proposal = launcher_proposal(state)
        if proposal:
            return proposal
        return historical_spending(state) or EndYear()


@dataclass
class RandomPlayer:
    seed: int = 0
    name: str = "random"
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def choose(self, state: GameState) -> Action:
        if state.checkpoint is not None:
            return AnswerQuiz(guessed_answer(state, self.rng))
        allowed = allowed_actions(state)
        return self.rng.choice(allowed) if allowed else EndYear()


def wrong_answer(state: GameState) -> Answer:
    """An answer that grades as wrong (a number far off, another choice, another order)."""
    right = known_answer(state)
    if isinstance(right, tuple):
        return tuple(reversed(right)) if len(right) > 1 else right
    if isinstance(right, float):
        return right + 1e6
    choices = len(state.checkpoint.question.choices) if state.checkpoint else 2
    return (right + 1) % max(2, choices)


@dataclass
class LearnerPlayer(RandomPlayer):
    name: str = "learner"

    def choose(self, state: GameState) -> Action:
        if state.checkpoint is not None:
            return AnswerQuiz(known_answer(state))
        return super().choose(state)


@dataclass
class SpammerPlayer:
    name: str = "spammer"

    def choose(self, state: GameState) -> Action:
        if state.checkpoint is not None:
            return AnswerQuiz(wrong_answer(state))
        first = dilemma_action(state, lambda options: options[0])
        if first is not None:
            return first
        actions = allowed_actions(state)
        for wanted in (ProposeAgreement, SignAgreement):
            for action in actions:
                if isinstance(action, wanted):
                    return action
        return EndYear()


PLAYERS: dict[str, Callable[[int], Player]] = {
    "historical": lambda seed: HistoricalPlayer(),
    "greedy": lambda seed: GreedyPlayer(),
    "random": lambda seed: RandomPlayer(seed),
    "learner": lambda seed: LearnerPlayer(seed),
    "spammer": lambda seed: SpammerPlayer(),
}


def play(state: GameState, player: Player) -> GameState:
    """Let ``player`` play ``state`` to the end of the campaign."""
    actions_this_year = 0
    year = state.year
    while not state.finished:
        action = player.choose(state)
        if actions_this_year >= MAX_ACTIONS_PER_YEAR and state.checkpoint is None:
            action = when_stalled(state)
        state, _ = apply(state, action)
        if state.year != year:
            year, actions_this_year = state.year, 0
        else:
            actions_this_year += 1
    return state


def play_campaign(
    pack: Pack, agency_id: str, seed: int, player: str = "historical", scenario: str | None = None
) -> GameState:
    """A whole campaign (or ``scenario``) of ``agency_id`` played by the scripted ``player``."""
    return play(new_game(pack, agency_id, seed, scenario), PLAYERS[player](seed))
