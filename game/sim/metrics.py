"""What a scripted campaign measures for the balance survey and ``simulate --json``: how
many turns offered a real choice, how many launches failed, what money was left, and when
each checkpoint's fact was first shown against when it was asked.

``play_measured`` drives a player like ``players.play`` and counts as it goes; the rest is
read from the final state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from game.content.model import Pack
from game.quiz.says_who import kind_name
from game.sim.actions import (
    Action,
    AdvanceToNextEvent,
    AnswerQuiz,
    EndYear,
    TestMission,
    TimeUp,
)
from game.sim.options import allowed_options
from game.sim.outcomes import Outcome
from game.sim.players import MAX_ACTIONS_PER_YEAR, PLAYERS, Player, when_stalled
from game.sim.report import first_shown
from game.sim.rules import apply
from game.sim.state import GameState
from game.sim.upkeep import upkeep
from game.sim.world import new_game

NOT_DECISIONS = (EndYear, AdvanceToNextEvent, AnswerQuiz, TimeUp)
# What an onlooker of a scripted campaign is told of each action: the state before, the
# action, the state after and the outcomes (the lesson-time estimate reads the screens'
# words from them).
Watcher = Callable[[GameState, Action, GameState, list[Outcome]], None]


@dataclass(frozen=True)
class CheckpointTiming:
    """One asked question: the turn its facts were first shown, and the turn it was asked
    (turn 1 is the campaign's first year; ``shown`` is None if no news ever cited them)."""

    item_id: str
    shown: int | None
    asked: int
    correct: bool
    kind: str = ""  # the item's type, or says_who for a generated item


@dataclass(frozen=True)
class DilemmaMet:
    """A dilemma the player met: the turn, the option chosen ('' if still open at the
    end) and whether it was the one the pack marks as what really happened."""

    dilemma_id: str
    turn: int
    option_id: str
    historical: bool


@dataclass(frozen=True)
class OpportunityOutcome:
    """One opportunity the player bid for, as the host decided it in your game: who won,
    the player's standing and the best rival's (0: no rival bid)."""

    opportunity_id: str
    year: int
    won: bool
    winners: tuple[str, ...]
    standing: int
    best_rival: int


@dataclass(frozen=True)
class Metrics:
    turns: int
    idle_turns: int  # turns where nothing but ending the year was allowed
    decisions: int  # actions taken that were not ending the year or answering
    launches: int
    failures: int
    budget_end: int
    income_end: int
    agreements_active_end: int
    checkpoints: tuple[CheckpointTiming, ...]
    tests: int = 0  # tests paid for on missions being built
    research_years: int = 0  # years the player funded research
    upkeep_end: int = 0  # what the agreements in force cost a year at the end
    dilemmas: tuple[DilemmaMet, ...] = ()
    opportunities_won: int = 0
    opportunities_lost: int = 0
    opportunities: tuple[OpportunityOutcome, ...] = ()

    @property
    def dilemmas_chosen(self) -> int:
        return sum(1 for met in self.dilemmas if met.option_id)

    @property
    def spaced_share(self) -> float:
        """Share of checkpoints asked at least two turns after their fact was first shown."""
        timed = [c for c in self.checkpoints if c.shown is not None]
        if not timed:
            return 0.0
        return sum(1 for c in timed if c.asked - (c.shown or 0) >= 2) / len(timed)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["dilemmas_met"] = len(self.dilemmas)
        data["dilemmas_chosen"] = self.dilemmas_chosen
        return data


def has_choice(state: GameState) -> bool:
    """Whether anything but ending the year (or answering) is allowed now."""
    return any(option.group not in ("year", "quiz") for option in allowed_options(state))


def play_measured(
    state: GameState, player: Player, watch: Watcher | None = None
) -> tuple[GameState, Metrics]:
    """``players.play``, counting idle turns and decisions on the way (and telling
    ``watch`` of every action)."""
    idle = decisions = tests = actions_this_year = 0
    year = None
    while not state.finished:
        if state.year != year and state.checkpoint is None:
            year, actions_this_year = state.year, 0
            idle += not has_choice(state)
        action = player.choose(state)
        if actions_this_year >= MAX_ACTIONS_PER_YEAR and state.checkpoint is None:
            action = when_stalled(state)
        after, outcomes = apply(state, action)
        if watch is not None:
            watch(state, action, after, outcomes)
        if after is not state and not isinstance(action, NOT_DECISIONS):
            decisions += 1
            tests += isinstance(action, TestMission)
        state = after
        actions_this_year += 1
    return state, measure(state, idle, decisions, tests)


def measure(state: GameState, idle: int, decisions: int, tests: int = 0) -> Metrics:
    launches = state.player_launches()
    outcomes = opportunity_outcomes(state)
    return Metrics(
        turns=state.turn,
        idle_turns=idle,
        decisions=decisions,
        launches=len(launches),
        failures=sum(1 for launch in launches if not launch.success),
        budget_end=state.stock.budget,
        income_end=state.stock.income,
        agreements_active_end=len(state.player_agreements()),
        checkpoints=checkpoint_timings(state),
        dilemmas=dilemmas_met(state),
        opportunities_won=sum(1 for o in outcomes if o.won),
        opportunities_lost=sum(1 for o in outcomes if not o.won),
        opportunities=outcomes,
        tests=tests,
        research_years=len(state.research),
        upkeep_end=upkeep(state),
    )


def dilemmas_met(state: GameState) -> tuple[DilemmaMet, ...]:
    by_id = {d.id: d for d in state.pack.dilemmas}
    found = [
        DilemmaMet(
            choice.dilemma_id,
            state.turn_of(choice.year),
            choice.option_id,
            any(
                o.historical and o.id == choice.option_id for o in by_id[choice.dilemma_id].options
            ),
        )
        for choice in state.dilemma_choices
    ]
    if state.dilemma:
        found.append(DilemmaMet(state.dilemma, state.turn, "", False))
    return tuple(found)


def opportunity_outcomes(state: GameState) -> tuple[OpportunityOutcome, ...]:
    """The opportunities the player bid for and how each was decided."""
    found = []
    for result in state.opportunity_results:
        if not result.player_bid:
            continue
        standings = dict(result.standings)
        found.append(
            OpportunityOutcome(
                result.opportunity_id,
                result.year,
                state.agency_id in result.winners,
                result.winners,
                standings.get(state.agency_id, 0),
                max((v for a, v in result.standings if a != state.agency_id), default=0),
            )
        )
    return tuple(found)


def checkpoint_timings(state: GameState) -> tuple[CheckpointTiming, ...]:
    shown_in = first_shown(state)
    found = []
    for record in state.quiz_log:
        item = state.index.quiz[record.item_id]
        facts = item.facts
        years = [shown_in[f] for f in facts if f in shown_in]
        shown = state.turn_of(min(years)) if years else None
        found.append(
            CheckpointTiming(
                record.item_id,
                shown,
                state.turn_of(record.year),
                record.correct,
                kind_name(item),
            )
        )
    return tuple(found)


def measured_campaign(
    pack: Pack,
    agency_id: str,
    seed: int,
    player: str = "historical",
    scenario: str | None = None,
    watch: Watcher | None = None,
) -> tuple[GameState, Metrics]:
    """A whole campaign (or ``scenario``) played by the scripted ``player``, measured."""
    return play_measured(new_game(pack, agency_id, seed, scenario), PLAYERS[player](seed), watch)
