"""``legal_actions(state)``: every action the player could take now, allowed or not.

A refused option keeps its reason so the UI can show it greyed out with the why; the same
refusal functions decide ``apply``, so an option marked allowed is never refused.
``allowed_options(state)`` lists only the allowed ones, cheaply, for scripted players.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import islice

from game.content.model import AgreementKind
from game.quiz.engine import right_answer
from game.sim import (
    dilemmas,
    diplomacy,
    ending,
    mission_starts,
    missions,
    opportunities,
    research,
    testing,
)
from game.sim.actions import (
    Action,
    AdvanceToNextEvent,
    AnswerQuiz,
    BidForPlace,
    ChooseDilemmaOption,
    DeclineAgreement,
    EndAgreement,
    EndYear,
    FundResearch,
    ProposeAgreement,
    SignAgreement,
    StartMission,
    TestMission,
)
from game.sim.messages import Message
from game.sim.rules import year_end_refusal
from game.sim.state import GameState


@dataclass(frozen=True)
class Option:
    """One thing the player could do. ``group`` is ``quiz``, ``dilemma``, ``offer``,
    ``mission``, ``test``, ``research``, ``proposal``, ``opportunity`` or ``year``;
    ``reason`` (None when allowed) says why not, as a code;
    ``cost`` and ``reliability`` are after every bonus. The UI words it from the action."""

    action: Action
    allowed: bool
    reason: Message | None
    group: str
    cost: int = 0
    reliability: float | None = None
    partners: tuple[str, ...] = ()


def quiz_options(state: GameState) -> list[Option]:
    """One option per choice of a checkpoint answered by one option (choice, true/false);
    order, match and number questions take free answers: the UI builds their
    ``AnswerQuiz`` itself."""
    checkpoint = state.checkpoint
    if checkpoint is None:
        return []
    item = state.index.quiz[checkpoint.item_id]
    if type(right_answer(item, checkpoint.question)) is not int:
        return []
    return [
        Option(AnswerQuiz(n), True, None, "quiz") for n in range(len(checkpoint.question.choices))
    ]


def dilemma_options(state: GameState) -> list[Option]:
    """One option per choice of the dilemma waiting this year (each allowed)."""
    if not state.dilemma or state.finished:
        return []
    dilemma = dilemmas.dilemmas_of(state)[state.dilemma]
    return [
        Option(
            ChooseDilemmaOption(dilemma.id, option.id),
            True,
            None,
            "dilemma",
            cost=max(0, -option.effects.budget),
            partners=tuple(sorted(option.effects.relations or {})),
        )
        for option in dilemma.options
    ]


def offer_options(state: GameState, *, explain: bool = True) -> list[Option]:
    found = []
    for agreement_id in state.offers:
        agreement = state.index.agreements[agreement_id]
        reason = diplomacy.offer_refusal(state, agreement_id)
        parties = tuple(p for p in agreement.parties if p != state.agency_id)
        if explain or not reason:
            found.append(
                Option(
                    SignAgreement(agreement_id),
                    not reason,
                    reason,
                    "offer",
                    cost=max(0, -agreement.effects.budget),
                    partners=parties,
                )
            )
        found.append(
            Option(
                DeclineAgreement(agreement_id),
                True,
                None,
                "offer",
                partners=parties,
            )
        )
    return found


def mission_options(state: GameState, *, explain: bool = True) -> list[Option]:
    """The player's open missions not being built nor done with (unexplained: only those
    that may start now)."""
    if explain:
        found = [
            (m, missions.refusal_of_open(state, m, missions.mission_status(state, m.id)))
            for m in (state.index.missions[i] for i in missions.candidates(state))
        ]
    else:
        found = [(m, None) for m, _ in mission_starts.startable(state)]
    return [
        Option(
            StartMission(mission.id),
            not reason,
            reason,
            "mission",
            cost=missions.mission_cost(state, mission),
            reliability=missions.mission_reliability(state, mission),
            partners=mission.partners,
        )
        for mission, reason in found
    ]


def test_options(state: GameState, *, explain: bool = True) -> list[Option]:
    """A test of each mission being built (unexplained: only those that may be tested now)."""
    if explain:
        found = [
            (m, testing.test_refusal(state, m.id))
            for m in (state.index.missions[d.mission_id] for d in state.developing)
        ]
    else:
        found = [(m, None) for m in testing.testable(state)]
    return [
        Option(
            TestMission(mission.id),
            not reason,
            reason,
            "test",
            cost=testing.test_cost(mission),
            reliability=missions.mission_reliability(state, mission),
            partners=mission.partners,
        )
        for mission, reason in found
    ]


def research_options(state: GameState, *, explain: bool = True) -> list[Option]:
    """Funding this year's research (unexplained: only when it may be funded)."""
    reason = research.research_refusal(state)
    if reason and not explain:
        return []
    return [
        Option(FundResearch(), not reason, reason, "research", cost=research.research_cost(state))
    ]


def _proposal(partner: str, kind: AgreementKind, reason: Message | None) -> Option:
    return Option(
        ProposeAgreement(partner, kind.id),
        not reason,
        reason,
        "proposal",
        cost=kind.cost,
        partners=(partner,),
    )


