"""Agreements: real ones offered when they fall due, proposals of the pack's kinds, the bans
that events put in force, and what agreements with a partner bring to joint missions.

Every refusal is a ``Message`` (a code and its parameters; the UI words it); the rules
never name an agency or a law: bans come from the pack's events.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from game.content import reach
from game.content.model import AgreementKind, Ban, Effects
from game.sim.balance import MAX_PROPOSALS_PER_YEAR
from game.sim.effects import add_effects, apply_to_player, change_relations, with_budget
from game.sim.index import split_key
from game.sim.messages import CAMPAIGN_OVER, Message, cannot_pay, message
from game.sim.state import GameState, SignedAgreement, derived, evolve
from game.sim.upkeep import upkeep_refusal


def bans_in_force(state: GameState) -> tuple[tuple[Ban, str], ...]:
    """Each ban of an event that has happened, with the event's id."""
    return derived(state, ("happened",), "bans", lambda: _bans_in_force(state))


def _bans_in_force(state: GameState) -> tuple[tuple[Ban, str], ...]:
    found: list[tuple[Ban, str]] = []
    for happened in state.happened:
        bans = state.index.event_bans.get(happened.key)
        if bans:
            record_id = split_key(happened.key)[1]
            found.extend((ban, record_id) for ban in bans)
    return tuple(found)


def ban_between(state: GameState, one: str, other: str, kind: str) -> Ban | None:
    """The ban in force that stops ``one`` and ``other`` agreeing on ``kind``, if any."""
    for ban, _ in bans_in_force(state):
        if reach.ban_binds(ban, one, other, kind):
            return ban
    return None


def bans_on_player(state: GameState) -> dict[str, tuple[Ban, ...]]:
    """Bans in force that bind the player and each partner (whatever the kind), in order."""
    return derived(state, ("happened",), "player_bans", lambda: _bans_on_player(state))


def _bans_on_player(state: GameState) -> dict[str, tuple[Ban, ...]]:
    me = state.agency_id
    found: dict[str, list[Ban]] = {}
    for ban, _ in bans_in_force(state):
        for partner in dict.fromkeys((ban.agency, *ban.partners)):
            if partner != me and reach.ban_covers_pair(ban, me, partner):
                found.setdefault(partner, []).append(ban)
    return {partner: tuple(bans) for partner, bans in found.items()}


def player_ban(state: GameState, partner: str, kind: str) -> Ban | None:
    """``ban_between(state, state.agency_id, partner, kind)``, from a per-state table."""
    for ban in bans_on_player(state).get(partner, ()):
        if not ban.kinds or kind in ban.kinds:
            return ban
    return None


def effects_of(state: GameState, signed: SignedAgreement) -> Effects:
    if signed.real:
        return state.index.agreements[signed.id].effects
    return state.index.kinds[signed.kind].effects


def partner_terms(state: GameState, partners: tuple[str, ...]) -> tuple[float, float]:
    """(cost share, reliability bonus) from the player's agreements with any of ``partners``."""
    return derived(state, ("signed",), ("terms", partners), lambda: _partner_terms(state, partners))


def _partner_terms(state: GameState, partners: tuple[str, ...]) -> tuple[float, float]:
    share = 0.0
    bonus = 0.0
    wanted = set(partners)
    for parties, cost_share, reliability in _agreement_terms(state):
        if not wanted.isdisjoint(parties):
            share += cost_share
            bonus += reliability
    return share, bonus


def _agreement_terms(state: GameState) -> tuple[tuple[tuple[str, ...], float, float], ...]:
    """(parties, cost share, reliability bonus) of each of the player's agreements."""
    return derived(
        state,
        ("signed",),
        "agreement_terms",
        lambda: tuple(
            (signed.parties, effects.cost_share, effects.reliability)
            for signed in state.player_agreements()
            for effects in (effects_of(state, signed),)
            if effects.cost_share or effects.reliability  # adding 0.0 changes no sum
        ),
    )


def agreement_partners(state: GameState) -> tuple[str, ...]:
    """Every agency the player has an agreement with, sorted."""
    return derived(
        state,
        ("signed",),
        "partners",
        lambda: tuple(
            sorted(
                {p for a in state.player_agreements() for p in a.parties if p != state.agency_id}
            )
        ),
    )


