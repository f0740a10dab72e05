"""Lookup tables built once per pack: records by id, the dated timeline, the missions open
to each agency, the quiz items citing each record's facts.

The index rides along in the game state (not compared, not saved) so the rules never
rebuild a dictionary in a hot loop. It is kept in the pack's memo, so every campaign of
one pack shares it; its lazily filled tables only ever hold what the pack implies.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

from game.content import reach
from game.content.citations import Citation, citations
from game.content.model import (
    Agency,
    Agreement,
    AgreementKind,
    Ban,
    Event,
    Fact,
    Mission,
    Pack,
    QuizItem,
)
from game.quiz.says_who import says_who_items
from game.sim.balance import EARLY_YEARS

Record = Event | Agreement | Mission
T = TypeVar("T")


def missions_open_to(pack: Pack, agency_id: str) -> tuple[Mission, ...]:
    """Missions the agency may lead in a campaign (those it only partners in fly in the
    world); requirements and launchers are checked again each year by the rules."""
    return tuple(m for m in reach.missions_open_to(pack, agency_id) if m.lead == agency_id)


def record_key(kind: str, record_id: str) -> str:
    return f"{kind}:{record_id}"


def record_title(record: Record) -> str:
    """What the game calls a record: a mission's name, an event's or agreement's title."""
    return record.name if isinstance(record, Mission) else record.title


def split_key(key: str) -> tuple[str, str]:
    kind, _, record_id = key.partition(":")
    return kind, record_id


class OpenMissions(Mapping[str, tuple[str, ...]]):
    """Agency id -> ids of the missions it may lead, each worked out when first asked for
    (a campaign only ever asks for its player's)."""

    def __init__(self, pack: Pack, agencies: Mapping[str, Agency]) -> None:
        self._pack = pack
        self._agencies = agencies
        self._found: dict[str, tuple[str, ...]] = {}

    def __getitem__(self, agency_id: str) -> tuple[str, ...]:
        found = self._found.get(agency_id)
        if found is None:
            if agency_id not in self._agencies:
                raise KeyError(agency_id)
            found = self._found[agency_id] = tuple(
                m.id for m in missions_open_to(self._pack, agency_id)
            )
        return found

    def get(self, agency_id: str, default: Any = None) -> Any:  # the rules' hot path
        return self[agency_id] if agency_id in self._agencies else default

    def __iter__(self) -> Iterator[str]:
        return iter(self._agencies)

    def __len__(self) -> int:
        return len(self._agencies)


