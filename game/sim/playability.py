"""Playability: each playable agency's campaign, played headless by the historical player,
must give the player something to do. ``pack validate`` composes these checks with the
content checks (``game.content`` stays below ``game.sim``, so they live here).

Problems, as the content validator's (codes registered in ``game.content.problems``):

- ``flies-no-mission``: no one-off mission the agency leads can ever start (every one it
  leads is repeatable, or stays blocked), so the historical player flies nothing;
- ``mission-never-flies``: a dated mission the agency leads never starts, because it
  requires a repeatable mission the historical player never flies or an agreement that
  never comes;
- ``idle-years``: the player has nothing to do (no mission to start, no agreement to sign or
  propose: only "end the year") for ``IDLE_YEARS`` years running.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.content.model import Agency, Mission, Pack
from game.content.problems import Problem, at
from game.sim.actions import (
    Action,
    ProposeAgreement,
    SignAgreement,
    StartMission,
)
from game.sim.missions import missing_requirements
from game.sim.options import allowed_actions
from game.sim.players import HistoricalPlayer, play
from game.sim.state import GameState
from game.sim.world import new_game

IDLE_YEARS = 5  # years running with nothing to do that make a campaign dull
SEED = 1  # the historical player needs no luck to find these; one seed keeps it quick
_DOING = (StartMission, SignAgreement, ProposeAgreement)  # not "end the year", "skip ahead"
MAX_MISSIONS = 1000  # a bigger pack is not played: a campaign's cost grows with its missions


@dataclass
class _Recorder:
    """The historical player, noting what it does in each year of the campaign."""

    inner: HistoricalPlayer = field(default_factory=HistoricalPlayer)
    name: str = "historical"
    started: list[str] = field(default_factory=list)
    startable: set[str] = field(default_factory=set)  # one-off missions that could start
    busy_years: set[int] = field(default_factory=set)  # years with something to do
    last: GameState | None = None

    def choose(self, state: GameState) -> Action:
        action = self.inner.choose(state)
        self.last = state
        if isinstance(action, StartMission):
            self.started.append(action.mission_id)
        if state.checkpoint is None and state.year not in self.busy_years:
            choices = [a for a in allowed_actions(state) if isinstance(a, _DOING)]
            if choices:  # every year of the turn (a turn may cover several)
                self.busy_years.update(range(state.year, state.turn_end + 1))
            missions = state.index.missions
            self.startable.update(
                a.mission_id
                for a in choices
                if isinstance(a, StartMission) and not missions[a.mission_id].repeatable
            )
        return action


def _idle_stretch(start: int, end: int, busy: set[int]) -> tuple[int, int] | None:
    """The first run of ``IDLE_YEARS`` or more years in ``start..end`` with nothing done."""
    run_start: int | None = None
    for year in range(start, end + 2):
        if year <= end and year not in busy:
            run_start = year if run_start is None else run_start
            continue
        if run_start is not None and year - run_start >= IDLE_YEARS:
            return run_start, year - 1
        run_start = None
    return None


def _never_flies(pack: Pack, agency: Agency, state: GameState, started: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    missions: dict[str, Mission] = {m.id: m for m in pack.missions}
    for mission in pack.missions:
        if mission.lead != agency.id or mission.date is None or mission.id in started:
            continue
        if not state.start_year <= mission.date.year <= state.end_year:
            continue
        for requirement in missing_requirements(state, mission):
            needed = missions.get(requirement)
            if needed is not None and needed.repeatable:
                why = (
                    f"it requires the repeatable {requirement!r}, which the historical player "
                    "never flies: require a dated mission, or make it not repeatable"
                )
            elif needed is None:
                why = (
                    f"it requires the agreement {requirement!r}, which never comes in "
                    f"{agency.id!r}'s campaign: make {agency.id!r} a party, or drop the need"
                )
            else:
                continue  # a dated mission that did not fly: reported for that mission
            index = mission.requires.index(requirement)
            message = f"{mission.id!r} ({mission.date}) never flies for {agency.id!r}: {why}"
            place = pack.where_of(mission, f"requires.{index}")
            problems.append(at(place, "mission-never-flies", message))
    return problems


def check_campaign(pack: Pack, agency: Agency) -> list[Problem]:
    """What the historical player's campaign of ``agency`` shows wrong."""
    recorder = _Recorder()
    final = play(new_game(pack, agency.id, SEED), recorder)
    where = pack.where_of(agency, "playable")
    problems: list[Problem] = []
    if not recorder.started and not recorder.startable:
        message = (
            f"no one-off mission {agency.id!r} leads can ever start, so the historical player "
            "flies none: give it a dated mission it leads (it never starts repeatable services)"
        )
        problems.append(at(where, "flies-no-mission", message))
    problems += _never_flies(pack, agency, recorder.last or final, set(recorder.started))
    stretch = _idle_stretch(final.start_year, final.end_year - 1, recorder.busy_years)
    if stretch is not None:
        first, last = stretch
        message = (
            f"as {agency.id!r} a player has nothing to do but end the year from {first} to "
            f"{last}: add a mission or an agreement in those years, or start the campaign later"
        )
        problems.append(at(where, "idle-years", message))
    return problems


def too_big_to_play(pack: Pack) -> bool:
    """Whether ``pack`` has too many missions for `pack validate` to play its campaigns."""
    return len(pack.missions) > MAX_MISSIONS


def check_playability(pack: Pack) -> list[Problem]:
    """The playability problems of every playable agency of ``pack``."""
    problems: list[Problem] = []
    for agency in pack.agencies:
        if agency.playable:
            problems += check_campaign(pack, agency)
    return problems