def proposal_options(state: GameState, *, explain: bool = True) -> list[Option]:
    """Every agency x kind of agreement (unexplained: only those that would be accepted)."""
    if not explain:
        return [_proposal(partner, kind, None) for partner, kind in open_proposals(state)]
    return [
        _proposal(partner, kind, diplomacy.proposal_refusal(state, partner, kind.id))
        for partner in state.index.agency_ids
        if partner != state.agency_id
        for kind in state.pack.info.agreement_kinds
    ]


def open_proposals(state: GameState) -> list[tuple[str, AgreementKind]]:
    """(partner, kind) of every proposal that would be accepted now, in option order."""
    pairs = [(partner, kind) for kind, partners in proposal_partners(state) for partner in partners]
    pairs.sort(key=lambda pair: pair[0])  # stable: kinds stay in pack order per partner
    return pairs


def proposal_partners(
    state: GameState,
    *,
    first_only: bool = False,
    kinds: AbstractSet[str] | None = None,
) -> list[tuple[AgreementKind, list[str]]]:
    """Each kind of agreement (in pack order) with the agencies (sorted) that would accept
    it from the player now; kinds nobody would accept are left out. With ``first_only``,
    each kind's list stops at its first agency (all a player weighing kinds needs); with
    ``kinds`` (ids), only those kinds are asked about.

    The questions of ``diplomacy.proposal_refusal``, asked once per state, kind or partner
    rather than once per pair; a property test holds the two to the same answers."""
    budget, year = state.stock.budget, state.year
    asked = [
        kind
        for kind, cost in _proposal_costs(state)
        if cost <= budget and kind.since <= year and (kinds is None or kind.id in kinds)
    ]
    if not asked or diplomacy.proposals_closed(state):  # the cheap questions first
        return []
    index = state.index
    relations = state.relations_by_agency()
    eligible = [
        (partner, relations.get(partner, 0))
        for partner in index.agency_ids
        if partner != state.agency_id and index.agencies[partner].start <= year
    ]
    agreed = diplomacy.agreed_partners(state)
    banned = diplomacy.bans_on_player(state)
    own_launcher = state.agency.launcher
    found = []
    for kind in asked:
        taken = agreed.get(kind.id, ())
        accepting = (
            partner
            for partner, relations in eligible
            if relations >= kind.min_relations
            and partner not in taken
            and (not kind.launch or own_launcher or index.agencies[partner].launcher)
            and (partner not in banned or diplomacy.player_ban(state, partner, kind.id) is None)
        )
        partners = list(islice(accepting, 1 if first_only else None))
        if partners:
            found.append((kind, partners))
    return found


def _proposal_costs(state: GameState) -> list[tuple[AgreementKind, int]]:
    """Each kind of agreement of the pack with ``diplomacy.proposal_cost``, in pack order."""
    return state.pack.memo(
        "sim.proposal_costs",
        lambda: [(kind, diplomacy.proposal_cost(kind)) for kind in state.pack.info.agreement_kinds],
    )


def opportunity_options(state: GameState, *, explain: bool = True) -> list[Option]:
    """A bid for each opportunity open this year that the player does not host
    (unexplained: only those allowed now)."""
    found = []
    for opportunity in opportunities.open_now(state):
        if opportunity.host == state.agency_id:
            continue
        reason = opportunities.bid_refusal(state, opportunity.id)
        if explain or not reason:
            found.append(
                Option(
                    BidForPlace(opportunity.id),
                    not reason,
                    reason,
                    "opportunity",
                    cost=opportunity.bid,
                    partners=(opportunity.host,),
                )
            )
    return found


def ending_options(state: GameState) -> list[Option]:
    """Ending each of the player's own agreements in force (group ``ending``), allowed or
    not. Not part of ``legal_actions``: the agreements screen asks for them, and the
    scripted players (the random one included) never end an agreement."""
    return [
        Option(
            EndAgreement(signed.id),
            not reason,
            reason,
            "ending",
            partners=ending.partners_of(state, signed),
        )
        for signed in ending.endable(state)
        for reason in (ending.ending_refusal(state, signed.id),)
    ]


def year_options(state: GameState) -> list[Option]:
    reason = year_end_refusal(state)
    return [
        Option(EndYear(), not reason, reason, "year"),
        Option(AdvanceToNextEvent(), not reason, reason, "year"),
    ]


def legal_actions(state: GameState) -> list[Option]:
    """Every option now, allowed or not; empty once the campaign is over."""
    if state.finished:
        return []
    return (
        quiz_options(state)
        + dilemma_options(state)
        + offer_options(state)
        + mission_options(state)
        + test_options(state)
        + research_options(state)
        + proposal_options(state)
        + opportunity_options(state)
        + year_options(state)
    )


def allowed_options(state: GameState) -> list[Option]:
    """The options ``legal_actions`` marks allowed, equal and in the same order, found
    without writing a reason for each refused one: what scripted players need."""
    if state.finished:
        return []
    return (
        quiz_options(state)
        + dilemma_options(state)
        + offer_options(state, explain=False)
        + mission_options(state, explain=False)
        + test_options(state, explain=False)
        + research_options(state, explain=False)
        + proposal_options(state, explain=False)
        + opportunity_options(state, explain=False)
        + [option for option in year_options(state) if option.allowed]
    )


def allowed_actions(state: GameState) -> list[Action]:
    return [option.action for option in allowed_options(state)]