def _others(state: GameState, parties: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p for p in parties if p != state.agency_id)


def _cannot_pay(state: GameState, effects: Effects, cost: int = 0) -> Message | None:
    return cannot_pay(state.stock.budget, cost - min(0, effects.budget))


# --- real agreements offered to the player ----------------------------------------------


def _banned(ban: Ban) -> Message:
    """A ban's refusal: the reason the pack's event gives, in the pack's words."""
    return message("banned", reason=ban.reason)


def offer_refusal(state: GameState, agreement_id: str) -> Message | None:
    """Why the player cannot sign ``agreement_id`` now, or None."""
    if state.finished:
        return CAMPAIGN_OVER
    agreement = state.index.agreements.get(agreement_id)
    if agreement is None:
        return message("no_such_agreement", id=agreement_id)
    if agreement_id not in state.offers:
        return message("not_offered", title=agreement.title)
    for other in _others(state, agreement.parties):
        ban = player_ban(state, other, agreement.kind)
        if ban is not None:
            return _banned(ban)
    return upkeep_refusal(state) or _cannot_pay(state, agreement.effects)


def sign_offer(state: GameState, agreement_id: str) -> GameState:
    """The state after signing an offered agreement (the caller checked it may be)."""
    agreement = state.index.agreements[agreement_id]
    signed = SignedAgreement(
        id=agreement.id,
        title=agreement.title,
        kind=agreement.kind,
        parties=agreement.parties,
        # in its own year when that is one of this turn's (a turn may cover several)
        year=min(max(agreement.date.year, state.year), state.turn_end),
        real=True,
        by_player=True,
    )
    state = evolve(
        state,
        signed=state.signed + (signed,),
        offers=tuple(o for o in state.offers if o != agreement_id),
    )
    return apply_to_player(state, agreement.effects, _others(state, agreement.parties))


def decline_offer(state: GameState, agreement_id: str) -> GameState:
    return evolve(
        state,
        offers=tuple(o for o in state.offers if o != agreement_id),
        declined=state.declined + (agreement_id,),
    )


# --- proposals of the pack's kinds ------------------------------------------------------


def proposals_this_year(state: GameState) -> int:
    """How many of its own agreements the player has proposed this year.

    ``signed`` grows in order, each agreement dated the year it is signed (the history
    before the start year comes first; ending one of the player's agreements only takes
    one out, and never one made this turn), so this year's are at its end: count back.
    """
    me, year = state.agency_id, state.year
    count = 0
    for signed in reversed(state.signed):
        if signed.year < year:
            break
        if not signed.real and signed.year == year and me in signed.parties:
            count += 1
    return count


def agreed_partners(state: GameState) -> Mapping[str, AbstractSet[str]]:
    """Kind of agreement -> the agencies the player already has one of that kind with."""
    return derived(state, ("signed",), "agreed", lambda: _agreed_partners(state))


def _agreed_partners(state: GameState) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for signed in state.player_agreements():
        if signed.kind in found:
            found[signed.kind].update(signed.parties)
        else:
            found[signed.kind] = set(signed.parties)
    return found


def proposal_id(partner: str, kind: str) -> str:
    return f"{kind}-{partner}"


def proposals_closed(state: GameState) -> Message | None:
    """Why the player may propose nothing at all now, or None."""
    if state.finished:
        return CAMPAIGN_OVER
    if proposals_this_year(state) >= MAX_PROPOSALS_PER_YEAR:
        return message("proposed_this_year", most=MAX_PROPOSALS_PER_YEAR)
    return upkeep_refusal(state)


def proposal_cost(kind: AgreementKind) -> int:
    """What the player must be able to pay to propose ``kind``."""
    return kind.cost - min(0, kind.effects.budget)


