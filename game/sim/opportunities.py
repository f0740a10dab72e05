"""Scarce opportunities (opportunities.yaml): bids for the places a host adds for play.

The history rule: the real winners named in an opportunity's ``record_facts`` always hold
their places in the record, shown in the record's year with their quotes. The game adds
``places`` of its own; the player and seeded rivals (``game.sim.rivals``) bid for those
from ``open`` to the year before ``decide``, and at the start of ``decide`` the host ranks
every bidder by the opportunity's ``counts``. Every such result is news "in your game".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from game.content.model import Opportunity
from game.sim import rivals
from game.sim.balance import STANDING_CAP
from game.sim.diplomacy import ban_between
from game.sim.effects import add_effects, change_relations, with_budget
from game.sim.messages import CAMPAIGN_OVER, Message, cannot_pay, message
from game.sim.state import Bid, GameState, NewsItem, OpportunityResult, derived, evolve
from game.values import quick_init

PARTS = ("relations", "prestige", "science", "bid")


@quick_init
@dataclass(frozen=True)
class Standing:
    """A bidder's standing with a host: points from each part, weighted by ``counts``."""

    agency_id: str
    relations: int
    prestige: int
    science: int
    bid: int

    @property
    def total(self) -> int:
        return self.relations + self.prestige + self.science + self.bid


def opportunities_of(state: GameState) -> dict[str, Opportunity]:
    return state.pack.memo("sim.opportunities", lambda: {o.id: o for o in state.pack.opportunities})


def is_open(opportunity: Opportunity, year: int) -> bool:
    """Whether bids are taken in ``year``."""
    return opportunity.open <= year < opportunity.decide


def open_this_turn(opportunity: Opportunity, state: GameState) -> bool:
    """Whether the player may bid this turn: the window has opened by the turn's last year
    and the host decides after it (with one year a turn: ``is_open(opportunity, year)``)."""
    return opportunity.open <= state.turn_end < opportunity.decide


def open_now(state: GameState) -> tuple[Opportunity, ...]:
    """The opportunities the player may bid for this turn (asked at every choice)."""
    return derived(
        state,
        ("year",),
        "open_now",
        lambda: tuple(o for o in state.pack.opportunities if open_this_turn(o, state)),
    )


def record_year(state: GameState, opportunity: Opportunity) -> int | None:
    """The year the record shows the real winners: the latest date among the record's facts
    (a fact without one: its source's publication)."""
    return state.pack.memo("sim.record_years", lambda: _record_years(state))[opportunity.id]


def _record_years(state: GameState) -> dict[str, int | None]:
    facts = state.pack.by_id("facts")
    sources = state.pack.by_id("sources")
    found: dict[str, int | None] = {}
    for opportunity in state.pack.opportunities:
        years = []
        for fact_id in opportunity.record_facts:
            fact = facts[fact_id]
            years.append((fact.date or sources[fact.source].published).year)
        found[opportunity.id] = max(years) if years else None
    return found


def bids_of(state: GameState, opportunity_id: str, agency_id: str) -> tuple[Bid, ...]:
    """The moves ``agency_id`` made for ``opportunity_id``, in order."""
    return _bids_by_bidder(state).get((opportunity_id, agency_id), ())


def _bids_by_bidder(state: GameState) -> dict[tuple[str, str], tuple[Bid, ...]]:
    """(opportunity id, agency id) -> its moves in order: every bid sorted once per state."""
    return derived(state, ("bids",), "bids_by_bidder", lambda: _group_bids(state.bids))


def _group_bids(bids: tuple[Bid, ...]) -> dict[tuple[str, str], tuple[Bid, ...]]:
    found: dict[tuple[str, str], list[Bid]] = {}
    for bid in bids:
        found.setdefault((bid.opportunity_id, bid.agency_id), []).append(bid)
    return {key: tuple(moves) for key, moves in found.items()}


def _weighted(
    opportunity: Opportunity, relations: int, prestige: int, science: int, bid: int, agency_id: str
) -> Standing:
    counts = opportunity.counts
    return Standing(
        agency_id,
        counts.relations * relations,
        counts.prestige * min(prestige, STANDING_CAP),
        counts.science * min(science, STANDING_CAP),
        counts.bid * bid,
    )


def player_standing(state: GameState, opportunity: Opportunity, extra_bid: int = 0) -> Standing:
    """The player's standing with the host now (with ``extra_bid`` more bid)."""
    paid = sum(b.amount for b in bids_of(state, opportunity.id, state.agency_id))
    stock = state.stock
    return _weighted(
        opportunity,
        state.relation(opportunity.host),
        stock.prestige,
        stock.science,
        paid + extra_bid,
        state.agency_id,
    )


