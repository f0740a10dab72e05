"""Ending an agreement: the player may end one of its own agreements (a proposal of a pack
kind it made in this game) to make room under the upkeep limit. The upkeep stops, and
relations with the partner fall by ``END_AGREEMENT_RELATIONS`` (game balance).

The record's agreements (real ones, whether the player signed the offer or they were in
force before the campaign began) stay in force in every game: history is never changed
(DESIGN §6). An agreement signed this turn cannot be ended until the next, so a proposal
cannot be made, ended and made again within one year.
"""

from __future__ import annotations

from game.sim.balance import END_AGREEMENT_RELATIONS
from game.sim.effects import change_relations
from game.sim.messages import CAMPAIGN_OVER, Message, message
from game.sim.state import EndedAgreement, GameState, SignedAgreement, evolve


def in_force(state: GameState, agreement_id: str) -> SignedAgreement | None:
    """The player's agreement in force with the id ``agreement_id``, if any (a proposal's
    id before a real agreement's, as they may be spelt the same)."""
    mine = [a for a in state.player_agreements() if a.id == agreement_id]
    return next((a for a in mine if not a.real), mine[0] if mine else None)


def partners_of(state: GameState, signed: SignedAgreement) -> tuple[str, ...]:
    return tuple(p for p in signed.parties if p != state.agency_id)


def ending_refusal(state: GameState, agreement_id: str) -> Message | None:
    """Why the player cannot end ``agreement_id`` now, or None."""
    if state.finished:
        return CAMPAIGN_OVER
    signed = in_force(state, agreement_id)
    if signed is None:
        return message("not_in_force", id=agreement_id)
    if signed.real:
        return message("agreement_on_record", title=signed.title)
    if signed.year >= state.year:
        return message("agreement_too_new", kind=signed.title, parties=partners_of(state, signed))
    return None


def endable(state: GameState) -> tuple[SignedAgreement, ...]:
    """The player's own agreements in force (each may be refused: ``ending_refusal``)."""
    return tuple(a for a in state.player_agreements() if not a.real)


def end(state: GameState, agreement_id: str) -> tuple[GameState, EndedAgreement]:
    """The state after ending ``agreement_id`` (the caller checked that it may be)."""
    signed = in_force(state, agreement_id)
    assert signed is not None and not signed.real
    ended = EndedAgreement(
        signed.id, signed.title, signed.kind, signed.parties, signed.year, state.year
    )
    state = evolve(
        state,
        signed=tuple(a for a in state.signed if a is not signed),
        ended=state.ended + (ended,),
        relations=change_relations(
            state.relations, partners_of(state, signed), -END_AGREEMENT_RELATIONS
        ),
    )
    return state, ended
