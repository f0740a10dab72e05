"""Risk: what a mission's chance of success is made of, as numbers and as coded factors.

A mission's chance starts from the pack's ``reliability``. A mission of a kind the
player's agency has never flown (or carried out) with success is first of its kind and loses
``FIRST_OF_KIND_PENALTY`` (the kind is the mission's ``experience`` where the pack names
one: a family of kinds that shares a first flight); a partner that has flown that kind brings
``PARTNER_EXPERIENCE``; agreements with the partners add their ``reliability`` effects
(capped); each earlier success of the player adds ``EXPERIENCE_STEP`` (capped); research
funded adds ``game.sim.research.research_bonus``; each test paid for while it is built
adds ``TEST_RELIABILITY``. All game balance.

This module does not know which agencies work on a mission: callers pass them
(``game.sim.missions.working_partners``), so the rules of missions can ask it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from game.content.model import Mission
from game.sim.balance import (
    EXPERIENCE_STEP,
    FIRST_OF_KIND_PENALTY,
    MAX_EXPERIENCE,
    MAX_PARTNER_RELIABILITY,
    MAX_RELIABILITY,
    MIN_RELIABILITY,
    PARTNER_EXPERIENCE,
    TEST_RELIABILITY,
)
from game.sim.diplomacy import partner_terms
from game.sim.messages import Message, message
from game.sim.research import research_bonus
from game.sim.state import GameState, Launch, carried, continues, derived
from game.values import quick_init


@quick_init
@dataclass(frozen=True)
class LaunchView:
    """What the rules read of ``GameState.launches``, counted once per launch: a campaign
    asks after every launch, and its launches only grow (a few a year), so the view made
    last in this line of play is extended by the launches past it (see ``launch_view``)."""

    launches: tuple[Launch, ...]  # the launches this view was counted from
    record: dict[str, tuple[int, int]]  # the player's (tries, successes) per mission id
    successes: int  # the player's successes
    kinds: dict[str, frozenset[str]]  # agency id -> the kinds it has flown with success

    def extended(
        self, launches: tuple[Launch, ...], crews: Mapping[str, tuple[str, tuple[str, ...]]]
    ) -> LaunchView:
        """This view with the launches of ``launches`` past its own (``launches`` must
        continue it); ``crews``: mission id -> its kind and the agencies flying it. The
        tables of this view are copied before a change: earlier states share them."""
        record, successes, kinds = self.record, self.successes, self.kinds
        for launch in launches[len(self.launches) :]:
            success = launch.success
            if launch.by_player:
                if record is self.record:
                    record = dict(record)
                tries, wins = record.get(launch.mission_id, (0, 0))
                record[launch.mission_id] = (tries + 1, wins + success)
                successes += 1 if success else 0
            crew = crews.get(launch.mission_id)
            if success and crew is not None:
                kind, agencies = crew
                for agency in agencies:
                    flown = kinds.get(agency, _NONE)
                    if kind not in flown:
                        if kinds is self.kinds:
                            kinds = dict(kinds)
                        kinds[agency] = flown | {kind}
        return LaunchView(launches, record, successes, kinds)


_NONE: frozenset[str] = frozenset()
EMPTY_LAUNCHES = LaunchView((), {}, 0, {})


def launch_view(state: GameState) -> LaunchView:
    """``LaunchView`` of ``state.launches``, extended from the one made last in this line of
    play (see ``carried``) by the launches since, or made afresh when ``state.launches``
    does not continue it (a loaded save, another line of play)."""

    def make(previous: LaunchView | None) -> LaunchView:
        launches = state.launches
        fits = previous is not None and continues(launches, previous.launches)
        start = previous if fits and previous is not None else EMPTY_LAUNCHES
        crews = state.pack.memo("sim.mission_crews", lambda: _mission_crews(state))
        return start.extended(launches, crews)

    return derived(state, ("launches",), "launch_view", lambda: carried(state, "launches", make))


def kinds_flown(state: GameState) -> Mapping[str, frozenset[str]]:
    """Agency id -> the kinds of mission (lower case) it has flown with success, as lead or
    partner, in the world's history or the player's game."""
    return launch_view(state).kinds


def _mission_crews(state: GameState) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Mission id -> its kind (lower case) and the agencies flying it, lead first."""
    return {
        mission_id: (experience_of(mission), (mission.lead, *mission.partners))
        for mission_id, mission in state.index.missions.items()
    }


