"""The end report's two timelines, kept apart (DESIGN §6, the history rule):

- *your timeline*: what happened in the player's game only — the missions the player
  launched (and those that failed), the agreements the player signed, proposed, ended or
  turned down, the opportunities the player won or lost, the dilemma choices made, and the
  announced plans that slipped in this game. Nothing in it is history.
- *the record*: what really happened (or was announced, for plans), on its own date, each
  entry with the quotes and sources behind it: the agency's real agreements and dated
  missions in the campaign's years, and the world's events it took part in. Beside each
  agreement and mission, what the player did about it (on time, late, missed ...).

On time, early and late are decided once (``compare``), for both timelines: in a scenario
of several years a turn, a mission launches when a turn begins, so a year in the same turn
as the record's is on time (the record's year is shown beside it, with the turn's length).

Both are plain values made from the final state; the UI and ``simulate`` word them.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.content.citations import Citation
from game.content.model import Event
from game.sim.index import record_key, record_title, split_key
from game.sim.state import GameState
from game.values import quick_init

# What a line of your timeline says happened, as a code the UI words.
FLEW, DONE, FAILED, SIGNED, PROPOSED, DECLINED, SLIPPED, ENDED = (
    "flew",
    "done",  # a mission that does not fly (a study, a service on the ground) succeeded
    "failed",
    "signed",
    "proposed",
    "declined",
    "slipped",
    "ended",  # one of the player's own agreements, ended by the player
)
WON, LOST, CHOSE = "won", "lost", "chose"  # an opportunity's places; a dilemma's options
# How a year of the player's compares with the record's (``compare``).
ON_TIME, EARLY, LATE, MISSED = "on time", "early", "late", "missed"


@quick_init
@dataclass(frozen=True)
class YourEntry:
    """One line of your timeline: ``what`` happened to ``record_id`` in ``year`` of this
    game. ``real_year``: the year of the pack's record when it has one (a proposal, a
    repeatable mission: None); ``expected``: for a slipped plan, the year now expected in
    this game; ``partners``: for a proposal (``title`` is its kind's name), the other party;
    for an opportunity, its host. ``compared``: beside a ``real_year``, how this game's
    year compares (``compare``: on time, early, late). ``winners``: an opportunity lost,
    who took the places in this game. ``option``/``record_option``: a dilemma, the label of
    the option chosen and of the one the record took ('' when the pack marks none).
    """

    year: int
    kind: str  # mission | agreement | plan | opportunity | dilemma
    record_id: str
    title: str
    what: str
    real_year: int | None = None
    expected: int | None = None
    partners: tuple[str, ...] = ()
    compared: str = ""
    winners: tuple[str, ...] = ()
    option: str = ""
    record_option: str = ""


@quick_init
@dataclass(frozen=True)
class RecordEntry:
    """One line of the record: ``record_id`` really happened (or, ``planned``, was an
    announced plan whose outcome lies beyond the sources) in ``year``, with its citations.
    ``yours``: for the agency's own agreements and missions, how the player's game compares
    (a ``TimelineEntry`` status: on time, early, late, missed, failed, declined), else ''."""

    year: int
    kind: str  # event | agreement | mission
    record_id: str
    title: str
    planned: bool
    citations: tuple[Citation, ...]
    yours: str = ""
    player_year: int | None = None


def compare(state: GameState, real_year: int, player_year: int | None) -> str:
    """How the player's year compares with the record's: ``missed`` (never), ``on time``
    (the same turn: as close as the player could act), ``early`` or ``late``."""
    if player_year is None:
        return MISSED
    if state.turn_of(player_year) == state.turn_of(real_year):
        return ON_TIME
    return EARLY if player_year < real_year else LATE


def your_timeline(state: GameState) -> tuple[YourEntry, ...]:
    """What the player did, won, lost and chose, and what slipped, in this game, in order
    of year."""
    index, me = state.index, state.agency_id
    found: list[YourEntry] = []
    for launch in state.player_launches():
        mission = index.missions[launch.mission_id]
        real = mission.date.year if mission.date is not None else None
        what = (FLEW if mission.flies else DONE) if launch.success else FAILED
        compared = compare(state, real, launch.year) if real and launch.success else ""
        found.append(
            YourEntry(
                launch.year, "mission", mission.id, mission.name, what, real, compared=compared
            )
        )
    for signed in state.signed:
        if not signed.by_player or me not in signed.parties:
            continue
        if signed.real:
            real = index.agreements[signed.id].date.year
            found.append(
                YourEntry(
                    signed.year,
                    "agreement",
                    signed.id,
                    signed.title,
                    SIGNED,
                    real,
                    compared=compare(state, real, signed.year),
                )
            )
        else:
            others = tuple(p for p in signed.parties if p != me)
            kind = index.kinds[signed.kind].name if signed.kind in index.kinds else signed.kind
            found.append(
                YourEntry(signed.year, "agreement", signed.id, kind, PROPOSED, partners=others)
            )
    for ended in state.ended:  # proposed, then ended: both in your game only
        others = tuple(p for p in ended.parties if p != me)
        kind = index.kinds[ended.kind].name if ended.kind in index.kinds else ended.kind
        found.append(
            YourEntry(ended.signed_year, "agreement", ended.id, kind, PROPOSED, partners=others)
        )
        found.append(YourEntry(ended.year, "agreement", ended.id, kind, ENDED, partners=others))
    for agreement_id in dict.fromkeys(state.declined):
        agreement = index.agreements[agreement_id]
        year = min(max(agreement.date.year, state.start_year), state.end_year)
        found.append(
            YourEntry(
                year, "agreement", agreement_id, agreement.title, DECLINED, agreement.date.year
            )
        )
    for item in state.news:
        if item.kind == "slip":
            keys = [record_key(k, item.record_id) for k in ("mission", "event", "agreement")]
            record = next(index.records[k] for k in keys if k in index.records)
            real = record.date.year if record.date is not None else None
            found.append(
                YourEntry(
                    item.year, "plan", item.record_id, item.title, SLIPPED, real, item.expected
                )
            )
    found += _opportunities(state) + _dilemmas(state)
    found.sort(key=lambda e: (e.year, e.kind, e.record_id, e.what))
    return tuple(found)


def _opportunities(state: GameState) -> list[YourEntry]:
    """The opportunities the player bid for, won or lost as the host decided in this game."""
    by_id = {o.id: o for o in state.pack.opportunities}
    found = []
    for result in state.opportunity_results:
        opportunity = by_id.get(result.opportunity_id)
        if not result.player_bid or opportunity is None:
            continue
        won = state.agency_id in result.winners
        found.append(
            YourEntry(
                result.year,
                "opportunity",
                opportunity.id,
                opportunity.title,
                WON if won else LOST,
                partners=(opportunity.host,),
                winners=() if won else result.winners,
            )
        )
    return found


def _dilemmas(state: GameState) -> list[YourEntry]:
    """The dilemmas the player decided, with the option chosen and the record's."""
    by_id = {d.id: d for d in state.pack.dilemmas}
    found = []
    for choice in state.dilemma_choices:
        dilemma = by_id.get(choice.dilemma_id)
        if dilemma is None:
            continue
        labels = {option.id: option.label for option in dilemma.options}
        real = next((option.label for option in dilemma.options if option.historical), "")
        found.append(
            YourEntry(
                choice.year,
                "dilemma",
                dilemma.id,
                dilemma.title,
                CHOSE,
                option=labels.get(choice.option_id, choice.option_id),
                record_option=real,
            )
        )
    return found


def the_record(
    state: GameState, yours: dict[str, tuple[str, int | None]]
) -> tuple[RecordEntry, ...]:
    """What really happened in the campaign's years to the player's agency, sourced.

    ``yours`` maps ``kind:id`` of the agency's real agreements and dated missions to the
    player's status and year (from the report's timeline)."""
    return tuple(
        [
            RecordEntry(*line, *yours.get(key, ("", None)))
            for event, key, line in _record_lines(state)
            if event or key in yours
        ]
    )


# The fixed part of a line of the record: year, kind, record id, title, open plan, citations.
RecordLine = tuple[int, str, str, str, bool, tuple[Citation, ...]]


def _record_lines(state: GameState) -> tuple[tuple[bool, str, RecordLine], ...]:
    """The pack's dated records in the campaign's years that may be on the record, each as
    (an event the agency took part in: always on it, its key, its line); the others (the
    agreements and missions) are on it when the player's timeline has them; in the record's
    order (year, kind, id). Made once per agency and span of years: every campaign of the
    agency reads the same."""
    index, me = state.index, state.agency_id

    def make() -> tuple[tuple[bool, str, RecordLine], ...]:
        lines = []
        for year, key in index.dated:
            if not state.start_year <= year <= state.end_year:
                continue
            kind, record_id = split_key(key)
            record = index.record(key)
            if isinstance(record, Event) and me not in record.agencies:
                continue
            event = isinstance(record, Event)
            line = (year, kind, record_id, record_title(record), index.is_open_plan(key))
            lines.append((event, key, (*line, index.citations(record.facts))))
        lines.sort(key=lambda found: found[2][:3])
        return tuple(lines)

    return index.agency_view(me, ("record lines", state.start_year, state.end_year), make)
