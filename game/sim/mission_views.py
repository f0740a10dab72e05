"""Mission cards for the UI: everything the player weighs before starting a mission, from
the rules of ``game.sim.missions``.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.content import reach
from game.content.model import Effects
from game.sim.messages import Message
from game.sim.missions import (
    is_repeatable,
    launch_partners,
    missing_requirements,
    mission_cost,
    mission_refusal,
    mission_reliability,
    mission_status,
    requirement_name,
    reward_scale,
)
from game.sim.state import GameState


@dataclass(frozen=True)
class MissionView:
    """A mission card: everything the player weighs before starting it."""

    mission_id: str
    name: str
    kind: str
    summary: str
    lead: str
    partners: tuple[str, ...]
    launch_partners: tuple[str, ...]  # only when the lead needs a partner's rocket
    launch: str  # own (the lead's rockets) | partner (a partner's) | none (no launch needed)
    cost: int  # after partners' share
    base_cost: int
    build_years: int
    reliability: float  # with every bonus
    base_reliability: float
    rewards: Effects
    reward_scale: float
    real_year: int | None
    planned: bool
    repeatable: bool
    requires: tuple[str, ...]  # names of what must come first
    missing: tuple[str, ...]  # names of those of ``requires`` not done yet
    met: tuple[str, ...]  # names of those done
    status: str  # available | developing | succeeded | failed
    launch_year: int | None  # when developing
    flies: bool  # False: work on the ground (a study, a data service): done, not flown
    allowed: bool
    reason: Message | None


def mission_views(state: GameState) -> list[MissionView]:
    """Every mission the player's agency may lead, in pack order, whatever its status."""
    return [mission_view(state, m) for m in state.index.open_missions.get(state.agency_id, ())]


def mission_view(state: GameState, mission_id: str) -> MissionView:
    mission = state.index.missions[mission_id]
    reason = mission_refusal(state, mission_id)
    developing = next((d for d in state.developing if d.mission_id == mission_id), None)
    needs_partner = reach.needs_launch_partner(mission, state.agency)
    launched = mission.flies and mission.needs_launcher
    missing = missing_requirements(state, mission)
    return MissionView(
        mission_id=mission.id,
        name=mission.name,
        kind=mission.kind,
        summary=mission.summary,
        lead=mission.lead,
        partners=mission.partners,
        launch_partners=launch_partners(state) if needs_partner else (),
        launch="partner" if needs_partner else "own" if launched else "none",
        cost=mission_cost(state, mission),
        base_cost=mission.cost,
        build_years=max(1, mission.build_years),
        reliability=mission_reliability(state, mission),
        base_reliability=mission.reliability,
        rewards=mission.rewards,
        reward_scale=reward_scale(state, mission),
        real_year=mission.date.year if mission.date else None,
        planned=mission.status == "planned",
        repeatable=is_repeatable(mission),
        requires=tuple(requirement_name(state, r) for r in mission.requires),
        missing=tuple(requirement_name(state, r) for r in missing),
        met=tuple(requirement_name(state, r) for r in mission.requires if r not in missing),
        status=mission_status(state, mission_id),
        launch_year=developing.launch_year if developing else None,
        flies=mission.flies,
        allowed=not reason,
        reason=reason,
    )
