"""Scripted players for ``simulate``, the balance tests and the benchmarks.

- historical: does what the agency really did, when it did it: signs every offer, starts
  each real mission so it launches in its real year; proposes an agreement only when a
  mission falling due lacks a launcher (``launcher_proposal``); bids for an opportunity
  only where its agency really won a place; tests a mission being built while its chance
  is below ``HISTORICAL_TEST_BELOW``; knows every answer.
- greedy: takes whatever brings the most score per unit of budget now (a bid while it is
  not yet safely ahead of the rivals; a test by the chance it adds times what the mission
  is worth; an agreement net of its upkeep); knows every answer.
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

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from game.content import reach
from game.content.model import AgreementKind, DilemmaOption, Effects, Mission, Pack
from game.quiz.engine import Answer, right_answer
from game.sim.actions import (
    Action,
    AnswerQuiz,
    BidForPlace,
    ChooseDilemmaOption,
    EndYear,
    ProposeAgreement,
    SignAgreement,
    StartMission,
    TestMission,
)
from game.sim.balance import (
    FAILURE_PRESTIGE_SHARE,
    JOINT_FLIGHT_POINTS,
    MAX_RELIABILITY,
    PARTNER_POINTS,
    TEST_RELIABILITY,
    UPKEEP_PER_AGREEMENT,
)
from game.sim.dilemmas import dilemmas_of
from game.sim.diplomacy import proposal_cost
from game.sim.mission_starts import startable
from game.sim.missions import (
    blocker,
    candidates,
    launch_year,
    mission_reliability,
    mission_status,
    reward_scale,
)
from game.sim.opportunities import opportunities_of, player_standing, threshold
from game.sim.options import (
    allowed_actions,
    offer_options,
    opportunity_options,
    proposal_partners,
)
from game.sim.rules import apply
from game.sim.spending import historical_spending, may_start, spare_research
from game.sim.state import GameState
from game.sim.testing import test_cost, testable
from game.sim.world import new_game

MAX_ACTIONS_PER_YEAR = 200  # a safety net: no scripted player may stall a campaign


class Player(Protocol):
    name: str

    def choose(self, state: GameState) -> Action: ...


def known_answer(state: GameState) -> Answer:
    checkpoint = state.checkpoint
    assert checkpoint is not None
    return right_answer(state.index.quiz[checkpoint.item_id], checkpoint.question)


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


def dilemma_action(
    state: GameState, pick: Callable[[tuple[DilemmaOption, ...]], DilemmaOption]
) -> ChooseDilemmaOption | None:
    """The choice ``pick`` makes among the options of the dilemma waiting (None if none)."""
    if not state.dilemma:
        return None
    dilemma = dilemmas_of(state)[state.dilemma]
    return ChooseDilemmaOption(dilemma.id, pick(dilemma.options).id)


def when_stalled(state: GameState) -> Action:
    """What the safety net does for a player that took too many actions in a year: end
    it, or first decide the dilemma that keeps it from ending."""
    return dilemma_action(state, lambda options: options[0]) or EndYear()


def dilemma_points(option: DilemmaOption, years_left: int) -> float:
    """Rough score value of a dilemma option's effects, like ``effects_points``."""
    effects = option.effects
    return (
        effects.prestige
        + effects.science / 2
        + sum((effects.relations or {}).values()) / 4
        + (effects.income * years_left + effects.budget) / 20
    )


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


def effects_points(effects: Effects, years_left: int) -> float:
    """Rough score value of effects, for the greedy player's arithmetic."""
    return (
        effects.prestige
        + effects.science / 2
        + effects.relations / 4
        + (effects.income * years_left + effects.budget) / 20
        + 20 * (effects.reliability + effects.cost_share)
    )


