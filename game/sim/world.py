"""The world along the real timeline: starting a campaign, and what each new year brings.

Each year: income arrives; the player's missions that are due launch; the pack's events,
agreements and missions dated that year happen for the other agencies (plans may slip a
year or two, on a seeded roll); real agreements of the player's agency falling due are
offered; and a quiz checkpoint may open on what the player has just lived through.
"""

from __future__ import annotations

import difflib
import random
from dataclasses import replace

from game.content.model import Agency, Agreement, Event, Mission, Pack
from game.errors import SpaceAccordError
from game.sim import checkpoints, missions
from game.sim.balance import DEFAULT_RELATIONS, SLIP_CHANCE, SLIP_MAX_YEARS
from game.sim.effects import apply_to_player
from game.sim.index import PackIndex, Record, build_index, record_key, split_key
from game.sim.outcomes import (
    AgreementDeclined,
    CampaignEnded,
    MissionLaunched,
    Outcome,
    YearBegan,
)
from game.sim.state import GameState, Happened, Launch, NewsItem, SignedAgreement, Stock, evolve


class UnknownAgency(SpaceAccordError):
    """An agency id the pack does not have, or one a player may not choose."""


def _check_agency(index: PackIndex, agency_id: str) -> Agency:
    agency = index.agencies.get(agency_id)
    playable = sorted(a.id for a in index.pack.agencies if a.playable)
    if agency is None:
        close = difflib.get_close_matches(agency_id, list(index.agencies), n=1)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        raise UnknownAgency(
            f"pack '{index.pack.info.id}' has no agency '{agency_id}'.{hint}"
            f" Playable: {', '.join(playable) or 'none'}."
        )
    if not agency.playable:
        raise UnknownAgency(
            f"agency '{agency_id}' is not playable in pack '{index.pack.info.id}'."
            f" Playable: {', '.join(playable) or 'none'}."
        )
    return agency


def _starting_relations(index: PackIndex, agency: Agency) -> tuple[tuple[str, int], ...]:
    own = agency.relations or {}
    found = []
    for other in sorted(index.agencies):
        if other == agency.id:
            continue
        theirs = index.agencies[other].relations or {}
        found.append((other, own.get(other, theirs.get(agency.id, DEFAULT_RELATIONS))))
    return tuple(found)


def new_game(pack: Pack, agency_id: str, seed: int) -> GameState:
    """A campaign for ``agency_id`` at the start of its first year, that year's news in."""
    index = build_index(pack)
    agency = _check_agency(index, agency_id)
    rng = random.Random(seed)
    resources = agency.resources
    stock = Stock(resources.budget, resources.income, resources.prestige, resources.science)
    state = GameState(
        index=index,
        agency_id=agency.id,
        seed=seed,
        year=agency.start,
        start_year=agency.start,
        end_year=pack.info.timeline.end,
        stock=stock,
        start_stock=stock,
        relations=_starting_relations(index, agency),
        signed=(),
        declined=(),
        offers=(),
        developing=(),
        launches=(),
        happened=(),
        schedule=(),
        news=(),
        checkpoint=None,
        quiz_log=(),
        checkpoints_this_year=0,
        finished=False,
        rng_state=rng.getstate(),  # type: ignore[arg-type]
    )
    schedule = []
    for year, key in index.dated:
        if _led_by_player(state, key):
            continue  # the player's own missions fly only when the player builds them
        if year < agency.start:
            state = _happen_quietly(state, key, year)
        else:
            schedule.append((key, year))
    state = evolve(state, schedule=tuple(schedule))
    state, _ = begin_year(state, rng, first=True)
    return evolve(state, rng_state=rng.getstate())


def _led_by_player(state: GameState, key: str) -> bool:
    kind, record_id = split_key(key)
    return kind == "mission" and state.index.missions[record_id].lead == state.agency_id


def involved(record: Record) -> tuple[str, ...]:
    if isinstance(record, Event):
        return record.agencies
    if isinstance(record, Agreement):
        return record.parties
    return (record.lead, *record.partners)


def _title(record: Record) -> str:
    return record.name if isinstance(record, Mission) else record.title


def _summary(record: Record) -> str:
    return record.terms if isinstance(record, Agreement) else record.summary


def _news(state: GameState, kind: str, key: str, status: str, *, summary: str = "") -> NewsItem:
    record = state.index.record(key)
    return NewsItem(
        year=state.year,
        kind=kind,
        record_id=split_key(key)[1],
        title=_title(record),
        summary=summary or _summary(record),
        status=status,
        big=isinstance(record, Event) and record.big,
        concerns_player=state.agency_id in involved(record),
        citations=state.index.citations(record.facts),
    )


def _happen_quietly(
    state: GameState, key: str, year: int, slipped_from: int | None = None
) -> GameState:
    """Record ``key`` as part of world history (no effects on the player)."""
    kind, record_id = split_key(key)
    happened = state.happened + (Happened(key, year, slipped_from),)
    if kind == "agreement":
        agreement = state.index.agreements[record_id]
        signed = SignedAgreement(
            id=agreement.id,
            title=agreement.title,
            kind=agreement.kind,
            parties=agreement.parties,
            year=year,
            real=True,
            by_player=False,
        )
        return evolve(state, happened=happened, signed=state.signed + (signed,))
    if kind == "mission":
        launch = Launch(mission_id=record_id, year=year, success=True, by_player=False)
        return evolve(state, happened=happened, launches=state.launches + (launch,))
    return evolve(state, happened=happened)


