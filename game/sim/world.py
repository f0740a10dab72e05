"""The world along the real timeline: starting a campaign, and what each new year brings.

Each year: income arrives; the player's missions that are due launch; the pack's events,
agreements and missions dated that year happen for the other agencies (plans may slip a
year or two, on a seeded roll); real agreements of the player's agency falling due are
offered; and a quiz checkpoint may open on what the player has just lived through.
"""

from __future__ import annotations

import difflib
import random
from collections.abc import Callable
from typing import Any

from game.content.citations import Citation
from game.content.model import Agency, Agreement, Event, Mission, Pack, Scenario
from game.errors import UnknownAgency, UnknownScenario
from game.sim import checkpoints, dilemmas, missions, opportunities, spacing
from game.sim.balance import DEFAULT_RELATIONS, SLIP_CHANCE, SLIP_MAX_YEARS
from game.sim.effects import add_effects, change_relations, with_budget
from game.sim.index import PackIndex, Record, build_index, record_key, split_key
from game.sim.outcomes import (
    AgreementDeclined,
    CampaignEnded,
    MissionLaunched,
    Outcome,
    YearBegan,
)
from game.sim.state import (
    GameState,
    Happened,
    Launch,
    NewsItem,
    SignedAgreement,
    Stock,
    derived,
    evolve,
)
from game.sim.upkeep import net_income


def _check_agency(index: PackIndex, agency_id: str) -> Agency:
    agency = index.agencies.get(agency_id)
    playable = sorted(a.id for a in index.pack.agencies if a.playable)
    if agency is None:
        # A playable agency is what the player meant, even if another is closer in spelling.
        close = difflib.get_close_matches(agency_id, playable, n=1) or difflib.get_close_matches(
            agency_id, list(index.agencies), n=1
        )
        suggestion = close[0] if close else ""
        raise UnknownAgency(index.pack.info.id, agency_id, tuple(playable), suggestion=suggestion)
    if not agency.playable:
        raise UnknownAgency(index.pack.info.id, agency_id, tuple(playable), exists=True)
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


def scenarios_for(pack: Pack, agency_id: str) -> tuple[Scenario, ...]:
    """The pack's scenarios that ``agency_id`` may play, in pack order."""
    return tuple(s for s in pack.scenarios if agency_id in s.agencies)


def _check_scenario(pack: Pack, agency_id: str, scenario_id: str) -> Scenario:
    choices = scenarios_for(pack, agency_id)
    found = next((s for s in choices if s.id == scenario_id), None)
    if found is None:
        raise UnknownScenario(pack.info.id, scenario_id, agency_id, tuple(s.id for s in choices))
    return found


def new_game(pack: Pack, agency_id: str, seed: int, scenario: str | None = None) -> GameState:
    """A campaign for ``agency_id`` at the start of its first year, that year's news in:
    the whole timeline from the agency's start, or the years of the pack's ``scenario``
    (raises ``UnknownAgency``, ``UnknownScenario``). An agency played only through
    scenarios (``full_campaign: false``) plays its first one when none is named."""
    index = build_index(pack)
    agency = _check_agency(index, agency_id)
    if not scenario and not agency.full_campaign and scenarios_for(pack, agency.id):
        scenario = scenarios_for(pack, agency.id)[0].id
    chosen = _check_scenario(pack, agency.id, scenario) if scenario else None
    start = chosen.start if chosen else agency.start
    rng = random.Random(seed)
    resources = chosen.resources if chosen and chosen.resources else agency.resources
    stock = Stock(resources.budget, resources.income, resources.prestige, resources.science)
    state = GameState(
        index=index,
        agency_id=agency.id,
        seed=seed,
        year=start,
        start_year=start,
        end_year=chosen.end if chosen else pack.info.timeline.end,
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
        rng_state=rng.getstate(),
        scenario=chosen.id if chosen else "",
        years_per_turn=chosen.years_per_turn if chosen else 1,
    )
    schedule = []
    history: list[tuple[Happened, SignedAgreement | None, Launch | None]] = []
    for year, key in index.dated:
        if year >= start and _led_by_player(state, key):
            continue  # the player's own missions fly only when the player builds them
        if year < start:
            history.append(_history_entry(index, key, year))
        else:
            schedule.append((key, year))
    state = evolve(
        state,
        happened=tuple(happened for happened, _, _ in history),
        signed=tuple(signed for _, signed, _ in history if signed is not None),
        launches=tuple(launch for _, _, launch in history if launch is not None),
        schedule=tuple(schedule),
    )
    state, _ = begin_year(state, rng)
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


