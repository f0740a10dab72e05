"""``apply(state, action)``: the only way a campaign changes.

Each action type has one handler in ``HANDLERS``. A handler first asks why the action
cannot be done; if there is a reason (a ``Message``: a code and its parameters), the state
comes back unchanged with a ``Refused`` outcome carrying it. Handlers that draw random numbers resume the state's generator and
store it back, so nothing else is ever random.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.sim import (
    checkpoints,
    dilemmas,
    diplomacy,
    ending,
    missions,
    opportunities,
    research,
    testing,
    world,
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
    TimeUp,
)
from game.sim.balance import END_AGREEMENT_RELATIONS
from game.sim.effects import rng_of, with_rng
from game.sim.index import record_key
from game.sim.messages import CAMPAIGN_OVER, NO_QUESTION, Message, message
from game.sim.outcomes import (
    AgreementDeclined,
    AgreementEnded,
    AgreementSigned,
    BidPlaced,
    CheckpointOpened,
    DilemmaOpened,
    MissionLaunched,
    MissionStarted,
    MissionTested,
    Outcome,
    Refused,
    ResearchFunded,
    YearBegan,
)
from game.sim.state import GameState

Result = tuple[GameState, list[Outcome]]


def _refuse(state: GameState, action: Action, reason: Message) -> Result:
    return state, [Refused(action, reason)]


def sign_agreement(state: GameState, action: SignAgreement) -> Result:
    reason = diplomacy.offer_refusal(state, action.agreement_id)
    if reason:
        return _refuse(state, action, reason)
    agreement = state.index.agreements[action.agreement_id]
    state = diplomacy.sign_offer(state, agreement.id)
    outcomes: list[Outcome] = [
        AgreementSigned(agreement.id, agreement.title, agreement.parties, proposed=False)
    ]
    rng = rng_of(state)
    key = record_key("agreement", agreement.id)
    state, opened = checkpoints.maybe_open(state, rng, [(key, agreement.facts)])
    if opened is not None:
        outcomes.append(opened)
    return with_rng(state, rng), outcomes


def decline_agreement(state: GameState, action: DeclineAgreement) -> Result:
    if state.finished:
        return _refuse(state, action, CAMPAIGN_OVER)
    if action.agreement_id not in state.offers:
        return _refuse(state, action, message("offer_not_open"))
    title = state.index.agreements[action.agreement_id].title
    state = diplomacy.decline_offer(state, action.agreement_id)
    return state, [AgreementDeclined(action.agreement_id, title, lapsed=False)]


def propose_agreement(state: GameState, action: ProposeAgreement) -> Result:
    reason = diplomacy.proposal_refusal(state, action.partner, action.kind)
    if reason:
        return _refuse(state, action, reason)
    state, signed = diplomacy.sign_proposal(state, action.partner, action.kind)
    return state, [AgreementSigned(signed.id, signed.title, signed.parties, proposed=True)]


def end_agreement(state: GameState, action: EndAgreement) -> Result:
    reason = ending.ending_refusal(state, action.agreement_id)
    if reason:
        return _refuse(state, action, reason)
    state, ended = ending.end(state, action.agreement_id)
    partners = tuple(p for p in ended.parties if p != state.agency_id)
    return state, [AgreementEnded(ended.id, ended.title, partners, END_AGREEMENT_RELATIONS)]


def start_mission(state: GameState, action: StartMission) -> Result:
    reason = missions.mission_refusal(state, action.mission_id)
    if reason:
        return _refuse(state, action, reason)
    state, development = missions.start(state, action.mission_id)
    name = state.index.missions[action.mission_id].name
    return state, [
        MissionStarted(action.mission_id, name, development.cost_paid, development.launch_year)
    ]


def bid_for_place(state: GameState, action: BidForPlace) -> Result:
    reason = opportunities.bid_refusal(state, action.opportunity_id)
    if reason:
        return _refuse(state, action, reason)
    state = opportunities.place_bid(state, action.opportunity_id)
    opportunity = opportunities.opportunities_of(state)[action.opportunity_id]
    standing = opportunities.player_standing(state, opportunity).total
    to_beat = opportunities.threshold(state, opportunity)
    return state, [BidPlaced(opportunity.id, opportunity.title, opportunity.bid, standing, to_beat)]


def test_mission(state: GameState, action: TestMission) -> Result:
    reason = testing.test_refusal(state, action.mission_id)
    if reason:
        return _refuse(state, action, reason)
    state = testing.run_test(state, action.mission_id)
    mission = state.index.missions[action.mission_id]
    return state, [
        MissionTested(
            mission.id,
            mission.name,
            testing.test_cost(mission),
            missions.tests_done(state, mission.id),
            missions.mission_reliability(state, mission),
        )
    ]


def fund_research(state: GameState, action: FundResearch) -> Result:
    reason = research.research_refusal(state)
    if reason:
        return _refuse(state, action, reason)
    cost, science = research.research_cost(state), research.research_science(state)
    state = research.fund(state)
    return state, [ResearchFunded(cost, len(state.research), science)]


def answer_quiz(state: GameState, action: AnswerQuiz) -> Result:
    if state.checkpoint is None:
        return _refuse(state, action, NO_QUESTION)
    problem = checkpoints.answer_problem(state.checkpoint.question, action.answer)
    if problem:
        return _refuse(state, action, problem)
    state, answered = checkpoints.answer(state, action.answer)
    return state, [answered]


def time_up(state: GameState, action: TimeUp) -> Result:
    if state.checkpoint is None:
        return _refuse(state, action, NO_QUESTION)
    state, answered = checkpoints.answer(state, None)
    return state, [answered]


def year_end_refusal(state: GameState) -> Message | None:
    if state.finished:
        return CAMPAIGN_OVER
    if state.checkpoint is not None:
        return message("answer_first")
    if state.dilemma:  # no silent loss: a dilemma is decided, never let lapse
        return message("dilemma_first")
    return None


def end_year(state: GameState, action: EndYear) -> Result:
    reason = year_end_refusal(state)
    if reason:
        return _refuse(state, action, reason)
    rng = rng_of(state)
    state, outcomes = world.close_year(state, rng)
    return with_rng(state, rng), outcomes


def _startable(state: GameState) -> set[str]:
    return {
        m
        for m in state.index.open_missions.get(state.agency_id, ())
        if missions.mission_refusal(state, m) is None
    }


def _worth_stopping(state: GameState, outcomes: list[Outcome], startable: set[str]) -> bool:
    """Whether the player should look at the year that just began."""
    for outcome in outcomes:
        if isinstance(outcome, (MissionLaunched, CheckpointOpened, DilemmaOpened)):
            return True
        if isinstance(outcome, YearBegan) and any(
            item.big or item.concerns_player for item in outcome.news
        ):
            return True
    return bool(state.offers) or bool(_startable(state) - startable)


def advance_to_next_event(state: GameState, action: AdvanceToNextEvent) -> Result:
    """End years until something worth the player's eye: news about them, a big event, an
    offer, a launch, a question, or a mission that has just become possible."""
    reason = year_end_refusal(state)
    if reason:
        return _refuse(state, action, reason)
    outcomes: list[Outcome] = []
    while True:
        startable = _startable(state)
        state, more = end_year(state, EndYear())
        outcomes.extend(more)
        if state.finished or _worth_stopping(state, more, startable):
            return state, outcomes


def choose_dilemma_option(state: GameState, action: ChooseDilemmaOption) -> Result:
    reason = dilemmas.choice_refusal(state, action.dilemma_id, action.option_id)
    if reason:
        return _refuse(state, action, reason)
    state, chosen, opened = dilemmas.choose(state, action.dilemma_id, action.option_id)
    return state, [chosen] if opened is None else [chosen, opened]


HANDLERS: dict[type, Callable[[GameState, Any], Result]] = {
    SignAgreement: sign_agreement,
    DeclineAgreement: decline_agreement,
    ProposeAgreement: propose_agreement,
    EndAgreement: end_agreement,
    StartMission: start_mission,
    BidForPlace: bid_for_place,
    TestMission: test_mission,
    FundResearch: fund_research,
    AnswerQuiz: answer_quiz,
    TimeUp: time_up,
    EndYear: end_year,
    AdvanceToNextEvent: advance_to_next_event,
    ChooseDilemmaOption: choose_dilemma_option,
}


def apply(state: GameState, action: Action) -> Result:
    """The state after ``action`` and what happened; a refused action changes nothing."""
    handler = HANDLERS.get(type(action))
    if handler is None:
        return state, [Refused(action, message("unknown_action", name=type(action).__name__))]
    return handler(state, action)