def rival_standing(state: GameState, opportunity: Opportunity, agency_id: str) -> Standing:
    return _rival_standing(state, opportunity, agency_id, bids_of(state, opportunity.id, agency_id))


def _rival_standing(
    state: GameState, opportunity: Opportunity, agency_id: str, moves: tuple[Bid, ...]
) -> Standing:
    """``rival_standing`` of ``agency_id``, whose moves for ``opportunity`` are ``moves``:
    kept per pack by the years the rival has grown, what it paid and its courts (all that
    it reads), as every year of every campaign ranks the same rivals again."""
    paid = courted = 0
    for move in moves:
        paid, courted = paid + move.amount, courted + 1 if move.courted else courted
    grown = rivals.years_grown(state, agency_id)
    key = (opportunity.id, agency_id, grown, paid, courted)
    table: dict[tuple[object, ...], Standing] = state.index.pack_view("rival_standing", dict)
    found = table.get(key)
    if found is None:
        prestige, science = rivals.strength_after(state, agency_id, grown)
        relations = rivals.relations_after(state, opportunity, agency_id, courted)
        found = table[key] = _weighted(opportunity, relations, prestige, science, paid, agency_id)
    return found


def rival_standings(state: GameState, opportunity: Opportunity) -> tuple[Standing, ...]:
    """Every rival that has made a move for ``opportunity``, best first."""
    return derived(
        state,
        ("bids", "year"),
        ("rival_standings", opportunity.id),
        lambda: _rival_standings(state, opportunity),
    )


def _rival_standings(state: GameState, opportunity: Opportunity) -> tuple[Standing, ...]:
    wanted, player = opportunity.id, state.agency_id
    found = [
        _rival_standing(state, opportunity, agency, moves)
        for (opportunity_id, agency), moves in _bids_by_bidder(state).items()
        if opportunity_id == wanted and agency != player
    ]
    return tuple(sorted(found, key=_best_first))


def _best_first(standing: Standing) -> tuple[int, str]:
    return -standing.total, standing.agency_id


def threshold(state: GameState, opportunity: Opportunity) -> int | None:
    """The standing to beat for a place now: the last place held by a rival (None: a place
    is free)."""
    standings = rival_standings(state, opportunity)
    if len(standings) < opportunity.places:
        return None
    return standings[opportunity.places - 1].total


# --- the player's bid -----------------------------------------------------------------------


def bid_refusal(state: GameState, opportunity_id: str) -> Message | None:
    if state.finished:
        return CAMPAIGN_OVER
    opportunity = opportunities_of(state).get(opportunity_id)
    if opportunity is None:
        return message("no_such_opportunity", id=opportunity_id)
    if opportunity.host == state.agency_id:
        return message("own_opportunity", opportunity=opportunity.title)
    if not open_this_turn(opportunity, state):
        return message(
            "opportunity_closed",
            opportunity=opportunity.title,
            open=opportunity.open,
            last=opportunity.decide - 1,
        )
    if any(b.year == state.year for b in bids_of(state, opportunity_id, state.agency_id)):
        return message("bid_this_year", opportunity=opportunity.title)
    ban = ban_between(state, state.agency_id, opportunity.host, "")
    if ban is not None:
        return message("banned", reason=ban.reason)
    return cannot_pay(state.stock.budget, opportunity.bid)


def place_bid(state: GameState, opportunity_id: str) -> GameState:
    """The player pays one bid for a place (the caller checked ``bid_refusal``)."""
    opportunity = opportunities_of(state)[opportunity_id]
    bid = Bid(opportunity_id, state.agency_id, state.year, opportunity.bid)
    return evolve(
        state,
        stock=with_budget(state.stock, state.stock.budget - opportunity.bid),
        bids=state.bids + (bid,),
    )


# --- each year ------------------------------------------------------------------------------


def year_begins(state: GameState, rng: random.Random) -> tuple[GameState, list[NewsItem]]:
    """The opportunities' news of each year of this turn: hosts decide, the record shows its
    real winners, new windows open, and rivals move."""
    busy = state.pack.memo("sim.opportunity_years", lambda: _busy_years(state))
    years = [y for y in range(state.year, state.turn_end + 1) if y in busy]
    news: list[NewsItem] = []
    for opportunity in state.pack.opportunities if years else ():
        for year in years:
            if opportunity.decide == year and year > state.start_year:
                state, decided = decide(state, opportunity, year)
                news.extend([decided] if decided else [])
            if record_year(state, opportunity) == year:
                news.append(record_news(state, opportunity, year))
            if is_open(opportunity, year):
                if year in (opportunity.open, state.start_year):
                    news.append(opening_news(state, opportunity, year))
                state, moved = rivals.move(state, opportunity, rng, year)
                if moved is not None:
                    news.append(moved)
    return state, news


