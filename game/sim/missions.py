"""Missions the player leads: when they open, what they cost, how reliable they are, and
what their launch (rolled with the state's seeded generator) changes.

Missions are one-off: they can be flown until one succeeds. Those the pack marks
``repeatable`` (undated services: an earth observation satellite, shared data) fly one at a
time, up to ``MAX_REPEATS`` successes, each bringing less.

Whether a mission can fly at all without a launcher of the player's own is the launcher
rule of ``game.content.reach``, asked of the agreements the player has signed.
"""

from __future__ import annotations

import random

from game.content import reach
from game.content.model import Mission
from game.sim import risk
from game.sim.balance import (
    FAILURE_PRESTIGE_SHARE,
    FAILURE_RELATIONS,
    FAILURE_SCIENCE_SHARE,
    MAX_COST_SHARE,
    MAX_REPEATS,
    SUCCESS_RELATIONS,
    TEST_RELIABILITY,
)
from game.sim.diplomacy import agreement_partners, partner_terms
from game.sim.effects import add_effects, add_points, change_relations, with_budget
from game.sim.index import earliest_start, earliest_starts, record_key
from game.sim.messages import CAMPAIGN_OVER, Message, cannot_pay, message
from game.sim.state import Development, GameState, Launch, derived, evolve


def is_repeatable(mission: Mission) -> bool:
    return mission.repeatable


def launch_record(state: GameState) -> dict[str, tuple[int, int]]:
    """The player's (tries, successes) per mission id (``risk.LaunchView``: read only)."""
    return risk.launch_view(state).record


def successes(state: GameState, mission_id: str) -> int:
    return launch_record(state).get(mission_id, (0, 0))[1]


def launch_partners(state: GameState) -> tuple[str, ...]:
    """Agencies with a launcher the player has an agreement with, sorted."""
    return derived(
        state,
        ("signed",),
        "launch_partners",
        lambda: reach.launch_partners(state.index.agencies, agreement_partners(state)),
    )


def working_partners(state: GameState, mission: Mission) -> tuple[str, ...]:
    """The mission's partners, and the launch partners of an agency without a launcher."""
    extra = launch_partners(state) if reach.needs_launch_partner(mission, state.agency) else ()
    return tuple(dict.fromkeys(mission.partners + extra))


def mission_cost(state: GameState, mission: Mission) -> int:
    """What starting ``mission`` costs the player now, kept per state in one table by
    mission id (it reads the agreements signed alone)."""
    costs: dict[str, int] = derived(state, ("signed",), "costs", dict)
    cost = costs.get(mission.id)
    if cost is None:
        cost = costs[mission.id] = _cost(state, mission)
    return cost


def _cost(state: GameState, mission: Mission) -> int:
    share, _ = partner_terms(state, working_partners(state, mission))
    return round(mission.cost * (1 - min(MAX_COST_SHARE, share)))


def mission_reliability(state: GameState, mission: Mission) -> float:
    """The chance it flies with now: ``game.sim.risk``'s parts, its tests, within bounds.
    The parts are kept per state in one table by mission id (they read the launches, the
    agreements signed and the research funded alone)."""
    chances: dict[str, float] = derived(state, ("launches", "signed", "research"), "untested", dict)
    untested = chances.get(mission.id)
    if untested is None:
        partners = working_partners(state, mission)
        untested = chances[mission.id] = risk.untested(state, mission, partners)
    return risk.bounded(untested + TEST_RELIABILITY * tests_done(state, mission.id))


def tests_done(state: GameState, mission_id: str) -> int:
    """Tests paid for on ``mission_id`` while it is being built (0 when it is not)."""
    return derived(
        state,
        ("developing",),
        "tests",
        lambda: {d.mission_id: d.tests for d in state.developing if d.tests},
    ).get(mission_id, 0)


def requirement_met(state: GameState, record_id: str) -> bool:
    if record_id in state.index.missions:
        return successes(state, record_id) > 0 or state.has_happened(
            record_key("mission", record_id)
        )
    return record_id in state.signed_ids()


def missing_requirements(state: GameState, mission: Mission) -> tuple[str, ...]:
    """The ids in ``mission.requires`` not met yet."""
    return derived(
        state,
        ("happened", "launches", "signed"),
        ("missing", mission.id),
        lambda: tuple(r for r in mission.requires if not requirement_met(state, r)),
    )


