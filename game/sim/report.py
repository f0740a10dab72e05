"""The end-of-campaign report: the score in parts, the counts, and the player's timeline
beside the real one (each real entry with the quotes and sources behind it).

Score parts:
- prestige: prestige won during the campaign, plus half the science won;
- partnerships: points per agency the player has an agreement with, and a few more per
  further agreement with the same agency;
- knowledge: quiz accuracy (100 for every answer right, 0 when nothing was asked);
- history: how closely the player's years match the real ones for the agency's real
  agreements and dated missions (100 when all on time; credit fades over a few years).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from game.content.citations import Citation
from game.content.model import Mission
from game.quiz.engine import accuracy
from game.sim import missions
from game.sim.balance import (
    EXTRA_AGREEMENT_POINTS,
    HISTORY_POINTS,
    HISTORY_TOLERANCE_YEARS,
    KNOWLEDGE_POINTS,
    PARTNER_POINTS,
)
from game.sim.state import GameState


@dataclass(frozen=True)
class Score:
    prestige: int
    partnerships: int
    knowledge: int
    history: int

    @property
    def total(self) -> int:
        return self.prestige + self.partnerships + self.knowledge + self.history


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
    budget: int
    income: int
    prestige: int
    science: int
    timeline: tuple[TimelineEntry, ...]

    def to_json(self) -> dict[str, Any]:
        """A plain dict for ``simulate --json`` (the same input always gives the same dict)."""
        data = asdict(self)
        data["score"] = {**asdict(self.score), "total": self.score.total}
        return data


def _credit(real_year: int, player_year: int | None) -> float:
    if player_year is None:
        return 0.0
    return max(0.0, 1.0 - abs(player_year - real_year) / HISTORY_TOLERANCE_YEARS)


def _status(real_year: int, player_year: int | None) -> str:
    if player_year is None:
        return "missed"
    if player_year == real_year:
        return "on time"
    return "early" if player_year < real_year else "late"


def timeline(state: GameState) -> tuple[TimelineEntry, ...]:
    """Real entries of the player's agency within the campaign, then the player's extras."""
    index = state.index
    entries: list[TimelineEntry] = []
    signed_year = {s.id: s.year for s in state.signed if state.agency_id in s.parties}
    for agreement in state.pack.agreements:
        year = agreement.date.year
        if (
            state.agency_id not in agreement.parties
            or not state.start_year <= year <= state.end_year
        ):
            continue
        player_year = signed_year.get(agreement.id)
        status = _status(year, player_year)
        if player_year is None and agreement.id in state.declined:
            status = "declined"
        entries.append(
            TimelineEntry(
                "agreement",
                agreement.id,
                agreement.title,
                year,
                player_year,
                status,
                agreement.status == "planned",
                state.index.citations(agreement.facts),
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
        status = _status(real_year, player_year) if wins or not tries else "failed"
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


def partnership_points(state: GameState) -> int:
    signed = [s for s in state.signed if s.by_player]
    partners = {p for s in signed for p in s.parties if p != state.agency_id}
    pairs = sum(len([p for p in s.parties if p != state.agency_id]) for s in signed)
    return PARTNER_POINTS * len(partners) + EXTRA_AGREEMENT_POINTS * (pairs - len(partners))


def gains(state: GameState) -> tuple[int, int]:
    """(prestige gained, science gained) since the start: the score's first part is the
    prestige gained plus half the science gained."""
    return (
        max(0, state.stock.prestige - state.start_stock.prestige),
        max(0, state.stock.science - state.start_stock.science),
    )


def score(state: GameState, entries: tuple[TimelineEntry, ...]) -> Score:
    gained_prestige, gained_science = gains(state)
    asked = len(state.quiz_log)
    right = sum(1 for record in state.quiz_log if record.correct)
    real = [e for e in entries if e.real_year is not None]
    history = (
        sum(_credit(e.real_year, e.player_year) for e in real if e.real_year is not None)
        / len(real)
        if real
        else 0.0
    )
    return Score(
        prestige=gained_prestige + gained_science // 2,
        partnerships=partnership_points(state),
        knowledge=round(KNOWLEDGE_POINTS * accuracy(right, asked)),
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
        agreements_signed=sum(1 for s in state.signed if s.by_player),
        quiz_asked=len(state.quiz_log),
        quiz_right=sum(1 for record in state.quiz_log if record.correct),
        budget=state.stock.budget,
        income=state.stock.income,
        prestige=state.stock.prestige,
        science=state.stock.science,
        timeline=entries,
    )
