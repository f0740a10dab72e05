"""Rival agencies in your game: each year of an opportunity's bidding window, every rival
that exists by then, is not the player nor the host, and is free to agree with the host
(no ban in force) may bid or sign a proposal with the host, on the state's one seeded
generator. Their strength (prestige, science) grows from the pack's starting resources
by a game-balance step a year from the campaign's start, as the player's may; none of it
is history.
"""

from __future__ import annotations

import random

from game.content import reach
from game.content.model import Opportunity
from game.sim.balance import (
    DEFAULT_RELATIONS,
    MAX_RELATIONS,
    RIVAL_BID_CHANCE,
    RIVAL_COURT_CHANCE,
    RIVAL_COURT_RELATIONS,
    RIVAL_GROWTH_PER_YEAR,
)
from game.sim.diplomacy import bans_in_force
from game.sim.messages import message
from game.sim.state import Bid, GameState, NewsItem, derived, evolve


def eligible(state: GameState, opportunity: Opportunity, year: int | None = None) -> list[str]:
    """The rivals that may move for ``opportunity`` in ``year`` (default: this one), by id:
    those no ban in force stops agreeing with the host (``diplomacy.ban_between``)."""
    year = state.year if year is None else year
    named = _may_exist(state, opportunity, year)
    barred = _barred_from(state, opportunity.host)
    return [agency for agency in named if agency not in barred] if barred else list(named)


def _barred_from(state: GameState, host: str) -> frozenset[str]:
    """The agencies a ban in force stops agreeing with ``host`` on any kind (those for which
    ``ban_between(state, agency, host, "")`` is a ban), per state and host: it reads the
    bans in force alone."""

    def make() -> frozenset[str]:
        return frozenset(
            agency
            for ban, _ in bans_in_force(state)
            for agency in (ban.agency, *ban.partners)  # the only agencies it can bind
            if reach.ban_binds(ban, agency, host, "")
        )

    return derived(state, ("happened",), ("barred_from", host), make)


def _may_exist(state: GameState, opportunity: Opportunity, year: int) -> tuple[str, ...]:
    """The rivals named for ``opportunity`` (every agency when it names none) that exist
    by ``year``, neither the player nor the host, by id: the same for every campaign of
    the player's agency."""

    def make() -> tuple[str, ...]:
        index = state.index
        named = opportunity.rivals or tuple(index.agency_ids)
        return tuple(
            sorted(
                agency
                for agency in named
                if agency not in (opportunity.host, state.agency_id)
                and agency in index.agencies
                and index.agencies[agency].start <= year
            )
        )

    return state.index.agency_view(state.agency_id, ("rivals", opportunity.id, year), make)


def strength(state: GameState, agency_id: str) -> tuple[int, int]:
    """A rival's prestige and science this year: its starting ones, grown each year since
    the campaign (or the rival) began."""
    return strength_after(state, agency_id, years_grown(state, agency_id))


def years_grown(state: GameState, agency_id: str) -> int:
    """The years a rival's strength has grown by this year."""
    start = state.index.agencies[agency_id].start
    return max(0, state.year - max(start, state.start_year))


def strength_after(state: GameState, agency_id: str, years: int) -> tuple[int, int]:
    """A rival's prestige and science after ``years`` years of growth."""
    resources = state.index.agencies[agency_id].resources
    grown = RIVAL_GROWTH_PER_YEAR * years
    return resources.prestige + grown, resources.science + grown


def relations_with_host(
    state: GameState, opportunity: Opportunity, agency_id: str, moves: tuple[Bid, ...]
) -> int:
    """A rival's relations with the host: the pack's starting ones, raised by each proposal
    it signed with the host in your game."""
    courted = sum(1 for move in moves if move.courted)
    return relations_after(state, opportunity, agency_id, courted)


def relations_after(
    state: GameState, opportunity: Opportunity, agency_id: str, courted: int
) -> int:
    """``relations_with_host`` of a rival that signed ``courted`` proposals with the host."""
    agencies = state.index.agencies
    own = agencies[agency_id].relations or {}
    theirs = agencies[opportunity.host].relations or {}
    start = own.get(opportunity.host, theirs.get(agency_id, DEFAULT_RELATIONS))
    return min(MAX_RELATIONS, start + RIVAL_COURT_RELATIONS * courted)


def move(
    state: GameState, opportunity: Opportunity, rng: random.Random, year: int
) -> tuple[GameState, NewsItem | None]:
    """The rivals' moves for ``opportunity`` in ``year`` (of this turn), and one news item
    telling of them."""
    moves = []
    for agency in eligible(state, opportunity, year):
        roll = rng.random()
        if roll < RIVAL_BID_CHANCE:
            moves.append(Bid(opportunity.id, agency, year, opportunity.bid))
        elif roll < RIVAL_BID_CHANCE + RIVAL_COURT_CHANCE:
            moves.append(Bid(opportunity.id, agency, year, 0, courted=True))
    if not moves:
        return state, None
    bidders = tuple(m.agency_id for m in moves if not m.courted)
    courted = tuple(m.agency_id for m in moves if m.courted)
    code = (
        "rival_bids_and_courts"
        if bidders and courted
        else ("rival_bids" if bidders else "rival_courts")
    )
    said = message(code, host=(opportunity.host,), bidders=bidders, courted=courted)
    item = NewsItem(
        year=year,
        kind="rival",
        record_id=opportunity.id,
        title=opportunity.title,
        summary="",
        status="game",
        big=False,
        concerns_player=False,
        message=said,
    )
    return evolve(state, bids=state.bids + tuple(moves)), item
