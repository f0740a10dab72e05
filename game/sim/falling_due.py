"""What falls due each turn on the real timeline: the pack's events, agreements and
missions dated in the turn's years happen in the world (open plans may slip, on a seeded
roll), the player's own real agreements are offered, and each becomes a news item.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from game.content.citations import Citation
from game.content.model import Agreement, Effects, Event
from game.sim.balance import SLIP_CHANCE, SLIP_MAX_YEARS
from game.sim.effects import add_effects, change_relations
from game.sim.index import PackIndex, Record, record_title, split_key
from game.sim.state import (
    GameState,
    Happened,
    Launch,
    NewsItem,
    SignedAgreement,
    derived,
    evolve,
)


def involved(record: Record) -> tuple[str, ...]:
    if isinstance(record, Event):
        return record.agencies
    if isinstance(record, Agreement):
        return record.parties
    return (record.lead, *record.partners)


def _summary(record: Record) -> str:
    return record.terms if isinstance(record, Agreement) else record.summary


def news_about(
    state: GameState,
    kind: str,
    key: str,
    status: str,
    *,
    expected: int | None = None,
    year: int | None = None,
) -> NewsItem:
    """A news item of this turn, dated ``year`` (default: the turn's first year). It is a
    value made of the pack and the player's agency alone, so it is made once and the
    campaigns of the agency share it."""
    when = state.year if year is None else year
    index, agency_id = state.index, state.agency_id

    def make() -> NewsItem:
        record_id, title, told, big, concerns_player, cited = _news_parts(index, agency_id, key)
        return NewsItem(
            year=when,
            kind=kind,
            record_id=record_id,
            title=title,
            summary=told,
            status=status,
            big=big,
            concerns_player=concerns_player,
            citations=cited,
            expected=expected,
        )

    return index.agency_view(agency_id, ("news", kind, key, status, when, expected), make)


def _news_parts(
    index: PackIndex, agency_id: str, key: str
) -> tuple[str, str, str, bool, bool, tuple[Citation, ...]]:
    """What every news item about the record ``key`` says to ``agency_id``, whatever the
    year or status."""
    record = index.record(key)
    return (
        split_key(key)[1],
        record_title(record),
        _summary(record),
        isinstance(record, Event) and record.big,
        agency_id in involved(record),
        index.citations(record.facts),
    )


def history_entry(
    index: PackIndex, key: str, year: int, slipped_from: int | None = None
) -> tuple[Happened, SignedAgreement | None, Launch | None]:
    """What ``key`` taking place in ``year`` adds to world history: the record of it, and
    the agreement now in force or the mission that flew (values of the pack alone, made
    once for every campaign)."""
    return index.pack_view(
        ("history", key, year, slipped_from),
        lambda: _history_entry(index, key, year, slipped_from),
    )


def _history_entry(
    index: PackIndex, key: str, year: int, slipped_from: int | None
) -> tuple[Happened, SignedAgreement | None, Launch | None]:
    kind, record_id = split_key(key)
    happened = Happened(key, year, slipped_from)
    if kind == "agreement":
        agreement = index.agreements[record_id]
        signed = SignedAgreement(
            id=agreement.id,
            title=agreement.title,
            kind=agreement.kind,
            parties=agreement.parties,
            year=year,
            real=True,
            by_player=False,
        )
        return happened, signed, None
    if kind == "mission":
        return (
            happened,
            None,
            Launch(mission_id=record_id, year=year, success=True, by_player=False),
        )
    return happened, None, None


@dataclass(frozen=True)
class Falling:
    """What one record taking place in a year does for one agency's player: a value of
    the pack and the agency alone (``_falling``), made once for all their campaigns."""

    planned: bool  # an open plan: it may slip instead (history never does)
    offer: bool  # the player's own real agreement: offered, not signed for it
    news: NewsItem  # the news of it taking place (or of the offer)
    happened: Happened | None
    signed: SignedAgreement | None
    launch: Launch | None
    effects: Effects | None  # what the player feels, when it takes part (not an agreement)
    others: tuple[str, ...]  # the other agencies taking part, whose relations move


def _falling(state: GameState, key: str, year: int) -> Falling:
    index, me = state.index, state.agency_id

    def make() -> Falling:
        planned = index.is_open_plan(key)
        status = "planned" if planned else "done"
        record = index.record(key)
        agencies = involved(record)
        if isinstance(record, Agreement) and me in agencies:
            news = news_about(state, "offer", key, status, year=year)
            return Falling(planned, True, news, None, None, None, None, ())
        assert record.date is not None  # only dated records are scheduled
        first = record.date.year
        entry, agreement, launch = history_entry(index, key, year, first if first != year else None)
        effects: Effects | None = None
        others: tuple[str, ...] = ()
        if me in agencies and not isinstance(record, Agreement):
            effects = record.effects if isinstance(record, Event) else record.rewards
            others = tuple(a for a in agencies if a != me)
        news = news_about(state, split_key(key)[0], key, status, year=year)
        return Falling(planned, False, news, entry, agreement, launch, effects, others)

    return index.agency_view(me, ("falling", key, year), make)


def due_records(state: GameState, rng: random.Random) -> tuple[GameState, list[NewsItem]]:
    """This turn's records (each in its own year of the turn): a plan may slip past the
    turn; an agreement of the player's is offered; the rest happen in the world, and the
    player feels those it takes part in."""
    last = state.turn_end
    if _next_due(state) > last:
        return state, []  # most years: the schedule is not scanned, the state is kept
    # One pass: the records due this turn, and the earliest year of the others (what the
    # new schedule's ``_next_due`` is, with the slipped ones' new years).
    due: list[int] = []
    next_due = state.end_year + 1
    for position, (_, year) in enumerate(state.schedule):
        if year <= last:
            due.append(position)
        elif year < next_due:
            next_due = year
    if not due:
        return state, []
    news: list[NewsItem] = []
    schedule = list(state.schedule)
    happened: list[Happened] = []
    signed: list[SignedAgreement] = []
    launches: list[Launch] = []
    offers: list[str] = []
    stock, relations = state.stock, state.relations
    for position in due:
        key, year = schedule[position]
        falling = _falling(state, key, year)
        if falling.planned and rng.random() < SLIP_CHANCE:
            later = max(year + rng.randint(1, SLIP_MAX_YEARS), last + 1)  # past this turn
            schedule[position] = (key, later)
            next_due = min(next_due, later)
            news.append(news_about(state, "slip", key, "slipped", expected=later, year=year))
            continue
        schedule[position] = (key, -1)
        news.append(falling.news)
        if falling.offer:
            offers.append(falling.news.record_id)
            continue
        if falling.happened is not None:
            happened.append(falling.happened)
        if falling.signed is not None:
            signed.append(falling.signed)
        if falling.launch is not None:
            launches.append(falling.launch)
        if falling.effects is not None:
            stock = add_effects(stock, falling.effects)
            relations = change_relations(relations, falling.others, falling.effects.relations)
    # Only the fields that changed: the views derived from the others carry over.
    changes: dict[str, Any] = {"schedule": tuple([item for item in schedule if item[1] >= 0])}
    if happened:
        changes["happened"] = state.happened + tuple(happened)
    if signed:
        changes["signed"] = state.signed + tuple(signed)
    if launches:
        changes["launches"] = state.launches + tuple(launches)
    if offers:
        changes["offers"] = state.offers + tuple(offers)
    if stock is not state.stock:
        changes["stock"] = stock
    if relations is not state.relations:
        changes["relations"] = relations
    state = evolve(state, **changes)
    _next_due(state, lambda: next_due)
    return state, news


def _next_due(state: GameState, known: Callable[[], int] | None = None) -> int:
    """The earliest year on the schedule (past the campaign when it is empty); ``known``
    gives it when the caller has just worked it out (a new schedule)."""
    return derived(
        state,
        ("schedule",),
        "next_due",
        known or (lambda: min((year for _, year in state.schedule), default=state.end_year + 1)),
    )
