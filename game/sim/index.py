"""Lookup tables built once per campaign from the pack: records by id, the dated timeline,
the missions open to each agency, the quiz items citing each record's facts.

The index rides along in the game state (not compared, not saved) so the rules never
rebuild a dictionary in a hot loop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from game.content import reach
from game.content.model import (
    Agency,
    Agreement,
    AgreementKind,
    Event,
    Fact,
    Mission,
    Pack,
    QuizItem,
)

Record = Event | Agreement | Mission


def missions_open_to(pack: Pack, agency_id: str) -> tuple[Mission, ...]:
    """Missions the agency may lead in a campaign (those it only partners in fly in the
    world); requirements and launchers are checked again each year by the rules."""
    return tuple(m for m in reach.missions_open_to(pack, agency_id) if m.lead == agency_id)


def record_key(kind: str, record_id: str) -> str:
    return f"{kind}:{record_id}"


def split_key(key: str) -> tuple[str, str]:
    kind, _, record_id = key.partition(":")
    return kind, record_id


@dataclass(frozen=True, eq=False)
class PackIndex:
    """Read-only lookups over one pack."""

    pack: Pack
    agencies: Mapping[str, Agency]
    agreements: Mapping[str, Agreement]
    missions: Mapping[str, Mission]
    events: Mapping[str, Event]
    kinds: Mapping[str, AgreementKind]
    quiz: Mapping[str, QuizItem]
    facts: Mapping[str, Fact]
    dated: tuple[tuple[int, str], ...]  # (year, record key), in pack order within a year
    open_missions: Mapping[str, tuple[str, ...]]  # agency id -> mission ids it may lead

    def record(self, key: str) -> Record:
        kind, record_id = split_key(key)
        table: Mapping[str, Record] = {
            "event": self.events,
            "agreement": self.agreements,
            "mission": self.missions,
        }[kind]  # type: ignore[assignment]
        return table[record_id]

    def is_planned(self, key: str) -> bool:
        return self.record(key).status == "planned"


def build_index(pack: Pack) -> PackIndex:
    dated: list[tuple[int, str]] = []
    for event in pack.events:
        dated.append((event.date.year, record_key("event", event.id)))
    for agreement in pack.agreements:
        dated.append((agreement.date.year, record_key("agreement", agreement.id)))
    for mission in pack.missions:
        if mission.date is not None:
            dated.append((mission.date.year, record_key("mission", mission.id)))
    dated.sort(key=lambda pair: pair[0])  # stable: pack order within a year
    return PackIndex(
        pack=pack,
        agencies=MappingProxyType(pack.by_id("agencies")),
        agreements=MappingProxyType(pack.by_id("agreements")),
        missions=MappingProxyType(pack.by_id("missions")),
        events=MappingProxyType(pack.by_id("events")),
        kinds=MappingProxyType(pack.by_id("agreement_kinds")),
        quiz=MappingProxyType(pack.by_id("quiz")),
        facts=MappingProxyType(pack.by_id("facts")),
        dated=tuple(dated),
        open_missions=MappingProxyType(
            {a.id: tuple(m.id for m in missions_open_to(pack, a.id)) for a in pack.agencies}
        ),
    )