def experience_name(mission: Mission) -> str:
    """The kind of flight that counts as experience for ``mission``, as the pack names it."""
    return mission.experience or mission.kind


def experience_of(mission: Mission) -> str:
    """``experience_name`` in lower case: the key of ``kinds_flown``."""
    return experience_name(mission).lower()


def first_of_kind(state: GameState, mission: Mission) -> bool:
    """Whether the player's agency has never flown (or carried out) ``mission``'s kind."""
    flown = kinds_flown(state).get(state.agency_id, frozenset())
    return experience_of(mission) not in flown


def experienced_partner(state: GameState, mission: Mission, partners: tuple[str, ...]) -> str:
    """The first of ``partners`` that has flown ``mission``'s kind ('' for none)."""
    kind = experience_of(mission)
    flown = kinds_flown(state)
    return next((p for p in partners if kind in flown.get(p, ())), "")


def player_successes(state: GameState) -> int:
    """How many of the player's launches succeeded."""
    return launch_view(state).successes


def parts(state: GameState, mission: Mission, partners: tuple[str, ...]) -> tuple[float, ...]:
    """(base, first of kind, partner experience, partner agreements, flight experience,
    research): what each adds to the chance, before tests and the bounds of the whole."""
    _, bonus = partner_terms(state, partners)
    launches = launch_view(state)  # ``first_of_kind``, ``experienced_partner``, successes
    kind, flown = experience_of(mission), launches.kinds
    return (
        mission.reliability,
        0.0 if kind in flown.get(state.agency_id, _NONE) else -FIRST_OF_KIND_PENALTY,
        PARTNER_EXPERIENCE if any(kind in flown.get(p, _NONE) for p in partners) else 0.0,
        min(MAX_PARTNER_RELIABILITY, bonus),
        min(MAX_EXPERIENCE, launches.successes * EXPERIENCE_STEP),
        research_bonus(state),
    )


def untested(state: GameState, mission: Mission, partners: tuple[str, ...]) -> float:
    """The sum of ``parts``: the chance before tests, not yet kept within its bounds."""
    return sum(parts(state, mission, partners))


def bounded(chance: float) -> float:
    """A chance kept between ``MIN_RELIABILITY`` and ``MAX_RELIABILITY``, rounded."""
    return round(max(MIN_RELIABILITY, min(MAX_RELIABILITY, chance)), 4)


def points(share: float) -> int:
    """A change of chance in percentage points (0.05 -> 5)."""
    return round(share * 100)


def factors(
    state: GameState, mission: Mission, partners: tuple[str, ...], tests: int
) -> tuple[Message, ...]:
    """What makes the chance now, as codes: the base, then each part that is not nothing."""
    base, first, partner, agreements, experience, research = parts(state, mission, partners)
    found = [message("odds_base", percent=points(base))]
    if first:
        found.append(
            message("odds_first_of_kind", kind=experience_name(mission), points=points(first))
        )
    if partner:
        name = state.index.agencies[experienced_partner(state, mission, partners)].short
        found.append(message("odds_partner_experience", partner=name, points=points(partner)))
    if agreements:
        found.append(message("odds_partner_agreements", points=points(agreements)))
    if experience:
        found.append(
            message(
                "odds_flight_experience",
                flights=player_successes(state),
                points=points(experience),
            )
        )
    if research:
        found.append(message("odds_research", years=len(state.research), points=points(research)))
    if tests:
        found.append(message("odds_tested", tests=tests, points=points(tests * TEST_RELIABILITY)))
    whole = base + first + partner + agreements + experience + research + tests * TEST_RELIABILITY
    if bounded(whole) != round(whole, 4):
        found.append(message("odds_bounded", percent=points(bounded(whole))))
    return tuple(found)