def _news(
    state: GameState,
    kind: str,
    key: str,
    status: str,
    *,
    expected: int | None = None,
    year: int | None = None,
) -> NewsItem:
    """A news item of this turn, dated ``year`` (default: the turn's first year)."""
    record_id, title, told, big, concerns_player, cited = state.index.agency_view(
        state.agency_id, ("news", key), lambda: _news_parts(state.index, state.agency_id, key)
    )
    return NewsItem(
        year=state.year if year is None else year,
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


def _news_parts(
    index: PackIndex, agency_id: str, key: str
) -> tuple[str, str, str, bool, bool, tuple[Citation, ...]]:
    """What every news item about the record ``key`` says to ``agency_id``, whatever the
    year or status."""
    record = index.record(key)
    return (
        split_key(key)[1],
        _title(record),
        _summary(record),
        isinstance(record, Event) and record.big,
        agency_id in involved(record),
        index.citations(record.facts),
    )


def _history_entry(
    index: PackIndex, key: str, year: int, slipped_from: int | None = None
) -> tuple[Happened, SignedAgreement | None, Launch | None]:
    """What ``key`` taking place in ``year`` adds to world history: the record of it, and
    the agreement now in force or the mission that flew."""
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


def _original_year(state: GameState, key: str) -> int:
    record = state.index.record(key)
    date = record.date
    assert date is not None
    return date.year


def _due_records(state: GameState, rng: random.Random) -> tuple[GameState, list[NewsItem]]:
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
    index, me = state.index, state.agency_id
    news: list[NewsItem] = []
    schedule = list(state.schedule)
    happened: list[Happened] = []
    signed: list[SignedAgreement] = []
    launches: list[Launch] = []
    offers: list[str] = []
    stock, relations = state.stock, state.relations
    for position in due:
        key, year = schedule[position]
        planned = index.is_open_plan(key)  # history never slips; open plans may
        if planned and rng.random() < SLIP_CHANCE:
            later = max(year + rng.randint(1, SLIP_MAX_YEARS), last + 1)  # past this turn
            schedule[position] = (key, later)
            next_due = min(next_due, later)
            news.append(_news(state, "slip", key, "slipped", expected=later, year=year))
            continue
        schedule[position] = (key, -1)
        first = _original_year(state, key)
        kind, record_id = split_key(key)
        status = "planned" if planned else "done"
        record = index.record(key)
        agencies = involved(record)
        if isinstance(record, Agreement) and me in agencies:
            offers.append(record_id)
            news.append(_news(state, "offer", key, status, year=year))
            continue
        entry, agreement, launch = _history_entry(
            index, key, year, first if first != year else None
        )
        happened.append(entry)
        signed.extend([agreement] if agreement else [])
        launches.extend([launch] if launch else [])
        if me in agencies and not isinstance(record, Agreement):
            effects = record.effects if isinstance(record, Event) else record.rewards
            others = tuple(a for a in agencies if a != me)
            stock = add_effects(stock, effects)
            relations = change_relations(relations, others, effects.relations)
        news.append(_news(state, kind, key, status, year=year))
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


def _history_hints(state: GameState, launched: set[str]) -> list[NewsItem]:
    """The player's own missions that flew this year in the real timeline, but not those
    the player has just launched (their launch news already tells of them) nor those the
    player has already flown with success in an earlier year: that is no news any more."""
    flown = derived(
        state,
        ("launches",),
        "flown_by_player",
        lambda: {launch.mission_id for launch in state.player_launches() if launch.success},
    )
    hints = []
    flights = state.index.real_flights(state.agency_id)
    for year in range(state.year, state.turn_end + 1):
        for mission in flights.get(year, ()):
            if mission.id in launched or mission.id in flown:
                continue
            key = record_key("mission", mission.id)
            status = "planned" if state.index.is_open_plan(key) else "done"
            hints.append(_news(state, "history", key, status, year=year))
    return hints


def begin_year(state: GameState, rng: random.Random) -> tuple[GameState, list[Outcome]]:
    """Bring in ``state.year`` (``close_year`` paid its income): due launches, the world's
    records, a checkpoint."""
    outcomes: list[Outcome] = []
    news: list[NewsItem] = []
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
    state, opportunity_news = opportunities.year_begins(state, rng)
    news.extend(opportunity_news)
    news.extend(_history_hints(state, {item.record_id for item in news if item.kind == "launch"}))
    state = evolve(
        state, news=state.news + tuple(news), shown=spacing.shown_in_news(state.shown, news)
    )
    outcomes.append(YearBegan(state.year, tuple(news)))
    # A question on something met at least two turns ago (not on this year's cards).
    state, opened = checkpoints.maybe_open(state, rng)
    if opened is not None:
        outcomes.append(opened)
    state, met = dilemmas.open_due(state)  # its framing, quoted on the card, is shown
    if met is not None:
        outcomes.append(met)
    return state, outcomes


def close_year(state: GameState, rng: random.Random) -> tuple[GameState, list[Outcome]]:
    """End ``state.year``: unanswered offers lapse; then the next year (with its income), or
    the end."""
    outcomes: list[Outcome] = []
    for agreement_id in state.offers:
        title = state.index.agreements[agreement_id].title
        outcomes.append(AgreementDeclined(agreement_id, title, lapsed=True))
    declined = state.declined + state.offers
    if state.turn_end >= state.end_year:
        outcomes.append(CampaignEnded(state.turn_end))
        return evolve(state, offers=(), declined=declined, finished=True), outcomes
    years = state.years_per_turn  # income comes for each year of the next turn
    state = evolve(
        state,
        offers=(),
        declined=declined,
        year=state.year + years,
        checkpoints_this_year=0,
        stock=with_budget(state.stock, max(0, state.stock.budget + net_income(state) * years)),
    )
    state, more = begin_year(state, rng)
    return state, outcomes + more
