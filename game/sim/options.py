"""``legal_actions(state)``: every action the player could take now, allowed or not.

A refused option keeps its reason so the UI can show it greyed out with the why; the same
refusal functions decide ``apply``, so an option marked allowed is never refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim import diplomacy, missions
from game.sim.actions import (
    Action,
    AdvanceToNextEvent,
    AnswerQuiz,
    DeclineAgreement,
    EndYear,
    ProposeAgreement,
    SignAgreement,
    StartMission,
)
from game.sim.rules import year_end_refusal
from game.sim.state import GameState


@dataclass(frozen=True)
class Option:
    """One thing the player could do. ``group`` is ``quiz``, ``offer``, ``mission``,
    ``proposal`` or ``year``; ``cost`` and ``reliability`` are after every bonus."""

    action: Action
    allowed: bool
    reason: str
    label: str
    group: str
    cost: int = 0
    reliability: float | None = None
    partners: tuple[str, ...] = ()


def quiz_options(state: GameState) -> list[Option]:
    """One option per choice of a choice or true/false checkpoint (order and number
    questions take free answers: the UI builds their ``AnswerQuiz`` itself)."""
    checkpoint = state.checkpoint
    if checkpoint is None or checkpoint.question.type not in ("choice", "true_false"):
        return []
    return [
        Option(AnswerQuiz(n), True, "", text, "quiz")
        for n, text in enumerate(checkpoint.question.choices)
    ]


def offer_options(state: GameState) -> list[Option]:
    found = []
    for agreement_id in state.offers:
        view = diplomacy.agreement_view(state, agreement_id)
        parties = tuple(p for p in view.parties if p != state.agency_id)
        found.append(
            Option(
                SignAgreement(agreement_id),
                view.allowed,
                view.reason,
                f"Sign: {view.title}",
                "offer",
                cost=max(0, -view.effects.budget),
                partners=parties,
            )
        )
        found.append(
            Option(
                DeclineAgreement(agreement_id),
                True,
                "",
                f"Decline: {view.title}",
                "offer",
                partners=parties,
            )
        )
    return found


def mission_options(state: GameState) -> list[Option]:
    found = []
    for mission_id in state.index.open_missions.get(state.agency_id, ()):
        view = missions.mission_view(state, mission_id)
        if view.status in ("developing", "succeeded"):
            continue
        found.append(
            Option(
                StartMission(mission_id),
                view.allowed,
                view.reason,
                f"Start: {view.name}",
                "mission",
                cost=view.cost,
                reliability=view.reliability,
                partners=view.partners,
            )
        )
    return found


def proposal_options(state: GameState) -> list[Option]:
    found = []
    for partner in sorted(state.index.agencies):
        if partner == state.agency_id:
            continue
        for kind in state.pack.info.agreement_kinds:
            reason = diplomacy.proposal_refusal(state, partner, kind.id)
            found.append(
                Option(
                    ProposeAgreement(partner, kind.id),
                    not reason,
                    reason,
                    f"Propose {kind.name} to {state.index.agencies[partner].short}",
                    "proposal",
                    cost=kind.cost,
                    partners=(partner,),
                )
            )
    return found


def year_options(state: GameState) -> list[Option]:
    reason = year_end_refusal(state)
    return [
        Option(EndYear(), not reason, reason, "End the year", "year"),
        Option(AdvanceToNextEvent(), not reason, reason, "Advance to the next event", "year"),
    ]


def legal_actions(state: GameState) -> list[Option]:
    """Every option now, allowed or not; empty once the campaign is over."""
    if state.finished:
        return []
    return (
        quiz_options(state)
        + offer_options(state)
        + mission_options(state)
        + proposal_options(state)
        + year_options(state)
    )


def allowed_actions(state: GameState) -> list[Action]:
    return [option.action for option in legal_actions(state) if option.allowed]
