"""The world along the real timeline: starting a campaign, and what each new year brings.

Each year: income arrives; the player's missions that are due launch; the pack's events,
agreements and missions dated that year happen for the other agencies (plans may slip a
year or two, on a seeded roll); real agreements of the player's agency falling due are
offered; and a quiz checkpoint may open on what the player has just lived through.
"""

from __future__ import annotations

import difflib
import random

from game.content.model import Agency, Pack, Scenario
from game.errors import UnknownAgency, UnknownScenario
from game.sim import checkpoints, dilemmas, missions, opportunities, spacing
from game.sim.balance import DEFAULT_RELATIONS
from game.sim.dice import Dice, RngSnapshot
from game.sim.effects import with_budget, with_rng
from game.sim.falling_due import due_records, history_entry, news_about
from game.sim.index import PackIndex, build_index, record_key, split_key
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
    seeded = random.Random(seed)
    rng = Dice(RngSnapshot(seeded.getstate(), live=seeded))
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
        rng_state=rng.saved,
        scenario=chosen.id if chosen else "",
        years_per_turn=chosen.years_per_turn if chosen else 1,
    )
    schedule = []
    history: list[tuple[Happened, SignedAgreement | None, Launch | None]] = []
    for year, key in index.dated:
        if year >= start and _led_by_player(state, key):
            continue  # the player's own missions fly only when the player builds them
        if year < start:
            history.append(history_entry(index, key, year))
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
    return with_rng(state, rng)


def _led_by_player(state: GameState, key: str) -> bool:
    kind, record_id = split_key(key)
    return kind == "mission" and state.index.missions[record_id].lead == state.agency_id


def _history_hints(state: GameState, launched: set[str]) -> list[NewsItem]:
    """The player's own missions that flew this year in the real timeline, but not those
    the player has just launched (their launch news already tells of them) nor those the
    player has already flown with success in an earlier year: that is no news any more."""
    hints = []
    flights = state.index.real_flights(state.agency_id)
    for year in range(state.year, state.turn_end + 1):
        for mission in flights.get(year, ()):
            if mission.id in launched or mission.id in _flown_by_player(state):
                continue
            key = record_key("mission", mission.id)
            status = "planned" if state.index.is_open_plan(key) else "done"
            hints.append(news_about(state, "history", key, status, year=year))
    return hints


def _flown_by_player(state: GameState) -> set[str]:
    """The missions the player has flown with success."""
    return derived(
        state,
        ("launches",),
        "flown_by_player",
        lambda: {launch.mission_id for launch in state.player_launches() if launch.success},
    )


def begin_year(state: GameState, rng: random.Random) -> tuple[GameState, list[Outcome]]:
    """Bring in ``state.year`` (``close_year`` paid its income): due launches, the world's
    records, a checkpoint."""
    outcomes: list[Outcome] = []
    news: list[NewsItem] = []
    launched: set[str] = set()  # the missions flown now: their launch news tells of them
    for development in [d for d in state.developing if d.launch_year <= state.year]:
        state, launch = missions.fly(state, development.mission_id, rng)
        mission = state.index.missions[launch.mission_id]
        launched.add(mission.id)
        status = "succeeded" if launch.success else "failed"
        news.append(news_about(state, "launch", record_key("mission", mission.id), status))
        outcomes.append(
            MissionLaunched(
                mission.id, mission.name, state.year, launch.success, launch.reliability
            )
        )
    state, world_news = due_records(state, rng)
    news.extend(world_news)
    state, opportunity_news = opportunities.year_begins(state, rng)
    news.extend(opportunity_news)
    news.extend(_history_hints(state, launched))
    state = evolve(
        state,
        news=state.news + tuple(news),
        shown=spacing.shown_in_news(state.shown, news, spacing.shown_facts(state)),
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