@dataclass
class GreedyPlayer:
    name: str = "greedy"

    def value(self, state: GameState, action: Action, cost: int) -> float:
        """Score expected per unit of budget spent (0 or less: not worth it)."""
        years_left = state.end_year - state.year
        index = state.index
        if isinstance(action, ChooseDilemmaOption):
            # Decided before anything else (the year cannot end without it): its best option
            # outweighs every other action, the rest are worth nothing.
            return math.inf if action == self.dilemma_choice(state) else 0.0
        if isinstance(action, SignAgreement):
            agreement = index.agreements[action.agreement_id]
            gain = PARTNER_POINTS + effects_points(agreement.effects, years_left)
            gain += 10 * len(agreement.unlocks)
        elif isinstance(action, ProposeAgreement):
            gain = self.proposal_gain(state, index.kinds[action.kind])
        elif isinstance(action, BidForPlace):
            gain = self.bid_gain(state, action.opportunity_id)
        elif isinstance(action, StartMission):
            mission = index.missions[action.mission_id]
            chance = mission_reliability(state, mission)
            gain = chance * self.success_worth(state, mission)
        elif isinstance(action, TestMission):
            mission = index.missions[action.mission_id]
            added = min(TEST_RELIABILITY, MAX_RELIABILITY - mission_reliability(state, mission))
            failure = FAILURE_PRESTIGE_SHARE * max(0, mission.rewards.prestige)
            gain = added * (self.success_worth(state, mission) + failure)
        else:
            return 0.0
        return gain / (cost + 10)

    def dilemma_choice(self, state: GameState) -> ChooseDilemmaOption | None:
        """The option of the dilemma waiting whose effects are worth most (the first of
        equals)."""
        years_left = state.end_year - state.year
        return dilemma_action(
            state, lambda options: max(options, key=lambda o: dilemma_points(o, years_left))
        )

    def bid_gain(self, state: GameState, opportunity_id: str) -> float:
        """A place's worth while the player is not safely ahead of the rivals (one more bid
        of theirs would not pass it); nothing once it is."""
        opportunity = opportunities_of(state)[opportunity_id]
        to_beat = threshold(state, opportunity)
        one_bid = opportunity.counts.bid * opportunity.bid
        standing = player_standing(state, opportunity).total
        if to_beat is not None and standing > to_beat + one_bid:
            return 0.0
        if to_beat is None and standing > one_bid:
            return 0.0
        years_left = state.end_year - state.year
        return effects_points(opportunity.rewards, years_left)

    def success_worth(self, state: GameState, mission: Mission) -> float:
        """What a success of ``mission`` brings: its rewards, and a joint flight per partner."""
        rewards = effects_points(mission.rewards, state.end_year - state.year)
        return reward_scale(state, mission) * rewards + JOINT_FLIGHT_POINTS * len(mission.partners)

    def proposal_gain(self, state: GameState, kind: AgreementKind) -> float:
        """What proposing an agreement of ``kind`` brings (whoever the partner), less what it
        costs to keep for the rest of the campaign (in points, as budget counts)."""
        years_left = state.end_year - state.year
        upkeep = UPKEEP_PER_AGREEMENT * years_left / 20  # budget counts as effects_points does
        return PARTNER_POINTS + effects_points(kind.effects, years_left) - upkeep

    def choose(self, state: GameState) -> Action:
        """The allowed option worth most (the first of equals, in ``legal_actions`` order)."""
        if state.checkpoint is not None:
            return AnswerQuiz(known_answer(state))
        best_option = self.dilemma_choice(state)
        if best_option is not None:
            return best_option
        best: tuple[float, Action] | None = None
        choices = [(o.action, o.cost) for o in offer_options(state, explain=False)]
        choices += [(StartMission(m.id), cost) for m, cost in startable(state)]
        choices += [(o.action, o.cost) for o in opportunity_options(state, explain=False)]
        choices += [(TestMission(m.id), test_cost(m)) for m in testable(state)]
        for action, cost in choices:
            worth = self.value(state, action, cost)
            if worth > 0 and (best is None or worth > best[0]):
                best = (worth, action)
        # A proposal is worth what its kind brings, whoever the partner: weigh each kind once;
        # of equals, the first in option order (partner, then kind) wins, as option by option.
        proposal: tuple[float, str, str] | None = None  # worth, partner, kind
        for kind, partners in proposal_partners(state, first_only=True):
            worth = self.proposal_gain(state, kind) / (kind.cost + 10)
            if (
                proposal is None
                or worth > proposal[0]
                or (worth == proposal[0] and partners[0] < proposal[1])
            ):
                proposal = (worth, partners[0], kind.id)
        if proposal and proposal[0] > 0 and (best is None or proposal[0] > best[0]):
            best = (proposal[0], ProposeAgreement(proposal[1], proposal[2]))
        if best is None:
            return spare_research(state) or EndYear()  # ending the year is worth nothing
        return best[1]


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