def _happen(state: GameState, key: str, slipped_from: int | None) -> GameState:
    """``key`` happens this year in the world; the player feels it if it takes part."""
    state = _happen_quietly(state, key, state.year, slipped_from)
    record = state.index.record(key)
    agencies = involved(record)
    if state.agency_id not in agencies:
        return state
    others = tuple(a for a in agencies if a != state.agency_id)
    if isinstance(record, Event):
        return apply_to_player(state, record.effects, others)
    if isinstance(record, Mission):
        return apply_to_player(state, record.rewards, others)
    return state


def _original_year(state: GameState, key: str) -> int:
    record = state.index.record(key)
    date = record.date
    assert date is not None
    return date.year


def _due_records(state: GameState, rng: random.Random) -> tuple[GameState, list[NewsItem]]:
    news: list[NewsItem] = []
    schedule = list(state.schedule)
    for position, (key, year) in enumerate(state.schedule):
        if year != state.year:
            continue
        planned = state.index.is_planned(key)
        if planned and rng.random() < SLIP_CHANCE:
            later = year + rng.randint(1, SLIP_MAX_YEARS)
            schedule[position] = (key, later)
            news.append(_news(state, "slip", key, "slipped", summary=f"Now expected in {later}."))
            continue
        schedule[position] = (key, -1)
        first = _original_year(state, key)
        slipped_from = first if first != year else None
        kind, record_id = split_key(key)
        if kind == "agreement" and state.agency_id in state.index.agreements[record_id].parties:
            state = evolve(state, offers=state.offers + (record_id,))
            news.append(_news(state, "offer", key, "planned" if planned else "done"))
            continue
        state = _happen(state, key, slipped_from)
        news.append(_news(state, kind, key, "planned" if planned else "done"))
    state = evolve(state, schedule=tuple(item for item in schedule if item[1] >= 0))
    return state, news


def _history_hints(state: GameState) -> list[NewsItem]:
    """The player's own missions that flew this year in the real timeline."""
    hints = []
    for mission_id in state.index.open_missions.get(state.agency_id, ()):
        mission = state.index.missions[mission_id]
        if mission.date is not None and mission.date.year == state.year:
            key = record_key("mission", mission_id)
            status = "planned" if mission.status == "planned" else "done"
            hints.append(_news(state, "history", key, status))
    return hints


def begin_year(
    state: GameState, rng: random.Random, *, first: bool = False
) -> tuple[GameState, list[Outcome]]:
    """Bring in ``state.year``: income, due launches, the world's records, a checkpoint."""
    outcomes: list[Outcome] = []
    news: list[NewsItem] = []
    if not first:
        state = evolve(
            state, stock=replace(state.stock, budget=state.stock.budget + state.stock.income)
        )
    for development in [d for d in state.developing if d.launch_year <= state.year]:
        state, launch = missions.fly(state, development.mission_id, rng)
        mission = state.index.missions[launch.mission_id]
        status = "succeeded" if launch.success else "failed"
        news.append(_news(state, "launch", record_key("mission", mission.id), status))
        outcomes.append(
            MissionLaunched(
                mission.id, mission.name, state.year, launch.success, launch.reliability
            )
        )
    state, world_news = _due_records(state, rng)
    news.extend(world_news)
    news.extend(_history_hints(state))
    state = evolve(state, news=state.news + tuple(news))
    outcomes.append(YearBegan(state.year, tuple(news)))

    # An offer is lived through when signed (the sign handler opens its checkpoint).
    lived = [item for item in news if item.kind not in ("slip", "history", "offer")]
    lived.sort(key=lambda item: (not item.concerns_player, not item.big))
    candidates = [
        (record_key(_record_kind(item), item.record_id), tuple(c.fact_id for c in item.citations))
        for item in lived
    ]
    if first:
        candidates.insert(0, (record_key("agency", state.agency_id), state.agency.facts))
    state, opened = checkpoints.maybe_open(state, rng, candidates)
    if opened is not None:
        outcomes.append(opened)
    return state, outcomes


def _record_kind(item: NewsItem) -> str:
    return "mission" if item.kind == "launch" else item.kind


def close_year(state: GameState, rng: random.Random) -> tuple[GameState, list[Outcome]]:
    """End ``state.year``: unanswered offers lapse; then the next year, or the end."""
    outcomes: list[Outcome] = []
    for agreement_id in state.offers:
        title = state.index.agreements[agreement_id].title
        outcomes.append(AgreementDeclined(agreement_id, title, lapsed=True))
    state = evolve(state, offers=(), declined=state.declined + state.offers)
    if state.year >= state.end_year:
        outcomes.append(CampaignEnded(state.year))
        return evolve(state, finished=True), outcomes
    state = evolve(state, year=state.year + 1, checkpoints_this_year=0)
    state, more = begin_year(state, rng)
    return state, outcomes + more