def _news(
    state: GameState,
    opportunity: Opportunity,
    kind: str,
    status: str,
    said: Message,
    *,
    year: int,
    facts: tuple[str, ...] = (),
    concerns: bool = False,
    big: bool = False,
) -> NewsItem:
    return NewsItem(
        year=year,
        kind=kind,
        record_id=opportunity.id,
        title=opportunity.title,
        summary="",
        status=status,
        big=big,
        concerns_player=concerns,
        citations=state.index.citations(facts),
        message=said,
    )


def _busy_years(state: GameState) -> frozenset[int]:
    """The years in which some opportunity takes bids, is decided or shows its record."""
    years: set[int] = set()
    for opportunity in state.pack.opportunities:
        years.update(range(opportunity.open, opportunity.decide + 1))
        record = record_year(state, opportunity)
        if record is not None:
            years.add(record)
    return frozenset(years)


def opening_news(state: GameState, opportunity: Opportunity, year: int) -> NewsItem:
    said = message(
        "opportunity_open",
        host=(opportunity.host,),
        places=opportunity.places,
        last=opportunity.decide - 1,
        decide=opportunity.decide,
        bid=opportunity.bid,
    )
    mine = opportunity.host != state.agency_id
    return _news(
        state,
        opportunity,
        "opportunity",
        "open",
        said,
        year=year,
        facts=opportunity.facts,
        concerns=mine,
    )


def record_news(state: GameState, opportunity: Opportunity, year: int) -> NewsItem:
    said = message("opportunity_record", host=(opportunity.host,), winners=opportunity.winners)
    concerns = state.agency_id in (opportunity.host, *opportunity.winner_agencies)
    return _news(
        state,
        opportunity,
        "opportunity",
        "done",
        said,
        year=year,
        facts=opportunity.record_facts,
        concerns=concerns,
    )


def decide(
    state: GameState, opportunity: Opportunity, year: int
) -> tuple[GameState, NewsItem | None]:
    """The host gives its places for play to the best standings (the player's included if
    it bid); a won place brings the opportunity's rewards. No bidder: no news."""
    standings = list(rival_standings(state, opportunity))
    mine = player_standing(state, opportunity)
    took_part = bool(bids_of(state, opportunity.id, state.agency_id))
    if not standings and not took_part:
        return state, None
    if took_part:
        standings = sorted(
            [*standings, mine],
            key=lambda s: (-s.total, s.agency_id != state.agency_id, s.agency_id),
        )
    winners = tuple(s.agency_id for s in standings[: opportunity.places])
    result = OpportunityResult(
        opportunity.id,
        year,
        winners,
        tuple((s.agency_id, s.total) for s in standings),
        took_part,
    )
    state = evolve(state, opportunity_results=state.opportunity_results + (result,))
    if took_part and state.agency_id in winners:
        rewards = opportunity.rewards
        state = evolve(
            state,
            stock=add_effects(state.stock, rewards),
            relations=change_relations(state.relations, (opportunity.host,), rewards.relations),
        )
        behind = [st.total for st in standings[opportunity.places :]]
        said = message(
            "opportunity_won" if behind else "opportunity_won_alone",
            host=(opportunity.host,),
            yours=mine.total,
            theirs=behind[0] if behind else 0,
            prestige=opportunity.rewards.prestige,
            science=opportunity.rewards.science,
        )
        status = "won"
    elif took_part:
        said = loss_explained(opportunity, mine, standings[: opportunity.places])
        status = "lost"
    else:
        said = message("opportunity_decided", host=(opportunity.host,), winners=winners)
        status = "decided"
    item = _news(
        state,
        opportunity,
        "opportunity",
        status,
        said,
        year=year,
        concerns=took_part,
        big=took_part,
    )
    return state, item


def loss_explained(opportunity: Opportunity, mine: Standing, winners: list[Standing]) -> Message:
    """Who won, their standing against the player's, the part they were furthest ahead on,
    and how many more bids would have won the place."""
    last = winners[-1]
    gap = last.total - mine.total + 1
    per_bid = opportunity.counts.bid * opportunity.bid
    bids = max(1, -(-gap // per_bid))
    edge = max(PARTS, key=lambda part: getattr(last, part) - getattr(mine, part))
    return message(
        f"opportunity_lost_{edge}",
        host=(opportunity.host,),
        winners=tuple(s.agency_id for s in winners),
        yours=mine.total,
        theirs=last.total,
        bids=bids,
    )
