"""The greedy scripted player: takes whatever brings the most score per unit of budget now
(a bid while it is not yet safely ahead of the rivals; a test by the chance it adds times
what the mission is worth; an agreement net of its upkeep); knows every answer; of a
dilemma, takes the option whose effects are worth most.

``GreedyPlayer.value`` is the worth of one option; ``choose`` reckons the same worth group
by group (offers, missions, bids, tests, proposals: ``legal_actions`` order) without
building the options it would throw away, and does not ask whether an option is allowed
when even its best worth could not beat the best so far. ``tests/sim/test_fast_paths.py``
holds ``choose`` to the best of ``value`` over ``legal_actions``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.content.model import (
    Agreement,
    AgreementKind,
    DilemmaOption,
    Effects,
    Mission,
    Opportunity,
)
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
from game.sim.diplomacy import offer_refusal, proposals_closed
from game.sim.mission_starts import startable
from game.sim.missions import mission_reliability, reward_scale
from game.sim.opportunities import (
    bid_refusal,
    open_this_turn,
    opportunities_of,
    player_standing,
    threshold,
)
from game.sim.options import proposal_partners
from game.sim.scripted import dilemma_action, known_answer
from game.sim.spending import spare_research
from game.sim.state import GameState
from game.sim.testing import test_cost, testable_chances


def effects_points(effects: Effects, years_left: int) -> float:
    """Rough score value of effects, for the greedy player's arithmetic."""
    return (
        effects.prestige
        + effects.science / 2
        + effects.relations / 4
        + (effects.income * years_left + effects.budget) / 20
        + 20 * (effects.reliability + effects.cost_share)
    )


def dilemma_points(option: DilemmaOption, years_left: int) -> float:
    """Rough score value of a dilemma option's effects, like ``effects_points``."""
    effects = option.effects
    return (
        effects.prestige
        + effects.science / 2
        + sum((effects.relations or {}).values()) / 4
        + (effects.income * years_left + effects.budget) / 20
    )


def proposal_gain(kind: AgreementKind, years_left: int) -> float:
    """``GreedyPlayer.proposal_gain`` with ``years_left`` of the campaign."""
    upkeep = UPKEEP_PER_AGREEMENT * years_left / 20  # budget counts as effects_points does
    return PARTNER_POINTS + effects_points(kind.effects, years_left) - upkeep


def proposal_worths(state: GameState) -> tuple[tuple[str, float], ...]:
    """(kind id, proposal gain per unit of its cost) of each kind of agreement, in pack
    order: a pure function of the pack and the years left, kept per pack
    (``index.pack_view``) by years left, since every choice of every campaign weighs the
    kinds."""
    years_left = state.end_year - state.year
    return state.index.pack_view(
        ("greedy_proposal_worths", years_left),
        lambda: tuple(
            (kind.id, proposal_gain(kind, years_left) / (kind.cost + 10))
            for kind in state.pack.info.agreement_kinds
        ),
    )


def bids_this_turn(state: GameState) -> tuple[tuple[Opportunity, int, float], ...]:
    """(opportunity, its bid plus 10, the most a bid is worth: its rewards per unit of that)
    of each opportunity open this turn (``opportunities.open_now``) that the player does
    not host. Depends on the agency, the turn's last year and the years left alone (the
    year and the campaign's shape): kept per agency (``index.agency_view``) for every
    campaign."""
    year, end = state.year, state.end_year
    years_left = end - year
    return state.index.agency_view(
        state.agency_id,
        ("greedy_bids", year, end, state.years_per_turn),
        lambda: tuple(
            (o, o.bid + 10, effects_points(o.rewards, years_left) / (o.bid + 10))
            for o in state.pack.opportunities
            if open_this_turn(o, state) and o.host != state.agency_id
        ),
    )