def requirement_name(state: GameState, record_id: str) -> str:
    if record_id in state.index.missions:
        return state.index.missions[record_id].name
    agreement = state.index.agreements.get(record_id)
    return agreement.title if agreement else record_id


def _no_launcher(state: GameState, mission: Mission) -> Message:
    agencies = state.index.agencies
    able = [agencies[p].short for p in mission.partners if p in agencies and agencies[p].launcher]
    return message("no_launcher", mission=mission.name, able=tuple(able))


def developing_ids(state: GameState) -> frozenset[str]:
    return derived(
        state,
        ("developing",),
        "developing",
        lambda: frozenset(d.mission_id for d in state.developing),
    )


def mission_status(state: GameState, mission_id: str) -> str:
    """developing | succeeded | failed | available (a one-off may be retried after failing)."""
    found = _statuses(state).get(mission_id)
    return found if found is not None else _status(state, mission_id)


def _statuses(state: GameState) -> dict[str, str]:
    """The status of each mission open to the player, in pack order."""
    return derived(
        state,
        ("developing", "launches"),
        "statuses",
        lambda: _all_statuses(
            state, state.index.open_missions.get(state.agency_id, ()), developing_ids(state)
        ),
    )


def _all_statuses(
    state: GameState, mission_ids: tuple[str, ...], building: frozenset[str]
) -> dict[str, str]:
    """``_status`` of each of ``mission_ids`` (``building``: those being built), with the
    state's views looked up once."""
    record, missions = launch_record(state), state.index.missions
    found = {}
    for mission_id in mission_ids:
        if mission_id in building:
            found[mission_id] = "developing"
            continue
        tries, wins = record.get(mission_id, (0, 0))
        if is_repeatable(missions[mission_id]):
            found[mission_id] = "succeeded" if wins >= MAX_REPEATS else "available"
        elif tries:
            found[mission_id] = "succeeded" if wins else "failed"
        elif state.has_happened(record_key("mission", mission_id)):
            found[mission_id] = "succeeded"  # flown in history before a scenario's first year
        else:
            found[mission_id] = "available"
    return found


def _status(state: GameState, mission_id: str) -> str:
    return _all_statuses(state, (mission_id,), developing_ids(state))[mission_id]


def mission_refusal(state: GameState, mission_id: str) -> Message | None:
    """Why the player cannot start ``mission_id`` now, or None."""
    if state.finished:
        return CAMPAIGN_OVER
    mission = state.index.missions.get(mission_id)
    if mission is None:
        return message("no_such_mission", id=mission_id)
    if mission_id not in state.index.open_missions.get(state.agency_id, ()):
        return message("not_your_mission", mission=mission.name)
    # One mission's status, not the table of them all: ``apply`` asks once per start.
    return refusal_of_open(state, mission, _status(state, mission_id))


def candidates(state: GameState) -> tuple[str, ...]:
    """The player's open missions neither being built nor done with, in pack order."""
    return derived(
        state,
        ("developing", "launches"),
        "candidates",
        lambda: tuple(
            m for m, status in _statuses(state).items() if status not in ("developing", "succeeded")
        ),
    )


def refusal_of_open(state: GameState, mission: Mission, status: str) -> Message | None:
    """``mission_refusal`` for a mission open to the player whose status is known."""
    return _reason(state, mission, blocker(state, mission, status))


def blocker(state: GameState, mission: Mission, status: str) -> str:
    """The first rule that stops the player starting an open ``mission`` now, as a word
    (``developing``, ``flown``, ``early``, ``needs``, ``launcher``, ``late``, ``budget``),
    or '' when it may start: what scripted players ask, without the message. Too late comes
    before money: no budget would let it fly before the campaign ends."""
    rule = _rule_before_money(state, mission, status)
    if rule:
        return rule
    if _too_late(state, mission):
        return "late"
    if mission_cost(state, mission) > state.stock.budget:
        return "budget"
    return ""


