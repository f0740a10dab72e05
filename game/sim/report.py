"""The end-of-campaign report: the score in parts, the counts, and the player's timeline
beside the real one (each real entry with the quotes and sources behind it).

Score parts:
- prestige: prestige won during the campaign, plus half the science won;
- partnerships, in deed: points per partner of each joint mission flown successfully, and
  per real agreement the player signed (a commitment kept); proposals alone bring none;
- knowledge: points for every right answer, more for one retrieved at least two turns
  after its fact was first shown (no cap);
- history: how closely the player's years match the real ones for the agency's real
  agreements and dated missions (100 when all on time; credit fades over a few years). In a
  scenario of several years a turn, a year in the same turn as the real one is on time.

The report also keeps *your timeline* (what happened in this game only) apart from *the
record* (what really happened, sourced): ``game.sim.timelines``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from game.content.citations import Citation
from game.content.model import Mission
from game.sim import missions, spacing
from game.sim.balance import (
    HISTORY_POINTS,
    HISTORY_TOLERANCE_YEARS,
    JOINT_FLIGHT_POINTS,
    KEPT_AGREEMENT_POINTS,
    KNOWLEDGE_PER_ANSWER,
    SPACED_ANSWER_BONUS,
    SPACED_TURNS,
)
from game.sim.state import GameState, derived
from game.sim.timelines import RecordEntry, YourEntry, compare, the_record, your_timeline
from game.values import quick_init


@quick_init
@dataclass(frozen=True)
class Score:
    prestige: int
    partnerships: int
    knowledge: int
    history: int

    @property
    def total(self) -> int:
        return self.prestige + self.partnerships + self.knowledge + self.history


@quick_init
@dataclass(frozen=True)
class TimelineEntry:
    """One line of the side-by-side timeline.

    ``real_year`` is None for what only the player did (a proposal, a repeatable mission);
    ``player_year`` is None for what the player never did. ``status``: on time, early,
    late, missed, failed, declined, or extra (only in the player's timeline). ``why``: for
    a mission missed in a finished campaign that a rule still blocked at the end, that
    rule as a code (``launcher``, or ``needs`` with the names in ``needs``), else ''.
    ``partners``: for a proposal (``title`` is then its kind's name), the other party.
    """

    kind: str  # agreement | mission
    record_id: str
    title: str
    real_year: int | None
    player_year: int | None
    status: str
    planned: bool
    citations: tuple[Citation, ...]
    why: str = ""
    needs: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True)
class Report:
    pack_id: str
    pack_version: str
    agency: str
    agency_name: str
    seed: int
    start_year: int
    end_year: int
    turns: int
    finished: bool
    score: Score
    missions_launched: int
    missions_succeeded: int
    agreements_signed: int
    quiz_asked: int
    quiz_right: int
    quiz_right_spaced: int  # right answers retrieved >= SPACED_TURNS after first shown
    joint_flights: int  # partners of the joint missions flown successfully, counted each
    agreements_kept: int  # real agreements the player signed
    budget: int
    income: int
    prestige: int
    science: int
    timeline: tuple[TimelineEntry, ...]
    years_per_turn: int = 1
    your_timeline: tuple[YourEntry, ...] = ()  # in your game only
    the_record: tuple[RecordEntry, ...] = ()  # what really happened, sourced

    def to_json(self) -> dict[str, Any]:
        """A plain dict for ``simulate --json`` (the same input always gives the same dict)."""
        data = asdict(self)
        data["score"] = {**asdict(self.score), "total": self.score.total}
        return data


def _credit(state: GameState, real_year: int, player_year: int | None) -> float:
    if player_year is None:
        return 0.0
    if state.turn_of(player_year) == state.turn_of(real_year):
        return 1.0  # the same turn: as close as the player could act
    return max(0.0, 1.0 - abs(player_year - real_year) / HISTORY_TOLERANCE_YEARS)


def timeline(state: GameState) -> tuple[TimelineEntry, ...]:
    """Real entries of the player's agency within the campaign, then the player's extras."""
    index = state.index
    entries: list[TimelineEntry] = []
    signed_year = {s.id: s.year for s in state.signed if state.agency_id in s.parties}
    for agreement_id, title, year, planned, cited in _real_agreements(state):
        player_year = signed_year.get(agreement_id)
        status = compare(state, year, player_year)
        if player_year is None and agreement_id in state.declined:
            status = "declined"
        entries.append(
            TimelineEntry(
                "agreement", agreement_id, title, year, player_year, status, planned, cited
            )
        )
    launches = state.player_launches()
    for mission_id in index.open_missions.get(state.agency_id, ()):
        mission = index.missions[mission_id]
        tries = [launch for launch in launches if launch.mission_id == mission_id]
        wins = [launch.year for launch in tries if launch.success]
        if mission.date is None or not state.start_year <= mission.date.year <= state.end_year:
            if tries:
                entries.append(
                    TimelineEntry(
                        "mission",
                        mission_id,
                        mission.name,
                        None,
                        (wins or [tries[0].year])[0],
                        "extra" if wins else "failed",
                        False,
                        (),
                    )
                )
            continue
        real_year = mission.date.year
        player_year = wins[0] if wins else None
        status = compare(state, real_year, player_year) if wins or not tries else "failed"
        why, needs = (
            missed_because(state, mission) if status == "missed" and state.finished else ("", ())
        )
        entries.append(
            TimelineEntry(
                "mission",
                mission_id,
                mission.name,
                real_year,
                player_year,
                status,
                mission.status == "planned",
                state.index.citations(mission.facts),
                why,
                needs,
            )
        )
    for signed in state.player_agreements():
        if not signed.real:
            entries.append(
                TimelineEntry(
                    "agreement",
                    signed.id,
                    signed.title,
                    None,
                    signed.year,
                    "extra",
                    False,
                    (),
                    partners=tuple(p for p in signed.parties if p != state.agency_id),
                )
            )
    entries.sort(key=lambda e: (e.real_year or e.player_year or 0, e.kind, e.record_id))
    return tuple(entries)


def _real_agreements(
    state: GameState,
) -> tuple[tuple[str, str, int, bool, tuple[Citation, ...]], ...]:
    """(id, title, year, planned, citations) of the pack's agreements of the player's agency
    in the campaign's years, in pack order: made once per agency and span of years."""
    index, me = state.index, state.agency_id

    def make() -> tuple[tuple[str, str, int, bool, tuple[Citation, ...]], ...]:
        return tuple(
            (a.id, a.title, a.date.year, a.status == "planned", index.citations(a.facts))
            for a in state.pack.agreements
            if me in a.parties and state.start_year <= a.date.year <= state.end_year
        )

    return index.agency_view(me, ("real agreements", state.start_year, state.end_year), make)


def missed_because(state: GameState, mission: Mission) -> tuple[str, tuple[str, ...]]:
    """The rule that still stopped ``mission`` at the end, as a code (``launcher``;
    ``needs`` with the names of what was missing), or '' when none did (the player simply
    did not start it in time)."""
    rule = missions.blocker(state, mission, missions.mission_status(state, mission.id))
    if rule == "launcher":
        return rule, ()
    if rule == "needs":
        missing = missions.missing_requirements(state, mission)
        return rule, tuple(missions.requirement_name(state, r) for r in missing)
    return "", ()


def joint_flights(state: GameState) -> int:
    """Partners of each of the player's successful missions, counted per mission."""
    me, missions_by_id = state.agency_id, state.index.missions
    return sum(
        len([p for p in missions_by_id[launch.mission_id].partners if p != me])
        for launch in state.player_launches()
        if launch.success
    )


def agreements_kept(state: GameState) -> int:
    return sum(1 for s in state.signed if s.by_player and s.real)


def partnership_points(state: GameState) -> int:
    return JOINT_FLIGHT_POINTS * joint_flights(state) + KEPT_AGREEMENT_POINTS * agreements_kept(
        state
    )


def first_shown(state: GameState) -> dict[str, int]:
    """Fact id -> the year the player was first shown it in this campaign."""
    return dict(spacing.first_shown(state))


def spaced_right(state: GameState) -> int:
    """Right answers asked at least ``SPACED_TURNS`` turns after their fact first showed."""
    return derived(state, ("quiz_log", "shown"), "spaced_right", lambda: _spaced_right(state))


def _spaced_right(state: GameState) -> int:
    shown = first_shown(state)
    count = 0
    for record in state.quiz_log:
        years = [shown[f] for f in state.index.quiz[record.item_id].facts if f in shown]
        if (
            record.correct
            and years
            and state.turn_of(record.year) - state.turn_of(min(years)) >= SPACED_TURNS
        ):
            count += 1
    return count


def gains(state: GameState) -> tuple[int, int]:
    """(prestige gained, science gained) since the start: the score's first part is the
    prestige gained plus half the science gained."""
    return (
        max(0, state.stock.prestige - state.start_stock.prestige),
        max(0, state.stock.science - state.start_stock.science),
    )


def score(state: GameState, entries: tuple[TimelineEntry, ...]) -> Score:
    gained_prestige, gained_science = gains(state)
    right = sum(1 for record in state.quiz_log if record.correct)
    real = [e for e in entries if e.real_year is not None]
    history = (
        sum(_credit(state, e.real_year, e.player_year) for e in real if e.real_year is not None)
        / len(real)
        if real
        else 0.0
    )
    return Score(
        prestige=gained_prestige + gained_science // 2,
        partnerships=partnership_points(state),
        knowledge=KNOWLEDGE_PER_ANSWER * right + SPACED_ANSWER_BONUS * spaced_right(state),
        history=round(HISTORY_POINTS * history),
    )


def report(state: GameState) -> Report:
    """The report of ``state`` (meaningful at any time; final once ``state.finished``)."""
    entries = timeline(state)
    launches = state.player_launches()
    return Report(
        pack_id=state.pack.info.id,
        pack_version=state.pack.info.version,
        agency=state.agency_id,
        agency_name=state.agency.name,
        seed=state.seed,
        start_year=state.start_year,
        end_year=state.end_year,
        turns=state.turn,
        finished=state.finished,
        score=score(state, entries),
        missions_launched=len(launches),
        missions_succeeded=sum(1 for launch in launches if launch.success),
        agreements_signed=sum(1 for s in state.signed if s.by_player) + len(state.ended),
        quiz_asked=len(state.quiz_log),
        quiz_right=sum(1 for record in state.quiz_log if record.correct),
        quiz_right_spaced=spaced_right(state),
        joint_flights=joint_flights(state),
        agreements_kept=agreements_kept(state),
        budget=state.stock.budget,
        income=state.stock.income,
        prestige=state.stock.prestige,
        science=state.stock.science,
        timeline=entries,
        years_per_turn=state.years_per_turn,
        your_timeline=your_timeline(state),
        the_record=the_record(
            state,
            {
                f"{e.kind}:{e.record_id}": (e.status, e.player_year)
                for e in entries
                if e.real_year is not None
            },
        ),
    )