@dataclass
class GreedyPlayer:
    name: str = "greedy"

    def value(self, state: GameState, action: Action, cost: int) -> float:
        """Score expected per unit of budget spent (0 or less: not worth it)."""
        index = state.index
        if isinstance(action, ChooseDilemmaOption):
            # Decided before anything else (the year cannot end without it): its best option
            # outweighs every other action, the rest are worth nothing.
            return math.inf if action == self.dilemma_choice(state) else 0.0
        if isinstance(action, SignAgreement):
            gain = self.signing_gain(state, index.agreements[action.agreement_id])
        elif isinstance(action, ProposeAgreement):
            gain = self.proposal_gain(state, index.kinds[action.kind])
        elif isinstance(action, BidForPlace):
            gain = self.bid_gain(state, action.opportunity_id)
        elif isinstance(action, StartMission):
            mission = index.missions[action.mission_id]
            gain = self.start_gain(state, mission, mission_reliability(state, mission))
        elif isinstance(action, TestMission):
            mission = index.missions[action.mission_id]
            gain = self.test_gain(state, mission, mission_reliability(state, mission))
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

    def signing_gain(self, state: GameState, agreement: Agreement) -> float:
        """What signing an offered ``agreement`` brings: a partner, its effects, and what
        it unlocks."""
        gain = PARTNER_POINTS + effects_points(agreement.effects, state.end_year - state.year)
        return gain + 10 * len(agreement.unlocks)

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

    def start_gain(self, state: GameState, mission: Mission, chance: float) -> float:
        """What starting ``mission`` brings, flown with ``chance``."""
        return chance * self.success_worth(state, mission)

    def test_gain(self, state: GameState, mission: Mission, chance: float) -> float:
        """What a test of ``mission`` (flown with ``chance`` now) brings: the chance it adds
        times a success and the prestige a failure would cost."""
        added = min(TEST_RELIABILITY, MAX_RELIABILITY - chance)
        failure = FAILURE_PRESTIGE_SHARE * max(0, mission.rewards.prestige)
        return added * (self.success_worth(state, mission) + failure)

    def proposal_gain(self, state: GameState, kind: AgreementKind) -> float:
        """What proposing an agreement of ``kind`` brings (whoever the partner), less what it
        costs to keep for the rest of the campaign (in points, as budget counts)."""
        return proposal_gain(kind, state.end_year - state.year)

    def choose(self, state: GameState) -> Action:
        """The allowed option worth most (the first of equals, in ``legal_actions`` order)."""
        if state.checkpoint is not None:
            return AnswerQuiz(known_answer(state))
        best_option = self.dilemma_choice(state) if state.dilemma else None
        if best_option is not None:
            return best_option
        # Only a worth above 0 is worth taking, and only one above the best so far wins.
        best: tuple[float, Action | None] = (0.0, None)
        for agreement_id in state.offers:
            if offer_refusal(state, agreement_id) is None:
                agreement = state.index.agreements[agreement_id]
                cost = max(0, -agreement.effects.budget)
                worth = self.signing_gain(state, agreement) / (cost + 10)
                if worth > best[0]:
                    best = (worth, SignAgreement(agreement_id))
        for mission, cost in startable(state):
            chance = mission_reliability(state, mission)
            worth = self.start_gain(state, mission, chance) / (cost + 10)
            if worth > best[0]:
                best = (worth, StartMission(mission.id))
        best = self.best_bid(state, best)
        for mission, chance in testable_chances(state):
            worth = self.test_gain(state, mission, chance) / (test_cost(mission) + 10)
            if worth > best[0]:
                best = (worth, TestMission(mission.id))
        best = self.best_proposal(state, best)
        if best[1] is None:
            return spare_research(state) or EndYear()  # ending the year is worth nothing
        return best[1]

    def best_bid(
        self, state: GameState, best: tuple[float, Action | None]
    ) -> tuple[float, Action | None]:
        """``best``, or a bid worth more. A bid is worth its rewards or nothing: one whose
        rewards could not beat ``best`` is not weighed."""
        for opportunity, cost, most in bids_this_turn(state):
            if most > best[0] and bid_refusal(state, opportunity.id) is None:
                worth = self.bid_gain(state, opportunity.id) / cost
                if worth > best[0]:
                    best = (worth, BidForPlace(opportunity.id))
        return best

    def best_proposal(
        self, state: GameState, best: tuple[float, Action | None]
    ) -> tuple[float, Action | None]:
        """``best``, or a proposal worth more. A proposal is worth what its kind brings,
        whoever the partner: each kind worth more than ``best`` is weighed once; of equals,
        the first in option order (partner, then kind) wins, as option by option."""
        if proposals_closed(state):  # most choices: the upkeep is full, or enough proposed
            return best
        worths = {kind: worth for kind, worth in proposal_worths(state) if worth > best[0]}
        if not worths:
            return best
        proposal: tuple[float, str, str] | None = None  # worth, partner, kind
        for kind, partners in proposal_partners(state, first_only=True, kinds=worths.keys()):
            worth = worths[kind.id]
            if (
                proposal is None
                or worth > proposal[0]
                or (worth == proposal[0] and partners[0] < proposal[1])
            ):
                proposal = (worth, partners[0], kind.id)
        if proposal is None:
            return best
        return proposal[0], ProposeAgreement(proposal[1], proposal[2])