def _rule_before_money(state: GameState, mission: Mission, status: str) -> str:
    if status == "developing":
        return "developing"
    if status == "succeeded":
        return "flown"
    starts = earliest_starts(state.pack)
    first = starts[mission.id] if mission.id in starts else earliest_start(state.pack, mission)
    if first is not None and state.year < first:
        return "early"
    return _needs_or_launcher(state, mission)


def _needs_or_launcher(state: GameState, mission: Mission) -> str:
    if missing_requirements(state, mission):
        return "needs"
    if reach.needs_launch_partner(mission, state.agency) and not reach.may_fly(
        mission, state.agency, launch_partners(state)
    ):
        return "launcher"
    return ""


def _too_late(state: GameState, mission: Mission) -> bool:
    return launch_year(state, mission) > state.end_year


def _reason(state: GameState, mission: Mission, rule: str) -> Message | None:
    """The message for the rule ``blocker`` found (None for none)."""
    name = mission.name
    if rule == "developing":
        return message("mission_developing", mission=name)
    if rule == "flown":  # work on the ground (a study, a data service) is done, not flown
        code = "mission_flown" if mission.flies else "mission_done"
        repeats = {"times": MAX_REPEATS} if is_repeatable(mission) else {}
        return message(f"{code}_enough" if repeats else code, mission=name, **repeats)
    if rule == "early":
        first = earliest_start(state.pack, mission) or state.year
        if mission.date is None:
            return message("mission_announced_later", mission=name, year=first)
        return message("mission_too_early", mission=name, year=first)
    if rule == "needs":
        missing = missing_requirements(state, mission)
        return message("needs_first", needs=tuple(requirement_name(state, r) for r in missing))
    if rule == "launcher":
        return _no_launcher(state, mission)
    if rule == "budget":
        return cannot_pay(state.stock.budget, mission_cost(state, mission))
    if rule == "late":
        return message("mission_too_late", mission=name, end=state.end_year)
    return None


def launch_year(state: GameState, mission: Mission) -> int:
    """The year ``mission`` started now would launch: after its build years, at the start
    of a turn (a turn of several years launches what is due when it begins)."""
    ready = state.year + max(1, mission.build_years)
    step = state.years_per_turn
    return state.year + -(-(ready - state.year) // step) * step


def start(state: GameState, mission_id: str) -> tuple[GameState, Development]:
    """The state after paying for ``mission_id`` (the caller checked it may start)."""
    mission = state.index.missions[mission_id]
    cost = mission_cost(state, mission)
    development = Development(
        mission_id=mission_id,
        started=state.year,
        launch_year=launch_year(state, mission),
        cost_paid=cost,
    )
    return (
        evolve(
            state,
            stock=with_budget(state.stock, state.stock.budget - cost),
            developing=state.developing + (development,),
        ),
        development,
    )


def reward_scale(state: GameState, mission: Mission) -> float:
    """1 for a first success; repeatable missions bring less each time."""
    if not is_repeatable(mission):
        return 1.0
    return 1.0 / (1 + successes(state, mission.id))


def fly(state: GameState, mission_id: str, rng: random.Random) -> tuple[GameState, Launch]:
    """Launch a mission that is due: roll, then apply success or failure."""
    mission = state.index.missions[mission_id]
    reliability = mission_reliability(state, mission)
    success = rng.random() < reliability
    partners = tuple(p for p in mission.partners if p != state.agency_id)
    if success:
        stock = add_effects(state.stock, mission.rewards, reward_scale(state, mission))
        relations = change_relations(
            state.relations, partners, SUCCESS_RELATIONS + mission.rewards.relations
        )
    else:
        rewards = mission.rewards
        stock = add_points(
            state.stock,
            prestige=-round(max(0, rewards.prestige) * FAILURE_PRESTIGE_SHARE),
            science=round(max(0, rewards.science) * FAILURE_SCIENCE_SHARE),
        )
        relations = change_relations(state.relations, partners, -FAILURE_RELATIONS)
    launch = Launch(
        mission_id=mission_id,
        year=state.year,
        success=success,
        by_player=True,
        reliability=reliability,
    )
    state = evolve(
        state,
        stock=stock,
        relations=relations,
        launches=state.launches + (launch,),
        developing=tuple(d for d in state.developing if d.mission_id != mission_id),
    )
    return state, launch
