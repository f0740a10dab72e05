"""Research: money for reliability, once a turn.

``FundResearch`` pays ``research_cost`` (a share of the turn's income) for
``RESEARCH_SCIENCE`` science a year of the turn now and ``RESEARCH_STEP`` more chance of success for every
mission the player flies from then on (up to ``MAX_RESEARCH_RELIABILITY``): somewhere
worthwhile for money to go when no mission is ready, and a choice against saving for the
next one. Game balance.
"""

from __future__ import annotations

from game.sim.balance import (
    MAX_RESEARCH_RELIABILITY,
    RESEARCH_COST_SHARE,
    RESEARCH_SCIENCE,
    RESEARCH_STEP,
)
from game.sim.effects import add_points
from game.sim.messages import CAMPAIGN_OVER, Message, cannot_pay, message
from game.sim.state import GameState, evolve


def research_cost(state: GameState) -> int:
    """A share of the income of a turn (a turn may cover several years)."""
    return max(1, round(state.stock.income * state.years_per_turn * RESEARCH_COST_SHARE))


def research_science(state: GameState) -> int:
    """The science a turn's research brings."""
    return RESEARCH_SCIENCE * state.years_per_turn


def research_bonus(state: GameState) -> float:
    """What the research funded so far adds to every mission's chance."""
    return min(MAX_RESEARCH_RELIABILITY, len(state.research) * RESEARCH_STEP)


def research_refusal(state: GameState) -> Message | None:
    """Why the player cannot fund research now, or None."""
    if state.finished:
        return CAMPAIGN_OVER
    if state.research and state.research[-1] >= state.year:
        return message("researched_this_year")
    return cannot_pay(state.stock.budget, research_cost(state))


def fund(state: GameState) -> GameState:
    """The state after funding this year's research (the caller checked it may)."""
    stock = add_points(state.stock, budget=-research_cost(state), science=research_science(state))
    return evolve(state, stock=stock, research=(*state.research, state.year))