@dataclass(frozen=True, eq=False)
class PackIndex:
    """Read-only lookups over one pack (the memo tables fill as a campaign asks)."""

    pack: Pack
    agencies: Mapping[str, Agency]
    agreements: Mapping[str, Agreement]
    missions: Mapping[str, Mission]
    events: Mapping[str, Event]
    kinds: Mapping[str, AgreementKind]
    quiz: Mapping[str, QuizItem]  # the pack's items, then the generated "says who" ones
    facts: Mapping[str, Fact]
    dated: tuple[tuple[int, str], ...]  # (year, record key), in pack order within a year
    open_missions: Mapping[str, tuple[str, ...]]  # agency id -> mission ids it may lead
    agency_ids: tuple[str, ...]  # sorted
    records: Mapping[str, Record]  # record key -> event, agreement or mission
    event_bans: Mapping[str, tuple[Ban, ...]]  # record key -> bans, for events with any
    quiz_by_fact: Mapping[str, tuple[int, ...]]  # fact id -> positions of items citing it
    quiz_years: Mapping[str, int]  # item id -> latest year of its facts, if any is dated
    cited: dict[str, Citation] = field(default_factory=dict)  # fact id -> citation
    cited_by_ids: dict[tuple[str, ...], tuple[Citation, ...]] = field(default_factory=dict)
    # (fact ids, year) -> ``quiz_citing``'s items (a checkpoint asks it every year)
    citing: dict[tuple[tuple[str, ...], int | None], tuple[QuizItem, ...]] = field(
        default_factory=dict
    )
    # agency id -> key -> a read-only view of the pack for one agency (``agency_view``)
    agency_views: dict[str, dict[Hashable, Any]] = field(default_factory=dict)

    def agency_view(self, agency_id: str, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, a view of the pack that depends on ``agency_id`` alone (what a news
        item about a record says, the agency's real flights by year), made once for every
        campaign of the agency rather than once per campaign."""
        views = self.agency_views.get(agency_id)
        if views is None:
            views = self.agency_views[agency_id] = {}
        try:
            found: T = views[key]
            return found
        except KeyError:
            made = views[key] = make()
            return made

    def pack_view(self, key: Hashable, make: Callable[[], T]) -> T:
        """``agency_view`` for a value of the pack alone, the same whoever plays."""
        return self.agency_view("", key, make)

    def record(self, key: str) -> Record:
        return self.records[key]

    def is_planned(self, key: str) -> bool:
        return self.records[key].status == "planned"

    def is_open_plan(self, key: str) -> bool:
        """Whether ``key`` is a plan whose outcome lies beyond the pack's sources: the only
        kind of world record that may slip (``open_plans``)."""
        return key in open_plans(self.pack)

    def citations(self, fact_ids: tuple[str, ...]) -> tuple[Citation, ...]:
        """``game.quiz.engine.citations(pack, fact_ids)``, from one table of every fact's
        citation made the first time (the news and the report cite again and again)."""
        found = self.cited_by_ids.get(fact_ids)
        if found is None:
            if not self.cited:
                ids = [fact.id for fact in self.pack.facts]
                self.cited.update(zip(ids, citations(self.pack, ids), strict=True))
            found = tuple([self.cited[f] for f in fact_ids if f in self.cited])
            self.cited_by_ids[fact_ids] = found
        return found

    def real_flights(self, agency_id: str) -> dict[int, list[Mission]]:
        """The dated missions ``agency_id`` may lead, by their real year."""
        return self.agency_view(agency_id, "real_flights", lambda: self._by_real_year(agency_id))

    def _by_real_year(self, agency_id: str) -> dict[int, list[Mission]]:
        found: dict[int, list[Mission]] = {}
        for mission_id in self.open_missions.get(agency_id, ()):
            mission = self.missions[mission_id]
            if mission.date is not None:
                found.setdefault(mission.date.year, []).append(mission)
        return found

    def quiz_citing(self, fact_ids: tuple[str, ...], year: int | None = None) -> list[QuizItem]:
        """The pack's quiz items that cite any of ``fact_ids``, in pack order; with ``year``,
        only those citing no fact dated after it (no question about the future)."""
        found = self.citing.get((fact_ids, year))
        if found is None:
            found = self.citing[fact_ids, year] = tuple(self._quiz_citing(fact_ids, year))
        return list(found)

    def _quiz_citing(self, fact_ids: tuple[str, ...], year: int | None) -> list[QuizItem]:
        positions = sorted({n for f in fact_ids for n in self.quiz_by_fact.get(f, ())})
        items = [self.pack.quiz[n] for n in positions]
        if year is None:
            return items
        return [item for item in items if self.quiz_years.get(item.id, year) <= year]


def build_index(pack: Pack) -> PackIndex:
    """The index of ``pack``, made the first time a campaign of it asks."""
    return pack.memo("sim.index", lambda: _make_index(pack))


def _make_index(pack: Pack) -> PackIndex:
    dated: list[tuple[int, str]] = []
    records: dict[str, Record] = {}
    for event in pack.events:
        records[record_key("event", event.id)] = event
        dated.append((event.date.year, record_key("event", event.id)))
    for agreement in pack.agreements:
        records[record_key("agreement", agreement.id)] = agreement
        dated.append((agreement.date.year, record_key("agreement", agreement.id)))
    for mission in pack.missions:
        records[record_key("mission", mission.id)] = mission
        if mission.date is not None:
            dated.append((mission.date.year, record_key("mission", mission.id)))
    dated.sort(key=lambda pair: pair[0])  # stable: pack order within a year
    quiz_by_fact: dict[str, list[int]] = {}
    for position, item in enumerate(pack.quiz):
        for fact_id in item.facts:
            quiz_by_fact.setdefault(fact_id, []).append(position)
    fact_years = {f.id: f.date.year for f in pack.facts if f.date is not None}
    quiz_years = {
        item.id: max(years)
        for item in pack.quiz
        for years in ([fact_years[f] for f in item.facts if f in fact_years],)
        if years
    }
    agencies = MappingProxyType(pack.by_id("agencies"))
    return PackIndex(
        pack=pack,
        agencies=agencies,
        agreements=MappingProxyType(pack.by_id("agreements")),
        missions=MappingProxyType(pack.by_id("missions")),
        events=MappingProxyType(pack.by_id("events")),
        kinds=MappingProxyType(pack.by_id("agreement_kinds")),
        quiz=MappingProxyType(
            {**pack.by_id("quiz"), **{item.id: item for item in says_who_items(pack)}}
        ),
        facts=MappingProxyType(pack.by_id("facts")),
        dated=tuple(dated),
        open_missions=OpenMissions(pack, agencies),
        agency_ids=tuple(sorted(agencies)),
        records=MappingProxyType(records),
        event_bans=MappingProxyType(
            {record_key("event", e.id): e.bans for e in pack.events if e.bans}
        ),
        quiz_by_fact=MappingProxyType({f: tuple(p) for f, p in quiz_by_fact.items()}),
        quiz_years=MappingProxyType(quiz_years),
    )


def first_reported(pack: Pack, fact_ids: tuple[str, ...]) -> int | None:
    """The earliest publication year of the sources behind ``fact_ids`` (None if none)."""
    years = pack.memo("sim.fact_report_years", lambda: _fact_report_years(pack))
    found = [years[f] for f in fact_ids if f in years]
    return min(found) if found else None


def open_plans(pack: Pack) -> frozenset[str]:
    """Record keys of the dated plans whose outcome lies beyond the pack's sources.

    History never changes (DESIGN §6): a record that happened (not a plan), a plan whose
    real date the pack knows (its own date is ``background`` knowledge, or one of its facts
    is a background-dated outcome), and a plan dated no later than the newest source
    behind it all happen on their own date in every game. Only the rest may slip."""
    return pack.memo("sim.open_plans", lambda: _open_plans(pack))


def _open_plans(pack: Pack) -> frozenset[str]:
    report_years = _fact_report_years(pack)
    facts = pack.by_id("facts")
    found = set()
    records: list[tuple[str, Record]] = [
        *((record_key("event", e.id), e) for e in pack.events),
        *((record_key("agreement", a.id), a) for a in pack.agreements),
        *((record_key("mission", m.id), m) for m in pack.missions),
    ]
    for key, record in records:
        if record.status != "planned" or record.date is None:
            continue
        if getattr(record, "date_basis", "") == "background":
            continue  # the pack gives the real date: it happened then
        cited = [facts[f] for f in record.facts if f in facts]
        if any(f.date is not None and f.date_basis == "background" for f in cited):
            continue  # a fact tells the real outcome
        newest = max((report_years[f.id] for f in cited if f.id in report_years), default=None)
        if newest is not None and record.date.year <= newest:
            continue  # dated no later than what its sources know
        found.add(key)
    return frozenset(found)


def _fact_report_years(pack: Pack) -> dict[str, int]:
    published = {source.id: source.published.year for source in pack.sources}
    return {f.id: published[f.source] for f in pack.facts if f.source in published}


def earliest_starts(pack: Pack) -> dict[str, int | None]:
    """``earliest_start`` of every mission of ``pack``, by id (made once per pack)."""
    return pack.memo(
        "sim.earliest_starts", lambda: {m.id: earliest_start(pack, m) for m in pack.missions}
    )


def earliest_start(pack: Pack, mission: Mission) -> int | None:
    """The first year ``mission`` may be started (None: any year).

    A dated mission may start a little ahead of history. An undated plan cannot start
    before anyone announced it: not before the year its sources first reported it.
    """
    if mission.date is not None:
        return mission.date.year - max(1, mission.build_years) - EARLY_YEARS
    if mission.status == "planned":
        return first_reported(pack, mission.facts)
    return None