def proposal_refusal(state: GameState, partner: str, kind: str) -> Message | None:
    """Why ``partner`` would not sign an agreement of ``kind`` now, or None.

    ``options.proposal_options`` asks the same questions for every pair at once (without
    the messages); a property test holds the two to the same answers."""
    if state.finished:
        return CAMPAIGN_OVER
    agreement_kind = state.index.kinds.get(kind)
    if agreement_kind is None:
        return message("no_such_kind", id=kind)
    other = state.index.agencies.get(partner)
    if other is None:
        return message("no_such_agency", id=partner)
    if partner == state.agency_id:
        return message("self_agreement")
    if other.start > state.year:
        return message("partner_not_active", partner=other.short, year=other.start)
    if agreement_kind.since > state.year:
        return message("kind_not_yet", kind=agreement_kind.name, year=agreement_kind.since)
    if partner in agreed_partners(state).get(kind, ()):
        return message("already_agreed", kind=agreement_kind.name, partner=other.short)
    closed = proposals_closed(state)
    if closed:
        return closed
    ban = player_ban(state, partner, kind)
    if ban is not None:
        return _banned(ban)
    if agreement_kind.launch and not (state.agency.launcher or other.launcher):
        return message("no_rockets", kind=agreement_kind.name, partner=other.short)
    relations = state.relation(partner)
    if relations < agreement_kind.min_relations:
        return message(
            "relations_too_low",
            kind=agreement_kind.name,
            partner=other.short,
            wanted=agreement_kind.min_relations,
            relations=relations,
        )
    return cannot_pay(state.stock.budget, proposal_cost(agreement_kind))


def sign_proposal(state: GameState, partner: str, kind: str) -> tuple[GameState, SignedAgreement]:
    """The state after ``partner`` accepted (the caller checked it would)."""
    agreement_kind = state.index.kinds[kind]
    signed = SignedAgreement(
        id=proposal_id(partner, kind),
        title=agreement_kind.name,  # the UI names the parties beside it
        kind=kind,
        parties=(state.agency_id, partner),
        year=state.year,
        real=False,
        by_player=True,
    )
    paid = with_budget(state.stock, state.stock.budget - agreement_kind.cost)
    effects = agreement_kind.effects
    state = evolve(
        state,
        signed=state.signed + (signed,),
        stock=add_effects(paid, effects),
        relations=change_relations(state.relations, (partner,), effects.relations),
    )
    return state, signed


# --- views for the UI -------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementView:
    """An agreement as the offer card shows it."""

    agreement_id: str
    title: str
    kind: str
    kind_name: str
    parties: tuple[str, ...]
    terms: str
    effects: Effects
    unlocks: tuple[str, ...]  # mission names
    year: int
    planned: bool
    status: str  # offered | signed | declined | world | upcoming
    allowed: bool
    reason: Message | None


def offer_views(state: GameState) -> list[AgreementView]:
    """The real agreements on the table this year."""
    return [agreement_view(state, agreement_id) for agreement_id in state.offers]


def agreement_view(state: GameState, agreement_id: str) -> AgreementView:
    agreement = state.index.agreements[agreement_id]
    kind = state.index.kinds.get(agreement.kind)
    if agreement_id in state.offers:
        status = "offered"
    elif any(s.id == agreement_id and s.real for s in state.signed):
        status = "signed" if state.agency_id in agreement.parties else "world"
    elif agreement_id in state.declined:
        status = "declined"
    else:
        status = "upcoming"
    reason = offer_refusal(state, agreement_id) if status == "offered" else None
    return AgreementView(
        agreement_id=agreement.id,
        title=agreement.title,
        kind=agreement.kind,
        kind_name=kind.name if kind else agreement.kind,
        parties=agreement.parties,
        terms=agreement.terms,
        effects=agreement.effects,
        unlocks=tuple(state.index.missions[m].name for m in agreement.unlocks),
        year=agreement.date.year,
        planned=agreement.status == "planned",
        status=status,
        allowed=status == "offered" and not reason,
        reason=reason,
    )


@dataclass(frozen=True)
class ProposalView:
    """A proposal the player could make: what it costs, brings, and whether it would pass."""

    partner: str
    kind: str
    kind_name: str
    description: str
    cost: int
    min_relations: int
    relations: int
    effects: Effects
    allowed: bool
    reason: Message | None


def proposal_view(state: GameState, partner: str, kind: str) -> ProposalView:
    agreement_kind = state.index.kinds[kind]
    reason = proposal_refusal(state, partner, kind)
    return ProposalView(
        partner=partner,
        kind=kind,
        kind_name=agreement_kind.name,
        description=agreement_kind.description,
        cost=agreement_kind.cost,
        min_relations=agreement_kind.min_relations,
        relations=state.relation(partner),
        effects=agreement_kind.effects,
        allowed=not reason,
        reason=reason,
    )
